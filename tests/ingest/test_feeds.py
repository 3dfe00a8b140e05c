"""Feeds: RSS and Atom parsing, and conditional polling through httpx.MockTransport."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from armstrace.ingest import FeedEntry, FeedResult, fetch_feed, parse_feed
from armstrace.model import ArmstraceError

FEED_URL = "https://news.example.com/world/rss.xml"


@pytest.fixture
def rss(fixtures: Path) -> bytes:
    return (fixtures / "feed.rss").read_bytes()


def test_rss_entries(rss: bytes) -> None:
    first, second = parse_feed(rss, base_url=FEED_URL)
    assert first == FeedEntry(
        title="Customs seize lathes bound for a sanctioned buyer",
        link="https://news.example.com/2024/03/customs-seize-lathes",
        published=dt.date(2024, 3, 14),
        summary="Four machines were held at Valemark & sent for inspection.",
        id="hg-2024-0314-lathes",
    )
    assert second.published is None
    assert second.summary is None
    assert second.id == second.link == "https://news.example.com/2023/11/rail-ferry"


def test_relative_link_without_base_stays_relative(rss: bytes) -> None:
    first = parse_feed(rss)[0]
    assert first.link == "/2024/03/customs-seize-lathes"


def test_atom_entries(fixtures: Path) -> None:
    (entry,) = parse_feed((fixtures / "feed.atom").read_text(encoding="utf-8"))
    assert entry.title == "Satellite images show a new hangar"
    assert entry.link == "https://orbit.example.net/briefs/new-hangar"
    assert entry.published == dt.date(2024, 1, 5)
    assert entry.id == "urn:uuid:2f4b7a3c-0000-4000-8000-000000000002"


def test_string_that_looks_like_a_path_or_url_is_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(
        "<rss version='2.0'><channel><item><title>leak</title></item></channel></rss>"
    )
    for content in (str(secret), "https://news.example.com/feed"):
        with pytest.raises(ArmstraceError) as caught:
            parse_feed(content)
        assert caught.value.code == "E130"


@pytest.mark.parametrize(
    "content", [b"", b"just words", b"<html><body><p>A page</p></body></html>", b"\x00\x01\x02"]
)
def test_not_a_feed(content: bytes) -> None:
    with pytest.raises(ArmstraceError) as caught:
        parse_feed(content)
    assert caught.value.code == "E130"


def test_slightly_broken_feed_keeps_its_entries() -> None:
    broken = b"<rss version='2.0'><channel><item><title>Kept & read</title><link>https://a.example.com/1</link></item>"
    (entry,) = parse_feed(broken)
    assert entry.link == "https://a.example.com/1"


def _client(handler: object) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]


def test_first_poll_gives_entries_and_validators(
    rss: bytes, fake_dns: dict[str, list[str]]
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {
            "content-type": "application/rss+xml",
            "etag": '"v1"',
            "last-modified": "Thu, 14 Mar 2024 09:00:00 GMT",
        }
        return httpx.Response(200, content=rss, headers=headers)

    with _client(handler) as client:
        result = fetch_feed(FEED_URL, client=client)
    assert isinstance(result, FeedResult)
    assert not result.not_modified
    assert result.etag == '"v1"'
    assert result.modified == "Thu, 14 Mar 2024 09:00:00 GMT"
    assert result.title == "Harbour Gazette: World"
    assert [entry.link for entry in result.entries] == [
        "https://news.example.com/2024/03/customs-seize-lathes",
        "https://news.example.com/2023/11/rail-ferry",
    ]
    assert "if-none-match" not in seen[0].headers
    assert "if-modified-since" not in seen[0].headers


def test_conditional_poll_sends_validators_and_honours_304(
    fake_dns: dict[str, list[str]],
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, content=b"<rss version='2.0'><channel/></rss>")

    with _client(handler) as client:
        result = fetch_feed(
            FEED_URL, etag='"v1"', modified="Thu, 14 Mar 2024 09:00:00 GMT", client=client
        )
    assert result.not_modified
    assert result.entries == ()
    assert result.etag == '"v1"'
    assert result.modified == "Thu, 14 Mar 2024 09:00:00 GMT"
    assert seen[0].headers["if-modified-since"] == "Thu, 14 Mar 2024 09:00:00 GMT"


def test_changed_feed_gives_new_validators(rss: bytes, fake_dns: dict[str, list[str]]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=rss, headers={"etag": '"v2"'})

    with _client(handler) as client:
        result = fetch_feed(FEED_URL, etag='"v1"', client=client)
    assert result.etag == '"v2"'
    assert len(result.entries) == 2


def test_feed_timeout(fake_dns: dict[str, list[str]]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("connect timed out", request=request)

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_feed(FEED_URL, client=client, timeout=3)
    assert caught.value.code == "E126"
    assert "timed out" in caught.value.message


def test_feed_network_error(fake_dns: dict[str, list[str]]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("server hung up", request=request)

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_feed(FEED_URL, client=client)
    assert caught.value.code == "E127"
    assert "server hung up" in caught.value.message


def test_feed_http_error(fake_dns: dict[str, list[str]]) -> None:
    client = _client(lambda request: httpx.Response(410))
    with client, pytest.raises(ArmstraceError) as caught:
        fetch_feed(FEED_URL, client=client)
    assert caught.value.code == "E124"


def test_feed_body_that_is_not_a_feed(fake_dns: dict[str, list[str]]) -> None:
    client = _client(lambda request: httpx.Response(200, html="<p>Moved</p>"))
    with client, pytest.raises(ArmstraceError) as caught:
        fetch_feed(FEED_URL, client=client)
    assert caught.value.code == "E130"
    assert caught.value.message.startswith(FEED_URL)


def test_private_feed_address_refused() -> None:
    with pytest.raises(ArmstraceError) as caught:
        fetch_feed("http://192.168.1.1/rss")
    assert caught.value.code == "E121"
