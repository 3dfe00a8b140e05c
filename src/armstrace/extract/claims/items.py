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

__all__ = ["classify", "core_item", "item_phrase", "item_phrases"]

_NAT_TYPES = frozenset(
    {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE}
)


_WEAPONS = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})
_ANAPHOR_CHARS = 600  # how far back "the missile" may find its name


def core_item(tok: Token) -> Token:
    """Skip measure words: "a batch of drones" -> drones; "50 of its drones" -> drones."""
    cur = tok
    if cur.tag_ in ("WDT", "WP") and cur.head.dep_ == "relcl":
        cur = cur.head.head  # "the launchers, which Lockheed builds"
    for _ in range(3):
        if (
            cur.lemma_.lower() in lexicon()["measure_words"]
            or cur.lower_ in lexicon()["measure_words"]
            or cur.like_num
        ):
            of = [c for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [o for p in of for o in p.children if o.dep_ == "pobj"]
            if objs:
                cur = objs[0]
                continue
        break
    return cur


def _modifiers(tok: Token, ctx: DocContext, skip: set[int]) -> list[Token]:
    """Left modifiers that belong to the item's name."""
    keep: list[Token] = []
    stack = [c for c in tok.children if c.i < tok.i and c.i not in skip]
    while stack:
        c = stack.pop()
        mc = ctx.mention_at(c)
        if mc is not None and mc.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
            keep.append(c)
        elif c.dep_ in ("compound", "amod", "nmod", "npadvmod") or (
            c.dep_ == "punct" and c.text == "-"
        ):
            if mc is not None and mc.type in _NAT_TYPES:
                continue
            if (
                c.lower_ in lexicon()["drop_adjectives"]
                or c.like_num
                or c.pos_ in ("DET", "NUM", "PRON", "VERB")
            ):
                continue
            if c.pos_ == "ADJ" and c.text[:1].isupper() and c.dep_ == "amod":
                continue  # a nationality adjective the gazetteer did not tag
            keep.append(c)
        else:
            continue
        stack.extend(
            x
            for x in c.children
            if x.i < c.i
            and x.i not in skip
            and x.dep_ in ("compound", "amod", "punct", "advmod", "nmod")
            and x.pos_ != "DET"
        )
    return keep


def item_phrase(tok: Token, ctx: DocContext, skip: frozenset[int] = frozenset()) -> str | None:
    """The short core name of the item ``tok`` heads, or None when it names no item."""
    m = ctx.mention_at(tok)
    if m is not None and m.type in _NAT_TYPES:
        return None
    if m is None:
        if tok.pos_ not in ("NOUN", "PROPN", "X", "ADJ") and not tok.like_num:
            return None
        if (
            tok.lemma_.lower() in lexicon()["non_items"]
            or tok.lower_ in lexicon()["non_items"]
            or tok.like_num
        ):
            return None
    keep = [tok, *_modifiers(tok, ctx, set(skip))]
    named = [k for k in keep if (mk := ctx.mention_at(k)) is not None and mk.type in _WEAPONS]
    extra = [k for k in keep if k not in named and k.i != tok.i and k.is_alpha]
    if named and m is None and len(extra) > 2:
        # "Storm Shadow long-range cruise missiles": the name and its head noun
        first, last = min(t.i for t in named), max(t.i for t in named)
        return f"{ctx.doc[first : last + 1].text} {tok.text}"
    if len(keep) == 1 and m is None and tok.lemma_.lower() in lexicon()["bare_generics"]:
        return None  # "other items": nothing names what moved
    if m is not None:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            keep += list(span)
    idx = sorted({t.i for t in keep})
    start, end = idx[0], idx[-1]
    while start < end and ctx.doc[start].is_punct and ctx.mention_at(ctx.doc[start]) is None:
        start += 1
    while start > 0:  # a designation the parser hung elsewhere: "Shahed-136 drones"
        prev = ctx.mention_at(ctx.doc[start - 1])
        if prev is None or prev.type not in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
            break
        start -= 1
    if tok.lemma_.lower() in ("container", "kit", "trainload", "wagon", "truckload"):
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "with")]
        if of:
            last = max(x.i for x in of[0].subtree)
            if last - end <= 6:
                end = last
    text = str(ctx.doc[start : end + 1].text)
    if "(" in text and ")" not in text:
        text = text.split("(")[0].strip()  # "Liutyi (Лютий": the gloss is no part of the name
    return text if text and len(text) <= 80 else None


def named_item(tok: Token, ctx: DocContext) -> str | None:
    """The named weapon an item word stands for: "them"/"the missile" (an earlier
    weapon mention), or "the drone" apposed to "the Orlan-10"."""
    weapon = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})
    if ctx.mention_at(tok) is not None:
        return None
    key: str | None = None
    if tok.dep_ == "appos":
        m = ctx.mention_at(tok.head)
        key = m.key if m is not None and m.type in weapon else None
    if key is None:
        for c in tok.children:
            m = ctx.mention_at(c)
            if c.dep_ == "appos" and m is not None and m.type in weapon:
                key = m.key
            if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "know", "dub", "designate"):
                for x in c.subtree:  # "a new drone model called Garpiya-3"
                    mx = ctx.mention_at(x)
                    if mx is not None and mx.type in weapon:
                        key = mx.key
                        break
    partitive = tok.dep_ == "pobj" and tok.head.lower_ == "of"  # "two of them": parts, maybe
    if (
        key is None
        and not partitive
        and tok.lower_ in ("them", "it")
        and tok.dep_
        in (
            "dobj",
            "nsubjpass",
        )
    ):
        key = ctx.antecedent(tok.sent.start_char, weapon)
    if key is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon()["anaphoric_items"]:
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if dets & {"the", "this", "these"} and not any(
            c.dep_ in ("compound", "amod", "prep") for c in tok.children
        ):
            key = ctx.antecedent(tok.sent.start_char, weapon)
            if key is not None and tok.sent.start_char - ctx.mentions[key].end > _ANAPHOR_CHARS:
                key = None
    return ctx.mentions[key].text if key is not None else None


def item_phrases(tok: Token, ctx: DocContext) -> list[tuple[Token, str]]:
    """One phrase per item; splits "spare parts and control units", which the parser
    reads as one noun with a coordinated modifier, into its two items."""
    named = named_item(tok, ctx)
    if named is not None:
        return [(tok, named)]
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("NOUN", "PROPN"):
            conj = [x for x in c.children if x.dep_ == "conj"]
            if conj and any(x.dep_ == "cc" for x in c.children):
                first = item_phrase(c, ctx, frozenset(x.i for k in conj for x in k.subtree))
                rest = frozenset(x.i for x in c.subtree) - frozenset(
                    x.i for k in conj for x in k.subtree
                )
                second = item_phrase(tok, ctx, rest)
                out = [(c, first)] if first else []
                if second:
                    out.append((tok, second))
                if out:
                    return out
    text = item_phrase(tok, ctx)
    return [(tok, text)] if text else []


def classify(item: str, head: Token | None, ctx: DocContext | None = None) -> ItemClass:
    """The item class from the lexicon; a named weapon is a weapon system."""
    lex = lexicon()
    if head is not None and ctx is not None:
        m = ctx.mention_at(head)
        if m is not None and m.type == EntityType.WEAPON_SYSTEM:
            return ItemClass.WEAPON_SYSTEM
        if m is not None and m.type == EntityType.GOODS:
            return ItemClass.COMPONENT
    if head is not None and ctx is not None and named_item(head, ctx) is not None:
        return ItemClass.WEAPON_SYSTEM
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
