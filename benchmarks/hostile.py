"""Benchmark: what hostile input costs. Time and peak memory of each command, in a fresh process.

Cases (each just under the 16 MiB dossier cap unless said otherwise):

- ``check`` on a dossier that is a list of empty mappings (``- {}`` lines);
- ``check`` on a dossier whose claims section holds empty mappings;
- ``check`` on one flow list of numbers (``claims: [1,1,1,...]``);
- ``check`` on 330 levels of nesting;
- ``audit`` and ``brief`` on a dossier whose document text is 10 MB and
  whose claim quotes 1 MB that is not in it.

Every command must end with exit code 0 or 1 (an explained refusal), never a
traceback; the acceptance bounds are under 20 s and 1 GB for ``check`` and under
5 s for ``audit`` / ``brief``. Run: ``python3 benchmarks/hostile.py [--scale F]``
(``--scale 0.1`` for a quick run on smaller inputs).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAP = 16 * 1024 * 1024 - 1024

# Run in a child of a child: RUSAGE_CHILDREN then holds only the command's peak.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, elapsed, peak)
sys.stderr.write(done.stderr[-3000:])
"""


def _write(path: Path, head: str, unit: str, size: int, tail: str = "") -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(head)
        out.write(unit * ((size - len(head) - len(tail)) // len(unit)))
        out.write(tail)
    return path


def _long_quote_dossier(folder: Path, scale: float) -> Path:
    words = ["the", "crossing", "at", "Rafah", "remained", "open", "on", "Wednesday", "officials", "said", "while"]
    document = int(10_000_000 * scale)
    quote = int(1_000_000 * scale)
    sentence = " ".join(words) + ". "
    text = (sentence * (document // len(sentence) + 1))[:document]
    (folder / "article.txt").write_text(text, encoding="utf-8")
    # The quote reorders the words, so it is never found verbatim and the audit must decide what to do.
    quoted = (" ".join(reversed(words)) + " ") * (quote // len(sentence) + 1)
    dossier = folder / "long-quote.yaml"
    dossier.write_text(
        "sources:\n  - {id: cogat, name: COGAT, kind: military}\n"
        "documents:\n  - {id: article, title: A very long article, text_file: article.txt}\n"
        "claims:\n  - id: open\n    statement: The crossing was open.\n    said_by: cogat\n"
        "    document: article\n    cue: said\n    said_on: 2026-02-04\n"
        f'    quote: "{quoted[:quote].strip()}"\n',
        encoding="utf-8",
    )
    return dossier


def _measure(arguments: list[str]) -> tuple[int, float, int, str]:
    command = [sys.executable, "-m", "claimgraph", *arguments]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, env=env)
    code, elapsed, peak = done.stdout.split()
    return int(code), float(elapsed), int(peak), done.stderr


def main(scale: float) -> int:
    size = int(CAP * scale)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="claimgraph-hostile-") as name:
        folder = Path(name)
        long_quote = _long_quote_dossier(folder, scale)
        cases = [
            ("check: 16 MB of '- {}'", ["check", str(_write(folder / "list.yaml", "", "- {}\n", size))]),
            (
                "check: 16 MB claims of '- {}'",
                ["check", str(_write(folder / "claims.yaml", "claims:\n", "- {}\n", size))],
            ),
            ("check: 16 MB flow list", ["check", str(_write(folder / "flow.yaml", "claims: [", "1,", size, "1]\n"))]),
            (
                "check: 330 levels of nesting",
                ["check", str(_write(folder / "deep.yaml", "claims:\n- " + "[" * 330, "]", 330 * 2 + 12, "\n"))],
            ),
            ("audit: 10 MB document, 1 MB quote", ["audit", str(long_quote)]),
            ("brief: 10 MB document, 1 MB quote", ["brief", str(long_quote), "-o", str(folder / "brief.html")]),
        ]
        print(f"{'case':<38} {'exit':>4} {'seconds':>8} {'peak RSS MB':>12}")
        for label, arguments in cases:
            code, elapsed, peak_kib, stderr = _measure(arguments)
            print(f"{label:<38} {code:>4} {elapsed:>8.2f} {peak_kib / 1024:>12.1f}", flush=True)
            if code not in (0, 1) or "Traceback" in stderr:
                failures += 1
                print(stderr, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="input sizes as a fraction of the full case")
    sys.exit(main(parser.parse_args().scale))
