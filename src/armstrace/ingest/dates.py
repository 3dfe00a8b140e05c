"""Publication dates from the many ways articles and feeds write them.

A date that cannot be read is not an error (the article is still worth reading): the
parser returns ``None``. A date is only accepted when day, month and year are all
given, so "September 2024" does not silently become the first (or today's day) of
the month.
"""

from __future__ import annotations

import datetime as dt
import warnings

from dateutil import parser as dateutil_parser

__all__ = ["parse_date"]

# Two defaults that differ in every field: a part missing from the text shows up as a
# difference between the two parses.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)
_MIN_YEAR = 1800
_MAX_YEAR = 2200
_MAX_LENGTH = 200


def parse_date(value: dt.date | str | None) -> dt.date | None:
    """A calendar date, or ``None`` when ``value`` is empty, partial or unreadable.

    Accepts ``date``/``datetime`` objects, ISO dates and datetimes ("2024-09-26",
    "2024-09-26T10:00:00Z") and written dates ("26 September 2024", "Sep 26, 2024").
    A datetime keeps the calendar date it was written in (no timezone conversion).
    Numeric dates like "01/02/2024" are read month first.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _checked(value.date())
    if isinstance(value, dt.date):
        return _checked(value)
    text = value.strip()
    if not text or len(text) > _MAX_LENGTH:
        return None
    try:
        return _checked(dt.date.fromisoformat(text))
    except ValueError:
        pass
    try:
        return _checked(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    return _checked(_parse_written(text))


def _parse_written(text: str) -> dt.date | None:
    try:
        with warnings.catch_warnings():
            # only the date is kept, so a time-zone word dateutil cannot place ("0:0T")
            # is irrelevant, not something to warn a user about
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            first = dateutil_parser.parse(text, default=_DEFAULT_A)
            second = dateutil_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if first.date() != second.date():
        return None  # day, month or year missing from the text
    return first.date()


def _checked(day: dt.date | None) -> dt.date | None:
    if day is None or not _MIN_YEAR <= day.year <= _MAX_YEAR:
        return None
    return day
