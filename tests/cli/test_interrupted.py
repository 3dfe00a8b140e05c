"""An ingest killed mid-run loses nothing and duplicates nothing when run again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"

pytestmark = pytest.mark.slow


def make_corpus(folder: Path, copies: int) -> None:
    """Distinct articles: each copy gets its own closing line, so its own content hash."""
    folder.mkdir()
    sources = sorted(ARTICLES.glob("*.txt"))
    for n in range(copies):
        src = sources[n % len(sources)]
        text = src.read_text(encoding="utf-8") + f"\nThis is report number {n}.\n"
        (folder / f"{n:03d}-{src.name}").write_text(text, encoding="utf-8")


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return int(con.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def cli(*args: str, **kw: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "armstrace", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kw,
    )


def stats(db: Path) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, "-m", "armstrace", "--db", str(db), "stats", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(done.stdout)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path, sig: int) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    db = tmp_path / "run.db"
    proc = cli("--db", str(db), "ingest", str(corpus))
    deadline = time.monotonic() + 120
    while stored_documents(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    partial = stored_documents(db)
    assert 0 < partial < 60

    again = cli("--db", str(db), "ingest", str(corpus))
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err

    clean = tmp_path / "clean.db"
    ref = cli("--db", str(clean), "ingest", str(corpus))
    ref.communicate(timeout=600)
    assert stats(db) == stats(clean)
