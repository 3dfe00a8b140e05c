"""The resolve stage: an extracted document in, a resolved document out."""

from __future__ import annotations

from armstrace.model import (
    ArmstraceError,
    Entity,
    EntityDirectory,
    EntityType,
    ExtractedDoc,
    ResolvedDoc,
)
from armstrace.resolve.across import TIERS, cluster_keys, link, link_loosely, new_id
from armstrace.resolve.claims import item_key, merge_claims, rewrite_claim
from armstrace.resolve.normalize import is_acronym, normalize_name
from armstrace.resolve.within import Cluster, cluster_mentions, mention_keys

__all__ = ["Resolver", "display_name"]

# Mentions whose names are items of claims ("Garpiya-3", "G3").
_ITEM_TYPES = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})


class Resolver:
    """Turns mentions into entities with global ids, and claims onto those ids.

    The directory holds what earlier documents taught (a store, or a
    :class:`~armstrace.resolve.MemoryDirectory` for one run); every resolved document
    adds its entities and keys to it, so one entity keeps one id across a corpus.
    """

    def __init__(self, directory: EntityDirectory) -> None:
        self.directory = directory

    def resolve(self, doc: ExtractedDoc) -> ResolvedDoc:
        """Cluster the document's mentions, link clusters to known entities (or make new
        ones), and rewrite and merge the claims."""
        _check(doc)
        clusters = cluster_mentions(doc.document.text, doc.mentions)
        groups = self._link(clusters)
        entities = tuple(_entity(i, cs) for i, cs in groups.items())
        mention_entity = {m.key: i for i, cs in groups.items() for c in cs for m in c.mentions}
        claims = [rewrite_claim(c, mention_entity) for c in doc.claims]
        items = {
            item_key(m.text): mention_entity[m.key]
            for m in doc.mentions
            if m.type in _ITEM_TYPES and item_key(m.text)
        }
        merged = merge_claims([c for c in claims if c is not None], items)
        return ResolvedDoc(
            document=doc.document,
            mentions=doc.mentions,
            entities=entities,
            mention_entity=mention_entity,
            claims=tuple(merged),
        )

    def _link(self, clusters: list[Cluster]) -> dict[str, list[Cluster]]:
        """Entity id -> the document's clusters of it. Links are made strongest evidence
        first across the whole document (gazetteer keys, then names, then skeletons,
        then loose matches), so that weaker evidence ("Kupol" by a word) never takes
        the id of an entity the document names more surely elsewhere."""
        ids: dict[int, str] = {}
        keys = [cluster_keys(c) for c in clusters]
        for tier in range(TIERS):
            for i, cluster in enumerate(clusters):
                if i in ids:
                    continue
                known = link(cluster, keys[i], self.directory, taken=ids.values(), tier=tier)
                if known is not None:
                    ids[i] = known.id
        for i, cluster in enumerate(clusters):
            if i in ids:
                continue
            known = link_loosely(cluster, keys[i], self.directory, taken=ids.values())
            if known is None:
                name = display_name(cluster)
                ids[i] = new_id(name, cluster.type, self.directory, set(ids.values()))
            else:
                ids[i] = known.id
        groups: dict[str, list[Cluster]] = {}
        for i, cluster in enumerate(clusters):
            groups.setdefault(ids[i], []).append(cluster)
        for i in range(len(clusters)):
            self.directory.remember(_entity(ids[i], groups[ids[i]]), keys[i].remembered())
        return groups


def _check(doc: ExtractedDoc) -> None:
    seen: set[str] = set()
    size = len(doc.document.text)
    for m in doc.mentions:
        if m.key in seen:
            raise ArmstraceError(
                "E300", f"document {doc.document.id}: mention key {m.key!r} is used twice"
            )
        seen.add(m.key)
        if not 0 <= m.start <= m.end <= size:
            raise ArmstraceError(
                "E301",
                f"document {doc.document.id}: mention {m.key!r} spans {m.start}-{m.end},"
                f" outside the text ({size} characters)",
            )


def _rank(cluster: Cluster, surface: str) -> tuple[int, int, int, int, int]:
    """Sort key for the entity's name: a full proper name in Latin script, not a
    stand-in ("Moscow" for Russia) or an acronym, the most words, the longest."""
    stand_in = any(
        m.text == surface
        and m.canonical is not None
        and normalize_name(m.canonical) != normalize_name(surface)
        for m in cluster.mentions
    )
    latin = all(ord(c) < 0x250 for c in surface)
    return (
        0 if latin else 1,
        1 if stand_in else 0,
        1 if is_acronym(surface) else 0,
        -len(normalize_name(surface).split()),
        -len(surface),
    )


def display_name(cluster: Cluster) -> str:
    """The fullest proper name the document gives the cluster."""
    surfaces = cluster.surfaces
    return min(surfaces, key=lambda s: (_rank(cluster, s), surfaces.index(s)))


def _entity(entity_id: str, clusters: list[Cluster]) -> Entity:
    """One entity from the document's clusters that resolved to ``entity_id``."""
    main = max(clusters, key=lambda c: len(c.mentions))
    merged = Cluster(type=main.type)
    for c in clusters:
        merged.mentions.extend(c.mentions)
    merged.mentions.sort(key=lambda m: (m.start, m.end))
    name = display_name(merged)
    aliases = tuple(s for s in merged.surfaces if s != name)
    return Entity(
        id=entity_id,
        name=name,
        type=main.type,
        aliases=aliases,
        country=_country(merged),
    )


def _country(cluster: Cluster) -> str | None:
    """The mentions' country, else the country a country's or state body's key names."""
    if cluster.country:
        return cluster.country.upper()
    keys: set[str] = set()
    for m in cluster.mentions:
        keys |= mention_keys(m, cluster.type)
    for key in sorted(keys):
        if key.startswith("t:"):
            code = key[2:]
            return None if code == "eu" else code.upper()
        if key.startswith("g:") and key.count(":") == 2:
            return key.split(":")[1].upper()
    return None
