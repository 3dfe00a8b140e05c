"""Web pages through trafilatura: main text only, metadata, failures."""

from __future__ import annotations

import datetime as dt

import pytest

from armstrace.ingest import document_from_html
from armstrace.model import ArmstraceError


def test_main_text_without_navigation_comments_or_footer(article_html: str) -> None:
    document = document_from_html(article_html)
    assert document.text.startswith("Customs officers at the port of Valemark")
    assert "The exporter declined to comment" in document.text
    for boilerplate in ("Subscribe today", "Commenter47", "Copyright", "Reader comments"):
        assert boilerplate not in document.text


def test_paragraphs_are_separated_by_blank_lines(article_html: str) -> None:
    paragraphs = document_from_html(article_html).text.split("\n\n")
    assert len(paragraphs) == 3
    assert all("\n" not in paragraph for paragraph in paragraphs)


def test_metadata(article_html: str) -> None:
    document = document_from_html(article_html, source="saved/page.html")
    assert document.title == "Customs seize lathes bound for a sanctioned buyer"
    assert document.publisher == "Harbour Gazette"
    assert document.published == dt.date(2024, 3, 14)
    assert document.url == "https://news.example.com/2024/03/customs-seize-lathes"
    assert document.source_path == "saved/page.html"
    assert document.format == "html"


def test_headline_is_not_repeated_in_text(article_html: str) -> None:
    document = document_from_html(article_html)
    assert not document.text.startswith(document.title or "?")


def test_bytes_with_declared_charset() -> None:
    body = (
        "<p>Сотрудники таможни задержали четыре станка с числовым управлением, "
        "которые направлялись покупателю, находящемуся под санкциями. "
        "Документы указывали на торговый дом, которого не существует.</p>"
    )
    page = (
        '<html><head><meta charset="windows-1251"><title>Т</title></head>'
        f"<body><article>{body}</article></body></html>"
    )
    document = document_from_html(page.encode("cp1251"))
    assert "Сотрудники таможни задержали" in document.text


def test_url_is_kept_when_page_has_no_canonical() -> None:
    page = (
        "<html><body><article><p>"
        + "The committee met again on Monday to review the export licences it had granted. " * 3
        + "</p></article></body></html>"
    )
    document = document_from_html(page, url="https://news.example.com/x")
    assert document.url == "https://news.example.com/x"
    assert document.source_path == "https://news.example.com/x"
    assert document.publisher == "news.example.com"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<<<>>> </div></p><p <a href=",
        "\x00\x01<html",
    ],
)
def test_pages_without_article_text_fail_cleanly(page: str) -> None:
    with pytest.raises(ArmstraceError) as caught:
        document_from_html(page)
    assert caught.value.code == "E110"
    assert "no article text found" in caught.value.message


def test_malformed_but_readable_html_still_gives_text() -> None:
    page = (
        "<html><body><div><p>The inspectors counted eleven containers on the quay "
        "and photographed the markings on each of them before the ship left port."
        "<p>None of the containers carried the seals the manifest described, "
        "the report said, and two were empty.</div></span></body>"
    )
    document = document_from_html(page)
    assert "eleven containers" in document.text
    assert "two were empty" in document.text


def test_empty_page_is_empty() -> None:
    with pytest.raises(ArmstraceError) as caught:
        document_from_html("   ")
    assert caught.value.code == "E104"


def test_article_with_links_in_its_text_is_kept() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/depot'>fuel depot</a></nav><article>"
        "<p>Images show a new hangar next to the <a href='/depot'>fuel depot</a> at the airfield, "
        "and a second taxiway that was not there in the summer.</p></article></body></html>"
    )
    document = document_from_html(page)
    assert "next to the fuel depot at the airfield" in document.text
