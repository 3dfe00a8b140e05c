"""The gazetteer data files and their loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rigour.territories

from armstrace.extract.gazetteer import (
    DATA_DIR,
    FILES,
    Gazetteer,
    build_gazetteer,
    name_key,
    read_entries,
)
from armstrace.model import ArmstraceError, EntityType

ISO_CODES = {t.code.upper() for t in rigour.territories.get_territories() if len(t.code) == 2}


@pytest.mark.parametrize("file_name", sorted(FILES))
def test_every_row_has_the_files_type_and_a_valid_country_code(file_name: str) -> None:
    path = DATA_DIR / file_name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert rows, f"{file_name} is empty"
    for row in rows:
        assert row["type"] == FILES[file_name].value, row
        assert row["country"] is None or row["country"] in ISO_CODES, row
        assert row["name"].strip() == row["name"], row


@pytest.mark.parametrize("file_name", sorted(FILES))
def test_no_name_is_listed_twice_in_one_file(file_name: str) -> None:
    entries = list(read_entries(DATA_DIR / file_name, FILES[file_name]))
    keys = [name_key(e.name) for e in entries]
    assert len(keys) == len(set(keys))


def test_packaged_gazetteer_covers_the_main_actors(gazetteer: Gazetteer) -> None:
    dprk = gazetteer.lookup("DPRK", EntityType.COUNTRY)
    assert dprk is not None and dprk.country == "KP"
    assert gazetteer.lookup("Geran-2", EntityType.WEAPON_SYSTEM) == gazetteer.lookup(
        "Shahed-136", EntityType.WEAPON_SYSTEM
    )


def test_every_sovereign_state_has_a_country_row(gazetteer: Gazetteer) -> None:
    countries = {e.country for e in gazetteer.entries if e.type is EntityType.COUNTRY}
    for code in ("RU", "UA", "IR", "KP", "CN", "US", "GB", "TR", "AE", "KG", "XK", "TW", "HK"):
        assert code in countries


def test_demonym_leads_to_its_country(gazetteer: Gazetteer) -> None:
    entry = gazetteer.country_of_demonym("North Korean")
    assert entry is not None and entry.country == "KP"


def test_name_key_ignores_case_diacritics_punctuation_and_the() -> None:
    assert name_key("The Türkiye") == name_key("turkiye")
    assert name_key("U.S.") == name_key("U S")
    assert name_key("Kalashnikov's") == name_key("Kalashnikov")


def _write(folder: Path, file_name: str, lines: list[str]) -> None:
    for other in FILES:
        (folder / other).write_text("", encoding="utf-8")
    (folder / file_name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_added_row_is_found_by_its_alias(tmp_path: Path) -> None:
    row = {"name": "Example Works", "type": "organization", "country": "FI", "aliases": ["EW"]}
    _write(tmp_path, "organizations.jsonl", ["# analysts' additions", json.dumps(row)])
    entry = build_gazetteer(tmp_path).lookup("EW")
    assert entry is not None and entry.name == "Example Works" and entry.country == "FI"


def test_a_row_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    row = {"name": "Example Works", "type": "weapon_system", "country": None}
    _write(tmp_path, "organizations.jsonl", [json.dumps(row)])
    with pytest.raises(ArmstraceError) as caught:
        build_gazetteer(tmp_path)
    assert caught.value.code == "E202" and "organizations.jsonl:1" in caught.value.message


def test_a_bad_country_code_is_refused(tmp_path: Path) -> None:
    row = {"name": "Example Works", "type": "organization", "country": "Finland"}
    _write(tmp_path, "organizations.jsonl", [json.dumps(row)])
    with pytest.raises(ArmstraceError) as caught:
        build_gazetteer(tmp_path)
    assert caught.value.code == "E202"


def test_a_line_that_is_not_json_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "places.jsonl", ['{"name": "Izhevsk", '])
    with pytest.raises(ArmstraceError) as caught:
        build_gazetteer(tmp_path)
    assert caught.value.code == "E201" and "places.jsonl:1" in caught.value.message


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ArmstraceError) as caught:
        build_gazetteer(tmp_path / "nowhere")
    assert caught.value.code == "E200"
