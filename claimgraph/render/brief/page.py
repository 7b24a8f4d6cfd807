"""The whole brief: the analyses run once, each part made from them, and the page's header around them.

:func:`brief_data` builds the graph and runs every analysis the page needs
exactly once (disputes, corroboration, candidates, the source matrix and the
attribution audit, which is handed the disputes already found), then passes
each part's builder what that part needs. The result, :class:`Brief`, holds
only strings, numbers, booleans, dates and tuples of other records: the
templates loop, test flags and format dates, and never compute.

Text from the ledger (statements, quotes, names, notes) is kept as it is: the
templates escape it. Links are made only from ``http``/``https`` addresses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from attrs import field, frozen

from claimgraph import __version__
from claimgraph.errors import UnknownDispute
from claimgraph.graph import (
    Dispute,
    build_graph,
    corroborate,
    find_candidates,
    find_disputes,
    source_matrix,
)
from claimgraph.graph.audit import audit
from claimgraph.graph.review import open_candidates
from claimgraph.model import Ledger
from claimgraph.render.brief.claims import ClaimView, DocumentView, claim_views, document_views, place_claims
from claimgraph.render.brief.disputes import DisputeView, RelationView, candidate_views, dispute_view
from claimgraph.render.brief.findings import FindingView, finding_views, findings_by_subject
from claimgraph.render.brief.matrix import MatrixView, matrix_view
from claimgraph.render.brief.quantities import QuantityView, figure_views
from claimgraph.render.brief.status import (
    AmendedView,
    LedgerStatus,
    RetractedView,
    amended_views,
    long_day,
    provenance_text,
    retracted_views,
)
from claimgraph.render.brief.wording import plural

__all__ = ["OPEN_LIMITS", "Brief", "Count", "brief_data"]

#: Sections longer than these start collapsed, so a large brief stays usable.
OPEN_LIMITS = {"dispute": 60, "appendix": 120, "matrix": 16, "findings": 40, "candidates": 20}


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
class Brief:
    """Everything ``brief.html`` shows.

    Attributes:
        title: the page title.
        scope: what part of the ledger is shown, when not all of it ("Disputes about topic X").
        provenance: where the brief comes from and on which clocks: for a ledger store,
            which store, as known on which day and as recorded when; for dossiers
            limited to a story day, which dossiers and that day; else None.
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
        ledger_head: for a brief of a ledger store, the head (``SIZE:ROOT``) of
            the entries it was made from, which ``claimgraph verify --against``
            checks; None for dossiers.
        amendments: for a brief of a ledger store, claim id → what each amended
            claim said before and why, and what was written about its old version.
        figures: dispute id → the quantities its claims state (table and chart);
            a dispute without structured figures has none.
        questions_apart: the analysts' questions whose claims are in no dispute
            (so that every question appears), as (id, text).
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
    ledger_head: str | None = None
    amendments: Mapping[str, AmendedView] = field(factory=dict)
    figures: Mapping[str, tuple[QuantityView, ...]] = field(factory=dict)
    questions_apart: tuple[tuple[str, str], ...] = ()


def _select(
    disputes: tuple[Dispute, ...], ledger: Ledger, topic: str | None, dispute_id: str | None
) -> tuple[tuple[Dispute, ...], str | None]:
    scope = None
    if dispute_id is not None:
        # A dispute's id, or any question's: then every dispute the question falls into.
        chosen = tuple(d for d in disputes if d.id == dispute_id) or tuple(
            d for d in disputes if any(q.id == dispute_id for q in d.questions)
        )
        if not chosen:
            if ledger.question(dispute_id) is not None:
                raise UnknownDispute(
                    f"question {dispute_id!r} names no claim that is in a dispute:"
                    " no contradicts relation reaches its claims"
                )
            known = ", ".join(d.id for d in disputes) or "none (no contradicts relations)"
            raise UnknownDispute(f"no dispute {dispute_id!r}; the disputes are: {known}")
        if len(chosen) == 1:
            scope = f"Only the dispute “{chosen[0].question}”"
        else:
            asked = ledger.question(dispute_id)
            wording = asked.text if asked is not None else dispute_id
            scope = f"Only the {len(chosen)} disputes the question “{wording}” falls into"
        disputes = chosen
    if topic is not None:
        disputes = tuple(
            d
            for d in disputes
            if any((claim := ledger.claim(c)) is not None and topic in claim.topics for c in d.claims)
        )
        scope = (f"{scope}, if about" if scope else "Only the disputes about") + f" topic “{topic}”"
    return disputes, scope


