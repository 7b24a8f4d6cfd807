"""The brief's claims: each claim's card and appendix row, its document, its reviews, and links to it.

A claim is drawn the same way wherever it appears: on a side of a dispute (a
card), in the appendix (a row), and as a short reference in relations and the
timeline (:class:`ClaimRef`). :class:`Placement` says where each claim of a
shown dispute sits, so every link to a claim goes to its card when it has one.

Dates stay dates here (``Period`` or ``datetime.date``): the templates format them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from claimgraph.attribution import cue_class
from claimgraph.graph import Corroboration, Dispute
from claimgraph.graph.audit import CODES, Finding
from claimgraph.model import Claim, Ledger, Period, Review, Source
from claimgraph.model.language import direction_of_tag, script_of_tag, script_of_text
from claimgraph.render.brief.status import LedgerStatus, long_day
from claimgraph.render.brief.wording import http_url, number, plural, shorten, source_name, source_names

__all__ = [
    "SIDE_COLOURS",
    "ClaimRef",
    "ClaimView",
    "DocumentView",
    "Placement",
    "ReviewView",
    "TranslationView",
    "backing_line",
    "claim_ref",
    "claim_views",
    "document_views",
    "place_claims",
    "side_class",
]

#: How many position colours the stylesheet defines (``side-0`` ... ``side-7``), each legible in light and dark.
SIDE_COLOURS = 8


def side_class(index: int | None) -> str:
    """The class that colours a claim or a heading by its side: ``side-0`` for side A, ``side-none`` for none.

    Past the palette, colours come round again: a dispute over figures can have any
    number of positions, and each is told apart by its letter (``I3``, "Side I"),
    which every badge and heading shows, never by its colour alone.
    """
    return "side-none" if index is None else f"side-{index % SIDE_COLOURS}"


@frozen
class Placement:
    """Where the brief shows the claims of the disputes it shows.

    Attributes:
        marks: claim id → its mark in its dispute ("A2").
        sides: claim id → the index of its side (0 for side A).
        disputes: claim id → (the ``id`` of its dispute's section, the dispute's question).
        shown: the ids of the disputes shown.
    """

    marks: Mapping[str, str]
    sides: Mapping[str, int]
    disputes: Mapping[str, tuple[str, str]]
    shown: frozenset[str]

    def card(self, claim_id: str) -> str | None:
        """The ``id`` of the claim's card in a dispute section, or None when it is in no shown dispute."""
        return f"card-{claim_id}" if claim_id in self.marks else None

    def href(self, claim_id: str) -> str:
        """Where a link to the claim goes: its card, else its appendix row."""
        card = self.card(claim_id)
        return f"#{card}" if card else f"#claim-{claim_id}"

    def css(self, claim_id: str) -> str:
        """The class that colours the claim by side ("side-0", "side-1", "side-none")."""
        return side_class(self.sides.get(claim_id))


def place_claims(disputes: Iterable[Dispute]) -> Placement:
    """Mark every claim of the shown disputes: ``A1``, ``A2``, ... ``B1`` by side, in ledger order."""
    marks: dict[str, str] = {}
    sides: dict[str, int] = {}
    of: dict[str, tuple[str, str]] = {}
    shown = []
    for dispute in disputes:
        shown.append(dispute.id)
        for index, side in enumerate(dispute.sides):
            for position, claim in enumerate(side.claims, start=1):
                marks[claim] = f"{side.label}{position}"
                sides[claim] = index
                of[claim] = (f"dispute-{dispute.id}", dispute.question)
    return Placement(marks=marks, sides=sides, disputes=of, shown=frozenset(shown))


@frozen
class DocumentView:
    """A document the brief covers.

    Attributes:
        id: the document's id.
        anchor: the ``id`` of its entry in the header's list.
        title: its title.
        publisher: the publisher's name, or None.
        published: its publication date, or None.
        url: its address when it is http(s), else None (then nothing links to it).
        claims: how many claims of the ledger appear in it.
        lang: the language of its title: the document's, when the title is written in
            that language's script (an analyst's English description of an Arabic
            page is not Arabic); else None.
    """

    id: str
    anchor: str
    title: str
    publisher: str | None
    published: dt.date | None
    url: str | None
    claims: int
    lang: str | None = None


def _title_lang(title: str, lang: str | None) -> str | None:
    if lang is None:
        return None
    written = script_of_text(title)
    return lang if written is None or written == script_of_tag(lang) else None


