"""The workbench pages: each route asks one service for one data dict and renders it.

The API serves the same dicts as JSON, so a page and the API never disagree. Writes
are forms that post here; the token gate in :mod:`armstrace.asgi` has already refused
(401) any write without a token or session before these run, and each write route
checks the form's CSRF token when the request came with the session cookie.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import UploadFile

from armstrace.model import ArmstraceError, ClaimType, EntityType, ItemClass, Modality, Status
from armstrace.services import graph, querying, reviewing, sources, transfers
from armstrace.services.access import (
    SESSION_COOKIE,
    csrf_token,
    new_session,
    session_valid,
    token_valid,
)
from armstrace.services.sources import JobBoard
from armstrace.store import Store
from armstrace.web.highlight import runs

__all__ = ["LOGIN_PATH", "STATIC_DIR", "build_web"]

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
LOGIN_PATH = "/login"
_PAGE = 100


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["qs"] = lambda params: urllib.parse.urlencode(
        {k: v for k, v in params.items() if v not in (None, "", False)}
    )
    env.globals.update(
        claim_types=[t.value for t in ClaimType],
        entity_types=[t.value for t in EntityType],
        modalities=[m.value for m in Modality],
        statuses=[s.value for s in Status],
        item_classes=[c.value for c in ItemClass],
        correctable=reviewing.CORRECTABLE_FIELDS,
        sort_keys=transfers.SORT_KEYS,
    )
    return env


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _cross_site(request: Request) -> bool:
    """True for a request another site's page made (a login CSRF): browsers say so in
    ``Sec-Fetch-Site``; older ones only in ``Origin``."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if not origin:
        return False
    return urllib.parse.urlsplit(origin).netloc != request.headers.get("host")


