"""The trained claim-candidate model, applied with numpy only.

Training (``train/claims.py``, scikit-learn) writes a logistic regression as JSON: the
feature vocabulary with one weight per feature (``weights``, one line each, so a
retrain reads as a diff), the intercept, and two thresholds (one for candidates the
rules proposed, one for extras). Here it is read once per process and
applied to a whole document's candidates in one batch, so run time needs no
scikit-learn and costs a few array operations per document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from armstrace.model import ArmstraceError

__all__ = ["FORMAT", "ClaimModel", "load_model", "model_from_json"]

FORMAT = "armstrace-claim-model/1"


@dataclass(frozen=True)
class ClaimModel:
    """Weights by feature name; features the training never saw weigh nothing."""

    index: dict[str, int]
    coef: npt.NDArray[np.float64]
    intercept: float
    threshold_rule: float
    threshold_extra: float
    info: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, rows: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
        """P(the candidate is a gold claim) for each row of features, in one batch."""
        n = len(rows)
        if n == 0:
            return np.zeros(0, dtype=np.float64)
        row_ids: list[int] = []
        cols: list[int] = []
        get = self.index.get
        for r, feats in enumerate(rows):
            for f in set(feats):
                j = get(f)
                if j is not None:
                    row_ids.append(r)
                    cols.append(j)
        z = np.full(n, self.intercept, dtype=np.float64)
        if cols:
            np.add.at(z, np.asarray(row_ids, dtype=np.intp), self.coef[np.asarray(cols)])
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
        return out


def model_from_json(raw: dict[str, Any], origin: str = "model") -> ClaimModel:
    """Check and build a model from its JSON form (as ``train/claims.py`` writes it)."""
    if raw.get("format") != FORMAT:
        raise ArmstraceError(
            "E261", f"{origin}: not a claim model (format {raw.get('format')!r}, want {FORMAT})"
        )
    try:
        weights = raw["weights"]
        if not isinstance(weights, dict):
            raise TypeError("weights must map feature names to numbers")
        names = [str(x) for x in weights]
        coef = np.asarray([float(weights[x]) for x in weights], dtype=np.float64)
        intercept = float(raw["intercept"])
        thresholds = raw["threshold"]
        t_rule, t_extra = float(thresholds["rule"]), float(thresholds["extra"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ArmstraceError("E262", f"{origin}: malformed claim model: {exc}") from exc
    if not np.all(np.isfinite(coef)) or min(t_rule, t_extra) < 0.0:
        raise ArmstraceError("E263", f"{origin}: weights must be finite, thresholds >= 0")
    index = {name: i for i, name in enumerate(names)}
    info = {k: v for k, v in raw.items() if k != "weights"}
    return ClaimModel(index, coef, intercept, t_rule, t_extra, info)


@cache
def load_model(path: str | None = None) -> ClaimModel:
    """The shipped model (data/claim_model.json), or the one at ``path``; read once."""
    try:
        if path is None:
            text = (
                resources.files("armstrace.extract.learned")
                .joinpath("data", "claim_model.json")
                .read_text("utf-8")
            )
        else:
            text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise ArmstraceError(
            "E264", f"claim model not found ({exc}); rebuild it with `make train`"
        ) from exc
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise ArmstraceError("E265", f"claim model is not valid JSON: {exc}") from exc
    return model_from_json(raw, path or "data/claim_model.json")
