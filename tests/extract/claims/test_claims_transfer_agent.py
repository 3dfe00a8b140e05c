"""Agent nouns: "X remains Y's largest supplier of Z" and its variants."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Norway": COUNTRY,
    "Chile": COUNTRY,
    "Peru": COUNTRY,
    "Brazil": COUNTRY,
    "Embraer": ORG,
}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_copula_subject_supplies_possessor(run: Run) -> None:
    claims, names = run("Norway remains Chile's largest supplier of frigates.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object), c.item) == (
        "Norway",
        "Chile",
        "frigates",
    )
    assert c.status == Status.DELIVERED


def test_to_phrase_names_recipient(run: Run) -> None:
    assert _roles(run, "Norway is the main supplier of patrol boats to Peru.") == [
        ("Norway", "Peru", "patrol boats")
    ]


def test_become_source_of(run: Run) -> None:
    assert _roles(run, "Brazil has become Peru's biggest source of trainer jets.") == [
        ("Brazil", "Peru", "trainer jets")
    ]


def test_apposed_agent_noun(run: Run) -> None:
    text = "Embraer, Chile's main supplier of transport aircraft, reported higher sales."
    assert ("Embraer", "Chile", "transport aircraft") in _roles(run, text)


def test_as_phrase_after_verb(run: Run) -> None:
    text = "Brazil has overtaken Norway as Peru's biggest supplier of arms."
    assert _roles(run, text) == [("Brazil", "Peru", "arms")]


def test_no_recipient_no_claim(run: Run) -> None:
    assert _roles(run, "Brazil is a major supplier of trainer jets.") == []


def test_object_named_as_supplier(run: Run) -> None:
    text = "The report named Norway as Chile's main supplier of patrol boats."
    assert _roles(run, text) == [("Norway", "Chile", "patrol boats")]


def test_listed_suppliers_each_supply(run: Run) -> None:
    text = "Norway and Brazil are Chile's main suppliers of frigates."
    assert _roles(run, text) == [("Brazil", "Chile", "frigates"), ("Norway", "Chile", "frigates")]


def test_buyer_of_nationality_goods(run: Run) -> None:
    text = (
        "Brazil sells widely abroad. Chile and Peru are long-standing buyers of "
        "Brazilian trainer jets."
    )
    assert _roles(run, text) == [
        ("Brazil", "Chile", "trainer jets"),
        ("Brazil", "Peru", "trainer jets"),
    ]


def test_possessor_of_customer_supplies(run: Run) -> None:
    assert _roles(run, "Peru is Norway's biggest customer for frigates.") == [
        ("Norway", "Peru", "frigates")
    ]


def test_buyer_with_no_source_is_no_claim(run: Run) -> None:
    assert _roles(run, "Chile is a big buyer of trainer jets.") == []
