"""Which words start a claim, and which rule module reads it.

One pass over each sentence: a token whose lemma is in any trigger list is handed to
the rule modules for the claim types that list belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from armstrace.extract.claims.component import component_drafts
from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.draft import Draft
from armstrace.extract.claims.gapping import gapped_drafts
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.making import making_drafts
from armstrace.extract.claims.ownership import ownership_drafts
from armstrace.extract.claims.sanction import sanction_drafts
from armstrace.extract.claims.transfer import transfer_drafts

__all__ = ["drafts_in", "trigger_words"]

Rule = Callable[[Token, DocContext], list[Draft]]
_RULES: tuple[tuple[tuple[str, ...], Rule], ...] = (
    (
        (
            "transfer_verbs",
            "transfer_inverse_verbs",
            "transfer_nouns",
            "transfer_inverse_nouns",
            "transfer_arrival_verbs",
            "transfer_delivery_taking_verbs",
            "transfer_package_verbs",
            "transfer_deal_nouns",
        ),
        transfer_drafts,
    ),
    (
        (
            "production_verbs",
            "production_nouns",
            "production_agent_nouns",
            "development_verbs",
            "development_nouns",
            "development_agent_nouns",
        ),
        making_drafts,
    ),
    (
        ("ownership_heads", "ownership_verbs", "ownership_participles", "parent_owned_nouns"),
        ownership_drafts,
    ),
    (("sanction_verbs", "sanction_nouns"), sanction_drafts),
    (("component_verbs",), component_drafts),
)
_EXTRA_OWNERSHIP = frozenset({"owned", "controlled", "belong", "affiliated"})


@cache
def trigger_words() -> tuple[tuple[frozenset[str], Rule], ...]:
    """Per rule, every word (lemma or lowercase form) that can trigger it."""
    lex = lexicon()
    out = []
    for lists, rule in _RULES:
        words: set[str] = set()
        for name in lists:
            words |= lex[name]
        if rule is ownership_drafts:
            words |= _EXTRA_OWNERSHIP
        out.append((frozenset(words), rule))
    return tuple(out)


def _key(d: Draft) -> tuple[object, ...]:
    return (d.type, d.subject, d.object, (d.item or "").lower(), d.used_in)


def drafts_in(sent: Token, ctx: DocContext) -> list[Draft]:
    """Every draft claim the rules read out of one sentence, without repeats; remnants of
    a gapped list after a transfer verb ("..., Belgium four F-16s") are read last."""
    out: list[Draft] = []
    seen: set[tuple[object, ...]] = set()
    for tok in sent:
        if not tok.is_alpha and "-" not in tok.text:
            continue
        lemma, low = tok.lemma_.lower(), tok.lower_
        for words, rule in trigger_words():
            if lemma in words or low in words:
                for d in rule(tok, ctx):
                    key = _key(d)
                    if key not in seen:
                        seen.add(key)
                        out.append(d)
    seen.clear()
    unique = []
    for d in gapped_drafts(sent, out, ctx):
        if _key(d) not in seen:
            seen.add(_key(d))
            unique.append(d)
    return unique
