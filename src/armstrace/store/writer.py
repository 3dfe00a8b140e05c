"""Writing one resolved document: everything it says, in the caller's single transaction.

Why one transaction per document: a document is the unit of evidence. Either all of its
mentions, claims and attributions are stored, or none are, so a crash (or a bad
document) never leaves claims without their source or a source without its claims.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, or_, select, update

from armstrace.model import ArmstraceError, Entity, ResolvedDoc
from armstrace.store import fts
from armstrace.store.records import (
    attribution_rows,
    chunks,
    claim_row,
    document_row,
    load_entities,
    merge_entities,
)
from armstrace.store.schema import (
    attributions,
    claims,
    document_entities,
    documents,
    entities,
    entity_aliases,
    entity_keys,
    mentions,
)

__all__ = ["document_exists", "referenced_ids", "write_document"]


def document_exists(connection: Connection, content_hash: str) -> bool:
    row = connection.execute(
        select(documents.c.id).where(documents.c.content_hash == content_hash).limit(1)
    ).first()
    return row is not None


def referenced_ids(doc: ResolvedDoc) -> list[str]:
    """Every entity id the document uses, first use first: its entities, mentions, roles."""
    seen: dict[str, None] = {}
    for entity in doc.entities:
        seen.setdefault(entity.id, None)
    for entity_id in doc.mention_entity.values():
        seen.setdefault(entity_id, None)
    for claim in doc.claims:
        for role in (claim.subject, claim.object, claim.location):
            if role is not None:
                seen.setdefault(role, None)
    return list(seen)


def write_document(
    connection: Connection,
    doc: ResolvedDoc,
    pending: Mapping[str, tuple[Entity, frozenset[str]]],
) -> bool:
    """Store ``doc``; False (nothing written) when its text is already stored.

    ``pending`` holds entities the resolver remembered but that are not stored yet,
    with their directory keys; those this document uses are written here.
    """
    document = doc.document
    clash = connection.execute(
        select(documents.c.id, documents.c.content_hash).where(
            or_(documents.c.content_hash == document.content_hash, documents.c.id == document.id)
        )
    ).first()
    if clash is not None:
        if clash.content_hash == document.content_hash:
            return False
        raise ArmstraceError(
            "E411",
            f"document id {document.id!r} is already used by a different text; "
            "ids must derive from the content hash",
        )

    used = referenced_ids(doc)
    offered: dict[str, Entity] = {}
    for entity in doc.entities:
        offered[entity.id] = (
            merge_entities(offered[entity.id], entity) if entity.id in offered else entity
        )
    for entity_id in used:
        if entity_id in pending:
            remembered = pending[entity_id][0]
            offered[entity_id] = (
                merge_entities(offered[entity_id], remembered)
                if entity_id in offered
                else remembered
            )
    stored = _upsert_entities(connection, offered.values())
    known = set(offered) | set(load_entities(connection, [i for i in used if i not in offered]))
    missing = [i for i in used if i not in known]
    if missing:
        raise ArmstraceError(
            "E410",
            f"document {document.id} refers to entities that are neither in it nor stored: "
            f"{', '.join(missing[:5])}",
        )
    _write_keys(
        connection,
        {eid: pending[eid] for eid in used if eid in pending},
        stored,
    )

    connection.execute(documents.insert(), [document_row(document)])
    if used:
        connection.execute(
            document_entities.insert(),
            [
                {"document_id": document.id, "entity_id": eid, "ordinal": i}
                for i, eid in enumerate(used)
            ],
        )
    if doc.mentions:
        connection.execute(
            mentions.insert(),
            [
                {
                    "document_id": document.id,
                    "ordinal": i,
                    "key": m.key,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "type": m.type.value,
                    "canonical": m.canonical,
                    "country": m.country,
                    "entity_id": doc.mention_entity.get(m.key),
                }
                for i, m in enumerate(doc.mentions)
            ],
        )
    if doc.claims:
        claim_ids = [
            row.id
            for row in connection.execute(
                claims.insert().returning(claims.c.id, sort_by_parameter_order=True),
                [claim_row(c, document.id, i) for i, c in enumerate(doc.claims)],
            )
        ]
        sources = {a.source for c in doc.claims for a in c.attribution} - known
        entity_ids = known | set(load_entities(connection, sources))
        rows = [
            row
            for cid, claim in zip(claim_ids, doc.claims, strict=True)
            for row in attribution_rows(cid, claim, entity_ids)
        ]
        if rows:
            connection.execute(attributions.insert(), rows)
        if fts.enabled(connection):
            fts.index_claims(
                connection,
                ((cid, c.item, c.evidence) for cid, c in zip(claim_ids, doc.claims, strict=True)),
            )
    if fts.enabled(connection):
        fts.index_document(connection, document.id, document.title, document.text)
    return True


def _upsert_entities(connection: Connection, offered: Iterable[Entity]) -> dict[str, Entity]:
    """Insert new entities, widen stored ones (union of aliases, fullest name).

    Returns every offered entity as it now stands in the database.
    """
    # sorted, so concurrent writers lock entity rows in one order
    wanted = {e.id: e for e in sorted(offered, key=lambda e: e.id)}
    existing = load_entities(connection, wanted)
    result: dict[str, Entity] = {}
    new_rows: list[dict[str, str | None]] = []
    alias_rows: list[dict[str, str]] = []
    for entity_id, entity in wanted.items():
        old = existing.get(entity_id)
        if old is None:
            merged = merge_entities(entity, entity)
            new_rows.append(
                {
                    "id": merged.id,
                    "name": merged.name,
                    "type": merged.type.value,
                    "country": merged.country,
                }
            )
            alias_rows.extend({"entity_id": entity_id, "alias": a} for a in merged.aliases)
        else:
            merged = merge_entities(old, entity)
            if merged == old:
                result[entity_id] = old
                continue
            if (merged.name, merged.country) != (old.name, old.country):
                connection.execute(
                    update(entities)
                    .where(entities.c.id == entity_id)
                    .values(name=merged.name, country=merged.country)
                )
            old_aliases = set(old.aliases)
            alias_rows.extend(
                {"entity_id": entity_id, "alias": a} for a in merged.aliases if a not in old_aliases
            )
            if merged.name in old_aliases:
                # A longer alias became the name: it must not also stay an alias.
                connection.execute(
                    entity_aliases.delete().where(
                        entity_aliases.c.entity_id == entity_id,
                        entity_aliases.c.alias == merged.name,
                    )
                )
        result[entity_id] = merged
        if fts.enabled(connection):
            fts.index_entity(
                connection, merged.id, merged.name, merged.aliases, replace=old is not None
            )
    if new_rows:
        connection.execute(entities.insert(), new_rows)
    if alias_rows:
        connection.execute(entity_aliases.insert(), alias_rows)
    for entity_id, entity in existing.items():
        result.setdefault(entity_id, entity)
    return result


def _write_keys(
    connection: Connection,
    remembered: Mapping[str, tuple[Entity, frozenset[str]]],
    stored: Mapping[str, Entity],
) -> None:
    """Add the directory keys the resolver gave for these entities (stored type wins)."""
    if not remembered:
        return
    have: set[tuple[str, str, str]] = set()
    ids = list(remembered)
    for part in chunks(ids):
        have.update(
            (row.key, row.type, row.entity_id)
            for row in connection.execute(
                select(entity_keys).where(entity_keys.c.entity_id.in_(part))
            )
        )
    rows = []
    for entity_id, (entity, keys) in remembered.items():
        etype = stored.get(entity_id, entity).type.value
        for key in sorted(keys):
            if (key, etype, entity_id) not in have:
                have.add((key, etype, entity_id))
                rows.append({"key": key, "type": etype, "entity_id": entity_id})
    if rows:
        connection.execute(entity_keys.insert(), rows)
