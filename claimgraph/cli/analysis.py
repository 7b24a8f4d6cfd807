"""``disputes``, ``sources`` and ``candidates``: what clashes, who agrees with whom, what rules propose."""

from __future__ import annotations

import click

from claimgraph.cli._common import Failed, emit, ledger_input, output_option, reports_errors
from claimgraph.graph import (
    accept_candidates,
    build_graph,
    find_candidates,
    find_disputes,
    source_matrix,
)
from claimgraph.io import append_relations, dossier_files
from claimgraph.model import Ledger
from claimgraph.render.analysis_text import (
    analysis_json,
    candidates_text,
    disputes_text,
    matrix_text,
)

__all__ = ["candidates", "disputes", "sources"]

_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for programs.",
)
_OUTPUT = output_option()


@click.command()
@ledger_input
@_FORMAT
@_OUTPUT
@reports_errors
def disputes(ledger: Ledger, fmt: str, output: str | None) -> None:
    """Show each dispute: its question, its sides with their independent origins, its timeline.

    Claims joined by 'contradicts' (and the claims supporting them) form a
    dispute; 'supports' keeps claims on one side. A dispute that cannot be split
    consistently is marked UNBALANCED, with the edges that break the split.

    \b
    Example:
      claimgraph disputes claims/rafah-2026-02-04.yaml
      claimgraph disputes claims/ --format json
    """
    found = find_disputes(build_graph(ledger))
    emit(analysis_json(found) if fmt == "json" else disputes_text(found, ledger), output)


@click.command()
@ledger_input
@click.option(
    "--level",
    type=click.Choice(["origin", "speaker"]),
    default="origin",
    show_default=True,
    help="Count claims for their independent origin, or their speaker.",
)
@_FORMAT
@_OUTPUT
@reports_errors
def sources(ledger: Ledger, level: str, fmt: str, output: str | None) -> None:
    """Show, for each pair of sources, how often their claims agree and clash.

    \b
    Example:
      claimgraph sources claims/rafah-2026-02-04.yaml --level speaker
    """
    pairs = source_matrix(build_graph(ledger), level)
    emit(analysis_json(pairs) if fmt == "json" else matrix_text(pairs, ledger, level), output)


def _tolerance(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[float, bool]:
    text = value.strip()
    relative = text.endswith("%")
    try:
        number = float(text.rstrip("%"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number; write e.g. 2 or 5%") from None
    if not 0 <= number < float("inf"):
        raise click.BadParameter("must be 0 or more")
    return (number / 100, True) if relative else (number, False)


@click.command()
@ledger_input
@click.option(
    "--tolerance",
    default="0",
    show_default=True,
    callback=_tolerance,
    help="How far numbers may differ and still agree: absolute (2) or relative (5%).",
)
@click.option("--accept", is_flag=True, help="Write the candidates into the dossier as relations.")
@click.option("--author", help="Who accepts them (recorded_by); without it the dossier's recorded_by applies.")
@_FORMAT
@reports_errors
def candidates(ledger: Ledger, tolerance: tuple[float, bool], accept: bool, author: str | None, fmt: str) -> None:
    """Propose relations from claims' structured propositions (same subject and property).

    Different values over overlapping time are proposed as 'contradicts'; the same
    value from independent origins as 'supports'. Nothing is written unless you
    pass --accept (then into the one dossier file named, rule name kept in the note).

    \b
    Example:
      claimgraph candidates claims/rafah-2026-02-04.yaml --tolerance 5%
      claimgraph candidates dossier.yaml --accept --author "J. Doe"
    """
    found = find_candidates(build_graph(ledger), tolerance[0], relative=tolerance[1])
    click.echo(analysis_json(found) if fmt == "json" else candidates_text(found, ledger), nl=False)
    if accept:
        files = dossier_files(click.get_current_context().params["paths"])
        if len(files) != 1:
            raise Failed("error: --accept writes into one dossier: name a single dossier file")
        count = append_relations(files[0][0], accept_candidates(found, author))
        click.echo(f"accepted {count} candidate{'s' * (count != 1)} into {files[0][1]}", err=True)
