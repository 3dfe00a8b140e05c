"""Gerunds under a penalty: the party penalised did the supplying ("sanctioned X, a
dealer, for shipping", "indicted on charges of exporting", "added X to its list for")."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Canada": COUNTRY,
    "Russia": COUNTRY,
    "Iran": COUNTRY,
    "Libya": COUNTRY,
    "Polar Link": ORG,
    "Kestrel Systems": ORG,
}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_apposed_object_of_sanction_supplies(run: Run) -> None:
    text = (
        "Canada sanctioned Polar Link, a Tallinn freight broker, for shipping drone "
        "engines to Iran."
    )
    assert _roles(run, text) == [("Polar Link", "Iran", "drone engines")]


def test_passive_subject_through_charges_noun(run: Run) -> None:
    text = "Kestrel Systems was indicted on charges of exporting radar parts to Russia."
    assert _roles(run, text) == [("Kestrel Systems", "Russia", "radar parts")]


def test_subject_of_face_charges(run: Run) -> None:
    text = "Kestrel Systems faces charges of selling night-vision goggles to Libya."
    assert _roles(run, text) == [("Kestrel Systems", "Libya", "night-vision goggles")]


def test_object_added_to_a_list(run: Run) -> None:
    text = "Canada added Polar Link to its list for allegedly supplying drone engines to Russia."
    assert _roles(run, text) == [("Polar Link", "Russia", "drone engines")]


def test_verb_of_no_penalty_lends_no_supplier(run: Run) -> None:
    text = "Canada questioned the wisdom of sending howitzers to Libya."
    assert "Canada" not in [s for s, _, _ in _roles(run, text)]


def test_penaliser_is_never_the_supplier(run: Run) -> None:
    text = (
        "Among those listed was a mapping contractor, which Canada had sanctioned in 2022 "
        "for selling aerial photographs to Libya."
    )
    assert "Canada" not in [s for s, _, _ in _roles(run, text)]


def test_perfect_participle_of_penalty_takes_main_subject(run: Run) -> None:
    text = (
        "Polar Link was already under sanctions, having been designated in 2023 for "
        "providing drone engines to Iran."
    )
    assert _roles(run, text) == [("Polar Link", "Iran", "drone engines")]
