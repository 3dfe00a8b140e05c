"""Turn a parsed spaCy Doc into clean, typed mentions.

The entity spans come from three places (gazetteer ruler, designation ruler, statistical
NER); this module maps their labels to :class:`EntityType`, trims what is not part of a
name ("the", "'s", punctuation, a person's title), drops what is not an entity at all
(dates, numbers, lone demonyms, text inside URLs), decides whether a capital stands for
its government or for the city, and links the short forms an article introduces
("Office of Foreign Assets Control (OFAC)", "Vladimir Putin ... Putin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from armstrace.extract.gazetteer import Gazetteer, name_key
from armstrace.extract.patterns import (
    CAPITAL_LABEL,
    DESIGNATION_LABEL,
    LEGAL_FORMS,
    LEGAL_SUFFIXES,
    decode_id,
    is_designation,
)
from armstrace.model import EntityType, Mention

__all__ = ["Candidate", "build_mentions", "capital_is_government"]

Span = Any  # spacy.tokens.Span; spaCy ships no type information

_DROP_LABELS = frozenset(
    {
        "DATE",
        "TIME",
        "PERCENT",
        "MONEY",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
        "LANGUAGE",
        "LAW",
        "EVENT",
        "WORK_OF_ART",
    }
)
_NER_TYPES: dict[str, EntityType] = {
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "ORG": EntityType.ORGANIZATION,
    "PERSON": EntityType.PERSON,
    "PRODUCT": EntityType.WEAPON_SYSTEM,
    "NORP": EntityType.ORGANIZATION,
    "WEAPON": EntityType.WEAPON_SYSTEM,
    "GOODS": EntityType.GOODS,
    "COUNTRY": EntityType.COUNTRY,
    "PLACE": EntityType.PLACE,
}
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_TITLES = frozenset(
    {
        "president",
        "prime",
        "minister",
        "defence",
        "defense",
        "secretary",
        "general",
        "gen",
        "gen.",
        "lt",
        "lt.",
        "col",
        "col.",
        "colonel",
        "admiral",
        "adm.",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sen.",
        "senator",
        "rep.",
        "representative",
        "gov.",
        "governor",
        "king",
        "queen",
        "prince",
        "supreme",
        "leader",
        "deputy",
        "chief",
        "commander",
        "director",
        "ambassador",
        "envoy",
        "judge",
        "justice",
        "major",
        "sergeant",
        "captain",
        "lieutenant",
        "marshal",
        "sir",
        "lord",
        "lady",
        "chairman",
        "chairwoman",
        "ceo",
        "head",
        "vice",
        "premier",
        "analyst",
        "adviser",
        "advisor",
        "national",
        "security",
        "high",
        "commissioner",
        "press",
        "secretary-general",
        "brig",
        "brig.",
        "maj.",
        "sgt.",
        "capt.",
        "lt.-gen.",
        "maj.-gen.",
        "foreign",
        "researcher",
        "investigator",
    }
)
# Prepositions after which a capital is the city, not its government.
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "around", "inside", "within", "across", "throughout", "via"}
)
# Nouns whose holders speak for a government: "officials in Seoul".
_GOVERNMENT_NOUNS = frozenset(
    {
        "official",
        "officer",
        "diplomat",
        "government",
        "ministry",
        "authority",
        "leadership",
        "spokesman",
        "spokeswoman",
        "regime",
        "policymaker",
        "lawmaker",
        "leader",
        "politician",
    }
)
# Nouns that make a capital a place: "Kyiv's main hospital", "east of Moscow".
_PLACE_NOUNS = frozenset(
    {
        "east",
        "west",
        "north",
        "south",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "outskirts",
        "suburb",
        "centre",
        "center",
        "edge",
        "heart",
        "mayor",
        "resident",
        "hospital",
        "airport",
        "port",
        "street",
        "district",
        "region",
        "skyline",
        "metro",
    }
)
# Capitalised words that alone name no particular body ("State", "Council", "Defence").
_GENERIC_WORDS = frozenset(
    {
        "state",
        "council",
        "defence",
        "defense",
        "ministry",
        "government",
        "parliament",
        "army",
        "navy",
        "court",
        "committee",
        "commission",
        "department",
        "office",
        "agency",
        "police",
        "military",
        "intelligence",
        "customs",
        "treasury",
        "explainer",
        "analysis",
        "update",
        "opinion",
        "comment",
        "editorial",
        "exclusive",
    }
)
# Appositions that say a name is a person's: "Ilan Shor, a fugitive politician".
_PERSON_ROLES = frozenset(
    {
        "politician",
        "businessman",
        "businesswoman",
        "director",
        "minister",
        "spokesman",
        "spokeswoman",
        "official",
        "analyst",
        "adviser",
        "advisor",
        "national",
        "security",
        "high",
        "commissioner",
        "press",
        "secretary-general",
        "researcher",
        "executive",
        "chief",
        "head",
        "president",
        "founder",
        "owner",
        "officer",
        "general",
        "commander",
        "engineer",
        "envoy",
        "ambassador",
        "chairman",
        "lawmaker",
        "senator",
        "expert",
        "fellow",
        "oligarch",
        "son",
        "brother",
        "citizen",
        "resident",
        "journalist",
    }
)
# Nouns that say the name before them is a weapon: "Krab howitzers", "Kalibr missiles".
_WEAPON_NOUNS = frozenset(
    {
        "system",
        "tank",
        "missile",
        "drone",
        "howitzer",
        "launcher",
        "jet",
        "fighter",
        "aircraft",
        "helicopter",
        "rifle",
        "munition",
        "rocket",
        "interceptor",
        "uav",
        "warship",
        "frigate",
        "submarine",
        "mortar",
        "vehicle",
        "gun",
        "bomber",
        "loitering",
    }
)
# Words before "system" that make it a weapon system.
_SYSTEM_QUALIFIERS = frozenset({"defence", "defense", "missile", "rocket", "artillery", "launch"})
# Nouns that say the designation before them is a named product, not a weapon.
_GOODS_NOUNS = frozenset(
    {
        "engine",
        "chip",
        "module",
        "processor",
        "microcontroller",
        "camera",
        "receiver",
        "transceiver",
        "motor",
        "sensor",
        "board",
        "computer",
        "microchip",
        "circuit",
        "semiconductor",
        "antenna",
        "modem",
        "battery",
    }
)
# Lowercase words after a place name that belong to it: "Kharkiv region".
_PLACE_KINDS: tuple[tuple[str, ...], ...] = (
    ("special", "economic", "zone"),
    ("free", "economic", "zone"),
    ("economic", "zone"),
    ("industrial", "park"),
    ("region",),
    ("oblast",),
    ("province",),
    ("krai",),
    ("district",),
)
# A mark number after a weapon's name: "Mk1A", "Mk2".
_MARK = re.compile(r"^Mk\.?\d+[A-Z]?$")
# A model token inside a name the model called an organisation: "K9 Thunder", "2A4s".
_MODEL_TOKEN = re.compile(r"^(?:[A-Z]{1,3}\d{1,3}[A-Z]{0,2}|\d[A-Z]\d?)s?$")
# Words before a designation-shaped name that make it a site: "Port Olya-3".
_SITE_WORDS = frozenset({"Port", "Camp", "Base", "Station", "Terminal", "Pier", "Berth"})
# Small words inside people's names: "Ursula von der Leyen", "Mohammed bin Salman".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "bin", "al", "ibn"})
# Continents and macro-regions: the gold leaves them out.
_MACRO_REGIONS = frozenset(
    {
        "europe",
        "asia",
        "africa",
        "north america",
        "south america",
        "latin america",
        "americas",
        "oceania",
        "antarctica",
        "middle east",
        "north africa",
        "west africa",
        "east africa",
        "gulf",
        "persian gulf region",
        "baltic",
        "baltics",
        "west",
        "north",
        "south",
        "east",
    }
)
_LIST_WORDS = frozenset({"List", "Nationals", "Regulations", "Act"})
# Words that make a name an organisation whatever the model said.
_ORG_WORDS = frozenset(
    {
        "llc",
        "ltd",
        "ltd.",
        "limited",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co.",
        "group",
        "holding",
        "holdings",
        "union",
        "components",
        "technology",
        "technologies",
        "industries",
        "industry",
        "logistics",
        "trading",
        "bank",
        "plant",
        "factory",
        "bureau",
        "institute",
        "center",
        "centre",
        "agency",
        "services",
        "systems",
        "electronics",
        "aerospace",
        "ministry",
        "concern",
        "capital",
        "foundation",
        "university",
        "academy",
        "council",
        "committee",
        "jsc",
        "fze",
        "gmbh",
    }
)
_TRAVEL = frozenset({"visit", "trip", "travel", "fly", "arrive", "return", "journey", "flight"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention before keys are given."""

    start: int  # token index
    end: int  # token index (exclusive)
    type: EntityType
    canonical: str | None
    country: str | None
    from_gazetteer: bool


