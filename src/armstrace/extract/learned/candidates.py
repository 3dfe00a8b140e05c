"""Candidate claims with high recall: the rule claims, plus role combinations around
every trigger word that the rules may have missed.

The rules are precise but miss parties spread over two sentences, gapped lists and
misattached prepositions. Rather than more rules, the generator proposes every plausible
(type, subject, object, item) combination among the mentions near a trigger and lets the
trained model (:mod:`armstrace.extract.learned.scoring`) decide. Proposals stay bounded:
the nearest few parties and items per trigger, so the cost grows with sentence length,
not with its square.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.items import core_item, item_phrases
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import ArmstraceError, Claim, ClaimType, EntityType, Mention

__all__ = ["Candidate", "Party", "identity", "propose", "trigger_lexicon"]

MAX_PARTIES = 5  # nearest parties to a trigger that may fill a role
MAX_ITEMS = 4  # nearest item phrases per trigger
_ITEMS = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})
_TARGETS = ACTORS | {EntityType.PERSON}
_RULE_LISTS: dict[ClaimType, tuple[str, ...]] = {
    ClaimType.TRANSFER: (
        "transfer_verbs",
        "transfer_inverse_verbs",
        "transfer_nouns",
        "transfer_inverse_nouns",
    ),
    ClaimType.PRODUCTION: ("production_verbs", "production_nouns", "production_agent_nouns"),
    ClaimType.DEVELOPMENT: ("development_verbs", "development_nouns", "development_agent_nouns"),
    ClaimType.OWNERSHIP: ("ownership_heads", "ownership_verbs", "ownership_participles"),
    ClaimType.SANCTION: ("sanction_verbs", "sanction_nouns"),
    ClaimType.COMPONENT: ("component_verbs",),
}
_REFERRING_POS = frozenset({"PRON", "NOUN"})


@dataclass(frozen=True, slots=True)
class Party:
    """A mention that can fill a role, and the token that stands for it in the sentence
    (the mention's own root, or the pronoun / "the company" that refers to it)."""

    key: str
    tok: Token
    via: str  # "direct", "pronoun", "noun", "far" (a rule took it from elsewhere), "doc"
    type: EntityType


@dataclass(slots=True)
class Candidate:
    """One proposed claim. ``rule`` is the rule claim it is (None for an extra)."""

    type: ClaimType
    sent: Token  # the sentence Span
    trigger: Token | None
    subject: Party | None
    object: Party | None
    item: str | None
    item_tok: Token | None
    used_in: str | None = None
    rule: Claim | None = None


@cache
def trigger_lexicon() -> dict[str, frozenset[ClaimType]]:
    """Word (lemma or lowercase form) -> claim types it may trigger: the claim rules'
    lists plus this package's extra words (data/triggers.json)."""
    try:
        raw = json.loads(
            resources.files("armstrace.extract.learned")
            .joinpath("data", "triggers.json")
            .read_text("utf-8")
        )
    except (OSError, ValueError) as exc:  # pragma: no cover - a broken install
        raise ArmstraceError("E260", f"learned trigger list unreadable: {exc}") from exc
    out: dict[str, set[ClaimType]] = {}
    lex = lexicon()
    for ctype, lists in _RULE_LISTS.items():
        words: set[str] = set()
        for name in lists:
            words |= lex.words.get(name, frozenset())
        words |= {w.lower() for w in raw.get(ctype.value, [])}
        for w in words:
            out.setdefault(w, set()).add(ctype)
    return {w: frozenset(t) for w, t in out.items()}


def _root(doc: Token, m: Mention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else span.root


def _parties(sent: Token, ctx: DocContext, roots: dict[str, Token]) -> list[Party]:
    """Actors named in the sentence, and those its pronouns and "the company"s stand for."""
    out: list[Party] = []
    seen: set[tuple[str, int]] = set()
    for m in ctx.ordered:
        if m.start >= sent.end_char:
            break
        if m.start < sent.start_char or m.type not in _TARGETS:
            continue
        tok = roots.get(m.key)
        if tok is not None and (m.key, tok.i) not in seen:
            seen.add((m.key, tok.i))
            out.append(Party(m.key, tok, "direct", m.type))
    for tok in sent:
        if tok.pos_ not in _REFERRING_POS or ctx.tok_mention[tok.i] is not None:
            continue
        if tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children):
            continue
        key = ctx.referent(tok, ACTORS, deep=False)
        if key is not None and (key, tok.i) not in seen:
            seen.add((key, tok.i))
            via = "pronoun" if tok.pos_ == "PRON" else "noun"
            out.append(Party(key, tok, via, ctx.mentions[key].type))
    return out


def _item_heads(trigger: Token) -> list[Token]:
    """Words near the trigger that may name what moved or was made."""
    heads: list[Token] = []
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "compound", "nmod", "dative", "oprd"):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "in"):
            heads.extend(o for o in c.children if o.dep_ == "pobj")
    if trigger.dep_ in ("amod", "acl", "relcl", "compound") and trigger.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        heads.append(trigger.head)
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in h.children if c.dep_ == "conj")
    return out


