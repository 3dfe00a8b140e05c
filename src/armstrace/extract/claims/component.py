"""Component claims: a part found in or used for a weapon system.

"chips made by X were found in the Kh-101", "a GPS module made by X inside an
Orlan-10", "the missile contained 31 foreign parts", "engines that power the X".
The maker (subject) is the company named with "made/built by" or as a modifier; the
weapon goes in ``used_in`` (a weapon mention key, or its words).
"""

from __future__ import annotations

from armstrace.extract.claims.component_origin import part_origin
from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, agents_of, objects_of, subjects_of
from armstrace.extract.claims.items import classify, core_item, item_phrase
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import conjuncts, is_passive, pobjs
from armstrace.model import ClaimType, EntityType, ItemClass

__all__ = ["component_drafts"]

_PART_CLASSES = frozenset({ItemClass.COMPONENT, ItemClass.DUAL_USE_GOOD})
_RECENT_CHARS = 600
_ORG = frozenset({EntityType.ORGANIZATION})
_SOURCE_NOUNS = frozenset(
    {"company", "firm", "manufacturer", "maker", "supplier", "producer", "country", "origin"}
)
_PART_WORDS = frozenset({"part", "component"})
_REMAINS = frozenset({"fragment", "wreckage", "remains", "debris", "remnant", "remain", "piece"})


def _weapon(tok: Token, ctx: DocContext) -> str | None:
    if tok.lemma_.lower() in _REMAINS | _PART_WORDS:  # "fragments of a Kh-101", "parts of X"
        for o in pobjs(list(tok.children), frozenset({"of"})):
            return _weapon(o, ctx)
    if tok.lemma_.lower() in _REMAINS:  # "Kalibr wreckage"
        for c in tok.children:
            mc = ctx.mention_at(c)
            modifier = c.dep_ in ("compound", "nummod", "nmod")  # the parser varies here
            if modifier and mc is not None and mc.type == EntityType.WEAPON_SYSTEM:
                return mc.key
    m = ctx.mention_at(tok)
    if m is not None and m.type == EntityType.WEAPON_SYSTEM:
        return m.key
    if tok.lower_ == "it" and tok.pos_ == "PRON":
        return _pronoun_weapon(tok, ctx)
    ref = ctx.referent(tok, frozenset({EntityType.WEAPON_SYSTEM}))
    if ref is not None:
        return ref
    if classify(tok.text, tok, ctx) == ItemClass.WEAPON_SYSTEM and tok.pos_ == "NOUN":
        return item_phrase(tok, ctx)
    return None


def _is_origin(tok: Token, ctx: DocContext) -> bool:
    """A country, place or firm after "in"/"from" says where a part came from, not what
    it was found in."""
    m = ctx.mention_at(tok)
    if m is None:
        return tok.lemma_.lower() in _SOURCE_NOUNS  # "traced to 26 companies"
    return m.type in ACTORS | {EntityType.PLACE}


def _pronoun_weapon(tok: Token, ctx: DocContext) -> str | None:
    """ "it carried a module": the weapon named last, when nothing nearer (a firm or a
    country) could be what "it" stands for."""
    near = ctx.antecedent(tok.idx, _ORG | {EntityType.COUNTRY, EntityType.WEAPON_SYSTEM})
    if near is None or ctx.mentions[near].type != EntityType.WEAPON_SYSTEM:
        return None
    return near if tok.idx - ctx.mentions[near].end <= _RECENT_CHARS else None


