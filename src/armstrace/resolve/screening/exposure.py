"""Ownership exposure: OFAC's 50 percent rule over a graph of ownership edges.

An entity that is not itself listed is *exposed* when listed parties own 50 percent or
more of it, alone or together, directly or through entities that are exposed themselves
(OFAC's guidance of 13 August 2014 aggregates the holdings of all blocked persons and
looks through blocked intermediaries). A listed owner with a smaller share gives
``minority``; one whose share no source states gives ``unknown_share``: both are shown
as such, never as exposure.

Edges come from ownership claims of articles (subject owned, object owner, ``share``)
and from ownership data in loaded FollowTheMoney lists; ``evidence`` carries what the
caller needs to cite them (claim ids, sources). Nothing here touches the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "EXPOSED",
    "MINORITY",
    "UNKNOWN_SHARE",
    "Exposure",
    "ExposurePath",
    "Listing",
    "OwnershipEdge",
    "describe_path",
    "exposures",
]

EXPOSED = "exposed"
MINORITY = "minority"
UNKNOWN_SHARE = "unknown_share"
THRESHOLD = 50.0
_MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Listing:
    """Why a node counts as listed: which list, its entry, programmes."""

    list_name: str
    list_id: str
    name: str
    programs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OwnershipEdge:
    """``owner`` holds ``share`` percent of ``asset`` (None: share not stated)."""

    owner: str
    asset: str
    share: float | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExposurePath:
    """Hops from the entity up to a listed party, nearest first, and that party's listing."""

    hops: tuple[OwnershipEdge, ...]
    listing: Listing


@dataclass(frozen=True, slots=True)
class Exposure:
    entity: str
    status: str  # EXPOSED | MINORITY | UNKNOWN_SHARE
    share: float  # the known aggregate share of listed or exposed owners, in percent
    paths: tuple[ExposurePath, ...]


def _merge(edges: Iterable[OwnershipEdge]) -> dict[tuple[str, str], OwnershipEdge]:
    """One edge per owner/asset pair: the largest stated share, all the evidence."""
    merged: dict[tuple[str, str], OwnershipEdge] = {}
    for edge in edges:
        if edge.owner == edge.asset:
            continue
        key = (edge.owner, edge.asset)
        old = merged.get(key)
        if old is None:
            merged[key] = edge
            continue
        shares = [s for s in (old.share, edge.share) if s is not None]
        merged[key] = OwnershipEdge(
            edge.owner,
            edge.asset,
            max(shares) if shares else None,
            tuple(dict.fromkeys(old.evidence + edge.evidence)),
        )
    return merged


def exposures(
    listed: Mapping[str, Sequence[Listing]], edges: Iterable[OwnershipEdge]
) -> dict[str, Exposure]:
    """Every unlisted entity with a listed or exposed owner, and how it stands."""
    merged = _merge(edges)
    owners_of: dict[str, list[OwnershipEdge]] = defaultdict(list)
    for edge in merged.values():
        owners_of[edge.asset].append(edge)
    blocked = {node for node, listings in listed.items() if listings}
    changed = True
    while changed:
        changed = False
        for asset, owned_by in owners_of.items():
            if asset in blocked:
                continue
            total = sum(e.share or 0.0 for e in owned_by if e.owner in blocked)
            if total >= THRESHOLD:
                blocked.add(asset)
                changed = True
    out: dict[str, Exposure] = {}
    for asset, owned_by in owners_of.items():
        if listed.get(asset):
            continue
        blocked_edges = [e for e in owned_by if e.owner in blocked]
        if not blocked_edges:
            continue
        total = sum(e.share or 0.0 for e in blocked_edges)
        if asset in blocked:
            status = EXPOSED
        elif any(e.share is None for e in blocked_edges):
            status = UNKNOWN_SHARE
        else:
            status = MINORITY
        paths = [
            path
            for edge in blocked_edges
            for path in _paths(edge, listed, owners_of, blocked, {asset}, 1)
        ]
        out[asset] = Exposure(asset, status, round(total, 4), tuple(paths))
    return out


def _paths(
    edge: OwnershipEdge,
    listed: Mapping[str, Sequence[Listing]],
    owners_of: Mapping[str, list[OwnershipEdge]],
    blocked: set[str],
    seen: set[str],
    depth: int,
) -> list[ExposurePath]:
    owner = edge.owner
    found = [ExposurePath((edge,), listing) for listing in listed.get(owner, ())]
    if found or depth >= _MAX_DEPTH or owner in seen:
        return found
    out: list[ExposurePath] = []
    for upper in owners_of.get(owner, []):
        if upper.owner in blocked:
            for path in _paths(upper, listed, owners_of, blocked, seen | {owner}, depth + 1):
                out.append(ExposurePath((edge, *path.hops), path.listing))
    return out


def _share(share: float | None) -> str:
    if share is None:
        return "share not stated"
    return f"{share:g}%"


def describe_path(entity_name: str, path: ExposurePath, names: Mapping[str, str]) -> str:
    """'IEMZ Kupol → owned by Almaz-Antey (100%) → on ofac-sdn 16865, programs ...'."""
    parts = [entity_name]
    for hop in path.hops:
        parts.append(f"owned by {names.get(hop.owner, hop.owner)} ({_share(hop.share)})")
    listing = path.listing
    programs = f", programs {', '.join(listing.programs)}" if listing.programs else ""
    parts.append(f"on {listing.list_name} {listing.list_id} ({listing.name}){programs}")
    return " → ".join(parts)
