"""Analyst reviews, kept apart from machine output.

A review says what a person decided about a claim (accept, reject, correct fields) or
about entities (merge two, split names off one). Reviews never change the machine's
rows: they are a separate table, read beside the claims and shown as a person's
judgement. Claims are found again by an *anchor* (document, claim type, roles and
evidence sentence) rather than by their row id, so a review survives when articles are
extracted again with newer rules and the claims get new ids. There are deliberately no
foreign keys: a review outlives the rows it was made about.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from armstrace.model import ArmstraceError
from armstrace.store.schema import IsoDateTime, claims, entities, metadata

__all__ = ["Review", "ReviewAction", "ReviewLog", "reviews"]


class ReviewAction(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    CORRECT = "correct"
    MERGE = "merge"
    SPLIT = "split"


CLAIM_ACTIONS = frozenset({ReviewAction.ACCEPT, ReviewAction.REJECT, ReviewAction.CORRECT})

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created", IsoDateTime, nullable=False),
    Column("action", String(16), nullable=False),
    Column("reviewer", String(200)),
    Column("note", Text),
    Column("claim_id", Integer),
    Column("claim_anchor", String(64)),
    Column("document_id", String(128)),
    Column("entity_id", String(200)),
    Column("target_entity_id", String(200)),
    Column("fields", Text, nullable=False),
    Column("snapshot", Text, nullable=False),
    Index(None, "claim_anchor"),
    Index(None, "entity_id"),
    Index(None, "target_entity_id"),
)


@dataclass(frozen=True, slots=True)
class Review:
    """One stored decision. ``fields`` holds corrected values (``correct``) or the names
    split off (``split``); ``snapshot`` is the machine's claim as the analyst saw it."""

    id: int
    created: dt.datetime
    action: ReviewAction
    reviewer: str | None = None
    note: str | None = None
    claim_id: int | None = None
    claim_anchor: str | None = None
    document_id: str | None = None
    entity_id: str | None = None
    target_entity_id: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    snapshot: Mapping[str, Any] = field(default_factory=dict)


def _review(row: Any) -> Review:
    return Review(
        id=row.id,
        created=row.created,
        action=ReviewAction(row.action),
        reviewer=row.reviewer,
        note=row.note,
        claim_id=row.claim_id,
        claim_anchor=row.claim_anchor,
        document_id=row.document_id,
        entity_id=row.entity_id,
        target_entity_id=row.target_entity_id,
        fields=json.loads(row.fields),
        snapshot=json.loads(row.snapshot),
    )


class ReviewLog:
    """Append-only access to the ``reviews`` table (a later review overrides an earlier
    one when views are built; nothing is updated in place, so the history is kept)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(
        self,
        action: ReviewAction,
        *,
        reviewer: str | None = None,
        note: str | None = None,
        claim_id: int | None = None,
        claim_anchor: str | None = None,
        document_id: str | None = None,
        entity_id: str | None = None,
        target_entity_id: str | None = None,
        fields: Mapping[str, Any] | None = None,
        snapshot: Mapping[str, Any] | None = None,
        created: dt.datetime | None = None,
    ) -> Review:
        if action in CLAIM_ACTIONS and not claim_anchor:
            raise ArmstraceError("E602", f"a {action.value} review needs the claim it is about")
        if action not in CLAIM_ACTIONS and not entity_id:
            raise ArmstraceError("E602", f"a {action.value} review needs the entity it is about")
        if action is ReviewAction.MERGE and not target_entity_id:
            raise ArmstraceError("E602", "a merge review needs the entity to merge into")
        values = {
            "created": created or dt.datetime.now(dt.UTC),
            "action": action.value,
            "reviewer": reviewer,
            "note": note,
            "claim_id": claim_id,
            "claim_anchor": claim_anchor,
            "document_id": document_id,
            "entity_id": entity_id,
            "target_entity_id": target_entity_id,
            "fields": json.dumps(dict(fields or {}), sort_keys=True),
            "snapshot": json.dumps(dict(snapshot or {}), sort_keys=True, default=str),
        }
        with self._engine.begin() as conn:
            key = conn.execute(insert(reviews).values(**values)).inserted_primary_key
            assert key is not None
            row = conn.execute(select(reviews).where(reviews.c.id == key[0])).one()
        return _review(row)

    def page(
        self,
        *,
        action: ReviewAction | None = None,
        entity_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[Review], int]:
        """Newest first; ``entity_id`` finds reviews about the entity on either side."""
        where: list[ColumnElement[bool]] = []
        if action is not None:
            where.append(reviews.c.action == action.value)
        if entity_id is not None:
            where.append(
                or_(reviews.c.entity_id == entity_id, reviews.c.target_entity_id == entity_id)
            )
        query = select(reviews).where(*where).order_by(reviews.c.id.desc())
        with self._engine.connect() as conn:
            total = conn.execute(
                select(func.count()).select_from(reviews).where(*where)
            ).scalar_one()
            rows = conn.execute(query.limit(limit).offset(offset)).all()
        return [_review(r) for r in rows], int(total)

    def for_anchors(self, anchors: Iterable[str]) -> list[Review]:
        """Claim reviews for these anchors, oldest first (so later ones win when folded)."""
        wanted = sorted(set(anchors))
        found: list[Review] = []
        with self._engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = conn.execute(
                    select(reviews).where(reviews.c.claim_anchor.in_(chunk)).order_by(reviews.c.id)
                ).all()
                found.extend(_review(r) for r in rows)
        found.sort(key=lambda r: r.id)
        return found

    def entity_reviews(self) -> list[Review]:
        """Every merge and split, oldest first: few enough to fold in memory per view."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(reviews)
                .where(reviews.c.action.in_([ReviewAction.MERGE.value, ReviewAction.SPLIT.value]))
                .order_by(reviews.c.id)
            ).all()
        return [_review(r) for r in rows]

    def claim_document(self, claim_id: int) -> str | None:
        """The document a claim row belongs to (None when no such row), so a claim can be
        looked up by id through the document's claims."""
        with self._engine.connect() as conn:
            found = conn.execute(
                select(claims.c.document_id).where(claims.c.id == claim_id)
            ).scalar_one_or_none()
        return None if found is None else str(found)

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Names of the stored entities among ``ids`` (claim sources, review targets), in
        one query per 500 ids rather than one dossier lookup each."""
        wanted = sorted(set(ids))
        names: dict[str, str] = {}
        with self._engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    select(entities.c.id, entities.c.name).where(
                        entities.c.id.in_(wanted[start : start + 500])
                    )
                ).all()
                names.update({str(r.id): str(r.name) for r in rows})
        return names

    def all(self) -> list[Review]:
        """Every review, oldest first, for export."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(reviews).order_by(reviews.c.id)).all()
        return [_review(r) for r in rows]
