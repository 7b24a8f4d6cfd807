"""claimgraph: a claim-versus-claim fact ledger for fact-checkers.

The public API, in the order of the main job::

    import claimgraph as cg

    ledger = cg.load_ledger(["claims/"])    # dossiers, folders, or a ledger store
    graph = cg.build_graph(ledger)          # a LedgerGraph: .graph is a networkx MultiDiGraph
    for dispute in cg.find_disputes(graph): # plain attrs records
        print(dispute.question)
    html = cg.render_brief(ledger, title="Rafah")

Each name is imported from its layer the first time it is used, so that
``import claimgraph`` (which every command does) stays cheap: a command that
needs no graph never imports networkx, and one that writes no HTML never
imports Jinja2.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    # errors
    "ClaimgraphError": "claimgraph.errors",
    "InputError": "claimgraph.errors",
    "UnknownDispute": "claimgraph.errors",
    # model
    "Claim": "claimgraph.model",
    "Document": "claimgraph.model",
    "Ledger": "claimgraph.model",
    "Period": "claimgraph.model",
    "Proposition": "claimgraph.model",
    "Question": "claimgraph.model",
    "Relation": "claimgraph.model",
    "Review": "claimgraph.model",
    "Source": "claimgraph.model",
    "check_ledger": "claimgraph.model",
    # files and the store
    "read_ledger": "claimgraph.io",
    "dossier_text": "claimgraph.io",
    "load_ledger": "claimgraph.store",
    "init_store": "claimgraph.store",
    "record_ledger": "claimgraph.store",
    "read_store": "claimgraph.store",
    "verify_store": "claimgraph.store",
    # extraction
    "extract_claims": "claimgraph.extract",
    # the graph and its analyses
    "LedgerGraph": "claimgraph.graph",
    "build_graph": "claimgraph.graph",
    "find_disputes": "claimgraph.graph",
    "corroborate": "claimgraph.graph",
    "find_candidates": "claimgraph.graph",
    "source_matrix": "claimgraph.graph",
    "audit": "claimgraph.graph",
    # rendering
    "render_brief": "claimgraph.render.brief",
    "export_ledger": "claimgraph.render.export",
}

__all__ = [
    "Claim",
    "ClaimgraphError",
    "Document",
    "InputError",
    "Ledger",
    "LedgerGraph",
    "Period",
    "Proposition",
    "Question",
    "Relation",
    "Review",
    "Source",
    "UnknownDispute",
    "__version__",
    "audit",
    "build_graph",
    "check_ledger",
    "corroborate",
    "dossier_text",
    "export_ledger",
    "extract_claims",
    "find_candidates",
    "find_disputes",
    "init_store",
    "load_ledger",
    "read_ledger",
    "read_store",
    "record_ledger",
    "render_brief",
    "source_matrix",
    "verify_store",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its layer on first use (PEP 562)."""
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'claimgraph' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:  # what type checkers and editors see: the same names, imported eagerly
    from claimgraph.errors import ClaimgraphError, InputError, UnknownDispute
    from claimgraph.extract import extract_claims
    from claimgraph.graph import (
        LedgerGraph,
        audit,
        build_graph,
        corroborate,
        find_candidates,
        find_disputes,
        source_matrix,
    )
    from claimgraph.io import dossier_text, read_ledger
    from claimgraph.model import (
        Claim,
        Document,
        Ledger,
        Period,
        Proposition,
        Question,
        Relation,
        Review,
        Source,
        check_ledger,
    )
    from claimgraph.render.brief import render_brief
    from claimgraph.render.export import export_ledger
    from claimgraph.store import init_store, load_ledger, read_store, record_ledger, verify_store
