"""The Store: the one object the rest of armstrace uses to keep and query what it read.

It owns an engine, migrates the database on open, writes each document in one
transaction, and answers the queries the faces need. Everything else in this package
is an implementation detail behind it.
"""

from __future__ import annotations

import time
import types
from collections.abc import Iterator
from typing import Self

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from armstrace.model import (
    ArmstraceError,
    ClaimRecord,
    ClaimType,
    Document,
    DocumentRef,
    EntityDirectory,
    EntityRecord,
    EntityType,
    Mention,
    Modality,
    ResolvedDoc,
)
from armstrace.store import queries
from armstrace.store.directory import StoreDirectory
from armstrace.store.engine import check_sqlite_file, make_engine, normalise_url, sqlite_file
from armstrace.store.migrate import upgrade
from armstrace.store.schema import documents, entities
from armstrace.store.search import SearchHit, search
from armstrace.store.writer import document_exists, referenced_ids, write_document

__all__ = ["Store"]

# A save that loses a race with another writer (same new entity, same document) is
# retried this many times; the retry sees the other writer's rows.
SAVE_ATTEMPTS = 5
_RETRYABLE = {"40P01", "40001"}  # PostgreSQL: deadlock detected, serialization failure


def _transient(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in _RETRYABLE


class Store:
    """Documents, entities, mentions and claims in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine, where: str) -> None:
        self._engine = engine
        self._where = where
        self._directory = StoreDirectory(engine)
        self._closed = False

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at a path or URL.

        A damaged file raises ``ArmstraceError`` (E401) and is left untouched.
        """
        parsed = normalise_url(url)
        where = parsed.render_as_string(hide_password=True)
        path = sqlite_file(parsed)
        if path is not None:
            check_sqlite_file(path)
            where = str(path)
        engine = make_engine(parsed)
        try:
            with engine.begin() as conn:
                upgrade(conn, where)
        except ArmstraceError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            code = "E401" if path is not None else "E404"
            raise ArmstraceError(code, f"cannot open database {where}: {_reason(exc)}") from exc
        except DBAPIError as exc:
            engine.dispose()
            raise ArmstraceError(
                "E401",
                f"{where} is not a usable armstrace database ({_reason(exc)}); move it aside "
                "or restore it from a backup — armstrace will not overwrite it",
            ) from exc
        return cls(engine, where)

    def close(self) -> None:
        """Release connections; buffered directory entries not yet saved are dropped."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        self._check_open()
        return self._engine

    # -- writing -------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        with self._read() as conn:
            return document_exists(conn, content_hash)

    def save(self, doc: ResolvedDoc) -> bool:
        """Store one document and all it says in one transaction.

        Returns False, writing nothing, when a document with the same content hash is
        already stored. Entities are upserted: aliases are unioned and the fullest name
        kept. Entities the directory remembered for this document are written here too.
        """
        self._check_open()
        used = referenced_ids(doc)
        for attempt in range(SAVE_ATTEMPTS):
            pending = self._directory.pending()
            try:
                with self._engine.connect() as conn:
                    conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                    with conn.begin():
                        saved = write_document(conn, doc, pending)
            except IntegrityError as exc:
                if attempt + 1 < SAVE_ATTEMPTS:
                    continue
                raise ArmstraceError(
                    "E412", f"could not store document {doc.document.id}: {_reason(exc)}"
                ) from exc
            except DBAPIError as exc:  # locked too long, disk full, read-only, value too long
                if _transient(exc) and attempt + 1 < SAVE_ATTEMPTS:
                    # two writers took locks in opposite orders: the server aborted one
                    # transaction, which is safe to run again
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise ArmstraceError(
                    "E413",
                    f"could not write document {doc.document.id} to {self._where}: {_reason(exc)}",
                ) from exc
            if saved:
                self._directory.written(i for i in used if i in pending)
            return saved
        raise AssertionError("unreachable")

    def directory(self) -> EntityDirectory:
        """The entity directory for the resolver, backed by this database."""
        self._check_open()
        return self._directory

    # -- reading -------------------------------------------------------------------------

    def entities(
        self,
        *,
        type: EntityType | None = None,
        name: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[EntityRecord], int]:
        """A page of entities, most mentioned first, and how many match in all."""
        with self._read() as conn:
            return queries.entity_page(conn, type=type, name=name, limit=limit, offset=offset)

    def entity(self, entity_id: str) -> EntityRecord | None:
        with self._read() as conn:
            found = queries.entity_records(conn, [entities.c.id == entity_id], limit=1)
        return found[0] if found else None

    def find_entities(self, name: str) -> list[EntityRecord]:
        """Entities for a typed-in name: exact name/alias/key matches, then substrings."""
        with self._read() as conn:
            return queries.find_entity_records(conn, name)

    def claims(
        self,
        *,
        entity_id: str | None = None,
        type: ClaimType | None = None,
        modality: Modality | None = None,
        document_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[ClaimRecord], int]:
        """A page of claims (``entity_id`` matches subject, object or location) and the total."""
        where = queries.claim_filters(
            entity_id=entity_id,
            type=type,
            modality=modality,
            document_id=document_id,
            since=since,
            until=until,
        )
        with self._read() as conn:
            return queries.claim_page(conn, where, limit=limit, offset=offset)

    def documents(self, *, limit: int = 100, offset: int = 0) -> tuple[list[DocumentRef], int]:
        with self._read() as conn:
            return queries.document_page(conn, limit=limit, offset=offset)

    def document(self, doc_id: str) -> tuple[Document, list[Mention], dict[str, str]] | None:
        """The stored document, its mentions and which entity each mention names."""
        with self._read() as conn:
            return queries.load_document(conn, doc_id)

    def search(self, q: str, *, kinds: set[str] | None = None, limit: int = 50) -> list[SearchHit]:
        """Entities, claims and documents matching every word of ``q``."""
        with self._read() as conn:
            return search(conn, q, kinds=kinds, limit=limit)

    def stats(self) -> dict[str, int]:
        with self._read() as conn:
            return queries.stats(conn)

    def all_resolved(self) -> Iterator[ResolvedDoc]:
        """Every stored document rebuilt as a ResolvedDoc, one read at a time, by id."""
        with self._read() as conn:
            ids = list(conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars())
        for doc_id in ids:
            with self._read() as conn:
                resolved = queries.load_resolved(conn, doc_id)
            if resolved is not None:
                yield resolved

    # -- helpers ---------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise ArmstraceError("E405", f"the store for {self._where} is closed")

    def _read(self) -> _ReadConnection:
        self._check_open()
        return _ReadConnection(self._engine)

    def __repr__(self) -> str:
        return f"Store({self._where!r})"


class _ReadConnection:
    """A connection for one read; database errors become ArmstraceError (E414)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __enter__(self) -> Connection:
        self._conn = self._engine.connect()
        return self._conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        self._conn.close()
        if isinstance(exc, DBAPIError):
            raise ArmstraceError("E414", f"database read failed: {_reason(exc)}") from exc


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
