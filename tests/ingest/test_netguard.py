"""Address refusal: only public addresses may be fetched unless allow_private."""

from __future__ import annotations

import ipaddress

import pytest

from armstrace.ingest.netguard import check_url, refusal
from armstrace.model import ArmstraceError

from .conftest import PUBLIC_ADDRESS


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.20", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not globally routable"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_refused_addresses(address: str, reason: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", [PUBLIC_ADDRESS, "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::1]:8080/x",
        "http://10.0.0.5/admin",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:5432/",
        "http://LOCALHOST./",
        "http://db.localhost/",
    ],
)
def test_literal_and_local_hosts_are_refused(url: str) -> None:
    with pytest.raises(ArmstraceError) as caught:
        check_url(url)
    assert caught.value.code == "E121"
    assert "refused" in caught.value.message


def test_every_resolved_address_is_checked(fake_dns: dict[str, list[str]]) -> None:
    fake_dns["mixed.example.com"] = [PUBLIC_ADDRESS, "10.9.8.7"]
    with pytest.raises(ArmstraceError) as caught:
        check_url("https://mixed.example.com/page")
    assert caught.value.code == "E121"
    assert "10.9.8.7" in caught.value.message


def test_name_resolving_to_loopback_is_refused(fake_dns: dict[str, list[str]]) -> None:
    fake_dns["sneaky.example.com"] = ["::1"]
    with pytest.raises(ArmstraceError, match="loopback"):
        check_url("http://sneaky.example.com/")


def test_public_name_passes(fake_dns: dict[str, list[str]]) -> None:
    assert check_url("https://news.example.com/a?b=1").host == "news.example.com"


def test_unresolvable_host(fake_dns: dict[str, list[str]]) -> None:
    with pytest.raises(ArmstraceError) as caught:
        check_url("https://no-such-host.invalid/")
    assert caught.value.code == "E122"


def test_real_resolver_refuses_localhost_name() -> None:
    # "localhost" is refused by name before any look-up, and its real addresses are loopback
    with pytest.raises(ArmstraceError, match="loopback"):
        check_url("http://localhost/")


@pytest.mark.parametrize(
    "url", ["ftp://news.example.com/x", "file:///etc/passwd", "javascript:alert(1)", "http:///"]
)
def test_only_http_urls(url: str) -> None:
    with pytest.raises(ArmstraceError) as caught:
        check_url(url)
    assert caught.value.code == "E120"


def test_allow_private_skips_address_checks() -> None:
    assert check_url("http://127.0.0.1:8000/", allow_private=True).port == 8000
    with pytest.raises(ArmstraceError):
        check_url("file:///etc/passwd", allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://0x7f000001/",
        "http://2130706433/",
        "http://127.1/",
        "http://017700000001/",
        "http://[::ffff:7f00:1]/",
        "http://[fe80::1%25eth0]/",
    ],
)
def test_unusual_spellings_of_local_addresses_are_refused(url: str) -> None:
    # numeric host forms are turned into addresses by the resolver itself, without DNS
    with pytest.raises(ArmstraceError) as caught:
        check_url(url)
    assert caught.value.code == "E121"
