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
from claimgraph.model import Claim, Ledger, Relation, to_fields
from claimgraph.render.bidi import FSI, PDI, isolate

__all__ = [
    "analysis_json",
    "candidates_text",
    "disputes_text",
    "matrix_text",
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
    out.append(
        f"  [{dispute.id}] {_plural(len(dispute.claims), 'claim')} · "
        f"{_plural(len(dispute.relations), 'relation')} · {state}"
    )
    for side in dispute.sides:
        back = side.backing
        origins = ", ".join(_name(ledger, o) for o in back.origins)
        out.append("")
        out.extend(
            _wrap(
                f"Side {side.label}: {_plural(back.origin_count, 'independent origin')} "
                f"({origins}); {_plural(back.voice_count, 'voice')} counting relays",
                "  ",
                width,
            )
        )
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
    out.append("")
    out.append("  Timeline:")
    for entry in dispute.timeline:
        published = f", published {entry.published}" if entry.published else ""
        where = f" (in {entry.document}{published})" if entry.document else ""
        out.append(f"    {entry.said_on or 'undated':<10}  {entry.claim}{where}")
    return out


def disputes_text(disputes: Sequence[Dispute], ledger: Ledger, width: int = 88) -> str:
    """The disputes for a terminal: question, sides with their origins and claims, timeline.

    Args:
        disputes: from :func:`claimgraph.graph.find_disputes`.
        ledger: the ledger they come from (for names and statements).
        width: wrap text to this many columns.

    Returns:
        The text, ending with a newline.
    """
    if not disputes:
        return "No disputes: no two claims are recorded as contradicting each other.\n"
    blocks = [f"{_plural(len(disputes), 'dispute')}\n"]
    for number, dispute in enumerate(disputes, start=1):
        lines = _dispute_lines(dispute, ledger, width)
        lines[0] = f"{number}. {lines[0]}"
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


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


def candidates_text(candidates: Sequence[Relation], ledger: Ledger, width: int = 88) -> str:
    """Rule-found candidates for review: the pair, the rule, the reason.

    Args:
        candidates: from :func:`claimgraph.graph.find_candidates`.
        ledger: the ledger they come from (for statements).
        width: wrap text to this many columns.

    Returns:
        The text, ending with a newline.
    """
    if not candidates:
        return "No candidates: no comparable propositions without a relation already.\n"
    lines = [f"{_plural(len(candidates), 'candidate')} (not in the dossier until accepted)"]
    for candidate in candidates:
        lines.append("")
        lines.extend(_wrap(f"{candidate.source} {candidate.kind} {candidate.target} [{candidate.rule}]", "? ", width))
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
