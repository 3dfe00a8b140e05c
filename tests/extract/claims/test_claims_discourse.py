"""Deliveries that continue a transfer the article has just reported (claims.discourse):
"X ordered six boats from Y. The first two boats were delivered in March" -> to X."""

from __future__ import annotations

from armstrace.model import Claim, ItemClass, Status

from tests.extract.claims.conftest import COUNTRY, WEAPON, Run, by_type, role

NAMES = {
    "Chile": COUNTRY,
    "Peru": COUNTRY,
    "Germany": COUNTRY,
    "Spain": COUNTRY,
    "Egypt": COUNTRY,
    "Kenya": COUNTRY,
    "Italy": COUNTRY,
    "France": COUNTRY,
    "Morocco": COUNTRY,
    "United States": COUNTRY,
    "IRIS-T": WEAPON,
}


def _delivered(run: Run, text: str) -> tuple[list[Claim], dict[str, str]]:
    claims, names = run(text, NAMES)
    return [c for c in by_type(claims, "transfer") if c.status == Status.DELIVERED], names


def test_a_delivery_of_part_of_an_order_goes_to_the_buyer(run: Run) -> None:
    claims, names = _delivered(
        run,
        "Chile ordered six patrol boats from Germany in 2021. The first two boats were "
        "delivered in March.",
    )
    assert [(role(names, c.object), c.quantity) for c in claims] == [("Chile", 2.0)]


def test_an_earlier_sentences_supplier_is_left_unknown(run: Run) -> None:
    claims, _ = _delivered(
        run,
        "Chile ordered six patrol boats from Germany in 2021. The first two boats were "
        "delivered in March.",
    )
    assert [c.subject for c in claims] == [None]


def test_a_unit_word_stands_for_the_earlier_item(run: Run) -> None:
    found, names = _delivered(
        run,
        "Egypt bought four IRIS-T batteries from Germany. Two units have been delivered so far.",
    )
    claims = [c for c in found if c.quantity == 2.0]
    assert len(claims) == 1
    assert role(names, claims[0].object) == "Egypt"
    assert "IRIS-T" in str(claims[0].item)
    assert claims[0].item_class == ItemClass.WEAPON_SYSTEM


def test_the_same_sentences_supplier_is_carried(run: Run) -> None:
    claims, names = _delivered(
        run,
        "Kenya agreed to buy twelve helicopters from Italy, and an initial batch was delivered "
        "in April.",
    )
    assert [(role(names, c.subject), role(names, c.object)) for c in claims] == [("Italy", "Kenya")]


def test_an_arrival_without_a_named_place_goes_to_the_buyer(run: Run) -> None:
    claims, names = _delivered(
        run,
        "Morocco ordered 24 helicopters from the United States in 2020. The first six "
        "helicopters arrived in May.",
    )
    assert [(role(names, c.object), c.quantity) for c in claims] == [("Morocco", 6.0)]


def test_two_possible_recipients_give_nothing(run: Run) -> None:
    claims, _ = _delivered(
        run,
        "Chile ordered patrol boats from Germany, and Peru ordered patrol boats from Spain. "
        "The first two boats were delivered in March.",
    )
    assert claims == []


def test_another_item_takes_no_recipient(run: Run) -> None:
    claims, _ = _delivered(
        run,
        "Chile ordered six patrol boats from Germany in 2021. The first two tanks were "
        "delivered in March.",
    )
    assert claims == []


def test_a_delivered_transfer_told_again_is_no_new_claim(run: Run) -> None:
    claims, names = _delivered(
        run, "Germany sent 30 tanks to Chile in May. The tanks were shipped by sea in crates."
    )
    assert all(role(names, c.subject) == "Germany" for c in claims)


def test_a_planned_delivery_told_again_is_no_new_claim(run: Run) -> None:
    claims, names = run(
        "Chile ordered six patrol boats from Germany. The boats will be delivered in 2026.",
        NAMES,
    )
    assert all(role(names, c.subject) == "Germany" for c in by_type(claims, "transfer"))


def test_a_named_agent_is_left_to_the_transfer_rule(run: Run) -> None:
    claims, _ = _delivered(
        run,
        "Chile ordered six patrol boats from Germany. The first two boats were delivered by "
        "France in March.",
    )
    assert all(c.subject is not None for c in claims)


def test_a_count_of_which_goes_to_the_buyer(run: Run) -> None:
    claims, names = _delivered(
        run,
        "Egypt bought nine patrol boats from Italy in 2019, of which five have been delivered.",
    )
    got = {(role(names, c.subject), role(names, c.object), c.quantity) for c in claims}
    assert ("Italy", "Egypt", 5.0) in got


def test_a_pronoun_for_ordered_goods_goes_to_the_buyer(run: Run) -> None:
    claims, names = _delivered(
        run, "Kenya ordered eight helicopters from Italy in 2020, and they arrived last year."
    )
    assert [(role(names, c.subject), role(names, c.object)) for c in claims] == [("Italy", "Kenya")]


def test_a_bare_count_stands_for_the_ordered_item(run: Run) -> None:
    claims, names = _delivered(
        run, "Kenya ordered eight helicopters from Italy in 2020. The first three arrived in May."
    )
    assert [(role(names, c.object), c.item, c.quantity) for c in claims] == [
        ("Kenya", "helicopters", 3.0)
    ]


def test_a_pronoun_looks_no_further_than_its_sentence(run: Run) -> None:
    claims, _ = _delivered(
        run, "Kenya ordered eight helicopters from Italy in 2020. They arrived last year."
    )
    assert claims == []


def test_a_planned_part_of_an_order_is_a_claim_of_its_own(run: Run) -> None:
    claims, names = run(
        "Chile ordered 40 trucks from Germany in 2022. The first 12 trucks will be delivered "
        "next year.",
        NAMES,
    )
    got = {(role(names, c.object), c.quantity, c.status) for c in by_type(claims, "transfer")}
    assert ("Chile", 12.0, Status.PLANNED) in got


def test_a_source_named_on_the_item_is_the_supplier(run: Run) -> None:
    claims, names = _delivered(
        run,
        "Chile ordered 40 trucks and 20 boats in 2022. The first 12 trucks from Germany were "
        "delivered in May.",
    )
    got = {(role(names, c.subject), role(names, c.object), c.quantity) for c in claims}
    assert ("Germany", "Chile", 12.0) in got
