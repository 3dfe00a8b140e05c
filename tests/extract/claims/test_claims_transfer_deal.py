"""Signed deals as planned transfers: who sells follows from the deal's words and parties."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Chile": COUNTRY, "Peru": COUNTRY, "Vektor": ORG, "Ecuador": COUNTRY}


def _transfers(run: Run, text: str) -> set[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    out = set()
    for c in by_type(claims, "transfer"):
        assert c.status == Status.PLANNED
        out.add((role(names, c.subject), role(names, c.object), c.item))
    return out


def test_country_contracting_with_a_country_buys(run: Run) -> None:
    got = _transfers(run, "Chile signed contracts with Peru for tanks and howitzers.")
    assert got == {("Peru", "Chile", "tanks"), ("Peru", "Chile", "howitzers")}


def test_export_contract_subject_sells(run: Run) -> None:
    got = _transfers(run, "Chile has signed an export contract with Ecuador for its patrol boats.")
    assert got == {("Chile", "Ecuador", "patrol boats")}


def test_company_contracting_with_a_country_sells(run: Run) -> None:
    got = _transfers(run, "Vektor signed a deal with Peru for 40 armoured vehicles.")
    assert got == {("Vektor", "Peru", "armoured vehicles")}


def test_agreement_covering_a_list(run: Run) -> None:
    got = _transfers(
        run,
        "In July Chile signed framework agreements with Peru covering up to 100 tanks, "
        "60 howitzers and 12 light combat aircraft.",
    )
    assert {item for _, _, item in got} >= {"tanks", "howitzers"}
    assert all((s, o) == ("Peru", "Chile") for s, o, _ in got)


def test_deal_without_a_partner_is_no_claim(run: Run) -> None:
    assert _transfers(run, "Chile signed a contract worth $2 billion for tanks.") == set()
