"""What every list reader shares: error codes, reading bytes, country names, de-duplication.

Readers raise :class:`~armstrace.model.ArmstraceError` with a code of this module and the
line (or XML element line) at fault, and never return a partial list: a reader builds the
whole tuple of entries before anyone stores it.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from followthemoney.types import registry

from armstrace.model import ArmstraceError

__all__ = [
    "BAD_ROW",
    "EMPTY_LIST",
    "NO_SUCH_FILE",
    "UNKNOWN_FORMAT",
    "country_code",
    "csv_rows",
    "dedupe",
    "fail",
    "read_bytes",
    "read_text",
]

UNKNOWN_FORMAT = "E500"
NO_SUCH_FILE = "E501"
BAD_ROW = "E502"
EMPTY_LIST = "E503"


def fail(path: Path, line: int | None, why: str) -> ArmstraceError:
    """A malformed-list error that names the file and line, as the user must fix it there."""
    where = f"{path}:{line}" if line is not None else str(path)
    return ArmstraceError(BAD_ROW, f"{where}: {why}")


def csv_rows(reader: Any, path: Path, *, offset: int = 0) -> Iterator[tuple[int, Any]]:
    """The rows of a ``csv.reader``/``DictReader`` with the file line each starts on;
    a CSV syntax error becomes :func:`fail` naming that line. ``offset`` counts lines
    read before the reader started (a preamble above the header)."""
    rows = iter(reader)
    while True:
        line = offset + reader.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise fail(path, line, f"not valid CSV: {exc}") from None
        yield line, row


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArmstraceError(NO_SUCH_FILE, f"no such list file: {path}") from None
    except OSError as exc:
        raise ArmstraceError(NO_SUCH_FILE, f"cannot read list file {path}: {exc}") from None


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and the SHA-256 of its bytes (so a re-load can be recognised).

    Lists are published in UTF-8 (with or without BOM) or, for the older OFAC files,
    Windows-1252; a trailing DOS end-of-file byte (``\\x1a``) is dropped.
    """
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.rstrip("\x1a"), digest


def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 (lower case, as FollowTheMoney writes it) for a country name."""
    if not value:
        return None
    code = registry.country.clean(value.strip())
    return str(code) if code else None


def dedupe(values: Iterable[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Keep order, drop blanks and repeats (case-insensitive) and anything in ``exclude``."""
    seen = {v.casefold() for v in exclude}
    out: list[str] = []
    for value in values:
        v = " ".join(value.split())
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return tuple(out)
