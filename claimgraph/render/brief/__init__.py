"""The HTML contradiction brief: one self-contained page from a ledger, organised by feature.

:func:`render_brief` prepares the brief's records (:func:`~claimgraph.render.brief.page.brief_data`)
and renders ``brief.html`` with them. Each part of the page has its own module,
its view records beside the code that builds them: :mod:`.claims` (cards,
appendix rows, references), :mod:`.disputes` (sides, relations, timeline),
:mod:`.map` (the dispute map in SVG), :mod:`.quantities` (each dispute's figures: tables
and charts), :mod:`.matrix` (the source matrix),
:mod:`.findings` (the attribution audit), :mod:`.status` (a store's amended
and retracted claims) and :mod:`.page` (the analyses, run once, the header and
the assembly); :mod:`.wording` holds the phrasing they share. The page has inline CSS and SVG, makes
no external request, needs no JavaScript, and forbids scripts outright with a
Content-Security-Policy, so hostile quoted text stays inert even if a template
were changed carelessly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from claimgraph.errors import BriefError
from claimgraph.model import Ledger
from claimgraph.render.brief.page import Brief, brief_data
from claimgraph.render.brief.status import LedgerStatus
from claimgraph.render.templates import template_environment

__all__ = ["Brief", "BriefError", "LedgerStatus", "brief_data", "render_brief"]


def render_brief(
    ledger: Ledger,
    *,
    title: str | None = None,
    topic: str | None = None,
    dispute: str | None = None,
    templates: str | Path | None = None,
    status: LedgerStatus | None = None,
    known_by: dt.date | None = None,
    origin: str | None = None,
) -> str:
    """Render a ledger's contradiction brief as one HTML page.

    Args:
        ledger: a checked ledger.
        title: the page title; by default made from the documents covered.
        topic: show only the disputes with a claim that carries this topic.
        dispute: show only the dispute with this id.
        templates: a folder whose templates override the shipped ones by name.
        status: for a brief of a ledger store, which claims were amended or
            retracted (gathered by the caller: rendering reads no file).
        known_by: for a brief of dossiers, the story day they were limited to
            (``--known-by``), which the header names; a store's is in ``status``.
        origin: for a brief of dossiers, what they are ("the dossier
            rafah.yaml"), for the header beside ``known_by``.

    Returns:
        The page, ending with a newline; the same ledger and options always give
        the same text.

    Raises:
        UnknownDispute: ``dispute`` names no dispute.
        BriefError: a template fails (the message names the template and line).
        NotADirectoryError: ``templates`` is not a folder.
    """
    data = brief_data(
        ledger, title=title, topic=topic, dispute=dispute, status=status, known_by=known_by, origin=origin
    )
    environment = template_environment(templates)
    try:
        return environment.get_template("brief.html").render(brief=data)
    except jinja2.TemplateSyntaxError as exc:
        raise BriefError(f"template {exc.filename or exc.name}, line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise BriefError(
            f"template error: {exc}; check the templates in {templates or 'the shipped templates'}"
        ) from None
