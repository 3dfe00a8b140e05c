"""Search: same hits and shapes on every backend."""

from __future__ import annotations

import pytest

from armstrace.store import SearchHit, Store

from tests.store.store_corpus import corpus, loitering, sanction, shipment


@pytest.fixture
def filled(store: Store) -> Store:
    for doc in corpus():
        store.save(doc)
    return store


def test_entity_found_by_alias(filled: Store) -> None:
    hits = filled.search("Kalashnikov", kinds={"entity"})
    assert hits == [SearchHit("entity", "kalashnikov", "Kalashnikov Concern", hits[0].snippet)]
    assert "Kalashnikov" in hits[0].snippet
    assert filled.search("EU", kinds={"entity"})[0].id == "eu"


def test_claim_found_by_evidence_words(filled: Store) -> None:
    hits = filled.search("leaked report", kinds={"claim"})
    assert len(hits) == 1
    hit = hits[0]
    assert hit.kind == "claim"
    records, _ = filled.claims(document_id=loitering().document.id)
    by_id = {str(r.id): r for r in records}
    assert by_id[hit.id].claim.item == "Lancet drones"
    assert "Iran" in hit.title
    assert "leaked report" in hit.snippet


def test_document_found_by_title_and_text(filled: Store) -> None:
    hits = filled.search("missile maker", kinds={"document"})
    assert [h.id for h in hits] == [sanction().document.id]
    assert hits[0].title == "EU lists missile maker"
    hits = filled.search("battery arrived", kinds={"document"})
    assert [h.id for h in hits] == [shipment().document.id]
    assert "battery arrived" in hits[0].snippet


def test_every_word_must_match(filled: Store) -> None:
    assert filled.search("Lancet Izhevsk", kinds={"document"})[0].id == loitering().document.id
    assert filled.search("Lancet India", kinds={"document"}) == []


def test_all_kinds_together_and_limit(filled: Store) -> None:
    hits = filled.search("Almaz")
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds, key=["entity", "claim", "document"].index)
    assert {"entity", "claim", "document"} == set(kinds)
    assert len(filled.search("Almaz", limit=2)) == 2
    assert filled.search("Almaz", limit=0) == []


def test_search_syntax_in_the_query_is_just_text(filled: Store) -> None:
    for q in ['"S-400', "S-400 OR *", "NEAR(", "100%", "a_b", "--"]:
        assert isinstance(filled.search(q), list)
    assert filled.search("") == []
    assert filled.search("  ...  ") == []


def test_unknown_kinds_give_nothing(filled: Store) -> None:
    assert filled.search("Almaz", kinds={"feed"}) == []


def test_search_sees_aliases_added_later(store: Store) -> None:
    store.save(shipment())
    assert store.search("Corp", kinds={"entity"}) == []
    store.save(sanction())
    hits = store.search("Corp", kinds={"entity"})
    assert [h.id for h in hits] == ["almaz-antey"]
    assert hits[0].title == "Almaz-Antey Corp"
    assert [h.id for h in store.search("Almaz", kinds={"entity"})] == ["almaz-antey"]
