"""Fetching one article by URL, refusing addresses inside the local network."""

from __future__ import annotations

import httpx

from armstrace.ingest import errors
from armstrace.ingest.decoding import decode_bytes
from armstrace.ingest.documents import document_from_text
from armstrace.ingest.html import document_from_html
from armstrace.ingest.http_get import guarded_get, media_type
from armstrace.model import ArmstraceError, Document

__all__ = ["MAX_PAGE_BYTES", "fetch_url"]

MAX_PAGE_BYTES = 20_000_000
_HTML = ("text/html", "application/xhtml+xml")
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


def fetch_url(
    url: str,
    *,
    timeout: float = 20.0,
    allow_private: bool = False,
    client: httpx.Client | None = None,
) -> Document:
    """The article at ``url`` (an HTML page or plain text) as a ``Document``.

    Only http/https; the host is resolved and refused when any address is loopback,
    private, link-local, multicast or reserved, unless ``allow_private``. Raises
    ``ArmstraceError``: E120-E123 (URL and address), E124 (HTTP error status), E125
    (not HTML or text), E126 (timeout), E127 (network), E110 (no article text).
    ``source_path`` is ``url`` as given; ``url`` is the page's canonical URL, else
    the URL after redirects.
    """
    fetched = guarded_get(
        url,
        headers={"Accept": _ACCEPT},
        timeout=timeout,
        allow_private=allow_private,
        client=client,
        max_bytes=MAX_PAGE_BYTES,
    )
    if not 200 <= fetched.status < 300:
        raise errors.ingest_error(errors.HTTP_STATUS, f"{url}: HTTP {fetched.status}")
    media, charset = media_type(fetched.content_type)
    try:
        if media in _HTML or (not media and fetched.content.lstrip()[:1] == b"<"):
            return document_from_html(
                fetched.content, source=url, url=fetched.url, declared=charset
            )
        if media == "text/plain":
            text = decode_bytes(fetched.content, declared=charset)
            return document_from_text(text, format="txt", source=url, url=fetched.url)
    except ArmstraceError as exc:
        raise ArmstraceError(exc.code, f"{url}: {exc.message}") from exc
    raise errors.ingest_error(
        errors.UNSUPPORTED_CONTENT,
        f"{url}: unsupported content type {media or 'unknown'!r} (expected HTML or text)",
    )
