"""The ledger store: an append-only, hash-chained log of entries in one SQLite file.

``schema`` makes and opens the file; ``chain`` hashes its entries; ``tree``
keeps the Merkle tree over them and its heads; ``checkpoint`` signs heads;
``write`` records a ledger into it; ``read`` gives its state now or as it
stood, and its log; ``partial`` reads only what one dispute needs; ``verify``
recomputes the chain, the tree and the state; ``dump`` writes it back out as a
dossier. ``load_ledger`` reads whatever the user named, dossiers or a store.
"""

from claimgraph.io.files import is_store
from claimgraph.store.bulk import import_to_store
from claimgraph.store.checkpoint import Checkpoint, generate_key, read_public_key, sign_checkpoint
from claimgraph.store.dump import dump_store
from claimgraph.store.load import load_ledger
from claimgraph.store.partial import Link, StoreOutline, read_store_claims, read_store_outline
from claimgraph.store.read import LogEntry, claim_status, history, read_store, retracted_entries
from claimgraph.store.tree import Head, consistency_between, parse_head, stored_head
from claimgraph.store.verify import Broken, VerifyResult, verify_store
from claimgraph.store.write import RecordSummary, init_store, record_ledger

__all__ = [
    "Broken",
    "Checkpoint",
    "Head",
    "Link",
    "LogEntry",
    "RecordSummary",
    "StoreOutline",
    "VerifyResult",
    "claim_status",
    "consistency_between",
    "dump_store",
    "generate_key",
    "history",
    "import_to_store",
    "init_store",
    "is_store",
    "load_ledger",
    "parse_head",
    "read_public_key",
    "read_store",
    "read_store_claims",
    "read_store_outline",
    "record_ledger",
    "retracted_entries",
    "sign_checkpoint",
    "stored_head",
    "verify_store",
]
