"""Who makes a claim (the source) and whether they assert or deny it.

A reporting verb that governs the trigger ("X said ...", "documents show ...") or an
"according to X" in the sentence names the source; otherwise the claim is the
reporter's own ("article"). A named source is its mention key; an unnamed one keeps
the article's words ("two senior officials").
"""

from __future__ import annotations

from armstrace.extract.claims.context import DocContext, Token
from armstrace.extract.claims.lexicon import lexicon
from armstrace.extract.claims.syntax import conjuncts, governors, subtree_text
from armstrace.model import EntityType

__all__ = ["SOURCE_TYPES", "denial_cue", "negated", "source_of", "speaker"]

SOURCE_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY})


def speaker(tok: Token, ctx: DocContext) -> str:
    """A source as a mention key, or its words."""
    key = ctx.referent(tok, SOURCE_TYPES)
    if key is not None:
        return key
    title = lexicon()["title_nouns"]
    if tok.lemma_.lower() in title:
        for c in tok.subtree:
            m = ctx.mention_at(c)
            if m is not None and m.type == EntityType.PERSON:
                return m.key
    return subtree_text(tok)


def _subjects(verb: Token) -> list[Token]:
    cur = verb
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return conjuncts(subs[0])
        if (cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and cur.tag_ == "VBG")) and (
            cur.head.i != cur.i
        ):
            cur = cur.head  # "X sanctioned Y, saying ...": X says
            continue
        break
    return []


def trailing_reporter(trigger: Token) -> Token | None:
    """A sentence-final reporting clause (", X said on Monday.") that the small parser
    hung off the trigger's clause as a conjunct or a sibling instead of governing it.

    It must come after the trigger, follow a comma, have a subject and no clause or
    object of its own, and not contain the trigger."""
    verbs = lexicon()["reporting_verbs"]
    sent = trigger.sent
    for tok in sent:
        if tok.i <= trigger.i or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        left = min(t.i for t in tok.subtree if not t.is_punct)
        if left <= sent.start or tok.doc[left - 1].text != ",":
            continue
        if trigger.left_edge.i >= left or tok.left_edge.i <= trigger.i <= tok.right_edge.i:
            continue
        kids = {c.dep_ for c in tok.children}
        if "nsubj" not in kids or kids & {"ccomp", "dobj", "xcomp", "attr"}:
            continue
        return tok
    return None


def reporting_verb(trigger: Token) -> Token | None:
    """The nearest reporting verb that governs ``trigger``, or a trailing reporting
    clause the parser misattached."""
    verbs = lexicon()["reporting_verbs"]
    for g in governors(trigger):
        if g.lemma_.lower() in verbs and g.i != trigger.i:
            return g
    return trailing_reporter(trigger)


def source_of(trigger: Token, ctx: DocContext) -> list[str]:
    """The sources of the claim ``trigger`` states, or ["article"]."""
    rv = reporting_verb(trigger)
    if rv is not None:
        agent = [
            o for c in rv.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        subs = agent or _subjects(rv)
        out = [speaker(s, ctx) for s in subs if s.lower_ not in ("it", "there")]
        if out:
            return list(dict.fromkeys(out))
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "for":
        gov = trigger.head.head  # "the Treasury sanctioned X for supplying ...": the Treasury says
        if gov.lemma_.lower() in lexicon()["sanction_verbs"]:
            subs = [c for c in gov.children if c.dep_ == "nsubj"]
            if subs and subs[0].lower_ in ("it", "they") and ctx.last_authority is not None:
                return [ctx.last_authority]
            if subs:
                return [speaker(subs[0], ctx)]
    for tok in trigger.sent:
        if tok.lower_ == "according":
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return list(dict.fromkeys(speaker(o, ctx) for o in conjuncts(obj)))
    return ["article"]


def negated(trigger: Token) -> bool:
    """The trigger itself is negated ("did not supply", "never exported")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in trigger.children)


def denial_cue(sent: Token) -> Token | None:
    """A token that makes the sentence a denial, if any (not "declined to comment")."""
    lex = lexicon()
    low = sent.text.lower()
    if any(p in low for p in lex["not_denials"]) and not any(
        t.lemma_.lower() in lex["denial_verbs"] for t in sent
    ):
        return None
    for tok in sent:
        lemma = tok.lemma_.lower()
        ruled_out = lemma == "rule" and any(c.lower_ == "out" for c in tok.children)
        if (lemma in lex["denial_verbs"] or ruled_out) and tok.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            return tok
        if tok.lower_ in lex["denial_adjectives"] and tok.pos_ in ("ADJ", "NOUN"):
            return tok
        if tok.lower_ == "aware" and any(c.dep_ == "neg" for c in tok.head.children):
            return tok
        if tok.lower_ in ("information", "knowledge") and any(
            c.lower_ == "no" for c in tok.children
        ):
            return tok
    return None
