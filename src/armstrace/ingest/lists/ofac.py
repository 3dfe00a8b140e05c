"""OFAC's SDN list in its legacy CSV form (``sdn.csv``, with ``alt.csv``/``add.csv`` beside it).

The file has no header row; twelve columns, ``-0-`` for null (see
``../shared/data/ofac/README.md``). Aliases ship in ``alt.csv`` and also hide in the
Remarks column (``a.k.a. '...'``, ``f.k.a.``, ``n.k.a.``), which also carries vessel IMO
numbers, aircraft tail numbers, nationalities and registration countries.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from armstrace.ingest.lists.common import country_code, csv_rows, dedupe, fail, read_text
from armstrace.model import ListedType, SanctionEntry, SanctionList

__all__ = ["SDN_COLUMNS", "looks_like_sdn", "read_sdn"]

SDN_COLUMNS = (
    "ent_num",
    "SDN_Name",
    "SDN_Type",
    "Program",
    "Title",
    "Call_Sign",
    "Vess_type",
    "Tonnage",
    "GRT",
    "Vess_flag",
    "Vess_owner",
    "Remarks",
)
NULL = "-0-"

_AKA = re.compile(r"\b(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)'", re.IGNORECASE)
_WEAK_AKA = re.compile(r"\bweak\s+a\.k\.a\.\s*'([^']+)'", re.IGNORECASE)
_IMO = re.compile(r"\bIMO\s+(\d{7})\b")
_TAIL = re.compile(r"\bAircraft Tail Number\s+([A-Z0-9-]+)", re.IGNORECASE)
_MSN = re.compile(r"Serial Number \(MSN\)\s+([A-Z0-9-]+)", re.IGNORECASE)
_NATIONALITY = re.compile(r"\b(?:nationality|citizen)\s+([A-Za-z ,'-]+?)\s*(?:;|\.$|$)", re.I)
_PAREN_COUNTRY = re.compile(r"\(([A-Z][A-Za-z .,'-]{2,40})\)")


def _cell(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", NULL) else value


def looks_like_sdn(text: str) -> bool:
    """The SDN CSV has no header: recognise it by its first row's shape."""
    first = next(iter(text.splitlines()), "")
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return len(row) == len(SDN_COLUMNS) and row[0].strip().isdigit()


def _remarks_fields(remarks: str) -> tuple[list[str], list[str], list[tuple[str, str]], list[str]]:
    weak = [m.group(1) for m in _WEAK_AKA.finditer(remarks)]
    strong = [m.group(2) for m in _AKA.finditer(remarks) if m.group(2) not in weak]
    ids: list[tuple[str, str]] = [("imo", m.group(1)) for m in _IMO.finditer(remarks)]
    ids += [("registration", m.group(1)) for m in _TAIL.finditer(remarks)]
    ids += [("msn", m.group(1)) for m in _MSN.finditer(remarks)]
    countries: list[str] = []
    for m in _NATIONALITY.finditer(remarks):
        code = country_code(m.group(1))
        if code:
            countries.append(code)
    for m in _PAREN_COUNTRY.finditer(remarks):
        code = country_code(m.group(1))
        if code:
            countries.append(code)
    return strong, weak, ids, countries


def _type(sdn_type: str | None) -> ListedType:
    return {
        "individual": ListedType.PERSON,
        "vessel": ListedType.VESSEL,
        "aircraft": ListedType.AIRCRAFT,
    }.get((sdn_type or "").lower(), ListedType.ORGANIZATION)


def _side_file(path: Path, name: str) -> Path | None:
    for candidate in (path.with_name(name), path.with_name(name.upper())):
        if candidate.is_file():
            return candidate
    return None


def _read_alt(path: Path) -> dict[str, list[tuple[str, bool]]]:
    """``alt.csv``: ent_num, alt_num, alt_type, alt_name, alt_remarks (no header)."""
    text, _ = read_text(path)
    out: dict[str, list[tuple[str, bool]]] = {}
    for line, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 4 or not row[0].strip().isdigit():
            raise fail(path, line, f"expected 5 alt.csv columns starting with ent_num, got {row!r}")
        name = _cell(row[3])
        if name:
            weak = "weak" in (row[4] if len(row) > 4 else "").lower()
            out.setdefault(row[0].strip(), []).append((name, weak))
    return out


def _read_add(path: Path) -> dict[str, list[str]]:
    """``add.csv``: ent_num, add_num, address, city/state/zip, country, remarks (no header)."""
    text, _ = read_text(path)
    out: dict[str, list[str]] = {}
    for line, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 5 or not row[0].strip().isdigit():
            raise fail(path, line, f"expected 6 add.csv columns starting with ent_num, got {row!r}")
        code = country_code(_cell(row[4]))
        if code:
            out.setdefault(row[0].strip(), []).append(code)
    return out


def read_sdn(path: Path, name: str = "ofac-sdn") -> SanctionList:
    """Read ``sdn.csv`` (and ``alt.csv``/``add.csv`` in the same folder, when present)."""
    text, digest = read_text(path)
    alt_path = _side_file(path, "alt.csv")
    add_path = _side_file(path, "add.csv")
    alts = _read_alt(alt_path) if alt_path else {}
    adds = _read_add(add_path) if add_path else {}
    entries: list[SanctionEntry] = []
    seen: set[str] = set()
    reader = csv.reader(io.StringIO(text), strict=True)
    for line, row in csv_rows(reader, path):
        if not row or not "".join(row).strip():
            continue
        if len(row) != len(SDN_COLUMNS):
            raise fail(path, line, f"expected {len(SDN_COLUMNS)} SDN columns, found {len(row)}")
        ent_num = row[0].strip()
        if not ent_num.isdigit():
            raise fail(path, line, f"ent_num must be a number, found {row[0]!r}")
        if ent_num in seen:
            raise fail(path, line, f"ent_num {ent_num} appears twice")
        seen.add(ent_num)
        sdn_name = _cell(row[1])
        if not sdn_name:
            raise fail(path, line, f"entry {ent_num} has no SDN_Name")
        remarks = _cell(row[11]) or ""
        strong, weak, ids, countries = _remarks_fields(remarks)
        for alt_name, is_weak in alts.get(ent_num, []):
            (weak if is_weak else strong).append(alt_name)
        call_sign = _cell(row[5])
        if call_sign:
            ids.append(("call_sign", call_sign))
        flag = country_code(_cell(row[9]))
        countries += ([flag] if flag else []) + adds.get(ent_num, [])
        program = _cell(row[3]) or ""
        listed_type = _type(_cell(row[2]))
        if listed_type is ListedType.AIRCRAFT:
            ids.append(("registration", sdn_name))
        aliases = dedupe(strong, exclude=[sdn_name])
        entries.append(
            SanctionEntry(
                list_id=ent_num,
                name=sdn_name,
                type=listed_type,
                aliases=aliases,
                weak_aliases=dedupe(weak, exclude=[sdn_name, *aliases]),
                programs=dedupe(p.strip(" []") for p in program.split("] [")),
                countries=dedupe(countries),
                identifiers=tuple(dict.fromkeys(ids)),
                remarks=remarks or None,
                line=line,
            )
        )
    return SanctionList(
        name=name,
        format="ofac-sdn",
        entries=tuple(entries),
        source_path=str(path),
        content_hash=digest,
    )
