"""Gazetteers of real, public names: countries, state bodies, firms, weapons, goods, places.

The lists are data files (JSON lines under ``data/``) so that an analyst can add a name
without touching code. They give three things the statistical model cannot: the type of
a name it mislabels (HIMARS is not an organisation), the canonical name that joins the
article's variants ("DPRK", "Pyongyang", "North Korea"), and a country code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from armstrace.model import ArmstraceError, EntityType

__all__ = [
    "DATA_DIR",
    "FILES",
    "Gazetteer",
    "GazetteerEntry",
    "load_gazetteer",
    "name_key",
    "read_entries",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

# File name -> the one entity type its rows may have.
FILES: dict[str, EntityType] = {
    "countries.jsonl": EntityType.COUNTRY,
    "organizations.jsonl": EntityType.ORGANIZATION,
    "weapons.jsonl": EntityType.WEAPON_SYSTEM,
    "goods.jsonl": EntityType.GOODS,
    "places.jsonl": EntityType.PLACE,
}

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_KNOWN_KEYS = {"name", "type", "country", "aliases", "capitals", "demonyms"}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One real-world entity and the names it goes by."""

    name: str
    type: EntityType
    country: str | None = None
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The canonical name first, then every alias."""
        return (self.name, *self.aliases)


def name_key(text: str) -> str:
    """A loose key for a name: case, diacritics, punctuation and a leading 'the' ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"[’']s\b", "", plain)
    words = re.findall(r"\w+", plain)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ArmstraceError("E202", f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _entry(row: object, expected: EntityType, where: str) -> GazetteerEntry:
    if not isinstance(row, dict):
        raise ArmstraceError("E202", f"{where}: a row must be a JSON object")
    unknown = set(row) - _KNOWN_KEYS
    if unknown:
        raise ArmstraceError("E202", f"{where}: unknown keys {sorted(unknown)}")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ArmstraceError("E202", f"{where}: 'name' must be a non-empty string")
    if row.get("type") != expected.value:
        raise ArmstraceError(
            "E202", f"{where}: 'type' is {row.get('type')!r}, this file holds {expected.value!r}"
        )
    country = row.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY_CODE.match(country)):
        raise ArmstraceError(
            "E202", f"{where}: 'country' must be an ISO 3166-1 alpha-2 code or null"
        )
    return GazetteerEntry(
        name=name.strip(),
        type=expected,
        country=country,
        aliases=_strings(row.get("aliases"), where, "aliases"),
        capitals=_strings(row.get("capitals"), where, "capitals"),
        demonyms=_strings(row.get("demonyms"), where, "demonyms"),
    )


def read_entries(path: Path, expected: EntityType) -> Iterator[GazetteerEntry]:
    """Rows of one gazetteer file; blank lines and lines starting with '#' are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ArmstraceError("E200", f"cannot read gazetteer file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        try:
            row = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ArmstraceError("E201", f"{where}: not valid JSON ({exc.msg})") from exc
        yield _entry(row, expected, where)


@dataclass(slots=True)
class Gazetteer:
    """All entries, with look-ups by name key, demonym and capital."""

    entries: list[GazetteerEntry] = field(default_factory=list)
    by_key: dict[tuple[EntityType, str], GazetteerEntry] = field(default_factory=dict)
    any_type: dict[str, GazetteerEntry] = field(default_factory=dict)
    demonyms: dict[str, GazetteerEntry] = field(default_factory=dict)
    capitals: dict[str, GazetteerEntry] = field(default_factory=dict)

    def add(self, entry: GazetteerEntry) -> None:
        """Index ``entry``; the first entry to claim a name keeps it."""
        self.entries.append(entry)
        for name in entry.names():
            key = name_key(name)
            self.by_key.setdefault((entry.type, key), entry)
            self.any_type.setdefault(key, entry)
        for demonym in entry.demonyms:
            self.demonyms.setdefault(name_key(demonym), entry)
        for capital in entry.capitals:
            self.capitals.setdefault(name_key(capital), entry)

    def lookup(self, text: str, type: EntityType | None = None) -> GazetteerEntry | None:
        """The entry named ``text`` (of ``type`` when given)."""
        key = name_key(text)
        if type is None:
            return self.any_type.get(key)
        return self.by_key.get((type, key))

    def country_of_demonym(self, word: str) -> GazetteerEntry | None:
        """The country whose people or things ``word`` describes ("Iranian" -> Iran)."""
        return self.demonyms.get(name_key(word))


def build_gazetteer(data_dir: Path) -> Gazetteer:
    """Read every gazetteer file under ``data_dir``."""
    if not data_dir.is_dir():
        raise ArmstraceError("E200", f"gazetteer folder {data_dir} does not exist")
    gazetteer = Gazetteer()
    for file_name, expected in FILES.items():
        for entry in read_entries(data_dir / file_name, expected):
            gazetteer.add(entry)
    return gazetteer


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteers, read once per process."""
    return build_gazetteer(DATA_DIR)
