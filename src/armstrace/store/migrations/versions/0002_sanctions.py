"""Sanctions lists with versions, entries, names, ownerships and diffs; screening matches.

Revision ID: 0002
Revises: 0004
Create Date: 2026-11-26

Chained after 0004 (not 0001) so the schema keeps a single head: 0003 and 0004 were
written on 0001 before this revision existed. See armstrace.store.sanctions. Screening
matches have no foreign key to entities on purpose: an analyst's decision outlives
entity rows rebuilt when articles are re-read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0004"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{referred}.id"],
        name=op.f(f"fk_{table}_{column}_{referred}"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "sanction_lists",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_sanction_lists_name")),
    )
    op.create_table(
        "sanction_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.String(40), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        _fk("sanction_versions", "list_id", "sanction_lists"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_versions")),
        sa.UniqueConstraint("list_id", "number", name=op.f("uq_sanction_versions_list_id_number")),
    )
    op.create_table(
        "sanction_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("list_entry_id", sa.String(200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("programs", sa.Text(), nullable=False),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("identifiers", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("line", sa.Integer(), nullable=True),
        _fk("sanction_entries", "version_id", "sanction_versions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_entries")),
        sa.UniqueConstraint(
            "version_id",
            "list_entry_id",
            name=op.f("uq_sanction_entries_version_id_list_entry_id"),
        ),
    )
    op.create_table(
        "sanction_names",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        _fk("sanction_names", "entry_id", "sanction_entries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_names")),
    )
    op.create_index(op.f("ix_sanction_names_entry_id"), "sanction_names", ["entry_id"])
    op.create_table(
        "sanction_ownerships",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("asset", sa.String(200), nullable=False),
        sa.Column("share", sa.Float(), nullable=True),
        sa.Column("owner_name", sa.Text(), nullable=True),
        sa.Column("asset_name", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        _fk("sanction_ownerships", "version_id", "sanction_versions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_ownerships")),
    )
    op.create_index(
        op.f("ix_sanction_ownerships_version_id"), "sanction_ownerships", ["version_id"]
    )
    op.create_table(
        "sanction_diffs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("list_entry_id", sa.String(200), nullable=False),
        sa.Column("change", sa.String(10), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        _fk("sanction_diffs", "version_id", "sanction_versions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanction_diffs")),
    )
    op.create_index(op.f("ix_sanction_diffs_version_id"), "sanction_diffs", ["version_id"])
    op.create_table(
        "screening_matches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("list_entry_id", sa.String(200), nullable=False),
        sa.Column("entry_name", sa.Text(), nullable=False),
        sa.Column("entry_type", sa.String(20), nullable=False),
        sa.Column("programs", sa.Text(), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("matched_name", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.String(40), nullable=False),
        sa.Column("last_seen", sa.String(40), nullable=False),
        sa.Column("first_version", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", sa.String(40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_matches")),
        sa.UniqueConstraint(
            "entity_id",
            "list_name",
            "list_entry_id",
            name=op.f("uq_screening_matches_entity_id_list_name_list_entry_id"),
        ),
    )
    op.create_index(
        op.f("ix_screening_matches_list_name_list_entry_id"),
        "screening_matches",
        ["list_name", "list_entry_id"],
    )


def downgrade() -> None:
    op.drop_table("screening_matches")
    op.drop_table("sanction_diffs")
    op.drop_table("sanction_ownerships")
    op.drop_table("sanction_names")
    op.drop_table("sanction_entries")
    op.drop_table("sanction_versions")
    op.drop_table("sanction_lists")
