"""Every benchmark in one run: the pipeline at 10k, 100k and 1M claims beside a bare baseline.

For each size, synthetic ledgers (:mod:`benchmarks.synthetic`: power-law
speakers, relay chains, 5-10 % of claims in disputes, structured propositions)
are generated once and cached under the temp dir (``claimgraph-bench/``), as a
JSON export (what the baseline parses) and as a ledger store (what ``load``
reads: a ledger that big lives in a store, not in a YAML dossier).

Steps, each timed with ``time.perf_counter``:

* baseline: ``orjson.loads`` of the JSON export, then the same nodes (with the
  records as attributes) and edges added to a bare ``networkx.MultiDiGraph``;
* record: the ledger recorded into an empty store (``record_ledger``);
* load (``read_store``), graph (``build_graph``), disputes, candidates, audit:
  one process, in the order a command runs them;
* brief, one dispute: the largest dispute's sub-ledger read from the store
  (``store_dispute_ledger``) and its brief rendered; then the sub-ledger alone
  (the relations read, the dispute walked from its claims, its rows read);
* brief, 2,000-claim dossier (once): read the YAML dossier, render the whole brief;
* ``claimgraph check claims/`` wall time, interpreter start-up included (once).

Memory: every group of steps runs in a fresh process; before each step the
kernel's peak-RSS mark is reset (``/proc/self/clear_refs``), so "peak" is the
process's largest resident size during that step (what it holds from earlier
steps included, as in real use). Neither tracemalloc (slow, and blind to C
allocations) nor ``ru_maxrss`` (never goes down) can say that per step.

Repeats: every group of steps runs ``--repeat`` times (3 by default), each in
a fresh process; a step's time is its best run (a quiet run is the truest
figure on a shared machine, as timeit and hyperfine's minimum have it), its
peak the largest. The baseline is repeated the same way.

Ratios: time ÷ the baseline's total time (parse + graph) at the same size;
peak ÷ the baseline's peak; "×prev" is time ÷ the time at the previous size.

Run from the repository root (the default run takes about nine minutes, the
first one longer while it generates and caches the ledgers; ``--repeat 1``
takes about four):

    python3 benchmarks/run.py                 # 10k, 100k and 1M claims
    python3 benchmarks/run.py --quick         # 1k and 10k: a smoke test
    python3 benchmarks/run.py --sizes 10k,50k
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout

SECTIONS = ("sources", "documents", "claims", "relations", "questions", "reviews")
BRIEF_DOSSIER_CLAIMS = 2000


# ---------------------------------------------------------------- memory


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    raise OSError(field)


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets VmHWM (the peak RSS) to the current RSS
        return True
    except OSError:
        return False


class _Steps:
    """Times steps in this process and records each one's peak RSS."""

    def __init__(self) -> None:
        self.results: dict[str, dict] = {}

    def run(self, name: str, work):
        gc.collect()
        resettable = _reset_peak()
        started = time.perf_counter()
        value = work()
        seconds = time.perf_counter() - started
        try:
            peak = _status("VmHWM:") if resettable else None
        except OSError:
            peak = None
        if peak is None:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        self.results[name] = {"seconds": seconds, "peak": peak}
        return value


# ---------------------------------------------------------------- data


def _parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _label(size: int) -> str:
    return f"{size // 1_000_000}M" if size % 1_000_000 == 0 else (f"{size // 1000}k" if size % 1000 == 0 else str(size))


def _cache_root(base: Path | None) -> Path:
    generator = (ROOT / "benchmarks" / "synthetic.py").read_bytes()
    version = hashlib.sha256(generator).hexdigest()[:10]  # a changed generator → new data
    return (base or Path(tempfile.gettempdir()) / "claimgraph-bench") / version


def _prepare(folder: Path, size: int) -> None:
    """Generate the ledger once: its JSON export, and the dispute to brief."""
    import orjson

    from benchmarks.synthetic import synthetic_ledger
    from claimgraph.graph.subledger import dispute_members
    from claimgraph.model import to_fields

    ledger = synthetic_ledger(size)
    export = {section: [to_fields(e, with_text=True) for e in getattr(ledger, section)] for section in SECTIONS}
    (folder / "ledger.json.tmp").write_bytes(orjson.dumps(export))
    order = {c.id: i for i, c in enumerate(ledger.claims)}
    members = dispute_members(ledger.relations, ledger.questions, order)
    # The largest dispute (first of them in ledger order): the costliest one-dispute brief.
    largest = max(members, key=lambda d: len(members[d][1]))
    meta = {
        "claims": len(ledger.claims),
        "sources": len(ledger.sources),
        "documents": len(ledger.documents),
        "relations": len(ledger.relations),
        "disputes": len(members),
        "brief_dispute": largest,
        "brief_dispute_claims": len(members[largest][1]),
    }
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    os.replace(folder / "ledger.json.tmp", folder / "ledger.json")


