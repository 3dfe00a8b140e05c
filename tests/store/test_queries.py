"""Listing and filtering what the store holds."""

from __future__ import annotations

import datetime as dt

import pytest

from armstrace.model import ClaimType, Entity, EntityType, Modality
from armstrace.store import Store

from tests.store.store_corpus import bulk, corpus, loitering, resolved, sanction, shipment


@pytest.fixture
def filled(store: Store) -> Store:
    for doc in corpus():
        store.save(doc)
    return store


def test_entities_most_mentioned_first_with_counts(filled: Store) -> None:
    records, total = filled.entities()
    assert total == 7
    counts = [(r.entity.id, r.mentions, r.documents) for r in records]
    assert counts[0] == ("almaz-antey", 3, 2)
    assert [c[1] for c in counts] == sorted((c[1] for c in counts), reverse=True)
    assert dict((c[0], c[1:]) for c in counts)["iran"] == (1, 1)


def test_entities_filter_by_type_and_name(filled: Store) -> None:
    countries, total = filled.entities(type=EntityType.COUNTRY)
    assert {r.entity.id for r in countries} == {"india", "iran"}
    assert total == 2
    by_alias, _ = filled.entities(name="indian")
    assert [r.entity.id for r in by_alias] == ["india"]
    by_name, total = filled.entities(name="ANTEY")
    assert [r.entity.id for r in by_name] == ["almaz-antey"]
    assert total == 1
    none, total = filled.entities(name="100%_")
    assert (none, total) == ([], 0)


def test_entities_page_through(filled: Store) -> None:
    first, total = filled.entities(limit=4)
    rest, total_again = filled.entities(limit=4, offset=4)
    assert total == total_again == 7
    assert len(first) == 4
    assert len(rest) == 3
    assert not {r.entity.id for r in first} & {r.entity.id for r in rest}


def test_entity_by_id(filled: Store) -> None:
    record = filled.entity("kalashnikov")
    assert record is not None
    assert record.entity.aliases == ("Kalashnikov",)
    assert (record.mentions, record.documents) == (2, 1)
    assert filled.entity("no-such-id") is None


def test_find_entities_exact_before_substring(filled: Store) -> None:
    found = filled.find_entities("kalashnikov")
    assert [r.entity.id for r in found] == ["kalashnikov"]
    # "Iran" is an exact name; nothing else contains it.
    assert [r.entity.id for r in filled.find_entities("IRAN")] == ["iran"]
    # "ia" is no name, but a substring of India (and its alias)...
    assert [r.entity.id for r in filled.find_entities("ia")] == ["india"]
    assert filled.find_entities("   ") == []


def test_find_entities_puts_exact_alias_first(filled: Store) -> None:
    text = "Indiana Arms sold rifles. Indiana Arms also sold scopes."
    arms = Entity("indiana-arms", "Indiana Arms", EntityType.ORGANIZATION)
    filled.save(resolved(text, [arms], [("Indiana Arms", "indiana-arms")] * 2))
    # Indiana Arms is mentioned more often, but "India" names India exactly.
    found = [r.entity.id for r in filled.find_entities("India")]
    assert found == ["india", "indiana-arms"]


def test_claims_by_entity_in_any_role(filled: Store) -> None:
    records, total = filled.claims(entity_id="izhevsk")
    assert total == 1
    assert records[0].claim.type is ClaimType.PRODUCTION
    assert records[0].location is not None
    assert records[0].location.name == "Izhevsk"
    records, total = filled.claims(entity_id="almaz-antey")
    assert total == 3
    roles = {(r.claim.subject, r.claim.object) for r in records}
    assert roles == {("almaz-antey", "india"), ("eu", "almaz-antey")}


def test_claims_filter_by_type_modality_document(filled: Store) -> None:
    transfers, total = filled.claims(type=ClaimType.TRANSFER)
    assert total == 3
    assert all(r.claim.type is ClaimType.TRANSFER for r in transfers)
    speculative, _ = filled.claims(modality=Modality.SPECULATIVE)
    assert [r.claim.item for r in speculative] == ["Lancet drones"]
    doc = sanction().document
    records, total = filled.claims(document_id=doc.id)
    assert total == 1
    assert records[0].document.id == doc.id
    assert records[0].document.title == doc.title
    assert records[0].claim.modality is Modality.HEDGED


def test_claims_time_window_works_by_prefix(filled: Store) -> None:
    def times(since: str | None = None, until: str | None = None) -> list[str]:
        return sorted(str(r.claim.time) for r in filled.claims(since=since, until=until)[0])

    assert times(since="2022") == ["2022-03", "2025"]
    assert times(until="2021") == ["2021", "2021-12"]
    assert times(since="2021-06", until="2022") == ["2021-12", "2022-03"]
    assert times(until="2021-11") == ["2021"]


def test_claims_carry_document_ref_and_attributions(filled: Store) -> None:
    records, _ = filled.claims(document_id=shipment().document.id)
    first = records[0]
    assert first.document.publisher == "Example Wire"
    assert first.document.published == dt.date(2022, 1, 10)
    assert first.document.url == "https://news.example/s400"
    assert [a.source for a in first.claim.attribution] == [
        "article",
        "the Indian defence ministry",
    ]
    assert records[0].id < records[1].id


def test_claims_paging_keeps_total(store: Store) -> None:
    store.save(bulk(1, claims=25))
    page, total = store.claims(limit=10, offset=20)
    assert total == 25
    assert [r.claim.quantity for r in page] == [21.0, 22.0, 23.0, 24.0, 25.0]


def test_documents_newest_first_undated_last(filled: Store) -> None:
    refs, total = filled.documents()
    assert total == 3
    assert [r.id for r in refs] == [
        loitering().document.id,
        shipment().document.id,
        sanction().document.id,
    ]
    page, total = filled.documents(limit=1, offset=1)
    assert [r.id for r in page] == [shipment().document.id]
    assert total == 3


def test_stats_count_rows_and_claim_types(filled: Store) -> None:
    stats = filled.stats()
    docs = corpus()
    assert stats["documents"] == 3
    assert stats["entities"] == 7
    assert stats["mentions"] == sum(len(d.mentions) for d in docs)
    assert stats["claims"] == sum(len(d.claims) for d in docs)
    assert stats["claims.transfer"] == 3
    assert stats["claims.sanction"] == 1
    assert stats["claims.component"] == 0
    assert sum(v for k, v in stats.items() if k.startswith("claims.")) == stats["claims"]
