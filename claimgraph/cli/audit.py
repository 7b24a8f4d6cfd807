"""``audit``: is every claim traceable, faithfully quoted and evenly reported?"""

from __future__ import annotations

import click

from claimgraph.cli._common import Failed, emit, ledger_input, output_option, reports_errors, stale_of
from claimgraph.graph.audit import SEVERITIES, at_or_above
from claimgraph.graph.audit import audit as run_audit
from claimgraph.model import Ledger
from claimgraph.render.audit_text import audit_json, audit_text


@click.command()
@ledger_input
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES[:2]),
    help="Exit with code 1 when there are findings this serious or worse.",
)
@click.option(
    "--arabic-marks",
    is_flag=True,
    help="Match Arabic quotes ignoring tatweel (ـ) and optional diacritics (harakat, shadda, sukun); "
    "by default every mark must match.",
)
@output_option("the findings")
@reports_errors
def audit(ledger: Ledger, fmt: str, fail_on: str | None, arabic_marks: bool, output: str | None) -> None:
    """Audit attributions: misquotes, vague sources, missing provenance, loaded verbs.

    Each finding has a severity (error, warning, info), a code, the claim,
    source, document or dispute it concerns, and a one-line reason. The exit
    code is 0 unless --fail-on is given and findings at or above it exist.
    From a ledger store, reviews and relation notes recorded before their claim
    last changed are reported too (stale-review, stale-note).

    \b
    Example:
      claimgraph audit claims/ --fail-on error
      claimgraph audit claims/ --arabic-marks
    """
    findings = run_audit(ledger, stale=stale_of(ledger), arabic_marks=arabic_marks)
    emit(audit_json(findings) if fmt == "json" else audit_text(findings), output)
    if fail_on is not None and (serious := at_or_above(findings, fail_on)):
        raise Failed(f"audit: {len(serious)} finding(s) at or above {fail_on}")
