"""A claim under construction: roles found by a rule, before modality, attribution,
time and quantity are read from around its trigger."""

from __future__ import annotations

from dataclasses import dataclass

from armstrace.extract.claims.context import Token
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import ClaimType, ItemClass, Status

__all__ = ["Draft", "agents_of", "objects_of", "pronoun_group", "subjects_of"]


@dataclass(slots=True)
class Draft:
    """Roles are mention keys; ``trigger`` is the word the rule fired on."""

    type: ClaimType
    trigger: Token
    subject: str | None = None
    object: str | None = None
    item: str | None = None
    item_tok: Token | None = None
    item_class: ItemClass | None = None
    location: str | None = None
    status: Status | None = None
    used_in: str | None = None
    timeless: bool = False
    count: float | None = None  # a count the rule read itself ("Denmark 19" in a gapped list)


def subjects_of(verb: Token) -> list[Token]:
    """The subject words of ``verb``: its own, else a coordinated or controlling verb's
    ("agreed to sell", "developed and tested"), else the noun a gerund's "for" clause
    modifies ("designated X for supplying")."""
    cur = verb
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            return conjuncts(subs[0])
        if cur.dep_ in ("conj", "xcomp", "acomp") and cur.head.i != cur.i:
            cur = cur.head  # "agreed to sell", "is due to receive"
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            gov = cur.head.head
            if cur.head.lower_ in ("by", "after", "before", "while", "without", "through"):
                cur = gov  # "India responded by buying jets": India buys
                continue
            passive = [c for c in gov.children if c.dep_ == "nsubjpass"]
            objs = [c for c in gov.children if c.dep_ == "dobj"]
            if passive or objs:
                return conjuncts((passive or objs)[0])
            if gov.pos_ in ("NOUN", "PROPN"):
                return [gov]  # a listed entity "X, based in Dubai, for supplying ..."
            return []
        if cur.dep_ in ("acl", "relcl") and cur.tag_ == "VBG":
            return [cur.head]
        if cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.dep_ in ("dobj", "pobj"):
            cur = cur.head.head  # "X signed a contract to supply ...": X supplies
            if cur.dep_ == "prep":
                cur = cur.head
            continue
        break
    return []


def agents_of(verb: Token) -> list[Token]:
    return [
        o
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
        for o in conjuncts(o)
    ]


def objects_of(verb: Token) -> list[Token]:
    """Direct objects of ``verb``, shared across coordinated verbs."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                objs = [x for x in c.children if x.dep_ == "dobj"]
                if objs:
                    break
    if not objs and verb.dep_ == "conj":
        objs = [c for c in verb.head.children if c.dep_ == "dobj"]
    if (
        not objs
        and verb.dep_ == "relcl"
        and not any(
            c.dep_ in ("dobj", "nsubjpass") or c.tag_ in ("WDT", "WP") for c in verb.children
        )
    ):
        nsubj = [c for c in verb.children if c.dep_ == "nsubj"]
        if nsubj and nsubj[0].tag_ not in ("WDT", "WP"):
            objs = [verb.head]  # "the 42 jets it ordered from France"
    out: list[Token] = []
    for o in objs:
        out.extend(conjuncts(o))
    return out


def pronoun_group(tok: Token) -> list[Token]:
    """ "sanctioned four firms, A, B and C, accusing them of exporting": "them" is A, B
    and C. Other words stand for themselves."""
    if tok.lower_ not in ("them", "they"):
        return [tok]
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        for c in cur.children:
            if c.dep_ == "dobj" and c.i < tok.i and c.i != tok.i:
                group = [x for a in c.children if a.dep_ == "appos" for x in conjuncts(a)]
                if group:
                    return group
    return [tok]
