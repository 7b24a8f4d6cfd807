"""The domain model: attrs classes and their rules. No files, graphs, HTML or CLI here."""

from claimgraph.model.checks import Defect, check_ledger
from claimgraph.model.entities import (
    RELATION_KINDS,
    SOURCE_KINDS,
    Claim,
    Document,
    Proposition,
    Question,
    Relation,
    Review,
    Source,
    Translation,
)
from claimgraph.model.external import from_fields, to_fields
from claimgraph.model.kinds import KINDS, SECTIONS, EntryKind
from claimgraph.model.ledger import Ledger
from claimgraph.model.period import Period, to_date, to_period

__all__ = [
    "KINDS",
    "RELATION_KINDS",
    "SECTIONS",
    "SOURCE_KINDS",
    "Claim",
    "Defect",
    "Document",
    "EntryKind",
    "Ledger",
    "Period",
    "Proposition",
    "Question",
    "Relation",
    "Review",
    "Source",
    "Translation",
    "check_ledger",
    "from_fields",
    "to_date",
    "to_fields",
    "to_period",
]
