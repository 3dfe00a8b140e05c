from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.ingest.lists import BAD_ROW
from armstrace.ingest.lists.eu import read_eu
from armstrace.model import ArmstraceError, ListedType


def test_entities_with_strong_and_weak_names(lists_dir: Path) -> None:
    by_id = {e.list_id: e for e in read_eu(lists_dir / "eu-fsf.xml").entries}
    volgomash = by_id["9001"]
    assert volgomash.name == "Joint Stock Company Volgomash"
    assert volgomash.aliases == ("АО Волгомаш",)
    assert volgomash.weak_aliases == ("VM",)
    assert volgomash.programs == ("UKR",)
    assert volgomash.countries == ("ru",)
    assert volgomash.identifiers == (("registration", "1027700000001"),)
    assert by_id["9002"].type is ListedType.PERSON


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "eu.xml"
    bad.write_text('<export xmlns="x">\n<sanctionEntity logicalId="1">\n</export>\n', "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_eu(bad)
    assert caught.value.code == BAD_ROW
    assert f"{bad}:3" in caught.value.message


def test_an_entity_without_a_name_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "eu.xml"
    bad.write_text(
        '<export xmlns="x">\n<sanctionEntity logicalId="7">\n<subjectType code="person"/>\n'
        "</sanctionEntity>\n</export>\n",
        "utf-8",
    )
    with pytest.raises(ArmstraceError, match=r"eu.xml:2: sanctionEntity 7 has no nameAlias"):
        read_eu(bad)
