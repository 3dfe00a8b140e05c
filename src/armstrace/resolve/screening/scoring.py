"""Score one query against one listed name, and say why.

Query tokens are aligned one-to-one with the listed name's core tokens (best similarity
first; rapidfuzz Levenshtein on the raw and the transliteration-folded spelling). Each
token weighs its inverse document frequency in the list, so what counts is how much of
the *informative* part of each side the other covers:

- ``q`` — share of the query's weight matched: a news name must be found whole in the
  listed name ("Almaz-Antey" inside the concern's long legal name scores q = 1);
- ``c`` — share of the listed name's weight matched: extra listed words cost less;
- ``score = q ** 1.5 * (0.6 + 0.4 * c)``, then times a specificity factor when everything
  matched is common (so "Trading Company" or "Bank" do not flood the user), and a small
  penalty for a different kind of party or a different country when the query gives one.

Legal forms never score (they were set aside in normalisation); the explanation names them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from armstrace.model import ListedType, SanctionEntry
from armstrace.resolve.screening.normalize import NameForm

__all__ = ["QueryToken", "ScoredName", "score_name"]

_LISTED_WEIGHT = 0.4
# Weights are inverse document frequencies, so their scale grows with the list; the
# constants below are for a list of the SDN's size (~15,000 entries, idf of a unique
# word 9.6) and are rescaled by ``index.unknown_idf`` (the idf of a unique word).
_REFERENCE_SCALE = 9.61
_SPECIFIC = 7.0  # evidence a hit needs before it counts fully (idf of a word in ~14 entries)
_GAP_SLOPE = 0.08
_GAP_FLOOR = 0.75
_TYPE_PENALTY = 0.75
_QUERY_EXPONENT = 1.5
_TYPO_LENIENCY = 0.6
_COUNTRY_PENALTY = 0.9


@dataclass(frozen=True, slots=True)
class QueryToken:
    token: str
    weight: float
    matches: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScoredName:
    """A scored candidate; ``explain`` builds the why only for candidates that are shown."""

    entry: int
    matched_name: str
    score: float
    kind: str
    explain: Callable[[], str]


class _Name(Protocol):
    """What scoring needs of an indexed name (structural, to avoid an import cycle)."""

    @property
    def entry(self) -> int: ...
    @property
    def form(self) -> NameForm: ...
    @property
    def kind(self) -> str: ...
    @property
    def tokens(self) -> tuple[int, ...]: ...
    @property
    def note(self) -> str: ...


class _Index(Protocol):
    idf: list[float]
    tokens: list[str]
    unknown_idf: float


def _eff(sim: float) -> float:
    """A token one typo away counts nearly whole: 0.86 similarity counts 0.92."""
    return 1 - (1 - sim) * _TYPO_LENIENCY


def _kind_penalty(query_type: ListedType | None, listed: ListedType) -> float:
    if query_type is None or listed is ListedType.UNKNOWN or query_type is listed:
        return 1.0
    if query_type is ListedType.ORGANIZATION and listed in (ListedType.VESSEL, ListedType.AIRCRAFT):
        return 0.9
    return _TYPE_PENALTY


def score_name(
    form: NameForm,
    qtokens: list[QueryToken],
    name: _Name,
    entry: SanctionEntry,
    index: _Index,
    query_type: ListedType | None = None,
    country: str | None = None,
) -> ScoredName:
    """Align, weigh and explain one query/listed-name pair."""
    ctokens = name.tokens
    pairs = sorted(
        (
            (sim, i, j)
            for i, qt in enumerate(qtokens)
            for j, tid in enumerate(ctokens)
            if (sim := qt.matches.get(tid, 0.0)) > 0
        ),
        reverse=True,
    )
    used_q: dict[int, tuple[int, float]] = {}
    used_c: set[int] = set()
    for sim, i, j in pairs:
        if i not in used_q and j not in used_c:
            used_q[i] = (j, sim)
            used_c.add(j)
    q_total = sum(qt.weight for qt in qtokens) or 1.0
    q_hit = sum(qtokens[i].weight * _eff(sim) for i, (_, sim) in used_q.items())
    c_weights = [index.idf[t] for t in ctokens]
    c_total = sum(c_weights) or 1.0
    c_hit = sum(c_weights[j] * _eff(sim) for _, (j, sim) in used_q.items())
    q_cov, c_cov = q_hit / q_total, c_hit / c_total
    if form.compact == name.form.compact and form.compact:
        q_cov, c_cov = max(q_cov, 0.97), max(c_cov, 0.97)
    score = q_cov**_QUERY_EXPONENT * ((1 - _LISTED_WEIGHT) + _LISTED_WEIGHT * c_cov)
    matched = sorted((c_weights[j] for j, _ in used_q.values()), reverse=True)
    unmatched = [w for j, w in enumerate(c_weights) if j not in used_c]
    if form.compact and form.compact == name.form.compact:
        matched, unmatched = sorted(c_weights, reverse=True), []
    # the rarest matched word counts whole, the others half: common words add up slowly
    evidence = (matched[0] + 0.5 * sum(matched[1:])) if matched else 0.0
    scale = (index.unknown_idf or _REFERENCE_SCALE) / _REFERENCE_SCALE
    specific = min(1.0, evidence / (_SPECIFIC * scale))
    score *= specific
    penalties: list[str] = []
    gap = (max(unmatched) - matched[0]) if matched and unmatched else 0.0
    if gap > 0:
        # the listed name's most distinctive word is missing from the query
        score *= max(_GAP_FLOOR, 1 - _GAP_SLOPE * gap / scale)
        penalties.append("its rarest word is not in the query")
    if query_type is None and form.legal:
        query_type = ListedType.ORGANIZATION  # "Leonardo S.p.A." is not a person
    kind_factor = _kind_penalty(query_type, entry.type)
    if kind_factor < 1:
        penalties.append(f"listed as {entry.type.value}")
    score *= kind_factor
    if country and entry.countries and country.lower() not in entry.countries:
        score *= _COUNTRY_PENALTY
        penalties.append(f"listed countries {', '.join(entry.countries)}")
    explain = partial(_explain, form, qtokens, name, index, used_q, specific, penalties)
    return ScoredName(name.entry, name.form.original, min(score, 1.0), name.kind, explain)


def _explain(
    form: NameForm,
    qtokens: list[QueryToken],
    name: _Name,
    index: _Index,
    used_q: dict[int, tuple[int, float]],
    specific: float,
    penalties: list[str],
) -> str:
    parts: list[str] = []
    label = {"primary": "listed name", "alias": "alias", "other": "other-names file"}
    source = label.get(name.kind, name.kind)
    if name.note:
        source += f" ({name.note})"
    parts.append(f"{source} {name.form.original!r}")
    words = []
    for i, qt in enumerate(qtokens):
        if i in used_q:
            j, sim = used_q[i]
            listed = index.tokens[name.tokens[j]]
            words.append(qt.token if listed == qt.token else f"{qt.token}~{listed} ({sim:.2f})")
        else:
            words.append(f"{qt.token} unmatched")
    parts.append("words: " + ", ".join(words))
    extra = [
        index.tokens[t]
        for j, t in enumerate(name.tokens)
        if j not in {v[0] for v in used_q.values()}
    ]
    if extra:
        parts.append("listed words not in query: " + ", ".join(extra))
    legal = sorted(set(form.legal) | set(name.form.legal))
    if legal:
        parts.append("legal forms set aside: " + ", ".join(legal))
    if form.transliterated:
        parts.append(f"query transliterated to {form.latin!r}")
    if specific < 1:
        parts.append(f"common words only (x{specific:.2f})")
    parts.extend(penalties)
    return "; ".join(parts)
