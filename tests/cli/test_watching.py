"""watch / alerts / feeds through the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrace.cli import app

ARTICLES = Path(__file__).resolve().parents[1] / "services" / "articles"

pytestmark = pytest.mark.slow


def test_watch_then_ingest_makes_alerts(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["--db", db, "watch", "add", "Iran"]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["--db", db, "watch", "list", "--json"]).stdout)
    assert [w["name"] for w in listed["items"]] == ["Iran"]

    result = runner.invoke(app, ["--db", db, "ingest", str(ARTICLES / "01-wire.txt")])
    assert result.exit_code == 0, result.output
    alerts = json.loads(runner.invoke(app, ["--db", db, "alerts", "--json"]).stdout)
    assert alerts["total"] >= 1
    assert all(a["watch"] == "Iran" for a in alerts["items"])

    runner.invoke(app, ["--db", db, "alerts", "--mark-seen"])
    unseen = json.loads(runner.invoke(app, ["--db", db, "alerts", "--unseen", "--json"]).stdout)
    assert unseen["total"] == 0


def test_remove_an_unknown_watch_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "watch", "remove", "X"])
    assert result.exit_code == 1


def test_feeds_add_rejects_a_non_http_url(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "feeds", "add", "ftp://x"])
    assert result.exit_code == 2
    assert "E030" in result.output


def test_claims_json_carries_the_assessment(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    runner.invoke(app, ["--db", db, "ingest", str(ARTICLES)])
    data = json.loads(runner.invoke(app, ["--db", db, "claims", "--json"]).stdout)
    assert data["items"]
    for item in data["items"]:
        assert {
            "sources",
            "independent_sources",
            "assessment",
            "confidence",
            "first_reported",
            "last_reported",
        } <= set(item)
        assert item["status"] in {None, "delivered", "planned"}
