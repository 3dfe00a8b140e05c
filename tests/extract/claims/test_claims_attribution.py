"""Attribution: who makes a claim, read from the reporting clause that governs it."""

from __future__ import annotations

from armstrace.model import Stance

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Iran": COUNTRY,
    "Russia": COUNTRY,
    "Ukraine": COUNTRY,
    "Spain": COUNTRY,
    "Germany": COUNTRY,
    "Poland": COUNTRY,
    "U.S.": COUNTRY,
    "the Treasury": ORG,
    "Defence Intelligence Agency": ORG,
    "Jan Nowak": PERSON,
    "Ana Ruiz": PERSON,
}


def _sources(text: str, run: Run, item: str | None = None) -> list[str | None]:
    claims, names = run(text, NAMES)
    found = [c for c in by_type(claims, "transfer") if item is None or c.item == item]
    assert len(found) == 1, found
    return [role(names, a.source) for a in found[0].attribution]


def test_speaker_the_parser_made_an_appositive(run: Run) -> None:
    text = (
        "Russia may be shipping Pantsir systems to Iran in return for the drones and shells "
        "Tehran has sent for the war in Ukraine, Poland's national security adviser "
        "Jan Nowak said on Friday."
    )
    assert _sources(text, run) == ["Jan Nowak"]


def test_unnamed_officials_keep_their_words_not_their_country(run: Run) -> None:
    assert _sources("U.S. officials said Iran shipped drones to Russia.", run) == ["U.S. officials"]


def test_spokesman_for_a_body_is_the_body(run: Run) -> None:
    text = "A spokesman for the Defence Intelligence Agency said Iran shipped drones to Russia."
    assert _sources(text, run) == ["Defence Intelligence Agency"]


def test_title_names_the_person_given_that_title_elsewhere(run: Run) -> None:
    text = (
        "Foreign Minister Ana Ruiz met her counterparts in Brussels on Monday.\n\n"
        "Iran shipped drones to Russia last year, the foreign minister said."
    )
    assert _sources(text, run) == ["Ana Ruiz"]


def test_actor_announcing_its_own_supply_is_the_article_voice(run: Run) -> None:
    assert _sources("Spain said it would deliver howitzers to Ukraine.", run) == ["article"]


def test_coordinated_actors_announcing_together_are_the_article_voice(run: Run) -> None:
    text = "Spain and Germany will send tanks to Ukraine, the two governments said on Monday."
    claims, _ = run(text, NAMES)
    transfers = by_type(claims, "transfer")
    assert transfers
    assert all([a.source for a in c.attribution] == ["article"] for c in transfers)


def test_reporting_verb_over_an_adverbial_clause(run: Run) -> None:
    text = "Jan Nowak said the front held because Spain had delivered 40 howitzers to Ukraine."
    assert _sources(text, run) == ["Jan Nowak"]


def test_accused_of_shipping_names_the_accuser(run: Run) -> None:
    text = "On Monday the Treasury accused Iran of shipping drones to Russia."
    assert _sources(text, run) == ["the Treasury"]


def test_relative_clause_on_the_speaker_is_the_article_voice(run: Run) -> None:
    text = "Iran, which shipped drones to Russia last year, said on Monday it wanted talks."
    assert _sources(text, run) == ["article"]


def test_self_denial_still_names_the_denier(run: Run) -> None:
    claims, names = run("Iran said it had not shipped drones to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [(role(names, a.source), a.stance) for a in c.attribution] == [("Iran", Stance.DENIES)]


def test_parenthetical_reporting_clause_names_the_source(run: Run) -> None:
    text = "In return, Jan Nowak said, Spain has been receiving tanks from Poland."
    assert _sources(text, run) == ["Jan Nowak"]


def test_reporting_pronoun_is_the_last_speaker_not_the_last_name(run: Run) -> None:
    text = (
        "Jan Nowak said Spain had sent tanks to Ukraine.\n\n"
        "He added that Ana Ruiz had met officials in Kyiv. "
        "He also said Spain would send howitzers to Ukraine."
    )
    assert _sources(text, run, item="howitzers") == ["Jan Nowak"]


def test_according_to_inside_a_relative_clause_does_not_cover_the_main_clause(
    run: Run,
) -> None:
    text = (
        "Poland bought 40 howitzers from Spain, which, according to Jan Nowak, "
        "is the largest producer in Europe."
    )
    assert _sources(text, run) == ["article"]


def test_according_to_covers_a_participle_on_the_object(run: Run) -> None:
    text = "Russia has used drones supplied by Iran, according to U.S. officials."
    assert _sources(text, run) == ["U.S. officials"]
