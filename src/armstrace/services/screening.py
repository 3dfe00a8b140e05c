"""Sanctions use cases: load lists, screen names and entities, decide matches, exposure.

Wires ``ingest.lists`` (reading list files), ``resolve.screening`` (the index, scoring
and the 50 percent rule) and ``store.sanctions`` (versions, diffs, matches). Every
function returns JSON-ready dicts so the CLI, API and web render the same data.

Screening indexes are built once per list version and kept for the process, so screening
every entity after ``ingest`` costs one build per list, then well under a millisecond
per name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from armstrace.ingest.lists import read_list
from armstrace.model import (
    ArmstraceError,
    ClaimType,
    Entity,
    EntityType,
    ListedType,
    ResolvedDoc,
    SanctionList,
    ScreeningMatch,
)
from armstrace.resolve.screening import (
    DEFAULT_THRESHOLD,
    Listing,
    OwnershipEdge,
    ScreeningIndex,
    describe_path,
    exposures,
    load_other_names,
)
from armstrace.store import Store
from armstrace.store.assessing import AssessmentLog
from armstrace.store.sanctions import DiffLine, ListInfo, MatchRecord, MatchStatus, SanctionsStore

__all__ = [
    "BAD_QUERY",
    "DEFAULT_THRESHOLD",
    "EXPOSURE_MIN_SCORE",
    "decide_match",
    "diff_json",
    "exposure_report",
    "graph_documents",
    "list_entries",
    "listed_parties",
    "lists_json",
    "load_list",
    "matches_json",
    "sanctions_status",
    "sanctions_statuses",
    "save_documents",
    "screen_batch",
    "screen_entities",
    "screen_name",
    "versions_json",
]

BAD_QUERY = "E540"
EXPOSURE_MIN_SCORE = 0.9
"""An open (undecided) match counts as *listed* for exposure from this score on;
a confirmed match always does, a dismissed one never."""

_SCREENED_TYPES = {
    EntityType.PERSON: ListedType.PERSON,
    EntityType.ORGANIZATION: ListedType.ORGANIZATION,
}
_INDEXES: dict[tuple[str, str, int, str | None], ScreeningIndex] = {}


# -- JSON shapes -------------------------------------------------------------------------


def _info_json(info: ListInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "format": info.format,
        "version": info.version,
        "loaded_at": info.loaded_at.isoformat(),
        "entries": info.entry_count,
        "source": info.source_path,
    }


def _match_json(match: ScreeningMatch) -> dict[str, Any]:
    return {
        "list": match.list_name,
        "list_id": match.list_id,
        "name": match.name,
        "type": match.type.value,
        "score": match.score,
        "matched_name": match.matched_name,
        "programs": list(match.programs),
        "why": match.explanation,
    }


def _record_json(record: MatchRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "entity_id": record.entity_id,
        **_match_json(record.match),
        "query": record.match.query,
        "status": record.status.value,
        "active": record.active,
        "first_seen": record.first_seen.isoformat(),
        "decided_by": record.decided_by,
        "note": record.note,
    }


# -- lists -------------------------------------------------------------------------------


def _sanctions(store: Store) -> SanctionsStore:
    return SanctionsStore(store.engine)


def load_list(
    store: Store,
    path: Path,
    format: str | None = None,
    name: str | None = None,
    *,
    rescreen: bool = True,
) -> dict[str, Any]:
    """Load a list file as a new version; re-screen the graph; report parties it added
    that are already in the graph (and raise alerts for them)."""
    listed = read_list(path, format, name)
    sanctions = _sanctions(store)
    result = sanctions.load(listed)
    counts = {k: sum(1 for d in result.diff if d.change == k) for k in ("added", "removed")}
    counts["changed"] = sum(1 for d in result.diff if d.change == "changed")
    in_graph: list[dict[str, Any]] = []
    screened = 0
    if result.new_version and rescreen:
        screened = screen_entities(store)["screened"]
        in_graph = _in_graph(store, result.list, result.diff)
        AssessmentLog(store.engine).add_alerts(
            {
                "kind": "sanctions_listed",
                "watch": None,
                "entity_id": hit["entity_id"],
                "relation_key": None,
                "message": (
                    f"{hit['entity_name']} matches {hit['name']} ({hit['list']} {hit['list_id']}), "
                    f"added in version {result.list.version}; score {hit['score']:.2f}"
                ),
            }
            for hit in in_graph
        )
    return {
        "list": _info_json(result.list),
        "new_version": result.new_version,
        "diff": counts,
        "screened_entities": screened,
        "in_graph": in_graph,
    }


def _in_graph(store: Store, info: ListInfo, diff: Iterable[DiffLine]) -> list[dict[str, Any]]:
    added = {d.list_entry_id for d in diff if d.change == "added"}
    if not added:
        return []
    out = []
    for record in _sanctions(store).matches(list_name=info.name):
        if record.match.list_id in added and record.status is not MatchStatus.DISMISSED:
            entity = store.entity(record.entity_id)
            out.append(
                {
                    **_record_json(record),
                    "entity_name": entity.entity.name if entity else record.entity_id,
                }
            )
    return out


def lists_json(store: Store) -> list[dict[str, Any]]:
    return [_info_json(i) for i in _sanctions(store).lists()]


def versions_json(store: Store, name: str) -> list[dict[str, Any]]:
    return [_info_json(i) for i in _sanctions(store).versions(name)]


def diff_json(store: Store, name: str, version: int | None = None) -> dict[str, Any]:
    """What a version changed, and which added parties are already in the graph."""
    info, lines = _sanctions(store).diff(name, version)
    return {
        "list": _info_json(info),
        "changes": [
            {"list_id": d.list_entry_id, "change": d.change, "name": d.name, "detail": d.detail}
            for d in lines
        ],
        "in_graph": _in_graph(store, info, lines),
    }


def list_entries(
    store: Store, name: str, *, query: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Entries of a list's current version (those whose names contain ``query``)."""
    needle = (query or "").casefold()
    out = []
    for e in _sanctions(store).entries(name):
        names = (e.name, *e.aliases)
        if needle and not any(needle in n.casefold() for n in names) and needle != e.list_id:
            continue
        out.append(
            {
                "list_id": e.list_id,
                "name": e.name,
                "type": e.type.value,
                "aliases": list(e.aliases),
                "programs": list(e.programs),
                "countries": list(e.countries),
                "identifiers": [list(i) for i in e.identifiers],
            }
        )
        if len(out) >= limit:
            break
    return out


