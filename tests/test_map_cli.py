import json
import re

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from mapgraphs import aid_graph

from graphaid.cli import main
from graphaid.graph import load_graph, save_graph


def drawn(path) -> dict:
    html = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="graph-data">(.*?)</script>', html, re.S).group(1))


@pytest.fixture()
def graph_file(tmp_path):
    path = tmp_path / "aid.json"
    save_graph(aid_graph(), path)
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_build_with_map_leaves_a_map_of_the_whole_graph_next_to_it(tmp_path):
    graph_path, map_path = tmp_path / "aidgraph.json", tmp_path / "aidgraph.html"
    result = run("build", SEEDS, "--graph", graph_path, "--map", map_path)
    assert result.exit_code == 0, result.output
    graph = load_graph(graph_path)
    data = drawn(map_path)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()


def test_map_command_writes_the_filtered_map(graph_file, tmp_path):
    out = tmp_path / "m.html"
    result = run("map", "--graph", graph_file, "-o", out, "--focus", "望谟县人民医院", "--type", "PAIRS_WITH")
    assert result.exit_code == 0, result.output
    assert {n["label"] for n in drawn(out)["nodes"]} == {"望谟县人民医院", "象山县第一医院"}
    assert "2 nodes and 1 relationships" in result.output


def test_geo_map_command_counts_what_has_no_coordinates(graph_file, tmp_path):
    result = run("map", "--graph", graph_file, "-o", tmp_path / "g.html", "--geo", "--label", "Hospital")
    assert result.exit_code == 0, result.output
    assert "1 without coordinates" in result.output


def test_focus_takes_part_of_a_name_only_with_contains(graph_file, tmp_path):
    part = "第一医"  # of 象山县第一医院, and no entity's whole name or alias
    assert run("map", "--graph", graph_file, "-o", tmp_path / "m.html", "--focus", part).exit_code == 1
    result = run("map", "--graph", graph_file, "-o", tmp_path / "m.html", "--focus", part, "--contains")
    assert result.exit_code == 0, result.output
    assert any(part in node["label"] for node in drawn(tmp_path / "m.html")["nodes"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "火星医院"], "nothing called '火星医院'"),
        (["--province", "火星"], "no province called '火星'"),
        (["--label", "Expert", "--type", "PAIRS_WITH"], "nothing left to draw"),
        (["--focus", "王宁", "--label", "Hospital"], "not in this map"),
    ],
)
def test_user_mistakes_get_one_line_and_no_traceback(graph_file, tmp_path, args, message):
    result = run("map", "--graph", graph_file, "-o", tmp_path / "m.html", *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "m.html").exists()


def test_unknown_label_is_refused_with_the_choices(graph_file, tmp_path):
    result = run("map", "--graph", graph_file, "-o", tmp_path / "m.html", "--label", "Village")
    assert result.exit_code == 2
    assert "Hospital" in result.output
