"""``disputes``, ``sources`` and ``candidates``: what clashes, who agrees with whom, what rules propose."""

from __future__ import annotations

import click

from claimgraph.cli._common import Failed, emit, ledger_input, one_dispute, output_option, reports_errors
from claimgraph.graph import (
    accept_candidates,
    build_graph,
    find_candidates,
    find_disputes,
    source_matrix,
)
from claimgraph.graph.candidates import incomparable_pairs
from claimgraph.graph.figures import quantities
from claimgraph.graph.review import candidate_id, chosen_candidates, open_candidates, preview, reject_candidates
from claimgraph.io import append_relations, dossier_files
from claimgraph.model import Ledger
from claimgraph.render.analysis_text import (
    analysis_json,
    candidates_json,
    candidates_text,
    disputes_text,
    matrix_text,
    preview_text,
)
from claimgraph.render.figures_text import figures_text, incomparable_text

__all__ = ["candidates", "disputes", "figures", "sources"]

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
@ledger_input(reader=one_dispute)
@click.option(
    "--dispute",
    "dispute_id",
    metavar="ID",
    help="Only this dispute (a dispute's id, or a question's id: every dispute its claims fall into).",
)
@_FORMAT
@_OUTPUT
@reports_errors
def disputes(ledger: Ledger, dispute_id: str | None, fmt: str, output: str | None) -> None:
    """Show each dispute: its question, its sides with their independent origins, its timeline.

    Every claim connected to a 'contradicts' edge, through relations of any
    kind and direction, is in its dispute; 'supports' keeps claims on one side. A dispute that cannot be split
    consistently is marked UNBALANCED, with the edges that break the split.
    With --dispute, only that dispute's claims and what they refer to are read
    (from a ledger store, only those rows), and it is shown as in the full list.

    \b
    Example:
      claimgraph disputes claims/rafah-2026-02-04.yaml
      claimgraph disputes claims/ --format json
      claimgraph disputes rafah.db --dispute evacuation-cancelled
    """
    # With --dispute, ``ledger`` is already that dispute's own ledger (see one_dispute):
    # every dispute found in it is one the id asks for.
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


def _ids(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    # --accept ID --accept ID, or one list: --accept "ID ID" / --accept ID,ID.
    return tuple(i for value in values for i in value.replace(",", " ").split())


@click.command()
@ledger_input
@click.option(
    "--tolerance",
    default="0",
    show_default=True,
    callback=_tolerance,
    help="How far numbers may differ and still agree: absolute (2) or relative (5%).",
)
@click.option("--history", is_flag=True, help="Also compare figures a later revision of their origin replaced.")
@click.option("--explain", is_flag=True, help="Also list the pairs that could not be compared, with the reason.")
@click.option(
    "--accept",
    "accept_ids",
    multiple=True,
    metavar="ID",
    callback=_ids,
    help="Write these candidates (ids as listed; 'all' for every one) into the dossier as relations.",
)
@click.option(
    "--reject",
    "reject_ids",
    multiple=True,
    metavar="ID",
    callback=_ids,
    help="Record these candidates as rejected (needs --reason): they are never proposed again.",
)
@click.option("--reason", help="Why the --reject candidates are rejected (recorded with them).")
@click.option("--dry-run", is_flag=True, help="Show how accepting would change each dispute; write nothing.")
@click.option(
    "--author", help="Who accepts or rejects them (recorded_by); without it the dossier's recorded_by applies."
)
@_FORMAT
@reports_errors
def candidates(
    ledger: Ledger,
    tolerance: tuple[float, bool],
    history: bool,
    explain: bool,
    accept_ids: tuple[str, ...],
    reject_ids: tuple[str, ...],
    reason: str | None,
    dry_run: bool,
    author: str | None,
    fmt: str,
) -> None:
    """Propose relations from claims' structured propositions (same subject and property).

    Different values over overlapping time are proposed as 'contradicts'; the same
    value from independent origins as 'supports'. Each candidate has a short,
    stable id. Nothing is written unless you accept or reject chosen ones (into
    the one dossier file named; an accepted relation keeps the rule's name in its
    note, a rejected one is kept with its reason and never proposed again).

    \b
    Example:
      claimgraph candidates claims/rafah-2026-02-04.yaml --tolerance 5%
      claimgraph candidates dossier.yaml --accept 3f2a9c01 --dry-run
      claimgraph candidates dossier.yaml --accept 3f2a9c01 --accept 77b0e412 --author "J. Doe"
      claimgraph candidates dossier.yaml --reject 0c1d2e3f --reason "different hospitals"
    """
    graph = build_graph(ledger)
    found = open_candidates(find_candidates(graph, tolerance[0], relative=tolerance[1], history=history), ledger)
    hidden = sum(r.rejected is not None for r in ledger.relations)
    if not (accept_ids or reject_ids):
        if dry_run:
            raise Failed("error: --dry-run shows what --accept would do: name the candidates with --accept ID")
        click.echo(
            candidates_json(found) if fmt == "json" else candidates_text(found, ledger, rejected=hidden), nl=False
        )
        if explain:
            pairs = incomparable_pairs(graph, tolerance[0], relative=tolerance[1], history=history)
            click.echo(analysis_json(pairs) if fmt == "json" else incomparable_text(pairs), nl=False)
        return
    if reject_ids and not reason:
        raise Failed("error: --reject needs --reason TEXT: say why, so the rejection can be reviewed")
    try:
        accepted = chosen_candidates(found, accept_ids)
        rejected = chosen_candidates(found, reject_ids)
    except KeyError as unknown:
        raise Failed(f"error: no open candidate {unknown.args[0]}; run 'claimgraph candidates' for the ids") from None
    both = set(accepted) & set(rejected)
    if both:
        raise Failed(f"error: {', '.join(candidate_id(c) for c in both)} both accepted and rejected: choose one")
    confirmed = accept_candidates(accepted, author)
    if dry_run:
        changes = preview(ledger, confirmed)
        click.echo(preview_text(changes, len(accepted)), nl=False)
        click.echo(candidates_text(accepted, ledger, heading="to accept"), nl=False)
        return
    files = dossier_files(click.get_current_context().params["paths"])
    if len(files) != 1:
        raise Failed("error: --accept and --reject write into one dossier: name a single dossier file")
    written = (*confirmed, *(reject_candidates(rejected, reason or "", author) if rejected else ()))
    append_relations(files[0][0], written)
    summary = []
    if accepted:
        summary.append(f"accepted {_plural(len(accepted), 'candidate')}")
    if rejected:
        summary.append(f"rejected {_plural(len(rejected), 'candidate')}")
    click.echo(f"{' and '.join(summary)} into {files[0][1]}")
    if accepted:
        click.echo(candidates_text(accepted, ledger, heading="accepted"), nl=False)
    if rejected:
        click.echo(candidates_text(rejected, ledger, heading="rejected"), nl=False)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


@click.command()
@ledger_input
@_OUTPUT
@reports_errors
def figures(ledger: Ledger, output: str | None) -> None:
    """Show, per quantity (subject and property), each origin's figures over time.

    Ranges and bounds are shown as such; a figure its origin later revised is
    marked (revised), the origin's current figure with an arrow.

    \b
    Example:
      claimgraph figures claims/al-ahli-2023.yaml
    """
    emit(figures_text(quantities(build_graph(ledger).figures), ledger), output)
