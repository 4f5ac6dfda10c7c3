"""Interactive HTML maps of the aid graph (pyvis / vis-network): one self-contained file that works offline.

The page inlines vis-network from the copy inside the pyvis package and makes no request at all (its
Content-Security-Policy forbids every fetch and every script but its own two). Node ids are generated numbers;
names, aliases and sentences travel only as JSON data, drawn on the canvas or shown as tooltip text, never as
HTML. Positions are computed beforehand (graphaid.layout) and physics is off, so the page is still once drawn.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import networkx as nx

from graphaid.coords import division_coordinates, project, province_outlines, unproject
from graphaid.layout import GeoLayout, geo_positions, network_positions
from graphaid.model import Label, Rel
from graphaid.places import gazetteer
from graphaid.schema import region_of

VIS_VERSION = "9.1.2"
FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

#: label -> (vis-network shape, colour)
LABEL_STYLE: dict[str, tuple[str, str]] = {
    Label.PROVINCE: ("hexagon", "#2b4c7e"),
    Label.CITY: ("diamond", "#4a7fc1"),
    Label.COUNTY: ("square", "#2a9d8f"),
    Label.HOSPITAL: ("dot", "#d1495b"),
    Label.AGENCY: ("star", "#8d6a9f"),
    Label.EXPERT: ("triangle", "#f08a24"),
    Label.DEPARTMENT: ("triangleDown", "#6c757d"),
}
#: relationship type -> (colour, width, dashed)
TYPE_STYLE: dict[str, tuple[str, float, bool]] = {
    Rel.PAIRS_WITH: ("#d62839", 2.5, False),
    Rel.SENDS: ("#f08a24", 1.6, False),
    Rel.POSTED_TO: ("#e0a800", 1.6, False),
    Rel.FOUNDED: ("#7b2cbf", 1.6, False),
    Rel.PART_OF: ("#8a94a6", 1.2, False),
    Rel.LOCATED_IN: ("#b8c1cc", 1.0, True),
}
TYPE_NAMES = {
    Rel.PAIRS_WITH: "pairs with (帮扶)",
    Rel.SENDS: "sends expert",
    Rel.POSTED_TO: "expert posted to",
    Rel.FOUNDED: "founded department",
    Rel.PART_OF: "department part of",
    Rel.LOCATED_IN: "located in",
}
UNKNOWN_STYLE = ("ellipse", "#999999")
#: label font sizes on the geographic map: people and units get small labels that appear as one zooms in
GEO_FONT_SIZE = {Label.PROVINCE: 20, Label.CITY: 17, Label.COUNTY: 16, Label.HOSPITAL: 15, Label.AGENCY: 14}
#: above this many relationships lines are drawn straight and hidden while dragging, to keep the page fluid
LARGE = 3000
CROWDED = 500
MAX_SENTENCES = 5
MAX_SENTENCE_CHARS = 240


@dataclass(frozen=True, slots=True)
class MapStats:
    """What a written map holds."""

    path: Path
    nodes: int
    edges: int
    unplaced: int = 0


def write_map(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    geo: bool = False,
    title: str | None = None,
    focus: list[str] | tuple[str, ...] = (),
) -> MapStats:
    """Write the graph as one self-contained HTML map: the network map, or the geographic one with ``geo``."""
    html, unplaced = _render(graph, geo=geo, title=title, focus=focus)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return MapStats(path, graph.number_of_nodes(), graph.number_of_edges(), unplaced)


def render_html(
    graph: nx.MultiDiGraph,
    *,
    geo: bool = False,
    title: str | None = None,
    focus: list[str] | tuple[str, ...] = (),
) -> str:
    """The HTML of a map (see write_map)."""
    return _render(graph, geo=geo, title=title, focus=focus)[0]


def _render(graph: nx.MultiDiGraph, *, geo: bool, title: str | None, focus) -> tuple[str, int]:
    if geo:
        layout = geo_positions(graph)
        positions, notes, decor = layout.positions, layout.notes, _geo_decor(graph, layout)
    else:
        positions, notes, decor = network_positions(graph), {}, None
        layout = None
    net = build_network(graph, positions, notes=notes, focus=focus, geo=geo)
    html = page_html(graph, net, title or default_title(geo), geo=geo, decor=decor)
    return html, len(layout.unplaced) if layout else 0


def page_html(graph: nx.MultiDiGraph, net, title: str, *, geo: bool, decor: dict | None, note: str = "") -> str:
    """The map page of a pyvis Network drawn from ``graph`` (its legend counts), with drawings behind it."""
    from markupsafe import Markup

    net.heading = title
    vis_nodes, vis_edges, heading, _height, _width, _options = net.get_network_data()
    payload = {"nodes": vis_nodes, "edges": vis_edges, "options": net.options, "decor": decor, "font": FONT}
    vis_js, page_js = _asset("vis-network.min.js"), _page_js()
    return _template().render(
        title=heading,
        node_count=len(vis_nodes),
        edge_count=len(vis_edges),
        legend_labels=_legend_labels(graph),
        legend_types=_legend_types(graph),
        geo=geo,
        note=note,
        outlines=bool(decor and decor.get("outlines")),
        payload=_json_for_html(payload),
        vis_js=Markup(vis_js),
        vis_css=Markup(_asset("vis-network.css")),
        page_js=Markup(page_js),
        font_css=Markup(FONT),
        script_hashes=Markup(" ".join(_csp_hash(s) for s in (vis_js, page_js))),
        pyvis_version=version("pyvis"),
        vis_version=VIS_VERSION,
    )


def default_title(geo: bool) -> str:
    return "graphaid · who serves whom, on the map" if geo else "graphaid · aid network"


def build_network(
    graph: nx.MultiDiGraph,
    positions: dict[str, tuple[float, float]],
    *,
    notes: dict[str, str] | None = None,
    focus: list[str] | tuple[str, ...] = (),
    geo: bool = False,
):
    """A pyvis Network of the graph at the given positions: styled nodes and edges with text tooltips.

    Nodes get generated ids (0, 1, ...); a node's names are in its ``names`` field for the search box.
    Nodes and edges are appended to pyvis's lists directly: ``Network.add_edge`` scans every node per edge,
    which takes seconds on a graph of thousands.
    """
    from pyvis.edge import Edge as VisEdge
    from pyvis.network import Network
    from pyvis.node import Node as VisNode

    notes = notes or {}
    focus = set(focus)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    ids = {node: i for i, node in enumerate(sorted(graph))}
    degree = dict(graph.degree())
    for node, i in ids.items():
        data = graph.nodes[node]
        shape, colour = LABEL_STYLE.get(data["label"], UNKNOWN_STYLE)
        x, y = positions[node]
        options = {
            "title": node_tooltip(graph, node, notes.get(node)),
            "color": colour,
            "size": min(8 + 4 * math.sqrt(degree[node]), 48),
            "x": round(x, 1),
            "y": round(y, 1),
            "names": [data["name"], *data.get("aliases", ())],
            "kind": data["label"],
        }
        if geo:
            options["font"] = {"size": GEO_FONT_SIZE.get(data["label"], 12)}
        if node in focus:
            options.update(borderWidth=4, color={"background": colour, "border": "#111111"}, font={"size": 20})
        vis = VisNode(i, shape, data["name"], **options)
        net.nodes.append(vis.options)
        net.node_ids.append(i)
        net.node_map[i] = vis.options
    for j, (u, v, data) in enumerate(sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"]))):
        colour, width, dashed = TYPE_STYLE.get(data["type"], ("#999999", 1.0, False))
        vis = VisEdge(
            ids[u],
            ids[v],
            directed=True,
            id=j,
            color=colour,
            width=width,
            dashes=dashed,
            title=edge_tooltip(graph, u, v, data),
            kind=data["type"],
        )
        net.edges.append(vis.options)
    net.options = _options(graph.number_of_nodes(), graph.number_of_edges(), geo)
    return net


def _options(node_count: int, edge_count: int, geo: bool) -> dict:
    large = edge_count > LARGE
    # on a crowded map, labels appear only once zoomed in far enough to read them
    label_threshold = 11 if node_count > CROWDED else 5
    if geo:
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
    elif large:
        smooth = {"enabled": False}
    else:
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.12}
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": True,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"face": FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": label_threshold}},
        },
        "edges": {
            "smooth": smooth,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
    }


def node_tooltip(graph: nx.MultiDiGraph, node: str, note: str | None = None) -> str:
    """Plain text: name, label, aliases, where (province › prefecture › county, code), documents, evidence."""
    data = graph.nodes[node]
    lines = [data["name"], f"{data['label']} · {graph.degree(node)} relationships"]
    if data.get("aliases"):
        lines.append("aliases: " + "、".join(data["aliases"]))
    where = _where(graph, node)
    if where:
        lines.append("where: " + where)
    if note:
        lines.append("position: " + note)
    if data.get("docs"):
        lines.append("documents: " + ", ".join(data["docs"]))
    evidence = []
    for edges in (graph.out_edges(node, data=True), graph.in_edges(node, data=True)):
        for _, _, edge in edges:
            evidence.extend(edge.get("evidence", ()))
    lines.extend(_evidence_lines(evidence, graph.graph.get("documents", {})))
    return "\n".join(lines)


def edge_tooltip(graph: nx.MultiDiGraph, source: str, target: str, data: dict) -> str:
    """Plain text: donor → recipient, the relationship, its date and the sentences it was read from."""
    kind = f"{data['type']} ({TYPE_NAMES.get(data['type'], data['type'])})"
    lines = [
        f"{graph.nodes[source]['name']} → {graph.nodes[target]['name']}",
        kind + (f" · {data['date']}" if data.get("date") else ""),
    ]
    lines.extend(_evidence_lines(data.get("evidence", ()), graph.graph.get("documents", {})))
    return "\n".join(lines)


def _evidence_lines(evidence, documents: dict) -> list[str]:
    """The sentences behind a node or relationship, each with its document's id, date, title and outlet."""
    seen: dict[tuple[str, str], dict] = {}
    for record in evidence:
        seen.setdefault((record["doc"], record["sentence"]), record)
    if not seen:
        return []
    lines = ["evidence:"]
    for record in list(seen.values())[:MAX_SENTENCES]:
        sentence = record["sentence"]
        if len(sentence) > MAX_SENTENCE_CHARS:
            sentence = sentence[: MAX_SENTENCE_CHARS - 1] + "…"
        date = f", {record['date']}" if record.get("date") else ""
        source = documents.get(record["doc"], {})
        cited = " · ".join(source[key] for key in ("title", "outlet") if source.get(key))
        lines.append(f"• [{record['doc']}{date}] {sentence}" + (f" ({cited})" if cited else ""))
    if len(seen) > MAX_SENTENCES:
        lines.append(f"… and {len(seen) - MAX_SENTENCES} more sentences (graphaid show NAME)")
    return lines


