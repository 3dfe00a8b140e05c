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
    """Who supplies, who receives, and the words naming what. ``inverse`` marks a buyer
    noun, whose supplier may be left for the caller to read off the items."""

    suppliers: list[str | None]
    recipients: list[str]
    items: list[Token]
    inverse: bool = False


def _key(tok: Token, ctx: DocContext) -> str | None:
    return ctx.referent(tok, ACTORS, deep=False)


def _keys(toks: list[Token], ctx: DocContext) -> list[str]:
    return list(dict.fromkeys(k for t in toks if (k := ctx.referent(t, ACTORS)) is not None))


def _agents(noun: Token, ctx: DocContext) -> list[str]:
    """The parties the agent noun is said of."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        return _keys(subjects_of(head), ctx)
    if noun.dep_ == "appos":
        key = ctx.referent(head, ACTORS, deep=False)
        return [key] if key is not None else []
    if noun.dep_ != "pobj" or head.lower_ != "as":
        return []
    verb, obj = head.head, None
    if verb.dep_ in ("dobj", "oprd"):
        verb, obj = verb.head, verb
    elif verb.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")), None)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if obj is not None and verb.lemma_.lower() not in lexicon()["transfer_overtake_verbs"]:
        key = ctx.referent(obj, ACTORS, deep=False)  # "named Norway as its supplier"
        return [key] if key is not None else []
    # "emerged as ...", "has overtaken Russia as Armenia's biggest supplier"
    return _keys(subjects_of(verb), ctx)


def agent_roles(noun: Token, ctx: DocContext) -> AgentRoles | None:
    """The roles an agent noun ``noun`` reports, or None when it names no recipient ("a
    major supplier of chips" says to whom nothing moved). A supplier noun needs its
    supplier too; a buyer noun ("India is the largest buyer of Russian weapons") takes
    its supplier from a possessor ("Russia's biggest customer") or a "from" phrase."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    inverse = lemma in lex["transfer_inverse_agent_nouns"]
    if noun.pos_ != "NOUN" or not (inverse or lemma in lex["transfer_agent_nouns"]):
        return None
    children = list(noun.children)
    poss = [c for c in children if c.dep_ == "poss"]
    owner = next((k for c in poss if (k := _key(c, ctx)) is not None), None)
    agents = _agents(noun, ctx)
    items = pobjs(children, frozenset({"of"}))
    if inverse:
        items = items or pobjs(children, frozenset({"for"}))  # "customer for frigates"
        source = owner or next(
            (k for t in pobjs(children, frozenset({"from"})) if (k := _key(t, ctx))), None
        )
        buyers = [a for a in agents if a != source]
        return AgentRoles([source], buyers, items, inverse=True) if buyers else None
    recipient = owner or next(
        (k for t in pobjs(children, frozenset({"to"})) if (k := _key(t, ctx))), None
    )
    suppliers = [a for a in agents if a != recipient]
    if recipient is None or not suppliers:
        return None
    return AgentRoles(list(suppliers), [recipient], items)
