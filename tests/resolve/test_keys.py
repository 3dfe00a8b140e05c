"""Matching keys and readable ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from armstrace.model import EntityType
from armstrace.resolve import entity_id_for, name_keys
from armstrace.resolve.keys import core_name, initials
from armstrace.resolve.normalize import normalize_name

ORG = EntityType.ORGANIZATION
TYPES = st.sampled_from(list(EntityType))
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщэюя", min_size=1)
NAMES = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


def test_legal_form_is_dropped_from_the_core_name() -> None:
    assert core_name("Xiamen Limbach Aircraft Engine Co., Ltd.", ORG) == core_name(
        "Xiamen Limbach Aircraft Engine", ORG
    )


def test_prefixed_legal_form_is_dropped() -> None:
    assert core_name("JSC IEMZ Kupol", ORG) == "iemz kupol"


def test_group_words_are_dropped_for_organisations_only() -> None:
    assert core_name("Kalashnikov Concern", ORG) == "kalashnikov"
    assert core_name("Kalashnikov Concern", EntityType.PERSON) == "kalashnikov concern"


def test_names_with_and_without_legal_form_share_a_key() -> None:
    assert name_keys("Redlepus Vector Industry Co Ltd", ORG) & name_keys(
        "Redlepus Vector Industry", ORG
    )


def test_cyrillic_and_latin_spellings_share_a_key() -> None:
    assert name_keys("Концерн «Калашников»", ORG) & name_keys("Kalashnikov Concern", ORG)


def test_a_generic_word_gives_no_plain_key() -> None:
    assert name_keys("Concern", ORG) == set()
    assert name_keys("the Ministry", ORG) == set()


def test_country_names_share_the_territory_key() -> None:
    country = EntityType.COUNTRY
    assert "t:gb" in name_keys("Britain", country) & name_keys("United Kingdom", country)
    assert "t:kp" in name_keys("DPRK", country) & name_keys("North Korea", country)


def test_a_person_gets_no_territory_key() -> None:
    assert not any(k.startswith("t:") for k in name_keys("Georgia", EntityType.PERSON))


def test_state_body_key_comes_from_the_name() -> None:
    assert "g:ru:defence-ministry" in name_keys("Russia's defence ministry", ORG)
    assert "g:ru:defence-ministry" in name_keys(
        "Ministry of Defence of the Russian Federation", ORG
    )


def test_state_body_without_a_country_takes_the_mentions_country() -> None:
    assert "g:cn:foreign-ministry" in name_keys("Foreign Ministry", ORG, "CN")
    assert not any(k.startswith("g:") for k in name_keys("Foreign Ministry", ORG))


def test_known_alias_shares_the_gazetteer_key() -> None:
    assert name_keys("OFAC", ORG) & name_keys("Treasury Department", ORG)


def test_initials_skip_small_words() -> None:
    assert "bis" in initials("Bureau of Industry and Security")
    assert "dprk" in initials("Democratic People's Republic of Korea")
    assert initials("Kupol") == set()


def test_entity_id_is_a_readable_slug() -> None:
    assert entity_id_for("Almaz-Antey", ORG) == "almaz-antey"
    assert entity_id_for("Vladimir Putin", EntityType.PERSON) == "vladimir-putin"


def test_entity_id_romanises_other_scripts() -> None:
    assert entity_id_for("Ростех", ORG) == "rostekh"


def test_entity_id_is_never_empty() -> None:
    assert entity_id_for("«»", EntityType.WEAPON_SYSTEM) == "weapon-system"


# The first call loads rigour's territory index, which can outlast hypothesis' deadline.
@settings(deadline=None)
@given(st.text(), TYPES)
def test_name_keys_never_raises(name: str, type_: EntityType) -> None:
    assert isinstance(name_keys(name, type_), set)


@settings(deadline=None)
@given(st.text(), TYPES)
def test_plain_keys_are_their_own_normal_form(name: str, type_: EntityType) -> None:
    for key in name_keys(name, type_):
        if ":" not in key and not key.startswith("~"):
            assert normalize_name(key) == key
            assert key in name_keys(key, type_)


@settings(deadline=None)
@given(NAMES, TYPES)
def test_keys_ignore_case(name: str, type_: EntityType) -> None:
    assert name_keys(name.upper(), type_) == name_keys(name, type_)


@settings(deadline=None)
@given(NAMES, TYPES, st.sampled_from([",", ".", "!", "(", ")", "«", "»", "'"]))
def test_keys_ignore_surrounding_punctuation(name: str, type_: EntityType, mark: str) -> None:
    assert name_keys(f"{mark}{name}{mark}", type_) == name_keys(name, type_)


@given(st.text(), TYPES)
def test_entity_id_is_a_slug(name: str, type_: EntityType) -> None:
    slug = entity_id_for(name, type_)
    assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert not slug.startswith("-") and not slug.endswith("-")


def test_plural_designation_shares_a_key_with_the_singular() -> None:
    weapon = EntityType.WEAPON_SYSTEM
    assert name_keys("F-16s", weapon) & name_keys("F-16", weapon)
    assert name_keys("Shaheds", weapon) & name_keys("Shahed", weapon)


def test_organisation_names_are_not_depluralised() -> None:
    assert not name_keys("Russian Helicopters", ORG) & name_keys("Russian Helicopter", ORG)


def test_british_and_american_spelling_share_a_key() -> None:
    assert name_keys("Presidency of Defense Industries", ORG) & name_keys(
        "Presidency of Defence Industries", ORG
    )


def test_a_country_named_as_its_government_gets_the_territory_key() -> None:
    assert "t:cn" in name_keys("the Chinese government", EntityType.COUNTRY)
    assert "t:kg" in name_keys("Kyrgyzstan's government", EntityType.COUNTRY)


def test_titles_are_not_part_of_a_persons_core_name() -> None:
    person = EntityType.PERSON
    assert core_name("Lt Gen Kirill Budanov", person) == "kirill budanov"
    assert name_keys("President Vladimir Putin", person) & name_keys("Vladimir Putin", person)


def test_a_title_alone_stays_a_name() -> None:
    assert core_name("General", EntityType.PERSON) == "general"


def test_romanisation_variants_of_a_surname_share_a_skeleton() -> None:
    person = EntityType.PERSON
    keys = name_keys("Volodymyr Zelenskyy", person) & name_keys("Volodymyr Zelensky", person)
    assert keys == {k for k in keys if k.startswith("~")} and keys
