"""Store test fixtures: every store test runs on SQLite and, where a server is given,
on PostgreSQL.

``db_url`` is an empty database (for tests of migrating itself). ``migrated_url`` is a
database already at head, made cheaply: a copy of a migrated SQLite file, or one
PostgreSQL schema migrated once per session and emptied after each test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from armstrace.store import Store
from armstrace.store.migrate import full_metadata

from tests.conftest import need

PG_ENV = "ARMSTRACE_TEST_PG_URL"
PG_WHY = f"set {PG_ENV} to a PostgreSQL SQLAlchemy URL to run the postgres tests"


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _pg_base() -> str:
    base = os.environ.get(PG_ENV)
    need(bool(base), PG_WHY)
    assert base is not None
    return base


def _pg_schema(admin: Engine, base: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, url.render_as_string(hide_password=False)


def _drop(admin: Engine, schema: str) -> None:
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of ``backend`` that the test may fill."""
    if backend == "sqlite":
        yield str(tmp_path / "store.db")
        return
    base = _pg_base()
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    schema, url = _pg_schema(admin, base)
    try:
        yield url
    finally:
        _drop(admin, schema)
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    with Store.open(str(path)) as store, store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def pg_migrated() -> Iterator[str]:
    base = _pg_base()
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    schema, url = _pg_schema(admin, base)
    Store.open(url).close()
    try:
        yield url
    finally:
        _drop(admin, schema)
        admin.dispose()


@pytest.fixture
def migrated_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL to a database at head with no rows."""
    if backend == "sqlite":
        path = tmp_path / "store.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield str(path)
        return
    url: str = request.getfixturevalue("pg_migrated")
    try:
        yield url
    finally:
        # DELETE, not TRUNCATE: on tables this small it is far cheaper (no new files).
        engine = create_engine(url)
        with engine.begin() as conn:
            for table in reversed(full_metadata().sorted_tables):
                conn.execute(table.delete())
        engine.dispose()


@pytest.fixture
def store(migrated_url: str) -> Iterator[Store]:
    with Store.open(migrated_url) as opened:
        yield opened
