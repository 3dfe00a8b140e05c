"""The time of a claim: a date in the trigger's own clause (or a clause that governs it
below any reporting verb), so "X said on Monday" does not date what X reports."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from armstrace.extract.claims.attribution import trailing_reporter
from armstrace.extract.claims.context import Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import clause_tokens, conjuncts, governors
from armstrace.extract.claims.timex import TimeExpr, find_times
from armstrace.extract.claims.timing_anaphora import anchored, find_anaphoric, resolve_anaphoric
from armstrace.model import ClaimType

__all__ = ["time_of"]

_DATELINE_CHARS = 60
_MODALS = frozenset({"could", "might", "may"})  # "will send" is announced news; these are not
# verbs whose infinitive is a plan, not an event the statement dates ("plans to buy")
_PLANNING = frozenset({"plan", "intend", "aim", "hope", "want", "seek", "expect", "propose"})
_BACK_SENTENCES = 4  # how far back an anaphoric date or the day's news looks for its anchor
_BACKGROUND_ADVERBS = frozenset({"later", "earlier", "previously", "already", "once", "since"})
_NEWS_DAYS = 14
_DEAL_NOUNS = frozenset({"deal", "agreement", "contract", "accord", "package", "order"})
# a dated event this close before publication is the day's news


@lru_cache(maxsize=256)
def _times(text: str, published: dt.date | None) -> tuple[TimeExpr, ...]:
    return tuple(find_times(text, published))


def _sentence_times(sent: Token, published: dt.date | None, depth: int = 0) -> list[TimeExpr]:
    """The dates of a sentence, with anaphoric ones ("the same month", "two years
    later") resolved against the latest date before them, in this sentence or earlier."""
    plain = list(_times(sent.text, published))
    found = find_anaphoric(sent.text)
    if not found:
        return plain
    out = list(plain)
    earlier: list[TimeExpr] | None = None
    for start, end, m in found:
        if any(t.start < end and start < t.end for t in plain):
            continue  # "the next year" already read as relative to publication
        anchor = anchored(sorted(out, key=lambda t: t.start), start)
        if anchor is None and depth < _BACK_SENTENCES:
            if earlier is None:
                earlier = _before(sent, published, depth)
            anchor = earlier[-1].value if earlier else None
        if anchor is None:
            continue
        value = resolve_anaphoric(m, anchor)
        if value is not None:
            out.append(TimeExpr(start, end, value))
    return sorted(out, key=lambda t: t.start)


def _before(sent: Token, published: dt.date | None, depth: int) -> list[TimeExpr]:
    """The dates of the nearest earlier sentence that has any."""
    doc = sent.doc
    i = sent.start - 1
    for _ in range(_BACK_SENTENCES):
        if i < 0:
            return []
        prev = doc[i].sent
        times = _sentence_times(prev, published, depth + 1)
        if times:
            return times
        i = prev.start - 1
    return []


def _independent(trigger: Token) -> bool:
    """A conjunct verb with its own auxiliary ("sanctioned X in May and has also listed
    Y", "was placed under sanctions in 2014 and is designated by the EU") is a clause of
    its own: the first verb's dates do not scope over it."""
    return (
        trigger.dep_ == "conj"
        and trigger.pos_ in ("VERB", "AUX")
        and trigger.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )


def _told(trigger: Token) -> Token | None:
    """A sentence-final ", X told parliament on Monday." that the parser hung off the
    trigger's clause as a conjunct (the object of "tell" hides it from the general rule)."""
    for tok in trigger.sent:
        if tok.i <= trigger.i or tok.lemma_.lower() != "tell" or tok.pos_ != "VERB":
            continue
        if tok.left_edge.i <= trigger.i <= tok.right_edge.i:
            continue
        kids = {c.dep_ for c in tok.children}
        if "nsubj" not in kids or kids & {"ccomp", "xcomp"}:
            continue
        left = min(t.i for t in tok.subtree if not t.is_punct)
        if left > tok.sent.start and tok.doc[left - 1].text == ",":
            return tok
    return None


def _when_date(trigger: Token) -> set[int]:
    """The date a "when" clause hangs on dates what happens inside it: "on 11 July, when
    Paris announced it would send missiles", "since 2022, when it froze the assets"."""
    cur = trigger
    for _ in range(8):
        if cur.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in cur.children):
            head = cur.head
            if head.pos_ in ("PROPN", "NOUN", "NUM"):
                return {head.i} | {c.i for c in head.children if c.dep_ == "nummod"}
            if head.pos_ in ("VERB", "AUX"):  # "Kyiv's allies moved on 4 April, when ..."
                return {t.i for t in clause_tokens(head)}
            return set()
        if cur.dep_ == "relcl" and _prep_relative(cur):
            # "a September 2022 contract under which X agreed to buy": the frame's date
            return {t.i for c in cur.head.children if c.i < cur.head.i for t in c.subtree}
        if cur.head.i == cur.i:
            return set()
        cur = cur.head
    return set()


