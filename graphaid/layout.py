"""Node positions for the maps, computed before drawing so the page is still as soon as it is drawn.

The network map uses igraph's Fruchterman-Reingold layout (0.5 s for 5,000 nodes, where networkx's
spring_layout takes about 35 s). The geographic map puts places at their coordinates (graphaid.coords),
hospitals and agencies in a ring around their place, experts and departments around the institution they work
in, and whatever has no coordinates in a labelled box beside the map, so nothing is dropped.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from statistics import median

import networkx as nx

from graphaid.coords import division_coordinates, locate, project
from graphaid.places import gazetteer
from graphaid.schema import ACT_PATHS, PLACES, region_of

Point = tuple[float, float]

#: typical distance in pixels between two linked nodes on the network map
EDGE_LENGTH = 150.0
# where an expert or department (the middle of a two-step act of aid) is drawn: beside the institution it works
# in, else the one it comes from
_TWO_STEP = [path for path in ACT_PATHS if path.second]
_ANCHORS = tuple((p.second, "out") for p in _TWO_STEP) + tuple((p.first, "in") for p in _TWO_STEP)


def network_positions(graph: nx.MultiDiGraph) -> dict[str, Point]:
    """A force-directed layout in pixels, the same every time for the same graph."""
    import igraph

    nodes = sorted(graph)
    if len(nodes) < 2:
        return {n: (0.0, 0.0) for n in nodes}
    if graph.number_of_edges() == 0:
        return _grid(nodes, 0.0, 0.0, EDGE_LENGTH, EDGE_LENGTH / 2)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    rng = random.Random(0)
    spread = math.sqrt(len(nodes))
    seed = [[rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in nodes]
    igraph.set_random_number_generator(rng)
    try:
        rounds = 500 if len(nodes) <= 1000 else 300  # fewer rounds keep a 5,000-node map under 2 s to write
        coords = igraph.Graph(n=len(nodes), edges=pairs).layout_fruchterman_reingold(seed=seed, niter=rounds).coords
    finally:
        igraph.set_random_number_generator(random)
    lengths = [math.dist(coords[a], coords[b]) for a, b in pairs]
    scale = EDGE_LENGTH / max(median(lengths), 1e-9) if lengths else EDGE_LENGTH
    return {n: (coords[i][0] * scale, coords[i][1] * scale) for n, i in index.items()}


@dataclass(slots=True)
class GeoLayout:
    """Positions on the geographic map, how each node was placed, and the box of nodes without coordinates."""

    positions: dict[str, Point] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    box: tuple[float, float, float, float] | None = None  # x, y, width, height


def geo_positions(graph: nx.MultiDiGraph) -> GeoLayout:
    """Places at their coordinates, institutions around their place, people and units around institutions."""
    layout = GeoLayout()
    gz = gazetteer()
    rings: dict[str, list[str]] = {}  # division code -> nodes drawn around its point
    for node, data in sorted(graph.nodes(data=True)):
        code = region_of(graph, node)
        where = locate(code)
        if where is None:
            continue
        if data["label"] in PLACES and where.exact:
            layout.positions[node] = project(where.lon, where.lat)
            continue
        rings.setdefault(where.code, []).append(node)
        if not where.exact:
            own = gz.places[code].name if code in gz.places else code
            layout.notes[node] = f"drawn at {gz.places[where.code].name}: no coordinates for {own}"
    for code, members in rings.items():
        lon, lat = division_coordinates()[code]
        layout.positions.update(_ring(members, project(lon, lat), 30.0, 24.0))
    _place_around_institutions(graph, layout)
    layout.unplaced = sorted(n for n in graph if n not in layout.positions)
    if layout.unplaced:
        _box_unplaced(layout)
    return layout


def _place_around_institutions(graph: nx.MultiDiGraph, layout: GeoLayout) -> None:
    """Experts and departments go beside the institution they work in (repeated for chains)."""
    changed = True
    while changed:
        changed = False
        around: dict[str, list[str]] = {}
        for node in sorted(graph):
            if node in layout.positions or region_of(graph, node):
                continue
            anchor = _anchor(graph, node, layout.positions)
            if anchor:
                around.setdefault(anchor, []).append(node)
        for anchor, members in around.items():
            layout.positions.update(_ring(members, layout.positions[anchor], 18.0, 16.0))
            for member in members:
                layout.notes[member] = f"drawn beside {graph.nodes[anchor]['name']}"
            changed = True


def _anchor(graph: nx.MultiDiGraph, node: str, placed: dict[str, Point]) -> str | None:
    for rel, direction in _ANCHORS:
        edges = graph.out_edges(node, data=True) if direction == "out" else graph.in_edges(node, data=True)
        for u, v, data in sorted(edges, key=lambda e: (e[0], e[1])):
            other = v if direction == "out" else u
            if data["type"] == rel and other in placed:
                return other
    return None


def _ring(members: list[str], centre: Point, radius: float, spacing: float) -> dict[str, Point]:
    """Members evenly around a point, the ring widening so neighbours stay ``spacing`` apart."""
    radius = max(radius, len(members) * spacing / (2 * math.pi))
    out = {}
    for i, member in enumerate(members):
        angle = -math.pi / 2 + 2 * math.pi * i / len(members)
        out[member] = (centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle))
    return out


def _grid(nodes: list[str], x0: float, y0: float, dx: float, dy: float) -> dict[str, Point]:
    columns = max(1, math.ceil(math.sqrt(len(nodes))))
    return {n: (x0 + (i % columns) * dx, y0 + (i // columns) * dy) for i, n in enumerate(nodes)}


def _box_unplaced(layout: GeoLayout) -> None:
    """A grid to the left of everything placed (at the origin when nothing is)."""
    dx, dy, margin = 130.0, 60.0, 80.0
    columns = max(1, math.ceil(math.sqrt(len(layout.unplaced))))
    rows = math.ceil(len(layout.unplaced) / columns)
    width, height = columns * dx, rows * dy
    if layout.positions:
        xs = [p[0] for p in layout.positions.values()]
        ys = [p[1] for p in layout.positions.values()]
        x0, y0 = min(xs) - margin - width, min(ys)
    else:
        x0, y0 = 0.0, 0.0
    layout.positions.update(_grid(layout.unplaced, x0 + dx / 2, y0 + dy / 2 + 30, dx, dy))
    layout.box = (x0, y0, width, height + 30)
