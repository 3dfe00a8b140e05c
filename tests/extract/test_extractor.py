"""Extractor: documents in, one ExtractedDoc each, in order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from armstrace.extract import Extractor
from armstrace.model import ArmstraceError

from tests.extract.documents import make_document

pytestmark = pytest.mark.slow


def test_one_result_per_document_in_input_order(extractor: Extractor) -> None:
    texts = [
        "Rostec makes the Orlan-10.",
        "",
        "Baykar sold the Bayraktar TB2 to Poland.",
        "Nothing named here at all.",
    ]
    documents = [make_document(t, f"d{i}") for i, t in enumerate(texts)]
    results = list(Extractor(extractor.nlp, batch_size=2).extract(iter(documents)))
    assert [r.document for r in results] == documents
    assert [len(r.mentions) for r in results][1] == 0


def test_mention_keys_run_in_text_order(extractor: Extractor) -> None:
    text = "Almaz-Antey and IEMZ Kupol supply the Russian Ministry of Defence."
    (result,) = extractor.extract([make_document(text)])
    assert [m.key for m in result.mentions] == [f"m{i}" for i in range(len(result.mentions))]
    starts = [m.start for m in result.mentions]
    assert starts == sorted(starts)
    assert {m.text for m in result.mentions} >= {"Almaz-Antey", "IEMZ Kupol"}


def test_claims_are_returned_as_a_tuple(extractor: Extractor) -> None:
    (result,) = extractor.extract([make_document("Iran supplied Shahed-136 drones to Russia.")])
    assert isinstance(result.claims, tuple)


def test_batch_size_must_be_positive(pipeline: Language) -> None:
    with pytest.raises(ArmstraceError) as caught:
        Extractor(pipeline, batch_size=0)
    assert caught.value.code == "E210"


def test_a_document_longer_than_the_pipeline_reads_is_a_clear_error(pipeline: Language) -> None:
    extractor = Extractor(pipeline)
    too_long = make_document("word " * (pipeline.max_length // 5 + 1))
    with pytest.raises(ArmstraceError) as caught:
        list(extractor.extract([too_long]))
    assert caught.value.code == "E212"


_WORDS = [
    "Iran",
    "sent",
    "Shahed-136",
    "drones",
    "to",
    "Moscow",
    "said",
    "the",
    "Kremlin",
    "(",
    "IRGC",
    ")",
    "KN-23",
    "in",
    "Russia's",
    "defence",
    "ministry",
    "LLC",
    "Ltd.",
    ",",
    ".",
    "\n\n",
    "Volodymyr",
    "Zelensky",
    "https://example.org/a",
    "2023",
    "$5",
    "Kyiv",
    "von",
    "Treasury",
    "Co.",
    "Mk2",
    "-",
    "tanks",
    "Europe",
    "Ms.",
    "Garpiya-3s",
    "'s",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_mentions_are_ordered_disjoint_and_true_to_the_text(
    extractor: Extractor, words: list[str]
) -> None:
    text = " ".join(words)
    (result,) = extractor.extract([make_document(text)])
    previous_end = 0
    for index, mention in enumerate(result.mentions):
        assert mention.key == f"m{index}"
        assert text[mention.start : mention.end] == mention.text
        assert mention.text.strip() == mention.text and mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
