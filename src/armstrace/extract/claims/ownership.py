"""Ownership claims: the owned or subsidiary (subject) and its owner or parent (object).

"X, a subsidiary of Y", "X is part of Y", "X is (majority-)owned by Y", "Y owns X",
"X belongs to Y", "X is affiliated with Y", "Y, in which Z holds a stake", and
"state-owned X" (X owned by the state the phrase names, or by the country of X where the
gazetteer gave one, or by the one country its sentence names). Relations without those
words ("a joint venture of", "its parent company", "sits under") are in ownership_links.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, agents_of, subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.ownership_agents import later_agents
from armstrace.extract.claims.ownership_links import (
    LINK_WORDS,
    described_as,
    group_referent,
    link_drafts,
    named,
    owner_of,
)
from armstrace.extract.claims.ownership_shares import SHARE_WORDS, rest_owned, side_clause_owners
from armstrace.extract.claims.ownership_takeovers import takeover_noun_drafts
from armstrace.extract.claims.syntax import conjuncts, pobjs
from armstrace.model import ClaimType, EntityType

__all__ = ["ownership_drafts"]

_OWNERS = ACTORS | {EntityType.PERSON}
_PERCENT = frozenset({"cent", "percent", "%"})
_SHARE_HEADS = _PERCENT | {"majority", "share", "part"}
_TAKEOVER_VERBS = frozenset({"acquire", "absorb", "buy", "purchase", "take"})
_BUYING = frozenset({"acquire", "buy", "purchase"})
_OWNED = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})
_SHARE_PARTS = SHARE_WORDS | {"all", "part", "control"}


def _holder(noun: Token) -> Token | None:
    """The thing a describing noun is said of: apposition head, copula subject, or the
    noun a participle modifies."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ in ("attr", "acomp"):
        subs = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subs[0] if subs else None
    if noun.dep_ in ("acl", "amod", "relcl") and noun.head.i != noun.i:
        head = noun.head
        if head.dep_ == "appos":
            return head.head
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "40 per cent and a golden share held by Y"
        if head.lower_ in _SHARE_HEADS and first.dep_ == "attr":
            return _holder(first)  # "X is 66 per cent owned by Y", "is majority owned by"
        if head.dep_ == "attr" and head.pos_ == "NOUN":
            return _holder(head)  # "X is a company controlled by Y"
        if head.lower_ == "turn" and head.head.lower_ == "in":
            verb = head.head.head  # "which is in turn owned by Y", misparsed
            subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return subs[0] if subs else None
        return head
    app = [c for c in noun.children if c.dep_ == "appos"]
    return app[0] if app else None


def _taken_over(tok: Token, ctx: DocContext) -> list[Draft]:
    """ "X, a company later absorbed by Y", "X was acquired by Y in 2019": Y owns the
    company X (an organisation; "drones bought by Russia" are goods, not owned firms)."""
    if tok.lemma_.lower() == "take" and not any(
        c.dep_ == "prt" and c.lower_ == "over" for c in tok.children
    ):
        return []
    owners = agents_of(tok)
    subs = [c for c in tok.children if c.dep_ == "nsubjpass"]
    holder = subs[0] if subs else _holder(tok)
    if not owners or holder is None:
        return []
    out: list[Draft] = []
    for h in conjuncts(holder):
        sub = named(h, ctx, frozenset({EntityType.ORGANIZATION}))
        for o in owners:
            out += _pair(sub, owner_of(o, ctx), tok, ctx)
    return out


def _is_firm(tok: Token, ctx: DocContext) -> bool:
    """A named organisation (or a noun in apposition with one: "the maker X")."""
    m = ctx.mention_at(tok)
    if m is None:
        app = [c for c in tok.children if c.dep_ == "appos"]
        m = ctx.mention_at(app[0]) if app else None
    return m is not None and m.type == EntityType.ORGANIZATION


