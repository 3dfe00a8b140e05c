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

from armstrace.extract.claims.context import ACTORS, DocContext, Token, conjuncts_of
from armstrace.extract.claims.items import core_item, item_phrases
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.gazetteer import load_gazetteer
from armstrace.model import ArmstraceError, Claim, ClaimType, EntityType, Mention

__all__ = ["Candidate", "Party", "identity", "propose", "trigger_lexicon"]

MAX_PARTIES = 5  # nearest parties to a trigger that may fill a role
MAX_ITEMS = 5  # item phrases per trigger: its own arguments first, then the nearest others
MAX_BACK = 2  # sentences to look back for a party or an item the sentence leaves unsaid
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
    item_via: str = "own"  # the trigger's argument, elsewhere in the sentence ("sent"), "prev"


@cache
def _extra_words() -> dict[str, list[str]]:
    try:
        raw = json.loads(
            resources.files("armstrace.extract.learned")
            .joinpath("data", "triggers.json")
            .read_text("utf-8")
        )
    except (OSError, ValueError) as exc:  # pragma: no cover - a broken install
        raise ArmstraceError("E260", f"learned trigger list unreadable: {exc}") from exc
    if not isinstance(raw, dict):  # pragma: no cover - a broken install
        raise ArmstraceError("E260", "learned trigger list unreadable: not a JSON object")
    return {str(k): [str(w) for w in v] for k, v in raw.items() if isinstance(v, list)}


@cache
def generic_items() -> frozenset[str]:
    """Item words the claim rules leave out as too vague ("weapons", "products") but
    analysts record when nothing more precise is said: candidates, for the model."""
    return frozenset(w.lower() for w in _extra_words().get("generic_items", []))


@cache
def trigger_lexicon() -> dict[str, frozenset[ClaimType]]:
    """Word (lemma or lowercase form) -> claim types it may trigger: the claim rules'
    lists plus this package's extra words (data/triggers.json)."""
    raw = _extra_words()
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


def _parties(
    sent: Token, ctx: DocContext, roots: dict[str, Token], countries: dict[str, str]
) -> list[Party]:
    """Actors named in the sentence, those its pronouns and "the company"s stand for, and
    the countries its nationality words name ("Russian entities supplied ...") where the
    article names the country itself somewhere."""
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
    gazetteer = load_gazetteer()
    for tok in sent:
        if ctx.tok_mention[tok.i] is not None:
            continue
        if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            entry = gazetteer.country_of_demonym(tok.text)
            key = countries.get(entry.name.lower()) if entry is not None else None
            if key is not None and (key, tok.i) not in seen:
                seen.add((key, tok.i))
                out.append(Party(key, tok, "demonym", EntityType.COUNTRY))
            continue
        if tok.pos_ not in _REFERRING_POS:
            continue
        if tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children):
            continue
        key = ctx.referent(tok, ACTORS, deep=False)
        if key is not None and (key, tok.i) not in seen:
            seen.add((key, tok.i))
            via = "pronoun" if tok.pos_ == "PRON" else "noun"
            out.append(Party(key, tok, via, ctx.mentions[key].type))
    return out


_HEAD_DEPS = frozenset({"dobj", "nsubjpass", "attr", "compound", "nmod", "dative", "oprd"})
_VALUE_WORDS = frozenset({"worth", "value", "amount", "stock", "range", "quantity"})


def _item_heads(trigger: Token) -> list[Token]:
    """Words near the trigger that may name what moved or was made, with every word
    coordinated with them ("jets, helicopters and spare parts")."""
    heads: list[Token] = []
    for c in trigger.children:
        if c.dep_ in _HEAD_DEPS:
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
        out.extend(conjuncts_of(h))
    return out


def _bare_item(tok: Token, ctx: DocContext) -> str | None:
    """A generic item word with its descriptive modifiers ("lethal weapons", "spare
    parts"), for the words the rules' item reader passes over."""
    if tok.pos_ != "NOUN" or ctx.tok_mention[tok.i] is not None:
        return None
    if tok.lemma_.lower() not in generic_items() and tok.lower_ not in generic_items():
        return None
    start = tok.i
    for c in sorted(tok.children, key=lambda c: -c.i):
        if c.i != start - 1 or c.dep_ not in ("compound", "amod"):
            break
        if ctx.tok_mention[c.i] is not None or not c.is_alpha or c.text[:1].isupper():
            break
        start = c.i
    return str(ctx.doc[start : tok.i + 1].text)


def _phrases(tok: Token, ctx: DocContext) -> list[tuple[Token, str]]:
    """The item phrases a word heads: the rules' reading, else a generic item word."""
    m = ctx.mention_at(tok)
    if m is not None and m.type not in _ITEMS:
        return []
    head = core_item(tok)
    if head.lemma_.lower() in _VALUE_WORDS:  # "$500 million worth of semiconductors"
        objs = [o for p in head.children if p.lower_ == "of" for o in p.children]
        head = core_item(objs[0]) if objs else head
    found = item_phrases(head, ctx)
    if found:
        return found
    bare = _bare_item(head, ctx)
    return [(head, bare)] if bare else []


