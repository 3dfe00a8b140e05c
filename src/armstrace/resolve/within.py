"""Within one document: which mentions name the same thing.

Mentions are read in text order; each joins the cluster it most plausibly refers back
to, by (in order) a parenthesis right after a name ("Garpiya-3 (G3)"), a shared key
(same normalised name, canonical or country code), initials ("IRGC" after "Islamic
Revolutionary Guard Corps"), or a short form (tokens that stand inside a longer name of
the same type: "Kupol" after "IEMZ Kupol", "Putin" after "Vladimir Putin"). Types keep
things apart: a person and a country, a country and a company never share a cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armstrace.model import EntityType, Mention
from armstrace.resolve.keys import core_name, distinctive, initials, name_keys
from armstrace.resolve.normalize import is_acronym, normalize_name

__all__ = ["Cluster", "cluster_mentions", "is_short_form"]

_OPEN_PAREN = re.compile(r"^[\s,]*\(\s*(?:(?:also\s+)?known\s+as|aka|or|formerly)?\s*[\"'“«]?\s*$")
# Types whose names may be joined by an acronym in parentheses though the tagger typed
# the two differently ("the Democratic People's Republic of Korea (DPRK)" as a country,
# "DPRK" as an organisation).
_LOOSE_TYPES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION})


@dataclass
class Cluster:
    """Mentions of one entity within a document, with the keys their names give."""

    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)

    @property
    def surfaces(self) -> list[str]:
        """Distinct surface forms in order of first use."""
        out: list[str] = []
        for m in self.mentions:
            if m.text not in out:
                out.append(m.text)
        return out

    @property
    def country(self) -> str | None:
        return next((m.country for m in self.mentions if m.country), None)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.keys |= mention_keys(mention, self.type)

    def absorb(self, other: Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.keys |= other.keys


def mention_keys(mention: Mention, type: EntityType) -> set[str]:
    """Keys of the mention's surface and of its gazetteer canonical name."""
    keys = name_keys(mention.text, type, mention.country)
    if mention.canonical:
        keys |= name_keys(mention.canonical, type, mention.country)
    return keys


def _words(name: str, type: EntityType) -> list[str]:
    core = core_name(name, type)
    return (core or normalize_name(name)).split()


def is_short_form(short: str, long: str, type: EntityType) -> bool:
    """Whether ``short`` is a short form of ``long`` for an entity of ``type``.

    A person's short form is the surname, or the name without a middle name; other
    types take tokens that stand in order inside the longer name (with legal forms
    removed) and keep at least one word that is not generic.
    """
    s, lg = _words(short, type), _words(long, type)
    if not s or len(s) >= len(lg):
        return False
    if type is EntityType.PERSON:
        return s == lg[-len(s) :] or (len(s) >= 2 and s[0] == lg[0] and s[-1] == lg[-1])
    if not distinctive(" ".join(s)):
        return False
    return _in_order(s, lg)


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _head_word(short: str, long: str, type: EntityType) -> bool:
    """A generic word standing for a longer name ("the Council", "the Concern"): it must
    be the first or the last word of the long name."""
    s, lg = normalize_name(short).split(), normalize_name(long).split()
    return len(s) == 1 and len(lg) > 1 and (s[0] == lg[0] or s[0] == lg[-1])


def _compatible(a: EntityType, b: EntityType, acronym: bool) -> bool:
    return a is b or (acronym and a in _LOOSE_TYPES and b in _LOOSE_TYPES)


def cluster_mentions(text: str, mentions: tuple[Mention, ...]) -> list[Cluster]:
    """Group the document's mentions into clusters, one per entity."""
    clusters: list[Cluster] = []
    owner: dict[str, Cluster] = {}
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    previous: Mention | None = None
    for m in ordered:
        target = _parenthesised(text, m, previous, owner)
        if target is None:
            target = _by_key(m, clusters)
        if target is None and is_acronym(m.text):
            target = _by_initials(m, clusters)
        if target is None:
            target = _by_short_form(m, clusters)
        if target is None:
            target = Cluster(type=m.type)
            clusters.append(target)
        target.add(m)
        owner[m.key] = target
        previous = m
    return _merge_by_keys(clusters)


def _parenthesised(
    text: str, m: Mention, previous: Mention | None, owner: dict[str, Cluster]
) -> Cluster | None:
    if previous is None or previous.end > m.start:
        return None
    between = text[previous.end : m.start]
    if not _OPEN_PAREN.match(between) or "(" not in between:
        return None
    cluster = owner[previous.key]
    acronym = is_acronym(m.text) or is_acronym(previous.text)
    if not _compatible(cluster.type, m.type, acronym):
        return None
    return cluster


def _by_key(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    keys = mention_keys(m, m.type)
    best: Cluster | None = None
    best_hits = 0
    for c in reversed(clusters):
        if c.type is not m.type:
            continue
        hits = len(keys & c.keys)
        if hits > best_hits:
            best, best_hits = c, hits
    return best


def _by_initials(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    acronym = normalize_name(m.text).replace(" ", "")
    for c in reversed(clusters):
        if not _compatible(c.type, m.type, True):
            continue
        if any(acronym in initials(s) for s in c.surfaces):
            return c
    return None


def _by_short_form(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The most recent cluster of the same type that the mention is a short form of,
    or that holds only short forms of the mention (the short form came first)."""
    generic = not distinctive(normalize_name(m.text))
    found: list[Cluster] = []
    for c in reversed(clusters):
        if c.type is not m.type:
            continue
        if generic:
            if any(_head_word(m.text, s, m.type) for s in c.surfaces):
                found.append(c)
            continue
        if any(is_short_form(m.text, s, m.type) for s in c.surfaces):
            return c
        if all(is_short_form(s, m.text, m.type) for s in c.surfaces):
            return c
    return found[0] if len(found) == 1 else None


def _merge_by_keys(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters of one type that came to share a key (a later, fuller name linked
    two short ones)."""
    merged: list[Cluster] = []
    for c in clusters:
        home = next(
            (x for x in merged if x.type is c.type and x.keys & _plain_or_strong(c.keys)), None
        )
        if home is None:
            merged.append(c)
        else:
            home.absorb(c)
    return merged


def _plain_or_strong(keys: set[str]) -> set[str]:
    return {k for k in keys if not k.startswith("~")}
