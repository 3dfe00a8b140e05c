"""The store stage: documents, entities and claims in SQL (SQLite by default, PostgreSQL).

SQLAlchemy Core with Alembic migrations applied on open. See docs/STORE.md.
"""

from armstrace.store.search import SearchHit
from armstrace.store.store import Store

__all__ = ["SearchHit", "Store"]
