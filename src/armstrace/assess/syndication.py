"""Near-duplicate articles (reprints, lightly edited copies) with MinHash + LSH.

Forty outlets reprinting one wire story are one source. Each document gets a MinHash
signature of its word 4-gram shingles; LSH proposes candidates cheaply and a
containment estimate decides, so a reprint that drops the last paragraphs or edits a
few words still joins its original, while two articles about the same event in
different words do not. Every document in a cluster shares the cluster's ``origin``:
the first document of the cluster that the index saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

__all__ = ["SHINGLE", "SyndicationIndex", "shingles", "signature"]

SHINGLE = 4
NUM_PERM = 128
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, *, num_perm: int = NUM_PERM) -> tuple[list[int], int]:
    """MinHash hash values of ``text`` and its shingle count (both kept in the store)."""
    sh = shingles(text)
    mh = MinHash(num_perm=num_perm, seed=1, scheme="affine32")
    mh.update_batch([s.encode("utf-8") for s in sh])
    return [int(v) for v in mh.hashvalues], len(sh)


class SyndicationIndex:
    """Clusters of near-duplicate documents, built incrementally.

    ``threshold`` is the LSH Jaccard threshold for proposing candidates; ``containment``
    the share of the smaller document's shingles that must be in the other.
    """

    def __init__(
        self, *, threshold: float = 0.3, containment: float = 0.6, num_perm: int = NUM_PERM
    ) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._num_perm = num_perm
        self._containment = containment
        self._sigs: dict[str, tuple[MinHash, int]] = {}
        self._origin: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sigs

    def _minhash(self, values: Iterable[int]) -> MinHash:
        import numpy as np

        return MinHash(
            num_perm=self._num_perm, seed=1, hashvalues=np.array(list(values)), scheme="affine32"
        )

    def add(
        self,
        doc_id: str,
        text: str | None = None,
        *,
        hashvalues: Iterable[int] | None = None,
        size: int | None = None,
        origin: str | None = None,
    ) -> str:
        """Add a document (by text, or by a stored signature) and return its origin.

        ``origin`` forces a known origin (when reloading clusters from the store).
        """
        if doc_id in self._origin:
            return self._origin[doc_id]
        if hashvalues is None or size is None:
            if text is None:
                raise ValueError("add() needs the text or a stored signature")
            hashvalues, size = signature(text, num_perm=self._num_perm)
        mh = self._minhash(hashvalues)
        if origin is None:
            origin = self._best_origin(mh, size) or doc_id
        self._sigs[doc_id] = (mh, size)
        self._origin[doc_id] = origin
        self._lsh.insert(doc_id, mh)
        return origin

    def _best_origin(self, mh: MinHash, size: int) -> str | None:
        best: tuple[float, str] | None = None
        for other in self._lsh.query(mh):
            omh, osize = self._sigs[other]
            j = mh.jaccard(omh)
            if size == 0 or osize == 0:
                continue
            inter = j * (size + osize) / (1.0 + j)
            contained = inter / min(size, osize)
            if contained >= self._containment and (best is None or contained > best[0]):
                best = (contained, self._origin[other])
        return best[1] if best else None

    def origin(self, doc_id: str) -> str:
        return self._origin.get(doc_id, doc_id)

    def clusters(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for doc, origin in self._origin.items():
            out.setdefault(origin, []).append(doc)
        return out
