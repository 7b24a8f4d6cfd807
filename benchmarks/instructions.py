"""Instructions per claim for each pipeline step, counted by valgrind: is the work itself linear?

Wall time at 10k claims runs from the CPU's caches, at 1M from main memory, so
"10× the claims, ≤ 12× the time" mixes two things: how much work a step does,
and how long the machine waits for memory while doing it. Instruction counts
separate them: valgrind's cachegrind counts every instruction the interpreter
executes, the same on a busy machine as on a quiet one. A step whose
instructions per claim stay flat from one size to the next does linear work;
what its time adds beyond that is the memory hierarchy.

Each step is counted as a difference: one process runs load, the next load and
graph, and so on (valgrind has no switch a Python program can flip). Under
valgrind a run takes 30-50× its normal time, so the default sizes stop at
100k claims (about 15 minutes); ledgers come from the same cache as run.py's.

    python3 benchmarks/instructions.py              # 10k and 100k claims
    python3 benchmarks/instructions.py --sizes 1k,10k
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout

from benchmarks.run import _cache_root, _label, _parse_size, _spawn, ledger_folder  # noqa: E402

STEPS = ("load", "graph", "disputes", "candidates", "audit")


def _worker(folder: Path, upto: str) -> None:
    from claimgraph.graph import build_graph, find_candidates, find_disputes
    from claimgraph.graph.audit import audit
    from claimgraph.store import read_store

    if upto == "start-up":  # imports only: what every count below includes
        return
    ledger = read_store(folder / "ledger.db")
    graph = None
    for step in STEPS[1 : STEPS.index(upto) + 1]:
        if step == "graph":
            graph = build_graph(ledger)
        elif step == "disputes":
            find_disputes(graph)
        elif step == "candidates":
            find_candidates(graph)
        elif step == "audit":
            audit(ledger, graph)


def _instructions(folder: Path, upto: str) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--worker",
            str(folder),
            upto,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"valgrind run up to {upto} in {folder} failed:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def main() -> None:
    """Count each step's instructions at each size and print them per claim."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated claim counts")
    parser.add_argument("--cache", type=Path, help="where generated ledgers are kept (as run.py)")
    parser.add_argument("--worker", nargs=2, metavar=("FOLDER", "UPTO"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(Path(args.worker[0]), args.worker[1])
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    sizes = sorted({_parse_size(s) for s in args.sizes.split(",") if s.strip()})
    cache = _cache_root(args.cache)
    per_claim: dict[int, dict[str, float]] = {}
    for size in sizes:
        folder = ledger_folder(cache, size)
        if not (folder / "ledger.db").exists():
            _spawn("record", folder)  # run.py's record step leaves the store behind
        print(f"{_label(size)}: counting ...", file=sys.stderr, flush=True)
        totals = {step: _instructions(folder, step) for step in STEPS}
        start = _instructions(folder, "start-up")
        previous = start
        per_claim[size] = {}
        for step in STEPS:
            per_claim[size][step] = (totals[step] - previous) / size
            previous = totals[step]
    header = f"{'claims':>7}  {'step':<12} {'instructions/claim':>19} {'×prev (per claim)':>18} {'×prev (total)':>14}"
    print(header)
    print("-" * len(header))
    for index, size in enumerate(sizes):
        for step in STEPS:
            value = per_claim[size][step]
            if index:
                before = sizes[index - 1]
                growth = value / per_claim[before][step]
                extra = f"{growth:18.2f} {growth * size / before:14.1f}"
            else:
                extra = ""
            print(f"{_label(size):>7}  {step:<12} {value:19,.0f} {extra}")
        print()
    for small, large in itertools.pairwise(sizes):
        worst = max(STEPS, key=lambda s: per_claim[large][s] / per_claim[small][s])
        print(
            f"{_label(small)}→{_label(large)}: most grown step {worst}, "
            f"×{per_claim[large][worst] / per_claim[small][worst] * large / small:.1f} instructions "
            f"for ×{large / small:g} claims"
        )


if __name__ == "__main__":
    main()
