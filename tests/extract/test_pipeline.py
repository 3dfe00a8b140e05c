"""The pipeline as built for the whole process."""

from __future__ import annotations

import pytest
from spacy.language import Language

from armstrace.extract import load_pipeline
from armstrace.extract.gazetteer import Gazetteer
from armstrace.extract.pipeline import COMPONENT, build_pipeline
from armstrace.model import ArmstraceError

pytestmark = pytest.mark.slow


def test_the_pipeline_is_built_once_per_process(pipeline: Language) -> None:
    assert load_pipeline() is pipeline


def test_the_matcher_runs_before_ner_and_nothing_is_disabled(pipeline: Language) -> None:
    names = pipeline.pipe_names
    assert names.index(COMPONENT) < names.index("ner")
    for needed in ("tagger", "parser", "lemmatizer", "attribute_ruler"):
        assert needed in names
    assert set(pipeline.disabled) <= {"senter"}  # the model ships senter switched off


def test_the_doc_text_is_the_input_text(pipeline: Language) -> None:
    text = "  KYIV, Nov 3 -\n\nUkraine's SBU said on Friday...\n"
    assert pipeline(text).text == text


def test_an_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ArmstraceError) as caught:
        build_pipeline(Gazetteer(), model="no_such_model_here")
    assert caught.value.code == "E205"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("re-exported", "re-export"), ("Re-exporting", "re-export"), ("re-sold", "resell")],
)
def test_re_trade_verbs_stay_one_word_with_their_lemma(
    pipeline: Language, word: str, lemma: str
) -> None:
    doc = pipeline(f"Two brokers in Almaty {word} gyroscopes to buyers in Kazan.")
    tokens = [t for t in doc if t.text == word]
    assert len(tokens) == 1
    assert tokens[0].lemma_ == lemma


def test_a_re_export_verb_is_parsed_as_the_verb_of_its_clause(pipeline: Language) -> None:
    doc = pipeline("A trading house in Yerevan re-exported German lathes to a plant in Tula.")
    verb = next(t for t in doc if t.text == "re-exported")
    assert verb.pos_ == "VERB"
    assert "lathes" in {c.text for c in verb.children if c.dep_ == "dobj"}
