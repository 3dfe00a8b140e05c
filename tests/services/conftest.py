"""Fixtures for the service tests: a SQLite file holding the workbench corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from armstrace.store import Store

from tests.services.workbench_corpus import fill


@pytest.fixture
def workbench_store(tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "workbench.db"
    fill(db)
    with Store.open(str(db)) as store:
        yield store
