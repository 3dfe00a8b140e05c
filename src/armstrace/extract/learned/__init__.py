"""A learned claim-candidate component: the rules propose, a trained model decides.

:func:`refine_claims` takes the claims the rules found and the parsed document, proposes
extra candidates around every trigger word (:mod:`.candidates`), scores all of them with
a logistic regression trained on our own annotated corpus (:mod:`.features`,
:mod:`.scoring`, weights in ``data/claim_model.json``), and keeps those above threshold.
Training lives in ``train/claims.py`` (``make train``); see docs/LEARNING.md.
"""

from __future__ import annotations

from armstrace.extract.learned.refine import refine_claims
from armstrace.extract.learned.scoring import ClaimModel, load_model

__all__ = ["ClaimModel", "load_model", "refine_claims"]
