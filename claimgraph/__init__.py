"""claimgraph: a claim-versus-claim fact ledger for fact-checkers.

Read dossiers with :func:`claimgraph.io.read_ledger`, turn them into a graph with
:func:`claimgraph.graph.build_graph`, and analyse or render that.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
