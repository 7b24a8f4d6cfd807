"""Files: dossier YAML, article text, CSV/JSONL tables, atomic writes. The ledger store is :mod:`claimgraph.store`."""

from claimgraph.io.append import append_relations, relations_appended
from claimgraph.io.article import ARTICLE_MAX_BYTES, link_article, read_article
from claimgraph.io.bulk import ImportResult, import_to_dossier
from claimgraph.io.dossier import dossier_files, dossier_text, read_ledger
from claimgraph.io.files import is_store, write_atomic, write_files_atomic

__all__ = [
    "ARTICLE_MAX_BYTES",
    "ImportResult",
    "append_relations",
    "dossier_files",
    "dossier_text",
    "import_to_dossier",
    "is_store",
    "link_article",
    "read_article",
    "read_ledger",
    "relations_appended",
    "write_atomic",
    "write_files_atomic",
]
