"""Assessment use cases: syndication on ingest, relations with their status, watchlists,
alerts and feeds.

The assess stage is pure; this module feeds it stored claims with their documents'
syndication origins, keeps relation states between runs, and turns changes into
alerts for watched entities.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from armstrace.assess import SyndicationIndex, assess_claims, credited_outlet, signature
from armstrace.model import (
    AssessedClaim,
    ClaimRecord,
    Relation,
)
from armstrace.store import Store
from armstrace.store.assessing import AssessmentLog, Signature

__all__ = [
    "after_ingest",
    "alerts",
    "assessment_log",
    "claim_assessments",
    "record_signatures",
    "relation_json",
    "relations",
    "stored_relations",
    "watch_add",
    "watch_list",
    "watch_remove",
]

_ALL = 1_000_000


def assessment_log(store: Store) -> AssessmentLog:
    return AssessmentLog(store.engine)


def _index(log: AssessmentLog) -> SyndicationIndex:
    index = SyndicationIndex()
    for s in log.signatures():
        index.add(s.document_id, hashvalues=s.hashvalues, size=s.size, origin=s.origin)
    return index


def record_signatures(store: Store) -> int:
    """Give every document without one its syndication origin and credited outlet.

    Runs over all unsigned documents, not only this run's, so a run that was killed
    before this step is made whole by the next one.
    """
    log = assessment_log(store)
    unsigned = log.unsigned_documents()
    if not unsigned:
        return 0
    index = _index(log)
    documents = [found[0] for found in map(store.document, unsigned) if found is not None]
    rows = []
    for doc in sorted(documents, key=lambda d: (d.published or dt.date.max, d.id)):
        if doc.id in index:
            continue
        values, size = signature(doc.text)
        origin = index.add(doc.id, hashvalues=values, size=size)
        rows.append(Signature(doc.id, tuple(values), size, origin, credited_outlet(doc.text)))
    log.save_signatures(rows)
    return len(rows)


def _assessed(store: Store, records: Iterable[ClaimRecord]) -> list[AssessedClaim]:
    origins = assessment_log(store).origins()
    types: dict[str, tuple[str, str, str | None] | None] = {}

    def lookup(source: str | None) -> tuple[str, str, str | None] | None:
        if source is None or source == "article" or " " in source:
            return None
        if source not in types:
            rec = store.entity(source)
            types[source] = (
                (rec.entity.type.value, rec.entity.name, rec.entity.country) if rec else None
            )
        return types[source]

    out = []
    for r in records:
        known = {a.source: lookup(a.source) for a in r.claim.attribution}
        party_countries = {
            t[2] for t in (lookup(r.claim.subject), lookup(r.claim.object)) if t and t[2]
        }
        # a government speaks for the firms of its country: its denial is a party's
        party = tuple(
            s for s, t in known.items() if t and t[0] == "country" and t[2] in party_countries
        )
        origin, credited = origins.get(r.document.id, (r.document.id, None))
        out.append(
            AssessedClaim(
                claim_id=r.id,
                claim=r.claim,
                document_id=r.document.id,
                published=r.document.published,
                origin=origin,
                credited=credited,
                source_types=tuple((s, t[0]) for s, t in known.items() if t),
                source_names=tuple((s, t[1]) for s, t in known.items() if t),
                party_sources=party,
            )
        )
    return out


def relations(store: Store, *, entity_id: str | None = None) -> list[Relation]:
    """Relations across all stored articles (or those involving one entity)."""
    records, _ = store.claims(entity_id=entity_id, limit=_ALL)
    return assess_claims(_assessed(store, records))


def _relations_of(store: Store, entity_ids: Iterable[str]) -> list[Relation]:
    """Every relation with one of ``entity_ids`` as subject or object.

    All claims of a relation share its subject and object, so loading the claims of
    those entities loads every relation whole.
    """
    wanted = set(entity_ids)
    pool: dict[int, ClaimRecord] = {}
    for eid in sorted(wanted):
        more, _ = store.claims(entity_id=eid, limit=_ALL)
        pool.update((m.id, m) for m in more)
    return [
        rel
        for rel in assess_claims(_assessed(store, pool.values()))
        if rel.subject in wanted or rel.object in wanted
    ]


def claim_assessments(store: Store, records: Sequence[ClaimRecord]) -> dict[int, dict[str, Any]]:
    """The stored assessment of each claim's relation (made at ingest), by claim id."""
    stored = assessment_log(store).claim_assessments(r.id for r in records)
    return {cid: json.loads(data) for cid, (_key, data) in stored.items()}


