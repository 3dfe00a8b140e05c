import pytest

from armstrace.assess import source_kind
from armstrace.model import SourceKind

from tests.assess._support import claim


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("three officials at an Asian intelligence service", SourceKind.INTELLIGENCE),
        ("documents reviewed by the newspaper", SourceKind.DOCUMENTS),
        ("analysts at a London think tank", SourceKind.EXPERT),
        ("article", SourceKind.MEDIA),
    ],
)
def test_unnamed_sources_by_their_words(source: str, kind: SourceKind) -> None:
    assert source_kind(source, claim()) is kind


def test_a_country_speaks_officially() -> None:
    assert source_kind("ukraine", claim(), entity_type="country") is SourceKind.OFFICIAL


def test_a_ministry_speaks_officially() -> None:
    kind = source_kind(
        "mod", claim(), entity_type="organization", entity_name="Ministry of Defence of Ukraine"
    )
    assert kind is SourceKind.OFFICIAL


def test_a_party_is_a_party_first() -> None:
    assert source_kind("iran", claim(), entity_type="country") is SourceKind.PARTY
