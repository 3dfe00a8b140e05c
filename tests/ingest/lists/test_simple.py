from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest.lists import BAD_ROW
from armstrace.ingest.lists.simple import read_simple
from armstrace.model import ArmstraceError, ListedType


def test_rows_split_their_multi_values(lists_dir: Path) -> None:
    listed = read_simple(lists_dir / "targets.simple.csv")
    by_id = {e.list_id: e for e in listed.entries}
    assert by_id["os-volgomash"].aliases == ("Volgomash", "Volgomash Concern")
    assert by_id["os-zakharov"].type is ListedType.PERSON
    assert by_id["os-tanker"].identifiers == (("imo", "9234567"),)
    assert by_id["os-tanker"].programs == ("IRAN",)
    assert by_id["os-zakharov"].line == 3


def test_unknown_schema_is_named_by_line(lists_dir: Path, tmp_path: Path) -> None:
    text = (
        (lists_dir / "targets.simple.csv")
        .read_text("utf-8")
        .replace("os-tanker,Vessel", "os-tanker,Spaceship")
    )
    bad = tmp_path / "targets.simple.csv"
    bad.write_text(text, "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_simple(bad)
    assert caught.value.code == BAD_ROW
    assert ":4: unknown schema 'Spaceship'" in caught.value.message


def test_a_header_without_the_columns_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "t.csv"
    bad.write_text("id,schema,name\nx,Person,X\n", "utf-8")
    with pytest.raises(ArmstraceError, match="header lacks aliases"):
        read_simple(bad)
