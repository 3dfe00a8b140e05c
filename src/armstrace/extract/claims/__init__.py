"""Claim rules: read claims out of a parsed document (owned by the claims work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from armstrace.model import Claim, Mention


def find_claims(doc: Any, mentions: Sequence[Mention], published: dt.date | None) -> list[Claim]:
    """Claims in ``doc`` (a spaCy Doc whose text is the Document's text); roles are mention keys."""
    return []
