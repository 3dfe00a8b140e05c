"""How firmly a claim is made, from cues that scope over the trigger's clause.

Only the trigger and the verbs that govern it (through xcomp, ccomp, conj) are
looked at, so a "could" in a neighbouring clause does not weaken the claim.
"""

from __future__ import annotations

from armstrace.extract.claims.attribution import trailing_reporter
from armstrace.extract.claims.context import Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import governors, is_passive
from armstrace.model import Modality

__all__ = ["modality_of"]


def modality_of(trigger: Token) -> Modality:
    """Hedged over speculative over asserted, from the cues over ``trigger``."""
    lex = lexicon()
    hedged = speculative = False
    chain = [trigger, *governors(trigger)]
    trailing = trailing_reporter(trigger, appositive=True)
    if trailing is not None and trailing not in chain:
        chain.append(trailing)  # "..., officials believe."
    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        for c in tok.children:
            cl = c.lower_
            if c.dep_ in ("advmod", "amod") and cl in lex["hedge_adverbs"]:
                hedged = True
            elif (c.dep_ in ("advmod",) and cl in lex["speculative_adverbs"]) or (
                c.dep_ == "aux" and cl in lex["speculative_modals"] and cl != "can"
            ):
                speculative = True
            elif (
                c.dep_ == "advcl"
                and cl == "confirmed"
                and any(x.lower_ == "if" for x in c.children)
            ):
                hedged = True
        if depth == 0:
            continue
        if lemma in lex["speculative_passive_verbs"] and is_passive(tok):
            speculative = True  # "is expected to assemble"
        elif (
            lemma in ("appear", "seem")
            or (lemma in lex["hedge_verbs"] and is_passive(tok) and tok.lemma_ != "report")
            or (lemma == "report" and is_passive(tok))
            or (lemma in lex["hedging_reporting_verbs"] and lemma not in ("claim", "allege"))
        ):
            hedged = True
        elif lemma in lex["speculative_plan_governors"] or (
            lemma == "able" and any(c.lower_ in ("would", "could") for c in tok.children)
        ):
            speculative = True
    for tok in chain:
        if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
            speculative = True  # "if the interceptors do reach Kyiv"
            break
    sent = trigger.sent
    low = sent.text.lower()
    if "if confirmed" in low:
        hedged = True
    if hedged:
        return Modality.HEDGED
    if speculative:
        return Modality.SPECULATIVE
    return Modality.ASSERTED
