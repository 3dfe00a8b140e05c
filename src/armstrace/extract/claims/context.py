"""Per-document lookups the rules share: which token belongs to which mention, clause
boundaries, and antecedents for pronouns and "the company"-style references.

Built once per document so every rule stays linear in sentence length.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from armstrace.model import EntityType, ItemClass, Mention

__all__ = ["ACTORS", "CLAUSE_DEPS", "DocContext", "Token"]

Token = Any  # a spaCy Token; spaCy ships no type stubs
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "acl", "xcomp", "conj"})
ACTORS = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION})
_PERSONAL = {
    "he": EntityType.PERSON,
    "she": EntityType.PERSON,
    "him": EntityType.PERSON,
    "her": EntityType.PERSON,
    "his": EntityType.PERSON,
}
_ORG_PRONOUNS = frozenset({"it", "its"})
_REFERRING_NOUNS: dict[str, frozenset[EntityType]] = {
    "company": frozenset({EntityType.ORGANIZATION}),
    "firm": frozenset({EntityType.ORGANIZATION}),
    "manufacturer": frozenset({EntityType.ORGANIZATION}),
    "maker": frozenset({EntityType.ORGANIZATION}),
    "producer": frozenset({EntityType.ORGANIZATION}),
    "supplier": frozenset({EntityType.ORGANIZATION}),
    "group": frozenset({EntityType.ORGANIZATION}),
    "entity": frozenset({EntityType.ORGANIZATION}),
    "enterprise": frozenset({EntityType.ORGANIZATION}),
    "conglomerate": frozenset({EntityType.ORGANIZATION}),
    "plant": frozenset({EntityType.ORGANIZATION, EntityType.PLACE}),
    "factory": frozenset({EntityType.ORGANIZATION, EntityType.PLACE}),
    "facility": frozenset({EntityType.PLACE, EntityType.ORGANIZATION}),
    "zone": frozenset({EntityType.PLACE}),
    "country": frozenset({EntityType.COUNTRY}),
    "government": frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION}),
    "regime": frozenset({EntityType.COUNTRY}),
    "ministry": frozenset({EntityType.ORGANIZATION}),
    "agency": frozenset({EntityType.ORGANIZATION}),
    "drone": frozenset({EntityType.WEAPON_SYSTEM}),
    "missile": frozenset({EntityType.WEAPON_SYSTEM}),
}


class DocContext:
    """Mentions aligned to tokens, for one parsed document."""

    def __init__(self, doc: Any, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.mentions = {m.key: m for m in mentions}
        self.ordered = sorted(mentions, key=lambda m: m.start)
        self.last_authority: str | None = None  # the latest sanctioning authority seen
        # the latest transfer with a named supplier: (supplier, recipient, sentence offset)
        self.last_transfer: tuple[str, str, int] | None = None
        self.recipients: dict[str, int] = {}  # transfer recipients so far, by name
        # the latest weapon a transfer moved: (item words, class, sentence offset), for
        # an elided item ("Norway pledged eight")
        self.last_item: tuple[str, ItemClass, int] | None = None
        # recipient name -> item lemma -> the supplier who last sent it
        self.supplied: dict[str, dict[str, str]] = {}
        self.recipient_keys: dict[str, str] = {}
        self.tok_mention: list[str | None] = [None] * len(doc)
        for m in self.ordered:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if self.tok_mention[i] is None:
                    self.tok_mention[i] = m.key

    # ------------------------------------------------------------------ mentions
    def mention_at(self, tok: Token) -> Mention | None:
        key = self.tok_mention[tok.i]
        return self.mentions[key] if key else None

    def name(self, key: str) -> str:
        m = self.mentions[key]
        return (m.canonical or m.text).lower()

    def antecedent(
        self, before: int, types: frozenset[EntityType], *, topic: bool = False
    ) -> str | None:
        """The nearest mention of one of ``types`` that ends before char offset ``before``.

        With ``topic``, a mention that was the subject of the previous sentence wins over
        a nearer one in another role ("X, a joint venture of Y and Z ... The company")."""
        nearest: str | None = None
        for m in reversed(self.ordered):
            if m.end <= before and m.type in types:
                if nearest is None:
                    nearest = m.key
                    if not topic:
                        return nearest
                tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if tok is not None and tok.root.dep_ in ("nsubj", "nsubjpass"):
                    return m.key
                if before - m.end > 400:
                    break
        return nearest

    def referent(
        self, tok: Token, types: frozenset[EntityType], *, deep: bool = True
    ) -> str | None:
        """The mention key a role-filling token stands for, or None.

        The token itself inside a mention; a relative pronoun's noun; a pronoun or
        "the company" through its antecedent; else a mention modifying the noun
        ("North Korean factories", "Iran's ministry") when ``deep``.
        """
        m = self.mention_at(tok)
        if m is not None:
            return m.key if m.type in types else None
        low = tok.lower_
        if tok.tag_ in ("WDT", "WP") or (low == "that" and tok.dep_.startswith("nsubj")):
            clause = tok.head
            if clause.dep_ == "relcl":
                return self.referent(clause.head, types, deep=deep)
            return None
        if tok.pos_ == "PRON":
            want = _PERSONAL.get(low)
            if want is not None and want in types:
                return self.antecedent(tok.idx, frozenset({want}))
            if low in _ORG_PRONOUNS or low in ("they", "them", "their"):
                found = self.antecedent(tok.idx, types & ACTORS, topic=True)
                if found is not None and tok.dep_ in ("dobj", "dative", "pobj"):
                    # "OFAC designated it": an object pronoun is not its clause's subject
                    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
                    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                    starts = [
                        m.start
                        for c in subj
                        for x in conjuncts_of(c)
                        if (m := self.mention_at(x)) is not None
                    ]
                    keys = {
                        m.key for c in subj for x in conjuncts_of(c) if (m := self.mention_at(x))
                    }
                    if found in keys and starts:
                        found = self.antecedent(min(starts), types & ACTORS, topic=True)
                return found
            return None
        for child in tok.children:
            if child.dep_ == "appos":  # "one of the vessels, the Rasul Gamzatov"
                key = self.referent(child, types, deep=False)
                if key is not None:
                    return key
        if tok.pos_ in ("NOUN", "PROPN"):
            ref = _REFERRING_NOUNS.get(tok.lemma_.lower())
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
            named = [  # "the Almaz-Antey group" names itself ("the US company" does not)
                m2
                for c in tok.children
                if c.dep_ == "compound"
                and (m2 := self.mention_at(c)) is not None
                and m2.type == EntityType.ORGANIZATION
            ]
            if ref is not None and dets & {"the", "this", "that", "its"} and not named:
                found = self.antecedent(tok.sent.start_char, ref & types, topic=True)
                if found is not None:
                    return found
            if deep:
                for prep in tok.children:  # "companies in Iran": Iran, for want of a name
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                        for obj in prep.children:
                            m3 = self.mention_at(obj)
                            country = m3 is not None and m3.type == EntityType.COUNTRY
                            if (
                                obj.dep_ == "pobj"
                                and m3 is not None
                                and country
                                and m3.type in types
                            ):
                                return m3.key
                for dep in ("compound", "nmod", "amod", "poss"):  # "Poland's PGZ group": PGZ
                    for child in tok.children:
                        if child.dep_ == dep:
                            m2 = self.mention_at(child)
                            if m2 is not None and m2.type in types:
                                return m2.key
        return None


def conjuncts_of(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Britain and Japan")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out
