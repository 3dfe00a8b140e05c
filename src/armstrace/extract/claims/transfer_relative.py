"""A relative clause on a list of parties speaks of each of them.

"A, a Dubai trader, and B, also registered there, which have exported chips to Russia":
the parser hangs the relative clause on the last name, yet "which have" (plural) is
every listed party. Only an auxiliary marked plural ("have", "are", "were") says so; a
bare past ("which supplied") or a singular ("which has") keeps the nearest name. A
relative the parser hangs on a place ("B, based in Latvia, which has ...") is said of
the party located there, not of the place.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.syntax import conjuncts

__all__ = ["relative_group"]

_PLURAL = frozenset({"have", "are", "were", "'ve", "'re"})
_LOCATED = frozenset({"base", "register", "locate", "headquarter", "incorporate"})


def _relative_pronoun(tok: Token) -> bool:
    return bool(
        tok.tag_ in ("WDT", "WP") or (tok.lower_ == "that" and tok.dep_.startswith("nsubj"))
    )


def _plural(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL for c in verb.children)


def relative_group(tok: Token, ctx: DocContext) -> list[Token]:
    """The listed parties a relative pronoun stands for, or ``[tok]`` itself."""
    verb = tok.head
    if not _relative_pronoun(tok) or verb.dep_ != "relcl":
        return [tok]
    ant = verb.head
    located = _location_of(ant)
    if not _plural(verb):
        return [located] if located is not None else [tok]
    if located is not None:
        ant = located  # "B, also based in Turkey, which have ...": B, not Turkey
    while ant.dep_ in ("conj", "appos") and ant.head.i != ant.i:
        ant = ant.head  # "B, a Turkish firm, which have ...", the list's first name
    # the parser may hang "and B" on A's apposition ("A, a Riga dealer, and B")
    listed = conjuncts(ant) + [x for a in ant.children if a.dep_ == "appos" for x in conjuncts(a)]
    group = [t for t in listed if ctx.referent(t, ACTORS, deep=False) is not None]
    if located is not None:
        return group or [located]
    return group if len(group) > 1 else [tok]


def _location_of(tok: Token) -> Token | None:
    """The party a place is said of when the parser hangs the relative clause on the
    place: "B, also based in Turkey, which have ..." -> B."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return None
    part = prep.head
    if part.dep_ in ("acl", "amod") and part.lemma_.lower() in _LOCATED:
        return part.head
    return None
