"""Takeovers and stakes said with a noun: "Y's acquisition of X", "Y completed its
purchase of X", "the acquisition of X by Y", "Y completed the acquisition of a 50 percent
stake in X", "Y raised its stake in X".

The owned must be a named organisation, so "India's purchase of Rafale jets" (goods) is
no ownership. A stake that is being sold ("sold its stake in X") is not read.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.ownership_shares import SHARE_WORDS
from armstrace.extract.claims.syntax import conjuncts, pobjs
from armstrace.model import ClaimType, EntityType

__all__ = ["takeover_noun_drafts"]

_OWNERS = ACTORS | {EntityType.PERSON}
_STAKES = SHARE_WORDS | {"holding", "interest", "control"}
# verbs that make the noun's deal the subject's own ("X completed the acquisition of Y")
_DOING = frozenset(
    {"complete", "finalise", "finalize", "close", "announce", "seal", "make", "raise", "increase"}
)
_LETTING_GO = frozenset(
    {"sell", "divest", "offload", "dispose", "exit", "relinquish", "unload", "dump", "block"}
)


def _owned(noun: Token, ctx: DocContext) -> list[str]:
    """Named firms the deal noun is of: "of X", "of a stake in X", "of half of X"."""
    preps = frozenset({"in", "of"}) if noun.lemma_.lower() in _STAKES else frozenset({"of"})
    out: list[str] = []
    stack = pobjs(list(noun.children), preps)
    for _ in range(3):
        nxt: list[Token] = []
        for t in stack:
            m = ctx.mention_at(t)
            if m is not None:
                if m.type == EntityType.ORGANIZATION and m.key not in out:
                    out.append(m.key)
            elif t.lemma_.lower() in _STAKES:
                nxt += pobjs(list(t.children), frozenset({"in", "of"}))
        stack = nxt
    return out


def _owners(noun: Token, ctx: DocContext) -> list[str]:
    words = [c for c in noun.children if c.dep_ == "poss"]
    words += pobjs(list(noun.children), frozenset({"by"}))
    head = noun
    while head.dep_ == "pobj" and head.head.head.lemma_.lower() in {"acquisition", "purchase"}:
        head = head.head.head  # "the acquisition of a stake in X": the acquisition's owner
        words += [c for c in head.children if c.dep_ == "poss"]
        words += pobjs(list(head.children), frozenset({"by"}))
    if not words and head.dep_ == "dobj" and head.head.lemma_.lower() in _DOING:
        words = subjects_of(head.head)
    keys: list[str] = []
    for w in words:
        for x in conjuncts(w):
            key = ctx.referent(x, _OWNERS)
            if key is not None and key not in keys:
                keys.append(key)
    return keys


def takeover_noun_drafts(noun: Token, ctx: DocContext) -> list[Draft]:
    """Ownership drafts for a takeover or stake noun (see the module docstring)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon()["ownership_takeover_nouns"]:
        return []
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in {"acquisition", "purchase"}:
        return []  # read from the acquisition noun above it
    gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if gov is not None and gov.lemma_.lower() in _LETTING_GO:
        return []
    owned = _owned(noun, ctx)
    if not owned:
        return []
    stake = noun.lemma_.lower() in _STAKES
    out: list[Draft] = []
    for owner in _owners(noun, ctx):
        for sub in owned:
            if sub != owner and ctx.name(sub) != ctx.name(owner):
                out.append(Draft(ClaimType.OWNERSHIP, noun, sub, owner, timeless=stake))
    return out
