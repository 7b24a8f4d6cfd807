"""The records a contradiction brief is made of: plain, frozen, ready for the templates.

Each holds only strings, numbers, booleans and tuples of other records, so the
templates loop and test flags and never compute. :mod:`claimgraph.render.brief_data`
fills them in.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from claimgraph.model import Ledger
from claimgraph.render.svg import GraphPicture

__all__ = [
    "Brief",
    "ClaimRef",
    "ClaimView",
    "Count",
    "DisputeView",
    "DocumentView",
    "FindingView",
    "LedgerStatus",
    "MatrixCell",
    "MatrixRow",
    "MatrixView",
    "RelationView",
    "RetractedView",
    "ReviewView",
    "SideView",
    "TimelineView",
]


@frozen
class Count:
    """One figure in the header.

    Attributes:
        label: what is counted ("claims").
        value: the number.
        hint: a sentence that says what the number means.
    """

    label: str
    value: int
    hint: str


@frozen
class DocumentView:
    """A document the brief covers.

    Attributes:
        id: the document's id.
        anchor: the ``id`` of its entry in the header's list.
        title: its title.
        publisher: the publisher's name, or None.
        published: publication date as text ("4 Feb 2026"), or None.
        published_iso: the same date in ISO form, for ``<time datetime>``.
        url: its address when it is http(s), else None (then nothing links to it).
        claims: how many claims of the ledger appear in it.
    """

    id: str
    anchor: str
    title: str
    publisher: str | None
    published: str | None
    published_iso: str | None
    url: str | None
    claims: int


@frozen
class ClaimRef:
    """A short reference to a claim, for lists and relations.

    Attributes:
        id: the claim's id.
        mark: its mark in its dispute ("A2"), or the id when it is in none.
        href: the link to it (its card in a dispute, else its appendix row).
        css: its side's colour class.
        statement: the statement.
        speaker: the speaker's name.
    """

    id: str
    mark: str
    href: str
    css: str
    statement: str
    speaker: str


@frozen
class ReviewView:
    """A fact-checker's verdict on a claim.

    Attributes:
        rating: the verdict in words, as the reviewer published it: always shown,
            so the verdict never rests on colour alone.
        scale: where a numeric rating sits ("2 on a scale of 1–5, where 5 is best"), or None.
        tone: the class that tints the verdict by its place on the reviewer's own
            scale: ``verdict-low`` (bottom third), ``verdict-middle``, ``verdict-high``,
            or ``verdict-unscaled`` for a rating in words only.
        reviewer: the reviewer's name.
        date: when it was published, as text, or None.
        date_iso: the same day in ISO form, for ``<time datetime>``, or None.
        url: the review's http(s) address, or None.
        rationale: why, in short, or None.
        note: an analyst's remark on the review, or None.
    """

    rating: str
    scale: str | None
    tone: str
    reviewer: str
    date: str | None
    date_iso: str | None
    url: str | None
    rationale: str | None
    note: str | None


@frozen
class ClaimView:
    """One claim, with everything its card and its appendix row show.

    Attributes:
        id: the claim's id.
        anchor: ``claim-ID``, the ``id`` of its appendix row.
        card: the ``id`` of its card in a dispute section, or None when it is in no shown dispute.
        href: where a link to the claim goes: its card, else its appendix row.
        mark: its mark in its dispute ("A2"), or None.
        css: the class that colours it by side ("side-0", "side-1", "side-none").
        statement: the statement.
        quote: the verbatim passage, or None.
        cue: the attribution verb as printed, or None.
        loaded_cue: True when the cue casts doubt on the speaker (claimed, alleged ...).
        speaker: the speaker's name.
        speaker_detail: role and organisation ("spokesman, PRCS"), or None.
        unnamed: True when the speaker is an unnamed or vague source.
        chain: the relay chain: the speaker's name, each relay's, the document's title
            (shortened; the full title is in ``document``).
        said_on: when it was said, as text, or None.
        said_on_iso: the day in ISO form, for ``<time datetime>``; None for an interval
            (HTML has no interval form).
        document: the document it appears in, or None.
        origins: names of the independent origins behind it (with its supporters).
        voices: names of every speaker and relay behind it.
        supporters: the claims that directly support it.
        backing: one line: "2 independent origins · 4 voices".
        caveats: what a reader should know before trusting it ("no verbatim quote recorded").
        topics: its topics.
        dispute: the dispute it belongs to (id, question), or None.
        reviews: fact-checkers' verdicts on it, in record order.
        verdicts: the appendix's one-line summary of them ("Misleading (2 of 1–5)"), or None.
        amended: True when the ledger store holds more than one version of it.
        history: for an amended claim, the command that shows its versions
            (``claimgraph log --ledger rafah.db ID``); else None.
    """

    id: str
    anchor: str
    card: str | None
    href: str
    mark: str | None
    css: str
    statement: str
    quote: str | None
    cue: str | None
    loaded_cue: bool
    speaker: str
    speaker_detail: str | None
    unnamed: bool
    chain: tuple[str, ...]
    said_on: str | None
    said_on_iso: str | None
    document: DocumentView | None
    origins: tuple[str, ...]
    voices: tuple[str, ...]
    supporters: tuple[ClaimRef, ...]
    backing: str
    caveats: tuple[str, ...]
    topics: tuple[str, ...]
    dispute: tuple[str, str] | None
    reviews: tuple[ReviewView, ...]
    verdicts: str | None
    amended: bool
    history: str | None


@frozen
class RetractedView:
    """A claim withdrawn from the ledger store, in its last recorded version.

    Attributes:
        id: the claim's id.
        anchor: ``claim-ID``, so an old link to the claim still lands on it.
        statement: the statement as last recorded.
        speaker: the speaker's name (or id, when the speaker is gone as well).
        said_on: when it was said, as text, or None.
        said_on_iso: that day in ISO form, or None.
        document: the title of the document it appeared in, or None.
        history: the command that shows when and by whom it was recorded and retracted.
    """

    id: str
    anchor: str
    statement: str
    speaker: str
    said_on: str | None
    said_on_iso: str | None
    document: str | None
    history: str


@frozen
class LedgerStatus:
    """What a ledger store says about its claims' history: the marks a brief adds.

    The command line gathers it from the store (``claim_status`` and
    ``retracted_entries`` in :mod:`claimgraph.io`), so that making a brief
    reads no file itself.

    Attributes:
        ledger: the store's name as the brief shows it, in the ``claimgraph log`` hints.
        claims: claim id → ``"amended"`` or ``"retracted"``; claims recorded once
            and never changed are absent.
        retracted: the entries withdrawn from the store, each in its last version
            (its claims, and any sources they name that were withdrawn too).
        as_of: the time the store is read as of, as the user gave it, or None for now.
    """

    ledger: str
    claims: Mapping[str, str] = field(factory=dict)
    retracted: Ledger = field(factory=Ledger)
    as_of: str | None = None

    def history(self, claim_id: str) -> str:
        """The command that lists one claim's versions."""
        return f"claimgraph log --ledger {self.ledger} {claim_id}"


