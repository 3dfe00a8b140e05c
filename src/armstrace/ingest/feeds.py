"""RSS and Atom feeds: the entries to fetch, and polite conditional polling.

``fetch_feed`` sends the ETag and Last-Modified values of the previous poll, so an
unchanged feed costs the publisher a 304 and no body. feedparser reads the feed
from bytes held in memory only (never from a path or URL it might open itself).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser
import httpx

from armstrace.ingest import errors
from armstrace.ingest.dates import parse_date
from armstrace.ingest.http_get import guarded_get
from armstrace.model import ArmstraceError

__all__ = ["MAX_FEED_BYTES", "FeedEntry", "FeedResult", "fetch_feed", "parse_feed"]

MAX_FEED_BYTES = 10_000_000
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed. ``link`` is absolute where the feed allows; ``summary`` is
    plain text; ``id`` is the entry's guid, else its link."""

    title: str | None
    link: str | None
    published: dt.date | None
    summary: str | None
    id: str | None


@dataclass(frozen=True, slots=True)
class FeedResult:
    """One poll of a feed. When ``not_modified`` the server sent no body (HTTP 304)
    and ``entries`` is empty; ``etag``/``modified`` are the values to send next time."""

    url: str
    entries: tuple[FeedEntry, ...]
    etag: str | None
    modified: str | None
    not_modified: bool = False
    title: str | None = None


def parse_feed(content: bytes | str, *, base_url: str | None = None) -> list[FeedEntry]:
    """Entries of an RSS/Atom document; raises E130 when it is not a feed.

    Relative links are resolved against ``base_url``. A feed with small errors
    (feedparser's "bozo" flag) still gives the entries it could read.
    """
    return list(_parse(content, base_url=base_url, content_type=None)[0])


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    timeout: float = 20.0,
    allow_private: bool = False,
    client: httpx.Client | None = None,
) -> FeedResult:
    """Poll the feed at ``url``, conditionally when ``etag``/``modified`` are given.

    Raises ``ArmstraceError``: the address and network errors of ``fetch_url``
    (E120-E127), E124 for an HTTP error status, E130 when the body is not a feed.
    """
    headers = {"Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    fetched = guarded_get(
        url,
        headers=headers,
        timeout=timeout,
        allow_private=allow_private,
        client=client,
        max_bytes=MAX_FEED_BYTES,
    )
    new_etag = fetched.headers.get("etag") or etag
    new_modified = fetched.headers.get("last-modified") or modified
    if fetched.status == 304:
        return FeedResult(url, (), new_etag, new_modified, not_modified=True)
    if not 200 <= fetched.status < 300:
        raise errors.ingest_error(errors.HTTP_STATUS, f"{url}: HTTP {fetched.status}")
    try:
        entries, title = _parse(
            fetched.content, base_url=fetched.url, content_type=fetched.content_type
        )
    except ArmstraceError as exc:
        raise ArmstraceError(exc.code, f"{url}: {exc.message}") from exc
    return FeedResult(url, entries, new_etag, new_modified, not_modified=False, title=title)


def _parse(
    content: bytes | str, *, base_url: str | None, content_type: str | None
) -> tuple[tuple[FeedEntry, ...], str | None]:
    headers: dict[str, str] = {}
    if isinstance(content, str):
        content = content.encode("utf-8")
        content_type = "application/xml; charset=utf-8"
    if content_type:
        headers["content-type"] = content_type
    if base_url:
        headers["content-location"] = base_url
    parsed: Any = feedparser.parse(io.BytesIO(content), response_headers=headers)
    entries = list(_field(parsed, "entries") or [])
    if not _field(parsed, "version") and not entries:
        problem = _field(parsed, "bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise errors.ingest_error(errors.NOT_A_FEED, f"not an RSS or Atom feed{detail}")
    feed_title = _plain(_field(_field(parsed, "feed"), "title"))
    return tuple(_entry(entry, base_url) for entry in entries), feed_title


def _field(item: Any, key: str) -> Any:
    """``item[key]`` read as a plain dict: feedparser's own ``get`` maps ``updated`` to
    ``published`` with a DeprecationWarning, and the two must stay distinct here."""
    return dict.get(item, key) if isinstance(item, dict) else None


def _entry(entry: Any, base_url: str | None) -> FeedEntry:
    link = _field(entry, "link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    return FeedEntry(
        title=_plain(_field(entry, "title")),
        link=link,
        published=_entry_date(entry),
        summary=_plain(_field(entry, "summary")),
        id=_field(entry, "id") or link,
    )


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = _field(entry, key)
        if stamp:
            try:
                return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except (ValueError, AttributeError):
                continue
    for key in ("published", "updated", "created"):
        value = _field(entry, key)
        day = parse_date(value) if isinstance(value, str) else None
        if day is not None:
            return day
    return None


def _plain(value: object) -> str | None:
    """Text of a feed field that may hold HTML; blank gives ``None``."""
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return text or None
