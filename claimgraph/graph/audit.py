"""The attribution audit: is each claim traceable, quoted faithfully, and reported evenly?

Each check yields :class:`Finding` records; :func:`audit` runs them all and sorts
the findings so the same ledger always gives the same list. Every check is
safe on an unchecked ledger (dangling ids, circular ``part_of`` chains), since
an audit is most useful on a dossier still being written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from attrs import field, frozen

from claimgraph._gc import paused_gc
from claimgraph.attribution import cue_class
from claimgraph.graph.build import build_graph
from claimgraph.graph.corroboration import supporters
from claimgraph.graph.disputes import Dispute, find_disputes
from claimgraph.graph.index import LedgerGraph
from claimgraph.graph.textmatch import MAX_COMPARE_QUOTE, closest_passage, find_quote, too_long_to_compare
from claimgraph.model import Claim, Ledger, Source
from claimgraph.model.checks import Defect, known_in, unknown_references
from claimgraph.model.language import script_of_tag, script_of_text

__all__ = [
    "CODES",
    "SEVERITIES",
    "VAGUE_EXPRESSIONS",
    "Finding",
    "Stale",
    "at_or_above",
    "audit",
    "is_vague",
    "stale_entries",
]

#: Severities, most serious first.
SEVERITIES = ("error", "warning", "info")

#: Every finding code → its severity and what it means.
CODES: dict[str, tuple[str, str]] = {
    "quote-not-verbatim": ("error", "the quote is not in the document's text"),
    "quote-script-mismatch": ("warning", "the quote is not written in the script of its declared language"),
    "broken-reference": ("error", "a claim names a speaker or document the ledger lacks"),
    "broken-chain": ("error", "a part_of or via chain is dangling or circular"),
    "missing-document": ("warning", "the claim names no document"),
    "missing-quote": ("warning", "the claim has no verbatim quote"),
    "missing-date": ("warning", "neither the claim nor its document has a date"),
    "vague-source": ("warning", "the speaker or a relay is unnamed or vague"),
    "unattributed-assertion": ("warning", "the document asserts it in its own voice"),
    "uneven-verbs": ("warning", "one side of a dispute gets doubting verbs, the other not"),
    "single-origin-side": ("warning", "a side's many voices come from one origin"),
    "single-origin-support": ("warning", "a claim's supporters all come from one origin"),
    "unchecked-quote": ("info", "the document has no text to check the quote against"),
    "undated-claim": ("info", "the claim has no date of its own; its document's date applies"),
    "no-named-speaker": ("info", "an organisation speaks with no named person"),
    "loaded-verb": ("info", "the attribution verb casts doubt on the speaker"),
    "stale-review": ("warning", "a review was recorded before its claim last changed"),
    "stale-note": ("warning", "a relation's note was recorded before one of its claims last changed"),
    "possible-duplicate-source": ("warning", "two sources share a name or alias: one actor under two ids?"),
}

_SUBJECT_ORDER = {"dispute": 0, "document": 1, "source": 2, "claim": 3}

#: The vetted vague expressions: a source whose name is one of these, after any
#: leading words ("Israeli", "senior", "two"), says who only vaguely even when
#: the analyst left ``unnamed`` off: "Officials", "Israeli media", "security
#: sources", "sources close to Hamas", "media reports", "a senior diplomat". "…"
#: stands for whatever follows. After leading words the expression must be in
#: lower case, as a collective noun is and a proper name is not: "Israeli press"
#: is vague, "Associated Press", "Canadian Press" and "Vox Media" are names.
#: Named news agencies, broadcasters and outlets (kinds ``news-agency``,
#: ``broadcaster``, ``outlet``) are never vague by name: only their ``unnamed``
#: flag makes them so.
VAGUE_EXPRESSIONS = (
    "official",
    "officials",
    "source",
    "sources",
    "sources close to …",
    "sources familiar with …",
    "people familiar with …",
    "insiders",
    "observers",
    "witnesses",
    "diplomat",
    "diplomats",
    "analysts",
    "experts",
    "residents",
    "activists",
    "media",
    "media reports",
    "news reports",
    "press",
    "press reports",
    "reports",
)

_NAMED_MEDIA_KINDS = frozenset(("news-agency", "broadcaster", "outlet"))


def _alternatives(expressions: tuple[str, ...]) -> str:
    return "|".join(re.escape(e.removesuffix(" …")) + (r"\s.+" if e.endswith(" …") else "") for e in expressions)


# The whole name, in any case ("Officials", "Media reports"); or, after leading
# words, the expression in lower case ("Israeli media", not "Vox Media").
_VAGUE_WHOLE = re.compile(rf"^(?:(?:the|a|an|some|several)\s)?(?:{_alternatives(VAGUE_EXPRESSIONS)})$", re.IGNORECASE)
_VAGUE_TAIL = re.compile(rf"^.*\s(?:{_alternatives(VAGUE_EXPRESSIONS)})$")


@frozen
class Finding:
    """One thing an auditor should look at.

    Attributes:
        severity: ``error``, ``warning`` or ``info`` (see :data:`SEVERITIES`).
        code: a stable slug naming the check (see :data:`CODES`).
        subject: the kind of entry concerned: ``claim``, ``source``, ``document``
            or ``dispute``.
        id: that entry's id.
        message: one line saying what is wrong.
        passage: for a misquote, the closest passage of the document (normalised).
        score: for a misquote, the similarity of quote and passage (0 to 100).
        details: further facts as (name, value) pairs, e.g. the verbs per side.
    """

    severity: str
    code: str
    subject: str
    id: str
    message: str
    passage: str | None = None
    score: float | None = None
    details: tuple[tuple[str, str], ...] = field(default=(), converter=tuple[tuple[str, str], ...])


def _finding(
    code: str,
    subject: str,
    entry_id: str,
    message: str,
    *,
    passage: str | None = None,
    score: float | None = None,
    details: Iterable[tuple[str, str]] = (),
) -> Finding:
    return Finding(CODES[code][0], code, subject, entry_id, message, passage, score, details)


def at_or_above(findings: tuple[Finding, ...], severity: str) -> tuple[Finding, ...]:
    """The findings at least as serious as ``severity``.

    Raises:
        ValueError: the severity is not one of :data:`SEVERITIES`.
    """
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}; choose one of {', '.join(SEVERITIES)}")
    limit = SEVERITIES.index(severity)
    return tuple(f for f in findings if SEVERITIES.index(f.severity) <= limit)


def _name(ledger: Ledger, source_id: str) -> str:
    source = ledger.source(source_id)
    return source.name if source is not None else source_id


def is_vague(source: Source) -> bool:
    """True for a source that says who only vaguely: flagged ``unnamed``, or named by a vague expression.

    See :data:`VAGUE_EXPRESSIONS`; a named news agency, broadcaster or outlet is
    never vague by its name alone.
    """
    if source.unnamed:
        return True
    if source.kind in _NAMED_MEDIA_KINDS:
        return False
    name = " ".join(source.name.split())
    return bool(_VAGUE_WHOLE.match(name) or _VAGUE_TAIL.match(name))


def _publisher(ledger: Ledger, claim: Claim) -> str | None:
    document = ledger.document(claim.document) if claim.document else None
    return document.publisher if document is not None else None


# How a message names a script (ISO 15924 code → word); other codes are shown as they are.
_SCRIPT_WORDS = {"Arab": "Arabic", "Hebr": "Hebrew", "Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek"}


def _script_findings(ledger: Ledger, claim: Claim) -> Iterator[Finding]:
    lang = ledger.language_of(claim)
    if claim.quote is None or lang is None:
        return
    expected, written = script_of_tag(lang), script_of_text(claim.quote)
    # Only scripts both sides can name are compared: an unknown one is never flagged.
    if expected is None or written is None or expected == written:
        return
    declared = "its own lang" if claim.lang is not None else f"its document {claim.document}'s lang"
    yield _finding(
        "quote-script-mismatch",
        "claim",
        claim.id,
        f"the quote is written in {_SCRIPT_WORDS.get(written, written)} script, but {declared} is {lang} "
        f"({_SCRIPT_WORDS.get(expected, expected)}): correct the lang, or quote the original",
    )


def _quote_findings(ledger: Ledger, claim: Claim, arabic_marks: bool = False) -> Iterator[Finding]:
    document = ledger.document(claim.document) if claim.document is not None else None
    if document is None:
        return
    if claim.quote is None:
        yield _finding(
            "missing-quote", "claim", claim.id, f"no quote from {claim.document}: add the passage as printed"
        )
        return
    text = document.text
    if text is None:
        yield _finding(
            "unchecked-quote",
            "claim",
            claim.id,
            f"document {claim.document} has no text (text_file) to check the quote against",
        )
        return
    if find_quote(claim.quote, text, arabic_marks=arabic_marks):
        return
    if too_long_to_compare(claim.quote, text):
        yield _finding(
            "quote-not-verbatim",
            "claim",
            claim.id,
            f"quote not found verbatim in {claim.document}; quote and document are too long to compare "
            f"for the closest passage ({len(claim.quote):,} and {len(text):,} characters; quotes over "
            f"{MAX_COMPARE_QUOTE:,} characters, or long quotes in very long documents, are checked verbatim only)",
        )
        return
    passage = closest_passage(claim.quote, text)
    if passage is None:
        yield _finding(
            "quote-not-verbatim", "claim", claim.id, f"quote not found in {claim.document}, whose text is empty"
        )
        return
    yield _finding(
        "quote-not-verbatim",
        "claim",
        claim.id,
        f"quote not found verbatim in {claim.document}; closest passage "
        f"({passage.score:.1f}% similar): “{passage.text}”",
        passage=passage.text,
        score=passage.score,
        details=(("offset", str(passage.start)),),
    )


def _unknown(ledger: Ledger, kind: str, entry_id: str, **fields: object) -> dict[str | None, list[Defect]]:
    """The model's unknown-reference defects of these fields, by field."""
    found: dict[str | None, list[Defect]] = {}
    for defect in unknown_references(kind, fields, known_in(ledger), entry_id):
        found.setdefault(defect.field, []).append(defect)
    return found


