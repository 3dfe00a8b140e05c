"""Articles in the evaluation format: ``{"id", "meta": {...}, "text"}``.

Only ``id`` (kept as ``external_id``), ``meta`` (title, publisher, published, url) and
``text`` are read; every other key is ignored, so gold annotations in the file can
never leak into what the program predicts. A file may hold one object, an array of
them, or (``.jsonl``) one object per line; a bad element is reported on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from armstrace.ingest import errors
from armstrace.ingest.documents import document_from_text
from armstrace.ingest.parts import PartError
from armstrace.model import ArmstraceError, Document

__all__ = ["document_from_record", "read_json", "read_jsonl"]

_META_FIELDS = ("title", "publisher", "published", "url")


def document_from_record(record: object, *, source: str | None = None) -> Document:
    """A ``json`` document from one decoded eval-format object; raises E112/E113."""
    if not isinstance(record, dict):
        raise errors.ingest_error(
            errors.JSON_NO_TEXT, f"expected a JSON object, found {_kind(record)}"
        )
    text = record.get("text")
    if text is None:
        raise errors.ingest_error(errors.JSON_NO_TEXT, 'JSON object has no "text"')
    if not isinstance(text, str):
        raise errors.ingest_error(errors.JSON_BAD_FIELD, f'"text" is {_kind(text)}, not a string')
    meta = record.get("meta")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise errors.ingest_error(errors.JSON_BAD_FIELD, f'"meta" is {_kind(meta)}, not an object')
    values = {name: _meta_value(meta, name) for name in _META_FIELDS}
    external = record.get("id")
    if external is not None and not isinstance(external, str | int):
        raise errors.ingest_error(errors.JSON_BAD_FIELD, f'"id" is {_kind(external)}')
    return document_from_text(
        text,
        format="json",
        source=source,
        title=values["title"],
        publisher=values["publisher"],
        published=values["published"],
        url=values["url"],
        external_id=None if external is None else str(external),
    )


def read_json(text: str, *, source: str) -> Iterator[Document | PartError]:
    """Documents of a ``.json`` file (one object or an array); raises E111 if unparsable."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise errors.ingest_error(
            errors.BAD_JSON, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    if not isinstance(data, list):
        yield document_from_record(data, source=source)
        return
    if not data:
        raise errors.ingest_error(errors.EMPTY, "empty: the JSON array holds no articles")
    for index, record in enumerate(data):
        try:
            yield document_from_record(record, source=source)
        except ArmstraceError as exc:
            yield PartError(f"{source}[{index}]", exc)


def read_jsonl(text: str, *, source: str) -> Iterator[Document | PartError]:
    """Documents of a ``.jsonl`` file, one object per non-blank line."""
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{source}:line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            error = errors.ingest_error(
                errors.BAD_JSON, f"malformed JSON: {exc.msg} (column {exc.colno})"
            )
            yield PartError(where, error)
            continue
        try:
            yield document_from_record(record, source=source)
        except ArmstraceError as exc:
            yield PartError(where, exc)
    if not found:
        raise errors.ingest_error(errors.EMPTY, "empty: no JSON lines")


def _meta_value(meta: dict[str, Any], name: str) -> str | None:
    value = meta.get(name)
    if value is None or isinstance(value, str):
        return value
    raise errors.ingest_error(errors.JSON_BAD_FIELD, f'"meta.{name}" is {_kind(value)}')


def _kind(value: object) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return kinds.get(type(value), "a number" if isinstance(value, int | float) else "a value")
