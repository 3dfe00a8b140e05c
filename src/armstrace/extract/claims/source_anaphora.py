"""Sources named again by a definite noun: "the officials", "the same report", "the
newspaper".

News writing names a source once ("two senior officials in Washington said", "a report
by a wire agency", "the Daily Ledger reported") and then refers back to it with a bare
definite noun. Left alone, such a noun is a source of its own ("the officials"); read as
the source it points back to, the claim keeps the attribution the earlier sentence gave.
"""

from __future__ import annotations

from collections.abc import Callable

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import EntityType

__all__ = ["earlier_source", "published_by"]

_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_WINDOW = 8  # sentences looked back over


def published_by(tok: Token, ctx: DocContext) -> str | None:
    """The organisation a document noun was put out by: "figures reported by X", "an
    analysis published this month by X"."""
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                m = ctx.mention_at(obj) if obj.dep_ == "pobj" else None
                if m is not None and m.type == EntityType.ORGANIZATION:
                    return m.key
    return None


def earlier_source(tok: Token, ctx: DocContext, speak: Callable[[Token], str]) -> str | None:
    """What a bare definite source noun stands for, or None when it names its own source
    (it has a name in it, or nothing earlier fits)."""
    cues = lexicon()
    lemma = tok.lemma_.lower()
    people = lemma in cues["unnamed_source_nouns"]
    papers = lemma in cues["document_nouns"] or lemma in cues["media_nouns"]
    if not (people or papers):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return None
    if any(ctx.mention_at(t) is not None for t in tok.subtree):
        return None
    sents = list(tok.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    for sent in reversed(sents[max(0, here - _WINDOW) : here]):
        for t in reversed(list(sent)):
            if people:
                if t.lemma_.lower() == lemma and t.tag_ == tok.tag_:
                    return speak(t)  # a described phrase, or an earlier "the officials" in turn
            else:
                key = _named_reporter(t, ctx)
                if key is not None:
                    return key
    return None


def _named_reporter(t: Token, ctx: DocContext) -> str | None:
    """An organisation named as the author of a report: the subject of a reporting verb
    ("the Ledger reported"), "according to X", "a report by X", or the name on a document
    or outlet noun ("an X report", "X's investigation")."""
    m = ctx.mention_at(t)
    if m is None or m.type != EntityType.ORGANIZATION:
        return None
    cues = lexicon()
    head = t.head
    if t.dep_ == "nsubj" and head.lemma_.lower() in cues["reporting_verbs"]:
        return m.key
    if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return m.key
    if (
        t.dep_ == "pobj"
        and head.lower_ == "by"
        and head.head.lemma_.lower() in cues["document_nouns"]
    ):
        return m.key
    words = cues["document_nouns"] | cues["media_nouns"]
    if t.dep_ in ("compound", "poss", "nmod") and head.lemma_.lower() in words:
        return m.key
    return None
