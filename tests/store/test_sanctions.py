"""Lists, versions with history, diffs, and matches whose decisions survive re-screening."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from armstrace.model import (
    ArmstraceError,
    ListedType,
    OwnershipLink,
    SanctionEntry,
    SanctionList,
    ScreeningMatch,
)
from armstrace.store import Store
from armstrace.store.sanctions import (
    CANNOT_STORE,
    NO_SUCH_LIST,
    NO_SUCH_MATCH,
    MatchStatus,
    SanctionsStore,
    sanction_entries,
)

ORG, PER = ListedType.ORGANIZATION, ListedType.PERSON


def _list(
    entries: list[SanctionEntry], digest: str, ownerships: tuple[OwnershipLink, ...] = ()
) -> SanctionList:
    return SanctionList("test-sdn", "ofac-sdn", tuple(entries), ownerships, "sdn.csv", digest)


V1 = [
    SanctionEntry(
        "1",
        "JSC VOLGOMASH",
        ORG,
        aliases=("VOLGOMASH CONCERN",),
        weak_aliases=("VM",),
        programs=("RUSSIA-EO14024",),
        countries=("ru",),
        identifiers=(("registration", "1027700000001"),),
        remarks="r",
        line=1,
    ),
    SanctionEntry("2", "ZAKHAROV, Pyotr", PER, programs=("RUSSIA-EO14024",), line=2),
]
V2 = [
    replace(V1[0], programs=("RUSSIA-EO14024", "UKRAINE-EO13661")),
    SanctionEntry("3", "KESTREL AVIATION PLANT", ORG, programs=("RUSSIA-EO14024",), line=2),
]


def _match(list_id: str = "1", score: float = 0.9) -> ScreeningMatch:
    return ScreeningMatch(
        "test-sdn",
        list_id,
        "JSC VOLGOMASH",
        ORG,
        score,
        "JSC VOLGOMASH",
        "Volgomash",
        "listed name",
        ("RUSSIA-EO14024",),
    )


@pytest.fixture
def sanctions(store: Store) -> SanctionsStore:
    return SanctionsStore(store.engine)


def test_a_loaded_list_reads_back_whole(sanctions: SanctionsStore) -> None:
    link = OwnershipLink("1", "kupol", 100.0, "f", "JSC VOLGOMASH", "Kupol")
    result = sanctions.load(_list(V1, "h1", (link,)))
    assert result.new_version and result.list.version == 1 and result.diff == ()
    assert sanctions.entries("test-sdn") == tuple(V1)
    assert sanctions.ownerships("test-sdn") == [link]
    (info,) = sanctions.lists()
    assert (info.name, info.format, info.entry_count) == ("test-sdn", "ofac-sdn", 2)


def test_a_new_version_replaces_the_old_and_keeps_history_and_diff(
    sanctions: SanctionsStore,
) -> None:
    sanctions.load(_list(V1, "h1"), loaded_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC))
    result = sanctions.load(_list(V2, "h2"), loaded_at=dt.datetime(2024, 5, 3, tzinfo=dt.UTC))
    assert result.list.version == 2
    assert {(d.list_entry_id, d.change) for d in result.diff} == {
        ("3", "added"),
        ("2", "removed"),
        ("1", "changed"),
    }
    changed = next(d for d in result.diff if d.change == "changed")
    assert "UKRAINE-EO13661" in (changed.detail or "")
    assert [e.list_id for e in sanctions.entries("test-sdn")] == ["1", "3"]
    assert [e.list_id for e in sanctions.entries("test-sdn", version=1)] == ["1", "2"]
    assert [v.version for v in sanctions.versions("test-sdn")] == [1, 2]
    info, lines = sanctions.diff("test-sdn")
    assert info.version == 2 and len(lines) == 3
    assert sanctions.diff("test-sdn", version=1)[1] == ()


def test_the_same_file_again_adds_no_version(sanctions: SanctionsStore) -> None:
    sanctions.load(_list(V1, "h1"))
    again = sanctions.load(_list(V1, "h1"))
    assert not again.new_version and again.list.version == 1


def test_a_failed_load_leaves_nothing_behind(store: Store, sanctions: SanctionsStore) -> None:
    sanctions.load(_list(V1, "h1"))
    twice = [V2[0], V2[0]]  # a duplicate entry id breaks the unique constraint mid-load
    with pytest.raises(ArmstraceError) as caught:
        sanctions.load(_list(twice, "h2"))
    assert caught.value.code == CANNOT_STORE
    assert [v.version for v in sanctions.versions("test-sdn")] == [1]
    assert sanctions.entries("test-sdn") == tuple(V1)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sanction_entries)).scalar() == 2


def test_unknown_lists_are_named(sanctions: SanctionsStore) -> None:
    with pytest.raises(ArmstraceError) as caught:
        sanctions.entries("nope")
    assert caught.value.code == NO_SUCH_LIST
    sanctions.load(_list(V1, "h1"))
    with pytest.raises(ArmstraceError, match="no version 7 of list 'test-sdn'"):
        sanctions.diff("test-sdn", version=7)


def test_a_dismissed_match_stays_dismissed_when_screening_runs_again(
    sanctions: SanctionsStore,
) -> None:
    sanctions.load(_list(V1, "h1"))
    (first,) = sanctions.record_matches("ent-1", ["test-sdn"], [_match()])
    assert first.status is MatchStatus.OPEN and first.first_version == 1
    decided = sanctions.decide(first.id, MatchStatus.DISMISSED, by="analyst", note="other firm")
    assert decided.status is MatchStatus.DISMISSED and decided.note == "other firm"
    (again,) = sanctions.record_matches("ent-1", ["test-sdn"], [_match(score=0.95)])
    assert again.id == first.id
    assert again.status is MatchStatus.DISMISSED
    assert again.match.score == 0.95
    assert sanctions.matches(status=MatchStatus.DISMISSED)[0].entity_id == "ent-1"


def test_matches_no_longer_found_become_inactive(sanctions: SanctionsStore) -> None:
    sanctions.record_matches("ent-1", ["test-sdn"], [_match("1"), _match("2", 0.8)])
    now = sanctions.record_matches("ent-1", ["test-sdn"], [_match("1")])
    assert [m.match.list_id for m in now] == ["1"]
    everything = sanctions.matches(entity_id="ent-1", include_inactive=True)
    assert {(m.match.list_id, m.active) for m in everything} == {("1", True), ("2", False)}
    assert sanctions.count_matches() == 1


def test_deciding_an_unknown_match_is_an_error(sanctions: SanctionsStore) -> None:
    with pytest.raises(ArmstraceError) as caught:
        sanctions.decide(999, MatchStatus.CONFIRMED)
    assert caught.value.code == NO_SUCH_MATCH
