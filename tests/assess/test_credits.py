import pytest

from armstrace.assess import credited_outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Iran sent drones to Russia, Reuters reported on Monday.", "reuters"),
        ("Citing the Washington Post, the agency said shells had arrived.", "washington post"),
        ("The deal was first reported by the Financial Times.", "financial times"),
    ],
)
def test_explicit_credits_name_the_outlet(text: str, outlet: str) -> None:
    assert credited_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent drones to Russia, officials said.",
        "According to the Ministry of Defence, the shells arrived in May.",
        "The company reported higher sales.",
    ],
)
def test_attribution_to_non_media_is_not_a_credit(text: str) -> None:
    assert credited_outlet(text) is None
