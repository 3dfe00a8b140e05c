"""The resolve stage end to end on hand-made documents."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armstrace.model import (
    ArmstraceError,
    Claim,
    ClaimType,
    Document,
    Entity,
    EntityType,
    ExtractedDoc,
    Mention,
    ResolvedDoc,
)
from armstrace.resolve import MemoryDirectory, Resolver

DocMaker = Callable[..., ExtractedDoc]
ORG, PERSON, COUNTRY = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY
WEAPON = EntityType.WEAPON_SYSTEM
TEXT = (
    "IEMZ Kupol has developed a drone called Garpiya-3 (G3) in China, Moscow said. "
    "Kupol developed the G3 with Chinese parts, according to Russia."
)
SPECS: list[tuple[object, ...]] = [
    ("IEMZ Kupol", ORG, None, "RU"),
    ("Garpiya-3", WEAPON),
    ("G3", WEAPON),
    ("China", COUNTRY),
    ("Moscow", COUNTRY, "Russia"),
    ("Kupol", ORG),
    ("G3", WEAPON),
    ("Russia", COUNTRY),
]
CLAIMS = (
    Claim(ClaimType.DEVELOPMENT, "s1", "m0", item="Garpiya-3", location="m3"),
    Claim(ClaimType.DEVELOPMENT, "s2", "m5", item="G3"),
    Claim(ClaimType.TRANSFER, "s2", "m3", "m99", "parts"),
)


@pytest.fixture
def resolved(make_doc: DocMaker) -> ResolvedDoc:
    return Resolver(MemoryDirectory()).resolve(make_doc(TEXT, SPECS, CLAIMS))


def entity_named(resolved: ResolvedDoc, name: str) -> Entity:
    return next(e for e in resolved.entities if e.name == name)


def test_every_mention_has_an_entity(resolved: ResolvedDoc) -> None:
    ids = {e.id for e in resolved.entities}
    assert set(resolved.mention_entity) == {f"m{i}" for i in range(len(SPECS))}
    assert set(resolved.mention_entity.values()) == ids


def test_name_is_the_fullest_and_aliases_the_other_forms(resolved: ResolvedDoc) -> None:
    kupol = entity_named(resolved, "IEMZ Kupol")
    assert kupol.aliases == ("Kupol",)


def test_a_stand_in_name_is_an_alias_not_the_name(resolved: ResolvedDoc) -> None:
    russia = entity_named(resolved, "Russia")
    assert russia.aliases == ("Moscow",)


def test_aliases_occur_in_the_text(resolved: ResolvedDoc) -> None:
    for entity in resolved.entities:
        assert all(a in TEXT for a in (entity.name, *entity.aliases))


def test_country_comes_from_mentions_or_the_territory(resolved: ResolvedDoc) -> None:
    assert entity_named(resolved, "IEMZ Kupol").country == "RU"
    assert entity_named(resolved, "China").country == "CN"


def test_claims_stated_twice_become_one(resolved: ResolvedDoc) -> None:
    claims = resolved.claims
    assert [(c.type, c.subject, c.evidence) for c in claims] == [
        (ClaimType.DEVELOPMENT, "iemz-kupol", "s1")
    ]


def test_duplicate_mention_key_is_an_error(make_doc: DocMaker) -> None:
    doc = make_doc("Kupol said.", [("Kupol", ORG)])
    bad = ExtractedDoc(doc.document, doc.mentions * 2, ())
    with pytest.raises(ArmstraceError) as err:
        Resolver(MemoryDirectory()).resolve(bad)
    assert err.value.code == "E300"


def test_mention_outside_the_text_is_an_error(make_doc: DocMaker) -> None:
    doc = make_doc("Kupol said.", [("Kupol", ORG)])
    bad = ExtractedDoc(doc.document, (Mention("m0", 5, 50, "Kupol", ORG),), ())
    with pytest.raises(ArmstraceError) as err:
        Resolver(MemoryDirectory()).resolve(bad)
    assert err.value.code == "E301"


def test_document_without_mentions_resolves_to_nothing(make_doc: DocMaker) -> None:
    out = Resolver(MemoryDirectory()).resolve(make_doc("Nothing named here.", []))
    assert out.entities == () and out.claims == ()


WORDS = [
    "Kupol", "IEMZ", "Russia", "Moscow", "(G3)", "Garpiya-3", "Ltd.", "the", "Вектор", "UN",
    "Putin", "Concern", "of", "said", "Co.,", "DPRK", "Kalashnikov", "s", "-", "«X»",
]  # fmt: skip


@st.composite
def extracted_docs(draw: st.DrawFn) -> ExtractedDoc:
    """Random texts of name-like words with random mentions over whole words."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    picks = draw(st.lists(st.integers(0, len(words) - 1), max_size=10, unique=True))
    mentions = []
    for n, i in enumerate(sorted(picks)):
        span = draw(st.integers(1, min(3, len(words) - i)))
        start, end = starts[i], starts[i + span - 1] + len(words[i + span - 1])
        canonical = draw(st.sampled_from([None, "Russia", "Kupol", ""]))
        country = draw(st.sampled_from([None, "RU", "US"]))
        type_ = draw(st.sampled_from(list(EntityType)))
        mentions.append(Mention(f"m{n}", start, end, text[start:end], type_, canonical, country))
    keys = [m.key for m in mentions] + ["m99", None]
    claims = [
        Claim(draw(st.sampled_from(list(ClaimType))), "e", draw(st.sampled_from(keys)),
              draw(st.sampled_from(keys)), "drones")
        for _ in range(draw(st.integers(0, 4)))
    ]  # fmt: skip
    document = Document(id="d", text=text, content_hash="h")
    return ExtractedDoc(document, tuple(mentions), tuple(claims))


@settings(deadline=None, max_examples=60)
@given(st.lists(extracted_docs(), min_size=1, max_size=3))
def test_any_documents_resolve_to_a_consistent_result(docs: list[ExtractedDoc]) -> None:
    resolver = Resolver(MemoryDirectory())
    for doc in docs:
        out = resolver.resolve(doc)
        ids = [e.id for e in out.entities]
        assert len(ids) == len(set(ids))
        assert set(out.mention_entity) == {m.key for m in doc.mentions}
        assert set(out.mention_entity.values()) == set(ids)
        for e in out.entities:
            assert all(name in doc.document.text for name in (e.name, *e.aliases))
        for c in out.claims:
            assert all(r is None or r in ids for r in (c.subject, c.object, c.location))
