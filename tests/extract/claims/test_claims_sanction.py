"""Sanction rules: coordinated targets, passives, lists, pronoun authorities."""

from __future__ import annotations

from armstrace.model import Claim

from tests.extract.claims.conftest import COUNTRY, ORG, PERSON, PLACE, Run, by_type, role

NAMES = {
    "OFAC": ORG,
    "Alpha Trading": ORG,
    "Beta Logistics": ORG,
    "Gamma Tech": ORG,
    "the European Union": ORG,
    "BIS": ORG,
    "China": COUNTRY,
}


def test_coordinated_targets_make_one_claim_each(run: Run) -> None:
    claims, names = run("OFAC designated Alpha Trading, Beta Logistics and Gamma Tech.", NAMES)
    found = by_type(claims, "sanction")
    assert {role(names, c.subject) for c in found} == {"OFAC"}
    assert sorted(role(names, c.object) or "" for c in found) == [
        "Alpha Trading",
        "Beta Logistics",
        "Gamma Tech",
    ]


def test_passive_with_agent(run: Run) -> None:
    claims, names = run("Alpha Trading was sanctioned by the European Union in March.", NAMES)
    (c,) = by_type(claims, "sanction")
    assert (role(names, c.subject), role(names, c.object)) == (
        "the European Union",
        "Alpha Trading",
    )
    assert c.time == "2024-03"


def test_added_to_entity_list(run: Run) -> None:
    claims, names = run("BIS added Gamma Tech to the Entity List.", NAMES)
    (c,) = by_type(claims, "sanction")
    assert (role(names, c.subject), role(names, c.object)) == ("BIS", "Gamma Tech")


def test_add_without_a_list_is_no_sanction(run: Run) -> None:
    claims, _ = run("Alpha Trading added Beta Logistics as a partner.", NAMES)
    assert by_type(claims, "sanction") == []


def test_pronoun_authority_is_the_last_authority(run: Run) -> None:
    text = "OFAC designated Alpha Trading in 2022. A year later it sanctioned Beta Logistics."
    claims, names = run(text, NAMES)
    assert {
        (role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")
    } == {
        ("OFAC", "Alpha Trading"),
        ("OFAC", "Beta Logistics"),
    }


def test_places_listed_with_unnamed_targets_are_not_targets(run: Run) -> None:
    claims, _ = run("OFAC is designating eight entities in China.", NAMES)
    assert by_type(claims, "sanction") == []


def test_pronoun_prefers_the_authority_just_named(run: Run) -> None:
    names_ = {**NAMES, "Britain": COUNTRY}
    text = (
        "OFAC designated Alpha Trading in 2022.\n\n"
        "Britain acted later. In August it sanctioned Beta Logistics."
    )
    claims, names = run(text, names_)
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}
    assert ("Britain", "Beta Logistics") in pairs


def test_sanctioned_for_supplying_is_the_authoritys_claim(run: Run) -> None:
    names_ = {**NAMES, "Russia": COUNTRY}
    claims, names = run("OFAC sanctioned Alpha Trading for supplying drones to Russia.", names_)
    (t,) = by_type(claims, "transfer")
    assert (role(names, t.subject), role(names, t.object)) == ("Alpha Trading", "Russia")
    assert [role(names, a.source) for a in t.attribution] == ["OFAC"]


def test_placed_under_sanctions_and_later_listed_by(run: Run) -> None:
    names_ = {**NAMES, "US": COUNTRY, "Britain": COUNTRY}
    text = "Alpha Trading was placed under US sanctions in 2014 and was later listed by Britain."
    claims, names = run(text, names_)
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}
    assert pairs == {("US", "Alpha Trading"), ("Britain", "Alpha Trading")}


def test_added_to_an_authoritys_list_without_an_agent(run: Run) -> None:
    names_ = {**NAMES, "the Commerce Department": ORG}
    text = "Gamma Tech was added to the Commerce Department's Entity List in 2020."
    claims, names = run(text, names_)
    (c,) = by_type(claims, "sanction")
    assert (role(names, c.subject), role(names, c.object)) == (
        "the Commerce Department",
        "Gamma Tech",
    )


def test_simple_past_sanction_is_dated_at_publication(run: Run) -> None:
    claims, _ = run("OFAC also designated Alpha Trading for supplying drone engines.", NAMES)
    (c,) = by_type(claims, "sanction")
    assert c.time == "2024-05-15"


def test_background_sanction_stays_undated(run: Run) -> None:
    claims, _ = run("OFAC had already designated Alpha Trading.", NAMES)
    (c,) = by_type(claims, "sanction")
    assert c.time is None


