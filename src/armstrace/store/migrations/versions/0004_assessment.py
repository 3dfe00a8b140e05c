"""Assessment: syndication signatures, relation states, watchlists, feeds, alerts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(128), nullable=False),
        sa.Column("hashvalues", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(128), nullable=False),
        sa.Column("credited", sa.String(300), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_signatures_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_signatures")),
    )
    op.create_index(op.f("ix_document_signatures_origin"), "document_signatures", ["origin"])
    op.create_table(
        "relation_states",
        sa.Column("key", sa.String(600), nullable=False),
        sa.Column("assessment", sa.String(40), nullable=False),
        sa.Column("independent_sources", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("updated", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_relation_states")),
    )
    op.create_table(
        "watches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watches")),
        sa.UniqueConstraint("name", name=op.f("uq_watches_name")),
    )
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(1000), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.String(300), nullable=True),
        sa.Column("modified", sa.String(100), nullable=True),
        sa.Column("added", sa.String(40), nullable=False),
        sa.Column("last_polled", sa.String(40), nullable=True),
        sa.Column("last_ok", sa.String(40), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_try", sa.String(40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_feeds")),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("watch", sa.String(300), nullable=True),
        sa.Column("entity_id", sa.String(200), nullable=True),
        sa.Column("relation_key", sa.String(600), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    op.create_index(op.f("ix_alerts_entity_id"), "alerts", ["entity_id"])


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_table("feeds")
    op.drop_table("watches")
    op.drop_table("relation_states")
    op.drop_table("document_signatures")
