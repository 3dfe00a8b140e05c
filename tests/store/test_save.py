"""Saving: one transaction per document, idempotent, entities upserted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from armstrace.model import (
    ArmstraceError,
    Attribution,
    Claim,
    ClaimType,
    Entity,
    EntityType,
    ResolvedDoc,
)
from armstrace.store import Store
from armstrace.store.schema import attributions, claims, entity_aliases, mentions

from tests.store.store_corpus import corpus, loitering, resolved, sanction, shipment


def _sorted_aliases(doc: ResolvedDoc) -> ResolvedDoc:
    """The store returns aliases sorted; compare on that footing."""
    return dataclasses.replace(
        doc,
        entities=tuple(
            dataclasses.replace(e, aliases=tuple(sorted(e.aliases))) for e in doc.entities
        ),
    )


def test_save_then_read_back_the_same_document(store: Store) -> None:
    doc = loitering()
    assert store.save(doc) is True
    (back,) = list(store.all_resolved())
    assert back == _sorted_aliases(doc)


def test_all_resolved_rebuilds_every_document(store: Store) -> None:
    docs = [shipment(), loitering()]
    for doc in docs:
        store.save(doc)
    back = {d.document.id: d for d in store.all_resolved()}
    assert back == {d.document.id: _sorted_aliases(d) for d in docs}


def test_saving_the_same_document_again_writes_nothing(store: Store) -> None:
    for doc in corpus():
        assert store.save(doc) is True
    before = store.stats()
    for doc in corpus():
        assert store.save(doc) is False
    assert store.stats() == before
    with store.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(attributions)).scalar_one()
    assert stored == sum(len(c.attribution) for d in corpus() for c in d.claims)


def test_has_document_by_content_hash(store: Store) -> None:
    doc = shipment()
    assert not store.has_document(doc.document.content_hash)
    store.save(doc)
    assert store.has_document(doc.document.content_hash)
    assert not store.has_document("0" * 64)


def test_entities_are_upserted_with_union_of_aliases_and_fullest_name(store: Store) -> None:
    store.save(shipment())
    first = store.entity("almaz-antey")
    assert first is not None
    assert first.entity.name == "Almaz-Antey"
    assert first.entity.country == "RU"
    store.save(sanction())
    merged = store.entity("almaz-antey")
    assert merged is not None
    assert merged.entity.name == "Almaz-Antey Corp"
    assert merged.entity.aliases == ("Almaz-Antey",)
    assert merged.entity.country == "RU"  # the second document did not know it
    assert (merged.mentions, merged.documents) == (3, 2)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(entity_aliases.c.alias).where(entity_aliases.c.entity_id == "almaz-antey")
        ).all()
    assert [r.alias for r in rows] == ["Almaz-Antey"]


def test_shorter_later_name_becomes_an_alias(store: Store) -> None:
    text_a = "Tactical Missiles Corporation builds Kh-59 missiles."
    text_b = "KTRV builds Kh-59 missiles too."
    long_name = Entity("ktrv", "Tactical Missiles Corporation", EntityType.ORGANIZATION)
    short = Entity("ktrv", "KTRV", EntityType.ORGANIZATION)
    store.save(resolved(text_a, [long_name], [("Tactical Missiles Corporation", "ktrv")]))
    store.save(resolved(text_b, [short], [("KTRV", "ktrv")]))
    record = store.entity("ktrv")
    assert record is not None
    assert record.entity.name == "Tactical Missiles Corporation"
    assert record.entity.aliases == ("KTRV",)


def test_unknown_role_entity_is_refused_and_nothing_is_written(store: Store) -> None:
    doc = shipment()
    broken = dataclasses.replace(
        doc,
        claims=(*doc.claims, Claim(ClaimType.TRANSFER, doc.claims[0].evidence, object="nowhere")),
    )
    with pytest.raises(ArmstraceError) as caught:
        store.save(broken)
    assert caught.value.code == "E410"
    assert "nowhere" in caught.value.message
    assert not store.has_document(doc.document.content_hash)
    assert store.stats()["entities"] == 0
    assert store.save(doc) is True


def test_role_entity_may_come_from_an_earlier_document(store: Store) -> None:
    store.save(shipment())
    text = "India later ordered more S-400 units."
    doc = resolved(
        text,
        [],
        [("India", "india")],
        [Claim(ClaimType.TRANSFER, text, object="india", item="S-400")],
    )
    assert store.save(doc) is True
    records, total = store.claims(document_id=doc.document.id)
    assert total == 1
    assert records[0].object is not None
    assert records[0].object.name == "India"


def test_document_id_clash_with_other_text_is_refused(store: Store) -> None:
    doc = shipment()
    store.save(doc)
    other = loitering()
    clash = dataclasses.replace(
        other, document=dataclasses.replace(other.document, id=doc.document.id)
    )
    with pytest.raises(ArmstraceError) as caught:
        store.save(clash)
    assert caught.value.code == "E411"


def test_attribution_sources_that_are_entities_are_linked(store: Store) -> None:
    store.save(loitering())
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                attributions.c.source, attributions.c.source_entity_id, attributions.c.stance
            ).order_by(attributions.c.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("article", None, "asserts"),
        ("article", None, "asserts"),
        ("a leaked report", None, "asserts"),
        ("kalashnikov", "kalashnikov", "denies"),
    ]


def test_every_claim_field_is_kept(store: Store) -> None:
    text = "Ember Motors fitted 40 engines into the Kestrel drone, per the audit."
    claim = Claim(
        ClaimType.COMPONENT,
        text,
        subject="ember",
        item="engines",
        time="2023-07-01",
        quantity=40.0,
        used_in="Kestrel",
        evidence_start=0,
        share=0.25,
        attribution=(Attribution("the audit"),),
    )
    ember = Entity("ember", "Ember Motors", EntityType.ORGANIZATION)
    doc = resolved(text, [ember], [("Ember Motors", "ember")], [claim])
    store.save(doc)
    (record,), _ = store.claims()
    assert record.claim == claim
    assert record.subject == Entity("ember", "Ember Motors", EntityType.ORGANIZATION)


def test_document_returns_text_mentions_and_mapping(store: Store) -> None:
    doc = shipment()
    store.save(doc)
    found = store.document(doc.document.id)
    assert found is not None
    document, found_mentions, mapping = found
    assert document == doc.document
    assert found_mentions == list(doc.mentions)
    assert mapping == doc.mention_entity
    for m in found_mentions:
        assert document.text[m.start : m.end] == m.text
    assert store.document("doc-missing") is None


def test_mentions_without_entity_are_kept_unlinked(store: Store) -> None:
    doc = shipment()
    unlinked = dataclasses.replace(doc, mention_entity={"m0": "almaz-antey"}, claims=())
    store.save(unlinked)
    with store.engine.connect() as conn:
        linked = conn.execute(
            select(func.count()).select_from(mentions).where(mentions.c.entity_id.is_not(None))
        ).scalar_one()
        total = conn.execute(select(func.count()).select_from(mentions)).scalar_one()
        assert conn.execute(select(func.count()).select_from(claims)).scalar_one() == 0
    assert (linked, total) == (1, 3)


def test_concurrent_writers_share_new_entities(migrated_url: str) -> None:
    """Two stores writing at once (separate engines, like two processes) both succeed,
    even when their documents introduce the same new entities."""
    import threading

    from tests.store.store_corpus import bulk

    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def write(numbers: range) -> None:
        try:
            with Store.open(migrated_url) as own:
                barrier.wait()
                for n in numbers:
                    assert own.save(bulk(n, claims=10)) is True
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(range(i, 40, 2),)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(migrated_url) as store:
        stats = store.stats()
        assert stats["documents"] == 40
        assert stats["claims"] == 400
        assert stats["entities"] == 10  # five suppliers, five recipients, each once


def test_write_refused_by_the_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with Store.open(str(path)) as store:
        store.save(shipment())
    with Store.open(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        assert store.stats()["documents"] == 1  # reading works
        with pytest.raises(ArmstraceError) as caught:
            store.save(loitering())
        assert caught.value.code == "E413"
        assert "readonly" in caught.value.message
        assert store.stats()["documents"] == 1
