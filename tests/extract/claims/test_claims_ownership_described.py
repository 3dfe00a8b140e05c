"""Ownership rules: owners and groups named through a description ("described as a
co-owner of X", "presents X as part of its group", "X and its owner, Y")."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import ORG, PERSON, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Borealis Group": ORG,
    "Orvex": ORG,
    "Anton Belov": PERSON,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_described_as_co_owner_and_designer_of(run: Run) -> None:
    claims, names = run(
        "Canada sanctioned Anton Belov, whom it described as a part-owner and senior designer "
        "of Helix Arms.",
        NAMES,
    )
    assert _pairs(claims, names) == {("Helix Arms", "Anton Belov")}


def test_presents_as_part_of_its_group(run: Run) -> None:
    claims, names = run("Borealis Group presents Helix Arms as part of its group.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Borealis Group")}


def test_part_of_a_trend_is_no_ownership(run: Run) -> None:
    claims, names = run("Analysts see Helix Arms as part of a wider trend.", NAMES)
    assert _pairs(claims, names) == set()


def test_its_owner_coordinated_with_a_firm_is_that_firms(run: Run) -> None:
    claims, names = run("OFAC named Orvex and its general director and owner, Anton Belov.", NAMES)
    assert _pairs(claims, names) == {("Orvex", "Anton Belov")}
