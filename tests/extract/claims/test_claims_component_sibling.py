"""Component rules: "their guns come from X" after a clause whose subject is the weapon."""

from __future__ import annotations

from tests.extract.claims.conftest import ORG, WEAPON, Run, by_type, role

NAMES = {"Vantor": ORG, "Helix Arms": ORG, "Borealis Group": ORG, "Condor": WEAPON}


def test_their_part_is_the_coordinated_subjects(run: Run) -> None:
    claims, names = run(
        "The howitzers are built by Vantor, part of Borealis Group, and their barrels and "
        "engines come from Helix Arms.",
        NAMES,
    )
    got = {(role(names, c.subject), c.item, c.used_in) for c in by_type(claims, "component")}
    assert ("Helix Arms", "engines", "howitzers") in got


def test_a_weapons_own_gun_is_a_part_of_it(run: Run) -> None:
    claims, names = run(
        "The tanks are built by Vantor, and their smoothbore guns come from Helix Arms.", NAMES
    )
    got = {(role(names, c.subject), c.item) for c in by_type(claims, "component")}
    assert got == {("Helix Arms", "smoothbore guns")}


def test_a_whole_weapon_coming_from_a_firm_is_no_component(run: Run) -> None:
    claims, _ = run("The Condor drones come from Vantor.", NAMES)
    assert by_type(claims, "component") == []