def _trim(span: Span) -> tuple[int, int]:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in _LEADING_WORDS or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}
    ):
        end -= 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in {")"}:
        end -= 1
    # An unbalanced bracket means the span ran into an aside: "Center (STC", "KSE) Institute".
    texts = [t.text for t in doc[start:end]]
    if "(" in texts and ")" not in texts:
        end = start + texts.index("(")
    elif ")" in texts and "(" not in texts:
        start = start + texts.index(")") + 1
    return start, end


def _strip_titles(doc: Any, start: int, end: int) -> int:
    while start < end - 1 and doc[start].lower_ in _TITLES:
        start += 1
    return start


def capital_is_government(span: Span) -> bool:
    """Whether a capital stands for its government ("Moscow said") rather than the city.

    The city: after a locative preposition ("in Moscow"), as the
    first part of a compound ("Moscow region"), or as the end of a trip ("a visit to
    Moscow"). The government: a subject, a possessive, a dateline, or any other role.
    """
    doc = span.doc
    if span.start == 0 or (span.text.isupper() and len(span.text) > 3):
        return True  # a dateline ("WASHINGTON, Nov 16 -") names where the news comes from
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "poss":
        return token.head.lemma_.lower() not in _PLACE_NOUNS  # "Kyiv's main hospital"
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True
    if token.dep_ in {"nsubj", "nsubjpass", "agent"}:
        return True
    if token.dep_ == "compound":
        return False
    if token.dep_ == "npadvmod" and token.head.lower_ == "based":
        return False  # "a London-based think-tank"
    if token.dep_ == "pobj":
        prep = token.head
        governor = prep.head.lemma_.lower()
        if prep.lower_ in _LOCATIVE:
            return governor in _GOVERNMENT_NOUNS  # "officials in Seoul" speak for Seoul
        if prep.lower_ in {"to", "from"} and governor in _TRAVEL:
            return False
        if prep.lower_ == "of" and governor in _PLACE_NOUNS:
            return False  # "east of Moscow", "the outskirts of Kyiv"
    return True


