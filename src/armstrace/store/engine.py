"""Turning what the user typed (a path or a URL) into a configured SQLAlchemy engine.

SQLite gets the settings that make one file safe to share between a writer and readers:
WAL journal (readers never block the writer), foreign keys enforced, a busy timeout
instead of instant "database is locked" errors, and explicit ``BEGIN`` so that
SQLAlchemy, not the sqlite3 module, decides where transactions start and end (the
sqlite3 module otherwise delays ``BEGIN`` and commits before DDL, which breaks
transactional migrations).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from armstrace.model import ArmstraceError

__all__ = ["BUSY_TIMEOUT_MS", "make_engine", "normalise_url"]

BUSY_TIMEOUT_MS = 30_000
SQLITE_HEADER = b"SQLite format 3\x00"


def normalise_url(url: str) -> URL:
    """A SQLAlchemy URL for ``url``; a bare filesystem path means a SQLite file there."""
    text = url.strip()
    if not text:
        raise ArmstraceError("E400", "no database given: pass a file path or a SQLAlchemy URL")
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return URL.create("sqlite", database=str(path))
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise ArmstraceError("E400", f"not a database URL: {url!r} ({exc})") from exc
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise ArmstraceError(
            "E400",
            f"unsupported database backend {backend!r}: use a SQLite path/URL "
            "or postgresql+psycopg://...",
        )
    if backend == "postgresql" and parsed.drivername == "postgresql":
        # psycopg (3) is the driver the lock file provides; plain "postgresql" means psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is there but is not a SQLite database, before SQLite sees it.

    Why here: SQLite treats an empty file as a new database but a damaged header as an
    error only on the first read; checking up front gives one clear message, and makes
    sure a half-written file is never silently replaced.
    """
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            return
        if path.is_dir():
            raise ArmstraceError("E401", f"{path} is a folder, not a database file")
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ArmstraceError("E401", f"cannot use {path}: {exc.strerror or exc}") from exc
    if header and header != SQLITE_HEADER:
        raise ArmstraceError(
            "E401",
            f"{path} is not a SQLite database (damaged or half-written?); "
            "move it aside or restore it from a backup — armstrace will not overwrite it",
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy (see module docstring).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL keeps every commit atomic and survives a killed process;
        # only the last commits may be lost on power failure.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front, so a transaction that reads then writes
    # waits for another writer (busy_timeout) instead of failing half-way.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL) -> Engine:
    """An engine for ``url`` with the per-backend settings above."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)
