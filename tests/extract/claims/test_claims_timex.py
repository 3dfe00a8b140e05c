"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from armstrace.extract.claims.timex import find_times
from armstrace.extract.claims.timing_anaphora import anchored, find_anaphoric, resolve_anaphoric

from tests.extract.claims.conftest import ORG, Run, by_type

PUBLISHED = dt.date(2024, 2, 28)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("last year", "2023"),
        ("this month", "2024-02"),
        ("earlier this year", "2024"),
        ("in March", "2023-03"),
        ("in January", "2024-01"),
        ("since 2023", "2023"),
        ("by mid-2023", "2023"),
        ("in September 2022", "2022-09"),
        ("on 24 February 2023", "2023-02-24"),
        ("on Oct. 20", "2023-10-20"),
        ("on Monday", "2024-02-26"),
        ("since last summer", "2023"),
        ("in the past six months", "2023-08"),
        ("over the past three years", "2021"),
        ("in the past two weeks", "2024-02"),
        ("in recent weeks", "2024-02"),
        ("since the start of the year", "2024"),
        ("two years ago", "2022"),
        ("at the beginning of January", "2024-01"),
    ],
)
def test_resolves_against_publication(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, PUBLISHED)] == [value]


def test_relative_dates_need_a_publication_date() -> None:
    assert find_times("last year", None) == []
    assert [t.value for t in find_times("in 2019", None)] == ["2019"]


def test_money_and_counts_are_not_years() -> None:
    assert find_times("worth $2023 million", PUBLISHED) == []
    assert find_times("about 2,300 drones", PUBLISHED) == []


def test_offsets_point_into_text() -> None:
    text = "Deliveries began in March 2023."
    (t,) = find_times(text, PUBLISHED)
    assert text[t.start : t.end] == "March 2023"


def test_month_with_relative_year() -> None:
    assert [t.value for t in find_times("in June this year", PUBLISHED)] == ["2024-06"]
    assert [t.value for t in find_times("on Feb. 24 last year", PUBLISHED)] == ["2023-02-24"]


def test_numbers_in_names_are_not_years() -> None:
    assert find_times("twelve Panzerhaubitze 2000 howitzers", PUBLISHED) == []
    assert find_times("shown at the Army-2019 arms fair", PUBLISHED) == []


def test_a_vague_period_has_no_start() -> None:
    assert find_times("in the past few months", PUBLISHED) == []


def test_fronted_date_scopes_over_coordinated_clause(run: Run) -> None:
    text = (
        "On 2 May 2023 OFAC designated Alpha Trading and the European Union listed Beta Logistics."
    )
    names = {"OFAC": ORG, "Alpha Trading": ORG, "the European Union": ORG, "Beta Logistics": ORG}
    claims, found = run(text, names)
    times = {found[c.object]: c.time for c in by_type(claims, "sanction") if c.object}
    assert times.get("Beta Logistics") == "2023-05-02"


def test_next_week_and_mid_month() -> None:
    assert [t.value for t in find_times("next week", PUBLISHED)] == ["2024-03"]
    assert [t.value for t in find_times("by mid-January", PUBLISHED)] == ["2024-01"]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("the same year", "2021-06-03", "2021"),
        ("later the same month", "2021-06-03", "2021-06"),
        ("that day", "2021-06-03", "2021-06-03"),
        ("two months later", "2021-11", "2022-01"),
        ("a year earlier", "2021", "2020"),
        ("ten days later", "2021-06-25", "2021-07-05"),
        ("the following year", "2019-04", "2020"),
        ("that June", "2018", "2018-06"),
    ],
)
def test_anaphoric_dates_resolve_against_their_anchor(text: str, anchor: str, value: str) -> None:
    ((_, _, m),) = find_anaphoric(text)
    assert resolve_anaphoric(m, anchor) == value


def test_a_week_after_an_event_is_no_anaphoric_date() -> None:
    assert find_anaphoric("a week after the vote") == []
    assert find_anaphoric("compared with the previous year") == []


def test_anchor_is_the_latest_date_before() -> None:
    text = "in 2019 and in March 2020, then two months later"
    times = find_times(text, PUBLISHED)
    assert anchored(times, text.index("two")) == "2020-03"
    assert anchored(times, 0) is None


def test_a_season_without_a_year_is_the_latest_begun() -> None:
    # published 28 February 2024: the latest summer is 2023's, the latest winter 2024's
    assert [t.value for t in find_times("over the summer", PUBLISHED)] == ["2023"]
    assert [t.value for t in find_times("during the winter", PUBLISHED)] == ["2024"]