def ledger_folder(cache: Path, size: int) -> Path:
    """The folder of the cached ledger of ``size`` claims, generated on first use."""
    folder = cache / f"claims-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "ledger.json").exists():
        print(f"generating {_label(size)} claims into {folder} ...", file=sys.stderr, flush=True)
        _prepare(folder, size)
    return folder


def _read_export(folder: Path):
    import orjson

    from claimgraph._gc import paused_gc
    from claimgraph.model import Ledger, from_fields

    data = orjson.loads((folder / "ledger.json").read_bytes())
    with paused_gc():
        return Ledger(
            **{section: [from_fields(section[:-1], record) for record in data.get(section, ())] for section in SECTIONS}
        )


# ---------------------------------------------------------------- workers (one process each)


def _baseline(folder: Path, steps: _Steps, paused: bool) -> None:
    import networkx as nx
    import orjson

    if paused:
        gc.disable()
    raw = (folder / "ledger.json").read_bytes()
    data = steps.run("parse", lambda: orjson.loads(raw))

    def graph() -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        g.add_nodes_from((f"source:{s['id']}", s) for s in data["sources"])
        g.add_nodes_from((f"document:{d['id']}", d) for d in data["documents"])
        g.add_nodes_from((f"claim:{c['id']}", c) for c in data["claims"])

        def edges():
            for s in data["sources"]:
                if "part_of" in s:
                    yield f"source:{s['id']}", f"source:{s['part_of']}", "part_of", {"kind": "part_of"}
            for d in data["documents"]:
                if "publisher" in d:
                    yield f"document:{d['id']}", f"source:{d['publisher']}", "published_by", {"kind": "published_by"}
            for c in data["claims"]:
                node = f"claim:{c['id']}"
                yield node, f"source:{c['said_by']}", "said_by", {"kind": "said_by"}
                for position, relay in enumerate(c.get("via", ())):
                    yield node, f"source:{relay}", f"via:{position}", {"kind": "via", "position": position}
                if "document" in c:
                    yield node, f"document:{c['document']}", "appears_in", {"kind": "appears_in"}
            for r in data["relations"]:
                yield (
                    f"claim:{r['from']}",
                    f"claim:{r['to']}",
                    r["kind"],
                    {k: v for k, v in r.items() if k not in ("from", "to")},
                )

        g.add_edges_from(edges())
        return g

    steps.run("graph", graph)


def _pipeline(folder: Path, steps: _Steps) -> None:
    from claimgraph.graph import build_graph, find_candidates, find_disputes
    from claimgraph.store import read_store

    ledger = steps.run("load", lambda: read_store(folder / "ledger.db"))
    graph = steps.run("graph", lambda: build_graph(ledger))
    steps.run("disputes", lambda: find_disputes(graph))
    steps.run("candidates", lambda: find_candidates(graph))
    try:
        from claimgraph.graph.audit import audit
    except ImportError:
        return
    steps.run("audit", lambda: audit(ledger, graph))


def _record(folder: Path, steps: _Steps) -> None:
    from claimgraph.store import init_store, record_ledger

    ledger = _read_export(folder)
    scratch = folder / "record-scratch.db"
    for stale in folder.glob("record-scratch.db*"):
        stale.unlink()

    def record() -> None:
        init_store(scratch)
        record_ledger(scratch, ledger, "benchmark", at=None)

    steps.run("record", record)
    if not (folder / "ledger.db").exists():
        os.replace(scratch, folder / "ledger.db")  # the store "load" reads from now on
    for stale in folder.glob("record-scratch.db*"):
        stale.unlink()


def _brief_dispute(folder: Path, steps: _Steps) -> None:
    from claimgraph.graph.subledger import store_dispute_ledger
    from claimgraph.render.brief import render_brief

    dispute = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["brief_dispute"]
    steps.run(
        "brief, one dispute", lambda: render_brief(store_dispute_ledger(folder / "ledger.db", dispute), dispute=dispute)
    )
    # Its first part alone: the relations read and the dispute walked from its claims.
    steps.run("one dispute's sub-ledger", lambda: store_dispute_ledger(folder / "ledger.db", dispute))


def _brief_dossier(folder: Path, steps: _Steps) -> None:
    from claimgraph.io import read_ledger
    from claimgraph.render.brief import render_brief

    dossier = folder / f"dossier-{BRIEF_DOSSIER_CLAIMS}.yaml"
    if not dossier.exists():
        from benchmarks.synthetic import synthetic_ledger
        from claimgraph.io import dossier_text

        dossier.write_text(dossier_text(synthetic_ledger(BRIEF_DOSSIER_CLAIMS)), encoding="utf-8")
    steps.run(f"brief, {BRIEF_DOSSIER_CLAIMS:,}-claim dossier", lambda: render_brief(read_ledger([dossier])))


