"""Names into comparable tokens, with the FollowTheMoney ecosystem's own tools.

A name goes through: rigour's transliteration to Latin (Cyrillic, Chinese, Arabic ...),
casefolding and name tokenisation; rigour's organisation-type table, which finds legal
forms ("Joint Stock Company", "AO", "OOO", "Co., Ltd.") so they can be set aside; and the
descriptor translations of the other-names data ("kontsern" is "concern"). What is left
are the *core* tokens that identify a party. ``skeleton`` folds the spelling variants of
transliteration (Yevgeny/Evgeniy, Prigozhin/Prigojine, Aleksandr/Alexander) so that the
blocking index and the token similarity see them as near neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA
from rigour.names import extract_org_types, remove_org_types, tokenize_name
from rigour.text.translit import ascii_text

__all__ = ["NameForm", "name_form", "skeleton", "token_similarity"]

_SKELETON_RULES = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("zh", "j"),
    ("kh", "h"),
    ("ck", "k"),
    ("tz", "c"),
    ("ts", "c"),
    ("cz", "c"),
    ("ch", "c"),
    ("ph", "f"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ey", "ei"),
    ("iy", "i"),
    ("yy", "i"),
    ("ii", "i"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """A spelling-variant-insensitive key for a Latin token (not for display)."""
    if token.isdigit() or len(token) < 3:
        return token
    out = token
    for old, new in _SKELETON_RULES:
        out = out.replace(old, new)
    out = _DOUBLE.sub(r"\1", out)
    if len(out) > 4 and out.endswith("e"):
        out = out[:-1]
    return out


@lru_cache(maxsize=500_000)
def token_similarity(a: str, b: str) -> float:
    """0..1: 1 for equal tokens; numbers must be equal; letters allow typos and variants.

    Optimal string alignment (Levenshtein with transpositions) over the raw spelling and,
    slightly discounted, over the transliteration skeleton.
    """
    if a == b:
        return 1.0
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 3:
        return 0.0
    raw = OSA.normalized_similarity(a, b)
    sa, sb = skeleton(a), skeleton(b)
    folded = 0.95 if sa == sb else OSA.normalized_similarity(sa, sb) * 0.95
    best = max(raw, folded)
    # one edit in a short token is a different word more often than a typo
    floor = 0.8 if min(len(a), len(b)) <= 5 else 0.75
    return best if best >= floor else 0.0


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name ready to compare: ``core`` tokens, the legal forms found, and how it was read."""

    original: str
    core: tuple[str, ...]
    legal: tuple[str, ...]
    latin: str
    transliterated: bool

    @property
    def compact(self) -> str:
        """The core without spaces, for "Rosoboron Export" against "Rosoboronexport"."""
        return "".join(self.core)


@lru_cache(maxsize=100_000)
def _tokens(latin: str) -> tuple[str, ...]:
    return tuple(tokenize_name(latin.casefold()))


def name_form(name: str, synonyms: dict[str, str] | None = None) -> NameForm:
    """Normalise ``name``: transliterate, tokenise, set legal forms aside, map synonyms."""
    latin = ascii_text(name)
    transliterated = latin != name and not name.isascii()
    tokens = _tokens(latin)
    text = " ".join(tokens)
    legal: tuple[str, ...] = ()
    if text:
        found = extract_org_types(text, generic=True)
        if found:
            legal = tuple(dict.fromkeys(target for _, target in found))
            stripped = remove_org_types(text).split()
            if stripped:
                tokens = tuple(stripped)
    if synonyms:
        tokens = tuple(synonyms.get(t, t) for t in tokens)
    return NameForm(
        original=name, core=tokens, legal=legal, latin=latin, transliterated=transliterated
    )
