"""The database-backed EntityDirectory: buffered until the document's save, then durable."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from armstrace.model import ArmstraceError, Entity, EntityDirectory, EntityType
from armstrace.store import Store
from armstrace.store.schema import entities, entity_keys

from tests.store.store_corpus import resolved

ORG = EntityType.ORGANIZATION
ROSTEC = Entity("rostec", "Rostec", ORG, country="RU")
TEXT = "Rostec opened a new plant. State corporation Rostec said output would double."


def _rows(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_store_directory_satisfies_the_protocol(store: Store) -> None:
    directory: EntityDirectory = store.directory()
    assert store.directory() is directory


def test_remembered_entity_is_found_before_and_after_save(migrated_url: str) -> None:
    with Store.open(migrated_url) as store:
        directory = store.directory()
        directory.remember(ROSTEC, ["rostec", "state corporation rostec"])
        assert directory.candidates(["rostec"], ORG) == [ROSTEC]
        assert directory.get("rostec") == ROSTEC
        assert _rows(store, entities) == 0  # buffered, not written yet
        store.save(resolved(TEXT, [ROSTEC], [("Rostec", "rostec"), ("Rostec", "rostec")]))
        assert _rows(store, entity_keys) == 2
    with Store.open(migrated_url) as store:
        directory = store.directory()
        assert directory.candidates(["state corporation rostec"], ORG) == [ROSTEC]
        assert directory.candidates(["rostec"], EntityType.COUNTRY) == []
        assert directory.candidates(["rosatom"], ORG) == []
        assert directory.candidates([], ORG) == []
        assert directory.get("rostec") == ROSTEC
        assert directory.get("nobody") is None


def test_entity_not_used_by_the_saved_document_stays_buffered(store: Store) -> None:
    directory = store.directory()
    other = Entity("uvz", "Uralvagonzavod", ORG)
    directory.remember(ROSTEC, ["rostec"])
    directory.remember(other, ["uralvagonzavod", "uvz"])
    store.save(resolved(TEXT, [ROSTEC], [("Rostec", "rostec")]))
    with store.engine.connect() as conn:
        keyed = {r.entity_id for r in conn.execute(select(entity_keys.c.entity_id))}
    assert keyed == {"rostec"}
    assert store.entity("uvz") is None
    assert directory.candidates(["uvz"], ORG) == [other]
    text = "Uralvagonzavod builds tanks."
    store.save(resolved(text, [other], [("Uralvagonzavod", "uvz")]))
    assert _rows(store, entity_keys) == 3


def test_new_keys_for_a_stored_entity_are_added(store: Store) -> None:
    directory = store.directory()
    directory.remember(ROSTEC, ["rostec"])
    store.save(resolved(TEXT, [ROSTEC], [("Rostec", "rostec")]))
    wider = Entity("rostec", "Rostec State Corporation", ORG)
    directory.remember(wider, ["rostec state corporation", "rostec"])
    merged = directory.get("rostec")
    assert merged is not None
    assert merged.name == "Rostec State Corporation"
    assert merged.aliases == ("Rostec",)
    assert merged.country == "RU"
    text = "Rostec State Corporation denied the report."
    store.save(resolved(text, [wider], [("Rostec State Corporation", "rostec")]))
    assert directory.candidates(["rostec state corporation"], ORG) == [merged]
    assert _rows(store, entity_keys) == 2


def test_failed_save_keeps_the_buffer(store: Store) -> None:
    directory = store.directory()
    directory.remember(ROSTEC, ["rostec"])
    doc = resolved(TEXT, [ROSTEC], [("Rostec", "rostec")])
    broken = resolved(TEXT, [], [("Rostec", "rostec"), ("Rostec", "ghost")])
    with pytest.raises(ArmstraceError, match="ghost"):
        store.save(broken)
    assert _rows(store, entities) == 0
    assert directory.candidates(["rostec"], ORG) == [ROSTEC]
    assert store.save(doc) is True
    assert _rows(store, entity_keys) == 1
