"""Plain-text articles and the optional header block."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from armstrace.ingest import document_from_text, read_file
from armstrace.ingest.text import split_header


def test_header_gives_metadata_and_is_removed(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "article_with_header.txt")
    assert document.title == "Rail ferry resumes service across the strait"
    assert document.publisher == "Strait Courier"
    assert document.published == dt.date(2023, 11, 2)
    assert document.url == "https://courier.example.org/rail-ferry"
    assert document.text.startswith("The rail ferry between the two harbours")
    assert "Title:" not in document.text
    assert document.format == "txt"
    assert document.source_path == str(fixtures / "article_with_header.txt")


def test_body_after_header_is_kept_exactly(fixtures: Path) -> None:
    raw = (fixtures / "article_with_header.txt").read_text(encoding="utf-8")
    (document,) = read_file(fixtures / "article_with_header.txt")
    assert raw.endswith(document.text)


def test_no_header_keeps_every_line(fixtures: Path) -> None:
    raw = (fixtures / "plain_no_header.txt").read_text(encoding="utf-8")
    (document,) = read_file(fixtures / "plain_no_header.txt")
    assert document.text == raw
    assert document.title is None


def test_header_needs_known_keys_only() -> None:
    header, body = split_header("Title: Looks like a header\nAuthor: someone\n\nBody.")
    assert header.title is None
    assert body.startswith("Title: Looks like a header")


def test_header_needs_a_blank_line() -> None:
    header, body = split_header("Title: A\nPublisher: B")
    assert header.title is None
    assert body == "Title: A\nPublisher: B"


def test_date_key_and_case() -> None:
    header, body = split_header("TITLE: Upper\ndate: 3 March 2020\n\n\nText.")
    assert header.title == "Upper"
    assert header.published == "3 March 2020"
    assert body == "Text."


def test_crlf_file_is_normalised_but_otherwise_exact(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"First line.\r\n\r\n  Indented second paragraph.  \r\n")
    (document,) = read_file(path)
    assert document.text == "First line.\n\n  Indented second paragraph.  \n"


def test_document_from_text_metadata() -> None:
    document = document_from_text(
        "Body.",
        format="md",
        source="memo",
        title="  A   title ",
        publisher="",
        published="Sep 26, 2024",
        url="https://example.org/x",
        external_id="ext-1",
    )
    assert document.title == "A title"
    assert document.publisher is None
    assert document.published == dt.date(2024, 9, 26)
    assert document.source_path == "memo"
    assert document.format == "md"
    assert document.external_id == "ext-1"
    assert document.retrieved is not None
    assert document.retrieved.tzinfo is not None


def test_unparseable_published_is_none_not_error() -> None:
    assert document_from_text("Body.", published="sometime soon").published is None
