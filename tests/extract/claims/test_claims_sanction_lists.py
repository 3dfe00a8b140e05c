"""Targets read from list positions after a sanction verb: which names are details."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Britain": COUNTRY,
    "OFAC": ORG,
    "Karsk Metals": ORG,
    "Vela Shipping": ORG,
    "Office of Export Licensing": ORG,
    "OEL": ORG,
    "Office of Naval Procurement": ORG,
    "ONP": ORG,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}


def test_short_name_of_the_lists_keeper_is_no_target(run: Run) -> None:
    text = (
        "Britain kept Karsk Metals on its sanctions list, now run by the Office of "
        "Export Licensing (OEL)."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Britain", "Karsk Metals")}


def test_short_name_of_a_target_stays_a_target(run: Run) -> None:
    text = "OFAC on Friday designated the Office of Naval Procurement (ONP) and Vela Shipping."
    claims, names = run(text, NAMES)
    targets = {o for _, o in _pairs(claims, names)}
    assert {"Vela Shipping"} <= targets
    assert targets & {"Office of Naval Procurement", "ONP"}


def test_a_relative_clause_between_commas_does_not_end_the_list(run: Run) -> None:
    names_ = {**NAMES, "Dara Kemal": PERSON}
    text = (
        "OFAC on Monday designated Karsk Metals, which it said had smelted drone parts, "
        "and Colonel Dara Kemal, the head of its security unit."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("OFAC", "Karsk Metals"), ("OFAC", "Dara Kemal")}


def test_a_relative_clause_naming_a_firm_still_ends_the_list(run: Run) -> None:
    text = (
        "OFAC on Monday designated Karsk Metals, which buys ore from Vela Shipping, and "
        "Britain welcomed the move."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("OFAC", "Karsk Metals")}


def test_a_body_naming_firms_after_an_announcement_designates_them(run: Run) -> None:
    names_ = {**NAMES, "United States": COUNTRY, "State Department": ORG}
    text = (
        "The United States on Friday imposed sanctions on three companies that it said "
        "had supplied missile parts.\n\n"
        "The State Department named Karsk Metals and Vela Shipping."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {
        ("State Department", "Karsk Metals"),
        ("State Department", "Vela Shipping"),
    }


def test_a_body_naming_firms_without_an_announcement_is_no_sanction(run: Run) -> None:
    names_ = {**NAMES, "State Department": ORG}
    text = "The State Department named Karsk Metals and Vela Shipping as new partners."
    claims, _ = run(text, names_)
    assert by_type(claims, "sanction") == []


def test_one_of_them_names_a_target_of_the_announcement(run: Run) -> None:
    text = (
        "OFAC on Monday sanctioned seven firms in Dubai. One of them, Karsk Metals, had "
        "bought drone engines, officials said."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("OFAC", "Karsk Metals")}


def test_one_of_them_without_an_announcement_is_nothing(run: Run) -> None:
    text = "Seven firms bid for the contract. One of them, Karsk Metals, won it."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_on_the_us_sanctions_list_names_the_lists_owner(run: Run) -> None:
    names_ = {**NAMES, "US": COUNTRY}
    text = "Karsk Metals has been on the US sanctions list since 2019."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("US", "Karsk Metals")}


def test_the_regime_of_an_owned_sanctions_list_is_no_authority(run: Run) -> None:
    names_ = {**NAMES, "Russia": COUNTRY}
    text = "After Brexit, Britain kept Karsk Metals on its own Russia sanctions list."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Britain", "Karsk Metals")}


def test_named_alongside_among_them_takes_the_latest_authority(run: Run) -> None:
    text = (
        "OFAC on Thursday sanctioned Karsk Metals. Two people and three firms that it said "
        "had shipped fuel were named alongside it, among them Vela Shipping, a carrier."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("OFAC", "Karsk Metals"), ("OFAC", "Vela Shipping")}


def test_named_among_them_without_an_earlier_sanction_is_nothing(run: Run) -> None:
    text = (
        "Five firms were named alongside Karsk Metals in the award list, among them Vela Shipping."
    )
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []
