"""Fixtures for the ingest tests: the fixture folder, WARC building, fake DNS."""

from __future__ import annotations

import io
import socket
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).parent / "fixtures"
PUBLIC_ADDRESS = "93.184.215.14"  # a globally routable address (no connection is made)

WarcRecord = tuple[str, str, str, bytes]  # (record type, url, content type, body)
WarcBuilder = Callable[[Path, Iterable[WarcRecord]], Path]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def article_html() -> str:
    return (FIXTURES / "article.html").read_text(encoding="utf-8")


@pytest.fixture
def build_warc() -> WarcBuilder:
    """Write a real WARC file (gzipped when the name ends in .gz) with warcio."""

    def build(path: Path, records: Iterable[WarcRecord]) -> Path:
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
            for rec_type, url, content_type, body in records:
                if rec_type == "response":
                    status = "404 Not Found" if url.endswith("/missing") else "200 OK"
                    http = StatusAndHeaders(
                        status, [("Content-Type", content_type)], protocol="HTTP/1.1"
                    )
                    record = writer.create_warc_record(
                        url, "response", payload=io.BytesIO(body), http_headers=http
                    )
                else:
                    record = writer.create_warc_record(
                        url,
                        rec_type,
                        payload=io.BytesIO(body),
                        warc_content_type=content_type,
                    )
                writer.write_record(record)
        return path

    return build


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Answer name look-ups from a table (tests never use the real resolver or network).

    Names missing from the table fail as an unknown host would.
    """
    table: dict[str, list[str]] = {"news.example.com": [PUBLIC_ADDRESS]}

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        results: list[Any] = []
        for address in table[host]:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            results.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
        return results

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return table
