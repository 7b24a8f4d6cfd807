"""Score `claimgraph extract` against the hand-annotated gold set of real news.

Run:  .venv/bin/python benchmarks/extract_eval.py                 # the dev split
      .venv/bin/python benchmarks/extract_eval.py --split heldout # texts kept aside, only measured
      .venv/bin/python benchmarks/extract_eval.py --split blind   # a second set kept aside, never read
      .venv/bin/python benchmarks/extract_eval.py --split all --lang ar --verbose

The gold set (``tests/data/extract-gold/``, described in its README) holds real
published texts, each with every attributed statement annotated: the content
span, the cue, the speaker mention, who actually spoke and that speaker's origin.

A drafted claim *matches* a gold statement when their content spans overlap
enough (Dice coefficient of the two character ranges >= 0.5); matching is
one-to-one, best overlap first. Then:

- precision = matched drafts / all drafts; recall = matched gold / all gold;
- speaker accuracy = matched drafts whose speaker names the gold speaker (or,
  for an unnamed speaker, its description), over matched drafts;
- cue accuracy = matched drafts whose cue is the gold cue (as printed);
- wrong side = matched drafts given to a speaker that the text names as a gold
  speaker or origin of *another* origin: the dangerous error, a statement put in
  the other party's mouth (the ministry's words under its own spokesman are a
  speaker error, not this one; so is a draft named just as the text prints this
  statement's speaker, "Union" in a headline: it repeats the text, it does not
  move the words to another party; nor is a statement whose speaker the text never
  names, "It is alleged that …": the issue counts a wrong side "when the text names
  the right one"; nor a draft whose quote carries the statement's own speaker before
  it, "Chapman told I-Witness News the PM said that he would …" drafted as Chapman's
  "the PM said that he would …": the quote itself says whose words they are);
- throughput = article megabytes extracted per second.

It prints one summary line (``--verbose`` adds a line per text and each miss).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml
from attrs import frozen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimgraph.extract import extract_draft  # noqa: E402
from claimgraph.model import Ledger  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "extract-gold"
MATCH_DICE = 0.5


@frozen
class GoldStatement:
    """One annotated attribution, located in its text."""

    start: int
    end: int
    cue: str | None
    speaker_resolved: str
    origin: str
    speaker: str = ""  # the mention as printed ("Union", "He")


@frozen
class Draft:
    """One drafted claim, located in its text."""

    start: int
    end: int
    cue: str
    speaker_names: tuple[str, ...]  # the speaker's name and aliases, then its origin's


@frozen
class GoldText:
    """One annotated text."""

    id: str
    lang: str
    split: str
    text: str
    statements: tuple[GoldStatement, ...]


@frozen
class Score:
    """The counts behind every figure; add them up over texts."""

    gold: int = 0
    drafted: int = 0
    matched: int = 0
    speaker_right: int = 0
    cue_right: int = 0
    wrong_side: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(_counts(self), _counts(other), strict=True)))

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else math.nan

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else math.nan

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if math.isnan(p) or math.isnan(r):
            return math.nan
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else math.nan

    @property
    def cue_accuracy(self) -> float:
        return self.cue_right / self.matched if self.matched else math.nan


def _counts(score: Score) -> tuple[int, ...]:
    return (score.gold, score.drafted, score.matched, score.speaker_right, score.cue_right, score.wrong_side)


def _nth(text: str, needle: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            break
    return at


def load_gold(folder: Path = GOLD_DIR) -> list[GoldText]:
    """Every annotated text of the gold set, in id order.

    Raises:
        ValueError: an annotation whose content is not in its text.
    """
    texts = []
    for path in sorted((folder / "gold").glob("*.yaml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (folder / "texts" / f"{meta['id']}.txt").read_text(encoding="utf-8")
        statements = []
        for item in meta.get("attributions") or ():
            start = _nth(text, item["content"], int(item.get("occurrence") or 1))
            if start < 0:
                raise ValueError(f"{path.name}: content not in the text: {item['content'][:60]!r}")
            statements.append(
                GoldStatement(
                    start=start,
                    end=start + len(item["content"]),
                    cue=item.get("cue"),
                    speaker_resolved=str(item.get("speaker_resolved") or ""),
                    origin=str(item.get("origin") or ""),
                    speaker=str(item.get("speaker") or ""),
                )
            )
        texts.append(
            GoldText(
                id=meta["id"],
                lang=str(meta.get("lang", "en")),
                split=str(meta.get("split", "dev")),
                text=text,
                statements=tuple(statements),
            )
        )
    return texts


def drafts_of(ledger: Ledger, text: str, spans: dict[str, tuple[int, int]] | None = None) -> list[Draft]:
    """The drafted claims of one text, each located where the draft's evidence puts its quote
    (``spans``, by claim id), or else by its verbatim quote's first place not taken: a quote printed
    twice ("the dog was aggressive") is then scored where the rules found it."""
    sources = {source.id: source for source in ledger.sources}
    drafts, taken = [], set()
    for claim in ledger.claims:
        quote = claim.quote or ""
        span = (spans or {}).get(claim.id)
        start = span[0] if span is not None and text[span[0] : span[1]] == quote else -1
        if start < 0:
            start = text.find(quote) if quote else -1
        while start >= 0 and (start, quote) in taken:
            start = text.find(quote, start + 1)
        if start < 0:
            continue
        taken.add((start, quote))
        names: list[str] = []
        for source_id in (claim.said_by, ledger.origin(claim.said_by)):
            source = sources.get(source_id)
            if source is not None:
                names += [source.name, *source.aliases, *([source.role] if source.role else [])]
        drafts.append(Draft(start=start, end=start + len(quote), cue=claim.cue or "", speaker_names=tuple(names)))
    return drafts


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return 2 * overlap / (a[1] - a[0] + b[1] - b[0]) if overlap > 0 else 0.0


_PUNCT = re.compile(r"[^\w\s]")
_POSSESSIVE_S = re.compile(r"(?<=\w)['’`]s(?!\w)")
_ARTICLES = {"the", "a", "an", "al", "el"}
# Forms of address and post-nominals say nothing about who a person is.
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "bl",
    "sc",
    "qc",
    "kc",
    "jr",
}


def _words(name: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKC", name).casefold().replace("-", " ")
    # a possessive's "'s" is no word of the name ("the study's authors": the study, its authors)
    folded = _POSSESSIVE_S.sub("", folded)
    words = (_ARABIC_ARTICLE.sub("", w) for w in _PUNCT.sub(" ", folded).split())
    return tuple(w for w in words if w not in _ARTICLES and w not in _HONORIFICS)


# Arabic writes its article on the word ("المصدر", "the source"): folded off as "the" is, when a
# word of two letters or more is left.
_ARABIC_ARTICLE = re.compile(r"^ال(?=[\u0621-\u064a]{2})")


def names_agree(gold: str, drafted: str, *, strict: bool = False) -> bool:
    """Whether a drafted speaker name names the gold speaker.

    Equal after folding case, punctuation and articles (Arabic's "ال" written on the word too); or one name's words all
    inside the other's ("Qudra" in "Ashraf al-Qudra"; "the ministry" in "the
    Gaza health ministry"); or the same last word for two names of two words or
    more ("Mr Harris" and "Simon Harris"; leniently, "government source" and "Interior
    Ministry source"). With ``strict``, the last word counts only between two names
    of people (two to four capitalised words): it is how a draft is found to name
    *another* party, and "ruling party" names no "Bangladesh Nationalist Party".
    """
    g, d = _words(gold), _words(drafted)
    if not g or not d:
        return False
    if g == d or set(d) <= set(g) or set(g) <= set(d):
        return True
    if "".join(g) == "".join(d) or _letters(gold) == _letters(drafted):
        return True  # "Aljazeera" is "Al Jazeera" (its "al" no article here), "Al-Nems" "Al Nems"
    if _initials_of(gold, drafted) or _initials_of(drafted, gold):
        return True  # "ANC" is the "African National Congress"
    if len(g) < 2 or len(d) < 2 or g[-1] != d[-1]:
        return False
    if not strict:
        return True
    # a family name is shared by two names of people, never by descriptions ("ruling party",
    # "Bangladesh Nationalist Party") or phrases ("a woman visiting … in Dallas")
    return len(g) <= 4 and len(d) <= 4 and _name_of_a_person(gold) and _name_of_a_person(drafted)


def _letters(name: str) -> str:
    """A name's letters and digits alone, folded: how it reads whatever its spacing."""
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


def _initials_of(name: str, acronym: str) -> bool:
    """Whether an acronym ("ANC", "MCAs") spells the initials of a name's words, its "of", "the",
    "and" and "for" left out ("African National Congress", "Members of the County Assembly")."""
    letters = acronym.strip().removesuffix("s")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]
    return len(words) == len(letters) and all(w[:1].upper() == c for w, c in zip(words, letters, strict=True))


_ACRONYM_SKIPS = {"of", "the", "and", "for", "&"}


def _name_of_a_person(name: str) -> bool:
    """Whether every Latin word of a name is capitalised, as a person's name is (a script
    with no capitals says nothing)."""
    return all(
        not word[:1].isascii() or not word[:1].isalpha() or word[:1].isupper() or _PARTICLE.match(word)
        for word in name.split()
    )


# The lower-case parts of names: "Ashraf al-Qudra", "Ursula von der Leyen", "bin Salman".
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|de|del|der|den|di|da|du|la|le|van|von|bin|ibn|bint|abu|y)(?:-|$)")


