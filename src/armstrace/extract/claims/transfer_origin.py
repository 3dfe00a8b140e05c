"""Where a transferred thing comes from, read off nationality words.

A nationality adjective ("Iranian", "North Korean") names no entity of its own, yet
"Russia received Iranian missiles" says who supplied them, and "Chinese firms sold
parts" who sold. These helpers map such a word to the mention of its country elsewhere
in the article (a claim's roles are mention keys, so a country never named stays unknown).
"""

from __future__ import annotations

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.gazetteer import load_gazetteer
from armstrace.model import EntityType

__all__ = ["demonym_country", "item_origin", "party_origin", "short_country"]

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _country_mention(name: str, before: int, ctx: DocContext) -> str | None:
    """The country mention named ``name`` nearest before char ``before``, else the first after."""
    after: str | None = None
    best: str | None = None
    for m in ctx.ordered:
        if m.type != EntityType.COUNTRY or ctx.name(m.key) != name:
            continue
        if m.end <= before:
            best = m.key
        elif after is None:
            after = m.key
    return best or after


def demonym_country(tok: Token, ctx: DocContext) -> str | None:
    """The country mention a nationality word stands for ("Iranian" -> the mention of Iran);
    "North Korean" is read as one word."""
    if ctx.mention_at(tok) is not None or not tok.text[:1].isupper():
        return None
    gazetteer = load_gazetteer()
    doc = tok.doc
    forms = [tok.text]
    if tok.i > 0 and doc[tok.i - 1].text[:1].isupper():
        forms.insert(0, f"{doc[tok.i - 1].text} {tok.text}")
    for form in forms:
        entry = gazetteer.country_of_demonym(form)
        if entry is not None:
            return _country_mention(entry.name.lower(), tok.idx, ctx)
    return None


def item_origin(item: Token, core: Token, ctx: DocContext) -> str | None:
    """The country a nationality word before the item names ("Iranian Fath-360 missiles",
    "Serbian-made ammunition"), for a transfer whose supplier is otherwise unnamed."""
    for head in dict.fromkeys([core, item]):
        for t in head.doc[head.left_edge.i : head.i]:
            if t.dep_ in _MODIFIER_DEPS or t.head.dep_ in _MODIFIER_DEPS:
                key = demonym_country(t, ctx)
                if key is not None:
                    return key
    return None


def party_origin(tok: Token, ctx: DocContext) -> str | None:
    """ "Chinese firms", "Iranian ships", "Russian entities": a party noun with a
    nationality word stands for that country when no name is given."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon()["transfer_party_nouns"]:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            key = demonym_country(c, ctx)
            if key is not None:
                return key
    return _located_in(tok, ctx)


def _located_in(tok: Token, ctx: DocContext) -> str | None:
    """ "companies in Iran", "firms based in Kyrgyzstan": the country right after the
    party noun, wherever the parser hung the preposition (it often hangs "in Iran" on
    the verb before the noun)."""
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].lemma_.lower() in ("base", "register", "locate"):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "from"):
        return None
    j = i + 1
    if doc[j].lower_ in ("mainland", "neighbouring", "neighboring"):
        j += 1  # "companies in mainland China"
    m = ctx.mention_at(doc[j]) if j < len(doc) else None
    return m.key if m is not None and m.type == EntityType.COUNTRY else None


def short_country(tok: Token, ctx: DocContext) -> str | None:
    """ "the North" for North Korea (and "the South"), once the article has named it."""
    if tok.lower_ not in ("north", "south") or ctx.mention_at(tok) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    prefix = tok.lower_ + " "
    found: str | None = None
    for m in ctx.ordered:
        if m.end > tok.idx:
            break
        if m.type == EntityType.COUNTRY and ctx.name(m.key).startswith(prefix):
            found = m.key
    return found
