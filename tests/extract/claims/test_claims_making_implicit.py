"""Production rules: makers a passive without "by" still names, and "X, the company
that makes Y"."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PLACE, WEAPON, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Ostrava": PLACE,
    "Chile": COUNTRY,
    "Condor": WEAPON,
    "Verdan": ORG,
}


def _made(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), c.item) for c in by_type(claims, "production")}


def test_assembled_at_a_firms_plant(run: Run) -> None:
    claims, names = run("The helicopters will be assembled at Vantor's plant in Ostrava.", NAMES)
    (c,) = by_type(claims, "production")
    assert (role(names, c.subject), c.item) == ("Vantor", "helicopters")
    assert role(names, c.location) == "Ostrava"


def test_built_at_the_plant_of_a_firm(run: Run) -> None:
    claims, names = run("The frigates are built at the northern shipyard of Helix Arms.", NAMES)
    assert _made(claims, names) == {("Helix Arms", "frigates")}


def test_whose_weapons_are_produced(run: Run) -> None:
    claims, names = run("Vantor, whose Condor drones are produced in Ostrava, won the bid.", NAMES)
    assert _made(claims, names) == {("Vantor", "Condor drones")}


def test_their_weapons_said_by_the_maker(run: Run) -> None:
    claims, names = run("Verdan says its rockets and mortars are made in Chile.", NAMES)
    assert _made(claims, names) == {("Verdan", "rockets"), ("Verdan", "mortars")}


def test_country_of_making_is_no_maker(run: Run) -> None:
    claims, _ = run("The first 40 rockets were made in Chile and shipped in May.", NAMES)
    assert by_type(claims, "production") == []


def test_whose_parts_name_a_weapon_not_a_maker(run: Run) -> None:
    claims, _ = run("Verdan bought the Condor, whose engines are made partly in Chile.", NAMES)
    assert by_type(claims, "production") == []


def test_relative_on_an_apposed_noun_is_the_named_firm(run: Run) -> None:
    claims, names = run(
        "Helix Arms, the Chilean company that makes most of the region's artillery shells, "
        "was listed.",
        NAMES,
    )
    assert _made(claims, names) == {("Helix Arms", "artillery shells")}
