"""Component rules: parts found in, flown on, or supplied for a weapon."""

from __future__ import annotations

from armstrace.model import ItemClass

from tests.extract.claims.conftest import COUNTRY, ORG, WEAPON, Run, by_type, role

NAMES = {
    "Kh-101": WEAPON,
    "Orlan-10": WEAPON,
    "u-blox": ORG,
    "Hikvision": ORG,
    "Russia": COUNTRY,
    "Akinci": WEAPON,
    "Motor Sich": ORG,
}


def test_part_made_by_found_inside_weapon(run: Run) -> None:
    text = "Analysts found a radio receiver made by u-blox inside an Orlan-10."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), c.item, role(names, c.used_in)) == (
        "u-blox",
        "radio receiver",
        "Orlan-10",
    )
    assert c.item_class == ItemClass.COMPONENT


def test_weapon_contains_parts(run: Run) -> None:
    claims, names = run("Each finished Orlan-10 contains more than 30 imported parts.", NAMES)
    (c,) = by_type(claims, "component")
    assert c.subject is None
    assert role(names, c.used_in) == "Orlan-10"
    assert c.quantity == 30


def test_parts_supplied_for_weapons(run: Run) -> None:
    claims, names = run("Hikvision was providing optical components for Russian tanks.", NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), c.item, c.used_in) == (
        "Hikvision",
        "optical components",
        "tanks",
    )


def test_engines_a_weapon_flies_on(run: Run) -> None:
    claims, names = run("The Akinci flies on engines built by Motor Sich.", NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), c.item, role(names, c.used_in)) == (
        "Motor Sich",
        "engines",
        "Akinci",
    )


def test_parts_found_without_a_weapon_give_nothing(run: Run) -> None:
    claims, _ = run("Customs officers found chips in a warehouse.", NAMES)
    assert by_type(claims, "component") == []


def test_parts_from_makers_listed_with_including(run: Run) -> None:
    names_ = {**NAMES, "Intel": ORG, "Texas Instruments": ORG}
    text = (
        "Fragments of a Kh-101 contained 30 foreign components, including processors "
        "from Intel and Texas Instruments."
    )
    claims, names = run(text, names_)
    makers = {
        role(names, c.subject) for c in by_type(claims, "component") if c.item == "processors"
    }
    assert makers == {"Intel", "Texas Instruments"}


def test_weapon_powered_by_engines(run: Run) -> None:
    claims, names = run("The Akinci is powered by engines made by Motor Sich.", NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), role(names, c.used_in)) == ("Motor Sich", "Akinci")


def test_second_participle_names_the_maker_of_the_part(run: Run) -> None:
    names_ = {**NAMES, "Helix Labs": ORG, "Vortec": ORG}
    text = "The Akinci flies on engines designed by Helix Labs and built by Vortec."
    claims, names = run(text, names_)
    got = {(role(names, c.subject), role(names, c.used_in)) for c in by_type(claims, "component")}
    assert got == {("Vortec", "Akinci")}


def test_it_is_the_weapon_named_just_before(run: Run) -> None:
    text = "Experts who examined an Orlan-10 reported that it carried a GPS module made by u-blox."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), role(names, c.used_in)) == ("u-blox", "Orlan-10")


def test_it_after_a_firm_is_not_a_weapon(run: Run) -> None:
    text = "After the Orlan-10 crash, Hikvision said it carried GPS modules in its trucks."
    claims, _ = run(text, NAMES)
    assert by_type(claims, "component") == []


def test_part_that_comes_from_a_named_firm(run: Run) -> None:
    text = "Investigators examined the Orlan-10. Its camera came from Hikvision."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), c.item, role(names, c.used_in)) == (
        "Hikvision",
        "camera",
        "Orlan-10",
    )


def test_part_from_an_unnamed_supplier_has_no_maker(run: Run) -> None:
    text = "Investigators examined the Orlan-10. Its engine came from a Japanese supplier."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (c.subject, c.item, role(names, c.used_in)) == (None, "engine", "Orlan-10")


def test_coming_from_without_a_weapon_is_no_component(run: Run) -> None:
    claims, _ = run("The engine came from Hikvision after talks in Russia.", NAMES)
    assert by_type(claims, "component") == []


def test_a_list_of_parts_is_about_the_weapon_just_named(run: Run) -> None:
    text = "Engineers took apart a Kh-101. Their list includes a signal processor from u-blox."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), role(names, c.used_in)) == ("u-blox", "Kh-101")


def test_other_parts_of_a_weapon_include(run: Run) -> None:
    text = "Other parts of the Orlan-10 included a camera made by Hikvision."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (role(names, c.subject), c.item, role(names, c.used_in)) == (
        "Hikvision",
        "camera",
        "Orlan-10",
    )


def test_origin_of_parts_does_not_hide_the_weapon_examined(run: Run) -> None:
    text = (
        "Researchers inspected a Kh-101. They listed over 140 electronic parts that had "
        "not been made in Russia, traced to 12 suppliers."
    )
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert (c.item, role(names, c.used_in), c.quantity) == ("electronic parts", "Kh-101", 140)


def test_parts_recovered_from_named_wreckage(run: Run) -> None:
    text = "The agency lists foreign-made parts recovered from Kh-101 wreckage on its portal."
    claims, names = run(text, NAMES)
    (c,) = by_type(claims, "component")
    assert role(names, c.used_in) == "Kh-101"
