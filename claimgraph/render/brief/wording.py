"""How the brief words what it shows: counted nouns, shortened text, numbers, names, safe links.

Every part of the brief uses these, so one figure or one name reads the same in
the header, a dispute, the matrix and the appendix.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from claimgraph.model import Ledger

__all__ = ["http_url", "number", "plural", "shorten", "source_name", "source_names"]


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    """``count`` and the noun, in the plural unless the count is one: ``plural(2, "claim")`` is ``"2 claims"``."""
    return f"{count} {word if count == 1 else plural_word or word + 's'}"


def shorten(text: str, limit: int) -> str:
    """The text on one line, cut at a word before ``limit`` characters and ended with "…" when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def number(value: int | float) -> str:
    """A rating as a reader writes it: ``4.0`` is ``"4"``, ``2.5`` stays ``"2.5"``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def source_name(ledger: Ledger, source_id: str) -> str:
    """The source's name, or its id when the ledger does not know it."""
    source = ledger.source(source_id)
    return source.name if source is not None else source_id


def source_names(ledger: Ledger, ids: Iterable[str]) -> tuple[str, ...]:
    """The names of several sources, in the order given."""
    return tuple(source_name(ledger, i) for i in ids)


def http_url(url: str | None) -> str | None:
    """The address itself when it is an absolute http(s) address without spaces, else None.

    The model already refuses other schemes; this second check means no other
    code path can ever turn a ``javascript:`` or ``data:`` address into a link.
    """
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None
