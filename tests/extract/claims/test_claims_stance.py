"""Modality, attribution and denial: cues must scope over the trigger's clause."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from armstrace.extract.claims import find_claims
from armstrace.extract.claims.denial import rejected_alternative
from armstrace.model import Claim, EntityType, Modality, Stance

from tests.extract.claims.conftest import (
    COUNTRY,
    ORG,
    PERSON,
    Run,
    by_type,
    mentions_for,
    role,
)

NAMES = {
    "Iran": COUNTRY,
    "Russia": COUNTRY,
    "the Treasury": ORG,
    "Nasser Kanaani": PERSON,
}


def test_hedge_in_main_clause(run: Run) -> None:
    claims, _ = run("Iran reportedly shipped drones to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.modality == Modality.HEDGED


def test_cue_in_other_clause_does_not_weaken(run: Run) -> None:
    claims, _ = run("Iran shipped drones to Russia, and analysts say prices may rise.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.modality == Modality.ASSERTED


def test_could_is_speculative(run: Run) -> None:
    claims, _ = run("Iran could send missiles to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.modality == Modality.SPECULATIVE


def test_reporting_verb_names_the_source(run: Run) -> None:
    claims, names = run("Iran shipped drones to Russia, the Treasury said.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [role(names, a.source) for a in c.attribution] == ["the Treasury"]


def test_unnamed_source_keeps_its_words(run: Run) -> None:
    claims, _ = run("According to two officials, Iran shipped drones to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [a.source for a in c.attribution] == ["two officials"]


def test_reporter_voice_is_article(run: Run) -> None:
    claims, _ = run("Iran shipped drones to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [a.source for a in c.attribution] == ["article"]


def test_denial_attaches_to_earlier_claim(run: Run) -> None:
    text = (
        "Iran shipped drones to Russia in 2022, the Treasury said.\n\n"
        "Nasser Kanaani denied that Iran had sent weapons, calling the reports baseless."
    )
    claims, names = run(text, NAMES)
    (c,) = [c for c in by_type(claims, "transfer") if c.item == "drones"]
    denials = [role(names, a.source) for a in c.attribution if a.stance == Stance.DENIES]
    assert denials == ["Nasser Kanaani"]


def test_declined_to_comment_is_no_denial(run: Run) -> None:
    text = "Iran shipped drones to Russia.\n\nNasser Kanaani declined to comment."
    claims, _ = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert all(a.stance == Stance.ASSERTS for a in c.attribution)


def test_negated_statement_is_a_denied_claim(run: Run) -> None:
    claims, names = run("Nasser Kanaani said Iran did not supply drones to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [(role(names, a.source), a.stance) for a in c.attribution] == [
        ("Nasser Kanaani", Stance.DENIES)
    ]


def test_same_claim_twice_is_merged_with_both_sources(run: Run) -> None:
    text = (
        "Iran shipped drones to Russia, the Treasury said.\n\n"
        "Iran reportedly shipped drones to Russia."
    )
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.modality == Modality.ASSERTED
    assert sorted(role(names, a.source) or a.source for a in c.attribution) == [
        "article",
        "the Treasury",
    ]


def test_refusing_to_supply_is_a_denied_claim(run: Run) -> None:
    claims, names = run("Iran has refused to send missiles to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert [(role(names, a.source), a.stance) for a in c.attribution] == [("Iran", Stance.DENIES)]
    assert c.status is None


# The small parser hangs this final reporting clause off "send" as a conjunct.
MISPARSED = (
    "Iran will send 40 Mohajer drones from army stocks to Russia and allow other buyers "
    "to re-export the Iranian-built drones, Nasser Kanaani announced on Monday, "
    "ending weeks of doubt."
)


def test_trailing_reporting_clause_names_the_source(run: Run) -> None:
    claims, names = run(MISPARSED, NAMES)
    (c,) = [c for c in by_type(claims, "transfer") if role(names, c.object) == "Russia"]
    assert [role(names, a.source) for a in c.attribution] == ["Nasser Kanaani"]


def test_trailing_reporting_clause_dates_the_claim(run: Run) -> None:
    claims, names = run(MISPARSED, NAMES)
    (c,) = [c for c in by_type(claims, "transfer") if role(names, c.object) == "Russia"]
    assert c.time == "2024-05-13"


def test_refusal_to_send_bare_weapons_is_a_denied_claim(run: Run) -> None:
    claims, names = run("Iran has refused to send weapons to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert (role(names, c.subject), role(names, c.object), c.item) == ("Iran", "Russia", "weapons")
    assert [a.stance for a in c.attribution] == [Stance.DENIES]


def test_bare_weapons_denial_without_recipient_makes_no_claim(run: Run) -> None:
    claims, _ = run("Nasser Kanaani said Iran had not sent weapons for use in the war.", NAMES)
    assert by_type(claims, "transfer") == []


def test_bare_weapons_in_a_report_of_supply_name_no_item(run: Run) -> None:
    claims, _ = run("Iran sent weapons to Russia.", NAMES)
    assert by_type(claims, "transfer") == []


def test_modal_on_the_verb_a_gerund_phrase_modifies(run: Run) -> None:
    claims, _ = run("Iran might respond by shipping missiles to Russia.", NAMES)
    (c,) = by_type(claims, "transfer")
    assert c.modality == Modality.SPECULATIVE


def _with_countries(
    claims_nlp: Any, text: str, names: dict[str, tuple[EntityType, str]]
) -> tuple[list[Claim], dict[str, str]]:
    """Claims read with mentions that carry country codes, as the gazetteer gives them."""
    plain = mentions_for(text, {n: t for n, (t, _) in names.items()})
    mentions = [dataclasses.replace(m, country=names[m.text][1]) for m in plain]
    claims = find_claims(claims_nlp(text), mentions, dt.date(2024, 5, 15))
    return claims, {m.key: m.text for m in mentions}


STATES = {
    "Kazakhstan": (COUNTRY, "KZ"),
    "Russia": (COUNTRY, "RU"),
    "Astana Optics": (ORG, "KZ"),
    "Steppe Motors": (ORG, "KZ"),
    "Kazakhstan's foreign ministry": (ORG, "KZ"),
}


def test_government_rejecting_reports_denies_its_country_firms_supplies(claims_nlp: Any) -> None:
    text = (
        "Astana Optics has shipped thermal sights to Russia, the officials said.\n\n"
        "Kazakhstan's foreign ministry rejected the accusations."
    )
    claims, names = _with_countries(claims_nlp, text, STATES)
    (c,) = by_type(claims, "transfer")
    denials = [role(names, a.source) for a in c.attribution if a.stance == Stance.DENIES]
    assert denials == ["Kazakhstan's foreign ministry"]


def test_company_rejecting_reports_denies_nothing_of_other_firms(claims_nlp: Any) -> None:
    text = (
        "Astana Optics has shipped thermal sights to Russia, the officials said.\n\n"
        "Steppe Motors rejected the accusations."
    )
    claims, _ = _with_countries(claims_nlp, text, STATES)
    (c,) = by_type(claims, "transfer")
    assert all(a.stance == Stance.ASSERTS for a in c.attribution)


def test_government_denial_reaches_back_not_forward(claims_nlp: Any) -> None:
    text = (
        "Kazakhstan's foreign ministry rejected the accusations.\n\n"
        "Astana Optics has shipped thermal sights to Russia, the officials said."
    )
    claims, _ = _with_countries(claims_nlp, text, STATES)
    (c,) = by_type(claims, "transfer")
    assert all(a.stance == Stance.ASSERTS for a in c.attribution)


def test_denying_a_supply_names_the_denier(run: Run) -> None:
    text = (
        "Iran shipped drones to Russia, the Treasury said.\n\n"
        "Nasser Kanaani denied shipping drones to Russia."
    )
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert sorted((role(names, a.source) or "", a.stance.value) for a in c.attribution) == [
        ("Nasser Kanaani", "denies"),
        ("the Treasury", "asserts"),
    ]


def test_denying_reports_that_a_supply_happened_is_a_denied_claim(run: Run) -> None:
    claims, names = run(
        "Nasser Kanaani rejected claims that Iran had sent drones to Russia.", NAMES
    )
    (c,) = by_type(claims, "transfer")
    assert [(role(names, a.source), a.stance) for a in c.attribution] == [
        ("Nasser Kanaani", Stance.DENIES)
    ]


def test_confirming_reports_asserts_them(run: Run) -> None:
    claims, names = run(
        "Nasser Kanaani confirmed reports that Iran had sent drones to Russia.", NAMES
    )
    (c,) = by_type(claims, "transfer")
    assert [(role(names, a.source), a.stance) for a in c.attribution] == [
        ("Nasser Kanaani", Stance.ASSERTS)
    ]


def test_negated_supply_without_a_recipient_denies_the_same_goods(claims_nlp: Any) -> None:
    text = (
        "Astana Optics has shipped thermal sights to Russia, the officials said.\n\n"
        "Kazakhstan's foreign ministry said the country had not sold any thermal sights "
        "to either side."
    )
    claims, names = _with_countries(claims_nlp, text, STATES)
    (c,) = by_type(claims, "transfer")
    assert [role(names, a.source) for a in c.attribution if a.stance == Stance.DENIES] == [
        "Kazakhstan's foreign ministry"
    ]


def test_negated_supply_of_other_goods_denies_nothing(claims_nlp: Any) -> None:
    text = (
        "Astana Optics has shipped thermal sights to Russia, the officials said.\n\n"
        "Kazakhstan's foreign ministry said the country had not sold any rifles to either side."
    )
    claims, _ = _with_countries(claims_nlp, text, STATES)
    (c,) = by_type(claims, "transfer")
    assert all(a.stance == Stance.ASSERTS for a in c.attribution)


def test_the_rejected_alternative_is_what_was_not_done(claims_nlp: Any) -> None:
    doc = claims_nlp(
        "Spain was returning the howitzers to Poland rather than sending them to Kyiv."
    )
    by_word = {t.text: t for t in doc}
    assert rejected_alternative(by_word["sending"])
    assert not rejected_alternative(by_word["returning"])