def _counts(
    ledger: Ledger,
    disputes: int,
    candidates: int,
    claims: tuple[ClaimView, ...],
    retracted: tuple[RetractedView, ...] | None,
) -> tuple[Count, ...]:
    tally = ledger.counts()
    counts = (
        Count("claims", tally["claims"], "statements as one source made them"),
        Count("sources", tally["sources"], "speakers and relays, named or not"),
        Count("origins", tally["origins"], "independent origins: the top of each speaker's organisation chain"),
        Count("disputes", disputes, "groups of claims joined by contradictions"),
        Count("open candidates", candidates, "rule-found relations nobody has confirmed; they shape no dispute"),
        Count("reviewed claims", sum(bool(c.reviews) for c in claims), "claims with a fact-checker's verdict"),
    )
    if retracted is None:
        return counts
    return (
        *counts,
        Count("amended", sum(c.amended for c in claims), "claims changed since first recorded"),
        Count("retracted", len(retracted), "claims withdrawn, listed apart in no dispute"),
    )


def _provenance(status: LedgerStatus | None, known_by: dt.date | None, origin: str | None) -> str | None:
    if status is not None:
        return provenance_text(status)
    if known_by is None:
        return None
    return f"From {origin or 'the dossiers'}, as known on {long_day(known_by)}."


def _default_title(ledger: Ledger, documents: dict[str, DocumentView]) -> str:
    if len(documents) == 1:
        return f"Contradiction brief: {next(iter(documents.values())).title}"
    return f"Contradiction brief: {plural(len(ledger.claims), 'claim')} from {plural(len(documents), 'document')}"


def brief_data(
    ledger: Ledger,
    *,
    title: str | None = None,
    topic: str | None = None,
    dispute: str | None = None,
    status: LedgerStatus | None = None,
    known_by: dt.date | None = None,
    origin: str | None = None,
) -> Brief:
    """Prepare everything a brief shows.

    Args:
        ledger: a checked ledger.
        title: the page title; by default one made from the documents covered.
        topic: show only the disputes with a claim that carries this topic.
        dispute: show only the dispute with this id.
        status: for a ledger store, which claims were amended or retracted;
            the brief then marks the amended ones and lists the retracted ones
            apart. None for dossiers.
        known_by: for dossiers, the story day they were limited to, which the
            header names ("From the dossier rafah.yaml, as known on 19 October
            2023."); a store's is in ``status``.
        origin: for dossiers, what they are, for that header line.

    Returns:
        The brief's records.

    Raises:
        UnknownDispute: ``dispute`` names no dispute (the message lists those there are).
    """
    graph = build_graph(ledger)
    every = find_disputes(graph)
    shown, scope = _select(every, ledger, topic, dispute)
    placement = place_claims(shown)
    found = audit(ledger, graph, disputes=every, stale=status.stale if status is not None else ())
    about = findings_by_subject(found)
    documents = document_views(ledger)
    claims = claim_views(
        ledger,
        documents=documents,
        support=corroborate(graph),
        placement=placement,
        findings=about,
        status=status,
    )
    disputes = tuple(
        dispute_view(
            number,
            d,
            ledger=ledger,
            placement=placement,
            claims=claims,
            findings=about.get(("dispute", d.id), ()),
            open_limit=OPEN_LIMITS["dispute"],
        )
        for number, d in enumerate(shown, start=1)
    )
    candidates = candidate_views(ledger, open_candidates(find_candidates(graph), ledger), placement)
    asked = {q.id for d in every for q in d.questions}
    retracted = retracted_views(ledger, status)
    findings = finding_views(ledger, found, placement.shown)
    appendix = tuple(claims.values())
    return Brief(
        title=title or _default_title(ledger, documents),
        scope=scope,
        provenance=_provenance(status, known_by, origin),
        documents=tuple(documents.values()),
        counts=_counts(ledger, len(every), len(candidates), appendix, retracted),
        disputes=disputes,
        candidates=candidates,
        candidates_open=len(candidates) <= OPEN_LIMITS["candidates"],
        matrix=matrix_view(ledger, source_matrix(graph, "origin"), grid_limit=OPEN_LIMITS["matrix"]),
        findings=findings,
        findings_open=len(findings) <= OPEN_LIMITS["findings"],
        retracted=retracted,
        claims=appendix,
        appendix_open=len(appendix) <= OPEN_LIMITS["appendix"],
        generator=f"claimgraph {__version__}",
        ledger_head=status.head if status is not None else None,
        amendments=amended_views(ledger, status),
        figures=figure_views(ledger, graph.figures, shown, placement),
        questions_apart=tuple((q.id, q.text) for q in ledger.questions if q.id not in asked),
    )