# -- screening ---------------------------------------------------------------------------


def _other_names(path: Path | None) -> Any:
    return load_other_names(path) if path is not None else None


def _store_indexes(store: Store, other_names: Path | None = None) -> list[ScreeningIndex]:
    sanctions = _sanctions(store)
    indexes = []
    for info in sanctions.lists():
        key = (
            store.engine.url.render_as_string(),
            info.name,
            info.version,
            str(other_names) if other_names else None,
        )
        if key not in _INDEXES:
            _INDEXES[key] = ScreeningIndex.build(
                info.name, sanctions.entries(info.name), _other_names(other_names)
            )
        indexes.append(_INDEXES[key])
    return indexes


def _file_index(
    path: Path, format: str | None, other_names: Path | None
) -> tuple[ScreeningIndex, SanctionList]:
    listed = read_list(path, format)
    return ScreeningIndex.build(listed.name, listed.entries, _other_names(other_names)), listed


def _listed_type(value: str | None) -> ListedType | None:
    if not value:
        return None
    try:
        return ListedType(value)
    except ValueError:
        allowed = ", ".join(t.value for t in ListedType)
        raise ArmstraceError(BAD_QUERY, f"unknown type {value!r}; one of: {allowed}") from None


def _screen(
    indexes: Iterable[ScreeningIndex],
    names: Iterable[str],
    type: ListedType | None,
    country: str | None,
    threshold: float,
    limit: int,
) -> list[ScreeningMatch]:
    """Best match per list entry over all names of a party, best first."""
    best: dict[tuple[str, str], ScreeningMatch] = {}
    for index in indexes:
        for name in names:
            for m in index.screen(name, type=type, country=country, threshold=threshold):
                key = (m.list_name, m.list_id)
                if key not in best or m.score > best[key].score:
                    best[key] = m
    return sorted(best.values(), key=lambda m: -m.score)[:limit]


