"""The graph neighbourhood: who is linked to whom by which claims."""

from __future__ import annotations

from armstrace.services.graph import neighbourhood
from armstrace.store import Store

from tests.services.workbench_corpus import EVIL, KESTREL, NOVARIA, NOVARIA_DUP, ORLAN, TARSIS


def test_one_hop_from_a_supplier(workbench_store: Store) -> None:
    view = neighbourhood(workbench_store, NOVARIA.name)
    assert view is not None
    assert view["centre"] == NOVARIA.id
    assert {n["id"] for n in view["nodes"]} == {NOVARIA.id, KESTREL.id, TARSIS.id}
    edges = {(e["source"], e["target"], e["type"]): e for e in view["edges"]}
    assert set(edges) == {
        (NOVARIA.id, KESTREL.id, "transfer"),
        (NOVARIA.id, TARSIS.id, "transfer"),
    }
    to_kestrel = edges[(NOVARIA.id, KESTREL.id, "transfer")]
    assert len(to_kestrel["claims"]) == 2  # delivered and planned, one edge
    assert to_kestrel["items"] == ["Falcon-7 drones"]
    assert len(to_kestrel["documents"]) == 2
    types = {n["id"]: n["type"] for n in view["nodes"]}
    assert types[KESTREL.id] == "country"
    assert view["truncated"] is False


def test_two_hops_reach_the_other_suppliers(workbench_store: Store) -> None:
    one = neighbourhood(workbench_store, TARSIS.id, depth=1)
    two = neighbourhood(workbench_store, TARSIS.id, depth=2)
    assert one is not None and two is not None
    assert {n["id"] for n in one["nodes"]} == {TARSIS.id, NOVARIA.id, NOVARIA_DUP.id, EVIL.id}
    assert {n["id"] for n in two["nodes"]} == {n["id"] for n in one["nodes"]} | {
        KESTREL.id,
        ORLAN.id,
    }
    assert {n["hop"] for n in two["nodes"]} == {0, 1, 2}


def test_node_cap_truncates(workbench_store: Store) -> None:
    view = neighbourhood(workbench_store, TARSIS.id, depth=3, max_nodes=2)
    assert view is not None
    assert len(view["nodes"]) == 2
    assert view["truncated"] is True
    ids = {n["id"] for n in view["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in view["edges"])


def test_unknown_entity(workbench_store: Store) -> None:
    assert neighbourhood(workbench_store, "Atlantis") is None
