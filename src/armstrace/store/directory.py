"""The database-backed EntityDirectory the resolver consults across documents.

``remember()`` only buffers: the entity and its keys are written by the ``save()`` of
the document that uses them, inside that document's transaction. So a document that
fails or is never saved leaves no orphan entities behind, while later documents of the
same run still find what earlier ones introduced (the buffer answers too).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy import Engine, select

from armstrace.model import Entity, EntityType
from armstrace.store.records import chunks, load_entities, merge_entities
from armstrace.store.schema import entities, entity_keys

__all__ = ["StoreDirectory"]


class StoreDirectory:
    """Implements :class:`armstrace.model.EntityDirectory` over the store's tables."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[Entity, frozenset[str]]] = {}

    def candidates(self, keys: Iterable[str], type: EntityType) -> list[Entity]:
        wanted = sorted(set(keys))
        if not wanted:
            return []
        ids: dict[str, None] = {}
        stored: dict[str, Entity] = {}
        with self._engine.connect() as conn:
            for part in chunks(wanted):
                keyed = (
                    select(entity_keys.c.entity_id)
                    .where(entity_keys.c.key.in_(part), entity_keys.c.type == type.value)
                    .scalar_subquery()
                )
                stored.update(load_entities(conn, where=entities.c.id.in_(keyed)))
        for entity_id in sorted(stored):
            ids[entity_id] = None
        key_set = set(wanted)
        with self._lock:
            for entity_id, (entity, entity_keys_) in self._pending.items():
                if entity.type == type and key_set & entity_keys_:
                    ids.setdefault(entity_id, None)
            pending = dict(self._pending)
        return [e for e in (self._combine(i, stored.get(i), pending) for i in ids) if e]

    def remember(self, entity: Entity, keys: Iterable[str]) -> None:
        new_keys = frozenset(k for k in keys if k)
        with self._lock:
            old = self._pending.get(entity.id)
            if old is None:
                self._pending[entity.id] = (entity, new_keys)
            else:
                self._pending[entity.id] = (merge_entities(old[0], entity), old[1] | new_keys)

    def get(self, entity_id: str) -> Entity | None:
        with self._engine.connect() as conn:
            stored = load_entities(conn, [entity_id])
        with self._lock:
            pending = dict(self._pending)
        return self._combine(entity_id, stored.get(entity_id), pending)

    # -- used by Store.save ------------------------------------------------------------

    def pending(self) -> dict[str, tuple[Entity, frozenset[str]]]:
        """A snapshot of what is remembered but not yet written."""
        with self._lock:
            return dict(self._pending)

    def written(self, entity_ids: Iterable[str]) -> None:
        """Forget buffered entities once a committed save has stored them."""
        with self._lock:
            for entity_id in entity_ids:
                self._pending.pop(entity_id, None)

    @staticmethod
    def _combine(
        entity_id: str,
        stored: Entity | None,
        pending: dict[str, tuple[Entity, frozenset[str]]],
    ) -> Entity | None:
        buffered = pending.get(entity_id)
        if buffered is None:
            return stored
        if stored is None:
            return buffered[0]
        return merge_entities(stored, buffered[0])
