"""Migrations give exactly the declared schema; opening checks what it opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from armstrace.model import ArmstraceError
from armstrace.store import Store
from armstrace.store.engine import BUSY_TIMEOUT_MS
from armstrace.store.fts import FTS_TABLES
from armstrace.store.migrate import full_metadata, head_revisions, upgrade

from tests.store.store_corpus import corpus


def _is_fts(name: str) -> bool:
    # FTS5 keeps each virtual table's index in shadow tables named "<table>_<part>".
    return any(name == t or name.startswith(f"{t}_") for t in FTS_TABLES)


def test_migrating_empty_db_gives_declared_tables(store: Store) -> None:
    metadata = full_metadata()
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        plain = {t for t in tables if not _is_fts(t)}
        assert plain == set(metadata.tables) | {"alembic_version"}
        if conn.dialect.name == "sqlite":
            assert set(FTS_TABLES) <= tables
        else:
            assert not tables & set(FTS_TABLES)
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: kind != "table" or not _is_fts(name),
            },
        )
        assert compare_metadata(context, metadata) == []


def test_database_is_at_head(store: Store) -> None:
    with store.engine.connect() as conn:
        assert set(MigrationContext.configure(conn).get_current_heads()) == head_revisions()


def test_reopening_a_migrated_db_is_a_no_op(db_url: str) -> None:
    with Store.open(db_url) as store:
        for doc in corpus():
            store.save(doc)
        before = store.stats()
    with Store.open(db_url) as store:
        with store.engine.begin() as conn:
            assert upgrade(conn, db_url) is False
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        assert {v[0] for v in versions} == head_revisions()
        assert store.stats() == before


def test_path_creates_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "armstrace.db"
    with Store.open(str(path)) as store:
        assert store.stats()["documents"] == 0
    assert path.is_file()


def test_sqlite_url_and_path_reach_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "same.db"
    with Store.open(str(path)) as store:
        store.save(corpus()[0])
    with Store.open(f"sqlite:///{path}") as store:
        assert store.stats()["documents"] == 1


def test_sqlite_connections_are_configured(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "cfg.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS


def test_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    content = b"these are my notes, not a database\n" * 50
    path.write_bytes(content)
    with pytest.raises(ArmstraceError) as caught:
        Store.open(str(path))
    assert caught.value.code == "E401"
    assert "not a SQLite database" in caught.value.message
    assert path.read_bytes() == content


def test_half_written_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "full.db"
    with Store.open(str(path)) as store:
        for doc in corpus():
            store.save(doc)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    whole = path.read_bytes()
    assert len(whole) > 8192
    half = tmp_path / "half.db"
    half.write_bytes(whole[:4096] + b"\x00" * 37 + whole[4096 + 37 : len(whole) // 2])
    content = half.read_bytes()
    with pytest.raises(ArmstraceError) as caught:
        Store.open(str(half))
    assert caught.value.code == "E401"
    assert str(half) in caught.value.message
    assert half.read_bytes() == content


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE recipes (name TEXT)")
    engine.dispose()
    with pytest.raises(ArmstraceError) as caught:
        Store.open(str(path))
    assert caught.value.code == "E402"
    assert "recipes" in caught.value.message


def test_newer_schema_is_refused(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d9999'"))
    with pytest.raises(ArmstraceError) as caught:
        Store.open(db_url)
    assert caught.value.code == "E403"
    assert "f00d9999" in caught.value.message


@pytest.mark.parametrize("url", ["", "mysql://user@host/db", "sqlite+nosuchdriver:://x"])
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ArmstraceError) as caught:
        Store.open(url)
    assert caught.value.code == "E400"


def test_unreachable_server_is_reported() -> None:
    with pytest.raises(ArmstraceError) as caught:
        Store.open("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert caught.value.code == "E404"


def test_closed_store_refuses_work(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "closed.db"))
    store.close()
    store.close()
    with pytest.raises(ArmstraceError) as caught:
        store.stats()
    assert caught.value.code == "E405"


def test_folder_or_unmakeable_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArmstraceError) as caught:
        Store.open(str(tmp_path))
    assert caught.value.code == "E401"
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    with pytest.raises(ArmstraceError) as caught:
        Store.open(str(blocker / "sub" / "x.db"))
    assert caught.value.code == "E401"
