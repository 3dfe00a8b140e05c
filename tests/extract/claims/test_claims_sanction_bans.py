"""Bans on trade with a party: verbs, passives under resolutions, and export-ban nouns."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {
    "UN Security Council": ORG,
    "United Nations": ORG,
    "Council of the European Union": ORG,
    "Eritrea": COUNTRY,
    "Iran": COUNTRY,
    "Canada": COUNTRY,
    "Norway": COUNTRY,
    "Germany": COUNTRY,
    "Ukraine": COUNTRY,
    "Oslo": COUNTRY,
    "Taurus": WEAPON,
}


def _sanctions(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, ...]]:
    return {
        (role(names, c.subject), role(names, c.object), c.time) for c in by_type(claims, "sanction")
    }


def test_banning_trade_with_a_country(run: Run) -> None:
    text = "The UN Security Council banned all arms sales to Eritrea in 2009."
    claims, names = run(text, NAMES)
    assert _sanctions(claims, names) == {("UN Security Council", "Eritrea", "2009")}


def test_resolutions_that_ban_trade_are_their_makers_and_undated(run: Run) -> None:
    text = (
        "Officials said the shipment broke United Nations resolutions that ban arms "
        "trade with Eritrea."
    )
    claims, names = run(text, NAMES)
    assert _sanctions(claims, names) == {("United Nations", "Eritrea", None)}


def test_passive_ban_under_resolutions(run: Run) -> None:
    text = "Weapons imports by Eritrea are banned under UN Security Council resolutions."
    claims, names = run(text, NAMES)
    assert _sanctions(claims, names) == {("UN Security Council", "Eritrea", None)}


def test_prohibiting_exports_to_a_country(run: Run) -> None:
    text = "In March 2023 Canada prohibited the export of drone engines to Iran."
    claims, names = run(text, NAMES)
    assert _sanctions(claims, names) == {("Canada", "Iran", "2023-03")}


def test_extending_an_export_ban_noun(run: Run) -> None:
    text = (
        "In May 2022 the Council of the European Union extended its export bans on "
        "machine tools to Iran."
    )
    claims, names = run(text, NAMES)
    assert _sanctions(claims, names) == {("Council of the European Union", "Iran", "2022-05")}


def test_banning_something_other_than_trade_is_no_sanction(run: Run) -> None:
    claims, _ = run("Norway banned cluster munitions in 2008, and Oslo banned a rally.", NAMES)
    assert by_type(claims, "sanction") == []


def test_a_ban_on_delivering_a_named_weapon_is_no_sanction(run: Run) -> None:
    text = "Germany kept its ban on Taurus deliveries to Ukraine in place."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []
