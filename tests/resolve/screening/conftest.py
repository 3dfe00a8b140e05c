"""A small list of our own, shaped like the real ones: long legal names, persons as
'FAMILY, Given', vessels, and many parties that share common words."""

from __future__ import annotations

import pytest

from armstrace.model import ListedType, SanctionEntry
from armstrace.resolve.screening import ScreeningIndex

ORG, PER, VES = ListedType.ORGANIZATION, ListedType.PERSON, ListedType.VESSEL


def _entries() -> tuple[SanctionEntry, ...]:
    rows: list[SanctionEntry] = [
        SanctionEntry(
            "1",
            "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN VOLGOMASH",
            ORG,
            programs=("RUSSIA-EO14024",),
            countries=("ru",),
        ),
        SanctionEntry("2", "ZAKHAROV, Pyotr Ilyich", PER, countries=("ru",)),
        SanctionEntry("3", "PRIGOZHIN, Yevgeniy Viktorovich", PER, countries=("ru",)),
        SanctionEntry("4", "LIMITED LIABILITY COMPANY TEKHNOPROM", ORG, countries=("ru",)),
        SanctionEntry("5", "SHENZHEN BRIGHTSTAR ELECTRONICS CO., LTD.", ORG, countries=("cn",)),
        SanctionEntry("6", "LI, Fangwei", PER, countries=("cn",)),
        SanctionEntry("7", "NORTHERN LIGHT", VES, identifiers=(("imo", "9123456"),)),
        SanctionEntry("8", "STATE CORPORATION ROSTECHMASH", ORG, weak_aliases=("RTM",)),
        SanctionEntry("9", "KESTREL AVIATION PLANT NO. 2", ORG),
        SanctionEntry("10", "KESTREL AVIATION PLANT NO. 3", ORG),
        SanctionEntry(
            "11", "EP-XYZ", ListedType.AIRCRAFT, identifiers=(("registration", "EP-XYZ"),)
        ),
    ]
    # descriptor words are common in real lists: make them common here too
    for i, name in enumerate(
        [
            "URAL AEROSPACE CONCERN",
            "SIBERIAN DEFENSE CONCERN",
            "BALTIC AEROSPACE DEFENSE SYSTEMS",
            "AMUR DEFENSE CONCERN",
            "OKA AEROSPACE INSTRUMENTS",
            "NEVA CONCERN",
        ]
    ):
        rows.append(SanctionEntry(str(20 + i), f"JOINT STOCK COMPANY {name}", ORG))
    for i, word in enumerate(
        [
            "DUBAI",
            "BEHRAN",
            "SONGI",
            "DOLPHIN",
            "NOOR",
            "ARYA",
            "PARS",
            "ATLAS",
            "KISH",
            "HORMUZ",
            "SAHAR",
            "ZAGROS",
            "ALBORZ",
            "TABAN",
            "RAYAN",
            "NIKAN",
        ]
    ):
        rows.append(SanctionEntry(str(100 + i), f"{word} TRADING COMPANY", ORG))
        rows.append(SanctionEntry(str(200 + i), f"{word} SHIPPING LINES", ORG))
        rows.append(SanctionEntry(str(300 + i), f"AHMADI, {word.title()} Mohammad", PER))
    return tuple(rows)


@pytest.fixture(scope="session")
def entries() -> tuple[SanctionEntry, ...]:
    return _entries()


@pytest.fixture(scope="session")
def index(entries: tuple[SanctionEntry, ...]) -> ScreeningIndex:
    return ScreeningIndex.build("test-list", entries, other_names=())
