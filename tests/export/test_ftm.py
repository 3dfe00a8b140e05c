"""FollowTheMoney export validates with followthemoney and imports back without loss."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from followthemoney import model

from armstrace.export.ftm import (
    BAD_FTM,
    export_ftm,
    import_ftm,
    main,
    sidecar_path,
    validate,
)
from armstrace.model import (
    ArmstraceError,
    Attribution,
    Claim,
    ClaimType,
    Entity,
    EntityType,
    ItemClass,
    Modality,
    Stance,
    Status,
)
from armstrace.services import screening
from armstrace.store import Store

from tests.services.test_screening import CLAIMS, ENTITIES, TEXT, _doc

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "lists"
SECOND = (
    "Volgomash delivered Buk launchers to Myanmar in March 2023, officials said. "
    "Volgomash denies supplying Pyotr Zakharov's firm.\n"  # FtM strips this newline
)


def _second() -> object:
    entities = [
        Entity("volgomash", "Volgomash", EntityType.ORGANIZATION, ("Volgomash",), "ru"),
        Entity("myanmar", "Myanmar", EntityType.COUNTRY, ("Myanmar",), "mm"),
        Entity("zakharov", "Pyotr Zakharov", EntityType.PERSON, ("Pyotr Zakharov",)),
    ]
    claims = [
        Claim(
            ClaimType.TRANSFER,
            SECOND.split(". ")[0] + ".",
            subject="volgomash",
            object="myanmar",
            item="Buk launchers",
            item_class=ItemClass.WEAPON_SYSTEM,
            time="2023-03",
            status=Status.DELIVERED,
            modality=Modality.HEDGED,
            attribution=(Attribution("officials"),),
            evidence_start=0,
        ),
        Claim(
            ClaimType.PRODUCTION,
            "Volgomash denies supplying Pyotr Zakharov's firm.",
            subject="volgomash",
            item="launchers",
            attribution=(Attribution("volgomash", Stance.DENIES),),
            quantity=3.0,
        ),
    ]
    return _doc(SECOND, entities, claims)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "a.db")) as opened:
        opened.save(_doc(TEXT, ENTITIES, CLAIMS))
        opened.save(_second())  # type: ignore[arg-type]
        screening.load_list(opened, LISTS / "sdn.csv")
        (org,) = screening.matches_json(opened, entity_id="volgomash")
        screening.decide_match(opened, org["id"], "confirmed")
        yield opened


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_the_export_is_valid_followthemoney(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ftm.json"
    counts = export_ftm(store, out)
    lines = _lines(out)
    assert validate(lines) == []
    assert {
        "Article",
        "Organization",
        "Person",
        "Ownership",
        "EconomicActivity",
        "Event",
        "Documentation",
        "Sanction",
    } <= set(counts)
    by_id = {str(d["id"]): model.get_proxy(d) for d in lines}
    for proxy in by_id.values():  # every reference points at an exported entity
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in by_id, (proxy.id, prop.name, value)
    transfer = next(p for p in by_id.values() if p.schema.name == "EconomicActivity")
    assert transfer.get("goodsDescription") == ["Buk launchers"]
    assert transfer.get("destinationCountry") == ["mm"]
    assert by_id[transfer.get("sender")[0]].get("name") == ["Volgomash Concern"]
    assert by_id[transfer.get("proof")[0]].schema.name == "Article"
    ownership = next(p for p in by_id.values() if p.schema.name == "Ownership")
    assert ownership.get("percentage") in (["100"], ["30"])
    listed = next(p for p in by_id.values() if p.schema.name == "Sanction" and p.get("recordId"))
    assert listed.get("recordId") == ["9001"] and "RUSSIA-EO14024" in listed.get("program")
    assert sidecar_path(out).is_file()


def test_import_reads_it_back_without_loss(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ftm.json"
    export_ftm(store, out)
    with Store.open(str(tmp_path / "b.db")) as copy:
        result = import_ftm(copy, out)
        assert result["saved"] == 2
        assert list(copy.all_resolved()) == list(store.all_resolved())
        again = import_ftm(copy, out)
        assert again["saved"] == 0 and again["skipped"] == 2
        out2 = tmp_path / "again.ftm.json"
        export_ftm(copy, out2)
    articles = [d for d in _lines(out2) if d["schema"] != "Sanction"]
    assert articles == [d for d in _lines(out) if d["schema"] != "Sanction"]


def test_without_the_sidecar_what_ftm_holds_still_imports(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ftm.json"
    export_ftm(store, out)
    sidecar_path(out).unlink()
    with Store.open(str(tmp_path / "c.db")) as copy:
        assert import_ftm(copy, out)["saved"] == 2
        owned = [r.claim for r in copy.claims(type=ClaimType.OWNERSHIP)[0]]
        assert {(c.subject, c.object, c.share) for c in owned} >= {("kupol", "volgomash", 100.0)}


def test_a_broken_file_is_named_by_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.ftm.json"
    bad.write_text(
        '{"id": "a", "schema": "Person", "properties": {}}\n{"id": "b", "schema": "Nope"}\n'
    )
    with Store.open(str(tmp_path / "d.db")) as copy, pytest.raises(ArmstraceError) as caught:
        import_ftm(copy, bad)
    assert caught.value.code == BAD_FTM and "x.ftm.json:2" in caught.value.message


def test_the_module_entry_point(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.ftm.json"
    db = str(store.engine.url.database)
    assert main(["export", str(out), "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["Article"] == 2
    assert validate(_lines(out)) == []
