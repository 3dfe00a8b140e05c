"""Analyst reviews: stored apart, folded into views, kept across re-extraction."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import delete

from armstrace.model import ArmstraceError, Claim, ClaimType
from armstrace.services import reviewing, screening
from armstrace.services.querying import claims_page
from armstrace.store import Store
from armstrace.store.schema import documents

from tests.services.workbench_corpus import KESTREL, NOVARIA, NOVARIA_DUP, ORLAN, corpus


def _claim(store: Store, **filters: str) -> dict[str, object]:
    items = claims_page(store, **filters)["items"]
    assert items, filters
    return dict(items[0])


def _by_id(store: Store, claim_id: int) -> dict[str, object]:
    return reviewing.overlay_claims(store, [reviewing.find_claim(store, claim_id)])[0]


def test_accept_is_shown_beside_the_machine_values(workbench_store: Store) -> None:
    claim = _claim(workbench_store, entity=KESTREL.id, type="transfer")
    review = reviewing.review_claim(workbench_store, int(claim["id"]), "accept", note="seen it")
    after = _by_id(workbench_store, int(claim["id"]))
    assert after["review"] == {
        "verdict": "accepted",
        "corrections": {},
        "reviews": [review["id"]],
        "notes": ["seen it"],
    }
    machine = [k for k in after if k not in ("review", "attribution")]
    assert {k: after[k] for k in machine} == {k: claim[k] for k in machine}
    assert {"id", "type", "subject", "object", "item", "evidence", "document"} <= set(machine)
    assert review["snapshot"]["evidence"] == claim["evidence"]


def test_later_verdict_wins_and_history_is_kept(workbench_store: Store) -> None:
    claim_id = int(_claim(workbench_store, type="ownership")["id"])
    reviewing.review_claim(workbench_store, claim_id, "reject")
    reviewing.review_claim(workbench_store, claim_id, "accept")
    review = _by_id(workbench_store, claim_id)["review"]
    assert isinstance(review, dict)
    assert review["verdict"] == "accepted"
    assert len(review["reviews"]) == 2
    assert [r["action"] for r in reviewing.export_reviews(workbench_store)] == ["reject", "accept"]


def test_corrections_are_checked_and_resolved(workbench_store: Store) -> None:
    claim_id = int(_claim(workbench_store, entity=NOVARIA_DUP.id, type="transfer")["id"])
    done = reviewing.review_claim(
        workbench_store,
        claim_id,
        "correct",
        fields={"subject": "Novaria Dynamics", "modality": "asserted", "quantity": "7", "item": ""},
    )
    assert done["fields"] == {
        "subject": {"id": NOVARIA.id, "name": NOVARIA.name},
        "modality": "asserted",
        "quantity": 7.0,
    }
    review = _by_id(workbench_store, claim_id)["review"]
    assert isinstance(review, dict)
    assert review["verdict"] == "corrected"
    assert review["corrections"]["modality"] == "asserted"


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"modality": "certain"}, "modality must be one of"),
        ({"quantity": "a dozen"}, "quantity must be a number"),
        ({"colour": "red"}, "cannot correct colour"),
        ({}, "at least one corrected field"),
    ],
)
def test_bad_corrections_are_refused(
    workbench_store: Store, fields: dict[str, str], fragment: str
) -> None:
    claim_id = int(_claim(workbench_store, type="ownership")["id"])
    with pytest.raises(ArmstraceError, match=fragment) as caught:
        reviewing.review_claim(workbench_store, claim_id, "correct", fields=fields)
    assert caught.value.code == "E604"
    assert reviewing.export_reviews(workbench_store) == []


def test_unknown_claim_and_action(workbench_store: Store) -> None:
    with pytest.raises(ArmstraceError) as caught:
        reviewing.review_claim(workbench_store, 99_999, "accept")
    assert caught.value.code == "E603"
    with pytest.raises(ArmstraceError) as caught:
        reviewing.review_claim(workbench_store, 1, "approve")
    assert caught.value.code == "E605"


def test_review_survives_re_extraction_with_new_ids(workbench_store: Store) -> None:
    """Newer rules: the article is stored again, claims get new row ids, one claim's
    roles change. The unchanged claim keeps its review; the changed one does not."""
    first = corpus()[0]
    claims = claims_page(workbench_store, document=first.document.id)["items"]
    delivered = next(c for c in claims if c["object"]["id"] == KESTREL.id)
    denied = next(c for c in claims if c["object"]["id"] != KESTREL.id)
    reviewing.review_claim(workbench_store, delivered["id"], "accept")
    reviewing.review_claim(workbench_store, denied["id"], "reject")

    with workbench_store.engine.begin() as conn:
        conn.execute(delete(documents).where(documents.c.id == first.document.id))
    extra = Claim(ClaimType.PRODUCTION, first.claims[0].evidence, subject=NOVARIA.id)
    moved = dataclasses.replace(first.claims[1], subject=ORLAN.id)
    again = dataclasses.replace(
        first,
        entities=(*first.entities, ORLAN),
        claims=(extra, moved, first.claims[0]),
    )
    assert workbench_store.save(again)

    new = reviewing.overlay_claims(
        workbench_store, claims_page(workbench_store, document=first.document.id)["items"]
    )
    same = next(c for c in new if c["type"] == "transfer" and c["object"]["id"] == KESTREL.id)
    changed = next(c for c in new if c["subject"]["id"] == ORLAN.id)
    assert same["id"] != delivered["id"]
    assert same["review"]["verdict"] == "accepted"
    assert changed["review"] is None
    assert len(reviewing.export_reviews(workbench_store)) == 2


def test_merge_folds_claims_and_split_undoes_it(workbench_store: Store) -> None:
    before = reviewing.reviewed_dossier(workbench_store, NOVARIA.id)
    assert before is not None
    count = sum(len(v) for v in before["claims_by_type"].values())

    reviewing.review_entities(workbench_store, "merge", NOVARIA_DUP.id, into=NOVARIA.name)
    merged = reviewing.reviewed_dossier(workbench_store, NOVARIA.id)
    assert merged is not None
    folded = [c for v in merged["claims_by_type"].values() for c in v]
    assert len(folded) == count + 2  # the JSC's ownership and hedged transfer
    assert {c.get("merged_from") for c in folded} == {None, NOVARIA_DUP.id}
    assert merged["merged_from"] == [{"id": NOVARIA_DUP.id, "name": NOVARIA_DUP.name}]
    away = reviewing.reviewed_dossier(workbench_store, NOVARIA_DUP.id)
    assert away is not None
    assert away["merged_into"] == {"id": NOVARIA.id, "name": NOVARIA.name}
    assert reviewing.merged_into(workbench_store, NOVARIA_DUP.id) == NOVARIA.id

    with pytest.raises(ArmstraceError, match="cycle"):
        reviewing.review_entities(workbench_store, "merge", NOVARIA.id, into=NOVARIA_DUP.id)

    reviewing.review_entities(workbench_store, "split", NOVARIA_DUP.id, into=NOVARIA.id)
    after = reviewing.reviewed_dossier(workbench_store, NOVARIA.id)
    assert after is not None
    assert sum(len(v) for v in after["claims_by_type"].values()) == count
    assert reviewing.merged_into(workbench_store, NOVARIA_DUP.id) is None


def test_split_names_off_an_entity(workbench_store: Store) -> None:
    done = reviewing.review_entities(
        workbench_store, "split", KESTREL.id, names=["Republic of Kestrel", " "], note="a ship"
    )
    assert done["fields"] == {"names": ["Republic of Kestrel"]}
    dossier = reviewing.reviewed_dossier(workbench_store, KESTREL.id)
    assert dossier is not None
    assert dossier["split_off_names"] == ["Republic of Kestrel"]
    assert [r["action"] for r in dossier["entity_reviews"]] == ["split"]
    with pytest.raises(ArmstraceError) as caught:
        reviewing.review_entities(workbench_store, "split", KESTREL.id)
    assert caught.value.code == "E607"
    with pytest.raises(ArmstraceError) as caught:
        reviewing.review_entities(workbench_store, "merge", "Atlantis", into=KESTREL.id)
    assert caught.value.code == "E606"


def test_reviews_page_filters_and_pages(workbench_store: Store) -> None:
    ids = [int(c["id"]) for c in claims_page(workbench_store, type="transfer")["items"]]
    for claim_id in ids:
        reviewing.review_claim(workbench_store, claim_id, "accept")
    reviewing.review_entities(workbench_store, "merge", NOVARIA_DUP.id, into=NOVARIA.id)
    page = reviewing.reviews_page(workbench_store, limit=2, offset=1)
    assert page["total"] == len(ids) + 1
    assert [r["id"] for r in page["items"]] == [len(ids), len(ids) - 1]
    merges = reviewing.reviews_page(workbench_store, action="merge")
    assert [r["entity_id"] for r in merges["items"]] == [NOVARIA_DUP.id]
    about = reviewing.reviews_page(workbench_store, entity=ORLAN.id)
    assert about["total"] == 0
    with pytest.raises(ArmstraceError):
        reviewing.reviews_page(workbench_store, action="approve")


def test_sources_are_named(workbench_store: Store) -> None:
    claim = _by_id(workbench_store, int(_claim(workbench_store, entity=KESTREL.id)["id"]))
    assert [a["name"] for a in claim["attribution"]] == ["Kestrel Defence Ministry"]


def test_sanctions_without_a_list_is_not_screened_rather_than_clear(
    workbench_store: Store,
) -> None:
    summary = reviewing.sanctions_summary(workbench_store, NOVARIA.id)
    assert summary["status"] == "not screened"
    assert summary["lists"] == []
    assert summary["matches"] == []


def test_sanctions_status_and_exposure_from_a_loaded_list(
    workbench_store: Store, tmp_path: Path
) -> None:
    sdn = tmp_path / "sdn.csv"
    sdn.write_text(
        '9101,"ORLAN HOLDINGS LIMITED",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        "-0- ,\"a.k.a. 'ORLAN GROUP'.\"\n"
    )
    screening.load_list(workbench_store, sdn, "ofac-sdn")
    owner = reviewing.sanctions_summary(workbench_store, ORLAN.id)
    assert owner["status"] in ("listed", "possible match")
    assert [m["list_id"] for m in owner["matches"]] == ["9101"]
    assert owner["lists"] and "version 1" in owner["lists"][0]
    owned = reviewing.sanctions_summary(workbench_store, NOVARIA_DUP.id)
    assert owned["status"] == "exposed"
    assert "Orlan Holdings" in owned["exposure"]["paths"][0]["text"]
    clear = reviewing.sanctions_summary(workbench_store, NOVARIA.id)
    assert clear["status"] == "clear"
    dossier = reviewing.reviewed_dossier(workbench_store, NOVARIA_DUP.id)
    assert dossier is not None
    assert dossier["sanctions"]["status"] == "exposed"