WORKERS = {
    "baseline": lambda folder, steps: _baseline(folder, steps, paused=False),
    "baseline-nogc": lambda folder, steps: _baseline(folder, steps, paused=True),
    "record": _record,
    "pipeline": _pipeline,
    "brief-dispute": _brief_dispute,
    "brief-dossier": _brief_dossier,
}


def _worker(kind: str, folder: Path) -> None:
    steps = _Steps()
    WORKERS[kind](folder, steps)
    print("RESULT " + json.dumps(steps.results), flush=True)


FAILURES: list[str] = []


def _best(kind: str, folder: Path, repeat: int, *, optional: bool = False) -> dict:
    """Each step's best time over ``repeat`` runs (a fresh process each), with the largest peak."""
    runs = [_spawn(kind, folder, optional=optional) for _ in range(repeat)]
    best: dict[str, dict] = {}
    for run in runs:
        for step, figures in run.items():
            kept = best.setdefault(step, dict(figures))
            kept["seconds"] = min(kept["seconds"], figures["seconds"])
            kept["peak"] = max(kept["peak"], figures["peak"])
    return best


def _spawn(kind: str, folder: Path, *, optional: bool = False) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(folder)], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode != 0:
        message = f"benchmark worker {kind} failed in {folder}:\n{done.stderr}"
        if not optional:
            raise SystemExit(message)
        # A step of a part still being written must not sink the whole run: say so, go on.
        FAILURES.append(f"{kind} ({folder.name}): {done.stderr.strip().splitlines()[-1]}")
        return {}
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def _check_wall(runs: int = 5) -> float:
    """Best wall time of ``claimgraph check claims/``, start-up included."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "claimgraph", "check", "claims/"], cwd=ROOT, capture_output=True, check=True
        )
        best = min(best, time.perf_counter() - started)
    return best


# ---------------------------------------------------------------- table


def _mib(value: float) -> str:
    return f"{value / 2**20:,.0f}"


def _print_table(sizes: list[int], results: dict[int, dict], extras: dict, notes: list[str]) -> None:
    header = f"{'claims':>7}  {'step':<30} {'wall s':>8} {'×base':>6} {'peak MiB':>9} {'×base':>6} {'×prev':>6}"
    print(header)
    print("-" * len(header))
    previous: dict[str, float] | None = None
    for size in sizes:
        result = results[size]
        base = result["baseline"]
        base_time = base["parse"]["seconds"] + base["graph"]["seconds"]
        base_peak = max(base["parse"]["peak"], base["graph"]["peak"])
        rows = [
            ("baseline: orjson parse", base["parse"]),
            ("baseline: bare nx graph", base["graph"]),
            ("baseline total", {"seconds": base_time, "peak": base_peak}),
        ]
        nogc = result.get("baseline-nogc")
        if nogc:
            rows.append(
                (
                    "  (baseline, GC paused)",
                    {
                        "seconds": nogc["parse"]["seconds"] + nogc["graph"]["seconds"],
                        "peak": max(nogc["parse"]["peak"], nogc["graph"]["peak"]),
                    },
                )
            )
        for name, figures in result["steps"].items():
            rows.append((name, figures))
        core = [result["steps"][s] for s in ("load", "graph", "disputes", "candidates") if s in result["steps"]]
        core_row = {"seconds": sum(c["seconds"] for c in core), "peak": max(c["peak"] for c in core)}
        rows.append(("load+graph+disputes+candidates", core_row))
        current = {}
        for name, figures in rows:
            seconds, peak = figures["seconds"], figures["peak"]
            current[name] = seconds
            growth = f"{seconds / previous[name]:6.1f}" if previous and previous.get(name) else f"{'':>6}"
            print(
                f"{_label(size):>7}  {name:<30} {seconds:8.2f} {seconds / base_time:6.2f} "
                f"{_mib(peak):>9} {peak / base_peak:6.2f} {growth}"
            )
        print()
        previous = current if size > 0 else None
    for name, figures in extras.items():
        print(
            f"{'once':>7}  {name:<30} {figures['seconds']:8.2f} {'':>6} "
            f"{_mib(figures['peak']) if figures.get('peak') else '':>9}"
        )
    print()
    for note in notes:
        print(note)


def _targets(sizes: list[int], results: dict[int, dict], extras: dict) -> list[str]:
    lines = ["targets:"]
    largest = max(sizes)
    result = results[largest]
    base = result["baseline"]
    base_time = base["parse"]["seconds"] + base["graph"]["seconds"]
    base_peak = max(base["parse"]["peak"], base["graph"]["peak"])
    core = [result["steps"][s] for s in ("load", "graph", "disputes", "candidates")]
    core_time, core_peak = sum(c["seconds"] for c in core), max(c["peak"] for c in core)
    verdict = "met" if core_time <= 2 * base_time else "MISSED"
    lines.append(
        f"  {_label(largest)}: load+graph+disputes+candidates {core_time:.1f} s = "
        f"{core_time / base_time:.2f}× baseline time (target ≤ 2×): {verdict}"
    )
    verdict = "met" if core_peak <= 1.5 * base_peak else "MISSED"
    lines.append(
        f"  {_label(largest)}: peak {_mib(core_peak)} MiB = {core_peak / base_peak:.2f}× "
        f"baseline peak (target ≤ 1.5×): {verdict}"
    )
    for small, large in itertools.pairwise(sizes):
        factor = large / small
        allowed = 1.2 * factor
        growth = sorted(
            (
                (results[large]["steps"][name]["seconds"] / results[small]["steps"][name]["seconds"], name)
                for name in results[large]["steps"]
                if name in results[small]["steps"]
            ),
            reverse=True,
        )
        over = [f"{name} ×{times:.1f}" for times, name in growth if times > allowed]
        verdict = "met" if not over else "MISSED (" + ", ".join(over) + ")"
        lines.append(
            f"  {_label(small)}→{_label(large)} (×{factor:g} claims): worst step {growth[0][1]} "
            f"×{growth[0][0]:.1f} (target ≤ ×{allowed:g} for every step): {verdict}"
        )
    brief = result["steps"].get("brief, one dispute")
    if brief:
        verdict = "met" if brief["seconds"] < 2 else "MISSED"
        lines.append(f"  {_label(largest)}: brief of one dispute {brief['seconds']:.2f} s (target < 2 s): {verdict}")
    check = extras.get("claimgraph check claims/ (wall)")
    if check:
        verdict = "met" if check["seconds"] < 0.3 else "MISSED"
        lines.append(f"  claimgraph check claims/: {check['seconds']:.3f} s wall (target < 0.3 s): {verdict}")
    return lines


def main() -> None:
    """Parse the options, prepare the data, run every worker and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated claim counts (10k, 1M, 2500...)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k claims only: a smoke test")
    parser.add_argument(
        "--cache", type=Path, help="where generated ledgers are kept (default: claimgraph-bench in the temp dir)"
    )
    parser.add_argument(
        "--no-gc-baseline", action="store_true", help="skip the second baseline run with the garbage collector paused"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="N",
        help="run every step N times, each in a fresh process, and keep its best time "
        "and largest peak (default: 3; 1 for a quicker, noisier run)",
    )
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]))
        return
    sizes = sorted({_parse_size(s) for s in ("1k,10k" if args.quick else args.sizes).split(",") if s.strip()})
    cache = _cache_root(args.cache)
    started = time.perf_counter()
    results: dict[int, dict] = {}
    notes = []
    for size in sizes:
        folder = ledger_folder(cache, size)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        print(f"{_label(size)}: running ...", file=sys.stderr, flush=True)
        result = {"baseline": _best("baseline", folder, args.repeat)}
        if not args.no_gc_baseline:
            result["baseline-nogc"] = _best("baseline-nogc", folder, args.repeat)
        steps = dict(_best("record", folder, args.repeat))
        steps = {
            **_best("pipeline", folder, args.repeat),
            **steps,
            **_best("brief-dispute", folder, args.repeat, optional=True),
        }
        result["steps"] = steps
        results[size] = result
        notes.append(
            f"{_label(size)}: {meta['claims']:,} claims, {meta['sources']:,} sources, "
            f"{meta['documents']:,} documents, {meta['relations']:,} relations, "
            f"{meta['disputes']:,} disputes; brief of {meta['brief_dispute']} "
            f"({meta['brief_dispute_claims']} claims)"
        )
    extras = dict(_best("brief-dossier", cache, args.repeat, optional=True))
    extras["claimgraph check claims/ (wall)"] = {"seconds": _check_wall()}
    print()
    _print_table(
        sizes,
        results,
        extras,
        notes
        + [""]
        + _targets(sizes, results, extras)
        + [f"failed: {failure}" for failure in FAILURES]
        + [
            f"\neach step: best of {args.repeat} run{'s' * (args.repeat > 1)}, a fresh process each; "
            f"whole run {time.perf_counter() - started:.0f} s; data cached in {cache}"
        ],
    )


if __name__ == "__main__":
    main()
