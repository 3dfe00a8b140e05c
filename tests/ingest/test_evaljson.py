"""The evaluation format: id, meta and text only; arrays and JSON Lines, bad parts alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from armstrace.ingest import read_file, read_paths
from armstrace.model import ArmstraceError, Document, Skipped


def test_one_article(fixtures: Path) -> None:
    raw = json.loads((fixtures / "eval_article.json").read_text(encoding="utf-8"))
    (document,) = read_file(fixtures / "eval_article.json")
    assert document.text == raw["text"]
    assert document.external_id == "sample-07"
    assert document.title == "Harbour authority reports record tonnage"
    assert document.publisher == "Coastline Daily"
    assert document.published == dt.date(2022, 6, 30)
    assert document.url == "https://coast.example.com/tonnage"
    assert document.format == "json"


def test_gold_keys_are_never_read(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "eval_article.json")
    values = [str(value) for value in dataclasses.astuple(document)]
    assert not any("GOLD-ONLY" in value for value in values)


def test_gold_keys_of_any_shape_do_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    record = {"id": 5, "text": "Text.", "entities": "not a list", "claims": {"x": None}}
    path.write_text(json.dumps(record), encoding="utf-8")
    (document,) = read_file(path)
    assert document.external_id == "5"
    assert document.title is None


def test_text_is_exact_including_whitespace(tmp_path: Path) -> None:
    text = "  Leading spaces.\n\nTabs\there, and a trailing line.\n"
    path = tmp_path / "exact.json"
    path.write_text(json.dumps({"id": "e", "meta": {}, "text": text}), encoding="utf-8")
    assert read_file(path)[0].text == text


def test_array_of_articles_with_one_bad_element(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    records = [{"id": "a", "text": "First."}, {"id": "b"}, {"id": "c", "text": "Third."}]
    path.write_text(json.dumps(records), encoding="utf-8")
    items = list(read_paths([path]))
    assert [item.external_id for item in items if isinstance(item, Document)] == ["a", "c"]
    (skipped,) = [item for item in items if isinstance(item, Skipped)]
    assert skipped.source == f"{path}[1]"
    assert skipped.reason.startswith("[E112]")
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == "E112"
    assert f"{path}[1]" in caught.value.message


def test_jsonl(fixtures: Path) -> None:
    documents = read_file(fixtures / "eval_batch.jsonl")
    assert [document.external_id for document in documents] == ["batch-1", "batch-2", "batch-3"]
    assert documents[0].published == dt.date(2021, 1, 4)
    assert all(document.format == "json" for document in documents)


def test_jsonl_bad_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok-1", "text": "Fine."}\n'
        "\n"
        "{broken\n"
        '{"id": "no-text", "meta": {"title": "T"}}\n'
        '{"id": "ok-2", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    items = list(read_paths([path]))
    assert [i.external_id for i in items if isinstance(i, Document)] == ["ok-1", "ok-2"]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert [s.source for s in skipped] == [f"{path}:line 3", f"{path}:line 4"]
    assert skipped[0].reason.startswith("[E111] malformed JSON")
    assert skipped[1].reason.startswith("[E112]")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ('{"id": "x", "text": "unterminated', "E111"),
        ('{"id": "x", "meta": {}}', "E112"),
        ('"just a string"', "E112"),
        ('{"id": "x", "text": 42}', "E113"),
        ('{"id": "x", "text": "T", "meta": ["not", "an", "object"]}', "E113"),
        ('{"id": "x", "text": "T", "meta": {"published": 20240101}}', "E113"),
        ('{"id": ["x"], "text": "T"}', "E113"),
        ('{"id": "x", "text": "   "}', "E104"),
        ("[]", "E104"),
    ],
)
def test_bad_json_files(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_file(path)
    assert caught.value.code == code
    assert caught.value.message.startswith(str(path))


def test_malformed_json_message_gives_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "a",\n  oops\n}', encoding="utf-8")
    with pytest.raises(ArmstraceError, match=r"line 3, column 3"):
        read_file(path)


def test_jsonl_with_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    (skipped,) = list(read_paths([path]))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("[E104]")
