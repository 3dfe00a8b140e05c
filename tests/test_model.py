from armstrace.model import Claim, ClaimType, Modality, Stance


def test_claim_defaults_to_the_reporters_own_voice() -> None:
    claim = Claim(type=ClaimType.TRANSFER, evidence="X shipped drones to Y.")
    assert [a.source for a in claim.attribution] == ["article"]
    assert claim.attribution[0].stance is Stance.ASSERTS
    assert claim.modality is Modality.ASSERTED


def test_enums_speak_the_evaluation_vocabulary() -> None:
    assert {t.value for t in ClaimType} == {
        "transfer",
        "production",
        "development",
        "ownership",
        "sanction",
        "component",
    }