def build_web(store: Store, *, token: str | None, board: JobBoard, auth_key: str) -> APIRouter:
    """The page routes; ``auth_key`` is where the token gate records how a write signed in."""
    env = _environment()
    router = APIRouter(include_in_schema=False)

    def session_of(request: Request) -> str | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        return cookie if token and session_valid(token, cookie) else None

    def page(request: Request, template: str, status: int = 200, **data: Any) -> HTMLResponse:
        session = session_of(request)
        html = env.get_template(template).render(
            request_path=request.url.path,
            signed_in=session is not None,
            writable=token is not None,
            csrf=csrf_token(token, session) if token and session else "",
            **data,
        )
        return HTMLResponse(html, status_code=status)

    def not_found(request: Request, what: str) -> HTMLResponse:
        return page(request, "error.html", status=404, title="Not found", message=f"No {what}.")

    def failed(request: Request, exc: ArmstraceError, status: int = 400) -> HTMLResponse:
        return page(
            request, "error.html", status=status, title=f"Error {exc.code}", message=exc.message
        )

    async def checked_form(request: Request) -> dict[str, Any] | HTMLResponse:
        """The posted form, or a 403 page when a cookie-signed post lacks its CSRF token."""
        form = await request.form()
        if request.scope.get(auth_key) == "session":
            session = session_of(request)
            expected = csrf_token(token, session) if token and session else None
            if not expected or not token_valid(expected, str(form.get("csrf") or "")):
                return page(
                    request,
                    "error.html",
                    status=403,
                    title="Form expired",
                    message="The form's CSRF token is missing or wrong; reload the page and retry.",
                )
        return {"_form": form, **{k: v for k, v in form.multi_items() if isinstance(v, str)}}

    @router.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        return page(
            request,
            "index.html",
            stats=querying.stats(store),
            entities=querying.entities_page(store, limit=25)["items"],
            documents=sources.documents_page(store, limit=15)["items"],
        )

    @router.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "", kind: str = "") -> HTMLResponse:
        kinds = {kind} if kind else None
        hits = querying.search(store, q, kinds=kinds, limit=_PAGE) if q.strip() else []
        return page(request, "search.html", q=q, kind=kind, hits=hits)

    @router.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity(request: Request, entity_id: str) -> HTMLResponse:
        dossier = reviewing.reviewed_dossier(store, entity_id)
        if dossier is None:
            return not_found(request, "entity with that id or name")
        return page(request, "entity.html", d=dossier)

    @router.get("/documents/{document_id}", response_class=HTMLResponse)
    def document(request: Request, document_id: str) -> HTMLResponse:
        view = querying.document_view(store, document_id)
        if view is None:
            return not_found(request, "document with that id")
        claims = reviewing.overlay_claims(store, view["claims"])
        return page(
            request,
            "document.html",
            v={**view, "claims": claims},
            runs=runs(view["text"], view["mentions"], claims),
        )

    def transfer_filters(request: Request) -> dict[str, Any]:
        q = request.query_params
        return {
            "supplier": _blank(q.get("supplier")),
            "recipient": _blank(q.get("recipient")),
            "entity": _blank(q.get("entity")),
            "item": _blank(q.get("item")),
            "status": _blank(q.get("status")),
            "modality": _blank(q.get("modality")),
            "since": _blank(q.get("since")),
            "until": _blank(q.get("until")),
            "sort": q.get("sort") or "time",
            "descending": q.get("desc") in ("1", "true", "on"),
        }

    @router.get("/transfers", response_class=HTMLResponse)
    def transfer_table(request: Request, offset: int = 0) -> HTMLResponse:
        filters = transfer_filters(request)
        try:
            table = transfers.transfers_table(store, **filters, limit=_PAGE, offset=max(0, offset))
        except ArmstraceError as exc:
            return failed(request, exc)
        params = {k: v for k, v in filters.items() if k not in ("descending",)}
        params["desc"] = "1" if filters["descending"] else None
        return page(request, "transfers.html", t=table, params=params, page_size=_PAGE)

    @router.get("/transfers.csv")
    def transfer_csv(request: Request) -> Response:
        try:
            table = transfers.transfers_table(store, **transfer_filters(request), limit=100_000)
        except ArmstraceError as exc:
            return failed(request, exc)
        return Response(
            transfers.transfers_csv(table["items"]),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="transfers.csv"'},
        )

    @router.get("/graph/{entity_id}", response_class=HTMLResponse)
    def network(request: Request, entity_id: str, depth: int = 1) -> HTMLResponse:
        view = graph.neighbourhood(store, entity_id, depth=depth)
        if view is None:
            return not_found(request, "entity with that id or name")
        names = {n["id"]: n["name"] for n in view["nodes"]}
        return page(request, "graph.html", g=view, names=names)

    @router.get("/review", response_class=HTMLResponse)
    def review(
        request: Request,
        claim: int | None = None,
        document: str | None = None,
        done: int | None = None,
    ) -> HTMLResponse:
        target = None
        if claim is not None:
            try:
                target = reviewing.overlay_claims(
                    store, [reviewing.find_claim(store, claim, document=document or None)]
                )[0]
            except ArmstraceError as exc:
                return failed(request, exc, status=404)
        return page(
            request,
            "review.html",
            claim=target,
            done=done,
            reviews=reviewing.reviews_page(store, limit=50)["items"],
        )

    @router.post(LOGIN_PATH)
    async def login(request: Request) -> Response:
        if _cross_site(request):
            return page(
                request,
                "error.html",
                status=403,
                title="Refused",
                message="Cross-site login refused.",
            )
        form = await request.form()
        given = str(form.get("token") or "")
        if not token or not token_valid(token, given):
            return page(
                request, "error.html", status=401, title="Not allowed", message="Wrong token."
            )
        response = RedirectResponse(str(form.get("next") or "/review"), status_code=303)
        if not str(form.get("next") or "/").startswith("/"):
            response = RedirectResponse("/review", status_code=303)
        response.set_cookie(
            SESSION_COOKIE, new_session(token), httponly=True, samesite="strict", path="/"
        )
        return response

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        form = await checked_form(request)
        if isinstance(form, HTMLResponse):
            return form
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @router.post("/review/claim")
    async def review_claim(request: Request) -> Response:
        form = await checked_form(request)
        if isinstance(form, HTMLResponse):
            return form
        try:
            claim_id = int(form.get("claim") or "")
        except ValueError:
            return failed(request, ArmstraceError("E603", "which claim? (claim id missing)"))
        corrections = {f: form.get(f"fix_{f}") for f in reviewing.CORRECTABLE_FIELDS}
        try:
            done = reviewing.review_claim(
                store,
                claim_id,
                str(form.get("action") or ""),
                document=_blank(form.get("document")),
                fields={k: v for k, v in corrections.items() if v},
                note=_blank(form.get("note")),
                reviewer=_blank(form.get("reviewer")),
            )
        except ArmstraceError as exc:
            return failed(request, exc)
        return RedirectResponse(f"/review?claim={claim_id}&done={done['id']}", status_code=303)

    @router.post("/review/entities")
    async def review_entities(request: Request) -> Response:
        form = await checked_form(request)
        if isinstance(form, HTMLResponse):
            return form
        names = [n for n in str(form.get("names") or "").replace("\n", ";").split(";")]
        try:
            done = reviewing.review_entities(
                store,
                str(form.get("action") or ""),
                str(form.get("entity") or ""),
                into=_blank(form.get("into")),
                names=names,
                note=_blank(form.get("note")),
                reviewer=_blank(form.get("reviewer")),
            )
        except ArmstraceError as exc:
            return failed(request, exc)
        return RedirectResponse(
            f"/entities/{urllib.parse.quote(str(done['entity_id']))}", status_code=303
        )

    @router.get("/sources", response_class=HTMLResponse)
    def sources_page(request: Request) -> HTMLResponse:
        return page(request, "sources.html", jobs=[j.as_json() for j in board.recent()])

    @router.get("/sources/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = board.get(job_id)
        if job is None:
            return not_found(request, "ingestion job with that id")
        return page(request, "job.html", job=job.as_json())

    @router.post("/sources/{kind}")
    async def add_source(request: Request, kind: str) -> Response:
        form = await checked_form(request)
        if isinstance(form, HTMLResponse):
            return form
        try:
            if kind == "upload":
                files = [
                    (f.filename or "upload", await f.read())
                    for f in form["_form"].getlist("files")
                    if isinstance(f, UploadFile) and f.filename
                ]
                job = board.upload(files)
            elif kind == "url":
                job = board.url(str(form.get("url") or "").strip())
            elif kind == "feed":
                job = board.feed(str(form.get("url") or "").strip())
            else:
                return not_found(request, "such source kind")
        except ArmstraceError as exc:
            return failed(request, exc)
        return RedirectResponse(f"/sources/jobs/{job.id}", status_code=303)

    return router
