"""Ownership rules: a region named as a shareholder in a "by" phrase."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PLACE, Run, by_type, role

NAMES = {"Vantor": ORG, "Chile": COUNTRY, "Maule": PLACE}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_region_holding_a_share_is_an_owner(run: Run) -> None:
    claims, names = run("Vantor is 60 per cent owned by Chile and 40 per cent by Maule.", NAMES)
    assert _pairs(claims, names) == {("Vantor", "Chile"), ("Vantor", "Maule")}


def test_a_place_elsewhere_in_the_sentence_is_no_owner(run: Run) -> None:
    claims, names = run("Vantor, based in Maule, is owned by Chile.", NAMES)
    assert _pairs(claims, names) == {("Vantor", "Chile")}
