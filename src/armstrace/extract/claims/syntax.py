"""Dependency-tree helpers: clauses, coordination, governing verbs.

The small English parser attaches prepositions loosely ("to Russia" may hang off the
object), so roles are looked up over a whole clause rather than one arc.
"""

from __future__ import annotations

from collections.abc import Iterator

from armstrace.extract.claims.context import Token

__all__ = [
    "clause_tokens",
    "conjuncts",
    "governors",
    "is_passive",
    "pobjs",
    "subtree_text",
]

_COMPOUND_PREP_HEADS = frozenset(
    {"according", "due", "close", "similar", "next", "owing", "prior", "thanks", "addition"}
)
_STOP = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "acl", "xcomp"})


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("A, B and C")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    seen = {tok.i}
    while stack:
        c = stack.pop(0)
        if c.i in seen:
            continue
        seen.add(c.i)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def clause_tokens(head: Token) -> list[Token]:
    """Tokens of the clause ``head`` heads, without embedded clauses or coordinated verbs."""
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _STOP:
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def governors(tok: Token, limit: int = 6) -> Iterator[Token]:
    """Verbs above ``tok`` whose scope covers its clause: through xcomp, ccomp and conj
    (and, for a noun, the verb it is an argument of), stopping at relative and
    adverbial clauses, which have their own scope."""
    cur = tok
    for _ in range(limit):
        dep = cur.dep_
        if dep == "ROOT" or cur.head.i == cur.i:
            return
        if dep in ("relcl", "advcl", "acl", "appos", "parataxis"):
            return
        parent = cur.head
        if dep == "pcomp" and parent.dep_ == "prep" and parent.head.pos_ in ("VERB", "AUX"):
            cur = parent.head  # "might respond by giving": the verb the gerund's phrase modifies
            yield cur
            continue
        if dep in (
            "prep",
            "pobj",
            "pcomp",
            "dobj",
            "nsubj",
            "nsubjpass",
            "attr",
            "compound",
            "amod",
            "npadvmod",
            "poss",
        ):
            cur = parent
            continue
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            cur = parent  # an independent clause: its sibling's modifiers do not scope over it
            continue
        cur = parent
        yield parent


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # "drones supplied by Iran", not "accusations that Tehran had shipped missiles"
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod")
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def pobjs(toks: list[Token], preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` among ``toks`` (and their conjuncts)."""
    out: list[Token] = []
    for t in toks:
        if t.lower_ in preps and t.dep_ in ("prep", "dative", "agent", "conj"):
            if t.head.lower_ in _COMPOUND_PREP_HEADS:
                continue  # "according to X", "due to X" name no recipient
            for c in t.children:
                if c.dep_ == "pobj":
                    out.extend(conjuncts(c))
    return out


def subtree_text(tok: Token, max_tokens: int = 12) -> str:
    """The words of ``tok``'s phrase, without relative clauses, at most ``max_tokens``."""
    skip: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj") and c.i > tok.i:
            skip.update(x.i for x in c.subtree)
    toks = [t for t in tok.subtree if t.i not in skip]
    toks = [t for t in toks if t.dep_ != "punct" or 0 < t.i - toks[0].i < len(toks) - 1]
    if len(toks) > max_tokens:
        toks = [t for t in toks if t.i >= tok.i - (max_tokens - 1) and t.i <= tok.i]
    if not toks:
        return str(tok.text)
    doc = tok.doc
    text: str = doc[toks[0].i : toks[-1].i + 1].text
    return text
