"""One node per real entity: turn a document's mentions and relations into graph records, then merge them.

Identity keys decide sameness: places by division code, institutions by their place and the rest of their
name (天津市明德医院 = 明德医院), experts by name and sending hospital, departments by hospital and name.
Records are plain picklable data, so they can be made in a worker process and merged in the main one.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from graphaid.extract import Extraction
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import names_written, normal_rest
from graphaid.graph import apply
from graphaid.model import PLACE_LABELS, EdgeRecord, Evidence, Rel, evidence, merge_node, node, node_id
from graphaid.places import gazetteer


def records(extractions: Iterable[Extraction]) -> tuple[dict[str, dict], list[EdgeRecord]]:
    """The nodes (by id, each merged into one record) and the edges one document adds, in a fixed order, each
    edge record once: what a worker sends to the merging process shrinks to what is new.

    A document read in parts (``pipeline.parts``) gives one extraction per part."""
    out = _Records()
    for extraction in extractions:
        out.add(extraction)
    return out.nodes, out.edges


def place_records(code: str, doc: str | None = None) -> tuple[dict[str, dict], list[EdgeRecord]]:
    """A division's node, its ancestors' and the LOCATED_IN edges up to the province, as an article naming it
    (``doc``) adds them."""
    out = _Records()
    out.place(code, doc)
    return out.nodes, out.edges


def add_extraction(graph: nx.MultiDiGraph, extraction: Extraction) -> None:
    """Merge one document's extraction into the graph."""
    apply(graph, *records([extraction]))


class _Records:
    """One document's records as they are made: nodes merged by id, edges without repeats."""

    __slots__ = ("nodes", "edges", "seen", "placed")

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: list[EdgeRecord] = []
        self.seen: set[tuple] = set()
        self.placed: dict[tuple[str, bool], str] = {}  # the divisions already written, with and without doc

    def add(self, extraction: Extraction) -> None:
        doc = extraction.doc.doc_id
        for mention in extraction.mentions:
            self.mention(mention, doc)
        for rel in extraction.relations:
            source, target = self.mention(rel.source, doc), self.mention(rel.target, doc)
            s = rel.sentence
            # a sentence without a date of its own is dated by its article (graph.when tells which it was)
            date = s.date or extraction.doc.date
            self.edge(source, target, rel.type, evidence(doc, s.text, s.start, s.end, date))

    def node(self, node_id: str, data: dict) -> None:
        known = self.nodes.get(node_id)
        if known is None:
            self.nodes[node_id] = data
        else:
            merge_node(known, data)

    def edge(self, source: str, target: str, rel: Rel, record: Evidence | None = None) -> None:
        # one document: the same span is the same sentence
        key = (source, target, rel) if record is None else (source, target, rel, record["start"], record["end"])
        if key not in self.seen:
            self.seen.add(key)
            self.edges.append((source, target, str(rel), record))

    def place(self, code: str, doc: str | None) -> str:
        """The division's node, with its ancestors and LOCATED_IN edges up to the province (once per document)."""
        known = self.placed.get((code, doc is None))
        if known is not None:
            return known
        parent_id = None
        for place_id, label, name, aliases, props in _lineage_nodes(code):
            data = {"label": label, "name": name, "aliases": list(aliases), "docs": [], **props}
            if doc and props["code"] == code:
                data["docs"].append(doc)
            self.node(place_id, data)
            if parent_id is not None:
                self.edge(place_id, parent_id, Rel.LOCATED_IN)
            parent_id = place_id
        self.placed[(code, doc is None)] = parent_id
        return parent_id

    def mention(self, mention: Mention, doc: str) -> str:
        if mention.label in PLACE_LABELS:
            return self.place(mention.region or mention.key, doc)
        name, other = names_written(mention.surface)
        aliases = {name, other, mention.canonical} - {""}
        props = {}
        if mention.region:
            props["region"] = mention.region
            if mention.places and mention.rest:
                # the name with its own place in full (not the region the text may place it in more finely)
                official = gazetteer().places[mention.places[-1]].name + mention.rest
                aliases.add(official)
                if mention.affiliation is None and not normal_rest(name).endswith(mention.rest):
                    # a short form completed to the hospital it stands for (某县医院 -> 某县人民医院) is no name
                    name = official
        mention_id, data = node(mention.label, name, mention.key, aliases, props, doc)
        self.node(mention_id, data)
        if mention.region:
            self.edge(mention_id, self.place(mention.region, None), Rel.LOCATED_IN)
        return mention_id


@lru_cache(maxsize=4096)
def _lineage_nodes(code: str) -> tuple[tuple, ...]:
    """What the nodes of a division and its ancestors hold, province first (the same for every article)."""
    gz = gazetteer()
    return tuple(
        (
            node_id(place.level, place.code),
            str(place.level),
            place.name,
            tuple(sorted({k for k in place.keywords if len(k) >= 2} - {place.name})),
            {
                "code": place.code,
                "hierarchy": [p.name for p in gz.lineage(place.code)],
                "codes": [p.code for p in gz.lineage(place.code)],
            },
        )
        for place in gz.lineage(code)
    )
