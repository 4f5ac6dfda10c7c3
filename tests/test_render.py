import json
import math
import re

import pytest
from mapgraphs import HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_TITLE, aid_graph, hostile_graph

from graphaid.coords import locate, project
from graphaid.layout import geo_positions, network_positions
from graphaid.render import edge_tooltip, node_tooltip, render_html, write_map


def embedded(html: str) -> dict:
    """The graph data a page carries."""
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def by_name(graph, name):
    return next(n for n, d in graph.nodes(data=True) if d["name"] == name)


@pytest.mark.parametrize("geo", [False, True])
def test_map_carries_every_node_and_edge_with_generated_ids(geo):
    graph = aid_graph()
    data = embedded(render_html(graph, geo=geo))
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert sorted(n["id"] for n in data["nodes"]) == list(range(graph.number_of_nodes()))
    assert {n["label"] for n in data["nodes"]} == {d["name"] for _, d in graph.nodes(data=True)}
    assert all(e["arrows"] == "to" for e in data["edges"])


def test_edges_point_from_donor_to_recipient():
    data = embedded(render_html(aid_graph()))
    name = {n["id"]: n["label"] for n in data["nodes"]}
    pairs = {(name[e["from"]], name[e["to"]]) for e in data["edges"] if e["kind"] == "PAIRS_WITH"}
    assert ("象山县第一医院", "望谟县人民医院") in pairs
    assert ("望谟县人民医院", "象山县第一医院") not in pairs


def test_page_asks_for_nothing_outside_itself():
    html = render_html(aid_graph())
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:|//)""", html, re.I)
    assert "@import" not in html
    assert "jsdelivr" not in html and "cdnjs" not in html
    assert "default-src 'none'" in html
    assert "vis.Network" in html  # vis-network itself is inlined


def test_hostile_names_never_reach_the_page_as_markup():
    graph = hostile_graph()
    html = render_html(graph, title=HOSTILE_TITLE)
    for text in (HOSTILE_IMG, HOSTILE_SCRIPT, "<script>window.__xss_title", "<a href", "<svg onload"):
        assert text not in html
    assert html.count("</script>") == 3  # vis-network, the data block, the page script
    assert "&lt;script&gt;window.__xss_title=1&lt;/script&gt;标题" in html
    labels = {n["label"] for n in embedded(html)["nodes"]}
    assert {HOSTILE_IMG, HOSTILE_SCRIPT} <= labels  # still shown, as text


def test_node_tooltip_gives_name_aliases_hierarchy_code_and_evidence_with_document():
    graph = aid_graph()
    graph.nodes[by_name(graph, "望谟县人民医院")]["aliases"] = ["望谟县医院"]
    text = node_tooltip(graph, by_name(graph, "望谟县人民医院"))
    assert text.splitlines()[0] == "望谟县人民医院"
    assert "望谟县医院" in text
    assert "贵州省 › 黔西南布依族苗族自治州 › 望谟县 (522326)" in text
    assert "[a.txt, 2019-07-30] 象山县第一医院对口帮扶望谟县人民医院。" in text


def test_edge_tooltip_gives_direction_type_date_and_sentence():
    graph = aid_graph()
    u, v = by_name(graph, "象山县第一医院"), by_name(graph, "望谟县人民医院")
    text = edge_tooltip(graph, u, v, graph.edges[u, v, "PAIRS_WITH"])
    assert text.splitlines()[0] == "象山县第一医院 → 望谟县人民医院"
    assert "PAIRS_WITH" in text and "2019-07-30" in text
    assert "象山县第一医院对口帮扶望谟县人民医院。" in text


def test_network_layout_is_computed_beforehand_and_physics_is_off():
    graph = aid_graph()
    data = embedded(render_html(graph))
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float | int) and isinstance(n["y"], float | int) for n in data["nodes"])
    assert network_positions(graph) == network_positions(graph)  # the same picture every time
    points = list(network_positions(graph).values())
    assert len({(round(x), round(y)) for x, y in points}) == len(points)  # no two nodes on one spot


def test_geo_map_puts_places_at_their_coordinates_and_hospitals_beside_their_county():
    graph = aid_graph()
    layout = geo_positions(graph)
    pos = {graph.nodes[n]["name"]: p for n, p in layout.positions.items()}
    where = locate("522326")
    assert pos["望谟县"] == pytest.approx(project(where.lon, where.lat))
    assert pos["象山县"][0] > pos["望谟县"][0]  # Zhejiang east of Guizhou
    assert pos["天津市"][1] < pos["望谟县"][1]  # Tianjin north of Guizhou
    assert 0 < math.dist(pos["望谟县人民医院"], pos["望谟县"]) < 60
    assert math.dist(pos["新生儿科"], pos["望谟县人民医院"]) < 40  # department beside its hospital


def test_geo_map_keeps_entities_without_coordinates_grouped_in_a_box():
    graph = aid_graph()
    layout = geo_positions(graph)
    nowhere = by_name(graph, "某某医院")
    assert layout.unplaced == [nowhere]
    x, y, w, h = layout.box
    px, py = layout.positions[nowhere]
    assert x <= px <= x + w and y <= py <= y + h
    placed = [p for n, p in layout.positions.items() if n != nowhere]
    assert x + w < min(p[0] for p in placed)  # beside the map, not on it
    html = render_html(graph, geo=True)
    data = embedded(html)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert data["decor"]["boxes"][0]["text"] == "no coordinates (1)"


def test_write_map_reports_what_it_wrote(tmp_path):
    graph = aid_graph()
    stats = write_map(graph, tmp_path / "sub" / "m.html", geo=True)
    assert stats.path.exists()
    assert (stats.nodes, stats.edges, stats.unplaced) == (graph.number_of_nodes(), graph.number_of_edges(), 1)
