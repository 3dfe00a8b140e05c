"""Which addresses the fetcher may connect to: public internet only, by default.

A server that fetches URLs users give it can be turned against its own network
(server-side request forgery): "http://169.254.169.254/" reads cloud credentials,
"http://localhost:5432/" probes a database. So every URL's host is resolved first
and refused when ANY of its addresses is loopback, private, link-local, multicast,
reserved, unspecified or otherwise not globally routable. Redirects are checked hop
by hop by the caller. Known gap: the HTTP client resolves the name again when it
connects, so a DNS server that answers differently the second time (DNS rebinding)
is not stopped here; run fetchers behind an egress firewall for that.
"""

from __future__ import annotations

import ipaddress
import socket

import httpx

from armstrace.ingest import errors

__all__ = ["check_url", "refusal"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_SCHEMES = ("http", "https")


def check_url(url: str, *, allow_private: bool = False) -> httpx.URL:
    """``url`` parsed, once its scheme is http(s) and its host may be fetched.

    Raises E120 (not an http/https URL), E122 (host does not resolve) or E121
    (address refused). With ``allow_private`` only the scheme and host are checked.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise errors.ingest_error(errors.BAD_URL, f"invalid URL {url!r}: {exc}") from exc
    if parsed.scheme not in _SCHEMES:
        raise errors.ingest_error(
            errors.BAD_URL, f"only http and https URLs can be fetched, not {url!r}"
        )
    if not parsed.host:
        raise errors.ingest_error(errors.BAD_URL, f"URL has no host: {url!r}")
    if not allow_private:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        _check_host(parsed.host, port)
    return parsed


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched (e.g. ``"loopback"``), or ``None`` if it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return refusal(address.ipv4_mapped)
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("not globally routable", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _check_host(host: str, port: int) -> None:
    name = host.rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        raise errors.ingest_error(errors.ADDRESS_REFUSED, f"refused: {host} is loopback")
    for address in _resolve(host, port):
        reason = refusal(address)
        if reason is not None:
            raise errors.ingest_error(
                errors.ADDRESS_REFUSED, f"refused: {host} resolves to {reason} address {address}"
            )


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise errors.ingest_error(
            errors.UNRESOLVABLE_HOST, f"cannot resolve host {host!r}: {exc}"
        ) from exc
    addresses: list[IPAddress] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone ("fe80::1%eth0")
        addresses.append(ipaddress.ip_address(raw))
    if not addresses:
        raise errors.ingest_error(errors.UNRESOLVABLE_HOST, f"cannot resolve host {host!r}")
    return addresses
