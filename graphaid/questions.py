"""Questions the aid graph answers, as plain functions of the graph: donors of counties, one entity's story."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from graphaid.graph import derived
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer

_PLACES = {str(label) for label in PLACE_LABELS}


@dataclass(slots=True)
class DonorRow:
    donor_region: str
    recipient_region: str
    donor_code: str
    recipient_code: str
    donor_hierarchy: list[str]
    recipient_hierarchy: list[str]
    hospitals: set[str] = field(default_factory=set)
    evidence: int = 0
    docs: set[str] = field(default_factory=set)

    def as_dict(self) -> dict:
        return {
            "donor_region": self.donor_region,
            "recipient_region": self.recipient_region,
            "donor_code": self.donor_code,
            "recipient_code": self.recipient_code,
            "donor_hierarchy": " › ".join(self.donor_hierarchy),
            "recipient_hierarchy": " › ".join(self.recipient_hierarchy),
            "hospitals": sorted(self.hospitals),
            "evidence": self.evidence,
            "docs": sorted(self.docs),
        }


def region_of(graph: nx.MultiDiGraph, node: str) -> str | None:
    """The division code a node stands in: a place's own code, an institution's region."""
    data = graph.nodes[node]
    if data["label"] in _PLACES:
        return data["code"]
    return data.get("region")


def _links(graph: nx.MultiDiGraph):
    """(donor node, recipient node, doc, hospitals involved, regional statement?) for every act of aid."""
    for u, v, data in graph.edges(data=True):
        docs = {e["doc"] for e in data["evidence"]}
        if data["type"] == Rel.PAIRS_WITH:
            for doc in docs:
                yield u, v, doc
        elif data["type"] == Rel.SENDS:
            for _, posted, d2 in graph.out_edges(v, data=True):
                if d2["type"] == Rel.POSTED_TO:
                    for doc in docs & {e["doc"] for e in d2["evidence"]}:
                        yield u, posted, doc
        elif data["type"] == Rel.FOUNDED:
            for _, host, d2 in graph.out_edges(v, data=True):
                if d2["type"] == Rel.PART_OF:
                    for doc in docs & {e["doc"] for e in d2["evidence"]}:
                        yield u, host, doc


def donors(graph: nx.MultiDiGraph, county: str | None = None) -> list[DonorRow]:
    """Donor region -> recipient region, at the finest level the texts state, with hospitals and evidence.

    A statement about a whole government (天津市卫健委 helps 丁青县) gives way, within one document, to the
    finer donor the same document names for the same recipient (北辰区's hospital helps 丁青县). With
    ``county`` (a county, prefecture or province), only the rows whose recipient lies in it. The table is
    computed once per graph and indexed by recipient place, so asking for one county is a lookup.
    """
    table = _donor_table(graph)
    if not county:
        return list(table.rows)
    gz = gazetteer()
    codes = {p.code for p in gz.lookup(county)} | {p.code for p in gz.places.values() if p.name == county}
    if not codes:
        raise LookupError(f"no place called {county!r} in the division table")
    if len(codes) == 1:
        return list(table.by_place.get(codes.pop(), ()))
    # a name shared by several places: their rows, in table order, each once
    picked = {id(row): row for code in codes for row in table.by_place.get(code, ())}
    return sorted(picked.values(), key=lambda row: (row.recipient_hierarchy, row.donor_hierarchy))


@dataclass(slots=True)
class _DonorTable:
    rows: list[DonorRow]
    by_place: dict[str, list[DonorRow]]  # every place -> the rows whose recipient lies in it


def _donor_table(graph: nx.MultiDiGraph) -> _DonorTable:
    """The whole donor table of a graph, made once and kept until the graph changes (graph.derived)."""
    memo = derived(graph)
    if "donor_table" in memo:
        return memo["donor_table"]
    gz = gazetteer()
    per_doc: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    for u, v, doc in _links(graph):
        donor, recipient = region_of(graph, u), region_of(graph, v)
        if not donor or not recipient or donor == recipient or gz.is_within(donor, recipient):
            continue
        entry = per_doc[doc].setdefault((donor, recipient), {"hospitals": set(), "count": 0, "regional": True})
        entry["count"] += 1
        for n in (u, v):
            if graph.nodes[n]["label"] == Label.HOSPITAL:
                entry["hospitals"].add(graph.nodes[n]["name"])
        if graph.nodes[u]["label"] not in _PLACES and graph.nodes[u]["label"] != Label.AGENCY:
            entry["regional"] = False
    rows: dict[tuple[str, str], DonorRow] = {}
    for doc, pairs in per_doc.items():
        for (donor, recipient), entry in _finest(pairs).items():
            row = rows.get((donor, recipient))
            if row is None:
                row = rows[(donor, recipient)] = DonorRow(
                    gz.places[donor].name,
                    gz.places[recipient].name,
                    donor,
                    recipient,
                    [p.name for p in gz.lineage(donor)],
                    [p.name for p in gz.lineage(recipient)],
                )
            row.hospitals |= entry["hospitals"]
            row.evidence += entry["count"]
            row.docs.add(doc)
    ordered = sorted(rows.values(), key=lambda r: (r.recipient_hierarchy, r.donor_hierarchy))
    by_place: dict[str, list[DonorRow]] = defaultdict(list)
    for row in ordered:
        for place in gz.lineage(row.recipient_code):
            by_place[place.code].append(row)
    table = memo["donor_table"] = _DonorTable(ordered, dict(by_place))
    return table


def _finest(pairs: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
    """One document's pairs at the finest level it states.

    A statement about a whole government (天津市卫健委 helps 丁青县) gives way to a finer donor of the same
    recipient (北辰区's hospital helps 丁青县); an institution's whole-province recipient (莆田学院附属医院 ->
    宁夏) gives way to the finer one it also names (-> 同心县). Region-to-region statements (广东 -> 贵州) stand.
    """
    gz = gazetteer()
    kept = {
        (d, r): e
        for (d, r), e in pairs.items()
        if not (e["regional"] and any(d2 != d and r2 == r and gz.is_within(d2, d) for d2, r2 in pairs))
    }
    return {
        (d, r): e
        for (d, r), e in kept.items()
        if e["regional"]
        or gz.places[r].level is not Label.PROVINCE
        or not any(d2 == d and r2 != r and gz.is_within(r2, r) for d2, r2 in kept)
    }


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes called ``name`` (name or alias); failing that, nodes whose name contains it."""
    exact = [n for n, d in graph.nodes(data=True) if d["name"] == name or name in d.get("aliases", ())]
    if exact:
        return sorted(exact)
    return sorted(n for n, d in graph.nodes(data=True) if name in d["name"])


def describe(graph: nx.MultiDiGraph, node: str) -> dict:
    """One entity: its hierarchy, aliases, relationships and the sentences behind them."""
    data = graph.nodes[node]
    gz = gazetteer()
    region = region_of(graph, node)
    hierarchy = [p.name for p in gz.lineage(region)] if region else []
    relations = []
    for direction, edges in (("out", graph.out_edges(node, data=True)), ("in", graph.in_edges(node, data=True))):
        for u, v, edge in edges:
            if edge["type"] == Rel.LOCATED_IN:
                continue
            other = v if direction == "out" else u
            relations.append(
                {
                    "direction": direction,
                    "type": edge["type"],
                    "other": graph.nodes[other]["name"],
                    "other_label": graph.nodes[other]["label"],
                    "date": edge.get("date"),
                    "evidence": edge["evidence"],
                }
            )
    return {
        "id": node,
        "label": data["label"],
        "name": data["name"],
        "aliases": data.get("aliases", []),
        "code": region,
        "hierarchy": hierarchy,
        "docs": data.get("docs", []),
        "relations": relations,
    }
