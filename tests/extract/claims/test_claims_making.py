"""Production and development rules: voice, agent nouns, coordination, anaphora."""

from __future__ import annotations

from armstrace.model import Claim, EntityType

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


MAKERS = {
    "Rotor Works": ORG,
    "Vortec": ORG,
    "Helix Labs": ORG,
    "Delta Arms": ORG,
    "Zeta Forge": ORG,
    "Orion Defence": ORG,
    "Nordic Ordnance": ORG,
    "Lumen": ORG,
    "Arvik": ORG,
    "Borel": ORG,
    "Council": ORG,
    "Washington": COUNTRY,
    "Iran": COUNTRY,
    "Falcon-7": WEAPON,
    "Sparrow": WEAPON,
    "Kestrel": WEAPON,
}


def _pairs(claims: list[Claim], kind: str, names: dict[str, str]) -> set[tuple[str | None, str]]:
    return {(role(names, c.subject), c.item or "") for c in by_type(claims, kind)}


def test_role_adjective_with_coordinated_gerunds_gives_both_kinds(run: Run) -> None:
    text = (
        "The agency designated Rotor Works, which it described as responsible for developing "
        "and assembling the Falcon-7 drones flown by the navy."
    )
    claims, names = run(text, MAKERS)
    assert {s for s, _ in _pairs(claims, "development", names)} == {"Rotor Works"}
    assert {s for s, _ in _pairs(claims, "production", names)} == {"Rotor Works"}


def test_the_one_who_says_is_not_the_maker(run: Run) -> None:
    text = "Washington imposed sanctions on the Iranian firm it says designs and builds drones."
    claims, names = run(text, MAKERS)
    assert "Washington" not in {s for s, _ in _pairs(claims, "production", names)}


def test_second_passive_participle_names_its_own_maker(run: Run) -> None:
    text = "Their engines were designed by Helix Labs and built by Vortec, the officials said."
    claims, names = run(text, MAKERS)
    assert _pairs(claims, "production", names) == {("Vortec", "engines")}
    assert _pairs(claims, "development", names) == {("Helix Labs", "engines")}


def test_makers_listed_after_including(run: Run) -> None:
    text = (
        "The Sparrow launcher, developed by Orion Defence and manufactured by companies "
        "including Delta Arms and Zeta Forge, was sold abroad."
    )
    claims, names = run(text, MAKERS)
    assert {s for s, _ in _pairs(claims, "production", names)} == {"Delta Arms", "Zeta Forge"}
    assert {s for s, _ in _pairs(claims, "development", names)} == {"Orion Defence"}


def test_purpose_clause_takes_the_subject_of_its_verb(run: Run) -> None:
    text = "Iran has set up a programme to develop and produce attack drones."
    claims, names = run(text, MAKERS)
    assert _pairs(claims, "production", names) == {("Iran", "attack drones")}
    assert _pairs(claims, "development", names) == {("Iran", "attack drones")}


def test_an_unnamed_joint_venture_names_no_maker(run: Run) -> None:
    text = "Lumen and Arvik launched a joint venture to build more than 1,000 armoured vehicles."
    claims, _ = run(text, MAKERS)
    assert by_type(claims, "production") == []


def test_object_of_hire_is_the_one_who_builds(run: Run) -> None:
    claims, names = run("Arvik hired Borel to build the new tanks.", MAKERS)
    assert {s for s, _ in _pairs(claims, "production", names)} == {"Borel"}


def test_company_involved_in_development_and_production(run: Run) -> None:
    text = (
        "Nordic Ordnance, a company involved in the design, development and manufacture of "
        "rockets for the navy, was listed."
    )
    claims, names = run(text, MAKERS)
    assert _pairs(claims, "production", names) == {("Nordic Ordnance", "rockets")}
    assert _pairs(claims, "development", names) == {("Nordic Ordnance", "rockets")}


def test_pronoun_in_a_saying_clause_is_the_listed_target(run: Run) -> None:
    text = (
        "The Council also listed Rotor Works, saying that it was responsible for the "
        "development of the Kestrel drones."
    )
    claims, names = run(text, MAKERS)
    assert {s for s, _ in _pairs(claims, "development", names)} == {"Rotor Works"}


def test_building_a_factory_is_no_production_of_it(run: Run) -> None:
    claims, _ = run("Arvik said it would build a shell factory near the border.", MAKERS)
    assert by_type(claims, "production") == []


def test_the_weapons_maker_named_by_possessive(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON, "Volga Plant": ORG, "L550": EntityType.GOODS}
    text = (
        "The Tern-4 was shown in May. It used an L550 engine. In June the Council listed "
        "Arvik and the drone's maker, Volga Plant, accusing them of cooperating."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, "production", names) == {("Volga Plant", "Tern-4")}