def _provenance_findings(ledger: Ledger, claim: Claim) -> Iterator[Finding]:
    unknown = _unknown(ledger, "claim", claim.id, said_by=claim.said_by, document=claim.document, via=claim.via)
    for name in ("said_by", "document"):
        for d in unknown.get(name, ()):
            yield _finding("broken-reference", "claim", claim.id, f"{name} names unknown {d.target} {d.refs[0]!r}")
    if claim.document is None:
        yield _finding("missing-document", "claim", claim.id, "no document: name the text the claim appears in")
    if claim.said_on is None:
        document = ledger.document(claim.document) if claim.document else None
        if document is not None and document.published is not None:
            yield _finding(
                "undated-claim",
                "claim",
                claim.id,
                f"no said_on; only the document's date ({document.published}) applies",
            )
        else:
            yield _finding("missing-date", "claim", claim.id, "no said_on, and no dated document: when was it said?")
    relays = [d.refs[0] for d in unknown.get("via", ())]
    if relays:
        yield _finding(
            "broken-chain",
            "claim",
            claim.id,
            f"via names unknown source{'s' * (len(relays) > 1)} {', '.join(relays)}",
        )
    if claim.said_by in claim.via:
        yield _finding(
            "broken-chain", "claim", claim.id, f"the speaker {claim.said_by} also appears in its own relay chain"
        )
    repeated = sorted({relay for relay in claim.via if claim.via.count(relay) > 1})
    if repeated:
        yield _finding("broken-chain", "claim", claim.id, f"via goes round in a circle through {', '.join(repeated)}")


