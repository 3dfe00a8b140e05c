"""Participial adverbials share the main clause's subject ("..., sending howitzers to
Peru"); an agent noun's possessor in the main clause can be the recipient."""

from __future__ import annotations

from armstrace.model import Status

from tests.extract.claims.conftest import COUNTRY, Run, by_type, role

NAMES = {"Norway": COUNTRY, "Chile": COUNTRY, "Peru": COUNTRY, "Brazil": COUNTRY}


def _roles(run: Run, text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims, names = run(text, NAMES)
    return sorted(
        (role(names, c.subject), role(names, c.object), c.item) for c in by_type(claims, "transfer")
    )


def test_present_participle_takes_main_subject(run: Run) -> None:
    claims, names = run("Norway stepped up its support, sending frigates to Chile.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object)) == ("Norway", "Chile")
    assert c.status == Status.DELIVERED


def test_perfect_participle_takes_main_subject(run: Run) -> None:
    text = "Brazil signed the deal in May, having sold patrol boats to Peru earlier."
    assert _roles(run, text) == [("Brazil", "Peru", "patrol boats")]


def test_agent_noun_possessor_receives(run: Run) -> None:
    text = "Brazil has become Peru's main source of arms, supplying howitzers and rocket launchers."
    got = _roles(run, text)
    assert ("Brazil", "Peru", "howitzers") in got
    assert ("Brazil", "Peru", "rocket launchers") in got


def test_participle_with_its_own_subject_keeps_it(run: Run) -> None:
    text = "While Norway sent frigates to Chile, Brazil expanded its navy."
    assert _roles(run, text) == [("Norway", "Chile", "frigates")]
