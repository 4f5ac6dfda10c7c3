"""Questions the aid graph answers, as plain functions of the graph: donors of counties, one entity's story."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from graphaid.graph import derived, when
from graphaid.model import PLACE_LABELS, Label, Rel, year_of
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
    years: set[int] = field(default_factory=set)  # of its evidence (the article's date where a sentence has none)

    @property
    def first_year(self) -> int | None:
        return min(self.years, default=None)

    @property
    def last_year(self) -> int | None:
        return max(self.years, default=None)

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
            "first_year": self.first_year,
            "last_year": self.last_year,
            "docs": sorted(self.docs),
        }


def region_of(graph: nx.MultiDiGraph, node: str) -> str | None:
    """The division code a node stands in: a place's own code, an institution's region."""
    data = graph.nodes[node]
    if data["label"] in _PLACES:
        return data["code"]
    return data.get("region")


def _links(graph: nx.MultiDiGraph):
    """(donor node, recipient node, doc, years its evidence there gives) for every act of aid."""
    for u, v, data in graph.edges(data=True):
        years = _years_by_doc(data["evidence"])
        if data["type"] == Rel.PAIRS_WITH:
            for doc, in_doc in years.items():
                yield u, v, doc, in_doc
        elif data["type"] in (Rel.SENDS, Rel.FOUNDED):
            second = Rel.POSTED_TO if data["type"] == Rel.SENDS else Rel.PART_OF
            for _, other, d2 in graph.out_edges(v, data=True):
                if d2["type"] == second:
                    years2 = _years_by_doc(d2["evidence"])
                    for doc in years.keys() & years2.keys():
                        yield u, other, doc, years[doc] | years2[doc]


def _years_by_doc(evidence: list[dict]) -> dict[str, set[int]]:
    """The documents of a relationship's evidence, each with the years its records give."""
    years: dict[str, set[int]] = {}
    for record in evidence:
        year = year_of(record.get("date"))
        years.setdefault(record["doc"], set()).update([year] if year else ())
    return years


def in_years(graph: nx.MultiDiGraph, since: int | None = None, until: int | None = None) -> nx.MultiDiGraph:
    """The graph as far as evidence dated ``since``..``until`` (years, inclusive) tells it.

    A relationship keeps the evidence records dated in those years and goes when none is left; undated evidence
    goes too. Entities stay when a relationship kept involves them, places also when a kept entity lies in them.
    The graph itself is returned when no year is given.
    """
    if since is None and until is None:
        return graph
    low, high = since if since is not None else -(10**9), until if until is not None else 10**9
    kept = nx.MultiDiGraph()
    kept.graph.update(graph.graph)
    documents: set[str] = set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data["type"] == Rel.LOCATED_IN:
            continue
        evidence = [e for e in data["evidence"] if (year := year_of(e.get("date"))) and low <= year <= high]
        if not evidence:
            continue
        for node in (u, v):
            if node not in kept:
                kept.add_node(node, **graph.nodes[node])
        dates = [e["date"] for e in evidence if e.get("date")]
        kept.add_edge(u, v, key=key, **{**data, "evidence": evidence, "date": min(dates) if dates else None})
        documents |= {e["doc"] for e in evidence}
    pending = list(kept.nodes)
    while pending:
        node = pending.pop()
        for _, parent, key, data in graph.out_edges(node, keys=True, data=True):
            if data["type"] == Rel.LOCATED_IN:
                if parent not in kept:
                    kept.add_node(parent, **graph.nodes[parent])
                    pending.append(parent)
                kept.add_edge(node, parent, key=key, **data)
    for _, data in kept.nodes(data=True):
        data["docs"] = [d for d in data.get("docs", ()) if d in documents]
    kept.graph["documents"] = {d: m for d, m in graph.graph.get("documents", {}).items() if d in documents}
    return kept


def donors(
    graph: nx.MultiDiGraph, county: str | None = None, since: int | None = None, until: int | None = None
) -> list[DonorRow]:
    """Donor region -> recipient region, at the finest level the texts state, with hospitals and evidence.

    A statement about a whole government (天津市卫健委 helps 丁青县) gives way, within one document, to the
    finer donor the same document names for the same recipient (北辰区's hospital helps 丁青县). With
    ``county`` (a county, prefecture or province), only the rows whose recipient lies in it. The table is
    computed once per graph and indexed by recipient place, so asking for one county is a lookup. With ``since``
    or ``until`` (years, inclusive) only what evidence dated in those years tells (see ``in_years``).
    """
    table = _donor_table(in_years(graph, since, until))
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
    for u, v, doc, years in _links(graph):
        donor, recipient = region_of(graph, u), region_of(graph, v)
        if not donor or not recipient or donor == recipient or gz.is_within(donor, recipient):
            continue
        entry = per_doc[doc].setdefault(
            (donor, recipient), {"hospitals": set(), "count": 0, "regional": True, "years": set()}
        )
        entry["count"] += 1
        entry["years"] |= years
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
            row.years |= entry["years"]
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
                    "other_id": other,
                    "other_label": graph.nodes[other]["label"],
                    "date": edge.get("date"),
                    "evidence": [{**record, **when(record)} for record in edge["evidence"]],
                }
            )
    documents = graph.graph.get("documents", {})
    cited = sorted({e["doc"] for r in relations for e in r["evidence"]} | set(data.get("docs", [])))
    entity = {
        "id": node,
        "label": data["label"],
        "name": data["name"],
        "aliases": data.get("aliases", []),
        "code": region,
        "hierarchy": hierarchy,
        "docs": data.get("docs", []),
        "relations": relations,
        "sources": {doc: source_of(documents.get(doc, {})) for doc in cited},
    }
    if data["label"] in _PLACES:
        entity["institutions"] = institutions_in(graph, data["code"])
        entity["pairs"] = [
            row.as_dict()
            for row in _donor_table(graph).rows
            if gz.is_within(row.donor_code, data["code"]) or gz.is_within(row.recipient_code, data["code"])
        ]
    return entity


SOURCE_FIELDS = ("title", "outlet", "author", "date", "url", "relative_path")


def source_of(document: dict) -> dict:
    """What to cite a document by: title, outlet, author, date, URL and the file it was read from."""
    return {name: document.get(name) for name in SOURCE_FIELDS}


def institutions_in(graph: nx.MultiDiGraph, code: str) -> list[dict]:
    """The hospitals and agencies located in a place (or in the places within it), by name."""
    gz = gazetteer()
    found = [
        {"id": n, "name": d["name"], "label": d["label"], "code": d["region"]}
        for n, d in graph.nodes(data=True)
        if d["label"] in (Label.HOSPITAL, Label.AGENCY) and d.get("region") and gz.is_within(d["region"], code)
    ]
    return sorted(found, key=lambda item: (item["name"], item["id"]))
