"""Train the claim-candidate model on corpus/train and write its weights as JSON.

Run from the repository root: ``.venv/bin/python -m train.claims`` (``make train``).

1. Every article of corpus/train is parsed with the project's pipeline; mentions, rule
   claims and candidates come from the same code that runs at extraction time.
2. Each candidate is labelled 1 when it matches a gold claim by the scorer's rules
   (type, roles through entity names and aliases, item words): :mod:`train.labels`.
3. A logistic regression (scikit-learn, liblinear, fixed seed) is fitted on binary
   features; the two thresholds (rule candidates, extra candidates) are chosen by
   cross-validation over the training articles, grouped by article: those closest to
   the rules alone whose claim F1 is within ``TOLERANCE`` of the best — never on the
   dev set.
4. The weights go to src/armstrace/extract/learned/data/claim_model.json; the script
   prints the time taken, the candidates' oracle recall (gold claims some candidate
   matches) and claim figures, rules only vs rules + model, on corpus/test (when it
   holds articles) and cross-validated on corpus/train.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from armstrace.extract.claims import find_claims
from armstrace.extract.claims.context import DocContext
from armstrace.extract.gazetteer import Gazetteer, load_gazetteer
from armstrace.extract.learned.candidates import Candidate, identity, propose
from armstrace.extract.learned.features import Featurizer
from armstrace.extract.learned.refine import select
from armstrace.extract.learned.scoring import FORMAT
from armstrace.extract.mentions import build_mentions
from armstrace.extract.pipeline import load_pipeline
from armstrace.model import ArmstraceError
from train.labels import GoldIndex, max_matching

__all__ = ["Article", "main", "oracle_recall", "read_articles", "train_model"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "armstrace" / "extract" / "learned" / "data" / "claim_model.json"
GRID = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.05))
TOLERANCE = 0.01  # claim F1 within which thresholds count as equally good (see choose_thresholds)


@dataclass
class Article:
    """One gold article with everything the model sees of it."""

    name: str
    n_gold: int
    ctx: DocContext
    cands: list[Candidate]
    feats: list[list[str]]
    labels: list[frozenset[int]]

    def reachable(self) -> int:
        """Gold claims some candidate matches: the most any selection can find."""
        return len(frozenset[int]().union(*self.labels))

    def identity_of(self, c: Candidate) -> str:
        def name(p: Any) -> str:
            return self.ctx.name(p.key) if p is not None else ""

        return identity(c.type, name(c.subject), name(c.object), c.item)


def read_articles(folder: Path, nlp: Any, gazetteer: Gazetteer) -> list[Article]:
    """Parse every gold file of ``folder`` and label its candidates."""
    import datetime as dt

    files = sorted(folder.glob("*.json"))
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    out: list[Article] = []
    texts = [str(g.get("text") or "") for g in golds]
    for path, gold, doc in zip(files, golds, nlp.pipe(texts, batch_size=16), strict=True):
        published = (gold.get("meta") or {}).get("published")
        date = dt.date.fromisoformat(published) if published else None
        mentions = build_mentions(doc, gazetteer)
        rules = find_claims(doc, mentions, date, (gold.get("meta") or {}).get("publisher"))
        ctx = DocContext(doc, mentions)
        cands = propose(doc, mentions, rules, ctx)
        index = GoldIndex(gold, mentions)
        labels = [
            index.matches(
                c.type.value,
                c.subject.key if c.subject else None,
                c.object.key if c.object else None,
                c.item,
            )
            for c in cands
        ]
        feats = Featurizer(doc, cands, ctx)
        out.append(
            Article(
                path.name,
                len(index.claims),
                ctx,
                cands,
                [feats(c) for c in cands],
                labels,
            )
        )
    return out


def claim_counts(
    arts: Sequence[Article], probs: Sequence[Any], t_rule: float, t_extra: float
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) after selection and merging repeats."""
    tp = n_pred = n_gold = 0
    for art, p in zip(arts, probs, strict=True):
        merged: dict[str, set[int]] = {}
        for i in select(art.cands, p, t_rule, t_extra, art.ctx.name):
            merged.setdefault(art.identity_of(art.cands[i]), set()).update(art.labels[i])
        edges = [frozenset(v) for v in merged.values()]
        tp += max_matching(edges)
        n_pred += len(edges)
        n_gold += art.n_gold
    return tp, n_pred, n_gold


