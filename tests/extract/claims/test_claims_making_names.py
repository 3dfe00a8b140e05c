"""Production and development items: a named weapon with several describing words
before its head is reported by its name and head."""

from __future__ import annotations

from tests.extract.claims.conftest import ORG, WEAPON, Run, by_type, role

NAMES = {"Vantor": ORG, "Kestrel-7 Vega": WEAPON, "Condor": WEAPON}


def test_long_description_of_a_named_weapon_is_shortened(run: Run) -> None:
    claims, names = run(
        "The best known is the Kestrel-7 Vega long-range coastal defence system, designed by "
        "Vantor.",
        NAMES,
    )
    (c,) = by_type(claims, "development")
    assert (role(names, c.subject), c.item) == ("Vantor", "Kestrel-7 Vega system")


def test_one_describing_word_is_kept(run: Run) -> None:
    claims, _names = run("Vantor makes the Condor loitering munition.", NAMES)
    (c,) = by_type(claims, "production")
    assert c.item == "Condor loitering munition"
