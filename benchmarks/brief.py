"""Benchmark: render the HTML brief of a synthetic 2,000-claim dossier (and a larger one).

Prints, per size, the time to prepare the brief's data (analyses included), the
time to render the templates, the page's size, and how many disputes and claims
it shows; the ratio between sizes shows whether the cost grows linearly. Long
sections start collapsed (``<details>``) past the limits in
``claimgraph.render.brief.page.OPEN_LIMITS``, so the page stays usable.

Run from the repository root:

    python3 benchmarks/brief.py              # 2,000 and 8,000 claims
    python3 benchmarks/brief.py 2000         # one size
    python3 benchmarks/brief.py 2000 -o /tmp/brief-2000.html   # keep the page
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from benchmarks.synthetic import synthetic_ledger
from claimgraph.render.brief import brief_data, render_brief


def measure(size: int, output: Path | None) -> float:
    """Render the brief for ``size`` claims, print the figures, and return the total seconds."""
    ledger = synthetic_ledger(size)
    started = time.perf_counter()
    data = brief_data(ledger)
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    page = render_brief(ledger)
    total = time.perf_counter() - started
    size_bytes = len(page.encode("utf-8"))
    collapsed = [
        name
        for name, shut in (
            ("candidates", not data.candidates_open),
            ("matrix", not data.matrix.open),
            ("findings", not data.findings_open),
            ("appendix", not data.appendix_open),
        )
        if shut
    ]
    collapsed += [f"{sum(not d.open for d in data.disputes)} disputes"]
    print(
        f"{size:>7,} claims: data {prepared:6.2f} s, data + render {total:6.2f} s, "
        f"{size_bytes / 1e6:6.2f} MB, {len(data.disputes):,} disputes, "
        f"{sum(len(d.graph.nodes) for d in data.disputes):,} claims in maps, "
        f"{len(data.findings):,} findings; collapsed: {', '.join(collapsed)}"
    )
    if output is not None:
        output.write_text(page, encoding="utf-8")
        print(f"         wrote {output}")
    return total


def main() -> None:
    """Parse the sizes and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[2000, 8000])
    parser.add_argument("-o", "--output", type=Path, help="write the first size's page here")
    args = parser.parse_args()
    timings = []
    for index, size in enumerate(args.sizes):
        timings.append(measure(size, args.output if index == 0 else None))
    if len(timings) > 1:
        ratio = timings[-1] / timings[0]
        print(
            f"time ratio {ratio:.1f} for {args.sizes[-1] / args.sizes[0]:.0f}× the claims "
            "(linear would be about the same number)"
        )


if __name__ == "__main__":
    main()
