"""Web archives (``.warc`` / ``.warc.gz``): one document per archived HTML page.

Every ``response`` record with a 2xx status and an HTML content type is read through
``document_from_html``; its URL is the record's ``WARC-Target-URI`` and ``retrieved``
is the ``WARC-Date`` (when the page was captured, not when the archive was read).
Other records (requests, metadata, images, redirects) are not articles and are passed
over silently; an HTML page with no article text (an index page) is reported as a
failed part.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from armstrace.ingest import errors
from armstrace.ingest.html import document_from_html
from armstrace.ingest.parts import PartError
from armstrace.model import ArmstraceError, Document

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    stream: BinaryIO, *, source: str, max_bytes: int = 20_000_000
) -> Iterator[Document | PartError]:
    """Documents of a WARC stream (gzip or plain); raises E115 when it is not a WARC
    and E116 when it holds no HTML page at all."""
    if not _starts_like_warc(stream):
        raise errors.ingest_error(errors.BAD_WARC, "not a WARC file (no WARC/ header)")
    pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not status.startswith("2") or not content_type.startswith(_HTML_TYPES):
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#record {number}" + (f" ({url})" if url else "")
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                error = errors.ingest_error(
                    errors.TOO_LARGE, f"too large: record over {max_bytes} bytes"
                )
                yield PartError(where, error)
                continue
            try:
                document = document_from_html(
                    body, source=source, url=url, declared=_charset(content_type)
                )
            except ArmstraceError as exc:
                yield PartError(where, exc)
                continue
            yield dataclasses.replace(
                document,
                format="warc",
                retrieved=_warc_date(record.rec_headers.get_header("WARC-Date"))
                or document.retrieved,
            )
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:
        raise errors.ingest_error(errors.BAD_WARC, f"not a readable WARC file: {exc}") from exc
    if pages == 0:
        raise errors.ingest_error(errors.WARC_NO_DOCUMENTS, "no HTML response records in WARC")


def _starts_like_warc(stream: BinaryIO) -> bool:
    """Whether the (possibly gzipped) stream begins with a WARC version line; rewinds it."""
    start = stream.tell()
    try:
        head = stream.read(2)
        stream.seek(start)
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
                head = unzipped.read(5)
        else:
            head = stream.read(5)
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        stream.seek(start)
    return head == b"WARC/"


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
