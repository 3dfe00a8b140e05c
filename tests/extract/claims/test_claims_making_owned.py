"""A firm's own maker ("its aircraft maker X") is owned by it."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {"Vantor": ORG, "Helix Arms": ORG, "Chile": COUNTRY, "Condor": WEAPON}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_its_maker_is_owned_by_the_firm_before(run: Run) -> None:
    claims, names = run(
        "The state sector is led by Vantor. Its aircraft maker Helix Arms designed the Condor.",
        NAMES,
    )
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}


def test_a_named_firms_maker(run: Run) -> None:
    claims, names = run("Vantor's drone maker Helix Arms builds the Condor.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}


def test_a_countrys_maker_is_no_ownership(run: Run) -> None:
    claims, names = run("Chile's rifle maker Helix Arms builds the Condor.", NAMES)
    assert _pairs(claims, names) == set()