def _where(graph: nx.MultiDiGraph, node: str) -> str | None:
    code = region_of(graph, node)
    if not code:
        return None
    gz = gazetteer()
    names = [p.name for p in gz.lineage(code)] if code in gz.places else list(graph.nodes[node].get("hierarchy", ()))
    return f"{' › '.join(names)} ({code})" if names else code


def _legend_labels(graph: nx.MultiDiGraph) -> list[dict]:
    counts = Counter(d["label"] for _, d in graph.nodes(data=True))
    out = []
    for label, (shape, colour) in LABEL_STYLE.items():
        if counts.get(label):
            out.append({"name": str(label), "shape": shape, "color": colour, "count": counts[label]})
    return out


def _legend_types(graph: nx.MultiDiGraph) -> list[dict]:
    counts = Counter(d["type"] for _, _, d in graph.edges(data=True))
    out = []
    for rel, (colour, _width, dashed) in TYPE_STYLE.items():
        if counts.get(rel):
            out.append({"name": TYPE_NAMES[rel], "color": colour, "dashes": dashed, "count": counts[rel]})
    return out


def _geo_decor(graph: nx.MultiDiGraph, layout: GeoLayout) -> dict:
    """Canvas drawings behind the geographic map: province outlines, a 5° graticule, province names, the
    no-coordinates box."""
    decor: dict = {"outlines": [], "lines": [], "texts": [], "boxes": []}
    placed = [p for n, p in layout.positions.items() if n not in set(layout.unplaced)]
    if placed:
        (west, north), (east, south) = (
            unproject(min(p[0] for p in placed), min(p[1] for p in placed)),
            unproject(max(p[0] for p in placed), max(p[1] for p in placed)),
        )
        west, east = 5 * math.floor((west - 2) / 5), 5 * math.ceil((east + 2) / 5)
        south, north = 5 * math.floor((south - 2) / 5), 5 * math.ceil((north + 2) / 5)
        decor["outlines"] = outlines_within(west, south, east, north)
        for lon in range(west, east + 1, 5):
            (x1, y1), (x2, y2) = project(lon, south), project(lon, north)
            decor["lines"].append([x1, y1, x2, y2])
            decor["texts"].append(_text(x1, y1 + 18, f"{lon}°E", 13, "#9aa3b0"))
        for lat in range(south, north + 1, 5):
            (x1, y1), (x2, y2) = project(west, lat), project(east, lat)
            decor["lines"].append([x1, y1, x2, y2])
            decor["texts"].append(_text(x1 - 8, y1 + 4, f"{lat}°N", 13, "#9aa3b0", "right"))
        gz = gazetteer()
        drawn = {d.get("code") for _, d in graph.nodes(data=True)}
        for code, (lon, lat) in division_coordinates().items():
            place = gz.places.get(code)
            inside = west <= lon <= east and south <= lat <= north
            if place and place.level is Label.PROVINCE and code not in drawn and inside:
                x, y = project(lon, lat)
                decor["texts"].append(_text(x, y, place.name, 30, "rgba(110, 122, 140, 0.28)"))
    if layout.box:
        x, y, w, h = layout.box
        decor["boxes"].append({"x": x, "y": y, "w": w, "h": h, "text": f"no coordinates ({len(layout.unplaced)})"})
    return decor


