from armstrace.assess import assess_claims
from armstrace.model import Assessment, Modality, Stance

from tests.assess._support import assessed, claim

OFFICIALS = ("three officials in European governments", Stance.ASSERTS)


def test_reprints_of_one_wire_story_are_one_source() -> None:
    rows = [
        assessed(n, claim(sources=(OFFICIALS,)), doc=f"d{n}", day="2024-03-01", origin="d0")
        for n in range(5)
    ]
    (rel,) = assess_claims(rows)
    assert rel.independent_sources == 1
    assert rel.assessment is Assessment.SINGLE_SOURCE
    assert len(rel.documents) == 5


def test_credited_reprints_count_as_their_origin() -> None:
    rows = [
        assessed(1, claim(), doc="a", day="2024-03-01", credited="reuters"),
        assessed(2, claim(), doc="b", day="2024-03-02", credited="reuters"),
    ]
    (rel,) = assess_claims(rows)
    assert rel.independent_sources == 1


def test_two_independent_origins_corroborate() -> None:
    rows = [
        assessed(1, claim(sources=(OFFICIALS,)), doc="a", day="2024-03-01"),
        assessed(2, claim(item="Shahed drones"), doc="b", day="2024-03-05"),
    ]
    (rel,) = assess_claims(rows)
    assert rel.independent_sources == 2
    assert rel.assessment is Assessment.CORROBORATED
    assert rel.first_reported is not None and rel.last_reported is not None
    assert rel.first_reported < rel.last_reported


def test_an_official_statement_confirms() -> None:
    rows = [
        assessed(
            1,
            claim(sources=(("ukraine", Stance.ASSERTS),)),
            doc="a",
            day="2024-03-01",
            types={"ukraine": "country"},
            names={"ukraine": "Ukraine"},
        )
    ]
    (rel,) = assess_claims(rows)
    assert rel.assessment is Assessment.OFFICIALLY_CONFIRMED
    assert "Ukraine" in rel.reason


def test_a_denial_by_a_party_disputes_and_shows_in_the_history() -> None:
    rows = [
        assessed(1, claim(sources=(OFFICIALS,)), doc="a", day="2024-03-01"),
        assessed(
            2,
            claim(sources=(OFFICIALS, ("iran", Stance.DENIES))),
            doc="b",
            day="2024-03-09",
            names={"iran": "Iran"},
        ),
    ]
    (rel,) = assess_claims(rows)
    assert rel.assessment is Assessment.DISPUTED
    assert [h.assessment for h in rel.history] == [Assessment.SINGLE_SOURCE, Assessment.DISPUTED]
    undisputed = assess_claims(rows[:1])[0]
    assert rel.confidence < undisputed.confidence + 0.2


def test_a_denial_by_a_non_party_contradicts() -> None:
    rows = [
        assessed(1, claim(), doc="a", day="2024-03-01"),
        assessed(
            2, claim(sources=(("independent monitors", Stance.DENIES),)), doc="b", day="2024-03-02"
        ),
    ]
    (rel,) = assess_claims(rows)
    assert rel.assessment is Assessment.CONTRADICTED


def test_a_source_that_asserted_then_denied_retracts() -> None:
    rows = [
        assessed(
            1, claim(sources=(("the news agency", Stance.ASSERTS),)), doc="a", day="2024-03-01"
        ),
        assessed(
            2, claim(sources=(("the news agency", Stance.DENIES),)), doc="b", day="2024-04-01"
        ),
    ]
    (rel,) = assess_claims(rows)
    assert rel.assessment is Assessment.RETRACTED
    assert rel.confidence <= 0.05


def test_deliveries_in_different_years_are_two_relations() -> None:
    rows = [
        assessed(1, claim(time="2022"), doc="a", day="2024-03-01"),
        assessed(2, claim(time="2024-02"), doc="b", day="2024-03-01"),
    ]
    assert len(assess_claims(rows)) == 2


def test_an_undated_claim_joins_the_only_dated_relation() -> None:
    rows = [
        assessed(1, claim(time="2023"), doc="a", day="2024-03-01"),
        assessed(2, claim(), doc="b", day="2024-03-02"),
    ]
    (rel,) = assess_claims(rows)
    assert rel.refers_to == ("2023",)


def test_different_claims_about_one_event_stay_apart() -> None:
    rows = [
        assessed(1, claim(item="drones"), doc="a", day="2024-03-01"),
        assessed(2, claim(item="artillery shells"), doc="a", day="2024-03-01"),
        assessed(3, claim(subject="belarus"), doc="a", day="2024-03-01"),
    ]
    assert len(assess_claims(rows)) == 3


def test_hedged_only_lowers_confidence() -> None:
    firm = assess_claims([assessed(1, claim(), doc="a", day="2024-03-01")])[0]
    hedged = assess_claims(
        [assessed(1, claim(modality=Modality.HEDGED), doc="a", day="2024-03-01")]
    )[0]
    assert hedged.confidence < firm.confidence
    assert "hedge" in hedged.reason


def test_planned_and_delivered_are_two_relations_and_a_bare_denial_joins_the_only_one() -> None:
    from armstrace.model import Status

    planned = assessed(1, claim(status=Status.PLANNED), doc="a", day="2024-03-01")
    delivered = assessed(2, claim(status=Status.DELIVERED), doc="b", day="2024-03-02")
    assert len(assess_claims([planned, delivered])) == 2
    denial = assessed(
        3, claim(status=None, sources=(("iran", Stance.DENIES),)), doc="c", day="2024-03-03"
    )
    (rel,) = assess_claims([delivered, denial])
    assert rel.assessment is Assessment.DISPUTED


def test_a_government_denying_for_a_firm_of_its_country_disputes() -> None:
    from dataclasses import replace

    row = assessed(1, claim(subject="xiamen-limbach", object="kupol"), doc="a", day="2024-10-18")
    denial = assessed(
        2,
        claim(subject="xiamen-limbach", object="kupol", sources=(("china", Stance.DENIES),)),
        doc="b",
        day="2024-10-19",
        types={"china": "country"},
    )
    (rel,) = assess_claims([row, replace(denial, party_sources=("china",))])
    assert rel.assessment is Assessment.DISPUTED
    (plain,) = assess_claims([row, denial])
    assert plain.assessment is Assessment.CONTRADICTED
