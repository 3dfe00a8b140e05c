"""Reduced participial relatives with inverse verbs: "drones bought from X" inside a
sentence whose subject (or a possessor) holds the drones."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Chile": COUNTRY,
    "Peru": COUNTRY,
    "Brazil": COUNTRY,
    "France": COUNTRY,
    "Norway": COUNTRY,
    "Embraer": ORG,
}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_subject_of_operating_verb_is_buyer(run: Run) -> None:
    assert _roles(run, "Peru operates transport helicopters bought from France.") == [
        ("France", "Peru", "transport helicopters")
    ]


def test_possessor_of_use_is_buyer(run: Run) -> None:
    assert _roles(run, "Chile's use of attack drones bought from Embraer drew protests.") == [
        ("Embraer", "Chile", "attack drones")
    ]


def test_relies_on_names_buyer_through_preposition(run: Run) -> None:
    assert _roles(run, "Chile's navy relies on submarines bought from France.") == [
        ("France", "Chile", "submarines")
    ]


def test_measure_noun_between_verb_and_thing(run: Run) -> None:
    assert _roles(run, "Peru operates a number of radars bought from France.") == [
        ("France", "Peru", "radars")
    ]


def test_listed_sellers_make_one_claim_each(run: Run) -> None:
    assert _roles(run, "Chile flies fighter jets bought from France and Brazil.") == [
        ("Brazil", "Chile", "fighter jets"),
        ("France", "Chile", "fighter jets"),
    ]


def test_separate_from_phrases_keep_their_own_items(run: Run) -> None:
    got = _roles(run, "Peru has received fighter jets from France and frigates from Norway.")
    assert ("Norway", "Peru", "fighter jets") not in got
    assert ("France", "Peru", "frigates") not in got


def test_verb_that_is_no_holding_names_no_buyer(run: Run) -> None:
    assert _roles(run, "Peru destroyed tanks bought from Brazil.") == []
