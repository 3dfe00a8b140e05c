"""Counts of items: number words, scales, and what is never a quantity."""

from __future__ import annotations

import pytest

from armstrace.extract.claims.quantity import parse_number

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
