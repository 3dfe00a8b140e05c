"""One claim per statement: the same claim stated twice becomes one, with every
attribution and the strongest modality (asserted over hedged over speculative)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from armstrace.model import Attribution, Claim, Modality

__all__ = ["merge_claims", "norm_item"]

_ORDER = {Modality.ASSERTED: 0, Modality.HEDGED: 1, Modality.SPECULATIVE: 2}


def norm_item(item: str | None) -> str:
    """Item words for comparison: case, punctuation and a plural s folded."""
    if not item:
        return ""
    words = re.sub(r"[^\w]+", " ", item.lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def merge_claims(claims: Sequence[Claim], name: Callable[[str | None], str]) -> list[Claim]:
    """Merge claims equal in type, roles (by mention name), item, time and quantity;
    claims that differ in time or quantity report separate events and stay apart."""
    out: list[Claim] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for c in claims:
        key = (c.type.value, name(c.subject), name(c.object), norm_item(c.item), name(c.used_in))
        merged = False
        for i in index.get(key, []):
            o = out[i]
            if not (
                _compatible(o.time, c.time)
                and _compatible(o.quantity, c.quantity)
                and _compatible(o.status, c.status)
            ):
                continue
            atts: list[Attribution] = list(o.attribution)
            for a in c.attribution:
                if a not in atts:
                    atts.append(a)
            out[i] = dataclasses.replace(
                o,
                attribution=tuple(atts),
                modality=min(o.modality, c.modality, key=_ORDER.__getitem__),
                time=o.time or c.time,
                quantity=o.quantity if o.quantity is not None else c.quantity,
                status=o.status or c.status,
                location=o.location or c.location,
            )
            merged = True
            break
        if not merged:
            index.setdefault(key, []).append(len(out))
            out.append(c)
    return out
