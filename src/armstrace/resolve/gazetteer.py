"""Knowledge of real entities that spelling alone cannot give.

Three kinds: countries (through rigour's territory data: "Britain" is "United
Kingdom", "DPRK" is "North Korea"), state bodies named by country and function
("Russia's defence ministry", "Ministry of Defence of the Russian Federation"), and a
short list of well-known bodies and designations that go by unrelated names ("OFAC"
is part of the US Treasury, "Geran-2" is Russia's name for the Shahed-136).

To add a known alias, add its names to :data:`KNOWN_ENTITIES` under one key (see
docs/RESOLUTION.md). Keys are prefixed ``t:`` (territory) and ``g:`` (gazetteer) so they
never collide with plain name keys.
"""

from __future__ import annotations

from functools import lru_cache

from rigour.territories import lookup_territory
from rigour.territories.territory import Territory

from armstrace.model import EntityType
from armstrace.resolve.normalize import normalize_name

__all__ = [
    "GENERIC_WORDS",
    "KNOWN_ENTITIES",
    "ORG_FORM_WORDS",
    "body_key",
    "country_code",
    "known_key",
]

# Legal forms and group words that a short name of an organisation may leave out.
ORG_FORM_WORDS = frozenset(
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited",
        "llc", "plc", "jsc", "pjsc", "ojsc", "cjsc", "oao", "zao", "ooo", "ao", "pao",
        "gmbh", "ag", "sa", "srl", "bv", "nv", "group", "holding", "holdings", "concern",
        "kontsern", "koncern", "liability", "joint", "stock", "public", "private",
        "closed", "open", "partnership",
    }
)  # fmt: skip

# Words that name a kind of thing rather than one thing: a name made only of these
# (and stopwords) is never used to join entities across documents.
GENERIC_WORDS = ORG_FORM_WORDS | frozenset(
    {
        "agency", "army", "bank", "board", "bureau", "committee", "commission", "council",
        "court", "defence", "defense", "department", "directorate", "embassy", "factory",
        "federal", "foreign", "force", "forces", "government", "guard", "institute",
        "intelligence", "military", "ministry", "national", "navy", "office", "parliament",
        "plant", "police", "president", "security", "service", "services", "state",
        "treasury", "troops", "union", "university", "works", "air", "space",
        "industries", "industry", "international", "technologies", "technology",
        "electronics", "systems", "trading", "trade", "import", "export", "engineering",
        "research", "center", "centre", "design", "aviation", "aerospace",
        "the", "of", "and", "for", "in", "on", "at", "de", "la", "el", "al",
    }
)  # fmt: skip

# Capital or seat used for a government where rigour's data gives a subdivision
# or another country ("Brussels" is Belgium's capital, but in this domain the EU's seat).
_SEATS = {
    "brussels": "eu", "kremlin": "ru", "white house": "us", "pentagon": "us", "hague": "nl",
}  # fmt: skip


@lru_cache(maxsize=16384)
def country_code(name: str) -> str | None:
    """ISO alpha-2 code (lowercase; "eu" for the EU) for a country name, demonym or capital.

    Uses rigour's territory index ("Britain", "DPRK", "Russian", "Kyiv"); subdivisions
    ("Kyiv" is ua-30) are lifted to their country, since a country mention named by a
    city is its government ("Moscow said").
    """
    norm = normalize_name(name)
    if not norm:
        return None
    if norm in _SEATS:
        return _SEATS[norm]
    territory = _lookup(norm)
    if territory is None:
        # "the Chinese government", "Kyrgyzstan's government", "mainland China", "The Hague"
        words = [w for w in norm.split() if w not in _STATE_WORDS]
        if words and words != norm.split():
            last = words[-1]
            if last.endswith("s") and _lookup(" ".join(words)) is None:
                words[-1] = last[:-1]
            territory = _lookup(" ".join(words))
        if territory is None:
            territory = _lookup("the " + norm)
    # A subdivision ("ru-mow" for Moscow) stands for its country; a territory with a
    # code of its own ("hk" Hong Kong, "ps" Palestine) stays itself.
    while territory is not None and "-" in str(territory.code) and territory.parent is not None:
        territory = territory.parent
    if territory is None or "-" in str(territory.code):
        return None
    return str(territory.code).lower()


# Words around a country's name when it stands for the state.
_STATE_WORDS = frozenset(
    {"government", "state", "authorities", "regime", "administration", "mainland"}
)


def _lookup(text: str) -> Territory | None:
    try:
        return lookup_territory(text)
    except (ValueError, KeyError, TypeError):
        return None


