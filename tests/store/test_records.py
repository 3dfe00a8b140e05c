"""Merging two views of one entity: which name wins, what becomes an alias."""

from __future__ import annotations

import pytest

from armstrace.model import Entity, EntityType
from armstrace.store.records import is_proper_name, merge_entities

ORG = EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("Almaz-Antey Corp", True),
        ("Ministry of Defence", True),
        ("KN-23", True),
        ("Russia's state", False),
        ("Ukraine’s armed forces", False),
        ("state corporation", False),
        ("", False),
    ],
)
def test_proper_names(name: str, proper: bool) -> None:
    assert is_proper_name(name) is proper


def test_longer_proper_name_wins_and_old_name_becomes_alias() -> None:
    old = Entity("aa", "Almaz-Antey", ORG, aliases=("AA",), country="RU")
    new = Entity("aa", "Almaz-Antey Corp", EntityType.PLACE, aliases=("Almaz",))
    merged = merge_entities(old, new)
    assert merged == Entity(
        "aa", "Almaz-Antey Corp", ORG, aliases=("AA", "Almaz-Antey", "Almaz"), country="RU"
    )


def test_a_phrase_around_a_name_does_not_displace_it() -> None:
    old = Entity("russia", "Russia", EntityType.COUNTRY, aliases=("Moscow",))
    merged = merge_entities(old, Entity("russia", "Russia's state", EntityType.COUNTRY))
    assert merged.name == "Russia"
    assert merged.aliases == ("Moscow", "Russia's state")
    # ...and the other way round too.
    back = merge_entities(Entity("russia", "Russia's state", EntityType.COUNTRY), old)
    assert back.name == "Russia"


def test_equal_length_keeps_the_stored_name_and_no_duplicate_aliases() -> None:
    old = Entity("x", "Kupol", ORG, aliases=("KUPOL",))
    merged = merge_entities(old, Entity("x", "KUPOL", ORG, aliases=("Kupol",)))
    assert merged.name == "Kupol"
    assert merged.aliases == ("KUPOL",)
