"""API fixtures: the workbench app over a filled SQLite file, with a known token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from armstrace.asgi import create_app

from tests.api.asgi_client import AsgiClient
from tests.services.workbench_corpus import fill

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def workbench_db(tmp_path: Path) -> Path:
    db = tmp_path / "workbench.db"
    fill(db)
    return db


@pytest.fixture
def app(workbench_db: Path) -> Iterator[FastAPI]:
    built = create_app(str(workbench_db), token=TOKEN)
    yield built
    built.state.store.close()


@pytest.fixture
def client(app: FastAPI) -> AsgiClient:
    return AsgiClient(app)
