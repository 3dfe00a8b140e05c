"""Web archives: HTML responses become documents, everything else is passed over."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from armstrace.ingest import read_file, read_paths
from armstrace.model import ArmstraceError, Document, Skipped

from .conftest import WarcBuilder

NAV = (
    b"<html><body><nav><ul><li><a href='/a'>A</a></li>"
    b"<li><a href='/b'>B</a></li></ul></nav></body></html>"
)


def _records(article_html: str) -> list[tuple[str, str, str, bytes]]:
    return [
        ("request", "https://news.example.com/a", "application/http", b"GET /a HTTP/1.1\r\n\r\n"),
        (
            "response",
            "https://news.example.com/a",
            "text/html; charset=utf-8",
            article_html.encode(),
        ),
        ("response", "https://news.example.com/logo.png", "image/png", b"\x89PNG\x00\x00"),
        ("response", "https://news.example.com/missing", "text/html", b"<html>not found</html>"),
        ("metadata", "https://news.example.com/a", "application/warc-fields", b"via: test\r\n"),
        ("response", "https://news.example.com/index", "text/html", NAV),
    ]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_documents(
    tmp_path: Path, build_warc: WarcBuilder, article_html: str, name: str
) -> None:
    path = build_warc(tmp_path / name, _records(article_html))
    (document,) = read_file(path)
    assert document.format == "warc"
    assert document.text.startswith("Customs officers at the port of Valemark")
    assert document.url == "https://news.example.com/2024/03/customs-seize-lathes"  # canonical
    assert document.source_path == str(path)
    assert document.retrieved is not None
    assert document.retrieved.tzinfo is not None
    age = dt.datetime.now(dt.UTC) - document.retrieved
    assert dt.timedelta(0) <= age < dt.timedelta(minutes=5)  # the WARC-Date of a fresh record


def test_warc_date_becomes_retrieved(tmp_path: Path) -> None:
    """Written by hand rather than with ``build_warc`` to set the WARC-Date."""
    page = (Path(__file__).parent / "fixtures" / "article.html").read_bytes()
    path = tmp_path / "dated.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://news.example.com/old",
            "response",
            payload=io.BytesIO(page),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2019-05-04T03:02:01Z"},
        )
        writer.write_record(record)
    (document,) = read_file(path)
    assert document.retrieved == dt.datetime(2019, 5, 4, 3, 2, 1, tzinfo=dt.UTC)


def test_page_without_article_is_reported_by_read_paths(
    tmp_path: Path, build_warc: WarcBuilder, article_html: str
) -> None:
    path = build_warc(tmp_path / "crawl.warc.gz", _records(article_html))
    items = list(read_paths([path]))
    assert sum(isinstance(item, Document) for item in items) == 1
    (skipped,) = [item for item in items if isinstance(item, Skipped)]
    assert skipped.source.startswith(f"{path}#record ")
    assert "https://news.example.com/index" in skipped.source
    assert skipped.reason.startswith("[E110]")


def test_warc_with_no_html_pages(tmp_path: Path, build_warc: WarcBuilder) -> None:
    path = build_warc(
        tmp_path / "images.warc",
        [("response", "https://news.example.com/logo.png", "image/png", b"\x89PNG\x00")],
    )
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == "E116"


def test_warc_whose_pages_all_fail(tmp_path: Path, build_warc: WarcBuilder) -> None:
    path = build_warc(
        tmp_path / "nav.warc", [("response", "https://x.example.com/", "text/html", NAV)]
    )
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == "E110"


@pytest.mark.parametrize("name", ["fake.warc", "fake.warc.gz"])
def test_not_a_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"this is just some text, not an archive\n" * 3)
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == "E115"
