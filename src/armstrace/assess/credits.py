"""Explicit credits: "Reuters reported", "citing the Washington Post".

An article that credits another outlet is not an independent source for what it
repeats: the claim goes back to the credited outlet.
"""

from __future__ import annotations

import re

__all__ = ["credited_outlet", "normalise_outlet"]

_OUTLET = r"(?P<outlet>(?:the\s+)?(?:[A-Z][\w.&'-]*|of|the)(?:\s+(?:[A-Z][\w.&'-]*|of|the)){0,4})"
_PATTERNS = [
    re.compile(_OUTLET + r"\s+(?:first\s+)?(?:reported|wrote|revealed|disclosed)\b"),
    re.compile(
        r"\b(?i:citing|cited by|according to|as reported by|first reported by)\s+" + _OUTLET
    ),
    re.compile(r"\breported\s+by\s+" + _OUTLET),
]
_NOT_OUTLETS = {
    "he",
    "she",
    "it",
    "they",
    "officials",
    "the ministry",
    "sources",
    "the report",
    "it was",
}
_MEDIA_HINTS = (
    "reuters",
    "associated press",
    "ap",
    "afp",
    "agence france",
    "bloomberg",
    "times",
    "post",
    "journal",
    "news",
    "wire",
    "press",
    "tass",
    "ria",
    "interfax",
    "xinhua",
    "bbc",
    "cnn",
    "guardian",
    "telegraph",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "radio",
    "tv",
    "television",
    "agency",
    "kyodo",
    "yonhap",
    "nikkei",
    "economist",
    "politico",
    "axios",
    "dpa",
    "efe",
    "ansa",
    "spiegel",
    "monde",
    "le figaro",
    "kommersant",
    "vedomosti",
    "meduza",
)


def normalise_outlet(name: str) -> str:
    n = re.sub(r"^the\s+", "", name.strip().rstrip(".,;:'"), flags=re.I).lower()
    return re.sub(r"\s+", " ", n)


def credited_outlet(text: str) -> str | None:
    """The news outlet the text credits for its story, normalised; None if none.

    Only names that look like news media count ("the ministry said" is attribution,
    not syndication).
    """
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            outlet = normalise_outlet(m.group("outlet"))
            if outlet in _NOT_OUTLETS:
                continue
            words = outlet.split()
            if any(h in words or (" " in h and h in outlet) for h in _MEDIA_HINTS):
                return outlet
    return None
