"""Ownership rules: takeovers and stakes said with a noun, and "X is state-owned"."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Borealis Group": ORG,
    "Norway": COUNTRY,
    "Chile": COUNTRY,
    "Condor": WEAPON,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_possessor_of_an_acquisition_owns_the_firm(run: Run) -> None:
    claims, names = run("Analysts welcomed Vantor's acquisition of Helix Arms in 2021.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Helix Arms", "Vantor")
    assert c.time == "2021"  # a takeover is dated


def test_completed_its_purchase_of(run: Run) -> None:
    claims, names = run("Vantor has completed its purchase of Helix Arms.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}


def test_acquisition_by_agent(run: Run) -> None:
    claims, names = run("The acquisition of Helix Arms by Borealis Group was approved.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Borealis Group")}


def test_completed_the_acquisition_of_a_stake_in(run: Run) -> None:
    claims, names = run(
        "Borealis Group completed the acquisition of a 30 percent stake in Helix Arms.", NAMES
    )
    assert _pairs(claims, names) == {("Helix Arms", "Borealis Group")}


def test_raised_its_stake_in(run: Run) -> None:
    claims, names = run("Vantor plans to raise its stake in Helix Arms to 15 percent.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}


def test_purchase_of_weapons_is_no_ownership(run: Run) -> None:
    claims, names = run("Chile's purchase of Condor drones from Vantor was delayed.", NAMES)
    assert _pairs(claims, names) == set()


def test_selling_a_stake_is_no_ownership(run: Run) -> None:
    claims, names = run("Vantor sold its stake in Helix Arms last year.", NAMES)
    assert _pairs(claims, names) == set()


def test_predicate_state_owned_names_the_state(run: Run) -> None:
    claims, names = run("In Norway, Helix Arms is wholly state-owned and builds radars.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Norway")}


def test_government_owned_as_a_modifier(run: Run) -> None:
    claims, names = run("Chile's government-owned Helix Arms builds radars.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Chile")}