def _in_url(span: Span) -> bool:
    return any(t.like_url or t.like_email or "/" in t.text or "@" in t.text for t in span)


def _from_id(span: Span, gazetteer: Gazetteer, start: int, end: int) -> Candidate | None:
    decoded = decode_id(span.ent_id_) if span.ent_id_ else None
    if decoded is None:
        return None
    type, country, canonical = decoded
    if span.label_ == CAPITAL_LABEL and not capital_is_government(span):
        text = span.doc[start:end].text
        entry = gazetteer.lookup(text, EntityType.PLACE)
        return Candidate(
            start,
            end,
            EntityType.PLACE,
            entry.name if entry else None,
            entry.country if entry else country,
            True,
        )
    candidate = Candidate(start, end, type, canonical, country, True)
    if type is EntityType.WEAPON_SYSTEM:
        candidate = _extend_designation(span.doc, candidate)
    return candidate


def _without_legal_form(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0] in LEGAL_FORMS:
        words = words[1:]
    if len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _demonym_country(text: str, gazetteer: Gazetteer) -> str | None:
    words = text.split()
    for size in (2, 1):
        if len(words) > size:
            entry = gazetteer.country_of_demonym(" ".join(words[:size]))
            if entry is not None:
                return entry.country
    return None


def _from_label(span: Span, gazetteer: Gazetteer, start: int, end: int) -> Candidate | None:
    label = span.label_
    if label in _DROP_LABELS or label not in _NER_TYPES:
        return None
    doc = span.doc
    if label == "PERSON":
        start, end = _extend_person(doc, _strip_titles(doc, start, end), end)
    text = doc[start:end].text
    if label == DESIGNATION_LABEL and not span.ent_id_:
        if not is_designation(text):
            return None
        entry = gazetteer.lookup(text)
        if entry is not None:
            return Candidate(start, end, entry.type, entry.name, entry.country, True)
        if start > 0 and doc[start - 1].text in _SITE_WORDS:
            return Candidate(start - 1, end, EntityType.PLACE, None, None, False)
        candidate = _extend_designation(
            doc, Candidate(start, end, EntityType.WEAPON_SYSTEM, None, None, False)
        )
        if candidate.end == end and text.endswith("s") and is_designation(text[:-1]):
            candidate = replace(candidate, canonical=text[:-1])  # "FA-50s" is the FA-50
        return candidate
    entry = gazetteer.lookup(text) or gazetteer.lookup(
        _without_legal_form(text), EntityType.ORGANIZATION
    )
    if entry is not None:
        return Candidate(start, end, entry.type, entry.name, entry.country, True)
    if name_key(text) in gazetteer.capitals and label in {"GPE", "LOC"}:
        capital_entry = gazetteer.capitals[name_key(text)]
        if capital_is_government(doc[start:end]):
            return Candidate(
                start, end, EntityType.COUNTRY, capital_entry.name, capital_entry.country, True
            )
        return Candidate(start, end, EntityType.PLACE, None, capital_entry.country, False)
    if gazetteer.country_of_demonym(text) is not None:
        return None  # a lone demonym ("Russian") is not an entity
    if label == "NORP":
        return None
    type = _NER_TYPES[label]
    if label == "PRODUCT":
        if not any(ch.isdigit() for ch in text):
            return None
        type = EntityType.WEAPON_SYSTEM
    if type is EntityType.PERSON and is_designation(text):
        type = EntityType.WEAPON_SYSTEM
    country = _demonym_country(text, gazetteer) if type is EntityType.ORGANIZATION else None
    return Candidate(start, end, type, None, country, False)


