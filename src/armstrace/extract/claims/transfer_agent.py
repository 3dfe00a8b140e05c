"""Agent nouns that report a trade: "X remains Y's largest supplier of Z".

A supplier noun (`transfer_agent_nouns`: supplier, exporter, source, ...) names who
supplies: the subject of a copula ("X is/remains/has become ... supplier"), the name it
is apposed to ("X, Y's main supplier of Z, ..."), the subject of a verb it is "as"
("X has overtaken W as Y's biggest source of arms") or the object it is "as" ("named W
as Y's supplier"). The possessor ("Y's") or a "to" phrase names the recipient; "of"
names the things supplied.
"""

from __future__ import annotations

from dataclasses import dataclass

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import pobjs

__all__ = ["AgentRoles", "agent_roles"]

_COPULAS = frozenset({"be", "remain", "become", "stay", "emerge", "rank"})


@dataclass(frozen=True, slots=True)
class AgentRoles:
    """Who supplies, who receives, and the words naming what."""

    supplier: str
    recipient: str
    items: list[Token]


def _key(tok: Token, ctx: DocContext) -> str | None:
    return ctx.referent(tok, ACTORS, deep=False)


def _agent(noun: Token, ctx: DocContext) -> str | None:
    """The party the agent noun is said of."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        return next((k for t in subjects_of(head) if (k := ctx.referent(t, ACTORS))), None)
    if noun.dep_ == "appos":
        return ctx.referent(head, ACTORS, deep=False)
    if noun.dep_ != "pobj" or head.lower_ != "as":
        return None
    verb, obj = head.head, None
    if verb.dep_ in ("dobj", "oprd"):
        verb, obj = verb.head, verb
    elif verb.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")), None)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if obj is not None and verb.lemma_.lower() not in lexicon()["transfer_overtake_verbs"]:
        return ctx.referent(obj, ACTORS, deep=False)  # "named Norway as its supplier"
    # "emerged as ...", "has overtaken Russia as Armenia's biggest supplier"
    return next((k for t in subjects_of(verb) if (k := ctx.referent(t, ACTORS))), None)


def agent_roles(noun: Token, ctx: DocContext) -> AgentRoles | None:
    """The roles an agent noun ``noun`` reports, or None when it names no recipient or no
    supplier ("a major supplier of chips" says to whom nothing moved)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon()["transfer_agent_nouns"]:
        return None
    children = list(noun.children)
    poss = [c for c in children if c.dep_ == "poss"]
    recipient = next((k for c in poss if (k := _key(c, ctx)) is not None), None)
    if recipient is None:
        recipient = next(
            (k for t in pobjs(children, frozenset({"to"})) if (k := _key(t, ctx))), None
        )
    supplier = _agent(noun, ctx)
    if supplier is None or recipient is None or supplier == recipient:
        return None
    items = pobjs(children, frozenset({"of"}))
    return AgentRoles(supplier, recipient, items)
