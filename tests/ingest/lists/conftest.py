"""List fixtures: small files in each real published format, with made-up parties."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "lists"


@pytest.fixture
def lists_dir() -> Path:
    return FIXTURES


@pytest.fixture
def sdn_alone(tmp_path: Path) -> Path:
    """The SDN fixture without its alt.csv/add.csv neighbours."""
    target = tmp_path / "sdn.csv"
    shutil.copy(FIXTURES / "sdn.csv", target)
    return target
