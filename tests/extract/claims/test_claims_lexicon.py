"""The lexicon data files load, and broken ones fail with a clear error code."""

from __future__ import annotations

import pytest

from armstrace.extract.claims import lexicon as lex_mod
from armstrace.model import ArmstraceError, ItemClass


def test_packaged_lexicon_has_every_list() -> None:
    lex = lex_mod.lexicon()
    for name in ("transfer_verbs", "sanction_verbs", "reporting_verbs", "hedge_adverbs"):
        assert lex[name]
    assert lex.items["drone"].item_class == ItemClass.WEAPON_SYSTEM
    assert lex.items["chip"].hs_codes == "8542"


def test_bad_item_class_row_is_e232(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lex_mod, "_read", lambda name: "drone\tweapon\n")
    with pytest.raises(ArmstraceError) as err:
        lex_mod._item_classes("item_classes.tsv")
    assert err.value.code == "E232"


def test_bad_json_is_e231(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lex_mod, "_read", lambda name: "{not json")
    with pytest.raises(ArmstraceError) as err:
        lex_mod._word_lists("triggers.json")
    assert err.value.code == "E231"
