"""Predict and evaluate: armstrace measured against the yardstick in ../shared/eval.

``predict`` reads only ``id``, ``meta`` and ``text`` of each input file (gold keys are
never looked at: the reader ignores them) and writes one prediction file per article in
the evaluation format, with entity ids that are stable across all files of one run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armstrace.extract import Extractor
from armstrace.ingest import read_paths
from armstrace.model import ArmstraceError, Document, ResolvedDoc, Skipped
from armstrace.resolve import Resolver
from armstrace.services.ingesting import Progress, extract_resolved
from armstrace.store import Store

__all__ = [
    "PredictReport",
    "default_scorer",
    "evaluate",
    "explain",
    "predict",
    "prediction_json",
]


@dataclass
class PredictReport:
    written: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def prediction_json(resolved: ResolvedDoc) -> dict[str, Any]:
    """One article in the evaluation format (SCHEMA.md), from a resolved document."""
    doc = resolved.document
    known = {e.id for e in resolved.entities}
    claims = []
    for c in resolved.claims:
        claims.append(
            {
                "type": c.type.value,
                "subject": c.subject if c.subject in known else None,
                "object": c.object if c.object in known else None,
                "item": c.item,
                "item_class": c.item_class.value if c.item_class else None,
                "location": c.location if c.location in known else None,
                "time": c.time,
                "quantity": c.quantity,
                "status": c.status.value if c.status else None,
                "modality": c.modality.value,
                "attribution": [
                    {"source": a.source, "stance": a.stance.value} for a in c.attribution
                ],
                "evidence": c.evidence,
                "used_in": c.used_in,
            }
        )
    return {
        "id": doc.external_id or doc.id,
        "meta": {
            "title": doc.title,
            "publisher": doc.publisher,
            "published": doc.published.isoformat() if doc.published else None,
            "url": doc.url,
        },
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type.value,
                "aliases": list(e.aliases),
                "country": e.country,
            }
            for e in resolved.entities
        ],
        "claims": claims,
    }


def predict(
    in_dir: Path,
    out_dir: Path,
    *,
    db: str | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> PredictReport:
    """Write a prediction file for every ``*.json`` in ``in_dir``.

    Without ``db`` the run works in a fresh temporary SQLite store, deleted afterwards;
    with ``db`` it resolves against, and saves into, that database.
    """
    if not in_dir.is_dir():
        raise ArmstraceError("E020", f"{in_dir} is not a folder")
    files = sorted(in_dir.glob("*.json"))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = PredictReport()
    docs: list[tuple[Path, Document]] = []
    for path in files:
        for item in read_paths([path]):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                docs.append((path, item))
    with tempfile.TemporaryDirectory(prefix="armstrace-predict-") as scratch:
        store = Store.open(db or str(Path(scratch) / "predict.db"))
        try:
            resolver = Resolver(store.directory())
            if progress:
                progress(0, len(docs))
            outcomes = extract_resolved(
                [d for _, d in docs], resolver=resolver, extractor=extractor
            )
            for n, ((path, _doc), (_, outcome)) in enumerate(zip(docs, outcomes, strict=True), 1):
                if isinstance(outcome, Skipped):
                    report.skipped.append(outcome)
                else:
                    try:
                        store.save(outcome)
                    except ArmstraceError as exc:
                        # the prediction does not depend on it; later files may resolve
                        # less well, so say so
                        report.warnings.append(f"{path.name}: not stored: {exc.message}")
                    target = out_dir / path.name
                    target.write_text(
                        json.dumps(prediction_json(outcome), ensure_ascii=False, indent=1),
                        encoding="utf-8",
                    )
                    report.written.append(target)
                if progress:
                    progress(n, len(docs))
        finally:
            store.close()
    return report


def default_scorer(gold_dir: Path) -> Path | None:
    """The yardstick's scorer: ``score.py`` beside the gold folder, else ../shared/eval."""
    for candidate in (gold_dir.parent / "score.py", gold_dir / "score.py"):
        if candidate.is_file():
            return candidate
    return None


def evaluate(
    gold_dir: Path,
    *,
    scorer: Path | None = None,
    out_dir: Path | None = None,
    as_json: bool = False,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> tuple[str, Path]:
    """Predict into a folder and run the scorer; returns its printed table and the folder."""
    scorer = scorer or default_scorer(gold_dir)
    if scorer is None:
        raise ArmstraceError("E021", f"no score.py beside {gold_dir}; pass --scorer")
    pred_dir = out_dir or Path(tempfile.mkdtemp(prefix="armstrace-pred-"))
    predict(gold_dir, pred_dir, progress=progress, extractor=extractor)
    args: Sequence[str] = [sys.executable, str(scorer), str(gold_dir), str(pred_dir)]
    if as_json:
        args = [*args, "--json"]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ArmstraceError("E022", f"the scorer failed: {done.stderr.strip()}")
    return done.stdout, pred_dir


def _load_scorer(path: Path) -> Any:
    """The yardstick's own matching code, so --explain agrees with the figures."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("armstrace_yardstick", path)
    if spec is None or spec.loader is None:
        raise ArmstraceError("E023", f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claim_line(c: dict[str, Any], names: dict[str, str]) -> str:
    def n(x: Any) -> str:
        return names.get(str(x), str(x)) if x is not None else "-"

    return (
        f"{c.get('type')}: {n(c.get('subject'))} -> {n(c.get('object'))} "
        f"[{c.get('item') or ''}] time={c.get('time')} qty={c.get('quantity')} "
        f"{c.get('modality')}"
    )


def explain(gold_dir: Path, pred_dir: Path, *, scorer: Path | None = None) -> str:
    """Per article: gold claims missed, predicted claims matching nothing, attribute errors."""
    scorer = scorer or default_scorer(gold_dir)
    if scorer is None:
        raise ArmstraceError("E021", f"no score.py beside {gold_dir}; pass --scorer")
    sc = _load_scorer(scorer)
    lines: list[str] = []
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pred, _problem = sc.load_prediction(pred_dir / gf.name)
        mapping = sc.match_entities(
            gold.get("entities", []), pred["entities"], gold.get("text", "")
        )
        pairs = sc.match_claims(gold, pred, mapping)
        gnames = {e["id"]: e["name"] for e in gold.get("entities", [])}
        pnames = {e["id"]: e["name"] for e in pred["entities"]}
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        missed = [g for g in gold.get("claims", []) if id(g) not in matched_g]
        spurious = [p for p in pred["claims"] if id(p) not in matched_p]
        wrong: list[str] = []
        for g, p in pairs:
            bad = [k for k, ok in sc.ATTRIBUTES.items() if not ok(g, p)]
            if sc.denies(g) != sc.denies(p):
                bad.append("denial")
            if bad:
                got = (
                    ", ".join(
                        f"{k}: gold {g.get(k)!r} / got {p.get(k)!r}" for k in bad if k != "denial"
                    )
                    or "denial"
                )
                wrong.append(
                    f"  ~ {_claim_line(g, gnames)}\n      {got}\n      “{g.get('evidence', '')}”"
                )
        if not (missed or spurious or wrong):
            continue
        lines.append(
            f"== {gf.name}: {len(pairs)} matched, {len(missed)} missed, {len(spurious)} spurious"
        )
        lines += [
            f"  - MISSED {_claim_line(g, gnames)}\n      “{g.get('evidence', '')}”" for g in missed
        ]
        lines += [
            f"  + SPURIOUS {_claim_line(p, pnames)}\n      “{p.get('evidence', '')}”"
            for p in spurious
        ]
        lines += wrong
    return "\n".join(lines) + "\n"
