"""Sanctions lists, their versions and screening matches with analyst decisions.

A list (``ofac-sdn``, ``eu-fsf`` ...) has numbered versions; loading a file adds a version,
makes it current and keeps the older ones (history), in one transaction: a failure
leaves the database as it was. Each version stores its entries, their names (primary,
aliases, weak aliases) and any ownership links, plus its *diff* against the version
before (parties added, removed, changed), computed once at load.

Screening matches are keyed by (entity, list, entry id) rather than by version, so an
analyst's decision (confirmed or dismissed) stays when screening runs again, and a new
version of a list re-finds the same match under the same key. Like reviews, matches
have no foreign key to entities: entity rows are rebuilt when articles are read again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from armstrace.model import (
    ArmstraceError,
    ListedType,
    OwnershipLink,
    SanctionEntry,
    SanctionList,
    ScreeningMatch,
)
from armstrace.store.schema import IsoDateTime, metadata

__all__ = [
    "CANNOT_STORE",
    "NO_SUCH_LIST",
    "NO_SUCH_MATCH",
    "DiffLine",
    "ListInfo",
    "LoadResult",
    "MatchRecord",
    "MatchStatus",
    "SanctionsStore",
    "sanction_diffs",
    "sanction_entries",
    "sanction_lists",
    "sanction_names",
    "sanction_ownerships",
    "sanction_versions",
    "screening_matches",
]

NO_SUCH_LIST = "E530"
NO_SUCH_MATCH = "E531"
BAD_DECISION = "E532"
CANNOT_STORE = "E533"

sanction_lists = Table(
    "sanction_lists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("format", String(20), nullable=False),
)

sanction_versions = Table(
    "sanction_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list_id", Integer, ForeignKey("sanction_lists.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("loaded_at", IsoDateTime, nullable=False),
    Column("source_path", Text),
    Column("content_hash", String(64)),
    Column("format", String(20), nullable=False),
    Column("entry_count", Integer, nullable=False),
    Column("current", Boolean, nullable=False),
    UniqueConstraint("list_id", "number"),
)

sanction_entries = Table(
    "sanction_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "version_id",
        Integer,
        ForeignKey("sanction_versions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("list_entry_id", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("programs", Text, nullable=False),
    Column("countries", Text, nullable=False),
    Column("identifiers", Text, nullable=False),
    Column("remarks", Text),
    Column("line", Integer),
    UniqueConstraint("version_id", "list_entry_id"),
)

sanction_names = Table(
    "sanction_names",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "entry_id", Integer, ForeignKey("sanction_entries.id", ondelete="CASCADE"), nullable=False
    ),
    Column("name", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Index(None, "entry_id"),
)

sanction_ownerships = Table(
    "sanction_ownerships",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "version_id",
        Integer,
        ForeignKey("sanction_versions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("owner", String(200), nullable=False),
    Column("asset", String(200), nullable=False),
    Column("share", Float),
    Column("owner_name", Text),
    Column("asset_name", Text),
    Column("source", Text),
    Index(None, "version_id"),
)

sanction_diffs = Table(
    "sanction_diffs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "version_id",
        Integer,
        ForeignKey("sanction_versions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("list_entry_id", String(200), nullable=False),
    Column("change", String(10), nullable=False),
    Column("name", Text, nullable=False),
    Column("detail", Text),
    Index(None, "version_id"),
)

screening_matches = Table(
    "screening_matches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(200), nullable=False),
    Column("list_name", String(100), nullable=False),
    Column("list_entry_id", String(200), nullable=False),
    Column("entry_name", Text, nullable=False),
    Column("entry_type", String(20), nullable=False),
    Column("programs", Text, nullable=False),
    Column("query", Text, nullable=False),
    Column("matched_name", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("status", String(12), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("first_seen", IsoDateTime, nullable=False),
    Column("last_seen", IsoDateTime, nullable=False),
    Column("first_version", Integer),
    Column("decided_by", String(200)),
    Column("decided_at", IsoDateTime),
    Column("note", Text),
    UniqueConstraint("entity_id", "list_name", "list_entry_id"),
    Index(None, "list_name", "list_entry_id"),
)


class MatchStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class ListInfo:
    name: str
    format: str
    version: int
    loaded_at: dt.datetime
    entry_count: int
    source_path: str | None
    content_hash: str | None


@dataclass(frozen=True, slots=True)
class DiffLine:
    list_entry_id: str
    change: str  # added | removed | changed
    name: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class LoadResult:
    list: ListInfo
    diff: tuple[DiffLine, ...]
    new_version: bool


@dataclass(frozen=True, slots=True)
class MatchRecord:
    """A stored match: the machine's finding plus where the analyst left it."""

    id: int
    entity_id: str
    match: ScreeningMatch
    status: MatchStatus
    active: bool
    first_seen: dt.datetime
    last_seen: dt.datetime
    first_version: int | None
    decided_by: str | None
    decided_at: dt.datetime | None
    note: str | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _entry_row(entry: SanctionEntry, version_id: int) -> dict[str, Any]:
    return {
        "version_id": version_id,
        "list_entry_id": entry.list_id,
        "name": entry.name,
        "type": entry.type.value,
        "programs": json.dumps(list(entry.programs)),
        "countries": json.dumps(list(entry.countries)),
        "identifiers": json.dumps([list(i) for i in entry.identifiers]),
        "remarks": entry.remarks,
        "line": entry.line,
    }


