"""Benchmark: bulk import of JSON Lines claims, time and peak memory by input size.

Generates sources, documents and N claims as JSON Lines in a temporary folder,
runs ``claimgraph import ... -o out.yaml`` in a fresh process for each size,
and prints the wall time and that process's peak RSS, so that growth with N is
visible. Run: ``python3 benchmarks/import_jsonl.py [N ...]`` (default 10k, 100k, 1M).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES, DOCUMENTS = 200, 500

# Run in a child of a child: RUSAGE_CHILDREN then holds only the import's peak.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, elapsed, peak)
sys.stderr.write(done.stderr[-2000:])
"""


def _generate(folder: Path, rows: int) -> list[Path]:
    sources = folder / "sources.jsonl"
    with sources.open("w", encoding="utf-8") as out:
        for i in range(SOURCES):
            out.write(json.dumps({"id": f"s{i}", "name": f"Source {i}", "kind": "person" if i % 3 else "ngo"}) + "\n")
    documents = folder / "documents.jsonl"
    with documents.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            out.write(
                json.dumps(
                    {
                        "id": f"d{i}",
                        "title": f"Report {i}",
                        "publisher": f"s{i % SOURCES}",
                        "published": "2026-02-04",
                        "url": f"https://news.example/{i}",
                    }
                )
                + "\n"
            )
    claims = folder / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as out:
        for i in range(rows):
            out.write(
                json.dumps(
                    {
                        "id": f"c{i:07d}",
                        "statement": f"The crossing carried {i % 97} people on day {i % 28 + 1}.",
                        "said_by": f"s{i % SOURCES}",
                        "via": [f"s{(i + 1) % SOURCES}"],
                        "document": f"d{i % DOCUMENTS}",
                        "quote": f"carried {i % 97} people",
                        "cue": "said",
                        "said_on": f"2026-02-{i % 28 + 1:02d}",
                        "topics": ["rafah", "crossing"],
                        "proposition": {
                            "subject": "rafah-crossing",
                            "property": "departures",
                            "value": i % 97,
                            "unit": "people",
                            "when": f"2026-02-{i % 28 + 1:02d}",
                        },
                    }
                )
                + "\n"
            )
    return [sources, documents, claims]


def _measure(files: list[Path], output: Path) -> tuple[int, float, int]:
    command = [sys.executable, "-m", "claimgraph", "import", *map(str, files), "-o", str(output)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, env=env, check=True
    )
    code, elapsed, peak = done.stdout.split()
    if int(code) != 0:
        sys.exit(f"import failed:\n{done.stderr}")
    return int(code), float(elapsed), int(peak)


def main(sizes: list[int]) -> None:
    print(f"{'rows':>9} {'input MB':>9} {'output MB':>10} {'seconds':>8} {'rows/s':>8} {'peak RSS MB':>12}")
    for rows in sizes:
        with tempfile.TemporaryDirectory(prefix="claimgraph-bench-") as folder:
            files = _generate(Path(folder), rows)
            output = Path(folder) / "out.yaml"
            _, elapsed, peak_kib = _measure(files, output)
            size_in = sum(f.stat().st_size for f in files) / 1e6
            print(
                f"{rows:>9,} {size_in:>9.1f} {output.stat().st_size / 1e6:>10.1f} "
                f"{elapsed:>8.1f} {rows / elapsed:>8,.0f} {peak_kib / 1024:>12.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or [10_000, 100_000, 1_000_000])
