"""'X signed for N items from Y' / 'signed with Y for N items': a planned transfer Y -> X."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Chile": COUNTRY, "Peru": COUNTRY, "Embraer": ORG}


def test_signed_for_items_from_seller(run: Run) -> None:
    claims, names = run("In May Chile signed for 24 trainer jets from Embraer.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object), c.item) == (
        "Embraer",
        "Chile",
        "trainer jets",
    )
    assert c.status == Status.PLANNED
    assert c.quantity == 24


def test_signed_with_seller_for_items(run: Run) -> None:
    claims, names = run("Peru later signed with Embraer for 12 transport aircraft.", NAMES)
    assert [
        (role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")
    ] == [("Embraer", "Peru")]


def test_no_seller_named_no_claim(run: Run) -> None:
    claims, _ = run("Chile signed for 24 trainer jets in May.", NAMES)
    assert by_type(claims, "transfer") == []
