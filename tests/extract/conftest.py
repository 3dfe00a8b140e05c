"""Fixtures for the extract tests: the real pipeline, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from armstrace.extract import Extractor, load_pipeline
from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.model import Mention

from tests.extract.documents import make_document


@pytest.fixture(scope="session")
def pipeline() -> Language:
    """The packaged pipeline (built once per process, as in production)."""
    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def extractor(pipeline: Language) -> Extractor:
    return Extractor(pipeline)


@pytest.fixture(scope="session")
def mentions_of(extractor: Extractor) -> Callable[[str], tuple[Mention, ...]]:
    """Mentions the extractor finds in one text."""

    def run(text: str) -> tuple[Mention, ...]:
        (result,) = extractor.extract([make_document(text)])
        return result.mentions

    return run