def test_placed_on_a_sanctions_list(run: Run) -> None:
    claims, names = run("China placed Alpha Trading on its sanctions list in 2021.", NAMES)
    (c,) = by_type(claims, "sanction")
    assert (role(names, c.subject), role(names, c.object), c.time) == (
        "China",
        "Alpha Trading",
        "2021",
    )


def test_placing_an_order_is_no_sanction(run: Run) -> None:
    claims, _ = run("China placed an order with Alpha Trading.", NAMES)
    assert by_type(claims, "sanction") == []


def test_also_designated_takes_the_last_authority(run: Run) -> None:
    text = "OFAC designated Beta Logistics. Also designated were Alpha Trading and Gamma Tech."
    claims, names = run(text, NAMES)
    pairs = {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}
    assert {("OFAC", "Alpha Trading"), ("OFAC", "Gamma Tech")} <= pairs


def test_object_pronoun_is_not_its_clauses_subject(run: Run) -> None:
    text = "Alpha Trading makes tank engines. OFAC designated it in 2022."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "sanction")
    assert (role(names, c.subject), role(names, c.object)) == ("OFAC", "Alpha Trading")


def _pairs(claims: list[Claim], names: dict[str, str]) -> set[tuple[str | None, str | None]]:
    return {(role(names, c.subject), role(names, c.object)) for c in by_type(claims, "sanction")}


def test_both_stands_for_the_authorities_just_named(run: Run) -> None:
    names_ = {**NAMES, "Japan": COUNTRY, "Canada": COUNTRY}
    text = "Japan and Canada acted together. On May 3 both froze the assets of Alpha Trading."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Japan", "Alpha Trading"), ("Canada", "Alpha Trading")}


