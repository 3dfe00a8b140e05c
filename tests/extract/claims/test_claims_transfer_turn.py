"""'X has turned to A and B for Z': A and B supply Z to X."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, Run, by_type, role

NAMES = {"Chile": COUNTRY, "Peru": COUNTRY, "Brazil": COUNTRY, "Norway": COUNTRY}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_each_party_turned_to_supplies(run: Run) -> None:
    assert _roles(run, "Chile has turned to Norway and Brazil for weapons.") == [
        ("Brazil", "Chile", "weapons"),
        ("Norway", "Chile", "weapons"),
    ]


def test_named_goods_sought(run: Run) -> None:
    assert _roles(run, "Peru turned to Brazil for trainer jets.") == [
        ("Brazil", "Peru", "trainer jets")
    ]


def test_help_is_no_goods(run: Run) -> None:
    assert _roles(run, "Peru turned to Brazil for help and support.") == []


def test_commissioning_a_ship_names_its_buyer(run: Run) -> None:
    assert _roles(run, "Peru's navy commissioned two frigates ordered from Norway.") == [
        ("Norway", "Peru", "frigates")
    ]