def test_maker_whose_named_weapon(run: Run) -> None:
    text = "Kestrel Aero, the drone maker whose Falcon-7 became famous, has begun a new project."
    claims, names = run(text, {**MAKERS, "Kestrel Aero": ORG})
    assert _pairs(claims, "production", names) == {("Kestrel Aero", "Falcon-7")}


def test_group_named_by_its_compound_is_not_an_antecedent(run: Run) -> None:
    names_ = {**MAKERS, "Kupol": ORG, "Almaz-Antey": ORG, "Embassy Row": ORG}
    text = (
        "Kupol opened an office beside Embassy Row. It is part of the Almaz-Antey group, "
        "which also makes air defence systems."
    )
    claims, names = run(text, names_)
    assert {s for s, _ in _pairs(claims, "production", names)} == {"Almaz-Antey"}


def test_named_family_of_weapons_is_one_item(run: Run) -> None:
    names_ = {**MAKERS, "Kama Works": ORG}
    text = "The Kama Works, which builds the Sparrow family of short-range rockets, was struck."
    claims, names = run(text, names_)
    assert _pairs(claims, "production", names) == {
        ("Kama Works", "Sparrow family of short-range rockets")
    }


def test_partitive_them_is_the_weapon_named_before(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON}
    text = "The Tern-4 is a cruise missile. Iran built roughly 300 of them in 2023."
    claims, names = run(text, names_)
    (c,) = by_type(claims, "production")
    assert (role(names, c.subject), c.item, c.quantity) == ("Iran", "Tern-4", 300)


def test_partitive_them_after_a_firm_is_no_weapon(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON}
    text = "The Tern-4 uses parts from Vortec. Iran built roughly 300 of them in 2023."
    claims, _ = run(text, names_)
    assert by_type(claims, "production") == []


def test_able_to_make_takes_the_subject(run: Run) -> None:
    claims, names = run("Iran is increasingly able to make its own cruise missiles.", MAKERS)
    assert _pairs(claims, "production", names) == {("Iran", "cruise missiles")}


def test_described_weapon_after_a_comma_is_the_item(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON, "Vantor Group": ORG}
    text = (  # the parser hangs "a ... munition" off "done", not off the name
        "Few weapons have done as much damage as the Tern-4 (Терн), a small loitering "
        "munition built by Vantor Group."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, "production", names) == {("Vantor Group", "Tern-4")}


def test_partner_named_with_together_makes_too(run: Run) -> None:
    text = "Lumen develops the Sparrow missile together with Arvik."
    claims, names = run(text, MAKERS)
    assert {s for s, _ in _pairs(claims, "development", names)} == {"Lumen", "Arvik"}


def test_with_parts_or_help_adds_no_maker(run: Run) -> None:
    claims, names = run("Arvik builds drones with Chinese parts and Iran's help.", MAKERS)
    assert {s for s, _ in _pairs(claims, "production", names)} == {"Arvik"}


def test_second_passive_with_its_own_subject_keeps_its_item(run: Run) -> None:
    text = (
        "The Sparrow was designed by Lumen for mountain warfare, and its engines are "
        "produced by Vortec together with Arvik."
    )
    claims, names = run(text, MAKERS)
    assert ("Vortec", "Sparrow") not in _pairs(claims, "production", names)
    assert ("Arvik", "Sparrow") not in _pairs(claims, "production", names)


def test_named_weapon_with_coordinated_roles_is_one_item(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON, "Vantor Group": ORG}
    text = (
        "Vantor Group, a subsidiary of Arvik, builds the Tern-4 patrol and strike drone, "
        "which Iran has also bought."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, "production", names) == {("Vantor Group", "Tern-4")}


def test_named_items_and_other_items_stay_apart(run: Run) -> None:
    names_ = {**MAKERS, "Tern-4": WEAPON, "Vantor Group": ORG}
    claims, names = run("Vantor Group builds Tern-4 drones and artillery shells.", names_)
    assert _pairs(claims, "production", names) == {
        ("Vantor Group", "Tern-4 drones"),
        ("Vantor Group", "artillery shells"),
    }


def test_named_place_of_its_plant_is_the_location(run: Run) -> None:
    names_ = {**MAKERS, "Kazan": PLACE, "Yelabuga": PLACE}
    text = "Vortec is based in Kazan. Arvik builds drones at its plant in Yelabuga."
    claims, names = run(text, names_)
    (c,) = by_type(claims, "production")
    assert (role(names, c.subject), role(names, c.location)) == ("Arvik", "Yelabuga")
