"""A source named again with a bare definite noun ("the officials", "the same report")
keeps the source it was named as; a document "published by X" is X's."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Harbour Ledger": ORG,
    "Tindale Institute": ORG,
    "Norland": COUNTRY,
    "Veskia": COUNTRY,
    "Ostrava Instruments": ORG,
}


def sources(claims: list[Claim], names: dict[str, str]) -> set[str | None]:
    return {role(names, a.source) for c in by_type(claims, "transfer") for a in c.attribution}


def test_the_officials_are_the_officials_described_before(run: Run) -> None:
    claims, names = run(
        "Three senior officials in Brussels briefed journalists on Monday.\n\n"
        "According to the officials, Norland has shipped mortar rounds to Veskia.",
        NAMES,
    )
    assert sources(claims, names) == {"Three senior officials in Brussels"}


def test_the_same_report_is_the_outlet_that_published_it(run: Run) -> None:
    claims, names = run(
        "A Harbour Ledger report last week described a new assembly line.\n\n"
        "According to the same report, Norland has shipped mortar rounds to Veskia.",
        NAMES,
    )
    assert sources(claims, names) == {"Harbour Ledger"}


def test_the_newspaper_is_the_outlet_that_reported_before(run: Run) -> None:
    claims, names = run(
        "The Harbour Ledger reported the figures on Tuesday.\n\n"
        "The newspaper said Norland had shipped mortar rounds to Veskia.",
        NAMES,
    )
    assert sources(claims, names) == {"Harbour Ledger"}


def test_figures_published_by_a_body_are_that_bodys(run: Run) -> None:
    claims, names = run(
        "According to figures published this month by the Tindale Institute, Norland "
        "shipped mortar rounds to Veskia.",
        NAMES,
    )
    assert sources(claims, names) == {"Tindale Institute"}


def test_the_officials_with_nothing_before_keep_their_words(run: Run) -> None:
    claims, names = run(
        "According to the officials, Norland has shipped mortar rounds to Veskia.", NAMES
    )
    assert sources(claims, names) == {"the officials"}
