"""Counts of items: "around 140,000 drones", "two million rounds", "a dozen launchers".

Money, percentages and counts of shipments are not quantities; the caller asks only
about the item's own noun, and this module refuses number phrases with a currency or
percent sign in them.
"""

from __future__ import annotations

import re

from armstrace.extract.claims.context import Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import ClaimType

__all__ = ["parse_number", "quantity_for", "quantity_of"]

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
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(words: list[str]) -> float | None:
    """The value of number words ("3", "million" -> 3e6; "a", "dozen" -> 12), else None."""
    total = 0.0
    current: float | None = None
    seen = False
    digits_before = False
    for raw in words:
        w = raw.lower().strip()
        if not w or w in ("and", "-"):
            continue
        if _NUM_RE.match(w):
            if digits_before:
                return None  # "20 240": two numbers side by side make no one number
            digits_before = True
            current = (current or 0.0) + float(w.replace(",", ""))
            seen = True
        elif w in _UNITS:
            digits_before = False
            if w == "dozen":
                current = (current or 1.0) * 12
            elif w in ("a", "an"):
                current = current if current is not None else 1.0
                continue
            else:
                current = (current or 0.0) + _UNITS[w]
            seen = True
        elif w in _SCALES:
            digits_before = False
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


_UNIT_WORDS = frozenset(
    {
        "mm",
        "cm",
        "km",
        "kg",
        "m",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "metre",
        "metres",
        "meter",
        "meters",
        "mile",
        "miles",
        "tonne",
        "tonnes",
        "ton",
        "tons",
        "calibre",
        "caliber",
        "inch",
    }
)
_CALIBRE_RE = re.compile(r"^\d+(?:\.\d+)?(?:mm|cm|km|kg)$", re.I)
# nouns naming a kind of item: "24 missiles of the KN-23 family" counts the missiles
_KIND_NOUNS = frozenset({"family", "type", "class", "series", "variant", "version", "model"})
_MONTH_PREFIXES = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)
_VAGUE_WORDS = ("several", "few", "many", "dozens", "hundreds", "thousands")


def _is_measure(tok: Token) -> bool:
    """A number that measures rather than counts: "170mm", "155 mm", "300 km"."""
    if _CALIBRE_RE.match(tok.text):
        return True
    if tok.lower_ in _UNIT_WORDS and tok.i > 0 and tok.doc[tok.i - 1].like_num:
        return True  # the unit itself ("mm" tagged as a number)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.like_num and nxt is not None and nxt.lower_ in _UNIT_WORDS


def _designation(num: Token) -> bool:
    """Digits right after a capitalised name word name a model, not a count:
    "Stridsvagn 122 tanks", "Leopard 2 tanks", "Challenger 2"."""
    if num.i == 0 or num.i == num.sent.start:
        return False
    before = num.doc[num.i - 1]
    if before.lower_.rstrip(".")[:3] in _MONTH_PREFIXES:
        return False  # "in March 12 tanks arrived"
    return before.text[:1].isupper() and before.is_alpha and before.pos_ in ("PROPN", "NOUN", "ADJ")


def _vague(num: Token) -> bool:
    """ "several dozen", "hundreds of" are no count; "as many as 50" is one."""
    for t in _own_tokens(num):
        if t.lower_ not in _VAGUE_WORDS:
            continue
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if t.lower_ in ("many", "few") and prev is not None and prev.lower_ == "as":
            continue
        return True
    return False


# what hangs off a number but is no part of it: "50 of its howitzers and some 20 launchers"
_NOT_IN_PHRASE = frozenset({"prep", "conj", "cc", "appos", "punct", "relcl", "acl"})


def _own_tokens(num: Token) -> list[Token]:
    """The number's own words: its subtree without phrases and conjuncts hung off it."""
    own: list[Token] = []
    stack = [num]
    while stack:
        t = stack.pop()
        own.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NOT_IN_PHRASE)
    return own


