"""One failed part of a file that holds several documents (a JSONL line, a WARC record).

Readers of such files yield documents and ``PartError`` values side by side, so that
``read_paths`` can report the bad part and keep the rest, while ``read_file`` can be
strict and raise.
"""

from __future__ import annotations

from dataclasses import dataclass

from armstrace.model import ArmstraceError

__all__ = ["PartError"]


@dataclass(frozen=True, slots=True)
class PartError:
    """Where in the file (``"a.jsonl:line 3"``, ``"a.json[2]"``) and what went wrong."""

    source: str
    error: ArmstraceError
