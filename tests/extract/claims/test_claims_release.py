"""An official release that announces designations alleges, in its issuer's voice, what
the targets did; the designations themselves stay in the release's own voice."""

from __future__ import annotations

from armstrace.extract.claims.release import official_publisher
from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, Run, by_type, role

NAMES = {
    "Ministry of Finance of Norland": ORG,
    "Kestrel Trading": ORG,
    "Ostrava Instruments": ORG,
    "Russia": COUNTRY,
}
TEXT = (
    "The Ministry of Finance of Norland today designated Kestrel Trading and Ostrava "
    "Instruments.\n\n"
    "Kestrel Trading has shipped navigation modules to Russia since 2023."
)


def sources(claims: list[Claim], names: dict[str, str], kind: str) -> set[tuple[str | None, ...]]:
    return {tuple(role(names, a.source) for a in c.attribution) for c in by_type(claims, kind)}


def test_a_ministry_release_attributes_the_targets_conduct_to_the_issuer(run: Run) -> None:
    claims, names = run(TEXT, NAMES, publisher="Ministry of Finance of Norland, Press Office")
    assert sources(claims, names, "transfer") == {("Ministry of Finance of Norland",)}


def test_the_designations_stay_in_the_releases_own_voice(run: Run) -> None:
    claims, names = run(TEXT, NAMES, publisher="Ministry of Finance of Norland, Press Office")
    assert sources(claims, names, "sanction") == {("article",)}


def test_a_news_story_keeps_the_reporters_voice(run: Run) -> None:
    claims, names = run(TEXT, NAMES, publisher="The Harbour Gazette")
    assert sources(claims, names, "transfer") == {("article",)}


def test_a_release_without_designations_keeps_the_reporters_voice(run: Run) -> None:
    text = "Kestrel Trading has shipped navigation modules to Russia since 2023."
    claims, names = run(text, NAMES, publisher="Ministry of Finance of Norland")
    assert sources(claims, names, "transfer") == {("article",)}


def test_official_publishers_are_told_by_their_words() -> None:
    assert official_publisher("Foreign, Commonwealth & Development Office")
    assert official_publisher("U.S. Department of Commerce")
    assert not official_publisher("The Open Harbour Review")
    assert not official_publisher(None)
