"""The UK sanctions list as CSV: OFSI's consolidated list (``ConList.csv``) and the FCDO's
UK Sanctions List export.

Both start with a dated line (``Last Updated,...`` / ``Report Date: ...``) before the
header, and give one row per *name*: the rows of one party share a ``Group ID``
(OFSI) or ``Unique ID`` (FCDO). Name parts are ``Name 1`` … ``Name 5`` (given names) and
``Name 6`` (surname, or the whole name of an entity or ship).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from armstrace.ingest.lists.common import country_code, csv_rows, dedupe, fail, read_text
from armstrace.model import ListedType, SanctionEntry, SanctionList

__all__ = ["looks_like_uk", "read_uk"]

_NAME_PARTS = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
_ID_COLUMNS = ("Group ID", "Unique ID", "OFSI Group ID")
_TYPE_COLUMNS = ("Group Type", "Designation Type", "Individual, Entity, Ship", "Entity Type")


def looks_like_uk(text: str) -> bool:
    head = text.splitlines()[:3]
    return any("Name 6" in line for line in head)


@dataclass
class _Party:
    line: int
    kind: str = ""
    names: list[tuple[str, bool, bool]] = field(default_factory=list)  # name, primary, weak
    programs: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    ids: list[tuple[str, str]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)


def _first(row: dict[str, str | None], columns: tuple[str, ...]) -> str:
    for column in columns:
        value = (row.get(column) or "").strip()
        if value:
            return value
    return ""


def _kind(text: str) -> ListedType:
    text = text.lower()
    if text.startswith("individual"):
        return ListedType.PERSON
    if text.startswith(("ship", "vessel")):
        return ListedType.VESSEL
    if text.startswith("entity"):
        return ListedType.ORGANIZATION
    return ListedType.UNKNOWN


def read_uk(path: Path, name: str = "uk-sanctions") -> SanctionList:
    text, digest = read_text(path)
    lines = text.splitlines(keepends=True)
    header_at = next((i for i, ln in enumerate(lines[:5]) if "Name 6" in ln), None)
    if header_at is None:
        raise fail(path, 1, "no header row with 'Name 6' in the first lines")
    reader = csv.DictReader(io.StringIO("".join(lines[header_at:])), strict=True)
    fields = reader.fieldnames or []
    id_column = next((c for c in _ID_COLUMNS if c in fields), None)
    if id_column is None:
        raise fail(path, header_at + 1, "header lacks 'Group ID' / 'Unique ID'")
    parties: dict[str, _Party] = {}
    for line, row in csv_rows(reader, path, offset=header_at):
        if None in row:
            raise fail(path, line, "more fields than the header names")
        group = (row.get(id_column) or "").strip()
        if not group:
            raise fail(path, line, f"row has no {id_column}")
        party = parties.setdefault(group, _Party(line=line))
        person_order = [row.get(p) or "" for p in _NAME_PARTS]
        full = " ".join(p.strip() for p in person_order if p.strip())
        if not full:
            raise fail(path, line, f"row of {group} has no name in Name 1 … Name 6")
        alias_type = _first(row, ("Alias Type", "Name type", "Name Type")).lower()
        quality = _first(row, ("Alias Quality", "Alias strength", "Alias Strength")).lower()
        primary = alias_type.startswith("primary")
        party.names.append((full, primary, quality.startswith("low") or "weak" in quality))
        script = _first(row, ("Name Non-Latin Script", "Name non-latin script"))
        if script:
            party.names.append((script, False, False))
        party.kind = party.kind or _first(row, _TYPE_COLUMNS)
        party.programs.append(_first(row, ("Regime", "Regime Name")))
        for column in ("Nationality", "Country", "Country of Birth", "Current owner/operator (s)"):
            code = country_code(row.get(column))
            if code:
                party.countries.append(code)
        imo = _first(row, ("IMO number", "IMO Number"))
        if imo:
            party.ids.append(("imo", imo))
        info = _first(row, ("Other Information", "Other information"))
        if info:
            party.remarks.append(info)
    entries: list[SanctionEntry] = []
    for group, party in parties.items():
        ordered = sorted(party.names, key=lambda n: (not n[1], n[2]))
        primary_name = ordered[0][0]
        strong = [n for n, _, weak in ordered[1:] if not weak]
        entries.append(
            SanctionEntry(
                list_id=group,
                name=primary_name,
                type=_kind(party.kind),
                aliases=dedupe(strong, exclude=[primary_name]),
                weak_aliases=dedupe(
                    (n for n, _, weak in ordered[1:] if weak), exclude=[primary_name, *strong]
                ),
                programs=dedupe(party.programs),
                countries=dedupe(party.countries),
                identifiers=tuple(dict.fromkeys(party.ids)),
                remarks=" ".join(dict.fromkeys(party.remarks)) or None,
                line=party.line,
            )
        )
    return SanctionList(
        name=name,
        format="uk-csv",
        entries=tuple(entries),
        source_path=str(path),
        content_hash=digest,
    )
