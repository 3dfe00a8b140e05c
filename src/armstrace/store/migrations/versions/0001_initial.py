"""Initial schema: documents, entities (names, aliases, directory keys), mentions,
claims with attributions; on SQLite also the FTS5 search tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Written out table by table (not ``metadata.create_all``) so that this revision keeps
meaning the same thing after schema.py grows: later tables arrive in later revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(200)
DOC_ID = sa.String(128)

# SQLite only: full-text indexes over what search() looks in. Rows are written by
# armstrace.store.fts in the same transaction as the rows they index.
FTS_TABLES = {
    "search_entities": "entity_id UNINDEXED, name, aliases",
    "search_claims": "item, evidence",
    "search_documents": "document_id UNINDEXED, title, text",
}
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", DOC_ID, nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("url", sa.Text()),
        sa.Column("source_path", sa.Text()),
        sa.Column("retrieved", sa.String(40)),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("external_id", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_table(
        "entities",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
    )
    op.create_index("ix_entities_type", "entities", ["type"])
    op.create_table(
        "entity_aliases",
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "alias", name="pk_entity_aliases"),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name="fk_entity_aliases_entity_id_entities",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.PrimaryKeyConstraint("key", "type", "entity_id", name="pk_entity_keys"),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name="fk_entity_keys_entity_id_entities",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_entity_keys_entity_id", "entity_keys", ["entity_id"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("canonical", sa.Text()),
        sa.Column("country", sa.Text()),
        sa.Column("entity_id", ID),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.UniqueConstraint("document_id", "key", name="uq_mentions_document_id_key"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_mentions_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_mentions_entity_id_entities"
        ),
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    op.create_table(
        "document_entities",
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "entity_id", name="pk_document_entities"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_document_entities_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_document_entities_entity_id_entities"
        ),
    )
    op.create_index("ix_document_entities_entity_id", "document_entities", ["entity_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("subject_id", ID),
        sa.Column("object_id", ID),
        sa.Column("location_id", ID),
        sa.Column("item", sa.Text()),
        sa.Column("item_class", sa.String(32)),
        sa.Column("time", sa.Text()),
        sa.Column("quantity", sa.Float()),
        sa.Column("status", sa.String(32)),
        sa.Column("modality", sa.String(32), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer()),
        sa.Column("used_in", sa.Text()),
        sa.Column("share", sa.Float()),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_claims_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["entities.id"], name="fk_claims_subject_id_entities"
        ),
        sa.ForeignKeyConstraint(
            ["object_id"], ["entities.id"], name="fk_claims_object_id_entities"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["entities.id"], name="fk_claims_location_id_entities"
        ),
    )
    for column in ("document_id", "subject_id", "object_id", "location_id", "type"):
        op.create_index(f"ix_claims_{column}", "claims", [column])
    op.create_table(
        "attributions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_entity_id", ID),
        sa.Column("stance", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attributions"),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name="fk_attributions_claim_id_claims",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_entity_id"],
            ["entities.id"],
            name="fk_attributions_source_entity_id_entities",
        ),
    )
    op.create_index("ix_attributions_claim_id", "attributions", ["claim_id"])
    op.create_index("ix_attributions_source_entity_id", "attributions", ["source_entity_id"])

    if op.get_bind().dialect.name == "sqlite":
        for name, columns in FTS_TABLES.items():
            op.execute(
                f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, tokenize='{FTS_TOKENIZER}')"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in FTS_TABLES:
            op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in (
        "attributions",
        "claims",
        "document_entities",
        "mentions",
        "entity_keys",
        "entity_aliases",
        "entities",
        "documents",
    ):
        op.drop_table(table)
