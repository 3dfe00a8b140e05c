"""The voice of an official release.

A government body's press release that announces designations speaks in the body's own
voice: the designations are the release's own acts (the reporter's voice, "article"),
while what it says the targets did ("X, based in Dubai, for supplying drones to Russia",
"Y has shipped machine tools to Z") is that body's allegation, the way a news story
would write "the Treasury said". Read only when the publisher is an official body and
the release names who sanctions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from armstrace.extract.claims.lexicon import lexicon
from armstrace.model import Attribution, Claim, ClaimType, Stance

__all__ = ["official_publisher", "release_voice"]

_REPORTER = (Attribution("article", Stance.ASSERTS),)


def official_publisher(publisher: str | None) -> bool:
    """Whether the publisher's name marks a government body ("U.S. Department of the
    Treasury, Office of Public Affairs", "Ministry of Defence"), not a newsroom."""
    if not publisher:
        return False
    words = set(re.findall(r"[a-z]+", publisher.lower()))
    return bool(words & lexicon()["official_publisher_words"])


def release_voice(claims: Sequence[Claim], publisher: str | None) -> list[Claim]:
    """Claims other than sanctions that the release states in its own voice become the
    allegations of the body that sanctions in it (the subject of its first sanction)."""
    if not official_publisher(publisher):
        return list(claims)
    ordered = sorted(claims, key=lambda c: c.evidence_start or 0)
    issuer = next((c.subject for c in ordered if c.type == ClaimType.SANCTION and c.subject), None)
    if issuer is None:
        return list(claims)
    return [
        replace(c, attribution=(Attribution(issuer, Stance.ASSERTS),))
        if c.type != ClaimType.SANCTION and c.attribution == _REPORTER
        else c
        for c in claims
    ]
