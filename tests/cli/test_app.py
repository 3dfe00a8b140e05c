"""The CLI through its runner, on a real SQLite file and the real pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrace.cli import app

ARTICLES = Path(__file__).parent / "articles"
ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "test.db")
    result = runner.invoke(app, ["--db", path, "ingest", str(ARTICLES)])
    assert result.exit_code == 0, result.output
    return path


def run_json(runner: CliRunner, *args: str) -> dict[str, object]:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_every_command_has_help(runner: CliRunner) -> None:
    for command in (
        "ingest",
        "entities",
        "claims",
        "show",
        "stats",
        "transfers",
        "predict",
        "eval",
        "serve",
    ):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_ingest_then_entities_lists_what_the_articles_name(runner: CliRunner, db: str) -> None:
    data = run_json(runner, "--db", db, "entities")
    names = {item["name"] for item in data["items"]}  # type: ignore[attr-defined]
    assert data["total"] == len(data["items"])  # type: ignore[arg-type]
    assert {"Russia", "Almaz-Antey"} <= names


def test_entities_type_filter(runner: CliRunner, db: str) -> None:
    data = run_json(runner, "--db", db, "entities", "--type", "country")
    assert data["items"]
    assert all(item["type"] == "country" for item in data["items"])  # type: ignore[attr-defined]


def test_claims_json_shape(runner: CliRunner, db: str) -> None:
    data = run_json(runner, "--db", db, "claims")
    assert data["total"] >= 1  # type: ignore[operator]
    keys = {
        "id",
        "type",
        "subject",
        "object",
        "item",
        "item_class",
        "location",
        "time",
        "quantity",
        "status",
        "modality",
        "attribution",
        "evidence",
        "document",
    }
    for item in data["items"]:  # type: ignore[attr-defined]
        assert keys <= set(item)
        assert set(item["document"]) >= {"id", "title", "publisher", "published", "url"}
        for a in item["attribution"]:
            assert a["stance"] in {"asserts", "denies"}
        text = (ARTICLES / Path(item["document"]["url"]).name).read_text(encoding="utf-8")
        assert item["evidence"] in text


def test_claims_filtered_by_entity_name(runner: CliRunner, db: str) -> None:
    everything = run_json(runner, "--db", db, "claims")
    about = run_json(runner, "--db", db, "claims", "--entity", "Russia")
    assert 0 < about["total"] <= everything["total"]  # type: ignore[operator]
    for item in about["items"]:  # type: ignore[attr-defined]
        ids = {(item.get(r) or {}).get("id") for r in ("subject", "object", "location")}
        assert any(i is not None for i in ids)


def test_unknown_type_is_a_clear_error(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "claims", "--type", "smuggling"])
    assert result.exit_code == 2
    assert "smuggling" in result.output


def test_show_prints_a_dossier(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "show", "Russia"])
    assert result.exit_code == 0, result.output
    assert "Russia" in result.stdout
    assert "transfer" in result.stdout


def test_show_unknown_entity_exits_1(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "show", "Nonexistent Widget Works"])
    assert result.exit_code == 1


def test_reingest_changes_nothing(runner: CliRunner, db: str) -> None:
    before = run_json(runner, "--db", db, "stats")
    result = runner.invoke(app, ["--db", db, "ingest", str(ARTICLES)])
    assert result.exit_code == 0
    assert run_json(runner, "--db", db, "stats") == before


def test_bad_file_is_reported_and_skipped(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (ARTICLES / "shells.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 10)
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(folder)])
    assert result.exit_code == 3
    for name in ("broken.json", "empty.txt", "binary.html"):
        assert name in result.stderr
    stats = run_json(runner, "--db", db, "stats")
    assert stats["documents"] == 1


def test_predict_writes_files_the_scorer_accepts(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n, path in enumerate(sorted(ARTICLES.glob("*.txt"))):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        article = {
            "id": f"t-{n}",
            "meta": {"published": "2024-05-02"},
            "text": body,
            "entities": [{"id": "gold-only"}],
            "claims": [],
        }
        (src / f"t-{n}.json").write_text(json.dumps(article), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["predict", str(src), str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.json"))
    assert [f.name for f in files] == sorted(p.name for p in src.glob("*.json"))
    # one id per entity across all files of a run
    ids: dict[str, set[str]] = {}
    for f in files:
        for e in json.loads(f.read_text(encoding="utf-8"))["entities"]:
            ids.setdefault(e["name"], set()).add(e["id"])
    assert all(len(v) == 1 for v in ids.values())
    if SCORER.exists():
        check = subprocess.run(
            [sys.executable, str(SCORER), "--check", "--pred", *map(str, files)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout
