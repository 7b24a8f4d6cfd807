"""Benchmark: the ledger store at 100k claims.

1. Record a 100k-claim synthetic ledger into an empty store (one transaction).
2. Record a new 50-claim dossier (YAML, with the sources and documents it uses)
   into that 100k-claim store, as ``claimgraph record`` does: read the dossier,
   diff it against the current-state table by id, check the resulting state,
   append the 50 entries with executemany in one transaction. The log is never
   rescanned per claim; the cost that grows with the ledger is one read of the
   current-state table for the whole-state check.
3. For scale: the same dossier again (appends nothing), verify (rehashes the
   whole chain), and a read of the current state.

Each phase runs in its own process, so each peak RSS (``resource.getrusage``)
is that phase's own. Run from the repository root:

    python3 benchmarks/ledger.py            # 100k claims
    python3 benchmarks/ledger.py 20000      # another size
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from claimgraph.io import dossier_text, read_ledger
from claimgraph.model import Claim, Ledger, Relation
from claimgraph.store import init_store, read_store, record_ledger, verify_store

NEW_CLAIMS = 50


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _new_dossier(base: Ledger) -> Ledger:
    """50 new claims by existing speakers in existing documents, 5 of them contradicting old claims,
    with the sources (and their parents) and documents they use, as a dossier must have them."""
    claims = [
        Claim(
            id=f"new-{i}",
            statement=f"New statement {i}.",
            said_by=base.claims[i * 997].said_by,
            document=base.claims[i * 997].document,
            said_on="2026-03-01",
            cue="said",
        )
        for i in range(NEW_CLAIMS)
    ]
    relations = [
        Relation(kind="contradicts", source=f"new-{i}", target=base.claims[i * 997].id, note="bench")
        for i in range(0, NEW_CLAIMS, 10)
    ]
    old = {base.claims[i * 997].id for i in range(0, NEW_CLAIMS, 10)}
    claims += [c for c in base.claims if c.id in old]
    used = {s for c in claims for s in base.chain(c.said_by)} | {r for c in claims for r in c.via}
    documents = {c.document for c in claims}
    used |= {d.publisher for d in base.documents if d.id in documents and d.publisher}
    used = {s for source in used for s in base.chain(source)}
    return Ledger(
        sources=[s for s in base.sources if s.id in used],
        documents=[d for d in base.documents if d.id in documents],
        claims=claims,
        relations=relations,
    )


def _timed(label: str, work) -> object:
    started = time.perf_counter()
    result = work()
    print(f"  {label:<44} {time.perf_counter() - started:7.2f} s   peak RSS {_peak_mib():6.0f} MiB")
    return result


def _phase(name: str, store: Path, dossier: Path, size: int) -> None:
    if name == "bulk":
        from benchmarks.synthetic import synthetic_ledger

        ledger = synthetic_ledger(size)
        print(
            f"  (generated {len(ledger.claims)} claims, {len(ledger.sources)} sources, "
            f"{len(ledger.relations)} relations; peak RSS so far {_peak_mib():.0f} MiB)"
        )
        init_store(store)
        summary = _timed(f"record {size} claims into an empty ledger", lambda: record_ledger(store, ledger, "bench"))
        print(f"  → {summary.added} entries appended; ledger file {store.stat().st_size / 2**20:.0f} MiB")
        dossier.write_text(dossier_text(_new_dossier(ledger)), encoding="utf-8")
    elif name == "fifty":
        summary = _timed(
            f"record a {NEW_CLAIMS}-claim dossier into it",
            lambda: record_ledger(store, read_ledger([dossier]), "bench"),
        )
        print(f"  → {summary.added} added, {summary.unchanged} unchanged")
    elif name == "again":
        summary = _timed("record the same dossier again", lambda: record_ledger(store, read_ledger([dossier]), "x"))
        print(f"  → {summary.changed} appended")
    elif name == "verify":
        result = _timed("verify the whole chain", lambda: verify_store(store))
        print(f"  → {result.entries} entries, ok={result.ok}")
    elif name == "read":
        ledger = _timed("read the current state", lambda: read_store(store))
        print(f"  → {len(ledger.claims)} claims")


def main(size: int) -> None:
    """Run each phase in a child process and print its figures."""
    print(f"ledger store benchmark, {size} claims")
    with tempfile.TemporaryDirectory() as folder:
        store, dossier = Path(folder) / "bench.db", Path(folder) / "new.yaml"
        for phase in ("bulk", "fifty", "again", "verify", "read"):
            subprocess.run(
                [sys.executable, __file__, "--phase", phase, str(store), str(dossier), str(size)], check=True
            )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--phase":
        _phase(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
