"""Word lists the rules read, loaded once from the data files beside this module.

Keeping the words in data files (not code) lets an analyst extend a trigger list or an
item class without touching the rules; see docs/EXTRACTION.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from armstrace.model import ArmstraceError, ItemClass

__all__ = ["ItemEntry", "Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class ItemEntry:
    """How an item head word is classed, with Common High Priority List HS codes if known."""

    item_class: ItemClass
    hs_codes: str = ""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list, as frozensets keyed by list name."""

    words: dict[str, frozenset[str]]
    items: dict[str, ItemEntry]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.words[name]


def _read(name: str) -> str:
    try:
        return resources.files("armstrace.extract.claims").joinpath("data", name).read_text("utf-8")
    except OSError as exc:  # pragma: no cover - a broken install
        raise ArmstraceError("E230", f"claim lexicon file {name!r} is missing: {exc}") from exc


def _word_lists(name: str) -> dict[str, frozenset[str]]:
    try:
        raw = json.loads(_read(name))
    except ValueError as exc:
        raise ArmstraceError(
            "E231", f"claim lexicon file {name!r} is not valid JSON: {exc}"
        ) from exc
    return {
        key: frozenset(w.lower() for w in value)
        for key, value in raw.items()
        if not key.startswith("_") and isinstance(value, list)
    }


def _item_classes(name: str) -> dict[str, ItemEntry]:
    out: dict[str, ItemEntry] = {}
    for number, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            cls = ItemClass(cells[1].strip())
        except (IndexError, ValueError) as exc:
            raise ArmstraceError(
                "E232", f"{name} line {number}: expected 'word<TAB>item_class', got {line!r}"
            ) from exc
        out[cells[0].strip().lower()] = ItemEntry(cls, cells[2].strip() if len(cells) > 2 else "")
    return out


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once per process."""
    words = _word_lists("triggers.json") | _word_lists("cues.json") | _word_lists("item_words.json")
    return Lexicon(words=words, items=_item_classes("item_classes.tsv"))
