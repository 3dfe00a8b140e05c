"""Dates a claim refers to, resolved against the publication date.

Output is "YYYY", "YYYY-MM" or "YYYY-MM-DD". A range ("since 2023", "from March")
takes its start. Relative words ("last year", "this month", "on Tuesday") need the
publication date and are dropped without one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["TimeExpr", "find_times"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "mdrel",
        re.compile(
            rf"\b(?P<m>{_MONTH_RE})\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
            r"(?P<rel>this|last|next)\s+year\b",
            re.I,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    ("my", re.compile(rf"\b(?P<m>{_MONTH_RE})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?\b")),
    ("md", re.compile(rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\b")),
    (
        "y",
        re.compile(
            r"(?<![\w$€£.,-])(?:mid-?|early\s+|late\s+)?(?P<y>(?:19|20)\d\d)(?:s)?(?![\w%.,]\d|\w)"
        ),
    ),
    (
        "m",
        re.compile(
            rf"\b(?:(?i:in|since|from|by|until|during|early|late|mid|last|this"
            rf"|(?:beginning|start|end|middle)\s+of)\s+|(?i:mid)-)(?P<m>{_MONTH_RE})(?!\s*\d)"
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:year|month)|last\s+(?:year|month|week)|this\s+(?:year|month|week)"
            r"|(?<!the\s)next\s+(?:year|month|week)|a\s+year\s+ago|yesterday|today|"
            r"(?:last|this)\s+(?:spring|summer|autumn|fall|winter))\b",
            re.I,
        ),
    ),
    (
        "span",
        re.compile(
            r"\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+"
            r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"few|several)\s+)?(?P<unit>days?|weeks?|months?|years?)\b"
            r"|\b(?P<recent>in|over)\s+recent\s+(?P<runit>days|weeks)\b"
            r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<ystart>year)\b"
            r"|\b(?P<agon>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+ago\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:over|during|in|through)\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b",
            re.I,
        ),
    ),
    (
        "wd",
        re.compile(
            r"\b(?:on|last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date expression found at char offsets [start, end) of the searched text."""

    start: int
    end: int
    value: str


def _month(name: str) -> int:
    return _MONTHS[
        name.lower().rstrip(".")[:4]
        if name.lower().startswith("sept")
        else name.lower().rstrip(".")[:3]
    ]


def _year_for(month: int, day: int | None, published: dt.date | None) -> int | None:
    """The year of the nearest such month (and day) not after the publication date."""
    if published is None:
        return None
    year = published.year
    if (month, day or 1) > (published.month, published.day):
        year -= 1
    return year


def _relative(rel: str, published: dt.date | None) -> str | None:
    if published is None:
        return None
    r = " ".join(rel.lower().split())
    y, m = published.year, published.month
    if r in ("last year", "a year ago"):
        return str(y - 1)
    if r.endswith("this year"):
        return str(y)
    if r == "next year":
        return str(y + 1)
    if r.endswith("this month") or r == "this week":
        return f"{y:04d}-{m:02d}"
    if r == "last month":
        prev = published.replace(day=1) - dt.timedelta(days=1)
        return f"{prev.year:04d}-{prev.month:02d}"
    if r == "next month":
        nxt = published.replace(day=28) + dt.timedelta(days=5)
        return f"{nxt.year:04d}-{nxt.month:02d}"
    if r == "next week":
        d = published + dt.timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if r == "last week":
        d = published - dt.timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if r == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    if r == "today":
        return published.isoformat()
    word = r.split()[-1]
    if word in _SEASONS:
        start = _SEASONS[word]
        if r.startswith("last"):
            return str(y - 1 if m <= start + 2 else y)
        return str(y)
    return None


_COUNTS = {
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


def _count(word: str | None) -> int | None:
    if word is None:
        return 1  # "in the past year"
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _COUNTS.get(w)  # "few", "several": no definite start


def _span(g: dict[str, str | None], published: dt.date | None) -> str | None:
    """The start of a period that ends at publication: "in the past six months" (its
    first month), "in recent weeks" (this month), "since the start of the year"."""
    if published is None:
        return None
    y, m = published.year, published.month
    if g.get("ystart"):
        return str(y)
    if g.get("recent"):
        return f"{y:04d}-{m:02d}"
    if g.get("agon"):
        n = _count(g["agon"])
        return str(y - n) if n is not None else None
    unit = (g.get("unit") or "").lower().rstrip("s")
    n = _count(g.get("n"))
    if n is None:
        return None
    if unit == "year":
        return str(y - n)
    if unit == "month":
        total = y * 12 + (m - 1) - n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    d = published - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return f"{d.year:04d}-{d.month:02d}"


def _weekday(name: str, published: dt.date | None) -> str | None:
    if published is None:
        return None
    want = _WEEKDAYS.index(name.lower())
    back = (published.weekday() - want) % 7
    return (published - dt.timedelta(days=back)).isoformat()


def _value(kind: str, m: re.Match[str], published: dt.date | None) -> str | None:
    g = m.groupdict()
    if kind == "rel":
        return _relative(g["rel"], published)
    if kind == "season":  # "over the summer": the latest one begun by publication
        if published is None:
            return None
        begins = _SEASONS[g["season"].lower()]
        return str(published.year if published.month >= begins else published.year - 1)
    if kind == "wd":
        return _weekday(g["wd"], published)
    if kind == "span":
        return _span(g, published)
    if kind == "mdrel":  # "in June this year", "Feb. 24 last year"
        if published is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        day = int(g["d"]) if g.get("d") else None
        month = _month(g["m"])
        return f"{published.year + shift:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    if kind == "iso":
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        return f"{g['y']}-{g['m']}" + (f"-{g['d']}" if g.get("d") else "")
    if kind == "y":
        return str(g["y"])
    month = _month(g["m"])
    day = int(g["d"]) if g.get("d") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year: int | None = int(g["y"]) if g.get("y") else _year_for(month, day, published)
    if year is None:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


_NOT_NAMES = frozenset(
    {
        "in",
        "since",
        "from",
        "by",
        "until",
        "during",
        "of",
        "early",
        "late",
        "mid",
        "before",
        "after",
        "the",
        "and",
        "or",
        "to",
        "between",
        "through",
        "summer",
        "spring",
        "autumn",
        "winter",
        "fall",
        "end",
        "start",
        "beginning",
        "year",
        "fiscal",
        "than",
    }
)


def _named_number(text: str, start: int) -> bool:
    """A number right after a capitalised word that is no date word is part of a name."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"([A-Za-z]+)[ -]$", before)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _NOT_NAMES or word.lower().rstrip(".")[:3] in _MONTHS:
        return False
    return word[:1].isupper()


def find_times(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Every date expression in ``text``, earliest first, longest match winning."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "y" and _named_number(text, s):
                continue  # "Panzerhaubitze 2000", "Army-2019" name things, not years
            value = _value(kind, m, published)
            if value is None:
                continue
            taken.append((s, e))
            found.append(TimeExpr(s, e, value))
    return sorted(found, key=lambda t: t.start)