def _governs(key: str, ctx: DocContext) -> bool:
    """A government body (its name has an authority word: bureau, ministry, treasury)."""
    m = ctx.mentions[key]
    words = set(((m.canonical or "") + " " + m.text).lower().replace(".", " ").split())
    return bool(words & lexicon()["authority_words"])


def _holders(tok: Token, holder: Token, ctx: DocContext) -> list[Token]:
    """The owned words a describing word is said of: the holder and its conjuncts, where
    "the X plant in Rostov, a part of Y" is the plant (not the place the parser hung the
    apposition on) and "A and B, another Rostec holding" is B alone."""
    place = ctx.mention_at(holder)
    if (
        place is not None
        and place.type == EntityType.PLACE
        and holder.dep_ == "pobj"
        and holder.head.lower_ in ("in", "at")
        and holder.head.head.pos_ in ("NOUN", "PROPN")
    ):
        holder = holder.head.head
    holders = conjuncts(holder)
    if tok.dep_ == "appos" and tok.tag_ == "NN" and len(holders) > 1:
        holders = holders[-1:]
    return holders


def _pair(sub: str | None, obj: str | None, trigger: Token, ctx: DocContext) -> list[Draft]:
    if sub is None or obj is None or sub == obj or ctx.name(sub) == ctx.name(obj):
        return []
    return [Draft(ClaimType.OWNERSHIP, trigger, sub, obj, timeless=True)]


def _state_of(owned: str, noun: Token, ctx: DocContext) -> str | None:
    for t in noun.subtree:
        m = ctx.mention_at(t)
        if m is not None and m.type == EntityType.COUNTRY and t.i < noun.i:
            return m.key
    code = ctx.mentions[owned].country
    if code:
        for m in ctx.ordered:
            if m.type == EntityType.COUNTRY and (m.country or "").upper() == code.upper():
                return m.key
    sent = noun.sent
    keys = {
        m.key for t in sent if (m := ctx.mention_at(t)) is not None and m.type == EntityType.COUNTRY
    }
    names = {ctx.name(k) for k in keys}
    if len(names) == 1:  # "Serbia's industry includes state-owned producers such as X"
        return sorted(keys)[0]
    return None


def _led_by(tok: Token, ctx: DocContext) -> str | None:
    """ "investors led by Y": the named leader of an unnamed group of owners."""
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head"):
            for o in agents_of(c):
                key = ctx.referent(o, _OWNERS, deep=False)
                if key is not None:
                    return key
    return None


def _region(tok: Token, ctx: DocContext) -> str | None:
    """A region named as an owner ("34 per cent by Tatarstan"): a place mention standing
    right in the "by" phrase (a regional government holding shares)."""
    m = ctx.mention_at(tok)
    return m.key if m is not None and m.type == EntityType.PLACE else None


def _share_holder(tok: Token) -> Token:
    """ "owns all of its shares" / "a stake in X": the company the shares are of."""
    if tok.lemma_.lower() not in _SHARE_PARTS:
        return tok
    for t in tok.subtree:
        holds = t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in ("of", "in"))
        if holds and t.lemma_.lower() not in _SHARE_PARTS:
            return t
    return tok