def _items(
    trigger: Token, sent: Token, ctx: DocContext, roots: dict[str, Token]
) -> list[tuple[str, Token]]:
    found: dict[str, Token] = {}
    for h in _item_heads(trigger):
        m = ctx.mention_at(h)
        if m is not None and m.type not in _ITEMS:
            continue
        for head, text in item_phrases(core_item(h), ctx):
            found.setdefault(text, head)
    for m in ctx.ordered:
        if m.start >= sent.end_char:
            break
        if m.start >= sent.start_char and m.type in _ITEMS:
            tok = roots.get(m.key)
            if tok is not None:
                found.setdefault(m.text, tok)
    if not found and sent.start > 0:
        # "Norway pledged eight": the item was named in the previous sentence
        prev = ctx.doc[sent.start - 1].sent
        for m in reversed(ctx.ordered):
            if m.start < prev.start_char or len(found) >= 2:
                break
            if m.end <= prev.end_char and m.type in _ITEMS and m.key in roots:
                found.setdefault(m.text, roots[m.key])
    ranked = sorted(found.items(), key=lambda kv: abs(kv[1].i - trigger.i))
    return ranked[:MAX_ITEMS]


@lru_cache(maxsize=4096)
def _norm_item(item: str | None) -> str:
    words = re.sub(r"[^\w]+", " ", (item or "").lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def identity(ctype: ClaimType, subject: str | None, obj: str | None, item: str | None) -> str:
    """A comparable key: type, role names and item words (plural s folded)."""
    return f"{ctype.value}|{subject or ''}|{obj or ''}|{_norm_item(item)}"


def _sentence_of(doc: Token, start: int | None) -> Token | None:
    if start is None:
        return None
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            return sent
    return None


def _rule_trigger(c: Claim, sent: Token, anchors: list[int]) -> Token | None:
    """The trigger word of the claim's type nearest to its roles and item."""
    lex = trigger_lexicon()
    best: Token | None = None
    best_cost = 0
    for tok in sent:
        types = lex.get(tok.lemma_.lower()) or lex.get(tok.lower_)
        if types and c.type in types:
            cost = sum(abs(tok.i - a) for a in anchors)
            if best is None or cost < best_cost:
                best, best_cost = tok, cost
    return best


def _party(key: str | None, ctx: DocContext, roots: dict[str, Token], sent: Token) -> Party | None:
    if key is None or key not in ctx.mentions:
        return None
    tok = roots.get(key)
    if tok is None:
        return None
    via = "direct" if sent.start <= tok.i < sent.end else "far"
    return Party(key, tok, via, ctx.mentions[key].type)


def _combos(ctype: ClaimType, parties: list[Party]) -> list[tuple[Party | None, Party | None]]:
    actors = [p for p in parties if p.type != EntityType.PERSON and p.via != "doc"]
    if ctype == ClaimType.TRANSFER:  # the article's main countries only as recipients
        objs = [p for p in parties if p.type != EntityType.PERSON]
        return [(s, o) for s in [None, *actors] for o in objs if s is None or s.key != o.key]
    if ctype in (ClaimType.PRODUCTION, ClaimType.DEVELOPMENT):
        return [(s, None) for s in actors]
    if ctype == ClaimType.COMPONENT:
        return [(s, None) for s in [None, *actors]]
    if ctype == ClaimType.OWNERSHIP:
        return [(s, o) for s in actors for o in actors if s.key != o.key]
    targets = [p for p in parties if p.via != "doc"]
    return [(s, o) for s in actors for o in targets if s.key != o.key]


def _topics(ctx: DocContext) -> list[tuple[str, EntityType]]:
    """The two countries the article names most: a recipient often goes unsaid in the
    sentence ("Germany sent its first IRIS-T system" in an article about Ukraine)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in ctx.ordered:
        if m.type == EntityType.COUNTRY:
            name = ctx.name(m.key)
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, m)
    top = sorted(counts, key=lambda n: (-counts[n], first[n].start))[:2]
    return [(first[n].key, EntityType.COUNTRY) for n in top if counts[n] >= 2]


def _used_in(sent: Token, ctx: DocContext, item: str | None) -> str | None:
    """The weapon a component goes into: the sentence's first weapon that is not the item."""
    for m in ctx.ordered:
        if m.start >= sent.end_char:
            break
        if m.start >= sent.start_char and m.type == EntityType.WEAPON_SYSTEM and m.text != item:
            return m.key
    return None


def propose(
    doc: Token, mentions: Sequence[Mention], rule_claims: Sequence[Claim], ctx: DocContext
) -> list[Candidate]:
    """Rule claims first (as candidates), then every extra combination not already a rule
    claim, each in the sentence of its trigger."""
    roots: dict[str, Token] = {}
    for m in mentions:
        r = _root(doc, m)
        if r is not None:
            roots[m.key] = r

    def name(key: str | None) -> str:
        return ctx.name(key) if key is not None and key in ctx.mentions else ""

    out: list[Candidate] = []
    known: set[str] = set()  # rule claims, document-wide (the rules merge repeats)
    for c in rule_claims:
        sent = _sentence_of(doc, c.evidence_start)
        if sent is None:
            continue
        item_tok = None
        if c.item:
            for tok in sent:
                if tok.text in c.item.split():
                    item_tok = tok
        subject = _party(c.subject, ctx, roots, sent)
        obj = _party(c.object, ctx, roots, sent)
        anchors = [p.tok.i for p in (subject, obj) if p is not None and p.via == "direct"]
        if item_tok is not None:
            anchors.append(item_tok.i)
        out.append(
            Candidate(
                c.type,
                sent,
                _rule_trigger(c, sent, anchors),
                subject,
                obj,
                c.item,
                item_tok,
                c.used_in,
                rule=c,
            )
        )
        known.add(identity(c.type, name(c.subject), name(c.object), c.item))
    lex = trigger_lexicon()
    topics = _topics(ctx)
    for sent in doc.sents:
        parties: list[Party] | None = None
        seen = set(known)  # extras: once per sentence, the model may keep the best one
        for tok in sent:
            types = lex.get(tok.lemma_.lower()) or lex.get(tok.lower_)
            if not types or not (tok.is_alpha or "-" in tok.text):
                continue
            if ctx.tok_mention[tok.i] is not None:
                continue
            if parties is None:
                parties = _parties(sent, ctx, roots)
            near = sorted(parties, key=lambda p: abs(p.tok.i - tok.i))[:MAX_PARTIES]
            here = {p.key for p in near}
            if len([p for p in near if p.type != EntityType.PERSON]) < 2 and sent.start > 0:
                # a party named only in the previous sentence ("The first six arrived")
                for p in _parties(doc[sent.start - 1].sent, ctx, roots)[-2:]:
                    if p.key not in here and p.via == "direct":
                        here.add(p.key)
                        near.append(Party(p.key, p.tok, "prev", p.type))
            if ClaimType.TRANSFER in types:
                near += [Party(k, tok, "doc", t) for k, t in topics if k not in here]
            items: list[tuple[str, Token]] | None = None
            for ctype in sorted(types):
                if ctype in (ClaimType.OWNERSHIP, ClaimType.SANCTION):
                    item_list: list[tuple[str | None, Token | None]] = [(None, None)]
                else:
                    if items is None:
                        items = _items(tok, sent, ctx, roots)
                    item_list = list(items)
                for s, o in _combos(ctype, near):
                    if s is not None and o is not None and name(s.key) == name(o.key):
                        continue  # one entity under two mentions cannot deal with itself
                    for text, itok in item_list:
                        key = identity(
                            ctype, name(s.key if s else None), name(o.key if o else None), text
                        )
                        if key in seen:
                            continue
                        seen.add(key)
                        used = _used_in(sent, ctx, text) if ctype == ClaimType.COMPONENT else None
                        out.append(Candidate(ctype, sent, tok, s, o, text, itok, used))
    return out
