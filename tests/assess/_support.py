"""Hand-made claims and texts for the assess rules."""

from __future__ import annotations

import datetime as dt

from armstrace.model import AssessedClaim, Attribution, Claim, ClaimType, Modality, Stance, Status

WIRE = (
    "Iran has shipped several hundred one-way attack drones to Russia over the past year, "
    "according to three officials in European governments who spoke on condition of anonymity. "
    "The drones were carried across the Caspian Sea to ports in southern Russia and then moved "
    "by rail to assembly sites, the officials said. One of the officials said the shipments had "
    "accelerated since the spring and that Moscow had paid partly in gold. Iran's foreign "
    "ministry said the accusations were baseless and politically motivated, and that Tehran "
    "had not supplied any weapons for use in the war. The Kremlin declined to comment on the "
    "report. Analysts said the route across the Caspian was hard for Western navies to watch."
)

OTHER_STORY = (
    "Russian forces launched dozens of drones at the Ukrainian capital overnight, the city's "
    "military administration said on Tuesday, damaging homes and a power substation. Air "
    "defence units shot down most of them, Ukraine's air force said. Officials in Kyiv have "
    "long said the drones are Iranian designs, and that Russia now builds many of them at a "
    "plant in the Alabuga economic zone. Iran has denied supplying drones for the war."
)


def claim(
    *,
    subject: str | None = "iran",
    object: str | None = "russia",
    item: str = "drones",
    time: str | None = None,
    sources: tuple[tuple[str, Stance], ...] = (("article", Stance.ASSERTS),),
    modality: Modality = Modality.ASSERTED,
    status: Status | None = Status.DELIVERED,
) -> Claim:
    return Claim(
        type=ClaimType.TRANSFER,
        evidence="Iran shipped drones to Russia.",
        subject=subject,
        object=object,
        item=item,
        time=time,
        status=status,
        modality=modality,
        attribution=tuple(Attribution(s, st) for s, st in sources),
    )


def assessed(
    claim_id: int,
    c: Claim,
    *,
    doc: str,
    day: str,
    origin: str | None = None,
    credited: str | None = None,
    types: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> AssessedClaim:
    base = {"iran": "country", "russia": "country"}
    base.update(types or {})
    used = {a.source for a in c.attribution}
    return AssessedClaim(
        claim_id=claim_id,
        claim=c,
        document_id=doc,
        published=dt.date.fromisoformat(day),
        origin=origin or doc,
        credited=credited,
        source_types=tuple((k, v) for k, v in base.items() if k in used),
        source_names=tuple((k, v) for k, v in (names or {}).items() if k in used),
    )
