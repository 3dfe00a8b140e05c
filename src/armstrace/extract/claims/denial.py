"""Denials: a claim someone denies carries a ``denies`` attribution from the denier.

A negated trigger ("did not supply", "never exported") or one under a denial verb
("denied supplying") is itself a denied claim. A denial sentence that names no claim
of its own ("dismissed the reports as baseless") attaches to the claims that involve
the entities it names, or to the article's transfers when it names none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from armstrace.extract.claims.attribution import (
    SOURCE_TYPES,
    denial_cue,
    negated,
    negated_supply,
)
from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.merge import norm_item
from armstrace.extract.claims.syntax import conjuncts, governors
from armstrace.model import (
    ITEM_CLAIM_TYPES,
    Attribution,
    Claim,
    ClaimType,
    EntityType,
    Stance,
)

__all__ = [
    "apply_denials",
    "denial_stance",
    "denied_report",
    "deniers",
    "rejected_alternative",
    "state_countries",
]

_WEAPON_WORDS = frozenset(
    {"weapon", "arm", "ammunition", "munition", "missile", "drone", "shell", "rocket", "uav"}
)

_GENERIC_ITEMS = frozenset(
    {
        "weapon",
        "arm",
        "ammunition",
        "munition",
        "military equipment",
        "weapons or ammunition",
        "arms or ammunition",
        "anything",
        "drone",
    }
)


def denial_stance(d: Draft) -> Stance:
    """``denies`` when the trigger is negated or governed by a denial verb."""
    if negated(d.trigger) or rejected_alternative(d.trigger):
        return Stance.DENIES
    verbs = lexicon()["denial_verbs"]
    refusals = lexicon()["refusal_verbs"]
    chain = [d.trigger]
    for g in governors(d.trigger):
        chain.append(g)
        if g.lemma_.lower() in refusals and d.trigger.dep_ == "xcomp" and g.i == d.trigger.head.i:
            return Stance.DENIES  # "refused to provide lethal arms"
        if g.lemma_.lower() in verbs or (
            g.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in g.children)
        ):
            return Stance.DENIES  # "denied supplying", "ruled out sending"
    if any(denied_report(t) is not None for t in chain):
        return Stance.DENIES  # "denied reports that Athens agreed to send ..."
    return Stance.ASSERTS


def rejected_alternative(trigger: Token) -> bool:
    """The trigger names what was not done ("returning the system rather than arming
    Ukraine", "instead of selling them")."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    marks = {c.lower_ for c in prep.children if c.dep_ in ("advmod", "cc")}
    return (prep.lower_ == "than" and "rather" in marks) or (
        prep.lower_ == "of" and "instead" in marks
    )


def denied_report(clause: Token) -> Token | None:
    """The denial verb when ``clause`` is the content of a report its object names
    ("officials denied reports that X had shipped ...", "rejected claims that ...")."""
    lex = lexicon()
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.lower() not in lex["report_nouns"]:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lex["denial_verbs"]:
        return verb
    return None


def deniers(cue: Token, ctx: DocContext) -> list[str]:
    """Mention keys of whoever makes the denial ``cue``; for a negated supply verb, the
    one who says it ("the ministry said the country had not sold ...") before its subject."""
    order = (
        [*governors(cue, limit=8), cue] if negated_supply(cue) else [cue, *governors(cue, limit=8)]
    )
    for g in order:
        subs = [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"]
        keys = [k for s in subs for x in conjuncts(s) if (k := ctx.referent(x, SOURCE_TYPES))]
        if keys:
            return list(dict.fromkeys(keys))
    return []


def state_countries(keys: Sequence[str], ctx: DocContext) -> set[str]:
    """Country codes of the deniers that speak for a state: a country ("Beijing") or a
    state body ("the Kremlin", "the foreign ministry"); companies and people do not."""
    words = lexicon()["state_body_words"]
    out: set[str] = set()
    for k in keys:
        m = ctx.mentions.get(k)
        if m is None or m.country is None:
            continue
        name = f"{m.text} {m.canonical or ''}".lower().split()
        if m.type == EntityType.COUNTRY or (
            m.type == EntityType.ORGANIZATION and any(w in words for w in name)
        ):
            out.add(m.country)
    return out


def _item_named(c: Claim, lemmas: set[str]) -> bool:
    """Some word of the claim's item is among the sentence's noun lemmas."""
    words = norm_item(c.item).split()
    return any(w in lemmas or w.rstrip("s") in lemmas for w in words)


def _add(c: Claim, keys: Sequence[str]) -> Claim:
    atts = list(c.attribution)
    for k in keys:
        a = Attribution(k, Stance.DENIES)
        if a not in atts:
            atts.append(a)
    return dataclasses.replace(c, attribution=tuple(atts))


def apply_denials(claims: list[Claim], ctx: DocContext) -> list[Claim]:
    """Attach denial sentences to the claims they deny; fold generic denied claims
    ("never exported weapons to Russia") into the specific claims with the same parties."""
    denied_starts = {
        c.evidence_start for c in claims if any(a.stance == Stance.DENIES for a in c.attribution)
    }
    out = list(claims)

    # generic denied claims fold into specific ones with the same parties
    def same_parties(o: Claim, c: Claim) -> bool:
        if o is c or o.type != c.type or not o.object or not c.object:
            return False
        if ctx.name(o.object) != ctx.name(c.object):
            return False
        return c.subject is None or (
            o.subject is not None and ctx.name(o.subject) == ctx.name(c.subject)
        )

    generic = [
        c
        for c in out
        if c.type == ClaimType.TRANSFER
        and norm_item(c.item) in _GENERIC_ITEMS
        and any(a.stance == Stance.DENIES for a in c.attribution)
    ]
    for c in generic:
        denies = [a.source for a in c.attribution if a.stance == Stance.DENIES]
        same = [i for i, o in enumerate(out) if o not in generic and same_parties(o, c)]
        if same:
            for i in same:
                out[i] = _add(out[i], denies)
            out = [o for o in out if o is not c]
    names = ctx.name
    claim_starts = {c.evidence_start for c in out}
    for sent in ctx.doc.sents:
        if sent.start_char in denied_starts and not any(denied_report(t) for t in sent):
            continue  # its own claim carries the denial; "dismissed reports that ..." also
            # answers the earlier claims it names
        cue = denial_cue(sent)
        if cue is None:
            continue
        who = deniers(cue, ctx)
        if not who:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        # "Beijing rejects the accusations": a government answering reports that name no
        # party of its own denies the earlier supplies from its country
        state = set() if start in claim_starts else state_countries(who, ctx)
        mentioned = {names(k) for t in sent if (k := ctx.tok_mention[t.i])}
        supply_only = negated_supply(cue)
        weapons = any(t.lemma_.lower() in _WEAPON_WORDS for t in sent)
        heads = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}

        def denied(
            c: Claim,
            who: list[str] = who,
            mentioned: set[str] = mentioned,
            weapons: bool = weapons,
            heads: set[str] = heads,
            start: int = start,
            state: set[str] = state,
            supply_only: bool = supply_only,
        ) -> bool:
            if c.type not in ITEM_CLAIM_TYPES:
                return False
            if any(a.source in who and a.stance == Stance.ASSERTS for a in c.attribution):
                return False  # nobody denies what they themselves assert
            roles = {names(k) for k in (c.subject, c.object, c.location) if k in ctx.mentions}
            if not roles & mentioned and not (
                c.type == ClaimType.TRANSFER
                and c.evidence_start is not None
                and c.evidence_start < start
                and c.subject in ctx.mentions
                and ctx.mentions[c.subject].country in state
            ):
                return False
            if supply_only and not _item_named(c, heads):
                return False  # "had not sent tanks" denies no shipment of shells
            if weapons and c.item_class is not None and c.item_class.value != "weapon_system":
                return norm_item(c.item).split()[-1:] == [] or any(
                    w in heads for w in norm_item(c.item).split()
                )
            return True

        for i, c in enumerate(out):
            if denied(c):
                out[i] = _add(out[i], who)
        # "called reports of arms shipments groundless": the reports are not a claim of their own
        out = [
            c
            for c in out
            if not (
                c.evidence_start == sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                and norm_item(c.item) in _GENERIC_ITEMS
                and all(a.stance == Stance.ASSERTS for a in c.attribution)
            )
        ]
    return out
