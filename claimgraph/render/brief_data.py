"""Everything a contradiction brief shows, prepared as plain records.

:func:`brief_data` runs the analyses (disputes, corroboration, source matrix,
candidates, and the attribution audit) and turns their results into frozen
records of strings, numbers and tuples. The templates only loop over them and
test flags: every label, count, link and sentence is decided here, where it can
be tested, and no template sees a networkx object or a model class.

Text from the ledger (statements, quotes, names, notes) is kept as it is: the
templates escape it. Links are made only from ``http``/``https`` addresses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from claimgraph import __version__
from claimgraph.graph import (
    Corroboration,
    Dispute,
    build_graph,
    corroborate,
    find_candidates,
    find_disputes,
    source_matrix,
)
from claimgraph.graph.audit import CODES, Finding, audit
from claimgraph.graph.verbs import cue_class
from claimgraph.model import Claim, Ledger, Period, Relation, Review, Source
from claimgraph.render.brief_records import (
    Brief,
    ClaimRef,
    ClaimView,
    Count,
    DisputeView,
    DocumentView,
    FindingView,
    LedgerStatus,
    MatrixCell,
    MatrixRow,
    MatrixView,
    RelationView,
    RetractedView,
    ReviewView,
    SideView,
    TimelineView,
)
from claimgraph.render.svg import layout_graph

__all__ = ["OPEN_LIMITS", "BriefError", "brief_data", "http_url"]

#: Sections longer than these start collapsed, so a large brief stays usable.
OPEN_LIMITS = {"dispute": 60, "appendix": 120, "matrix": 16, "findings": 40, "candidates": 20}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class BriefError(ValueError):
    """The brief cannot be made as asked (an unknown dispute id, say); the message says why."""


# ---------------------------------------------------------------- helpers


def http_url(url: str | None) -> str | None:
    """The address itself when it is an absolute http(s) address without spaces, else None.

    The model already refuses other schemes; this second check means no other
    code path can ever turn a ``javascript:`` or ``data:`` address into a link.
    """
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _period_text(period: Period) -> str:
    if period.is_day:
        return _day(period.start)
    return f"{_day(period.start)} – {_day(period.end)}"


def _iso_day(period: Period | None) -> str | None:
    return period.start.isoformat() if period is not None and period.is_day else None


def _iso_period(text: str | None) -> Period | None:
    if text is None:
        return None
    start, _, end = text.partition("/")
    return Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start))


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def _number(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _review_view(review: Review, reviewer: str) -> ReviewView:
    value, best, worst = review.rating_value, review.best_rating, review.worst_rating
    scale, tone = None, "verdict-unscaled"
    if value is not None and best is not None and worst is not None:
        scale = f"{_number(value)} on a scale of {_number(worst)}–{_number(best)}, where {_number(best)} is best"
        place = (value - worst) / (best - worst)  # the model keeps worst < best
        tone = "verdict-low" if place < 1 / 3 else "verdict-high" if place > 2 / 3 else "verdict-middle"
    return ReviewView(
        rating=review.rating,
        scale=scale,
        tone=tone,
        reviewer=reviewer,
        date=_day(review.date) if review.date else None,
        date_iso=review.date.isoformat() if review.date else None,
        url=http_url(review.url),
        rationale=review.rationale,
        note=review.note,
    )


def _verdicts(reviews: Sequence[Review], views: Sequence[ReviewView]) -> str | None:
    parts = []
    for review, view in zip(reviews, views, strict=True):
        scale = (
            ""
            if view.scale is None
            else (f" ({_number(review.rating_value)} on {_number(review.worst_rating)}–{_number(review.best_rating)})")
        )
        parts.append(f"{view.rating}{scale} by {view.reviewer}")
    return "; ".join(parts) or None


class _Context:
    """Lookups shared while the records are built."""

    def __init__(self, ledger: Ledger, status: LedgerStatus | None) -> None:
        self.ledger = ledger
        self.status = status
        self.graph = build_graph(ledger)
        self.marks: dict[str, str] = {}
        self.sides: dict[str, int] = {}
        self.cards: dict[str, str] = {}
        self.dispute_of: dict[str, tuple[str, str]] = {}
        self.shown: set[str] = set()
        self.findings: dict[tuple[str, str], list[Finding]] = {}
        self.reviews: dict[str, list[Review]] = {}

    def name(self, source_id: str) -> str:
        source = self.ledger.source(source_id)
        return source.name if source is not None else source_id

    def names(self, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.name(i) for i in ids)

    def speaker_detail(self, source: Source) -> str | None:
        parents = [self.ledger.source(s) for s in self.ledger.chain(source.id)[1:]]
        parents = [p for p in parents if p is not None]
        if source.role is None:
            return parents[0].name if parents else None
        role = _squash(source.role)
        # A role that already names its organisation ("Hamas spokesman") needs no repeat.
        if not parents or any(_squash(n) and _squash(n) in role for p in parents for n in (p.name, *p.aliases)):
            return source.role
        return f"{source.role}, {parents[0].name}"

    def ref(self, claim_id: str) -> ClaimRef:
        claim = self.ledger.claim(claim_id)
        statement = claim.statement if claim else claim_id
        speaker = self.name(claim.said_by) if claim else ""
        href = f"#{self.cards[claim_id]}" if claim_id in self.cards else f"#claim-{claim_id}"
        side = self.sides.get(claim_id)
        return ClaimRef(
            id=claim_id,
            mark=self.marks.get(claim_id, claim_id),
            href=href,
            css="side-none" if side is None else f"side-{side}",
            statement=statement,
            speaker=speaker,
        )


def _document_views(ledger: Ledger, ctx: _Context) -> dict[str, DocumentView]:
    used: dict[str, int] = {}
    for claim in ledger.claims:
        if claim.document is not None:
            used[claim.document] = used.get(claim.document, 0) + 1
    return {
        d.id: DocumentView(
            id=d.id,
            anchor=f"doc-{d.id}",
            title=d.title,
            publisher=ctx.name(d.publisher) if d.publisher else None,
            published=_day(d.published) if d.published else None,
            published_iso=d.published.isoformat() if d.published else None,
            url=http_url(d.url),
            claims=used.get(d.id, 0),
        )
        for d in ledger.documents
    }


def _backing_line(origins: int, voices: int, claims: int | None = None) -> str:
    parts = [_plural(claims, "claim")] if claims is not None else []
    parts.append(_plural(origins, "independent origin"))
    parts.append(_plural(voices, "voice"))
    return " · ".join(parts)


def _claim_view(
    claim: Claim, ctx: _Context, documents: dict[str, DocumentView], support: Corroboration | None
) -> ClaimView:
    ledger = ctx.ledger
    speaker = ledger.source(claim.said_by)
    detail = ctx.speaker_detail(speaker) if speaker is not None else None
    name = ctx.name(claim.said_by)
    document = documents.get(claim.document) if claim.document else None
    chain = [name, *ctx.names(claim.via)]
    if document is not None:
        chain.append(_shorten(document.title, 60))
    cue = claim.cue
    loaded = cue_class(cue) == "loaded"
    caveats = tuple(dict.fromkeys(CODES[f.code][1] for f in ctx.findings.get(("claim", claim.id), ())))
    origins = ctx.names(support.backing.origins) if support else (ctx.name(ledger.origin(claim.said_by)),)
    voices = ctx.names(support.backing.voices) if support else ctx.names((claim.said_by, *claim.via))
    supporters = tuple(ctx.ref(s) for s in support.supporters) if support else ()
    reviewed = ctx.reviews.get(claim.id, ())
    reviews = tuple(_review_view(r, ctx.name(r.reviewer)) for r in reviewed)
    amended = ctx.status is not None and ctx.status.claims.get(claim.id) == "amended"
    card = ctx.cards.get(claim.id)
    side = ctx.sides.get(claim.id)
    return ClaimView(
        id=claim.id,
        anchor=f"claim-{claim.id}",
        card=card,
        href=f"#{card}" if card else f"#claim-{claim.id}",
        mark=ctx.marks.get(claim.id),
        css="side-none" if side is None else f"side-{side}",
        statement=claim.statement,
        quote=claim.quote,
        cue=cue,
        loaded_cue=loaded,
        speaker=name,
        speaker_detail=detail,
        unnamed=bool(speaker is not None and speaker.unnamed),
        chain=tuple(chain),
        said_on=_period_text(claim.said_on) if claim.said_on else None,
        said_on_iso=_iso_day(claim.said_on),
        document=document,
        origins=origins,
        voices=voices,
        supporters=supporters,
        backing=_backing_line(len(origins), len(voices)),
        caveats=caveats,
        topics=claim.topics,
        dispute=ctx.dispute_of.get(claim.id),
        reviews=reviews,
        verdicts=_verdicts(reviewed, reviews),
        amended=amended,
        history=ctx.status.history(claim.id) if amended else None,
    )


def _retracted_views(ledger: Ledger, status: LedgerStatus | None) -> tuple[RetractedView, ...] | None:
    if status is None:
        return None
    gone = status.retracted
    views = []
    for claim in gone.claims:
        # Retracted and added again counts as amended, and is shown with the current claims.
        if status.claims.get(claim.id) != "retracted" or ledger.claim(claim.id) is not None:
            continue
        speaker = ledger.source(claim.said_by) or gone.source(claim.said_by)
        document = ledger.document(claim.document or "") or gone.document(claim.document or "")
        views.append(
            RetractedView(
                id=claim.id,
                anchor=f"claim-{claim.id}",
                statement=claim.statement,
                speaker=speaker.name if speaker is not None else claim.said_by,
                said_on=_period_text(claim.said_on) if claim.said_on else None,
                said_on_iso=_iso_day(claim.said_on),
                document=document.title if document is not None else None,
                history=status.history(claim.id),
            )
        )
    return tuple(views)


def _relation_view(edge: Relation, ctx: _Context, frustrated: bool = False) -> RelationView:
    first, second = ctx.ref(edge.source), ctx.ref(edge.target)
    if edge.kind == "contradicts" and (second.css, second.mark) < (first.css, first.mark):
        first, second = second, first  # symmetric: side A on the left, always
    return RelationView(
        kind=edge.kind,
        symbol="⟷" if edge.kind == "contradicts" else "→",
        source=first,
        target=second,
        note=edge.note,
        recorded_by=edge.recorded_by,
        rule=edge.rule,
        frustrated=frustrated,
    )


def _side_caveat(side_claims: Sequence[ClaimView], origins: int) -> str | None:
    if side_claims and all(c.unnamed for c in side_claims):
        return "Every claim on this side comes from an unnamed or vague source."
    if origins == 1 and len(side_claims) > 1:
        return "All of this side's claims trace back to one origin: repetition, not corroboration."
    return None


def _dispute_view(number: int, dispute: Dispute, ctx: _Context, claim_views: dict[str, ClaimView]) -> DisputeView:
    anchor = f"dispute-{dispute.id}"
    frustrated_ids = {(e.kind, e.source, e.target) for e in dispute.frustrated}
    clashes: dict[str, int] = {}
    for edge in dispute.relations:
        if edge.kind == "contradicts":
            for end in (edge.source, edge.target):
                clashes[end] = clashes.get(end, 0) + 1
    sides = []
    for index, side in enumerate(dispute.sides):
        claims = tuple(claim_views[c] for c in side.claims)
        central = max(claims, key=lambda c: clashes.get(c.id, 0))  # max keeps the first on a tie
        voices = ctx.names(side.backing.voices)
        sides.append(
            SideView(
                label=side.label,
                heading=f"Side {side.label}",
                title=f"Side {side.label}: {_plural(len(claims), 'claim')}",
                stance=central.statement,
                css=f"side-{index}",
                claims=claims,
                origins=ctx.names(side.backing.origins),
                voices=voices,
                backing=_backing_line(side.backing.origin_count, side.backing.voice_count, len(claims)),
                caveat=_side_caveat(claims, side.backing.origin_count),
            )
        )
    relations = [_relation_view(e, ctx, (e.kind, e.source, e.target) in frustrated_ids) for e in dispute.relations]
    origins = {o for side in dispute.sides for o in side.backing.origins}
    summary = (
        f"{_plural(len(dispute.claims), 'claim')} on {_plural(len(dispute.sides), 'side')}"
        f" · {_plural(len(origins), 'independent origin')}"
        f" · {_plural(sum(r.kind == 'contradicts' for r in relations), 'contradiction')}"
    )
    timeline = []
    for entry in dispute.timeline:
        period = _iso_period(entry.said_on)
        published = _iso_period(entry.published)
        timeline.append(
            TimelineView(
                date=_period_text(period) if period else None,
                date_iso=_iso_day(period),
                claim=ctx.ref(entry.claim),
                css=claim_views[entry.claim].css,
                published=_period_text(published) if published and published != period else None,
            )
        )
    picture = layout_graph(
        f"graph-{dispute.id}",
        [(f"Side {s.label}", [(c.id, c.mark or c.id, c.statement) for c in s.claims]) for s in sides],
        [(r.kind, r.source.id, r.target.id, r.rule is not None, r.frustrated, r.note or "") for r in relations],
        title=f"Map of the dispute: {dispute.question}",
        desc=(
            f"{_plural(len(dispute.claims), 'claim')} drawn as badges in "
            f"{_plural(len(sides), 'column')}, one per side "
            f"({', '.join(f'side {s.label}: {len(s.claims)}' for s in sides)}); "
            f"{_plural(sum(r.kind == 'contradicts' for r in relations), 'contradiction')} "
            "drawn as red lines across the columns and "
            f"{_plural(sum(r.kind == 'supports' for r in relations), 'support')} "
            "as arrows. Every claim and relation is also listed in the text."
        ),
    )
    return DisputeView(
        id=dispute.id,
        number=number,
        anchor=anchor,
        question=dispute.question,
        summary=summary,
        sides=tuple(sides),
        clashes=tuple(r for r in relations if r.kind == "contradicts"),
        supports=tuple(r for r in relations if r.kind == "supports"),
        balanced=dispute.balanced,
        frustrated=tuple(r for r in relations if r.frustrated),
        timeline=tuple(timeline),
        graph=picture,
        notes=tuple(f.message for f in ctx.findings.get(("dispute", dispute.id), ())),
        open=len(dispute.claims) <= OPEN_LIMITS["dispute"],
    )


def _matrix_view(ctx: _Context) -> MatrixView:
    pairs = source_matrix(ctx.graph, "origin")
    order = {s.id: i for i, s in enumerate(ctx.ledger.sources)}
    involved = sorted({p.a for p in pairs} | {p.b for p in pairs}, key=lambda s: (order.get(s, len(order)), s))
    counts = {(p.a, p.b): (p.agree, p.clash) for p in pairs}
    rows = []
    if len(involved) <= OPEN_LIMITS["matrix"]:
        for a in involved:
            cells = []
            for b in involved:
                agree, clash = counts.get((min(a, b), max(a, b)), (0, 0))
                css = "mixed" if agree and clash else "clash" if clash else "agree" if agree else "none"
                text = (
                    ", ".join(
                        x for x in (clash and _plural(clash, "clash", "clashes"), agree and f"{agree} agree") if x
                    )
                    or "none"
                )
                cells.append(MatrixCell(agree=agree, clash=clash, css=css, text=text))
            rows.append(MatrixRow(source=ctx.name(a), cells=tuple(cells)))
    ranked = sorted(pairs, key=lambda p: (-p.clash, -p.agree, order.get(p.a, 0), order.get(p.b, 0)))
    return MatrixView(
        columns=ctx.names(involved) if rows else (),
        rows=tuple(rows),
        pairs=tuple((ctx.name(p.a), ctx.name(p.b), p.agree, p.clash) for p in ranked),
        open=len(involved) <= OPEN_LIMITS["matrix"],
    )


def _finding_views(ledger: Ledger, ctx: _Context, findings: Iterable[Finding]) -> tuple[FindingView, ...]:
    views = []
    for finding in findings:
        kind, subject_id = finding.subject, finding.id
        href = None
        if kind == "claim" and ledger.claim(subject_id) is not None:
            href = f"#claim-{subject_id}"
        elif kind == "document" and ledger.document(subject_id) is not None:
            href = f"#doc-{subject_id}"
        elif kind == "dispute" and subject_id in ctx.shown:
            href = f"#dispute-{subject_id}"
        views.append(
            FindingView(
                severity=finding.severity,
                code=finding.code,
                subject=f"{kind} {subject_id}",
                href=href,
                message=finding.message,
                passage=finding.passage,
                details=tuple((str(k), str(v)) for k, v in finding.details),
            )
        )
    return tuple(views)


def _select(
    disputes: tuple[Dispute, ...], ledger: Ledger, topic: str | None, dispute_id: str | None
) -> tuple[tuple[Dispute, ...], str | None]:
    scope = None
    if dispute_id is not None:
        chosen = tuple(d for d in disputes if d.id == dispute_id)
        if not chosen:
            known = ", ".join(d.id for d in disputes) or "none (no contradicts relations)"
            raise BriefError(f"no dispute {dispute_id!r}; the disputes are: {known}")
        disputes, scope = chosen, f"Only the dispute “{chosen[0].question}”"
    if topic is not None:
        disputes = tuple(d for d in disputes if any(topic in ledger.claim(c).topics for c in d.claims))
        scope = (f"{scope}, if about" if scope else "Only the disputes about") + f" topic “{topic}”"
    return disputes, scope


def brief_data(
    ledger: Ledger,
    *,
    title: str | None = None,
    topic: str | None = None,
    dispute: str | None = None,
    status: LedgerStatus | None = None,
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

    Returns:
        The brief's records.

    Raises:
        BriefError: ``dispute`` names no dispute (the message lists those there are).
    """
    ctx = _Context(ledger, status)
    for review in ledger.reviews:
        ctx.reviews.setdefault(review.claim, []).append(review)
    every = find_disputes(ctx.graph)
    shown, scope = _select(every, ledger, topic, dispute)
    ctx.shown = {d.id for d in shown}
    for d in shown:
        for index, side in enumerate(d.sides):
            for number, claim in enumerate(side.claims, start=1):
                ctx.marks[claim] = f"{side.label}{number}"
                ctx.sides[claim] = index
                ctx.cards[claim] = f"card-{claim}"
                ctx.dispute_of[claim] = (f"dispute-{d.id}", d.question)
    found = audit(ledger, ctx.graph)
    for finding in found:
        ctx.findings.setdefault((finding.subject, finding.id), []).append(finding)
    documents = _document_views(ledger, ctx)
    support = corroborate(ctx.graph)
    views = {c.id: _claim_view(c, ctx, documents, support.get(c.id)) for c in ledger.claims}
    disputes = tuple(_dispute_view(n, d, ctx, views) for n, d in enumerate(shown, start=1))
    ledger_candidates = [r for r in ledger.relations if r.is_candidate]
    candidates = tuple(_relation_view(r, ctx) for r in (*ledger_candidates, *find_candidates(ctx.graph)))
    tally = ledger.counts()
    counts = (
        Count("claims", tally["claims"], "statements as one source made them"),
        Count("sources", tally["sources"], "speakers and relays, named or not"),
        Count("origins", tally["origins"], "independent origins: the top of each speaker's organisation chain"),
        Count("disputes", len(every), "groups of claims joined by contradictions"),
        Count("open candidates", len(candidates), "rule-found relations nobody has confirmed; they shape no dispute"),
        Count("reviewed claims", sum(bool(v.reviews) for v in views.values()), "claims with a fact-checker's verdict"),
    )
    retracted = _retracted_views(ledger, status)
    provenance = None
    if status is not None:
        amended = sum(v.amended for v in views.values())
        counts += (
            Count("amended", amended, "claims changed since first recorded"),
            Count("retracted", len(retracted), "claims withdrawn, listed apart in no dispute"),
        )
        provenance = (
            f"From the ledger store {status.ledger}, as it stood at {status.as_of}."
            if status.as_of
            else f"From the ledger store {status.ledger}."
        )
    findings = _finding_views(ledger, ctx, found)
    return Brief(
        title=title or _default_title(ledger, documents),
        scope=scope,
        provenance=provenance,
        documents=tuple(documents.values()),
        counts=counts,
        disputes=disputes,
        candidates=candidates,
        candidates_open=len(candidates) <= OPEN_LIMITS["candidates"],
        matrix=_matrix_view(ctx),
        findings=findings,
        findings_open=len(findings) <= OPEN_LIMITS["findings"],
        retracted=retracted,
        claims=tuple(views.values()),
        appendix_open=len(views) <= OPEN_LIMITS["appendix"],
        generator=f"claimgraph {__version__}",
    )


def _default_title(ledger: Ledger, documents: dict[str, DocumentView]) -> str:
    if len(documents) == 1:
        return f"Contradiction brief: {next(iter(documents.values())).title}"
    return f"Contradiction brief: {_plural(len(ledger.claims), 'claim')} from {_plural(len(documents), 'document')}"
