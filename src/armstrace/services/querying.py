"""Read-side use cases: entities, claims, dossiers, transfers, search, documents.

Each returns plain JSON-ready dicts (see ``serialize``), so the CLI's ``--json``, the API
and the web pages render the same data.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any, TypeVar

from armstrace.model import (
    ArmstraceError,
    ClaimRecord,
    ClaimType,
    DocumentRef,
    EntityType,
    Modality,
)
from armstrace.services.assessing import claim_assessments, stored_relations
from armstrace.services.screening import sanctions_status, sanctions_statuses
from armstrace.services.serialize import claim_json, document_ref_json, entity_json
from armstrace.store import Store

__all__ = [
    "DEFAULT_DB",
    "assessed_claims_json",
    "claims_page",
    "database_url",
    "document_view",
    "entities_page",
    "entity_dossier",
    "open_store",
    "parse_enum",
    "resolve_entity",
    "search",
    "stats",
]

DEFAULT_DB = "armstrace.db"

_E = TypeVar("_E", EntityType, ClaimType, Modality)


def database_url(db: str | None = None) -> str:
    """``--db`` wins, then ``ARMSTRACE_DB``, then ``./armstrace.db``."""
    return db or os.environ.get("ARMSTRACE_DB") or DEFAULT_DB


def open_store(db: str | None = None) -> Store:
    """Open (creating and migrating on first use) the database the user chose."""
    url = database_url(db)
    if "://" not in url:
        Path(url).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    return Store.open(url)


def parse_enum(kind: type[_E], value: str | None) -> _E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ArmstraceError(
            "E010", f"unknown {kind.__name__} {value!r}; one of: {allowed}"
        ) from None


def stats(store: Store) -> dict[str, int]:
    return store.stats()


def entities_page(
    store: Store,
    *,
    type: str | None = None,
    name: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    records, total = store.entities(
        type=parse_enum(EntityType, type), name=name, limit=limit, offset=offset
    )
    items = [entity_json(r) for r in records]
    statuses = sanctions_statuses(store, [item["id"] for item in items])
    for item in items:
        item["sanctions"] = statuses[item["id"]]
    return {"items": items, "total": total}


def resolve_entity(store: Store, name_or_id: str) -> str | None:
    """An entity id from an id or any of its names; None where nothing matches."""
    record = store.entity(name_or_id)
    if record is not None:
        return record.entity.id
    found = store.find_entities(name_or_id)
    return found[0].entity.id if found else None


def claims_page(
    store: Store,
    *,
    entity: str | None = None,
    type: str | None = None,
    modality: str | None = None,
    document: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
    offset: int = 0,
    assess: bool = True,
) -> dict[str, Any]:
    """A page of claims; ``assess=False`` leaves out the cross-source assessment."""
    entity_id = None
    if entity is not None:
        entity_id = resolve_entity(store, entity)
        if entity_id is None:
            return {"items": [], "total": 0}
    records, total = store.claims(
        entity_id=entity_id,
        type=parse_enum(ClaimType, type),
        modality=parse_enum(Modality, modality),
        document_id=document,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )
    if not assess:
        return {"items": [claim_json(r) for r in records], "total": total}
    return {"items": assessed_claims_json(store, records), "total": total}


_ASSESSMENT_FIELDS = (
    "sources",
    "independent_sources",
    "assessment",
    "confidence",
    "first_reported",
    "last_reported",
)


def assessed_claims_json(store: Store, records: list[ClaimRecord]) -> list[dict[str, Any]]:
    """Claims as JSON with their relation's assessment (see docs/ASSESSMENT.md)."""
    by_claim = claim_assessments(store, records)
    names: dict[str, str | None] = {}
    items = []
    for r in records:
        item = claim_json(r)
        for a in item["attribution"]:
            src = a["source"]
            if src != "article" and " " not in src and src not in names:
                rec = store.entity(src)
                names[src] = rec.entity.name if rec else None
            a["name"] = names.get(src)
        data = by_claim.get(r.id, {})
        item.update({k: data.get(k) for k in _ASSESSMENT_FIELDS})
        item["assessment_reason"] = data.get("reason")
        items.append(item)
    return items


def entity_dossier(
    store: Store, name_or_id: str, *, max_claims: int = 1000
) -> dict[str, Any] | None:
    """Everything known about one entity: names, claims by type, a timeline."""
    entity_id = resolve_entity(store, name_or_id)
    if entity_id is None:
        return None
    record = store.entity(entity_id)
    if record is None:
        return None
    records, total = store.claims(entity_id=entity_id, limit=max_claims)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r, item in zip(records, assessed_claims_json(store, records), strict=True):
        by_type[r.claim.type.value].append(item)
    timeline = sorted(
        (
            {"time": r.claim.time, "type": r.claim.type.value, "claim": r.id, "item": r.claim.item}
            for r in records
            if r.claim.time
        ),
        key=lambda t: str(t["time"]),
    )
    return {
        "entity": entity_json(record),
        "sanctions": sanctions_status(store, entity_id),
        "claims_by_type": dict(by_type),
        "claims_total": total,
        "timeline": timeline,
        "relations": stored_relations(store, records),
    }


def search(
    store: Store, q: str, *, kinds: set[str] | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    return [
        {"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet}
        for h in store.search(q, kinds=kinds, limit=limit)
    ]


def document_view(store: Store, doc_id: str) -> dict[str, Any] | None:
    """An article with its provenance, entity mentions and claim sentences (offsets)."""
    found = store.document(doc_id)
    if found is None:
        return None
    doc, mentions, mention_entity = found
    claims, _ = store.claims(document_id=doc_id, limit=10_000)
    ref = document_ref_json(
        DocumentRef(
            id=doc.id,
            title=doc.title,
            publisher=doc.publisher,
            published=doc.published,
            url=doc.url,
            source_path=doc.source_path,
        )
    )
    return {
        "document": ref,
        "text": doc.text,
        "provenance": {
            "source": doc.source_path,
            "url": doc.url,
            "publisher": doc.publisher,
            "published": doc.published.isoformat() if doc.published else None,
            "retrieved": doc.retrieved.isoformat() if doc.retrieved else None,
            "content_hash": doc.content_hash,
            "format": doc.format,
        },
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "type": m.type.value,
                "entity_id": mention_entity.get(m.key),
            }
            for m in mentions
        ],
        "claims": [claim_json(r) for r in claims],
    }
