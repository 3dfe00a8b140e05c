"""The entity matcher component on its own, with phrases written for the tests."""

from __future__ import annotations

from spacy.language import Language

from armstrace.extract.matcher import EntityMatcher
from armstrace.extract.patterns import Phrase, designation_patterns


def _matcher(pipeline: Language, phrases: list[Phrase]) -> EntityMatcher:
    matcher = EntityMatcher(pipeline, "test_matcher")
    matcher.add_phrases(phrases)
    matcher.add_patterns(designation_patterns())
    return matcher


def test_capitalised_words_of_a_name_must_be_capitalised_in_the_text(pipeline: Language) -> None:
    matcher = _matcher(pipeline, [Phrase("ORG", "Northwind Helicopters", "organization||NH")])
    firm = matcher(pipeline.make_doc("Northwind Helicopters said so."))
    generic = matcher(pipeline.make_doc("Northwind helicopters flew over."))
    assert [e.text for e in firm.ents] == ["Northwind Helicopters"]
    assert firm.ents[0].ent_id_ == "organization||NH"
    assert list(generic.ents) == []


def test_lowercase_words_of_a_name_match_any_case(pipeline: Language) -> None:
    matcher = _matcher(pipeline, [Phrase("ORG", "Freedonian defence ministry", "x")])
    doc = matcher(pipeline.make_doc("The Freedonian Defence Ministry denied it."))
    assert [e.text for e in doc.ents] == ["Freedonian Defence Ministry"]


def test_one_word_names_match_exactly(pipeline: Language) -> None:
    matcher = _matcher(pipeline, [Phrase("ORG", "CAR", "x")])
    assert [e.text for e in matcher(pipeline.make_doc("CAR found parts.")).ents] == ["CAR"]
    assert list(matcher(pipeline.make_doc("A car was found.")).ents) == []


def test_a_known_name_beats_a_designation_shape_of_the_same_length(pipeline: Language) -> None:
    matcher = _matcher(pipeline, [Phrase("GOODS", "XR-550", "goods||XR-550")])
    doc = matcher(pipeline.make_doc("The XR-550 was found."))
    assert [(e.text, e.label_) for e in doc.ents] == [("XR-550", "GOODS")]


def test_the_longest_match_wins(pipeline: Language) -> None:
    phrases = [Phrase("WEAPON", "Zubr", "a"), Phrase("WEAPON", "Zubr Mighty", "b")]
    doc = _matcher(pipeline, phrases)(pipeline.make_doc("The Zubr Mighty arrived."))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Zubr Mighty", "b")]
