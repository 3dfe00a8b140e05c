"""Within one document: which mentions name the same thing.

Mentions are read in text order; each joins the cluster it plainly refers to, by (in
order) a parenthesis or "known as" right after a name ("Garpiya-3 (G3)"), a shared key (same
normalised name, canonical or country code), or initials ("IRGC" after "Islamic
Revolutionary Guard Corps"). Then clusters known only by short forms join the cluster
whose longer name they stand inside ("Kupol" and "IEMZ Kupol", "Putin" and "Vladimir
Putin"), whether the long name came first or later. Types keep things apart (a person
and a country, a country and a company never share a cluster), and so do different
gazetteer identities ("UN" and "UN Security Council").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armstrace.model import EntityType, Mention
from armstrace.resolve.gazetteer import country_code
from armstrace.resolve.keys import core_name, distinctive, initials, name_keys
from armstrace.resolve.normalize import depluralize, fold_word, is_acronym, normalize_name

__all__ = [
    "Cluster",
    "cluster_mentions",
    "conflict",
    "conflicts_with",
    "is_short_form",
    "mention_keys",
]

# What stands between a name and another name for it: "X (Y)", "X (also known as Y)",
# "X, better known as Y". A former name ("formerly") is another entity.
_ALIAS_CUE = re.compile(
    r"""^\s*(?:
        \(\s*(?:(?:also|better|commonly)\s+known\s+as|aka|a\.k\.a\.|or)?
      | \(\s*(?:in\s+)?(?:russian|ukrainian|belarusian|chinese|mandarin|korean|persian|farsi
            |arabic|turkish|hebrew|german|french|japanese)\s*[:,]?
      | ,?\s*\(?\s*(?:also|better|commonly|widely|locally)\s+(?:known|referred\s+to)\s+as
      | ,?\s*\(?\s*(?:aka|a\.k\.a\.)
    )\s*[\"'“«]?\s*$""",
    re.I | re.X,
)
# Things counted in the plural by their name ("TB2s" is short for "Bayraktar TB2").
_COUNTED_TYPES = frozenset({EntityType.WEAPON_SYSTEM, EntityType.GOODS})
# Types whose names may be joined by an acronym though the tagger typed the two
# differently ("the Democratic People's Republic of Korea (DPRK)": country, organisation).
_LOOSE_TYPES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION})
# Words that make a place another place: "Kharkiv region" is not the city of Kharkiv,
# "Dubai Airport Free Zone" not Dubai, "Port Olya-3" not Olya.
_PLACE_WORDS = frozenset(
    {
        "region", "oblast", "province", "district", "krai", "governorate", "county", "raion",
        "zone", "port", "airport", "airfield", "base", "cosmodrome", "harbour", "harbor",
        "terminal", "station", "range", "plant", "factory", "shipyard", "bay", "island",
    }
)  # fmt: skip
# Small words inside names that are never a short name on their own.
_PARTICLES = frozenset({"da", "de", "del", "der", "dos", "van", "von", "bin", "ibn", "al", "el"})
# Family names written first: "Wang" is short for "Wang Wenbin", "Kim" for "Kim Jong Un".
_SURNAME_FIRST = frozenset(
    {
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
        "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie",
        "tang", "xi", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong",
        "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding",
        "ren", "shen", "yao", "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon",
        "jang", "lim", "shin", "oh", "seo", "kwon", "hwang", "ahn", "song", "ryu", "hong",
        "ri", "pak", "jong", "choe", "nguyen", "tran", "le", "pham", "hoang", "vu", "vo",
    }
)  # fmt: skip


_SURNAME_FIRST_FOLDED = frozenset(fold_word(w) for w in _SURNAME_FIRST)


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

    @property
    def canonicals(self) -> set[str]:
        return {normalize_name(m.canonical) for m in self.mentions if m.canonical}

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

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


def _identities(keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith(("g:", "t:"))}


def conflict(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters are known to differ: the gazetteer gave them different
    canonical names or different identities (territory or gazetteer keys)."""
    return _differ(a.canonicals, b.canonicals) or _differ(_identities(a.keys), _identities(b.keys))


def conflicts_with(cluster: Cluster, mention: Mention) -> bool:
    """:func:`conflict` between a cluster and a mention that may join it."""
    canonical = {normalize_name(mention.canonical)} if mention.canonical else set()
    identities = _identities(mention_keys(mention, mention.type))
    return _differ(cluster.canonicals, canonical) or _differ(_identities(cluster.keys), identities)


def _differ(a: set[str], b: set[str]) -> bool:
    return bool(a and b and not a & b)


def _words(name: str, type: EntityType) -> list[str]:
    core = core_name(name, type) or normalize_name(name)
    if type in _COUNTED_TYPES:
        core = depluralize(core)
    return [fold_word(w) for w in core.split()]


def is_short_form(short: str, long: str, type: EntityType) -> bool:
    """Whether ``short`` is a short form of ``long`` for an entity of ``type``.

    A person's short form is the surname (the first name where family names come
    first), or the name without a middle name; other types take tokens that stand in
    order inside the longer name (legal forms removed) and keep at least one word
    that is not generic. A place stays itself ("Kharkiv" is not short for "Kharkiv
    region"), and so does a firm's national arm ("Thales" and "Thales Australia").
    """
    s, lg = _words(short, type), _words(long, type)
    if not s or len(s) >= len(lg):
        return False
    if type is EntityType.PERSON:
        if s == lg[-len(s) :]:
            return True
        if len(s) == 1 and s[0] == lg[0] and s[0] in _SURNAME_FIRST_FOLDED:
            return True
        if len(s) == 1 and len(lg) >= 3 and s[0] in lg[1:] and len(s[0]) >= 3:
            return s[0] not in _PARTICLES  # "Lula" in "Luiz Inacio Lula da Silva"
        return len(s) >= 2 and s[0] == lg[0] and s[-1] == lg[-1]
    if not distinctive(" ".join(s)):
        return False
    if type is EntityType.PLACE and any(w in _PLACE_WORDS for w in lg if w not in s):
        return False
    if type is EntityType.ORGANIZATION and lg[-1] not in s and country_code(lg[-1]):
        return False  # "Thales Australia" is a national arm, not "Thales"
    return _in_order(s, lg)


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _head_word(short: str, long: str) -> bool:
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
    previous: Mention | None = None
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        target = _parenthesised(text, m, previous, owner)
        if target is None:
            target = _by_key(m, clusters)
        if target is None and is_acronym(m.text):
            target = _by_initials(m, clusters)
        if target is None:
            target = Cluster(type=m.type)
            clusters.append(target)
        target.add(m)
        owner[m.key] = target
        previous = m
    return _join_short_forms(_merge_by_keys(clusters))


def _parenthesised(
    text: str, m: Mention, previous: Mention | None, owner: dict[str, Cluster]
) -> Cluster | None:
    """The cluster of the name right before "(" or "also known as", when the mention
    is the other name.

    An acronym that spells only part of the name names that part ("Aerospace Force of
    the Islamic Revolutionary Guard Corps (IRGC)" names the IRGC), and stays apart.
    """
    if previous is None or previous.end > m.start:
        return None
    if not _ALIAS_CUE.match(text[previous.end : m.start]):
        return None
    cluster = owner[previous.key]
    acronym = is_acronym(m.text)
    if not _compatible(cluster.type, m.type, acronym or is_acronym(previous.text)):
        return None
    if conflicts_with(cluster, m):
        return None
    if acronym and _spells_a_part(normalize_name(m.text).replace(" ", ""), previous.text):
        return None
    return cluster


def _spells_a_part(acronym: str, name: str) -> bool:
    """Whether the acronym is the initials of a strict part of the name, not the whole."""
    words = [w for w in normalize_name(name).split() if w not in {"of", "the", "and", "for"}]
    if acronym in initials(name) or len(words) < 2:
        return False
    letters = "".join(w[0] for w in words)
    return acronym in letters[1:] or acronym in letters[:-1]


def _by_key(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    keys = mention_keys(m, m.type)
    best: Cluster | None = None
    best_hits = 0
    for c in reversed(clusters):
        if c.type is not m.type or conflicts_with(c, m):
            continue
        hits = len(keys & c.keys)
        if hits > best_hits:
            best, best_hits = c, hits
    return best


def _by_initials(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    acronym = normalize_name(m.text).replace(" ", "")
    for c in reversed(clusters):
        if not _compatible(c.type, m.type, True) or conflicts_with(c, m):
            continue
        if any(acronym in initials(s) for s in c.surfaces):
            return c
    return None


def _merge_by_keys(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters of one type that came to share a key (a later, fuller name linked
    two short ones)."""
    merged: list[Cluster] = []
    for c in clusters:
        home = next(
            (
                x
                for x in merged
                if x.type is c.type and x.keys & _plain_or_strong(c.keys) and not conflict(x, c)
            ),
            None,
        )
        if home is None:
            merged.append(c)
        else:
            home.absorb(c)
    return merged


def _plain_or_strong(keys: set[str]) -> set[str]:
    return {k for k in keys if not k.startswith("~")}


def _join_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """Fold clusters known only by short forms into the cluster of the long name.

    Where several long names fit, the one whose core is exactly the short form wins
    ("Alabuga" goes with "JSC Alabuga", not "Alabuga Polytechnic"), then the nearest
    one before the short form, then the first after it. A generic word ("the
    Council") joins only when one long name starts or ends with it.
    """
    compounds = _compounds(clusters)
    changed = True
    while changed:
        changed = False
        for short in sorted(clusters, key=lambda c: max(len(s.split()) for s in c.surfaces)):
            target = _long_form_of(short, clusters, compounds)
            if target is not None:
                target.absorb(short)
                clusters.remove(short)
                changed = True
                break
    return clusters


def _compounds(clusters: list[Cluster]) -> set[int]:
    """Clusters whose name joins two other entities' names ("Rheinmetall BAE Systems
    Land" holds "Rheinmetall" and "BAE Systems"): a joint venture, which neither short
    name stands for. One of the two must have two words or more, so that "IEMZ" and
    "Kupol" still both stand for "IEMZ Kupol"."""
    out: set[int] = set()
    for long in clusters:
        parts = [
            o
            for o in clusters
            if o is not long
            and o.type is long.type
            and any(is_short_form(a, b, long.type) for a in o.surfaces for b in long.surfaces)
        ]
        words = [{w for s in o.surfaces for w in normalize_name(s).split()} for o in parts]
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                if not a & b and max(len(a), len(b)) >= 2:
                    out.add(id(long))
    return out


def _long_form_of(short: Cluster, clusters: list[Cluster], compounds: set[int]) -> Cluster | None:
    surfaces = short.surfaces
    if any(core_name(s, short.type) != normalize_name(s) for s in surfaces):
        return None  # "JSC Alabuga" is a full legal name, not short for "Alabuga Polytechnic"
    generic = not any(distinctive(normalize_name(s)) for s in surfaces)
    fits: list[Cluster] = []
    for c in clusters:
        if c is short or c.type is not short.type or conflict(c, short):
            continue
        if generic:
            ok = any(_head_word(s, lg) for s in surfaces for lg in c.surfaces)
        else:
            ok = all(any(is_short_form(s, lg, c.type) for lg in c.surfaces) for s in surfaces)
        if ok and id(c) not in compounds:
            fits.append(c)
    if not fits:
        return None
    if generic:
        return fits[0] if len(fits) == 1 else None
    cores = {core_name(s, short.type) for s in surfaces}
    exact = [c for c in fits if any(core_name(s, c.type) in cores for s in c.surfaces)]
    if len(exact) == 1:
        return exact[0]
    if len(fits) == 1:
        return fits[0]
    before = [c for c in fits if c.first < short.first]
    if before:
        return max(before, key=lambda c: max(m.start for m in c.mentions if m.start < short.first))
    return min(fits, key=lambda c: c.first)
