"""Planned transfers stated as a signed deal: "Poland signed contracts with South Korea
for tanks and howitzers", "Bucharest signed framework agreements with Ankara covering 300
Otokar vehicles", "Baykar signed an export contract with Saudi Arabia for its Akinci".

The deal's two parties are the subject of the verb that governs it and its "with"
partner; which one sells follows from the words: an export or sales deal, or a company
contracting with a country, is the subject selling; otherwise the subject buys.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, pobjs
from armstrace.model import EntityType

__all__ = ["deal_items", "deal_parties"]

_WITH = frozenset({"with"})
_FOR = frozenset({"for"})
_COVER = frozenset({"cover", "include"})


def _scope(noun: Token) -> list[Token]:
    """The deal noun's own words and its governing verb's clause."""
    toks = list(noun.subtree)
    if noun.dep_ == "dobj":
        toks += [t for t in clause_tokens(noun.head) if t not in toks]
    return toks


def deal_parties(noun: Token, ctx: DocContext) -> tuple[str, str] | None:
    """(seller, buyer) of a deal noun that is the object of a verb with a named subject
    and has a named "with" partner; None otherwise."""
    if noun.dep_ != "dobj":
        return None
    subject = next(
        (k for t in subjects_of(noun.head) if (k := ctx.referent(t, ACTORS)) is not None), None
    )
    partner = next(
        (
            k
            for t in pobjs(_scope(noun), _WITH)
            if (k := ctx.referent(t, ACTORS, deep=False)) is not None
        ),
        None,
    )
    if subject is None or partner is None or ctx.name(subject) == ctx.name(partner):
        return None
    lex = lexicon()
    exporting = any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex["transfer_export_words"]
        for c in noun.children
    )
    seller_is_subject = exporting or (
        ctx.mentions[subject].type == EntityType.ORGANIZATION
        and ctx.mentions[partner].type == EntityType.COUNTRY
    )
    return (subject, partner) if seller_is_subject else (partner, subject)


def deal_items(noun: Token, ctx: DocContext) -> list[Token]:
    """What the deal is for: "for tanks and howitzers", "covering 1,000 K2 tanks, 672
    howitzers and 48 aircraft" (the parser may hang list members as appositions)."""
    heads = list(pobjs(_scope(noun), _FOR))
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _COVER:
            heads += [x for o in c.children if o.dep_ == "dobj" for x in conjuncts(o)]
    out: list[Token] = []
    stack = list(heads)
    while stack:
        t = stack.pop(0)
        if t in out or ctx.referent(t, ACTORS, deep=False) is not None:
            continue
        out.append(t)
        stack += [x for c in t.children if c.dep_ == "appos" for x in conjuncts(c)]
    return out
