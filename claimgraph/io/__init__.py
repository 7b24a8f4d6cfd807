"""Reading and writing claims: dossier files now, the ledger store later. The only code that touches claim files."""

from claimgraph.io.dossier import dossier_files, dossier_text, load_ledger, read_ledger, write_atomic
from claimgraph.io.errors import InputError, Problem
from claimgraph.io.records import FieldError, from_record, to_record

__all__ = [
    "FieldError",
    "InputError",
    "Problem",
    "dossier_files",
    "dossier_text",
    "from_record",
    "load_ledger",
    "read_ledger",
    "to_record",
    "write_atomic",
]
