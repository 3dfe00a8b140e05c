"""Makers a passive without "by" still names: "the jets are assembled at X's plant" /
"at the plant of X" (the plant's owner), "Y, whose vehicles are produced in Z" and "the
Houthis say their drones are made in Yemen" (the items' possessor). The country things
were made in is a place, not a maker ("parts made in Britain"). And the noun a relative
clause hangs on when that noun only describes a name before it ("X, the company that
makes Y" -> X).
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.items import classify
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import ItemClass

__all__ = ["implicit_makers", "relative_holder", "whose_holder"]

_SITES_EXTRA = frozenset({"shipyard", "yard", "works", "plants", "factories"})
_POSSESSIVE_PRONOUNS = frozenset({"their", "its", "whose"})


def relative_holder(tok: Token) -> Token:
    """ "X, the company that makes Y": the relative pronoun stands for X, the name the
    describing noun is in apposition with (not an earlier "the company")."""
    if tok.tag_ not in ("WDT", "WP") and tok.lower_ != "that":
        return tok
    clause = tok.head
    if clause.dep_ != "relcl":
        return tok
    noun = clause.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.i != noun.i:
        return noun.head
    return tok


def whose_holder(poss: Token) -> Token:
    """ "X, whose drones are built in Y" / "X, whose shell output has tripled": "whose"
    is X; any other possessor stands for itself."""
    if poss.lower_ != "whose":
        return poss
    cur = poss
    for _ in range(4):
        if cur.dep_ == "relcl" or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur.head if cur.dep_ == "relcl" else poss


def _site_owner(verb: Token, ctx: DocContext) -> list[Token]:
    sites = lexicon()["production_site_nouns"] | _SITES_EXTRA
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
            continue
        for site in prep.children:
            if site.dep_ != "pobj" or site.lemma_.lower() not in sites:
                continue
            for c in site.children:
                if c.dep_ == "poss" and c.pos_ == "PROPN":
                    out.append(c)  # "at Lockheed Martin's plant"
                if c.dep_ == "prep" and c.lower_ == "of":
                    out += [o for o in c.children if o.dep_ == "pobj"]  # "the plant of X"
    return [t for t in out if (m := ctx.mention_at(t)) is not None and m.type in ACTORS]


def _sayer(verb: Token) -> list[Token]:
    """ "The Houthis say their drones are made in Yemen": "their" is the sayer."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in lexicon()["reporting_verbs"]:
        return []
    return [c for c in cur.head.children if c.dep_ == "nsubj"]


def _possessors(verb: Token, items: list[Token], ctx: DocContext) -> list[Token]:
    """Who owns the made things: a named possessor, "whose" (the relative's noun), or
    "their"/"its" as the subject of a saying verb. Weapons only: "whose parts are made
    in X" names a weapon, not a maker."""
    out: list[Token] = []
    for item in items:
        if classify(item.text, item, ctx) != ItemClass.WEAPON_SYSTEM:
            continue
        for c in item.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ == "whose":
                out.append(whose_holder(c))
            elif c.lower_ in _POSSESSIVE_PRONOUNS:
                out += _sayer(verb)
            elif (m := ctx.mention_at(c)) is not None and m.type in ACTORS:
                out.append(c)
    return out


def implicit_makers(verb: Token, items: list[Token], ctx: DocContext) -> list[Token]:
    """Words naming the maker of a passive making verb that has no "by" phrase: the
    owner of the site it happens at, else the items' possessor."""
    return _site_owner(verb, ctx) or _possessors(verb, items, ctx)
