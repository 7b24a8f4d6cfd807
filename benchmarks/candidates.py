"""Benchmark: rule-found candidate detection at 10k and 100k synthetic claims.

Candidate detection is blocked by proposition key, so ten times the claims
should cost about ten times the time (a ratio near 10, far from the 100 of a
pairwise comparison). Graph building is timed apart, since it is not part of the rule.

Run from the repository root:

    python3 benchmarks/candidates.py            # 10k and 100k claims
    python3 benchmarks/candidates.py 5000 50000 # other sizes
    python3 benchmarks/candidates.py --figures  # numbers as ranges, bounds, approximations, in mixed units
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from benchmarks.synthetic import synthetic_ledger
from claimgraph.graph import build_graph, find_candidates


def _best_of(runs: int, work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def main(sizes: list[int], figures: bool = False) -> None:
    """Time candidate detection at each size and print the figures and the ratio."""
    timings = []
    for size in sizes:
        ledger = synthetic_ledger(size, figures=figures)
        started = time.perf_counter()
        graph = build_graph(ledger)
        built = time.perf_counter() - started
        seconds, found = _best_of(3, lambda graph=graph: find_candidates(graph))
        clashes = sum(c.kind == "contradicts" for c in found)
        print(
            f"{size:>8,} claims: candidates in {seconds:7.3f} s "
            f"({len(found):,} found: {clashes:,} contradicts, {len(found) - clashes:,} supports; "
            f"graph built in {built:.2f} s)"
        )
        timings.append((size, seconds))
    for (small, t_small), (large, t_large) in itertools.pairwise(timings):
        print(
            f"ratio {large:,}/{small:,} claims: time ×{t_large / t_small:.1f} "
            f"for ×{large / small:g} claims (pairwise comparison would be ×{(large / small) ** 2:g})"
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main([int(arg) for arg in arguments if arg != "--figures"] or [10_000, 100_000], "--figures" in arguments)
