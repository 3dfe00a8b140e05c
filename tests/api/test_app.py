"""The JSON API through an in-process ASGI client, on a real SQLite file."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from armstrace.asgi import create_app

from tests.api.asgi_client import AsgiClient
from tests.api.conftest import AUTH, TOKEN
from tests.services.workbench_corpus import KESTREL, NOVARIA, NOVARIA_DUP, TARSIS

READ_PATHS = {
    "/health",
    "/stats",
    "/search",
    "/entities",
    "/entities/{entity_id}",
    "/claims",
    "/transfers",
    "/transfers.csv",
    "/documents",
    "/documents/{document_id}",
    "/graph/{entity_id}",
    "/screening/{entity_id}",
    "/reviews",
    "/reviews/export",
    "/sources/jobs/{job_id}",
}
WRITE_PATHS = {
    "/reviews/claims",
    "/reviews/entities",
    "/sources/url",
    "/sources/feed",
    "/sources/upload",
}


def test_openapi_document_describes_every_endpoint(client: AsgiClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["version"] == "v1"
    assert set(spec["paths"]) == READ_PATHS | WRITE_PATHS
    for path in WRITE_PATHS:
        assert "post" in spec["paths"][path], path
    for path in READ_PATHS:
        assert "get" in spec["paths"][path], path
    claims = {p["name"] for p in spec["paths"]["/claims"]["get"]["parameters"]}
    assert {"type", "entity", "modality", "since", "until", "limit", "offset"} <= claims
    body = spec["paths"]["/reviews/claims"]["post"]["requestBody"]["content"]
    ref = body["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert set(spec["components"]["schemas"][ref]["required"]) == {"claim", "action"}


def test_health_and_stats(client: AsgiClient) -> None:
    assert client.get("/api/v1/health").json() == {"status": "ok", "api": "v1"}
    stats = client.get("/api/v1/stats").json()
    assert stats["documents"] == 4
    assert stats["claims"] == 6


def test_search_with_kinds(client: AsgiClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "Kestrel"}).json()
    kinds = {h["kind"] for h in hits["items"]}
    assert "entity" in kinds
    assert hits["total"] == len(hits["items"])
    only = client.get("/api/v1/search", params={"q": "Kestrel", "kind": "document"}).json()
    assert only["items"]
    assert {h["kind"] for h in only["items"]} == {"document"}
    assert client.get("/api/v1/search").status_code == 422


def test_entities_paginate(client: AsgiClient) -> None:
    whole = client.get("/api/v1/entities").json()
    assert whole["total"] == 7
    page = client.get("/api/v1/entities", params={"limit": 2, "offset": 2}).json()
    assert [e["id"] for e in page["items"]] == [e["id"] for e in whole["items"][2:4]]
    assert (page["limit"], page["offset"], page["total"]) == (2, 2, 7)
    countries = client.get("/api/v1/entities", params={"type": "country"}).json()
    assert {e["id"] for e in countries["items"]} == {KESTREL.id, TARSIS.id}
    assert client.get("/api/v1/entities", params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/entities", params={"limit": 5000}).status_code == 422
    bad = client.get("/api/v1/entities", params={"type": "planet"})
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "E010"


def test_entity_dossier_by_id_or_name(client: AsgiClient) -> None:
    by_id = client.get(f"/api/v1/entities/{NOVARIA.id}").json()
    by_name = client.get("/api/v1/entities/Novaria Dynamics").json()
    assert by_id == by_name
    assert by_id["entity"]["name"] == NOVARIA.name
    assert set(by_id["claims_by_type"]) == {"transfer"}
    assert by_id["claims_total"] == 3
    assert [t["time"] for t in by_id["timeline"]] == ["2023-03", "2026"]
    assert by_id["merged_into"] is None
    missing = client.get("/api/v1/entities/nobody-at-all")
    assert missing.status_code == 404


def test_claims_filters(client: AsgiClient) -> None:
    def ids(**params: object) -> set[int]:
        return {c["id"] for c in client.get("/api/v1/claims", params=params).json()["items"]}

    everything = ids()
    assert len(everything) == 6
    assert len(ids(type="ownership")) == 1
    assert ids(entity=KESTREL.id) == ids(entity="Kestrel")
    assert len(ids(entity=KESTREL.id)) == 2
    assert len(ids(modality="hedged")) == 1
    assert len(ids(since="2022", until="2023")) == 2
    page = client.get("/api/v1/claims", params={"limit": 2, "offset": 4}).json()
    assert page["total"] == 6
    assert len(page["items"]) == 2
    assert client.get("/api/v1/claims", params={"type": "rumour"}).status_code == 400
    fast = client.get("/api/v1/claims", params={"assess": "false", "entity": "Kestrel"}).json()
    slow = client.get("/api/v1/claims", params={"entity": "Kestrel"}).json()
    assert [c["id"] for c in fast["items"]] == [c["id"] for c in slow["items"]]
    assert fast["total"] == slow["total"] == 2
    assert "assessment" in slow["items"][0]
    assert "assessment" not in fast["items"][0]
    assert all(c["review"] is None for c in fast["items"])
    bad = client.get("/api/v1/claims", params={"assess": "false", "modality": "sure"})
    assert bad.status_code == 400


def test_transfers_and_csv(client: AsgiClient) -> None:
    table = client.get("/api/v1/transfers", params={"sort": "quantity", "desc": "true"}).json()
    assert [r["quantity"] for r in table["items"]][:3] == [40.0, 12.0, 3.0]
    kestrel = client.get("/api/v1/transfers", params={"recipient": "kestrel"}).json()
    assert kestrel["total"] == 2
    response = client.get("/api/v1/transfers.csv", params={"recipient": "kestrel"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("claim,supplier,recipient")
    assert len(lines) == 3
    assert client.get("/api/v1/transfers", params={"sort": "colour"}).status_code == 400


def test_documents(client: AsgiClient) -> None:
    listing = client.get("/api/v1/documents", params={"limit": 10}).json()
    assert listing["total"] == 4
    published = [d["published"] for d in listing["items"]]
    assert published == sorted(published, reverse=True)
    first = listing["items"][0]
    view = client.get(f"/api/v1/documents/{first['id']}").json()
    assert view["document"]["id"] == first["id"]
    assert view["provenance"]["content_hash"]
    assert all(view["text"][m["start"] : m["end"]] == m["text"] for m in view["mentions"])
    assert all("review" in c for c in view["claims"])
    assert client.get("/api/v1/documents/doc-missing").status_code == 404


def test_graph_and_screening(client: AsgiClient) -> None:
    view = client.get(f"/api/v1/graph/{NOVARIA.id}", params={"depth": 2}).json()
    assert view["centre"] == NOVARIA.id
    assert {n["id"] for n in view["nodes"]} >= {KESTREL.id, TARSIS.id, NOVARIA_DUP.id}
    assert client.get(f"/api/v1/graph/{NOVARIA.id}", params={"depth": 9}).status_code == 422
    assert client.get("/api/v1/graph/nobody").status_code == 404
    screening = client.get(f"/api/v1/screening/{NOVARIA.id}").json()
    assert screening["entity"] == NOVARIA.id
    assert "sanctions" in screening
    assert client.get("/api/v1/screening/nobody").status_code == 404


@pytest.mark.parametrize(
    "body",
    [{"claim": 1, "action": "accept"}, b"{not json", {"claim": "one"}],
    ids=["valid", "broken-json", "invalid-fields"],
)
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}], ids=["none", "wrong"])
def test_writes_without_token_are_401_before_validation(
    client: AsgiClient, body: object, headers: dict[str, str]
) -> None:
    kwargs = {"content": body} if isinstance(body, bytes) else {"json": body}
    response = client.post("/api/v1/reviews/claims", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E600"
    assert client.get("/api/v1/reviews").json()["total"] == 0


def test_session_cookie_is_not_enough_for_the_api(client: AsgiClient) -> None:
    client.post("/login", data={"token": TOKEN})
    assert client.cookies.get("armstrace_session")
    response = client.post("/api/v1/reviews/claims", json={"claim": 1, "action": "accept"})
    assert response.status_code == 401


def test_with_token_body_is_validated_then_stored(client: AsgiClient) -> None:
    assert client.post("/api/v1/reviews/claims", headers=AUTH, content=b"{x").status_code == 422
    assert client.post("/api/v1/reviews/claims", headers=AUTH, json={"claim": 1}).status_code == 422
    refused = client.post(
        "/api/v1/reviews/claims", headers=AUTH, json={"claim": 1, "action": "approve"}
    )
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "E605"
    done = client.post(
        "/api/v1/reviews/claims",
        headers={"X-Armstrace-Token": TOKEN},
        json={"claim": 1, "action": "correct", "fields": {"quantity": 11}, "reviewer": "ana"},
    )
    assert done.status_code == 201
    merged = client.post(
        "/api/v1/reviews/entities",
        headers=AUTH,
        json={"action": "merge", "entity": NOVARIA_DUP.id, "into": NOVARIA.id},
    )
    assert merged.status_code == 201
    listed = client.get("/api/v1/reviews").json()
    assert [r["action"] for r in listed["items"]] == ["merge", "correct"]
    claim = next(c for c in client.get("/api/v1/claims").json()["items"] if c["id"] == 1)
    assert claim["review"]["corrections"] == {"quantity": 11.0}
    assert claim["quantity"] == 12.0
    export = client.get("/api/v1/reviews/export")
    rows = [json.loads(line) for line in export.text.splitlines()]
    assert [r["action"] for r in rows] == ["correct", "merge"]
    assert rows[0]["reviewer"] == "ana"
    dossier = client.get(f"/api/v1/entities/{NOVARIA.id}").json()
    assert dossier["merged_from"] == [{"id": NOVARIA_DUP.id, "name": NOVARIA_DUP.name}]


def test_read_only_without_a_configured_token(workbench_db: Path) -> None:
    app = create_app(str(workbench_db), token=None)
    try:
        client = AsgiClient(app)
        assert client.get("/api/v1/health").status_code == 200
        denied = client.post(
            "/api/v1/reviews/claims", headers={"Authorization": "Bearer "}, json={}
        )
        assert denied.status_code == 401
        assert "read-only" in denied.json()["error"]["message"]
    finally:
        app.state.store.close()


def test_url_ingestion_refuses_private_addresses(client: AsgiClient) -> None:
    for url in ("http://127.0.0.1:9/a", "http://10.0.0.7/a", "http://169.254.169.254/latest"):
        response = client.post("/api/v1/sources/url", headers=AUTH, json={"url": url})
        assert response.status_code == 400, url
        assert response.json()["error"]["code"] == "E121"
    feed = client.post("/api/v1/sources/feed", headers=AUTH, json={"url": "http://[::1]/f"})
    assert feed.json()["error"]["code"] == "E121"
    bad = client.post("/api/v1/sources/url", headers=AUTH, json={"url": "file:///etc/passwd"})
    assert bad.json()["error"]["code"] == "E120"


def _wait(client: AsgiClient, job_id: str, seconds: float = 120) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/sources/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return dict(job)
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def test_private_addresses_when_allowed_reach_the_fetcher(workbench_db: Path) -> None:
    app = create_app(str(workbench_db), token=TOKEN, allow_private_urls=True)
    try:
        client = AsgiClient(app)
        started = client.post(
            "/api/v1/sources/url", headers=AUTH, json={"url": "http://127.0.0.1:9/none"}
        )
        assert started.status_code == 202
        job = _wait(client, started.json()["id"])
        assert job["state"] == "failed"
        assert "127.0.0.1" in str(job["error"])
        assert client.get("/api/v1/sources/jobs/nope").status_code == 404
    finally:
        app.state.store.close()


@pytest.mark.slow
def test_upload_ingests_with_progress(client: AsgiClient) -> None:
    text = (
        "Title: Frigates for the coast guard\n\n"
        "The shipyard Brannock Marine delivered two patrol frigates to the Lusan navy in "
        "June 2024, the Lusan defence ministry said.\n"
    )
    started = client.post(
        "/api/v1/sources/upload",
        headers=AUTH,
        files=[("files", ("../../frigates.txt", text.encode(), "text/plain"))],
    )
    assert started.status_code == 202
    job = _wait(client, started.json()["id"], seconds=300)
    assert job["state"] == "done", job
    assert job["done"] == job["total"] == 1
    assert len(job["added"]) == 1  # type: ignore[arg-type]
    assert client.get("/api/v1/stats").json()["documents"] == 5
    again = client.post(
        "/api/v1/sources/upload",
        headers=AUTH,
        files=[("files", ("copy.txt", text.encode(), "text/plain"))],
    )
    assert _wait(client, again.json()["id"], seconds=300)["duplicates"]
