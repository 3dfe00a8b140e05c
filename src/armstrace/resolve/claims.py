"""Claims after resolution: roles as entity ids, one claim per statement.

An article often states the same thing twice ("Kupol developed the G3 ... the G3,
developed by IEMZ Kupol"); once mentions are entities those become equal claims, and
SCHEMA.md counts them as one claim carrying every attribution it got.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from armstrace.model import Attribution, Claim, ClaimType, Modality, Status
from armstrace.resolve.normalize import normalize_name

__all__ = ["item_key", "merge_claims", "rewrite_claim"]

_STRENGTH = {m: i for i, m in enumerate(Modality)}  # asserted first
# Roles a claim cannot do without (SCHEMA.md "A claim needs its named parties").
_REQUIRED: dict[ClaimType, tuple[str, ...]] = {
    ClaimType.TRANSFER: ("object",),
    ClaimType.SANCTION: ("subject", "object"),
    ClaimType.OWNERSHIP: ("subject", "object"),
}
# What extraction's mention keys look like: a source of this shape that is not a
# mention of the document is a dangling reference, not the source's words.
_MENTION_KEY = re.compile(r"^m\d+$")
# Claims between two parties that make no sense from an entity to itself.
_TWO_PARTY = frozenset({ClaimType.TRANSFER, ClaimType.SANCTION, ClaimType.OWNERSHIP})


def rewrite_claim(claim: Claim, ids: Mapping[str, str]) -> Claim | None:
    """The claim with mention keys replaced by entity ids, or None if it lost a party.

    ``subject``, ``object`` and ``location`` that are mention keys without an entity
    become None; ``used_in`` and attribution sources that are not mention keys are
    words and stay as they are; a source that is a key of no mention is dropped. A
    claim left without a required party, or with one entity on both sides of a
    transfer, sanction or ownership, is dropped.
    """

    def role(value: str | None) -> str | None:
        if value is None:
            return None
        return ids.get(value)

    used_in = claim.used_in
    if used_in is not None and used_in in ids:
        used_in = ids[used_in]
    attribution = tuple(
        replace(a, source=ids.get(a.source, a.source))
        for a in claim.attribution
        if a.source in ids or not _MENTION_KEY.match(a.source)
    )
    out = replace(
        claim,
        subject=role(claim.subject),
        object=role(claim.object),
        location=role(claim.location),
        used_in=used_in,
        attribution=attribution or (Attribution("article"),),
    )
    for name in _REQUIRED.get(out.type, ()):
        if getattr(out, name) is None:
            return None
    if out.type in _TWO_PARTY and out.subject is not None and out.subject == out.object:
        return None
    return out


def item_key(item: str | None) -> str:
    """An item's words without case, punctuation or spaces ("Garpiya-3" = "garpiya 3")."""
    return normalize_name(item).replace(" ", "") if item else ""


def _item_identity(item: str | None, items: Mapping[str, str]) -> str:
    """The item's entity where it names one, else its key.

    A named system followed by its category noun ("Shahed-136 drones", "Leopard 2
    tanks") is the named system: articles say both for one thing, and two claims for
    it would be one claim counted twice.
    """
    key = item_key(item)
    if key in items or not item:
        return items.get(key, key)
    words = normalize_name(item).split()
    for cut in (1, 2):
        if len(words) > cut and "".join(words[:-cut]) in items:
            return items["".join(words[:-cut])]
    return key


def _identity(claim: Claim, items: Mapping[str, str]) -> tuple[object, ...]:
    item = _item_identity(claim.item, items)
    return (claim.type, claim.subject, claim.object, item, claim.time, claim.status)


def merge_claims(claims: Sequence[Claim], items: Mapping[str, str] | None = None) -> list[Claim]:
    """One claim per (type, subject, object, normalised item, time, status).

    ``items`` optionally maps an :func:`item_key` to an entity id, so that an item named
    two ways ("Garpiya-3", "G3") is one item.

    Attributions are unioned in order of appearance (one per source and stance), the
    modality is the strongest any statement gives (asserted > hedged > speculative),
    the first claim's evidence is kept, and empty fields are filled from later ones.
    Claims whose quantities differ stay apart: they report separate events.
    """
    merged: list[Claim] = []
    index: dict[tuple[object, ...], list[int]] = {}
    for claim in claims:
        ident = _identity(claim, items or {})
        slot = next(
            (
                i
                for i in index.get(ident, [])
                if merged[i].quantity is None
                or claim.quantity is None
                or merged[i].quantity == claim.quantity
            ),
            None,
        )
        if slot is None:
            index.setdefault(ident, []).append(len(merged))
            merged.append(_dedupe(claim))
            continue
        merged[slot] = _combine(merged[slot], claim)
    return merged


def _dedupe(claim: Claim) -> Claim:
    return replace(claim, attribution=_union(claim.attribution, ()))


def _union(first: Sequence[Attribution], second: Sequence[Attribution]) -> tuple[Attribution, ...]:
    seen: dict[tuple[str, object], Attribution] = {}
    for a in (*first, *second):
        seen.setdefault((a.source, a.stance), a)
    return tuple(seen.values())


def _combine(kept: Claim, other: Claim) -> Claim:
    modality = min(kept.modality, other.modality, key=lambda m: _STRENGTH[m])
    status: Status | None = kept.status or other.status
    return replace(
        kept,
        attribution=_union(kept.attribution, other.attribution),
        modality=modality,
        status=status,
        item_class=kept.item_class or other.item_class,
        location=kept.location or other.location,
        quantity=kept.quantity if kept.quantity is not None else other.quantity,
        used_in=kept.used_in or other.used_in,
        share=kept.share if kept.share is not None else other.share,
        evidence_start=kept.evidence_start
        if kept.evidence_start is not None
        else other.evidence_start,
    )
