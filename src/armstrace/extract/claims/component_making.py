"""Parts named where a weapon or a part is made.

A part made for a named weapon is a component of it, made by its maker: "the jet's F414
engines are made by X", "its radar was developed by Y", "the engines powering the Z are
produced by X", "X makes engines for the Rafale" (a component claim next to the
production or development one). And a weapon made "with parts made by X", "with the
barrel supplied by Y", "with parts from suppliers including Z" or "with X F110 engines"
has those parts as components, made by those firms.
"""

from __future__ import annotations

from armstrace.extract.claims.component_origin import possessor_weapon
from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.items import classify, core_item, item_phrase
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import conjuncts
from armstrace.model import EntityType, ItemClass

__all__ = ["made_parts", "part_weapon", "weapon_ref"]

_PART_CLASSES = frozenset({ItemClass.COMPONENT})
_SUPPLY = frozenset({"make", "build", "produce", "manufacture", "supply", "provide", "design"})


def weapon_ref(tok: Token, ctx: DocContext) -> str | None:
    """A weapon a word names: its mention, or the weapon an anaphoric noun ("the jet")
    or pronoun stands for, within a short passage."""
    m = ctx.mention_at(tok)
    if m is not None:
        return m.key if m.type == EntityType.WEAPON_SYSTEM else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon()["anaphoric_items"]:
        key = ctx.antecedent(tok.sent.start_char, frozenset({EntityType.WEAPON_SYSTEM}))
        if key is not None and tok.sent.start_char - ctx.mentions[key].end <= 600:
            return key
    return None


def part_weapon(part: Token, ctx: DocContext) -> str | None:
    """The weapon a part word belongs to: a possessor ("the jet's engines", "its radar"),
    "powering X", or "for X" (a named weapon only)."""
    if any(c.dep_ == "poss" for c in part.children):
        return possessor_weapon(part, ctx, weapon_ref, bare=False)
    for c in part.children:
        powering = c.dep_ == "acl" and c.lemma_.lower() == "power"  # "engines powering X"
        if not powering and not (c.dep_ == "prep" and c.lower_ == "for"):  # "engines for X"
            continue
        for o in c.children:
            if o.dep_ in ("dobj", "pobj") and (w := _named_weapon(o, ctx)) is not None:
                return w
    return None


def _named_weapon(tok: Token, ctx: DocContext) -> str | None:
    """The weapon a noun phrase names in front of its head ("the Condor drones"), not
    one in a clause after it; or the weapon an anaphoric head stands for."""
    for t in tok.subtree:
        m = ctx.mention_at(t)
        if t.i <= tok.i and m is not None and m.type == EntityType.WEAPON_SYSTEM:
            return m.key
    return weapon_ref(tok, ctx)


def _part_makers(part: Token, ctx: DocContext) -> list[str | None]:
    """Who made a part named in a "with" phrase: "made/supplied by X", "from X" (and
    "from suppliers including X"), or a firm named in front ("General Electric F110
    engines"); [None] when none is named."""
    orgs = frozenset({EntityType.ORGANIZATION})
    words: list[Token] = []
    for c in part.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _SUPPLY:
            words += [
                o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            ]
        if c.dep_ == "prep" and c.lower_ == "from":
            words += [o for o in c.children if o.dep_ == "pobj"]
    listed: list[Token] = []
    for w in words:
        for x in conjuncts(w):
            inc = [
                o
                for p in x.children
                if p.dep_ == "prep" and p.lower_ == "including"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            listed += [y for o in inc for y in conjuncts(o)] or [x]
    keys = [k for x in listed if (k := ctx.referent(x, orgs, deep=False)) is not None]
    if not keys:
        for t in part.subtree:
            m = ctx.mention_at(t)
            if t.i < part.i and m is not None and m.type == EntityType.ORGANIZATION:
                keys.append(m.key)
                break
    return list(dict.fromkeys(keys)) or [None]


def made_parts(verb: Token, ctx: DocContext) -> list[tuple[Token, str, list[str | None]]]:
    """Parts a making verb's "with" phrase names: (head, item words, makers)."""
    out: list[tuple[Token, str, list[str | None]]] = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            for p in conjuncts(o):
                core = core_item(p)
                text = item_phrase(core, ctx)
                if text is None or classify(text, core, ctx) not in _PART_CLASSES:
                    continue
                makers = _part_makers(core, ctx)
                if makers != [None]:  # "with engine work shared between ...": no part made
                    out.append((core, text, makers))
    return out
