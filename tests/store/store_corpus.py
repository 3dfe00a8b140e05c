"""Hand-built ResolvedDocs for the store tests (own sentences, no pipeline involved).

A plain module rather than fixtures because the atomicity test's child process builds
the same documents as the parent that checks them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from armstrace.model import (
    Attribution,
    Claim,
    ClaimType,
    Document,
    Entity,
    EntityType,
    ItemClass,
    Mention,
    Modality,
    ResolvedDoc,
    Stance,
    Status,
)

ORG = EntityType.ORGANIZATION
COUNTRY = EntityType.COUNTRY


def resolved(
    text: str,
    entities: Sequence[Entity],
    mentions: Sequence[tuple[str, str]],
    claims: Sequence[Claim] = (),
    *,
    title: str | None = None,
    published: dt.date | None = None,
    **meta: str,
) -> ResolvedDoc:
    """A ResolvedDoc whose mentions are found in ``text`` in order (surface, entity id)."""
    content_hash = hashlib.sha256(text.encode()).hexdigest()
    types = {e.id: e.type for e in entities}
    found: list[Mention] = []
    mapping: dict[str, str] = {}
    at = 0
    for i, (surface, entity_id) in enumerate(mentions):
        start = text.index(surface, at)
        at = start + len(surface)
        key = f"m{i}"
        found.append(Mention(key, start, at, surface, types.get(entity_id, ORG)))
        mapping[key] = entity_id
    document = Document(
        id=f"doc-{content_hash[:16]}",
        text=text,
        content_hash=content_hash,
        title=title,
        published=published,
        **meta,  # type: ignore[arg-type]
    )
    return ResolvedDoc(document, tuple(found), tuple(entities), mapping, tuple(claims))


def sentence(text: str, part: str) -> str:
    """The sentence of ``text`` holding ``part`` (evidence must be an exact substring)."""
    start = text.rfind(". ", 0, text.index(part))
    start = 0 if start < 0 else start + 2
    end = text.find(".", text.index(part) + len(part))
    return text[start : end + 1]


def shipment() -> ResolvedDoc:
    text = (
        "Almaz-Antey shipped S-400 launchers to India in 2021. "
        "The Indian defence ministry confirmed that the battery arrived in December 2021."
    )
    return resolved(
        text,
        [
            Entity("almaz-antey", "Almaz-Antey", ORG, country="RU"),
            Entity("india", "India", COUNTRY, aliases=("Indian",), country="IN"),
        ],
        [("Almaz-Antey", "almaz-antey"), ("India", "india"), ("Indian", "india")],
        [
            Claim(
                ClaimType.TRANSFER,
                sentence(text, "S-400"),
                subject="almaz-antey",
                object="india",
                item="S-400",
                item_class=ItemClass.WEAPON_SYSTEM,
                time="2021",
                status=Status.DELIVERED,
                attribution=(
                    Attribution("article"),
                    Attribution("the Indian defence ministry"),
                ),
                evidence_start=0,
            ),
            Claim(
                ClaimType.TRANSFER,
                sentence(text, "battery arrived"),
                subject="almaz-antey",
                object="india",
                item="battery",
                item_class=ItemClass.WEAPON_SYSTEM,
                time="2021-12",
                status=Status.DELIVERED,
                attribution=(Attribution("the Indian defence ministry"),),
            ),
        ],
        title="Air-defence deliveries reach India",
        published=dt.date(2022, 1, 10),
        publisher="Example Wire",
        url="https://news.example/s400",
    )


def loitering() -> ResolvedDoc:
    text = (
        "Kalashnikov Concern, a subsidiary of Rostec, produces Lancet loitering munitions "
        "in Izhevsk. According to a leaked report, Iran may receive Lancet drones in 2025. "
        "Kalashnikov said it had never sold drones abroad."
    )
    return resolved(
        text,
        [
            Entity(
                "kalashnikov", "Kalashnikov Concern", ORG, aliases=("Kalashnikov",), country="RU"
            ),
            Entity("rostec", "Rostec", ORG, country="RU"),
            Entity("izhevsk", "Izhevsk", EntityType.PLACE, country="RU"),
            Entity("iran", "Iran", COUNTRY, country="IR"),
        ],
        [
            ("Kalashnikov Concern", "kalashnikov"),
            ("Rostec", "rostec"),
            ("Izhevsk", "izhevsk"),
            ("Iran", "iran"),
            ("Kalashnikov", "kalashnikov"),
        ],
        [
            Claim(
                ClaimType.OWNERSHIP,
                sentence(text, "subsidiary"),
                subject="kalashnikov",
                object="rostec",
            ),
            Claim(
                ClaimType.PRODUCTION,
                sentence(text, "produces"),
                subject="kalashnikov",
                item="Lancet loitering munitions",
                item_class=ItemClass.WEAPON_SYSTEM,
                location="izhevsk",
            ),
            Claim(
                ClaimType.TRANSFER,
                sentence(text, "may receive"),
                object="iran",
                item="Lancet drones",
                item_class=ItemClass.WEAPON_SYSTEM,
                time="2025",
                status=Status.PLANNED,
                modality=Modality.SPECULATIVE,
                attribution=(
                    Attribution("a leaked report"),
                    Attribution("kalashnikov", Stance.DENIES),
                ),
                quantity=None,
            ),
        ],
        title="Lancet output grows",
        published=dt.date(2024, 5, 3),
    )


def sanction() -> ResolvedDoc:
    text = (
        "The European Union sanctioned Almaz-Antey Corp in March 2022 over its air-defence "
        "exports. Almaz-Antey called the listing unfounded."
    )
    return resolved(
        text,
        [
            Entity("eu", "European Union", ORG, aliases=("EU",)),
            Entity("almaz-antey", "Almaz-Antey Corp", ORG, aliases=("Almaz-Antey",)),
        ],
        [
            ("European Union", "eu"),
            ("Almaz-Antey Corp", "almaz-antey"),
            ("Almaz-Antey", "almaz-antey"),
        ],
        [
            Claim(
                ClaimType.SANCTION,
                sentence(text, "sanctioned"),
                subject="eu",
                object="almaz-antey",
                time="2022-03",
                modality=Modality.HEDGED,
            )
        ],
        title="EU lists missile maker",
        published=None,
    )


def corpus() -> list[ResolvedDoc]:
    return [shipment(), loitering(), sanction()]


SUPPLIERS = ("Arsenal Works", "Baltic Foundry", "Cobalt Systems", "Delta Optics", "Ember Motors")
RECIPIENTS = ("Freedonia", "Genovia", "Elbonia", "Latveria", "Sokovia")


def bulk(n: int, claims: int = 40) -> ResolvedDoc:
    """Document ``n`` of a generated series: many mentions and claims, so a save takes a
    while and a kill is likely to land inside one."""
    lines = []
    mentions: list[tuple[str, str]] = []
    found: list[Claim] = []
    ents: dict[str, Entity] = {}
    for i in range(claims):
        supplier = SUPPLIERS[(n + i) % len(SUPPLIERS)]
        recipient = RECIPIENTS[(n * 7 + i) % len(RECIPIENTS)]
        sid = supplier.lower().replace(" ", "-")
        rid = recipient.lower()
        ents.setdefault(sid, Entity(sid, supplier, ORG))
        ents.setdefault(rid, Entity(rid, recipient, COUNTRY))
        line = f"In report {n}, {supplier} sent {i + 1} pumps of lot {n}-{i} to {recipient}."
        lines.append(line)
        mentions += [(supplier, sid), (recipient, rid)]
        found.append(
            Claim(
                ClaimType.TRANSFER,
                line,
                subject=sid,
                object=rid,
                item=f"pumps lot {n}-{i}",
                item_class=ItemClass.DUAL_USE_GOOD,
                quantity=float(i + 1),
                time=f"20{10 + n % 15}",
            )
        )
    return resolved(" ".join(lines), list(ents.values()), mentions, found, title=f"Report {n}")
