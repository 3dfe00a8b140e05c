"""Analyst reviews, apart from machine output (see armstrace.store.reviews).

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26

No foreign keys on purpose: a review outlives the claim rows it was made about, which
are replaced when articles are extracted again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("claim_anchor", sa.String(64), nullable=True),
        sa.Column("document_id", sa.String(128), nullable=True),
        sa.Column("entity_id", sa.String(200), nullable=True),
        sa.Column("target_entity_id", sa.String(200), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_claim_anchor"), "reviews", ["claim_anchor"])
    op.create_index(op.f("ix_reviews_entity_id"), "reviews", ["entity_id"])
    op.create_index(op.f("ix_reviews_target_entity_id"), "reviews", ["target_entity_id"])


def downgrade() -> None:
    op.drop_table("reviews")
