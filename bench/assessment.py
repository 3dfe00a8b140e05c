"""Syndication grouping quality and what the assess step costs at ingest.

Ingests the dev articles (text only) plus N generated reprints of them — verbatim
copies, lightly edited copies (words swapped, a paragraph dropped, an outlet's
boilerplate added), and credited copies ("..., Reuters reported") — into a fresh SQLite
file, twice in the same process: once without and once with the assess step. Prints
the pairwise precision and recall of the syndication grouping against the known
reprint families (goal >= 0.95 both) and the ingest throughput of both runs with the
assess step's share of the time (goal <= 10%).
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
import time
from pathlib import Path

from armstrace.ingest import document_from_text
from armstrace.model import Document
from armstrace.services import assessing
from armstrace.services.ingesting import ingest_documents
from armstrace.store import Store

from bench._corpus import dev_articles

SWAPS = {
    "said": "stated",
    "says": "states",
    "according to": "citing",
    "drones": "UAVs",
    "shipped": "sent",
    "delivered": "supplied",
    "officials": "sources",
    "Monday": "on Monday",
    "company": "firm",
    "also": "in addition",
}
OUTLETS = ["Harbour Post", "Baltic Wire", "Steppe Daily", "Gulf Monitor", "Alpine Ledger"]


def reprint(text: str, rng: random.Random, n: int) -> str:
    kind = n % 4
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if kind == 0:
        return text
    if kind == 1:
        out = text
        for a, b in rng.sample(sorted(SWAPS.items()), 4):
            out = out.replace(a, b, 1)
        return out
    if kind == 2:
        keep = paragraphs[: max(2, int(len(paragraphs) * 0.8))]
        outlet = rng.choice(OUTLETS)
        return f"{outlet.upper()} — " + "\n\n".join(keep) + f"\n\n© {outlet}. All rights reserved."
    return "\n\n".join(paragraphs) + "\n\nThe story was first reported by Reuters."


def corpus(copies: int) -> tuple[list[Document], dict[str, str]]:
    rng = random.Random(7)
    originals = dev_articles()
    docs: list[Document] = []
    family: dict[str, str] = {}
    for a in originals:
        d = document_from_text(str(a["text"]), format="json", source=str(a["id"]))
        docs.append(d)
        family[d.id] = str(a["id"])
    for n in range(copies):
        a = originals[n % len(originals)]
        text = reprint(str(a["text"]), rng, n) + f"\n\n(copy {n})"
        d = document_from_text(text, format="txt", source=f"reprint-{n}")
        docs.append(d)
        family[d.id] = str(a["id"])
    return docs, family


def pairwise(family: dict[str, str], origin: dict[str, str]) -> tuple[float, float]:
    ids = sorted(family)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold = family[a] == family[b]
        same_pred = origin[a] == origin[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def run(docs: list[Document], *, assess: bool, folder: Path) -> tuple[float, float, Store]:
    store = Store.open(str(folder / f"bench-{'with' if assess else 'without'}.db"))
    start = time.perf_counter()
    ingest_documents(store, docs, assess=False)
    ingest_secs = time.perf_counter() - start
    assess_secs = 0.0
    if assess:
        start = time.perf_counter()
        assessing.after_ingest(store)
        assess_secs = time.perf_counter() - start
    return ingest_secs, assess_secs, store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    docs, family = corpus(args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        base_secs, _, _ = run(docs, assess=False, folder=Path(tmp))
        ingest_secs, assess_secs, store = run(docs, assess=True, folder=Path(tmp))
        origins = {d: o for d, (o, _c) in assessing.assessment_log(store).origins().items()}
        store.close()
    precision, recall = pairwise(family, origins)
    print(f"documents: {len(docs)} ({len(docs) - args.copies} originals, {args.copies} reprints)")
    print(f"syndication grouping (pairwise): precision {precision:.3f}  recall {recall:.3f}")
    total = ingest_secs + assess_secs
    print(f"ingest without assess: {len(docs) / base_secs:8.1f} docs/s")
    print(f"ingest with assess:    {len(docs) / total:8.1f} docs/s")
    print(f"assess share of ingest time: {assess_secs / total:.1%}  (goal <= 10%)")


if __name__ == "__main__":
    main()
