"""Gapped and elided counts: "Norway pledged six F-16s and Denmark 19, while the
Netherlands has promised 24"; "ready to contribute an unspecified number"."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, WEAPON, Run, by_type, role

NAMES = {
    "Norway": COUNTRY,
    "Denmark": COUNTRY,
    "Netherlands": COUNTRY,
    "Spain": COUNTRY,
    "Ukraine": COUNTRY,
    "Belgium": COUNTRY,
    "F-16s": WEAPON,
    "F-35": WEAPON,
    "Leopard": WEAPON,
}


def _by_supplier(run: Run, text: str) -> dict[str | None, str | None]:
    claims, names = run(text, NAMES)
    return {role(names, c.subject): c.item for c in by_type(claims, "transfer")}


def test_count_takes_the_weapon_named_in_its_own_sentence(run: Run) -> None:
    got = _by_supplier(
        run,
        "Belgium flies the F-35. Norway has pledged six F-16s to Ukraine and Denmark 19, "
        "while the Netherlands has promised 24.",
    )
    assert got["Netherlands"] == "F-16s"


def test_unspecified_number_is_more_of_the_same_weapon(run: Run) -> None:
    got = _by_supplier(
        run,
        "Norway pledged eight Leopard tanks to Ukraine, while Spain said it was ready to "
        "contribute an unspecified number.",
    )
    assert got.get("Spain") is not None and "Leopard" in str(got["Spain"])


def test_a_measure_that_measures_something_is_no_elision(run: Run) -> None:
    got = _by_supplier(
        run, "Norway pledged eight Leopard tanks to Ukraine. Spain delivered a batch of rifles."
    )
    assert got.get("Spain") == "rifles"
