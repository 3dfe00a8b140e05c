"""Matching keys for names, and readable ids.

A key is a string two names share when they may name the same entity. Plain keys are
normalised names (``"iemz kupol"``); prefixed keys carry more knowledge: ``~`` a
spelling skeleton, ``t:`` a territory code, ``g:`` a gazetteer entry, ``c:`` a name
made of generic words qualified by its country. Normalised names
contain only ``[a-z0-9 ]``, so prefixed keys can never equal a plain one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.names import remove_org_types, remove_person_prefixes

from armstrace.model import EntityType
from armstrace.resolve.gazetteer import (
    GENERIC_WORDS,
    ORG_FORM_WORDS,
    body_key,
    country_code,
    known_key,
)
from armstrace.resolve.normalize import depluralize, normalize_name, skeleton

__all__ = [
    "core_name",
    "distinctive",
    "entity_id_for",
    "initials",
    "name_keys",
]

_STOPWORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la"})
_ORG_TYPES = {EntityType.ORGANIZATION}
# Things counted in the plural by their name ("50 TB2s", "the Shaheds").
_COUNTED_TYPES = {EntityType.WEAPON_SYSTEM, EntityType.GOODS}
_SLUG = re.compile(r"[^a-z0-9]+")


def core_name(name: str, type: EntityType) -> str:
    """The normalised name without legal forms and group words ("JSC", "Co., Ltd.",
    "Concern", "Group") for organisations, without titles ("Gen.", "President") for
    people; the normalised name for other types."""
    norm = normalize_name(name)
    if type is EntityType.PERSON:
        return _without_titles(norm)
    if type not in _ORG_TYPES:
        return norm
    try:
        stripped = remove_org_types(norm)
    except (ValueError, TypeError):
        stripped = norm
    words = [w for w in stripped.split() if w not in ORG_FORM_WORDS]
    while words and words[-1] in _STOPWORDS:
        words.pop()
    while words and words[0] in _STOPWORDS:
        words.pop(0)
    return " ".join(words)


# Titles and ranks news put before names, beyond those rigour removes.
_TITLES = frozenset(
    {
        "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "adm",
        "admiral", "capt", "captain", "sgt", "brig", "ayatollah", "sheikh", "president",
        "prime", "minister", "defence", "defense", "foreign", "deputy", "spokesman",
        "spokeswoman", "spokesperson", "chief", "ceo", "chairman", "director", "head",
        "senator", "sen", "rep", "gov", "governor", "secretary", "ambassador", "king",
        "crown", "prince", "supreme", "leader", "commander", "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip


def _without_titles(norm: str) -> str:
    """A person's normalised name without leading titles and ranks ("Lt Gen Kirill
    Budanov" is "kirill budanov"); never empty if the name was not."""
    words = remove_person_prefixes(norm).split() or norm.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def distinctive(name: str) -> bool:
    """Whether a normalised name says which entity it is: not only generic words
    ("Concern", "the Ministry") and not a single character."""
    words = name.split()
    return any(w not in GENERIC_WORDS and len(w) >= 2 for w in words)


def initials(name: str) -> set[str]:
    """Acronyms a long name may go by: initials with and without its small words
    ("Bureau of Industry and Security" gives "bis" and "boias")."""
    words = normalize_name(name).split()
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words)}
    content = [w for w in words if w not in _STOPWORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    core = [w for w in content if w not in ORG_FORM_WORDS]
    if len(core) >= 2:
        out.add("".join(w[0] for w in core))
    return out


def name_keys(name: str, type: EntityType, country: str | None = None) -> set[str]:
    """Normalised matching keys for one name of an entity of ``type``.

    The normalised name, the core name of an organisation (without legal forms), a
    spelling skeleton, the singular of a weapon's or good's plural ("Shaheds"), and
    where the name is a country, a state body or a known entity, the gazetteer key.
    Names made only of generic words ("Concern") give no plain keys, since such a word
    names no particular entity; with a ``country`` and two words or more they give a
    country-qualified key. Never raises; case and punctuation do not change the keys.
    """
    return set(_keys(name, type, country))


@lru_cache(maxsize=65536)
def _keys(name: str, type: EntityType, country: str | None) -> frozenset[str]:
    norm = normalize_name(name)
    if not norm:
        return frozenset()
    keys: set[str] = set()
    if type is EntityType.COUNTRY:
        code = country_code(name)
        if code is not None:
            keys.add(f"t:{code}")
    else:
        body = body_key(name, type, country)
        if body is not None:
            keys.add(body)
    known = known_key(name, type, country)
    if known is None and type in _COUNTED_TYPES:
        known = known_key(depluralize(norm), type, country)
    if known is not None:
        keys.add(known)
    if not distinctive(norm) and country and len(norm.split()) >= 2:
        # "National Security Council" names one body per country.
        keys.add(f"c:{country.lower()}:{norm}")
    if distinctive(norm):
        keys.add(norm)
        core = core_name(name, type)
        if core and core != norm and distinctive(core):
            keys.add(core)
        skel = skeleton(core or norm)
        if len(skel) >= 4:
            keys.add("~" + skel)
        if type in _COUNTED_TYPES:
            single = depluralize(norm)
            if single != norm and distinctive(single):
                keys.add(single)
                keys.add("~" + skeleton(single))
    return frozenset(keys)


def entity_id_for(name: str, type: EntityType) -> str:
    """A readable slug id for an entity ("almaz-antey", "vladimir-putin").

    Made from the normalised name (so other scripts are romanised); an empty name
    gives the type's name, so an id is never empty.
    """
    slug = _SLUG.sub("-", normalize_name(name)).strip("-")
    return slug or str(type.value).replace("_", "-")
