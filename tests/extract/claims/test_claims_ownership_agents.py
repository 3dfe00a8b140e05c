"""Ownership rules: owners in a second "by" phrase, and "whose owner Y"."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Orvex": ORG,
    "Airbus": ORG,
    "Thales": ORG,
    "Leonardo": ORG,
    "Indra": ORG,
    "Spain": COUNTRY,
    "Anton Belov": PERSON,
    "Ivan Belov": PERSON,
    "Cyprus": COUNTRY,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_second_by_phrase_after_shares_names_another_owner(run: Run) -> None:
    claims, names = run(
        "The radar is made by Orvex, which is owned by Airbus and Thales, with 35 per cent "
        "each, and by Spain's Indra, with 30 per cent.",
        NAMES,
    )
    assert _pairs(claims, names) == {
        ("Orvex", "Airbus"),
        ("Orvex", "Thales"),
        ("Orvex", "Indra"),
    }


def test_second_by_phrase_with_a_relative_named_in_apposition(run: Run) -> None:
    claims, names = run(
        "Orvex is a trading company controlled by Anton Belov, a former governor, and by his "
        "brother, Ivan Belov.",
        NAMES,
    )
    assert _pairs(claims, names) == {("Orvex", "Anton Belov"), ("Orvex", "Ivan Belov")}


def test_by_phrase_of_another_verb_is_no_owner(run: Run) -> None:
    claims, names = run(
        "Orvex, which is owned by Airbus, was later sued by Thales and by Leonardo.", NAMES
    )
    assert _pairs(claims, names) == {("Orvex", "Airbus")}


def test_whose_owner_names_the_owner_of_the_relative_head(run: Run) -> None:
    claims, names = run("Orvex, whose owner Anton Belov lives in Cyprus, sells radars.", NAMES)
    assert _pairs(claims, names) == {("Orvex", "Anton Belov")}
