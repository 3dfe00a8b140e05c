"""Bans on trade with a country: export bans, arms embargoes worded as verbs, and the
resolutions or laws that impose them.

"The UN Security Council banned all arms trade with North Korea", "resolutions that
ban arms trade with X", "arms exports by X are banned under UN resolutions", "Canada
prohibited the export of drones to Iran", "the Council expanded its export bans on
machine tools to Myanmar". The banned thing must be trade (exports, sales, imports,
transit ...): "banned cluster munitions" or "banned the rally" is no sanction. The
target is the party the trade goes to, comes from or is done with; the authority is the
subject, or the body whose resolution, law or sanctions the ban is "under".

This module finds the words; ``sanction.py`` turns them into authorities and targets.
"""

from __future__ import annotations

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.draft import agents_of, subjects_of
from armstrace.extract.claims.syntax import conjuncts, is_passive
from armstrace.model import EntityType

__all__ = ["BAN_NOUNS", "BAN_VERBS", "ban_parts"]

BAN_VERBS = frozenset({"ban", "prohibit", "bar", "embargo", "restrict"})
BAN_NOUNS = frozenset({"ban", "bans"})
# what a ban must be about to be a sanction on the party the trade involves
_TRADE = frozenset(
    {
        "trade",
        "export",
        "import",
        "sale",
        "transfer",
        "shipment",
        "supply",
        "delivery",
        "transit",
        "purchase",
    }
)
# the prepositions that name the party of a trade ("with X", "to X", "from X", "by X")
_PARTY_PREPS = frozenset({"with", "to", "from", "by"})
# nouns that carry their maker's authority: "UN resolutions", "EU law", "US sanctions"
_INSTRUMENTS = frozenset(
    {"resolution", "law", "regulation", "decision", "sanction", "sanctions", "rule", "regime"}
)
# verbs that put a ban in place, whose subject is the ban's authority
_SETTING = frozenset(
    {"impose", "extend", "introduce", "adopt", "announce", "tighten", "expand", "approve"}
)
_PARTIES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON})


def _is_trade(tok: Token) -> bool:
    return tok.lemma_.lower() in _TRADE or tok.lower_ in _TRADE


def _parties(nouns: list[Token], extra: list[Token], ctx: DocContext) -> list[Token]:
    """Named parties in "with/to/from/by" phrases on the trade nouns (or on a word of
    their phrase: "the sale of aircraft to X") or on ``extra`` words (the verb). None
    when the trade is in a named weapon ("a ban on Taurus deliveries to Ukraine" is a
    supplier's decision about its own weapon, not a sanction on the recipient)."""
    out: list[Token] = []
    for n in nouns:
        for t in n.subtree:
            m = ctx.mention_at(t)
            if m is not None and m.type == EntityType.WEAPON_SYSTEM:
                return []
    preps = [t for n in nouns for t in n.subtree] + [c for e in extra for c in e.children]
    for t in preps:
        if t.dep_ != "prep" or t.lower_ not in _PARTY_PREPS:
            continue
        if t.lower_ == "by" and t.head.dep_ not in ("nsubjpass", "nsubj"):
            continue  # "exports by X are banned", not "a ban enforced by X"
        if t.lower_ == "from" and t.head.lemma_.lower() != "import":
            continue
        for o in t.children:
            if o.dep_ != "pobj":
                continue
            for c in conjuncts(o):
                m = ctx.mention_at(c)
                if m is not None and m.type in _PARTIES:
                    out.append(c)
    return out


def _instrument_authority(tok: Token, ctx: DocContext) -> list[Token]:
    """The authority a resolution or law stands for ("United Nations resolutions"): the
    mention among the words before the noun in its phrase."""
    if tok.lemma_.lower() not in _INSTRUMENTS and tok.lower_ not in _INSTRUMENTS:
        return []
    return [t for t in tok.subtree if t.i < tok.i and ctx.mention_at(t) is not None][:1]


def _subject(tok: Token, ctx: DocContext) -> list[Token]:
    """A subject as authority words: a named one, a relative pronoun's noun ("resolutions
    that ban"), or the maker of an instrument ("the EU's rules ban ...")."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if ctx.mention_at(tok) is not None or tok.pos_ == "PRON":
        return [tok]
    return _instrument_authority(tok, ctx)


def _verb_parts(verb: Token, ctx: DocContext) -> tuple[list[Token], list[Token]]:
    if is_passive(verb):
        trade = [x for c in verb.children if c.dep_ == "nsubjpass" for x in conjuncts(c)]
        auths = agents_of(verb)
        if not auths:  # "are banned under UN Security Council resolutions"
            auths = [
                a
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "under"
                for o in p.children
                if o.dep_ == "pobj"
                for a in _instrument_authority(o, ctx)
            ]
    else:
        trade = [x for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c)]
        auths = [a for s in subjects_of(verb) for a in _subject(s, ctx)]
    trade = [t for t in trade if _is_trade(t)]
    if not trade:
        return [], []
    return auths, _parties(trade, [verb], ctx)


def _noun_parts(noun: Token, ctx: DocContext) -> tuple[list[Token], list[Token]]:
    """ "its export bans on dual-use goods to Belarus", "an arms ban on X"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if not any(_is_trade(m) or m.lemma_.lower() == "arm" for m in mods) and not any(
        p.lower_ == "on" and any(_is_trade(o) for o in p.children) for p in noun.children
    ):
        return [], []  # "a ban on protests": not about trade
    verb = noun.head if noun.dep_ == "dobj" else None
    auths = [c for c in noun.children if c.dep_ == "poss"]
    auths += [m for m in mods if ctx.mention_at(m) is not None]
    pronouns = not auths or all(a.pos_ == "PRON" for a in auths)
    if verb is not None and pronouns and verb.lemma_.lower() in _SETTING:
        auths = subjects_of(verb)  # "the Council expanded its export bans": the Council
    trade = [o for p in noun.children if p.lower_ == "on" for o in p.children] + [noun]
    targets = _parties(trade, [verb] if verb is not None else [], ctx)
    targets += [  # "an arms ban on X"
        c
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        for c in conjuncts(o)
        if (m := ctx.mention_at(c)) is not None and m.type in _PARTIES
    ]
    return auths, targets


def ban_parts(tok: Token, ctx: DocContext) -> tuple[list[Token], list[Token]]:
    """(authority words, target words) of a ban on trade that ``tok`` (a ban verb or
    noun) states; two empty lists when it states none."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in BAN_VERBS:
        return _verb_parts(tok, ctx)
    if tok.pos_ == "NOUN" and tok.lower_ in BAN_NOUNS:
        return _noun_parts(tok, ctx)
    return [], []
