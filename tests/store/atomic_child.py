"""Child process for test_atomicity: saves generated documents until it is killed.

Run as ``python -m tests.store.atomic_child URL FIRST COUNT``; prints each document
number once its save has committed.
"""

from __future__ import annotations

import sys

from armstrace.store import Store

from tests.store.store_corpus import bulk


def main(url: str, first: int, count: int) -> None:
    with Store.open(url) as store:
        for n in range(first, first + count):
            store.save(bulk(n))
            print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