@frozen
class SideView:
    """One side of a dispute.

    Attributes:
        label: ``A`` or ``B``.
        heading: the side's name ("Side A").
        title: the heading of its list of claims ("Side A: 8 claims").
        stance: what the side holds: the statement of its claim in the most
            contradictions (the first such claim in ledger order on a tie).
        css: its colour class.
        claims: its claims.
        origins: names of its independent origins.
        voices: names of every speaker and relay behind it.
        backing: one line: "3 claims · 2 independent origins · 5 voices".
        caveat: a warning about the side's backing, or None ("rests on unnamed sources only").
    """

    label: str
    heading: str
    title: str
    stance: str
    css: str
    claims: tuple[ClaimView, ...]
    origins: tuple[str, ...]
    voices: tuple[str, ...]
    backing: str
    caveat: str | None


@frozen
class RelationView:
    """A relation between two claims, as the "what clashes" list shows it.

    Attributes:
        kind: ``supports`` or ``contradicts``.
        symbol: the sign between the two marks ("⟷" for contradicts, "→" for supports).
        source: the claim it starts from.
        target: the claim it points at.
        note: what exactly clashes or agrees, or None.
        recorded_by: who recorded it, or None.
        rule: for a rule-found candidate, the rule's name; else None.
        frustrated: True when it breaks the dispute's split into sides.
    """

    kind: str
    symbol: str
    source: ClaimRef
    target: ClaimRef
    note: str | None
    recorded_by: str | None
    rule: str | None
    frustrated: bool


