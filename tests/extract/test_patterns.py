"""Pattern building: designation shapes, pattern ids, demonym phrases."""

from __future__ import annotations

import pytest

from armstrace.extract.gazetteer import Gazetteer, GazetteerEntry
from armstrace.extract.patterns import (
    decode_id,
    encode_id,
    gazetteer_phrases,
    is_designation,
)
from armstrace.model import EntityType


@pytest.mark.parametrize(
    "text", ["KN-23", "Su-35", "Shahed-136", "Garpiya-3", "T-90M", "9M723", "Mi-28NM", "M777"]
)
def test_designation_shapes_are_recognised(text: str) -> None:
    assert is_designation(text)


@pytest.mark.parametrize("text", ["COVID-19", "Army-2019", "G7", "Section-12", "2023", "Kyiv"])
def test_non_designations_are_not(text: str) -> None:
    assert not is_designation(text)


def test_pattern_id_round_trips() -> None:
    ident = encode_id(EntityType.ORGANIZATION, "RU", "Almaz-Antey")
    assert decode_id(ident) == (EntityType.ORGANIZATION, "RU", "Almaz-Antey")
    assert decode_id(encode_id(EntityType.PLACE, None, "Black Sea")) == (
        EntityType.PLACE,
        None,
        "Black Sea",
    )
    assert decode_id("not an id") is None


def _small_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer.add(
        GazetteerEntry(
            "Freedonia", EntityType.COUNTRY, "FR", capitals=("Fredville",), demonyms=("Freedonian",)
        )
    )
    gazetteer.add(
        GazetteerEntry(
            "Freedonian Ministry of Defence",
            EntityType.ORGANIZATION,
            "FR",
            aliases=("Freedonian defence ministry",),
        )
    )
    return gazetteer


def test_demonym_phrases_name_state_bodies_and_the_state() -> None:
    phrases = {p.text: p for p in gazetteer_phrases(_small_gazetteer())}
    navy = phrases["Freedonian navy"]
    assert navy.label == "ORG"
    assert decode_id(navy.id) == (EntityType.ORGANIZATION, "FR", "Freedonian Navy")
    state = phrases["Freedonian government"]
    assert state.label == "COUNTRY"
    assert decode_id(state.id) == (EntityType.COUNTRY, "FR", "Freedonia")


def test_a_listed_body_is_not_generated_again() -> None:
    phrases = [
        p for p in gazetteer_phrases(_small_gazetteer()) if p.text == "Freedonian defence ministry"
    ]
    assert len(phrases) == 1
    assert decode_id(phrases[0].id) == (
        EntityType.ORGANIZATION,
        "FR",
        "Freedonian Ministry of Defence",
    )


def test_capitals_get_their_own_label() -> None:
    phrases = [
        p for p in gazetteer_phrases(_small_gazetteer()) if p.text in {"Fredville", "FREDVILLE"}
    ]
    assert {p.label for p in phrases} == {"CAPITAL"}
    assert len(phrases) == 2