def _keep(doc: Any, candidate: Candidate) -> bool:
    span = doc[candidate.start : candidate.end]
    text = span.text
    if candidate.end <= candidate.start or len(text) < 2:
        return False
    if _in_url(span):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    if "\n" in text:
        return False
    if candidate.from_gazetteer:
        return True
    if len(span) == 1 and (text.islower() or text.lower() in _GENERIC_WORDS):
        return False
    if candidate.type is EntityType.PERSON and all(t.lower_ in _TITLES for t in span):
        return False
    if candidate.type is EntityType.PLACE and name_key(text) in _MACRO_REGIONS:
        return False
    if (
        len(span) == 1
        and span[0].pos_ != "PROPN"
        and not text.isupper()
        and not is_designation(text)
    ):
        return False  # "Drones", "Defence": a common noun the model capitalised
    if candidate.type is EntityType.ORGANIZATION:
        if span[0].is_lower:
            return False  # "defence ministry" without a country is not a name
        if span[-1].text in _LIST_WORDS:
            return False  # "Entity List": a list, not an organisation
        if all(t.lower_ in _ORG_WORDS for t in span):
            return False  # "Logistics", "Aerospace Technology": a piece of a longer name
    return True


def _acronym_after(doc: Any, candidate: Candidate) -> int | None:
    """Token index of an acronym in parentheses right after ``candidate``, if any."""
    i = candidate.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        word = doc[i + 1].text
        capitals = sum(ch.isupper() for ch in word)
        if 2 <= len(word) <= 10 and capitals >= 2 and word[0].isalpha():
            return i + 1
    return None


