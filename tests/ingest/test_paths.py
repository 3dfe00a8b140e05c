"""Batches of files and folders: recursive, sorted, deterministic, never stopped by one file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from armstrace.ingest import read_paths
from armstrace.model import Document, Skipped


@pytest.fixture
def tree(tmp_path: Path, fixtures: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b-sub" / "deeper").mkdir(parents=True)
    (root / "a-sub").mkdir()
    (root / ".hidden-dir").mkdir()
    shutil.copy(fixtures / "article_with_header.txt", root / "z-last.txt")
    shutil.copy(fixtures / "briefing.md", root / "b-sub" / "deeper" / "brief.MD")
    shutil.copy(fixtures / "article.html", root / "a-sub" / "page.htm")
    shutil.copy(fixtures / "eval_batch.jsonl", root / "b-sub" / "batch.jsonl")
    (root / "a-sub" / "notes.pdf").write_bytes(b"%PDF-1.4 not supported")
    (root / "a-sub" / "README").write_text("no extension", encoding="utf-8")
    (root / ".hidden.txt").write_text("Hidden text.", encoding="utf-8")
    (root / ".hidden-dir" / "inside.txt").write_text("Hidden too.", encoding="utf-8")
    return root


def _sources(items: list[Document | Skipped]) -> list[str]:
    return [item.source_path or "" if isinstance(item, Document) else item.source for item in items]


def test_folder_is_read_recursively_in_sorted_order(tree: Path) -> None:
    items = list(read_paths([tree]))
    assert all(isinstance(item, Document) for item in items)
    assert _sources(items) == [
        str(tree / "a-sub" / "page.htm"),
        str(tree / "b-sub" / "batch.jsonl"),
        str(tree / "b-sub" / "batch.jsonl"),
        str(tree / "b-sub" / "batch.jsonl"),
        str(tree / "b-sub" / "deeper" / "brief.MD"),
        str(tree / "z-last.txt"),
    ]


def test_order_is_deterministic(tree: Path) -> None:
    first = [item.id for item in read_paths([tree]) if isinstance(item, Document)]
    second = [item.id for item in read_paths([tree]) if isinstance(item, Document)]
    assert first == second


def test_hidden_and_unsupported_files_in_folders_are_ignored(tree: Path) -> None:
    texts = " ".join(item.text for item in read_paths([tree]) if isinstance(item, Document))
    assert "Hidden" not in texts
    assert not any(isinstance(item, Skipped) for item in read_paths([tree]))


def test_explicit_unsupported_file_is_skipped_with_reason(tree: Path) -> None:
    (skipped,) = list(read_paths([tree / "a-sub" / "notes.pdf"]))
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(tree / "a-sub" / "notes.pdf")
    assert skipped.reason.startswith("[E107] unsupported file type")


def test_explicit_hidden_file_is_read(tree: Path) -> None:
    (document,) = list(read_paths([tree / ".hidden.txt"]))
    assert isinstance(document, Document)
    assert document.text == "Hidden text."


def test_missing_path_is_skipped_and_batch_goes_on(tree: Path) -> None:
    items = list(read_paths([tree / "nope.txt", tree / "z-last.txt"]))
    assert isinstance(items[0], Skipped)
    assert items[0].source == str(tree / "nope.txt")
    assert items[0].reason.startswith("[E100]")
    assert isinstance(items[1], Document)


def test_file_named_twice_is_read_once(tree: Path) -> None:
    items = list(read_paths([tree / "z-last.txt", tree, tree / "z-last.txt"]))
    assert _sources(items).count(str(tree / "z-last.txt")) == 1


def test_relative_paths_are_reported_as_given(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    items = list(read_paths([Path("a-sub")]))
    assert _sources(items) == [str(Path("a-sub") / "page.htm")]


def test_symlinked_folder_loop_is_not_followed(tree: Path) -> None:
    (tree / "b-sub" / "loop").symlink_to(tree, target_is_directory=True)
    items = list(read_paths([tree]))
    assert len(items) == 6


def test_accepts_any_iterable_lazily(tree: Path) -> None:
    generator = (path for path in [tree / "z-last.txt"])
    iterator = read_paths(generator)
    assert isinstance(next(iterator), Document)
