"""GEXF, the graph format Gephi reads natively, with attributes ready to colour and filter by.

Every node carries ``type`` (claim, source, document) and a readable ``label``
(the statement, the source's name, the document's title). Claims also carry the
``speaker_kind`` (the kind of the source that said them) and, when they take part
in a dispute, the ``dispute`` id and their ``side`` in it (A or B); sources carry
their ``kind``. In Gephi: Appearance → Nodes → Partition → ``side`` or ``kind``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from claimgraph.render.export import _scalar_attributes

if TYPE_CHECKING:  # only for annotations: the graph layer is not needed to write a graph
    from claimgraph.graph import Dispute

__all__ = ["gexf_text"]

#: Characters XML 1.0 cannot hold; quoted text may carry them, Gephi would refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# The GEXF writer takes these node keys as the node's own id, label and time span.
_RESERVED = {
    "id": "ledger_id",
    "label": "ledger_label",
    "start": "ledger_start",
    "end": "ledger_end",
    "pid": "ledger_pid",
    "viz": "ledger_viz",
}
_EDGE_RESERVED = {**_RESERVED, "type": "ledger_type", "weight": "ledger_weight"}


def _label(attributes: Mapping[str, object]) -> str:
    for key in ("statement", "name", "title"):
        if key in attributes:
            return str(attributes[key])
    return ""


def _clean(attributes: Mapping[str, object], reserved: dict[str, str]) -> dict[str, object]:
    flat = _scalar_attributes(attributes)
    return {reserved.get(k, k): (_NOT_XML.sub("\ufffd", v) if isinstance(v, str) else v) for k, v in flat.items()}


def _one_type_per_key(items: list[dict[str, object]]) -> None:
    # A GEXF attribute has one declared type; a key seen with several (a proposition's
    # value is text for one claim and a number for another) is written as text throughout.
    types: dict[str, set[type]] = {}
    for attributes in items:
        for key, value in attributes.items():
            types.setdefault(key, set()).add(type(value))
    mixed = {key for key, seen in types.items() if len(seen) > 1}
    for attributes in items:
        for key in mixed & attributes.keys():
            value = attributes[key]
            attributes[key] = str(value).lower() if isinstance(value, bool) else str(value)


def gexf_text(graph: nx.MultiDiGraph, disputes: Iterable[Dispute] = ()) -> str:
    """The graph as GEXF 1.2, readable by Gephi and ``networkx.read_gexf``.

    Args:
        graph: the networkx graph of :func:`claimgraph.graph.build_graph` (its ``.graph``).
        disputes: the disputes found in it (records with ``id`` and ``sides``,
            each side with ``label`` and ``claims``), to give claims their side.

    Returns:
        The XML text; the same graph gives the same bytes (no date is written).
        List attributes become JSON text, as in GraphML; the ledger ``id`` of an
        entry is kept as ``ledger_id`` since GEXF uses ``id`` for the node itself.
    """
    side_of: dict[str, tuple[str, str]] = {}
    for dispute in disputes:
        for side in dispute.sides:
            for claim_id in side.claims:
                side_of[claim_id] = (dispute.id, side.label)
    nodes = []
    for node, attributes in graph.nodes(data=True):
        extra = {"label": _label(attributes)}
        if attributes.get("type") == "claim":
            speaker = graph.nodes.get(f"source:{attributes.get('said_by')}", {})
            if "kind" in speaker:
                extra["speaker_kind"] = speaker["kind"]
            if attributes.get("id") in side_of:
                extra["dispute"], extra["side"] = side_of[attributes["id"]]
        cleaned = _clean(attributes, _RESERVED)
        cleaned.update(extra)
        cleaned["label"] = _NOT_XML.sub("\ufffd", extra["label"])
        nodes.append((node, cleaned))
    edges = [(u, v, k, _clean(a, _EDGE_RESERVED)) for u, v, k, a in graph.edges(keys=True, data=True)]
    _one_type_per_key([a for _, a in nodes])
    _one_type_per_key([a for *_, a in edges])
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(nodes)
    flat.add_edges_from(edges)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    # The writer stamps today's date and its own version: both would make output vary.
    meta.attrib.pop("lastmodifieddate", None)
    meta.find("creator").text = "claimgraph"
    writer.add_graph(flat)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue().decode("utf-8")
