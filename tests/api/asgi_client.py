"""A synchronous test client over ``httpx.ASGITransport`` (the app runs in-process).

Starlette's TestClient warns on import with this httpx, and the suite turns warnings
into errors; an AsyncClient run per request through anyio does the same job.
"""

from __future__ import annotations

from typing import Any

import anyio
import httpx
from fastapi import FastAPI


class AsgiClient:
    """``client.get(url)``, ``client.post(url, json=...)``; cookies kept between calls."""

    def __init__(self, app: FastAPI, *, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = dict(headers or {})
        self.cookies = httpx.Cookies()

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(
                transport=transport,
                base_url="http://testserver",
                headers=self.headers,
                cookies=self.cookies,
            ) as client:
                response = await client.request(method, url, **kwargs)
                self.cookies.update(client.cookies)
                return response

        return anyio.run(send)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)
