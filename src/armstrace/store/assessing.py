"""What the assess stage keeps between runs: syndication signatures, relation states,
watchlists, feeds and alerts.

Signatures are stored so that a new article can be matched against every earlier one
without re-reading them; relation states so that a status change (a denial arriving)
can be noticed and alerted on; feeds with their ETag/Last-Modified and failure count so
that polling is conditional and a failing feed is retried later without blocking others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)

from armstrace.store.schema import IsoDateTime, claims, documents, metadata

__all__ = [
    "Alert",
    "AssessmentLog",
    "Feed",
    "Signature",
    "Watch",
    "alerts",
    "claim_assessments",
    "document_signatures",
    "feeds",
    "relation_states",
    "watches",
]

document_signatures = Table(
    "document_signatures",
    metadata,
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("hashvalues", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("origin", String(128), nullable=False, index=True),
    Column("credited", String(300)),
)

relation_states = Table(
    "relation_states",
    metadata,
    Column("key", String(600), primary_key=True),
    Column("assessment", String(40), nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("claims", Integer, nullable=False),
    Column("updated", IsoDateTime, nullable=False),
)

watches = Table(
    "watches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("created", IsoDateTime, nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(1000), primary_key=True),
    Column("title", Text),
    Column("etag", String(300)),
    Column("modified", String(100)),
    Column("added", IsoDateTime, nullable=False),
    Column("last_polled", IsoDateTime),
    Column("last_ok", IsoDateTime),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_try", IsoDateTime),
    Column("last_error", Text),
)

claim_assessments = Table(
    "claim_assessments",
    metadata,
    Column(
        "claim_id",
        Integer,
        ForeignKey("claims.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("relation_key", String(600), nullable=False, index=True),
    Column("data", Text, nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created", IsoDateTime, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("watch", String(300)),
    Column("entity_id", String(200), index=True),
    Column("relation_key", String(600)),
    Column("message", Text, nullable=False),
    Column("seen", Boolean, nullable=False, default=False),
)


@dataclass(frozen=True, slots=True)
class Signature:
    document_id: str
    hashvalues: tuple[int, ...]
    size: int
    origin: str
    credited: str | None


@dataclass(frozen=True, slots=True)
class Watch:
    id: int
    name: str
    created: dt.datetime


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    title: str | None
    etag: str | None
    modified: str | None
    last_polled: dt.datetime | None
    last_ok: dt.datetime | None
    failures: int
    next_try: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Alert:
    id: int
    created: dt.datetime
    kind: str
    watch: str | None
    entity_id: str | None
    relation_key: str | None
    message: str
    seen: bool


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AssessmentLog:
    """Reads and writes the assess tables; each method is its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- signatures ------------------------------------------------------------
    def save_signatures(self, rows: Iterable[Signature]) -> None:
        values = [
            {
                "document_id": s.document_id,
                "hashvalues": json.dumps(list(s.hashvalues)),
                "size": s.size,
                "origin": s.origin,
                "credited": s.credited,
            }
            for s in rows
        ]
        if not values:
            return
        with self._engine.begin() as conn:
            conn.execute(insert(document_signatures), values)

    def unsigned_documents(self) -> list[str]:
        """Ids of stored documents that have no signature yet."""
        query = (
            select(documents.c.id)
            .outerjoin(document_signatures, document_signatures.c.document_id == documents.c.id)
            .where(document_signatures.c.document_id.is_(None))
            .order_by(documents.c.id)
        )
        with self._engine.connect() as conn:
            return [r[0] for r in conn.execute(query)]

    def signatures(self) -> list[Signature]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(document_signatures)).mappings().all()
        return [
            Signature(
                document_id=r["document_id"],
                hashvalues=tuple(json.loads(r["hashvalues"])),
                size=r["size"],
                origin=r["origin"],
                credited=r["credited"],
            )
            for r in rows
        ]

    def origins(self) -> dict[str, tuple[str, str | None]]:
        """document id -> (syndication origin, credited outlet)."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(
                    document_signatures.c.document_id,
                    document_signatures.c.origin,
                    document_signatures.c.credited,
                )
            ).all()
        return {r[0]: (r[1], r[2]) for r in rows}

    # -- claim assessments -----------------------------------------------------
    def unassessed_entities(self) -> set[str]:
        """Parties of claims that have no stored assessment yet (new, or left by a run
        that was interrupted before its assess step)."""
        query = (
            select(claims.c.subject_id, claims.c.object_id)
            .outerjoin(claim_assessments, claim_assessments.c.claim_id == claims.c.id)
            .where(claim_assessments.c.claim_id.is_(None))
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return {x for row in rows for x in row if x is not None}

    def save_claim_assessments(self, rows: dict[int, tuple[str, str]]) -> None:
        """claim id -> (relation key, relation as JSON); replaces what was there."""
        if not rows:
            return
        ids = list(rows)
        with self._engine.begin() as conn:
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                conn.execute(
                    delete(claim_assessments).where(claim_assessments.c.claim_id.in_(part))
                )
            live: set[int] = set()
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                live.update(
                    r[0] for r in conn.execute(select(claims.c.id).where(claims.c.id.in_(part)))
                )
            values = [
                {"claim_id": cid, "relation_key": key, "data": data}
                for cid, (key, data) in rows.items()
                if cid in live
            ]
            if values:
                conn.execute(insert(claim_assessments), values)

    def claim_assessments(self, claim_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        ids = list(claim_ids)
        out: dict[int, tuple[str, str]] = {}
        with self._engine.connect() as conn:
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                query = select(
                    claim_assessments.c.claim_id,
                    claim_assessments.c.relation_key,
                    claim_assessments.c.data,
                ).where(claim_assessments.c.claim_id.in_(part))
                out.update({r[0]: (r[1], r[2]) for r in conn.execute(query)})
        return out

    # -- relation states -------------------------------------------------------
    def relation_states(self) -> dict[str, tuple[str, int, int]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(relation_states)).mappings().all()
        return {r["key"]: (r["assessment"], r["independent_sources"], r["claims"]) for r in rows}

    def set_relation_states(self, states: dict[str, tuple[str, int, int]]) -> None:
        if not states:
            return
        now = _now()
        with self._engine.begin() as conn:
            conn.execute(delete(relation_states).where(relation_states.c.key.in_(list(states))))
            conn.execute(
                insert(relation_states),
                [
                    {
                        "key": k,
                        "assessment": a,
                        "independent_sources": n,
                        "claims": c,
                        "updated": now,
                    }
                    for k, (a, n, c) in states.items()
                ],
            )

    # -- watches ---------------------------------------------------------------
    def add_watch(self, name: str) -> bool:
        with self._engine.begin() as conn:
            if conn.execute(select(watches.c.id).where(watches.c.name == name)).first():
                return False
            conn.execute(insert(watches).values(name=name, created=_now()))
        return True

    def remove_watch(self, name: str) -> bool:
        with self._engine.begin() as conn:
            return bool(conn.execute(delete(watches).where(watches.c.name == name)).rowcount)

    def watches(self) -> list[Watch]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(watches).order_by(watches.c.name)).mappings().all()
        return [Watch(id=r["id"], name=r["name"], created=r["created"]) for r in rows]

    # -- feeds -----------------------------------------------------------------
    def add_feed(self, url: str, title: str | None = None) -> bool:
        with self._engine.begin() as conn:
            if conn.execute(select(feeds.c.url).where(feeds.c.url == url)).first():
                return False
            conn.execute(insert(feeds).values(url=url, title=title, added=_now(), failures=0))
        return True

    def feeds(self) -> list[Feed]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(feeds).order_by(feeds.c.url)).mappings().all()
        return [
            Feed(
                url=r["url"],
                title=r["title"],
                etag=r["etag"],
                modified=r["modified"],
                last_polled=r["last_polled"],
                last_ok=r["last_ok"],
                failures=r["failures"] or 0,
                next_try=r["next_try"],
                last_error=r["last_error"],
            )
            for r in rows
        ]

    def feed_polled(
        self,
        url: str,
        *,
        ok: bool,
        etag: str | None = None,
        modified: str | None = None,
        error: str | None = None,
        retry_after: dt.timedelta | None = None,
        title: str | None = None,
    ) -> None:
        now = _now()
        values: dict[str, object] = {"last_polled": now}
        if ok:
            values.update(last_ok=now, failures=0, next_try=None, last_error=None)
            if etag is not None:
                values["etag"] = etag
            if modified is not None:
                values["modified"] = modified
            if title:
                values["title"] = title
        else:
            values.update(
                failures=feeds.c.failures + 1,
                last_error=error,
                next_try=now + (retry_after or dt.timedelta(minutes=15)),
            )
        with self._engine.begin() as conn:
            conn.execute(update(feeds).where(feeds.c.url == url).values(**values))

    # -- alerts ----------------------------------------------------------------
    def add_alerts(self, rows: Iterable[dict[str, str | None]]) -> int:
        values = [{**r, "created": _now(), "seen": False} for r in rows]
        if not values:
            return 0
        with self._engine.begin() as conn:
            conn.execute(insert(alerts), values)
        return len(values)

    def alerts(self, *, unseen_only: bool = False, limit: int = 200) -> list[Alert]:
        query = select(alerts).order_by(alerts.c.id.desc()).limit(limit)
        if unseen_only:
            query = query.where(alerts.c.seen.is_(False))
        with self._engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            Alert(
                id=r["id"],
                created=r["created"],
                kind=r["kind"],
                watch=r["watch"],
                entity_id=r["entity_id"],
                relation_key=r["relation_key"],
                message=r["message"],
                seen=bool(r["seen"]),
            )
            for r in rows
        ]

    def mark_seen(self, ids: Iterable[int] | None = None) -> int:
        stmt = update(alerts).values(seen=True)
        if ids is not None:
            stmt = stmt.where(alerts.c.id.in_(list(ids)))
        with self._engine.begin() as conn:
            return int(conn.execute(stmt).rowcount)
