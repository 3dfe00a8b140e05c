"""An object pronoun cannot be its own clause's subject: "Norway has long been Chile's
main partner and has supplied it with frigates" -> Chile receives."""

from __future__ import annotations

from tests.extract.claims.conftest import COUNTRY, Run, by_type, role

NAMES = {"Norway": COUNTRY, "Chile": COUNTRY, "Peru": COUNTRY}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_supplied_it_with_after_possessor(run: Run) -> None:
    text = "Norway has long been Chile's main security partner and has supplied it with frigates."
    assert _roles(run, text) == [("Norway", "Chile", "frigates")]


def test_double_object_pronoun_is_recipient(run: Run) -> None:
    text = "Norway is Peru's closest ally and sent it two frigates last year."
    assert _roles(run, text) == [("Norway", "Peru", "frigates")]


def test_pronoun_with_no_other_party_in_sentence_keeps_antecedent(run: Run) -> None:
    text = "Chile asked for help. Norway sent it frigates."
    assert _roles(run, text) == [("Norway", "Chile", "frigates")]