def _fingerprint(entry: SanctionEntry) -> tuple[Any, ...]:
    return (
        entry.name,
        entry.type,
        tuple(sorted(entry.aliases)),
        tuple(sorted(entry.programs)),
        tuple(sorted(entry.identifiers)),
    )


def _changes(old: SanctionEntry, new: SanctionEntry) -> str:
    out = []
    if old.name != new.name:
        out.append(f"name {old.name!r} -> {new.name!r}")
    if sorted(old.programs) != sorted(new.programs):
        out.append(f"programs {', '.join(old.programs)} -> {', '.join(new.programs)}")
    if sorted(old.aliases) != sorted(new.aliases):
        out.append("aliases changed")
    if sorted(old.identifiers) != sorted(new.identifiers):
        out.append("identifiers changed")
    if old.type != new.type:
        out.append(f"type {old.type.value} -> {new.type.value}")
    return "; ".join(out)


class SanctionsStore:
    """Lists, versions, diffs and screening matches on the store's engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- lists ---------------------------------------------------------------------------

    def load(self, listed: SanctionList, loaded_at: dt.datetime | None = None) -> LoadResult:
        """Add ``listed`` as the list's new current version, in one transaction.

        The same file loaded again (same content hash as the current version) adds no
        version and reports an empty diff. A database error rolls everything back.
        """
        try:
            return self._load(listed, loaded_at or _now())
        except IntegrityError as exc:
            raise ArmstraceError(
                CANNOT_STORE, f"list {listed.name!r} not stored, nothing changed: {exc.orig}"
            ) from None

    def _load(self, listed: SanctionList, when: dt.datetime) -> LoadResult:
        with self._engine.begin() as conn:
            list_pk = conn.execute(
                select(sanction_lists.c.id).where(sanction_lists.c.name == listed.name)
            ).scalar()
            if list_pk is None:
                list_pk = conn.execute(
                    insert(sanction_lists).values(name=listed.name, format=listed.format)
                ).inserted_primary_key[0]  # type: ignore[index]
            current = conn.execute(
                select(sanction_versions).where(
                    and_(sanction_versions.c.list_id == list_pk, sanction_versions.c.current)
                )
            ).first()
            if (
                current is not None
                and listed.content_hash
                and current.content_hash == listed.content_hash
            ):
                return LoadResult(self._info(conn, listed.name, current), (), False)
            previous = self._entries(conn, current.id) if current is not None else {}
            number = (current.number + 1) if current is not None else 1
            if current is not None:
                conn.execute(
                    update(sanction_versions)
                    .where(sanction_versions.c.list_id == list_pk)
                    .values(current=False)
                )
            version_id = conn.execute(
                insert(sanction_versions).values(
                    list_id=list_pk,
                    number=number,
                    loaded_at=when,
                    source_path=listed.source_path,
                    content_hash=listed.content_hash,
                    format=listed.format,
                    entry_count=len(listed.entries),
                    current=True,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            self._insert_entries(conn, version_id, listed.entries)
            if listed.ownerships:
                conn.execute(
                    insert(sanction_ownerships),
                    [
                        {
                            "version_id": version_id,
                            "owner": o.owner,
                            "asset": o.asset,
                            "share": o.share,
                            "owner_name": o.owner_name,
                            "asset_name": o.asset_name,
                            "source": o.source,
                        }
                        for o in listed.ownerships
                    ],
                )
            diff = self._diff(previous, listed.entries) if current is not None else ()
            if diff:
                conn.execute(
                    insert(sanction_diffs),
                    [
                        {
                            "version_id": version_id,
                            "list_entry_id": d.list_entry_id,
                            "change": d.change,
                            "name": d.name,
                            "detail": d.detail,
                        }
                        for d in diff
                    ],
                )
            row = conn.execute(
                select(sanction_versions).where(sanction_versions.c.id == version_id)
            ).one()
            return LoadResult(self._info(conn, listed.name, row), diff, True)

    def _insert_entries(
        self, conn: Connection, version_id: int, entries: Sequence[SanctionEntry]
    ) -> None:
        if not entries:
            return
        conn.execute(insert(sanction_entries), [_entry_row(e, version_id) for e in entries])
        ids = dict(
            conn.execute(
                select(sanction_entries.c.list_entry_id, sanction_entries.c.id).where(
                    sanction_entries.c.version_id == version_id
                )
            ).all()
        )
        names = [
            {"entry_id": ids[e.list_id], "name": n, "kind": kind}
            for e in entries
            for kind, values in (
                ("primary", (e.name,)),
                ("alias", e.aliases),
                ("weak", e.weak_aliases),
            )
            for n in values
        ]
        conn.execute(insert(sanction_names), names)

    @staticmethod
    def _diff(
        previous: dict[str, SanctionEntry], entries: Sequence[SanctionEntry]
    ) -> tuple[DiffLine, ...]:
        now = {e.list_id: e for e in entries}
        out = [DiffLine(i, "added", e.name) for i, e in now.items() if i not in previous]
        out += [DiffLine(i, "removed", e.name) for i, e in previous.items() if i not in now]
        out += [
            DiffLine(i, "changed", e.name, _changes(previous[i], e))
            for i, e in now.items()
            if i in previous and _fingerprint(previous[i]) != _fingerprint(e)
        ]
        return tuple(out)

    def _info(self, conn: Connection, name: str, row: Any) -> ListInfo:
        return ListInfo(
            name=name,
            format=row.format,
            version=row.number,
            loaded_at=row.loaded_at,
            entry_count=row.entry_count,
            source_path=row.source_path,
            content_hash=row.content_hash,
        )

    def _version_row(self, conn: Connection, name: str, version: int | None) -> Any:
        query = (
            select(sanction_versions)
            .join(sanction_lists, sanction_lists.c.id == sanction_versions.c.list_id)
            .where(sanction_lists.c.name == name)
        )
        if version is None:
            query = query.where(sanction_versions.c.current)
        else:
            query = query.where(sanction_versions.c.number == version)
        row = conn.execute(query).first()
        if row is None:
            known = ", ".join(self.list_names()) or "none loaded"
            which = f"version {version} of " if version is not None else ""
            raise ArmstraceError(NO_SUCH_LIST, f"no {which}list {name!r} (lists: {known})")
        return row

    def _entries(self, conn: Connection, version_id: int) -> dict[str, SanctionEntry]:
        names: dict[int, dict[str, list[str]]] = {}
        rows = conn.execute(
            select(sanction_names.c.entry_id, sanction_names.c.name, sanction_names.c.kind)
            .join(sanction_entries, sanction_entries.c.id == sanction_names.c.entry_id)
            .where(sanction_entries.c.version_id == version_id)
            .order_by(sanction_names.c.id)
        )
        for entry_id, name, kind in rows:
            names.setdefault(entry_id, {}).setdefault(kind, []).append(name)
        out: dict[str, SanctionEntry] = {}
        for row in conn.execute(
            select(sanction_entries)
            .where(sanction_entries.c.version_id == version_id)
            .order_by(sanction_entries.c.id)
        ):
            kinds = names.get(row.id, {})
            out[row.list_entry_id] = SanctionEntry(
                list_id=row.list_entry_id,
                name=row.name,
                type=ListedType(row.type),
                aliases=tuple(kinds.get("alias", [])),
                weak_aliases=tuple(kinds.get("weak", [])),
                programs=tuple(json.loads(row.programs)),
                countries=tuple(json.loads(row.countries)),
                identifiers=tuple((k, v) for k, v in json.loads(row.identifiers)),
                remarks=row.remarks,
                line=row.line,
            )
        return out

    def list_names(self) -> list[str]:
        with self._engine.connect() as conn:
            return list(
                conn.execute(
                    select(sanction_lists.c.name).order_by(sanction_lists.c.name)
                ).scalars()
            )

    def lists(self) -> list[ListInfo]:
        """Every loaded list at its current version."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(sanction_lists.c.name, sanction_versions)
                .join(sanction_versions, sanction_versions.c.list_id == sanction_lists.c.id)
                .where(sanction_versions.c.current)
                .order_by(sanction_lists.c.name)
            ).all()
            return [self._info(conn, row.name, row) for row in rows]

    def versions(self, name: str) -> list[ListInfo]:
        """The history of one list, oldest first."""
        with self._engine.connect() as conn:
            self._version_row(conn, name, None)
            rows = conn.execute(
                select(sanction_versions)
                .join(sanction_lists, sanction_lists.c.id == sanction_versions.c.list_id)
                .where(sanction_lists.c.name == name)
                .order_by(sanction_versions.c.number)
            ).all()
            return [self._info(conn, name, row) for row in rows]

    def entries(self, name: str, version: int | None = None) -> tuple[SanctionEntry, ...]:
        """A list's entries (the current version unless ``version`` is given)."""
        with self._engine.connect() as conn:
            row = self._version_row(conn, name, version)
            return tuple(self._entries(conn, row.id).values())

    def ownerships(self, name: str | None = None) -> list[OwnershipLink]:
        """Ownership links of the current version of one list, or of all lists."""
        query = (
            select(sanction_ownerships)
            .join(sanction_versions, sanction_versions.c.id == sanction_ownerships.c.version_id)
            .join(sanction_lists, sanction_lists.c.id == sanction_versions.c.list_id)
            .where(sanction_versions.c.current)
        )
        if name is not None:
            query = query.where(sanction_lists.c.name == name)
        with self._engine.connect() as conn:
            return [
                OwnershipLink(r.owner, r.asset, r.share, r.source, r.owner_name, r.asset_name)
                for r in conn.execute(query.order_by(sanction_ownerships.c.id))
            ]

    def diff(self, name: str, version: int | None = None) -> tuple[ListInfo, tuple[DiffLine, ...]]:
        """What ``version`` (default: current) changed against the version before it."""
        with self._engine.connect() as conn:
            row = self._version_row(conn, name, version)
            lines = conn.execute(
                select(sanction_diffs)
                .where(sanction_diffs.c.version_id == row.id)
                .order_by(sanction_diffs.c.id)
            ).all()
            return self._info(conn, name, row), tuple(
                DiffLine(r.list_entry_id, r.change, r.name, r.detail) for r in lines
            )

    # -- matches -------------------------------------------------------------------------

    def record_matches(
        self,
        entity_id: str,
        list_names: Iterable[str],
        found: Sequence[ScreeningMatch],
        screened_at: dt.datetime | None = None,
    ) -> list[MatchRecord]:
        """Store what screening ``entity_id`` against ``list_names`` found.

        A match seen before keeps its id and status (a dismissed match stays dismissed);
        earlier matches in those lists that screening no longer finds become inactive.
        """
        when = screened_at or _now()
        lists = set(list_names) | {m.list_name for m in found}
        c = screening_matches.c
        with self._engine.begin() as conn:
            versions = dict(
                conn.execute(
                    select(sanction_lists.c.name, sanction_versions.c.number)
                    .join(sanction_versions, sanction_versions.c.list_id == sanction_lists.c.id)
                    .where(sanction_versions.c.current)
                ).all()
            )
            existing = {
                (r.list_name, r.list_entry_id): r.id
                for r in conn.execute(
                    select(c.id, c.list_name, c.list_entry_id).where(
                        and_(c.entity_id == entity_id, c.list_name.in_(lists))
                    )
                )
            }
            seen: set[int] = set()
            for match in found:
                values = {
                    "entry_name": match.name,
                    "entry_type": match.type.value,
                    "programs": json.dumps(list(match.programs)),
                    "query": match.query,
                    "matched_name": match.matched_name,
                    "score": match.score,
                    "explanation": match.explanation,
                    "active": True,
                    "last_seen": when,
                }
                key = (match.list_name, match.list_id)
                if key in existing:
                    conn.execute(
                        update(screening_matches).where(c.id == existing[key]).values(**values)
                    )
                    seen.add(existing[key])
                else:
                    new_id = conn.execute(
                        insert(screening_matches).values(
                            entity_id=entity_id,
                            list_name=match.list_name,
                            list_entry_id=match.list_id,
                            status=MatchStatus.OPEN.value,
                            first_seen=when,
                            first_version=versions.get(match.list_name),
                            **values,
                        )
                    ).inserted_primary_key[0]  # type: ignore[index]
                    seen.add(new_id)
            stale = [i for i in existing.values() if i not in seen]
            if stale:
                conn.execute(update(screening_matches).where(c.id.in_(stale)).values(active=False))
        return self.matches(entity_id=entity_id)

    def decide(
        self,
        match_id: int,
        status: MatchStatus,
        *,
        by: str | None = None,
        note: str | None = None,
        at: dt.datetime | None = None,
    ) -> MatchRecord:
        """An analyst confirms, dismisses or reopens a match."""
        if not isinstance(status, MatchStatus):
            raise ArmstraceError(BAD_DECISION, f"unknown decision {status!r}")
        with self._engine.begin() as conn:
            done = conn.execute(
                update(screening_matches)
                .where(screening_matches.c.id == match_id)
                .values(status=status.value, decided_by=by, note=note, decided_at=at or _now())
            )
            if done.rowcount == 0:
                raise ArmstraceError(NO_SUCH_MATCH, f"no screening match with id {match_id}")
        (record,) = self.matches(match_id=match_id, include_inactive=True)
        return record

    def matches(
        self,
        *,
        entity_id: str | None = None,
        entity_ids: Iterable[str] | None = None,
        match_id: int | None = None,
        list_name: str | None = None,
        status: MatchStatus | None = None,
        include_inactive: bool = False,
    ) -> list[MatchRecord]:
        """Stored matches, best score first."""
        c = screening_matches.c
        query = select(screening_matches)
        if entity_id is not None:
            query = query.where(c.entity_id == entity_id)
        if entity_ids is not None:
            query = query.where(c.entity_id.in_(list(entity_ids)))
        if match_id is not None:
            query = query.where(c.id == match_id)
        if list_name is not None:
            query = query.where(c.list_name == list_name)
        if status is not None:
            query = query.where(c.status == status.value)
        if not include_inactive:
            query = query.where(c.active)
        with self._engine.connect() as conn:
            rows = conn.execute(query.order_by(c.score.desc(), c.id)).all()
        return [
            MatchRecord(
                id=r.id,
                entity_id=r.entity_id,
                match=ScreeningMatch(
                    list_name=r.list_name,
                    list_id=r.list_entry_id,
                    name=r.entry_name,
                    type=ListedType(r.entry_type),
                    score=r.score,
                    matched_name=r.matched_name,
                    query=r.query,
                    explanation=r.explanation,
                    programs=tuple(json.loads(r.programs)),
                ),
                status=MatchStatus(r.status),
                active=bool(r.active),
                first_seen=r.first_seen,
                last_seen=r.last_seen,
                first_version=r.first_version,
                decided_by=r.decided_by,
                decided_at=r.decided_at,
                note=r.note,
            )
            for r in rows
        ]

    def count_matches(self) -> int:
        with self._engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count())
                    .select_from(screening_matches)
                    .where(screening_matches.c.active)
                ).scalar_one()
            )