def ownership_drafts(tok: Token, ctx: DocContext) -> list[Draft]:
    """Ownership drafts triggered by ``tok``."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    out: list[Draft] = []
    if lemma in LINK_WORDS:
        return link_drafts(tok, ctx)
    if tok.pos_ == "NOUN" and lemma in lex["ownership_takeover_nouns"]:
        return takeover_noun_drafts(tok, ctx)  # "Y's acquisition of X"
    if tok.pos_ == "NOUN" and lemma in lex["ownership_heads"]:
        named_unit = any(c.dep_ == "poss" for c in tok.children) and any(
            c.dep_ == "appos" and ctx.mention_at(c) is not None for c in tok.children
        )  # "its American unit, Nammo Talley, builds rockets"
        as_said = described_as(tok)  # "Y presents X as part of its group"
        if (
            lemma in ("part", "member", "unit", "arm", "branch", "division")
            and tok.dep_ not in ("appos", "attr")
            and not named_unit
            and as_said is None
        ):
            return []
        if any(c.dep_ == "neg" for c in tok.head.children) and tok.dep_ == "attr":
            return []  # "X is not part of Y"
        holder = _holder(tok) or as_said
        if holder is None and tok.dep_ == "compound":
            holder = tok.head  # "Rostec's subsidiary Rosoboronexport"
        parents = pobjs(list(tok.children), frozenset({"of"}))
        parents += [c for c in tok.children if c.dep_ == "poss"]
        if tok.dep_ == "compound" and not parents:  # "Rostec's subsidiary X": poss on X
            parents += [c for c in tok.head.children if c.dep_ == "poss" and c.i < tok.i]
        parents += [  # "another Rostec holding", "a Rostec subsidiary"
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod")
            and (m := ctx.mention_at(c)) is not None
            and m.type == EntityType.ORGANIZATION
        ]
        if not parents and tok.dep_ == "dobj" and lemma in ("subsidiary", "affiliate"):
            parents = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include" and parents:
            # "Saab's subsidiaries include A and B"
            objs = [c for c in tok.head.children if c.dep_ == "dobj"]
            listed = [x for o in objs for x in o.subtree if x.dep_ in ("dobj", "conj", "appos")]
            members = {k for x in listed if (k := ctx.referent(x, _OWNED, deep=False))}
            for d in sorted(members):
                for p in parents:
                    out += _pair(d, owner_of(p, ctx), tok, ctx)
            return out
        if holder is None:
            return []
        for h in _holders(tok, holder, ctx):
            sub = named(h, ctx, _OWNED)
            for p in parents:
                if p.lower_ in ("its", "their") and h.dep_ in ("conj", "appos") and h.head != tok:
                    p = h.head  # "A and its subsidiary B", "A, its affiliate B": A owns B
                out += _pair(sub, owner_of(p, ctx), tok, ctx)
        return out
    if tok.lower_ in ("owned", "controlled") or (tok.lemma_ == "own" and tok.tag_ == "VBN"):
        prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
        if prev is not None and prev.lower_ in ("state", "government"):
            noun = tok.head if tok.head.i != tok.i else tok
            while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i:
                noun = noun.head
            owned = [noun]
            if tok.dep_ == "acomp":  # "A and B are both state-owned"
                said = [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]
                owned = conjuncts(said[0]) if said else []
            elif ctx.mention_at(noun) is None:
                holder = _holder(noun) if noun.dep_ in ("appos", "attr") else None
                # "two state-owned companies", "state-owned producers such as X and Y"
                owned = conjuncts(holder) if holder is not None else []
                owned += [
                    x
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ == "as"
                    for x in pobjs([p], frozenset({"as"}))
                ]
                if not owned:
                    owned = [noun]
            for o in owned:
                sub = ctx.referent(o, _OWNED, deep=o is noun)
                if sub is not None:
                    out += _pair(sub, _state_of(sub, noun, ctx), tok, ctx)
            return out
        owners = agents_of(tok)
        owners += [o for o in later_agents(tok) if o not in owners]  # "..., and by C"
        if tok.head.lower_ in _PERCENT:  # "... and 34 per cent by Z"
            for share in tok.head.children:
                if share.dep_ == "conj" and share.lower_ in _PERCENT:
                    owners += pobjs(list(share.children), frozenset({"by"}))
        if not owners:
            return []
        subs: list[Token] = [c for c in tok.children if c.dep_ == "nsubjpass"]
        holder = subs[0] if subs else _holder(tok)
        if holder is None:
            return []
        via = [  # "X is controlled through Z, a holding company, by Y": X -> Z -> Y
            m.key
            for t in pobjs(list(tok.children), frozenset({"through"}))
            if (m := ctx.mention_at(t)) is not None
            and m.type == EntityType.ORGANIZATION
            and not _governs(m.key, ctx)  # "owned by the state, through its ministry"
        ]
        for h in _holders(tok, holder, ctx):
            sub = named(h, ctx, _OWNED)
            for o in owners:
                owner = owner_of(o, ctx) or _region(o, ctx)
                if via:
                    out += _pair(sub, via[0], tok, ctx)
                    out += _pair(via[0], owner, tok, ctx)
                else:
                    out += _pair(sub, owner, tok, ctx)
        return out
    if tok.tag_ == "VBN" and lemma in _TAKEOVER_VERBS:
        return _taken_over(tok, ctx)
    if tok.pos_ == "VERB" and lemma in lex["ownership_verbs"] and tok.tag_ != "VBN":
        side = side_clause_owners(tok, ctx, ownership_drafts)
        if side is not None:  # "..., with B owning the rest"
            return side
        owners = [c for c in tok.children if c.dep_ == "nsubj"]
        owned = [x for c in tok.children if c.dep_ == "dobj" for x in conjuncts(c)]
        if lemma in lex["stake_verbs"]:
            # "Y bought a controlling stake in X": only stakes, never goods; "Y acquired
            # X" when X is a named organisation (a firm, not a weapon)
            firms = [d for d in owned if lemma in _BUYING and _is_firm(d, ctx)]
            stakes = [d for d in owned if d.lemma_.lower() in lex["stake_words"]]
            owned = [t for d in stakes for t in pobjs(list(d.subtree), frozenset({"in", "of"}))]
            owned = [t for t in owned if t.lemma_.lower() not in lex["stake_words"]]
            if stakes and not owned:  # "X, in which Y holds a blocking stake"
                owned = [t for t in pobjs(list(tok.children), frozenset({"in"})) if t.tag_ == "WDT"]
            owned += firms
            if firms and not owners:  # "Y agreed to acquire X"
                owners = [s for s in subjects_of(tok) if ctx.mention_at(s) is not None]
        else:
            firms = []
            owned = [_share_holder(d) for d in owned]
        for o in owners:
            owner = ctx.referent(o, _OWNERS) or group_referent(o, ctx)  # "The group controls"
            for d in owned:
                pair = _pair(named(d, ctx, _OWNED), owner, tok, ctx)
                for draft in pair:
                    draft.timeless = d not in firms  # a takeover is dated: "bought X in 2024"
                out += pair
        return out
    if tok.lower_ == "affiliated":  # "X is affiliated with Y"
        holder = _holder(tok) if tok.dep_ != "acomp" else None
        if tok.dep_ == "acomp":
            subs = [c for c in tok.head.children if c.dep_ == "nsubj"]
            holder = subs[0] if subs else None
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive:  # "X is affiliated with Y" parsed as a passive verb
            holder = passive[0]
        if holder is not None:
            for p in pobjs(list(tok.children), frozenset({"with", "to"})):
                out += _pair(named(holder, ctx, _OWNED), owner_of(p, ctx), tok, ctx)
        return out
    if tok.pos_ == "NOUN" and lemma in lex["parent_owned_nouns"] and tok.dep_ == "appos":
        # "Kordan Works, the group's Minsk engine factory"
        for p in tok.children:
            if p.dep_ == "poss":
                parent = ctx.referent(p, frozenset({EntityType.ORGANIZATION}))
                if parent is not None and ctx.mention_at(p) is None and _governs(parent, ctx):
                    parent = None  # "the group's factory" never points back to a ministry
                if parent is None:  # then the group the article is about
                    parent = group_referent(p, ctx)
                out += _pair(ctx.referent(tok.head, _OWNED, deep=False), parent, tok, ctx)
        return out
    if tok.pos_ == "VERB" and lemma == "belong":
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        for s in subs:
            owned = [named(s, ctx, _OWNED)]
            if s.lemma_.lower() in SHARE_WORDS:  # "..., while the rest belongs to Y"
                owned = list(rest_owned(tok, ctx, ownership_drafts))
            for p in pobjs(list(tok.children), frozenset({"to"})):
                owner = owner_of(p, ctx) or _led_by(p, ctx)
                for sub in owned:
                    out += _pair(sub, owner, tok, ctx)
    return out
