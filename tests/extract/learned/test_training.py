"""train/claims.py and train/labels.py: labels follow the scorer's rules, and the same
seed on the same corpus gives the same weights."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from train.claims import main, read_articles, train_model
from train.labels import GoldIndex, max_matching

from armstrace.extract.gazetteer import Gazetteer
from armstrace.model import EntityType, Mention

Gold = list[tuple[str, str, str | None, str | None]]
ARTICLES: list[tuple[str, Gold]] = [
    ("Iran supplied drones to Russia in 2023. Russia used them in Ukraine.",
     [("transfer", "iran", "russia", "drones")]),
    ("Germany delivered tanks to Ukraine. Poland received howitzers from South Korea.",
     [("transfer", "germany", "ukraine", "tanks"),
      ("transfer", "south-korea", "poland", "howitzers")]),
    ("The EU sanctioned Rosoboronexport. China denied any role.",
     [("sanction", "eu", "rosoboronexport", None)]),
    ("Rostec produces drones. The company also makes rifles for Russia.",
     [("production", "rostec", None, "drones"), ("production", "rostec", None, "rifles")]),
    ("North Korea shipped shells to Russia. Iran sent missiles to Russia.",
     [("transfer", "north-korea", "russia", "shells"), ("transfer", "iran", "russia", "missiles")]),
    ("The United States sanctioned Rostec. Turkey equipped Ukraine with drones.",
     [("sanction", "united-states", "rostec", None), ("transfer", "turkey", "ukraine", "drones")]),
]  # fmt: skip
NAMES = {
    "iran": "Iran", "russia": "Russia", "germany": "Germany", "ukraine": "Ukraine",
    "poland": "Poland", "south-korea": "South Korea", "eu": "EU",
    "rosoboronexport": "Rosoboronexport", "rostec": "Rostec", "north-korea": "North Korea",
    "united-states": "United States", "turkey": "Turkey", "china": "China",
}  # fmt: skip


def _gold(n: int, text: str, claims: Gold) -> Any:
    ents: list[dict[str, Any]] = [
        {"id": k, "name": v, "type": "organization" if k in ("rostec", "rosoboronexport", "eu")
         else "country", "aliases": [], "country": None}
        for k, v in NAMES.items() if v in text
    ]  # fmt: skip
    return {
        "id": f"t{n}",
        "meta": {"published": "2024-05-15"},
        "text": text,
        "entities": ents,
        "claims": [
            {"type": t, "subject": s, "object": o, "item": i, "evidence": text}
            for t, s, o, i in claims
        ],
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "train"
    folder.mkdir()
    for n, (text, claims) in enumerate(ARTICLES):
        path = folder / f"t{n}.json"
        path.write_text(json.dumps(_gold(n, text, claims)), encoding="utf-8")
    return folder


def test_labels_follow_names_aliases_and_items() -> None:
    gold = {
        "entities": [
            {"id": "iemz-kupol", "name": "IEMZ Kupol", "aliases": ["Kupol"]},
            {"id": "russia", "name": "Russia", "aliases": []},
        ],
        "claims": [
            {"type": "transfer", "subject": "iemz-kupol", "object": "russia",
             "item": "Garpiya-3 drones"},
            {"type": "sanction", "subject": "russia", "object": "iemz-kupol", "item": None},
        ],
    }  # fmt: skip
    mentions = [
        Mention("m0", 0, 5, "Kupol", EntityType.ORGANIZATION),
        Mention("m1", 10, 16, "Russia", EntityType.COUNTRY),
        Mention("m2", 20, 26, "Moscow", EntityType.COUNTRY, canonical="Russia"),
    ]
    index = GoldIndex(gold, mentions)
    assert index.matches("transfer", "m0", "m1", "Garpiya-3") == {0}
    assert index.matches("transfer", "m0", "m2", "drones") == {0}  # shared head word
    assert index.matches("transfer", "m0", "m1", "engines") == frozenset()
    assert index.matches("transfer", None, "m1", "Garpiya-3") == frozenset()  # null != named
    assert index.matches("transfer", "m1", "m0", "Garpiya-3") == frozenset()  # direction
    assert index.matches("sanction", "m2", "m0", None) == {1}  # items do not count here


def test_max_matching_is_one_to_one() -> None:
    assert max_matching([frozenset({0}), frozenset({0}), frozenset({0, 1})]) == 2
    assert max_matching([frozenset(), frozenset()]) == 0


@pytest.mark.slow
def test_same_seed_same_weights(corpus: Path, pipeline: Any, gazetteer: Gazetteer) -> None:
    arts = read_articles(corpus, pipeline, gazetteer)
    assert sum(1 for a in arts for lab in a.labels if lab) >= 5  # the corpus has positives
    one, _ = train_model(arts, seed=3, folds=2, min_count=1)
    two, _ = train_model(read_articles(corpus, pipeline, gazetteer), seed=3, folds=2, min_count=1)
    assert json.dumps(one, sort_keys=True) == json.dumps(two, sort_keys=True)
    assert one["weights"] and all(isinstance(w, float) for w in one["weights"].values())
    assert 0.0 <= one["threshold"]["rule"] < 1.0 and 0.0 < one["threshold"]["extra"] < 1.0


@pytest.mark.slow
def test_main_writes_a_model_that_loads(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from armstrace.extract.learned.scoring import load_model

    out = tmp_path / "model.json"
    main(["--train", str(corpus), "--test", str(corpus), "--out", str(out)])
    printed = capsys.readouterr().out
    assert "time:" in printed and "rules + model" in printed
    model = load_model(str(out))
    assert model.info["trained"]["articles"] == len(ARTICLES)


@pytest.mark.slow
def test_oracle_recall_counts_gold_claims_some_candidate_reaches(
    corpus: Path, pipeline: Any, gazetteer: Gazetteer
) -> None:
    from train.claims import oracle_recall

    arts = read_articles(corpus, pipeline, gazetteer)
    reach, n_gold = oracle_recall(arts)
    assert n_gold == sum(len(claims) for _, claims in ARTICLES)
    assert 0 < reach <= n_gold
    # every gold claim a rule claim matches is reachable
    ruled = sum(
        len(
            frozenset[int]().union(
                *(lab for c, lab in zip(a.cands, a.labels, strict=True) if c.rule)
            )
        )
        for a in arts
    )
    assert reach >= ruled


def test_thresholds_stay_closest_to_the_rules_within_the_tolerance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import train.claims as claims

    def surface(_arts: object, _probs: object, tr: float, te: float) -> tuple[float, float, float]:
        f1 = 0.46 - 0.015 * abs(te - 0.3) - 0.05 * abs(tr - 0.1)
        return f1, 1.0, 1.0  # precision = recall = F1

    monkeypatch.setattr(claims, "claim_counts", surface)
    tr, te, f1 = claims.choose_thresholds([], [], tolerance=0.0)
    assert (tr, te) == (0.1, 0.3) and f1 == pytest.approx(0.46)
    tr, te, f1 = claims.choose_thresholds([], [], tolerance=0.01)
    assert (tr, te) == (0.1, 0.95)  # the fewest extras within 0.01 of the best
    assert f1 >= 0.45
