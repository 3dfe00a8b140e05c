"""Run every benchmark in turn (``make bench``); each prints its own figures.

Benchmarks measure speed and memory; they are never run as tests. Figures are quoted
as ratios against a baseline run in the same process, since these machines are noisy.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    names = [
        m.name
        for m in pkgutil.iter_modules([str(HERE)])
        if not m.name.startswith("_") and m.name != "run"
    ]
    only = set(sys.argv[1:])
    for name in sorted(names):
        if only and name not in only:
            continue
        print(f"\n== bench/{name}.py")
        module = importlib.import_module(f"bench.{name}")
        saved, sys.argv = sys.argv, [f"bench/{name}.py"]
        try:
            module.main()
        finally:
            sys.argv = saved


if __name__ == "__main__":
    main()
