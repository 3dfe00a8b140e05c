"""Gapped lists after a transfer verb.

"Denmark has pledged 12, Belgium four F-16s and Greece six Mirages to Kyiv": after the
first clause the verb is left out, and each "PARTY NUMBER [ITEM]" remnant is a transfer
of its own with the shared verb, recipient (the shared supplier for "ordered" or
"bought"), status and place. A count without an item takes the next item named to its
right ("Denmark 12" are F-16s, as a reader takes it), else the nearest to its left.

The small parser mangles such lists (remnants come out as appositions, compounds or
conjuncts of the item), so the remnants are read from the token sequence after the
verb, not from the tree.

Lists of parties each with its own count ("20 tanks to Poland, 12 to Latvia", "16 and
10 respectively", "handed over the drones: one to A, three to B") give each party its
count, and a counted list member takes the date after its own party
(``remnant_time``: "Russia donated six in 2017 and Belarus four in 2019").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import Draft, subjects_of
from armstrace.extract.claims.items import classify
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.quantity import parse_number
from armstrace.extract.claims.syntax import is_passive
from armstrace.extract.claims.timex import find_times
from armstrace.extract.claims.transfer import status_of, verb_lemma
from armstrace.model import ClaimType, ItemClass, Mention

__all__ = ["gapped_drafts", "remnant_time"]

_STOP_WORDS = frozenset({";", "while", "but", "whereas", "although", "though", "which", "who"})
_NUMBER_WORDS = frozenset({"a", "dozen"})
_ITEM_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
_RECIPIENT_PREPS = frozenset({"to", "for", "into"})


@dataclass(slots=True)
class _Group:
    """One "PARTY NUMBER [ITEM]" piece of the list; the lead has the verb's subject."""

    party: str
    count: float | None
    item: list[Token]


@dataclass(slots=True)
class _Item:
    text: str
    head: Token
    cls: ItemClass


def _is_transfer_verb(tok: Token) -> bool:
    lex = lexicon()
    return bool(
        tok.pos_ in ("VERB", "AUX")
        and verb_lemma(tok) in lex["transfer_verbs"] | lex["transfer_inverse_verbs"]
        and not is_passive(tok)
    )


def _segments(toks: Sequence[Token]) -> list[list[Token]]:
    """The tokens after the verb, cut at commas and "and"; a new clause ends the list."""
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.lower_ in _STOP_WORDS or t.text in (".", "?", "!", ":", "(", ")"):
            break
        if t.text == "," or (t.dep_ == "cc" and t.lower_ == "and"):
            if segs[-1]:
                segs.append([])
            continue
        segs[-1].append(t)
    return [s for s in segs if s]


def _number(toks: list[Token]) -> tuple[float, Token, int] | None:
    """The count that opens ``toks`` ("four", "12", "a dozen"), its last token and length."""
    n = 0
    while n < len(toks) and (toks[n].like_num or toks[n].lower_ in _NUMBER_WORDS):
        n += 1
    if n == 0 or not any(t.like_num or t.lower_ == "dozen" for t in toks[:n]):
        return None
    if n == 1 and len(toks[0].text) == 4 and toks[0].text.isdigit():
        return None  # "Poland 2023": a year, not a count
    value = parse_number([t.text for t in toks[:n]])
    return None if value is None else (value, toks[n - 1], n)


def _item_run(toks: list[Token], ctx: DocContext) -> list[Token]:
    """The item words that follow a count, up to a preposition, verb or party."""
    out: list[Token] = []
    for t in toks:
        m = ctx.mention_at(t)
        if m is not None and m.type in ACTORS:
            break
        if t.pos_ in _ITEM_POS or (t.text == "-" and out):
            out.append(t)
            continue
        break
    while out and out[-1].pos_ not in ("NOUN", "PROPN", "NUM", "X"):
        out.pop()
    return out


def _party(toks: list[Token], ctx: DocContext) -> tuple[str, int] | None:
    """The actor mention that opens a remnant ("the Netherlands") and its length."""
    n = 1 if toks and toks[0].lower_ == "the" else 0
    if n >= len(toks):
        return None
    m = ctx.mention_at(toks[n])
    if m is None or m.type not in ACTORS:
        return None
    while n < len(toks) and ctx.mention_at(toks[n]) is m:
        n += 1
    return m.key, n


def _has_verb(toks: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in toks)


def _groups(verb: Token, ctx: DocContext) -> list[_Group]:
    """The lead group and the remnants after ``verb``, or [] when there are no remnants."""
    lead_key = next(
        (k for t in subjects_of(verb) if (k := ctx.referent(t, ACTORS, deep=False)) is not None),
        None,
    )
    if lead_key is None:
        return []
    segs = _segments(verb.doc[verb.i + 1 : verb.sent.end])
    if len(segs) < 2 or _has_verb(segs[0]):
        return []
    first = segs[0]
    start = next((i for i, t in enumerate(first) if t.like_num), None)
    lead = _Group(lead_key, None, [])
    if start is not None and (num := _number(first[start:])) is not None:
        lead.count = num[0]
        lead.item = _item_run(first[start + num[2] :], ctx)
    groups = [lead]
    for seg in segs[1:]:
        party = _party(seg, ctx)
        if party is None:
            break
        num = _number(seg[party[1] :])
        if num is None:
            break
        rest = seg[party[1] + num[2] :]
        item = _item_run(rest, ctx)
        if _has_verb(rest):
            break
        groups.append(_Group(party[0], num[0], item))
    return groups if len(groups) > 1 else []


