"""Component rules: parts a finding verb counts, with the origin phrase kept and the
subject's own "from" phrase not taken for where the parts were found."""

from __future__ import annotations

from tests.extract.claims.conftest import ORG, WEAPON, Run, by_type, role

NAMES = {"Condor": WEAPON, "Vantor": ORG}


def test_origin_phrase_stays_with_the_counted_parts(run: Run) -> None:
    claims, names = run(
        "A Condor drone came down near the border. Investigators who examined the debris "
        "found 24 parts of European origin.",
        NAMES,
    )
    (c,) = by_type(claims, "component")
    assert (c.item, role(names, c.used_in), c.quantity) == (
        "parts of European origin",
        "Condor",
        24,
    )


def test_a_subjects_from_phrase_is_not_where_parts_were_found(run: Run) -> None:
    claims, names = run(
        "The Condor is cheap to build. A study drawn from customs records found 90 "
        "electronic components.",
        NAMES,
    )
    assert {(c.item, role(names, c.used_in)) for c in by_type(claims, "component")} == {
        ("electronic components", "Condor")
    }


def test_an_of_phrase_that_is_no_origin_is_left_out(run: Run) -> None:
    claims, _names = run(
        "The Condor crashed in May. Investigators found 12 components of the guidance unit.",
        NAMES,
    )
    assert {c.item for c in by_type(claims, "component")} == {"components"}
