"""Assessment through the services: reprints, independent sources, a late denial, alerts."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrace.services import assessing, querying
from armstrace.services.ingesting import ingest_paths
from armstrace.store import Store

ARTICLES = Path(__file__).parent / "articles"

pytestmark = pytest.mark.slow


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(str(tmp_path / "a.db"))


def drone_claims(store: Store) -> list[dict[str, object]]:
    page = querying.claims_page(store, entity="Iran", type="transfer")
    return [c for c in page["items"] if "Shahed" in (c["item"] or "")]


def test_a_verbatim_reprint_is_one_origin(store: Store) -> None:
    ingest_paths(store, [ARTICLES / "01-wire.txt", ARTICLES / "02-reprint.txt"])
    origins = assessing.assessment_log(store).origins()
    assert len(origins) == 2
    assert len({o for o, _ in origins.values()}) == 1
    claims = drone_claims(store)
    assert claims
    assert all(c["independent_sources"] == 1 for c in claims)
    assert all(len(c["sources"]) == 2 for c in claims)  # type: ignore[arg-type]


def test_an_independent_report_corroborates_and_a_denial_disputes(store: Store) -> None:
    assessing.watch_add(store, "Iran")
    ingest_paths(store, [ARTICLES / "01-wire.txt", ARTICLES / "02-reprint.txt"])
    first = assessing.alerts(store)
    assert any(a["kind"] == "new_claim" for a in first)

    ingest_paths(store, [ARTICLES / "03-independent.txt"])
    claims = drone_claims(store)
    assert max(c["independent_sources"] for c in claims) >= 2  # type: ignore[type-var]

    ingest_paths(store, [ARTICLES / "04-denial.txt"])
    claims = drone_claims(store)
    assert any(c["assessment"] == "disputed" for c in claims)
    later = assessing.alerts(store)
    assert any(a["kind"] == "status_change" and "disputed" in a["message"] for a in later)


def test_signatures_are_made_whole_after_an_interrupted_run(store: Store) -> None:
    ingest_paths(store, [ARTICLES / "01-wire.txt"])
    log = assessing.assessment_log(store)
    with store.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("delete from document_signatures"))
    assert log.unsigned_documents()
    assert assessing.record_signatures(store) == 1
    assert not log.unsigned_documents()