def _link_acronyms(doc: Any, candidates: list[Candidate]) -> list[Candidate]:
    by_start = {c.start: c for c in candidates}
    aliases: dict[str, Candidate] = {}
    for candidate in list(candidates):
        index = _acronym_after(doc, candidate)
        if index is None:
            continue
        inner = by_start.get(index)
        if inner is not None and inner.from_gazetteer and inner.canonical:
            continue  # "(IRGC)" after a longer body is the IRGC itself
        canonical = candidate.canonical or doc[candidate.start : candidate.end].text
        long_form = replace(candidate, canonical=canonical)
        aliases[doc[index].text] = long_form
        by_start[index] = replace(long_form, start=index, end=index + 1)
    if not aliases:
        return sorted(by_start.values(), key=lambda c: c.start)
    covered = {i for c in by_start.values() for i in range(c.start, c.end)}
    for token in doc:
        known = aliases.get(token.text)
        if known is None:
            continue
        existing = by_start.get(token.i)
        if existing is not None and existing.from_gazetteer and existing.canonical:
            continue
        if existing is not None and existing.end == token.i + 1:
            by_start[token.i] = replace(
                existing,
                type=known.type,
                canonical=known.canonical,
                country=known.country or existing.country,
            )
        elif token.i not in covered:
            by_start[token.i] = replace(known, start=token.i, end=token.i + 1)
            covered.add(token.i)
    return sorted(by_start.values(), key=lambda c: c.start)


def _core_words(doc: Any, c: Candidate) -> tuple[str, ...] | None:
    """The words of a company's name without its legal form, if it has one."""
    words = [t.text for t in doc[c.start : c.end]]
    legal = False
    if len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words, legal = words[:-1], True
        if len(words) > 2 and words[-1] == "," and words[-2] in {"Co.", "Co"}:
            words = words[:-2]
        elif words and words[-1] in {"Co.", "Co"}:
            words = words[:-1]
    if len(words) > 1 and words[0] in LEGAL_FORMS:
        words, legal = words[1:], True
    if len(words) > 3 and words[:3] == ["Limited", "Liability", "Company"]:
        words, legal = words[3:], True
    return tuple(words) if legal and words else None


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _link_short_names(doc: Any, candidates: list[Candidate]) -> list[Candidate]:
    """ "Grinex" after "Grinex LLC": the short form of a company's legal name, wherever
    it stands, typed and named as the full one; a part of the name that the model read
    as a person or place ("Ruixinda Zhilian" of "Shenzhen Ruixinda Zhilian Electronics
    Co., Ltd.") is the company too."""
    short: dict[tuple[str, ...], Candidate] = {}
    for c in candidates:
        core = _core_words(doc, c) if c.type is EntityType.ORGANIZATION else None
        if core is not None:
            canonical = c.canonical or doc[c.start : c.end].text
            short.setdefault(core, replace(c, canonical=canonical))
    if not short:
        return candidates
    by_start = {c.start: c for c in candidates}
    covered = {i for c in candidates for i in range(c.start, c.end)}
    for words, full in short.items():
        size = len(words)
        for i in range(len(doc) - size + 1):
            if doc[i].text != words[0] or tuple(t.text for t in doc[i : i + size]) != words:
                continue
            if by_start.get(i) is None and not any(j in covered for j in range(i, i + size)):
                by_start[i] = replace(full, start=i, end=i + size)
                covered.update(range(i, i + size))
    for i, c in list(by_start.items()):
        if c.from_gazetteer and c.canonical:
            continue
        words = tuple(t.text for t in doc[c.start : c.end])
        for core, full in short.items():
            if full.start != c.start and _inside(words, core):
                by_start[i] = replace(
                    c, type=full.type, canonical=full.canonical, country=full.country
                )
                break
    return sorted(by_start.values(), key=lambda c: c.start)


