"""A relative clause on a list of parties speaks of each of them.

"A, a Dubai trader, and B, also registered there, which have exported chips to Russia":
the parser hangs the relative clause on the last name, yet "which have" (plural) is
every listed party. Only an auxiliary marked plural ("have", "are", "were") says so; a
bare past ("which supplied") or a singular ("which has") keeps the nearest name.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.syntax import conjuncts

__all__ = ["relative_group"]

_PLURAL = frozenset({"have", "are", "were", "'ve", "'re"})


def _relative_pronoun(tok: Token) -> bool:
    return bool(
        tok.tag_ in ("WDT", "WP") or (tok.lower_ == "that" and tok.dep_.startswith("nsubj"))
    )


def _plural(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL for c in verb.children)


def relative_group(tok: Token, ctx: DocContext) -> list[Token]:
    """The listed parties a relative pronoun stands for, or ``[tok]`` itself."""
    verb = tok.head
    if not _relative_pronoun(tok) or verb.dep_ != "relcl" or not _plural(verb):
        return [tok]
    ant = verb.head
    if ant.dep_ == "appos":
        ant = ant.head  # "B, a Turkish firm, which have ..."
    while ant.dep_ == "conj" and ant.head.i != ant.i:
        ant = ant.head
    group = [t for t in conjuncts(ant) if ctx.referent(t, ACTORS, deep=False) is not None]
    return group if len(group) > 1 else [tok]
