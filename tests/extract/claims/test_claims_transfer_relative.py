"""A relative clause on a list of named parties: "A, ..., and B, ..., which have
exported X to Y" is one claim per listed party when the verb is marked plural."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Polar Link": ORG,
    "Kestrel Systems": ORG,
    "Vantor Trade": ORG,
    "Russia": COUNTRY,
    "Iran": COUNTRY,
}


def _suppliers(run: Run, text: str) -> list[str | None]:
    claims, names = run(text, NAMES)
    return sorted(role(names, c.subject) or "" for c in by_type(claims, "transfer"))


def test_plural_relative_on_apposed_list_covers_each_party(run: Run) -> None:
    text = (
        "The list adds Polar Link, a freight agent in Minsk, and Kestrel Systems, "
        "also registered there, which have exported machine tools to Russia."
    )
    assert _suppliers(run, text) == ["Kestrel Systems", "Polar Link"]


def test_plural_relative_on_three_names(run: Run) -> None:
    text = (
        "Polar Link, Vantor Trade and Kestrel Systems, which have sold drone engines to "
        "Iran, deny it."
    )
    assert _suppliers(run, text) == ["Kestrel Systems", "Polar Link", "Vantor Trade"]


def test_singular_relative_keeps_nearest_name(run: Run) -> None:
    text = (
        "Officials named Polar Link and Kestrel Systems, which has exported machine "
        "tools to Russia."
    )
    assert _suppliers(run, text) == ["Kestrel Systems"]


def test_relative_hung_on_a_place_is_said_of_the_firm_there(run: Run) -> None:
    names = {**NAMES, "Latvia": COUNTRY}
    claims, keys = run(
        "Kestrel Systems, based in Latvia, which has exported machine tools to Russia, denies it.",
        names,
    )
    assert [role(keys, c.subject) for c in by_type(claims, "transfer")] == ["Kestrel Systems"]


def test_plural_relative_after_location_covers_the_list(run: Run) -> None:
    names = {**NAMES, "Latvia": COUNTRY}
    text = (
        "Polar Link, a Riga dealer, and Kestrel Systems, also based in Latvia, which have "
        "exported machine tools to Russia."
    )
    claims, keys = run(text, names)
    got = sorted(role(keys, c.subject) or "" for c in by_type(claims, "transfer"))
    assert got == ["Kestrel Systems", "Polar Link"]
