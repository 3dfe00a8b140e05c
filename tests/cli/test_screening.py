"""The sanctions commands through the CLI runner, on a real SQLite file and real list files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrace.cli import app
from armstrace.store import Store

from tests.services.test_screening import CLAIMS, ENTITIES, TEXT, _doc

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _ok(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_lists_load_show_versions_and_diff(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    loaded = json.loads(
        _ok(runner, "--db", db, "lists", "load", str(LISTS / "eu-fsf.xml"), "--json")
    )
    assert loaded["list"]["name"] == "eu-fsf" and loaded["list"]["entries"] == 2
    again = _ok(runner, "--db", db, "lists", "load", str(LISTS / "eu-fsf.xml"))
    assert "unchanged" in again
    shown = json.loads(_ok(runner, "--db", db, "lists", "show", "--json"))
    assert [s["name"] for s in shown] == ["eu-fsf"]
    entries = json.loads(
        _ok(runner, "--db", db, "lists", "show", "eu-fsf", "-q", "volgo", "--json")
    )
    assert [e["list_id"] for e in entries] == ["9001"]
    versions = json.loads(_ok(runner, "--db", db, "lists", "versions", "eu-fsf", "--json"))
    assert [v["version"] for v in versions] == [1]
    diff = json.loads(_ok(runner, "--db", db, "lists", "diff", "eu-fsf", "--json"))
    assert diff["changes"] == []


def test_screen_a_name_explains_the_match(runner: CliRunner) -> None:
    out = _ok(runner, "screen", "Volgomash Concern", "--list", str(LISTS / "sdn.csv"), "--json")
    data = json.loads(out)
    best = data["matches"][0]
    assert best["list_id"] == "9001" and best["score"] >= 0.7
    assert "volgomash" in best["why"]
    table = _ok(
        runner, "screen", "Pyotr Zakharov", "--list", str(LISTS / "sdn.csv"), "--type", "person"
    )
    assert "9002" in table


def test_batch_screen_writes_results(runner: CliRunner, tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": 1, "name": "Northern Light"}\n{"id": 2, "name": "Olaf Scholz"}\n')
    out = tmp_path / "r.jsonl"
    _ok(
        runner,
        "screen",
        "--list",
        str(LISTS / "sdn.csv"),
        "--queries",
        str(queries),
        "--out",
        str(out),
    )
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines[0]["id"] == 1 and lines[0]["matches"][0]["list_id"] == "9003"
    assert lines[1] == {"id": 2, "matches": []}


def test_errors_are_clear_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text('1,"A",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \nbroken\n')
    result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "lists", "load", str(bad)])
    assert result.exit_code == 2
    assert "E502" in result.output and "sdn.csv:2" in result.output
    result = runner.invoke(app, ["screen", "--queries", str(bad)])
    assert result.exit_code == 2 and "E540" in result.output
    result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "dismiss", "42"])
    assert result.exit_code == 2 and "E531" in result.output


def test_confirm_dismiss_and_matches(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.save(_doc(TEXT, ENTITIES, CLAIMS))
    _ok(runner, "--db", db, "lists", "load", str(LISTS / "sdn.csv"))
    found = json.loads(_ok(runner, "--db", db, "matches", "--json"))
    by_entity = {m["entity_id"]: m for m in found}
    assert set(by_entity) == {"volgomash", "zakharov"}
    _ok(runner, "--db", db, "dismiss", str(by_entity["zakharov"]["id"]), "--note", "namesake")
    _ok(runner, "--db", db, "confirm", str(by_entity["volgomash"]["id"]), "--by", "ana")
    dismissed = json.loads(_ok(runner, "--db", db, "matches", "--status", "dismissed", "--json"))
    assert [m["entity_id"] for m in dismissed] == ["zakharov"]
    exposure = _ok(runner, "--db", db, "exposure", "Kupol Electromechanical Plant")
    assert "exposed" in exposure and "owned by Volgomash Concern (100%)" in exposure
