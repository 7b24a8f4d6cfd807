"""``check`` and ``show``: is the dossier sound, and what does each source say?"""

from __future__ import annotations

import click

from claimgraph.cli._common import ledger_input, reports_errors
from claimgraph.model import Ledger
from claimgraph.render.text import counts_text, show_text


@click.command()
@ledger_input
@reports_errors
def check(ledger: Ledger) -> None:
    """Validate dossiers and print what they hold.

    Every problem of every file is listed with its file, line and entry; the
    exit code is 1 when there is any.

    \b
    Example:
      claimgraph check claims/
    """
    click.echo(f"ok: {counts_text(ledger.counts())}")


@click.command()
@ledger_input
@click.option(
    "--width", default=88, show_default=True, type=click.IntRange(40, 400), help="Wrap text to this many columns."
)
@reports_errors
def show(ledger: Ledger, width: int) -> None:
    """Show every claim, grouped by origin and speaker.

    \b
    Example:
      claimgraph show claims/rafah-2026-02-04.yaml
    """
    click.echo(show_text(ledger, width=width), nl=False)