def document_views(ledger: Ledger) -> dict[str, DocumentView]:
    """Every document of the ledger, by id, in record order."""
    used: dict[str, int] = {}
    for claim in ledger.claims:
        if claim.document is not None:
            used[claim.document] = used.get(claim.document, 0) + 1
    return {
        d.id: DocumentView(
            id=d.id,
            anchor=f"doc-{d.id}",
            title=d.title,
            publisher=source_name(ledger, d.publisher) if d.publisher else None,
            published=d.published,
            url=http_url(d.url),
            claims=used.get(d.id, 0),
            lang=_title_lang(d.title, d.lang),
        )
        for d in ledger.documents
    }


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


def claim_ref(ledger: Ledger, placement: Placement, claim_id: str) -> ClaimRef:
    """A short reference to a claim; an id the ledger lacks is shown as itself."""
    claim = ledger.claim(claim_id)
    return ClaimRef(
        id=claim_id,
        mark=placement.marks.get(claim_id, claim_id),
        href=placement.href(claim_id),
        css=placement.css(claim_id),
        statement=claim.statement if claim else claim_id,
        speaker=source_name(ledger, claim.said_by) if claim else "",
    )


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
        date: when it was published, or None.
        url: the review's http(s) address, or None.
        rationale: why, in short, or None.
        note: an analyst's remark on the review, or None.
        stale: for a ledger store, when the review was recorded before its claim
            last changed: the day the claim changed ("20 November 2026"), so the
            card can say the verdict may be about words the claim no longer
            holds; else None.
    """

    rating: str
    scale: str | None
    tone: str
    reviewer: str
    date: dt.date | None
    url: str | None
    rationale: str | None
    note: str | None
    stale: str | None = None


def _review_view(review: Review, reviewer: str, stale: str | None = None) -> ReviewView:
    value, best, worst = review.rating_value, review.best_rating, review.worst_rating
    scale, tone = None, "verdict-unscaled"
    if value is not None and best is not None and worst is not None:
        scale = f"{number(value)} on a scale of {number(worst)}–{number(best)}, where {number(best)} is best"
        place = (value - worst) / (best - worst)  # the model keeps worst < best
        tone = "verdict-low" if place < 1 / 3 else "verdict-high" if place > 2 / 3 else "verdict-middle"
    return ReviewView(
        rating=review.rating,
        scale=scale,
        tone=tone,
        reviewer=reviewer,
        date=review.date,
        url=http_url(review.url),
        rationale=review.rationale,
        note=review.note,
        stale=stale,
    )


def _verdicts(reviews: Sequence[Review], views: Sequence[ReviewView]) -> str | None:
    parts = []
    for review, view in zip(reviews, views, strict=True):
        value, best, worst = review.rating_value, review.best_rating, review.worst_rating
        # As in _review_view: a view has a scale exactly when all three are given.
        scale = (
            ""
            if view.scale is None or value is None or best is None or worst is None
            else f" ({number(value)} on {number(worst)}–{number(best)})"
        )
        parts.append(f"{view.rating}{scale} by {view.reviewer}")
    return "; ".join(parts) or None


@frozen
class TranslationView:
    """A translation of a claim's quote, shown beside it (never checked against the document).

    Attributes:
        text: the translated words.
        lang: their BCP 47 tag.
        dir: ``rtl`` or ``ltr`` for that language's script, or ``auto`` when unknown.
        translated_by: who translated it, or None.
    """

    text: str
    lang: str
    dir: str
    translated_by: str | None


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
        lang: the quote's language (the claim's, else its document's), or None.
        dir: the quote's direction: ``rtl`` or ``ltr`` for its language's script, ``auto`` when unknown.
        translation: a translation of the quote, or None.
        cue: the attribution verb as printed, or None.
        loaded_cue: True when the cue casts doubt on the speaker (claimed, alleged ...).
        speaker: the speaker's name.
        speaker_detail: role and organisation ("spokesman, PRCS"), or None.
        unnamed: True when the speaker is an unnamed or vague source.
        chain: the relay chain: the speaker's name, each relay's, the document's title
            (shortened; the full title is in ``document``).
        said_on: when it was said (a day or an interval), or None.
        document: the document it appears in, or None.
        origins: names of the independent origins behind it (with its supporters).
        voices: names of every speaker and relay behind it.
        supporters: the claims that directly support it.
        backing: one line: "2 independent origins · 4 voices".
        caveats: what a reader should know before trusting it ("no verbatim quote recorded").
        topics: its topics.
        dispute: the dispute it belongs to (anchor, question), or None.
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
    said_on: Period | None
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
    lang: str | None = None
    dir: str = "auto"
    translation: TranslationView | None = None


def backing_line(origins: int, voices: int, claims: int | None = None) -> str:
    """One line of who stands behind claims: "3 claims · 2 independent origins · 5 voices"."""
    parts = [plural(claims, "claim")] if claims is not None else []
    parts.append(plural(origins, "independent origin"))
    parts.append(plural(voices, "voice"))
    return " · ".join(parts)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def _speaker_detail(ledger: Ledger, source: Source) -> str | None:
    parents = [p for s in ledger.chain(source.id)[1:] if (p := ledger.source(s)) is not None]
    if source.role is None:
        return parents[0].name if parents else None
    role = _squash(source.role)
    # A role that already names its organisation ("Hamas spokesman") needs no repeat.
    if not parents or any(_squash(n) and _squash(n) in role for p in parents for n in (p.name, *p.aliases)):
        return source.role
    return f"{source.role}, {parents[0].name}"


def _claim_view(
    claim: Claim,
    ledger: Ledger,
    *,
    documents: Mapping[str, DocumentView],
    support: Corroboration | None,
    placement: Placement,
    findings: Sequence[Finding],
    reviewed: Sequence[Review],
    status: LedgerStatus | None,
) -> ClaimView:
    speaker = ledger.source(claim.said_by)
    name = source_name(ledger, claim.said_by)
    document = documents.get(claim.document) if claim.document else None
    chain = [name, *source_names(ledger, claim.via)]
    if document is not None:
        chain.append(shorten(document.title, 60))
    if support:
        origins = source_names(ledger, support.backing.origins)
        voices = source_names(ledger, support.backing.voices)
    else:
        origins = (source_name(ledger, ledger.origin(claim.said_by)),)
        voices = source_names(ledger, (claim.said_by, *claim.via))
    stale = {item.id: long_day(item.changed) for item in status.stale if item.kind == "review"} if status else {}
    reviews = tuple(_review_view(r, source_name(ledger, r.reviewer), stale.get(r.id)) for r in reviewed)
    amended = status is not None and status.claims.get(claim.id) == "amended"
    lang = ledger.language_of(claim)
    translation = claim.translation
    return ClaimView(
        lang=lang,
        dir=direction_of_tag(lang) or "auto",
        translation=None
        if translation is None
        else TranslationView(
            text=translation.text,
            lang=translation.lang,
            dir=direction_of_tag(translation.lang) or "auto",
            translated_by=translation.translated_by,
        ),
        id=claim.id,
        anchor=f"claim-{claim.id}",
        card=placement.card(claim.id),
        href=placement.href(claim.id),
        mark=placement.marks.get(claim.id),
        css=placement.css(claim.id),
        statement=claim.statement,
        quote=claim.quote,
        cue=claim.cue,
        loaded_cue=cue_class(claim.cue) == "loaded",
        speaker=name,
        speaker_detail=_speaker_detail(ledger, speaker) if speaker is not None else None,
        unnamed=bool(speaker is not None and speaker.unnamed),
        chain=tuple(chain),
        said_on=claim.said_on,
        document=document,
        origins=origins,
        voices=voices,
        supporters=tuple(claim_ref(ledger, placement, s) for s in support.supporters) if support else (),
        backing=backing_line(len(origins), len(voices)),
        caveats=tuple(dict.fromkeys(CODES[f.code][1] for f in findings)),
        topics=claim.topics,
        dispute=placement.disputes.get(claim.id),
        reviews=reviews,
        verdicts=_verdicts(reviewed, reviews),
        amended=amended,
        history=status.history(claim.id) if status is not None and amended else None,
    )


def claim_views(
    ledger: Ledger,
    *,
    documents: Mapping[str, DocumentView],
    support: Mapping[str, Corroboration],
    placement: Placement,
    findings: Mapping[tuple[str, str], Sequence[Finding]],
    status: LedgerStatus | None,
) -> dict[str, ClaimView]:
    """Every claim of the ledger, by id, in record order.

    Args:
        ledger: the ledger.
        documents: its documents' views, from :func:`document_views`.
        support: each claim's corroboration (``corroborate(graph)``).
        placement: where the shown disputes put their claims.
        findings: the audit's findings by ``(subject, id)``; a claim's become its caveats.
        status: for a ledger store, which claims were amended; None for dossiers.
    """
    reviews: dict[str, list[Review]] = {}
    for review in ledger.reviews:
        reviews.setdefault(review.claim, []).append(review)
    return {
        c.id: _claim_view(
            c,
            ledger,
            documents=documents,
            support=support.get(c.id),
            placement=placement,
            findings=findings.get(("claim", c.id), ()),
            reviewed=reviews.get(c.id, ()),
            status=status,
        )
        for c in ledger.claims
    }
