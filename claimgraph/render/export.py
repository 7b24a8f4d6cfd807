"""Machine-readable exports of a ledger and its graph."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Mapping

import networkx as nx

from claimgraph.io import dossier_text
from claimgraph.model import Ledger, to_fields
from claimgraph.model.vocabulary import vocabulary_fields
from claimgraph.store.tree import head_comment

__all__ = ["EXPORT_FORMATS", "export_ledger", "graphml_text", "ledger_json", "stamp_head"]


def ledger_json(ledger: Ledger) -> str:
    """The ledger as one JSON object: ``{"sources": [...], "documents": [...], ...}``.

    Documents include their text. Keys keep the dossier's field names; a ledger
    with a declared vocabulary for figures gets it first, as the dossier's
    ``vocabulary:`` header spells it.
    """
    data: dict[str, object] = {}
    if not ledger.vocabulary.is_default:
        data["vocabulary"] = vocabulary_fields(ledger.vocabulary)
    data |= {
        "sources": [to_fields(s) for s in ledger.sources],
        "documents": [to_fields(d, with_text=True) for d in ledger.documents],
        "claims": [to_fields(c) for c in ledger.claims],
        "relations": [to_fields(r) for r in ledger.relations],
        "questions": [to_fields(q) for q in ledger.questions],
        "reviews": [to_fields(r) for r in ledger.reviews],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def stamp_head(text: str, fmt: str, head: str, store: str, as_of: str | None, known_by: dt.date | None = None) -> str:
    """Record in a JSON or YAML export which ledger head it was made from.

    JSON gains a first key ``ledger_head`` (``{"head": "SIZE:ROOT", "entries": N,
    "ledger": FILE, "as_of": ...}``, and ``"known_by": DATE`` for an export
    limited to a story day); YAML a first comment line, so the file still reads
    back as a dossier.
    """
    if fmt == "yaml":
        return head_comment(head, store, as_of, known_by) + text
    meta: dict[str, object] = {"head": head, "entries": int(head.split(":")[0]), "ledger": store, "as_of": as_of}
    if known_by is not None:
        meta["known_by"] = known_by.isoformat()
    return json.dumps({"ledger_head": meta, **json.loads(text)}, ensure_ascii=False, indent=2) + "\n"


def _scalar_attributes(attributes: Mapping[str, object]) -> dict[str, object]:
    # GraphML holds scalars only: lists are written as JSON text.
    return {
        k: json.dumps(list(v), ensure_ascii=False) if isinstance(v, tuple | list) else v for k, v in attributes.items()
    }


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """The graph as GraphML, readable by ``networkx.read_graphml``, Gephi and yEd.

    List attributes (``via``, ``topics``, ``aliases``) become JSON text.
    """
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, _scalar_attributes(a)) for n, a in graph.nodes(data=True))
    flat.add_edges_from((u, v, k, _scalar_attributes(a)) for u, v, k, a in graph.edges(keys=True, data=True))
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def export_ledger(ledger: Ledger, fmt: str) -> str:
    """Render a ledger in one of :data:`EXPORT_FORMATS`.

    Raises:
        ValueError: the format is unknown.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return EXPORT_FORMATS[fmt](ledger)


def _graphml(ledger: Ledger) -> str:
    from claimgraph.graph import build_graph

    return graphml_text(build_graph(ledger).graph)


def _claimreview(ledger: Ledger) -> str:
    from claimgraph.render.claimreview import claimreview_jsonld

    return claimreview_jsonld(ledger)


def _gexf(ledger: Ledger) -> str:
    from claimgraph.graph import build_graph, find_disputes
    from claimgraph.render.gexf import gexf_text

    built = build_graph(ledger)
    return gexf_text(built.graph, find_disputes(built))


def _table(kind: str) -> Callable[[Ledger], str]:
    def render(ledger: Ledger) -> str:
        from claimgraph.render.tables import table_csv

        return table_csv(ledger, kind)

    render.__doc__ = f"The {kind} entries as CSV."
    return render


def _vocabulary_csv(ledger: Ledger) -> str:
    from claimgraph.render.tables import vocabulary_csv

    return vocabulary_csv(ledger)


#: Format name → function(ledger) → text. Other export modules add their formats here.
EXPORT_FORMATS: dict[str, Callable[[Ledger], str]] = {
    "json": ledger_json,
    "graphml": _graphml,
    "yaml": lambda ledger: dossier_text(ledger),
    "claimreview": _claimreview,
    "gexf": _gexf,
    "claims.csv": _table("claim"),
    "relations.csv": _table("relation"),
    "vocabulary.csv": lambda ledger: _vocabulary_csv(ledger),
}
