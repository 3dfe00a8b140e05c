"""Production rules: "output" as a production noun, and "whose production"."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {"Vantor": ORG, "Helix Arms": ORG, "Condor": WEAPON, "Chile": COUNTRY}


def _made(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), c.item) for c in by_type(claims, "production")}


def test_possessor_of_output_of_an_item(run: Run) -> None:
    claims, names = run("Vantor's yearly output of artillery shells will double.", NAMES)
    assert _made(claims, names) == {("Vantor", "artillery shells")}


def test_named_weapon_before_output(run: Run) -> None:
    claims, names = run("Helix Arms said it could increase Condor output next year.", NAMES)
    assert _made(claims, names) == {("Helix Arms", "Condor")}


def test_whose_production_is_the_relative_head(run: Run) -> None:
    claims, names = run("Vantor, whose rocket production has doubled, hired 300 staff.", NAMES)
    assert _made(claims, names) == {("Vantor", "rocket")}


def test_output_of_no_weapon_is_no_production(run: Run) -> None:
    claims, _ = run("Chile's copper output fell by a tenth last year.", NAMES)
    assert by_type(claims, "production") == []


def test_a_firm_before_production_is_no_item(run: Run) -> None:
    claims, _ = run("Vantor production rose last year.", NAMES)
    assert by_type(claims, "production") == []
