"""Production and development claims: who makes or designs what, and where.

Verbs in either voice ("Kupol developed the drone", "drones built by Alabuga"), agent
nouns ("X, a maker of drones", "drone maker X") and nominalisations ("X's production of
shells"). "X-made" adjectives are not claims. The item must be something the item
lexicon knows or a named weapon, so "build ties" or "test the limits" stay out.
"""

from __future__ import annotations

from armstrace.extract.claims.component_making import made_parts, part_weapon
from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, objects_of, subjects_of
from armstrace.extract.claims.items import classify, core_item, item_phrases
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.making_implicit import implicit_makers, relative_holder, whose_holder
from armstrace.extract.claims.making_roles import (
    apposed_weapon,
    co_makers,
    family_phrase,
    holder_of_role,
    maker_subjects,
    partitive_part,
    partitive_weapon,
    passive_makers,
    passive_targets,
    possessed_items,
    rest_makers,
    said_of,
    split_name,
)
from armstrace.extract.claims.ownership_links import group_referent
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, is_passive, pobjs
from armstrace.model import ClaimType, EntityType, ItemClass

__all__ = ["making_drafts"]

_LOC_TYPES = frozenset({EntityType.PLACE, EntityType.COUNTRY})
_PRODUCERS = ACTORS
_NAMED = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})


def _kind(lemma: str, verbs: str, nouns: str, agents: str) -> bool:
    lex = lexicon()
    return lemma in lex[verbs] or lemma in lex[nouns] or lemma in lex[agents]


def _items(cands: list[Token], ctx: DocContext) -> list[tuple[Token, str, ItemClass]]:
    out: list[tuple[Token, str, ItemClass]] = []
    skip: set[int] = set()
    for cand in cands:
        if cand.i in skip:
            continue
        split = split_name(cand, ctx)  # "the Tern-4 reconnaissance and attack drone"
        if split is not None:
            name, rest = split
            out.append((cand, name, ItemClass.WEAPON_SYSTEM))
            skip.update(rest)
            continue
        part = partitive_part(cand, ctx)
        if part is not None:  # "two of them" after "found 16 components in the X"
            out.append((cand, part[0], ItemClass.COMPONENT))
            continue
        named = family_phrase(cand, ctx) or partitive_weapon(cand, ctx)
        if named is not None:  # "the Buk family of systems", "420 of them"
            out.append((cand, named, ItemClass.WEAPON_SYSTEM))
            continue
        core = core_item(cand)
        m = ctx.mention_at(core)
        if m is not None and m.type not in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
            continue
        if core.lemma_.lower() in lexicon()["production_site_nouns"] and m is None:
            continue  # "built a shell factory": a plant is where things are made
        for head, phrase in item_phrases(core, ctx):
            text = _short_name(head, phrase, ctx)
            cls = classify(phrase, head, ctx)
            if cls == ItemClass.UNSPECIFIED and m is None:
                continue
            out.append((head, text, cls))
    return out


def _short_name(head: Token, text: str, ctx: DocContext) -> str:
    """ "the S-400 Triumf air defence system": a named weapon with more than one
    describing word before the head is its name and the head ("S-400 Triumf system"),
    the short core name an item takes."""
    if ctx.mention_at(head) is not None:
        return text
    mods = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "poss", "punct")]
    named = [t for t in mods if (m := ctx.mention_at(t)) is not None and m.type in _NAMED]
    if not named:
        return text
    m = ctx.mention_at(named[0])
    assert m is not None
    extra = [t for t in mods if ctx.mention_at(t) is None and t.is_alpha]
    if len(extra) < 2 or m.text not in text:
        return text
    return f"{m.text} {head.text}"


def _location(toks: list[Token], ctx: DocContext, exclude: set[str]) -> str | None:
    """A place named after in/at; a named place wins over "its plant" standing for an
    earlier one ("at its plant in Yelabuga" is Yelabuga)."""
    places = pobjs(toks, frozenset({"in", "at"}))
    for t in places:
        m = ctx.mention_at(t)
        if m is not None and m.type in _LOC_TYPES and m.key not in exclude:
            return m.key
    for t in places:
        key = ctx.referent(t, _LOC_TYPES, deep=False)
        if key is not None and key not in exclude:
            return key
    return None


