"""Counts of items: number words, scales, and what is never a quantity."""

from __future__ import annotations

from typing import Any

import pytest

from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.quantity import parse_number, quantity_for, quantity_of
from armstrace.model import ClaimType

from tests.extract.claims.conftest import COUNTRY, WEAPON, Run, by_type

NAMES = {"North Korea": COUNTRY, "Russia": COUNTRY}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["140,000"], 140000),
        (["3", "million"], 3_000_000),
        (["two", "million"], 2_000_000),
        (["a", "dozen"], 12),
        (["eight"], 8),
        (["1.5", "million"], 1_500_000),
        (["twenty-four"], 24),
    ],
)
def test_number_words(words: list[str], value: float) -> None:
    assert parse_number(words) == value


def test_not_a_number() -> None:
    assert parse_number(["several"]) is None


def test_count_of_items_in_a_sentence(run: Run) -> None:
    claims, _ = run("North Korea sent two million rounds to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.quantity == 2_000_000


def test_money_is_no_quantity(run: Run) -> None:
    claims, _ = run("North Korea sold $500 million of shells to Russia.", NAMES)
    assert all(c.quantity is None for c in by_type(claims, "transfer"))


def test_partitive_count_of_a_designation(run: Run) -> None:
    # the parser reads the designation's "2A4s" as the item's number modifier
    names = {"Poland": COUNTRY, "Ukraine": COUNTRY, "Leopard 2A4s": WEAPON}
    claims, _ = run("Poland has promised 14 of its Leopard 2A4s to Ukraine.", names)
    assert [(c.item, c.quantity) for c in by_type(claims, "transfer")] == [("Leopard 2A4s", 14)]


def test_older_is_no_part_of_the_item_name(run: Run) -> None:
    names = {"Poland": COUNTRY, "Ukraine": COUNTRY, "Leopard 2A4s": WEAPON}
    claims, _ = run("Poland has promised its older Leopard 2A4s to Ukraine.", names)
    assert [c.item for c in by_type(claims, "transfer")] == ["Leopard 2A4s"]


def test_two_numbers_side_by_side_are_no_number() -> None:
    assert parse_number(["20", "240"]) is None


def _quantities(run: Run, text: str, names: dict[str, Any]) -> dict[str | None, float | None]:
    claims, _ = run(text, names)
    return {c.item: c.quantity for c in by_type(claims, "transfer")}


def test_a_calibre_is_no_count(run: Run) -> None:
    names = {"Iran": COUNTRY, "Sudan": COUNTRY}
    got = _quantities(run, "Iran sent about 30 of its 122mm rocket launchers to Sudan.", names)
    assert list(got.values()) == [30]


def test_count_before_a_calibre(run: Run) -> None:
    names = {"Serbia": COUNTRY, "France": COUNTRY}
    got = _quantities(run, "Serbia bought some 12 155mm howitzers from France.", names)
    assert list(got.values()) == [12]


def test_count_hung_on_a_name_word(run: Run) -> None:
    names = {"Norway": COUNTRY, "Ukraine": COUNTRY, "Archer": WEAPON}
    got = _quantities(run, "Norway sent nine Archer systems to Ukraine.", names)
    assert list(got.values()) == [9]


def test_model_digits_are_no_count(run: Run) -> None:
    names = {"Spain": COUNTRY, "Ukraine": COUNTRY, "Leopard 2 tanks": WEAPON}
    got = _quantities(run, "Spain has sent Ukraine Leopard 2 tanks.", names)
    assert list(got.values()) == [None]


def test_as_many_as_is_a_count(run: Run) -> None:
    names = {"Ukraine": COUNTRY, "Turkey": COUNTRY}
    text = "Ukraine has received as many as 60 Bayraktar drones from Turkey."
    assert list(_quantities(run, text, names).values()) == [60]


def test_the_first_few_of_an_order_counts_the_order(run: Run) -> None:
    names = {"Poland": COUNTRY, "South Korea": COUNTRY, "K9 howitzers": WEAPON}
    text = "The first 12 of 40 K9 howitzers that Poland ordered from South Korea arrived on Friday."
    assert _quantities(run, text, names) == {"K9 howitzers": 40}


def test_count_of_a_named_family(run: Run) -> None:
    names = {"Iran": COUNTRY, "Russia": COUNTRY, "Fath": WEAPON}
    got = _quantities(run, "Iran shipped 200 missiles of the Fath family to Russia.", names)
    assert list(got.values()) == [200]


def test_counts_of_coordinated_items_stay_apart(run: Run) -> None:
    names = {"North Korea": COUNTRY, "Russia": COUNTRY}
    text = "North Korea sent 40 of its howitzers and some 15 rocket launchers to Russia."
    assert sorted(v or 0 for v in _quantities(run, text, names).values()) == [15, 40]


def test_some_and_a_dozen(run: Run) -> None:
    names = {"Iran": COUNTRY, "Russia": COUNTRY, "Shahed drones": WEAPON}
    text = "Iran supplied some 2,400 Shahed drones and a dozen launchers to Russia."
    assert _quantities(run, text, names) == {"Shahed drones": 2400, "launchers": 12}


def test_millions_of_is_no_count(run: Run) -> None:
    names = {"China": COUNTRY, "Russia": COUNTRY}
    got = _quantities(run, "China sold millions of drone parts to Russia.", names)
    assert got and all(v is None for v in got.values())


@pytest.mark.parametrize(
    ("text", "trigger", "item", "count"),
    [
        (
            "The first 10 K9 howitzers, built by Hanwha, arrived in Poland.",
            "built",
            "howitzers",
            10,
        ),
        (
            "Poland bought 40 launchers, which Lockheed builds in Arkansas.",
            "builds",
            "launchers",
            40,
        ),
    ],
)
def test_production_in_a_modifier_takes_no_count(
    claims_nlp: Any, text: str, trigger: str, item: str, count: int
) -> None:
    doc = claims_nlp(text)
    (trig,) = [t for t in doc if t.text == trigger]
    (noun,) = [t for t in doc if t.text == item]
    made = Draft(ClaimType.PRODUCTION, trig, item_tok=noun)
    moved = Draft(ClaimType.TRANSFER, noun.head, item_tok=noun)
    assert quantity_for(made) is None
    assert quantity_for(moved) == quantity_of(noun) == count


def test_a_count_the_rule_read_wins(claims_nlp: Any) -> None:
    doc = claims_nlp("Denmark 19, Norway eight.")
    d = Draft(ClaimType.TRANSFER, doc[0], count=19)
    assert quantity_for(d) == 19
