"""The transfers register: every transfer claim as one row, filtered, sorted, as CSV.

This is the view an arms-trade researcher knows from the SIPRI register, with the
sources SIPRI lacks. The rows are built here once, so the web table, the API and the
CSV download show the same thing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from armstrace.model import ArmstraceError, ClaimType, Modality
from armstrace.services.querying import resolve_entity
from armstrace.services.reviewing import overlay_claims, plain_claims
from armstrace.store import Store

__all__ = ["SORT_KEYS", "TRANSFER_COLUMNS", "transfers_csv", "transfers_table"]

TRANSFER_COLUMNS = (
    "claim",
    "supplier",
    "recipient",
    "item",
    "item_class",
    "status",
    "time",
    "quantity",
    "modality",
    "sources",
    "document",
    "review",
)
SORT_KEYS = (
    "time",
    "supplier",
    "recipient",
    "item",
    "item_class",
    "status",
    "quantity",
    "modality",
)

# A transfer corpus is small next to the claims table; this caps one read of it.
_MAX_ROWS = 50_000


def _row(claim: dict[str, Any]) -> dict[str, Any]:
    subject = claim.get("subject") or {}
    obj = claim.get("object") or {}
    document = claim["document"]
    return {
        "claim": claim["id"],
        "supplier": subject.get("name"),
        "supplier_id": subject.get("id"),
        "recipient": obj.get("name"),
        "recipient_id": obj.get("id"),
        "item": claim.get("item"),
        "item_class": claim.get("item_class"),
        "status": claim.get("status"),
        "time": claim.get("time"),
        "quantity": claim.get("quantity"),
        "modality": claim.get("modality"),
        "sources": [a.get("name") or a["source"] for a in claim.get("attribution", [])],
        "denied_by": [
            a.get("name") or a["source"]
            for a in claim.get("attribution", [])
            if a["stance"] == "denies"
        ],
        "document": document.get("id"),
        "document_title": document.get("title"),
        "publisher": document.get("publisher"),
        "evidence": claim.get("evidence"),
        "review": (claim.get("review") or {}).get("verdict"),
        "corrections": (claim.get("review") or {}).get("corrections") or {},
    }


def _modality(value: str | None) -> Modality | None:
    if not value:
        return None
    try:
        return Modality(value)
    except ValueError:
        allowed = ", ".join(Modality)
        raise ArmstraceError("E608", f"unknown modality {value!r}; one of: {allowed}") from None


def _contains(value: object, needle: str | None) -> bool:
    if not needle:
        return True
    return needle.casefold() in str(value or "").casefold()


def _sort_key(field: str, row: dict[str, Any]) -> tuple[int, Any]:
    value = row.get(field)
    if value is None or value == "":
        return (1, "")  # rows without the value go last, whatever the direction
    if field == "quantity":
        return (0, float(value))
    return (0, str(value).casefold())


def transfers_table(
    store: Store,
    *,
    supplier: str | None = None,
    recipient: str | None = None,
    entity: str | None = None,
    item: str | None = None,
    status: str | None = None,
    modality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    sort: str = "time",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """Transfer rows matching the filters; ``total`` counts them before paging.

    ``supplier``/``recipient``/``item`` match part of a name, case-insensitively, so a
    researcher can type what they remember; ``entity`` (an id or a name) keeps the rows
    where that entity is on either side.
    """
    if sort not in SORT_KEYS:
        raise ArmstraceError(
            "E601", f"cannot sort transfers by {sort!r}; one of: {', '.join(SORT_KEYS)}"
        )
    entity_id = resolve_entity(store, entity) if entity else None
    claims: list[dict[str, Any]] = []
    if entity_id is not None or not entity:
        claims = plain_claims(
            store,
            entity_id=entity_id,
            type=ClaimType.TRANSFER,
            modality=_modality(modality),
            since=since or None,
            until=until or None,
            limit=_MAX_ROWS,
        )
    rows = [
        row
        for row in (_row(c) for c in overlay_claims(store, claims))
        if _contains(row["supplier"], supplier)
        and _contains(row["recipient"], recipient)
        and _contains(row["item"], item)
        and (not status or row["status"] == status)
    ]
    present = [r for r in rows if _sort_key(sort, r)[0] == 0]
    missing = [r for r in rows if _sort_key(sort, r)[0] == 1]
    present.sort(key=lambda r: _sort_key(sort, r), reverse=descending)
    ordered = present + missing
    filters = {
        "supplier": supplier,
        "recipient": recipient,
        "entity": entity,
        "entity_id": entity_id,
        "item": item,
        "status": status,
        "modality": modality,
        "since": since,
        "until": until,
        "sort": sort,
        "descending": descending,
    }
    return {
        "items": ordered[offset : offset + limit],
        "total": len(ordered),
        "limit": limit,
        "offset": offset,
        "filters": filters,
    }


def transfers_csv(rows: Iterable[dict[str, Any]]) -> str:
    """The rows as CSV with a header; sources joined by ``; `` inside one cell.

    Cells that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``,
    ``@``) are prefixed with a quote: article text is hostile input.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TRANSFER_COLUMNS)
    for row in rows:
        cells: list[object] = []
        for column in TRANSFER_COLUMNS:
            value = row.get(column)
            if isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            cells.append(_inert_cell(value))
        writer.writerow(cells)
    return out.getvalue()


def _inert_cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
