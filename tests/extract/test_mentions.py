"""Mentions the real pipeline finds in sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Span

from armstrace.extract.gazetteer import Gazetteer
from armstrace.extract.mentions import build_mentions
from armstrace.model import EntityType, Mention

pytestmark = pytest.mark.slow

Find = Callable[[str], tuple[Mention, ...]]


def _by_text(mentions: tuple[Mention, ...]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def test_an_unseen_designation_is_a_weapon_system(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The Zubr-17 drone was shown at a trade fair near Minsk."))
    assert found["Zubr-17"].type is EntityType.WEAPON_SYSTEM
    assert found["Zubr-17"].canonical is None


def test_a_gazetteer_alias_gets_its_canonical_name(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Russia fields the drone as the Geran-2."))
    assert found["Geran-2"].type is EntityType.WEAPON_SYSTEM
    assert found["Geran-2"].canonical == "Shahed-136"
    assert found["Geran-2"].country == "IR"


def test_a_capital_as_subject_is_its_government(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Moscow said on Monday that the talks had failed."))
    assert found["Moscow"].type is EntityType.COUNTRY
    assert found["Moscow"].canonical == "Russia"


def test_a_capital_after_in_is_a_place(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The delegation spent three days in Moscow before flying home."))
    assert found["Moscow"].type is EntityType.PLACE
    assert found["Moscow"].country == "RU"


def test_officials_in_a_capital_speak_for_its_government(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Officials in Seoul declined to comment on the shipment."))
    assert found["Seoul"].type is EntityType.COUNTRY


def test_acronym_in_parentheses_and_its_long_form_are_both_found(mentions_of: Find) -> None:
    text = "The Office of Export Enforcement (OEE) opened a case, and OEE later closed it."
    mentions = mentions_of(text)
    long_form = [m for m in mentions if m.text == "Office of Export Enforcement"]
    acronyms = [m for m in mentions if m.text == "OEE"]
    assert len(long_form) == 1 and len(acronyms) == 2
    assert all(m.canonical == "Office of Export Enforcement" for m in acronyms)
    assert all(m.type is EntityType.ORGANIZATION for m in acronyms)


def test_a_demonym_body_is_an_organisation_of_that_country(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The Belarusian defence ministry denied the report."))
    body = found["Belarusian defence ministry"]
    assert body.type is EntityType.ORGANIZATION
    assert body.country == "BY"
    assert body.canonical == "Belarusian Ministry of Defence"


def test_demonym_government_is_the_country(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The Chinese government said it had no knowledge of the deal."))
    assert found["Chinese government"].type is EntityType.COUNTRY
    assert found["Chinese government"].canonical == "China"


def test_junk_is_filtered(mentions_of: Find) -> None:
    text = (
        "A Russian engineer flew to Dubai on 3 March 2023 with 400 boxes worth $2 million; "
        "see https://example.org/Moscow/report for details."
    )
    texts = [m.text for m in mentions_of(text)]
    assert texts == ["Dubai"]


def test_title_is_not_part_of_a_name_and_a_surname_joins_it(mentions_of: Find) -> None:
    mentions = mentions_of("President Volodymyr Zelensky thanked donors. Zelensky said more.")
    people = [m for m in mentions if m.type is EntityType.PERSON]
    assert [m.text for m in people] == ["Volodymyr Zelensky", "Zelensky"]
    assert people[1].canonical == "Volodymyr Zelensky"


def test_capitalisation_tells_a_firm_from_a_description(mentions_of: Find) -> None:
    mentions = mentions_of(
        "Russian Helicopters builds the Mi-28NM; Russian helicopters hit the town."
    )
    firms = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    assert [m.text for m in firms] == ["Russian Helicopters"]


def test_a_legal_name_and_its_short_form_are_one_company(mentions_of: Find) -> None:
    text = "Treasury designated Sunrise Trading LLC. Sunrise Trading had shipped chips."
    found = _by_text(mentions_of(text))
    assert found["Sunrise Trading LLC"].type is EntityType.ORGANIZATION
    assert found["Sunrise Trading"].canonical == "Sunrise Trading LLC"


def test_longest_name_wins(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The S-400 Triumf was on display."))
    assert "S-400 Triumf" in found and "S-400" not in found


def test_offsets_point_into_the_text(mentions_of: Find) -> None:
    text = "Iran sent Shahed-136 drones to Russia, the Kremlin denied it."
    for mention in mentions_of(text):
        assert text[mention.start : mention.end] == mention.text


def test_a_weapon_noun_after_a_name_makes_it_a_weapon(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Germany sent Wolverine Thunder tanks to the front."))
    assert found["Wolverine Thunder"].type is EntityType.WEAPON_SYSTEM


def test_a_plural_designation_points_to_the_singular(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The army fielded 12 Zubr-17s last year."))
    assert found["Zubr-17s"].type is EntityType.WEAPON_SYSTEM
    assert found["Zubr-17s"].canonical == "Zubr-17"


def test_a_port_with_a_number_is_a_place(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Ships docked at Port Kerch-2 on Sunday."))
    assert found["Port Kerch-2"].type is EntityType.PLACE


def test_a_place_name_opening_a_company_name_is_left_to_the_company(mentions_of: Find) -> None:
    texts = [m.text for m in mentions_of("Chips from Texas Instruments were found in the drone.")]
    assert "Texas Instruments" in texts and "Texas" not in texts


def test_an_unbalanced_bracket_is_cut_off(pipeline: Language, gazetteer: Gazetteer) -> None:
    doc = pipeline("The Special Projects Centre (SPC said so.")
    doc.ents = [Span(doc, 1, 6, label="ORG")]  # the model ran into the bracket
    assert doc.ents[0].text == "Special Projects Centre (SPC"
    assert [m.text for m in build_mentions(doc, gazetteer)] == ["Special Projects Centre"]


def test_a_designation_before_an_engine_is_goods(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Investigators found XR550 engines in the wreckage."))
    assert found["XR550"].type is EntityType.GOODS


def test_a_designation_takes_in_its_name(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Seoul sold Z239 Tigerclaw launchers to Warsaw."))
    assert found["Z239 Tigerclaw"].type is EntityType.WEAPON_SYSTEM


def test_a_region_word_belongs_to_the_place(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Shells fell across the Sumy region overnight."))
    assert found["Sumy region"].type is EntityType.PLACE


def test_a_person_is_not_a_weapon_because_a_weapon_is_named_later(mentions_of: Find) -> None:
    found = _by_text(
        mentions_of("Foreign Minister Sergei Lavrov said the missiles were never sent.")
    )
    assert found["Sergei Lavrov"].type is EntityType.PERSON


def test_a_name_after_called_with_a_weapon_noun_is_a_weapon(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The firm unveiled a new drone model called Vortan at the show."))
    assert found["Vortan"].type is EntityType.WEAPON_SYSTEM


def test_a_name_with_a_model_number_is_a_weapon(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Germany pledged Wolfhound 3 vehicles to the brigade."))
    assert found["Wolfhound 3"].type is EntityType.WEAPON_SYSTEM


def test_a_name_with_a_nationality_in_apposition_is_a_person(mentions_of: Find) -> None:
    text = "The Treasury sanctioned Boris Kuzmenkov, a Russian national living in Dubai."
    found = _by_text(mentions_of(text))
    assert found["Boris Kuzmenkov"].type is EntityType.PERSON


def test_part_of_a_legal_name_is_that_company(mentions_of: Find) -> None:
    text = (
        "Treasury named Guangzhou Tianlong Zhixin Electronics Co., Ltd. "
        "and said Tianlong Zhixin shipped chips."
    )
    found = _by_text(mentions_of(text))
    full = "Guangzhou Tianlong Zhixin Electronics Co., Ltd."
    assert found[full].type is EntityType.ORGANIZATION
    assert found["Tianlong Zhixin"].type is EntityType.ORGANIZATION
    assert found["Tianlong Zhixin"].canonical == full


def test_a_name_after_a_legal_form_prefix_is_that_company(mentions_of: Find) -> None:
    text = (
        "Treasury listed Limited Liability Company Tekhnopark-Vostok. Tekhnopark-Vostok denied it."
    )
    found = _by_text(mentions_of(text))
    full = "Limited Liability Company Tekhnopark-Vostok"
    assert found["Tekhnopark-Vostok"].canonical == full


def test_a_street_address_is_a_place(mentions_of: Find) -> None:
    found = _by_text(mentions_of("The firm is registered at 88 Lockhart Road in Hong Kong."))
    assert found["88 Lockhart Road"].type is EntityType.PLACE


def test_a_fragment_of_organisation_words_is_dropped(
    pipeline: Language, gazetteer: Gazetteer
) -> None:
    doc = pipeline("The parcel went to Aerospace Technology in Ningbo.")
    start = [t.text for t in doc].index("Aerospace")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]
    assert build_mentions(doc, gazetteer) == ()


def test_continents_are_not_entities_but_regions_are(mentions_of: Find) -> None:
    text = "Exports to Europe and Asia fell, while trade with Central Asia grew."
    assert [m.text for m in mentions_of(text)] == ["Central Asia"]


def test_a_name_particle_keeps_a_person_whole(mentions_of: Find) -> None:
    text = "Commission President Ursula von der Leyen spoke in Brussels."
    people = [m.text for m in mentions_of(text) if m.type is EntityType.PERSON]
    assert people == ["Ursula von der Leyen"]


def test_a_lone_surname_is_found_and_joined_to_the_full_name(mentions_of: Find) -> None:
    mentions = mentions_of("Chancellor Olaf Scholz met donors. Scholz said Germany would help.")
    people = [(m.text, m.canonical) for m in mentions if m.type is EntityType.PERSON]
    assert people == [("Olaf Scholz", None), ("Scholz", "Olaf Scholz")]


def test_a_mark_number_belongs_to_the_weapon(mentions_of: Find) -> None:
    found = _by_text(mentions_of("India ordered more Tejas Mk1A fighters."))
    assert found["Tejas Mk1A"].type is EntityType.WEAPON_SYSTEM


def test_a_country_possessive_body_is_an_organisation(mentions_of: Find) -> None:
    found = _by_text(mentions_of("Iran's air force flew the new jets."))
    assert found["Iran's air force"].type is EntityType.ORGANIZATION
    assert found["Iran's air force"].country == "IR"