# Functions of a state, by the phrase that names them once the country is taken out.
_BODIES = {
    "defence ministry": "defence-ministry", "defense ministry": "defence-ministry",
    "ministry of defence": "defence-ministry", "ministry of defense": "defence-ministry",
    "defense department": "defence-ministry", "department of defense": "defence-ministry",
    "defence department": "defence-ministry", "mod": "defence-ministry",
    "foreign ministry": "foreign-ministry", "ministry of foreign affairs": "foreign-ministry",
    "foreign affairs ministry": "foreign-ministry", "mfa": "foreign-ministry",
    "commerce ministry": "commerce-ministry", "ministry of commerce": "commerce-ministry",
    "commerce department": "commerce-ministry", "department of commerce": "commerce-ministry",
    "trade ministry": "trade-ministry", "ministry of trade": "trade-ministry",
    "ministry of industry and trade": "trade-ministry",
    "industry and trade ministry": "trade-ministry",
    "finance ministry": "finance-ministry", "ministry of finance": "finance-ministry",
    "treasury": "treasury", "treasury department": "treasury",
    "department of the treasury": "treasury", "department of treasury": "treasury",
    "military": "armed-forces", "armed forces": "armed-forces", "forces": "armed-forces",
    "army": "armed-forces", "troops": "armed-forces", "armed forces of": "armed-forces",
    "units": "armed-forces", "soldiers": "armed-forces",
    "government": "government", "authorities": "government",
    "navy": "navy", "air force": "air-force", "air forces": "air-force",
    "military intelligence": "military-intelligence",
    "defence intelligence": "military-intelligence",
    "defense intelligence": "military-intelligence",
    "main intelligence directorate": "military-intelligence",
    "main directorate of intelligence": "military-intelligence",
    "defence intelligence directorate": "military-intelligence",
    "state department": "foreign-ministry", "department of state": "foreign-ministry",
    "foreign office": "foreign-ministry",
}  # fmt: skip
_BODY_TYPES = {EntityType.ORGANIZATION}


def body_key(name: str, type: EntityType, country: str | None = None) -> str | None:
    """``g:<cc>:<function>`` for a state body named by country and function.

    "Russian Ministry of Defence", "Russia's defence ministry" and "Ministry of Defence
    of the Russian Federation" all give ``g:ru:defence-ministry``. The country comes
    from the name (a demonym, a possessive, "of <country>", a capital) or else from the
    mention's ``country``; without one there is no key.
    """
    if type not in _BODY_TYPES:
        return None
    words = normalize_name(name).split()
    found: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(words):
        matched = False
        for span in (3, 2, 1):
            chunk = words[i : i + span]
            if len(chunk) < span:
                continue
            phrase = " ".join(chunk)
            bare = phrase[:-1] if phrase.endswith("s") and span == 1 else phrase
            if phrase in _BODIES or bare in _BODIES:
                continue
            code = _country_word(phrase) or (_country_word(bare) if bare != phrase else None)
            if code is not None and (found is None or found == code):
                found = code
                i += span
                matched = True
                break
        if not matched:
            rest.append(words[i])
            i += 1
    while rest and rest[-1] in {"of", "the"}:
        rest.pop()
    while rest and rest[0] in {"the"}:
        rest.pop(0)
    function = _BODIES.get(" ".join(rest))
    code = found or (country.lower() if country else None)
    if function is None or code is None:
        return None
    return f"g:{code}:{function}"


@lru_cache(maxsize=16384)
def _country_word(phrase: str) -> str | None:
    """The country a word or short phrase inside a body's name stands for, if any."""
    if phrase in {"of", "the", "and", "state", "federal", "national", "foreign", "us"}:
        return "us" if phrase == "us" else None
    if phrase in _BODIES or any(w in _BODY_WORDS for w in phrase.split()):
        return None
    return country_code(phrase)


_BODY_WORDS = frozenset(w for phrase in _BODIES for w in phrase.split())

