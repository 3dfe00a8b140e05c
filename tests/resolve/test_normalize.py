"""Name normalisation: the rules every key is built on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from armstrace.resolve.normalize import (
    fold_word,
    is_acronym,
    normalize_name,
    skeleton,
    tokens,
)

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщэюя", min_size=1)
NAMES = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


def test_case_punctuation_and_leading_article_are_ignored() -> None:
    assert normalize_name("The  IEMZ-Kupol, JSC.") == "iemz kupol jsc"


def test_dots_and_apostrophes_join_letters() -> None:
    assert normalize_name("U.S.") == normalize_name("US")
    assert normalize_name("Democratic People's Republic") == "democratic peoples republic"


def test_cyrillic_is_romanised_as_english_reporting_does() -> None:
    assert normalize_name("ИЭМЗ Купол") == normalize_name("IEMZ Kupol")
    assert normalize_name("Алмаз-Антей") == normalize_name("Almaz-Antey")


def test_diacritics_are_dropped() -> None:
    assert normalize_name("Türkiye") == "turkiye"


def test_skeleton_folds_romanisation_variants() -> None:
    assert skeleton("Ростех") == skeleton("Rostec")
    assert skeleton("Ланцет") == skeleton("Lancet")


def test_skeleton_ignores_spaces_and_hyphens() -> None:
    assert skeleton("S-400") == skeleton("S400")


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton("Shahed-136") != skeleton("Shahed-131")


def test_tokens_split_the_normal_form() -> None:
    assert tokens("Garpiya-3 (G3)") == ["garpiya", "3", "g3"]


def test_acronyms_are_short_capitalised_tokens() -> None:
    assert is_acronym("DPRK")
    assert is_acronym("U.S.")
    assert is_acronym("G3")


def test_words_and_long_capitals_are_not_acronyms() -> None:
    assert not is_acronym("Kupol")
    assert not is_acronym("ROSOBORONEXPORT")
    assert not is_acronym("North Korea")


@settings(deadline=None)  # the first call builds normality's ICU transliterator
@given(st.text())
def test_normalize_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


@settings(deadline=None)  # the first call builds normality's ICU transliterator
@given(st.text())
def test_normal_form_is_lowercase_ascii_words(text: str) -> None:
    out = normalize_name(text)
    assert all(c.isascii() and (c.isalnum() or c == " ") for c in out)
    assert out == out.lower()
    assert "  " not in out and out == out.strip()


@settings(deadline=None)  # the first call builds normality's ICU transliterator
@given(NAMES)
def test_case_does_not_change_the_normal_form(name: str) -> None:
    assert normalize_name(name.upper()) == normalize_name(name)


@settings(deadline=None)  # the first call builds normality's ICU transliterator
@given(NAMES, st.sampled_from([",", ";", " - ", " / ", "!", "“", "«"]))
def test_punctuation_between_words_does_not_change_the_normal_form(name: str, mark: str) -> None:
    assert normalize_name(name.replace(" ", f"{mark} ")) == normalize_name(name)
    assert normalize_name(f"{mark}{name}{mark}") == normalize_name(name)


def test_fold_word_joins_romanisations_of_one_name() -> None:
    assert fold_word("zelenskyy") == fold_word("zelenskiy") == fold_word("zelensky")
    assert fold_word("yevgeny") == fold_word("evgeny")


def test_fold_word_keeps_different_names_apart() -> None:
    assert fold_word("putin") != fold_word("peskov")