def test_semicolon_list_after_a_colon_names_each_target(run: Run) -> None:
    names_ = {**NAMES, "Ivan Petrov": PERSON, "Maria Sokolova": PERSON, "Oleg Ivanov": PERSON}
    text = (
        "OFAC designated three executives: Ivan Petrov, director of Alpha Trading; "
        "Maria Sokolova, who runs Beta Logistics; and Oleg Ivanov."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {
        ("OFAC", "Ivan Petrov"),
        ("OFAC", "Maria Sokolova"),
        ("OFAC", "Oleg Ivanov"),
    }


def test_names_after_an_unnamed_group_are_targets(run: Run) -> None:
    names_ = {**NAMES, "Alpha Bank": ORG, "Beta Bank": ORG}
    text = (
        "Later the European Union imposed transaction bans on two lenders, Alpha Bank and "
        "Beta Bank, and listed Gamma Tech."
    )
    claims, names = run(text, names_)
    assert {o for _, o in _pairs(claims, names)} == {"Alpha Bank", "Beta Bank", "Gamma Tech"}


def test_a_following_sentence_lists_the_targets(run: Run) -> None:
    text = (
        "BIS added six companies to the Entity List on Tuesday. "
        "The firms include Alpha Trading and Beta Logistics."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {("BIS", "Alpha Trading"), ("BIS", "Beta Logistics")}
    assert all("The firms include" in c.evidence for c in by_type(claims, "sanction"))


def test_a_list_without_an_announcement_is_no_sanction(run: Run) -> None:
    claims, _ = run("The firms include Alpha Trading and Beta Logistics.", NAMES)
    assert by_type(claims, "sanction") == []


def test_the_speaker_after_a_list_is_no_target(run: Run) -> None:
    text = (
        "OFAC designated four firms on Monday. "
        "The firms include Alpha Trading and Beta Logistics, Gamma Tech said."
    )
    claims, names = run(text, NAMES)
    assert "Gamma Tech" not in {o for _, o in _pairs(claims, names)}


def test_frozen_assets_of_a_person_not_of_his_employer(run: Run) -> None:
    names_ = {**NAMES, "Britain": COUNTRY, "Ivan Petrov": PERSON}
    claims, names = run("Britain froze the assets of Ivan Petrov, head of Alpha Trading.", names_)
    assert _pairs(claims, names) == {("Britain", "Ivan Petrov")}


def test_a_sanctions_office_naming_firms_designates_them(run: Run) -> None:
    claims, names = run("OFAC named Alpha Trading and Beta Logistics on Thursday.", NAMES)
    assert _pairs(claims, names) == {("OFAC", "Alpha Trading"), ("OFAC", "Beta Logistics")}


def test_a_ministry_naming_firms_is_no_sanction(run: Run) -> None:
    names_ = {**NAMES, "the Ministry of Trade": ORG}
    claims, _ = run("Later the Ministry of Trade named Alpha Trading as a partner.", names_)
    assert by_type(claims, "sanction") == []


def test_among_the_firms_listed_were(run: Run) -> None:
    text = (
        "OFAC designated Gamma Tech on Monday. "
        "Among the firms listed were Alpha Trading and Beta Logistics."
    )
    claims, names = run(text, NAMES)
    assert {("OFAC", "Alpha Trading"), ("OFAC", "Beta Logistics")} <= _pairs(claims, names)


def test_object_pronoun_skips_the_authorities(run: Run) -> None:
    names_ = {**NAMES, "Japan": COUNTRY, "Canada": COUNTRY}
    text = (
        "Alpha Trading has been on the OFAC list since 2014. "
        "Japan and Canada have also designated it."
    )
    claims, names = run(text, names_)
    assert {("Japan", "Alpha Trading"), ("Canada", "Alpha Trading")} <= _pairs(claims, names)


def test_a_firm_that_authorities_have_sanctioned(run: Run) -> None:
    names_ = {**NAMES, "Japan": COUNTRY, "Canada": COUNTRY}
    text = "The port is run by Alpha Trading, a company that Japan and Canada have sanctioned."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Japan", "Alpha Trading"), ("Canada", "Alpha Trading")}


def test_a_group_subject_with_names_after_an_announcement(run: Run) -> None:
    text = (
        "OFAC sanctioned three companies on Friday. "
        "The three firms, Alpha Trading, Beta Logistics and Gamma Tech, shipped parts."
    )
    claims, names = run(text, NAMES)
    assert _pairs(claims, names) == {
        ("OFAC", "Alpha Trading"),
        ("OFAC", "Beta Logistics"),
        ("OFAC", "Gamma Tech"),
    }


def test_they_after_a_misparsed_group_of_governments(run: Run) -> None:
    names_ = {**NAMES, "Britain": COUNTRY, "France": COUNTRY, "Iran": COUNTRY}
    text = (
        "The move came a day after Britain and France said they would cut flights to "
        "Iran and impose sanctions on Alpha Trading."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("Britain", "Alpha Trading"), ("France", "Alpha Trading")}


def test_both_companies_are_the_last_two_named(run: Run) -> None:
    names_ = {**NAMES, "US": COUNTRY}
    text = (
        "Alpha Trading supplies the parts and Beta Logistics ships them. "
        "Both companies are under US sanctions."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("US", "Alpha Trading"), ("US", "Beta Logistics")}


def test_joining_the_entity_list_names_its_keeper(run: Run) -> None:
    names_ = {**NAMES, "the Commerce Department": ORG}
    text = (
        "Later the Commerce Department tightened export rules. "
        "Alpha Trading and Beta Logistics joined the Entity List in August 2022."
    )
    claims, names = run(text, names_)
    found = by_type(claims, "sanction")
    assert {(role(names, c.subject), role(names, c.object)) for c in found} == {
        ("the Commerce Department", "Alpha Trading"),
        ("the Commerce Department", "Beta Logistics"),
    }
    assert {c.time for c in found} == {"2022-08"}


def test_joining_the_entity_list_without_its_keeper_named_is_nothing(run: Run) -> None:
    claims, _ = run("Alpha Trading joined the Entity List in August 2022.", NAMES)
    assert by_type(claims, "sanction") == []


def test_one_paragraph_per_target_after_a_colon(run: Run) -> None:
    names_ = {**NAMES, "Britain": COUNTRY, "Ivan Petrov": PERSON, "Dubai": PLACE}
    text = (
        "Britain sanctioned Gamma Tech on Monday.\n\n"
        "The new listings cover:\n\n"
        "Alpha Trading, a Dubai-based firm, for supplying drone parts to Russia.\n\n"
        "Ivan Petrov, a Russian national, for his role in arms deals.\n\n"
        "Officials said more measures would follow."
    )
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {
        ("Britain", "Gamma Tech"),
        ("Britain", "Alpha Trading"),
        ("Britain", "Ivan Petrov"),
    }


def test_paragraphs_after_a_colon_without_a_sanction_are_nothing(run: Run) -> None:
    text = "Its customers include:\n\nAlpha Trading, a Dubai-based firm.\n\nBeta Logistics."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "sanction") == []


def test_under_sanctions_along_with_another_target(run: Run) -> None:
    names_ = {**NAMES, "US": COUNTRY}
    text = "Alpha Trading was placed under US sanctions in 2022, along with Beta Logistics."
    claims, names = run(text, names_)
    assert _pairs(claims, names) == {("US", "Alpha Trading"), ("US", "Beta Logistics")}
