from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest.lists import BAD_ROW, read_list
from armstrace.ingest.lists.ofac import looks_like_sdn, read_sdn
from armstrace.model import ArmstraceError, ListedType


def test_reads_every_row_with_types_programs_and_remarks_aliases(sdn_alone: Path) -> None:
    sdn = read_sdn(sdn_alone)
    by_id = {e.list_id: e for e in sdn.entries}
    assert sorted(by_id) == ["9001", "9002", "9003", "9004", "9005", "9006"]
    concern = by_id["9001"]
    assert concern.type is ListedType.ORGANIZATION
    assert concern.programs == ("UKRAINE-EO13661", "RUSSIA-EO14024")
    assert concern.aliases == ("VOLGOMASH CONCERN",)
    assert "ru" in concern.countries
    assert by_id["9002"].type is ListedType.PERSON
    assert by_id["9003"].type is ListedType.VESSEL
    assert ("imo", "9123456") in by_id["9006"].identifiers
    aircraft = by_id["9004"]
    assert aircraft.type is ListedType.AIRCRAFT
    assert ("registration", "EP-XYZ") in aircraft.identifiers


def test_alt_and_add_files_beside_it_add_aliases_weak_aliases_and_countries(
    lists_dir: Path,
) -> None:
    by_id = {e.list_id: e for e in read_sdn(lists_dir / "sdn.csv").entries}
    assert "KESTREL AIR DEFENCE CONCERN" in by_id["9001"].aliases
    assert by_id["9002"].aliases == ("SACHAROV, Petr",)
    assert by_id["9002"].weak_aliases == ("PETYA",)
    assert by_id["9005"].countries == ("cn",)


def test_the_headerless_file_is_recognised(lists_dir: Path) -> None:
    text = (lists_dir / "sdn.csv").read_text("utf-8")
    assert looks_like_sdn(text)
    assert not looks_like_sdn("id,schema,name\n")


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ('9007,"SHORT ROW",-0- ', "expected 12 SDN columns"),
        ('x9,"A",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ', "ent_num must be a number"),
        ('9001,"TWICE",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ', "appears twice"),
        ('9008,-0- ,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ', "no SDN_Name"),
    ],
)
def test_a_malformed_row_is_named_by_its_line(
    sdn_alone: Path, tmp_path: Path, row: str, why: str
) -> None:
    lines = sdn_alone.read_text("utf-8").rstrip("\x1a").splitlines()
    lines.insert(3, row)
    bad = tmp_path / "bad" / "sdn.csv"
    bad.parent.mkdir()
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_list(bad, "ofac-sdn")
    assert caught.value.code == BAD_ROW
    assert f"{bad}:4" in caught.value.message
    assert why in caught.value.message


def test_an_unterminated_quote_is_an_error_not_a_swallowed_file(tmp_path: Path) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text(
        '1,"A",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
        '2,"B,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n',
        "utf-8",
    )
    with pytest.raises(ArmstraceError) as caught:
        read_sdn(bad)
    assert caught.value.code == BAD_ROW
    assert f"{bad}:2" in caught.value.message
