"""Ownership rules: apposition, passive participle, state-owned, negation."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Kupol": ORG, "Almaz-Antey": ORG, "Rostec": ORG, "Russian": COUNTRY, "Vektor": ORG}


def test_apposition_subsidiary_of(run: Run) -> None:
    claims, names = run("Kupol, a subsidiary of Almaz-Antey, makes air defence radars.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Kupol", "Almaz-Antey")
    assert c.item is None and c.time is None


def test_owned_by_passive(run: Run) -> None:
    claims, names = run("Vektor is majority-owned by Rostec.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Vektor", "Rostec")


def test_state_owned_names_the_state(run: Run) -> None:
    claims, names = run("The order went to the Russian state-owned company Rostec.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Rostec", "Russian")


def test_not_part_of_is_no_ownership(run: Run) -> None:
    claims, _ = run("Almaz-Antey is not part of Rostec.", NAMES)
    assert by_type(claims, "ownership") == []
