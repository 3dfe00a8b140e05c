"""What a claim is about: the item's short core phrase and its class.

The phrase is the head noun with its compounds and descriptive adjectives, without
determiners, numbers, possessives or nationality words ("more than 6,000 of Iran's
Shahed-136 drones" -> "Shahed-136 drones"). Measure words ("a batch of", "shipments of")
hand over to the noun they measure.
"""

from __future__ import annotations

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import EntityType, ItemClass

__all__ = ["classify", "core_item", "item_phrase"]

_MEASURE = frozenset(
    {
        "number",
        "batch",
        "shipment",
        "consignment",
        "lot",
        "quantity",
        "type",
        "kind",
        "variety",
        "range",
        "amount",
        "delivery",
        "supply",
        "supplies",
        "shipments",
        "deliveries",
        "volume",
        "set",
        "series",
        "stockpile",
        "stock",
        "part",
        "portion",
        "share",
        "majority",
        "host",
        "array",
        "fleet",
        "version",
        "variant",
        "model",
        "copy",
        "copies",
        "unit",
        "units",
        "total",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "tens",
        "load",
        "cargo",
        "flow",
        "sale",
        "export",
        "purchase",
        "transfer",
        "order",
        "some",
        "all",
        "most",
        "many",
        "more",
        "each",
        "one",
        "none",
    }
)
_DROP_ADJ = frozenset(
    {
        "more",
        "other",
        "new",
        "several",
        "many",
        "some",
        "further",
        "additional",
        "large",
        "small",
        "limited",
        "such",
        "certain",
        "various",
        "same",
        "own",
        "first",
        "second",
        "latest",
        "unspecified",
        "undisclosed",
        "huge",
        "significant",
        "vast",
        "much",
        "few",
        "its",
        "their",
        "total",
        "estimated",
        "least",
        "most",
        "entire",
        "whole",
        "key",
        "important",
        "critical",
    }
)
_NON_ITEMS = frozenset(
    {
        "it",
        "they",
        "them",
        "which",
        "that",
        "this",
        "these",
        "those",
        "what",
        "something",
        "anything",
        "nothing",
        "everything",
        "one",
        "all",
        "both",
        "russia",
        "ukraine",
        "war",
        "weapon",
        "way",
        "support",
        "help",
        "assistance",
        "information",
        "data",
        "detail",
        "report",
        "evidence",
        "statement",
        "sanction",
        "list",
        "access",
        "money",
        "time",
        "year",
        "month",
        "week",
        "day",
        "people",
        "country",
        "company",
        "firm",
        "entity",
        "individual",
        "person",
    }
)
_NAT_TYPES = frozenset(
    {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE}
)


def core_item(tok: Token) -> Token:
    """Skip measure words: "a batch of drones" -> drones; "50 of its drones" -> drones."""
    cur = tok
    for _ in range(3):
        if cur.lemma_.lower() in _MEASURE or cur.lower_ in _MEASURE or cur.like_num:
            of = [c for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [o for p in of for o in p.children if o.dep_ == "pobj"]
            if objs:
                cur = objs[0]
                continue
        break
    return cur


def item_phrase(tok: Token, ctx: DocContext) -> str | None:
    """The short core name of the item ``tok`` heads, or None when it names no item."""
    m = ctx.mention_at(tok)
    if m is not None and m.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
        words = [t for t in tok.lefts if t.dep_ == "compound" and ctx.mention_at(t) is None]
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        end = max(tok.i, span.end - 1 if span is not None else tok.i)
        start = min([*(w.i for w in words), span.start if span is not None else tok.i])
        return str(ctx.doc[start : end + 1].text)
    if m is not None and m.type in _NAT_TYPES:
        return None
    if tok.pos_ not in ("NOUN", "PROPN", "X", "ADJ") and not tok.like_num:
        return None
    if tok.lemma_.lower() in _NON_ITEMS or tok.lower_ in _NON_ITEMS or tok.like_num:
        return None
    keep: list[Token] = [tok]
    stack = [c for c in tok.children if c.i < tok.i]
    while stack:
        c = stack.pop()
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") or (
            c.dep_ == "punct" and c.text == "-"
        ):
            mc = ctx.mention_at(c)
            if mc is not None and mc.type in _NAT_TYPES and c.dep_ != "compound":
                continue
            if mc is not None and mc.type in _NAT_TYPES and mc.type != EntityType.ORGANIZATION:
                continue
            if c.lower_ in _DROP_ADJ or c.like_num or c.pos_ in ("DET", "NUM", "PRON"):
                continue
            if c.pos_ == "ADJ" and c.text[:1].isupper() and mc is None and c.dep_ == "amod":
                continue  # a nationality adjective the gazetteer did not tag
            keep.append(c)
            stack.extend(
                x
                for x in c.children
                if x.i < c.i
                and x.dep_ in ("compound", "amod", "punct", "advmod")
                and x.pos_ not in ("DET",)
            )
        elif c.dep_ == "punct" and c.text == "-":
            keep.append(c)
    # a trailing "of X" that names the item kind ("containers of munitions")
    idx = sorted(t.i for t in keep)
    start, end = idx[0], idx[-1]
    while start < end and not ctx.doc[start].is_alpha and not ctx.doc[start].like_num:
        start += 1
    words = ctx.doc[start : end + 1]
    if tok.lemma_.lower() in ("container", "kit", "trainload", "wagon", "truckload"):
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "with")]
        if of:
            last = max(x.i for x in of[0].subtree)
            if last - end <= 6:
                return str(ctx.doc[start : last + 1].text)
    text = str(words.text)
    return text if text and len(text) <= 80 else None


def classify(item: str, head: Token | None, ctx: DocContext | None = None) -> ItemClass:
    """The item class from the lexicon; a named weapon is a weapon system."""
    lex = lexicon()
    if head is not None and ctx is not None:
        m = ctx.mention_at(head)
        if m is not None and m.type == EntityType.WEAPON_SYSTEM:
            return ItemClass.WEAPON_SYSTEM
        if m is not None and m.type == EntityType.GOODS:
            return ItemClass.COMPONENT
    words = item.lower().replace("-", " ").split()
    if head is not None:
        lemma = head.lemma_.lower()
        entry = lex.items.get(lemma) or lex.items.get(head.lower_)
        if entry is not None and not (
            entry.item_class == ItemClass.WEAPON_SYSTEM and lemma == "system"
        ):
            return entry.item_class
    for w in reversed(words):
        base = w[:-1] if w.endswith("s") and len(w) > 3 else w
        entry = lex.items.get(w) or lex.items.get(base)
        if entry is not None:
            return entry.item_class
    return ItemClass.UNSPECIFIED
