"""verb_lemma: a hyphenated "re-" verb kept as one token still reads as its transfer verb."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from armstrace.extract.claims import find_claims
from armstrace.extract.claims.transfer import verb_lemma

from tests.extract.claims.conftest import COUNTRY, ORG, mentions_for


def _tokens(nlp: Any, words: list[str]) -> Any:
    return nlp(Doc(nlp.vocab, words=words))


def test_re_export_forms_read_as_re_export(claims_nlp: Any) -> None:
    doc = _tokens(claims_nlp, ["The", "firm", "re-exported", "chips", "to", "Iran", "."])
    assert verb_lemma(doc[2]) == "re-export"
    doc = _tokens(claims_nlp, ["It", "is", "re-exporting", "chips", "."])
    assert verb_lemma(doc[2]) == "re-export"


def test_other_words_keep_their_lemma(claims_nlp: Any) -> None:
    doc = _tokens(claims_nlp, ["The", "firm", "shipped", "re-usable", "kits", "."])
    assert verb_lemma(doc[2]) == "ship"
    assert verb_lemma(doc[3]) == doc[3].lemma_.lower()


def test_one_token_re_export_makes_a_transfer(claims_nlp: Any) -> None:
    words = ["Vektor", "has", "re-exported", "radars", "to", "Iran", "."]
    doc = _tokens(claims_nlp, words)
    mentions = mentions_for(doc.text, {"Vektor": ORG, "Iran": COUNTRY})
    names = {m.key: m.text for m in mentions}
    got = {
        (names.get(c.subject or ""), names.get(c.object or ""), c.item)
        for c in find_claims(doc, mentions, None)
        if c.type.value == "transfer"
    }
    assert ("Vektor", "Iran", "radars") in got
