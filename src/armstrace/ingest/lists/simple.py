"""OpenSanctions' ``targets.simple.csv``: one row per target, multi-values joined by ``;``.

Header: ``id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,
phones,emails,program_ids,dataset,first_seen,last_seen,last_change`` (``program_ids`` is
newer; older files lack it). Identifiers are bare values, so vessels' seven-digit numbers
are taken as IMO numbers.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from followthemoney import model

from armstrace.ingest.lists.common import csv_rows, dedupe, fail, read_text
from armstrace.model import ListedType, SanctionEntry, SanctionList

__all__ = ["SIMPLE_REQUIRED", "looks_like_simple", "read_simple"]

SIMPLE_REQUIRED = ("id", "schema", "name", "aliases", "countries", "identifiers", "sanctions")
_IMO = re.compile(r"^(?:IMO\s*)?(\d{7})$")


def looks_like_simple(text: str) -> bool:
    first = next(iter(text.splitlines()), "")
    return first.lower().startswith("id,schema,name")


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _type(schema_name: str) -> ListedType | None:
    schema = model.get(schema_name)
    if schema is None:
        return None
    for ftm, kind in (
        ("Person", ListedType.PERSON),
        ("Vessel", ListedType.VESSEL),
        ("Airplane", ListedType.AIRCRAFT),
        ("Organization", ListedType.ORGANIZATION),
        ("LegalEntity", ListedType.UNKNOWN),
    ):
        if schema.is_a(ftm):
            return kind
    return None


def read_simple(path: Path, name: str | None = None) -> SanctionList:
    text, digest = read_text(path)
    reader = csv.DictReader(io.StringIO(text), strict=True)
    missing = [c for c in SIMPLE_REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise fail(path, 1, f"targets.simple.csv header lacks {', '.join(missing)}")
    entries: list[SanctionEntry] = []
    datasets: list[str] = []
    for line, row in csv_rows(reader, path):
        if None in row:
            raise fail(path, line, "more fields than the header names")
        entry_id, primary = (row.get("id") or "").strip(), (row.get("name") or "").strip()
        if not entry_id or not primary:
            raise fail(path, line, "every row needs an id and a name")
        kind = _type((row.get("schema") or "").strip())
        if kind is None:
            raise fail(path, line, f"unknown schema {row.get('schema')!r}")
        ids: list[tuple[str, str]] = []
        for value in _split(row.get("identifiers")):
            imo = _IMO.match(value)
            if kind is ListedType.VESSEL and imo:
                ids.append(("imo", imo.group(1)))
            else:
                ids.append(("registration", value))
        programs = _split(row.get("program_ids")) or _split(row.get("sanctions"))
        datasets += _split(row.get("dataset"))
        entries.append(
            SanctionEntry(
                list_id=entry_id,
                name=primary,
                type=kind,
                aliases=dedupe(_split(row.get("aliases")), exclude=[primary]),
                programs=dedupe(programs),
                countries=dedupe(_split(row.get("countries"))),
                identifiers=tuple(dict.fromkeys(ids)),
                line=line,
            )
        )
    return SanctionList(
        name=name or (datasets[0] if datasets else "opensanctions"),
        format="os-targets",
        entries=tuple(entries),
        source_path=str(path),
        content_hash=digest,
    )
