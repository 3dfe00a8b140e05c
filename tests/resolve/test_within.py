"""Clustering mentions within one document."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from armstrace.model import EntityType, ExtractedDoc
from armstrace.resolve.within import cluster_mentions, is_short_form

DocMaker = Callable[..., ExtractedDoc]
ORG, PERSON, COUNTRY = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.COUNTRY
WEAPON = EntityType.WEAPON_SYSTEM


def groups(make_doc: DocMaker, text: str, specs: Sequence[tuple[object, ...]]) -> list[set[str]]:
    doc = make_doc(text, specs)
    return [{m.text for m in c.mentions} for c in cluster_mentions(text, doc.mentions)]


def test_same_normalised_name_is_one_cluster(make_doc: DocMaker) -> None:
    text = "Rostec said so. ROSTEC later denied it."
    assert groups(make_doc, text, [("Rostec", ORG), ("ROSTEC", ORG)]) == [{"Rostec", "ROSTEC"}]


def test_canonical_wins_over_the_surface(make_doc: DocMaker) -> None:
    text = "Moscow said the drones came from Russia."
    specs = [("Moscow", COUNTRY, "Russia"), ("Russia", COUNTRY)]
    assert groups(make_doc, text, specs) == [{"Moscow", "Russia"}]


def test_acronym_in_parentheses_joins_the_name_before_it(make_doc: DocMaker) -> None:
    text = "A drone called Garpiya-3 (G3) was tested. The G3 flew."
    specs = [("Garpiya-3", WEAPON), ("G3", WEAPON), ("G3", WEAPON)]
    assert groups(make_doc, text, specs) == [{"Garpiya-3", "G3"}]


def test_short_form_in_parentheses_joins_across_legal_form(make_doc: DocMaker) -> None:
    text = "Ningbo Hengtai Weixin Electronics Co., Ltd. (Hengtai Weixin) sold chips."
    specs = [("Ningbo Hengtai Weixin Electronics Co., Ltd.", ORG), ("Hengtai Weixin", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_parenthesised_acronym_may_carry_another_tag(make_doc: DocMaker) -> None:
    text = "The Democratic People's Republic of Korea (DPRK) sent shells."
    specs = [("Democratic People's Republic of Korea", COUNTRY), ("DPRK", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_person_in_parentheses_does_not_join_a_country(make_doc: DocMaker) -> None:
    text = "Russia (Sergei Shoigu) said no."
    specs = [("Russia", COUNTRY), ("Sergei Shoigu", PERSON)]
    assert len(groups(make_doc, text, specs)) == 2


def test_surname_joins_the_full_name(make_doc: DocMaker) -> None:
    text = "Vladimir Putin met officials. Putin said the plant would grow."
    specs = [("Vladimir Putin", PERSON), ("Putin", PERSON)]
    assert groups(make_doc, text, specs) == [{"Vladimir Putin", "Putin"}]


def test_suffix_short_form_joins_an_organisation(make_doc: DocMaker) -> None:
    text = "IEMZ Kupol builds drones. Kupol did not reply."
    assert len(groups(make_doc, text, [("IEMZ Kupol", ORG), ("Kupol", ORG)])) == 1


def test_prefix_short_form_joins_across_a_group_word(make_doc: DocMaker) -> None:
    text = "Kalashnikov Concern makes the Lancet. Kalashnikov said so."
    specs = [("Kalashnikov Concern", ORG), ("Kalashnikov", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_short_form_before_the_full_name_joins_it(make_doc: DocMaker) -> None:
    text = "Kupol is in Izhevsk. It is formally IEMZ Kupol."
    assert len(groups(make_doc, text, [("Kupol", ORG), ("IEMZ Kupol", ORG)])) == 1


def test_acronym_from_initials_joins_the_long_name(make_doc: DocMaker) -> None:
    text = "The Islamic Revolutionary Guard Corps ordered drones. The IRGC paid."
    specs = [("Islamic Revolutionary Guard Corps", ORG), ("IRGC", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_transliteration_joins_cyrillic_and_latin(make_doc: DocMaker) -> None:
    text = "IEMZ Kupol, in Russian ИЭМЗ Купол, makes drones."
    assert len(groups(make_doc, text, [("IEMZ Kupol", ORG), ("ИЭМЗ Купол", ORG)])) == 1


def test_a_country_and_a_company_named_after_it_stay_apart(make_doc: DocMaker) -> None:
    text = "Russia praised Russian Helicopters."
    specs = [("Russia", COUNTRY), ("Russian Helicopters", ORG)]
    assert len(groups(make_doc, text, specs)) == 2


def test_a_person_and_a_country_of_one_name_stay_apart(make_doc: DocMaker) -> None:
    text = "Georgia said Georgia would testify."
    specs = [("Georgia", COUNTRY), ("Georgia", PERSON)]
    assert len(groups(make_doc, text, specs)) == 2


def test_different_people_with_one_first_name_stay_apart(make_doc: DocMaker) -> None:
    text = "Vladimir Putin and Vladimir Zelensky did not meet."
    specs = [("Vladimir Putin", PERSON), ("Vladimir Zelensky", PERSON)]
    assert len(groups(make_doc, text, specs)) == 2


def test_a_generic_word_joins_only_an_unambiguous_head(make_doc: DocMaker) -> None:
    text = "The Council of the European Union agreed. The Council said so."
    specs = [("Council of the European Union", ORG), ("Council", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_generic_word_with_two_heads_stays_alone(make_doc: DocMaker) -> None:
    text = "Ministry of Defence and Ministry of Finance met. The Ministry said so."
    specs = [("Ministry of Defence", ORG), ("Ministry of Finance", ORG), ("Ministry", ORG)]
    assert len(groups(make_doc, text, specs)) == 3


def test_person_short_form_is_the_surname_not_the_first_name() -> None:
    assert is_short_form("Putin", "Vladimir Putin", PERSON)
    assert not is_short_form("Vladimir", "Vladimir Putin", PERSON)


def test_short_form_needs_a_distinctive_word() -> None:
    assert not is_short_form("Concern", "Kalashnikov Concern", ORG)


def test_short_form_goes_with_the_name_it_is_the_core_of(make_doc: DocMaker) -> None:
    text = "Alabuga Polytechnic trains workers. Alabuga builds drones. JSC Alabuga said."
    specs = [("Alabuga Polytechnic", ORG), ("Alabuga", ORG), ("JSC Alabuga", ORG)]
    assert {"Alabuga", "JSC Alabuga"} in groups(make_doc, text, specs)


def test_acronym_of_a_part_of_the_name_stays_apart(make_doc: DocMaker) -> None:
    text = "The Aerospace Force of the Islamic Revolutionary Guard Corps (IRGC) flies drones."
    specs = [("Aerospace Force of the Islamic Revolutionary Guard Corps", ORG), ("IRGC", ORG)]
    assert len(groups(make_doc, text, specs)) == 2


def test_different_canonical_names_stay_apart(make_doc: DocMaker) -> None:
    text = "The UN Security Council met. The UN said so."
    specs = [("UN Security Council", ORG), ("UN", ORG)]
    assert len(groups(make_doc, text, specs)) == 2


def test_family_name_first_short_form(make_doc: DocMaker) -> None:
    text = "Wang Wenbin spoke. Wang said China was not aware."
    specs = [("Wang Wenbin", PERSON), ("Wang", PERSON)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_city_is_not_short_for_its_region(make_doc: DocMaker) -> None:
    text = "Strikes hit the Kharkiv region and Kharkiv itself."
    specs = [("Kharkiv region", EntityType.PLACE), ("Kharkiv", EntityType.PLACE)]
    assert len(groups(make_doc, text, specs)) == 2


def test_ambiguous_surname_goes_with_the_nearest_full_name_before(make_doc: DocMaker) -> None:
    text = "Haluk Bayraktar spoke. Selcuk Bayraktar spoke. Bayraktar added more."
    specs = [("Haluk Bayraktar", PERSON), ("Selcuk Bayraktar", PERSON), ("Bayraktar", PERSON)]
    assert {"Selcuk Bayraktar", "Bayraktar"} in groups(make_doc, text, specs)


def test_better_known_as_joins_the_name_before_it(make_doc: DocMaker) -> None:
    text = "Changsha Tianyi Space Science Research Institute, better known as Spacety, sold."
    specs = [("Changsha Tianyi Space Science Research Institute", ORG), ("Spacety", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_former_name_stays_another_entity(make_doc: DocMaker) -> None:
    text = "RTX (formerly Raytheon Technologies) makes the Patriot."
    specs = [("RTX", ORG), ("Raytheon Technologies", ORG)]
    assert len(groups(make_doc, text, specs)) == 2


def test_a_comma_alone_does_not_join_names(make_doc: DocMaker) -> None:
    text = "Rostec, Almaz-Antey and Kupol were named."
    specs = [("Rostec", ORG), ("Almaz-Antey", ORG), ("Kupol", ORG)]
    assert len(groups(make_doc, text, specs)) == 3


def test_a_firm_is_not_short_for_a_joint_venture_it_names(make_doc: DocMaker) -> None:
    text = "Rheinmetall BAE Systems Land builds tanks. BAE Systems and Rheinmetall own it."
    specs = [("Rheinmetall BAE Systems Land", ORG), ("BAE Systems", ORG), ("Rheinmetall", ORG)]
    assert len(groups(make_doc, text, specs)) == 3


def test_two_single_word_short_forms_both_join_the_long_name(make_doc: DocMaker) -> None:
    text = "IEMZ Kupol builds drones. IEMZ said so, and Kupol agreed."
    specs = [("IEMZ Kupol", ORG), ("IEMZ", ORG), ("Kupol", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_national_arm_is_not_its_parent(make_doc: DocMaker) -> None:
    text = "Thales Australia makes the Bushmaster. Thales is French."
    specs = [("Thales Australia", ORG), ("Thales", ORG)]
    assert len(groups(make_doc, text, specs)) == 2


def test_a_town_is_not_short_for_a_zone_named_after_it(make_doc: DocMaker) -> None:
    text = "Goods moved through the Dubai Airport Free Zone and on from Dubai."
    specs = [("Dubai Airport Free Zone", EntityType.PLACE), ("Dubai", EntityType.PLACE)]
    assert len(groups(make_doc, text, specs)) == 2


def test_name_in_another_language_in_parentheses_joins(make_doc: DocMaker) -> None:
    text = "Kalashnikov Concern (in Russian, Концерн «Калашников») makes rifles."
    specs = [("Kalashnikov Concern", ORG), ("Концерн «Калашников»", ORG)]
    assert len(groups(make_doc, text, specs)) == 1


def test_plural_short_form_joins_the_designation(make_doc: DocMaker) -> None:
    text = "Ukraine flew the Bayraktar TB2 early on. Later TB2s were lost."
    specs = [("Bayraktar TB2", WEAPON), ("TB2s", WEAPON)]
    assert len(groups(make_doc, text, specs)) == 1


def test_a_well_known_middle_name_is_a_short_form() -> None:
    assert is_short_form("Lula", "Luiz Inacio Lula da Silva", PERSON)
    assert not is_short_form("da", "Luiz Inacio Lula da Silva", PERSON)


def test_a_surname_spelt_another_way_is_a_short_form() -> None:
    assert is_short_form("Zelenskiy", "Volodymyr Zelensky", PERSON)
