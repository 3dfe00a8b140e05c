"""Deliveries whose recipient the preceding sentences name.

"India bought five air defence batteries from Russia. Three batteries have been
delivered so far": an agentless passive (or an intransitive "arrived") with no named
recipient continues a transfer the article has just reported. It takes that transfer's
recipient when its item is the same thing: the same head word, the same named weapon,
or a unit word ("units", "squadrons", "the first batch") that stands for the earlier
item. Only when exactly one recipient fits, within a few sentences; otherwise nothing.
And only for a delivery that adds to what was reported: part of an order or purchase
("the first 10 tanks", "two of the four"), or "another/further/remaining" units; "the
missiles were shipped" after "X sent missiles" tells the same transfer again.

The supplier is carried only from the same sentence ("bought X from India, and the
first batch was delivered"); one named sentences before is left unknown, as the
yardstick's annotators leave it (carrying it measured worse on dev).
"""

from __future__ import annotations

from armstrace.extract.claims.attribution import negated
from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, agents_of
from armstrace.extract.claims.items import classify, core_item, item_phrase
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.quantity import quantity_of
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, is_passive, pobjs
from armstrace.extract.claims.transfer import status_of
from armstrace.model import ClaimType, EntityType, ItemClass, Status

__all__ = ["discourse_drafts"]

_WINDOW_CHARS = 800  # how far back the earlier transfer may be (a paragraph or two)
_PARTY_PREPS = frozenset({"to", "for", "into", "in", "at", "by", "from", "with"})
_WEAPONS = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})
_MOD_DEPS = frozenset({"det", "amod", "advmod", "quantmod"})
_PRONOUNS = frozenset({"they", "them", "it"})
_OF_ANAPHORS = frozenset({"which", "them", "these", "those"})


def _norm(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _verbs(sent: Token, ctx: DocContext) -> list[Token]:
    """Delivery verbs in ``sent`` that name neither supplier nor recipient."""
    lex = lexicon()
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.dep_ == "acl" and not _anaphoric(tok.head, tok):
            continue  # "drones supplied to Russia" is the transfer rule's; "18 of which arrived"
        lemma = tok.lemma_.lower()
        if lemma not in lex["discourse_delivery_verbs"]:
            continue
        if negated(tok):
            continue  # "may not arrive before 2026" says when, not whether: leave it
        if lemma == "hand" and not any(c.lower_ == "over" for c in tok.children):
            continue
        arrival = lemma in lex["discourse_arrival_verbs"]
        if not arrival and not is_passive(tok):
            continue
        if any(a.pos_ == "PRON" or ctx.referent(a, ACTORS) for a in agents_of(tok)):
            continue  # "by Seoul", "by it"; "by the end of the year" is no agent
        subjects = {x.i for c in tok.children if c.dep_.startswith("nsubj") for x in c.subtree}
        clause = [t for t in clause_tokens(tok) if t.i not in subjects]
        if any(ctx.referent(t, ACTORS, deep=False) for t in pobjs(clause, _PARTY_PREPS)):
            continue  # a named party: the transfer rule's to read ("to Poland", "by Seoul")
        out.append(tok)
    return out


def _items(verb: Token) -> list[Token]:
    """What was delivered: the subject (passive or "arrived"), or for a participle hung
    on a noun ("the first 18 of which arrived") that noun."""
    dep = "nsubj" if lexicon()["discourse_arrival_verbs"] & {verb.lemma_.lower()} else "nsubjpass"
    subs = [c for c in verb.children if c.dep_ == dep]
    if not subs and verb.dep_ == "acl":
        subs = [verb.head]
    return [x for s in subs for x in conjuncts(s)]


def _anaphoric(tok: Token, verb: Token) -> bool:
    """ "they arrived", "the last of them", "of which four have been delivered": the
    words stand for the item of a transfer told earlier in the same sentence."""
    if tok.lower_ in _PRONOUNS:
        return True
    for head in (tok, verb):
        for prep in head.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and any(o.dep_ == "pobj" and o.lower_ in _OF_ANAPHORS for o in prep.children)
            ):
                return True
    return False


def _stands_for_item(tok: Token) -> bool:
    """ "Three squadrons", "the first six", "two units": a count or unit word that stands
    for the item the earlier transfer named."""
    if tok.lemma_.lower() in lexicon()["discourse_unit_words"]:
        return True
    return bool(tok.like_num and not any(c.dep_ == "prep" for c in tok.children))


def _fits(core: Token, d: Draft, ctx: DocContext) -> bool:
    """``core`` names the same thing as the earlier draft's item."""
    if d.item is None:
        return False
    lex = lexicon()
    if core.lemma_.lower() in lex["discourse_unit_words"]:
        return True
    m = ctx.mention_at(core)
    earlier = d.item.lower()
    if m is not None and m.type in _WEAPONS:
        name = m.text.lower().rstrip("s")
        return name in earlier or earlier.rstrip("s") in m.text.lower()
    words = [_norm(w) for w in earlier.replace("-", " ").split()]
    return bool(words) and words[-1] == _norm(core.text)


