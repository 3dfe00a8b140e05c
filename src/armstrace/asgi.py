"""The composition root of the workbench: one ASGI app with the web pages and the API.

``armstrace serve`` runs ``uvicorn.run("armstrace.asgi:create_app", factory=True)``, so
the CLI never imports the web or API faces; settings come from the environment
(``ARMSTRACE_DB``, ``ARMSTRACE_TOKEN``, ``ARMSTRACE_ALLOW_PRIVATE_URLS``) or from the
arguments when tests build the app directly.

The token gate lives here, in front of both faces, as plain ASGI middleware: a write
(any method other than GET/HEAD/OPTIONS) without a valid token is answered 401 before a
route — and so before any body parsing or validation — runs.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from armstrace.api import build_api
from armstrace.services.access import SESSION_COOKIE, session_valid, token_valid
from armstrace.services.querying import database_url, open_store
from armstrace.services.sources import JobBoard
from armstrace.web import LOGIN_PATH, STATIC_DIR, build_web

__all__ = ["AUTH_SCOPE_KEY", "TokenGate", "create_app"]

AUTH_SCOPE_KEY = "armstrace.auth"
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
_TRUE = {"1", "true", "yes", "on"}

# Article text is hostile: even if something slipped past escaping, no inline script,
# no plugin, no foreign origin may run, and forms may post only here.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class TokenGate:
    """401 for every unauthenticated write; security headers on every response.

    A write is authenticated by ``Authorization: Bearer <token>`` (API and scripts) or,
    outside ``/api/``, by the session cookie that the login form sets (then the route
    also checks the form's CSRF token). The login form itself is the one write let
    through, since its body is where the token arrives.
    """

    def __init__(self, app: ASGIApp, *, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        if scope["method"] not in _READS and scope["path"] != LOGIN_PATH:
            auth = self._authenticate(scope)
            if auth is None:
                await self._deny(scope, send_with_headers)
                return
            scope[AUTH_SCOPE_KEY] = auth
        await self.app(scope, receive, send_with_headers)

    def _authenticate(self, scope: Scope) -> str | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        bearer = headers.get("authorization", "")
        if bearer.lower().startswith("bearer ") and token_valid(self.token, bearer[7:].strip()):
            return "header"
        if token_valid(self.token, headers.get("x-armstrace-token")):
            return "header"
        if scope["path"].startswith("/api/"):
            return None
        cookies = SimpleCookie()
        cookies.load(headers.get("cookie", ""))
        morsel = cookies.get(SESSION_COOKIE)
        if morsel is not None and session_valid(self.token, morsel.value):
            return "session"
        return None

    async def _deny(self, scope: Scope, send: Send) -> None:
        why = (
            "this workbench is read-only: no ARMSTRACE_TOKEN is configured"
            if not self.token
            else "a valid token is required for changes (Authorization: Bearer <token>, "
            "or log in on the review page)"
        )
        if scope["path"].startswith("/api/"):
            body = json.dumps({"error": {"code": "E600", "message": why}}).encode()
            content_type = b"application/json"
        else:
            from html import escape

            body = (
                "<!doctype html><meta charset='utf-8'><title>401 - armstrace</title>"
                f"<h1>Not allowed</h1><p>{escape(why)}</p><p><a href='/review'>Log in</a></p>"
            ).encode()
            content_type = b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(body)).encode()),
                    (b"www-authenticate", b'Bearer realm="armstrace"'),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in _TRUE


def create_app(
    db: str | None = None,
    *,
    token: str | None = None,
    allow_private_urls: bool | None = None,
) -> FastAPI:
    """The workbench over ``db`` (default: ``ARMSTRACE_DB``, then ./armstrace.db)."""
    url = database_url(db)
    token = token or os.environ.get("ARMSTRACE_TOKEN") or None
    allow_private = (
        _flag("ARMSTRACE_ALLOW_PRIVATE_URLS") if allow_private_urls is None else allow_private_urls
    )
    store = open_store(url)
    board = JobBoard(url, allow_private=allow_private)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="armstrace workbench",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.store = store  # for whoever built the app without serving it (tests, bench)
    app.mount("/api/v1", build_api(store, board=board), name="api")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(build_web(store, token=token, board=board, auth_key=AUTH_SCOPE_KEY))
    app.add_middleware(TokenGate, token=token)
    return app