def _extend_person(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Take in a first name the model left out ("Oleksii" of "Oleksii Reznikov"), and a
    last part it cut off ("Ursula von" + "der Leyen", "Choe Son" + "Hui")."""
    while start > 0:
        prev = doc[start - 1]
        if (
            prev.pos_ == "PROPN"
            and prev.is_title
            and prev.is_alpha
            and prev.lower_ not in _TITLES
            and not prev.ent_type_
            and prev.dep_ == "compound"
            and start <= prev.head.i < end
        ):
            start -= 1
        else:
            break
    while end < len(doc):
        nxt = doc[end]
        if doc[end - 1].lower_ in _NAME_PARTICLES and nxt.is_title:
            end += 1  # the name after "von der", even where the model tagged it apart
            continue
        if nxt.ent_type_ or not nxt.is_alpha:
            break
        particle = nxt.lower_ in _NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title
        governs = nxt.is_title and nxt.pos_ == "PROPN" and doc[end - 1].head.i == nxt.i
        if particle or governs:
            end += 1
        else:
            break
    return start, end


def _link_surnames(doc: Any, candidates: list[Candidate]) -> list[Candidate]:
    """A lone surname is the one person in the article with that surname."""
    full: dict[str, set[str]] = {}
    for c in candidates:
        if c.type is EntityType.PERSON and c.end - c.start > 1:
            name = c.canonical or doc[c.start : c.end].text
            full.setdefault(doc[c.end - 1].text, set()).add(name)
    out: list[Candidate] = []
    for c in candidates:
        if c.type is EntityType.PERSON and c.end - c.start == 1 and c.canonical is None:
            names = full.get(doc[c.start].text, set())
            if len(names) == 1:
                c = replace(c, canonical=next(iter(names)))
        out.append(c)
    # the surname alone where the model found nothing ("Scholz said ...")
    covered = {i for c in out for i in range(c.start, c.end)}
    for token in doc:
        names = full.get(token.text, set())
        if len(names) == 1 and token.i not in covered and token.pos_ == "PROPN":
            name = next(iter(names))
            out.append(Candidate(token.i, token.i + 1, EntityType.PERSON, name, None, False))
    return sorted(out, key=lambda c: c.start)


def _noun_after(doc: Any, end: int, nouns: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` modifies one of ``nouns`` that follows it, past
    up to four lowercase modifiers ("Kalibr cruise missiles", "Krab self-propelled
    howitzers", "Iron Dome air defence system"; "system" only after a weapon word)."""
    last = doc[end - 1]
    skipped: list[str] = []
    for i in range(end, min(end + 5, len(doc))):
        token = doc[i]
        lemma = token.lemma_.lower()
        if lemma in nouns and token.pos_ in {"NOUN", "PROPN"}:
            modifies = token.i in {last.head.i, last.head.head.i}
            qualified = lemma != "system" or bool(set(skipped) & _SYSTEM_QUALIFIERS)
            return modifies and qualified
        lowercase = token.is_lower or token.text == "-"
        modifier = token.pos_ not in {"VERB", "AUX", "DET"} or token.tag_ in {"VBN", "VBG"}
        if not (lowercase and modifier):
            return False
        skipped.append(token.lower_)
    return False


def _weapon_context(doc: Any, c: Candidate) -> tuple[bool, int]:
    """Whether a weapon noun follows the name ("Krab howitzers", "Stridsvagn 122 tanks"),
    and where the name ends (taking in a model number before the noun)."""
    end = c.end
    if end < len(doc) and doc[end].like_num and doc[end].text.isdigit() and len(doc[end]) <= 3:
        end += 1
    if _noun_after(doc, end, _WEAPON_NOUNS):
        return True, end
    return False, c.end


def _extend_item(doc: Any, c: Candidate, taken: set[int]) -> Candidate:
    """A designation's own name after it ("K239 Chunmoo", "AN-196 Liutyi") and a
    place's kind after it ("Astrakhan region", "Alabuga special economic zone")."""
    end = c.end
    if c.type is EntityType.WEAPON_SYSTEM and is_designation(doc[c.start : c.end].text):
        while (
            end < len(doc)
            and end - c.end < 2
            and end not in taken
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and doc[end - 1].whitespace_
        ):
            end += 1
    elif c.type is EntityType.PLACE:
        for words in _PLACE_KINDS:
            size = len(words)
            if tuple(t.lower_ for t in doc[end : end + size]) == words:
                end += size
                break
    if end == c.end:
        return c
    return replace(c, end=end, canonical=None)


def _goods_by_context(doc: Any, c: Candidate) -> Candidate:
    """A designation before a goods noun is goods: "L550E engines", "TX2 modules"."""
    weapon = c.type is EntityType.WEAPON_SYSTEM and not c.from_gazetteer
    if weapon and _noun_after(doc, c.end, _GOODS_NOUNS):
        return replace(c, type=EntityType.GOODS)
    return c


def _extend_designation(doc: Any, c: Candidate) -> Candidate:
    """ "Iskander" + "-K": a variant suffix the tokenizer split off."""
    end = c.end
    if end < len(doc) and _MARK.match(doc[end].text):
        return replace(c, end=end + 1, canonical=None)  # "Tejas Mk1A"
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and len(doc[end + 1]) <= 3
    ):
        return replace(c, end=end + 2, canonical=None)
    return c


