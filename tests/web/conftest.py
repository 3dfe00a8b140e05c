"""Web fixtures: the workbench app in-process, and a real uvicorn server for Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

from armstrace.asgi import create_app

from tests.api.asgi_client import AsgiClient
from tests.services.workbench_corpus import fill

TOKEN = "web-token-9876543210"


@pytest.fixture
def workbench_db(tmp_path: Path) -> Path:
    db = tmp_path / "workbench.db"
    fill(db)
    return db


@pytest.fixture
def app(workbench_db: Path) -> Iterator[FastAPI]:
    built = create_app(str(workbench_db), token=TOKEN)
    yield built
    built.state.store.close()


@pytest.fixture
def client(app: FastAPI) -> AsgiClient:
    return AsgiClient(app)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(workbench_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app factory served by uvicorn on 127.0.0.1, exactly as ``armstrace serve`` does
    (import string + factory, settings from the environment); yields its base URL."""
    monkeypatch.setenv("ARMSTRACE_DB", str(workbench_db))
    monkeypatch.setenv("ARMSTRACE_TOKEN", TOKEN)
    port = _free_port()
    config = uvicorn.Config(
        "armstrace.asgi:create_app",
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


CHROMIUM = os.environ.get("ARMSTRACE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
