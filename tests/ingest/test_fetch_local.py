"""fetch_url against a real HTTP server on 127.0.0.1 (real sockets, real resolver)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from armstrace.ingest import fetch_url
from armstrace.model import ArmstraceError


@pytest.fixture
def local_server(article_html: str) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving the article."""
    page = article_html.encode("utf-8")

    class ArticleHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_real_local_server_needs_allow_private(local_server: str) -> None:
    with pytest.raises(ArmstraceError) as caught:
        fetch_url(local_server)
    assert caught.value.code == "E121"
    document = fetch_url(local_server, allow_private=True, timeout=5)
    assert "Valemark" in document.text
    assert document.source_path == local_server
