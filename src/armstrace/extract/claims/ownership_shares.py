"""Shares named in a side clause: "X is majority owned by A, with B holding a third",
"A will hold 51 percent of X, with B owning the rest", "X is owned by the state, while
B owns the other 49 percent".

The side clause names an owner and a share but not the company: the company is the one
the main clause says is owned. A gapped second owner ("with B owning 42 percent and C
the remainder") owns it too; it is never the thing owned.
"""

from __future__ import annotations

from collections.abc import Callable

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import ClaimType, EntityType

__all__ = ["SHARE_WORDS", "main_clause_owned", "rest_owned", "side_clause_owners"]

Rule = Callable[[Token, DocContext], list[Draft]]

# words that name a part of a company's shares rather than a company
SHARE_WORDS = frozenset(
    {
        "percent",
        "cent",
        "%",
        "rest",
        "remainder",
        "balance",
        "majority",
        "stake",
        "share",
        "third",
        "half",
        "quarter",
        "most",
        "minority",
    }
)
_OWNERS = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PERSON})
_OWNED = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})
_MAIN_TRIGGERS = frozenset({"own", "control", "hold", "owned", "controlled"})
_APPROX = frozenset({"around", "about", "over", "nearly", "almost", "roughly", "some"})
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _share_object(verb: Token, ctx: DocContext) -> Token | None:
    """The verb's object when it is a share with no company named after it ("the rest",
    "42 percent", "most of the rest"), else None."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:  # "holding around a third", "owning about 40 percent"
        objs = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _APPROX
            for o in c.children
            if o.dep_ == "pobj"
        ]
    if not objs or objs[0].lemma_.lower() not in SHARE_WORDS | {"other"}:
        return None
    obj = objs[0]
    for t in obj.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "in"):
            m = ctx.mention_at(t)
            if m is not None and m.type in _OWNED:
                return None  # "hold 51 percent of X": the company is named here
    return obj


def _main_clause(verb: Token) -> Token | None:
    """The head of the clause a "with B owning ..." / "while B owns ..." clause hangs on."""
    if verb.dep_ == "pcomp":
        prep = verb.head
        if prep.lower_ != "with" and prep.dep_ == "pcomp":
            prep = prep.head  # "with B owning" parsed as with -> B -> owning
        return prep.head if prep.lower_ == "with" and prep.dep_ == "prep" else None
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children
    ):
        return verb.head
    return None


def _side_owners(verb: Token, share: Token, ctx: DocContext) -> list[str]:
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    words = conjuncts(subs[0]) if subs else []
    if not words and verb.dep_ == "pcomp" and verb.head.lower_ != "with":
        words = [verb.head]  # "with B owning the rest" misparsed: B heads "owning"
    words += conjuncts(share)[1:]  # "42 percent and C the remainder"
    words += [  # the same, parsed as "owning ... and C" with "the remainder" on C
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("PROPN", "NOUN")
        and any(x.lemma_.lower() in SHARE_WORDS for x in c.children)
    ]
    keys: list[str] = []
    for w in words:
        key = ctx.referent(w, _OWNERS)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _in_relative(tok: Token, main: Token) -> bool:
    cur = tok
    while cur.i != main.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def side_clause_owners(verb: Token, ctx: DocContext, rule: Rule) -> list[Draft] | None:
    """Ownership drafts for an owning verb in a side clause with a bare share; None when
    ``verb`` is not in that construction (the caller reads it the usual way)."""
    share = _share_object(verb, ctx)
    if share is None:
        return None
    main = _main_clause(verb)
    if main is None:
        return None
    owned = main_clause_owned(verb, main, ctx, rule)
    out: list[Draft] = []
    for owner in _side_owners(verb, share, ctx):
        for sub in owned:
            if sub != owner and ctx.name(sub) != ctx.name(owner):
                out.append(Draft(ClaimType.OWNERSHIP, verb, sub, owner, timeless=True))
    return out


def rest_owned(verb: Token, ctx: DocContext, rule: Rule) -> list[str]:
    """ "..., while the rest belongs to Y": the companies the main clause says are owned
    (empty when ``verb`` is not in such a side clause)."""
    main = _main_clause(verb)
    return [] if main is None else main_clause_owned(verb, main, ctx, rule)


def main_clause_owned(verb: Token, main: Token, ctx: DocContext, rule: Rule) -> list[str]:
    """The owned companies of the ownership statements in ``main``'s clause, outside the
    side clause ``verb`` heads and outside relative clauses."""
    inside = {t.i for t in verb.subtree}
    owned: list[str] = []
    for t in main.subtree:
        if t.i in inside or t.i == verb.i:
            continue
        if t.lemma_.lower() not in _MAIN_TRIGGERS and t.lower_ not in _MAIN_TRIGGERS:
            continue
        if _in_relative(t, main):
            continue  # "the state, which holds 50.1 percent": not the main statement
        for d in rule(t, ctx):
            if d.subject is not None and d.subject not in owned:
                owned.append(d.subject)
    return owned