def _items(
    trigger: Token, sent: Token, ctx: DocContext, roots: dict[str, Token]
) -> list[tuple[str, Token, str]]:
    """The trigger's own arguments first (in order), then the sentence's other item
    phrases by distance; when the sentence names none, those of the sentences before."""
    own: dict[str, Token] = {}
    for h in _item_heads(trigger):
        for head, text in _phrases(h, ctx):
            own.setdefault(text, head)
    near: dict[str, Token] = {}
    for m in ctx.ordered:
        if m.start >= sent.end_char:
            break
        if m.start >= sent.start_char and m.type in _ITEMS:
            tok = roots.get(m.key)
            if tok is not None and m.text not in own:
                near.setdefault(m.text, tok)
    items = lexicon().items
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "nmod"):
            continue
        if tok.lemma_.lower() not in items and tok.lower_ not in items:
            continue
        if own:  # the trigger's own arguments say what moved
            continue
        if ctx.tok_mention[tok.i] is not None:
            continue
        for head, text in _phrases(tok, ctx):
            if text not in own:
                near.setdefault(text, head)
    ranked = [(text, tok, "own") for text, tok in own.items()]
    others = sorted(near.items(), key=lambda kv: abs(kv[1].i - trigger.i))
    ranked += [(text, tok, "sent") for text, tok in others]
    if not ranked:
        # "Norway pledged eight": the item was named in a sentence before
        start = sent.start
        for _ in range(MAX_BACK):
            if start == 0 or len(ranked) >= 2:
                break
            prev = ctx.doc[start - 1].sent
            for m in reversed(ctx.ordered):
                if m.start < prev.start_char or len(ranked) >= 2:
                    break
                fits = m.end <= prev.end_char and m.type in _ITEMS and m.key in roots
                if fits and all(m.text != t for t, _, _ in ranked):
                    ranked.append((m.text, roots[m.key], "prev"))
            start = prev.start
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


def _main_parties(
    rule_claims: Sequence[Claim], ctx: DocContext
) -> dict[ClaimType, list[tuple[str, EntityType]]]:
    """The article's main supplier and recipient, and its main sanctioning authority: the
    parties its rule claims name most often. Later sentences often leave them unsaid
    ("The first batch arrived in March"; "It also designated two shipping firms")."""
    counts: dict[tuple[ClaimType, str], dict[str, int]] = {}
    for c in rule_claims:
        for role, key in (("subject", c.subject), ("object", c.object)):
            if key is not None and key in ctx.mentions:
                bucket = counts.setdefault((c.type, role), {})
                bucket[key] = bucket.get(key, 0) + 1
    out: dict[ClaimType, list[tuple[str, EntityType]]] = {}
    for ctype, roles in (
        (ClaimType.TRANSFER, ("subject", "object")),
        (ClaimType.SANCTION, ("subject",)),
    ):
        for role in roles:
            bucket = counts.get((ctype, role), {})
            if bucket:
                key = max(bucket, key=lambda k: (bucket[k], -ctx.mentions[k].start))
                out.setdefault(ctype, []).append((key, ctx.mentions[key].type))
    return out


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
    countries: dict[str, str] = {}
    for m in ctx.ordered:
        if m.type == EntityType.COUNTRY:
            countries.setdefault(ctx.name(m.key), m.key)
    main = _main_parties(rule_claims, ctx)
    sents = list(doc.sents)
    sent_parties: dict[int, list[Party]] = {}

    def parties_of(n: int) -> list[Party]:
        found = sent_parties.get(n)
        if found is None:
            found = _parties(sents[n], ctx, roots, countries)
            sent_parties[n] = found
        return found

    for n, sent in enumerate(sents):
        seen = set(known)  # extras: once per sentence, the model may keep the best one
        for tok in sent:
            types = lex.get(tok.lemma_.lower()) or lex.get(tok.lower_)
            if not types or not (tok.is_alpha or "-" in tok.text):
                continue
            if ctx.tok_mention[tok.i] is not None:
                continue
            near = sorted(parties_of(n), key=lambda p: abs(p.tok.i - tok.i))[:MAX_PARTIES]
            here = {p.key for p in near}
            back = n
            while len([p for p in near if p.type != EntityType.PERSON]) < 2 and back > 0:
                # a party named only in a sentence before ("The first six arrived")
                back -= 1
                if n - back > MAX_BACK:
                    break
                for p in reversed(parties_of(back)):
                    if p.key not in here and p.via == "direct" and p.type != EntityType.PERSON:
                        here.add(p.key)
                        near.append(Party(p.key, p.tok, "prev", p.type))
                        break
            few = len([p for p in near if p.type != EntityType.PERSON]) < 3
            for ctype in types:
                if not few:
                    continue
                for k, t in main.get(ctype, ()):
                    if k not in here:
                        here.add(k)
                        near.append(Party(k, tok, "main", t))
            if ClaimType.TRANSFER in types:
                near += [Party(k, tok, "doc", t) for k, t in topics if k not in here]
            items: list[tuple[str, Token, str]] | None = None
            for ctype in sorted(types):
                if ctype in (ClaimType.OWNERSHIP, ClaimType.SANCTION):
                    item_list: list[tuple[str | None, Token | None, str]] = [(None, None, "")]
                else:
                    if items is None:
                        items = _items(tok, sent, ctx, roots)
                    item_list = list(items)
                for s, o in _combos(ctype, near):
                    if s is not None and o is not None and name(s.key) == name(o.key):
                        continue  # one entity under two mentions cannot deal with itself
                    for text, itok, item_via in item_list:
                        key = identity(
                            ctype, name(s.key if s else None), name(o.key if o else None), text
                        )
                        if key in seen:
                            continue
                        seen.add(key)
                        used = _used_in(sent, ctx, text) if ctype == ClaimType.COMPONENT else None
                        out.append(
                            Candidate(ctype, sent, tok, s, o, text, itok, used, item_via=item_via)
                        )
    return out
