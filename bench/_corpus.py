"""Texts for the benchmarks: the dev articles' text (never their gold), else examples/."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def dev_articles() -> list[dict[str, object]]:
    """id, meta and text of each dev article (the gold keys are dropped)."""
    out = []
    for path in sorted(DEV.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append({"id": data["id"], "meta": data.get("meta") or {}, "text": data["text"]})
    if not out:
        raise SystemExit(f"no articles under {DEV}")
    return out
