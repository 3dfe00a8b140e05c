"""Full-text search over entities, claims and documents, one result shape per backend.

SQLite answers from its FTS5 tables (word-prefix matches ranked by bm25); other
backends use case-insensitive substring matching with ILIKE. Either way every word of
the query must match, and titles and snippets are built here in Python so both
backends show results the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, and_, exists, literal, or_, select

from armstrace.store import fts
from armstrace.store.records import load_entities
from armstrace.store.schema import claims, documents, entities, entity_aliases

__all__ = ["KINDS", "SearchHit", "search"]

KINDS = ("entity", "claim", "document")
SNIPPET = 160
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: what it is, its id (as a string), a title and a text excerpt."""

    kind: str
    id: str
    title: str
    snippet: str


def search(
    connection: Connection, q: str, *, kinds: set[str] | None, limit: int
) -> list[SearchHit]:
    """Hits for ``q``: entities first, then claims, then documents, at most ``limit``."""
    words = _WORD.findall(q)
    if not words or limit <= 0:
        return []
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    hits: list[SearchHit] = []
    if "entity" in wanted:
        hits += _entities(connection, q, words, limit)
    if "claim" in wanted and len(hits) < limit:
        hits += _claims(connection, q, words, limit - len(hits))
    if "document" in wanted and len(hits) < limit:
        hits += _documents(connection, q, words, limit - len(hits))
    return hits[:limit]


def _all_words(columns: list[ColumnElement[str]], words: list[str]) -> ColumnElement[bool]:
    return and_(*(or_(*(c.ilike(f"%{_escape(w)}%", escape="\\") for c in columns)) for w in words))


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entities(connection: Connection, q: str, words: list[str], limit: int) -> list[SearchHit]:
    if fts.enabled(connection):
        ids = fts.match_entities(connection, q, limit)
    else:
        alias_hits = [
            exists(
                select(literal(1))
                .select_from(entity_aliases)
                .where(
                    entity_aliases.c.entity_id == entities.c.id,
                    entity_aliases.c.alias.ilike(f"%{_escape(w)}%", escape="\\"),
                )
            )
            for w in words
        ]
        name_hits = [entities.c.name.ilike(f"%{_escape(w)}%", escape="\\") for w in words]
        condition = and_(*(or_(n, a) for n, a in zip(name_hits, alias_hits, strict=True)))
        ids = list(
            connection.execute(
                select(entities.c.id).where(condition).order_by(entities.c.name).limit(limit)
            ).scalars()
        )
    found = load_entities(connection, ids)
    return [
        SearchHit(
            kind="entity",
            id=e.id,
            title=e.name,
            snippet=f"{e.type.value}" + (f" · also {', '.join(e.aliases)}" if e.aliases else ""),
        )
        for e in (found[i] for i in ids if i in found)
    ]


def _claims(connection: Connection, q: str, words: list[str], limit: int) -> list[SearchHit]:
    if fts.enabled(connection):
        ids = fts.match_claims(connection, q, limit)
    else:
        ids = list(
            connection.execute(
                select(claims.c.id)
                .where(_all_words([claims.c.item, claims.c.evidence], words))
                .order_by(claims.c.id)
                .limit(limit)
            ).scalars()
        )
    if not ids:
        return []
    rows = {
        r.id: r
        for r in connection.execute(
            select(
                claims.c.id,
                claims.c.type,
                claims.c.subject_id,
                claims.c.object_id,
                claims.c.item,
                claims.c.evidence,
            ).where(claims.c.id.in_(ids))
        )
    }
    names = {
        e.id: e.name
        for e in load_entities(
            connection,
            {x for r in rows.values() for x in (r.subject_id, r.object_id) if x},
        ).values()
    }
    hits = []
    for cid in ids:
        r = rows.get(cid)
        if r is None:
            continue
        subject = names.get(r.subject_id, r.subject_id) if r.subject_id else None
        obj = names.get(r.object_id, r.object_id) if r.object_id else None
        parties = f"{subject or '?'} → {obj}" if obj else (subject or "")
        title = f"{r.type}: {parties}" if parties else str(r.type)
        if r.item:
            title += f" ({r.item})"
        hits.append(SearchHit("claim", str(cid), title, snippet(r.evidence, words)))
    return hits


def _documents(connection: Connection, q: str, words: list[str], limit: int) -> list[SearchHit]:
    if fts.enabled(connection):
        ids = fts.match_documents(connection, q, limit)
    else:
        ids = list(
            connection.execute(
                select(documents.c.id)
                .where(_all_words([documents.c.title, documents.c.text], words))
                .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
                .limit(limit)
            ).scalars()
        )
    if not ids:
        return []
    rows = {
        r.id: r
        for r in connection.execute(
            select(
                documents.c.id, documents.c.title, documents.c.source_path, documents.c.text
            ).where(documents.c.id.in_(ids))
        )
    }
    return [
        SearchHit(
            "document",
            r.id,
            r.title or r.source_path or r.id,
            snippet(r.text, words),
        )
        for r in (rows[i] for i in ids if i in rows)
    ]


def snippet(text: str, words: list[str], width: int = SNIPPET) -> str:
    """About ``width`` characters of ``text`` around the first query word found in it."""
    folded = text.casefold()
    positions = [p for p in (folded.find(w.casefold()) for w in words) if p >= 0]
    at = min(positions) if positions else 0
    start = max(0, at - width // 3)
    end = min(len(text), start + width)
    if start > 0:
        space = text.find(" ", start, at) if at > start else -1
        start = space + 1 if space >= 0 else start
    excerpt = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + excerpt + ("…" if end < len(text) else "")
