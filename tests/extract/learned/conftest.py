"""Fixtures for the learned claim component: the project's own pipeline and gazetteer
(the model was trained on their output), and a helper that reads one text through
mentions, rule claims and candidates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from armstrace.extract.claims import find_claims
from armstrace.extract.claims.context import DocContext
from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.extract.learned.candidates import Candidate, propose
from armstrace.extract.mentions import build_mentions
from armstrace.extract.pipeline import load_pipeline
from armstrace.model import Claim, Mention


@dataclass
class Read:
    """One text as the learned component sees it."""

    doc: Any
    mentions: list[Mention]
    rules: list[Claim]
    ctx: DocContext
    cands: list[Candidate]

    def name(self, key: str | None) -> str | None:
        if key is None:
            return None
        return next((m.text for m in self.mentions if m.key == key), key)


@pytest.fixture(scope="session")
def pipeline() -> Any:
    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def read(pipeline: Any, gazetteer: Gazetteer) -> Callable[[str], Read]:
    def _read(text: str) -> Read:
        doc = pipeline(text)
        mentions = list(build_mentions(doc, gazetteer))
        rules = find_claims(doc, mentions, None)
        ctx = DocContext(doc, mentions)
        return Read(doc, mentions, rules, ctx, propose(doc, mentions, rules, ctx))

    return _read
