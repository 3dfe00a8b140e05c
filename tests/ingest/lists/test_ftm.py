from __future__ import annotations

import json
from pathlib import Path

import pytest

from armstrace.ingest.lists import BAD_ROW
from armstrace.ingest.lists.ftm import parse_share, read_ftm
from armstrace.model import ArmstraceError, ListedType


def test_targets_become_entries_with_their_sanction_programmes(lists_dir: Path) -> None:
    listed = read_ftm(lists_dir / "entities.ftm.json")
    assert listed.name == "test_sanctions"
    by_id = {e.list_id: e for e in listed.entries}
    assert sorted(by_id) == ["os-tanker", "os-volgomash", "os-zakharov"]
    assert by_id["os-volgomash"].programs == ("RUSSIA-EO14024",)
    assert ("inn", "7707083893") in by_id["os-volgomash"].identifiers
    assert by_id["os-zakharov"].aliases == ("Пётр Захаров",)
    assert by_id["os-tanker"].type is ListedType.VESSEL
    assert by_id["os-tanker"].identifiers[0][0] == "imo"


def test_ownership_links_keep_the_names_of_unlisted_assets(lists_dir: Path) -> None:
    (link,) = read_ftm(lists_dir / "entities.ftm.json").ownerships
    assert (link.owner, link.asset, link.share) == ("os-volgomash", "os-kupol", 100.0)
    assert link.asset_name == "Kupol Electromechanical Plant"


@pytest.mark.parametrize(
    ("values", "share"),
    [(["51"], 51.0), (["50.5 %"], 50.5), (["0.25"], 25.0), (["majority"], None), ([], None)],
)
def test_percentages_are_read_from_free_text(values: list[str], share: float | None) -> None:
    assert parse_share(values) == share


def test_a_line_that_is_not_an_entity_is_named(lists_dir: Path, tmp_path: Path) -> None:
    lines = (lists_dir / "entities.ftm.json").read_text("utf-8").splitlines()
    lines.insert(2, json.dumps({"id": "x", "properties": {}}))
    bad = tmp_path / "entities.ftm.json"
    bad.write_text("\n".join(lines), "utf-8")
    with pytest.raises(ArmstraceError) as caught:
        read_ftm(bad)
    assert caught.value.code == BAD_ROW
    assert f"{bad}:3" in caught.value.message


def test_broken_json_is_named_by_line(tmp_path: Path) -> None:
    bad = tmp_path / "entities.ftm.json"
    bad.write_text(
        '{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n{"id": ', "utf-8"
    )
    with pytest.raises(ArmstraceError, match=r"entities.ftm.json:2: not a JSON object"):
        read_ftm(bad)
