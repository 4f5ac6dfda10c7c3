"""One node per real entity: turn a document's mentions and relations into graph records, then merge them.

Identity keys decide sameness: places by division code, institutions by their place and the rest of their
name (天津市北辰医院 = 北辰医院), experts by name and sending hospital, departments by hospital and name.
Records are plain picklable data, so they can be made in a worker process and merged in the main one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import networkx as nx

from graphaid.extract import Extraction
from graphaid.extract.mentions import Mention
from graphaid.graph import add_edge, add_node
from graphaid.model import PLACE_LABELS, Evidence, Label, Node, Rel
from graphaid.places import gazetteer


@dataclass(frozen=True, slots=True)
class NodeRecord:
    node: Node
    doc: str | None


@dataclass(frozen=True, slots=True)
class EdgeRecord:
    source: str
    target: str
    type: Rel
    evidence: Evidence | None


Record = NodeRecord | EdgeRecord


def records(extraction: Extraction) -> list[Record]:
    """The nodes and edges one document adds, in a fixed order, each node and edge once."""
    doc = extraction.doc.doc_id
    out: list[Record] = []
    placed: dict[tuple[str, bool], str] = {}
    for mention in extraction.mentions:
        _node(out, mention, doc, placed)
    for rel in extraction.relations:
        source, target = _node(out, rel.source, doc, placed), _node(out, rel.target, doc, placed)
        s = rel.sentence
        # a sentence without a date of its own is dated by its article (graph.when tells which it was)
        date = s.date or extraction.doc.date
        out.append(EdgeRecord(source, target, rel.type, Evidence(doc, s.text, s.start, s.end, date)))
    return _compact(out)


def _compact(recs: list[Record]) -> list[Record]:
    """One record per node (its names merged, the fullest first) and no repeated edge record: what a worker
    sends to the merging process shrinks to what is new."""
    nodes: dict[str, NodeRecord] = {}
    seen_edges: set[EdgeRecord] = set()
    out: list[Record] = []
    for rec in recs:
        if isinstance(rec, NodeRecord):
            known = nodes.get(rec.node.id)
            if known is None:
                nodes[rec.node.id] = rec
                out.append(rec)
                continue
            node = known.node
            if len(rec.node.name) > len(node.name) and rec.node.label is not Label.EXPERT:
                node.aliases.add(node.name)
                node.name = rec.node.name
            node.aliases |= rec.node.aliases
            if rec.doc and not known.doc:
                nodes[rec.node.id] = NodeRecord(node, rec.doc)
                out[out.index(known)] = nodes[rec.node.id]
        elif rec not in seen_edges:
            seen_edges.add(rec)
            out.append(rec)
    return out


def apply(graph: nx.MultiDiGraph, recs: list[Record]) -> None:
    """Merge records into the graph."""
    for rec in recs:
        if isinstance(rec, NodeRecord):
            add_node(graph, rec.node, rec.doc)
        else:
            add_edge(graph, rec.source, rec.target, rec.type, rec.evidence)


def to_wire(recs: list[Record]) -> list[tuple]:
    """Records as plain tuples: a worker's records cross the process boundary several times faster so."""
    out = []
    for rec in recs:
        if isinstance(rec, NodeRecord):
            n = rec.node
            out.append((0, str(n.label), n.name, n.key, tuple(sorted(n.aliases)), n.props, rec.doc))
        else:
            ev = rec.evidence
            evidence = (ev.doc, ev.sentence, ev.start, ev.end, ev.date) if ev else None
            out.append((1, rec.source, rec.target, str(rec.type), evidence))
    return out


def from_wire(wire: list[tuple]) -> list[Record]:
    """The records to_wire sent."""
    out: list[Record] = []
    for item in wire:
        if item[0] == 0:
            _, label, name, key, aliases, props, doc = item
            out.append(NodeRecord(Node(Label(label), name, key, set(aliases), props), doc))
        else:
            _, source, target, rel, evidence = item
            out.append(EdgeRecord(source, target, Rel(rel), Evidence(*evidence) if evidence else None))
    return out


def add_extraction(graph: nx.MultiDiGraph, extraction: Extraction) -> None:
    """Merge one document's extraction into the graph."""
    apply(graph, records(extraction))


def _place(out: list[Record], code: str, doc: str | None, placed: dict[tuple[str, bool], str]) -> str:
    """The division's node, with its ancestors and LOCATED_IN edges up to the province (once per document:
    ``placed`` remembers the divisions already written)."""
    known = placed.get((code, doc is None))
    if known is not None:
        return known
    parent_id = None
    for label, name, place_code, aliases, props in _lineage_nodes(code):
        node = Node(label, name, place_code, aliases=set(aliases), props=dict(props))
        out.append(NodeRecord(node, doc if place_code == code else None))
        if parent_id is not None:
            out.append(EdgeRecord(node.id, parent_id, Rel.LOCATED_IN, None))
        parent_id = node.id
    placed[(code, doc is None)] = parent_id
    return parent_id


@lru_cache(maxsize=4096)
def _lineage_nodes(code: str) -> tuple[tuple, ...]:
    """What the nodes of a division and its ancestors hold, province first (the same for every article)."""
    gz = gazetteer()
    return tuple(
        (
            place.level,
            place.name,
            place.code,
            frozenset(k for k in place.keywords if len(k) >= 2),
            {
                "code": place.code,
                "hierarchy": [p.name for p in gz.lineage(place.code)],
                "codes": [p.code for p in gz.lineage(place.code)],
            },
        )
        for place in gz.lineage(code)
    )


def _node(out: list[Record], mention: Mention, doc: str, placed: dict[tuple[str, bool], str]) -> str:
    if mention.label in PLACE_LABELS:
        return _place(out, mention.region or mention.key, doc, placed)
    aliases = {mention.surface, mention.canonical} - {""}
    props = {}
    if mention.region:
        props["region"] = mention.region
        if mention.places and mention.rest:
            aliases.add(gazetteer().places[mention.region].name + mention.rest)
    node = Node(mention.label, mention.surface, mention.key, aliases=aliases, props=props)
    out.append(NodeRecord(node, doc))
    if mention.region:
        out.append(EdgeRecord(node.id, _place(out, mention.region, None, placed), Rel.LOCATED_IN, None))
    return node.id
