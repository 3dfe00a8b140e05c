"""Tokens, session cookies and CSRF tokens."""

from __future__ import annotations

from armstrace.services.access import csrf_token, new_session, session_valid, token_valid


def test_token_must_be_configured_and_equal() -> None:
    assert token_valid("abc", "abc")
    assert not token_valid("abc", "abd")
    assert not token_valid("abc", None)
    assert not token_valid(None, "abc")
    assert not token_valid("", "")


def test_session_is_bound_to_the_token() -> None:
    cookie = new_session("abc")
    assert session_valid("abc", cookie)
    assert not session_valid("other", cookie)
    nonce, mac = cookie.split(".")
    assert not session_valid("abc", f"{nonce}.{mac[:-1]}0" if mac[-1] != "0" else f"{nonce}.1")
    assert not session_valid("abc", nonce)
    assert new_session("abc") != cookie


def test_csrf_token_differs_per_session_and_token() -> None:
    one, two = new_session("abc"), new_session("abc")
    assert csrf_token("abc", one) == csrf_token("abc", one)
    assert csrf_token("abc", one) != csrf_token("abc", two)
    assert csrf_token("xyz", one) != csrf_token("abc", one)