def _prep_relative(clause: Token) -> bool:
    """A relative clause opened by a preposition and "which" ("under which", "in which")."""
    return any(
        c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children) for c in clause.children
    )


def _deal_dates(own: set[int], doc: Token) -> set[int]:
    """The participle clause of a deal the claim's clause names dates the claim: "under
    an agreement signed in 2019, Ankara sent ...", "would buy jets, in a deal signed in
    August 2024"."""
    out: set[int] = set()
    for i in own:
        tok = doc[i]
        if tok.dep_ != "pobj" or tok.lemma_.lower() not in _DEAL_NOUNS:
            continue
        for c in tok.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                out |= {t.i for t in c.subtree}
    return out


def _deal_verb(trigger: Token) -> Token | None:
    """The verb that signs the deal an infinitive trigger spells out: "signed an
    agreement to buy", "has signed a contract to supply"."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VB" or noun.lemma_.lower() not in _DEAL_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        return verb
    return None


def _clause_ids(trigger: Token) -> tuple[set[int], set[int]]:
    """Token ids of the trigger's clause (with non-reporting governors), and of the
    nearest governing reporting verb's clause."""
    verbs = lexicon()["reporting_verbs"]
    own = {t.i for t in clause_tokens(trigger)}
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i:
        gov = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        own |= {t.i for t in clause_tokens(gov)}
    independent = _independent(trigger)
    own |= _when_date(trigger)
    start = trigger
    signer = _deal_verb(trigger)
    if signer is not None:  # "signed an agreement on Tuesday to buy 96 helicopters"
        own |= {t.i for t in clause_tokens(signer)}
        start = signer
    for g in governors(start):
        if g.lemma_.lower() in verbs:
            return own, {t.i for t in clause_tokens(g)}
        if not independent:
            own |= {t.i for t in clause_tokens(g)}
    own |= _deal_dates(own, trigger.doc)
    trailing = trailing_reporter(trigger) or _told(trigger)
    if trailing is not None:
        return own - {t.i for t in trailing.subtree}, {t.i for t in clause_tokens(trailing)}
    return own, set()


def _planned(trigger: Token) -> bool:
    """A future, modal or planned event ("will send", "could buy", "plans to buy"): the
    day it was announced is not its date."""
    cur = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _PLANNING:
            return True
    return False


def _event_day(sent: Token, published: dt.date) -> str:
    """The day of the news an article reports: the latest exact day given in the
    sentences just before (the lead's "on Tuesday", "adopted on Oct. 23") when it lies
    within two weeks before publication, else the publication date."""
    earliest = published - dt.timedelta(days=_NEWS_DAYS)
    doc = sent.doc
    i = sent.start - 1
    for _ in range(_BACK_SENTENCES):
        if i < 0:
            break
        prev = doc[i].sent
        for t in reversed(_times(prev.text, published)):
            if len(t.value) != 10:
                continue
            day = dt.date.fromisoformat(t.value)
            if earliest <= day <= published:
                return t.value
        i = prev.start - 1
    return published.isoformat()


