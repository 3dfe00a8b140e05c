"""Production rules: "N of them" stands for the parts counted just before, or for the
weapon named before when no parts were counted since."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {"Vantor": ORG, "Helix Arms": ORG, "Condor": WEAPON, "Chile": COUNTRY}


def test_them_after_counted_parts_are_the_parts(run: Run) -> None:
    claims, names = run(
        "A Condor crashed near the coast. Experts who examined it found 16 components of "
        "foreign origin. Two of them were made by Vantor.",
        NAMES,
    )
    made = {(role(names, c.subject), c.item) for c in by_type(claims, "production")}
    assert made == {("Vantor", "components")}
    parts = {
        (role(names, c.subject), c.item, role(names, c.used_in))
        for c in by_type(claims, "component")
    }
    assert ("Vantor", "components", "Condor") in parts


def test_them_after_a_weapon_with_a_country_between_is_the_weapon(run: Run) -> None:
    claims, names = run(
        "The Condor is a new cruise missile. Officials in Chile say it is accurate. Vantor "
        "built about 40 of them last year.",
        NAMES,
    )
    made = {(role(names, c.subject), c.item) for c in by_type(claims, "production")}
    assert made == {("Vantor", "Condor")}
