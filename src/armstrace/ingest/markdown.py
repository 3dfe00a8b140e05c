"""Markdown articles: optional front matter, body rendered to plain text.

Front matter is a block at the very top between two ``---`` lines of ``key: value``
pairs; ``title``, ``publisher``, ``published`` (or ``date``) and ``url`` are read,
other keys ignored, quotes around values removed. The body is parsed with
markdown-it-py and written back as plain text: markup goes (emphasis, links keep
their text, images and raw HTML tags are dropped), each block becomes a paragraph
separated by a blank line, list items keep one line each, table rows become lines
of cells joined by `` | ``. Without a front-matter title, the first ``# heading``
is the title; it is removed from the text when it is (or repeats) the title, as the
eval format keeps headlines out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from armstrace.ingest.documents import document_from_text
from armstrace.ingest.hashing import normalise_newlines
from armstrace.model import Document

__all__ = ["document_from_markdown", "markdown_to_text", "split_front_matter"]

_FRONT_KEYS = {"title": "title", "publisher": "publisher", "published": "published"}
_FRONT_KEYS |= {"date": "published", "url": "url"}
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_TAG = re.compile(r"<[^>]*>")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front-matter values (keys ``title``, ``publisher``, ``published``, ``url``) and body."""
    text = normalise_newlines(text)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            values: dict[str, str] = {}
            for line in lines[1:index]:
                match = _FRONT_LINE.match(line)
                if match is None:
                    continue
                key = _FRONT_KEYS.get(match.group(1).lower())
                value = _unquote(match.group(2))
                if key and value:
                    values.setdefault(key, value)
            return values, "\n".join(lines[index + 1 :])
    return {}, text


@dataclass
class _Renderer:
    """Collects blocks of plain text while walking markdown-it's token stream."""

    title_hint: str | None
    blocks: list[str] = field(default_factory=list)
    title: str | None = None
    _list_depth: int = 0
    _list_lines: list[str] = field(default_factory=list)
    _in_table: bool = False
    _rows: list[str] = field(default_factory=list)
    _cells: list[str] = field(default_factory=list)
    _heading: str | None = None

    def feed(self, tokens: Sequence[Token]) -> None:
        for token in tokens:
            self._one(token)

    def _one(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self._list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self._list_depth -= 1
            if self._list_depth == 0 and self._list_lines:
                self.blocks.append("\n".join(self._list_lines))
                self._list_lines = []
        elif kind == "table_open":
            self._in_table = True
        elif kind == "tr_close":
            self._rows.append(" | ".join(self._cells))
            self._cells = []
        elif kind == "table_close":
            self._in_table = False
            self._add("\n".join(row for row in self._rows if row.strip()))
            self._rows = []
        elif kind == "heading_open":
            self._heading = token.tag
        elif kind == "heading_close":
            self._heading = None
        elif kind == "inline":
            self._inline(_inline_text(token.children or []))
        elif kind in ("fence", "code_block"):
            self._add(token.content.rstrip("\n"))
        elif kind == "html_block":
            self._add(_TAG.sub("", token.content).strip())

    def _inline(self, text: str) -> None:
        text = text.strip()
        if self._in_table:
            self._cells.append(text)
        elif self._heading == "h1" and self.title is None and text:
            self.title = text
            if self.title_hint is not None and text != self.title_hint:
                self._add(text)  # a heading other than the known title is body text
        else:
            self._add(text)

    def _add(self, text: str) -> None:
        if not text:
            return
        if self._list_depth:
            self._list_lines.append(text)
        else:
            self.blocks.append(text)


def markdown_to_text(source: str, *, title: str | None = None) -> tuple[str, str | None]:
    """Plain text of a markdown body, and its first ``# heading``.

    The first ``# heading`` is left out of the text when no ``title`` is known or when
    it repeats ``title``; otherwise it stays as a paragraph.
    """
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    renderer = _Renderer(title_hint=title)
    renderer.feed(parser.parse(source))
    return "\n\n".join(renderer.blocks), renderer.title


def document_from_markdown(text: str, *, source: str | None = None) -> Document:
    """An ``md`` document from a file's decoded text."""
    front, body = split_front_matter(text)
    plain, heading = markdown_to_text(body, title=front.get("title"))
    return document_from_text(
        plain,
        format="md",
        source=source,
        title=front.get("title") or heading,
        publisher=front.get("publisher"),
        published=front.get("published"),
        url=front.get("url"),
    )


def _inline_text(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        # images (their alt text is not article text), html_inline tags and the
        # open/close markers of emphasis and links contribute nothing
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