def _cue_agrees(gold: str | None, drafted: str) -> bool:
    if gold is None:  # a continuation quote: no cue of its own to get right
        return True
    if gold.strip() and gold.strip() == drafted.strip():
        return True  # a cue of marks alone: a headline's or a transcript's colon
    g, d = " ".join(_words(gold)), " ".join(_words(drafted))
    return bool(g and d) and (g == d or g in d or d in g)


def _printed_in(text: str, words: str, start: int, end: int) -> bool:
    """Whether ``words`` are printed whole in ``text[start:end]``."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text[start:end]) is not None


def _speaker_agrees(gold: GoldStatement, draft: Draft) -> bool:
    """Whether a draft's speaker names the gold statement's speaker or its origin."""
    return any(
        names_agree(want, got) for want in (gold.speaker_resolved, gold.origin) if want for got in draft.speaker_names
    )


def score_text(gold: GoldText, drafts: Sequence[Draft]) -> tuple[Score, list[str]]:
    """The counts for one text, and a line for each miss and each false draft."""
    # the best overlaps first; between equal ones (a text's two statements of the same words, "وبينت
    # أن …، كما ذكر محامون"), the pair whose speakers agree, so a draft is not scored against the
    # other party's copy of the words it rightly gave to its own
    pairs = sorted(
        (
            (_dice((g.start, g.end), (d.start, d.end)), _speaker_agrees(g, d), gi, di)
            for gi, g in enumerate(gold.statements)
            for di, d in enumerate(drafts)
        ),
        key=lambda pair: (-pair[0], not pair[1], pair[2], pair[3]),
    )
    used_gold: set[int] = set()
    used_draft: set[int] = set()
    speaker_right = cue_right = wrong_side = 0
    notes = []
    # each party the text names, by its origin: a statement given to another speaker of the same
    # origin (the ministry's words under its spokesman) is a speaker error, not the other side's
    parties = {(name, g.origin) for g in gold.statements for name in (g.speaker_resolved, g.origin) if name}
    for dice, _agrees, gi, di in pairs:
        if dice < MATCH_DICE:
            break
        if gi in used_gold or di in used_draft:
            continue
        used_gold.add(gi)
        used_draft.add(di)
        g, d = gold.statements[gi], drafts[di]
        right_names = [g.speaker_resolved, g.origin]
        if _speaker_agrees(g, d):
            speaker_right += 1
        else:
            others = {name for name, origin in parties if origin != g.origin and name not in right_names}
            shown = repr(gold.text[d.start : d.end][:70])
            as_printed = bool(_words(g.speaker)) and any(
                _words(g.speaker) == _words(got) for got in d.speaker_names[:1]
            )
            # the draft's quote names the statement's own speaker before its words: the words stay theirs
            carried = (
                bool(_words(g.speaker)) and d.start < g.start and _printed_in(gold.text, g.speaker, d.start, g.start)
            )
            if (
                g.speaker
                and not as_printed
                and not carried
                and any(names_agree(other, got, strict=True) for other in others for got in d.speaker_names[:1])
            ):
                wrong_side += 1
                notes.append(f"  WRONG SIDE {shown} -> {d.speaker_names[:1]} not {g.speaker_resolved!r}")
            else:
                notes.append(f"  speaker    {shown} -> {d.speaker_names[:1]} not {g.speaker_resolved!r}")
        cue_right += _cue_agrees(g.cue, d.cue)
    for gi, g in enumerate(gold.statements):
        if gi not in used_gold:
            notes.append(f"  missed     {gold.text[g.start : g.end][:70]!r} ({g.speaker_resolved})")
    for di, d in enumerate(drafts):
        if di not in used_draft:
            notes.append(f"  false      {gold.text[d.start : d.end][:70]!r} ({d.speaker_names[:1]})")
    score = Score(
        gold=len(gold.statements),
        drafted=len(drafts),
        matched=len(used_gold),
        speaker_right=speaker_right,
        cue_right=cue_right,
        wrong_side=wrong_side,
    )
    return score, notes


def evaluate(texts: Iterable[GoldText], *, verbose: bool = False) -> tuple[Score, float, float]:
    """Extract every text and score it: (total score, megabytes, seconds spent extracting)."""
    total, size, seconds = Score(), 0.0, 0.0
    for gold in texts:
        started = time.perf_counter()
        draft = extract_draft(gold.text)
        seconds += time.perf_counter() - started
        size += len(gold.text.encode()) / 1e6
        spans = {e.claim: (e.quote.start, e.quote.end) for e in draft.evidence}
        score, notes = score_text(gold, drafts_of(draft.ledger, gold.text, spans))
        total += score
        if verbose:
            print(f"{gold.id:<28} {gold.lang} {gold.split:<7} P {score.precision:.2f} R {score.recall:.2f}")
            print("\n".join(notes))
    return total, size, seconds


def summary_line(label: str, score: Score, megabytes: float, seconds: float) -> str:
    """The one line the script prints."""
    rate = megabytes / seconds if seconds else 0.0

    def figure(value: float) -> str:  # a ratio over nothing is no figure at all
        return "n/a" if math.isnan(value) else f"{value:.3f}"

    return (
        f"extract-eval {label}: gold {score.gold} drafted {score.drafted} matched {score.matched} "
        f"precision {figure(score.precision)} recall {figure(score.recall)} f1 {figure(score.f1)} "
        f"speaker {figure(score.speaker_accuracy)} cue {figure(score.cue_accuracy)} wrong-side {score.wrong_side} "
        f"throughput {rate:.2f} MB/s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, score, print the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "heldout", "blind", "all"], default="dev")
    parser.add_argument("--lang", help="only texts in this language (en, ar, ...)")
    parser.add_argument("--limit", type=int, help="only the first N texts (after filtering)")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="the gold set's folder")
    parser.add_argument("--verbose", action="store_true", help="a line per text and per miss")
    args = parser.parse_args(argv)
    texts = [
        t
        for t in load_gold(args.gold)
        if (args.split == "all" or t.split == args.split) and (args.lang is None or t.lang == args.lang)
    ]
    if args.limit is not None:
        texts = texts[: args.limit]
    if not texts:
        print(f"extract-eval: no gold texts for split {args.split!r}, language {args.lang!r}", file=sys.stderr)
        return 1
    score, megabytes, seconds = evaluate(texts, verbose=args.verbose)
    label = f"{args.split}{'/' + args.lang if args.lang else ''} ({len(texts)} texts)"
    print(summary_line(label, score, megabytes, seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
