from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest.lists import BAD_ROW
from armstrace.ingest.lists.uk import read_uk
from armstrace.model import ArmstraceError, ListedType


def test_rows_of_one_group_make_one_party(lists_dir: Path) -> None:
    by_id = {e.list_id: e for e in read_uk(lists_dir / "uk-conlist.csv").entries}
    assert sorted(by_id) == ["15001", "15002"]
    volgomash = by_id["15001"]
    assert volgomash.name == "JOINT STOCK COMPANY VOLGOMASH"
    assert set(volgomash.aliases) == {"VOLGOMASH CONCERN", "АО Волгомаш"}
    assert volgomash.type is ListedType.ORGANIZATION
    person = by_id["15002"]
    assert person.name == "Pyotr Ilyich ZAKHAROV"
    assert person.weak_aliases == ("Petya ZAKHAROV",)
    assert person.type is ListedType.PERSON
    assert person.countries == ("ru",)


def test_a_row_without_a_group_is_named_by_line(lists_dir: Path, tmp_path: Path) -> None:
    lines = (lists_dir / "uk-conlist.csv").read_text("utf-8").splitlines()
    lines[3] = lines[3].rsplit(",", 1)[0] + ","
    bad = tmp_path / "uk.csv"
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_uk(bad)
    assert caught.value.code == BAD_ROW
    assert f"{bad}:4: row has no Group ID" in caught.value.message
