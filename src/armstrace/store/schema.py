"""Table metadata: the one description of the database that code and migrations share.

SQLAlchemy Core tables with portable types only, so the same metadata serves SQLite and
PostgreSQL. Migrations (``migrations/versions``) create these tables; a test checks that
migrating an empty database to head gives exactly what this module declares, so a new
table is added here *and* in a new migration (see docs/STORE.md).

The SQLite full-text tables are not declared here: they are virtual tables that only
SQLite has, kept by :mod:`armstrace.store.fts`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

__all__ = [
    "NAMING",
    "IsoDateTime",
    "attributions",
    "claims",
    "document_entities",
    "documents",
    "entities",
    "entity_aliases",
    "entity_keys",
    "mentions",
    "metadata",
]

# Constraint names are deterministic so later migrations can drop or alter them by name.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


class IsoDateTime(TypeDecorator[dt.datetime]):
    """A datetime kept as ISO 8601 text.

    Why not ``DateTime``: SQLite drops the UTC offset, so an aware ``retrieved`` time
    would come back naive and no longer equal what was saved. ISO text round-trips
    naive and aware values exactly on every backend and still sorts by time for one
    offset.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


documents = Table(
    "documents",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("content_hash", String(128), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", Date),
    Column("url", Text),
    Column("source_path", Text),
    Column("retrieved", IsoDateTime),
    Column("format", String(32), nullable=False),
    Column("external_id", Text),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("country", Text),
    Index(None, "type"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column(
        "entity_id",
        String(200),
        ForeignKey("entities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("alias", Text, primary_key=True),
)

# The resolver's normalised name keys: how the EntityDirectory finds candidates.
entity_keys = Table(
    "entity_keys",
    metadata,
    Column("key", Text, primary_key=True),
    Column("type", String(32), primary_key=True),
    Column(
        "entity_id",
        String(200),
        ForeignKey("entities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Index(None, "entity_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("ordinal", Integer, nullable=False),
    Column("key", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("canonical", Text),
    Column("country", Text),
    Column("entity_id", String(200), ForeignKey("entities.id")),
    UniqueConstraint("document_id", "key"),
    Index(None, "entity_id"),
)

# Which entities a document names, in the order its ResolvedDoc listed them.
document_entities = Table(
    "document_entities",
    metadata,
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("entity_id", String(200), ForeignKey("entities.id"), primary_key=True),
    Column("ordinal", Integer, nullable=False),
    Index(None, "entity_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("ordinal", Integer, nullable=False),
    Column("type", String(32), nullable=False),
    Column("subject_id", String(200), ForeignKey("entities.id")),
    Column("object_id", String(200), ForeignKey("entities.id")),
    Column("location_id", String(200), ForeignKey("entities.id")),
    Column("item", Text),
    Column("item_class", String(32)),
    Column("time", Text),
    Column("quantity", Float),
    Column("status", String(32)),
    Column("modality", String(32), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("used_in", Text),
    Column("share", Float),
    Index(None, "document_id"),
    Index(None, "subject_id"),
    Index(None, "object_id"),
    Index(None, "location_id"),
    Index(None, "type"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "claim_id",
        Integer,
        ForeignKey("claims.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("ordinal", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("source_entity_id", String(200), ForeignKey("entities.id")),
    Column("stance", String(32), nullable=False),
    Index(None, "claim_id"),
    Index(None, "source_entity_id"),
)
