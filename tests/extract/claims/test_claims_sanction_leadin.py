"""Press-release lists: a lead-in that names nobody, one paragraph per target after it,
all sanctioned by the government whose announcement opened the release."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, PLACE, Run, by_type, role

NAMES = {
    "Canadian": COUNTRY,
    "Iran": COUNTRY,
    "Norlake Avionics": ORG,
    "Petra Holm": PERSON,
    "Sharjah": PLACE,
    "Tehran": COUNTRY,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}


def test_items_take_the_government_of_the_announcement(run: Run) -> None:
    text = (
        "The Canadian government today announced 14 new sanctions designations against "
        "suppliers of Iran's drone programme.\n\n"
        "Those sanctioned today include:\n\n"
        "Norlake Avionics, based in Sharjah, for shipping navigation modules.\n\n"
        "Petra Holm, a Danish national, for arranging payments for the shipments.\n\n"
        "The minister said the measures would raise the pressure on Tehran."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Canadian", "Norlake Avionics"), ("Canadian", "Petra Holm")}


def test_a_noun_lead_in_lists_the_targets(run: Run) -> None:
    text = (
        "Iran faces new Canadian sanctions. The Canadian government on Friday imposed "
        "sanctions on suppliers of its drone programme.\n\n"
        "The designations include:\n\n"
        "Norlake Avionics, a firm based in Sharjah, for shipping engines.\n\n"
        "Petra Holm, for her role in the payments."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Canadian", "Norlake Avionics"), ("Canadian", "Petra Holm")}


def test_a_lead_in_without_an_announcement_is_nothing(run: Run) -> None:
    text = (
        "The Canadian government today announced a new trade mission to the Gulf.\n\n"
        "The listings include:\n\n"
        "Norlake Avionics, based in Sharjah, a maker of navigation modules.\n\n"
        "Petra Holm, a Danish engineer."
    )
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_those_designations_named_take_the_earlier_subject_authority(run: Run) -> None:
    names_ = {**NAMES, "Washington": COUNTRY, "Lotus Fuel": ORG, "Lotus Shipping": ORG}
    text = (
        "The move follows a round of designations in March, when Washington targeted "
        "firms accused of shipping jet fuel. Those designations named Lotus Fuel and its "
        "affiliate Lotus Shipping."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Washington", "Lotus Fuel"), ("Washington", "Lotus Shipping")}


def test_designations_named_without_any_authority_are_nothing(run: Run) -> None:
    names_ = {**NAMES, "Lotus Fuel": ORG}
    claims, _ = run("The designations named Lotus Fuel and Norlake Avionics.", names_)
    assert by_type(claims, "sanction") == []


def test_a_listing_participle_announces_the_targets_that_follow(run: Run) -> None:
    names_ = {**NAMES, "European Union": ORG}
    text = (
        "The European Union on Monday adopted a new sanctions package, listing firms "
        "that it said supplied engines. Among them is Norlake Avionics, a maker of parts."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("European Union", "Norlake Avionics")}


def test_a_listing_participle_without_sanctions_is_nothing(run: Run) -> None:
    text = (
        "Canadian officials on Friday published a report, listing Norlake Avionics among importers."
    )
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_among_the_firms_listed_takes_the_agent_of_the_package(run: Run) -> None:
    names_ = {**NAMES, "Council of the European Union": ORG, "Lotus Fuel": ORG}
    text = (
        "The latest round of sanctions, approved by the Council of the European Union last "
        "Tuesday, put 25 firms on the list. Among the firms listed were Norlake Avionics "
        "and Lotus Fuel."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {
        ("Council of the European Union", "Norlake Avionics"),
        ("Council of the European Union", "Lotus Fuel"),
    }


def test_among_the_firms_listed_without_any_authority_is_nothing(run: Run) -> None:
    names_ = {**NAMES, "Lotus Fuel": ORG}
    text = (
        "A trade fair opened on Monday. Among the firms listed were Norlake Avionics and "
        "Lotus Fuel."
    )
    claims, _ = run(text, names_)
    assert by_type(claims, "sanction") == []


def test_the_council_stands_for_the_council_named_before(run: Run) -> None:
    names_ = {**NAMES, "Council of the European Union": ORG}
    text = (
        "The Council of the European Union met in May. In June 2024 the Council "
        "expanded its export bans on machine tools to Iran."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Council of the European Union", "Iran")}
