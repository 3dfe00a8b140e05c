"""Rules propose, the model decides: keep the rule claims and extra candidates the
trained model accepts, with their attributes read by the claim rules' own helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from armstrace.extract.claims.attribution import source_of
from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.denial import denial_stance
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.items import classify
from armstrace.extract.claims.merge import merge_claims, norm_item
from armstrace.extract.claims.modality import modality_of
from armstrace.extract.claims.quantity import quantity_of
from armstrace.extract.claims.timing import time_of
from armstrace.extract.claims.transfer import status_of
from armstrace.extract.learned.candidates import Candidate, Party, propose
from armstrace.extract.learned.features import Featurizer
from armstrace.extract.learned.scoring import ClaimModel, load_model
from armstrace.model import (
    ITEM_CLAIM_TYPES,
    Attribution,
    Claim,
    ClaimType,
    Mention,
    Modality,
    Stance,
)

__all__ = [
    "candidate_claim",
    "extra_modality",
    "inherit",
    "refine_claims",
    "score_candidates",
    "select",
]

# Per sentence, one claim per item and this role (one supplier per item and recipient,
# one authority per target, one parent per subsidiary, one maker per item), unless the
# other parties are coordinated ("Germany and the Netherlands delivered ...").
_EXCLUSIVE_ROLE = {
    ClaimType.TRANSFER: "object",
    ClaimType.SANCTION: "object",
    ClaimType.OWNERSHIP: "subject",
    ClaimType.PRODUCTION: "",
    ClaimType.DEVELOPMENT: "",
    ClaimType.COMPONENT: "",
}


def score_candidates(
    doc: Any, mentions: Sequence[Mention], rule_claims: Sequence[Claim], model: ClaimModel
) -> tuple[DocContext, list[Candidate], npt.NDArray[np.float64]]:
    """Every candidate of the document with the model's probability that it is a claim."""
    ctx = DocContext(doc, mentions)
    cands = propose(doc, mentions, rule_claims, ctx)
    feats = Featurizer(doc, cands, ctx)
    return ctx, cands, model.probabilities([feats(c) for c in cands])


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "ROOT"})


def _item_slot(c: Candidate) -> object:
    """Which noun phrase the item is: "Shahed-136" and "drones" in "Shahed-136 drones"
    are one item, so only the better of the two candidates stands."""
    tok = c.item_tok
    if tok is None or c.trigger is None or tok.sent.start != c.sent.start:
        return norm_item(c.item)
    doc, end = tok.doc, c.sent.end
    words = set((c.item or "").split())
    for _ in range(4):
        if tok.dep_ in ("compound", "amod", "nmod", "appos", "nummod") and tok.head.i != tok.i:
            tok = tok.head
            continue
        last = tok.i
        while last + 1 < end and doc[last + 1].text in words:
            last += 1
        if (
            tok.dep_ not in _ARGUMENTS  # a designation the parser misattached
            and last + 1 < end
            and doc[last + 1].pos_ in ("NOUN", "PROPN")
        ):
            tok = doc[last + 1]
            continue
        break
    return tok.i


def select(
    cands: Sequence[Candidate],
    probs: npt.NDArray[np.float64],
    t_rule: float,
    t_extra: float,
    name: Callable[[str], str] | None = None,
) -> list[int]:
    """Indices of the candidates kept: above its threshold and, for an extra, not claiming
    a role of one item that a kept rule claim or a better extra of the sentence filled,
    nor repeating a kept claim of the same parties (by ``name``: the mentions' names,
    default their keys) under another name for its item."""
    who = name or (lambda key: key)
    order = sorted(range(len(cands)), key=lambda i: (cands[i].rule is None, -float(probs[i]), i))
    taken: dict[tuple[object, ...], list[Party | None]] = {}
    said: dict[tuple[object, ...], list[list[str]]] = {}  # items kept per type and parties
    kept: list[int] = []
    for i in order:
        c = cands[i]
        if probs[i] < (t_rule if c.rule is not None else t_extra):
            continue
        pair = (
            c.type,
            who(c.subject.key) if c.subject else "",
            who(c.object.key) if c.object else "",
        )
        words = _item_words(c.item)
        if c.rule is None and any(_same_item(words, w) for w in said.get(pair, [])):
            continue  # the same claim again, under another name for its item
        exclusive = _EXCLUSIVE_ROLE[c.type]
        role = c.subject if exclusive == "subject" else c.object if exclusive else None
        other = c.object if exclusive == "subject" else c.subject
        slot = (c.type, c.sent.start, _item_slot(c), role.key if role else None)
        holders = taken.setdefault(slot, [])
        if c.rule is None and holders and not all(_coordinated(other, h) for h in holders):
            continue
        holders.append(other)
        said.setdefault(pair, []).append(words)
        kept.append(i)
    return sorted(kept)


# head words too general to tell two items apart (the scorer's list, SCHEMA.md)
_GENERIC_HEADS = frozenset(
    {"component", "system", "part", "good", "item", "equipment", "weapon", "material",
     "product", "technology", "supply", "shipment", "cargo", "hardware", "unit"}
)  # fmt: skip


def _item_words(item: str | None) -> list[str]:
    return norm_item((item or "").replace("-", "")).split()


def _same_item(a: list[str], b: list[str]) -> bool:
    """Whether two item phrases would count as one claim's item: the same words, one
    inside the other with at most two words more, or the same specific head word
    ("Fath-360 missiles" and "ballistic missiles" in one article are one claim)."""
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) - len(short) <= 2 and any(
        long_[k : k + len(short)] == short for k in range(len(long_) - len(short) + 1)
    ):
        return True
    return a[-1] == b[-1] and a[-1] not in _GENERIC_HEADS and not a[-1].isdigit()


