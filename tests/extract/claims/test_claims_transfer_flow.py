"""A named party's flow to a named party with no goods named: "Mongolia's exports to
Russia rose" (the flow noun is the item)."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, Run, by_type, role

NAMES = {"Mongolia": COUNTRY, "Russia": COUNTRY, "Chile": COUNTRY, "Peru": COUNTRY}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_possessor_flow_to_named_party(run: Run) -> None:
    assert _roles(run, "Mongolia's exports to Russia doubled last year.") == [
        ("Mongolia", "Russia", "exports")
    ]


def test_flow_keeps_its_trade_word(run: Run) -> None:
    assert _roles(run, "Chile's arms exports to Peru have grown.") == [
        ("Chile", "Peru", "arms exports")
    ]


def test_named_goods_win_over_the_flow(run: Run) -> None:
    assert _roles(run, "Mongolia's exports of copper concentrate to Russia doubled.") == [
        ("Mongolia", "Russia", "copper concentrate")
    ]


def test_pronoun_owner_is_no_flow(run: Run) -> None:
    text = "Chile said on Monday that its exports to Peru were normal trade."
    assert _roles(run, text) == []


def test_inverse_flow_takes_from_phrase_as_supplier(run: Run) -> None:
    assert _roles(run, "Chile's imports from Peru have declined.") == [("Peru", "Chile", "imports")]
