"""Who did the supplying a gerund reports when the gerund has no subject of its own.

Sanctions and court news put the transfer in a gerund under the penalty: "sanctioned X,
an Almaty dealer, for shipping engines to Russia", "X was indicted on charges of
exporting radar parts", "X faces charges of selling ...", "added X to its list for
supplying ...", "blacklisted over its role in supplying ...". The supplier is the party
penalised: climb from the gerund through the nouns it hangs on ("charges", "role",
"list", an apposition) to the verb, and take its passive subject, else its object, else
its subject. Only verbs of penalty (`transfer_penalty_verbs`, `sanction_verbs`) count:
"has a history of selling", "is looking at buying" name no one penalised.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.lexicon import lexicon

__all__ = ["gerund_agent"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


def _named(tok: Token, ctx: DocContext) -> str | None:
    return ctx.referent(tok, ACTORS, deep=False)


def _penalty(verb: Token) -> bool:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    return lemma in lex["transfer_penalty_verbs"] or lemma in lex["sanction_verbs"]


def _from_verb(verb: Token, came_from: Token, ctx: DocContext) -> str | None:
    if not _penalty(verb):
        return None  # "has a history of selling", "is looking at buying": no one penalised
    for deps in (("nsubjpass",), ("dobj", "dative"), ("nsubj",)):
        found = [c for c in verb.children if c.dep_ in deps and c.i != came_from.i]
        if found:
            # a penalised party the names do not cover ("which X sanctioned", an unnamed
            # firm) is still the one penalised: the penaliser did not supply
            return next((k for c in found if (k := ctx.referent(c, ACTORS)) is not None), None)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        # "X was under sanctions, having been designated for providing ...": the main
        # clause's subject was designated
        main = verb.head
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((k for c in subjects if (k := ctx.referent(c, ACTORS)) is not None), None)
    return None


def gerund_agent(verb: Token, ctx: DocContext) -> str | None:
    """The party a subjectless gerund ``verb`` ("for shipping", "of exporting") is said of,
    or None."""
    cur = verb
    while cur.dep_ == "xcomp" and cur.head.tag_ == "VBG":
        cur = cur.head  # "of helping to ship": the helper ships
    if cur.tag_ != "VBG" or cur.dep_ != "pcomp" or cur.head.dep_ != "prep":
        return None
    came_from, gov = cur.head, cur.head.head
    for _ in range(4):
        if gov.pos_ in _VERBS:
            return _from_verb(gov, came_from, ctx)
        if gov.pos_ not in _NOUNS:
            return None
        if gov.dep_ == "appos":
            named = gov.head  # "sanctioned X, an Almaty dealer, for shipping"
            if named.dep_ in ("dobj", "nsubjpass") and _penalty(named.head):
                return _named(named, ctx)
            return None
        if gov.dep_ == "pobj" and gov.head.dep_ == "prep":
            came_from, gov = gov.head, gov.head.head  # "on charges of", "to its list for"
        elif gov.dep_ in ("dobj", "attr", "nsubjpass"):
            came_from, gov = gov, gov.head  # "faces charges of"
        else:
            return None
    return None
