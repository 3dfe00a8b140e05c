"""Ownership rules: apposition, passive participle, state-owned, negation."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, PLACE, WEAPON, Run, by_type, role

NAMES = {"Kupol": ORG, "Almaz-Antey": ORG, "Rostec": ORG, "Russian": COUNTRY, "Vektor": ORG}


def test_apposition_subsidiary_of(run: Run) -> None:
    claims, names = run("Kupol, a subsidiary of Almaz-Antey, makes air defence radars.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Kupol", "Almaz-Antey")
    assert c.item is None and c.time is None


def test_owned_by_passive(run: Run) -> None:
    claims, names = run("Vektor is majority-owned by Rostec.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Vektor", "Rostec")


def test_state_owned_names_the_state(run: Run) -> None:
    claims, names = run("The order went to the Russian state-owned company Rostec.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Rostec", "Russian")


def test_not_part_of_is_no_ownership(run: Run) -> None:
    claims, _ = run("Almaz-Antey is not part of Rostec.", NAMES)
    assert by_type(claims, "ownership") == []


def test_percentage_owners_each_get_a_claim(run: Run) -> None:
    names_ = {**NAMES, "Tatarstan": COUNTRY}
    claims, names = run(
        "Vektor is 66 per cent owned by Rostec and 34 per cent by Tatarstan.", names_
    )
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}
    assert pairs == {("Vektor", "Rostec"), ("Vektor", "Tatarstan")}


def test_bought_a_stake_in(run: Run) -> None:
    claims, names = run("In 2015 Rostec bought a controlling stake in Vektor.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object)) == ("Vektor", "Rostec")
    assert by_type(claims, "transfer") == []


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_joint_venture_is_owned_by_each_partner(run: Run) -> None:
    names_ = {**NAMES, "Delta Systems": ORG}
    claims, names = run(
        "Delta Systems, a joint venture of Rostec and Vektor, builds radars.", names_
    )
    assert _pairs(claims, names) == {("Delta Systems", "Rostec"), ("Delta Systems", "Vektor")}


def test_parent_company_named_after_a_possessive(run: Run) -> None:
    text = "Kupol has doubled its output of radars, its parent company Almaz-Antey said."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Kupol", "Almaz-Antey")}


def test_which_in_turn_sits_under(run: Run) -> None:
    claims, names = run("Kupol is a subsidiary of Vektor, which in turn sits under Rostec.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Vektor"), ("Vektor", "Rostec")}


def test_sitting_under_sanctions_is_no_ownership(run: Run) -> None:
    claims, _ = run("Kupol now sits under heavy sanctions.", NAMES)
    assert by_type(claims, "ownership") == []


def test_the_named_group_wins_over_an_earlier_one(run: Run) -> None:
    text = "Rostec reported higher sales. Kupol is part of the Almaz-Antey group."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Kupol", "Almaz-Antey")}


def test_affiliated_with_read_as_a_passive(run: Run) -> None:
    claims, names = run("Officials said Kupol is affiliated with Rostec.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_majority_owned_in_a_relative_clause(run: Run) -> None:
    text = "Kupol, which is majority owned by the Russian state, declined to comment."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Kupol", "Russian")}


def test_in_which_a_holder_keeps_a_stake(run: Run) -> None:
    claims, names = run("Vektor, in which Rostec holds a blocking stake, makes radars.", NAMES)
    assert _pairs(claims, names) == {("Vektor", "Rostec")}


def test_maker_within_a_group(run: Run) -> None:
    claims, names = run("Kupol, the radar maker within the Rostec group, grew fast.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_singular_apposition_after_a_coordination_describes_the_last(run: Run) -> None:
    claims, names = run("Vektor and Kupol, another Rostec holding, make radars.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_state_owned_producers_such_as(run: Run) -> None:
    names_ = {**NAMES, "Serbia": COUNTRY}
    text = "Serbia's industry includes state-owned producers such as Kupol and Vektor."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Kupol", "Serbia"), ("Vektor", "Serbia")}


def test_its_subsidiary_after_a_coordination_is_the_first_conjuncts(run: Run) -> None:
    names_ = {**NAMES, "OFAC": ORG}
    claims, names = run("OFAC has designated Rostec and its subsidiary Vektor.", names_)
    assert _pairs(claims, names) == {("Vektor", "Rostec")}


def test_possessive_on_the_name_after_subsidiary(run: Run) -> None:
    claims, names = run("Rostec's subsidiary Vektor is the sole exporter of the radar.", NAMES)
    assert _pairs(claims, names) == {("Vektor", "Rostec")}


def test_which_is_in_turn_owned_by(run: Run) -> None:
    text = "Kupol is part of Vektor, which is in turn owned by Rostec."
    claims, names = run(text, NAMES)
    assert ("Vektor", "Rostec") in _pairs(claims, names)


def test_subsidiaries_include(run: Run) -> None:
    claims, names = run("Rostec's subsidiaries include Kupol and Vektor.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec"), ("Vektor", "Rostec")}


def test_state_owned_is_not_read_twice_as_a_state_noun(run: Run) -> None:
    names_ = {**NAMES, "Russia": COUNTRY}
    claims, names = run("Vektor, Russia's state-owned arms exporter, signed the deal.", names_)
    assert _pairs(claims, names) == {("Vektor", "Russia")}


def test_a_company_controlled_by_a_person(run: Run) -> None:
    names_ = {**NAMES, "Ivan Petrov": PERSON}
    claims, names = run("Vektor is a trading company controlled by Ivan Petrov.", names_)
    assert _pairs(claims, names) == {("Vektor", "Ivan Petrov")}


def test_absorbed_by(run: Run) -> None:
    claims, names = run("The radar was designed by Kupol, a firm later absorbed by Rostec.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_goods_bought_by_a_firm_are_no_ownership(run: Run) -> None:
    names_ = {**NAMES, "S-400": WEAPON}
    claims, _ = run("The S-400 was bought by Rostec in 2019.", names_)
    assert by_type(claims, "ownership") == []


def test_buying_a_named_firm_is_dated_ownership(run: Run) -> None:
    claims, names = run("Rostec bought the radar maker Kupol in 2021.", NAMES)
    (c,) = by_type(claims, "ownership")
    assert (role(names, c.subject), role(names, c.object), c.time) == ("Kupol", "Rostec", "2021")


def test_agreeing_to_acquire_a_firm(run: Run) -> None:
    claims, names = run("Rostec agreed in March to acquire Vektor.", NAMES)
    assert _pairs(claims, names) == {("Vektor", "Rostec")}


def test_buying_weapons_is_no_ownership(run: Run) -> None:
    names_ = {**NAMES, "S-400": WEAPON}
    claims, _ = run("Rostec bought the S-400 in 2021.", names_)
    assert by_type(claims, "ownership") == []


def test_largest_shareholder_is(run: Run) -> None:
    text = "Kupol builds radars. Its largest shareholder is Rostec, a state group."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_majority_owner_of(run: Run) -> None:
    claims, names = run("Rostec is the majority owner of Kupol.", NAMES)
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_part_of_after_a_place_describes_the_plant(run: Run) -> None:
    names_ = {**NAMES, "Izhevsk": PLACE}
    claims, names = run(
        "The drones come from Kupol in Izhevsk, a part of the Rostec group.", names_
    )
    assert _pairs(claims, names) == {("Kupol", "Rostec")}


def test_controlled_through_a_holding_by_an_owner(run: Run) -> None:
    names_ = {**NAMES, "Ivan Petrov": PERSON}
    text = "Kupol has been controlled since 2021 through Vektor, a shell company, by Ivan Petrov."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Kupol", "Vektor"), ("Vektor", "Ivan Petrov")}
