"""Transfer suppliers read off nationality words: "received Iranian drones", "Chinese
firms sold", "Brazilian trucks arrived" (transfer_origin), and kinds of weapons as items."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Iran": COUNTRY,
    "Syria": COUNTRY,
    "India": COUNTRY,
    "Armenia": COUNTRY,
    "Brazil": COUNTRY,
    "Chile": COUNTRY,
    "Japan": COUNTRY,
    "Belarus": COUNTRY,
    "North Korea": COUNTRY,
    "Laos": COUNTRY,
    "Vektor": ORG,
}


def _roles(run: Run, text: str) -> set[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return {
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    }


def test_nationality_of_received_item_names_the_supplier(run: Run) -> None:
    got = _roles(run, "Iran denies any role. Syria has received Iranian drones, officials said.")
    assert ("Iran", "Syria", "drones") in got


def test_two_word_nationality_is_one_country(run: Run) -> None:
    got = _roles(run, "North Korea is under sanctions. Laos bought North Korean rifles in 2021.")
    assert ("North Korea", "Laos", "rifles") in got


def test_nationality_without_a_named_country_leaves_supplier_unknown(run: Run) -> None:
    got = _roles(run, "Syria has received Iranian drones, officials said.")
    assert got == {(None, "Syria", "drones")}


def test_own_nationality_is_no_supplier(run: Run) -> None:
    got = _roles(run, "Syria has received Syrian-built trucks from Vektor.")
    assert ("Vektor", "Syria", "trucks") in got
    assert all(subject != "Syria" for subject, _, _ in got)


def test_nationality_of_party_noun_names_the_supplier(run: Run) -> None:
    got = _roles(run, "India says trade is legal. Indian companies sold radars to Armenia.")
    assert ("India", "Armenia", "radars") in got


def test_nationality_of_from_party_names_the_supplier(run: Run) -> None:
    got = _roles(run, "Japan is a big exporter. Belarus bought machine tools from Japanese firms.")
    assert ("Japan", "Belarus", "machine tools") in got


def test_nationality_on_arrival_names_the_supplier(run: Run) -> None:
    text = "Brazil agreed the sale in March. The first Brazilian trucks arrived in Chile in May."
    assert ("Brazil", "Chile", "trucks") in _roles(run, text)


def test_routing_party_is_not_the_maker(run: Run) -> None:
    got = _roles(run, "Japan tightened controls. Traders routed Japanese chips to Belarus.")
    assert ("Japan", "Belarus", "chips") not in got


def test_kind_of_weapons_is_an_item(run: Run) -> None:
    got = _roles(run, "Vektor has delivered artillery rounds and anti-tank weapons to Armenia.")
    assert ("Vektor", "Armenia", "anti-tank weapons") in got
    assert ("Vektor", "Armenia", "artillery rounds") in got


def test_bare_weapons_is_no_item(run: Run) -> None:
    assert _roles(run, "Vektor has delivered weapons to Armenia.") == set()


def test_maker_in_participle_is_the_supplier(run: Run) -> None:
    got = _roles(run, "Armenia has bought air surveillance radars made by Vektor.")
    assert ("Vektor", "Armenia", "air surveillance radars") in got


def test_maker_beats_nationality(run: Run) -> None:
    text = "Japan approved it. Armenia has bought Japanese radars built by Vektor."
    assert ("Vektor", "Armenia", "radars") in _roles(run, text)


def test_source_of_what_was_imported_came_from(run: Run) -> None:
    got = _roles(run, "Most of the machine tools Belarus imported last year came from Japan.")
    assert ("Japan", "Belarus", "machine tools") in got


def test_source_of_what_was_bought_was_nationality(run: Run) -> None:
    text = "India denies it. Nearly half of the radars Armenia bought in 2023 were Indian."
    assert ("India", "Armenia", "radars") in _roles(run, text)


def test_relative_clause_without_a_source_leaves_supplier_unknown(run: Run) -> None:
    got = _roles(run, "Most of the machine tools Belarus imported last year were expensive.")
    assert got == {(None, "Belarus", "machine tools")}


def test_the_north_is_north_korea_once_named(run: Run) -> None:
    text = "North Korea denies it. Officials believe the North has shipped rifles to Laos."
    assert ("North Korea", "Laos", "rifles") in _roles(run, text)


def test_the_north_before_any_country_is_unknown(run: Run) -> None:
    got = _roles(
        run, "Officials believe the North has shipped rifles to Laos. North Korea denies it."
    )
    assert got == {(None, "Laos", "rifles")}


def test_who_fires_what_another_supplied_received_it(run: Run) -> None:
    text = "Laos has fired around 20 rockets supplied by North Korea since last year."
    assert ("North Korea", "Laos", "rockets") in _roles(run, text)


def test_supplied_thing_not_used_by_anyone_has_no_recipient_from_use(run: Run) -> None:
    text = "Laos praised the rockets supplied by North Korea."
    assert ("North Korea", "Laos", "rockets") not in _roles(run, text)
