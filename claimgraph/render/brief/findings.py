"""The brief's attribution audit: the findings table, and the findings grouped by what they are about.

The audit runs once per brief; its findings reach the findings table, the
caveats on claim cards and the notes under a dispute from here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from attrs import frozen

from claimgraph.graph.audit import Finding
from claimgraph.model import Ledger

__all__ = ["FindingView", "finding_views", "findings_by_subject"]


@frozen
class FindingView:
    """One finding of the attribution audit.

    Attributes:
        severity: as the audit gives it ("error", "warning", "info").
        code: the finding's code.
        subject: what it is about ("claim cogat-crossing-open").
        href: a link to that subject in the brief, or None.
        message: what is wrong and how to fix it.
        passage: for a misquote, the closest passage of the document, or None.
        details: further facts as (name, value) pairs.
    """

    severity: str
    code: str
    subject: str
    href: str | None
    message: str
    passage: str | None
    details: tuple[tuple[str, str], ...]


def findings_by_subject(findings: Iterable[Finding]) -> dict[tuple[str, str], tuple[Finding, ...]]:
    """The findings grouped by ``(subject kind, id)``, each group in the audit's order."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.subject, finding.id), []).append(finding)
    return {key: tuple(group) for key, group in groups.items()}


def _href(ledger: Ledger, finding: Finding, shown: Collection[str]) -> str | None:
    kind, subject_id = finding.subject, finding.id
    if kind == "claim" and ledger.claim(subject_id) is not None:
        return f"#claim-{subject_id}"
    if kind == "document" and ledger.document(subject_id) is not None:
        return f"#doc-{subject_id}"
    if kind == "dispute" and subject_id in shown:
        return f"#dispute-{subject_id}"
    return None


def finding_views(ledger: Ledger, findings: Iterable[Finding], shown: Collection[str]) -> tuple[FindingView, ...]:
    """The findings table, linking each finding to its subject when the brief shows it.

    Args:
        ledger: the audited ledger.
        findings: the audit's findings, in its order.
        shown: the ids of the disputes the brief shows (others have no section to link to).
    """
    return tuple(
        FindingView(
            severity=f.severity,
            code=f.code,
            subject=f"{f.subject} {f.id}",
            href=_href(ledger, f, shown),
            message=f.message,
            passage=f.passage,
            details=tuple((str(k), str(v)) for k, v in f.details),
        )
        for f in findings
    )
