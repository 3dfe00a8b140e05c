"""Markdown articles: front matter, headings, markup stripped to plain text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from armstrace.ingest import read_file
from armstrace.ingest.markdown import markdown_to_text, split_front_matter


def test_front_matter_and_body(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "briefing.md")
    assert document.title == "Satellite images show a new hangar"
    assert document.publisher == "Open Orbit Review"
    assert document.published == dt.date(2024, 1, 5)
    assert document.url == "https://orbit.example.net/briefs/new-hangar"
    assert document.format == "md"


def test_markup_is_stripped_and_links_keep_their_text(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "briefing.md")
    assert (
        "Commercial images taken in December show a new hangar at the northern end of the "
        "airfield, next to the fuel depot." in document.text
    )
    for markup in ("**", "](", "# ", "---", "`", "tags:"):
        assert markup not in document.text


def test_heading_repeating_the_title_is_dropped_other_headings_kept(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "briefing.md")
    assert "Satellite images show a new hangar" not in document.text
    assert "\n\nWhat changed\n\n" in document.text


def test_list_items_keep_one_line_each(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "briefing.md")
    assert "a hangar about 60 metres long\na widened taxiway\ntwo new fuel tanks" in document.text


def test_first_heading_is_title_without_front_matter(fixtures: Path) -> None:
    (document,) = read_file(fixtures / "untitled.md")
    assert document.title == "A heading that becomes the title"
    assert document.text.startswith("Body paragraph one, with a line that wraps in the source.")
    assert "A quoted remark from an official." in document.text
    assert "Trucks | 12" in document.text


def test_front_matter_needs_a_closing_line() -> None:
    front, body = split_front_matter("---\ntitle: Never closed\n\nText.")
    assert front == {}
    assert body.startswith("---")


def test_heading_differing_from_front_matter_title_stays() -> None:
    text, heading = markdown_to_text("# Other heading\n\nText.", title="Front title")
    assert heading == "Other heading"
    assert text == "Other heading\n\nText."


def test_code_and_html_blocks() -> None:
    text, _ = markdown_to_text("Intro.\n\n```\nraw  code\n```\n\n<div>inside <b>html</b></div>\n")
    assert text == "Intro.\n\nraw  code\n\ninside html"


def test_nested_list_and_hard_break() -> None:
    text, _ = markdown_to_text("- outer\n  - inner\n- last\n\nline one  \nline two\n")
    assert text == "outer\ninner\nlast\n\nline one\nline two"
