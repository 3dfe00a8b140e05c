"""The in-memory entity directory."""

from __future__ import annotations

from armstrace.model import Entity, EntityDirectory, EntityType
from armstrace.resolve import MemoryDirectory

ORG = EntityType.ORGANIZATION


def test_remembered_entity_is_a_candidate_under_its_keys() -> None:
    d = MemoryDirectory()
    d.remember(Entity("rostec", "Rostec", ORG), ["rostec"])
    assert [e.id for e in d.candidates(["rostec"], ORG)] == ["rostec"]


def test_candidates_are_of_the_asked_type_only() -> None:
    d = MemoryDirectory()
    d.remember(Entity("georgia", "Georgia", EntityType.COUNTRY), ["georgia"])
    assert d.candidates(["georgia"], EntityType.PERSON) == []


def test_remembering_again_adds_aliases_and_keeps_the_name() -> None:
    d = MemoryDirectory()
    d.remember(Entity("kupol", "IEMZ Kupol", ORG), ["iemz kupol"])
    d.remember(Entity("kupol", "Kupol", ORG, ("IEMZ Kupol",)), ["kupol"])
    entity = d.get("kupol")
    assert entity is not None and (entity.name, entity.aliases) == ("IEMZ Kupol", ("Kupol",))
    assert [e.id for e in d.candidates(["kupol"], ORG)] == ["kupol"]


def test_candidates_come_first_remembered_first() -> None:
    d = MemoryDirectory()
    d.remember(Entity("b", "Vector B", ORG), ["vector"])
    d.remember(Entity("a", "Vector A", ORG), ["vector"])
    assert [e.id for e in d.candidates(["vector"], ORG)] == ["b", "a"]


def test_unknown_id_is_none() -> None:
    assert MemoryDirectory().get("nothing") is None


def test_memory_directory_is_an_entity_directory() -> None:
    directory: EntityDirectory = MemoryDirectory()
    directory.remember(Entity("nato", "NATO", ORG), ["nato"])
    assert directory.get("nato") is not None
