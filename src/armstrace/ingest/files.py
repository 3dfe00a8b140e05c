"""Reading one file: size and readability checks, decoding, and the reader per format.

The size is checked before anything is read, so a huge file costs nothing. Every
failure is an ``ArmstraceError`` whose message starts with the path.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from armstrace.ingest import errors
from armstrace.ingest.decoding import decode_bytes
from armstrace.ingest.evaljson import read_json, read_jsonl
from armstrace.ingest.html import document_from_html
from armstrace.ingest.markdown import document_from_markdown
from armstrace.ingest.parts import PartError
from armstrace.ingest.text import document_from_txt
from armstrace.ingest.warc import read_warc
from armstrace.model import ArmstraceError, Document

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "file_format", "iter_file", "read_file"]

DEFAULT_MAX_BYTES = 20_000_000
# Longest first, so ".warc.gz" wins over ".gz".
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".warc.gz": "warc",
    ".warc": "warc",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".jsonl": "jsonl",
}


def file_format(path: Path) -> str | None:
    """The reader for ``path`` by its (case-insensitive) extension, or ``None``."""
    name = path.name.lower()
    for suffix, kind in SUPPORTED_SUFFIXES.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Every document in the file at ``path``; raises ``ArmstraceError`` (E1xx).

    Strict: a bad line of a JSONL file or a bad element of a JSON array fails the
    whole call (``read_paths`` reports it and keeps the rest). In a WARC, HTML pages
    without article text are left out; only a WARC with no document at all fails.
    """
    documents: list[Document] = []
    failures: list[PartError] = []
    for item in iter_file(path, max_bytes=max_bytes):
        if isinstance(item, Document):
            documents.append(item)
        else:
            failures.append(item)
    is_warc = file_format(path) == "warc"
    if failures and (not is_warc or not documents):
        first = failures[0]
        raise ArmstraceError(first.error.code, f"{first.source}: {first.error.message}")
    return documents


def iter_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | PartError]:
    """Documents and failed parts of one file; raises ``ArmstraceError`` for the file."""
    label = str(path)
    try:
        yield from _iter_file(path, label, max_bytes)
    except ArmstraceError as exc:
        if exc.message.startswith(label):
            raise
        raise ArmstraceError(exc.code, f"{label}: {exc.message}") from exc


def _iter_file(path: Path, label: str, max_bytes: int) -> Iterator[Document | PartError]:
    kind = file_format(path)
    if kind is None:
        supported = " ".join(SUPPORTED_SUFFIXES)
        raise errors.ingest_error(
            errors.UNSUPPORTED_FORMAT, f"unsupported file type (supported: {supported})"
        )
    if kind == "warc":
        with _open(path, max_bytes) as stream:
            yield from read_warc(stream, source=label, max_bytes=max_bytes)
        return
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise errors.ingest_error(errors.EMPTY, "empty file")
    if kind == "html":
        yield document_from_html(data, source=label)
        return
    text = decode_bytes(data)
    if kind == "txt":
        yield document_from_txt(text, source=label)
    elif kind == "md":
        yield document_from_markdown(text, source=label)
    elif kind == "json":
        yield from read_json(text, source=label)
    else:
        yield from read_jsonl(text, source=label)


def _open(path: Path, max_bytes: int) -> BinaryIO:
    _check(path, max_bytes)
    try:
        return path.open("rb")
    except PermissionError as exc:
        raise errors.ingest_error(errors.UNREADABLE, "unreadable: permission denied") from exc
    except OSError as exc:
        raise errors.ingest_error(errors.UNREADABLE, f"unreadable: {exc.strerror}") from exc


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open(path, max_bytes) as stream:
        try:
            data = stream.read(max_bytes + 1)
        except OSError as exc:
            raise errors.ingest_error(errors.UNREADABLE, f"unreadable: {exc.strerror}") from exc
    if len(data) > max_bytes:  # the file grew after it was measured
        raise errors.ingest_error(errors.TOO_LARGE, f"too large: over {max_bytes} bytes")
    return data


def _check(path: Path, max_bytes: int) -> None:
    """Existence, kind and size, from ``stat`` alone, before a byte is read."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise errors.ingest_error(errors.NO_SUCH_PATH, "no such file") from exc
    except PermissionError as exc:
        raise errors.ingest_error(errors.UNREADABLE, "unreadable: permission denied") from exc
    except OSError as exc:
        raise errors.ingest_error(errors.UNREADABLE, f"unreadable: {exc.strerror}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise errors.ingest_error(errors.NOT_A_FILE, "not a regular file")
    if info.st_size > max_bytes:
        raise errors.ingest_error(
            errors.TOO_LARGE, f"too large: {info.st_size} bytes (limit {max_bytes})"
        )
