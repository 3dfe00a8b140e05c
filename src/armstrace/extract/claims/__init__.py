"""Claim rules: read claims out of a parsed document.

``find_claims`` runs every rule module over each sentence once (verbs and nouns by
lemma), fills in modality, attribution, time and quantity from around each trigger,
attaches denials, and merges repeats. Roles are mention keys; resolution maps them to
entities later. The rules are described in docs/EXTRACTION.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from armstrace.extract.claims.attribution import source_of
from armstrace.extract.claims.context import DocContext
from armstrace.extract.claims.denial import apply_denials, denial_stance
from armstrace.extract.claims.discourse import discourse_drafts
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.gapping import remnant_time
from armstrace.extract.claims.merge import merge_claims
from armstrace.extract.claims.modality import modality_of
from armstrace.extract.claims.quantity import quantity_for
from armstrace.extract.claims.release import release_voice
from armstrace.extract.claims.timing import time_of
from armstrace.extract.claims.triggers import drafts_in
from armstrace.model import Attribution, Claim, ClaimType, Mention, Modality, Stance

__all__ = ["find_claims"]

_NO_QUANTITY = frozenset({ClaimType.OWNERSHIP, ClaimType.SANCTION})


def _object_head(d: Draft, ctx: DocContext) -> Any:
    """The head word of the claim's object mention, so that in a list of recipients
    or sanctioned parties each with its own date the claim takes its object's."""
    m = ctx.mentions.get(d.object) if d.object is not None else None
    if m is None:
        return None
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else span.root


def _time(d: Draft, ctx: DocContext, published: dt.date | None) -> str | None:
    """A counted list member's own date, else the date the timing rules read."""
    own = remnant_time(d, ctx, published)
    return own if own is not None else time_of(d, published, anchor=_object_head(d, ctx))


def _claim(d: Draft, ctx: DocContext, published: dt.date | None) -> Claim:
    sent = d.trigger.sent
    text = sent.text
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    sources = source_of(d.trigger, ctx)
    stance = denial_stance(d)
    atts = tuple(Attribution(s, stance) for s in sources)
    if stance == Stance.DENIES and sources == ["article"] and d.subject is not None:
        atts = (Attribution(d.subject, Stance.DENIES),)
    modality = modality_of(d.trigger)
    if stance == Stance.DENIES:
        modality = Modality.ASSERTED
    quantity = None if d.type in _NO_QUANTITY and d.count is None else quantity_for(d)
    return Claim(
        type=d.type,
        evidence=stripped,
        subject=d.subject,
        object=d.object,
        item=d.item,
        item_class=d.item_class,
        location=d.location,
        time=None if d.timeless else _time(d, ctx, published),
        quantity=quantity,
        status=d.status if d.type == ClaimType.TRANSFER and stance == Stance.ASSERTS else None,
        modality=modality,
        attribution=atts,
        used_in=d.used_in,
        evidence_start=start,
    )


def find_claims(
    doc: Any,
    mentions: Sequence[Mention],
    published: dt.date | None,
    publisher: str | None = None,
) -> list[Claim]:
    """Claims in ``doc`` (a spaCy Doc whose text is the Document's text); roles are mention
    keys. ``publisher`` tells an official release (whose allegations are its issuer's)
    from a news story."""
    ctx = DocContext(doc, mentions)
    claims: list[Claim] = []
    earlier: list[Draft] = []  # drafts so far, for deliveries that continue one
    for sent in doc.sents:
        drafts = drafts_in(sent, ctx)
        earlier += drafts
        drafts += discourse_drafts(sent, ctx, earlier)
        for d in drafts:
            claims.append(_claim(d, ctx, published))

    def name(key: str | None) -> str:
        if key is None:
            return ""
        return ctx.name(key) if key in ctx.mentions else key.lower()

    claims = merge_claims(claims, name)
    claims = apply_denials(claims, ctx)
    return release_voice(merge_claims(claims, name), publisher)