@frozen
class TimelineView:
    """One entry of a dispute's timeline.

    Attributes:
        date: when the claim was said, as text, or None when undated.
        date_iso: the day in ISO form; None when undated or an interval.
        claim: the claim.
        css: its side's colour class.
        published: the date its document was published, as text, when it differs from ``date``.
    """

    date: str | None
    date_iso: str | None
    claim: ClaimRef
    css: str
    published: str | None


@frozen
class DisputeView:
    """One dispute, ready to show.

    Attributes:
        id: the dispute's id.
        number: its position in the brief, from 1.
        anchor: the ``id`` of its section.
        question: what it is about.
        summary: one line of figures ("8 claims on 2 sides · 4 independent origins").
        sides: its sides.
        clashes: its ``contradicts`` relations.
        supports: its ``supports`` relations.
        balanced: True when the split into sides fits every relation.
        frustrated: the relations that break the split (empty when balanced).
        timeline: its claims by date.
        graph: the picture.
        notes: what the attribution audit says about the dispute as a whole.
        open: True when its long parts start expanded.
    """

    id: str
    number: int
    anchor: str
    question: str
    summary: str
    sides: tuple[SideView, ...]
    clashes: tuple[RelationView, ...]
    supports: tuple[RelationView, ...]
    balanced: bool
    frustrated: tuple[RelationView, ...]
    timeline: tuple[TimelineView, ...]
    graph: GraphPicture
    notes: tuple[str, ...]
    open: bool


@frozen
class MatrixCell:
    """One cell of the source matrix.

    Attributes:
        agree: ``supports`` relations between the two origins' claims.
        clash: ``contradicts`` relations between them.
        css: ``clash``, ``agree``, ``mixed`` or ``none``, for colour.
        text: what the cell says to a screen reader and a printout.
    """

    agree: int
    clash: int
    css: str
    text: str


@frozen
class MatrixRow:
    """A row of the source matrix: one origin against every other.

    Attributes:
        source: the origin's name.
        cells: one per column.
    """

    source: str
    cells: tuple[MatrixCell, ...]


@frozen
class MatrixView:
    """The source matrix: how often each pair of independent origins agrees and clashes.

    Attributes:
        columns: the origins' names, in ledger order.
        rows: the grid (empty when there are too many origins to draw one).
        pairs: every pair with a relation, most clashes first.
        open: True when the section starts expanded.
    """

    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    pairs: tuple[tuple[str, str, int, int], ...]
    open: bool


@frozen
class FindingView:
    """One finding of the attribution audit.

    Attributes:
        severity: as the audit gives it ("error", "warning", "info").
        code: the finding's code.
        subject: what it is about ("claim cogat-crossing-open").
        href: a link to that subject in the brief, or None.
        message: what is wrong and how to fix it.
        passage: for a misquote, the closest passage of the document, or None.
        details: further facts as (name, value) pairs.
    """

    severity: str
    code: str
    subject: str
    href: str | None
    message: str
    passage: str | None
    details: tuple[tuple[str, str], ...]


@frozen
class Brief:
    """Everything ``brief.html`` shows.

    Attributes:
        title: the page title.
        scope: what part of the ledger is shown, when not all of it ("Disputes about topic X").
        provenance: for a brief of a ledger store, which store and as of when; else None.
        documents: the documents covered.
        counts: the header's figures.
        disputes: the disputes shown.
        candidates: rule-found relations nobody has confirmed.
        candidates_open: True when that section starts expanded.
        matrix: the source matrix.
        findings: the attribution audit's findings.
        findings_open: True when that section starts expanded.
        retracted: for a brief of a ledger store, the claims withdrawn from it
            (possibly none); None for a brief of dossiers, which keep no history.
        claims: every claim, for the appendix.
        appendix_open: True when the appendix starts expanded.
        generator: "claimgraph 0.1.0".
    """

    title: str
    scope: str | None
    provenance: str | None
    documents: tuple[DocumentView, ...]
    counts: tuple[Count, ...]
    disputes: tuple[DisputeView, ...]
    candidates: tuple[RelationView, ...]
    candidates_open: bool
    matrix: MatrixView
    findings: tuple[FindingView, ...]
    findings_open: bool
    retracted: tuple[RetractedView, ...] | None
    claims: tuple[ClaimView, ...]
    appendix_open: bool
    generator: str
