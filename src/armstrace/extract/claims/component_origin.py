"""Where a weapon's part comes from: "its engine came from a Japanese supplier", "the
missile's seeker comes from Russia", "their guns come from Rheinmetall".

The part is the subject, the weapon its possessor ("its", "their", "the drone's"), and
the maker the firm after "from" (a country or an unnamed supplier leaves the maker
unknown: null).
"""

from __future__ import annotations

from collections.abc import Callable

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import EntityType

__all__ = ["part_origin", "possessor_weapon"]

_NEAR_CHARS = 600
_ORG = frozenset({EntityType.ORGANIZATION})
_CANDIDATES = frozenset(
    {EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.WEAPON_SYSTEM, EntityType.GOODS}
)


def _sibling_subject(part: Token) -> Token | None:
    """The subject of the clause a part's clause is coordinated with: "the tanks" in
    "the tanks are built by A, and their guns come from B"."""
    verb = part.head
    if part.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    first = verb.head
    subs = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subs[0] if subs else None


def possessor_weapon(
    part: Token,
    ctx: DocContext,
    weapon: Callable[[Token, DocContext], str | None],
    *,
    bare: bool = True,
) -> str | None:
    """The weapon a part's possessor names ("its", "their", "the drone's"); with
    ``bare``, a part word with no possessor may name the weapon itself ("parts of X")."""
    for c in part.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ in ("its", "their"):
            sibling = _sibling_subject(part)
            if sibling is not None and (w := weapon(sibling, ctx)) is not None:
                return w  # "the tanks are built by A, and their guns come from B"
            near = ctx.antecedent(c.idx, _CANDIDATES)  # the weapon named last, nothing since
            if near is None or ctx.mentions[near].type != EntityType.WEAPON_SYSTEM:
                return None
            return near if c.idx - ctx.mentions[near].end <= _NEAR_CHARS else None
        return weapon(c, ctx)
    return weapon(part, ctx) if bare else None  # "parts of the Kh-101 come from Russia"


def part_origin(
    verb: Token, ctx: DocContext, weapon: Callable[[Token, DocContext], str | None]
) -> tuple[list[Token], list[str], list[str | None]]:
    """Parts, weapons and makers for "come from"; empty lists when it is not that."""
    sources = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not sources:
        return [], [], []
    parts = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    weapons = [w for p in parts[:1] if (w := possessor_weapon(p, ctx, weapon)) is not None]
    makers = [ctx.referent(x, _ORG, deep=False) for s in sources for x in conjuncts(s)]
    named = [m for m in makers if m is not None]
    return parts, weapons, list(dict.fromkeys(named)) or [None]