def oracle_recall(arts: Sequence[Article]) -> tuple[int, int]:
    """(gold claims some candidate matches, gold claims): the generator's ceiling."""
    return sum(a.reachable() for a in arts), sum(a.n_gold for a in arts)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rules_only(arts: Sequence[Article]) -> tuple[int, int, int]:
    """The rule claims as the rules give them (no model)."""
    probs = [np.array([1.0 if c.rule is not None else 0.0 for c in a.cands]) for a in arts]
    return claim_counts(arts, probs, 0.5, 2.0)


def _vocabulary(arts: Sequence[Article], min_count: int) -> list[str]:
    counts: Counter[str] = Counter(f for a in arts for fs in a.feats for f in set(fs))
    return sorted(f for f, n in counts.items() if n >= min_count)


def _matrix(arts: Sequence[Article], vocab: dict[str, int]) -> tuple[Any, Any]:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    rows: list[int] = []
    cols: list[int] = []
    y: list[int] = []
    r = 0
    for a in arts:
        for fs, lab in zip(a.feats, a.labels, strict=True):
            for f in sorted(set(fs)):
                j = vocab.get(f)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
            y.append(1 if lab else 0)
            r += 1
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(vocab)))
    return x, np.asarray(y)


def fit(arts: Sequence[Article], *, c: float, seed: int, min_count: int) -> dict[str, Any]:
    """Fit the regression; returns features, weights (rounded) and intercept."""
    vocab_list = _vocabulary(arts, min_count)
    vocab = {f: i for i, f in enumerate(vocab_list)}
    x, y = _matrix(arts, vocab)
    if y.sum() == 0 or y.sum() == len(y):
        raise ArmstraceError("E266", "training data has only one class; add annotated articles")
    lr = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=1000)
    lr.fit(x, y)
    coef = [round(float(w), 5) for w in lr.coef_[0]]
    return {
        "weights": {vocab_list[i]: w for i, w in enumerate(coef) if w != 0.0},
        "intercept": round(float(lr.intercept_[0]), 5),
    }


def _probs(weights: dict[str, Any], arts: Sequence[Article]) -> list[Any]:
    from armstrace.extract.learned.scoring import model_from_json

    model = model_from_json(
        {**weights, "format": FORMAT, "threshold": {"rule": 0.5, "extra": 0.5}}, "training"
    )
    return [model.probabilities(a.feats) for a in arts]


def choose_thresholds(
    arts: Sequence[Article], probs: Sequence[Any], tolerance: float = TOLERANCE
) -> tuple[float, float, float]:
    """The (rule, extra) thresholds that change the rules' output least while their
    claim F1 comes within ``tolerance`` of the best: the highest extra threshold, then
    the lowest rule threshold. The F1 surface is flat near its top, and what the model
    learned on our corpus carries over less well to other writing than the rules
    themselves, so within the noise of the cross-validation the closer to the rules the
    better."""
    scores = {
        (tr, te): prf(*claim_counts(arts, probs, tr, te))[2] for tr in (0.0, *GRID) for te in GRID
    }
    floor = max(scores.values()) - tolerance - 1e-9
    te = max(te for (_, te), f1 in scores.items() if f1 >= floor)
    tr = min(tr for (tr, e), f1 in scores.items() if e == te and f1 >= floor)
    return tr, te, scores[(tr, te)]


