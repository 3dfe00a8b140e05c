"""Read queries behind the Store's listing methods, in portable SQLAlchemy Core.

Each listing returns one page plus the total the filters match, so faces can page
without a second round of filtering logic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
)

from armstrace.model import (
    ClaimRecord,
    ClaimType,
    Document,
    DocumentRef,
    Entity,
    EntityRecord,
    EntityType,
    Mention,
    Modality,
    ResolvedDoc,
)
from armstrace.store.records import (
    REF_COLUMNS,
    claim_from_row,
    document_from_row,
    document_ref,
    load_attributions,
    load_entities,
    mention_from_row,
)
from armstrace.store.schema import (
    claims,
    document_entities,
    documents,
    entities,
    entity_aliases,
    entity_keys,
    mentions,
)

__all__ = [
    "claim_filters",
    "claim_page",
    "claim_records",
    "document_page",
    "entity_page",
    "entity_records",
    "find_entity_records",
    "load_document",
    "load_resolved",
    "name_key",
    "stats",
]


def name_key(name: str) -> str:
    """A lookup key for a typed-in name: no accents, case or punctuation, no leading "the".

    The resolver keeps its own keys in ``entity_keys``; this one is only the store's
    best guess at the same normalisation, tried before plain name comparison.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", stripped).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _mention_counts(where: Sequence[ColumnElement[bool]]) -> Any:
    """Mentions and documents per entity; with filters, only for the entities they pass,
    so looking up one entity reads its mentions (by index), not the whole table."""
    restrict = [mentions.c.entity_id.is_not(None)]
    if where:
        restrict.append(mentions.c.entity_id.in_(select(entities.c.id).where(*where)))
    return (
        select(
            mentions.c.entity_id.label("entity_id"),
            func.count().label("mentions"),
            func.count(distinct(mentions.c.document_id)).label("documents"),
        )
        .where(*restrict)
        .group_by(mentions.c.entity_id)
        .subquery("counts")
    )


def _name_filter(name: str) -> ColumnElement[bool]:
    needle = name.lower()
    alias_hit = exists(
        select(literal(1))
        .select_from(entity_aliases)
        .where(
            entity_aliases.c.entity_id == entities.c.id,
            func.lower(entity_aliases.c.alias).contains(needle, autoescape=True),
        )
    )
    return or_(func.lower(entities.c.name).contains(needle, autoescape=True), alias_hit)


