"""Workbench latency on a database grown to N times the dev corpus.

Ingests ../shared/eval/dev (the articles only, through the real pipeline), then stores
N-1 more copies of every article, each made a distinct document (its text gets a copy
number, so a new content hash and id) with the same mentions and claims. It then serves
the workbench with uvicorn on 127.0.0.1 and measures, interleaved in the same run:

- ``/api/v1/health`` (the baseline: the same server and client, no database work),
- the dossier page of the entity with the most claims,
- ``/api/v1/claims`` (first page of 100, with its total),
- ``/api/v1/claims?type=transfer&entity=<that entity>``.

Prints p50/p90 in milliseconds and p50 as a ratio to the baseline, so the figures can
be compared across machines. Usage: ``python bench/web_latency.py [--copies 100]
[--requests 40] [--db PATH]`` (a temp file by default; an existing DB is reused).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from armstrace.model import ResolvedDoc
from armstrace.services import assessing, querying, reviewing
from armstrace.services.ingesting import ingest_paths
from armstrace.services.querying import open_store
from armstrace.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def distinct_copy(doc: ResolvedDoc, number: int) -> ResolvedDoc:
    """The same article as another document: same offsets, new text tail, new hash."""
    import hashlib

    text = f"{doc.document.text}\n\n[copy {number}]"
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = dataclasses.replace(
        doc.document,
        id=f"{doc.document.id}-c{number}",
        text=text,
        content_hash=digest,
        source_path=f"{doc.document.source_path or doc.document.id}#copy{number}",
    )
    return dataclasses.replace(doc, document=document)


def grow(db: str, copies: int) -> dict[str, int]:
    with open_store(db) as store:
        if store.stats()["documents"] == 0:
            started = time.perf_counter()
            report = ingest_paths(store, [DEV])
            print(
                f"ingested {len(report.added)} dev articles ({report.claims} claims) "
                f"in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            originals = list(store.all_resolved())
            started = time.perf_counter()
            for number in range(1, copies):
                for doc in originals:
                    store.save(distinct_copy(doc, number))
            print(
                f"stored {copies - 1} more copies in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            # the copies went straight to the store: assess them as an ingest would
            started = time.perf_counter()
            assessing.after_ingest(store)
            print(
                f"assessed the copies in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
        return store.stats()


def busiest_entity(store: Store) -> tuple[str, str, int]:
    best: tuple[str, str, int] = ("", "", -1)
    records, _ = store.entities(limit=50)
    for record in records:
        _, total = store.claims(entity_id=record.entity.id, limit=1)
        if total > best[2]:
            best = (record.entity.id, record.entity.name, total)
    return best


def breakdown(db: str, entity_id: str) -> None:
    """One in-process timing of each layer behind ``/api/v1/claims``, to show where the
    time goes: the store's page, the services' claims (with assessment), the review overlay."""
    with open_store(db) as store:
        steps: list[tuple[str, float]] = []
        started = time.perf_counter()
        store.claims(limit=100)
        steps.append(("store.claims(limit=100)", time.perf_counter() - started))
        started = time.perf_counter()
        page = querying.claims_page(store, limit=100)
        steps.append(("querying.claims_page(limit=100)", time.perf_counter() - started))
        started = time.perf_counter()
        reviewing.overlay_claims(store, page["items"])
        steps.append(("reviewing.overlay_claims(100 claims)", time.perf_counter() - started))
        started = time.perf_counter()
        store.claims(entity_id=entity_id, limit=1000)
        steps.append(("store.claims(entity, limit=1000)", time.perf_counter() - started))
    for label, seconds in steps:
        print(f"  in-process {label:40} {seconds * 1000:9.1f} ms")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: str) -> tuple[uvicorn.Server, str]:
    os.environ["ARMSTRACE_DB"] = db
    os.environ.pop("ARMSTRACE_TOKEN", None)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            "armstrace.asgi:create_app",
            factory=True,
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("the server did not start (see the error above)")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="armstrace-bench-")) / "grown.db")
    stats = grow(db, args.copies)
    with open_store(db) as store:
        entity_id, name, claims = busiest_entity(store)
    print(
        f"database: {stats['documents']} documents, {stats['entities']} entities, "
        f"{stats['claims']} claims; dossier of {name!r} ({claims} claims)"
    )
    breakdown(db, entity_id)
    server, base = serve(db)
    targets = {
        "baseline /api/v1/health": "/api/v1/health",
        "dossier page /entities/{id}": f"/entities/{entity_id}",
        "/api/v1/claims": "/api/v1/claims",
        "/api/v1/claims?type=transfer&entity=": f"/api/v1/claims?type=transfer&entity={entity_id}",
        "/api/v1/claims?assess=false": "/api/v1/claims?assess=false",
    }
    timings: dict[str, list[float]] = {label: [] for label in targets}
    with httpx.Client(base_url=base, timeout=120) as client:
        for path in targets.values():  # warm caches and the connection
            client.get(path).raise_for_status()
        for _ in range(args.requests):
            for label, path in targets.items():
                started = time.perf_counter()
                client.get(path).raise_for_status()
                timings[label].append((time.perf_counter() - started) * 1000)
    server.should_exit = True
    base_p50 = statistics.median(timings["baseline /api/v1/health"])
    print(f"{'request':40} {'p50 ms':>9} {'p90 ms':>9} {'p50/baseline':>13}")
    for label, values in timings.items():
        p50 = statistics.median(values)
        p90 = statistics.quantiles(values, n=10)[-1]
        print(f"{label:40} {p50:9.1f} {p90:9.1f} {p50 / base_p50:13.1f}")


if __name__ == "__main__":
    main()
