"""Benchmark: ``verify`` on a large ledger store, and a consistency proof between two of its heads.

1. Build a store from the synthetic ledger (1M claims by default, about 1.15M
   entries) in one ``record``, unless ``--store`` names one built before.
2. Time ``verify_store``: the hash chain, the current state, the schema objects
   and, where the store keeps one, the Merkle tree, all recomputed.
3. Where the store keeps a Merkle tree: time a consistency proof from the head
   at half the entries to the current head, read from the stored tree nodes,
   and checking it as someone holding only the two heads would.

Each phase runs in its own process, so the timings do not share caches of
Python objects. Run from the repository root:

    python3 benchmarks/ledger_verify.py                    # 1M claims, in a temporary folder
    python3 benchmarks/ledger_verify.py 100000             # another size
    python3 benchmarks/ledger_verify.py 1000000 --store big.db   # build once, keep, time again later

Running the same command against an older checkout (``PYTHONPATH=OLD``) gives
the "before" figure for step 2.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout


def _build(store: Path, size: int) -> None:
    from benchmarks.synthetic import synthetic_ledger
    from claimgraph.store import init_store, record_ledger

    ledger = synthetic_ledger(size)
    init_store(store)
    started = time.perf_counter()
    summary = record_ledger(store, ledger, "bench")
    print(
        f"  built: {summary.added} entries in {time.perf_counter() - started:.1f} s; "
        f"file {store.stat().st_size / 2**20:.0f} MiB"
    )


def _verify(store: Path) -> None:
    from claimgraph.store import verify_store

    started = time.perf_counter()
    result = verify_store(store)
    elapsed = time.perf_counter() - started
    print(f"  verify: {elapsed:.2f} s for {result.entries} entries, ok={result.ok}, head {result.head}")


def _proof(store: Path) -> None:
    try:
        from claimgraph.store.tree import consistency_between, stored_head
    except ImportError:
        print("  consistency proof: this claimgraph keeps no Merkle tree")
        return
    from claimgraph.store.merkle import verify_consistency

    current = stored_head(store)
    old_size = current.size // 2
    started = time.perf_counter()
    old, new, proof = consistency_between(store, old_size)
    made = time.perf_counter() - started
    started = time.perf_counter()
    ok = verify_consistency(old.size, new.size, old.root, new.root, proof)
    checked = time.perf_counter() - started
    print(
        f"  consistency proof {old.size} -> {new.size} entries: {len(proof)} hashes, "
        f"made in {made * 1000:.1f} ms (heads included), checked in {checked * 1000:.2f} ms, valid={ok}"
    )


def main() -> None:
    """Build (or reuse) the store, then time verify and the proof, each in its own process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="keep the store here (reused when it exists)")
    parser.add_argument("--phase", choices=["build", "verify", "proof"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.phase is not None:
        {"build": lambda: _build(options.store, options.claims), "verify": lambda: _verify(options.store)}.get(
            options.phase, lambda: _proof(options.store)
        )()
        return
    with tempfile.TemporaryDirectory() as folder:
        store = options.store or Path(folder) / "bench.db"
        print(f"ledger verify benchmark, {options.claims} claims, store {store}")
        phases = ["verify", "proof"] if store.exists() else ["build", "verify", "proof"]
        for phase in phases:
            subprocess.run(
                [sys.executable, __file__, str(options.claims), "--store", str(store), "--phase", phase], check=True
            )


if __name__ == "__main__":
    main()
