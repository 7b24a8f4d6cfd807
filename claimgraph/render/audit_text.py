"""Audit findings as text for a terminal, or as JSON for scripts."""

from __future__ import annotations

import json
from collections import Counter

from claimgraph.graph.audit import SEVERITIES, Finding
from claimgraph.render.bidi import isolate

__all__ = ["audit_json", "audit_text", "finding_record"]


def _summary(findings: tuple[Finding, ...]) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s}{'s' * (counts[s] != 1 and s != 'info')}" for s in SEVERITIES]
    return " · ".join(parts)


def audit_text(findings: tuple[Finding, ...]) -> str:
    """One line per finding (severity, code, subject, message), then a count line.

    Args:
        findings: from :func:`claimgraph.graph.audit.audit`, in its order.

    Returns:
        The text, ending with a newline.
    """
    # A message quoting an Arabic or Hebrew name is isolated (FSI … PDI): the columns before it keep their order.
    lines = [f"{f.severity:<7} {f.code:<22} {f.subject} {f.id}: {isolate(f.message)}" for f in findings]
    lines.append(f"audit: {_summary(findings)}" if findings else "audit: no findings")
    return "\n".join(lines) + "\n"


def finding_record(finding: Finding) -> dict[str, object]:
    """A finding as a plain mapping: empty extras left out, details as an object."""
    record: dict[str, object] = {
        "severity": finding.severity,
        "code": finding.code,
        "subject": finding.subject,
        "id": finding.id,
        "message": finding.message,
    }
    if finding.passage is not None:
        record["passage"] = finding.passage
    if finding.score is not None:
        record["score"] = finding.score
    if finding.details:
        record["details"] = dict(finding.details)
    return record


def audit_json(findings: tuple[Finding, ...]) -> str:
    """The findings as JSON: ``{"counts": {...}, "findings": [...]}``, keys in a fixed order."""
    counts = Counter(f.severity for f in findings)
    data = {
        "counts": {severity: counts[severity] for severity in SEVERITIES},
        "findings": [finding_record(f) for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
