"""Web pages: the article's main text and metadata, without navigation or comments.

trafilatura does the extraction (main text, title, date, site name, canonical URL).
Its text has one block per line; blocks are re-joined with blank lines so that
paragraphs look like the eval format's. A first line that repeats the title (the
page's headline) is dropped, as the eval format keeps headlines out of the body.
"""

from __future__ import annotations

import html as html_lib
import re

import trafilatura

from armstrace.ingest import errors
from armstrace.ingest.decoding import declared_charset, decode_bytes
from armstrace.ingest.documents import document_from_text
from armstrace.model import Document

__all__ = ["document_from_html", "html_text"]

_ANCHOR = re.compile(
    r"<a\b[^>]{0,2000}>(.{0,2000}?)</a\s*>", re.I | re.S
)  # bounded: no quadratic scans
_TAG = re.compile(r"<[^>]*>")


def html_text(html: str | bytes, *, declared: str | None = None) -> str:
    """The HTML source as text: bytes are decoded (BOM, UTF-8, declared charset, detected)."""
    if isinstance(html, str):
        return html
    return decode_bytes(html, declared=declared or declared_charset(html))


def document_from_html(
    html: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    declared: str | None = None,
) -> Document:
    """An ``html`` document from a page; raises E110 when the page has no article text.

    ``url`` is where the page came from; the page's canonical URL replaces it when the
    page declares one. ``declared`` is a charset named by HTTP or WARC headers.
    """
    page = html_text(html, declared=declared)
    if not page.strip():
        raise errors.ingest_error(errors.EMPTY, "empty: no HTML")
    result = _extract(page, url, favor_precision=False)
    text = getattr(result, "text", None) if result is not None else None
    # The default (recall-oriented) pass falls back to any text it can find, even a
    # menu of links; a page is only an article if the precision pass agrees.
    if (
        not text
        or not text.strip()
        or _only_link_text(text, page)
        or _extract(page, url, favor_precision=True) is None
    ):
        raise errors.ingest_error(errors.NO_ARTICLE_TEXT, "no article text found")
    title = _str(result, "title")
    return document_from_text(
        _paragraphs(text, title),
        format="html",
        source=source if source is not None else url,
        title=title,
        publisher=_str(result, "sitename") or _str(result, "hostname"),
        published=_str(result, "date"),
        url=_str(result, "url") or url,
    )


def _extract(page: str, url: str | None, *, favor_precision: bool) -> object | None:
    try:
        result: object | None = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=not favor_precision,  # the gate pass needs no metadata
            include_comments=False,
            include_images=False,
            include_tables=True,
            favor_precision=favor_precision,
        )
    except Exception as exc:  # malformed markup must not stop a batch
        raise errors.ingest_error(
            errors.NO_ARTICLE_TEXT, f"no article text found (cannot parse HTML: {exc})"
        ) from exc
    if result is None or not (getattr(result, "text", None) or "").strip():
        return None
    return result


def _only_link_text(text: str, page: str) -> bool:
    """True when every extracted line is made of link texts only: a menu, not an article."""
    anchors = {" ".join(html_lib.unescape(_TAG.sub(" ", a)).split()) for a in _ANCHOR.findall(page)}
    ordered = sorted((anchor for anchor in anchors if anchor), key=len, reverse=True)
    for line in text.split("\n"):
        rest = " ".join(line.split())
        for anchor in ordered:
            rest = rest.replace(anchor, " ")
        if any(char.isalnum() for char in rest):
            return False
    return True


def _paragraphs(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title.strip() and len(lines) > 1:
        lines = lines[1:]
    return "\n\n".join(lines)


def _str(result: object, name: str) -> str | None:
    value = getattr(result, name, None)
    return value if isinstance(value, str) and value.strip() else None
