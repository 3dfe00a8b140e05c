"""Group claims into relations and assess each one (the rules: docs/ASSESSMENT.md).

A relation is one claim key (type, subject, object, item, status) at one time: a 2022
delivery and a 2024 delivery are two relations. Claims without a date join the dated
relation of their key when there is exactly one, else stand as an undated relation.

Independence counts origins, not copies: every asserting source contributes the
origin of its document (its syndication cluster, or the outlet it credits), except a
named source (an entity), which is one origin wherever it is quoted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from armstrace.assess.keys import relation_key
from armstrace.assess.sources import source_kind
from armstrace.model import (
    AssessedClaim,
    Assessment,
    Modality,
    Relation,
    SourceKind,
    SourceNote,
    Stance,
    StatusChange,
)

__all__ = ["assess_claims", "assess_group", "confidence"]

_OFFICIAL_KINDS = {SourceKind.OFFICIAL}
_MODALITY_ORDER = [Modality.ASSERTED, Modality.HEDGED, Modality.SPECULATIVE]


def _year(time: str | None) -> str | None:
    return time[:4] if time else None


def _partition(
    members: list[AssessedClaim], facet: Callable[[AssessedClaim], str | None]
) -> list[list[AssessedClaim]]:
    """Split by ``facet``; members without a value join the only valued part, if one."""
    parts: dict[str | None, list[AssessedClaim]] = defaultdict(list)
    for c in members:
        parts[facet(c)].append(c)
    unknown = parts.pop(None, [])
    if len(parts) == 1 and unknown:
        next(iter(parts.values())).extend(unknown)
    elif unknown:
        parts[None] = unknown
    return list(parts.values())


def _groups(claims: Sequence[AssessedClaim]) -> list[list[AssessedClaim]]:
    by_key: dict[str, list[AssessedClaim]] = defaultdict(list)
    for c in claims:
        by_key[relation_key(c.claim)].append(c)
    groups: list[list[AssessedClaim]] = []
    for members in by_key.values():
        for same_status in _partition(
            members, lambda c: c.claim.status.value if c.claim.status else None
        ):
            groups.extend(_partition(same_status, lambda c: _year(c.claim.time)))
    return groups


def _notes(members: Iterable[AssessedClaim]) -> list[SourceNote]:
    notes: list[SourceNote] = []
    for c in members:
        types = dict(c.source_types)
        names = dict(c.source_names)
        for a in c.claim.attribution:
            kind = (
                SourceKind.PARTY
                if a.source in c.party_sources
                else source_kind(
                    a.source,
                    c.claim,
                    entity_type=types.get(a.source),
                    entity_name=names.get(a.source),
                )
            )
            named = a.source in types
            origin = (
                f"entity:{a.source}"
                if named
                else (f"outlet:{c.credited}" if c.credited else f"doc:{c.origin}")
            )
            notes.append(
                SourceNote(
                    source=names.get(a.source, a.source),
                    kind=kind,
                    stance=a.stance,
                    origin=origin,
                    document_id=c.document_id,
                    published=c.published,
                    modality=c.claim.modality,
                )
            )
    return notes


def _is_party_denial(n: SourceNote) -> bool:
    return n.stance is Stance.DENIES and n.kind is SourceKind.PARTY


def confidence(
    independent: int,
    *,
    official: bool,
    documents: bool,
    modality: Modality,
    assessment: Assessment,
) -> tuple[float, str]:
    """A 0..1 score and the words that explain it, from the facts already counted."""
    why: list[str] = []
    if independent <= 0:
        score = 0.1
        why.append("no source asserts it")
    elif independent == 1:
        score = 0.4
        why.append("one independent source (0.40)")
    elif independent == 2:
        score = 0.6
        why.append("two independent sources (0.60)")
    else:
        score = min(0.85, 0.7 + 0.05 * (independent - 3))
        why.append(f"{independent} independent sources ({score:.2f})")
    if official:
        score += 0.15
        why.append("an official source asserts it (+0.15)")
    if documents:
        score += 0.05
        why.append("documents are cited (+0.05)")
    if modality is Modality.HEDGED:
        score -= 0.10
        why.append("only reported with a hedge (-0.10)")
    elif modality is Modality.SPECULATIVE:
        score -= 0.25
        why.append("only stated as a possibility (-0.25)")
    if assessment is Assessment.DISPUTED:
        score -= 0.15
        why.append("a party denies it (-0.15)")
    elif assessment is Assessment.CONTRADICTED:
        score -= 0.20
        why.append("another source contradicts it (-0.20)")
    elif assessment is Assessment.RETRACTED:
        score = 0.05
        why.append("a source that asserted it later denied it (0.05)")
    score = round(max(0.0, min(1.0, score)), 2)
    return score, "; ".join(why)


def _judge(notes: Sequence[SourceNote]) -> tuple[Assessment, int, float, str]:
    asserting = [n for n in notes if n.stance is Stance.ASSERTS]
    denying = [n for n in notes if n.stance is Stance.DENIES]
    independent = len({n.origin for n in asserting})
    official = [n for n in asserting if n.kind in _OFFICIAL_KINDS]
    retracted = [
        d
        for d in denying
        if any(a.source == d.source and _before(a.published, d.published) for a in asserting)
    ]
    party_denials = [n for n in denying if _is_party_denial(n)]
    if retracted:
        verdict = Assessment.RETRACTED
        reason = f"retracted: {retracted[0].source} asserted it, then denied it"
    elif party_denials:
        verdict = Assessment.DISPUTED
        reason = "disputed: denied by " + ", ".join(sorted({n.source for n in party_denials}))
    elif denying:
        verdict = Assessment.CONTRADICTED
        reason = "contradicted by " + ", ".join(sorted({n.source for n in denying}))
    elif official:
        verdict = Assessment.OFFICIALLY_CONFIRMED
        reason = "officially confirmed by " + ", ".join(sorted({n.source for n in official}))
    elif independent >= 2:
        verdict = Assessment.CORROBORATED
        reason = f"corroborated by {independent} independent sources"
    else:
        verdict = Assessment.SINGLE_SOURCE
        reason = "a single source" if independent == 1 else "no asserting source"
    best = min(
        (n.modality for n in asserting), key=_MODALITY_ORDER.index, default=Modality.ASSERTED
    )
    score, why = confidence(
        independent,
        official=bool(official),
        documents=any(n.kind is SourceKind.DOCUMENTS for n in asserting),
        modality=best,
        assessment=verdict,
    )
    return verdict, independent, score, f"{reason}. Confidence {score:.2f}: {why}."


def _before(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and a < b


def assess_group(members: Sequence[AssessedClaim]) -> Relation:
    """One relation from the claims that state it, with its timeline."""
    first = members[0].claim
    notes = _notes(members)
    verdict, independent, score, reason = _judge(notes)
    dates = sorted({c.published for c in members if c.published})
    history: list[StatusChange] = []
    for day in [*dates, *([None] if any(c.published is None for c in members) else [])]:
        seen = [n for n in notes if day is None or (n.published is not None and n.published <= day)]
        v, ind, _, r = _judge(seen)
        if not history or history[-1].assessment is not v or history[-1].independent_sources != ind:
            history.append(StatusChange(date=day, assessment=v, independent_sources=ind, reason=r))
    times = sorted({c.claim.time for c in members if c.claim.time})
    items = [c.claim.item for c in members if c.claim.item]
    statuses = sorted({c.claim.status.value for c in members if c.claim.status})
    year = _year(times[0]) if times else None
    return Relation(
        key="|".join([relation_key(first), statuses[0] if statuses else "-", year or "-"]),
        type=first.type,
        subject=first.subject,
        object=first.object,
        item=min(items, key=len) if items else None,
        time=times[0] if times else None,
        claim_ids=tuple(c.claim_id for c in members),
        documents=tuple(dict.fromkeys(c.document_id for c in members)),
        sources=tuple(notes),
        independent_sources=independent,
        assessment=verdict,
        confidence=score,
        reason=reason,
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
        refers_to=tuple(times),
        history=tuple(history),
    )


def assess_claims(claims: Iterable[AssessedClaim]) -> list[Relation]:
    """Every relation the claims state, most independently sourced first."""
    groups = _groups(list(claims))
    relations = [assess_group(g) for g in groups]
    relations.sort(key=lambda r: (-r.independent_sources, -r.confidence, r.key))
    return relations
