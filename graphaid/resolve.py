"""One node per real entity: turn a document's mentions and relations into nodes and edges of the graph.

Identity keys decide sameness: places by division code, institutions by their place and the rest of their
name (天津市北辰医院 = 北辰医院), experts by name and sending hospital, departments by hospital and name.
"""

from __future__ import annotations

import networkx as nx

from graphaid.extract import Extraction
from graphaid.extract.mentions import Mention
from graphaid.graph import add_edge, add_node
from graphaid.model import PLACE_LABELS, Evidence, Label, Node, Rel, node_id
from graphaid.places import gazetteer


def add_extraction(graph: nx.MultiDiGraph, extraction: Extraction) -> None:
    """Merge one document's extraction into the graph."""
    doc = extraction.doc.doc_id
    for mention in extraction.mentions:
        _node(graph, mention, doc)
    for rel in extraction.relations:
        source, target = _node(graph, rel.source, doc), _node(graph, rel.target, doc)
        s = rel.sentence
        add_edge(graph, source, target, rel.type, Evidence(doc, s.text, s.start, s.end, s.date or extraction.doc.date))


def place_node(graph: nx.MultiDiGraph, code: str, doc: str | None = None) -> str:
    """The node of a division, with its ancestors and LOCATED_IN edges up to the province."""
    gz = gazetteer()
    lineage = gz.lineage(code)
    parent_id = None
    for place in lineage:
        node = Node(
            place.level,
            place.name,
            place.code,
            aliases={k for k in place.keywords if len(k) >= 2},
            props={
                "code": place.code,
                "hierarchy": [p.name for p in gz.lineage(place.code)],
                "codes": [p.code for p in gz.lineage(place.code)],
            },
        )
        pid = add_node(graph, node, doc if place.code == code else None)
        if parent_id is not None and not graph.has_edge(pid, parent_id, str(Rel.LOCATED_IN)):
            add_edge(graph, pid, parent_id, Rel.LOCATED_IN)
        parent_id = pid
    return node_id(lineage[-1].level, code)


def _node(graph: nx.MultiDiGraph, mention: Mention, doc: str) -> str:
    if mention.label in PLACE_LABELS:
        return place_node(graph, mention.region or mention.key, doc)
    aliases = {mention.surface}
    props = {}
    if mention.region:
        place = gazetteer().places[mention.region]
        props["region"] = mention.region
        if mention.places and mention.rest:
            aliases.add(place.name + mention.rest)
    node = Node(mention.label, mention.surface, mention.key, aliases=aliases, props=props)
    nid = node.id
    existed = nid in graph
    add_node(graph, node, doc)
    data = graph.nodes[nid]
    # the fullest form a text gives is the name; the others stay aliases
    if existed and len(mention.surface) > len(data["name"]) and mention.label is not Label.EXPERT:
        data["aliases"] = sorted((set(data["aliases"]) | {data["name"]}) - {mention.surface})
        data["name"] = mention.surface
    if mention.region and not existed:
        add_edge(graph, nid, place_node(graph, mention.region), Rel.LOCATED_IN)
    return nid
