"""fetch_url: HTTP behaviour through httpx.MockTransport, plus one real local server."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from armstrace.ingest import fetch_url
from armstrace.model import ArmstraceError

from .conftest import PUBLIC_ADDRESS

Handler = Callable[[httpx.Request], httpx.Response]
ARTICLE_URL = "https://news.example.com/2024/03/lathes"


def _client(handler: Handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


@pytest.fixture(autouse=True)
def _dns(fake_dns: dict[str, list[str]]) -> dict[str, list[str]]:
    fake_dns["other.example.org"] = [PUBLIC_ADDRESS]
    fake_dns["intranet.example.org"] = ["192.168.10.10"]
    return fake_dns


def test_html_page(article_html: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, html=article_html)

    with _client(handler) as client:
        document = fetch_url(ARTICLE_URL, client=client)
    assert document.text.startswith("Customs officers at the port of Valemark")
    assert document.format == "html"
    assert document.source_path == ARTICLE_URL
    assert document.url == "https://news.example.com/2024/03/customs-seize-lathes"  # canonical
    assert document.retrieved is not None and document.retrieved.tzinfo is not None
    assert seen[0].headers["user-agent"].startswith("armstrace/")


def test_plain_text_page_with_charset() -> None:
    text = "Zpráva o dodávce: továrna obdržela nové součástky.\n"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/plain; charset=iso-8859-2"}
        return httpx.Response(200, content=text.encode("iso-8859-2"), headers=headers)

    with _client(handler) as client:
        document = fetch_url(ARTICLE_URL, client=client)
    assert document.text == text
    assert document.format == "txt"
    assert document.url == ARTICLE_URL


def test_redirect_is_followed_and_checked(article_html: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example.com":
            return httpx.Response(301, headers={"location": "https://other.example.org/final"})
        return httpx.Response(200, html=article_html.replace('rel="canonical"', 'rel="x"'))

    with _client(handler) as client:
        document = fetch_url(ARTICLE_URL, client=client)
    assert document.url == "https://other.example.org/final"
    assert document.source_path == ARTICLE_URL


@pytest.mark.parametrize(
    "location", ["http://127.0.0.1:8080/", "http://intranet.example.org/", "http://[::1]/"]
)
def test_redirect_to_private_address_is_refused(location: str) -> None:
    contacted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        contacted.append(str(request.url))
        return httpx.Response(302, headers={"location": location})

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E121"
    assert contacted == [ARTICLE_URL]


def test_redirect_loop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E123"


def test_private_address_is_refused_before_any_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("must not be contacted")

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url("http://10.0.0.7/article", client=client)
    assert caught.value.code == "E121"


@pytest.mark.parametrize("status", [403, 404, 500, 503])
def test_http_error_status(status: int) -> None:
    client = _client(lambda request: httpx.Response(status, text="no"))
    with client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E124"
    assert f"HTTP {status}" in caught.value.message


def test_unsupported_content_type() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"})

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E125"
    assert "application/pdf" in caught.value.message


def test_page_without_article_text() -> None:
    page = "<html><body><nav><a href='/a'>Home</a></nav></body></html>"
    client = _client(lambda request: httpx.Response(200, html=page))
    with client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E110"
    assert caught.value.message.startswith(ARTICLE_URL)


def test_timeout() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client, timeout=2.5)
    assert caught.value.code == "E126"
    assert "timed out after 2.5s" in caught.value.message


def test_connection_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with _client(handler) as client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E127"
    assert "connection refused" in caught.value.message


def test_unknown_host() -> None:
    with pytest.raises(ArmstraceError) as caught:
        fetch_url("https://unknown.example.net/")
    assert caught.value.code == "E122"


def test_oversized_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("armstrace.ingest.fetch.MAX_PAGE_BYTES", 1000)
    body = b"<html><body><p>" + b"x" * 5000 + b"</p></body></html>"
    client = _client(lambda request: httpx.Response(200, content=body))
    with client, pytest.raises(ArmstraceError) as caught:
        fetch_url(ARTICLE_URL, client=client)
    assert caught.value.code == "E103"
