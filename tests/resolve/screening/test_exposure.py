from __future__ import annotations

from armstrace.resolve.screening import (
    EXPOSED,
    MINORITY,
    UNKNOWN_SHARE,
    Listing,
    OwnershipEdge,
    describe_path,
    exposures,
)

SDN = Listing("ofac-sdn", "16865", "JSC ALMAZ-ANTEY", ("UKRAINE-EO13661", "RUSSIA-EO14024"))
OTHER = Listing("ofac-sdn", "777", "LISTED HOLDING", ("RUSSIA-EO14024",))


def test_majority_owned_by_one_listed_party_is_exposed_with_its_path() -> None:
    result = exposures({"almaz": [SDN]}, [OwnershipEdge("almaz", "kupol", 100.0, ("claim:7",))])
    kupol = result["kupol"]
    assert kupol.status == EXPOSED
    assert kupol.share == 100.0
    (path,) = kupol.paths
    assert path.hops[0].evidence == ("claim:7",)
    text = describe_path("IEMZ Kupol", path, {"almaz": "Almaz-Antey"})
    assert text == (
        "IEMZ Kupol → owned by Almaz-Antey (100%) → on ofac-sdn 16865 (JSC ALMAZ-ANTEY), "
        "programs UKRAINE-EO13661, RUSSIA-EO14024"
    )


def test_shares_of_listed_parties_add_up() -> None:
    edges = [OwnershipEdge("a", "x", 30.0), OwnershipEdge("b", "x", 25.0)]
    assert exposures({"a": [SDN], "b": [OTHER]}, edges)["x"].status == EXPOSED
    assert exposures({"a": [SDN]}, edges)["x"].status == MINORITY


def test_exactly_fifty_percent_is_exposed_and_less_is_not() -> None:
    assert exposures({"a": [SDN]}, [OwnershipEdge("a", "x", 50.0)])["x"].status == EXPOSED
    minority = exposures({"a": [SDN]}, [OwnershipEdge("a", "x", 49.9)])["x"]
    assert minority.status == MINORITY
    assert minority.share == 49.9


def test_unknown_share_is_shown_as_such() -> None:
    result = exposures({"a": [SDN]}, [OwnershipEdge("a", "x", None)])
    assert result["x"].status == UNKNOWN_SHARE
    assert result["x"].share == 0.0


def test_exposure_passes_down_a_chain_and_the_path_shows_every_hop() -> None:
    edges = [OwnershipEdge("a", "b", 60.0), OwnershipEdge("b", "c", 51.0)]
    result = exposures({"a": [SDN]}, edges)
    assert result["b"].status == result["c"].status == EXPOSED
    (path,) = result["c"].paths
    assert [h.owner for h in path.hops] == ["b", "a"]
    assert describe_path("C", path, {"a": "A", "b": "B"}).startswith(
        "C → owned by B (51%) → owned by A (60%) → on ofac-sdn"
    )


def test_a_minority_owner_passes_nothing_down() -> None:
    edges = [OwnershipEdge("a", "b", 40.0), OwnershipEdge("b", "c", 100.0)]
    result = exposures({"a": [SDN]}, edges)
    assert result["b"].status == MINORITY
    assert "c" not in result


def test_listed_parties_and_cycles() -> None:
    edges = [
        OwnershipEdge("a", "b", 100.0),
        OwnershipEdge("b", "a", 100.0),
        OwnershipEdge("b", "c", 50.0),
        OwnershipEdge("a", "b", None, ("claim:9",)),
    ]
    result = exposures({"a": [SDN]}, edges)
    assert "a" not in result  # listed itself, not "exposed"
    assert result["c"].status == EXPOSED
    assert result["b"].paths[0].hops[0].evidence == ("claim:9",)  # duplicate edges merged
