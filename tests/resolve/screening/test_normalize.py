from __future__ import annotations

import pytest

from armstrace.resolve.screening.normalize import name_form, skeleton, token_similarity


def test_legal_forms_are_set_aside_in_any_spelling() -> None:
    long = name_form("JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN VOLGOMASH")
    short = name_form("AO Volgomash")
    assert long.core == ("aerospace", "defense", "concern", "volgomash")
    assert long.legal == short.legal == ("jsc",)
    assert short.core == ("volgomash",)
    assert name_form("Brightstar Electronics Co., Ltd.").core == ("brightstar", "electronics")


def test_cyrillic_is_transliterated_and_said_so() -> None:
    form = name_form("ООО Техпром")
    assert form.transliterated
    assert form.core == ("tehprom",)
    assert form.legal == ("llc",)
    assert not name_form("Tekhprom").transliterated


def test_synonyms_translate_descriptor_words() -> None:
    assert name_form("Kontsern Volgomash", {"kontsern": "concern"}).core == ("concern", "volgomash")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("prigozhin", "prigojine"),
        ("sergei", "sergey"),
        ("yevgeniy", "evgeny"),
        ("aleksandr", "alexander"),
        ("tekhnoprom", "tehnoprom"),
    ],
)
def test_transliteration_variants_are_near(a: str, b: str) -> None:
    assert token_similarity(a, b) >= 0.8


def test_different_words_and_numbers_are_not_near() -> None:
    assert token_similarity("bank", "bink") == 0.0
    assert token_similarity("2", "3") == 0.0
    assert token_similarity("volgomash", "volgograd") == 0.0
    assert skeleton("shch") == skeleton("sh")
