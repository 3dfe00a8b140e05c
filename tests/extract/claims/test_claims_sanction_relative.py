"""Relative clauses whose subject is the authority: the target is the noun the clause
describes, and through an apposition the name it describes."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Hollis Avionics": ORG,
    "Karsk Metals": ORG,
    "Vela Shipping": ORG,
    "Dara Kemal": PERSON,
    "EU": COUNTRY,
    "Japan": COUNTRY,
    "Britain": COUNTRY,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}


def test_reduced_relative_on_an_apposition(run: Run) -> None:
    text = "The engines came from Hollis Avionics, a distributor the EU listed last year."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("EU", "Hollis Avionics")}


def test_reduced_relative_after_a_copula(run: Run) -> None:
    claims, names = run("Karsk Metals is a smelter Japan blacklisted in 2022.", NAMES)
    assert _pairs(claims, names) == {("Japan", "Karsk Metals")}


def test_reduced_relative_without_a_name_is_nothing(run: Run) -> None:
    claims, _ = run("The drones came from a factory the EU listed last year.", NAMES)
    assert by_type(claims, "sanction") == []


def test_a_report_listing_ships_is_no_sanction(run: Run) -> None:
    text = "Vela Shipping owns the tankers the navy listed in its annual report."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_relative_pronoun_on_an_apposition_is_the_name(run: Run) -> None:
    text = (
        "Hollis Avionics sold engines to a buyer in Minsk. The rest went to Karsk Metals, "
        "the state group that was sanctioned by Britain in 2021."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Britain", "Karsk Metals")}


def test_second_relative_clause_shares_the_first_ones_noun(run: Run) -> None:
    text = (
        "Parts also reached Vela Shipping, the carrier that runs the route and that was "
        "sanctioned by Japan in 2023."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Japan", "Vela Shipping")}


def test_names_both_under_sanctions(run: Run) -> None:
    names_ = {**NAMES, "US": COUNTRY}
    text = "Karsk Metals and Vela Shipping, both under US sanctions, still trade with Minsk."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("US", "Karsk Metals"), ("US", "Vela Shipping")}


def test_under_a_contract_is_no_sanction(run: Run) -> None:
    text = "Karsk Metals and Vela Shipping, both under contract to Japan, still trade with Minsk."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_kept_on_its_sanctions_list_is_undated(run: Run) -> None:
    text = "After it left the EU, Britain kept Karsk Metals on its own sanctions list."
    claims, names = run(text, NAMES)
    found = by_type(claims, "sanction")
    assert {(role(names, c.subject), role(names, c.object), c.time) for c in found} == {
        ("Britain", "Karsk Metals", None)
    }


def test_kept_on_a_payroll_is_no_sanction(run: Run) -> None:
    claims, _ = run("Britain kept Dara Kemal on its payroll for a decade.", NAMES)
    assert by_type(claims, "sanction") == []


def test_gapped_passive_remnants_share_the_agent(run: Run) -> None:
    names_ = {**NAMES, "Washington": COUNTRY, "Orel Trading": ORG}
    text = (
        "Karsk Metals was designated by Washington in February, Vela Shipping in March, "
        "and Dara Kemal and Orel Trading in July."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {
        ("Washington", "Karsk Metals"),
        ("Washington", "Vela Shipping"),
        ("Washington", "Dara Kemal"),
        ("Washington", "Orel Trading"),
    }


def test_a_name_after_the_agent_that_speaks_is_no_remnant(run: Run) -> None:
    names_ = {**NAMES, "Washington": COUNTRY}
    text = "Karsk Metals was designated by Washington in February, Vela Shipping said."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Washington", "Karsk Metals")}
