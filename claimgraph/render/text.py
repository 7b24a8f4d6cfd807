"""Plain-text views for a terminal: what each source says.

Names, cues, statements and quotes are user text in any script: each is wrapped
in Unicode directional isolates (FSI … PDI) when it holds right-to-left letters
or bidi controls (:func:`claimgraph.render.bidi.isolate`), so an Arabic cue or
a Hebrew name keeps its own order without reordering the dates, ids and
punctuation around it. Terminals that implement the bidi algorithm honour the
isolates; others show the text in logical order, as before.
"""

from __future__ import annotations

import textwrap

from claimgraph.model import Claim, Ledger, Source
from claimgraph.render.bidi import isolate

__all__ = ["counts_text", "show_text"]


def counts_text(counts: dict[str, int]) -> str:
    """One line of counts, e.g. ``25 claims · 14 sources (9 origins) · ...``."""
    return (
        f"{counts['claims']} claims · {counts['sources']} sources ({counts['origins']} origins) · "
        f"{counts['documents']} documents · {counts['contradicts']} contradicts · "
        f"{counts['supports']} supports · {counts['candidates']} candidates"
    )


def _wrap(text: str, indent: str, width: int) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def _source(ledger: Ledger, source_id: str) -> Source:
    # The view is of a checked ledger (read_ledger refuses one that names an unknown source).
    source = ledger.source(source_id)
    if source is None:
        raise ValueError(f"the ledger names an unknown source {source_id!r}; run check on it first")
    return source


def _claim_lines(ledger: Ledger, claim: Claim, width: int) -> list[str]:
    head = " · ".join(x for x in (str(claim.said_on or ""), isolate(claim.cue or ""), claim.id) if x)
    lines = [f"    - {head}", _wrap(isolate(claim.statement), "      ", width)]
    if claim.quote:
        lines.append(_wrap(f"“{isolate(claim.quote)}”", "      ", width))
    if claim.via:
        names = " → ".join(isolate(_source(ledger, v).name) for v in claim.via)
        lines.append(f"      via {names}")
    return lines


def show_text(ledger: Ledger, width: int = 88) -> str:
    """Every claim, grouped by origin and then by speaker, in ledger order.

    Args:
        ledger: the ledger to show.
        width: wrap text to this many columns.

    Returns:
        The text, ending with a newline.
    """
    by_speaker: dict[str, list[Claim]] = {}
    for claim in ledger.claims:
        by_speaker.setdefault(claim.said_by, []).append(claim)
    by_origin: dict[str, list[str]] = {}
    for speaker_id in by_speaker:
        by_origin.setdefault(ledger.origin(speaker_id), []).append(speaker_id)
    out: list[str] = []
    for origin, speakers in by_origin.items():
        source = _source(ledger, origin)
        total = sum(len(by_speaker[s]) for s in speakers)
        unnamed = ", unnamed" if source.unnamed else ""
        out.append(f"{isolate(source.name)} ({source.kind}{unnamed}) — {total} claim{'s' * (total != 1)}")
        for speaker_id in speakers:
            speaker = _source(ledger, speaker_id)
            if speaker_id != origin:
                chain = " ⊂ ".join(isolate(_source(ledger, s).name) for s in ledger.chain(speaker_id)[1:])
                role = f", {isolate(speaker.role)}" if speaker.role else ""
                out.append(f"  {isolate(speaker.name)}{role} (part of {chain})")
            else:
                out.append("  in its own name")
            for claim in by_speaker[speaker_id]:
                out.extend(_claim_lines(ledger, claim, width))
        out.append("")
    return "\n".join(out)
