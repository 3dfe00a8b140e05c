"""Cutting an article into runs of text for highlighting mentions and claim sentences.

Offsets come from the store; the runs carry plain text only, and the template escapes
each one, so no part of the article can ever become markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Run", "runs"]


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with the mention and the claim sentences covering it."""

    text: str
    mention: dict[str, Any] | None = None
    claims: tuple[int, ...] = ()
    anchor: int | None = None


def _evidence_spans(text: str, claims: Sequence[dict[str, Any]]) -> list[tuple[int, int, int]]:
    spans = []
    for claim in claims:
        evidence = claim.get("evidence") or ""
        start = text.find(evidence) if evidence else -1
        if start >= 0:
            spans.append((start, start + len(evidence), int(claim["id"])))
    return spans


def runs(
    text: str, mentions: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]]
) -> list[Run]:
    """The text split at every mention and evidence boundary, in order."""
    spans = _evidence_spans(text, claims)
    valid = [m for m in mentions if 0 <= m["start"] < m["end"] <= len(text)]
    cuts = {0, len(text)}
    for m in valid:
        cuts.update((m["start"], m["end"]))
    for start, end, _ in spans:
        cuts.update((start, end))
    ordered = sorted(cuts)
    by_start = sorted(valid, key=lambda m: (m["start"], -m["end"]))
    anchored: set[int] = set()
    out: list[Run] = []
    for left, right in itertools.pairwise(ordered):
        if left == right:
            continue
        mention = next((m for m in by_start if m["start"] <= left and right <= m["end"]), None)
        covering = tuple(c for s, e, c in spans if s <= left and right <= e)
        anchor = next((c for s, _, c in spans if s == left and c not in anchored), None)
        if anchor is not None:
            anchored.add(anchor)
        out.append(Run(text[left:right], mention, covering, anchor))
    return out
