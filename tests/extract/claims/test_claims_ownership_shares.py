"""Ownership rules: a share named in a side clause ("with B owning the rest")."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Borealis Group": ORG,
    "Kestrel Holdings": ORG,
    "Sweden": COUNTRY,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_with_clause_owner_owns_the_company_of_the_main_clause(run: Run) -> None:
    claims, names = run(
        "Vantor will hold 60 percent of Helix Arms, with Borealis Group owning the rest.", NAMES
    )
    assert _pairs(claims, names) == {("Helix Arms", "Vantor"), ("Helix Arms", "Borealis Group")}


def test_with_clause_after_passive_owned_by(run: Run) -> None:
    claims, names = run(
        "Helix Arms is majority owned by Sweden, with Kestrel Holdings holding about a quarter.",
        NAMES,
    )
    assert _pairs(claims, names) == {("Helix Arms", "Sweden"), ("Helix Arms", "Kestrel Holdings")}


def test_gapped_second_owner_owns_too_and_is_not_owned(run: Run) -> None:
    claims, names = run(
        "Vantor holds a 51 percent stake in Helix Arms, with Borealis Group owning 30 percent "
        "and Kestrel Holdings the remainder.",
        NAMES,
    )
    assert _pairs(claims, names) == {
        ("Helix Arms", "Vantor"),
        ("Helix Arms", "Borealis Group"),
        ("Helix Arms", "Kestrel Holdings"),
    }


def test_while_clause_owner(run: Run) -> None:
    claims, names = run(
        "Helix Arms is majority owned by Vantor, while Borealis Group owns the other 40 percent.",
        NAMES,
    )
    assert ("Helix Arms", "Borealis Group") in _pairs(claims, names)


def test_a_fraction_of_a_named_company(run: Run) -> None:
    claims, names = run("Kestrel Holdings owns a third of Helix Arms.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Kestrel Holdings")}


def test_with_clause_owning_goods_is_no_ownership(run: Run) -> None:
    claims, names = run(
        "Vantor makes rifles for Sweden, with Borealis Group owning the rest of the market.",
        NAMES,
    )
    assert _pairs(claims, names) == set()


def test_share_plus_one_share_owned_by(run: Run) -> None:
    claims, names = run("Helix Arms is 50 per cent plus a single share owned by Vantor.", NAMES)
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}


def test_the_rest_belongs_to_investors_led_by_a_named_owner(run: Run) -> None:
    names_ = {**NAMES, "Anton Belov": PERSON}
    claims, names = run(
        "Helix Arms is majority owned by Vantor, while the remainder belongs to outside "
        "shareholders led by Anton Belov.",
        names_,
    )
    assert _pairs(claims, names) == {("Helix Arms", "Vantor"), ("Helix Arms", "Anton Belov")}


def test_the_rest_belonging_to_unnamed_investors_names_no_owner(run: Run) -> None:
    claims, names = run(
        "Helix Arms is majority owned by Vantor, while the remainder belongs to outside "
        "shareholders.",
        NAMES,
    )
    assert _pairs(claims, names) == {("Helix Arms", "Vantor")}