def _number_phrase(num: Token) -> list[Token]:
    """The number words under a number modifier ("more than 40,000" -> 40,000), without
    measures ("some 20 240mm launchers" -> 20)."""
    toks = [
        t
        for t in _own_tokens(num)
        if (t.like_num or t.lower_ in _UNITS or t.lower_ in _SCALES or t.lower_ in ("a", "an"))
        and not _is_measure(t)
    ]
    return sorted(toks, key=lambda t: t.i)


def _count_modifiers(item: Token) -> list[Token]:
    """Number modifiers before the item noun, its own or those the parser hung on a name
    word in front of it ("108 M1A2T Abrams tanks", "eight Archer systems" when the item
    is "Archer"); a count precedes its noun, so digits after it are a designation."""
    heads = [item]
    if item.dep_ in ("compound", "nmod") and item.head.i > item.i:
        heads.append(item.head)  # the item is a name word in front of its head noun
    out: list[Token] = []
    for head in heads:
        stack = [c for c in head.children if c.i < head.i]
        while stack:
            c = stack.pop()
            if c.dep_ == "nummod":
                out.append(c)
                if _designation(c):  # "two ASC 890 aircraft": the count hangs on the model
                    out.extend(k for k in c.children if k.i < c.i and k.like_num)
            elif c.dep_ in ("compound", "nmod"):
                stack.extend(k for k in c.children if k.i < c.i)
    return sorted(
        (
            n
            for n in out
            if any(t.like_num or t.lower_ in ("dozen", "dozens") for t in n.subtree)
            and not _designation(n)
        ),
        key=lambda n: n.i,
    )


def _partitive_owner(item: Token) -> list[Token]:
    """The count of a partitive or kind phrase the item sits in: "50 of its drones",
    "500,000 rounds of ammunition", "24 missiles of the KN-23 family"."""
    cur = item
    while cur.dep_ in ("compound", "nmod") and cur.head.i > cur.i:
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ != "of":
        return []
    owner = cur.head.head
    if owner.like_num or owner.lower_ in ("dozen", "dozens"):
        return [owner]
    if owner.lemma_.lower() in lexicon()["count_measures"] or (
        cur.lemma_.lower() in _KIND_NOUNS and owner.pos_ == "NOUN"
    ):
        return [c for c in owner.children if c.dep_ == "nummod"]
    return []


def _value_of(num: Token, item: Token) -> float | None:
    if _vague(num):
        return None
    if any(t.lower_ in _MONEY or t.lemma_.lower() in _MONEY for t in _own_tokens(num)):
        return None
    if any(t.lower_ in _MONEY for t in item.doc[max(num.i - 1, 0) : num.i + 1]):
        return None
    words = [t.text for t in _number_phrase(num)]
    if num.i > 0 and num.doc[num.i - 1].lower_ in ("a", "an") and num.lower_ == "dozen":
        words = ["dozen"]
    return parse_number(words)


def quantity_of(item: Token) -> float | None:
    """The count attached to the item noun (its number modifier, or "50 of its drones");
    a bare number standing for an elided item ("pledged eight") is its own count."""
    if item.like_num:
        return parse_number([item.text])
    for cands in (_count_modifiers(item), _partitive_owner(item)):
        for num in cands:
            value = _value_of(num, item)
            if value is not None:
                return value
    return None


_MADE = frozenset({ClaimType.PRODUCTION, ClaimType.DEVELOPMENT})


def quantity_for(d: Draft) -> float | None:
    """The count a claim takes: one its rule read itself, else its item's count; a
    production told in a modifier of the item ("the first 10 K2s, built by Hyundai
    Rotem", "40 launchers, which Lockheed builds") does not take the count of what the
    main clause says happened to those items."""
    if d.count is not None:
        return d.count
    item = d.item_tok
    if item is None:
        return None
    if d.type in _MADE and d.trigger.dep_ in ("acl", "relcl"):
        head = d.trigger.head
        if head.i == item.i or item.i in {t.i for t in head.subtree if t.i < d.trigger.i}:
            return None
    return quantity_of(item)
