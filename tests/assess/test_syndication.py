from armstrace.assess import SyndicationIndex

from tests.assess._support import OTHER_STORY, WIRE


def test_verbatim_reprint_joins_its_original() -> None:
    index = SyndicationIndex()
    assert index.add("wire", WIRE) == "wire"
    assert index.add("reprint", WIRE) == "wire"


def test_lightly_edited_and_truncated_copy_joins_its_original() -> None:
    index = SyndicationIndex()
    index.add("wire", WIRE)
    edited = WIRE.replace("several hundred", "hundreds of").replace("Analysts said", "Experts say")
    edited = edited.rsplit(" The Kremlin", 1)[0] + " The report could not be verified."
    assert index.add("edited", "BALTIC WIRE - " + edited) == "wire"


def test_a_different_story_about_the_same_event_stands_alone() -> None:
    index = SyndicationIndex()
    index.add("wire", WIRE)
    assert index.add("other", OTHER_STORY) == "other"


def test_reloading_from_stored_signatures_keeps_the_clusters() -> None:
    from armstrace.assess import signature

    first = SyndicationIndex()
    first.add("wire", WIRE)
    values, size = signature(WIRE)
    second = SyndicationIndex()
    second.add("wire", hashvalues=values, size=size, origin="wire")
    assert second.add("copy", WIRE) == "wire"
    assert second.clusters() == {"wire": ["wire", "copy"]}
