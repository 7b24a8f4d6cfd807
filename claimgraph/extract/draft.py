"""A draft dossier from article text: one candidate claim per attributed statement."""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from claimgraph.extract.arabic_draft import arabic_claims, is_arabic
from claimgraph.extract.patterns import Attribution, find_attributions
from claimgraph.extract.sentences import split_sentences
from claimgraph.extract.speakers import Speakers, parse_mention, slug
from claimgraph.model import Claim, Document, Ledger, Source, to_date
from claimgraph.model.fields import SLUG_PATTERN

__all__ = ["article_date", "extract_claims"]

_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_WIDTH = 100


def article_date(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading ``date YYYY-MM-DD`` line, and where the article proper starts.

    Returns:
        (date or None, offset after the date marker; 0 without one).

    Raises:
        ValueError: the marker holds an impossible date (2026-02-30).
    """
    match = _DATE_LINE.match(text)
    if match is None:
        return None, 0
    return to_date(match.group(1)), match.end()


def _title(text: str, start: int) -> str:
    line = next((ln.strip() for ln in text[start : start + 4_000].split("\n") if ln.strip()), "")
    if len(line) <= _TITLE_WIDTH:
        return line or "Untitled article"
    return line[:_TITLE_WIDTH].rsplit(" ", 1)[0] + "…"


def _statement(text: str, speaker: str, attribution: Attribution) -> str:
    words = " ".join(text[attribution.start : attribution.end].split()).strip('“”"')
    if text.startswith(attribution.cue, attribution.start):
        # "condemned the mistreatment ..." reads as a statement only with its speaker.
        return f"{speaker} {words}".rstrip(".") + "."
    return (words[:1].upper() + words[1:]).rstrip(".") + "."


@frozen
class _Found:
    attribution: Attribution
    speaker: int
    via: tuple[int, ...]


def _publisher_source(publisher: str, sources: tuple[Source, ...]) -> tuple[str, Source | None]:
    for source in sources:
        if publisher in (source.id, source.name, *source.aliases):
            return source.id, None
    source_id = publisher if SLUG_PATTERN.fullmatch(publisher) else slug(publisher)
    if any(s.id == source_id for s in sources):
        return source_id, None
    return source_id, Source(id=source_id, name=publisher, kind="outlet")


def extract_claims(
    text: str, document_id: str = "article", publisher: str | None = None, published: dt.date | str | None = None
) -> Ledger:
    """Draft a dossier from the text of one news article.

    Rule-based and deterministic: sentences are split, attribution patterns
    matched (see :mod:`claimgraph.extract.patterns`), speakers merged across the
    article and pronouns ("He stressed"), descriptions ("the spokesman", "The
    movement") and short names ("Al-Nems") resolved to the actors already met.
    Each claim's quote is a verbatim span of the text. Cost is linear in the
    text's length.

    Args:
        text: the article; ``\\r\\n`` and ``\\r`` line ends are read as ``\\n``. A
            leading ``date YYYY-MM-DD`` line gives the date.
        document_id: id of the one document the draft records.
        publisher: the publishing source's id or name; a source is added for it
            unless the article already quotes it.
        published: the article's date; overrides a ``date`` line.

    Returns:
        A ledger with the speakers (and the organisations they belong to) as
        sources, the article as one document (its text included) and one claim
        per attributed statement; no claims when the text attributes nothing.

    Raises:
        ValueError: ``document_id`` is not a valid id, or a date is impossible.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if is_arabic(text):  # Arabic text is read with the Arabic rules (claimgraph.extract.arabic).
        return arabic_claims(text, document_id, publisher, published)
    date, body = article_date(text)
    if published is not None:
        date = to_date(published)
    speakers = Speakers()
    found: list[_Found] = []
    previous: _Found | None = None
    for sentence in split_sentences(text, body):
        keys: list[int | None] = []
        vias: list[tuple[int, ...]] = []
        for attribution in find_attributions(sentence):
            if attribution.speaker is None:
                key = keys[attribution.same_as]
                via = vias[attribution.same_as]
            else:
                key = speakers.resolve(attribution.speaker)
                via = ()
                if attribution.relay is not None:
                    relay = parse_mention(attribution.relay)
                    relay_key = speakers.resolve(relay) if relay is not None and relay.name else None
                    via = (relay_key,) if relay_key is not None else ()
                elif attribution.relayed_by is not None and keys[attribution.relayed_by] is not None:
                    via = (keys[attribution.relayed_by], *vias[attribution.relayed_by])
                elif attribution.speaker.name is None and previous is not None and previous.speaker == key:
                    # "He stressed ..." after "Speaking to Anadolu Agency, Al-Nems said ...":
                    # the same interview, so the same relay.
                    via = previous.via
            keys.append(key)
            vias.append(via)
            if key is None:
                continue
            via = tuple(dict.fromkeys(v for v in via if v != key))
            previous = _Found(attribution, key, via)
            found.append(previous)
    ids, sources = speakers.sources({k for f in found for k in (f.speaker, *f.via)})
    publisher_id = None
    if publisher is not None:
        publisher_id, added = _publisher_source(publisher, sources)
        if added is not None:
            sources = (*sources, added)
    names = {s.id: s.name for s in sources}
    counts: dict[str, int] = {}
    claims = []
    for item in found:
        speaker = ids[item.speaker]
        counts[speaker] = counts.get(speaker, 0) + 1
        a = item.attribution
        claims.append(
            Claim(
                id=f"{speaker}.{counts[speaker]}",
                statement=_statement(text, names[speaker], a),
                said_by=speaker,
                via=tuple(ids[v] for v in item.via),
                document=document_id,
                quote=text[a.start : a.end],
                cue=a.cue,
                said_on=date,
            )
        )
    document = Document(id=document_id, title=_title(text, body), publisher=publisher_id, published=date, text=text)
    return Ledger(sources=sources, documents=(document,), claims=tuple(claims))
