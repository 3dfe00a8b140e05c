"""Component rules read where a weapon or a part is made: a part of a named weapon made
by X, and a weapon made "with parts made by Y"."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import ORG, WEAPON, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Borealis Group": ORG,
    "Kestrel Optics": ORG,
    "Condor": WEAPON,
    "Falcon-9X": WEAPON,
}


def _parts(
    claims: list[Claim], names: dict[str, str]
) -> set[tuple[str | None, str | None, str | None]]:
    return {
        (role(names, c.subject), c.item, role(names, c.used_in))
        for c in by_type(claims, "component")
    }


def test_part_for_a_named_weapon_is_a_component_of_it(run: Run) -> None:
    claims, names = run("Vantor makes the engines for the Condor fighter.", NAMES)
    assert _parts(claims, names) == {("Vantor", "engines", "Condor")}
    assert {c.item for c in by_type(claims, "production")} == {"engines"}


def test_part_powering_a_named_weapon(run: Run) -> None:
    claims, names = run("The engines powering the Condor drones are built by Helix Arms.", NAMES)
    assert _parts(claims, names) == {("Helix Arms", "engines", "Condor")}


def test_part_for_something_else_is_no_component(run: Run) -> None:
    claims, _names = run(
        "Vantor makes engines for ships, including the turbine that powers the Condor.", NAMES
    )
    assert by_type(claims, "component") == []


def test_weapon_made_with_parts_made_by_a_firm(run: Run) -> None:
    claims, names = run(
        "The Falcon-9X is produced by Vantor, with parts made by Kestrel Optics.", NAMES
    )
    assert _parts(claims, names) == {("Kestrel Optics", "parts", "Falcon-9X")}


def test_weapon_made_with_parts_from_listed_suppliers(run: Run) -> None:
    claims, names = run(
        "The Falcon-9X is built by Vantor, with parts from local suppliers including "
        "Helix Arms and Borealis Group.",
        NAMES,
    )
    assert _parts(claims, names) == {
        ("Helix Arms", "parts", "Falcon-9X"),
        ("Borealis Group", "parts", "Falcon-9X"),
    }


def test_with_a_part_of_no_named_maker_is_no_component(run: Run) -> None:
    claims, _names = run("The Falcon-9X is built by Vantor, with engine work shared abroad.", NAMES)
    assert by_type(claims, "component") == []


def test_to_be_built_takes_the_subject_of_the_governing_verb(run: Run) -> None:
    claims, names = run("The first Condor jets are to be built by Helix Arms.", NAMES)
    assert {(role(names, c.subject), c.item) for c in by_type(claims, "production")} == {
        ("Helix Arms", "Condor jets")
    }


def test_made_under_licence_by_a_firm(run: Run) -> None:
    claims, names = run(
        "The Condor entered service in May. The jet's engines are made under licence by "
        "Helix Arms.",
        NAMES,
    )
    assert {(role(names, c.subject), c.item) for c in by_type(claims, "production")} == {
        ("Helix Arms", "engines")
    }
    assert _parts(claims, names) == {("Helix Arms", "engines", "Condor")}
