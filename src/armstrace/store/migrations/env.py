"""Alembic environment: runs on the connection that :func:`armstrace.store.migrate.upgrade`
hands over in ``config.attributes["connection"]``, inside the caller's transaction, so a
failed migration leaves the database as it was. There is no ini file and no offline
mode: armstrace migrates on ``Store.open``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from armstrace.store.migrate import full_metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("armstrace migrations run from Store.open(), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=full_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
