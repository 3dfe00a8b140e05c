"""JSON shapes shared by every face, so the CLI, the API and the web never disagree.

The shapes are documented in README.md ("JSON output"); other tools parse them, so a
change here is a breaking change and goes in CHANGELOG.md.
"""

from __future__ import annotations

from typing import Any

from armstrace.model import ClaimRecord, DocumentRef, Entity, EntityRecord

__all__ = ["claim_json", "document_ref_json", "entity_json", "entity_ref_json"]


def entity_ref_json(entity: Entity | None) -> dict[str, Any] | None:
    if entity is None:
        return None
    return {"id": entity.id, "name": entity.name}


def document_ref_json(doc: DocumentRef) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url or doc.source_path,
    }


def entity_json(record: EntityRecord) -> dict[str, Any]:
    e = record.entity
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type.value,
        "aliases": list(e.aliases),
        "country": e.country,
        "mentions": record.mentions,
        "documents": record.documents,
    }


def claim_json(record: ClaimRecord) -> dict[str, Any]:
    c = record.claim
    return {
        "id": record.id,
        "type": c.type.value,
        "subject": entity_ref_json(record.subject),
        "object": entity_ref_json(record.object),
        "item": c.item,
        "item_class": c.item_class.value if c.item_class else None,
        "location": entity_ref_json(record.location),
        "time": c.time,
        "quantity": c.quantity,
        "status": c.status.value if c.status else None,
        "modality": c.modality.value,
        "attribution": [{"source": a.source, "stance": a.stance.value} for a in c.attribution],
        "evidence": c.evidence,
        "used_in": c.used_in,
        "document": document_ref_json(record.document),
    }