def _coordinated(a: Party | None, b: Party | None) -> bool:
    """Two parties named as one coordinated phrase in the sentence."""
    if a is None or b is None or a.via != "direct" or b.via != "direct" or a.key == b.key:
        return False
    return any(t.i == b.tok.i for t in a.tok.conjuncts)


# relations by which a noun trigger ("engineers", "deliveries") hangs under its verb
_NOUN_ARGS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "attr", "amod", "poss"}
)


def extra_modality(trigger: Token) -> Modality:
    """How firmly an extra is stated: the rules' cue scope over its trigger and, for a
    noun trigger, over the verb it is an argument of ("engineers have reportedly modified
    the drone" is hedged although "engineers" carries no cue of its own); likewise past
    an adjective ("could build a plant able to produce shells" is speculative)."""
    modality = modality_of(trigger)
    if modality != Modality.ASSERTED:
        return modality
    tok = trigger
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            break
        nominal = tok.dep_ in _NOUN_ARGS and tok.pos_ not in ("VERB", "AUX")
        # "a plant able to produce shells": the adjective has no scope of its own
        adjectival = (tok.dep_ == "xcomp" and head.pos_ == "ADJ") or (
            tok.pos_ == "ADJ" and tok.dep_ in ("advcl", "amod")
        )
        if not (nominal or adjectival):
            break
        tok = head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.i != trigger.i and tok.pos_ in ("VERB", "AUX"):
        return modality_of(tok)
    return modality


def candidate_claim(c: Candidate, ctx: DocContext, published: dt.date | None) -> Claim:
    """The claim a candidate stands for; a rule claim is returned as the rules made it."""
    if c.rule is not None:
        return c.rule
    trig = c.trigger
    subject = c.subject.key if c.subject else None
    obj = c.object.key if c.object else None
    has_item = c.type in ITEM_CLAIM_TYPES and c.item is not None
    d = Draft(
        type=c.type,
        trigger=trig,
        subject=subject,
        object=obj,
        item=c.item if has_item else None,
        item_tok=c.item_tok if has_item else None,
        item_class=classify(c.item, c.item_tok, ctx) if has_item and c.item else None,
        status=status_of(trig) if c.type == ClaimType.TRANSFER else None,
        used_in=c.used_in,
    )
    sources = source_of(trig, ctx)
    stance = denial_stance(d)
    atts = tuple(Attribution(s, stance) for s in sources)
    if stance == Stance.DENIES and sources == ["article"] and subject is not None:
        atts = (Attribution(subject, Stance.DENIES),)
    modality = Modality.ASSERTED if stance == Stance.DENIES else extra_modality(trig)
    quantity = quantity_of(c.item_tok) if has_item and c.item_tok is not None else None
    text = c.sent.text
    stripped = text.strip()
    return Claim(
        type=c.type,
        evidence=stripped,
        subject=subject,
        object=obj,
        item=d.item,
        item_class=d.item_class,
        time=time_of(d, published),
        quantity=quantity,
        status=d.status,
        modality=modality,
        attribution=atts,
        used_in=c.used_in,
        evidence_start=c.sent.start_char + (len(text) - len(text.lstrip())),
    )


def refine_claims(
    doc: Any,
    mentions: Sequence[Mention],
    published: dt.date | None,
    rule_claims: Sequence[Claim],
    *,
    model: ClaimModel | None = None,
) -> list[Claim]:
    """The claims the model keeps among the rule claims and the extra candidates.

    ``doc`` is the parsed spaCy Doc the mentions and rule claims were read from. Rule
    claims the model rejects are dropped; extras it accepts are added with attribution,
    modality, time, quantity and item class read as the rules read them; repeats merge.
    """
    model = model or load_model()
    ctx, cands, probs = score_candidates(doc, mentions, rule_claims, model)
    rule_by_trigger = {
        c.trigger.i: c.rule for c in cands if c.rule is not None and c.trigger is not None
    }
    kept = select(cands, probs, model.threshold_rule, model.threshold_extra, ctx.name)
    claims = [candidate_claim(cands[i], ctx, published) for i in kept]
    claims = [
        inherit(cl, cands[i], rule_by_trigger) if cands[i].rule is None else cl
        for cl, i in zip(claims, kept, strict=True)
    ]
    # a rule claim the generator could not place (no evidence offset) is kept as is
    placed = {id(c.rule) for c in cands if c.rule is not None}
    claims += [c for c in rule_claims if id(c) not in placed]

    def name(key: str | None) -> str:
        if key is None:
            return ""
        return ctx.name(key) if key in ctx.mentions else key.lower()

    # denials stated elsewhere reach an extra only through a rule claim on its trigger
    # (inherit): attaching them to every extra with the same parties, as the rules do for
    # their own claims, marked asserted extras as denied (corpus/train denial F1 0.68 -> 0.64)
    return merge_claims(claims, name)


def inherit(claim: Claim, c: Candidate, rule_by_trigger: dict[int, Claim]) -> Claim:
    """An extra read off the same trigger as a rule claim is stated as firmly, by the
    same sources with the same stance, as that rule claim: the rules have settled who
    says it and how (denials attached from other paragraphs included)."""
    rule = rule_by_trigger.get(c.trigger.i) if c.trigger is not None else None
    if rule is None:
        return claim
    status = claim.status if all(a.stance == Stance.ASSERTS for a in rule.attribution) else None
    return dataclasses.replace(
        claim, modality=rule.modality, attribution=rule.attribution, status=status
    )
