"""Which gold claims a candidate is: the scorer's matching rules (SCHEMA.md, scorer
version 2), applied to mention keys instead of predicted entity ids.

A role matches when a name of the mention (its text or its gazetteer name) is a name or
alias of the gold entity; null matches null only. Items agree as the scorer says: same
words, the same named entity, the words of one inside the other with at most two extra
words, or a shared head word that is not generic and not a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from armstrace.model import Mention

__all__ = ["GoldIndex", "max_matching", "norm", "norm_item"]

ITEM_TYPES = {"transfer", "production", "development", "component"}
GENERIC_HEADS = {
    "component", "system", "part", "good", "item", "equipment", "weapon", "material",
    "product", "technology", "supply", "shipment", "cargo", "hardware", "unit",
}  # fmt: skip
MAX_EXTRA_WORDS = 2


def norm(text: object) -> str:
    if text is None:
        return ""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def norm_item(text: object) -> str:
    return norm(re.sub(r"(?<=\w)-(?=\w)", "", str(text or "")))


def _head(words: list[str]) -> str:
    if not words:
        return ""
    w = words[-1]
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _contains(outer: str, inner: str) -> bool:
    o, i = outer.split(), inner.split()
    if not i or len(o) - len(i) > MAX_EXTRA_WORDS:
        return False
    return any(o[k : k + len(i)] == i for k in range(len(o) - len(i) + 1))


class GoldIndex:
    """One gold article, ready to label candidates against."""

    def __init__(self, gold: dict[str, Any], mentions: Sequence[Mention]) -> None:
        self.claims: list[dict[str, Any]] = list(gold.get("claims") or [])
        self.forms: dict[str, set[str]] = {}
        for e in gold.get("entities") or []:
            names = [e.get("name"), *(e.get("aliases") or [])]
            self.forms[str(e["id"])] = {n for n in (norm(x) for x in names) if n}
        self.mention_ids: dict[str, set[str]] = {}
        for m in mentions:
            forms = {norm(m.text), norm(m.canonical)} - {""}
            self.mention_ids[m.key] = {g for g, f in self.forms.items() if forms & f}

    def _item_entity(self, item: object) -> str | None:
        n = norm(item)
        return next((g for g, f in self.forms.items() if n and n in f), None)

    def _items_agree(self, gold_item: object, item: object) -> bool:
        gi, pi = norm_item(gold_item), norm_item(item)
        if not gi or not pi:
            return False
        if gi == pi:
            return True
        ge = self._item_entity(gold_item)
        if ge is not None and self._item_entity(item) == ge:
            return True
        if _contains(gi, pi) or _contains(pi, gi):
            return True
        hg, hp = _head(gi.split()), _head(pi.split())
        return hg == hp and hg not in GENERIC_HEADS and not hg.isdigit()

    def _role(self, want: object, key: str | None) -> bool:
        if want is None or key is None:
            return want is None and key is None
        return str(want) in self.mention_ids.get(key, set())

    def matches(
        self, ctype: str, subject: str | None, obj: str | None, item: str | None
    ) -> frozenset[int]:
        """Indices of the gold claims a (type, subject key, object key, item) matches."""
        out = set()
        for n, g in enumerate(self.claims):
            if g.get("type") != ctype:
                continue
            if not (self._role(g.get("subject"), subject) and self._role(g.get("object"), obj)):
                continue
            if ctype in ITEM_TYPES and not self._items_agree(g.get("item"), item):
                continue
            out.add(n)
        return frozenset(out)


def max_matching(edges: Sequence[frozenset[int]]) -> int:
    """Size of a maximum one-to-one matching of predictions (rows) to gold indices."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for g in sorted(edges[i]):
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = i
                return True
        return False

    for i in range(len(edges)):
        augment(i, set())
    return len(owner)
