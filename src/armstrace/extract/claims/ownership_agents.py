"""Owners named in a second "by" phrase: "X is owned by A and B, with 40 per cent each,
and by C", "a company controlled by A, known as H, and by his brother B", "two were
made by A, and the rest by B".

The parser hangs the second "by" on whatever is near (the first agent, the main verb,
a "with" phrase), so it is found by position: a coordinated "by" after the verb's own
agent, before any other verb's agent.
"""

from __future__ import annotations

from armstrace.extract.claims.context import Token
from armstrace.extract.claims.syntax import conjuncts

__all__ = ["later_agents"]

_REST = frozenset({"rest", "remainder", "balance", "other", "others"})


def later_agents(verb: Token) -> list[Token]:
    """The objects of coordinated "by" phrases that continue ``verb``'s agent."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        return []
    out: list[Token] = []
    for t in verb.doc[agents[0].i + 1 : verb.sent.end]:
        if t.dep_ == "agent":
            break  # another verb's agent: "... and sold by B"
        gapped = t.dep_ == "prep" and t.head.dep_ == "conj" and t.head.lemma_.lower() in _REST
        if t.lower_ == "by" and (t.dep_ == "conj" or gapped):  # "..., and the rest by C"
            out += [x for o in t.children if o.dep_ == "pobj" for x in conjuncts(o)]
    return out
