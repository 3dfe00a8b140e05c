"""Claim keys: when two claims from different articles say the same thing.

Same type, same resolved subject and object, and a matching item. Items match on a
designation ("Shahed-136 drones" and "Shahed-136") or else on the head noun, singular
("artillery shells" and "shells"): articles name the same goods with different
modifiers far more often than they name different goods with the same head.
"""

from __future__ import annotations

import re
import unicodedata

from armstrace.model import Claim

__all__ = ["item_key", "relation_key"]

_DESIGNATION = re.compile(r"^[a-z]*\d[\w]*$|^[a-z]+\d")
_GENERIC = {"system", "systems", "equipment", "item", "items", "goods", "weapon", "weapons"}


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.sub(r"[^\w]+", " ", s).strip()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def item_key(item: str | None) -> str:
    """A short key for an item: its designation if it has one, else its head noun."""
    if not item:
        return ""
    words = _fold(item).split()
    if not words:
        return ""
    for w in words:
        if any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w):
            return w
    content = [w for w in words if w not in _GENERIC] or words
    return _singular(content[-1])


def relation_key(claim: Claim) -> str:
    """The key shared by claims that state the same relation.

    Status and time are handled apart: a claim that gives neither joins the only
    relation of its key that does.
    """
    parts = [
        claim.type.value,
        claim.subject or "-",
        claim.object or "-",
        item_key(claim.item),
    ]
    return "|".join(parts)
