"""Sanctions list files in their published formats, read into :class:`SanctionList`.

``read_list(path, format=None)`` detects the format where it can: the OFAC SDN CSV has no
header row and is recognised by the shape of its first row. Formats (``--format``):

- ``ofac-sdn``: OFAC SDN legacy CSV (``sdn.csv``; ``alt.csv``/``add.csv`` beside it);
- ``ftm``: OpenSanctions FollowTheMoney JSON lines (``entities.ftm.json``);
- ``os-targets``: OpenSanctions ``targets.simple.csv``;
- ``eu-xml``: the EU consolidated financial sanctions list (XML);
- ``uk-csv``: the UK sanctions list (OFSI ConList.csv or FCDO export).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from armstrace.ingest.lists.common import (
    BAD_ROW,
    EMPTY_LIST,
    NO_SUCH_FILE,
    UNKNOWN_FORMAT,
    read_bytes,
)
from armstrace.ingest.lists.eu import looks_like_eu, read_eu
from armstrace.ingest.lists.ftm import looks_like_ftm, parse_share, read_ftm
from armstrace.ingest.lists.ofac import looks_like_sdn, read_sdn
from armstrace.ingest.lists.simple import looks_like_simple, read_simple
from armstrace.ingest.lists.uk import looks_like_uk, read_uk
from armstrace.model import ArmstraceError, SanctionList

__all__ = [
    "BAD_ROW",
    "EMPTY_LIST",
    "FORMATS",
    "NO_SUCH_FILE",
    "UNKNOWN_FORMAT",
    "detect_format",
    "parse_share",
    "read_list",
]

FORMATS: dict[str, Callable[..., SanctionList]] = {
    "ofac-sdn": read_sdn,
    "ftm": read_ftm,
    "os-targets": read_simple,
    "eu-xml": read_eu,
    "uk-csv": read_uk,
}
_SNIFF_BYTES = 65536


def detect_format(path: Path) -> str:
    """The format of a list file, from its first bytes (the file name only breaks no ties)."""
    head = read_bytes(path)[:_SNIFF_BYTES].decode("utf-8-sig", errors="replace")
    if looks_like_eu(head[:4096]) or (head.lstrip().startswith("<") and "sanction" in head):
        return "eu-xml"
    if looks_like_ftm(head.split("\n", 1)[0] if "\n" in head else head):
        return "ftm"
    if looks_like_simple(head):
        return "os-targets"
    if looks_like_uk(head):
        return "uk-csv"
    if looks_like_sdn(head):
        return "ofac-sdn"
    raise ArmstraceError(
        UNKNOWN_FORMAT,
        f"cannot tell the list format of {path}; pass --format, one of: {', '.join(FORMATS)}",
    )


def read_list(path: Path, format: str | None = None, name: str | None = None) -> SanctionList:
    """Read a whole list file, or raise naming the line at fault (nothing half-read)."""
    fmt = format or detect_format(path)
    reader = FORMATS.get(fmt)
    if reader is None:
        raise ArmstraceError(
            UNKNOWN_FORMAT, f"unknown list format {fmt!r}; one of: {', '.join(FORMATS)}"
        )
    result = reader(path, name) if name else reader(path)
    if not result.entries:
        raise ArmstraceError(EMPTY_LIST, f"{path}: no listed parties found (format {fmt})")
    return result
