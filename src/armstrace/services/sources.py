"""Adding sources from the workbench: uploaded files, one URL, or a feed.

Ingestion reads, extracts and stores, which takes seconds per batch, so each request
starts a *job* in a background thread and returns at once; the page polls the job for
progress. A job opens its own store (its own connection) so the server keeps answering
readers while it writes. URLs go through the ingest stage's network guard: loopback,
private and link-local addresses are refused unless the server was started allowing them.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armstrace.ingest.feeds import fetch_feed
from armstrace.ingest.fetch import fetch_url
from armstrace.ingest.netguard import check_url
from armstrace.model import ArmstraceError, Document, Skipped
from armstrace.services.ingesting import IngestReport, ingest_documents, ingest_paths
from armstrace.services.querying import open_store
from armstrace.services.serialize import document_ref_json
from armstrace.store import Store

__all__ = [
    "MAX_FEED_ENTRIES",
    "MAX_UPLOAD_BYTES",
    "Job",
    "JobBoard",
    "documents_page",
    "safe_filename",
]

MAX_UPLOAD_BYTES = 50_000_000
MAX_FEED_ENTRIES = 200
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, index: int) -> str:
    """A file name that cannot leave the upload folder or hide as a dot file."""
    base = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).lstrip("._") or "upload"
    return f"{index:03d}_{base[:120]}"


@dataclass
class Job:
    """One ingestion started from the workbench, as its progress page shows it."""

    id: str
    kind: str
    label: str
    state: str = "queued"
    done: int = 0
    total: int = 0
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    claims: int = 0
    error: str | None = None
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    finished: dt.datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "added": list(self.added),
            "duplicates": list(self.duplicates),
            "skipped": list(self.skipped),
            "claims": self.claims,
            "error": self.error,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
        }


class JobBoard:
    """The jobs of one server process; ingestion runs one job at a time (one writer)."""

    def __init__(self, db: str | None, *, allow_private: bool = False) -> None:
        self.db = db
        self.allow_private = allow_private
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._writer = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, limit: int = 20) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: j.started, reverse=True)[:limit]

    def upload(self, files: Sequence[tuple[str, bytes]]) -> Job:
        """Ingest uploaded files (any format ``armstrace ingest`` reads)."""
        if not files:
            raise ArmstraceError("E610", "no files uploaded")
        if sum(len(data) for _, data in files) > MAX_UPLOAD_BYTES:
            raise ArmstraceError("E611", f"upload larger than {MAX_UPLOAD_BYTES // 1_000_000} MB")
        folder = Path(tempfile.mkdtemp(prefix="armstrace-upload-"))
        for index, (name, data) in enumerate(files):
            (folder / safe_filename(name, index)).write_bytes(data)
        label = ", ".join(name for name, _ in files[:3]) + (" ..." if len(files) > 3 else "")

        def work(job: Job) -> IngestReport:
            try:
                with _store(self.db) as store:
                    return ingest_paths(store, [folder], progress=_progress(job))
            finally:
                for path in folder.iterdir():
                    path.unlink()
                folder.rmdir()

        return self._start("upload", label, work)

    def url(self, url: str) -> Job:
        """Fetch one article; the address is checked now, so a refusal is immediate."""
        check_url(url, allow_private=self.allow_private)

        def work(job: Job) -> IngestReport:
            job.total = 1
            document = fetch_url(url, allow_private=self.allow_private)
            with _store(self.db) as store:
                return ingest_documents(store, [document], progress=_progress(job))

        return self._start("url", url, work)

    def feed(self, url: str) -> Job:
        """Poll a feed and fetch the articles its entries link to."""
        check_url(url, allow_private=self.allow_private)

        def work(job: Job) -> IngestReport:
            result = fetch_feed(url, allow_private=self.allow_private)
            items: list[Document | Skipped] = []
            links = [e.link for e in result.entries if e.link][:MAX_FEED_ENTRIES]
            job.total = len(links)
            for link in links:
                try:
                    items.append(fetch_url(link, allow_private=self.allow_private))
                except ArmstraceError as exc:
                    items.append(Skipped(link, exc.message))
            with _store(self.db) as store:
                return ingest_documents(store, items, progress=_progress(job))

        return self._start("feed", url, work)

    def _start(self, kind: str, label: str, work: Callable[[Job], IngestReport]) -> Job:
        job = Job(id=secrets.token_hex(8), kind=kind, label=label)
        with self._lock:
            self._jobs[job.id] = job

        def run() -> None:
            with self._writer:
                job.state = "running"
                try:
                    report = work(job)
                except ArmstraceError as exc:
                    job.error, job.state = exc.message, "failed"
                except Exception as exc:
                    job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
                else:
                    job.added = list(report.added)
                    job.duplicates = list(report.duplicates)
                    job.skipped = [{"source": s.source, "reason": s.reason} for s in report.skipped]
                    job.claims = report.claims
                    job.state = "done"
                job.finished = dt.datetime.now(dt.UTC)

        threading.Thread(target=run, name=f"armstrace-job-{job.id}", daemon=True).start()
        return job


def _progress(job: Job) -> Callable[[int, int], None]:
    def update(done: int, total: int) -> None:
        job.done, job.total = done, total

    return update


class _store:
    """A store opened for one job and closed after it."""

    def __init__(self, db: str | None) -> None:
        self._store = open_store(db)

    def __enter__(self) -> Any:
        return self._store

    def __exit__(self, *exc: object) -> None:
        self._store.close()


def documents_page(store: Store, *, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Stored documents, newest first, as the API and the home page list them."""
    refs, total = store.documents(limit=limit, offset=offset)
    return {"items": [document_ref_json(r) for r in refs], "total": total}
