"""Counts of items: "around 140,000 drones", "two million rounds", "a dozen launchers".

Money, percentages and counts of shipments are not quantities; the caller asks only
about the item's own noun, and this module refuses number phrases with a currency or
percent sign in them.
"""

from __future__ import annotations

import re

from armstrace.extract.claims.context import Token
from armstrace.extract.claims.lexicon import lexicon

__all__ = ["parse_number", "quantity_of"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "a": 1,
    "an": 1,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "mln": 1_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "k": 1_000,
}
_MONEY = frozenset(
    {
        "$",
        "€",
        "£",
        "¥",
        "usd",
        "eur",
        "dollar",
        "euro",
        "pound",
        "rouble",
        "ruble",
        "yuan",
        "rupee",
        "percent",
        "per",
        "%",
        "cent",
    }
)
_VAGUE = frozenset({"several", "few", "many", "dozens", "hundreds", "thousands"})
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(words: list[str]) -> float | None:
    """The value of number words ("3", "million" -> 3e6; "a", "dozen" -> 12), else None."""
    total = 0.0
    current: float | None = None
    seen = False
    for raw in words:
        w = raw.lower().strip()
        if not w or w in ("and", "-"):
            continue
        if _NUM_RE.match(w):
            current = (current or 0.0) + float(w.replace(",", ""))
            seen = True
        elif w in _UNITS:
            if w == "dozen":
                current = (current or 1.0) * 12
            elif w in ("a", "an"):
                current = current if current is not None else 1.0
                continue
            else:
                current = (current or 0.0) + _UNITS[w]
            seen = True
        elif w in _SCALES:
            current = (current if current is not None else 1.0) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = None
            seen = True
        elif "-" in w and all(p in _UNITS for p in w.split("-")):
            current = (current or 0.0) + sum(_UNITS[p] for p in w.split("-"))
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + (current or 0.0)
    return value if value > 0 else None


def _number_phrase(num: Token) -> list[Token]:
    """The number words under a number modifier ("more than 40,000" -> 40,000)."""
    toks = [
        t
        for t in num.subtree
        if t.like_num or t.lower_ in _UNITS or t.lower_ in _SCALES or t.lower_ in ("a", "an")
    ]
    return sorted(toks, key=lambda t: t.i)


def quantity_of(item: Token) -> float | None:
    """The count attached to the item noun (its number modifier, or "50 of its drones");
    a bare number standing for an elided item ("pledged eight") is its own count."""
    if item.like_num:
        return parse_number([item.text])
    # "Leopard 2A4s": the parser reads a designation's digits as a number modifier
    cands: list[Token] = [
        c
        for c in item.children
        if c.dep_ == "nummod"
        and any(t.like_num or t.lower_ in ("dozen", "dozens") for t in c.subtree)
    ]
    if not cands and item.dep_ == "pobj" and item.head.lower_ == "of":
        owner = item.head.head
        if owner.like_num or owner.lower_ in ("dozen", "dozens"):
            cands = [owner]
        elif owner.lemma_.lower() in lexicon()["count_measures"]:
            cands = [c for c in owner.children if c.dep_ == "nummod"]  # "500,000 rounds of"
    for num in cands:
        if any(
            t.lower_ in ("several", "few", "many", "dozens", "hundreds", "thousands")
            for t in num.subtree
        ):
            continue  # "several dozen" is no count
        phrase = _number_phrase(num)
        if any(t.lower_ in _MONEY or t.lemma_.lower() in _MONEY for t in num.subtree):
            continue
        if any(t.lower_ in _MONEY for t in item.doc[max(num.i - 1, 0) : num.i + 1]):
            continue
        words = [t.text for t in phrase]
        if num.i > 0 and num.doc[num.i - 1].lower_ in ("a", "an") and num.lower_ == "dozen":
            words = ["dozen"]
        value = parse_number(words)
        if value is not None:
            return value
    return None
