"""The province → province flow map, province outlines under the geographic map, and advice for large maps."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from mapgraphs import evidence, hospital

from graphaid.cli import main
from graphaid.coords import province_outlines
from graphaid.flows import province_flows, render_flows
from graphaid.graph import add_edge, add_node, new_graph, save_graph
from graphaid.model import Label, Rel, node
from graphaid.places import gazetteer
from graphaid.questions import donors
from graphaid.render import render_html

# one donor county in Jiangsu serving two counties of Guizhou and one of Gansu (codes; names from the table)
DONOR, GUIZHOU_A, GUIZHOU_B, GANSU = "320481", "520527", "520521", "620725"


def flows_graph():
    graph = new_graph()
    donor = hospital(graph, "青禾仁和医院", DONOR)
    for i, code in enumerate((GUIZHOU_A, GUIZHOU_B, GANSU)):
        recipient = hospital(graph, f"远山第{i + 1}医院", code, f"n{i}.txt")
        add_edge(graph, donor, recipient, Rel.PAIRS_WITH, evidence(f"青禾仁和医院帮扶远山第{i + 1}医院。", f"n{i}.txt"))
    return graph


def drawn(html: str) -> dict:
    return json.loads(re.search(r'id="graph-data">(.*?)</script>', html, re.S).group(1))


def province(code: str) -> str:
    return gazetteer().lineage(code)[0].name


def test_arcs_join_provinces_and_are_as_wide_as_their_pairs():
    html, stats = render_flows(donors(flows_graph()))
    data = drawn(html)
    names = {node["id"]: node["label"] for node in data["nodes"]}
    arcs = {(names[e["from"]], names[e["to"]]): e for e in data["edges"]}
    jiangsu, guizhou, gansu = province(DONOR), province(GUIZHOU_A), province(GANSU)
    assert set(arcs) == {(jiangsu, guizhou), (jiangsu, gansu)}
    assert arcs[(jiangsu, guizhou)]["label"] == "2" and arcs[(jiangsu, gansu)]["label"] == "1"
    assert arcs[(jiangsu, guizhou)]["width"] > arcs[(jiangsu, gansu)]["width"]
    tooltip = arcs[(jiangsu, guizhou)]["title"]
    assert tooltip.splitlines()[:2] == [f"{jiangsu} → {guizhou}", "2 donor → recipient pairs"]
    assert gazetteer().places[GUIZHOU_B].name in tooltip
    assert (stats.provinces, stats.arcs, stats.pairs) == (3, 2, 3)


def test_pairs_within_one_province_stay_on_its_node():
    graph = flows_graph()
    city = hospital(graph, "江畔中心医院", "320400")  # the donor county's own prefecture
    add_edge(graph, city, next(n for n, d in graph.nodes(data=True) if d["name"] == "青禾仁和医院"), Rel.PAIRS_WITH,
             evidence("江畔中心医院帮扶青禾仁和医院。", "n9.txt"))  # fmt: skip
    flows = province_flows(donors(graph))
    assert all(u != v for u, v in flows.edges())
    jiangsu = next(d for _, d in flows.nodes(data=True) if d["code"] == "320000")
    assert [row.recipient_code for row in jiangsu["within"]] == [DONOR]


def test_flow_map_draws_the_whole_country_under_the_arcs():
    data = drawn(render_flows(donors(flows_graph()))[0])
    assert len(data["decor"]["outlines"]) >= len(province_outlines()) == 34


def test_geo_map_draws_the_outlines_of_the_provinces_it_shows():
    graph = new_graph()
    hospital(graph, "远山第一医院", GANSU)
    outlines = drawn(render_html(graph, geo=True))["decor"]["outlines"]
    whole = drawn(render_flows(donors(flows_graph()))[0])["decor"]["outlines"]
    assert 0 < len(outlines) < len(whole)  # the province and its neighbours, not the whole country
    assert all(len(ring) >= 8 and len(ring) % 2 == 0 for ring in outlines)


def test_outlines_are_shipped_with_their_licence():
    from importlib.resources import files

    licence = files("graphaid.data").joinpath("province_outlines.LICENSE.txt").read_text(encoding="utf-8")
    assert "DCW-GMT" in licence and "GNU LESSER GENERAL PUBLIC LICENSE" in licence
    assert set(province_outlines()) == {p.code for p in gazetteer().places.values() if p.level is Label.PROVINCE}


def test_map_flows_command_writes_the_flow_map(tmp_path):
    save_graph(flows_graph(), tmp_path / "aid.json")
    out = tmp_path / "flows.html"
    result = CliRunner().invoke(main, ["map", "--graph", str(tmp_path / "aid.json"), "--flows", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "flow map of 3 provinces, 2 arcs and 3 donor -> recipient pairs" in result.output
    assert len(drawn(out.read_text(encoding="utf-8"))["edges"]) == 2
    refused = CliRunner().invoke(main, ["map", "--graph", str(tmp_path / "aid.json"), "--flows", "--focus", "青禾"])
    assert refused.exit_code == 1 and "--flows draws the whole country" in refused.output


def test_a_map_of_thousands_of_nodes_suggests_a_smaller_view(tmp_path):
    graph = new_graph()
    for i in range(3001):
        add_node(graph, node(Label.EXPERT, f"专家{i}", f"专家{i}"))
    save_graph(graph, tmp_path / "big.json")
    result = CliRunner().invoke(main, ["map", "--graph", str(tmp_path / "big.json"), "-o", str(tmp_path / "big.html")])
    assert result.exit_code == 0, result.output
    assert "3,001 nodes are more than a browser draws comfortably: try --focus NAME" in result.output
    save_graph(flows_graph(), tmp_path / "small.json")
    small = CliRunner().invoke(main, ["map", "--graph", str(tmp_path / "small.json"), "-o", str(tmp_path / "s.html")])
    assert small.exit_code == 0 and "more than a browser" not in small.output
