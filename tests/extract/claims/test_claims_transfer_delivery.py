"""Who sold what a recipient took delivery of or received: the maker named on the item,
or the partner of the deal it came under."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Chile": COUNTRY, "Peru": COUNTRY, "Norway": COUNTRY, "Embraer": ORG}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_maker_of_item_taken_delivery_of_is_supplier(run: Run) -> None:
    text = "Peru took delivery of two trainer jets built by Embraer."
    assert _roles(run, text) == [("Embraer", "Peru", "trainer jets")]


def test_partner_of_deal_under_which_delivery_came(run: Run) -> None:
    text = (
        "Chile took delivery of the first radar components in 2019 under a deal signed with Norway."
    )
    assert _roles(run, text) == [("Norway", "Chile", "radar components")]


def test_received_under_contract_with(run: Run) -> None:
    text = "Peru received coastal radars under a contract with Norway."
    assert _roles(run, text) == [("Norway", "Peru", "coastal radars")]


def test_from_phrase_wins_over_deal_partner(run: Run) -> None:
    text = "Chile bought coastal radars from Embraer under a deal with Norway."
    assert [s for s, _, _ in _roles(run, text)] == ["Embraer"]


def test_seller_named_on_the_arriving_thing(run: Run) -> None:
    claims, names = run(
        "Two transport helicopters bought from Norway arrived in Peru last week.", NAMES
    )
    got = [(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")]
    assert ("Norway", "Peru") in got


def test_expected_arrival_is_planned(run: Run) -> None:
    text = "The first trainer jets from Embraer are expected to arrive in Chile in May."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Embraer", "Chile")
    assert c.status == Status.PLANNED


def test_arrival_with_no_seller_named_is_no_claim(run: Run) -> None:
    assert _roles(run, "The first trainer jets arrived in Chile in May.") == []
