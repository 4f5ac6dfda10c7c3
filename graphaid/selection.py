"""What a map shows: the graph filtered by province, label and relationship type, around a focus entity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graphaid.model import Label
from graphaid.places import gazetteer
from graphaid.schema import AID_TYPES, find_entities, find_places, region_of

_PART_HINT = "add --contains to find the entities whose name contains it"


@dataclass(slots=True)
class Selection:
    """A subgraph to draw and the nodes it is centred on (empty when not focused)."""

    graph: nx.MultiDiGraph
    focus: list[str] = field(default_factory=list)


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    labels: Iterable[str] = (),
    types: Iterable[str] = (),
    province: str | None = None,
    contains: bool = False,
) -> Selection:
    """Filter the graph, then keep the neighbourhood of ``focus`` (a name or alias; with ``contains``, every
    entity whose name contains it) within ``hops`` steps.

    ``province`` keeps what lies in the province, the experts and departments working there and their direct
    aid partners, wherever those are (so the map shows who serves the province). ``labels`` keeps nodes of these
    labels; ``types`` keeps relationships of these types and drops the nodes left without any. Raises
    LookupError, with a message for the user, when a name matches nothing.
    """
    keep = set(graph)
    if province:
        keep = _province_part(graph, province)
    labels = {str(label) for label in labels}
    if labels:
        keep = {n for n in keep if graph.nodes[n]["label"] in labels}
    view = graph.subgraph(keep)
    types = {str(rel) for rel in types}
    if types:
        view = view.edge_subgraph([(u, v, k) for u, v, k, d in view.edges(keys=True, data=True) if d["type"] in types])
    centre: list[str] = []
    if focus:
        centre = find_entities(view, focus, contains=contains)
        if not centre:
            if find_entities(graph, focus, contains=contains):
                raise LookupError(f"{focus!r} is in the graph but not in this map; loosen --label/--type/--province")
            raise LookupError(f"nothing called {focus!r} in the graph" + ("" if contains else f"; {_PART_HINT}"))
        undirected = view.to_undirected(as_view=True)
        near: set[str] = set()
        for node in centre:
            near |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=max(hops, 0)))
        view = view.subgraph(near)
    return Selection(view.copy(), centre)


def _province_part(graph: nx.MultiDiGraph, name: str) -> set[str]:
    gz = gazetteer()
    codes = {p.code for p in find_places(name) if p.level is Label.PROVINCE}
    if not codes:
        raise LookupError(f"no province called {name!r} in the division table (try its full name, e.g. 贵州省)")

    def inside(node: str) -> bool:
        region = region_of(graph, node)
        return bool(region) and region in gz.places and any(gz.is_within(region, code) for code in codes)

    keep = {n for n in graph if inside(n)}
    # experts and departments have no place of their own: they go with the institutions they work in
    for node in list(keep):
        for other in nx.all_neighbors(graph, node):
            if not region_of(graph, other):
                keep.add(other)
    partners = set()
    for node in keep:
        for _, other, data in graph.out_edges(node, data=True):
            if data["type"] in AID_TYPES:
                partners.add(other)
        for other, _, data in graph.in_edges(node, data=True):
            if data["type"] in AID_TYPES:
                partners.add(other)
    return keep | partners