def _verb(verb: Token, kind: ClaimType, ctx: DocContext) -> list[Draft]:
    if verb.dep_ in ("amod", "compound") or (verb.i > 0 and verb.doc[verb.i - 1].text == "-"):
        return []
    if verb.lemma_.lower() == "make" and any(
        c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children
    ):
        return []
    passive = is_passive(verb)
    shared, first = passive_targets(verb)
    if passive or shared:
        subj = passive_makers(verb)
        src = first if shared and first is not None else verb
        items = [x for c in src.children if c.dep_ == "nsubjpass" for x in conjuncts(c)]
        if not items and src.dep_ in ("acl", "amod"):
            items = [apposed_weapon(src.head, ctx) or src.head]  # "engines designed by A"
        if not items and src.dep_ == "xcomp":  # "X are to be built by Y", "expected to be"
            items = [x for c in src.head.children if c.dep_ == "nsubj" for x in conjuncts(c)]
        if not subj and not shared:  # "made in Russia", "assembled at X's plant"
            subj = implicit_makers(verb, items, ctx)
    else:
        subj = [relative_holder(t) for t in maker_subjects(verb)]
        items = objects_of(verb)
    if subj:  # "developed by IAI together with Boeing", "X makes the jet with Y"
        subj += co_makers(verb, ctx)
    subj = [x for t in subj for x in said_of(t)]
    producers = list(dict.fromkeys(k for k in (ctx.referent(t, _PRODUCERS) for t in subj) if k))
    if not producers:
        return []
    producer = producers[0]
    clause = clause_tokens(verb)
    for other in [*verb.children, verb.head]:
        coordinated = other.dep_ == "conj" or verb.dep_ == "conj"
        if coordinated and other.pos_ in ("VERB", "AUX") and other.i != verb.i:
            clause += clause_tokens(other)  # coordinated verbs share "in China"
    loc = _location(clause, ctx, {producer})
    made = _items(items, ctx)
    out = [
        Draft(kind, verb, who, None, text, core, cls, loc)
        for who in producers  # "chips made by Intel, AMD and Texas Instruments"
        for core, text, cls in made
    ]
    out += _component_drafts(verb, producers, made, ctx)
    if passive:
        rest = {ctx.referent(t, _PRODUCERS) for t in rest_makers(verb)}
        for d in out:  # "two of them were made by A, and the rest by B": B's are not two
            if d.subject in rest and d.item_tok is not None and d.item_tok.like_num:
                d.item_tok = None
    return out


def _component_drafts(
    verb: Token, producers: list[str], made: list[tuple[Token, str, ItemClass]], ctx: DocContext
) -> list[Draft]:
    """Component claims beside the making: a part of a named weapon ("the jet's engines
    are made by X") is a component made by X; a weapon made "with parts made by Y" has
    Y's parts as components (see component_making)."""
    out: list[Draft] = []
    for core, text, cls in made:
        found_in = partitive_part(core, ctx)
        w = found_in[1] if found_in is not None else part_weapon(core, ctx)
        if cls == ItemClass.COMPONENT and w is not None:
            for who in producers:
                d = Draft(ClaimType.COMPONENT, verb, who, None, text, core, ItemClass.COMPONENT)
                d.used_in = w
                out.append(d)
        if cls != ItemClass.WEAPON_SYSTEM:
            continue
        m = ctx.mention_at(core)
        used_in = m.key if m is not None and m.type == EntityType.WEAPON_SYSTEM else text
        for part, part_text, makers in made_parts(verb, ctx):
            for maker in makers:
                d = Draft(
                    ClaimType.COMPONENT, verb, maker, None, part_text, part, ItemClass.COMPONENT
                )
                d.used_in = used_in
                out.append(d)
    return out


def _agent_noun(noun: Token, kind: ClaimType, ctx: DocContext) -> list[Draft]:
    """ "X, a maker of Y" / "X is a producer of Y" / "drone maker X"."""
    holder: Token | None = None
    if noun.dep_ == "appos":
        holder = noun.head
    elif noun.dep_ == "attr":
        subs = [c for c in noun.head.children if c.dep_ == "nsubj"]
        holder = subs[0] if subs else None
    else:
        app = [c for c in noun.children if c.dep_ == "appos"]
        holder = app[0] if app else None
        if holder is None and ctx.mention_at(noun.head) is not None and noun.dep_ == "compound":
            holder = noun.head
    if holder is None:
        return []
    producer = ctx.referent(holder, _PRODUCERS)
    if producer is None:
        return []
    return _maker_drafts(noun, kind, producer, ctx) + _owned_maker(noun, producer, ctx)


