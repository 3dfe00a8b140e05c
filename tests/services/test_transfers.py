"""The transfers register: filters, sorting, paging and CSV."""

from __future__ import annotations

import csv
import io

import pytest

from armstrace.model import ArmstraceError
from armstrace.services import reviewing
from armstrace.services.transfers import TRANSFER_COLUMNS, transfers_csv, transfers_table
from armstrace.store import Store

from tests.services.workbench_corpus import KESTREL, NOVARIA, TARSIS


def test_every_transfer_is_a_row(workbench_store: Store) -> None:
    table = transfers_table(workbench_store)
    assert table["total"] == 5
    kinds = {(r["supplier"], r["recipient"], r["status"]) for r in table["items"]}
    assert (NOVARIA.name, KESTREL.name, "planned") in kinds
    denied = [r for r in table["items"] if r["denied_by"]]
    assert [r["denied_by"] for r in denied] == [[TARSIS.name]]


def test_filters_combine(workbench_store: Store) -> None:
    rows = transfers_table(workbench_store, supplier="novaria", recipient="kest")["items"]
    assert {r["time"] for r in rows} == {"2023-03", "2026"}
    assert transfers_table(workbench_store, status="planned")["total"] == 1
    assert transfers_table(workbench_store, modality="hedged")["items"][0]["item"] == (
        "radar components"
    )
    assert transfers_table(workbench_store, since="2022", until="2023")["total"] == 2
    assert transfers_table(workbench_store, entity=TARSIS.name)["total"] == 3
    assert transfers_table(workbench_store, entity="Atlantis")["total"] == 0


def test_sorting_puts_missing_values_last(workbench_store: Store) -> None:
    up = [r["quantity"] for r in transfers_table(workbench_store, sort="quantity")["items"]]
    down = [
        r["quantity"]
        for r in transfers_table(workbench_store, sort="quantity", descending=True)["items"]
    ]
    assert up == [3.0, 12.0, 40.0, None, None]
    assert down == [40.0, 12.0, 3.0, None, None]
    times = [r["time"] for r in transfers_table(workbench_store, sort="time")["items"]]
    assert times == ["2021", "2022", "2023-03", "2026", None]
    with pytest.raises(ArmstraceError) as caught:
        transfers_table(workbench_store, sort="evidence")
    assert caught.value.code == "E601"


def test_paging(workbench_store: Store) -> None:
    whole = transfers_table(workbench_store, sort="time")["items"]
    page = transfers_table(workbench_store, sort="time", limit=2, offset=2)
    assert page["total"] == 5
    assert [r["claim"] for r in page["items"]] == [r["claim"] for r in whole[2:4]]


def test_csv_round_trips_and_defuses_formulas(workbench_store: Store) -> None:
    rows = transfers_table(workbench_store, sort="time")["items"]
    reviewing.review_claim(workbench_store, rows[0]["claim"], "reject")
    rows = transfers_table(workbench_store, sort="time")["items"]
    rows.append({**rows[0], "item": '=HYPERLINK("http://x")', "sources": ["a", "b"]})
    parsed = list(csv.DictReader(io.StringIO(transfers_csv(rows))))
    assert list(parsed[0]) == list(TRANSFER_COLUMNS)
    assert len(parsed) == 6
    assert parsed[0]["review"] == "rejected"
    assert parsed[0]["item"] == "radar components"
    assert parsed[-1]["item"].startswith("'=")
    assert parsed[-1]["sources"] == "a; b"


def test_unknown_modality_is_an_error(workbench_store: Store) -> None:
    with pytest.raises(ArmstraceError) as caught:
        transfers_table(workbench_store, modality="certain")
    assert caught.value.code == "E608"
