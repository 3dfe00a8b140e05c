"""The extract stage: named-entity mentions (gazetteers, designation patterns, spaCy NER)
and, through :mod:`armstrace.extract.claims`, the claims that connect them."""

from __future__ import annotations

from armstrace.extract.extractor import Extractor
from armstrace.extract.pipeline import load_pipeline

__all__ = ["Extractor", "load_pipeline"]
