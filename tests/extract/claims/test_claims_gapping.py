"""Gapped lists after a transfer verb (claims.gapping): "A has pledged 12, B four X and C
six Y": each "PARTY NUMBER [ITEM]" remnant is a transfer with the shared verb."""

from __future__ import annotations

from armstrace.model import Claim, Status

from tests.extract.claims.conftest import COUNTRY, WEAPON, Run, by_type, role

NAMES = {
    "Finland": COUNTRY,
    "Croatia": COUNTRY,
    "Romania": COUNTRY,
    "Chile": COUNTRY,
    "Peru": COUNTRY,
    "Ecuador": COUNTRY,
    "Brazil": COUNTRY,
    "Italy": COUNTRY,
    "Qatar": COUNTRY,
    "Kuwait": COUNTRY,
    "Egypt": COUNTRY,
    "Georgia": COUNTRY,
    "Latvia": COUNTRY,
    "Gripens": WEAPON,
    "Rafales": WEAPON,
    "Tucanos": WEAPON,
}


def _transfers(run: Run, text: str) -> tuple[list[Claim], dict[str, str]]:
    claims, names = run(text, NAMES)
    return by_type(claims, "transfer"), names


def _by(claims: list[Claim], names: dict[str, str], who: str) -> list[Claim]:
    return [c for c in claims if role(names, c.subject) == who]


def test_each_remnant_is_a_transfer_of_its_own(run: Run) -> None:
    claims, names = _transfers(
        run,
        "Croatia has promised 14 Gripens to Georgia, Romania eight Tucanos and Finland six "
        "Rafales.",
    )
    got = {(role(names, c.subject), c.item, c.quantity) for c in claims}
    assert ("Romania", "Tucanos", 8.0) in got
    assert ("Finland", "Rafales", 6.0) in got


def test_a_bare_count_takes_the_next_named_item(run: Run) -> None:
    claims, names = _transfers(
        run, "Croatia has promised 14, Romania eight Gripens and Finland six Rafales to Georgia."
    )
    lead = _by(claims, names, "Croatia")
    assert [(c.item, c.quantity) for c in lead] == [("Gripens", 14.0)]


def test_the_recipient_named_at_the_end_is_shared(run: Run) -> None:
    claims, names = _transfers(
        run, "Croatia has promised 14, Romania eight Gripens and Finland six Rafales to Georgia."
    )
    assert {role(names, c.object) for c in claims} == {"Georgia"}
    assert {role(names, c.subject) for c in claims} == {"Croatia", "Romania", "Finland"}


def test_the_remnants_share_the_verbs_status(run: Run) -> None:
    claims, _ = _transfers(
        run, "Croatia has promised 14, Romania eight Gripens and Finland six Rafales to Georgia."
    )
    assert {c.status for c in claims} == {Status.PLANNED}


def test_after_a_buying_verb_the_remnants_are_buyers(run: Run) -> None:
    claims, names = _transfers(
        run, "Chile has ordered 10 Tucanos from Brazil, Peru 12 and Ecuador four trainers."
    )
    got = {(role(names, c.subject), role(names, c.object), c.quantity) for c in claims}
    assert ("Brazil", "Peru", 12.0) in got
    assert ("Brazil", "Ecuador", 4.0) in got


def test_a_party_without_a_count_is_no_remnant(run: Run) -> None:
    claims, names = _transfers(run, "Italy sold 12 helicopters to Egypt, Qatar and Kuwait.")
    assert not _by(claims, names, "Qatar") and not _by(claims, names, "Kuwait")


def test_a_new_clause_with_its_own_verb_is_no_remnant(run: Run) -> None:
    claims, names = _transfers(
        run, "Italy sold 30 helicopters to Egypt, and Brazil delivered 12 Tucanos to Chile."
    )
    assert [c.item for c in _by(claims, names, "Brazil")] == ["Tucanos"]


def test_each_listed_recipient_takes_its_own_count(run: Run) -> None:
    claims, names = _transfers(
        run, "Italy delivered 20 helicopters to Egypt, 12 to Qatar and eight to Kuwait."
    )
    got = {(role(names, c.object), c.quantity) for c in claims}
    assert got == {("Egypt", 20.0), ("Qatar", 12.0), ("Kuwait", 8.0)}


def test_respectively_pairs_the_recipients_with_the_counts(run: Run) -> None:
    claims, names = _transfers(
        run, "Italy sold Tucanos to Latvia and Georgia, 16 and 10 respectively."
    )
    got = {(role(names, c.object), c.quantity) for c in claims}
    assert got == {("Latvia", 16.0), ("Georgia", 10.0)}


def test_respectively_pairs_the_buyers_with_the_counts(run: Run) -> None:
    claims, names = _transfers(
        run, "Latvia and Georgia ordered Tucanos from Brazil, 16 and 10 respectively."
    )
    got = {(role(names, c.object), c.quantity) for c in claims}
    assert ("Latvia", 16.0) in got


def test_recipients_without_counts_of_their_own_keep_the_shared_one(run: Run) -> None:
    claims, _ = _transfers(run, "Italy delivered 20 helicopters to Egypt and Qatar.")
    assert {c.quantity for c in claims} == {20.0}


def test_counts_listed_after_a_colon_go_to_their_recipients(run: Run) -> None:
    claims, names = _transfers(
        run,
        "Italy handed over the Tucanos at no cost: two to Egypt, four to Qatar and one to Kuwait.",
    )
    got = {(role(names, c.object), c.quantity) for c in claims}
    assert got == {("Egypt", 2.0), ("Qatar", 4.0), ("Kuwait", 1.0)}


def test_a_remnant_takes_its_own_date(run: Run) -> None:
    claims, names = _transfers(
        run, "Italy donated six helicopters to Egypt in 2017 and Croatia four in 2019."
    )
    assert {(role(names, c.subject), c.time) for c in claims} == {
        ("Italy", "2017"),
        ("Croatia", "2019"),
    }


def test_a_listed_recipient_takes_its_own_date(run: Run) -> None:
    claims, names = _transfers(
        run, "Italy sold 30 helicopters to Egypt in 2021 and 14 to Qatar in 2022."
    )
    assert {(role(names, c.object), c.time) for c in claims} == {
        ("Egypt", "2021"),
        ("Qatar", "2022"),
    }


def test_a_list_that_splits_a_joint_total_replaces_it(run: Run) -> None:
    claims, names = _transfers(
        run, "Chile and Peru ordered nine Tucanos from Brazil in 2022, Chile five and Peru four."
    )
    assert {(role(names, c.object), c.quantity) for c in claims} == {
        ("Chile", 5.0),
        ("Peru", 4.0),
    }
