"""Whatever the input, readers either return a Document or raise ArmstraceError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armstrace.ingest import document_from_html, document_from_text, parse_feed
from armstrace.ingest.decoding import decode_bytes
from armstrace.ingest.markdown import document_from_markdown
from armstrace.ingest.text import document_from_txt
from armstrace.model import ArmstraceError, Document

MARKUP = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<a href='x'>",
            "</a>",
            "<article>",
            "<script>",
            "<!--",
            "-->",
            "<",
            ">",
            "&amp;",
            "&#x",
            "<br/>",
            "<table><tr><td>",
            "\x00",
        ]
    )
    | st.text(max_size=40),
    max_size=30,
).map("".join)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(MARKUP)
def test_html_never_crashes(page: str) -> None:
    try:
        document = document_from_html(page)
    except ArmstraceError as exc:
        assert exc.code in {"E104", "E105", "E106", "E110"}
    else:
        assert isinstance(document, Document) and document.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_never_crashes(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except ArmstraceError as exc:
        assert exc.code in {"E105", "E106"}
    else:
        assert isinstance(text, str)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_markdown_and_text_never_crash(text: str) -> None:
    for reader in (document_from_markdown, document_from_txt):
        try:
            document = reader(text)
        except ArmstraceError as exc:
            assert exc.code == "E104"
        else:
            assert document.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300) | MARKUP)
def test_feed_parser_never_crashes(content: bytes | str) -> None:
    try:
        entries = parse_feed(content, base_url="https://news.example.com/")
    except ArmstraceError as exc:
        assert exc.code == "E130"
    else:
        assert isinstance(entries, list)


@given(st.text(max_size=200).filter(lambda text: text.strip() != ""))
def test_text_is_kept_exactly(text: str) -> None:
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assert document_from_text(text).text == normalised
