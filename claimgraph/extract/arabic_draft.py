"""A draft dossier from Arabic article text: the Arabic rules, then one claim per statement."""

from __future__ import annotations

import datetime as dt
import re

from claimgraph.extract.arabic import find_attributions, is_arabic
from claimgraph.extract.arabic_speakers import ArabicSpeakers, arabic_slug, parse_arabic_mention
from claimgraph.model import Claim, Document, Ledger, Source, to_date
from claimgraph.model.fields import SLUG_PATTERN

__all__ = ["arabic_claims", "is_arabic"]

_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_WIDTH = 100


def _title(text: str, start: int) -> str:
    line = next((ln.strip() for ln in text[start : start + 4_000].split("\n") if ln.strip()), "")
    if len(line) <= _TITLE_WIDTH:
        return line or "Untitled article"
    return line[:_TITLE_WIDTH].rsplit(" ", 1)[0] + "…"


def _statement(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split()).strip('“”"«»')
    return words.rstrip(".") + "."


def arabic_claims(
    text: str, document_id: str = "article", publisher: str | None = None, published: dt.date | str | None = None
) -> Ledger:
    """Draft a dossier from an Arabic news article (the Arabic counterpart of ``extract_claims``).

    Args:
        text: the article; a leading ``date YYYY-MM-DD`` line gives the date.
        document_id: id of the one document the draft records.
        publisher: the publishing source's id or name.
        published: the article's date; overrides a ``date`` line.

    Returns:
        A ledger with the speakers as sources (ids transliterated, see
        :func:`~claimgraph.extract.arabic_speakers.arabic_slug`), the article as
        one document and one claim per attributed statement, its quote verbatim.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    date = None
    body = 0
    date_line = _DATE_LINE.match(text)
    if date_line is not None:
        date, body = to_date(date_line.group(1)), date_line.end()
    if published is not None:
        date = to_date(published)
    speakers = ArabicSpeakers()
    keys: list[int | None] = []
    vias: list[tuple[int, ...]] = []
    found = []
    for attribution in find_attributions(text[body:]):
        if attribution.speaker is None:
            key, via = keys[attribution.same_as], vias[attribution.same_as]
        else:
            key = speakers.resolve(attribution.speaker)
            via = ()
        if attribution.relay is not None:
            relay = parse_arabic_mention(attribution.relay)
            relay_key = speakers.resolve(relay) if relay is not None and relay.name else None
            via = (relay_key,) if relay_key is not None else via
        keys.append(key)
        vias.append(via)
        if key is not None:
            found.append((attribution, key, tuple(v for v in via if v != key)))
    ids, sources = speakers.sources({k for _, key, via in found for k in (key, *via)})
    publisher_id = None
    if publisher is not None:
        known = next((s.id for s in sources if publisher in (s.id, s.name, *s.aliases)), None)
        publisher_id = known or (publisher if SLUG_PATTERN.fullmatch(publisher) else arabic_slug(publisher))
        if known is None and all(s.id != publisher_id for s in sources):
            sources = (*sources, Source(id=publisher_id, name=publisher, kind="outlet"))
    counts: dict[str, int] = {}
    claims = []
    for attribution, key, via in found:
        speaker = ids[key]
        counts[speaker] = counts.get(speaker, 0) + 1
        start, end = body + attribution.start, body + attribution.end
        claims.append(
            Claim(
                id=f"{speaker}.{counts[speaker]}",
                statement=_statement(text, start, end),
                said_by=speaker,
                via=tuple(dict.fromkeys(ids[v] for v in via)),
                document=document_id,
                quote=text[start:end],
                cue=attribution.cue,
                said_on=date,
            )
        )
    document = Document(id=document_id, title=_title(text, body), publisher=publisher_id, published=date, text=text)
    return Ledger(sources=sources, documents=(document,), claims=tuple(claims))
