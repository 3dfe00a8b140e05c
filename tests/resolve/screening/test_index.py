from __future__ import annotations

import itertools

import pytest

from armstrace.model import ListedType
from armstrace.resolve.screening import ScreeningIndex


def _ids(index: ScreeningIndex, query: str, **kw: object) -> list[str]:
    return [m.list_id for m in index.screen(query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Volgomash", "1"),  # short form of a long legal name
        ("Volgomash Concern JSC", "1"),  # legal form moved and abbreviated
        ("Aerospace Defence Concern Volgomash", "1"),  # British spelling
        ("Joint-Stock Company Volgomash", "1"),
        ("Pyotr Zakharov", "2"),  # word order, no patronymic
        ("Пётр Захаров", "2"),  # Cyrillic
        ("Yevgeny Prigozhin", "3"),  # variant Latin spelling
        ("Евгений Пригожин", "3"),
        ("OOO Tekhnoprom", "4"),
        ("Technoprom LLC", "4"),
        ("Brightstar Electronics", "5"),
        ("李方伟", "6"),  # Chinese script, pinyin syllables joined
        ("Li Fangwei", "6"),
        ("Aerospace Defense Concern Volgomassh", "1"),  # typo
        ("Zakharov Pytor", "2"),  # transposition typo
        ("Northern Light", "7"),
        ("IMO 9123456", "7"),  # vessel by IMO number
        ("9123456", "7"),
        ("EP-XYZ", "11"),  # aircraft by registration
        ("ep xyz", "11"),
    ],
)
def test_finds_the_listed_party_under_news_names(
    index: ScreeningIndex, query: str, expected: str
) -> None:
    found = index.screen(query)
    assert found, query
    assert found[0].list_id == expected
    assert 0.7 <= found[0].score <= 1.0


@pytest.mark.parametrize(
    "query", ["Trading Company", "Shipping Lines", "Company", "Mohammad", "Aviation Plant"]
)
def test_common_words_do_not_flood(index: ScreeningIndex, query: str) -> None:
    assert index.screen(query) == []


def test_unlisted_names_find_nothing(index: ScreeningIndex) -> None:
    for query in ("Lockheed Martin", "Olaf Scholz", "Volga Shipping Lines", "Brightstar Capital"):
        assert index.screen(query) == [], query


def test_a_number_tells_plants_apart(index: ScreeningIndex) -> None:
    assert _ids(index, "Kestrel Aviation Plant No. 3") == ["10"]


def test_explanations_say_which_words_matched_and_how(index: ScreeningIndex) -> None:
    (match,) = index.screen("Евгений Пригожин")
    assert match.matched_name == "PRIGOZHIN, Yevgeniy Viktorovich"
    assert "transliterated" in match.explanation
    assert "prigozhin" in match.explanation
    assert "viktorovich" in match.explanation  # the listed word the query lacks
    (legal,) = index.screen("Volgomash Concern JSC")
    assert "legal forms set aside: jsc" in legal.explanation
    assert legal.programs == ("RUSSIA-EO14024",)


def test_kind_and_country_lower_the_score(index: ScreeningIndex) -> None:
    plain = index.screen("Northern Light")[0].score
    typed = index.screen("Northern Light", type=ListedType.PERSON)
    assert not typed or typed[0].score < plain
    cn = index.screen("Pyotr Zakharov", country="cn")
    ru = index.screen("Pyotr Zakharov", country="ru")
    assert ru[0].score > (cn[0].score if cn else 0)


def test_weak_aliases_only_match_whole(index: ScreeningIndex) -> None:
    assert _ids(index, "RTM") == ["8"]
    assert "8" not in _ids(index, "RTM Holding")


def test_threshold_and_limit(index: ScreeningIndex) -> None:
    everything = index.screen("Trading Company", threshold=0.0, margin=1.0, limit=50)
    assert len(everything) > 10
    assert all(a.score >= b.score for a, b in itertools.pairwise(everything))
    assert index.screen("Volgomash", threshold=1.01) == []
