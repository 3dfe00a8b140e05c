"""Claims onto entity ids, and one claim per statement."""

from __future__ import annotations

from armstrace.model import Attribution, Claim, ClaimType, Modality, Stance, Status
from armstrace.resolve import merge_claims
from armstrace.resolve.claims import rewrite_claim

IDS = {"m0": "iemz-kupol", "m1": "china", "m2": "almaz-antey"}


def dev(evidence: str = "e1", **kw: object) -> Claim:
    fields: dict[str, object] = {"subject": "iemz-kupol", "item": "Garpiya-3"}
    fields.update(kw)
    return Claim(ClaimType.DEVELOPMENT, evidence, **fields)  # type: ignore[arg-type]


def test_same_statement_twice_is_one_claim() -> None:
    assert len(merge_claims([dev("e1"), dev("e2")])) == 1


def test_first_evidence_is_kept() -> None:
    assert merge_claims([dev("e1"), dev("e2")])[0].evidence == "e1"


def test_item_spelling_does_not_split_a_claim() -> None:
    assert len(merge_claims([dev(item="Garpiya-3"), dev(item="garpiya 3")])) == 1


def test_item_named_by_another_alias_merges_through_the_item_map() -> None:
    items = {"garpiya3": "garpiya-3", "g3": "garpiya-3"}
    assert len(merge_claims([dev(item="Garpiya-3"), dev(item="G3")], items)) == 1


def test_named_item_with_its_category_noun_is_the_named_item() -> None:
    items = {"shahed136": "shahed-136"}
    claims = [dev(item="Shahed-136"), dev(item="Shahed-136 drones")]
    assert len(merge_claims(claims, items)) == 1


def test_an_unnamed_item_sharing_a_first_word_stays_apart() -> None:
    items = {"shahed136": "shahed-136"}
    claims = [dev(item="Shahed-136"), dev(item="artillery shells")]
    assert len(merge_claims(claims, items)) == 2


def test_attributions_are_unioned_without_duplicates() -> None:
    a = dev(attribution=(Attribution("article"), Attribution("reuters")))
    b = dev(attribution=(Attribution("reuters"), Attribution("china", Stance.DENIES)))
    merged = merge_claims([a, b])[0]
    assert merged.attribution == (
        Attribution("article"),
        Attribution("reuters"),
        Attribution("china", Stance.DENIES),
    )


def test_strongest_modality_wins() -> None:
    claims = [dev(modality=Modality.SPECULATIVE), dev(modality=Modality.HEDGED)]
    assert merge_claims(claims)[0].modality is Modality.HEDGED
    assert merge_claims([*claims, dev()])[0].modality is Modality.ASSERTED


def test_different_times_stay_apart() -> None:
    assert len(merge_claims([dev(time="2023"), dev(time="2024")])) == 2


def test_different_status_stays_apart() -> None:
    a = Claim(ClaimType.TRANSFER, "e", "ir", "ru", "drones", status=Status.PLANNED)
    b = Claim(ClaimType.TRANSFER, "e", "ir", "ru", "drones", status=Status.DELIVERED)
    assert len(merge_claims([a, b])) == 2


def test_different_quantities_stay_apart() -> None:
    assert len(merge_claims([dev(quantity=10.0), dev(quantity=20.0)])) == 2


def test_missing_fields_are_filled_from_the_repeat() -> None:
    assert merge_claims([dev(), dev(quantity=5.0)])[0].quantity == 5.0


def test_roles_become_entity_ids() -> None:
    out = rewrite_claim(Claim(ClaimType.DEVELOPMENT, "e", "m0", None, "G3", location="m1"), IDS)
    assert out is not None and (out.subject, out.location) == ("iemz-kupol", "china")


def test_mention_sources_become_ids_and_words_stay() -> None:
    claim = Claim(
        ClaimType.DEVELOPMENT, "e", "m0", item="G3",
        attribution=(Attribution("m1", Stance.DENIES), Attribution("documents"),
                     Attribution("article")),
    )  # fmt: skip
    out = rewrite_claim(claim, IDS)
    assert out is not None
    assert [a.source for a in out.attribution] == ["china", "documents", "article"]


def test_used_in_text_stays_and_mention_key_becomes_id() -> None:
    words = rewrite_claim(Claim(ClaimType.COMPONENT, "e", item="chip", used_in="drones"), IDS)
    keyed = rewrite_claim(Claim(ClaimType.COMPONENT, "e", item="chip", used_in="m2"), IDS)
    assert words is not None and words.used_in == "drones"
    assert keyed is not None and keyed.used_in == "almaz-antey"


def test_transfer_without_recipient_is_dropped() -> None:
    assert rewrite_claim(Claim(ClaimType.TRANSFER, "e", "m0", "m9", "drones"), IDS) is None


def test_transfer_without_supplier_is_kept() -> None:
    out = rewrite_claim(Claim(ClaimType.TRANSFER, "e", "m9", "m1", "drones"), IDS)
    assert out is not None and out.subject is None and out.object == "china"


def test_sanction_without_authority_is_dropped() -> None:
    assert rewrite_claim(Claim(ClaimType.SANCTION, "e", None, "m0"), IDS) is None


def test_production_without_producer_is_kept() -> None:
    out = rewrite_claim(Claim(ClaimType.PRODUCTION, "e", "m9", item="shells"), IDS)
    assert out is not None and out.subject is None


def test_transfer_from_an_entity_to_itself_is_dropped() -> None:
    ids = {"m0": "russia", "m1": "russia"}
    assert rewrite_claim(Claim(ClaimType.TRANSFER, "e", "m0", "m1", "drones"), ids) is None


def test_a_source_that_is_no_mention_of_the_document_is_dropped() -> None:
    claim = Claim(
        ClaimType.DEVELOPMENT, "e", "m0", item="G3",
        attribution=(Attribution("m42"), Attribution("m1")),
    )  # fmt: skip
    out = rewrite_claim(claim, IDS)
    assert out is not None and [a.source for a in out.attribution] == ["china"]