def _maker(part: Token, ctx: DocContext) -> list[str | None]:
    makers: list[str | None] = []
    made = ("make", "manufacture", "produce", "build")
    acls = [c for c in part.children if c.dep_ == "acl"]
    acls += [x for c in acls for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
    for c in acls:  # "engines designed by A and built by B": B made them
        if c.lemma_.lower() in made:
            for a in c.children:
                if a.dep_ == "agent":
                    for o in a.children:
                        if o.dep_ == "pobj":
                            makers += [ctx.referent(x, ACTORS, deep=False) for x in conjuncts(o)]
    for c in part.children:
        if c.dep_ == "prep" and c.lower_ == "from":  # "microelectronics from Intel and AMD"
            for o in c.children:
                if o.dep_ == "pobj":
                    makers += [ctx.referent(x, _ORG, deep=False) for x in conjuncts(o)]
    for t in part.subtree:  # "an Nvidia Jetson TX2 module"
        if t.i < part.i:
            m = ctx.mention_at(t)
            if m is not None and m.type == EntityType.ORGANIZATION:
                makers.append(m.key)
                break
    gov = part.head
    if part.dep_ == "dobj" and gov.lemma_.lower() in lexicon()["production_verbs"]:
        makers += [ctx.referent(s, ACTORS) for s in subjects_of(gov)]  # "X makes the engine"
    return [k for k in makers if k] or [None]


def _recent_weapon(tok: Token, ctx: DocContext) -> str | None:
    """The weapon the passage is about: the nearest weapon mention before the sentence."""
    key = ctx.antecedent(tok.sent.start_char, frozenset({EntityType.WEAPON_SYSTEM}))
    if key is not None and tok.sent.start_char - ctx.mentions[key].end <= _RECENT_CHARS:
        return key
    return None


_ORIGIN_WORDS = frozenset({"origin", "make", "manufacture", "production", "provenance"})


def _origin_of(core: Token) -> str | None:
    """The words of an origin phrase on a part word ("of Western origin"), or None."""
    for c in core.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for o in c.children:
            if o.dep_ == "pobj" and o.lemma_.lower() in _ORIGIN_WORDS and o.i - core.i <= 5:
                return str(core.doc[c.i : o.i + 1].text)
    return None


def _with_origin(core: Token, text: str | None) -> str | None:
    """ "components of Western origin": the origin phrase is part of how the text names
    the parts (the bare head "components" is too generic to stand for them)."""
    origin = _origin_of(core)
    return text if origin is None else f"{text or core.text} {origin}"


def component_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Component drafts triggered by ``tok`` (a finding/using verb)."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in lex["component_verbs"]:
        return []
    parts: list[Token] = []
    weapons: list[str] = []
    makers: list[str | None] | None = None  # None: read each part's maker off the part
    if lemma in ("contain", "include", "carry", "use", "incorporate") and tok.tag_ != "VBN":
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        weapons = [w for s in subs for x in conjuncts(s) if (w := _weapon(x, ctx))]
        if not weapons and any(s.lemma_.lower() in lex["document_nouns"] for s in subs):
            recent = _recent_weapon(tok, ctx)  # "the list includes a processor from X"
            weapons = [recent] if recent is not None else []
        parts = objects_of(tok)
    elif lemma == "come":  # "its engine came from a Chinese supplier"
        parts, weapons, makers = part_origin(tok, ctx, _weapon)
    elif lemma == "power" and is_passive(tok):  # "the Akinci is powered by engines"
        weapons = [
            w
            for c in tok.children
            if c.dep_ == "nsubjpass"
            for x in conjuncts(c)
            if (w := _weapon(x, ctx))
        ]
        parts = agents_of(tok)
    elif lemma == "power":
        weapons = [w for o in objects_of(tok) if (w := _weapon(o, ctx))]
        if tok.dep_ == "relcl":
            parts = [tok.head]
    elif lemma == "fly":  # "the Akinci flies on engines built by X"
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        weapons = [w for s in subs for x in conjuncts(s) if (w := _weapon(x, ctx))]
        parts = pobjs(list(tok.children), frozenset({"on"}))
    elif lemma in ("turn", "end", "appear", "show") and tok.dep_ != "xcomp":
        parts = [x for c in tok.children if c.dep_ == "nsubj" for x in conjuncts(c)]
        holders = pobjs(list(tok.subtree), frozenset({"in", "inside", "aboard"}))
        weapons = [w for h in holders if (w := _weapon(h, ctx))]
    else:
        roles = ("nsubjpass", "dobj", "nsubj") if tok.tag_ == "VBN" else ("nsubjpass", "dobj")
        parts = [x for c in tok.children if c.dep_ in roles for x in conjuncts(c)]
        if tok.dep_ == "acl":
            parts.append(tok.head)
        said = {x.i for c in tok.children if c.dep_ == "nsubj" for x in c.subtree}
        own = [t for t in tok.subtree if t.i not in said]  # not "a list compiled from X"
        holders = pobjs(own, frozenset(lex["component_in_preps"]))
        weapons = [w for h in holders if (w := _weapon(h, ctx))]
        holders = [h for h in holders if not _is_origin(h, ctx)]  # "did not originate in X"
        if not weapons and not holders and lemma in lex["component_finding_verbs"]:
            recent = _recent_weapon(tok, ctx)  # "CAR documented 290 components" (in it)
            weapons = [recent] if recent is not None else []
    if not weapons:
        return []
    parts = parts + pobjs([t for p in parts for t in p.subtree], frozenset({"including"}))
    out = []
    for p in parts:
        core = p if _origin_of(p) is not None else core_item(p)  # not "part of" origin
        text = _with_origin(core, item_phrase(core, ctx))
        if text is None:
            continue
        cls = classify(text, core, ctx)
        owned = (  # "their guns come from X": a weapon's own gun is a part of it
            lemma == "come"
            and cls == ItemClass.WEAPON_SYSTEM
            and any(c.dep_ == "poss" for c in core.children)
        )
        if cls not in _PART_CLASSES and not owned:
            continue
        for maker in makers if makers is not None else _maker(core, ctx):
            for w in weapons[:2]:
                d = Draft(ClaimType.COMPONENT, tok, maker, None, text, core, ItemClass.COMPONENT)
                d.used_in = w
                out.append(d)
    return out
