"""Modality: hedges and possibilities count only where they scope over the claim."""

from __future__ import annotations

import pytest

from armstrace.model import Modality

from tests.extract.claims.conftest import COUNTRY, Run, by_type

NAMES = {"Iran": COUNTRY, "Russia": COUNTRY, "Spain": COUNTRY, "Ukraine": COUNTRY}


def _modality(text: str, run: Run) -> Modality:
    claims, _ = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    return c.modality


def test_cue_beyond_a_semicolon_does_not_scope(run: Run) -> None:
    text = "Iran shipped drones to Russia in 2023; analysts estimated that more may follow."
    assert _modality(text, run) == Modality.ASSERTED


def test_statement_beyond_a_semicolon_is_not_the_source(run: Run) -> None:
    text = "Iran shipped drones to Russia in 2023; analysts estimated that more may follow."
    claims, _ = run(text, NAMES)
    (c,) = by_type(claims, "transfer")
    assert [a.source for a in c.attribution] == ["article"]


def test_possible_sale_is_speculative(run: Run) -> None:
    text = "Spain approved the possible sale of 20 howitzers to Ukraine."
    assert _modality(text, run) == Modality.SPECULATIVE


def test_offer_to_supply_is_speculative(run: Run) -> None:
    assert _modality("Iran offered to supply drones to Russia.", run) == Modality.SPECULATIVE


def test_named_body_stating_its_belief_asserts(run: Run) -> None:
    text = "Spain believes Iran has shipped drones to Russia."
    assert _modality(text, run) == Modality.ASSERTED


def test_unnamed_believers_hedge(run: Run) -> None:
    assert _modality("Analysts believe Iran shipped drones to Russia.", run) == Modality.HEDGED


@pytest.mark.parametrize(
    "text",
    [
        "Iran appears to have shipped drones to Russia.",
        "Iran is believed to have shipped drones to Russia.",
        "Iran is suspected of shipping drones to Russia.",
        "Iran allegedly shipped drones to Russia.",
        "If confirmed, the shipment of drones from Iran to Russia would break the embargo.",
    ],
)
def test_reservations_hedge(run: Run, text: str) -> None:
    assert _modality(text, run) == Modality.HEDGED


def test_plan_is_speculative_but_a_pledge_is_asserted(run: Run) -> None:
    assert _modality("Spain plans to send tanks to Ukraine.", run) == Modality.SPECULATIVE
    assert _modality("Spain will send tanks to Ukraine.", run) == Modality.ASSERTED


def test_hedge_in_a_coordinated_clause_does_not_scope(run: Run) -> None:
    text = "Iran shipped drones to Russia, and Spain may send tanks to Ukraine."
    claims, _ = run(text, NAMES)
    found = {c.item: c.modality for c in by_type(claims, "transfer")}
    assert found == {"drones": Modality.ASSERTED, "tanks": Modality.SPECULATIVE}


def test_modal_on_the_verb_of_a_noun_trigger(run: Run) -> None:
    text = "Iran could resume deliveries of drones to Russia."
    assert _modality(text, run) == Modality.SPECULATIVE
