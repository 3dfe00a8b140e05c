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


def test_the_rest_by_other_makers_is_a_gapped_passive(run: Run) -> None:
    claims, names = run(
        "A Condor crashed near the coast. Experts who examined it found 12 chips of foreign "
        "origin. Three of them were made by Vantor, a firm based in Lyon, and the rest by "
        "makers including Helix Arms.",
        NAMES,
    )
    made = {(role(names, c.subject), c.item) for c in by_type(claims, "production")}
    assert made == {("Vantor", "chips"), ("Helix Arms", "chips")}


def test_a_by_phrase_of_another_verb_adds_no_maker(run: Run) -> None:
    claims, names = run("The Condor was designed by Vantor and built by Helix Arms.", NAMES)
    made = {(role(names, c.subject), c.item) for c in by_type(claims, "production")}
    assert made == {("Helix Arms", "Condor")}


def test_makers_of_the_rest_do_not_take_the_count_of_the_first(run: Run) -> None:
    claims, names = run(
        "A Condor crashed near the coast. Experts who examined it found 16 components of "
        "foreign origin. Two of them were made by Vantor, and the rest by suppliers "
        "including Helix Arms.",
        NAMES,
    )
    counts = {
        (c.type.value, role(names, c.subject)): c.quantity
        for c in claims
        if c.type.value in ("production", "component")
    }
    assert counts[("production", "Vantor")] == 2
    assert counts[("production", "Helix Arms")] is None
    assert counts[("component", "Helix Arms")] is None