def _has_person_role(span: Span) -> bool:
    """ "Ilan Shor, a fugitive politician", "Pavel Drozdin, a Belarusian citizen residing
    in Dubai": an apposition naming what a person is."""
    for child in span.root.children:
        if child.dep_ != "appos":
            continue
        words = [child, *(c for c in child.children if c.dep_ in {"amod", "compound"})]
        if any(w.lemma_.lower() in _PERSON_ROLES for w in words):
            return True
    return False


def _named_as_weapon(doc: Any, c: Candidate) -> bool:
    """ "a new drone model called Garpiya", "a missile dubbed Zircon"."""
    if c.start < 2 or doc[c.start - 1].lower_ not in {"called", "named", "dubbed"}:
        return False
    return any(t.lemma_.lower() in _WEAPON_NOUNS for t in doc[max(0, c.start - 5) : c.start - 1])


def _looks_like_weapon(doc: Any, c: Candidate) -> tuple[bool, int]:
    span = doc[c.start : c.end]
    armed, end = _weapon_context(doc, c)
    if armed:
        return True, end
    if any(_MODEL_TOKEN.match(t.text) for t in span) or _named_as_weapon(doc, c):
        return True, c.end
    # "Leopard 2", "Stridsvagn 122": a name and a model number
    numbered = (
        len(span) == 2
        and span[0].is_title
        and span[0].is_alpha
        and span[1].text.isdigit()
        and len(span[1]) <= 3
    )
    return numbered, c.end


