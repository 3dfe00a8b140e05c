"""Which date a claim takes: its own clause's, a "when" clause's anchor, an earlier
date an anaphoric one points back to, or the day of the news the article reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.timing import time_of
from armstrace.model import ClaimType

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Names, Run, by_type

FIRMS: Names = {"Alpha Trading": ORG, "Beta Logistics": ORG}


def _times(run: Run, text: str, names: Names, kind: str) -> dict[str | None, str | None]:
    """Claim time by the claim's object name (sanctions) or item (transfers)."""
    claims, found = run(text, names)
    key = "object" if kind == "sanction" else "item"
    out: dict[str | None, str | None] = {}
    for c in by_type(claims, kind):
        value = getattr(c, key)
        out[found.get(value, value) if value else None] = c.time
    return out


def test_independent_conjunct_keeps_its_own_time(run: Run) -> None:
    text = "The EU sanctioned Alpha Trading in March 2022 and has since listed Beta Logistics."
    got = _times(run, text, {"EU": ORG, **FIRMS}, "sanction")
    assert got == {"Alpha Trading": "2022-03", "Beta Logistics": None}


def test_later_listing_is_not_the_days_news(run: Run) -> None:
    text = (
        "Alpha Trading was sanctioned by the United States in 2019 and was later listed by "
        "the European Union."
    )
    names = {"the European Union": ORG, "the United States": COUNTRY, **FIRMS}
    claims, found = run(text, names)
    eu = [
        c for c in by_type(claims, "sanction") if found.get(c.subject or "") == "the European Union"
    ]
    assert [c.time for c in eu] == [None]


def test_when_clause_takes_the_date_it_hangs_on(run: Run) -> None:
    text = (
        "Kyiv's allies moved on 4 April, when Norway announced that it would send NASAMS "
        "launchers to Ukraine."
    )
    names = {"Norway": COUNTRY, "Ukraine": COUNTRY, "NASAMS": WEAPON}
    assert list(_times(run, text, names, "transfer").values()) == ["2024-04-04"]


def test_the_same_month_points_back_in_the_sentence(run: Run) -> None:
    text = (
        "Canada's tanks reached Poland in February 2023, and Norway sent eight Leopard tanks "
        "to Ukraine the same month."
    )
    names = {"Canada": COUNTRY, "Poland": COUNTRY, "Norway": COUNTRY, "Ukraine": COUNTRY}
    assert list(_times(run, text, names, "transfer").values()) == ["2023-02"]


def test_mid_month_is_a_month(run: Run) -> None:
    text = (
        "Ukraine had its first Patriot batteries by mid-April, and Germany sent three IRIS-T "
        "launchers to Ukraine the same month."
    )
    names = {"Germany": COUNTRY, "Ukraine": COUNTRY, "IRIS-T": WEAPON}
    assert set(_times(run, text, names, "transfer").values()) == {"2024-04"}


def test_months_later_points_back_to_an_earlier_sentence(run: Run) -> None:
    text = (
        "OFAC designated Alpha Trading in January 2023. Three months later it sanctioned "
        "Beta Logistics."
    )
    got = _times(run, text, {"OFAC": ORG, **FIRMS}, "sanction")
    assert got == {"Alpha Trading": "2023-01", "Beta Logistics": "2023-04"}


def test_days_news_takes_the_leads_day(run: Run) -> None:
    # published Wednesday 15 May 2024: "on Tuesday" is the 14th
    text = (
        "The European Union on Tuesday imposed sanctions on Alpha Trading. It also listed "
        "Beta Logistics."
    )
    got = _times(run, text, {"The European Union": ORG, **FIRMS}, "sanction")
    assert got["Beta Logistics"] == "2024-05-14"


def test_days_news_without_a_dated_lead_is_the_publication_date(run: Run) -> None:
    text = "The European Union imposed sanctions on Alpha Trading."
    got = _times(run, text, {"The European Union": ORG, **FIRMS}, "sanction")
    assert got["Alpha Trading"] == "2024-05-15"


def test_trailing_told_dates_the_claim(run: Run) -> None:
    text = (
        "Britain is sending Storm Shadow missiles to Ukraine, the defence secretary told "
        "parliament on Monday."
    )
    names = {"Britain": COUNTRY, "Ukraine": COUNTRY, "Storm Shadow": WEAPON}
    assert list(_times(run, text, names, "transfer").values()) == ["2024-05-13"]


def test_a_possible_purchase_is_not_dated_by_the_statement(run: Run) -> None:
    text = "Saudi Arabia could buy Typhoon jets from Britain, a minister said on Monday."
    names = {"Saudi Arabia": COUNTRY, "Britain": COUNTRY, "Typhoon": WEAPON}
    got = _times(run, text, names, "transfer")
    assert got and all(v is None for v in got.values())


def test_next_week(run: Run) -> None:
    text = "Treasury said it would designate Alpha Trading next week."
    got = _times(run, text, {"Treasury": ORG, **FIRMS}, "sanction")
    assert got == {"Alpha Trading": "2024-05"}


def test_sanctions_announced_as_a_noun_are_the_days_news(run: Run) -> None:
    text = (
        "Japan on Monday tightened its export rules. Canada announced new sanctions, "
        "including measures against Alpha Trading."
    )
    got = _times(run, text, {"Japan": COUNTRY, "Canada": COUNTRY, **FIRMS}, "sanction")
    assert got["Alpha Trading"] == "2024-05-13"


def test_a_contract_date_dates_what_happens_under_it(run: Run) -> None:
    text = (
        "Investigators cited a March 2021 contract under which Serbia agreed to buy "
        "Chinese drones from China."
    )
    names = {"Serbia": COUNTRY, "China": COUNTRY}
    assert list(_times(run, text, names, "transfer").values()) == ["2021-03"]


def test_by_then_points_back(run: Run) -> None:
    text = (
        "The ministry published its count in October 2023. A spokesman said Iran had by "
        "then sent 300 drones to Russia."
    )
    names = {"Iran": COUNTRY, "Russia": COUNTRY}
    assert list(_times(run, text, names, "transfer").values()) == ["2023-10"]


def test_a_deal_signed_on_a_date_dates_the_transfer(run: Run) -> None:
    text = "Under a defence agreement signed in 2020, Turkey sent Kirpi vehicles to Somalia."
    names = {"Turkey": COUNTRY, "Somalia": COUNTRY}
    assert list(_times(run, text, names, "transfer").values()) == ["2020"]


def test_signing_date_dates_the_deal_it_spells_out(run: Run) -> None:
    text = "Romania on Monday signed a contract with Israel to buy 12 radar systems."
    names = {"Romania": COUNTRY, "Israel": COUNTRY}
    assert list(_times(run, text, names, "transfer").values()) == ["2024-05-13"]


def test_each_listed_object_takes_its_own_date(claims_nlp: Any) -> None:
    doc = claims_nlp("The Treasury designated Alpha in April 2021 and Beta in July 2022.")
    (verb,) = [t for t in doc if t.text == "designated"]
    (alpha,) = [t for t in doc if t.text == "Alpha"]
    (beta,) = [t for t in doc if t.text == "Beta"]
    d = Draft(ClaimType.SANCTION, verb)
    published = dt.date(2024, 5, 15)
    assert time_of(d, published, anchor=alpha) == "2021-04"
    assert time_of(d, published, anchor=beta) == "2022-07"
    assert time_of(d, published) == "2021-04"  # without its object: the nearest date