def _owned_maker(noun: Token, maker: str, ctx: DocContext) -> list[Draft]:
    """ "its aircraft maker X", "Y's drone maker X", "X, the group's missile maker": a
    firm's own maker is owned by it (an organisation; "Russia's tank maker X" says only
    where X is)."""
    if ctx.mentions[maker].type != EntityType.ORGANIZATION:
        return []
    org = frozenset({EntityType.ORGANIZATION})
    out: list[Draft] = []
    for p in noun.children:
        if p.dep_ != "poss":
            continue
        m = ctx.mention_at(p)
        if m is not None:
            owner = m.key if m.type == EntityType.ORGANIZATION else None
        else:
            owner = ctx.referent(p, org) or group_referent(p, ctx)
        if owner is not None and owner != maker and ctx.name(owner) != ctx.name(maker):
            out.append(Draft(ClaimType.OWNERSHIP, noun, maker, owner, timeless=True))
    return out


def _maker_drafts(noun: Token, kind: ClaimType, producer: str, ctx: DocContext) -> list[Draft]:
    items = pobjs(list(noun.children), frozenset({"of", "behind"}))  # "the maker behind X"
    loc = _location(list(noun.subtree), ctx, {producer})
    owned = possessed_items(noun, ctx) if not items else []
    if owned:  # "the drone's maker, X"; "X, the maker whose Y-7 became famous"
        referred = [
            Draft(kind, noun, producer, None, name, tok, ItemClass.WEAPON_SYSTEM, loc)
            for tok, name in owned
            if name is not None
        ]
        named = [tok for tok, name in owned if name is None]
        return referred + [
            Draft(kind, noun, producer, None, text, core, cls, loc)
            for core, text, cls in _items(named, ctx)
        ]
    if not items:
        # "drone maker X" only says what kind of firm X is, unless a named item follows
        named = [
            t
            for t in noun.sent
            if (m := ctx.mention_at(t)) is not None
            and m.type == EntityType.WEAPON_SYSTEM
            and t.i > noun.i
            and t.dep_ in ("dobj", "pobj", "compound", "nsubj", "nsubjpass")
        ]
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        items = [t for t in named if kinds & {x.lemma_.lower() for x in t.head.subtree}][:1]
    return [
        Draft(kind, noun, producer, None, text, core, cls, loc)
        for core, text, cls in _items(items, ctx)
    ]


def _item_word(tok: Token, ctx: DocContext) -> bool:
    m = ctx.mention_at(tok)
    return m is None or m.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS)


def _nominal(noun: Token, kind: ClaimType, ctx: DocContext) -> list[Draft]:
    """ "X's production of Y", "production of Y by X", "X set up production of Y"."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the design, testing and production of rockets"
    group = conjuncts(first)
    items = pobjs(list(noun.children), frozenset({"of"}))
    if not items:  # "shell production", "its Condor output" (not "Rostec production")
        items = [c for c in noun.children if c.dep_ == "compound" and _item_word(c, ctx)]
    if not items and noun in group:
        items = [x for g in group for x in pobjs(list(g.children), frozenset({"of"}))]
    cands = [whose_holder(c) for c in noun.children if c.dep_ in ("poss",)]
    cands += pobjs(list(noun.children), frozenset({"by"}))
    if noun.dep_ == "dobj":
        cands += subjects_of(noun.head)
    if (
        first.dep_ == "pobj"
        and first.head.head.lemma_.lower() in lexicon()["production_role_words"]
    ):
        cands += holder_of_role(first.head.head)  # "a firm involved in the production of"
    cands = [x for t in cands for x in said_of(t)]
    producer = next((k for k in (ctx.referent(t, _PRODUCERS) for t in cands) if k), None)
    if producer is None:
        return []
    toks = list(noun.subtree) + (clause_tokens(noun.head) if noun.dep_ == "dobj" else [])
    loc = _location(toks, ctx, {producer})
    return [
        Draft(kind, noun, producer, None, text, core, cls, loc)
        for core, text, cls in _items(items, ctx)
    ]


def making_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Production and development drafts triggered by ``tok``."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    out: list[Draft] = []
    for kind, verbs, nouns, agents in (
        (ClaimType.PRODUCTION, "production_verbs", "production_nouns", "production_agent_nouns"),
        (
            ClaimType.DEVELOPMENT,
            "development_verbs",
            "development_nouns",
            "development_agent_nouns",
        ),
    ):
        if not _kind(lemma, verbs, nouns, agents):
            continue
        if tok.pos_ in ("VERB", "AUX") and lemma in lex[verbs]:
            out += _verb(tok, kind, ctx)
        elif tok.pos_ == "NOUN" and lemma in lex[agents]:
            out += _agent_noun(tok, kind, ctx)
        elif tok.pos_ == "NOUN" and lemma in lex[nouns] and tok.dep_ != "compound":
            out += _nominal(tok, kind, ctx)
    return out
