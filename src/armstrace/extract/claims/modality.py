"""How firmly a claim is made, from cues that scope over the trigger's clause.

Only the trigger and the verbs that govern it (through xcomp, ccomp, conj) are
looked at, so a "could" in a neighbouring clause does not weaken the claim; a
governor on the far side of a semicolon (which the small parser sometimes links
across) does not scope over it either.
"""

from __future__ import annotations

from armstrace.extract.claims.attribution import trailing_reporter
from armstrace.extract.claims.context import Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import governors, is_passive
from armstrace.model import Modality

__all__ = ["clause_verb", "modality_of", "scope_chain"]


def scope_chain(trigger: Token) -> list[Token]:
    """``trigger`` and the verbs whose cues scope over it: for a noun, the verb it is an
    argument of; its governors up to the first one beyond a semicolon; and a trailing
    reporting clause (", officials believe.")."""
    chain = [trigger]
    verb = clause_verb(trigger)
    if verb is not None:
        chain.append(verb)  # "could resume deliveries", "offered a sale"
    for g in governors(trigger):
        lo, hi = sorted((g.i, trigger.i))
        if any(t.text == ";" for t in trigger.doc[lo:hi]):
            break  # "...rising by 515 per cent; BIS estimated that ...": two statements
        if g not in chain:
            chain.append(g)
    trailing = trailing_reporter(trigger, appositive=True)
    if trailing is not None and trailing not in chain:
        chain.append(trailing)
    return chain


# relations by which a noun hangs under the verb whose clause it belongs to
_NOUN_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "dative"})


def clause_verb(trigger: Token) -> Token | None:
    """For a noun trigger ("deliveries", "sale"), the verb it is an argument of, through
    prepositions ("talks on the sale of"); None for a verb or a noun outside a clause."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in _NOUN_ARGS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _named_assessment(verb: Token) -> bool:
    """A named body states its assessment in its own voice ("Seoul believes Russia has
    provided ..."): that is its claim, not a hedge; "voyages they believe carried
    munitions" and "experts believe" stay hedged."""
    if verb.lemma_.lower() not in lexicon()["assessment_verbs"] or is_passive(verb):
        return False
    if verb.dep_ in ("relcl", "acl", "advcl"):
        return False
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subs) and subs[0].pos_ == "PROPN"


def modality_of(trigger: Token) -> Modality:
    """Hedged over speculative over asserted, from the cues over ``trigger``."""
    lex = lexicon()
    hedged = speculative = False
    chain = scope_chain(trigger)
    plans = lex["speculative_plan_governors"] | lex["speculative_plan_verbs"]
    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        for c in tok.children:
            cl = c.lower_
            if c.dep_ in ("advmod", "amod") and cl in lex["hedge_adverbs"]:
                hedged = True
            elif (
                (c.dep_ in ("advmod",) and cl in lex["speculative_adverbs"])
                or (c.dep_ == "aux" and cl in lex["speculative_modals"] and cl != "can")
                or (c.dep_ == "amod" and cl in lex["speculative_adjectives"])
            ):
                speculative = True  # "could send", "the possible sale"
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
            or (
                lemma in lex["hedging_reporting_verbs"]
                and lemma not in ("claim", "allege")
                and not _named_assessment(tok)
            )
        ):
            hedged = True
        elif lemma in plans or (
            lemma == "able" and any(c.lower_ in ("would", "could") for c in tok.children)
        ):
            speculative = True
    for tok in chain:
        if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
            speculative = True  # "if the shells do get to the front"
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
