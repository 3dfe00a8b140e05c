"""Plain-text articles, with an optional ``Key: value`` header block.

Convention: when the very first line of a file is ``Title:``, ``Publisher:``,
``Published:``, ``Date:`` or ``URL:`` (any case), the lines up to the first blank
line are a header. Every header line must be one of those keys, otherwise the file
has no header and is read whole (so an article that starts "Date: unknown..." in
prose is not eaten). The header and the blank line after it are removed; the rest of
the text is kept exactly. Without a header the first line is ordinary text: no title
is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from armstrace.ingest.documents import document_from_text
from armstrace.ingest.hashing import normalise_newlines
from armstrace.model import Document

__all__ = ["TextHeader", "document_from_txt", "split_header"]

_HEADER_LINE = re.compile(r"^(title|publisher|published|date|url)[ \t]*:[ \t]*(.*?)[ \t]*$", re.I)


@dataclass(frozen=True, slots=True)
class TextHeader:
    """The metadata a header block gave."""

    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


def split_header(text: str) -> tuple[TextHeader, str]:
    """The header of ``text`` (empty when it has none) and the body after it."""
    text = normalise_newlines(text)
    lines = text.split("\n")
    values: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if not values:
                break
            body = "\n".join(lines[index + 1 :]).lstrip("\n")
            return _header(values), body
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        key = match.group(1).lower()
        key = "published" if key == "date" else key
        values.setdefault(key, match.group(2))
    return TextHeader(), text


def document_from_txt(text: str, *, source: str | None = None) -> Document:
    """A ``txt`` document from a file's decoded text, header removed."""
    header, body = split_header(text)
    return document_from_text(
        body,
        format="txt",
        source=source,
        title=header.title,
        publisher=header.publisher,
        published=header.published,
        url=header.url,
    )


def _header(values: dict[str, str]) -> TextHeader:
    return TextHeader(
        title=values.get("title") or None,
        publisher=values.get("publisher") or None,
        published=values.get("published") or None,
        url=values.get("url") or None,
    )
