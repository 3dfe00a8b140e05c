"""The in-memory blocking index: built once per list, then screened against many times.

Every name of every entry (primary, aliases, the other-names file) is normalised once
(:mod:`.normalize`) into core tokens. The index keeps:

- postings: token -> names holding it, with the token's inverse document frequency over
  entries, so rare tokens ("almaz", "antey") weigh more than common ones ("trading");
- a deletion neighbourhood of each token's transliteration skeleton (SymSpell style), so
  a query token finds list tokens one edit away (typos, Yevgeny/Evgeniy) by dictionary
  look-ups instead of comparing against the whole vocabulary;
- the compact form of each name ("rosoboronexport" for "Rosoboron Export");
- weak aliases, matched only when the whole query equals them;
- identifiers: IMO numbers, aircraft registrations and serial numbers.

A query gathers candidates from the postings of its matched tokens (rarest first,
accumulating weight), and only the best few dozen are scored in full (:mod:`.scoring`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from armstrace.model import ListedType, SanctionEntry, ScreeningMatch
from armstrace.resolve.screening.normalize import NameForm, name_form, skeleton, token_similarity
from armstrace.resolve.screening.othernames import OtherName, load_other_names, load_synonyms
from armstrace.resolve.screening.scoring import QueryToken, ScoredName, score_name

__all__ = ["DEFAULT_MARGIN", "DEFAULT_THRESHOLD", "IndexedName", "ScreeningIndex", "identifier_key"]

DEFAULT_THRESHOLD = 0.7
DEFAULT_MARGIN = 0.1  # candidates this far below the best are noise next to it
_SHORTLIST = 24
_COMMON_DF = 0.05  # tokens in more than 5% of entries do not open candidates alone
_ID_LIKE = re.compile(r"^(?:IMO[\s:-]*)?(\d{7})$|^[A-Z0-9]{1,3}-[A-Z0-9]{2,6}$")


def identifier_key(value: str) -> str:
    """IMO numbers and registrations compared without case, spaces, hyphens or 'IMO'."""
    key = re.sub(r"[^A-Z0-9]", "", value.upper())
    return key[3:] if key.startswith("IMO") and key[3:].isdigit() else key


@dataclass(frozen=True, slots=True)
class IndexedName:
    entry: int
    form: NameForm
    kind: str  # "primary" | "alias" | "weak" | "other"
    tokens: tuple[int, ...]
    note: str = ""


def _deletions(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


class ScreeningIndex:
    """Screen names against one list's entries; build once with :meth:`build`."""

    def __init__(self, list_name: str, entries: tuple[SanctionEntry, ...]) -> None:
        self.list_name = list_name
        self.entries = entries
        self.names: list[IndexedName] = []
        self.vocab: dict[str, int] = {}
        self.tokens: list[str] = []
        self.idf: list[float] = []
        self.postings: list[list[int]] = []
        self.neighbours: dict[str, list[int]] = defaultdict(list)
        self.compact: dict[str, list[int]] = defaultdict(list)
        self.weak: dict[str, list[int]] = defaultdict(list)
        self.identifiers: dict[str, list[int]] = defaultdict(list)
        self.synonyms: dict[str, str] = {}
        self.unknown_idf = 0.0
        self.common_df = 0
        self.word_idf: dict[str, float] = {}

    @classmethod
    def build(
        cls,
        list_name: str,
        entries: Iterable[SanctionEntry],
        other_names: Iterable[OtherName] | None = None,
    ) -> ScreeningIndex:
        """Index ``entries``; ``other_names`` defaults to the shipped other-names file."""
        index = cls(list_name, tuple(entries))
        index.synonyms = load_synonyms()
        extra = tuple(load_other_names() if other_names is None else other_names)
        index._build(extra)
        name_form("中 Ж ع")  # load the transliteration tables now, not on a first query
        return index

    def _token_id(self, token: str) -> int:
        tid = self.vocab.get(token)
        if tid is None:
            tid = len(self.tokens)
            self.vocab[token] = tid
            self.tokens.append(token)
            self.postings.append([])
        return tid

    def _add_name(self, entry: int, name: str, kind: str, note: str = "") -> None:
        form = name_form(name, self.synonyms)
        if not form.core:
            return
        n = len(self.names)
        key = " ".join(form.core)
        if kind == "weak":
            self.names.append(IndexedName(entry, form, kind, (), note))
            self.weak[key].append(n)
            return
        tids = tuple(self._token_id(t) for t in form.core)
        self.names.append(IndexedName(entry, form, kind, tids, note))
        for tid in set(tids):
            self.postings[tid].append(n)
        if len(form.compact) >= 6:
            self.compact[form.compact].append(n)

    def _build(self, other_names: tuple[OtherName, ...]) -> None:
        words: dict[str, set[int]] = defaultdict(set)
        by_key: dict[str, list[OtherName]] = defaultdict(list)
        for other in other_names:
            by_key[" ".join(name_form(other.listed_name, self.synonyms).core)].append(other)
        for e, entry in enumerate(self.entries):
            self._add_name(e, entry.name, "primary")
            for alias in entry.aliases:
                self._add_name(e, alias, "alias")
            for alias in entry.weak_aliases:
                self._add_name(e, alias, "weak")
            for listed in (entry.name, *entry.aliases):
                for other in by_key.get(" ".join(name_form(listed, self.synonyms).core), []):
                    self._add_name(e, other.other_name, "other", other.note)
            for _, value in entry.identifiers:
                self.identifiers[identifier_key(value)].append(e)
            for listed in (entry.name, *entry.aliases):
                for word in name_form(listed).latin.casefold().split():
                    words[word.strip(",.'\"()")].add(e)
        total = max(len(self.entries), 1)
        for tid, names in enumerate(self.postings):
            df = len({self.names[n].entry for n in names})
            self.idf.append(math.log((total + 1) / df))
            token = self.tokens[tid]
            if len(token) >= 4 and not token.isdigit():
                skel = skeleton(token)
                for key in _deletions(skel) | {skel}:
                    self.neighbours[key].append(tid)
        self.unknown_idf = math.log(total + 1)
        # weights for query words the core vocabulary lacks because normalisation set
        # them aside on the list side (legal forms, "limited", "liability", "of")
        self.word_idf = {w: math.log((total + 1) / len(es)) for w, es in words.items() if w}
        self.common_df = max(int(total * _COMMON_DF), 50)

    # -- querying ----------------------------------------------------------------------

    def _matches(self, token: str) -> dict[int, float]:
        found: dict[int, float] = {}
        tid = self.vocab.get(token)
        if tid is not None:
            found[tid] = 1.0
        if len(token) >= 4 and not token.isdigit():
            skel = skeleton(token)
            for key in _deletions(skel) | {skel}:
                for other in self.neighbours.get(key, ()):
                    if other not in found:
                        sim = token_similarity(token, self.tokens[other])
                        if sim > 0:
                            found[other] = sim
        return found

    def _query_tokens(self, core: tuple[str, ...]) -> list[QueryToken]:
        out: list[QueryToken] = []
        for token in dict.fromkeys(core):
            matches = self._matches(token)
            # a word mostly set aside as a legal form ("obshchestvo") weighs what it
            # weighs among all list words, even where some name keeps it in its core
            word = self._word_weight(token)
            weight = min(max((self.idf[t] for t in matches), default=word), word)
            out.append(QueryToken(token, weight, matches))
        return out

    def _word_weight(self, token: str) -> float:
        """A query word's weight by its frequency among all list words, legal forms
        included; a word the list never uses weighs as much as a unique one."""
        return self.word_idf.get(token, self.unknown_idf)

    def _joined_variant(self, core: tuple[str, ...]) -> tuple[str, ...] | None:
        """Adjacent tokens written apart in the query but together in the list
        ("shen zhen" -> "shenzhen", pinyin syllables of a Chinese name)."""
        out: list[str] = []
        i, changed = 0, False
        while i < len(core):
            if i + 1 < len(core) and core[i] + core[i + 1] in self.vocab:
                out.append(core[i] + core[i + 1])
                i, changed = i + 2, True
            else:
                out.append(core[i])
                i += 1
        return tuple(out) if changed else None

    def _shortlist(self, qtokens: list[QueryToken], compact: str) -> list[int]:
        acc: dict[int, float] = defaultdict(float)
        opened = False
        for qt in sorted(qtokens, key=lambda q: -q.weight):
            for tid, sim in qt.matches.items():
                names = self.postings[tid]
                if len(names) > self.common_df and opened:
                    continue
                gain = qt.weight * sim
                for n in names:
                    acc[n] += gain
            opened = opened or bool(qt.matches)
        for n in self.compact.get(compact, ()):
            acc[n] += self.unknown_idf
        return sorted(acc, key=acc.__getitem__, reverse=True)[:_SHORTLIST]

    def screen(
        self,
        query: str,
        type: ListedType | None = None,
        country: str | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = 10,
        margin: float = DEFAULT_MARGIN,
    ) -> list[ScreeningMatch]:
        """Candidates for ``query`` at or above ``threshold``, best first, with their why.

        Only candidates within ``margin`` of the best are kept, so that one strong match
        does not come with a tail of weak ones (pass ``margin=1`` for all of them).
        """
        best: dict[int, ScoredName] = {}

        def keep(scored: ScoredName) -> None:
            current = best.get(scored.entry)
            if current is None or scored.score > current.score:
                best[scored.entry] = scored

        for e in (
            self.identifiers.get(identifier_key(query), ())
            if _ID_LIKE.match(query.strip().upper())
            else ()
        ):
            why = f"identifier {query!r}"
            keep(ScoredName(e, self.entries[e].name, 1.0, "identifier", partial(str, why)))
        form = name_form(query, self.synonyms)
        if form.core:
            for n in self.weak.get(" ".join(form.core), ()):
                weak = self.names[n]
                why = f"weak alias {weak.form.original!r}, matched whole"
                keep(ScoredName(weak.entry, weak.form.original, 0.75, "weak", partial(str, why)))
            variants = [form.core]
            joined = self._joined_variant(form.core)
            if joined:
                variants.append(joined)
            for core in variants:
                qtokens = self._query_tokens(core)
                for n in self._shortlist(qtokens, form.compact):
                    indexed = self.names[n]
                    listed = self.entries[indexed.entry]
                    keep(score_name(form, qtokens, indexed, listed, self, type, country))
        ranked = sorted(best.values(), key=lambda s: -s.score)
        floor = max(threshold, ranked[0].score - margin) if ranked else threshold
        return [self._match(s, query) for s in ranked if s.score >= floor][:limit]

    def _match(self, scored: ScoredName, query: str) -> ScreeningMatch:
        entry = self.entries[scored.entry]
        return ScreeningMatch(
            list_name=self.list_name,
            list_id=entry.list_id,
            name=entry.name,
            type=entry.type,
            score=round(scored.score, 4),
            matched_name=scored.matched_name,
            query=query,
            explanation=scored.explain(),
            programs=entry.programs,
        )
