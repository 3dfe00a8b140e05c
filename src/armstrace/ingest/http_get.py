"""One guarded HTTP GET: address checks on every hop, a size cap, clear errors.

Redirects are followed here rather than by httpx so that each new location is
checked against the address rules before it is contacted.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from armstrace.ingest import errors
from armstrace.ingest.netguard import check_url

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "Fetched", "guarded_get", "media_type"]

USER_AGENT = "armstrace/0.1 (+news reader for arms-control research)"
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    """A final (non-redirect) response: its URL after redirects, status, headers, body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def content_type(self) -> str:
        return str(self.headers.get("content-type", ""))


def media_type(content_type: str) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``"text/html; charset=UTF-8"``."""
    media, *parameters = content_type.split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def guarded_get(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 20.0,
    allow_private: bool = False,
    client: httpx.Client | None = None,
    max_bytes: int = 20_000_000,
) -> Fetched:
    """GET ``url`` following up to ``MAX_REDIRECTS`` checked redirects.

    Raises E120-E123 (URL, address, resolution, redirects), E103 (body too large),
    E126 (timeout) or E127 (other network failure). HTTP error statuses are returned,
    not raised: callers decide (a feed's 304 is not an error).
    """
    http = client or httpx.Client()
    sent = {"User-Agent": USER_AGENT, **(headers or {})}
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = check_url(current, allow_private=allow_private)
            try:
                with http.stream(
                    "GET", target, headers=sent, timeout=timeout, follow_redirects=False
                ) as response:
                    location = response.headers.get("location")
                    if response.is_redirect and location:
                        current = str(response.url.join(location))
                        continue
                    body = _read_capped(response, max_bytes, current)
                    return Fetched(str(response.url), response.status_code, response.headers, body)
            except httpx.TimeoutException as exc:
                raise errors.ingest_error(
                    errors.TIMEOUT, f"timed out after {timeout:g}s fetching {current}"
                ) from exc
            except httpx.HTTPError as exc:
                detail = str(exc) or type(exc).__name__
                raise errors.ingest_error(
                    errors.NETWORK, f"network error fetching {current}: {detail}"
                ) from exc
        raise errors.ingest_error(
            errors.TOO_MANY_REDIRECTS, f"more than {MAX_REDIRECTS} redirects from {url}"
        )
    finally:
        if client is None:
            http.close()


def _read_capped(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise errors.ingest_error(
                errors.TOO_LARGE, f"too large: {url} sends more than {max_bytes} bytes"
            )
        chunks.append(chunk)
    return b"".join(chunks)
