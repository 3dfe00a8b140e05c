"""FastAPI routes over the services: every endpoint returns what a service returns.

Reads are open; writes (reviews, sources) pass the token gate in :mod:`armstrace.asgi`
before they get here, and here they must also carry the token in a header (a session
cookie is not enough for the API, so another site's page cannot post to it).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field

from armstrace.model import ArmstraceError
from armstrace.services import graph, querying, reviewing, sources, transfers
from armstrace.services.sources import JobBoard
from armstrace.store import Store

__all__ = ["API_VERSION", "build_api"]

API_VERSION = "v1"
_T = TypeVar("_T")

Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


class ClaimReviewIn(BaseModel):
    """Accept, reject or correct one claim."""

    claim: int = Field(description="claim id as the API lists it")
    action: str = Field(description="accept | reject | correct")
    document: str | None = Field(default=None, description="the claim's document id, if known")
    fields: dict[str, Any] = Field(
        default_factory=dict, description=f"corrections: {', '.join(reviewing.CORRECTABLE_FIELDS)}"
    )
    note: str | None = None
    reviewer: str | None = None


class EntityReviewIn(BaseModel):
    """Merge an entity into another, or split one (from a merge, or names off it)."""

    action: str = Field(description="merge | split")
    entity: str = Field(description="entity id or name")
    into: str | None = Field(default=None, description="merge target / entity to split from")
    names: list[str] = Field(default_factory=list, description="names to split off")
    note: str | None = None
    reviewer: str | None = None


class UrlIn(BaseModel):
    url: str


def _error(exc: ArmstraceError, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=status)


def build_api(store: Store, *, board: JobBoard) -> FastAPI:
    """The versioned API app; ``asgi`` mounts it, so paths here are relative to /api/v1."""
    api = FastAPI(
        title="armstrace API",
        version=API_VERSION,
        description=(
            "Entities, sourced claims, transfers, documents and analyst reviews. "
            "Reads are open; writes need `Authorization: Bearer <ARMSTRACE_TOKEN>`."
        ),
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )

    @api.exception_handler(ArmstraceError)
    async def armstrace_error(_request: Request, exc: ArmstraceError) -> JSONResponse:
        return _error(exc)

    def found(value: _T | None, what: str) -> _T:
        if value is None:
            raise HTTPException(status_code=404, detail=f"no {what}")
        return value

    @api.get("/health", summary="Liveness: answers without touching the database")
    def health() -> dict[str, str]:
        return {"status": "ok", "api": API_VERSION}

    @api.get("/stats", summary="Counts of documents, entities, claims")
    def stats() -> dict[str, int]:
        return querying.stats(store)

    @api.get("/search", summary="Full-text search over entities, claims and documents")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=500)],
        kind: Annotated[list[str] | None, Query(description="entity | claim | document")] = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        items = querying.search(store, q, kinds=set(kind) if kind else None, limit=limit)
        return {"q": q, "items": items, "total": len(items)}

    @api.get("/entities", summary="Entities, most mentioned first")
    def entities(
        type: str | None = None, name: str | None = None, limit: Limit = 100, offset: Offset = 0
    ) -> dict[str, Any]:
        page = querying.entities_page(store, type=type, name=name, limit=limit, offset=offset)
        return {**page, "limit": limit, "offset": offset}

    @api.get("/entities/{entity_id}", summary="Dossier: entity, claims by type, reviews, sanctions")
    def entity(entity_id: str) -> dict[str, Any]:
        return found(reviewing.reviewed_dossier(store, entity_id), f"entity {entity_id!r}")

    @api.get("/claims", summary="Claims with filters, each with its analyst review if any")
    def claims(
        type: str | None = None,
        entity: str | None = None,
        modality: str | None = None,
        document: str | None = None,
        since: Annotated[str | None, Query(description="earliest claim time, ISO date")] = None,
        until: Annotated[str | None, Query(description="latest claim time, ISO date")] = None,
        assess: Annotated[
            bool, Query(description="weigh each claim across sources (slower on big corpora)")
        ] = True,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        read = querying.claims_page if assess else reviewing.plain_claims_page
        page = read(
            store,
            entity=entity,
            type=type,
            modality=modality,
            document=document,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
        items = reviewing.overlay_claims(store, page["items"])
        return {"items": items, "total": page["total"], "limit": limit, "offset": offset}

    def _transfers(
        supplier: str | None,
        recipient: str | None,
        entity: str | None,
        item: str | None,
        status: str | None,
        modality: str | None,
        since: str | None,
        until: str | None,
        sort: str,
        desc: bool,
        limit: int,
        offset: int,
    ) -> dict[str, Any]:
        return transfers.transfers_table(
            store,
            supplier=supplier,
            recipient=recipient,
            entity=entity,
            item=item,
            status=status,
            modality=modality,
            since=since,
            until=until,
            sort=sort,
            descending=desc,
            limit=limit,
            offset=offset,
        )

    @api.get("/transfers", summary="Transfer register rows, filtered and sorted")
    def transfers_json(
        supplier: str | None = None,
        recipient: str | None = None,
        entity: str | None = None,
        item: str | None = None,
        status: str | None = None,
        modality: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str = "time",
        desc: bool = False,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return _transfers(
            supplier,
            recipient,
            entity,
            item,
            status,
            modality,
            since,
            until,
            sort,
            desc,
            limit,
            offset,
        )

    @api.get(
        "/transfers.csv",
        summary="The same rows as CSV",
        response_class=PlainTextResponse,
    )
    def transfers_csv(
        supplier: str | None = None,
        recipient: str | None = None,
        entity: str | None = None,
        item: str | None = None,
        status: str | None = None,
        modality: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str = "time",
        desc: bool = False,
    ) -> Response:
        table = _transfers(
            supplier,
            recipient,
            entity,
            item,
            status,
            modality,
            since,
            until,
            sort,
            desc,
            100_000,
            0,
        )
        return Response(
            transfers.transfers_csv(table["items"]),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="transfers.csv"'},
        )

    @api.get("/documents", summary="Stored documents, newest first")
    def documents(limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        page = sources.documents_page(store, limit=limit, offset=offset)
        return {**page, "limit": limit, "offset": offset}

    @api.get("/documents/{document_id}", summary="One article: text, provenance, mentions, claims")
    def document(document_id: str) -> dict[str, Any]:
        view = found(querying.document_view(store, document_id), f"document {document_id!r}")
        return {**view, "claims": reviewing.overlay_claims(store, view["claims"])}

    @api.get("/graph/{entity_id}", summary="Graph neighbourhood: entities linked by claims")
    def neighbourhood(
        entity_id: str,
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
        max_nodes: Annotated[int, Query(ge=2, le=1000)] = 150,
    ) -> dict[str, Any]:
        view = graph.neighbourhood(store, entity_id, depth=depth, max_nodes=max_nodes)
        return found(view, f"entity {entity_id!r}")

    @api.get("/screening/{entity_id}", summary="Sanctions status and ownership exposure")
    def screening(entity_id: str) -> dict[str, Any]:
        resolved = found(querying.resolve_entity(store, entity_id), f"entity {entity_id!r}")
        return {"entity": resolved, "sanctions": reviewing.sanctions_summary(store, resolved)}

    @api.get("/reviews", summary="Analyst reviews, newest first")
    def reviews(
        action: str | None = None, entity: str | None = None, limit: Limit = 100, offset: Offset = 0
    ) -> dict[str, Any]:
        return reviewing.reviews_page(
            store, action=action, entity=entity, limit=limit, offset=offset
        )

    @api.get(
        "/reviews/export",
        summary="Every review as JSON lines, oldest first",
        response_class=PlainTextResponse,
    )
    def reviews_export() -> Response:
        lines = "".join(
            json.dumps(r, sort_keys=True) + "\n" for r in reviewing.export_reviews(store)
        )
        return Response(
            lines,
            media_type="application/x-ndjson",
            headers={"Content-Disposition": 'attachment; filename="reviews.jsonl"'},
        )

    @api.post("/reviews/claims", status_code=201, summary="Accept, reject or correct a claim")
    def review_claim(body: ClaimReviewIn) -> dict[str, Any]:
        return reviewing.review_claim(
            store,
            body.claim,
            body.action,
            document=body.document,
            fields=body.fields,
            note=body.note,
            reviewer=body.reviewer,
        )

    @api.post("/reviews/entities", status_code=201, summary="Merge or split entities")
    def review_entities(body: EntityReviewIn) -> dict[str, Any]:
        return reviewing.review_entities(
            store,
            body.action,
            body.entity,
            into=body.into,
            names=body.names,
            note=body.note,
            reviewer=body.reviewer,
        )

    @api.post("/sources/url", status_code=202, summary="Fetch and ingest one article by URL")
    def source_url(body: UrlIn) -> dict[str, Any]:
        return board.url(body.url).as_json()

    @api.post("/sources/feed", status_code=202, summary="Ingest the articles a feed links to")
    def source_feed(body: UrlIn) -> dict[str, Any]:
        return board.feed(body.url).as_json()

    @api.post("/sources/upload", status_code=202, summary="Ingest uploaded files")
    async def source_upload(files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
        loaded = [(f.filename or "upload", await f.read()) for f in files]
        return board.upload(loaded).as_json()

    @api.get("/sources/jobs/{job_id}", summary="Progress of an ingestion job")
    def source_job(job_id: str) -> dict[str, Any]:
        return found(board.get(job_id), f"job {job_id!r}").as_json()

    return api
