"""The entity graph around one entity: who supplies, owns, sanctions or builds with whom.

Nodes are entities, edges are claims (one edge per subject/object pair and claim type,
carrying the claim ids and how many sources back it). The drawing is left to the
browser's graph library; this module only says what is connected.
"""

from __future__ import annotations

from typing import Any

from armstrace.services.querying import resolve_entity
from armstrace.services.reviewing import plain_claims
from armstrace.store import Store

__all__ = ["neighbourhood"]

_PER_ENTITY = 2_000


def neighbourhood(
    store: Store,
    name_or_id: str,
    *,
    depth: int = 1,
    max_nodes: int = 150,
) -> dict[str, Any] | None:
    """Entities within ``depth`` claim hops of the centre; None where it is unknown.

    The walk stops adding nodes at ``max_nodes`` (``truncated`` says so) so a hub such
    as a large country never produces a graph nobody can read.
    """
    centre = resolve_entity(store, name_or_id)
    if centre is None:
        return None
    depth = max(1, min(depth, 3))
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    frontier = [centre]
    visited: set[str] = set()
    truncated = False
    record = store.entity(centre)
    if record is not None:
        e = record.entity
        nodes[centre] = {"id": e.id, "name": e.name, "type": e.type.value, "hop": 0}
    for hop in range(1, depth + 1):
        following: list[str] = []
        for entity_id in frontier:
            if entity_id in visited:
                continue
            visited.add(entity_id)
            for claim in plain_claims(store, entity_id=entity_id, limit=_PER_ENTITY):
                subject, obj = claim.get("subject"), claim.get("object")
                if not subject or not obj or subject["id"] == obj["id"]:
                    continue
                for end in (subject, obj):
                    if end["id"] not in nodes:
                        if len(nodes) >= max_nodes:
                            truncated = True
                            break
                        nodes[end["id"]] = {"id": end["id"], "name": end["name"], "hop": hop}
                        following.append(end["id"])
                if subject["id"] not in nodes or obj["id"] not in nodes:
                    continue
                key = (subject["id"], obj["id"], claim["type"])
                edge = edges.setdefault(
                    key,
                    {
                        "id": f"{claim['type']}:{subject['id']}->{obj['id']}",
                        "source": subject["id"],
                        "target": obj["id"],
                        "type": claim["type"],
                        "claims": [],
                        "items": [],
                        "documents": [],
                    },
                )
                if claim["id"] not in edge["claims"]:
                    edge["claims"].append(claim["id"])
                if claim.get("item") and claim["item"] not in edge["items"]:
                    edge["items"].append(claim["item"])
                if claim["document"]["id"] not in edge["documents"]:
                    edge["documents"].append(claim["document"]["id"])
        frontier = following
    for node in nodes.values():
        if "type" not in node:
            found = store.entity(node["id"])
            node["type"] = found.entity.type.value if found else None
    return {
        "centre": centre,
        "depth": depth,
        "nodes": list(nodes.values()),
        "edges": list(edges.values()),
        "truncated": truncated,
    }
