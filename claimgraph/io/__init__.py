"""Reading and writing claims: dossier files now, the ledger store later. The only code that touches claim files."""

from claimgraph.io.append import append_relations, relations_appended
from claimgraph.io.dossier import dossier_files, dossier_text, load_ledger, read_ledger, write_atomic
from claimgraph.io.errors import InputError, Problem
from claimgraph.io.records import FieldError, from_record, to_record

__all__ = [
    "FieldError",
    "InputError",
    "Problem",
    "append_relations",
    "dossier_files",
    "dossier_text",
    "from_record",
    "load_ledger",
    "read_ledger",
    "relations_appended",
    "to_record",
    "write_atomic",
]
