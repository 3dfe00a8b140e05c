"""Ownership rules: "the group" standing for the group the article is about."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import ORG, Run, by_type, role

NAMES = {
    "Vantor": ORG,
    "Helix Arms": ORG,
    "Orvex": ORG,
    "Bureau of Industry and Security": ORG,
}


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "ownership")}


def test_the_groups_factory_after_an_authority_is_the_articles_group(run: Run) -> None:
    claims, names = run(
        "Vantor, the state missile concern, has dozens of plants. Vantor was sanctioned in "
        "2014. In 2016 the Bureau of Industry and Security listed several plants. In 2019 "
        "the agency penalised Orvex, the group's missile factory in the north.",
        NAMES,
    )
    assert ("Orvex", "Vantor") in _pairs(claims, names)


def test_no_group_named_gives_no_owner(run: Run) -> None:
    claims, names = run(
        "Vantor builds radars. In 2016 the Bureau of Industry and Security listed several "
        "plants. In 2019 the agency penalised Orvex, the group's missile factory.",
        NAMES,
    )
    assert _pairs(claims, names) == set()
