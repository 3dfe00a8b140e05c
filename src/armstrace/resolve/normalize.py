"""Name normalisation: the one place that decides when two spellings are "the same".

Articles spell one entity many ways: case, punctuation ("U.S."), hyphens ("Almaz-Antey"),
legal forms ("JSC", "Co., Ltd."), and other scripts ("ИЭМЗ Купол"). Every matching key
in this package is built from :func:`normalize_name`, so the rules live here once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normality import ascii_text

__all__ = ["depluralize", "fold_word", "is_acronym", "normalize_name", "skeleton", "tokens"]

# Cyrillic in the romanisation English-language reporting uses (BGN/PCGN-like), so that
# "Купол" gives "kupol" and "Алмаз-Антей" gives "almaz-antey"; normality's default
# (ISO 9 with the diacritics dropped) would give "almaz-antej", "kalasnikov".
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)

# Apostrophes and dots join what they sit in ("People's" -> "peoples", "U.S." -> "us");
# every other non-alphanumeric character separates tokens.
_JOINERS = re.compile(r"['’ʼ`´.]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_LEADING_ARTICLES = frozenset({"the"})

# Folds for the skeleton key: spellings a romanisation may produce either way.
_FOLDS = (
    ("shch", "sc"), ("kh", "k"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("c", "k"),
    ("q", "k"), ("x", "ks"), ("j", "y"), ("w", "v"), ("ph", "f"),
)  # fmt: skip
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Lowercase ASCII tokens separated by single spaces, without a leading "the".

    Cyrillic is romanised as English-language reporting does, other scripts through
    normality (Unicode transliteration). The result is its own normal form, so keys
    built from it can be normalised again without changing.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_CYRILLIC_TABLE)
    ascii_form = (ascii_text(folded) or "").lower()
    joined = _JOINERS.sub("", ascii_form)
    parts = [p for p in _SEPARATORS.split(joined) if p]
    while parts and parts[0] in _LEADING_ARTICLES:
        parts = parts[1:]
    return " ".join(parts)


def tokens(text: str) -> list[str]:
    """The tokens of the normalised name."""
    return normalize_name(text).split()


# British and American spellings of words common in names of bodies and firms.
_SPELLINGS = {
    "defense": "defence", "organization": "organisation", "center": "centre",
    "programme": "program", "armour": "armor", "aluminium": "aluminum",
}  # fmt: skip


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A spelling-tolerant form: no spaces, romanisation variants folded, no double letters.

    "Rostec" and "Ростех", "Lancet" and "Ланцет", "S-400" and "S400", "Defense" and
    "Defence", "Zelenskyy" and "Zelensky" share a skeleton.
    """
    return "".join(fold_word(w) for w in normalize_name(text).split())


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One normalised word with romanisation variants folded: "zelenskyy", "zelenskiy"
    and "zelensky" give one form, as do "yevgeny" and "evgeny", "tsirkon" and "cirkon".
    """
    s = _SPELLINGS.get(word, word)
    for old, new in _FOLDS:
        s = s.replace(old, new)
    s = s.replace("y", "i")
    if s.startswith("ie"):
        s = s[1:]
    return _DOUBLES.sub(r"\1", s)


def is_acronym(surface: str) -> bool:
    """A single short token in capitals ("DPRK", "U.S.", "OFAC", "G3"), as written."""
    compact = _JOINERS.sub("", surface.strip())
    if not 2 <= len(compact) <= 6 or not compact.isalnum():
        return False
    letters = [c for c in compact if c.isalpha()]
    return len(letters) >= 1 and all(c.isupper() for c in letters)


_PLURAL = re.compile(r"^(?:(?P<code>.*\d)s|(?P<word>[a-z]{3,}[^s])s)$")


def depluralize(norm: str) -> str:
    """A normalised name with a plural last word made singular ("F-16s" -> "f 16",
    "Shaheds" -> "shahed", "Leopards" -> "leopard"); other names unchanged."""
    words = norm.split()
    if not words:
        return norm
    match = _PLURAL.match(words[-1])
    if match is None:
        return norm
    words[-1] = match.group("code") or match.group("word")
    return " ".join(words)
