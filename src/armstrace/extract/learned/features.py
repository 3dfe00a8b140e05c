"""What the model sees of a candidate: binary features, as strings.

Features say how each role stands to the trigger (dependency path, side, distance, the
preposition that introduces it, whether a pronoun stands for it), how the trigger is
used (lemma, part of speech, passive, negated, under a plan or reporting verb), and
whether the rules proposed the candidate. Most are crossed with the claim type, since
"to X" means the recipient for a transfer and nothing for a production claim.

A document's candidates share triggers, parties and sentences, so :class:`Featurizer`
reads the parse into plain lists once and caches what candidates share; that keeps the
model's cost a small fraction of parsing (bench/extraction.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.learned.candidates import (
    Candidate,
    Party,
    generic_items,
    identity,
    trigger_lexicon,
)
from armstrace.model import ClaimType

__all__ = ["Featurizer", "dep_path", "features"]

_MAX_PATH = 4
_CUES = ("said", "according", "denied", "not", "never", "reportedly", "allegedly", "will")
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "conj"})
_NO_ITEM = frozenset({ClaimType.OWNERSHIP, ClaimType.SANCTION})


def _bucket(n: int) -> str:
    if n <= 2:
        return "0-2"
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    if n <= 20:
        return "11-20"
    return "21+"


class Featurizer:
    """Features for the candidates of one parsed document."""

    def __init__(
        self, doc: Any, cands: Sequence[Candidate] = (), ctx: DocContext | None = None
    ) -> None:
        """``cands`` and ``ctx`` (the document's candidates and its context) add what
        the article says elsewhere: whether the rules paired the same parties, how
        often each party is named, where the sentence stands."""
        self.doc = doc
        self.ctx = ctx
        self._sent_index = {s.start: n for n, s in enumerate(doc.sents)} if ctx else {}
        self._salience: dict[str, int] = {}
        self._ruled: set[str] = set()
        if ctx is not None:
            counts: dict[str, int] = {}
            for m in ctx.ordered:
                if m.type in ACTORS:
                    counts[ctx.name(m.key)] = counts.get(ctx.name(m.key), 0) + 1
            ranked = sorted(counts, key=lambda n: -counts[n])
            self._salience = {n: r for r, n in enumerate(ranked)}
            for c in cands:
                if c.rule is None:
                    continue
                t, sn, on = c.type.value, self._name(c.subject), self._name(c.object)
                self._ruled |= {f"{t}|{sn}|{on}", f"{t}|s|{sn}", f"{t}|o|{on}"}
                self._ruled |= {f"any|{'|'.join(sorted((sn, on)))}"}
                if c.item:
                    self._ruled.add(f"{t}|i|{identity(c.type, None, None, c.item)}")
        rel = doc.to_array(["HEAD"]).astype(np.int64).reshape(-1)
        self.heads: list[int] = (np.arange(len(rel), dtype=np.int64) + rel).tolist()
        self._labels: dict[int, str] = {}
        self._govs: dict[tuple[int, str], int] = {}
        self._paths: dict[tuple[int, int], str] = {}
        self._trig: dict[tuple[str, int], list[str]] = {}
        self._roles: dict[tuple[str, str, str, int, int], list[str]] = {}
        self._cues: dict[tuple[str, int], list[str]] = {}
        self._clauses: dict[int, int] = {}

    def _label(self, i: int) -> str:
        found = self._labels.get(i)
        if found is None:
            t = self.doc[i]
            found = f"prep({t.lower_})" if t.dep_ in ("prep", "agent") else str(t.dep_)
            self._labels[i] = found
        return found

    def _ancestors(self, i: int) -> list[int]:
        out = [i]
        heads = self.heads
        while heads[out[-1]] != out[-1] and len(out) < 40:
            out.append(heads[out[-1]])
        return out

    def path(self, src: int, dst: int) -> str:
        """Dependency labels from ``src`` up to the common head and down to ``dst``."""
        key = (src, dst)
        found = self._paths.get(key)
        if found is not None:
            return found
        if src == dst:
            result = "self"
        else:
            up, down = self._ancestors(src), self._ancestors(dst)
            down_at = {t: n for n, t in enumerate(down)}
            result = "far"
            for n, t in enumerate(up):
                if t in down_at:
                    m = down_at[t]
                    if n + m > _MAX_PATH:
                        result = "long"
                    else:
                        lab = self._label
                        parts = [lab(x) + "^" for x in up[:n]]
                        parts += [">" + lab(x) for x in reversed(down[:m])]
                        result = " ".join(parts)
                    break
        self._paths[key] = result
        return result

    def clause(self, i: int) -> int:
        """The head of the clause token ``i`` stands in: a role read off another
        clause ("Macron said France would provide air defence as Russia intensified
        strikes") rarely belongs to the trigger's claim."""
        found = self._clauses.get(i)
        if found is None:
            found = i
            for a in self._ancestors(i):
                found = a
                tok = self.doc[a]
                if tok.dep_ in _CLAUSE_DEPS and (tok.dep_ != "conj" or tok.pos_ in ("VERB", "AUX")):
                    break
            self._clauses[i] = found
        return found

    def governor(self, i: int, ctype: ClaimType, trig: int) -> str:
        """Whether the nearest trigger word above token ``i`` (for this claim type) is
        the candidate's trigger ("self"), another one ("other"), or none ("none"): a
        role or item attached under another verb belongs to that verb's claim."""
        key = (i, ctype.value)
        found = self._govs.get(key)
        if found is None:
            lex = trigger_lexicon()
            found = -1
            for a in self._ancestors(i)[1:]:
                tok = self.doc[a]
                types = lex.get(tok.lemma_.lower()) or lex.get(tok.lower_)
                if types and ctype in types:
                    found = a
                    break
            self._govs[key] = found
        if found < 0:
            return "none"
        return "self" if found == trig else "other"

    def _trigger(self, t: str, trig: Token) -> list[str]:
        key = (t, trig.i)
        cached = self._trig.get(key)
        if cached is not None:
            return cached
        lex = lexicon().words
        lemma = trig.lemma_.lower()
        out = [f"{t}|trig={lemma}", f"{t}|pos={trig.pos_}", f"{t}|tag={trig.tag_}"]
        out.append(f"{t}|dep={trig.dep_}")
        kids = {c.dep_ for c in trig.children}
        lowers = {c.lower_ for c in trig.children}
        if "auxpass" in kids or "nsubjpass" in kids:
            out.append(f"{t}|passive")
        if "neg" in kids or lowers & {"never", "not", "no"}:
            out.append(f"{t}|negated")
        inverse = lex.get("transfer_inverse_verbs", frozenset()) | lex.get(
            "transfer_inverse_nouns", frozenset()
        )
        if lemma in inverse:
            out.append(f"{t}|inverse")
        head = trig.head
        if head.i != trig.i:
            hl = head.lemma_.lower()
            for name, feat in (
                ("plan_governors", "under_plan"),
                ("reporting_verbs", "under_report"),
                ("denial_verbs", "under_denial"),
            ):
                if hl in lex.get(name, frozenset()):
                    out.append(f"{t}|{feat}")
        if lowers & lex.get("speculative_modals", frozenset()):
            out.append(f"{t}|modal")
        self._trig[key] = out
        return out

    def _role(self, t: str, name: str, p: Party | None, trig: Token | None) -> list[str]:
        if p is None:
            return [f"{t}|{name}=none"]
        key = (t, name, p.via, p.tok.i, trig.i if trig is not None else -1)
        cached = self._roles.get(key)
        if cached is not None:
            return cached
        prep = _prep(p.tok)
        out = [f"{t}|{name}:type={p.type.value}", f"{t}|{name}:via={p.via}"]
        out.append(f"{t}|{name}:prep={prep}")
        if trig is not None and p.via not in ("far", "doc", "prev"):
            lemma = trig.lemma_.lower()
            out.append(f"{t}|{name}:side={'before' if p.tok.i < trig.i else 'after'}")
            out.append(f"{t}|{name}:dist={_bucket(abs(p.tok.i - trig.i))}")
            path = self.path(trig.i, p.tok.i)
            out.append(f"{t}|{name}:path={path}")
            out.append(f"{t}|{name}:path={path}|trig={lemma}")
            out.append(f"{name}:prep={prep}|trig={lemma}")
            out.append(f"{t}|{name}:gov={self.governor(p.tok.i, ClaimType(t), trig.i)}")
            same = self.clause(p.tok.i) == self.clause(trig.i)
            out.append(f"{t}|{name}:clause={'same' if same else 'other'}")
        self._roles[key] = out
        return out

    def _sentence(self, t: str, sent: Token) -> list[str]:
        key = (t, sent.start)
        cached = self._cues.get(key)
        if cached is None:
            words = {w.lower_ for w in sent}
            cached = [f"{t}|cue={cue}" for cue in _CUES if cue in words]
            self._cues[key] = cached
        return cached

    def _name(self, p: Party | None) -> str:
        if p is None or self.ctx is None or p.key not in self.ctx.mentions:
            return ""
        return self.ctx.name(p.key)

    def _article(self, c: Candidate) -> list[str]:
        """What the rest of the article says about the candidate's parties and item."""
        if self.ctx is None:
            return []
        t = c.type.value
        sn, on = self._name(c.subject), self._name(c.object)
        out = []
        n = self._sent_index.get(c.sent.start, 0)
        out.append(f"{t}|sent={'0' if n == 0 else '1-2' if n <= 2 else '3-5' if n <= 5 else '6+'}")
        for role, name in (("subj", sn), ("obj", on)):
            if name:
                rank = self._salience.get(name, 9)
                out.append(f"{t}|{role}:rank={rank if rank < 3 else '3+'}")
        if c.rule is None:
            ruled = self._ruled
            if f"{t}|{sn}|{on}" in ruled:
                out.append(f"{t}|pair_ruled")
            elif sn and on and f"any|{'|'.join(sorted((sn, on)))}" in ruled:
                out.append(f"{t}|pair_ruled_other")
            if sn and f"{t}|s|{sn}" in ruled:
                out.append(f"{t}|subj_ruled")
            if on and f"{t}|o|{on}" in ruled:
                out.append(f"{t}|obj_ruled")
            if c.item and f"{t}|i|{identity(c.type, None, None, c.item)}" in ruled:
                out.append(f"{t}|item_ruled")
        if c.item is not None and c.type not in _NO_ITEM:
            out.append(f"{t}|item:via={c.item_via}")
            itok = c.item_tok
            if (
                itok is not None
                and itok.lemma_.lower() in generic_items()
                and c.item.split()[-1].lower() == itok.lower_
            ):
                out.append(f"{t}|item:generic")
        return out

    def __call__(self, c: Candidate) -> list[str]:
        """The candidate's features; the same candidate always gives the same list."""
        t = c.type.value
        out = [f"type={t}", f"{t}|src={'rule' if c.rule is not None else 'extra'}"]
        trig = c.trigger
        if trig is None:
            out.append(f"{t}|no_trigger")
        else:
            out += self._trigger(t, trig)
        out += self._role(t, "subj", c.subject, trig)
        out += self._role(t, "obj", c.object, trig)
        if c.subject is not None and c.object is not None:
            out.append(f"{t}|order={'so' if c.subject.tok.i < c.object.tok.i else 'os'}")
            if trig is not None:
                lo, hi = sorted((c.subject.tok.i, c.object.tok.i))
                out.append(f"{t}|trig_{'between' if lo < trig.i < hi else 'outside'}")
            out.append(f"{t}|types={c.subject.type.value}>{c.object.type.value}")
        if c.type not in _NO_ITEM:
            if c.item is None:
                out.append(f"{t}|item=none")
            else:
                words = c.item.split()
                out.append(f"{t}|item_len={min(len(words), 4)}")
                out.append(f"{t}|item_head={words[-1].lower()}")
                itok = c.item_tok
                if itok is not None and trig is not None:
                    ipath = self.path(trig.i, itok.i)
                    out.append(f"{t}|item:path={ipath}")
                    out.append(f"{t}|item:path={ipath}|trig={trig.lemma_.lower()}")
                    out.append(f"{t}|item:side={'before' if itok.i < trig.i else 'after'}")
                    out.append(f"{t}|item:dist={_bucket(abs(itok.i - trig.i))}")
                    out.append(f"{t}|item:gov={self.governor(itok.i, c.type, trig.i)}")
        out += self._sentence(t, c.sent)
        out += self._article(c)
        return out


def _prep(tok: Token) -> str:
    """The preposition (or possessive) that introduces a role word, else its relation."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return str(tok.head.lower_)
    if tok.dep_ == "poss":
        return "poss"
    return str(tok.dep_)


def dep_path(src: Token, dst: Token) -> str:
    """Dependency labels from ``src`` up to the common head and down to ``dst``:
    "nsubj^" is a step up, ">dobj" a step down, prepositions are named ("prep(to)");
    "long" past four steps, "far" across sentences."""
    return Featurizer(src.doc).path(src.i, dst.i)


def features(c: Candidate) -> list[str]:
    """One candidate's features (a fresh :class:`Featurizer`; batch with one per doc)."""
    return Featurizer(c.sent.doc)(c)
