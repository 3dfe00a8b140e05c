"""Transfers listed as the contents of an aid package, deal or shipment.

"The package also includes 300 armoured carriers and air-to-air missiles" names no
supplier or recipient: they are those of the transfer the article has just reported
(the package's donor and its recipient). A container word that names what moves
("package", "shipment", "deal") as the subject of "include" marks the construction.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import objects_of
from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import Status

__all__ = ["package_noun", "package_parties", "package_status"]

_CARRY_CHARS = 600  # how far back the package's transfer may have been reported
_CLIMB = frozenset({"npadvmod", "amod", "nummod", "compound", "quantmod"})


def package_noun(verb: Token, ctx: DocContext) -> Token | None:
    """The container noun "include"/"contain" has as its subject ("the package", "a deal
    worth $2 billion that includes"), or None."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.tag_ in ("WDT", "WP") or subj.lower_ == "that":
        if verb.dep_ != "relcl":
            return None
        subj = verb.head
        for _ in range(3):  # "a package worth about $2.8 billion that includes"
            if subj.lemma_.lower() in lexicon()["transfer_package_nouns"]:
                break
            if subj.dep_ not in _CLIMB or subj.head.i == subj.i:
                return None
            subj = subj.head
    if subj.lemma_.lower() not in lexicon()["transfer_package_nouns"]:
        return None
    if ctx.referent(subj, ACTORS, deep=False) is not None:
        return None
    return subj if objects_of(verb) else None


def package_parties(verb: Token, ctx: DocContext) -> tuple[str, str] | None:
    """(supplier, recipient) of the transfer reported just before, when close enough."""
    if ctx.last_transfer is None:
        return None
    supplier, recipient, at = ctx.last_transfer
    if verb.sent.start_char - at > _CARRY_CHARS:
        return None
    return supplier, recipient


def package_status(noun: Token) -> Status | None:
    """A shipment or consignment has moved; a package, deal or order is yet to."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon()["transfer_package_delivered_nouns"]:
        return Status.DELIVERED
    return Status.PLANNED
