"""Dates that point back at an earlier date: "the same month", "two months later",
"that June", "earlier the same year", "the following year".

They say nothing on their own, so they resolve against an anchor: the nearest date the
text gave before them (earlier in the sentence, else in the sentences before it).
"""

from __future__ import annotations

import datetime as dt
import re

from armstrace.extract.claims.timex import TimeExpr

__all__ = ["anchored", "find_anaphoric", "resolve_anaphoric"]

_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_NUMBERS = {
    "a": 1,
    "an": 1,
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
}
_NUM = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"

_PATTERNS = [
    # "two months later", "a year earlier"
    re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(?P<dir>later|afterwards|earlier)\b", re.I),
    # "the same year", "that month", "earlier that year", "later the same month"
    re.compile(
        r"\b(?:(?:earlier|later)\s+)?(?:the\s+same|that)\s+(?P<same>day|week|month|year)\b",
        re.I,
    ),
    # "the following year", "the next month", "the year after" ("the previous year" is
    # mostly a comparison: "doubled compared with the previous year")
    re.compile(
        r"\bthe\s+(?P<step>following|next)\s+(?P<sunit>month|year)\b"
        r"|\bthe\s+(?P<bunit>month|year)\s+(?P<bdir>after)\b",
        re.I,
    ),
    # "by then", "at that time": the anchor itself
    re.compile(r"\b(?P<then>by\s+then|at\s+that\s+(?:time|point))\b", re.I),
    # "that June": the month in the anchor's year
    re.compile(
        r"\bthat\s+(?P<month>January|February|March|April|May|June|July|August|September"
        r"|October|November|December)\b"
    ),
]


def find_anaphoric(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """Every anaphoric date expression in ``text``: (start, end, match)."""
    found: list[tuple[int, int, re.Match[str]]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), m))
    return sorted(found, key=lambda f: f[0])


def _parts(value: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in value.split("-")]
    return bits[0], bits[1] if len(bits) > 1 else None, bits[2] if len(bits) > 2 else None


def _shift_months(year: int, month: int, n: int) -> str:
    total = year * 12 + (month - 1) + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def resolve_anaphoric(m: re.Match[str], anchor: str) -> str | None:
    """The date ``m`` names, given the anchor date ("YYYY", "YYYY-MM" or "YYYY-MM-DD")."""
    g = m.groupdict()
    year, month, day = _parts(anchor)
    if g.get("then"):
        return anchor
    if g.get("month"):
        return f"{year:04d}-{_MONTH_NAMES.index(g['month'].lower()) + 1:02d}"
    if g.get("same"):
        unit = g["same"].lower()
        if unit == "year":
            return str(year)
        if month is None:
            return None
        if unit in ("month", "week") or day is None:
            return f"{year:04d}-{month:02d}"
        return anchor
    if g.get("sunit") or g.get("bunit"):
        unit = (g.get("sunit") or g.get("bunit") or "").lower()
        if unit == "year":
            return str(year + 1)
        return _shift_months(year, month, 1) if month is not None else None
    n = _NUMBERS.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
    if n is None:
        return None
    sign = -1 if g["dir"].lower() == "earlier" else 1
    unit = g["unit"].lower().rstrip("s")
    if unit == "year":
        return str(year + sign * n)
    if month is None:
        return None
    if unit == "month":
        return _shift_months(year, month, sign * n)
    # days and weeks: the month the anchor falls in, moved only when the days say so
    days = n * (7 if unit == "week" else 1) * sign
    if day is None:
        return f"{year:04d}-{month:02d}"

    return (dt.date(year, month, day) + dt.timedelta(days=days)).isoformat()


def anchored(text_times: list[TimeExpr], start: int) -> str | None:
    """The latest date in ``text_times`` that ends before offset ``start``."""
    before = [t for t in text_times if t.end <= start]
    return before[-1].value if before else None
