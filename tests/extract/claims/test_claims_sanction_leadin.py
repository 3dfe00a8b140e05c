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
