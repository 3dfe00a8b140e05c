"""Named members of a group recipient: "delivered patrol aircraft to Gulf customers,
including Qatar and Oman", "sold jets to several countries such as Chile and Peru",
"delivered to more than 20 air forces, including those of Chile and Peru".

A group ("customers", "countries", "air forces") is no party, but the names it lists
each received the thing: one claim per listed name.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.syntax import conjuncts

__all__ = ["group_members"]

_LISTING = frozenset({"including", "like"})


def _listing_prep(prep: Token) -> bool:
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _LISTING:
        return True
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def _named(tok: Token, ctx: DocContext) -> list[str]:
    """The party a listed word names; "those of A and B" names A and B."""
    if tok.lower_ in ("those", "that"):
        return [
            k
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            for x in conjuncts(o)
            if (k := ctx.referent(x, ACTORS, deep=False)) is not None
        ]
    key = ctx.referent(tok, ACTORS, deep=False)
    return [key] if key is not None else []


def group_members(groups: list[Token], ctx: DocContext) -> list[str]:
    """The named parties listed under each unnamed group noun in ``groups``."""
    out: list[str] = []
    for group in groups:
        if ctx.referent(group, ACTORS, deep=False) is not None:
            continue
        for prep in group.children:
            if not _listing_prep(prep):
                continue
            for o in prep.children:
                if o.dep_ == "pobj":
                    out += [k for x in conjuncts(o) for k in _named(x, ctx) if k not in out]
    return out
