"""Across documents: give each cluster a global entity id through the directory.

A cluster asks the directory for known entities of its type in tiers, strongest keys
first: gazetteer and territory keys, then normalised names, then spelling skeletons,
then single distinctive words (checked: the shorter name must stand inside the longer,
and only one known entity may qualify). A bare acronym is a weak name: it may join an
entity whose long form was seen with it, but is only remembered under an ``a:`` key
that long names never claim without their initials agreeing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from armstrace.model import Entity, EntityDirectory, EntityType
from armstrace.resolve.gazetteer import GENERIC_WORDS
from armstrace.resolve.keys import core_name, entity_id_for, initials
from armstrace.resolve.normalize import depluralize, fold_word, is_acronym, normalize_name
from armstrace.resolve.within import Cluster, is_short_form

__all__ = ["TIERS", "ClusterKeys", "cluster_keys", "link", "link_loosely", "new_id"]


class ClusterKeys:
    """A cluster's keys sorted by how much they prove, and those to remember.

    ``bare`` holds ``a:`` keys of acronyms the cluster uses; ``asked`` the plain keys of
    a cluster known only by acronyms (it may find an entity whose long form was seen
    with the acronym, but an acronym alone is never remembered as a plain key);
    ``spelled`` the ``a:`` keys of its long names' initials, asked for (to find an
    entity known so far only by that acronym) but never remembered, since unrelated
    names share initials.
    """

    def __init__(self) -> None:
        self.strong: set[str] = set()
        self.plain: set[str] = set()
        self.skeleton: set[str] = set()
        self.bare: set[str] = set()
        self.asked: set[str] = set()
        self.spelled: set[str] = set()
        self.words: set[str] = set()

    def remembered(self) -> set[str]:
        return self.strong | self.plain | self.skeleton | self.bare | self.words

    def tiers(self) -> list[set[str]]:
        return [self.strong, self.plain | self.bare | self.asked, self.skeleton]


def cluster_keys(cluster: Cluster) -> ClusterKeys:
    """Sort a cluster's keys into tiers; a cluster known only by acronyms keeps its
    acronyms as ``a:`` keys, and only distinctive words of full names become ``w:``."""
    out = ClusterKeys()
    acronyms = {normalize_name(s) for s in cluster.surfaces if is_acronym(s)}
    only_acronyms = all(is_acronym(s) for s in cluster.surfaces)
    for key in cluster.keys:
        if key.startswith(("g:", "t:")):
            out.strong.add(key)
        elif key.startswith("~"):
            if not only_acronyms:
                out.skeleton.add(key)
        elif key in acronyms and only_acronyms:
            out.bare.add("a:" + key)
            out.asked.add(key)
        else:
            out.plain.add(key)
    if not only_acronyms:
        out.bare |= {"a:" + a for a in acronyms}
        for s in cluster.surfaces:
            out.spelled |= {"a:" + i for i in initials(s) if len(i) >= 3}
            norm = normalize_name(s)
            if " " not in norm and len(norm) >= 2:
                out.spelled.add("a:" + norm)  # "Nvidia" after "NVIDIA" taken for an acronym
        out.spelled -= out.bare
        out.words = {"w:" + w for w in _distinctive_words(cluster)}
    return out


def _distinctive_words(cluster: Cluster) -> set[str]:
    words: set[str] = set()
    for s in cluster.surfaces:
        if is_acronym(s):
            continue
        tokens = (core_name(s, cluster.type) or normalize_name(s)).split()
        tokens += [depluralize(t) for t in tokens]
        if cluster.type is EntityType.PERSON:
            tokens = tokens[-1:]
        words |= {fold_word(t) for t in tokens if len(t) >= 3 and t not in GENERIC_WORDS}
    return words


TIERS = 3  # strong (gazetteer, territory), names, skeletons


def link(
    cluster: Cluster,
    keys: ClusterKeys,
    directory: EntityDirectory,
    taken: Iterable[str] = (),
    tier: int | None = None,
) -> Entity | None:
    """The known entity this cluster's keys name (in one tier, or the first tier that
    names one), or None when none does."""
    country = cluster.country
    avoid = set(taken)
    tiers = keys.tiers()
    for keyset in tiers if tier is None else tiers[tier : tier + 1]:
        found = _best(keyset, cluster.type, country, directory, avoid)
        if found is not None:
            return found
    return None


def link_loosely(
    cluster: Cluster, keys: ClusterKeys, directory: EntityDirectory, taken: Iterable[str] = ()
) -> Entity | None:
    """The known entity a cluster with no key in common names by a word of its name or
    by initials; None when unsure."""
    country = cluster.country
    avoid = set(taken)
    found = _by_words(cluster, keys, directory, country, avoid)
    if found is None and keys.spelled:
        known = _best(keys.spelled, cluster.type, country, directory, avoid)
        if known is not None and all(is_acronym(n) for n in (known.name, *known.aliases)):
            found = known
    return found


def _agrees(entity: Entity, country: str | None) -> bool:
    """Whether the countries allow one entity: a weapon's country (maker, user, copier)
    is too loosely given to tell weapons apart; others must not differ."""
    if entity.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
        return True
    return not (country and entity.country and country.lower() != entity.country.lower())


def _best(
    tier: set[str],
    type: EntityType,
    country: str | None,
    directory: EntityDirectory,
    avoid: set[str],
) -> Entity | None:
    if not tier:
        return None
    found = [
        e
        for e in directory.candidates(sorted(tier), type)
        if e.id not in avoid and _agrees(e, country)
    ]
    if len(found) <= 1:
        return found[0] if found else None
    # Several entities share some key: the one sharing the most keys wins.
    hits: Counter[str] = Counter()
    first: dict[str, Entity] = {}
    for key in sorted(tier):
        for entity in directory.candidates([key], type):
            if entity.id in avoid or not _agrees(entity, country):
                continue
            hits[entity.id] += 1
            first.setdefault(entity.id, entity)
    if not hits:
        return None
    top = max(hits.values())
    return next(e for i, e in first.items() if hits[i] == top)


def _by_words(
    cluster: Cluster,
    keys: ClusterKeys,
    directory: EntityDirectory,
    country: str | None,
    avoid: set[str],
) -> Entity | None:
    """A known entity one of whose names this cluster's fullest name stands inside, or
    the other way round ("Kupol" and "IEMZ Kupol"); None unless exactly one fits. A
    cluster the gazetteer or the territory index identifies ("Sudan") is matched by
    those keys only, never by a word ("South Sudan")."""
    if not keys.words or keys.strong:
        return None
    fits: list[Entity] = []
    for entity in directory.candidates(sorted(keys.words), cluster.type):
        if entity.id in avoid or not _agrees(entity, country):
            continue
        theirs = _full_names([entity.name, *entity.aliases], cluster.type)
        ours = [s for s in cluster.surfaces if not is_acronym(s)]
        if cluster.type is EntityType.PERSON and _other_person(ours, theirs):
            continue
        if any(
            is_short_form(a, b, cluster.type) or is_short_form(b, a, cluster.type)
            for a in ours
            for b in theirs
        ):
            fits.append(entity)
    return fits[0] if len(fits) == 1 else None


def _full_names(names: list[str], type: EntityType) -> list[str]:
    """The names that are not short forms of another of the list: a short alias
    ("Vostochny") must not bridge to an entity it is not the short form of ("Vostochny
    Port" is not "Vostochny Cosmodrome")."""
    return [n for n in names if not any(is_short_form(n, o, type) for o in names if o != n)]


def _other_person(ours: list[str], theirs: list[str]) -> bool:
    """Both sides give a full name and no full name of one fits one of the other:
    "Selcuk Bayraktar" is not "Haluk Bayraktar", though both are "Bayraktar"."""
    full_ours = [n for n in ours if len(normalize_name(n).split()) >= 2]
    full_theirs = [n for n in theirs if len(normalize_name(n).split()) >= 2]
    if not full_ours or not full_theirs:
        return False
    return not any(
        normalize_name(a) == normalize_name(b)
        or is_short_form(a, b, EntityType.PERSON)
        or is_short_form(b, a, EntityType.PERSON)
        for a in full_ours
        for b in full_theirs
    )


def new_id(name: str, type: EntityType, directory: EntityDirectory, taken: set[str]) -> str:
    """A readable id no other entity has: the slug, else the slug with "-2", "-3"..."""
    base = entity_id_for(name, type)
    candidate, n = base, 1
    while candidate in taken or directory.get(candidate) is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
