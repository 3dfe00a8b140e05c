from armstrace.assess import item_key, relation_key

from tests.assess._support import claim


def test_designation_is_the_item_key() -> None:
    assert item_key("Shahed-136 drones") == item_key("Shahed-136") == "shahed136"


def test_head_noun_singular_is_the_item_key() -> None:
    assert item_key("artillery shells") == item_key("shells") == "shell"
    assert item_key("unmanned aerial vehicles") != item_key("artillery shells")


def test_relation_key_ignores_time_but_not_parties() -> None:
    assert relation_key(claim(time="2022")) == relation_key(claim(time="2024"))
    assert relation_key(claim()) != relation_key(claim(subject="china"))
