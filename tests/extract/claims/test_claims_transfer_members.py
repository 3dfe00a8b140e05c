"""A group recipient that lists named members: one claim per member."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {"Chile": COUNTRY, "Peru": COUNTRY, "Qatar": COUNTRY, "Oman": COUNTRY, "Embraer": ORG}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object)) for c in by_type(claims, "transfer")
    )


def test_including_lists_recipients(run: Run) -> None:
    text = "Embraer has delivered patrol aircraft to Gulf customers, including Qatar and Oman."
    assert _roles(run, text) == [("Embraer", "Oman"), ("Embraer", "Qatar")]


def test_such_as_lists_recipients(run: Run) -> None:
    text = "Embraer sold trainer jets to several countries such as Chile and Peru."
    assert _roles(run, text) == [("Embraer", "Chile"), ("Embraer", "Peru")]


def test_those_of_names_the_members(run: Run) -> None:
    text = "The trainer jet has been delivered to 20 air forces, including those of Chile and Oman."
    assert [o for _, o in _roles(run, text)] == ["Chile", "Oman"]


def test_group_without_names_is_no_recipient(run: Run) -> None:
    assert _roles(run, "Embraer sold trainer jets to several Gulf customers.") == []
