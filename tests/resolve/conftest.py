"""Builders for hand-made extracted documents: sentences of our own, mentions found by
their surface text in order, so offsets are always right."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import pytest

from armstrace.model import Claim, Document, EntityType, ExtractedDoc, Mention

# A mention spec: (surface, type[, canonical[, country]]).
DocMaker = Callable[..., ExtractedDoc]


def build_doc(
    text: str,
    specs: Sequence[tuple[object, ...]],
    claims: Sequence[Claim] = (),
    doc_id: str = "doc",
) -> ExtractedDoc:
    """Mentions m0, m1, ... in text order: each at the first occurrence of its surface
    after the end of the previous mention."""
    mentions: list[Mention] = []
    cursor = 0
    for i, spec in enumerate(specs):
        surface = str(spec[0])
        type_ = spec[1]
        assert isinstance(type_, EntityType)
        canonical = str(spec[2]) if len(spec) > 2 and spec[2] is not None else None
        country = str(spec[3]) if len(spec) > 3 and spec[3] is not None else None
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(
            Mention(f"m{i}", start, start + len(surface), surface, type_, canonical, country)
        )
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = Document(id=doc_id, text=text, content_hash=digest, external_id=doc_id)
    return ExtractedDoc(document=document, mentions=tuple(mentions), claims=tuple(claims))


@pytest.fixture
def make_doc() -> DocMaker:
    """The document builder, as a fixture."""
    return build_doc
