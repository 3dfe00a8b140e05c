"""The time of a claim: a date in the trigger's own clause (or a clause that governs it
below any reporting verb), so "X said on Monday" does not date what X reports."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from armstrace.extract.claims.attribution import trailing_reporter
from armstrace.extract.claims.context import Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import clause_tokens, governors
from armstrace.extract.claims.timex import TimeExpr, find_times
from armstrace.model import ClaimType

__all__ = ["time_of"]

_DATELINE_CHARS = 60


@lru_cache(maxsize=256)
def _times(text: str, published: dt.date | None) -> tuple[TimeExpr, ...]:
    return tuple(find_times(text, published))


def _clause_ids(trigger: Token) -> tuple[set[int], set[int]]:
    """Token ids of the trigger's clause (with non-reporting governors), and of the
    nearest governing reporting verb's clause."""
    verbs = lexicon()["reporting_verbs"]
    own = {t.i for t in clause_tokens(trigger)}
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i:
        gov = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        own |= {t.i for t in clause_tokens(gov)}
    for g in governors(trigger):
        if g.lemma_.lower() in verbs:
            return own, {t.i for t in clause_tokens(g)}
        own |= {t.i for t in clause_tokens(g)}
    trailing = trailing_reporter(trigger)
    if trailing is not None:
        return own - {t.i for t in trailing.subtree}, {t.i for t in clause_tokens(trailing)}
    return own, set()


def _news_of_the_day(trigger: Token, auxes: set[str]) -> bool:
    """A sanction told in the simple past in a main clause ("Tokyo also designated X",
    "Also designated were Y") is the news the article reports, so it happened at
    publication; "had banned", "have also listed" and "a firm that X sanctioned" are
    background."""
    if trigger.dep_ in ("relcl", "acl", "advcl", "pcomp", "amod"):
        return False
    if trigger.tag_ == "VBD" and not auxes:
        return True
    passive = {c.lower_ for c in trigger.children if c.dep_ == "auxpass"}
    return trigger.tag_ == "VBN" and bool(passive & {"was", "were"}) and not auxes


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


def time_of(d: Draft, published: dt.date | None) -> str | None:
    """ "YYYY", "YYYY-MM" or "YYYY-MM-DD" for the draft, or None."""
    trigger = d.trigger
    sent = trigger.sent
    times = _times(sent.text, published)
    own, reporting = _clause_ids(trigger)
    base = sent.start_char
    doc = trigger.doc
    fallback: str | None = None
    best: tuple[int, str] | None = None
    dash = sent.text.find(" - ")
    dateline = dash if 0 < dash < _DATELINE_CHARS else -1
    fronted = _fronted_ids(trigger)
    for t in times:
        if t.end <= dateline:
            continue  # "WASHINGTON, April 25 - ...": the dateline dates the article
        span = doc.char_span(base + t.start, base + t.end, alignment_mode="expand")
        if span is None:
            continue
        ids = {tok.i for tok in span}
        if ids & own:
            distance = min(abs(i - trigger.i) for i in ids)
            if best is None or distance < best[0]:
                best = (distance, t.value)
        elif ids & reporting and fallback is None:
            fallback = t.value
        elif ids & fronted and best is None:
            best = (len(doc), t.value)
    if best is not None:
        return best[1]
    auxes = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if fallback is not None and not auxes & {"had"}:
        return fallback  # "X said on 11 May that the UK was supplying ..."
    if d.type == ClaimType.SANCTION and published is not None:
        present = trigger.tag_ in ("VBZ", "VBP") or (
            trigger.tag_ == "VBG" and auxes & {"is", "are", "am"}
        )
        if present or "today" in sent.text.lower() or _news_of_the_day(trigger, auxes):
            return published.isoformat()
    return None
