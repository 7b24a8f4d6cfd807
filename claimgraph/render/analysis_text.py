"""Plain-text and JSON views of the analyses: disputes, the source matrix, candidates.

Text is for a terminal (wrapped, no colour, no markup); JSON is plain data from
the records, with sorted keys, so the same input always gives the same bytes.
Source names and questions in right-to-left scripts are wrapped in directional
isolates (FSI … PDI, see :mod:`claimgraph.render.bidi`), so they keep the ids,
dates and columns around them in place.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence

import attrs

from claimgraph.graph import Dispute, Side, SourcePair
from claimgraph.graph.review import DisputeChange, SideCount, candidate_id
from claimgraph.model import Claim, Ledger, Relation, to_fields
from claimgraph.render.bidi import FSI, PDI, isolate

__all__ = [
    "analysis_json",
    "candidates_json",
    "candidates_text",
    "disputes_text",
    "matrix_text",
    "preview_text",
]


# Claim text is untrusted: control characters (a terminal escape sequence, say) are
# shown as U+FFFD instead of reaching the terminal.
_CONTROLS = dict.fromkeys([*range(0x00, 0x20), *range(0x7F, 0xA0)], "\ufffd")
_CONTROLS.update(dict.fromkeys(map(ord, "\t\n\r"), " "))


def _safe(text: str) -> str:
    return text.translate(_CONTROLS)


def _wrap(text: str, indent: str, width: int) -> list[str]:
    return textwrap.wrap(
        " ".join(_safe(text).split()),
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _name(ledger: Ledger, source_id: str) -> str:
    source = ledger.source(source_id)
    return isolate(_safe(source.name)) if source is not None else source_id


def _shown(text: str) -> int:
    # Columns a cell takes on screen: the isolates around a right-to-left name take none.
    return len(text) - text.count(FSI) - text.count(PDI)


def _pad(text: str, width: int, align: str) -> str:
    room = " " * max(0, width - _shown(text))
    return text + room if align == "<" else room + text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _claim_head(ledger: Ledger, claim: Claim) -> str:
    speaker = _name(ledger, claim.said_by)
    origin = ledger.origin(claim.said_by)
    if origin != claim.said_by:
        speaker += f" ({_name(ledger, origin)})"
    if claim.via:
        speaker += " via " + " → ".join(_name(ledger, v) for v in claim.via)
    parts = [claim.id, str(claim.said_on) if claim.said_on else "undated", speaker]
    return " · ".join(parts)


def _dispute_lines(dispute: Dispute, ledger: Ledger, width: int) -> list[str]:
    out = _wrap(dispute.question, "", width)
    broken = len(dispute.frustrated)
    state = (
        "balanced"
        if dispute.balanced
        else f"UNBALANCED ({_plural(broken, 'edge')} break{'s' * (broken == 1)} the split)"
    )
    over = " · over figures" if dispute.over == "figures" else ""
    out.append(
        f"  [{dispute.id}] {_plural(len(dispute.claims), 'claim')} · "
        f"{_plural(len(dispute.relations), 'relation')} · {_plural(len(dispute.sides), 'side')}{over} · {state}"
    )
    others = [q for q in dispute.questions if not q.heads]
    if others:
        out.append("  Also asked of these claims:")
        for question in others:
            out.extend(_wrap(f"[{question.id}] {question.text}", "    ", width))
    for side in dispute.sides:
        back = side.backing
        origins = ", ".join(_name(ledger, o) for o in back.origins)
        named = f" ({_safe(side.position)})" if side.position else ""
        out.append("")
        out.extend(
            _wrap(
                f"Side {side.label}{named}: {_plural(back.origin_count, 'independent origin')} "
                f"({origins}); {_plural(back.voice_count, 'voice')} counting relays",
                "  ",
                width,
            )
        )
        if side.figures:
            out.extend(_wrap(f"Figures: {', '.join(_safe(f) for f in side.figures)}", "  ", width))
        if back.disputing:
            names = ", ".join(_name(ledger, s) for s in back.disputing)
            out.extend(_wrap(f"Not counted as voices: {names} (relaying in order to dispute)", "  ", width))
        for claim_id in side.claims:
            claim = ledger.claim(claim_id)
            if claim is None:
                continue
            out.extend(_wrap(_claim_head(ledger, claim), "    - ", width)[:1])
            out.extend(_wrap(_claim_head(ledger, claim), "      ", width)[1:])
            out.extend(_wrap(claim.statement, "      ", width))
    if dispute.frustrated:
        out.append("")
        out.append("  Edges that break the split (reported, not forced):")
        for edge in dispute.frustrated:
            out.extend(_wrap(f"! {edge.source} {edge.kind} {edge.target}", "    ", width))
            if edge.note:
                out.extend(_wrap(edge.note, "      ", width))
    if dispute.conflicts:
        out.append("")
        out.append("  Position marks that conflict with relations (the marks are kept):")
        for edge in dispute.conflicts:
            out.extend(_wrap(f"! {edge.source} {edge.kind} {edge.target}", "    ", width))
    out.append("")
    out.append("  Timeline:")
    for entry in dispute.timeline:
        published = f", published {entry.published}" if entry.published else ""
        where = f" (in {entry.document}{published})" if entry.document else ""
        out.append(f"    {entry.said_on or 'undated':<10}  {entry.claim}{where}")
    return out


def disputes_text(disputes: Sequence[Dispute], ledger: Ledger, width: int = 88) -> str:
    """The disputes for a terminal: questions, sides with their origins, figures and claims, timeline.

    The ledger's questions that fall into no dispute are listed at the end, so
    every question appears.

    Args:
        disputes: from :func:`claimgraph.graph.find_disputes`.
        ledger: the ledger they come from (for names and statements).
        width: wrap text to this many columns.

    Returns:
        The text, ending with a newline.
    """
    asked = {q.id for d in disputes for q in d.questions}
    unasked = [q for q in ledger.questions if q.id not in asked]
    tail = ""
    if unasked:
        lines = [f"{_plural(len(unasked), 'question')} in no dispute (no contradicts relation reaches its claims):"]
        for question in unasked:
            lines.extend(_wrap(f"[{question.id}] {question.text}", "  ", width))
        tail = "\n" + "\n".join(lines) + "\n"
    if not disputes:
        return "No disputes: no two claims are recorded as contradicting each other.\n" + tail
    blocks = [f"{_plural(len(disputes), 'dispute')}\n"]
    for number, dispute in enumerate(disputes, start=1):
        lines = _dispute_lines(dispute, ledger, width)
        lines[0] = f"{number}. {lines[0]}"
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + tail


def matrix_text(pairs: Sequence[SourcePair], ledger: Ledger, level: str = "origin") -> str:
    """The source matrix as a table: one row per pair of sources.

    Args:
        pairs: from :func:`claimgraph.graph.source_matrix`.
        ledger: the ledger they come from (for names).
        level: the level the pairs were counted at, for the heading.

    Returns:
        The text, ending with a newline.
    """
    if not pairs:
        return f"No relations between claims, so no pairs of sources ({level} level).\n"
    rows = [
        (_name(ledger, p.a), "(itself)" if p.a == p.b else _name(ledger, p.b), str(p.agree), str(p.clash))
        for p in pairs
    ]
    header = ("source", "and source", "agree", "clash")
    widths = [max(_shown(row[i]) for row in [header, *rows]) for i in range(4)]
    lines = [f"Sources at the {level} level: how often their claims agree and clash", ""]
    for row in [header, *rows]:
        cells = (_pad(cell, width, align) for cell, width, align in zip(row, widths, "<<>>", strict=True))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def candidates_text(
    candidates: Sequence[Relation], ledger: Ledger, width: int = 88, *, rejected: int = 0, heading: str | None = None
) -> str:
    """Rule-found candidates for review: a summary line first, then each with its id, the rule and the reason.

    Args:
        candidates: from :func:`claimgraph.graph.find_candidates`.
        ledger: the ledger they come from (for statements).
        width: wrap text to this many columns.
        rejected: how many candidates an analyst rejected earlier (not listed).
        heading: what was done with them ("accepted"), for a list after a review;
            None for the open candidates.

    Returns:
        The text, ending with a newline.
    """
    hidden = f"; {_plural(rejected, 'rejected candidate')} not shown" if rejected else ""
    if not candidates:
        return f"No candidates: no comparable propositions without a relation already{hidden}.\n"
    if heading is None:
        lines = [f"{_plural(len(candidates), 'candidate')} (not in the dossier until accepted){hidden}"]
    else:
        lines = [f"{heading.capitalize()}:"]
    for candidate in candidates:
        lines.append("")
        head = f"{candidate_id(candidate)}  {candidate.source} {candidate.kind} {candidate.target} [{candidate.rule}]"
        wrapped = textwrap.wrap(
            _safe(head), width=width, initial_indent="? ", subsequent_indent="    ", break_on_hyphens=False
        )
        lines.extend(wrapped)
        if candidate.note:
            lines.extend(_wrap(candidate.note, "    ", width))
        for claim_id in (candidate.source, candidate.target):
            claim = ledger.claim(claim_id)
            if claim is not None:
                lines.append(
                    "    · "
                    + textwrap.shorten(_safe(f"{claim_id}: {claim.statement}"), width=width - 6, placeholder=" …")
                )
    return "\n".join(lines) + "\n"


def candidates_json(candidates: Iterable[Relation]) -> str:
    """Candidates as JSON: each spelled as a relation in a dossier, plus its ``id``."""
    return (
        json.dumps(
            [{**to_fields(c), "id": candidate_id(c)} for c in candidates], ensure_ascii=False, indent=2, sort_keys=True
        )
        + "\n"
    )


def _sides_text(sides: Sequence[SideCount]) -> str:
    return " · ".join(
        f"{s.label}{f' ({s.position})' if s.position else ''} {_plural(s.claims, 'claim')}, "
        f"{_plural(s.origins, 'origin')}"
        for s in sides
    )


def _balance(balanced: bool | None) -> str:
    return "new" if balanced is None else "balanced" if balanced else "UNBALANCED"


def preview_text(changes: Sequence[DisputeChange], accepted: int, width: int = 88) -> str:
    """What accepting candidates would do to each dispute: a summary line, then each changed dispute.

    Args:
        changes: from :func:`claimgraph.graph.review.preview`.
        accepted: how many candidates would be accepted.
        width: wrap text to this many columns.

    Returns:
        The text, ending with a newline.
    """
    changed = [c for c in changes if c.changed]
    unbalanced = sum(1 for c in changed if not c.balanced_after and c.balanced_before is not False)
    lines = [
        f"Dry run: accepting {_plural(accepted, 'candidate')} would change {len(changed)} of "
        f"{_plural(len(changes), 'dispute')}"
        + (f", {unbalanced} of them becoming UNBALANCED" if unbalanced else "")
        + "; nothing written."
    ]
    for change in changed:
        lines.append("")
        lines.extend(_wrap(f"[{change.id}] {change.question}", "  ", width))
        if len(change.was) > 1:
            lines.extend(_wrap(f"merges the disputes {', '.join(change.was)}", "    ", width))
        lines.extend(
            _wrap(
                f"claims {change.claims_before} → {change.claims_after}; "
                f"{_balance(change.balanced_before)} → {_balance(change.balanced_after)}",
                "    ",
                width,
            )
        )
        if change.sides_before:
            lines.extend(_wrap(f"before: {_sides_text(change.sides_before)}", "    ", width))
        lines.extend(_wrap(f"after: {_sides_text(change.sides_after)}", "    ", width))
    return "\n".join(lines) + "\n\n"


def _side(side: Side) -> dict[str, object]:
    # A side's backing is spelled flat, as it always has been; "relays" counts its voices.
    back = side.backing
    return {
        "label": side.label,
        "claims": list(side.claims),
        "speakers": list(back.speakers),
        "relayed_by": list(back.relayed_by),
        "origins": list(back.origins),
        "relays": back.voice_count,
        "disputing_relays": list(back.disputing),
        "position": side.position,
        "figures": list(side.figures),
    }


def _plain(value: object) -> object:
    if isinstance(value, Relation):
        return to_fields(value)
    if isinstance(value, Side):
        return _side(value)
    if attrs.has(cls := type(value)):
        # attrs.asdict(value, recurse=False), spelled so the check on the class carries over.
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(cls)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def analysis_json(records: Iterable[object]) -> str:
    """Analysis records as a JSON list: plain data, keys sorted, list order kept.

    Relations (a dispute's relations and frustrated edges, candidates) are spelled
    as in dossiers, wherever they appear: ``kind``, ``from``, ``to``, then
    ``note``, ``recorded_by`` and ``rule`` when set. A dispute's side spells its
    backing flat: ``speakers``, ``relayed_by``, ``origins`` and ``relays`` (the
    number of voices).

    Args:
        records: attrs records (disputes, source pairs, relations, ...).

    Returns:
        The JSON text, ending with a newline.
    """
    return json.dumps([_plain(r) for r in records], ensure_ascii=False, indent=2, sort_keys=True) + "\n"