def _item_of(toks: list[Token], ctx: DocContext) -> _Item | None:
    if not toks:
        return None
    text = str(ctx.doc[toks[0].i : toks[-1].i + 1].text)
    return _Item(text, toks[-1], classify(text, toks[-1], ctx))


def _resolve_items(groups: list[_Group], ctx: DocContext) -> list[_Item | None]:
    """Each group's item: its own, else the next named to the right, else to the left."""
    own = [_item_of(g.item, ctx) for g in groups]
    out: list[_Item | None] = []
    for i, item in enumerate(own):
        if item is None:
            item = next((x for x in own[i + 1 :] if x is not None), None)
        if item is None:
            item = next((x for x in reversed(own[:i]) if x is not None), None)
        out.append(item)
    return out


def _other_party(verb: Token, inverse: bool, ctx: DocContext) -> str | None:
    """The party the list shares: "to Kyiv" (or "from France" for "ordered")."""
    preps = frozenset({"from"}) if inverse else _RECIPIENT_PREPS
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            key = ctx.referent(t, ACTORS, deep=False)
            if key is not None:
                return key
    return None


def _gapped_for(verb: Token, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """``drafts`` with the remnants after ``verb`` read as transfers; the transfer rule's
    own readings of the listed parties (the parser's guesses) are replaced."""
    groups = _groups(verb, ctx)
    if not any(g.item for g in groups):
        return drafts  # "Norway pledged eight, Portugal three": the transfer rule's item
    lex = lexicon()
    lemma = verb_lemma(verb)
    inverse = lemma in lex["transfer_inverse_verbs"]
    mine = [d for d in drafts if d.trigger.i == verb.i and d.type == ClaimType.TRANSFER]

    def party_of(d: Draft) -> str | None:
        return d.object if inverse else d.subject

    names = {ctx.name(g.party) for g in groups}
    lead_name = ctx.name(groups[0].party)
    base = next((d for d in mine if party_of(d) and ctx.name(party_of(d) or "") == lead_name), None)
    base = base or (mine[0] if mine else None)
    if base is not None:
        other = base.subject if inverse else base.object
        status, location = base.status, base.location
    else:
        other = _other_party(verb, inverse, ctx)
        status = status_of(verb, inverse_planned=lemma in lex["transfer_planned_verbs"])
        location = None
    if other is None and not inverse:
        return drafts
    items = _resolve_items(groups, ctx)
    lead_drafts = [d for d in mine if ctx.name(party_of(d) or "") == lead_name]
    # "A and B ordered nine, A five and B four": the lead is the total, split by the list
    split = any(ctx.name(g.party) == lead_name for g in groups[1:])
    keep_lead = bool(groups[0].item and lead_drafts) and not split  # the rule read it
    drop = {id(d) for d in mine if ctx.name(party_of(d) or "") in names}
    if keep_lead:
        drop -= {id(d) for d in lead_drafts}
    out = [d for d in drafts if id(d) not in drop]
    for n, (g, item) in enumerate(zip(groups, items, strict=True)):
        if item is None or (n == 0 and (keep_lead or split)):
            continue
        if other is not None and ctx.name(other) == ctx.name(g.party):
            continue
        supplier, recipient = (other, g.party) if inverse else (g.party, other)
        out.append(
            Draft(
                ClaimType.TRANSFER,
                verb,
                supplier,
                recipient,
                item.text,
                item.head,
                item.cls,
                location,
                status,
                count=g.count,
            )
        )
    return out


def _counted_recipients(verb: Token, ctx: DocContext) -> list[tuple[str, float, list[Token]]]:
    """ "delivered 20 tanks to Poland, 12 to Latvia and eight to Estonia", "handed over
    the drones: one to Lithuania, three to Poland": each recipient with its own count
    (and item, where the remnant names one)."""
    after = verb.doc[verb.i + 1 : verb.sent.end]
    colon = next((t.i for t in after if t.text == ":"), None)
    found = _counted_list(after, ctx, lead=True)
    if not found and colon is not None:
        found = _counted_list(verb.doc[colon + 1 : verb.sent.end], ctx, lead=False)
    return found


def _counted_list(
    toks: Sequence[Token], ctx: DocContext, lead: bool
) -> list[tuple[str, float, list[Token]]]:
    """ "NUMBER [ITEM] to PARTY" pieces; with ``lead`` the first may open with more words
    ("a further 20 tanks to Poland")."""
    out: list[tuple[str, float, list[Token]]] = []
    for n, seg in enumerate(_segments(toks)):
        to = next((i for i, t in enumerate(seg) if t.lower_ in _RECIPIENT_PREPS), None)
        if to is None or _has_verb(seg[:to]):
            break
        party = _party(seg[to + 1 :], ctx)
        start = next((i for i, t in enumerate(seg[:to]) if t.like_num), None)
        if party is None or start is None or ((n > 0 or not lead) and start > 1):
            break
        num = _number(seg[start:to])
        if num is None:
            break
        out.append((party[0], num[0], _item_run(seg[start + num[2] : to], ctx)))
    return out if len(out) > 1 else []


def _respective(verb: Token, inverse: bool, ctx: DocContext) -> list[tuple[str, float]]:
    """ "Norway and Estonia ordered howitzers, 24 and 36 respectively": the parties
    (buyers of an inverse verb, else the listed recipients) paired with the counts."""
    resp = next((t for t in verb.sent if t.lower_ == "respectively" and t.i > verb.i), None)
    if resp is None:
        return []
    nums: list[Token] = []
    for t in reversed(verb.doc[verb.i + 1 : resp.i]):
        if t.like_num:
            nums.insert(0, t)
        elif t.lower_ not in ("and", ","):
            break
    if inverse:
        toks = [x for t in subjects_of(verb) for x in _conjuncts_in_order(t)]
    else:
        toks = [
            t
            for t in verb.doc[verb.i + 1 : resp.i]
            if t.dep_ in ("pobj", "conj") and t.pos_ == "PROPN"
        ]
    keys = list(dict.fromkeys(k for t in toks if (k := ctx.referent(t, ACTORS, deep=False))))
    values = [parse_number([t.text]) for t in nums]
    if len(keys) < 2 or len(keys) != len(values) or None in values:
        return []
    return [(k, v) for k, v in zip(keys, values, strict=True) if v is not None]


def _conjuncts_in_order(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts_in_order(c)
    return sorted(out, key=lambda t: t.i)


def _recount(verb: Token, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """Per-party counts for a transfer whose parties are listed each with its own number
    ("20 to Poland, 12 to Latvia", "24 and 36 respectively"). Only the counts change: a
    listed party the transfer rule missed stays missed (adding it measured no gain)."""
    mine = [d for d in drafts if d.trigger.i == verb.i and d.type == ClaimType.TRANSFER]
    if not mine:
        return drafts
    inverse = verb_lemma(verb) in lexicon()["transfer_inverse_verbs"]
    counts = _counted_recipients(verb, ctx)
    if not counts:
        counts = [(k, v, []) for k, v in _respective(verb, inverse, ctx)]
    if not counts:
        return drafts
    for key, value, item_toks in counts:
        item = _item_of(item_toks, ctx)
        ours = [d for d in mine if d.object is not None and ctx.name(d.object) == ctx.name(key)]
        for d in ours:
            d.count = value
            if item is not None:
                d.item, d.item_tok, d.item_class = item.text, item.head, item.cls
    return drafts


def gapped_drafts(sent: Token, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """``drafts`` of one sentence with every remnant of a gapped list after a transfer
    verb as a transfer of its own (replacing the transfer rule's reading of it), and
    per-party counts where each listed party has its own."""
    out = drafts
    for tok in sent:
        if _is_transfer_verb(tok):
            out = _gapped_for(tok, out, ctx)
            out = _recount(tok, out, ctx)
    return out


def _count_follows(m: Mention, ctx: DocContext) -> bool:
    """ "Belarus four": the party of a gapped remnant is followed by its count."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return bool(span is not None and span.end < len(ctx.doc) and ctx.doc[span.end].like_num)


def remnant_time(d: Draft, ctx: DocContext, published: dt.date | None) -> str | None:
    """The date of a counted list member ("Russia donated six in 2017 and Belarus four
    in 2019", "30 trucks to Poland in 2021 and 14 to Latvia in 2022"): the date after
    its own party and before the next party, where the sentence has several; else None
    (the claim is dated as any other)."""
    if d.type != ClaimType.TRANSFER or d.count is None:
        return None
    sent = d.trigger.sent
    times = find_times(sent.text, published)
    if len({t.value for t in times}) < 2:
        return None
    after = [
        m
        for key in (d.subject, d.object)
        if key is not None and (m := ctx.mentions.get(key)) is not None
        if m.start > d.trigger.idx and m.end <= sent.end_char
    ]
    if not after:
        return None
    own = next((m for m in after if _count_follows(m, ctx)), max(after, key=lambda m: m.start))
    later = [
        m.start
        for m in ctx.ordered
        if m.start >= own.end and m.type in ACTORS and m.start < sent.end_char
    ]
    limit = min(later, default=sent.end_char)
    base = sent.start_char
    inside = [t for t in times if own.end <= base + t.start and base + t.end <= limit]
    return min(inside, key=lambda t: t.start).value if inside else None
