"""Participial adverbials: "Norway remains Chile's largest donor, having supplied
frigates and tanks", "Brazil stepped up its support, sending howitzers to Peru".

A participle clause with no subject of its own shares the main clause's subject (the
supplier). When it names no recipient, the main clause may: the possessor of an agent
noun ("Chile's largest donor", "Peru's biggest source of weapons") is who received.
"""

from __future__ import annotations

from armstrace.extract.claims.context import ACTORS, DocContext, Token
from armstrace.extract.claims.draft import subjects_of
from armstrace.extract.claims.lexicon import lexicon

__all__ = ["adverbial_main", "adverbial_recipient", "adverbial_subjects"]


def _participle(verb: Token) -> bool:
    if verb.dep_ != "advcl" or any(
        c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children
    ):
        return False  # "after X sent", "while supplying" have their own reading
    if verb.tag_ == "VBG":
        return not any(c.dep_ == "aux" for c in verb.children)
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and auxes == ["having"]


def _on_agent_noun(verb: Token) -> bool:
    """ "X is Y's main source of arms, supplying Z": the parser hangs the participle on
    the agent noun the copula predicates of X."""
    noun = verb.head
    return bool(
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.dep_ == "attr"
        and noun.lemma_.lower() in lexicon()["transfer_agent_nouns"]
    )


def adverbial_main(verb: Token) -> Token | None:
    """The main-clause verb whose subject a subjectless participle ``verb`` shares."""
    if _on_agent_noun(verb):
        return verb.head.head
    if _participle(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def adverbial_subjects(verb: Token) -> list[Token]:
    """The main clause's subject words for a subjectless participle ``verb``, else []."""
    main = adverbial_main(verb)
    return subjects_of(main) if main is not None else []


def adverbial_recipient(verb: Token, ctx: DocContext) -> str | None:
    """The possessor of an agent noun the main clause predicates of its subject."""
    main = adverbial_main(verb)
    if main is None:
        return None
    if _on_agent_noun(verb):
        nouns = [verb.head]
    else:
        nouns = [c for c in main.children if c.dep_ in ("attr", "dobj", "oprd")]
        nouns += [
            o for p in main.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
        ]
        nouns += [
            o for n in list(nouns) for p in n.children if p.lower_ == "as" for o in p.children
        ]
    agents = lexicon()["transfer_agent_nouns"]
    for n in nouns:
        if n.lemma_.lower() in agents:
            for c in n.children:
                if c.dep_ == "poss":
                    key = ctx.referent(c, ACTORS, deep=False)
                    if key is not None:
                        return key
    return None
