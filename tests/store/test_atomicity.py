"""A writer killed with SIGKILL leaves each document whole or absent, never half."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select

from armstrace.store import Store
from armstrace.store.schema import attributions, claims, document_entities, mentions

from tests.store.store_corpus import bulk

ROOT = Path(__file__).resolve().parents[2]
COUNT = 400
ROUNDS = 3


def _run_and_kill(url: str, first: int, after: int, pause: float = 0.0) -> list[int]:
    """Start a writer, let it commit ``after`` documents, then kill it mid-stream."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.atomic_child", url, str(first), str(COUNT)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    committed = []
    try:
        for line in child.stdout:
            committed.append(int(line))
            if len(committed) >= after:
                break
        time.sleep(pause)  # each save takes milliseconds: land somewhere inside one
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the writer finished before it was killed"
    return committed


def _rows(store: Store, table: Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.mark.slow
def test_killed_writer_leaves_documents_whole_or_absent(migrated_url: str) -> None:
    saved: list[int] = []
    for round_ in range(ROUNDS):
        first = round_ * COUNT
        committed = _run_and_kill(migrated_url, first, after=8, pause=0.004 * round_)
        with Store.open(migrated_url) as store:  # opens fine after the kill
            refs, total = store.documents(limit=10 * COUNT)
            numbers = sorted(int((r.title or "").split()[-1]) for r in refs)
            new = [n for n in numbers if n >= first]
            # The child saves in order: what survived is an unbroken run from ``first``,
            # holding at least every save it reported, and not all of them.
            assert new == list(range(first, first + len(new)))
            assert set(committed) <= set(new)
            assert len(new) < COUNT
            saved += new
            for n in new:
                doc = bulk(n)
                found = store.document(doc.document.id)
                assert found is not None
                assert found[1] == list(doc.mentions)
                records, count = store.claims(document_id=doc.document.id, limit=1000)
                assert count == len(doc.claims)
                assert [r.claim for r in records] == list(doc.claims)
            # Nothing of any absent document: every row belongs to a stored one.
            docs = [bulk(n) for n in saved]
            assert total == len(saved)
            assert _rows(store, claims) == sum(len(d.claims) for d in docs)
            assert _rows(store, mentions) == sum(len(d.mentions) for d in docs)
            assert _rows(store, attributions) == sum(
                len(c.attribution) for d in docs for c in d.claims
            )
            assert _rows(store, document_entities) == sum(len(d.entities) for d in docs)
            if store.engine.dialect.name == "sqlite":  # the search index moved in step
                with store.engine.connect() as conn:
                    indexed = conn.exec_driver_sql("SELECT count(*) FROM search_claims").scalar()
                    indexed_docs = conn.exec_driver_sql(
                        "SELECT count(*) FROM search_documents"
                    ).scalar()
                assert indexed == _rows(store, claims)
                assert indexed_docs == total
            after_kill = bulk(first + len(new))
            assert not store.has_document(after_kill.document.content_hash)
            assert store.document(after_kill.document.id) is None


def test_resaving_after_a_crash_completes_without_duplicates(db_url: str) -> None:
    committed = _run_and_kill(db_url, 0, after=5)
    with Store.open(db_url) as store:
        before = store.stats()
        for n in committed:
            assert store.save(bulk(n)) is False
        assert store.stats() == before
        stored = before["documents"]
        missing = [
            n for n in range(stored + 3) if not store.has_document(bulk(n).document.content_hash)
        ]
        assert missing == [stored, stored + 1, stored + 2]
        for n in missing:
            assert store.save(bulk(n)) is True
        after = store.stats()
        assert after["documents"] == stored + 3
        assert after["claims"] == sum(len(bulk(n).claims) for n in range(stored + 3))
