"""Publication dates: many formats read, nothing unreadable ever raises."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from armstrace.ingest.dates import parse_date

SEPT_26 = dt.date(2024, 9, 26)


@pytest.mark.parametrize(
    "text",
    [
        "2024-09-26",
        "26 September 2024",
        "Sep 26, 2024",
        "September 26, 2024",
        "2024-09-26T14:05:00Z",
        "2024-09-26T23:59:59-07:00",
        "Thu, 26 Sep 2024 10:00:00 GMT",
        "  26 Sept 2024 ",
    ],
)
def test_written_dates(text: str) -> None:
    assert parse_date(text) == SEPT_26


@pytest.mark.parametrize(
    "text", ["", "   ", "yesterday", "September 2024", "2024", "no date here", "31 February 2024"]
)
def test_partial_or_unreadable_dates_give_none(text: str) -> None:
    assert parse_date(text) is None


def test_date_objects_pass_through() -> None:
    assert parse_date(SEPT_26) == SEPT_26
    assert parse_date(dt.datetime(2024, 9, 26, 22, 0, tzinfo=dt.UTC)) == SEPT_26
    assert parse_date(None) is None


def test_implausible_years_are_refused() -> None:
    assert parse_date("0001-01-01") is None
    assert parse_date("9999-12-31") is None


@given(st.text(max_size=300))
def test_parser_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


@given(st.from_regex(r"[0-9 ,:/.TZ+-]{0,40}", fullmatch=True))
def test_parser_never_raises_on_numeric_noise(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


def test_a_time_zone_word_dateutil_cannot_place_is_no_warning() -> None:
    assert parse_date("0:0T") is None  # a time and a zone letter, no date; no warning raised
