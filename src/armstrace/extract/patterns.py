"""What the entity matcher looks for: gazetteer names, demonym phrases, company names
and model designations.

Gazetteer names are phrases (matched fast, many thousands of them); company names and
designations are a few token patterns. Every gazetteer phrase carries an ``id`` that
encodes the entity type, country code and canonical name (see :func:`encode_id`), so a
matched span says what it is without a second look-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from armstrace.extract.gazetteer import Gazetteer, GazetteerEntry
from armstrace.model import EntityType

__all__ = [
    "CAPITAL_LABEL",
    "DESIGNATION_LABEL",
    "INSTITUTION_PREFIXES",
    "LABEL_OF_TYPE",
    "LEGAL_FORMS",
    "LEGAL_PREFIXES",
    "LEGAL_SUFFIXES",
    "Phrase",
    "company_patterns",
    "decode_id",
    "designation_patterns",
    "encode_id",
    "gazetteer_phrases",
    "is_designation",
]

Pattern = dict[str, Any]

CAPITAL_LABEL = "CAPITAL"
DESIGNATION_LABEL = "WEAPON"

LABEL_OF_TYPE: dict[EntityType, str] = {
    EntityType.COUNTRY: "COUNTRY",
    EntityType.ORGANIZATION: "ORG",
    EntityType.PERSON: "PERSON",
    EntityType.WEAPON_SYSTEM: "WEAPON",
    EntityType.GOODS: "GOODS",
    EntityType.PLACE: "PLACE",
}

# Words after a demonym ("Russian ...") or a country's possessive ("Iran's ...") that make
# a state body; the value is the canonical form, {d} the demonym and {c} the country.
_BODY_WORDS: dict[tuple[str, ...], str] = {
    ("military",): "{d} armed forces",
    ("army",): "{d} armed forces",
    ("armed", "forces"): "{d} armed forces",
    ("forces",): "{d} armed forces",
    ("navy",): "{d} Navy",
    ("air", "force"): "{d} Air Force",
    ("defence", "ministry"): "{d} Ministry of Defence",
    ("defense", "ministry"): "{d} Ministry of Defence",
    ("ministry", "of", "defence"): "{d} Ministry of Defence",
    ("ministry", "of", "defense"): "{d} Ministry of Defence",
    ("foreign", "ministry"): "{d} Ministry of Foreign Affairs",
    ("ministry", "of", "foreign", "affairs"): "{d} Ministry of Foreign Affairs",
    ("parliament",): "{d} Parliament",
    ("embassy",): "{d} Embassy",
    ("central", "bank"): "{d} Central Bank",
    ("military", "intelligence"): "{d} military intelligence",
    ("defence", "intelligence"): "{d} military intelligence",
    ("foreign", "intelligence", "service"): "{d} foreign intelligence service",
    ("economy", "ministry"): "{d} Ministry of Economy",
    ("interior", "ministry"): "{d} Ministry of Interior",
    ("finance", "ministry"): "{d} Ministry of Finance",
    ("trade", "ministry"): "{d} Ministry of Trade",
}
# Bodies named after a country's possessive ("China's foreign ministry"); "Russia's
# military" is a description rather than a name.
_POSSESSED_BODIES = frozenset(
    {
        ("air", "force"),
        ("navy",),
        ("army",),
        ("military", "intelligence"),
        ("defence", "intelligence"),
        ("foreign", "intelligence", "service"),
        ("economy", "ministry"),
        ("interior", "ministry"),
        ("finance", "ministry"),
        ("trade", "ministry"),
        ("armed", "forces"),
        ("defence", "ministry"),
        ("defense", "ministry"),
        ("ministry", "of", "defence"),
        ("ministry", "of", "defense"),
        ("foreign", "ministry"),
        ("ministry", "of", "foreign", "affairs"),
        ("central", "bank"),
    }
)
# Phrases that stand for the state itself: an alias of the country in the gold convention.
_STATE_WORDS: tuple[tuple[str, ...], ...] = (("government",), ("state",))

# Prefixes of letter-hyphen-digit tokens that are not model designations.
_NOT_DESIGNATIONS = frozenset(
    {
        "covid",
        "sars",
        "mers",
        "mid",
        "pre",
        "post",
        "non",
        "anti",
        "top",
        "under",
        "over",
        "page",
        "section",
        "article",
        "chapter",
        "resolution",
        "form",
        "flight",
        "route",
        "highway",
        "year",
        "grade",
        "level",
        "class",
        "type",
        "phase",
        "stage",
        "tier",
        "g",
        "p",
        "q",
        "h",
        "n",
        "no",
        "nos",
        "fy",
        "cop",
        "u",
        "ww",
        "wwii",
        "iso",
        "en",
        "iec",
        "din",
        "hs",
        "cas",
        "ec",
        "id",
    }
)

# Letters, a hyphen, digits and an optional letter suffix: KN-23, Su-35, Shahed-136,
# Garpiya-3, Kh-101, S-400, T-90M, Mi-28NM, Hwasong-11Ga.
_HYPHENATED = re.compile(r"^(?P<prefix>[A-Z][A-Za-z]{0,11})-(?P<digits>\d{1,4})[A-Za-z]{0,4}$")
# Digit-letter-digits: 9M723, 2S19, 3M14.
_INDEX = re.compile(r"^\d[A-Z]\d{2,4}[A-Z]{0,2}$")
# Capitals then at least three digits: M777, M270, K239, MD550, L550E.
_LETTERS_DIGITS = re.compile(r"^[A-Z]{1,3}\d{3,4}[A-Z]{0,2}$")


def encode_id(type: EntityType, country: str | None, canonical: str) -> str:
    """The pattern id: type, country and canonical name joined by '|'."""
    return f"{type.value}|{country or ''}|{canonical}"


def decode_id(value: str) -> tuple[EntityType, str | None, str] | None:
    """The (type, country, canonical) an :func:`encode_id` string holds, else None."""
    parts = value.split("|", 2)
    if len(parts) != 3:
        return None
    try:
        type = EntityType(parts[0])
    except ValueError:
        return None
    return type, parts[1] or None, parts[2]


def is_designation(text: str) -> bool:
    """Whether ``text`` is shaped like a model designation (KN-23, 9M723, M777)."""
    match = _HYPHENATED.match(text)
    if match:
        digits = match.group("digits")
        if len(digits) == 4 and 1900 <= int(digits) <= 2099:
            return False  # "Army-2019" is an event, not a model
        return match.group("prefix").casefold() not in _NOT_DESIGNATIONS
    return bool(_INDEX.match(text) or _LETTERS_DIGITS.match(text))


@dataclass(frozen=True, slots=True)
class Phrase:
    """A name to match as a whole: ``text`` gets ``label`` and the pattern id ``id``.

    A one-token phrase matches exactly ("CAR" is not "car"). In a longer phrase a
    capitalised word must be capitalised in the text too ("Russian Helicopters" is a firm,
    "Russian helicopters" is not) and a lowercase word matches in any case ("defence
    ministry", "Defence Ministry").
    """

    label: str
    text: str
    id: str


def _plural(name: str) -> str | None:
    if not name[-1:].isalnum() or name.endswith("s"):
        return None
    return f"{name}s"


def _entry_phrases(entry: GazetteerEntry) -> Iterator[Phrase]:
    label = LABEL_OF_TYPE[entry.type]
    ident = encode_id(entry.type, entry.country, entry.name)
    for name in entry.names():
        yield Phrase(label, name, ident)
        if entry.type in (EntityType.WEAPON_SYSTEM, EntityType.GOODS):
            plural = _plural(name)
            if plural:
                yield Phrase(label, plural, ident)
        if entry.type is EntityType.COUNTRY and " " not in name and not name.isupper():
            yield Phrase(label, name.upper(), ident)
    for capital in entry.capitals:
        yield Phrase(CAPITAL_LABEL, capital, ident)
        if " " not in capital:
            yield Phrase(CAPITAL_LABEL, capital.upper(), ident)


def _country_phrases(entry: GazetteerEntry) -> Iterator[Phrase]:
    """State bodies and state phrases built from a country's demonyms and name."""
    country_ident = encode_id(EntityType.COUNTRY, entry.country, entry.name)
    # "Iran's government" is the state; "China's foreign ministry" a body.
    owners = [(demonym, True) for demonym in entry.demonyms]
    owners.append((f"{entry.name}'s", False))
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    for owner, after_demonym in owners:
        for words, template in _BODY_WORDS.items():
            if not after_demonym and words not in _POSSESSED_BODIES:
                continue
            canonical = template.format(d=demonym, c=entry.name)
            canonical = canonical[0].upper() + canonical[1:]
            ident = encode_id(EntityType.ORGANIZATION, entry.country, canonical)
            yield Phrase("ORG", f"{owner} {' '.join(words)}", ident)
        for words in _STATE_WORDS:
            yield Phrase("COUNTRY", f"{owner} {' '.join(words)}", country_ident)


def gazetteer_phrases(gazetteer: Gazetteer) -> list[Phrase]:
    """Phrases for every gazetteer name, plus demonym phrases no entry already names."""
    phrases: list[Phrase] = []
    for entry in gazetteer.entries:
        phrases.extend(_entry_phrases(entry))
    for entry in gazetteer.entries:
        if entry.type is not EntityType.COUNTRY:
            continue
        phrases.extend(p for p in _country_phrases(entry) if gazetteer.lookup(p.text) is None)
    return phrases


# Legal forms that end a company name ("Grinex LLC") or open one ("JSC Alabuga"), and the
# Russian prefixes of design bureaus and plants ("MKB Fakel", "GSKB Almaz-Antey").
LEGAL_SUFFIXES = [
    "LLC",
    "Ltd",
    "Ltd.",
    "Limited",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "GmbH",
    "AG",
    "FZE",
    "FZCO",
    "PLC",
    "plc",
    "LLP",
    "JSC",
    "PJSC",
    "OJSC",
    "CJSC",
    "B.V.",
    "S.A.",
    "SA",
    "S.p.A.",
    "A.Ş.",
    "Pte",
    "Bhd",
]
# Legal forms that open a name: the name without them is the same company.
LEGAL_FORMS = ["JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "AO", "OOO", "LLC", "FGUP"]
# Kinds of Russian institution that open a name: "GSKB Almaz-Antey" is a part of
# Almaz-Antey, not another name for it.
INSTITUTION_PREFIXES = ["NPO", "NPP", "GSKB", "MKB", "OKB", "KB", "MMZ", "NII", "TsNII"]
LEGAL_PREFIXES = [*LEGAL_FORMS, *INSTITUTION_PREFIXES]
STREET_WORDS = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Strand"]
# Lowercase words that end a works' name: "Krasnoe Znamya plant", "Antey corporation".
WORKS_NOUNS = ["plant", "factory", "corporation", "concern", "shipyard", "works", "zavod"]


def company_patterns() -> list[Pattern]:
    """Organisation names made by a legal form (typed organization without a canonical),
    and street addresses (place)."""
    name: dict[str, Any] = {"POS": "PROPN", "OP": "+"}
    hk: list[dict[str, Any]] = [{"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]
    suffix: dict[str, Any] = {"ORTH": {"IN": LEGAL_SUFFIXES}}
    hyphen: list[dict[str, Any]] = [{"ORTH": "-"}, name]
    # "and" is left out: "Kalashnikov Concern and United Aircraft Corporation" is two
    joiner: list[dict[str, Any]] = [{"LOWER": {"IN": ["ve", "&", "und", "et"]}}, name]
    # before a joiner, no legal form: "X Co Ltd and Y Co Ltd" is two companies
    plain: dict[str, Any] = {
        "POS": "PROPN",
        "ORTH": {"NOT_IN": [*LEGAL_SUFFIXES, "Co", "Co."]},
        "OP": "+",
    }
    patterns: list[list[dict[str, Any]]] = [
        [name, suffix],
        [name, *hyphen, suffix],
        [plain, *joiner, suffix],
        [{"ORTH": {"IN": LEGAL_PREFIXES}}, name, *hyphen],
        [{"LOWER": "limited"}, {"LOWER": "liability"}, {"LOWER": "company"}, name, *hyphen],
        [name, *hk, suffix],
        [
            name,
            {"ORTH": {"IN": ["Co.", "Co"]}},
            {"ORTH": ",", "OP": "?"},
            {"ORTH": {"IN": ["Ltd.", "Ltd"]}},
        ],
        [{"ORTH": {"IN": LEGAL_PREFIXES}}, name],
        [{"LOWER": "limited"}, {"LOWER": "liability"}, {"LOWER": "company"}, name],
        [name, {"ORTH": {"IN": WORKS_NOUNS}}],
    ]
    found: list[Pattern] = [{"label": "ORG", "pattern": p} for p in patterns]
    # A street address: "135 Bonham Strand", "12 Tverskaya Street".
    address = [
        {"IS_DIGIT": True, "LENGTH": {"<=": 4}},
        {"IS_TITLE": True, "OP": "+"},
        {"ORTH": {"IN": STREET_WORDS}},
    ]
    found.append({"label": "PLACE", "pattern": address})
    # "Komsomolsk-on-Amur", "Rostov-on-Don"
    on_river = [
        {"IS_TITLE": True},
        {"ORTH": "-"},
        {"LOWER": "on"},
        {"ORTH": "-"},
        {"IS_TITLE": True},
    ]
    found.append({"label": "PLACE", "pattern": on_river})
    return found


def designation_patterns(extra_shapes: Iterable[str] = ()) -> list[Pattern]:
    """Token patterns for model designations not in any gazetteer (typed weapon_system)."""
    shapes = [_HYPHENATED.pattern, _INDEX.pattern, _LETTERS_DIGITS.pattern, *extra_shapes]
    return [
        {"label": DESIGNATION_LABEL, "pattern": [{"TEXT": {"REGEX": shape}}]} for shape in shapes
    ]