def train_model(
    arts: Sequence[Article], *, seed: int = 0, folds: int = 5, c: float = 0.3, min_count: int = 2
) -> tuple[dict[str, Any], list[Any]]:
    """The model JSON (thresholds from cross-validation) and the out-of-fold probabilities."""
    order = list(range(len(arts)))
    np.random.default_rng(seed).shuffle(order)
    oof: list[Any] = [None] * len(arts)
    k = max(2, min(folds, len(arts)))
    for fold in range(k):
        held = [i for n, i in enumerate(order) if n % k == fold]
        rest = [arts[i] for n, i in enumerate(order) if n % k != fold]
        weights = fit(rest, c=c, seed=seed, min_count=min_count)
        for i, p in zip(held, _probs(weights, [arts[i] for i in held]), strict=True):
            oof[i] = p
    t_rule, t_extra, _ = choose_thresholds(arts, oof)
    t_rule, t_extra = float(t_rule), float(t_extra)
    weights = fit(arts, c=c, seed=seed, min_count=min_count)
    model = {
        "format": FORMAT,
        "threshold": {"rule": t_rule, "extra": t_extra},
        "trained": {
            "articles": len(arts),
            "candidates": sum(len(a.cands) for a in arts),
            "positives": sum(1 for a in arts for lab in a.labels if lab),
            "seed": seed,
            "C": c,
            "folds": k,
            "min_count": min_count,
            "tolerance": TOLERANCE,
        },
        **weights,
    }
    return model, oof


def model_text(model: dict[str, Any]) -> str:
    """The model as JSON with one weight per line (a retrain reads as a diff)."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [f"  {json.dumps(k)}: {v}" for k, v in sorted(model["weights"].items())]
    body = json.dumps(head, indent=1, sort_keys=True)
    return body[:-2] + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"


def _line(label: str, counts: tuple[int, int, int]) -> str:
    p, r, f = prf(*counts)
    tp, n_pred, n_gold = counts
    counted = f"({tp} of {n_pred} predicted, {n_gold} gold)"
    return f"  {label:<16} P {p:.2f} R {r:.2f} F1 {f:.2f}  {counted}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=ROOT / "corpus" / "train")
    parser.add_argument("--test", type=Path, default=ROOT / "corpus" / "test")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=0.3)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    nlp, gazetteer = load_pipeline(), load_gazetteer()
    train = read_articles(args.train, nlp, gazetteer)
    if not train:
        raise SystemExit(f"no gold articles under {args.train}")
    parsed = time.perf_counter()
    model, oof = train_model(train, seed=args.seed, c=args.c)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(model_text(model), encoding="utf-8")
    done = time.perf_counter()
    t = model["threshold"]
    info = model["trained"]
    print(
        f"trained on {info['articles']} articles: {info['candidates']} candidates, "
        f"{info['positives']} positive; {len(model['weights'])} features; "
        f"thresholds rule {t['rule']} extra {t['extra']}"
    )
    print(f"wrote {args.out}")
    took = f"{parsed - start:.1f} s parsing, {done - parsed:.1f} s fitting"
    print(f"time: {done - start:.1f} s ({took})")
    reach, n_gold = oracle_recall(train)
    share = reach / n_gold if n_gold else 0.0
    print(f"candidate oracle recall: {reach} of {n_gold} gold claims ({share:.3f})")
    print("claims, cross-validated on corpus/train (out-of-fold):")
    print(_line("rules only", rules_only(train)))
    print(_line("rules + model", claim_counts(train, oof, t["rule"], t["extra"])))
    test = read_articles(args.test, nlp, gazetteer) if args.test.is_dir() else []
    if test:
        probs = _probs(model, test)
        reach, n_gold = oracle_recall(test)
        share = reach / n_gold if n_gold else 0.0
        print(f"claims on {args.test.name} ({len(test)} articles; oracle recall {share:.3f}):")
        print(_line("rules only", rules_only(test)))
        print(_line("rules + model", claim_counts(test, probs, t["rule"], t["extra"])))
    else:
        print(f"(no articles under {args.test}: no held-out figures)")


if __name__ == "__main__":
    main()
