"""Sanctions services over a real SQLite file: load, auto-screen the graph, decide,
exposure with its path, diffs that report newly listed parties, batch screening."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from armstrace.model import (
    ArmstraceError,
    Claim,
    ClaimType,
    Document,
    Entity,
    EntityType,
    Mention,
    ResolvedDoc,
)
from armstrace.services import screening
from armstrace.store import Store

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "lists"
ORG, PER = EntityType.ORGANIZATION, EntityType.PERSON

TEXT = (
    "Volgomash Concern owns all of Kupol Electromechanical Plant, the plant said. "
    "Volgomash also holds 30 percent of Orbita Instruments. "
    "Pyotr Zakharov runs Volgomash. "
    "Volgomash has a stake in Tundra Logistics."
)


def _doc(text: str, entities: Sequence[Entity], claims: Sequence[Claim]) -> ResolvedDoc:
    digest = hashlib.sha256(text.encode()).hexdigest()
    mentions, mapping = [], {}
    for i, entity in enumerate(entities):
        surface = entity.aliases[0] if entity.aliases else entity.name
        start = text.index(surface)
        mentions.append(Mention(f"m{i}", start, start + len(surface), surface, entity.type))
        mapping[f"m{i}"] = entity.id
    document = Document(id=f"doc-{digest[:12]}", text=text, content_hash=digest, title="Wire story")
    return ResolvedDoc(document, tuple(mentions), tuple(entities), mapping, tuple(claims))


def _sentence(part: str) -> str:
    return next(s.strip() + "." for s in TEXT.split(".") if part in s)


ENTITIES = [
    Entity("volgomash", "Volgomash Concern", ORG, ("Volgomash Concern",), "ru"),
    Entity("kupol", "Kupol Electromechanical Plant", ORG),
    Entity("orbita", "Orbita Instruments", ORG),
    Entity("tundra", "Tundra Logistics", ORG),
    Entity("zakharov", "Pyotr Zakharov", PER, ("Pyotr Zakharov",), "ru"),
]
CLAIMS = [
    Claim(
        ClaimType.OWNERSHIP, _sentence("owns all"), subject="kupol", object="volgomash", share=100.0
    ),
    Claim(
        ClaimType.OWNERSHIP,
        _sentence("30 percent"),
        subject="orbita",
        object="volgomash",
        share=30.0,
    ),
    Claim(ClaimType.OWNERSHIP, _sentence("a stake"), subject="tundra", object="volgomash"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "graph.db")) as opened:
        opened.save(_doc(TEXT, ENTITIES, CLAIMS))
        yield opened


def test_loading_a_list_screens_the_graph_and_status_says_so(store: Store) -> None:
    result = screening.load_list(store, LISTS / "sdn.csv")
    assert result["list"]["entries"] == 6 and result["new_version"]
    assert result["screened_entities"] == 5  # people and organisations only
    status = screening.sanctions_status(store, "volgomash")
    assert status["status"] == "possible match"
    (match,) = status["matches"]
    assert (match["list"], match["list_id"]) == ("ofac-sdn", "9001")
    assert "volgomash" in match["why"]
    assert screening.sanctions_status(store, "orbita")["status"] != "listed"
    person = screening.sanctions_status(store, "zakharov")["matches"]
    assert [m["list_id"] for m in person] == ["9002"]


def test_dismissed_stays_dismissed_and_confirmed_makes_listed(store: Store) -> None:
    screening.load_list(store, LISTS / "sdn.csv")
    (person,) = screening.matches_json(store, entity_id="zakharov")
    screening.decide_match(store, person["id"], "dismissed", by="ana", note="namesake")
    screening.screen_entities(store)
    assert screening.matches_json(store, entity_id="zakharov")[0]["status"] == "dismissed"
    status = screening.sanctions_status(store, "zakharov")
    assert status["status"] == "clear" and status["dismissed"][0]["note"] == "namesake"
    (org,) = screening.matches_json(store, entity_id="volgomash")
    screening.decide_match(store, org["id"], "confirmed")
    assert screening.sanctions_status(store, "volgomash")["status"] == "listed"
    with pytest.raises(ArmstraceError):
        screening.decide_match(store, org["id"], "maybe")


def test_exposure_follows_ownership_claims_with_shares_and_sources(store: Store) -> None:
    screening.load_list(store, LISTS / "sdn.csv")
    (org,) = screening.matches_json(store, entity_id="volgomash")
    screening.decide_match(store, org["id"], "confirmed")
    report = {e["entity_id"]: e for e in screening.exposure_report(store)}
    kupol = report["kupol"]
    assert kupol["status"] == "exposed" and kupol["share"] == 100.0
    (path,) = kupol["paths"]
    assert path["text"].startswith(
        "Kupol Electromechanical Plant → owned by Volgomash Concern (100%) → on ofac-sdn 9001"
    )
    assert "UKRAINE-EO13661" in path["text"]
    assert "owns all of Kupol" in path["hops"][0]["evidence"][0]
    assert "Wire story" in path["hops"][0]["evidence"][0]
    assert report["orbita"]["status"] == "minority" and report["orbita"]["share"] == 30.0
    assert report["tundra"]["status"] == "unknown_share"
    assert screening.sanctions_status(store, "kupol")["status"] == "exposed"
    assert screening.sanctions_statuses(store, ["volgomash", "kupol", "orbita", "zakharov"]) == {
        "volgomash": "listed",
        "kupol": "exposed",
        "orbita": "owned in part by listed parties",
        "zakharov": "possible match",
    }


def test_list_ownership_data_exposes_an_unlisted_asset(store: Store) -> None:
    screening.load_list(store, LISTS / "entities.ftm.json")
    report = {e["entity_id"]: e for e in screening.exposure_report(store)}
    # the FtM file says the listed Volgomash owns 100% of Kupol; Kupol is in the graph
    assert report["kupol"]["status"] == "exposed"
    assert "test_sanctions ownership data" in report["kupol"]["paths"][0]["hops"][0]["evidence"][0]


def test_a_new_version_reports_added_parties_already_in_the_graph(
    store: Store, tmp_path: Path
) -> None:
    first = tmp_path / "v1" / "sdn.csv"
    first.parent.mkdir()
    lines = (LISTS / "sdn.csv").read_text("utf-8").rstrip("\x1a").splitlines()
    first.write_text("\n".join(line for line in lines if not line.startswith("9002,")), "utf-8")
    screening.load_list(store, first, name="ofac-sdn")
    second = tmp_path / "v2" / "sdn.csv"
    second.parent.mkdir()
    shutil.copy(LISTS / "sdn.csv", second)
    result = screening.load_list(store, second, name="ofac-sdn")
    assert result["list"]["version"] == 2 and result["diff"]["added"] == 1
    assert [h["entity_id"] for h in result["in_graph"]] == ["zakharov"]
    diff = screening.diff_json(store, "ofac-sdn")
    assert [(c["list_id"], c["change"]) for c in diff["changes"]] == [("9002", "added")]
    assert diff["in_graph"][0]["entity_name"] == "Pyotr Zakharov"
    assert [v["version"] for v in screening.versions_json(store, "ofac-sdn")] == [1, 2]
    from armstrace.store.assessing import AssessmentLog

    alerts = AssessmentLog(store.engine).alerts()
    assert any(a.kind == "sanctions_listed" and a.entity_id == "zakharov" for a in alerts)


def test_a_malformed_list_loads_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text('1,"A",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n2,"B"\n', "utf-8")
    with pytest.raises(ArmstraceError, match=r"sdn.csv:2"):
        screening.load_list(store, bad)
    assert screening.lists_json(store) == []


def test_batch_screening_needs_no_database(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        "\n".join(
            json.dumps(q, ensure_ascii=False)
            for q in [
                {"id": "a", "name": "Volgomash", "type": "organization"},
                {"id": "b", "name": "Пётр Захаров", "country": "ru"},
                {"id": "c", "name": "Lockheed Martin"},
                {"id": "d", "name": "IMO 9123456"},
            ]
        ),
        "utf-8",
    )
    out = tmp_path / "r.jsonl"
    assert screening.screen_batch(LISTS / "sdn.csv", queries, out) == 4
    results = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c", "d"]
    assert results[0]["matches"][0]["list_id"] == "9001"
    assert results[1]["matches"][0]["list_id"] == "9002"
    assert results[2]["matches"] == []
    assert results[3]["matches"][0]["list_id"] == "9006"
    assert set(results[0]["matches"][0]) == {"list_id", "name", "score"}


def test_bad_queries_are_named_by_line(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": 1, "name": "A"}\n{"id": 2}\n', "utf-8")
    with pytest.raises(ArmstraceError, match=r"q.jsonl:2: a query needs a string 'name'"):
        screening.screen_batch(LISTS / "sdn.csv", queries, tmp_path / "r.jsonl")
    assert not (tmp_path / "r.jsonl").exists()


def test_screening_a_name_against_stored_lists(store: Store) -> None:
    with pytest.raises(ArmstraceError, match="no sanctions list loaded"):
        screening.screen_name("Volgomash", store=store)
    screening.load_list(store, LISTS / "uk-conlist.csv")
    found = screening.screen_name("Volgomash JSC", store=store)["matches"]
    assert found[0]["list"] == "uk-sanctions" and found[0]["list_id"] == "15001"
    assert screening.list_entries(store, "uk-sanctions", query="zakharov")[0]["list_id"] == "15002"