def _source_findings(ledger: Ledger) -> Iterator[Finding]:
    reported: set[str] = set()
    for source in ledger.sources:
        if source.part_of is None:
            continue
        for d in _unknown(ledger, "source", source.id, part_of=source.part_of).get("part_of", ()):
            yield _finding("broken-chain", "source", source.id, f"part_of names unknown source {d.refs[0]!r}")
            break
        else:
            # Unlike check, the audit names each circle at its first member in record
            # order, and counts a source that is part of itself as a circle too.
            loop = ledger.part_of_cycle(source.id)
            if loop and loop[0] == source.id and not reported.intersection(loop):
                reported.update(loop)
                yield _finding(
                    "broken-chain",
                    "source",
                    source.id,
                    f"part_of goes round in a circle: {' → '.join([*loop, source.id])}",
                )


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _duplicate_findings(ledger: Ledger) -> Iterator[Finding]:
    # Two ids for one actor count it as two origins, which inflates every "independent
    # sources" figure; dossiers written apart (one story each) drift into this easily.
    first_named: dict[str, str] = {}
    reported: set[tuple[str, str]] = set()
    for source in ledger.sources:
        written: dict[str, str] = {}
        for name in (source.name, *source.aliases):
            written.setdefault(_name_key(name), name)
        for key, name in written.items():
            other = first_named.setdefault(key, source.id)
            if other == source.id or (other, source.id) in reported:
                continue
            if other in ledger.chain(source.id) or source.id in ledger.chain(other):
                continue  # a part and its whole may share a name ("Al Jazeera" and its Arabic channel)
            reported.add((other, source.id))
            yield _finding(
                "possible-duplicate-source",
                "source",
                source.id,
                f"shares the name {name!r} with source {other!r}; if they are one actor, keep one id "
                "(each id counts as an origin of its own); if not, tell them apart by name",
            )


