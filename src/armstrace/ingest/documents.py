"""Building ``Document`` objects: ids, provenance and the emptiness check in one place."""

from __future__ import annotations

import datetime as dt

from armstrace.ingest import errors
from armstrace.ingest.dates import parse_date
from armstrace.ingest.hashing import content_hash, document_id, normalise_newlines
from armstrace.model import Document

__all__ = ["document_from_text"]


def document_from_text(
    text: str,
    *,
    format: str = "txt",
    source: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: dt.date | str | None = None,
    url: str | None = None,
    external_id: str | None = None,
    retrieved: dt.datetime | None = None,
) -> Document:
    """A ``Document`` holding ``text`` exactly, apart from normalised line endings.

    The text is not otherwise changed, so evidence quoted from it later is an exact
    substring. ``published`` may be a date or any date string (unreadable -> ``None``);
    ``retrieved`` defaults to now (UTC). Raises E104 when the text is blank.
    """
    body = normalise_newlines(text)
    if not body.strip():
        raise errors.ingest_error(errors.EMPTY, "empty: no text")
    # The publisher and URL are part of the identity: the same wire story printed by two
    # outlets is two documents (one source, which the assess stage works out), while the
    # same file read twice is one.
    identity = body
    if _clean(publisher) or _clean(url):
        identity = f"{body}\x00{_clean(publisher) or ''}\x00{_clean(url) or ''}"
    digest = content_hash(identity)
    return Document(
        id=document_id(digest),
        text=body,
        content_hash=digest,
        title=_clean(title),
        publisher=_clean(publisher),
        published=parse_date(published),
        url=_clean(url),
        source_path=source,
        retrieved=retrieved or dt.datetime.now(dt.UTC),
        format=format,
        external_id=external_id,
    )


def _clean(value: str | None) -> str | None:
    """Metadata without surrounding whitespace; blank becomes ``None``."""
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
