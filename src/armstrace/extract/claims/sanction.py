"""Sanction claims: a named authority (subject) acts against a named target (object).

"OFAC designated A, B and C" (one claim per target), passives ("X was sanctioned by
the EU"), "BIS added X to the Entity List", "imposed sanctions on X", "froze the assets
of X", and "X is under U.S. sanctions".
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, agents_of, subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, is_passive, pobjs
from armstrace.model import ClaimType, EntityType

__all__ = ["sanction_drafts"]

_TARGETS = frozenset(
    {EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY, EntityType.PLACE}
)
_MEASURES = frozenset(
    {"sanction", "sanctions", "restriction", "penalty", "ban", "embargo", "measure", "control"}
)


def _drafts(
    auth_toks: list[Token], targets: list[Token], trigger: Token, ctx: DocContext
) -> list[Draft]:
    auths = [k for k in (ctx.referent(t, ACTORS) for t in auth_toks) if k]
    if not auths:
        return []
    out = []
    seen: set[str] = set()
    for t in targets:
        key = ctx.referent(t, _TARGETS, deep=False)
        if key is None or key in seen or key in auths:
            continue
        seen.add(key)
        for a in auths[:2]:
            out.append(Draft(ClaimType.SANCTION, trigger, a, key))
    return out


def _verb(verb: Token, ctx: DocContext) -> list[Draft]:
    lemma = verb.lemma_.lower()
    clause = clause_tokens(verb)
    passive = is_passive(verb)
    auth = agents_of(verb) if passive else subjects_of(verb)
    if passive:
        targets = [x for c in verb.children if c.dep_ == "nsubjpass" for x in conjuncts(c)]
        if not targets and verb.dep_ in ("acl", "amod"):
            targets = conjuncts(verb.head)
    else:
        targets = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
    if lemma == "add":
        lists = pobjs(clause, frozenset({"to"}))
        if not any("list" in t.lower_ for t in lists):
            return []
    elif lemma == "impose":
        if not any(t.lemma_.lower() in _MEASURES for t in targets):
            return []
        targets = pobjs(clause, frozenset({"on", "against"}))
    elif lemma == "freeze":
        targets = pobjs(clause, frozenset({"of"}))
    elif lemma == "target":
        if not any(t.lemma_.lower() in _MEASURES for t in clause):
            return []
    elif lemma == "list" and not passive:
        return []
    return _drafts(auth, targets, verb, ctx)


def _noun(noun: Token, ctx: DocContext) -> list[Draft]:
    """ "under U.S. sanctions", "EU sanctions on X"."""
    auth = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    targets = pobjs(list(noun.children), frozenset({"on", "against"}))
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        gov = noun.head.head
        targets = [
            x for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for x in conjuncts(c)
        ]
        if not targets and gov.dep_ == "appos":
            targets = [gov.head]
    if noun.head.lemma_.lower() in ("impose", "slap", "announce") and noun.dep_ == "dobj":
        return []
    return _drafts(auth, targets, noun, ctx)


def sanction_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Sanction drafts triggered by ``tok``."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex["sanction_verbs"]:
        return _verb(tok, ctx)
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and (tok.lower_ in lex["sanction_nouns"])
        and tok.dep_ != "compound"
    ):
        return _noun(tok, ctx)
    return []