def _attribution_findings(ledger: Ledger, claim: Claim) -> Iterator[Finding]:
    speaker = ledger.source(claim.said_by)
    publisher = _publisher(ledger, claim)
    if speaker is None:
        return
    if claim.said_by == publisher and claim.cue is None:
        yield _finding(
            "unattributed-assertion",
            "claim",
            claim.id,
            f"{claim.document} states this in its own voice, attributed to no one",
        )
        return
    if is_vague(speaker):
        yield _finding("vague-source", "claim", claim.id, f"said by {speaker.name!r}, an unnamed or vague source")
    elif speaker.kind != "person" and claim.said_by != publisher:
        yield _finding(
            "no-named-speaker",
            "claim",
            claim.id,
            f"said by the {speaker.kind} {speaker.name!r}; no named person speaks for it",
        )
    for relay in claim.via:
        source = ledger.source(relay)
        if source is not None and is_vague(source):
            yield _finding("vague-source", "claim", claim.id, f"relayed by {source.name!r}, an unnamed or vague source")
    if cue_class(claim.cue) == "loaded":
        yield _finding(
            "loaded-verb", "claim", claim.id, f"cue {claim.cue!r} casts doubt on {speaker.name}; 'said' would not"
        )


def _verb_findings(ledger: Ledger, disputes: tuple[Dispute, ...]) -> Iterator[Finding]:
    for dispute in disputes:
        # document → side label → speaker → the cues that document uses for them, in ledger order
        cues: dict[str, dict[str, dict[str, list[str]]]] = {}
        for side in dispute.sides:
            for claim_id in side.claims:
                claim = ledger.claim(claim_id)
                if claim is None or claim.document is None or claim.cue is None:
                    continue
                by_speaker = cues.setdefault(claim.document, {}).setdefault(side.label, {})
                listed = by_speaker.setdefault(claim.said_by, [])
                if claim.cue not in listed:
                    listed.append(claim.cue)
        for document_id, by_side in cues.items():
            classes = {
                label: {cue_class(cue) for verbs in speakers.values() for cue in verbs}
                for label, speakers in by_side.items()
            }
            loaded = {label for label, found in classes.items() if "loaded" in found}
            plain = {
                label for label, found in classes.items() if "loaded" not in found and found & {"neutral", "affirming"}
            }
            if not loaded or not plain:
                continue
            described = {
                label: "; ".join(f"{speaker}: {', '.join(verbs)}" for speaker, verbs in speakers.items())
                for label, speakers in sorted(by_side.items())
            }
            yield _finding(
                "uneven-verbs",
                "document",
                document_id,
                f"dispute {dispute.id}: doubting verbs for side {', '.join(sorted(loaded))} only — "
                + " | ".join(f"side {label}: {text}" for label, text in described.items()),
                details=(("dispute", dispute.id), *((f"side {label}", text) for label, text in described.items())),
            )


