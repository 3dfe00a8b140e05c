"""Claim assessments: each claim's relation as assessed at ingest.

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-26

Kept so that claim pages and dossiers read an assessment instead of weighing every
claim of every entity on each request (see armstrace.store.assessing).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_assessments",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("relation_key", sa.String(600), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_assessments_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_assessments")),
    )
    op.create_index(
        op.f("ix_claim_assessments_relation_key"), "claim_assessments", ["relation_key"]
    )


def downgrade() -> None:
    op.drop_table("claim_assessments")