def stored_relations(store: Store, records: Sequence[ClaimRecord]) -> list[dict[str, Any]]:
    """The relations the given claims belong to, each once, most sourced first."""
    seen: dict[str, dict[str, Any]] = {}
    for data in claim_assessments(store, records).values():
        seen.setdefault(data["key"], data)
    return sorted(seen.values(), key=lambda d: (-d["independent_sources"], -d["confidence"]))


def relation_json(rel: Relation) -> dict[str, Any]:
    return {
        "key": rel.key,
        "type": rel.type.value,
        "subject": rel.subject,
        "object": rel.object,
        "item": rel.item,
        "time": rel.time,
        "claims": list(rel.claim_ids),
        "sources": list(rel.documents),
        "independent_sources": rel.independent_sources,
        "assessment": rel.assessment.value,
        "confidence": rel.confidence,
        "reason": rel.reason,
        "first_reported": rel.first_reported.isoformat() if rel.first_reported else None,
        "last_reported": rel.last_reported.isoformat() if rel.last_reported else None,
        "refers_to": list(rel.refers_to),
        "history": [
            {
                "date": h.date.isoformat() if h.date else None,
                "assessment": h.assessment.value,
                "independent_sources": h.independent_sources,
                "reason": h.reason,
            }
            for h in rel.history
        ],
        "source_notes": [
            {
                "source": s.source,
                "kind": s.kind.value,
                "stance": s.stance.value,
                "document": s.document_id,
            }
            for s in rel.sources
        ],
    }


def _watched_ids(store: Store) -> dict[str, str]:
    """entity id -> the watch name that covers it."""
    out: dict[str, str] = {}
    for w in assessment_log(store).watches():
        for rec in store.find_entities(w.name):
            out.setdefault(rec.entity.id, w.name)
    return out


def after_ingest(store: Store) -> int:
    """Assess what new claims changed; alert on watched entities. Returns alerts made.

    Works from what is stored, not from one run's documents: every claim without a
    stored assessment (new, or left by a run killed before this step) has its parties'
    relations assessed again. Relation states are kept between runs, so a relation not
    seen before is new, and a changed assessment or claim count is a change.
    """
    record_signatures(store)
    log = assessment_log(store)
    touched = log.unassessed_entities()
    if not touched:
        return 0
    rels = _relations_of(store, touched)
    log.save_claim_assessments(
        {
            cid: (rel.key, json.dumps(relation_json(rel), ensure_ascii=False))
            for rel in rels
            for cid in rel.claim_ids
        }
    )
    watched = _watched_ids(store)
    before = log.relation_states()
    made: list[dict[str, str | None]] = []
    for rel in rels:
        parties = [p for p in (rel.subject, rel.object) if p in watched]
        if not parties:
            continue
        old = before.get(rel.key)
        what = f"{rel.type.value} {rel.subject or '?'} -> {rel.object or '-'} [{rel.item or ''}]"
        if old is None:
            kind, message = "new_claim", f"new claim: {what} ({rel.reason})"
        elif old[0] != rel.assessment.value:
            kind, message = "status_change", f"{what}: {old[0]} -> {rel.assessment.value}"
        elif old[2] != len(rel.claim_ids):
            kind, message = "new_source", f"{what}: another source ({rel.reason})"
        else:
            continue
        made.append(
            {
                "kind": kind,
                "watch": watched[parties[0]],
                "entity_id": parties[0],
                "relation_key": rel.key,
                "message": message,
            }
        )
    log.set_relation_states(
        {r.key: (r.assessment.value, r.independent_sources, len(r.claim_ids)) for r in rels}
    )
    return log.add_alerts(made)


def watch_add(store: Store, name: str) -> bool:
    return assessment_log(store).add_watch(name.strip())


def watch_remove(store: Store, name: str) -> bool:
    return assessment_log(store).remove_watch(name.strip())


def watch_list(store: Store) -> list[dict[str, Any]]:
    out = []
    for w in assessment_log(store).watches():
        matches = [r.entity.id for r in store.find_entities(w.name)]
        out.append({"name": w.name, "created": w.created.isoformat(), "entities": matches})
    return out


def alerts(
    store: Store, *, unseen_only: bool = False, mark_seen: bool = False
) -> list[dict[str, Any]]:
    log = assessment_log(store)
    found = log.alerts(unseen_only=unseen_only)
    if mark_seen and found:
        log.mark_seen(a.id for a in found)
    return [
        {
            "id": a.id,
            "created": a.created.isoformat(),
            "kind": a.kind,
            "watch": a.watch,
            "entity_id": a.entity_id,
            "relation": a.relation_key,
            "message": a.message,
            "seen": a.seen,
        }
        for a in found
    ]
