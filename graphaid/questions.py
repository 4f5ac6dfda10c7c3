"""Questions the aid graph answers, as plain functions of the graph: donors of counties, one entity's story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from graphaid.graph import derived, when
from graphaid.model import Label, Rel, year_of
from graphaid.places import gazetteer, is_regiment
from graphaid.schema import PLACES, Act, acts, lineage, one_place, region_of

if TYPE_CHECKING:
    from graphaid.stores import Store

#: the fields of a donor table row, in the order the CSV and XLSX tables give them
DONOR_COLUMNS = (
    "donor_region",
    "recipient_region",
    "donor_code",
    "recipient_code",
    "hospitals",
    "evidence",
    "first_year",
    "last_year",
    "donor_hierarchy",
    "recipient_hierarchy",
    "docs",
)


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
    source: nx.MultiDiGraph | Store,
    county: str | None = None,
    since: int | None = None,
    until: int | None = None,
) -> list[DonorRow]:
    """Donor region -> recipient region, at the finest level the texts state, with hospitals and evidence.

    The table of :func:`donor_table` for the acts of aid of a graph or a store (graphaid.stores: the same rows
    from the embedded store and from Neo4j). A graph's table is computed once (per years) and indexed by
    recipient place, so asking for one county (or prefecture, or province: a name, short form or name qualified
    by where it lies) is a lookup. With ``since`` or ``until`` (years, inclusive) only what evidence dated in
    those years tells. LookupError when ``county`` names no place, or several.
    """
    if county:
        one_place(county)  # a name that names nothing fails before the store is asked
    if not isinstance(source, nx.Graph):
        return donor_table(source.acts(), since, until).of(county)
    memo = derived(source)
    key = ("donor_table", since, until)
    if key not in memo:
        memo[key] = donor_table(acts(source), since, until)
    return memo[key].of(county)


#: the fields of a row of the entity level (``graphaid donors --entities``)
ENTITY_COLUMNS = (
    "donor",
    "donor_label",
    "recipient",
    "recipient_label",
    "via",
    "donor_hierarchy",
    "recipient_hierarchy",
    "evidence",
    "first_year",
    "last_year",
    "docs",
)


def donor_entities(
    source: nx.MultiDiGraph | Store,
    county: str | None = None,
    since: int | None = None,
    until: int | None = None,
) -> list[dict]:
    """The donor table entity by entity: one row per donor, recipient and way of helping (``via``).

    Every act of aid of the graph or store whose recipient lies in ``county`` (when given), with the number of
    documents telling it (``evidence``, counted as in the donor table), its years and documents. Unlike the
    region table nothing gives way to a finer donor: every entity that helps is listed.
    """
    within = one_place(county).code if county else None
    gz = gazetteer()
    found: dict[tuple[str, str, str], dict] = {}
    for act in acts(source) if isinstance(source, nx.Graph) else source.acts():
        region = act.recipient.region
        if within and not (region and region in gz.places and gz.is_within(region, within)):
            continue
        docs = act.docs(since, until)
        if not docs:
            continue
        row = found.setdefault(
            (act.donor.id, act.recipient.id, act.via),
            {
                "donor": act.donor.name,
                "donor_label": act.donor.label,
                "recipient": act.recipient.name,
                "recipient_label": act.recipient.label,
                "via": act.via,
                "donor_hierarchy": " › ".join(lineage(act.donor.region)),
                "recipient_hierarchy": " › ".join(lineage(act.recipient.region)),
                "evidence": 0,
                "years": set(),
                "docs": set(),
            },
        )
        row["evidence"] += len(docs)
        row["docs"] |= docs.keys()
        row["years"] |= {year for years in docs.values() for year in years}
    rows = []
    for row in found.values():
        years = row.pop("years")
        rows.append({**row, "first_year": min(years, default=None), "last_year": max(years, default=None)})
        rows[-1]["docs"] = sorted(row["docs"])
    order = ("recipient_hierarchy", "recipient", "donor_hierarchy", "donor", "via")
    return sorted(rows, key=lambda r: tuple(r[k] for k in order))


@dataclass(slots=True)
class DonorTable:
    """The donor -> recipient table, and every place -> the rows whose recipient lies in it."""

    rows: list[DonorRow]
    by_place: dict[str, list[DonorRow]]

    def of(self, county: str | None = None) -> list[DonorRow]:
        """The rows whose recipient lies in the place called ``county`` (all rows without one)."""
        if not county:
            return list(self.rows)
        return list(self.by_place.get(one_place(county).code, ()))


def donor_table(aid: Iterable[Act], since: int | None = None, until: int | None = None) -> DonorTable:
    """The donor region -> recipient region table of some acts of aid, at the finest level each document states.

    Every act counts once per document that tells it (both steps of a two-step act): that is a row's
    ``evidence``. A donor and a recipient stand for their division (a place itself, an institution's region);
    an act within one division, or from a division to one it lies in, is no row. A whole government (某市卫健委
    helps 某县) keeps its row beside the finer donors a document names for the same recipient (某区's hospital
    helps 某县). A regiment farm of the Corps stands for its division (asking for the farm finds those rows).
    ``hospitals`` are the hospitals among the rows' donors and recipients.
    """
    gz = gazetteer()
    per_doc: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    for act in aid:
        donor, recipient = _division_of(act.donor.region), _division_of(act.recipient.region)
        # a code the division table does not know (a graph made by hand) has no lineage to give a row
        if donor not in gz.places or recipient not in gz.places or donor == recipient:
            continue
        if gz.is_within(donor, recipient):
            continue
        for doc, years in act.docs(since, until).items():
            entry = per_doc[doc].setdefault(
                (donor, recipient), {"hospitals": set(), "count": 0, "regional": True, "years": set(), "farms": set()}
            )
            entry["count"] += 1
            if act.recipient.region != recipient:
                entry["farms"].add(act.recipient.region)
            entry["years"] |= years
            for end in (act.donor, act.recipient):
                if end.label == Label.HOSPITAL:
                    entry["hospitals"].add(end.name)
            if act.donor.label not in PLACES and act.donor.label != Label.AGENCY:
                entry["regional"] = False
    rows: dict[tuple[str, str], DonorRow] = {}
    # (a regiment farm asked for finds the rows of its division that aid to it made)
    farms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for doc, pairs in per_doc.items():
        for (donor, recipient), entry in _finest(pairs).items():
            row = rows.get((donor, recipient))
            if row is None:
                row = rows[(donor, recipient)] = DonorRow(
                    gz.places[donor].name,
                    gz.places[recipient].name,
                    donor,
                    recipient,
                    lineage(donor),
                    lineage(recipient),
                )
            for farm in entry["farms"]:
                farms[farm].add((donor, recipient))
            row.hospitals |= entry["hospitals"]
            row.evidence += entry["count"]
            row.docs.add(doc)
            row.years |= entry["years"]
    ordered = sorted(rows.values(), key=lambda r: (r.recipient_hierarchy, r.donor_hierarchy))
    by_place: dict[str, list[DonorRow]] = defaultdict(list)
    for row in ordered:
        for place in gz.lineage(row.recipient_code):
            by_place[place.code].append(row)
    for farm, keys in farms.items():
        by_place[farm] = [rows[key] for key in sorted(keys, key=lambda k: (rows[k].donor_hierarchy, k))]
    return DonorTable(ordered, dict(by_place))


def _division_of(code: str | None) -> str | None:
    """The division a region stands for in the table: a regiment farm of the Corps (of a township's rank, though
    the division table's model places it as a county) stands for its division."""
    return code[: len(code) - _REGIMENT_DIGITS] if code and is_regiment(code) else code


_REGIMENT_DIGITS = 3


def _finest(pairs: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
    """One document's pairs at the finest level each statement gives.

    An institution's whole-province recipient (某学院附属医院 -> 宁夏) gives way to the finer one it also names
    (-> 某县). Each donor the document states keeps its row: a whole government (天津市卫健委 helps 某县) stands
    beside the finer donors the same document names for the same recipient (某区's hospital helps 某县), as
    both are said of it; region-to-region statements (广东 -> 贵州) stand.
    """
    gz = gazetteer()
    return {
        (d, r): e
        for (d, r), e in pairs.items()
        if e["regional"]
        or gz.places[r].level is not Label.PROVINCE
        or not any(d2 == d and r2 != r and gz.is_within(r2, r) for d2, r2 in pairs)
    }


def describe(graph: nx.MultiDiGraph, node: str) -> dict:
    """One entity: its hierarchy, aliases, relationships and the sentences behind them."""
    data = graph.nodes[node]
    gz = gazetteer()
    region = region_of(graph, node)
    hierarchy = lineage(region)
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
    if data["label"] in PLACES:
        entity["institutions"] = institutions_in(graph, data["code"])
        entity["pairs"] = [
            row.as_dict()
            for row in donors(graph)
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
