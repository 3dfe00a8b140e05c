"""Extraction speed against the statistical model's own cost, in one process.

Prints words per second of bare ``nlp.pipe`` with the same pipeline and of the whole
extraction (``Extractor.extract``: pipe + mentions + claim rules) over the same texts,
and their ratio (goal: >= 0.50). Each is timed over ``--rounds`` passes after a warm-up.
"""

from __future__ import annotations

import argparse
import time

from armstrace.extract import Extractor, load_pipeline
from armstrace.ingest import document_from_text

from bench._corpus import dev_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = dev_articles()
    docs = [document_from_text(str(a["text"]), format="json") for a in articles]
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    extractor = Extractor(nlp)
    list(nlp.pipe(texts[:3]))
    list(extractor.extract(docs[:3]))

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def full() -> None:
        for _ in extractor.extract(docs):
            pass

    timings = {}
    for name, fn in (("bare nlp.pipe", bare), ("full extraction", full)):
        best = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    print(f"texts: {len(texts)} articles, {words} words; best of {args.rounds} rounds")
    for name, secs in timings.items():
        print(f"{name:<18} {words / secs:10.0f} words/s")
    ratio = timings["bare nlp.pipe"] / timings["full extraction"]
    print(f"ratio (full / bare words per second): {ratio:.2f}  (goal >= 0.50)")


if __name__ == "__main__":
    main()
