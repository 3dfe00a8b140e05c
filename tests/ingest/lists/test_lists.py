"""Format detection and the one entry point, including the real SDN file."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest.lists import (
    EMPTY_LIST,
    NO_SUCH_FILE,
    UNKNOWN_FORMAT,
    detect_format,
    read_list,
)
from armstrace.model import ArmstraceError, ListedType

from tests.conftest import SHARED, need


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("sdn.csv", "ofac-sdn"),
        ("entities.ftm.json", "ftm"),
        ("targets.simple.csv", "os-targets"),
        ("eu-fsf.xml", "eu-xml"),
        ("uk-conlist.csv", "uk-csv"),
    ],
)
def test_each_format_is_detected_and_loads(lists_dir: Path, name: str, fmt: str) -> None:
    assert detect_format(lists_dir / name) == fmt
    assert read_list(lists_dir / name).format == fmt


def test_unknown_content_asks_for_a_format(tmp_path: Path) -> None:
    odd = tmp_path / "list.txt"
    odd.write_text("hello\nworld\n", "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_list(odd)
    assert caught.value.code == UNKNOWN_FORMAT
    with pytest.raises(ArmstraceError) as caught:
        read_list(odd, "pdf")
    assert caught.value.code == UNKNOWN_FORMAT


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ArmstraceError) as caught:
        read_list(tmp_path / "nope.csv", "ofac-sdn")
    assert caught.value.code == NO_SUCH_FILE
    empty = tmp_path / "sdn.csv"
    empty.write_text("", "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_list(empty, "ofac-sdn")
    assert caught.value.code == EMPTY_LIST


def test_the_real_sdn_list_of_3_may_2024() -> None:
    path = SHARED / "data" / "ofac" / "sdn-2024-05-03.csv"
    need(path.is_file(), f"{path} (the real OFAC SDN list) is not here")
    sdn = read_list(path)
    assert sdn.format == "ofac-sdn"
    assert len(sdn.entries) == 14965
    by_id = {e.list_id: e for e in sdn.entries}
    almaz = by_id["16865"]
    assert almaz.name == "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY"
    assert almaz.programs == ("UKRAINE-EO13661", "RUSSIA-EO14024")
    assert by_id["306"].aliases == ("BNC",)
    assert ("imo", "7406784") in by_id["4243"].identifiers
    kinds = {e.type for e in sdn.entries}
    assert kinds == {
        ListedType.ORGANIZATION,
        ListedType.PERSON,
        ListedType.VESSEL,
        ListedType.AIRCRAFT,
    }
    # and the index screens it as news writes the names
    from armstrace.resolve.screening import ScreeningIndex

    index = ScreeningIndex.build("ofac-sdn", sdn.entries)
    for query, expected in [
        ("Almaz-Antey", "16865"),
        ("Алмаз-Антей", "16865"),
        ("Kalashnikov Concern", "16911"),
        ("Vladimir Putin", "35096"),
        ("IMO 7406784", "4243"),
    ]:
        found = index.screen(query)
        assert found and found[0].list_id == expected, (query, found)
    assert index.screen("Trading Company") == []
