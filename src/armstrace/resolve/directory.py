"""An in-memory :class:`armstrace.model.EntityDirectory`.

``armstrace predict`` runs and tests resolve many documents without a store; this
directory keeps what earlier documents taught (entities and their keys) for the run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from armstrace.model import Entity, EntityType

__all__ = ["MemoryDirectory"]


class MemoryDirectory:
    """Entities by id, and entity ids by (type, key), in insertion order.

    Remembering an entity again under the same id adds keys and aliases; it never
    replaces the name the entity was first given.
    """

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._index: dict[tuple[EntityType, str], list[str]] = {}
        self._rank: dict[str, int] = {}

    def candidates(self, keys: Iterable[str], type: EntityType) -> list[Entity]:
        """Known entities of ``type`` with any of ``keys``, first remembered first."""
        seen: dict[str, Entity] = {}
        for key in keys:
            for entity_id in self._index.get((type, key), ()):
                if entity_id not in seen:
                    seen[entity_id] = self._entities[entity_id]
        return sorted(seen.values(), key=lambda e: self._rank[e.id])

    def remember(self, entity: Entity, keys: Iterable[str]) -> None:
        """Record ``entity`` (or more about it) under ``keys`` for later documents."""
        known = self._entities.get(entity.id)
        if known is None:
            self._entities[entity.id] = entity
            self._rank[entity.id] = len(self._rank)
        else:
            forms = [known.name, *known.aliases]
            extra = tuple(a for a in (entity.name, *entity.aliases) if a not in forms)
            self._entities[entity.id] = replace(
                known,
                aliases=known.aliases + extra,
                country=known.country or entity.country,
            )
        for key in keys:
            ids = self._index.setdefault((entity.type, key), [])
            if entity.id not in ids:
                ids.append(entity.id)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, if one is known."""
        return self._entities.get(entity_id)

    def entities(self) -> list[Entity]:
        """Every entity remembered, in the order first seen."""
        return list(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)
