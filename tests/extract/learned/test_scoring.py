"""The model file: its shape, its checks, and the arithmetic of scoring."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from armstrace.extract.learned.scoring import FORMAT, load_model, model_from_json
from armstrace.model import ArmstraceError


def _raw(**over: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "format": FORMAT,
        "weights": {"a": 1.5, "b": -2.0},
        "intercept": -0.5,
        "threshold": {"rule": 0.1, "extra": 0.6},
    }
    raw.update(over)
    return raw


def test_shipped_model_loads_with_the_expected_shape() -> None:
    model = load_model()
    assert model is load_model()  # read once per process
    assert len(model.index) == model.coef.shape[0] > 100
    assert 0.0 <= model.threshold_rule < 1.0
    assert 0.0 < model.threshold_extra < 1.0
    assert model.info["trained"]["articles"] > 0
    assert any(name.startswith("transfer|") for name in model.index)


def test_probabilities_are_the_logistic_of_summed_weights() -> None:
    model = model_from_json(_raw())
    got = model.probabilities([["a"], ["a", "b"], ["unknown"], ["a", "a"]])
    # a repeated feature counts once; an unknown one weighs nothing
    want = [1 / (1 + math.exp(-z)) for z in (-0.5 + 1.5, -0.5 + 1.5 - 2.0, -0.5, -0.5 + 1.5)]
    assert got.tolist() == pytest.approx(want)


def test_no_candidates_no_work() -> None:
    assert model_from_json(_raw()).probabilities([]).shape == (0,)


def test_wrong_format_is_refused() -> None:
    with pytest.raises(ArmstraceError) as err:
        model_from_json(_raw(format="something-else"))
    assert err.value.code == "E261"


def test_missing_threshold_is_refused() -> None:
    raw = _raw()
    del raw["threshold"]
    with pytest.raises(ArmstraceError) as err:
        model_from_json(raw)
    assert err.value.code == "E262"


def test_weights_must_map_names_to_numbers() -> None:
    with pytest.raises(ArmstraceError) as err:
        model_from_json(_raw(weights=[1.0, 2.0]))
    assert err.value.code == "E262"
    with pytest.raises(ArmstraceError) as err:
        model_from_json(_raw(weights={"a": "heavy"}))
    assert err.value.code == "E262"


def test_weights_and_thresholds_must_be_sane() -> None:
    with pytest.raises(ArmstraceError) as err:
        model_from_json(_raw(weights={"a": float("nan")}))
    assert err.value.code == "E263"
    with pytest.raises(ArmstraceError) as err:
        model_from_json(_raw(threshold={"rule": -1, "extra": 0.5}))
    assert err.value.code == "E263"


def test_model_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_raw()), encoding="utf-8")
    assert load_model(str(path)).threshold_extra == 0.6
    with pytest.raises(ArmstraceError) as err:
        load_model(str(tmp_path / "missing.json"))
    assert err.value.code == "E264"
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ArmstraceError) as err:
        load_model(str(bad))
    assert err.value.code == "E265"
