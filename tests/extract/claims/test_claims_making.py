"""Production and development rules: voice, agent nouns, coordination, anaphora."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, PLACE, WEAPON, Run, by_type, role

NAMES = {
    "Kupol": ORG,
    "Izhevsk": PLACE,
    "China": COUNTRY,
    "Garpiya-3": WEAPON,
    "Alabuga": ORG,
    "Orlan-10": WEAPON,
    "STC": ORG,
}


def test_built_by_passive(run: Run) -> None:
    claims, names = run("The Orlan-10 is built by STC.", NAMES)
    (c,) = by_type(claims, "production")
    assert (role(names, c.subject), c.item) == ("STC", "Orlan-10")


def test_coordinated_verbs_give_both_types_with_location(run: Run) -> None:
    claims, names = run("Kupol developed and flight-tested the Garpiya-3 in China.", NAMES)
    dev = by_type(claims, "development")
    assert dev and all(role(names, c.subject) == "Kupol" for c in dev)
    assert {c.item for c in dev} == {"Garpiya-3"}
    assert role(names, dev[0].location) == "China"


def test_company_in_next_sentence_points_at_antecedent(run: Run) -> None:
    claims, names = run("Kupol is based in Izhevsk. The company produces drones.", NAMES)
    (c,) = by_type(claims, "production")
    assert role(names, c.subject) == "Kupol"
    assert c.item == "drones"


def test_made_adjective_is_no_production_claim(run: Run) -> None:
    claims, _ = run("China-made drones were seen over Izhevsk.", NAMES)
    assert by_type(claims, "production") == []


def test_non_military_object_is_no_claim(run: Run) -> None:
    claims, _ = run("Alabuga built strong ties with local universities.", NAMES)
    assert by_type(claims, "production") == []


def test_kind_of_maker_alone_is_no_claim(run: Run) -> None:
    claims, _ = run("Turkish drone maker Alabuga has won approval to buy a factory.", NAMES)
    assert by_type(claims, "production") == []


def test_maker_of_an_item_is_a_claim(run: Run) -> None:
    claims, names = run("Kupol, a maker of drones, is based in Izhevsk.", NAMES)
    (c,) = by_type(claims, "production")
    assert (role(names, c.subject), c.item) == ("Kupol", "drones")