def _supplier(fits: list[Draft], sent: Token, ctx: DocContext) -> str | None:
    """The supplier the same sentence names ("bought X from India, and the first batch
    was delivered"); one named only in an earlier sentence is left to the reader."""
    here = [d for d in fits if d.trigger.sent.start == sent.start]
    names = {ctx.name(d.subject) for d in here if d.subject is not None}
    if len(names) != 1 or any(d.subject is None for d in here):
        return None
    return here[-1].subject


def _named_source(tok: Token, ctx: DocContext) -> str | None:
    """ "24 K9s from Hanwha", "the first 10 K2s, built by Rotem": the item names its source."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            objs = [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            objs = agents_of(c)
        else:
            continue
        for o in objs:
            key = ctx.referent(o, ACTORS, deep=False)
            if key is not None:
                return key
    return None


def _new_portion(tok: Token, core: Token) -> bool:
    """ "another batch", "the remaining two", "further units": more than was reported."""
    cues = lexicon()["discourse_portion_words"]
    return any(
        c.lower_ in cues and c.nbor(1).lower_ != "than"  # "more than 200" counts, adds nothing
        for t in (tok, core)
        for c in t.children
        if c.dep_ in _MOD_DEPS and c.i + 1 < len(c.doc)
    )


def _class_of(d: Draft, ctx: DocContext) -> ItemClass | None:
    """The earlier item's class, but units of a named weapon ("S-400 squadrons", "IRIS-T
    batteries") are weapons whatever the unit word alone would say."""
    if d.item_tok is None or d.item is None:
        return d.item_class
    sent = d.item_tok.sent
    for t in ctx.doc[max(sent.start, d.item_tok.i - 8) : d.item_tok.i + 1]:
        m = ctx.mention_at(t)
        if m is not None and m.type == EntityType.WEAPON_SYSTEM and m.text in d.item:
            return ItemClass.WEAPON_SYSTEM
    return d.item_class


def _fewer(core: Token, d: Draft) -> bool:
    """ "bought four batteries ... Two units have been delivered": part of what was bought."""
    if d.item_tok is None:
        return False
    now, before = quantity_of(core), quantity_of(d.item_tok)
    return now is not None and before is not None and now < before


def _own_item(core: Token, ctx: DocContext) -> tuple[str, ItemClass] | None:
    text = item_phrase(core, ctx)
    if text is None:
        return None
    return text, classify(text, core, ctx)


def discourse_drafts(sent: Token, ctx: DocContext, earlier: list[Draft]) -> list[Draft]:
    """Transfers in ``sent`` that continue one of the ``earlier`` transfer drafts (those
    of the preceding sentences and of this one)."""
    out: list[Draft] = []
    start = sent.start_char
    recent = [
        d
        for d in earlier
        if d.type == ClaimType.TRANSFER
        and d.object is not None
        and 0 <= start - d.trigger.sent.start_char <= _WINDOW_CHARS
    ]
    for verb in _verbs(sent, ctx):
        if any(d.trigger.i == verb.i for d in earlier):
            continue  # the transfer rule read this verb itself
        status = status_of(verb)
        for tok in _items(verb):
            anaphor = _anaphoric(tok, verb)
            core = tok if anaphor else core_item(tok)
            if not anaphor and any(t.tag_ in ("WDT", "WRB", "WP") for t in tok.subtree):
                continue  # "did not say how many missiles were delivered"
            m = ctx.mention_at(core)
            if (core.pos_ == "PRON" and not anaphor) or (m is not None and m.type in ACTORS):
                continue
            unit = anaphor or _stands_for_item(core)
            pool = [d for d in recent if d.trigger.i != verb.i]
            if anaphor:  # only a transfer told before it in the same sentence
                pool = [
                    d for d in pool if d.trigger.sent.start == sent.start and d.trigger.i < verb.i
                ]
            fits = [d for d in pool if d.item and (unit or _fits(core, d, ctx))]
            recipients = {ctx.name(d.object) for d in fits if d.object is not None}
            if len(recipients) != 1:
                continue
            fewer = _fewer(core, fits[-1])
            if status != Status.DELIVERED and not fewer:
                continue  # "will be delivered in stages": the planned transfer, told again
            if not (
                _new_portion(tok, core) or any(d.status == Status.PLANNED for d in fits) or fewer
            ):
                continue  # "the missiles were shipped": the reported transfer, told again
            last = fits[-1]
            supplier = _named_source(tok, ctx) or _supplier(fits, sent, ctx)
            own = None if unit else _own_item(core, ctx)
            if own is None and not unit:
                continue
            text, cls = own if own is not None else (last.item or "", _class_of(last, ctx))
            out.append(
                Draft(
                    ClaimType.TRANSFER,
                    verb,
                    supplier,
                    last.object,
                    text,
                    core,
                    cls or ItemClass.UNSPECIFIED,
                    None,
                    status,
                )
            )
    return out
