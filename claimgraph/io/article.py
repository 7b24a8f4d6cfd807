"""Article text files: reading one for extraction, and pointing a draft dossier at it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from attrs import evolve

from claimgraph.errors import InputError, Problem
from claimgraph.io.yamlfile import read_text
from claimgraph.model import Ledger
from claimgraph.model.fields import checked_text

__all__ = ["ARTICLE_MAX_BYTES", "link_article", "read_article"]

#: Largest article read. Far above any news story; it only stops a runaway input
#: (a disk image, a log) from being read whole.
ARTICLE_MAX_BYTES = 64 * 1024 * 1024


def _first_forbidden(text: str) -> int:
    """Offset of the first character the text policy refuses (the text is known to hold one)."""
    return next(i for i, c in enumerate(text) if _refused(c))


def _refused(character: str) -> bool:
    try:
        checked_text(character)
    except ValueError:
        return True
    return False


def read_article(path: str | os.PathLike[str], label: str | None = None) -> str:
    """Read an article as UTF-8 text (BOM removed, line ends as ``\\n``).

    Raises:
        InputError: missing, a folder, not a regular file, over :data:`ARTICLE_MAX_BYTES`,
            binary, not UTF-8, holding a control character the text policy refuses
            (the message names it and its line), or empty (nothing but white space).
    """
    path = Path(path)
    label = label or str(path)
    text = read_text(path, label, max_bytes=ARTICLE_MAX_BYTES)
    try:
        checked_text(text)
    except ValueError as exc:
        line = text.count("\n", 0, _first_forbidden(text)) + 1
        raise InputError([Problem(label, line, "", str(exc), "")]) from None
    if not text or text.isspace():  # not text.strip(): that copies the whole article
        raise InputError(
            [
                Problem(
                    label,
                    0,
                    "",
                    "is empty: there is no article text to extract from",
                    "name a UTF-8 text file holding the article",
                )
            ]
        )
    return text


def link_article(ledger: Ledger, article: str | os.PathLike[str], output: str | os.PathLike[str] | None) -> Ledger:
    """Point each document that carries text at the article file, when the dossier can.

    A dossier may only name text files in its own folder or below, so the link
    is made when ``output`` is given and the article lies there; the document
    then records ``text_file`` (relative to the output) and its ``sha256``, and
    the text is not repeated in the dossier. Otherwise the text stays embedded.

    Args:
        ledger: a draft whose documents hold the article's text.
        article: the article file the text was read from.
        output: the dossier file about to be written, or None for standard output.

    Returns:
        The ledger, its documents linked where possible.
    """
    if output is None or str(output) == "-":
        return ledger
    folder = Path(output).resolve().parent
    target = Path(article).resolve()
    if not target.is_relative_to(folder):
        return ledger
    relative = target.relative_to(folder).as_posix()
    documents = tuple(
        evolve(d, text_file=relative, sha256=hashlib.sha256(d.text.encode("utf-8")).hexdigest())
        if d.text is not None and d.text_file is None
        else d
        for d in ledger.documents
    )
    return evolve(ledger, documents=documents)