def _news_of_the_day(trigger: Token, auxes: set[str]) -> bool:
    """A sanction told in the simple past in a main clause ("Tokyo also designated X",
    "Also designated were Y") is the news the article reports, so it happened at
    publication; "had banned", "have also listed" and "a firm that X sanctioned" are
    background."""
    if trigger.dep_ in ("relcl", "acl", "advcl", "pcomp", "amod"):
        return False
    if any(c.lower_ in _BACKGROUND_ADVERBS for c in trigger.children if c.dep_ == "advmod"):
        return False  # "was later listed", "had previously designated"
    if trigger.tag_ == "VBD" and not auxes:
        return True
    passive = {c.lower_ for c in trigger.children if c.dep_ == "auxpass"}
    if trigger.tag_ == "VBN" and not auxes and not passive and trigger.dep_ == "ROOT":
        # "OFAC named X": a main verb with a subject and no auxiliary is a simple past
        return any(c.dep_ == "nsubj" for c in trigger.children)
    return trigger.tag_ == "VBN" and bool(passive & {"was", "were"}) and not auxes


def _news_verb(trigger: Token) -> Token | None:
    """The verb whose tense tells whether a sanction is the day's news: the trigger, or
    for a noun ("imposed sanctions on X", "announced measures against X") the verb it is
    an argument of."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    cur = trigger
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pobj", "prep", "appos", "conj", "nsubjpass"):
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _fronted_ids(trigger: Token) -> set[int]:
    """Token ids of a date fronted before the first clause's subject, which scopes over
    the clauses coordinated with it ("On 2 May the Treasury designated X and the
    Commerce Department added Y")."""
    head = trigger.head
    if trigger.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return set()
    limit = subjects[0].left_edge.i
    return {t.i for t in clause_tokens(head) if t.i < limit}


def _conjunct_date(anchor: Token | None, dates: list[tuple[int, str]]) -> str | None:
    """In a list whose members each carry their own date ("designated A in April 2014 and
    B in July 2014", "was designated in February, C in March and D in May"), the date
    that follows ``anchor`` before the next member; None where the clause has one date
    or ``anchor`` is no member of a list."""
    if anchor is None or len({v for _, v in dates}) < 2:
        return None
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    group = sorted(t.i for t in conjuncts(first))
    if len(group) < 2:
        return None
    later = [k for k in group if k > anchor.i]
    limit = later[0] if later else len(anchor.doc)
    after = [(i, v) for i, v in dates if anchor.i < i < limit]
    return min(after)[1] if after else None


def time_of(d: Draft, published: dt.date | None, anchor: Token | None = None) -> str | None:
    """ "YYYY", "YYYY-MM" or "YYYY-MM-DD" for the draft, or None.

    ``anchor``, where the caller knows it, is the head word of the claim's object (the
    sanctioned party, the recipient): in a list of objects each with its own date, the
    claim takes its object's."""
    trigger = d.trigger
    sent = trigger.sent
    times = _sentence_times(sent, published)
    own, reporting = _clause_ids(trigger)
    base = sent.start_char
    doc = trigger.doc
    fallback: str | None = None
    best: tuple[int, str] | None = None
    dash = sent.text.find(" - ")
    dateline = dash if 0 < dash < _DATELINE_CHARS else -1
    fronted = _fronted_ids(trigger)
    mine: list[tuple[int, str]] = []
    for t in times:
        if t.end <= dateline:
            continue  # "WASHINGTON, April 25 - ...": the dateline dates the article
        span = doc.char_span(base + t.start, base + t.end, alignment_mode="expand")
        if span is None:
            continue
        ids = {tok.i for tok in span}
        if ids & own:
            mine.append((min(ids), t.value))
            distance = min(abs(i - trigger.i) for i in ids)
            if best is None or distance < best[0]:
                best = (distance, t.value)
        elif ids & reporting and fallback is None:
            fallback = t.value
        elif ids & fronted and best is None:
            best = (len(doc), t.value)
    own_date = _conjunct_date(anchor, mine)
    if own_date is not None:
        return own_date
    if best is not None:
        return best[1]
    auxes = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if fallback is not None and not auxes & {"had"} and not _planned(trigger):
        return fallback  # "X said on 11 May that the UK was supplying ..."
    if d.type == ClaimType.SANCTION and published is not None:
        present = trigger.tag_ in ("VBZ", "VBP") or (
            trigger.tag_ == "VBG" and auxes & {"is", "are", "am"}
        )
        if present or "today" in sent.text.lower():
            return published.isoformat()
        verb = _news_verb(trigger)
        if verb is not None and _news_of_the_day(
            verb, {c.lower_ for c in verb.children if c.dep_ == "aux"}
        ):
            return _event_day(sent, published)
    return None
