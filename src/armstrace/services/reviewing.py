"""Analyst review: accept, reject or correct claims; merge or split entities.

Reviews are stored apart from machine output (``armstrace.store.reviews``) and folded
into views here, beside the machine's values and marked as a person's judgement, never
written over them. A claim is matched to its reviews by an anchor built from what the
claim *says* (document, type, roles, evidence sentence), not by its row id, so reviews
survive re-extraction with newer rules; a review whose claim no longer exists stays in
the log and the export.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from armstrace.model import ArmstraceError, ClaimType, ItemClass, Modality, Status
from armstrace.services import screening
from armstrace.services.querying import claims_page, entity_dossier, resolve_entity
from armstrace.services.serialize import claim_json
from armstrace.store import Store
from armstrace.store.reviews import Review, ReviewAction, ReviewLog

__all__ = [
    "CORRECTABLE_FIELDS",
    "claim_anchor",
    "export_reviews",
    "find_claim",
    "merged_into",
    "name_sources",
    "overlay_claims",
    "plain_claims",
    "plain_claims_page",
    "review_claim",
    "review_entities",
    "review_json",
    "reviewed_dossier",
    "reviews_page",
    "sanctions_summary",
]


CORRECTABLE_FIELDS = (
    "subject",
    "object",
    "item",
    "item_class",
    "time",
    "quantity",
    "status",
    "modality",
    "location",
)
_ENUM_FIELDS: dict[str, type[ItemClass] | type[Status] | type[Modality]] = {
    "item_class": ItemClass,
    "status": Status,
    "modality": Modality,
}
_VERDICT = {ReviewAction.ACCEPT: "accepted", ReviewAction.REJECT: "rejected"}


def _log(store: Store) -> ReviewLog:
    return ReviewLog(store.engine)


def _ref_id(value: object) -> str | None:
    if isinstance(value, Mapping):
        ref = value.get("id")
        return str(ref) if ref is not None else None
    return None


def claim_anchor(claim: Mapping[str, Any]) -> str:
    """A stable key for what a claim says, independent of its row id."""
    parts = [
        claim["document"]["id"],
        claim["type"],
        _ref_id(claim.get("subject")),
        _ref_id(claim.get("object")),
        " ".join(str(claim.get("evidence") or "").split()),
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:40]


def review_json(review: Review) -> dict[str, Any]:
    return {
        "id": review.id,
        "created": review.created.isoformat(),
        "action": review.action.value,
        "reviewer": review.reviewer,
        "note": review.note,
        "claim_id": review.claim_id,
        "claim_anchor": review.claim_anchor,
        "document_id": review.document_id,
        "entity_id": review.entity_id,
        "target_entity_id": review.target_entity_id,
        "fields": dict(review.fields),
        "snapshot": dict(review.snapshot),
    }


def plain_claims(
    store: Store,
    *,
    entity_id: str | None = None,
    type: ClaimType | None = None,
    modality: Modality | None = None,
    document_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Claims as the machine stored them, without the cross-source assessment.

    The transfers register, the graph and review lookups need only what each claim says;
    the assessment (``querying.claims_page``) weighs every claim of every entity on the
    page, which costs seconds on a large corpus.
    """
    records, _ = store.claims(
        entity_id=entity_id,
        type=type,
        modality=modality,
        document_id=document_id,
        since=since,
        until=until,
        limit=limit,
    )
    return [claim_json(r) for r in records]


def plain_claims_page(store: Store, **filters: Any) -> dict[str, Any]:
    """``querying.claims_page`` without the assessment: the fast path for bulk readers."""
    return claims_page(store, assess=False, **filters)


def find_claim(store: Store, claim_id: int, *, document: str | None = None) -> dict[str, Any]:
    """The claim with this id as JSON (``document``, when given, must be its document)."""
    owner = _log(store).claim_document(claim_id)
    if owner is None or (document is not None and document != owner):
        raise ArmstraceError(
            "E603", f"no claim {claim_id}" + (f" in document {document}" if document else "")
        )
    for claim in plain_claims(store, document_id=owner, limit=100_000):
        if claim["id"] == claim_id:
            found: dict[str, Any] = claim
            return found
    raise ArmstraceError(
        "E603", f"no claim {claim_id}" + (f" in document {document}" if document else "")
    )


