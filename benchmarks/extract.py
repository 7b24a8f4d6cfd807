"""How fast extraction runs and how much memory it takes, on articles, attribution-dense text and 50 MB inputs.

Run: python3 benchmarks/extract.py            (a few minutes on a 2-core machine)
     python3 benchmarks/extract.py --quick    (the article mix and dense text only)

Prints one line per case and mode: megabytes of article text (UTF-8), claims
drafted, seconds, megabytes per second and the peak resident memory of the
process that ran the case or of its largest worker (each case runs in a fresh
process, so each peak is its own; the text itself is part of it). Modes:
``whole``, every claim held, on one core (``workers=1``: what one core reads);
``cores``, the same on every available core (a batch of articles with
``extract_drafts``, one long text's blocks with ``extract_draft``); ``stream``,
one core with ``draft_stream``. Cases:

- the article mix: the development split of the extraction gold set (real
  English and Arabic news, ``tests/data/extract-gold``), each text drafted on
  its own, many times over;
- unseen articles, per language: a process warmed on every other dev text
  drafts each of the rest once, as it meets a desk's next story (repeats let
  the caches of names and speakers answer; these do not);
- attribution-dense text: a statement in every sentence, speakers, cues and
  contents varied (English and Arabic);
- 50 MB inputs: the founding article repeated, an Arabic article repeated, one
  sentence of 50 MB, binary-looking noise, 5 MB of one paragraph of pronouns
  and offices, 1 MB of questions put to listeners ("asked … whether …") and 1 MB of Arabic
  paragraphs each opening with a long unspaced run; once as a whole draft
  (``extract_draft``, every claim held) and once streamed (``draft_stream``,
  each claim built and let go), whose memory stays near the text's own size;
- the command path on 20 MB (read, extract, link, YAML) and the quote audit on
  a misquote in a 16 MB document (its "claims" column counts the findings);
- the command itself on 50 MB: ``python -m claimgraph extract ARTICLE -o
  draft.yaml`` beside the article, run as a child process (its "claims" column
  counts the dossier files written; the peak is the child's own);
- the command on a desk's folder of stories (in the quick run too): ``python -m
  claimgraph extract *.txt --output-dir FOLDER`` on the development texts, one
  file each, every core drafting and writing (its "claims" column counts the
  drafts written; its time includes the start-up).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from claimgraph.extract import Draft

GOLD = ROOT / "tests" / "data" / "extract-gold"
FOUNDING = ROOT / "claims" / "rafah-2026-02-04.txt"
BIG = 50 * 1000 * 1000


def _dev_texts(lang: str | None = None) -> list[str]:
    """The development split's texts, or those of one language (the held-out split is never read here)."""
    texts = []
    for path in sorted((GOLD / "gold").glob("*.yaml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        if meta.get("split", "dev") == "dev" and lang in (None, meta["lang"]):
            texts.append((GOLD / "texts" / f"{meta['id']}.txt").read_text(encoding="utf-8"))
    return texts


#: Per language: speakers, cues and contents (with a number {n}) the dense text draws from, "; "-separated.
_DENSE_WORDS = {
    "en": (
        "Health ministry spokesman Ashraf al-Qudra; The Israeli military; A senior U.S. official; "
        "UNRWA chief Philippe Lazzarini; Prime Minister Mohammad Mustafa; Hamas; "
        "Jason Healey, a senior research scholar at Columbia University,",
        "said; told reporters; warned; added; insisted; claimed; estimated",
        "the death toll had risen to {n}; the crossing would stay closed until day {n}; "
        "troops had withdrawn from {n} positions; talks would resume within {n} days",
    ),
    "ar": (
        "المتحدث باسم وزارة الصحة أشرف القدرة; الجيش الإسرائيلي; مسؤول أمريكي رفيع; "
        "المفوض العام للأونروا فيليب لازاريني; رئيس الوزراء محمد مصطفى; حركة حماس; مصادر طبية",
        "وقال; وأكد; وأضاف; وأوضح; وذكرت; وأعلنت; وحذر",
        "عدد الضحايا ارتفع إلى {n} شخصا; المعبر سيبقى مغلقا حتى اليوم {n}; "
        "القوات انسحبت من {n} موقعا; المفاوضات ستستأنف خلال {n} أيام",
    ),
}


def _dense(lang: str, statements: int) -> str:
    """A text with an attributed statement in every sentence, a few sentences a paragraph."""
    chosen = random.Random(15)
    lines = []
    speakers, cues, contents = (words.split("; ") for words in _DENSE_WORDS[lang])
    for index in range(statements):
        speaker, cue = chosen.choice(speakers), chosen.choice(cues)
        content = chosen.choice(contents).format(n=chosen.randint(2, 999))
        sentence = f"{speaker} {cue} {content}." if lang == "en" else f"{cue} {speaker} إن {content}."
        lines.append(sentence + ("\n\n" if index % 3 == 2 else " "))
    return "".join(lines)


def _repeat(unit: str, size: int = BIG) -> str:
    return unit * (size // len(unit.encode("utf-8")) + 1)


def _noise(size: int) -> str:
    """Random letters, digits and symbols, built a megabyte at a time: a list of 50 million
    characters would count in the case's peak as if the extractor held it."""
    chooser = random.Random(1)
    step = 1 << 20
    return "".join(
        "".join(chooser.choices("abc xyz 0123 .,:;\"'«»“” وقال إن\n", k=min(step, size - at)))
        for at in range(0, size, step)
    )


def _inputs() -> dict[str, Callable[[], list[str]]]:
    """Each case's texts, built in the process that runs it."""
    arabic = next(t for t in _dev_texts() if any("\u0600" <= c <= "\u06ff" for c in t[:200]))
    return {
        "article mix (dev gold texts, en+ar, x10)": lambda: _dev_texts() * 10,
        "attribution-dense English, 1 MB": lambda: [_dense("en", 15_000)],
        "attribution-dense Arabic, 1 MB": lambda: [_dense("ar", 9_000)],
        "50 MB, founding article repeated": lambda: [_repeat(FOUNDING.read_text(encoding="utf-8") + "\n")],
        "50 MB, an Arabic article repeated": lambda: [_repeat(arabic + "\n")],
        "50 MB, one sentence": lambda: [_repeat("Hamas said the crossing was closed and ")],
        "50 MB, one Arabic sentence": lambda: [_repeat("وقال المتحدث إن «الوضع ")],
        # one endless paragraph of pronouns and offices, a statement in almost every sentence (so 5 MB,
        # not 50): every cross-sentence reading must stay linear in it
        "5 MB, one paragraph of 'he said' and offices": lambda: [
            _repeat("Ann Lee arrived. He said it was fine. “It was fine,” he said. The minister said no. ", BIG // 10)
        ],
        "50 MB, noise (letters, digits, symbols)": lambda: [_noise(BIG)],
        # questions put to listeners with long words before "whether": the reading of whom was asked
        # must take each word whole (a pattern splitting words took 12 s on one such sentence)
        "1 MB of 'asked … whether'": lambda: [
            _repeat(
                "The magistrate asked representatives supercalifragilistic interdepartmental whether it was ready. ",
                BIG // 50,
            )
        ],
        # Arabic paragraphs each opening with a run of 1,500 letters and no space, then a statement: the
        # reading of a dateline at a paragraph's start must take a word whole (a pattern splitting
        # words took 141 s on one 2,000-letter run)
        "1 MB of Arabic paragraphs opening with a long run": lambda: [
            _repeat("ب" * 1500 + " وقال المتحدث باسم الوزارة إن الوضع هادئ.\n", BIG // 50)
        ],
    }


def _command_path() -> dict[str, float]:
    """The whole command path on 20 MB: read, extract, link beside the article, write YAML."""
    import tempfile

    from claimgraph.extract import extract_claims
    from claimgraph.io import dossier_text
    from claimgraph.io.article import link_article, read_article

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(_repeat(FOUNDING.read_text(encoding="utf-8") + "\n", BIG * 2 // 5), encoding="utf-8")
        started = time.perf_counter()
        ledger = link_article(extract_claims(read_article(path)), path, Path(folder) / "draft.yaml")
        dossier_text(ledger)
        seconds = time.perf_counter() - started
        size = path.stat().st_size
    return {"mb": size / 1e6, "claims": len(ledger.claims), "seconds": seconds, "peak_mb": _peak_mb()}


def _misquote_audit() -> dict[str, float]:
    """The quote audit on a misquote in a 16 MB document (the dossier reader's cap)."""
    from attrs import evolve

    from claimgraph.extract import extract_claims
    from claimgraph.graph.audit import audit

    article = FOUNDING.read_text(encoding="utf-8")
    big = _repeat(article + "\n", 16 * 1000 * 1000)
    ledger = extract_claims(article + "\n")
    claim = evolve(ledger.claims[0], quote="the Rafah crossing remains open on Wednesday")
    ledger = evolve(ledger, documents=(evolve(ledger.documents[0], text=big),), claims=(claim,))
    started = time.perf_counter()
    findings = [f for f in audit(ledger) if f.code == "quote-not-verbatim"]
    seconds = time.perf_counter() - started
    return {"mb": len(big.encode("utf-8")) / 1e6, "claims": len(findings), "seconds": seconds, "peak_mb": _peak_mb()}


def _command_line() -> dict[str, float]:
    """``claimgraph extract ARTICLE -o draft.yaml`` on 50 MB (the founding article repeated), in a child process."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(_repeat(FOUNDING.read_text(encoding="utf-8") + "\n"), encoding="utf-8")
        seconds = _run_extract([str(path), "-o", str(Path(folder) / "draft.yaml")])
        written = len(list(Path(folder).glob("draft*.yaml")))
        size = path.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # the child's peak (kilobytes on Linux)
    return {"mb": size / 1e6, "claims": written, "seconds": seconds, "peak_mb": peak / 1e6}


def _run_extract(arguments: list[str]) -> float:
    """``python -m claimgraph extract ARGUMENTS`` as a child process: the seconds it took; exits if it failed."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "claimgraph", "extract", *arguments], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"claimgraph extract failed: {result.stderr.strip()}")
    return seconds


def _command_on_a_folder() -> dict[str, float]:
    """``claimgraph extract *.txt --output-dir FOLDER`` on the development texts, one file per article,
    in a child process: start-up, reading, drafting and writing each dossier, on every core."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate(_dev_texts()):
            path = Path(folder) / f"article-{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        seconds = _run_extract([*paths, "--output-dir", folder])
        written = len(list(Path(folder).glob("*.draft.yaml")))
        size = sum(Path(path).stat().st_size for path in paths)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # the command's or its largest worker's
    return {"mb": size / 1e6, "claims": written, "seconds": seconds, "peak_mb": peak / 1e6}


def _unseen(lang: str, mode: str) -> dict[str, float]:
    """One language's articles as a working process meets them: warmed on every other dev text, then
    each of the rest drafted once. Repeating a text (the article mix) lets the caches of speakers
    and names answer again; a desk's next story is text the process has not seen."""
    from claimgraph.extract import extract_draft

    texts = _dev_texts(lang)
    for text in texts[0::2]:
        extract_draft(text)
    timed = texts[1::2]
    started = time.perf_counter()
    claims = sum(len(draft.ledger.claims) for draft in _drafts(timed, mode))
    seconds = time.perf_counter() - started
    return {"mb": sum(map(_utf8_size, timed)) / 1e6, "claims": claims, "seconds": seconds, "peak_mb": _peak_mb()}


def _drafts(texts: list[str], mode: str) -> Iterator[Draft]:
    """Each text's draft: on one core (``whole``), or on every core (``cores``: a batch of several
    articles with :func:`extract_drafts`, one long text's blocks with :func:`extract_draft`)."""
    from claimgraph.extract import extract_draft, extract_drafts

    if mode == "cores" and len(texts) > 1:
        return extract_drafts((f"article-{n}", text) for n, text in enumerate(texts))
    return (extract_draft(text, workers=None if mode == "cores" else 1) for text in texts)


def _peak_mb() -> float:
    """The peak resident memory of this process or of its largest worker, whichever is larger (MB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) * 1024 / 1e6  # kilobytes on Linux


_UNSEEN = {
    "unseen English articles (dev, each once)": lambda mode: _unseen("en", mode),
    "unseen Arabic articles (dev, each once)": lambda mode: _unseen("ar", mode),
}
_WHOLE_PATHS: dict[str, Callable[[], dict[str, float]]] = {
    "extract command path, 20 MB (YAML built)": _command_path,
    "audit: misquote in a 16 MB document": _misquote_audit,
    "claimgraph extract -o, 50 MB (child process)": _command_line,
}
#: The command a desk runs on a day's stories: measured by the quick run too.
_BATCH_COMMAND = "command: extract --output-dir, dev texts"
_WHOLE_PATHS[_BATCH_COMMAND] = _command_on_a_folder


def _utf8_size(text: str) -> int:
    """The text's size in UTF-8, a megabyte at a time (a 50 MB encoded copy would count in the peak)."""
    step = 1 << 20
    return sum(len(text[at : at + step].encode("utf-8")) for at in range(0, len(text), step))


def _run_case(name: str, mode: str) -> dict[str, float]:
    """Draft every text of one case in this process (and its workers, for ``cores``); the figures as a dict."""
    from claimgraph.extract import extract_draft
    from claimgraph.extract.draft import draft_stream

    if name in _UNSEEN:
        return _UNSEEN[name](mode)
    if name in _WHOLE_PATHS:
        return _WHOLE_PATHS[name]()
    texts = _inputs()[name]()
    extract_draft("Warm-up: Hamas said the crossing was closed. وقال المتحدث إن الوضع هادئ.")
    size = sum(_utf8_size(t) for t in texts)
    started = time.perf_counter()
    if mode == "stream":
        claims = sum(sum(1 for _ in draft_stream(text, workers=1).claims()) for text in texts)
    else:
        claims = sum(len(draft.ledger.claims) for draft in _drafts(texts, mode))
    seconds = time.perf_counter() - started
    return {"mb": size / 1e6, "claims": claims, "seconds": seconds, "peak_mb": _peak_mb()}


def _case(name: str, mode: str) -> None:
    """Run a case in a fresh process and print its line."""
    result = subprocess.run(
        [sys.executable, __file__, "--case", name, mode], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        print(f"{name:<44} {mode:<6} failed: {result.stderr.strip().splitlines()[-1:]}", flush=True)
        return
    figures = json.loads(result.stdout)
    print(
        f"{name:<44} {mode:<6} {figures['mb']:6.1f} MB {figures['claims']:8.0f} claims "
        f"{figures['seconds']:7.2f} s {figures['mb'] / figures['seconds']:6.2f} MB/s "
        f"peak {figures['peak_mb']:6.0f} MB",
        flush=True,
    )


def main(argv: list[str]) -> None:
    """Run every case (or one, with ``--case NAME MODE``) and print its figures."""
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return
    if argv[:1] == ["--case"]:
        print(json.dumps(_run_case(argv[1], argv[2])))
        return
    names = list(_inputs())
    if "--quick" in argv:
        names = names[:3]
    for name in [*names, *_UNSEEN]:
        _case(name, "whole")
        _case(name, "cores")
        if name.startswith("50 MB"):
            _case(name, "stream")
    for name in _WHOLE_PATHS if "--quick" not in argv else (_BATCH_COMMAND,):
        _case(name, "cores" if name == _BATCH_COMMAND else "whole")


if __name__ == "__main__":
    main(sys.argv[1:])
