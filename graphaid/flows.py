"""The province → province flow map: who serves whom across the whole country, whatever the size of the graph.

Each arc goes from a donor province to a recipient province and is as wide as the number of donor → recipient
pairs between them in ``graphaid.questions.donors`` (the table at the finest level the texts state). The page is
drawn by graphaid.render over the province outlines, so it is as self-contained and offline as the other maps.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from graphaid.coords import locate, project
from graphaid.model import Label, Rel, node_id
from graphaid.places import gazetteer

if TYPE_CHECKING:
    from graphaid.questions import DonorRow

#: China's extent (longitude, latitude): the outlines drawn behind the flows
CHINA = (73.0, 17.0, 136.0, 54.0)
# canvas units: the whole country is drawn at about a tenth of its size, so widths and fonts are large
MIN_WIDTH, MAX_WIDTH = 5.0, 45.0
NODE_FONT, ARC_FONT = 64, 52
MAX_LISTED = 12


@dataclass(frozen=True, slots=True)
class FlowStats:
    """What a flow map holds: provinces drawn, arcs between them, donor → recipient pairs behind the arcs."""

    provinces: int
    arcs: int
    pairs: int


def province_flows(rows: Iterable[DonorRow]) -> nx.MultiDiGraph:
    """A graph of provinces with one PAIRS_WITH edge per donor province → recipient province, from the donor table's
    rows (``questions.donors``; the map draws an answer, it does not ask the question); each edge's ``rows`` are the
    donor → recipient rows behind it. Pairs within one province are kept on the province's node."""
    gz = gazetteer()
    flows = nx.MultiDiGraph()
    flows.graph["documents"] = {}
    by_pair: dict[tuple[str, str], list[DonorRow]] = defaultdict(list)
    for row in rows:
        donor, recipient = gz.lineage(row.donor_code)[0], gz.lineage(row.recipient_code)[0]
        for province in (donor, recipient):
            node = node_id(Label.PROVINCE, province.code)
            if node not in flows:
                flows.add_node(
                    node, label=str(Label.PROVINCE), name=province.name, code=province.code, aliases=[], within=[]
                )
        if donor.code == recipient.code:
            flows.nodes[node_id(Label.PROVINCE, donor.code)]["within"].append(row)
        else:
            by_pair[(donor.code, recipient.code)].append(row)
    for (donor, recipient), behind in sorted(by_pair.items()):
        flows.add_edge(
            node_id(Label.PROVINCE, donor),
            node_id(Label.PROVINCE, recipient),
            key=str(Rel.PAIRS_WITH),
            type=str(Rel.PAIRS_WITH),
            evidence=[],
            rows=behind,
        )
    return flows


def render_flows(rows: Iterable[DonorRow], title: str | None = None) -> tuple[str, FlowStats]:
    """The HTML of the flow map of the donor table's rows, and what it holds."""
    from graphaid.render import build_network, outlines_within, page_html

    flows = province_flows(rows)
    positions = {}
    for node, code in flows.nodes(data="code"):
        where = locate(code)
        positions[node] = project(where.lon, where.lat) if where else (0.0, 0.0)
    net = build_network(flows, positions, geo=True)
    ids = {node: i for i, node in enumerate(sorted(flows))}  # build_network's numbering
    nodes = {i: node for node, i in ids.items()}
    names = {i: flows.nodes[node]["name"] for node, i in ids.items()}
    for vis in net.nodes:
        vis["title"] = _province_tooltip(flows, nodes[vis["id"]])
        vis["size"] = 28
        vis["font"] = {"size": NODE_FONT, "strokeWidth": 8}
    most = max((len(rows) for *_, rows in flows.edges(data="rows")), default=1)
    edges = {(ids[u], ids[v]): rows for u, v, rows in flows.edges(data="rows")}
    for vis in net.edges:
        rows = edges[(vis["from"], vis["to"])]
        vis["width"] = round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * math.sqrt(len(rows) / most), 1)
        vis["label"] = str(len(rows))
        vis["font"] = {"size": ARC_FONT, "strokeWidth": 10, "color": "#8c1c28"}
        vis["title"] = _arc_tooltip(names[vis["from"]], names[vis["to"]], rows)
    decor = {"outlines": outlines_within(*CHINA), "lines": [], "texts": [], "boxes": []}
    pairs = sum(len(rows) for rows in edges.values()) + sum(len(w) for _, w in flows.nodes(data="within"))
    note = (
        "Each arc goes from a donor province to a recipient province, as wide as the number of donor → recipient "
        "pairs between them (graphaid donors); its number says how many. Hover an arc for the pairs."
    )
    html = page_html(flows, net, title or "graphaid · province → province aid", geo=True, decor=decor, note=note)
    return html, FlowStats(flows.number_of_nodes(), flows.number_of_edges(), pairs)


def write_flows(rows: Iterable[DonorRow], path: str | Path, title: str | None = None) -> FlowStats:
    """Write the flow map of the donor table's rows as one self-contained HTML page."""
    html, stats = render_flows(rows, title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return stats


def _pair_lines(rows: list[DonorRow]) -> list[str]:
    lines = []
    for row in rows[:MAX_LISTED]:
        years = f", {row.first_year}–{row.last_year}" if row.first_year else ""
        lines.append(
            f"• {' › '.join(row.donor_hierarchy)} → {' › '.join(row.recipient_hierarchy)} "
            f"({row.evidence} statements{years})"
        )
    if len(rows) > MAX_LISTED:
        lines.append(f"… and {len(rows) - MAX_LISTED} more (graphaid donors)")
    return lines


def _arc_tooltip(donor: str, recipient: str, rows: list[DonorRow]) -> str:
    return "\n".join([f"{donor} → {recipient}", f"{len(rows)} donor → recipient pairs", *_pair_lines(rows)])


def _province_tooltip(flows: nx.MultiDiGraph, node: str) -> str:
    data = flows.nodes[node]
    gives = sum(len(rows) for *_, rows in flows.out_edges(node, data="rows"))
    receives = sum(len(rows) for *_, rows in flows.in_edges(node, data="rows"))
    lines = [data["name"], f"gives {gives} pairs to other provinces, receives {receives}"]
    if data["within"]:
        lines += [f"{len(data['within'])} pairs within the province:", *_pair_lines(data["within"])]
    return "\n".join(lines)
