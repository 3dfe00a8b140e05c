"""refine_claims: the shipped model on sentences we wrote, and the selection mechanics
with hand-set weights."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from armstrace.extract.learned import refine_claims
from armstrace.extract.learned.refine import (
    candidate_claim,
    extra_modality,
    inherit,
    score_candidates,
    select,
)
from armstrace.extract.learned.scoring import FORMAT, ClaimModel, load_model, model_from_json
from armstrace.model import Attribution, Claim, ClaimType, ItemClass, Modality, Stance

from tests.extract.learned.conftest import Read

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2024, 5, 15)


def _model(weights: dict[str, float], intercept: float, rule: float, extra: float) -> ClaimModel:
    raw: dict[str, Any] = {
        "format": FORMAT,
        "weights": weights,
        "intercept": intercept,
        "threshold": {"rule": rule, "extra": extra},
    }
    return model_from_json(raw)


def _transfers(r: Read, claims: list[Claim]) -> set[tuple[str | None, str | None, str | None]]:
    return {
        (r.name(c.subject), r.name(c.object), c.item)
        for c in claims
        if c.type == ClaimType.TRANSFER
    }


def test_keeps_a_clear_rule_claim(read: Callable[[str], Read]) -> None:
    r = read("Iran supplied Shahed-136 drones to Russia in 2023.")
    out = refine_claims(r.doc, r.mentions, PUBLISHED, r.rules)
    kept = [c for c in out if c.type == ClaimType.TRANSFER]
    assert [(r.name(c.subject), r.name(c.object)) for c in kept] == [("Iran", "Russia")]
    assert kept[0] in r.rules  # the rule claim itself, attributes untouched
    assert kept[0].time == "2023"


def test_adds_a_claim_whose_trigger_the_rules_do_not_know(read: Callable[[str], Read]) -> None:
    text = "Turkey equipped Ukraine with Bayraktar TB2 drones in 2022."
    r = read(text)
    # should the rules learn "equip", take their transfer away: the model must find it
    rules = [c for c in r.rules if c.type != ClaimType.TRANSFER]
    shipped = load_model()
    _ctx, cands, probs = score_candidates(r.doc, r.mentions, rules, shipped)
    transfers = [i for i, c in enumerate(cands) if c.type == ClaimType.TRANSFER]
    top = cands[max(transfers, key=lambda i: probs[i])]
    assert top.subject is not None and top.object is not None
    assert (r.name(top.subject.key), r.name(top.object.key)) == ("Turkey", "Ukraine")
    best = max(probs[i] for i in transfers)
    # the shipped extra threshold is set conservatively (train/claims.py); at a lower one
    # the best extra comes out as a claim with the rules' attributes
    model = dataclasses.replace(shipped, threshold_extra=min(0.3, float(best)))
    out = refine_claims(r.doc, r.mentions, PUBLISHED, rules, model=model)
    found = [c for c in out if c.type == ClaimType.TRANSFER]
    assert [(r.name(c.subject), r.name(c.object)) for c in found] == [("Turkey", "Ukraine")]
    c = found[0]
    assert c.item is not None and "TB2" in c.item
    assert c.item_class == ItemClass.WEAPON_SYSTEM
    assert c.time == "2022"
    assert c.evidence == text and c.evidence_start == 0


def test_adds_the_coordinated_supplier_the_rules_miss(read: Callable[[str], Read]) -> None:
    r = read("Germany and the Netherlands delivered PzH 2000 howitzers to Ukraine in 2022.")
    rules = [c for c in r.rules if r.name(c.subject) != "Netherlands"]
    assert any(r.name(c.subject) == "Germany" for c in rules)
    # at an extra threshold below the shipped, conservative one (train/claims.py)
    model = dataclasses.replace(load_model(), threshold_extra=0.3)
    out = refine_claims(r.doc, r.mentions, PUBLISHED, rules, model=model)
    pairs = [(s, o) for s, o, _ in _transfers(r, out)]
    assert sorted(pairs) == [("Germany", "Ukraine"), ("Netherlands", "Ukraine")]


def test_extra_claims_read_modality_from_their_trigger(read: Callable[[str], Read]) -> None:
    r = read("Turkey reportedly equipped Ukraine with Bayraktar TB2 drones.")
    model = _model({"transfer|src=extra": 8.0}, -6.0, 0.5, 0.5)
    out = refine_claims(r.doc, r.mentions, PUBLISHED, r.rules, model=model)
    extra = [c for c in out if c.type == ClaimType.TRANSFER and c not in r.rules]
    assert extra
    assert all(c.modality == Modality.HEDGED for c in extra)


def test_a_model_that_rejects_rule_claims_drops_them(read: Callable[[str], Read]) -> None:
    r = read("Iran supplied Shahed-136 drones to Russia in 2023.")
    assert r.rules
    never = _model({"transfer|src=rule": -20.0}, 0.0, 0.5, 1.0)
    assert refine_claims(r.doc, r.mentions, PUBLISHED, r.rules, model=never) == []


def test_one_supplier_per_item_and_recipient(read: Callable[[str], Read]) -> None:
    """Extras compete for a slot: "Russia -> Iran" and "Iran -> Russia" for the same
    drones cannot both stand beside each other as extras of one sentence."""
    r = read("Officials say Iran shipped drones to Russia and Russia shipped drones to Iran.")
    cands = [c for c in r.cands if c.rule is None and c.type == ClaimType.TRANSFER]
    assert cands
    probs = np.linspace(0.99, 0.6, num=len(cands))
    kept = select(cands, probs, 0.5, 0.5)
    slots: dict[tuple[object, ...], int] = {}
    for i in kept:
        c = cands[i]
        key = (c.sent.start, c.item, c.object.key if c.object else None)
        slots[key] = slots.get(key, 0) + 1
    assert slots and max(slots.values()) == 1
    assert kept[0] == 0  # the best candidate always stands


def test_refine_is_deterministic(read: Callable[[str], Read]) -> None:
    r = read("Washington has pledged Patriot missiles to Kyiv, and Berlin has promised tanks.")
    a = refine_claims(r.doc, r.mentions, PUBLISHED, r.rules)
    b = refine_claims(r.doc, r.mentions, PUBLISHED, r.rules)
    assert a == b


def test_text_without_names_or_triggers_gives_nothing(read: Callable[[str], Read]) -> None:
    for text in ("", "It rained all day in the valley."):
        r = read(text)
        assert refine_claims(r.doc, r.mentions, None, r.rules) == []


def test_a_noun_trigger_takes_the_hedge_on_its_verb(read: Callable[[str], Read]) -> None:
    """ "engineers" carries no cue of its own; "reportedly" on the verb it is the
    subject of scopes over the claim it triggers."""
    hedged = read("Russian engineers have reportedly modified the drone.")
    plain = read("Russian engineers have modified the drone.")
    for r, want in ((hedged, Modality.HEDGED), (plain, Modality.ASSERTED)):
        engineers = next(t for t in r.doc if t.text == "engineers")
        assert extra_modality(engineers) == want


def test_an_extra_on_a_rule_trigger_is_stated_as_the_rule_claim(
    read: Callable[[str], Read],
) -> None:
    r = read("Iran supplied Shahed-136 drones to Russia and Belarus in 2023.")
    rule_cand = next(c for c in r.cands if c.rule is not None and c.trigger is not None)
    assert rule_cand.rule is not None and rule_cand.trigger is not None
    denied = dataclasses.replace(
        rule_cand.rule,
        modality=Modality.HEDGED,
        attribution=(Attribution("Tehran", Stance.DENIES),),
    )
    extra = next(
        c
        for c in r.cands
        if c.rule is None and c.trigger is not None and c.trigger.i == rule_cand.trigger.i
    )
    base = candidate_claim(extra, r.ctx, PUBLISHED)
    got = inherit(base, extra, {rule_cand.trigger.i: denied})
    assert got.modality == Modality.HEDGED
    assert got.attribution == (Attribution("Tehran", Stance.DENIES),)
    assert got.status is None  # a denied transfer has no status
    # an extra on a trigger no rule claim used keeps its own reading
    assert inherit(base, extra, {}) == base


def test_a_trigger_under_an_adjective_takes_the_modal_above(
    read: Callable[[str], Read],
) -> None:
    """ "able" has no scope of its own: the "could" on the verb above reaches "produce"."""
    could = read("The group could build a plant able to produce 200,000 shells a year.")
    did = read("The group built a plant able to produce 200,000 shells a year.")
    for r, want in ((could, Modality.SPECULATIVE), (did, Modality.ASSERTED)):
        produce = next(t for t in r.doc if t.text == "produce")
        assert extra_modality(produce) == want


def test_a_second_name_for_a_kept_item_is_not_a_second_claim(read: Callable[[str], Read]) -> None:
    """Across an article, "Fateh-110 missiles" and "ballistic missiles" between the same
    parties are one claim for the scorer: the lower extra gives way."""
    r = read(
        "Iran has sent Fateh-110 missiles to Russia, officials said. "
        "Iran has also shipped ballistic missiles and drones to Russia."
    )
    cands = [
        dataclasses.replace(c, rule=None)  # as extras: rule claims always pass
        for c in r.cands
        if c.type == ClaimType.TRANSFER
        and c.subject is not None
        and c.object is not None
        and (r.name(c.subject.key), r.name(c.object.key)) == ("Iran", "Russia")
    ]
    items = {c.item for c in cands}
    assert {"Fateh-110 missiles", "ballistic missiles", "drones"} <= items
    probs = np.full(len(cands), 0.9)
    kept = {cands[i].item for i in select(cands, probs, 0.5, 0.5, r.ctx.name)}
    assert "drones" in kept  # another item: another claim
    assert len(kept & {"Fateh-110 missiles", "ballistic missiles"}) == 1