def _clean_corrections(store: Store, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ArmstraceError(
            "E604",
            f"cannot correct {', '.join(sorted(unknown))}; fields: {', '.join(CORRECTABLE_FIELDS)}",
        )
    clean: dict[str, Any] = {}
    for name, raw in fields.items():
        value = raw.strip() if isinstance(raw, str) else raw
        if value in (None, ""):
            continue
        if name in _ENUM_FIELDS:
            kind = _ENUM_FIELDS[name]
            allowed = [m.value for m in kind]
            if value not in allowed:
                raise ArmstraceError("E604", f"{name} must be one of: {', '.join(allowed)}")
        elif name == "quantity":
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ArmstraceError("E604", f"quantity must be a number, not {raw!r}") from None
        elif name in ("subject", "object", "location"):
            entity_id = resolve_entity(store, str(value))
            record = store.entity(entity_id) if entity_id else None
            value = (
                {"id": record.entity.id, "name": record.entity.name}
                if record is not None
                else {"id": None, "name": str(value)}
            )
        clean[name] = value
    if not clean:
        raise ArmstraceError("E604", "a correction needs at least one corrected field")
    return clean


def review_claim(
    store: Store,
    claim_id: int,
    action: str,
    *,
    document: str | None = None,
    fields: Mapping[str, Any] | None = None,
    note: str | None = None,
    reviewer: str | None = None,
) -> dict[str, Any]:
    """Record an analyst's accept/reject/correct of one claim; returns the review."""
    try:
        kind = ReviewAction(action)
    except ValueError:
        kind = None
    if kind not in (ReviewAction.ACCEPT, ReviewAction.REJECT, ReviewAction.CORRECT):
        raise ArmstraceError(
            "E605", f"unknown claim review {action!r}; one of: accept, reject, correct"
        )
    claim = find_claim(store, claim_id, document=document)
    corrections = _clean_corrections(store, fields or {}) if kind is ReviewAction.CORRECT else {}
    review = _log(store).add(
        kind,
        reviewer=reviewer,
        note=note or None,
        claim_id=claim_id,
        claim_anchor=claim_anchor(claim),
        document_id=claim["document"]["id"],
        entity_id=_ref_id(claim.get("subject")),
        target_entity_id=_ref_id(claim.get("object")),
        fields=corrections,
        snapshot=claim,
    )
    return review_json(review)


def review_entities(
    store: Store,
    action: str,
    entity: str,
    *,
    into: str | None = None,
    names: Iterable[str] = (),
    note: str | None = None,
    reviewer: str | None = None,
) -> dict[str, Any]:
    """Merge ``entity`` into ``into``, or split it: from the entity it was merged into
    (``into``), or split off ``names`` that belong to some other real-world entity."""
    if action not in (ReviewAction.MERGE.value, ReviewAction.SPLIT.value):
        raise ArmstraceError("E605", f"unknown entity review {action!r}; one of: merge, split")
    entity_id = resolve_entity(store, entity)
    if entity_id is None:
        raise ArmstraceError("E606", f"no entity {entity!r}")
    target_id = None
    if into:
        target_id = resolve_entity(store, into)
        if target_id is None:
            raise ArmstraceError("E606", f"no entity {into!r}")
        if target_id == entity_id:
            raise ArmstraceError("E607", "an entity cannot be merged into or split from itself")
    split_names = sorted({n.strip() for n in names if n.strip()})
    if action == ReviewAction.MERGE.value:
        if target_id is None:
            raise ArmstraceError("E607", "say which entity to merge into")
        if merged_into(store, target_id) == entity_id:
            raise ArmstraceError("E607", "that merge would make a cycle; split the other first")
    elif target_id is None and not split_names:
        raise ArmstraceError(
            "E607", "a split needs the entity it was merged into, or names to split off"
        )
    review = _log(store).add(
        ReviewAction(action),
        reviewer=reviewer,
        note=note or None,
        entity_id=entity_id,
        target_entity_id=target_id,
        fields={"names": split_names} if split_names else {},
    )
    return review_json(review)


def _merge_map(reviews: Iterable[Review]) -> dict[str, str]:
    """entity -> entity it is merged into, after later splits undid earlier merges."""
    merged: dict[str, str] = {}
    for review in reviews:
        if review.entity_id is None:
            continue
        if review.action is ReviewAction.MERGE and review.target_entity_id:
            merged[review.entity_id] = review.target_entity_id
        elif (
            review.action is ReviewAction.SPLIT
            and review.target_entity_id
            and merged.get(review.entity_id) == review.target_entity_id
        ):
            del merged[review.entity_id]
    return merged


def merged_into(store: Store, entity_id: str) -> str | None:
    """The entity an analyst merged this one into (following chains), or None."""
    merged = _merge_map(_log(store).entity_reviews())
    seen = {entity_id}
    current = merged.get(entity_id)
    while current is not None and current in merged and merged[current] not in seen:
        seen.add(current)
        current = merged[current]
    return current


def name_sources(store: Store, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims whose attributions carry a ``name`` where the source is a stored entity
    (sources are entity ids after resolution; people read names)."""
    names = _log(store).entity_names(
        a["source"] for claim in claims for a in claim.get("attribution", [])
    )
    out = []
    for claim in claims:
        attribution = [
            {**a, "name": names.get(a["source"], a["source"])} for a in claim.get("attribution", [])
        ]
        out.append({**claim, "attribution": attribution})
    return out


def overlay_claims(store: Store, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claim with a ``review`` key: the analyst's verdict and corrections, if any,
    and its sources named. The machine's values are left as they are; pages show both.
    """
    claims = name_sources(store, claims)
    anchors = {id(c): claim_anchor(c) for c in claims}
    found: dict[str, list[Review]] = {}
    for review in _log(store).for_anchors(anchors.values()):
        assert review.claim_anchor is not None
        found.setdefault(review.claim_anchor, []).append(review)
    out = []
    for claim in claims:
        history = found.get(anchors[id(claim)], [])
        verdict: str | None = None
        corrections: dict[str, Any] = {}
        for review in history:
            if review.action in _VERDICT:
                verdict = _VERDICT[review.action]
            elif review.action is ReviewAction.CORRECT:
                corrections.update(review.fields)
                verdict = verdict or "corrected"
        out.append(
            {
                **claim,
                "review": {
                    "verdict": verdict,
                    "corrections": corrections,
                    "reviews": [r.id for r in history],
                    "notes": [r.note for r in history if r.note],
                }
                if history
                else None,
            }
        )
    return out


def sanctions_summary(store: Store, entity_id: str) -> dict[str, Any]:
    """Sanctions status and ownership exposure from the screening service, with the
    lists it was screened against: with no list loaded the answer is "not screened",
    never "clear"."""
    try:
        lists = screening.lists_json(store)
        status = screening.sanctions_status(store, entity_id)
    except ArmstraceError as exc:
        return {"entity_id": entity_id, "status": "unknown", "error": exc.message, "lists": []}
    if not lists:
        status = {**status, "status": "not screened"}
    return {**status, "lists": [f"{info['name']} (version {info['version']})" for info in lists]}


def reviewed_dossier(store: Store, name_or_id: str) -> dict[str, Any] | None:
    """The entity dossier with analyst reviews folded in and sanctions status beside it.

    Entities merged into this one by an analyst contribute their claims (marked with
    where they came from); an entity merged away says where it went.
    """
    dossier = entity_dossier(store, name_or_id)
    if dossier is None:
        return None
    entity_id = dossier["entity"]["id"]
    reviews = _log(store).entity_reviews()
    merged = _merge_map(reviews)
    sources = sorted(e for e, target in merged.items() if target == entity_id)
    claims_by_type: dict[str, list[dict[str, Any]]] = {
        kind: list(items) for kind, items in dossier["claims_by_type"].items()
    }
    merged_from = []
    seen = {c["id"] for items in claims_by_type.values() for c in items}
    for other in sources:
        extra = entity_dossier(store, other)
        if extra is None:
            continue
        merged_from.append({"id": extra["entity"]["id"], "name": extra["entity"]["name"]})
        for kind, items in extra["claims_by_type"].items():
            for claim in items:
                if claim["id"] not in seen:
                    seen.add(claim["id"])
                    claims_by_type.setdefault(kind, []).append({**claim, "merged_from": other})
    for kind, items in claims_by_type.items():
        claims_by_type[kind] = overlay_claims(store, items)
    target = merged_into(store, entity_id)
    target_record = store.entity(target) if target else None
    split_off = sorted(
        {
            name
            for r in reviews
            if r.action is ReviewAction.SPLIT and r.entity_id == entity_id
            for name in r.fields.get("names", [])
        }
    )
    entity_reviews = [
        review_json(r) for r in reviews if entity_id in (r.entity_id, r.target_entity_id)
    ]
    timeline = sorted(
        (
            {"time": c["time"], "type": c["type"], "claim": c["id"], "item": c.get("item")}
            for items in claims_by_type.values()
            for c in items
            if c.get("time")
        ),
        key=lambda t: str(t["time"]),
    )
    related = [
        rel.get(role)
        for rel in dossier.get("relations", [])
        for role in ("subject", "object")
        if isinstance(rel.get(role), str)
    ]
    return {
        **dossier,
        "names": _log(store).entity_names(related),
        "claims_by_type": claims_by_type,
        "timeline": timeline,
        "sanctions": sanctions_summary(store, entity_id),
        "merged_into": (
            {"id": target_record.entity.id, "name": target_record.entity.name}
            if target_record
            else None
        ),
        "merged_from": merged_from,
        "split_off_names": split_off,
        "entity_reviews": entity_reviews,
    }


def reviews_page(
    store: Store,
    *,
    action: str | None = None,
    entity: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    kind = None
    if action:
        try:
            kind = ReviewAction(action)
        except ValueError:
            raise ArmstraceError(
                "E605",
                f"unknown review action {action!r}; one of: {', '.join(ReviewAction)}",
            ) from None
    entity_id = resolve_entity(store, entity) if entity else None
    if entity and entity_id is None:
        return {"items": [], "total": 0, "limit": limit, "offset": offset}
    items, total = _log(store).page(action=kind, entity_id=entity_id, limit=limit, offset=offset)
    return {
        "items": [review_json(r) for r in items],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


def export_reviews(store: Store) -> list[dict[str, Any]]:
    """Every review ever made, oldest first, for JSON lines export and re-import."""
    return [review_json(r) for r in _log(store).all()]
