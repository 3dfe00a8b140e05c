"""Who announces a press release's list of designations.

A government's press release names its authority once, in the opening ("The Canadian
government today announced 14 new sanctions designations"), and then lists the targets
under a lead-in that names nobody ("Those sanctioned today include:", "The designations
include:"). The items are sanctions by the government that made the announcement: the
authority standing as subject of the nearest earlier sentence that talks of sanctions.
"""

from __future__ import annotations

from collections.abc import Callable

from armstrace.extract.claims.context import DocContext, Token

__all__ = ["LEAD_NOUNS", "lead_authority", "previous_authority"]

IsAuthority = Callable[[str, DocContext], bool]

# words that say a sentence is about sanctions at all
_CUES = ("sanction", "designat", "blacklist", "asset freeze", "entity list")
# nouns that can head a lead-in without a verb ("The designations include:")
LEAD_NOUNS = frozenset({"designation", "designations", "listing", "listings"})
_BACK = 6  # sentences a lead-in looks back for its announcement
_MODIFIER = frozenset({"compound", "poss", "amod", "nmod"})
_GOVERNMENT_NOUNS = frozenset(
    {"government", "authority", "authorities", "ministry", "department", "administration"}
)  # the noun a country governs as ("the UK government")


def _subject_authority(sent: Token, ctx: DocContext, is_authority: IsAuthority) -> str | None:
    """The first authority that is a clause subject (or the agent of a passive) here."""
    for tok in sent:
        key: str | None = ctx.tok_mention[tok.i]
        if key is None or not is_authority(key, ctx):
            continue
        head = tok
        while head.head.i != head.i and ctx.tok_mention[head.head.i] == key:
            head = head.head  # the mention's own head word
        if head.dep_ in _MODIFIER and head.head.lemma_.lower() in _GOVERNMENT_NOUNS:
            head = head.head  # "The UK government announced": the government's country
        if head.dep_ in ("nsubj", "nsubjpass"):
            return key
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return key
    return None


def lead_authority(
    lead: Token, ctx: DocContext, is_authority: IsAuthority, *, own: bool = True
) -> str | None:
    """The authority of the announcement a lead-in sentence (``lead`` is a word of it)
    belongs to: its own subject if that is an authority (unless ``own`` is False), else
    the subject authority of the nearest of the ``_BACK`` sentences before that speaks of
    sanctions; else None."""
    sent = lead.sent
    mine = _subject_authority(sent, ctx, is_authority) if own else None
    if mine is not None:
        return mine
    doc = lead.doc
    start = sent.start
    for _ in range(_BACK):
        if start == 0:
            break
        prev = doc[start - 1].sent
        start = prev.start
        text = prev.text.lower()
        if not any(c in text for c in _CUES):
            continue
        found = _subject_authority(prev, ctx, is_authority)
        if found is not None:
            return found
    return None


def previous_authority(lead: Token, ctx: DocContext, is_authority: IsAuthority) -> str | None:
    """The authority standing as subject of the sentence just before ``lead``'s ("The
    Council of the EU said the new regime ... Among the first entities listed were"),
    whatever that sentence talks about; None if it has none."""
    start = lead.sent.start
    if start == 0:
        return None
    return _subject_authority(lead.doc[start - 1].sent, ctx, is_authority)