def _origin_findings(ledger: Ledger, graph: LedgerGraph, disputes: tuple[Dispute, ...]) -> Iterator[Finding]:
    for dispute in disputes:
        for side in dispute.sides:
            back = side.backing
            if back.origin_count == 1 and back.voice_count > 1:
                origin = back.origins[0]
                yield _finding(
                    "single-origin-side",
                    "dispute",
                    dispute.id,
                    f"side {side.label}: {back.voice_count} voices ({', '.join(back.speakers + back.relayed_by)}) "
                    f"but one origin, {_name(ledger, origin)}",
                    details=(
                        ("side", side.label),
                        ("origin", origin),
                        ("voices", ", ".join(back.speakers + back.relayed_by)),
                    ),
                )
    # Only supported claims can have single-origin support: no need to visit the others.
    for claim_id, backers in supporters(graph).items():
        # Supporters the ledger does not know are dangling references (check_ledger reports
        # them); they prove nothing about origins.
        known = [claim for claim in map(ledger.claim, backers) if claim is not None]
        origins = {ledger.origin(claim.said_by) for claim in known}
        if len(known) >= 2 and len(origins) == 1:
            origin = origins.pop()
            ids = ", ".join(claim.id for claim in known)
            yield _finding(
                "single-origin-support",
                "claim",
                claim_id,
                f"{len(known)} supporting claims ({ids}) all come from one origin, {_name(ledger, origin)}",
                details=(("origin", origin), ("supporters", ids)),
            )


@frozen
class Stale:
    """A review or relation note written about an earlier version of a claim.

    Attributes:
        kind: ``review`` or ``relation``.
        id: the review's or relation's id.
        claim: the claim that changed since.
        recorded: when the review or relation was recorded (ISO 8601 UTC).
        changed: when the claim last changed.
    """

    kind: str
    id: str
    claim: str
    recorded: str
    changed: str


def stale_entries(
    ledger: Ledger, recorded: Mapping[tuple[str, str], str], changed: Mapping[tuple[str, str], str]
) -> tuple[Stale, ...]:
    """The reviews, and relations with a note, recorded before a claim they are about last changed.

    Args:
        ledger: the ledger as read.
        recorded: (kind, id) → when each entry's current version was recorded.
        changed: (kind, id) → when each entry last changed after its first version.

    Returns:
        Reviews first, then relations, each in record order; a relation is named
        once, for the later-changed of its two claims.
    """
    found = []
    for review in ledger.reviews:
        when, claim_changed = recorded.get(("review", review.id)), changed.get(("claim", review.claim))
        if when is not None and claim_changed is not None and when < claim_changed:
            found.append(Stale("review", review.id, review.claim, when, claim_changed))
    for relation in ledger.relations:
        when = recorded.get(("relation", relation.id))
        ends = [
            (changed[("claim", end)], end) for end in (relation.source, relation.target) if ("claim", end) in changed
        ]
        if relation.note and when is not None and ends and when < max(ends)[0]:
            latest, claim = max(ends)
            found.append(Stale("relation", relation.id, claim, when, latest))
    return tuple(found)


