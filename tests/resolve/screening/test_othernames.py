from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.model import ArmstraceError, ListedType, SanctionEntry
from armstrace.resolve.screening import ScreeningIndex, load_other_names
from armstrace.resolve.screening.othernames import BAD_OTHER_NAMES, load_synonyms


def test_the_shipped_table_names_the_concerns_news_shortens() -> None:
    others = {(o.listed_name, o.other_name) for o in load_other_names()}
    assert ("STATE CORPORATION ROSTEC", "Rostekhnologii") in others
    assert load_synonyms()["kontsern"] == "concern"


def test_an_analysts_file_adds_names_that_then_match(tmp_path: Path) -> None:
    mine = tmp_path / "other.csv"
    mine.write_text(
        "# mine\nlisted_name,other_name,note\n"
        "JSC Volgomash Concern,VGM Group,seen in trade press\n",
        "utf-8",
    )
    entry = SanctionEntry("1", "JOINT STOCK COMPANY VOLGOMASH CONCERN", ListedType.ORGANIZATION)
    others = load_other_names(mine, shipped=False)
    assert len(others) == 1
    plain = ScreeningIndex.build("l", (entry,), other_names=())
    with_file = ScreeningIndex.build("l", (entry,), other_names=others)
    assert plain.screen("VGM Group") == []
    (match,) = with_file.screen("VGM Group")
    assert match.list_id == "1"
    assert "other-names file (seen in trade press)" in match.explanation


def test_a_bad_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "other.csv"
    bad.write_text("name,alias\nA,B\n", "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        load_other_names(bad)
    assert caught.value.code == BAD_OTHER_NAMES
    bad.write_text("listed_name,other_name\nA,\n", "utf-8")
    with pytest.raises(ArmstraceError, match=r"other.csv:2"):
        load_other_names(bad)
