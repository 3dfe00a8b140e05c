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


def test_percentage_owners_each_get_a_claim(run: Run) -> None:
    names_ = {**NAMES, "Tatarstan": COUNTRY}
    claims, names = run(
        "Vektor is 66 per cent owned by Rostec and 34 per cent by Tatarstan.", names_
    )
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}
    assert pairs == {("Vektor", "Rostec"), ("Vektor", "Tatarstan")}


def test_bought_a_stake_in(run: Run) -> None:
    claims, names = run("In 2015 Rostec bought a controlling stake in Vektor.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Vektor", "Rostec")
    assert by_type(claims, "transfer") == []
