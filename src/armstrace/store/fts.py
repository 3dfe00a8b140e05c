"""SQLite FTS5 helpers: the only SQLite-specific SQL in the store.

Three virtual tables (created by migration 0001 on SQLite) index what ``search()``
looks in. Documents and claims never change once saved, so their rows are only
inserted; an entity's row is replaced when a later document adds aliases. Every call
runs on the caller's connection, so the index changes in the same transaction as the
rows it indexes and can never disagree with them after a crash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

__all__ = [
    "FTS_TABLES",
    "enabled",
    "fts_query",
    "index_claims",
    "index_document",
    "index_entity",
    "match_claims",
    "match_documents",
    "match_entities",
]

FTS_TABLES = ("search_entities", "search_claims", "search_documents")

_WORD = re.compile(r"\w+", re.UNICODE)


def enabled(connection: Connection) -> bool:
    """Whether this backend has the FTS5 tables (SQLite only)."""
    return connection.dialect.name == "sqlite"


def fts_query(q: str) -> str | None:
    """An FTS5 MATCH expression: every word of ``q`` as a quoted prefix, all required.

    Quoting each word keeps user input from being read as FTS syntax (AND, NEAR, ``*``).
    """
    words = _WORD.findall(q)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def index_document(connection: Connection, document_id: str, title: str | None, body: str) -> None:
    connection.execute(
        text("INSERT INTO search_documents (document_id, title, text) VALUES (:id, :title, :text)"),
        {"id": document_id, "title": title or "", "text": body},
    )


def index_claims(connection: Connection, rows: Iterable[tuple[int, str | None, str]]) -> None:
    """Index claims as (claim id, item, evidence); the claim id is the FTS rowid."""
    params = [{"id": cid, "item": item or "", "evidence": ev} for cid, item, ev in rows]
    if params:
        connection.execute(
            text(
                "INSERT INTO search_claims (rowid, item, evidence) VALUES (:id, :item, :evidence)"
            ),
            params,
        )


def index_entity(
    connection: Connection,
    entity_id: str,
    name: str,
    aliases: Iterable[str],
    *,
    replace: bool,
) -> None:
    """Index one entity; with ``replace`` its old row goes first.

    Only replacements pay for the delete, which scans the table (the id column is not
    indexed by FTS5); new entities, most of them, are a plain insert.
    """
    if replace:
        connection.execute(
            text("DELETE FROM search_entities WHERE entity_id = :id"), {"id": entity_id}
        )
    connection.execute(
        text(
            "INSERT INTO search_entities (entity_id, name, aliases) VALUES (:id, :name, :aliases)"
        ),
        {"id": entity_id, "name": name, "aliases": " | ".join(aliases)},
    )


def match_entities(connection: Connection, q: str, limit: int) -> list[str]:
    """Entity ids whose name or aliases match ``q``, best first."""
    return _match(connection, "search_entities", "entity_id", q, limit)


def match_documents(connection: Connection, q: str, limit: int) -> list[str]:
    """Document ids whose title or text match ``q``, best first."""
    return _match(connection, "search_documents", "document_id", q, limit)


def match_claims(connection: Connection, q: str, limit: int) -> list[int]:
    """Claim ids whose item or evidence match ``q``, best first."""
    return [int(x) for x in _match(connection, "search_claims", "rowid", q, limit)]


def _match(connection: Connection, table: str, column: str, q: str, limit: int) -> list[str]:
    expression = fts_query(q)
    if expression is None:
        return []
    rows = connection.execute(
        text(f"SELECT {column} FROM {table} WHERE {table} MATCH :q ORDER BY rank LIMIT :limit"),
        {"q": expression, "limit": limit},
    )
    return [row[0] for row in rows]