def screen_name(
    name: str,
    *,
    store: Store | None = None,
    list_path: Path | None = None,
    format: str | None = None,
    type: str | None = None,
    country: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 10,
    other_names: Path | None = None,
) -> dict[str, Any]:
    """Candidates for one name, from a list file or from every list in the database."""
    if list_path is not None:
        indexes = [_file_index(list_path, format, other_names)[0]]
    elif store is not None:
        indexes = _store_indexes(store, other_names)
        if not indexes:
            raise ArmstraceError(BAD_QUERY, "no sanctions list loaded: run `armstrace lists load`")
    else:
        raise ArmstraceError(BAD_QUERY, "screen needs --list FILE or a database with lists")
    found = _screen(indexes, [name], _listed_type(type), country, threshold, limit)
    return {"query": name, "matches": [_match_json(m) for m in found]}


def _queries(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ArmstraceError(BAD_QUERY, f"cannot read queries {path}: {exc}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            query = json.loads(line)
        except ValueError as exc:
            raise ArmstraceError(BAD_QUERY, f"{path}:{number}: not JSON: {exc}") from None
        if not isinstance(query, dict) or not isinstance(query.get("name"), str):
            raise ArmstraceError(BAD_QUERY, f"{path}:{number}: a query needs a string 'name'")
        yield number, query


def screen_batch(
    list_path: Path,
    queries: Path,
    out: Path,
    *,
    format: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    other_names: Path | None = None,
) -> int:
    """``screen --list FILE --queries Q.jsonl --out R.jsonl``, in memory, no database.

    Each result line is ``{"id", "matches": [{"list_id", "name", "score"}]}``, best
    first, matches at or above ``threshold`` only. Returns the number of queries.
    """
    index, _ = _file_index(list_path, format, other_names)
    parsed = list(_queries(queries))  # all queries checked before anything is written
    lines = []
    for number, q in parsed:
        try:
            kind = _listed_type(q.get("type"))
        except ArmstraceError as exc:
            raise ArmstraceError(BAD_QUERY, f"{queries}:{number}: {exc.message}") from None
        country = q.get("country") if isinstance(q.get("country"), str) else None
        found = index.screen(q["name"], type=kind, country=country, threshold=threshold)
        lines.append(
            json.dumps(
                {
                    "id": q.get("id"),
                    "matches": [
                        {"list_id": m.list_id, "name": m.name, "score": m.score} for m in found
                    ],
                },
                ensure_ascii=False,
            )
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in lines), "utf-8")
    return len(lines)


def _entities(store: Store, entity_ids: Iterable[str] | None) -> Iterator[Entity]:
    if entity_ids is not None:
        for entity_id in entity_ids:
            record = store.entity(entity_id)
            if record is not None:
                yield record.entity
        return
    offset = 0
    while True:
        records, total = store.entities(limit=500, offset=offset)
        for record in records:
            yield record.entity
        offset += len(records)
        if not records or offset >= total:
            return


def screen_entities(
    store: Store,
    entity_ids: Iterable[str] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, Any]:
    """Screen resolved people and organisations (all, or ``entity_ids``) against every
    loaded list and store the matches; earlier decisions are kept."""
    indexes = _store_indexes(store)
    if not indexes:
        return {"screened": 0, "matched": 0, "matches": 0}
    sanctions = _sanctions(store)
    list_names = [i.list_name for i in indexes]
    screened = matched = total = 0
    for entity in list(_entities(store, entity_ids)):
        kind = _SCREENED_TYPES.get(entity.type)
        if kind is None:
            continue
        names = list(dict.fromkeys((entity.name, *entity.aliases)))
        found = _screen(indexes, names, kind, entity.country, threshold, limit=10)
        sanctions.record_matches(entity.id, list_names, found)
        screened += 1
        matched += 1 if found else 0
        total += len(found)
    return {"screened": screened, "matched": matched, "matches": total}


def matches_json(
    store: Store, *, status: str | None = None, entity_id: str | None = None
) -> list[dict[str, Any]]:
    try:
        state = MatchStatus(status) if status else None
    except ValueError:
        raise ArmstraceError(
            BAD_QUERY, f"unknown status {status!r}; one of: open, confirmed, dismissed"
        ) from None
    return [_record_json(r) for r in _sanctions(store).matches(status=state, entity_id=entity_id)]


def decide_match(
    store: Store,
    match_id: int,
    decision: str,
    *,
    by: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Confirm, dismiss or reopen a match; a dismissed match stays dismissed on re-screening."""
    try:
        status = MatchStatus(decision)
    except ValueError:
        raise ArmstraceError(
            BAD_QUERY, f"unknown decision {decision!r}; one of: confirmed, dismissed, open"
        ) from None
    return _record_json(_sanctions(store).decide(match_id, status, by=by, note=note))


# -- status and exposure -----------------------------------------------------------------


def _listings(store: Store) -> dict[str, list[Listing]]:
    """Graph entities that count as listed: confirmed matches, or strong open ones."""
    out: dict[str, list[Listing]] = defaultdict(list)
    for r in _sanctions(store).matches():
        strong = r.status is MatchStatus.OPEN and r.match.score >= EXPOSURE_MIN_SCORE
        if r.status is MatchStatus.CONFIRMED or strong:
            m = r.match
            out[r.entity_id].append(Listing(m.list_name, m.list_id, m.name, m.programs))
    return out


def _edges(
    store: Store, listed: dict[str, list[Listing]]
) -> tuple[list[OwnershipEdge], dict[str, str]]:
    """Ownership edges from article claims and from loaded lists' ownership data."""
    names: dict[str, str] = {}
    edges: list[OwnershipEdge] = []
    offset = 0
    while True:
        records, total = store.claims(type=ClaimType.OWNERSHIP, limit=500, offset=offset)
        for r in records:
            if r.subject is None or r.object is None:
                continue
            names[r.subject.id], names[r.object.id] = r.subject.name, r.object.name
            source = r.document.title or r.document.url or r.document.id
            evidence = (f"claim {r.id}: {r.claim.evidence} ({source})",)
            edges.append(OwnershipEdge(r.object.id, r.subject.id, r.claim.share, evidence))
        offset += len(records)
        if not records or offset >= total:
            break
    # list ownership data: owners and assets are list ids; a graph entity matched to
    # the list entry stands for it, else the list's party is its own node
    sanctions = _sanctions(store)
    by_entry: dict[tuple[str, str], str] = {}
    for rec in sanctions.matches():
        if rec.status is not MatchStatus.DISMISSED:
            by_entry.setdefault((rec.match.list_name, rec.match.list_id), rec.entity_id)
    for info in sanctions.lists():
        links = sanctions.ownerships(info.name)
        if not links:
            continue
        entries = {e.list_id: e for e in sanctions.entries(info.name)}
        for link in links:
            owner = by_entry.get((info.name, link.owner), f"{info.name}:{link.owner}")
            asset = by_entry.get((info.name, link.asset))
            if asset is None:
                found = store.find_entities(link.asset_name) if link.asset_name else []
                asset = found[0].entity.id if found else f"{info.name}:{link.asset}"
            names.setdefault(owner, link.owner_name or link.owner)
            names.setdefault(asset, link.asset_name or link.asset)
            if link.owner in entries and owner.startswith(f"{info.name}:"):
                e = entries[link.owner]
                listed.setdefault(owner, []).append(
                    Listing(info.name, e.list_id, e.name, e.programs)
                )
            edges.append(
                OwnershipEdge(
                    owner, asset, link.share, (f"{info.name} ownership data ({link.source})",)
                )
            )
    return edges, names


def exposure_report(store: Store, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Entities owned by listed parties: exposed (>= 50%, alone or together), or a
    minority / unknown share shown as such; each with its paths and their evidence."""
    listed = _listings(store)
    edges, names = _edges(store, listed)
    out = []
    for node, exp in sorted(exposures(listed, edges).items()):
        if entity_id is not None and node != entity_id:
            continue
        name = names.get(node, node)
        out.append(
            {
                "entity_id": node,
                "name": name,
                "status": exp.status,
                "share": exp.share,
                "paths": [
                    {
                        "text": describe_path(name, path, names),
                        "list": path.listing.list_name,
                        "list_id": path.listing.list_id,
                        "programs": list(path.listing.programs),
                        "hops": [
                            {
                                "owner": h.owner,
                                "owner_name": names.get(h.owner, h.owner),
                                "asset": h.asset,
                                "share": h.share,
                                "evidence": list(h.evidence),
                            }
                            for h in path.hops
                        ],
                    }
                    for path in exp.paths
                ],
            }
        )
    return out


def sanctions_statuses(store: Store, entity_ids: Iterable[str]) -> dict[str, str]:
    """One word per entity for lists (``entities``): the status of :func:`sanctions_status`,
    computed with one read of the matches and one exposure pass for all of them."""
    wanted = list(entity_ids)
    records = _sanctions(store).matches(entity_ids=wanted)
    by_entity: dict[str, set[MatchStatus]] = defaultdict(set)
    for r in records:
        by_entity[r.entity_id].add(r.status)
    exposed = {e["entity_id"]: e["status"] for e in exposure_report(store)}
    out = {}
    for entity_id in wanted:
        states = by_entity.get(entity_id, set())
        if MatchStatus.CONFIRMED in states:
            out[entity_id] = "listed"
        elif MatchStatus.OPEN in states:
            out[entity_id] = "possible match"
        elif entity_id in exposed:
            out[entity_id] = (
                "exposed" if exposed[entity_id] == "exposed" else "owned in part by listed parties"
            )
        else:
            out[entity_id] = "clear"
    return out


def sanctions_status(store: Store, entity_id: str) -> dict[str, Any]:
    """What ``show``/``entities`` print: listed, possible match, exposed or clear."""
    records = _sanctions(store).matches(entity_id=entity_id)
    confirmed = [r for r in records if r.status is MatchStatus.CONFIRMED]
    open_ = [r for r in records if r.status is MatchStatus.OPEN]
    exposure = exposure_report(store, entity_id)
    if confirmed:
        status = "listed"
    elif open_:
        status = "possible match"
    elif exposure and exposure[0]["status"] == "exposed":
        status = "exposed"
    elif exposure:
        status = "owned in part by listed parties"
    else:
        status = "clear"
    return {
        "entity_id": entity_id,
        "status": status,
        "matches": [_record_json(r) for r in confirmed + open_],
        "dismissed": [_record_json(r) for r in records if r.status is MatchStatus.DISMISSED],
        "exposure": exposure[0] if exposure else None,
    }


# -- interop (FollowTheMoney export/import) ------------------------------------------------


def graph_documents(store: Store) -> Iterator[ResolvedDoc]:
    """Every stored document with its mentions, entities and claims, for export."""
    return store.all_resolved()


def save_documents(store: Store, docs: Iterable[ResolvedDoc]) -> dict[str, int]:
    """Store imported documents (ones already stored are skipped), then screen the graph."""
    saved = skipped = 0
    for doc in docs:
        if store.save(doc):
            saved += 1
        else:
            skipped += 1
    screened = screen_entities(store)["screened"] if saved else 0
    return {"saved": saved, "skipped": skipped, "screened": screened}


def listed_parties(store: Store) -> list[tuple[str, Listing, str]]:
    """(entity id, listing, "confirmed" | "possible match") for exports: confirmed
    matches and open ones strong enough to count for exposure."""
    out = []
    for r in _sanctions(store).matches():
        strong = r.status is MatchStatus.OPEN and r.match.score >= EXPOSURE_MIN_SCORE
        if r.status is MatchStatus.CONFIRMED or strong:
            m = r.match
            state = "confirmed" if r.status is MatchStatus.CONFIRMED else "possible match"
            out.append((r.entity_id, Listing(m.list_name, m.list_id, m.name, m.programs), state))
    return out