def _stale_findings(stale: Iterable[Stale]) -> Iterator[Finding]:
    for item in stale:
        day = item.changed[:10]
        if item.kind == "review":
            message = f"review {item.id} was written before the claim changed on {day}: check its verdict still holds"
            code = "stale-review"
        else:
            message = f"the note of relation {item.id} was written before the claim changed on {day}: check it"
            code = "stale-note"
        yield _finding(
            code, "claim", item.claim, message, details=(("recorded", item.recorded), ("changed", item.changed))
        )


def _sort_key(
    ledger: Ledger, graph: LedgerGraph, disputes: tuple[Dispute, ...]
) -> Callable[[Finding], tuple[int, str, int, int, str, str]]:
    position: dict[str, Mapping[str, int]] = {
        "claim": graph.claim_order,
        "source": {s.id: i for i, s in reversed(list(enumerate(ledger.sources)))},
        "document": {d.id: i for i, d in reversed(list(enumerate(ledger.documents)))},
        "dispute": {d.id: i for i, d in enumerate(disputes)},
    }

    def key(finding: Finding) -> tuple[int, str, int, int, str, str]:
        return (
            SEVERITIES.index(finding.severity),
            finding.code,
            _SUBJECT_ORDER[finding.subject],
            position[finding.subject].get(finding.id, len(position[finding.subject])),
            finding.id,
            finding.message,
        )

    return key


def audit(
    ledger: Ledger,
    graph: LedgerGraph | None = None,
    *,
    disputes: tuple[Dispute, ...] | None = None,
    stale: Iterable[Stale] = (),
    arabic_marks: bool = False,
) -> tuple[Finding, ...]:
    """Audit every attribution in a ledger.

    Checks quote fidelity against each document's text, missing provenance
    (document, quote, date), dangling or circular ``part_of`` / ``via`` chains,
    vague and unnamed speakers, organisations speaking with no named person,
    loaded attribution verbs and their uneven use across the sides of a dispute,
    sides and claims whose support comes from a single origin, and statements
    a document makes in its own voice.

    Args:
        ledger: the ledger to audit; it need not have passed :func:`check_ledger`.
        graph: its graph (from :func:`~claimgraph.graph.build_graph`), when the caller has already built it.
        disputes: ``find_disputes(graph)``, when the caller has already found them
            (a brief has), so they are not found twice; they must come from ``graph``.
        stale: for a ledger store, the reviews and notes recorded before their
            claim last changed (:func:`stale_entries`), reported as ``stale-review``
            and ``stale-note``.
        arabic_marks: match quotes ignoring tatweel and optional Arabic diacritics
            (a desk's choice; by default every mark counts).

    Returns:
        The findings, errors first, then by code and by the subject's record
        order; the same ledger always gives the same tuple.
    """
    graph = build_graph(ledger) if graph is None else graph
    disputes = find_disputes(graph) if disputes is None else disputes
    findings: list[Finding] = []
    # Hundreds of thousands of findings and no cycles: left on, the collector would
    # walk the whole ledger and graph again while they pile up.
    with paused_gc():
        for claim in ledger.claims:
            findings.extend(_provenance_findings(ledger, claim))
            findings.extend(_quote_findings(ledger, claim, arabic_marks))
            findings.extend(_script_findings(ledger, claim))
            findings.extend(_attribution_findings(ledger, claim))
        findings.extend(_source_findings(ledger))
        findings.extend(_duplicate_findings(ledger))
        findings.extend(_verb_findings(ledger, disputes))
        findings.extend(_origin_findings(ledger, graph, disputes))
        findings.extend(_stale_findings(stale))
        return tuple(sorted(findings, key=_sort_key(ledger, graph, disputes)))
