"""Feeds against a real HTTP server on loopback: conditional GET, failures retried later."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from armstrace.services import feeds
from armstrace.store import Store

pytestmark = pytest.mark.slow

ARTICLE = """<html><head><title>Shells reach Russia</title>
<meta property="og:site_name" content="Test Ledger"></head><body>
<nav>Home | World | Sport</nav><article><h1>Shells reach Russia</h1>
<p>North Korea has sent artillery shells to Russia by rail, South Korean officials said on
Monday. The shipments crossed the border at Tumangang, the officials said.</p>
<p>Pyongyang has denied supplying weapons to Russia.</p></article>
<footer>Copyright Test Ledger</footer></body></html>"""


def rss(base: str) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test Ledger</title>
<item><title>Shells reach Russia</title><link>{base}/a/1</link><guid>1</guid></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    etag = '"v1"'

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == self.etag:
                self.send_response(304)
                self.end_headers()
                return
            body = rss(base).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", self.etag)
        elif self.path == "/a/1":
            body = ARTICLE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"gone"
            self.send_response(500)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_poll_ingests_new_entries_then_sends_a_conditional_get(tmp_path: Path, server: str) -> None:
    store = Store.open(str(tmp_path / "f.db"))
    assert feeds.feeds_add(store, server + "/feed.xml")
    assert feeds.feeds_add(store, server + "/broken.xml")
    report = feeds.feeds_poll(store, allow_private=True, timeout=5)
    assert report.polled == [server + "/feed.xml"]
    assert [f.source for f in report.failed] == [server + "/broken.xml"]
    assert len(report.ingest.added) == 1

    again = feeds.feeds_poll(store, allow_private=True, timeout=5)
    assert again.not_modified == [server + "/feed.xml"]
    assert again.deferred == [server + "/broken.xml"]  # waits for its retry time
    listed = {f["url"]: f for f in feeds.feeds_list(store)}
    assert listed[server + "/broken.xml"]["failures"] == 1
    assert listed[server + "/broken.xml"]["next_try"] is not None


def test_private_addresses_are_refused_unless_allowed(tmp_path: Path, server: str) -> None:
    store = Store.open(str(tmp_path / "f.db"))
    feeds.feeds_add(store, server + "/feed.xml")
    report = feeds.feeds_poll(store, timeout=5)
    assert report.failed and not report.polled


def test_a_feed_url_must_be_http(tmp_path: Path) -> None:
    from armstrace.model import ArmstraceError

    store = Store.open(str(tmp_path / "f.db"))
    with pytest.raises(ArmstraceError):
        feeds.feeds_add(store, "file:///etc/passwd")
