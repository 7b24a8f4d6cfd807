"""Reading and writing claims: dossier files and the ledger store. The only code that touches claim files."""

from claimgraph.io.append import append_relations, relations_appended
from claimgraph.io.article import ARTICLE_MAX_BYTES, link_article, read_article
from claimgraph.io.bulk import ImportResult, import_to_dossier, import_to_store
from claimgraph.io.dossier import dossier_files, dossier_text, read_ledger, write_atomic
from claimgraph.io.dump import dump_store
from claimgraph.io.load import load_ledger
from claimgraph.io.partial import Link, StoreOutline, read_store_claims, read_store_outline
from claimgraph.io.store import (
    LogEntry,
    RecordSummary,
    claim_status,
    history,
    init_store,
    read_store,
    record_ledger,
    retracted_entries,
)
from claimgraph.io.storefile import is_store
from claimgraph.io.verify import Broken, VerifyResult, verify_store

__all__ = [
    "ARTICLE_MAX_BYTES",
    "Broken",
    "ImportResult",
    "Link",
    "LogEntry",
    "RecordSummary",
    "StoreOutline",
    "VerifyResult",
    "append_relations",
    "claim_status",
    "dossier_files",
    "dossier_text",
    "dump_store",
    "history",
    "import_to_dossier",
    "import_to_store",
    "init_store",
    "is_store",
    "link_article",
    "load_ledger",
    "read_article",
    "read_ledger",
    "read_store",
    "read_store_claims",
    "read_store_outline",
    "record_ledger",
    "relations_appended",
    "retracted_entries",
    "verify_store",
    "write_atomic",
]
