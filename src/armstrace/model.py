"""The one vocabulary every stage speaks.

Frozen dataclasses and enums only: no I/O, no heavy imports. The enums mirror the
evaluation format (``../shared/eval/SCHEMA.md``) so that what the program stores and
what the yardstick scores are the same words. Stages import this module and their own
package, nothing else; where a lower stage needs a service from a higher one, a
Protocol is declared here and the implementation is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

__all__ = [
    "ArmstraceError",
    "AssessedClaim",
    "Assessment",
    "Attribution",
    "Claim",
    "ClaimRecord",
    "ClaimType",
    "Document",
    "DocumentRef",
    "Entity",
    "EntityDirectory",
    "EntityRecord",
    "EntityType",
    "ExtractedDoc",
    "ItemClass",
    "ListedType",
    "Mention",
    "Modality",
    "OwnershipLink",
    "Relation",
    "ResolvedDoc",
    "SanctionEntry",
    "SanctionList",
    "ScreeningMatch",
    "Skipped",
    "SourceKind",
    "SourceNote",
    "Stance",
    "Status",
    "StatusChange",
]


class EntityType(StrEnum):
    COUNTRY = "country"
    ORGANIZATION = "organization"
    PERSON = "person"
    WEAPON_SYSTEM = "weapon_system"
    GOODS = "goods"
    PLACE = "place"


class ClaimType(StrEnum):
    TRANSFER = "transfer"
    PRODUCTION = "production"
    DEVELOPMENT = "development"
    OWNERSHIP = "ownership"
    SANCTION = "sanction"
    COMPONENT = "component"


ITEM_CLAIM_TYPES = frozenset(
    {ClaimType.TRANSFER, ClaimType.PRODUCTION, ClaimType.DEVELOPMENT, ClaimType.COMPONENT}
)


class ItemClass(StrEnum):
    WEAPON_SYSTEM = "weapon_system"
    COMPONENT = "component"
    DUAL_USE_GOOD = "dual_use_good"
    TECHNOLOGY = "technology"
    UNSPECIFIED = "unspecified"


class Modality(StrEnum):
    """How firmly a claim is made; the order of members is strongest first."""

    ASSERTED = "asserted"
    HEDGED = "hedged"
    SPECULATIVE = "speculative"


class Stance(StrEnum):
    ASSERTS = "asserts"
    DENIES = "denies"


class Status(StrEnum):
    DELIVERED = "delivered"
    PLANNED = "planned"


class ArmstraceError(Exception):
    """An error a user can act on; ``code`` is stable so it can be searched for (E001...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read, with its provenance.

    ``id`` is derived from ``content_hash`` so that the same text read twice is the
    same document. ``external_id`` keeps the id an input file gave (the eval format's
    ``id``) so predictions can be written under it.
    """

    id: str
    text: str
    content_hash: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source_path: str | None = None
    retrieved: dt.datetime | None = None
    format: str = "txt"
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read: reported to the user, never fatal to a batch."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in one document, by character offsets into ``Document.text``.

    ``key`` is unique within the document ("m0", "m1", ...). ``canonical`` is the name a
    gazetteer gave the mention where one matched ("Moscow" used for the government gives
    "Russia"); resolution prefers it over the surface text.
    """

    key: str
    start: int
    end: int
    text: str
    type: EntityType
    canonical: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who makes a claim. ``source`` is a mention key or entity id when the source is a
    named entity, ``"article"`` for the reporter's own voice, else the source's words."""

    source: str
    stance: Stance = Stance.ASSERTS


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement about the world. Roles hold mention keys after extraction and
    entity ids after resolution; ``item`` is text as the article names it."""

    type: ClaimType
    evidence: str
    subject: str | None = None
    object: str | None = None
    item: str | None = None
    item_class: ItemClass | None = None
    location: str | None = None
    time: str | None = None
    quantity: float | None = None
    status: Status | None = None
    modality: Modality = Modality.ASSERTED
    attribution: tuple[Attribution, ...] = (Attribution("article"),)
    used_in: str | None = None
    evidence_start: int | None = None
    share: float | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity with one id across all documents."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractedDoc:
    """What extraction read out of one document; roles are mention keys."""

    document: Document
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class ResolvedDoc:
    """A document after resolution: roles and sources are entity ids.

    ``entities`` are those the document mentions, with the names and aliases this
    document uses; ``mention_entity`` maps every mention key to its entity id.
    """

    document: Document
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    mention_entity: dict[str, str] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """Where a stored claim came from, as query results show it."""

    id: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    url: str | None
    source_path: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """A stored entity with how often the corpus mentions it."""

    entity: Entity
    mentions: int = 0
    documents: int = 0


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A stored claim as queries return it: roles already looked up as entities."""

    id: int
    claim: Claim
    document: DocumentRef
    subject: Entity | None = None
    object: Entity | None = None
    location: Entity | None = None


class EntityDirectory(Protocol):
    """Entities already known (from the store, or from earlier files of one run).

    The resolve stage asks it for candidates and tells it about new entities; the
    store or an in-memory dict implements it, so resolve never imports the store.
    """

    def candidates(self, keys: Iterable[str], type: EntityType) -> list[Entity]:
        """Known entities of ``type`` with any of the normalised name ``keys``."""
        ...

    def remember(self, entity: Entity, keys: Iterable[str]) -> None:
        """Record ``entity`` under its normalised name ``keys`` for later documents."""
        ...

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, if one is known (ids must stay unique)."""
        ...


# --- Sanctions lists and screening (issue 4) -------------------------------------------


class ListedType(StrEnum):
    """What kind of party a sanctions list entry is; lists screen vessels and aircraft too."""

    ORGANIZATION = "organization"
    PERSON = "person"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SanctionEntry:
    """One party on a sanctions list, as the list publishes it.

    ``list_id`` is the list's own id for the entry (the SDN ``ent_num``, the OpenSanctions
    entity id, the EU logical id, the UK group id) so that results can be checked against
    the publisher's page. ``identifiers`` are ``(kind, value)`` pairs such as
    ``("imo", "9123456")`` or ``("registration", "EP-ABC")``. ``line`` is where the entry
    starts in its file, for error messages and audit.
    """

    list_id: str
    name: str
    type: ListedType
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()
    remarks: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class OwnershipLink:
    """``owner`` holds ``share`` percent (None: not stated) of ``asset``; ids of one list.

    The names travel with the ids because an asset need not be listed itself (that is
    the point of the 50 percent rule) and must still be found in the graph by name.
    """

    owner: str
    asset: str
    share: float | None = None
    source: str | None = None
    owner_name: str | None = None
    asset_name: str | None = None


@dataclass(frozen=True, slots=True)
class SanctionList:
    """A whole list file as read: its entries and any ownership data it ships."""

    name: str
    format: str
    entries: tuple[SanctionEntry, ...]
    ownerships: tuple[OwnershipLink, ...] = ()
    source_path: str | None = None
    content_hash: str | None = None


@dataclass(frozen=True, slots=True)
class ScreeningMatch:
    """One candidate a screening found, with the why an analyst needs to judge it.

    ``matched_name`` is the list name that scored best; ``explanation`` says which
    tokens matched after which normalisation (legal form, transliteration, typo, other
    names file, identifier).
    """

    list_name: str
    list_id: str
    name: str
    type: ListedType
    score: float
    matched_name: str
    query: str
    explanation: str
    programs: tuple[str, ...] = ()


class Assessment(StrEnum):
    """How well a relation stands across sources (see docs/ASSESSMENT.md)."""

    SINGLE_SOURCE = "single_source"
    CORROBORATED = "corroborated"
    OFFICIALLY_CONFIRMED = "officially_confirmed"
    DISPUTED = "disputed"
    CONTRADICTED = "contradicted"
    RETRACTED = "retracted"


class SourceKind(StrEnum):
    """What kind of source makes a claim; official statements weigh most."""

    OFFICIAL = "official"
    INTELLIGENCE = "intelligence"
    DOCUMENTS = "documents"
    EXPERT = "expert"
    MEDIA = "media"
    PARTY = "party"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class AssessedClaim:
    """One stored claim with what assessment needs to know about where it came from.

    ``origin`` is the syndication cluster of its document (reprints share one);
    ``credited`` the outlet the article credits ("Reuters reported"), if any;
    ``source_types`` the entity types of named attribution sources, and
    ``source_names`` their names, so that kinds can be told without the store;
    ``party_sources`` named sources that speak for a party (the government of the
    supplier's or recipient's country), whose denial disputes the claim.
    """

    claim_id: int
    claim: Claim
    document_id: str
    published: dt.date | None
    origin: str
    credited: str | None = None
    source_types: tuple[tuple[str, str], ...] = ()
    source_names: tuple[tuple[str, str], ...] = ()
    party_sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceNote:
    """One source behind a relation: who, what kind, which way, and from which origin."""

    source: str
    kind: SourceKind
    stance: Stance
    origin: str
    document_id: str
    published: dt.date | None
    modality: Modality


@dataclass(frozen=True, slots=True)
class StatusChange:
    """The assessment a relation had after the sources of one date had arrived."""

    date: dt.date | None
    assessment: Assessment
    independent_sources: int
    reason: str


@dataclass(frozen=True, slots=True)
class Relation:
    """The same claim across articles: every underlying claim and source kept."""

    key: str
    type: ClaimType
    subject: str | None
    object: str | None
    item: str | None
    time: str | None
    claim_ids: tuple[int, ...]
    documents: tuple[str, ...]
    sources: tuple[SourceNote, ...]
    independent_sources: int
    assessment: Assessment
    confidence: float
    reason: str
    first_reported: dt.date | None
    last_reported: dt.date | None
    refers_to: tuple[str, ...] = ()
    history: tuple[StatusChange, ...] = ()