def outlines_within(west: float, south: float, east: float, north: float) -> list[list[float]]:
    """The province outlines (graphaid.coords.province_outlines) that reach into a box of longitudes and
    latitudes, projected onto the canvas: each ring a flat list x1, y1, x2, y2, ..."""
    rings = []
    for polygons in province_outlines().values():
        for ring in polygons:
            lons, lats = [p[0] for p in ring], [p[1] for p in ring]
            if max(lons) < west or min(lons) > east or max(lats) < south or min(lats) > north:
                continue
            rings.append([round(v, 1) for lon, lat in ring for v in project(lon, lat)])
    return rings


def _text(x: float, y: float, text: str, size: int, colour: str, align: str = "center") -> dict:
    return {"x": x, "y": y, "text": text, "size": size, "color": colour, "align": align}


@cache
def _asset(name: str) -> str:
    """A vis-network file from the copy that ships inside the pyvis package (no CDN, no download)."""
    return files("pyvis").joinpath("templates", "lib", f"vis-{VIS_VERSION}", name).read_text(encoding="utf-8")


@cache
def _page_js() -> str:
    return files("graphaid.data").joinpath("map.js").read_text(encoding="utf-8")


@cache
def _template():
    from jinja2 import Environment

    text = files("graphaid.data").joinpath("map.html").read_text(encoding="utf-8")
    return Environment(autoescape=True).from_string(text)


def _json_for_html(value) -> str:
    """JSON that is safe inside a <script> data block: no '<', '>', '&' or quote survives unescaped."""
    from markupsafe import Markup

    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027")):
        text = text.replace(char, escape)
    return Markup(text)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
