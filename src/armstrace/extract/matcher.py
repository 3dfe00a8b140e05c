"""The ``armstrace_entities`` pipeline component: sets the entities we are sure of.

It runs before spaCy's statistical ``ner``, which keeps preset entities and labels the
rest. Thousands of gazetteer names go through two PhraseMatchers (exact for one-token
names, lower case for longer ones, then a capitalisation check); company names and
designations are a handful of token patterns. Where matches overlap the longest wins,
and at equal length a gazetteer name beats a company shape, which beats a designation
shape ("S-400 Triumf" over "S-400", "MMZ Avangard" over "Avangard").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from armstrace.extract.patterns import Pattern, Phrase

__all__ = ["COMPONENT", "EntityMatcher"]

COMPONENT = "armstrace_entities"

_OPENING_LABELS = frozenset({"PLACE", "COUNTRY", "CAPITAL", "ORG"})
# Capitalised words after a name that start a person's title, not a longer name.
_TITLE_WORDS = frozenset(
    {
        "secretary",
        "minister",
        "president",
        "chief",
        "director",
        "spokesman",
        "spokeswoman",
        "chairman",
        "general",
        "head",
        "deputy",
        "ambassador",
        "envoy",
        "commander",
        "official",
        "officials",
        "ceo",
    }
)
# Priority at equal length: lower wins.
_GAZETTEER, _PATTERN = 0, 1


class EntityMatcher:
    """Gazetteer phrases and token patterns, matched into ``doc.ents``."""

    def __init__(self, nlp: Language, name: str = COMPONENT) -> None:
        self.nlp = nlp
        self.name = name
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab, validate=True)
        # (match key, lowered text) -> capitalisation masks of the phrases behind it
        self.masks: dict[tuple[str, str], list[tuple[bool, ...]]] = {}
        self.keys: dict[str, tuple[str, str, int]] = {}  # match key -> (label, id, priority)

    def _key(self, label: str, ident: str, priority: int) -> str:
        key = f"{priority}\t{label}\t{ident}"
        self.keys[key] = (label, ident, priority)
        return key

    def add_phrases(self, phrases: Iterable[Phrase]) -> None:
        """Add gazetteer phrases (see :class:`Phrase` for how case is matched)."""
        exact: dict[str, list[Doc]] = {}
        lower: dict[str, list[Doc]] = {}
        for phrase in phrases:
            doc = self.nlp.make_doc(phrase.text)
            if len(doc) == 0:
                continue
            key = self._key(phrase.label, phrase.id, _GAZETTEER)
            if len(doc) == 1:
                exact.setdefault(key, []).append(doc)
                continue
            lower.setdefault(key, []).append(doc)
            mask = tuple(token.text[:1].isupper() for token in doc)
            self.masks.setdefault((key, doc.text.lower()), []).append(mask)
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in lower.items():
            self.lower.add(key, docs)

    def add_patterns(self, patterns: Iterable[Pattern]) -> None:
        """Add token patterns: dicts with ``label``, ``pattern`` and an optional ``id``."""
        for pattern in patterns:
            key = self._key(pattern["label"], pattern.get("id", ""), _PATTERN)
            self.tokens.add(key, [pattern["pattern"]])

    def _cased(self, key: str, span: Span) -> bool:
        masks = self.masks.get((key, span.text.lower()), [])
        return any(
            all(
                not capital or not token.is_lower for capital, token in zip(mask, span, strict=True)
            )
            for mask in masks
        )

    @staticmethod
    def _opens_longer_name(span: Span, covered: set[int]) -> bool:
        """A place name followed by another proper noun ("Texas Instruments", "Kyiv
        School of Economics") starts a longer name: leave it to the model."""
        doc = span.doc
        if span.label_ not in _OPENING_LABELS or span.end >= len(doc):
            return False
        after = doc[span.end]
        if after.i in covered:
            return False
        if after.is_title and after.pos_ == "PROPN" and after.lower_ not in _TITLE_WORDS:
            return True
        # "Alabuga-Fiber": a firm's name as the first part of a hyphenated name
        return (
            span.label_ == "ORG"
            and after.text == "-"
            and not doc[span.end - 1].whitespace_
            and not after.whitespace_
            and span.end + 1 < len(doc)
            and doc[span.end + 1].is_title
        )

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, int, str]] = []
        strings = self.nlp.vocab.strings
        for match_id, start, end in self.exact(doc):
            found.append((start, end, _GAZETTEER, strings[match_id]))
        for match_id, start, end in self.lower(doc):
            key = strings[match_id]
            if self._cased(key, doc[start:end]):
                found.append((start, end, _GAZETTEER, key))
        for match_id, start, end in self.tokens(doc):
            key = strings[match_id]
            found.append((start, end, self.keys[key][2], key))
        # Longest first, then by priority, so filter_spans keeps the right one.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
        spans: list[Span] = []
        for start, end, _priority, key in found:
            label, ident, _ = self.keys[key]
            spans.append(Span(doc, start, end, label=label, span_id=ident))
        covered = {i for s in spans for i in range(s.start, s.end)}
        spans = [s for s in spans if not self._opens_longer_name(s, covered)]
        kept = filter_spans(spans)
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        new = [s for s in kept if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = sorted([*doc.ents, *new], key=lambda s: s.start)
        return doc


@Language.factory(COMPONENT)
def make_entity_matcher(nlp: Language, name: str) -> EntityMatcher:
    """An empty matcher; :func:`armstrace.extract.pipeline.build_pipeline` fills it."""
    return EntityMatcher(nlp, name)
