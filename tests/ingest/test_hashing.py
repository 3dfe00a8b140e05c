"""Content hashes and document ids."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from armstrace.ingest import content_hash, document_from_text


def test_hash_is_sha256_of_stripped_text() -> None:
    assert content_hash("  a b\n") == hashlib.sha256(b"a b").hexdigest()


def test_line_endings_do_not_change_the_hash() -> None:
    assert content_hash("one\r\ntwo\r\n") == content_hash("one\ntwo")
    assert content_hash("one\rtwo") == content_hash("one\ntwo")


def test_different_text_gives_different_hash() -> None:
    assert content_hash("one two") != content_hash("one  two")


def test_id_is_prefix_of_hash_and_stable() -> None:
    first = document_from_text("The same article.\r\n")
    second = document_from_text("\nThe same article.")
    assert first.id == second.id == "doc-" + first.content_hash[:16]
    assert first.content_hash == content_hash("The same article.")


@given(st.text())
def test_hash_ignores_surrounding_whitespace(text: str) -> None:
    assert content_hash(f" \n{text}\r\n\t") == content_hash(text)
