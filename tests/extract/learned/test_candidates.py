"""The candidate generator: rule claims come through, extras cover what rules miss."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrace.extract.learned.candidates import identity, trigger_lexicon
from armstrace.model import ClaimType

from tests.extract.learned.conftest import Read

pytestmark = pytest.mark.slow


def test_trigger_lexicon_joins_rule_words_and_extras() -> None:
    lex = trigger_lexicon()
    assert ClaimType.TRANSFER in lex["supply"]  # from the claim rules' list
    assert ClaimType.TRANSFER in lex["pledge"]  # from this package's extras
    assert ClaimType.SANCTION in lex["blacklist"]


def test_every_rule_claim_is_a_candidate(read: Callable[[str], Read]) -> None:
    r = read("Iran supplied Shahed-136 drones to Russia in 2023.")
    assert r.rules
    from_rules = [c.rule for c in r.cands if c.rule is not None]
    assert all(any(x is c for x in from_rules) for c in r.rules)


def test_pronoun_in_next_sentence_stands_for_the_company(read: Callable[[str], Read]) -> None:
    r = read("Rostec is a Russian arms conglomerate. Last year it pledged shells to Belarus.")
    subjects = {
        (r.name(c.subject.key), c.subject.via)
        for c in r.cands
        if c.subject is not None and c.rule is None
    }
    assert ("Rostec", "pronoun") in subjects
    objects = {r.name(c.object.key) for c in r.cands if c.object is not None}
    assert "Belarus" in objects


def test_coordinated_supplier_the_rules_miss_is_proposed(read: Callable[[str], Read]) -> None:
    r = read("Germany and the Netherlands delivered PzH 2000 howitzers to Ukraine in 2022.")
    extra = [
        (r.name(c.subject.key if c.subject else None), r.name(c.object.key if c.object else None))
        for c in r.cands
        if c.type == ClaimType.TRANSFER and c.rule is None
    ]
    assert ("Netherlands", "Ukraine") in extra


def test_extras_never_repeat_a_rule_claim(read: Callable[[str], Read]) -> None:
    r = read("Poland received K2 tanks from South Korea last month.")

    def key(subject: str | None, obj: str | None, item: str | None, t: ClaimType) -> str:
        return identity(t, subject and r.ctx.name(subject), obj and r.ctx.name(obj), item)

    rules = {key(c.subject, c.object, c.item, c.type) for c in r.rules}
    for c in r.cands:
        if c.rule is None:
            k = key(c.subject.key if c.subject else None, c.object.key if c.object else None,
                    c.item, c.type)  # fmt: skip
            assert k not in rules


def test_item_named_in_previous_sentence_is_offered(read: Callable[[str], Read]) -> None:
    r = read("Several countries promised Leopard 2 tanks to Ukraine. Norway pledged eight.")
    items = {c.item for c in r.cands if c.type == ClaimType.TRANSFER and c.rule is None}
    assert "Leopard 2" in items


def test_no_trigger_no_extra(read: Callable[[str], Read]) -> None:
    r = read("Officials from Germany and France met in Berlin on Monday.")
    assert [c for c in r.cands if c.rule is None] == []


def _transfer_items(r: Read, trigger: str) -> set[str | None]:
    return {
        c.item
        for c in r.cands
        if c.type == ClaimType.TRANSFER and c.trigger is not None and c.trigger.text == trigger
    }


def test_nationality_word_stands_for_a_country_the_article_names(
    read: Callable[[str], Read],
) -> None:
    r = read(
        "Belarus has bought arms from Russia for decades. "
        "Russian companies sold attack helicopters to Belarus last year."
    )
    roles = {
        (r.name(p.key), p.via)
        for c in r.cands
        for p in (c.subject, c.object)
        if c.type == ClaimType.TRANSFER and p is not None
    }
    assert ("Russia", "demonym") in roles


def test_nationality_word_without_the_country_named_is_no_party(
    read: Callable[[str], Read],
) -> None:
    r = read("Belgian companies sold attack helicopters to Chile last year.")
    assert all(c.subject is None or c.subject.via != "demonym" for c in r.cands)


def test_every_item_of_a_long_list_is_offered(read: Callable[[str], Read]) -> None:
    r = read("Canada sent rifles, trucks, radios and mortars to Latvia in 2022.")
    assert {"rifles", "trucks", "radios", "mortars"} <= _transfer_items(r, "sent")


def test_generic_item_word_is_offered(read: Callable[[str], Read]) -> None:
    r = read("Officials in Ottawa said Canada had never sold weapons to Azerbaijan.")
    assert "weapons" in _transfer_items(r, "sold")


def test_value_phrase_hands_over_to_the_goods(read: Callable[[str], Read]) -> None:
    r = read("Traders in Dubai shipped $40 million worth of microchips to Iran in 2023.")
    assert "microchips" in _transfer_items(r, "shipped")


def test_main_supplier_reaches_a_sentence_that_leaves_it_unsaid(
    read: Callable[[str], Read],
) -> None:
    r = read(
        "Finland will deliver NASAMS air defence systems to Estonia. "
        "The decision was announced on Monday in Helsinki. "
        "The first launchers are to be handed over in May."
    )
    pairs = {
        (r.name(c.subject.key) if c.subject else None, r.name(c.object.key) if c.object else None)
        for c in r.cands
        if c.type == ClaimType.TRANSFER and c.rule is None and c.sent.text.startswith("The first")
    }
    assert ("Finland", "Estonia") in pairs