# Real entities that go by names spelling cannot relate. Each entry: a key, the type,
# the country (None where international) and its names. Keep entries to names that are
# unambiguous in reporting on arms, sanctions and export controls.
KNOWN_ENTITIES: tuple[tuple[str, EntityType, str | None, tuple[str, ...]], ...] = (
    ("us:treasury", EntityType.ORGANIZATION, "us", (
        "US Treasury", "US Department of the Treasury", "Department of the Treasury",
        "Treasury Department", "US Treasury Department", "Office of Foreign Assets Control",
        "OFAC", "US Treasury Office of Foreign Assets Control", "Treasury")),
    ("us:commerce-ministry", EntityType.ORGANIZATION, "us", (
        "US Department of Commerce", "US Commerce Department", "Bureau of Industry and Security",
        "BIS", "Commerce Department Bureau of Industry and Security", "Commerce Department",
        "Department of Commerce")),
    ("us:foreign-ministry", EntityType.ORGANIZATION, "us", (
        "US State Department", "State Department", "US Department of State",
        "Department of State")),
    ("us:defence-ministry", EntityType.ORGANIZATION, "us", (
        "Pentagon", "US Department of Defense", "US Defense Department", "DoD",
        "Department of Defense", "Defense Department", "Department of War")),
    ("ua:security-service", EntityType.ORGANIZATION, "ua", ("SBU",
        "Security Service of Ukraine")),
    ("ua:military-intelligence", EntityType.ORGANIZATION, "ua", ("GUR", "HUR",
        "Main Intelligence Directorate of Ukraine", "Defence Intelligence of Ukraine")),
    ("ru:military-intelligence", EntityType.ORGANIZATION, "ru", ("GRU",
        "Main Directorate of the General Staff")),
    ("uk-ofsi", EntityType.ORGANIZATION, "gb", (
        "Office of Financial Sanctions Implementation", "OFSI")),
    ("gb:treasury", EntityType.ORGANIZATION, "gb", ("HM Treasury", "Her Majesty's Treasury",
        "His Majesty's Treasury")),
    ("united-nations", EntityType.ORGANIZATION, None, ("United Nations", "UN", "U.N.")),
    ("un-security-council", EntityType.ORGANIZATION, None, (
        "UN Security Council", "United Nations Security Council", "UNSC",
        "U.N. Security Council")),
    ("eu-council", EntityType.ORGANIZATION, None, (
        "Council of the European Union", "Council of the EU")),
    ("european-commission", EntityType.ORGANIZATION, None, ("European Commission",)),
    ("nato", EntityType.ORGANIZATION, None, ("NATO", "North Atlantic Treaty Organization",
        "North Atlantic Treaty Organisation")),
    ("iaea", EntityType.ORGANIZATION, None, ("IAEA", "International Atomic Energy Agency")),
    ("irgc", EntityType.ORGANIZATION, "ir", ("IRGC", "Islamic Revolutionary Guard Corps",
        "Revolutionary Guards", "Iranian Revolutionary Guard Corps", "Revolutionary Guard")),
    ("rostec", EntityType.ORGANIZATION, "ru", ("Rostec", "Rostekh", "State Corporation Rostec")),
    ("houthis", EntityType.ORGANIZATION, "ye", ("Houthis", "Houthi", "Ansar Allah",
        "Houthi movement", "Ansarallah")),
    ("hezbollah", EntityType.ORGANIZATION, "lb", ("Hezbollah", "Hizbollah", "Hizballah")),
    ("kinzhal", EntityType.WEAPON_SYSTEM, "ru", ("Kinzhal", "Kh-47M2", "Kh-47M2 Kinzhal")),
    ("zircon", EntityType.WEAPON_SYSTEM, "ru", ("Zircon", "Tsirkon", "3M22", "3M22 Zircon")),
    ("kalibr", EntityType.WEAPON_SYSTEM, "ru", ("Kalibr", "3M-54", "3M-14", "SS-N-27")),
    ("patriot", EntityType.WEAPON_SYSTEM, "us", ("Patriot", "MIM-104", "MIM-104 Patriot")),
    ("shahed-136", EntityType.WEAPON_SYSTEM, "ir", ("Shahed-136", "Geran-2", "Shahed 136")),
    ("shahed-131", EntityType.WEAPON_SYSTEM, "ir", ("Shahed-131", "Geran-1")),
    ("himars", EntityType.WEAPON_SYSTEM, "us", ("HIMARS",
        "High Mobility Artillery Rocket System", "M142 HIMARS", "M142")),
    ("atacms", EntityType.WEAPON_SYSTEM, "us", ("ATACMS", "Army Tactical Missile System")),
    ("kn-23", EntityType.WEAPON_SYSTEM, "kp", ("KN-23", "Hwasong-11Ga", "Hwasong-11A")),
    ("kn-24", EntityType.WEAPON_SYSTEM, "kp", ("KN-24", "Hwasong-11Na", "Hwasong-11B")),
    ("storm-shadow", EntityType.WEAPON_SYSTEM, None, ("Storm Shadow", "SCALP-EG", "SCALP EG",
        "SCALP")),
    ("lancet", EntityType.WEAPON_SYSTEM, "ru", ("Lancet", "Izdeliye-53", "Izdeliye 53",
        "Product 53", "Lancet-3")),
    ("s-400", EntityType.WEAPON_SYSTEM, "ru", ("S-400", "S-400 Triumf", "SA-21 Growler",
        "SA-21")),
    ("eu", EntityType.COUNTRY, None, ("European Union", "EU")),
)  # fmt: skip


def _known_index() -> dict[tuple[str, EntityType], tuple[str, str | None]]:
    index: dict[tuple[str, EntityType], tuple[str, str | None]] = {}
    for key, type, country, names in KNOWN_ENTITIES:
        for name in names:
            index[(normalize_name(name), type)] = (key, country)
    return index


_KNOWN = _known_index()


# Types whose ``country`` says which entity it is (a ministry's, a person's nationality).
_OWNED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE})


def known_key(name: str, type: EntityType, country: str | None = None) -> str | None:
    """``g:<key>`` where the name is a known name of a listed entity of this type.

    An organisation or person whose own country disagrees with the entry's ("Treasury"
    in a British story) does not take the key; a weapon's country is too loosely
    given (maker, user, copier) to tell weapons apart.
    """
    hit = _KNOWN.get((normalize_name(name), type))
    if hit is None:
        return None
    key, home = hit
    if type in _OWNED_TYPES and country and home and country.lower() != home:
        return None
    return f"g:{key}"
