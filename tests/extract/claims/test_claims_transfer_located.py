"""Unnamed firms located in a named country stand for it, also through a relative
clause with a reporting verb ("companies in Iran which it said had exported ...")."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Iran": COUNTRY, "Russia": COUNTRY, "Canada": COUNTRY, "Polar Link": ORG}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")
    )


def test_firms_based_in_country(run: Run) -> None:
    assert _roles(run, "Firms based in Iran shipped drone engines to Russia.") == [
        ("Iran", "Russia")
    ]


def test_relative_through_reporting_verb(run: Run) -> None:
    text = "Canada sanctioned three companies in Iran which it said had exported drones to Russia."
    assert _roles(run, text) == [("Iran", "Russia")]


def test_named_antecedent_through_reporting_verb(run: Run) -> None:
    text = "Canada sanctioned Polar Link, which it said had shipped drone engines to Russia."
    assert _roles(run, text) == [("Polar Link", "Russia")]


def test_country_not_next_to_the_firm_is_no_location(run: Run) -> None:
    text = "Unnamed firms shipped drone engines to Russia, officials in Iran said."
    assert _roles(run, text) == [(None, "Russia")]
