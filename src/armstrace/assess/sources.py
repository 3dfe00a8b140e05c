"""The kind of a source: an official statement weighs more than an unnamed person.

Decided from what the attribution says: a named entity's type and name (a country or a
ministry speaks officially), or the words used for an unnamed source ("two officials",
"documents seen by", "analysts"). A source that is itself a party to the claim is
``party`` whatever else it is: a supplier's word about its own deal is not independent.
"""

from __future__ import annotations

import re

from armstrace.model import Claim, SourceKind

__all__ = ["source_kind"]

_OFFICIAL_ORG = re.compile(
    r"\b(ministry|ministries|department|treasury|government|office|council|commission|"
    r"agency|armed forces|military|army|navy|air force|court|parliament|senate|congress|"
    r"president|prime minister|minister|secretary|kremlin|white house|pentagon|embassy|"
    r"state|bureau|ofac|bis|fcdo|ofsi|nato|united nations|u\.n\.|security council|"
    r"customs|prosecutor|police|coast guard|general staff)\b",
    re.I,
)
_INTELLIGENCE = re.compile(
    r"\b(intelligence|officials?|diplomats?|person familiar|people familiar|sources?|insiders?)\b",
    re.I,
)
_DOCUMENTS = re.compile(
    r"\b(documents?|records?|filings?|invoices?|data|customs data|shipping data|leaked|"
    r"contracts?|emails?|satellite imagery|report that)\b",
    re.I,
)
_EXPERT = re.compile(
    r"\b(experts?|analysts?|researchers?|research fellow|scholars?|institute|think[- ]tank|"
    r"professor|investigators?|monitors?|conflict armament research|open[- ]source)\b",
    re.I,
)


def source_kind(
    source: str,
    claim: Claim,
    *,
    entity_type: str | None = None,
    entity_name: str | None = None,
) -> SourceKind:
    """Classify one attribution source of ``claim``.

    ``source`` is an entity id (then ``entity_type``/``entity_name`` say what it is),
    ``"article"`` for the reporter's own voice, or the source's words.
    """
    if source == "article":
        return SourceKind.MEDIA
    if source in {claim.subject, claim.object}:
        return SourceKind.PARTY
    if entity_type is not None:
        name = entity_name or source
        if entity_type == "country":
            return SourceKind.OFFICIAL
        if entity_type == "organization":
            if _OFFICIAL_ORG.search(name):
                return SourceKind.OFFICIAL
            if _EXPERT.search(name):
                return SourceKind.EXPERT
            return SourceKind.MEDIA if _looks_like_media(name) else SourceKind.OTHER
        if entity_type == "person":
            return SourceKind.OTHER
    words = source
    if _DOCUMENTS.search(words):
        return SourceKind.DOCUMENTS
    if _EXPERT.search(words):
        return SourceKind.EXPERT
    if _INTELLIGENCE.search(words):
        return SourceKind.INTELLIGENCE
    if _OFFICIAL_ORG.search(words):
        return SourceKind.OFFICIAL
    return SourceKind.OTHER


def _looks_like_media(name: str) -> bool:
    return bool(
        re.search(
            r"\b(reuters|news|times|post|journal|press|wire|agency|tv|radio|bbc)\b", name, re.I
        )
    )
