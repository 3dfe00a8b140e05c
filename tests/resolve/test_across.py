"""Global ids: one entity, one id across documents; different entities, different ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrace.model import EntityType, ExtractedDoc, ResolvedDoc
from armstrace.resolve import MemoryDirectory, Resolver

DocMaker = Callable[..., ExtractedDoc]
ORG, PERSON, COUNTRY = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY
WEAPON = EntityType.WEAPON_SYSTEM


@pytest.fixture
def resolver() -> Resolver:
    return Resolver(MemoryDirectory())


def id_of(resolved: ResolvedDoc, surface: str) -> str:
    key = next(m.key for m in resolved.mentions if m.text == surface)
    return resolved.mention_entity[key]


def test_same_name_in_two_documents_gets_one_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Rostec said so.", [("Rostec", ORG)], doc_id="a"))
    b = resolver.resolve(make_doc("A Rostec unit.", [("Rostec", ORG)], doc_id="b"))
    assert id_of(a, "Rostec") == id_of(b, "Rostec")


def test_short_form_alone_finds_the_entity_seen_with_it(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(
        make_doc("IEMZ Kupol built it. Kupol said.", [("IEMZ Kupol", ORG), ("Kupol", ORG)])
    )
    b = resolver.resolve(make_doc("Kupol denied it.", [("Kupol", ORG)]))
    assert id_of(a, "IEMZ Kupol") == id_of(b, "Kupol")


def test_short_form_alone_finds_the_long_name_seen_without_it(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(make_doc("IEMZ Kupol built it.", [("IEMZ Kupol", ORG)]))
    b = resolver.resolve(make_doc("Kupol denied it.", [("Kupol", ORG)]))
    assert id_of(a, "IEMZ Kupol") == id_of(b, "Kupol")


def test_long_name_later_finds_the_short_form_seen_first(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(make_doc("Kupol denied it.", [("Kupol", ORG)]))
    b = resolver.resolve(make_doc("IEMZ Kupol built it.", [("IEMZ Kupol", ORG)]))
    assert id_of(a, "Kupol") == id_of(b, "IEMZ Kupol")


def test_legal_form_does_not_split_an_entity(resolver: Resolver, make_doc: DocMaker) -> None:
    long = "Xiamen Limbach Aircraft Engine Co Ltd"
    a = resolver.resolve(make_doc(f"{long} made engines.", [(long, ORG)]))
    b = resolver.resolve(make_doc("Xiamen Limbach Aircraft Engine did.", [(long[:30], ORG)]))
    assert id_of(a, long) == id_of(b, long[:30])


def test_country_names_share_an_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("North Korea sent shells.", [("North Korea", COUNTRY)]))
    b = resolver.resolve(make_doc("The DPRK sent shells.", [("DPRK", COUNTRY)]))
    c = resolver.resolve(
        make_doc(
            "The Democratic People's Republic of Korea sent shells.",
            [("Democratic People's Republic of Korea", COUNTRY)],
        )
    )
    assert id_of(a, "North Korea") == id_of(b, "DPRK")
    assert id_of(a, "North Korea") == id_of(c, "Democratic People's Republic of Korea")


def test_state_body_named_two_ways_shares_an_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a_name, b_name = "Russian Ministry of Defence", "Russia's defence ministry"
    a = resolver.resolve(make_doc(f"The {a_name} said.", [(a_name, ORG)]))
    b = resolver.resolve(make_doc(f"{b_name} said.", [(b_name, ORG)]))
    assert id_of(a, a_name) == id_of(b, b_name)


def test_two_countries_ministries_stay_apart(resolver: Resolver, make_doc: DocMaker) -> None:
    a_name, b_name = "Russian Ministry of Defence", "Ukrainian Ministry of Defence"
    a = resolver.resolve(make_doc(f"The {a_name} said.", [(a_name, ORG)]))
    b = resolver.resolve(make_doc(f"The {b_name} said.", [(b_name, ORG)]))
    assert id_of(a, a_name) != id_of(b, b_name)


def test_acronym_seen_with_its_long_form_is_remembered(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    long = "Islamic Revolutionary Guard Corps of Iran"
    a = resolver.resolve(make_doc(f"The {long} (IRGCI) paid.", [(long, ORG), ("IRGCI", ORG)]))
    b = resolver.resolve(make_doc("The IRGCI paid.", [("IRGCI", ORG)]))
    assert id_of(a, long) == id_of(b, "IRGCI")


def test_bare_acronym_does_not_claim_a_long_name_with_other_initials(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(make_doc("The KMZ plant.", [("KMZ", ORG)]))
    b = resolver.resolve(make_doc("Kupol Machine Works said.", [("Kupol Machine Works", ORG)]))
    assert id_of(a, "KMZ") != id_of(b, "Kupol Machine Works")


def test_generic_word_does_not_join_documents(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("The Concern said.", [("Concern", ORG)]))
    b = resolver.resolve(make_doc("The Concern denied.", [("Concern", ORG)]))
    assert id_of(a, "Concern") != id_of(b, "Concern")


def test_ambiguous_short_form_gets_its_own_id(resolver: Resolver, make_doc: DocMaker) -> None:
    resolver.resolve(make_doc("Iskander-M fired.", [("Iskander-M", WEAPON)]))
    resolver.resolve(make_doc("Iskander-K fired.", [("Iskander-K", WEAPON)]))
    c = resolver.resolve(make_doc("An Iskander fired.", [("Iskander", WEAPON)]))
    assert id_of(c, "Iskander") == "iskander"


def test_same_name_of_another_type_gets_another_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Georgia voted.", [("Georgia", COUNTRY)]))
    b = resolver.resolve(make_doc("Georgia testified.", [("Georgia", PERSON)]))
    assert id_of(a, "Georgia") != id_of(b, "Georgia")


def test_taken_id_gets_a_numbered_suffix(resolver: Resolver, make_doc: DocMaker) -> None:
    resolver.resolve(make_doc("Georgia voted.", [("Georgia", COUNTRY)]))
    b = resolver.resolve(make_doc("Georgia testified.", [("Georgia", PERSON)]))
    assert id_of(b, "Georgia") == "georgia-2"


def test_surname_alone_finds_the_person(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Yevgeny Prigozhin spoke.", [("Yevgeny Prigozhin", PERSON)]))
    b = resolver.resolve(make_doc("Prigozhin spoke.", [("Prigozhin", PERSON)]))
    assert id_of(a, "Yevgeny Prigozhin") == id_of(b, "Prigozhin")


def test_same_surname_other_first_name_stays_apart(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Sergei Ivanov spoke.", [("Sergei Ivanov", PERSON)]))
    b = resolver.resolve(make_doc("Viktor Ivanov spoke.", [("Viktor Ivanov", PERSON)]))
    assert id_of(a, "Sergei Ivanov") != id_of(b, "Viktor Ivanov")


def test_conflicting_countries_keep_entities_apart(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Vector said.", [("Vector", ORG, None, "RU")]))
    b = resolver.resolve(make_doc("Vector said.", [("Vector", ORG, None, "US")]))
    assert id_of(a, "Vector") != id_of(b, "Vector")


def test_known_alias_shares_an_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Shahed-136 drones.", [("Shahed-136", WEAPON)]))
    b = resolver.resolve(make_doc("Geran-2 drones.", [("Geran-2", WEAPON)]))
    assert id_of(a, "Shahed-136") == id_of(b, "Geran-2")


def test_loose_match_never_takes_an_id_named_in_full_in_the_document(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    resolver.resolve(make_doc("Garpiya-3 drones.", [("Garpiya-3", WEAPON, "Garpiya-3")]))
    text = "The Garpiya series, and the newer Garpiya-3."
    b = resolver.resolve(
        make_doc(text, [("Garpiya", WEAPON, "Garpiya"), ("Garpiya-3", WEAPON, "Garpiya-3")])
    )
    assert id_of(b, "Garpiya") != id_of(b, "Garpiya-3")
    assert id_of(b, "Garpiya-3") == "garpiya-3"


def test_generic_name_with_a_country_joins_documents(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    name = "National Security Council"
    a = resolver.resolve(make_doc(f"The {name} said.", [(name, ORG, None, "US")]))
    b = resolver.resolve(make_doc(f"The {name} said.", [(name, ORG, None, "US")]))
    assert id_of(a, name) == id_of(b, name)


def test_generic_name_of_another_country_stays_apart(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    name = "National Security Council"
    a = resolver.resolve(make_doc(f"The {name} said.", [(name, ORG, None, "US")]))
    b = resolver.resolve(make_doc(f"The {name} said.", [(name, ORG, None, "KG")]))
    assert id_of(a, name) != id_of(b, name)


def test_person_with_another_full_name_is_not_joined_by_surname(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(
        make_doc(
            "Haluk Bayraktar spoke. Bayraktar said.",
            [("Haluk Bayraktar", PERSON), ("Bayraktar", PERSON)],
        )
    )
    b = resolver.resolve(make_doc("Selcuk Bayraktar spoke.", [("Selcuk Bayraktar", PERSON)]))
    assert id_of(a, "Haluk Bayraktar") != id_of(b, "Selcuk Bayraktar")


def test_long_name_finds_an_entity_known_only_by_its_acronym(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(make_doc("The KBP bureau.", [("KBP", ORG)]))
    b = resolver.resolve(
        make_doc("Kompaniya Bystrykh Polyotov said.", [("Kompaniya Bystrykh Polyotov", ORG)])
    )
    assert id_of(a, "KBP") == id_of(b, "Kompaniya Bystrykh Polyotov")


def test_initials_of_two_long_names_do_not_join_them(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a_name, b_name = "Kompaniya Bystrykh Polyotov", "Kazan Bearing Plant"
    a = resolver.resolve(make_doc(f"{a_name} said.", [(a_name, ORG)]))
    b = resolver.resolve(make_doc(f"{b_name} said.", [(b_name, ORG)]))
    assert id_of(a, a_name) != id_of(b, b_name)


def test_short_alias_does_not_bridge_to_another_long_name(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    place = EntityType.PLACE
    resolver.resolve(
        make_doc(
            "Vostochny Cosmodrome hosted them. Vostochny is remote.",
            [("Vostochny Cosmodrome", place), ("Vostochny", place)],
        )
    )
    b = resolver.resolve(make_doc("Vostochny Port loads coal.", [("Vostochny Port", place)]))
    assert id_of(b, "Vostochny Port") == "vostochny-port"


def test_a_weapons_country_does_not_split_it(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("Shahed-136 drones.", [("Shahed-136", WEAPON, None, "IR")]))
    b = resolver.resolve(make_doc("Geran-2 drones.", [("Geran-2", WEAPON, None, "RU")]))
    assert id_of(a, "Shahed-136") == id_of(b, "Geran-2")


def test_a_bare_acronym_is_not_remembered_as_a_name(resolver: Resolver, make_doc: DocMaker) -> None:
    resolver.resolve(make_doc("The KMZ plant.", [("KMZ", ORG)]))
    assert resolver.directory.candidates(["kmz"], ORG) == []
    assert resolver.directory.candidates(["a:kmz"], ORG) != []


def test_a_bare_acronym_finds_the_entity_seen_with_its_long_form(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    long = "Kazan Motor Zavod"
    a = resolver.resolve(make_doc(f"{long} (KMZ) said.", [(long, ORG), ("KMZ", ORG)]))
    b = resolver.resolve(make_doc("KMZ said.", [("KMZ", ORG)]))
    assert id_of(a, long) == id_of(b, "KMZ")


def test_two_bare_uses_of_an_acronym_share_an_id(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("KMZ said.", [("KMZ", ORG)]))
    b = resolver.resolve(make_doc("KMZ denied.", [("KMZ", ORG)]))
    assert id_of(a, "KMZ") == id_of(b, "KMZ")


def test_a_country_is_never_joined_by_a_word(resolver: Resolver, make_doc: DocMaker) -> None:
    a = resolver.resolve(make_doc("South Sudan voted.", [("South Sudan", COUNTRY)]))
    b = resolver.resolve(make_doc("Sudan voted.", [("Sudan", COUNTRY)]))
    assert id_of(a, "South Sudan") != id_of(b, "Sudan")


def test_capitalised_brand_seen_first_still_joins_its_usual_spelling(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    a = resolver.resolve(make_doc("NVIDIA chips.", [("NVIDIA", ORG)]))
    b = resolver.resolve(make_doc("Nvidia chips.", [("Nvidia", ORG)]))
    assert id_of(a, "NVIDIA") == id_of(b, "Nvidia")


def test_gazetteer_evidence_claims_the_id_before_a_name_does(
    resolver: Resolver, make_doc: DocMaker
) -> None:
    resolver.resolve(
        make_doc("Shahed-136 and Shaheds.", [("Shahed-136", WEAPON), ("Shaheds", WEAPON)])
    )
    b = resolver.resolve(make_doc("Shahed and Geran-2.", [("Shahed", WEAPON), ("Geran-2", WEAPON)]))
    assert id_of(b, "Geran-2") == "shahed-136"
