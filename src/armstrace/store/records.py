"""Rows to model objects and back: the one place that knows how columns map to fields.

Enums are stored as their string values and read back through the enum, so a stored
value the model no longer knows fails loudly instead of passing through as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, select

from armstrace.model import (
    Attribution,
    Claim,
    ClaimType,
    Document,
    DocumentRef,
    Entity,
    EntityType,
    ItemClass,
    Mention,
    Modality,
    Stance,
    Status,
)
from armstrace.store.schema import attributions, documents, entities, entity_aliases

__all__ = [
    "CHUNK",
    "attribution_rows",
    "chunks",
    "claim_from_row",
    "claim_row",
    "document_from_row",
    "document_ref",
    "document_row",
    "is_proper_name",
    "load_attributions",
    "load_entities",
    "mention_from_row",
    "merge_entities",
]

# Keeps IN (...) lists under SQLite's bound-parameter limit.
CHUNK = 500

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# Lower-case words that may stand inside a proper name ("Ministry of Defence").
_CONNECTORS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "von"})
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")


def is_proper_name(name: str) -> bool:
    """Whether every word is capitalised (or a connector): "Almaz-Antey Corp" is, but
    "Russia's state" (a phrase around a name) is not."""
    words = _WORDS.findall(name)
    if not words:
        return False
    if any(w.endswith(("'s", "’s")) for w in words):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)


def _fullness(name: str) -> tuple[bool, int]:
    return is_proper_name(name), len(name.strip())


def merge_entities(old: Entity, new: Entity) -> Entity:
    """One entity from two views of it: the fullest name, every other name as an alias.

    "Fullest" is the longest proper name, so a longer phrase that merely contains a
    name ("Russia's state") never displaces the name itself. The stored type wins (an
    id names one kind of thing); a country once known is kept.
    """
    name = new.name if _fullness(new.name) > _fullness(old.name) else old.name
    seen: dict[str, None] = {}
    for alias in (*old.aliases, old.name, *new.aliases, new.name):
        if alias and alias != name:
            seen.setdefault(alias, None)
    return Entity(
        id=old.id,
        name=name,
        type=old.type,
        aliases=tuple(seen),
        country=old.country or new.country,
    )


def load_entities(
    connection: Connection,
    ids: Iterable[str] | None = None,
    *,
    where: ColumnElement[bool] | None = None,
) -> dict[str, Entity]:
    """Stored entities by id (or matching ``where``), in one query per chunk.

    Aliases come back sorted in Python, not by the database's collation, so every
    backend gives the same order (their order across documents means nothing).
    """
    conditions = [] if where is None else [where]
    if ids is None:
        return _load(connection, conditions)
    found: dict[str, Entity] = {}
    for part in chunks(sorted(set(ids))):
        found.update(_load(connection, [*conditions, entities.c.id.in_(part)]))
    return found


def _load(connection: Connection, conditions: list[ColumnElement[bool]]) -> dict[str, Entity]:
    rows = connection.execute(
        select(entities, entity_aliases.c.alias)
        .select_from(
            entities.outerjoin(entity_aliases, entity_aliases.c.entity_id == entities.c.id)
        )
        .where(*conditions)
    ).mappings()
    base: dict[str, Mapping[Any, Any]] = {}
    aliases: dict[str, list[str]] = {}
    for row in rows:
        base.setdefault(row["id"], row)
        if row["alias"] is not None:
            aliases.setdefault(row["id"], []).append(row["alias"])
    return {
        entity_id: Entity(
            id=entity_id,
            name=row["name"],
            type=EntityType(row["type"]),
            aliases=tuple(sorted(aliases.get(entity_id, ()))),
            country=row["country"],
        )
        for entity_id, row in base.items()
    }


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "text": doc.text,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "url": doc.url,
        "source_path": doc.source_path,
        "retrieved": doc.retrieved,
        "format": doc.format,
        "external_id": doc.external_id,
    }


def document_from_row(row: Mapping[Any, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        content_hash=row["content_hash"],
        title=row["title"],
        publisher=row["publisher"],
        published=row["published"],
        url=row["url"],
        source_path=row["source_path"],
        retrieved=row["retrieved"],
        format=row["format"],
        external_id=row["external_id"],
    )


REF_COLUMNS = (
    documents.c.id,
    documents.c.title,
    documents.c.publisher,
    documents.c.published,
    documents.c.url,
    documents.c.source_path,
)


def document_ref(row: Mapping[Any, Any], prefix: str = "") -> DocumentRef:
    return DocumentRef(
        id=row[f"{prefix}id"],
        title=row[f"{prefix}title"],
        publisher=row[f"{prefix}publisher"],
        published=row[f"{prefix}published"],
        url=row[f"{prefix}url"],
        source_path=row[f"{prefix}source_path"],
    )


def mention_from_row(row: Mapping[Any, Any]) -> Mention:
    return Mention(
        key=row["key"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        type=EntityType(row["type"]),
        canonical=row["canonical"],
        country=row["country"],
    )


def claim_row(claim: Claim, document_id: str, ordinal: int) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "ordinal": ordinal,
        "type": claim.type.value,
        "subject_id": claim.subject,
        "object_id": claim.object,
        "location_id": claim.location,
        "item": claim.item,
        "item_class": claim.item_class.value if claim.item_class else None,
        "time": claim.time,
        "quantity": claim.quantity,
        "status": claim.status.value if claim.status else None,
        "modality": claim.modality.value,
        "evidence": claim.evidence,
        "evidence_start": claim.evidence_start,
        "used_in": claim.used_in,
        "share": claim.share,
    }


def attribution_rows(claim_id: int, claim: Claim, entity_ids: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "claim_id": claim_id,
            "ordinal": i,
            "source": a.source,
            "source_entity_id": a.source if a.source in entity_ids else None,
            "stance": a.stance.value,
        }
        for i, a in enumerate(claim.attribution)
    ]


def claim_from_row(row: Mapping[Any, Any], attribution: Sequence[Attribution]) -> Claim:
    return Claim(
        type=ClaimType(row["type"]),
        evidence=row["evidence"],
        subject=row["subject_id"],
        object=row["object_id"],
        item=row["item"],
        item_class=ItemClass(row["item_class"]) if row["item_class"] else None,
        location=row["location_id"],
        time=row["time"],
        quantity=row["quantity"],
        status=Status(row["status"]) if row["status"] else None,
        modality=Modality(row["modality"]),
        attribution=tuple(attribution),
        used_in=row["used_in"],
        evidence_start=row["evidence_start"],
        share=row["share"],
    )


def load_attributions(
    connection: Connection, claim_ids: Sequence[int]
) -> dict[int, list[Attribution]]:
    """Attributions per claim id, in the order the claim listed them."""
    found: dict[int, list[Attribution]] = {cid: [] for cid in claim_ids}
    for part in chunks(list(claim_ids)):
        rows = connection.execute(
            select(attributions.c.claim_id, attributions.c.source, attributions.c.stance)
            .where(attributions.c.claim_id.in_(part))
            .order_by(attributions.c.claim_id, attributions.c.ordinal)
        )
        for claim_id, source, stance in rows:
            found[claim_id].append(Attribution(source=source, stance=Stance(stance)))
    return found
