"""Who may write: the token, the browser session derived from it, and CSRF tokens.

The workbench is read-only unless a token is configured (``ARMSTRACE_TOKEN``). A client
proves it holds the token either directly (``Authorization: Bearer``) or through a
session cookie that the login form sets; every form posted with that cookie must also
carry a CSRF token tied to the session. All of it is stateless HMAC over the token, so
restarting the server with the same token keeps sessions valid and changing the token
logs everyone out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = [
    "SESSION_COOKIE",
    "csrf_token",
    "new_session",
    "session_valid",
    "token_valid",
]

SESSION_COOKIE = "armstrace_session"


def _mac(token: str, message: str) -> str:
    return hmac.new(token.encode(), message.encode(), hashlib.sha256).hexdigest()


def token_valid(expected: str | None, given: str | None) -> bool:
    """True when a token is configured and ``given`` equals it (constant-time)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def new_session(token: str) -> str:
    """A cookie value ``nonce.mac`` that only a holder of ``token`` can make."""
    nonce = secrets.token_hex(16)
    return f"{nonce}.{_mac(token, 'session:' + nonce)}"


def session_valid(token: str | None, cookie: str | None) -> bool:
    if not token or not cookie or "." not in cookie:
        return False
    nonce, mac = cookie.split(".", 1)
    return hmac.compare_digest(mac, _mac(token, "session:" + nonce))


def csrf_token(token: str, cookie: str) -> str:
    """The form token for one session: a page from another site cannot know it."""
    nonce = cookie.split(".", 1)[0]
    return _mac(token, "csrf:" + nonce)