def _fix_types(doc: Any, candidates: list[Candidate]) -> list[Candidate]:
    """Correct the model's confusions between people, organisations, places and weapons
    within one document.

    A name that modifies a weapon noun, holds a model token or a model number is a
    weapon; one holding an organisation word ("Components", "LLC", "Bank") is an
    organisation, as is a "person" written in capitals ("ZALA"); a name whose last word is
    elsewhere a person's surname, that follows a title ("Chancellor Olaf Scholz") or has a
    person's role in apposition is a person. Then the same name typed differently in one
    article takes the weapon type if any of its mentions has it, else the type most of
    its mentions have (ties: organisation).
    """
    fixable = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE}
    surnames = {
        doc[c.start].text
        for c in candidates
        if c.type is EntityType.PERSON and c.end - c.start == 1 and not c.from_gazetteer
    }
    # last words of full names: "Scholz" alone is the person "Olaf Scholz", whatever the
    # model called it
    last_names = {
        doc[c.end - 1].text
        for c in candidates
        if c.type is EntityType.PERSON and c.end - c.start > 1 and not c.from_gazetteer
    }
    fixed: list[Candidate] = []
    for c in candidates:
        if c.from_gazetteer or c.type not in fixable:
            fixed.append(c)
            continue
        span = doc[c.start : c.end]
        armed, end = _looks_like_weapon(doc, c)
        if armed:
            fixed.append(replace(c, type=EntityType.WEAPON_SYSTEM, end=end, country=None))
            continue
        if len(span) == 1 and span.text in last_names:
            fixed.append(replace(c, type=EntityType.PERSON, country=None))
            continue
        words = {t.lower_ for t in span}
        title_before = c.start > 0 and doc[c.start - 1].lower_ in _TITLES
        digits = any(ch.isdigit() for ch in span.text)
        capitals = any(t.is_upper and t.is_alpha and len(t) >= 3 for t in span)
        if words & _ORG_WORDS or (c.type is EntityType.PERSON and (digits or capitals)):
            c = replace(c, type=EntityType.ORGANIZATION)
        elif (
            c.type is EntityType.ORGANIZATION
            and 2 <= len(span) <= 3
            and all(t.is_title and t.is_alpha for t in span)
            and (span[-1].text in surnames or title_before or _has_person_role(span))
        ):
            c = replace(c, type=EntityType.PERSON, country=None)
        fixed.append(c)
    votes: dict[str, dict[EntityType, int]] = {}
    for c in fixed:
        if not (c.from_gazetteer and c.type is not EntityType.WEAPON_SYSTEM):
            key = name_key(doc[c.start : c.end].text)
            votes.setdefault(key, {}).setdefault(c.type, 0)
            votes[key][c.type] += 1
    out: list[Candidate] = []
    for c in fixed:
        if not c.from_gazetteer and c.type in fixable:
            tally = votes[name_key(doc[c.start : c.end].text)]
            if EntityType.WEAPON_SYSTEM in tally:
                best = EntityType.WEAPON_SYSTEM
            else:
                best = max(
                    tally, key=lambda t: (tally[t], t is EntityType.ORGANIZATION, t is c.type)
                )
            if best is not c.type:
                c = replace(
                    c, type=best, country=None if best is EntityType.WEAPON_SYSTEM else c.country
                )
        out.append(c)
    return out


def build_mentions(doc: Any, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """The mentions of ``doc`` in text order, keyed m0, m1, ..."""
    candidates: list[Candidate] = []
    for span in doc.ents:
        start, end = _trim(span)
        if end <= start:
            continue
        candidate = _from_id(span, gazetteer, start, end) or _from_label(
            span, gazetteer, start, end
        )
        if candidate is not None and _keep(doc, candidate):
            candidates.append(candidate)
    candidates = _fix_types(doc, candidates)
    taken = {i for c in candidates for i in range(c.start, c.end)}
    candidates = [_goods_by_context(doc, _extend_item(doc, c, taken)) for c in candidates]
    candidates = _link_acronyms(doc, candidates)
    candidates = _link_short_names(doc, candidates)
    candidates = _link_surnames(doc, candidates)
    mentions: list[Mention] = []
    last_end = -1
    for c in candidates:
        if c.start < last_end:
            continue
        span = doc[c.start : c.end]
        mentions.append(
            Mention(
                key=f"m{len(mentions)}",
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                type=c.type,
                canonical=c.canonical,
                country=c.country,
            )
        )
        last_end = c.end
    return tuple(mentions)
