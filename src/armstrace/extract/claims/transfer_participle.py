"""Who holds a thing "bought from X": the recipient of a reduced participial relative.

"Saudi Arabia operates drones bought from China" reports a purchase inside a noun
phrase: the participle names the supplier ("from China") and no buyer. The buyer is the
party the sentence says holds, uses or relies on the thing: the subject of the verb the
noun is an argument of ("operates", "relies on"), or the possessor of a noun the thing
is "of" ("Azerbaijan's use of drones bought from ..."). Only verbs of holding and using
count, so "Ukraine destroyed tanks bought from Belarus" names no buyer.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import subjects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import pobjs
from armstrace.extract.claims.transfer_origin import party_origin

__all__ = ["holder_of", "modified_noun"]

_SIDE_PREPS = frozenset({"alongside", "besides", "with"})  # "F-16s alongside jets bought from"


def _party(tok: Token, ctx: DocContext) -> str | None:
    return ctx.referent(tok, ACTORS) or party_origin(tok, ctx)


def _holder_verb(lemma: str) -> bool:
    lex = lexicon()
    return lemma in lex["transfer_holder_verbs"] or lemma in lex["transfer_user_verbs"]


def holder_of(verb: Token, ctx: DocContext) -> str | None:
    """The party holding the noun a participle ``verb`` ("bought", "acquired") modifies,
    or None when the sentence names none."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    cur = modified_noun(verb)
    for _ in range(4):
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head  # "Tor and Buk systems bought from": the first conjunct
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            prep, owner = cur.head, cur.head.head
            if prep.lower_ == "of" and owner.pos_ == "NOUN":
                poss = [c for c in owner.children if c.dep_ == "poss"]
                key = next((k for c in poss if (k := _party(c, ctx)) is not None), None)
                if key is not None:
                    return key  # "Azerbaijan's use of drones bought from X"
                cur = owner  # "a number of drones bought from X"
                continue
            if prep.lower_ in _SIDE_PREPS and owner.pos_ in ("NOUN", "PROPN"):
                cur = owner  # "flies F-16s alongside jets bought from X"
                continue
            if owner.pos_ in ("VERB", "AUX") and _holder_verb(owner.lemma_.lower()):
                return _subject(owner, ctx)  # "relies on systems bought from X"
            return None
        if cur.dep_ == "dobj" and _holder_verb(cur.head.lemma_.lower()):
            return _subject(cur.head, ctx)  # "operates drones bought from X"
        return None
    return None


def modified_noun(verb: Token) -> Token:
    """The noun a participle modifies: the parser often hangs "bought from X" in "the use
    of drones bought from X" on "use"; the noun just before it ("drones") is meant."""
    head = verb.head
    for o in pobjs(list(head.children), frozenset({"of"})):
        if o.i < verb.i and o.right_edge.i == verb.i - 1:
            return o
    return head


def _subject(verb: Token, ctx: DocContext) -> str | None:
    return next((k for t in subjects_of(verb) if (k := _party(t, ctx)) is not None), None)
