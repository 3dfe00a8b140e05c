"""The installed command line: export and import joined to the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrace.console import app

ARTICLES = Path(__file__).parent / "cli" / "articles"

pytestmark = pytest.mark.slow


def test_ftm_export_then_import_gives_the_same_graph(tmp_path: Path) -> None:
    runner = CliRunner()
    first, second = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert runner.invoke(app, ["--db", first, "ingest", str(ARTICLES)]).exit_code == 0
    out = tmp_path / "graph.ftm.json"
    result = runner.invoke(app, ["--db", first, "export", str(out), "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts.get("Article") == len(list(ARTICLES.glob("*.txt")))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all({"id", "schema", "properties"} <= set(line) for line in lines)

    result = runner.invoke(app, ["--db", second, "import", str(out)])
    assert result.exit_code == 0, result.output
    stats = [
        json.loads(runner.invoke(app, ["--db", db, "stats", "--json"]).stdout)
        for db in (first, second)
    ]
    for key in ("documents", "entities", "claims"):
        assert stats[0][key] == stats[1][key], key


def test_unknown_export_format_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "a.db"), "export", str(tmp_path / "x"), "--format", "xml"]
    )
    assert result.exit_code == 2
    assert "E040" in result.output