def entity_records(
    connection: Connection,
    where: Sequence[ColumnElement[bool]],
    *,
    limit: int | None,
    offset: int = 0,
) -> list[EntityRecord]:
    """Entities matching ``where``, most mentioned first, with their counts."""
    counts = _mention_counts(where)
    mention_count = func.coalesce(counts.c.mentions, 0)
    query: Select[Any] = (
        select(
            entities.c.id,
            mention_count.label("mentions"),
            func.coalesce(counts.c.documents, 0).label("documents"),
        )
        .select_from(entities.outerjoin(counts, counts.c.entity_id == entities.c.id))
        .where(*where)
        .order_by(mention_count.desc(), entities.c.name, entities.c.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = connection.execute(query).all()
    found = load_entities(connection, [r.id for r in rows])
    return [EntityRecord(found[r.id], int(r.mentions), int(r.documents)) for r in rows]


def entity_page(
    connection: Connection,
    *,
    type: EntityType | None,
    name: str | None,
    limit: int,
    offset: int,
) -> tuple[list[EntityRecord], int]:
    where: list[ColumnElement[bool]] = []
    if type is not None:
        where.append(entities.c.type == type.value)
    if name:
        where.append(_name_filter(name))
    counted = select(func.count()).select_from(entities).where(*where)
    total = connection.execute(counted).scalar_one()
    return entity_records(connection, where, limit=limit, offset=offset), int(total)


def find_entity_records(connection: Connection, name: str) -> list[EntityRecord]:
    """Exact matches (id, directory key, name or alias) first, then substring matches."""
    text = name.strip()
    if not text:
        return []
    lowered = text.lower()
    key = name_key(text)
    exact = or_(
        entities.c.id == text,
        func.lower(entities.c.name) == lowered,
        exists(
            select(literal(1))
            .select_from(entity_aliases)
            .where(
                entity_aliases.c.entity_id == entities.c.id,
                func.lower(entity_aliases.c.alias) == lowered,
            )
        ),
        exists(
            select(literal(1))
            .select_from(entity_keys)
            .where(entity_keys.c.entity_id == entities.c.id, entity_keys.c.key.in_({key, lowered}))
        ),
    )
    first = entity_records(connection, [exact], limit=None)
    seen = {r.entity.id for r in first}
    rest = [
        r
        for r in entity_records(connection, [_name_filter(text)], limit=100)
        if r.entity.id not in seen
    ]
    return first + rest


def claim_filters(
    *,
    entity_id: str | None,
    type: ClaimType | None,
    modality: Modality | None,
    document_id: str | None,
    since: str | None,
    until: str | None,
) -> list[ColumnElement[bool]]:
    """Filters on claims; ``since``/``until`` compare the claim's ISO time prefix-wise.

    A claim time "2024-06" is within ``until="2024"`` (same year) and after
    ``since="2024"``; claims with no time are left out when either bound is given.
    """
    where: list[ColumnElement[bool]] = []
    if entity_id is not None:
        where.append(
            or_(
                claims.c.subject_id == entity_id,
                claims.c.object_id == entity_id,
                claims.c.location_id == entity_id,
            )
        )
    if type is not None:
        where.append(claims.c.type == type.value)
    if modality is not None:
        where.append(claims.c.modality == modality.value)
    if document_id is not None:
        where.append(claims.c.document_id == document_id)
    if since:
        where.append(claims.c.time >= since)
    if until:
        where.append(
            or_(claims.c.time <= until, claims.c.time.startswith(until + "-", autoescape=True))
        )
    return where


def claim_records(
    connection: Connection,
    where: Sequence[ColumnElement[bool]],
    *,
    limit: int | None,
    offset: int = 0,
) -> list[ClaimRecord]:
    """Claims matching ``where`` in the order they were stored, roles looked up."""
    ref = [c.label(f"doc_{c.name}") for c in REF_COLUMNS]
    query: Select[Any] = (
        select(claims, *ref)
        .select_from(claims.join(documents, documents.c.id == claims.c.document_id))
        .where(*where)
        .order_by(claims.c.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = connection.execute(query).mappings().all()
    ids = [r["id"] for r in rows]
    attribution = load_attributions(connection, ids)
    role_ids = {
        r[c] for r in rows for c in ("subject_id", "object_id", "location_id") if r[c] is not None
    }
    found = load_entities(connection, role_ids)

    def role(value: str | None) -> Entity | None:
        return None if value is None else found.get(value)

    return [
        ClaimRecord(
            id=r["id"],
            claim=claim_from_row(r, attribution[r["id"]]),
            document=document_ref(r, "doc_"),
            subject=role(r["subject_id"]),
            object=role(r["object_id"]),
            location=role(r["location_id"]),
        )
        for r in rows
    ]


def claim_page(
    connection: Connection,
    where: Sequence[ColumnElement[bool]],
    *,
    limit: int,
    offset: int,
) -> tuple[list[ClaimRecord], int]:
    total = connection.execute(select(func.count()).select_from(claims).where(*where)).scalar_one()
    return claim_records(connection, where, limit=limit, offset=offset), int(total)


def document_page(
    connection: Connection, *, limit: int, offset: int
) -> tuple[list[DocumentRef], int]:
    """Newest first (by publication date, undated last), then by id."""
    rows = connection.execute(
        select(*REF_COLUMNS)
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
        .limit(limit)
        .offset(offset)
    ).mappings()
    refs = [document_ref(r) for r in rows]
    total = connection.execute(select(func.count()).select_from(documents)).scalar_one()
    return refs, int(total)


def load_document(
    connection: Connection, doc_id: str
) -> tuple[Document, list[Mention], dict[str, str]] | None:
    row = connection.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
    if row is None:
        return None
    mention_rows = connection.execute(
        select(mentions).where(mentions.c.document_id == doc_id).order_by(mentions.c.ordinal)
    ).mappings()
    found: list[Mention] = []
    mapping: dict[str, str] = {}
    for m in mention_rows:
        found.append(mention_from_row(m))
        if m["entity_id"] is not None:
            mapping[m["key"]] = m["entity_id"]
    return document_from_row(row), found, mapping


def load_resolved(connection: Connection, doc_id: str) -> ResolvedDoc | None:
    """A stored document rebuilt as the ResolvedDoc that was saved.

    Entities come back as the store knows them now (names and aliases gathered from
    every document), not only the names this document used.
    """
    loaded = load_document(connection, doc_id)
    if loaded is None:
        return None
    document, found_mentions, mapping = loaded
    entity_ids = [
        r.entity_id
        for r in connection.execute(
            select(document_entities.c.entity_id)
            .where(document_entities.c.document_id == doc_id)
            .order_by(document_entities.c.ordinal)
        )
    ]
    stored = load_entities(connection, entity_ids)
    records = claim_records(connection, [claims.c.document_id == doc_id], limit=None)
    ordered = sorted(records, key=lambda r: r.id)
    return ResolvedDoc(
        document=document,
        mentions=tuple(found_mentions),
        entities=tuple(stored[i] for i in entity_ids if i in stored),
        mention_entity=mapping,
        claims=tuple(r.claim for r in ordered),
    )


def stats(connection: Connection) -> dict[str, int]:
    """Row counts: documents, entities, mentions, claims and claims per type."""

    def count(table: Any) -> int:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())

    out = {
        "documents": count(documents),
        "entities": count(entities),
        "mentions": count(mentions),
        "claims": count(claims),
    }
    per_type: dict[str, int] = dict(
        connection.execute(select(claims.c.type, func.count()).group_by(claims.c.type)).all()
    )
    for claim_type in ClaimType:
        out[f"claims.{claim_type.value}"] = int(per_type.get(claim_type.value, 0))
    return out
