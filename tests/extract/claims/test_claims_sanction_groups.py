"""Who acts and who is hit when the sentence does not name them where the verb wants:
"the department", "their own sanctions", "including" on a clause about an unnamed group,
and denial orders."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, Run, by_type, role

NAMES = {
    "Treasury Department": ORG,
    "Commerce Department": ORG,
    "Norway": COUNTRY,
    "Finland": COUNTRY,
    "Denmark": COUNTRY,
    "Canada": COUNTRY,
    "Russia": COUNTRY,
    "Vostok Trade": ORG,
    "Baltic Air": ORG,
    "Paya Aviation": ORG,
    "Saba Motors": ORG,
    "Hamas": ORG,
    "Pavel Orlov": PERSON,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}


def test_the_department_is_the_department_named_before(run: Run) -> None:
    text = (
        "The Treasury Department sanctioned Vostok Trade in April. In May the department "
        "designated Pavel Orlov, whom it called the firm's financier."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {
        ("Treasury Department", "Vostok Trade"),
        ("Treasury Department", "Pavel Orlov"),
    }


def test_the_council_without_a_council_named_is_nobody(run: Run) -> None:
    text = "The Treasury Department met on Monday. In May the council designated Pavel Orlov."
    claims, names = run(text, NAMES)
    assert ("Treasury Department", "Pavel Orlov") not in _pairs(claims, names)


def test_their_own_sanctions_are_every_subjects(run: Run) -> None:
    text = (
        "Norway, Finland and Denmark unveiled their own sanctions, including penalties "
        "against the cargo airline Baltic Air."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {
        ("Norway", "Baltic Air"),
        ("Finland", "Baltic Air"),
        ("Denmark", "Baltic Air"),
    }


def test_their_own_sanctions_by_a_group_without_authority_are_nothing(run: Run) -> None:
    text = (
        "Norway sanctioned Vostok Trade. The rebels and their allies announced their own "
        "sanctions against Baltic Air."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Norway", "Vostok Trade")}


def test_including_on_the_clause_about_an_unnamed_group(run: Run) -> None:
    text = (
        "Canada imposed sanctions on individuals and companies it said were involved in "
        "shipping drones to Russia, including Paya Aviation and Saba Motors."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Canada", "Paya Aviation"), ("Canada", "Saba Motors")}


def test_including_on_another_noun_is_no_target(run: Run) -> None:
    text = (
        "Canada imposed sanctions on three companies over their support for armed groups, "
        "including Hamas."
    )
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_denial_orders_against_a_firm(run: Run) -> None:
    text = "The Commerce Department on Monday issued temporary denial orders against Baltic Air."
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Commerce Department", "Baltic Air")}


def test_other_orders_against_a_firm_are_no_sanction(run: Run) -> None:
    text = "Norway issued orders against Baltic Air over unpaid airport fees."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_the_company_is_never_the_department_named_before(run: Run) -> None:
    text = (
        "The Treasury Department on Friday sanctioned a satellite firm in Hebei. The "
        "company had already been designated by Norway in 2023."
    )
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_the_company_is_the_firm_named_before_the_department(run: Run) -> None:
    text = (
        "The Treasury Department on Friday sanctioned Vostok Trade, a reseller. The "
        "company had already been designated by Norway in 2023."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {
        ("Treasury Department", "Vostok Trade"),
        ("Norway", "Vostok Trade"),
    }


def test_the_company_is_the_subject_of_the_same_sentence(run: Run) -> None:
    text = (
        "Vostok Trade has begun rationing parts after Norway imposed sanctions on the "
        "company last month."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Norway", "Vostok Trade")}


def test_the_company_is_not_an_object_of_the_same_sentence(run: Run) -> None:
    text = "Norway warned Vostok Trade, and Finland imposed sanctions on the company."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_a_firm_named_as_a_modifier_of_its_kind_is_a_target(run: Run) -> None:
    text = (
        "Norway on Monday added 14 Russian organisations, including the Vostok Trade "
        "chip maker and Baltic Air, to its sanctions list."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("Norway", "Vostok Trade"), ("Norway", "Baltic Air")}


def test_counted_units_of_a_named_group_are_not_the_group(run: Run) -> None:
    text = "Norway on Monday put seven Vostok Trade companies on its sanctions list."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []
