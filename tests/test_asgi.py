"""The composition root: settings from the environment, the token gate, documented routes."""

from __future__ import annotations

import re
from pathlib import Path

import anyio
import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount
from starlette.types import Message, Receive, Scope, Send

from armstrace.asgi import AUTH_SCOPE_KEY, TokenGate, create_app

from tests.api.asgi_client import AsgiClient
from tests.services.workbench_corpus import fill

ROOT = Path(__file__).resolve().parents[1]


def _scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> Scope:
    return {"type": "http", "method": method, "path": path, "headers": headers}


def _run_gate(
    token: str | None, method: str, path: str, headers: list[tuple[bytes, bytes]]
) -> tuple[int, Scope | None]:
    """Run the gate around an app that records whether it was reached; the gate must
    never read the body (``receive`` fails the test if called)."""
    reached: list[Scope] = []
    sent: list[Message] = []

    async def inner(scope: Scope, receive: Receive, send: Send) -> None:
        reached.append(scope)
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def receive() -> Message:
        raise AssertionError("the gate read the request body")

    async def send(message: Message) -> None:
        sent.append(message)

    anyio.run(TokenGate(inner, token=token), _scope(method, path, headers), receive, send)
    return int(sent[0]["status"]), (reached[0] if reached else None)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_gate_refuses_writes_without_reading_the_body(method: str) -> None:
    status, reached = _run_gate("t0k", method, "/api/v1/reviews/claims", [])
    assert (status, reached) == (401, None)


def test_gate_lets_reads_and_token_holders_through() -> None:
    assert _run_gate("t0k", "GET", "/api/v1/claims", [])[0] == 204
    status, reached = _run_gate(
        "t0k", "POST", "/api/v1/reviews/claims", [(b"authorization", b"Bearer t0k")]
    )
    assert status == 204
    assert reached is not None and reached[AUTH_SCOPE_KEY] == "header"
    assert _run_gate("t0k", "POST", "/login", [])[0] == 204
    assert _run_gate(None, "POST", "/login", [])[0] == 204
    assert _run_gate(None, "POST", "/review/claim", [(b"authorization", b"Bearer ")])[0] == 401


def test_factory_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    fill(db)
    monkeypatch.setenv("ARMSTRACE_DB", str(db))
    monkeypatch.setenv("ARMSTRACE_TOKEN", "from-env")
    app = create_app()
    try:
        client = AsgiClient(app)
        assert client.get("/api/v1/stats").json()["documents"] == 4
        denied = client.post("/api/v1/reviews/claims", json={"claim": 1, "action": "accept"})
        assert denied.status_code == 401
        allowed = client.post(
            "/api/v1/reviews/claims",
            json={"claim": 1, "action": "accept"},
            headers={"Authorization": "Bearer from-env"},
        )
        assert allowed.status_code == 201
    finally:
        app.state.store.close()


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def test_every_route_is_documented(tmp_path: Path) -> None:
    """docs/WEB.md names every page, form and API endpoint the app serves."""
    app = create_app(str(tmp_path / "docs.db"))
    try:
        doc = (ROOT / "docs" / "WEB.md").read_text()
        documented = {
            _shape(re.sub(r"\?.*", "", m)) for m in re.findall(r"`(?:[A-Z]+ )?(/[^`\s]*)", doc)
        }
        served: set[str] = set()
        for route in app.routes:
            if isinstance(route, APIRoute):
                served.add(route.path)
            elif isinstance(route, Mount) and route.path == "/api/v1":
                api = route.app
                served |= {r.path for r in getattr(api, "routes", []) if isinstance(r, APIRoute)}
        served = {_shape(p) for p in served if p != "/sources/{kind}"} | {
            _shape(f"/sources/{kind}") for kind in ("upload", "url", "feed")
        }
        missing = sorted(p for p in served if p not in documented)
        assert not missing, f"undocumented in docs/WEB.md: {missing}"
    finally:
        app.state.store.close()
