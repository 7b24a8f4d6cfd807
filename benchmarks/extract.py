"""How long extraction and the quote audit take on large texts (20 MB), on this machine.

Run: python3 benchmarks/extract.py   (about a minute on a 2-core machine)

Prints one line per case: text size, claims found, seconds. Extraction is one
pass over the text (sentence splitting, then bounded patterns per sentence of
at most 2,000 characters), so time should grow linearly with size.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimgraph.extract import extract_claims  # noqa: E402
from claimgraph.graph.audit import audit  # noqa: E402
from claimgraph.io import dossier_text  # noqa: E402
from claimgraph.io.article import link_article, read_article  # noqa: E402

ARTICLE = (ROOT / "claims" / "rafah-2026-02-04.txt").read_text(encoding="utf-8")
SIZE = 20 * 1000 * 1000


def _repeat(unit: str, size: int = SIZE) -> str:
    return unit * (size // len(unit) + 1)


def _timed(label: str, text: str) -> None:
    start = time.perf_counter()
    ledger = extract_claims(text)
    seconds = time.perf_counter() - start
    print(
        f"{label:<44} {len(text.encode()) / 1e6:6.1f} MB  {len(ledger.claims):7d} claims "
        f"{len(ledger.sources):4d} sources  {seconds:6.2f} s",
        flush=True,
    )


def main() -> None:
    """Run every case and print its figures."""
    _timed("founding article x1", ARTICLE)
    _timed("founding article, 2 MB", _repeat(ARTICLE + "\n", SIZE // 10))
    _timed("founding article, 20 MB", _repeat(ARTICLE + "\n", SIZE))
    _timed("20 MB, CRLF line ends", _repeat(ARTICLE.replace("\n", "\r\n") + "\r\n", SIZE))
    _timed("20 MB, one line, no full stops", _repeat("Hamas said the crossing was closed and "))
    _timed("20 MB, 'He said.' lines, no antecedent", _repeat("He said it.\n"))
    _timed("20 MB, prose without attributions", _repeat("The sun rose over the sea. Boats left. "))
    _timed("50 MB, one sentence", _repeat("Hamas said the crossing was closed and ", 50 * 1000 * 1000))
    _timed("50 MB, founding article repeated", _repeat(ARTICLE + "\n", 50 * 1000 * 1000))
    print(f"{'peak resident memory so far':<44} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:6.0f} MB")

    # The whole command path on 20 MB: read, extract, link beside the article, write YAML.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(_repeat(ARTICLE + "\n", SIZE), encoding="utf-8")
        start = time.perf_counter()
        ledger = link_article(extract_claims(read_article(path)), path, Path(folder) / "draft.yaml")
        text = dossier_text(ledger)
        print(
            f"{'extract command path, 20 MB (YAML written)':<44} {len(text) / 1e6:6.1f} MB of YAML "
            f"{time.perf_counter() - start:10.2f} s",
            flush=True,
        )

    # The quote audit on a misquote in a 16 MB document (the dossier reader's cap).
    big = _repeat(ARTICLE + "\n", 16 * 1000 * 1000)
    ledger = extract_claims(big[: len(ARTICLE)] + "\n")
    document = ledger.documents[0]
    from attrs import evolve

    claim = evolve(ledger.claims[0], quote="the Rafah crossing remains open on Wednesday")
    ledger = evolve(ledger, documents=(evolve(document, text=big),), claims=(claim,))
    start = time.perf_counter()
    findings = [f for f in audit(ledger) if f.code == "quote-not-verbatim"]
    print(
        f"{'audit: misquote in a 16 MB document':<44} score {findings[0].score:5.1f} "
        f"{time.perf_counter() - start:17.2f} s",
        flush=True,
    )


if __name__ == "__main__":
    main()
