"""Corrections that survive rebuilds: each kind applied, kept through rebuilds, written by the CLI; user errors."""

import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.corrections import Correction, apply_corrections, corrections_path, load_corrections
from graphaid.graph import load_graph, node_link
from graphaid.pipeline import build

# invented articles: real county names (the division table places them), invented hospitals and people
ARTICLES = {
    "a.txt": "2021年3月，德清县第二人民医院与松潘县人民医院签订对口帮扶协议，派出专家林晓东医生赴松潘县人民医院帮扶。",
    "b.txt": "2022年5月，德清二院对口帮扶松潘县人民医院，选派专家苏文海医生赴松潘县人民医院工作。",
    "c.txt": "2023年8月，长汀县中医院对口支援黑水县人民医院，选派专家郑秋实医生赴黑水县人民医院工作。",
}
LATER = "2024年4月，德清二院继续对口帮扶松潘县人民医院，选派专家何立平医生赴松潘县人民医院工作。"


def corpus(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def node_named(graph, name: str) -> str:
    found = [n for n, d in graph.nodes(data=True) if d["name"] == name]
    assert len(found) == 1, (name, found)
    return found[0]


def names(graph) -> set[str]:
    return {d["name"] for _, d in graph.nodes(data=True)}


def edge_between(graph, source: str, target: str, rel: str) -> dict | None:
    return graph.get_edge_data(node_named(graph, source), node_named(graph, target), rel)


@pytest.fixture
def built(tmp_path):
    """A graph of the three articles (its file, and the folder of the articles)."""
    articles = corpus(tmp_path / "articles")
    graph_file = tmp_path / "aid.graph.json"
    result = run("build", str(articles), "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    return graph_file, articles


EVERY_KIND = [
    ("merge", "德清二院", "德清县第二人民医院"),
    ("reject", "长汀县中医院", "黑水县人民医院", "--type", "PAIRS_WITH", "--doc", "c.txt"),
    ("alias", "长汀县中医院", "长汀中医"),
    ("rename", "林晓东", "林小东"),
    ("split", "松潘县人民医院", "松潘县第二人民医院", "--doc", "b.txt"),
    ("place", "德清二院", "长汀县"),
]


def test_every_correction_kind_is_applied(built):
    graph_file, _ = built
    for args in EVERY_KIND:
        result = run("correct", *args, "--graph", str(graph_file))
        assert result.exit_code == 0, result.output
    graph = load_graph(graph_file)
    # merge: one hospital, the other name an alias, the second article's expert sent by it
    kept = graph.nodes[node_named(graph, "德清县第二人民医院")]
    assert "德清二院" not in names(graph) and "德清二院" in kept["aliases"]
    assert edge_between(graph, "德清县第二人民医院", "苏文海", "SENDS")
    # place: set after the merge, on the hospital the merged name now stands for
    assert kept["region"] == "350821"
    # reject: the pair is gone, what else the article says stays
    assert edge_between(graph, "长汀县中医院", "黑水县人民医院", "PAIRS_WITH") is None
    assert edge_between(graph, "长汀县中医院", "郑秋实", "SENDS")
    # alias and rename
    assert "长汀中医" in graph.nodes[node_named(graph, "长汀县中医院")]["aliases"]
    assert "林晓东" not in names(graph) and "林晓东" in graph.nodes[node_named(graph, "林小东")]["aliases"]
    # split: the second article's facts about the recipient belong to the entity split off
    second = node_named(graph, "松潘县第二人民医院")
    assert [d.split("#")[0] for d in graph.nodes[second]["docs"]] == ["b.txt"]
    assert edge_between(graph, "苏文海", "松潘县第二人民医院", "POSTED_TO")
    assert edge_between(graph, "苏文海", "松潘县人民医院", "POSTED_TO") is None
    assert edge_between(graph, "林小东", "松潘县人民医院", "POSTED_TO")


def test_corrections_survive_a_rebuild_and_a_fresh_build_gives_the_same_graph(built, tmp_path):
    graph_file, articles = built
    for args in EVERY_KIND:
        assert run("correct", *args, "--graph", str(graph_file)).exit_code == 0
    corrected = node_link(load_graph(graph_file))
    result = run("build", str(articles), "--graph", str(graph_file))
    assert result.exit_code == 0 and "corrections: 6 from" in result.output
    assert node_link(load_graph(graph_file)) == corrected
    fresh = tmp_path / "fresh.json"
    corrections = corrections_path(graph_file)
    result = run("build", str(articles), "--graph", str(fresh), "--corrections", str(corrections))
    assert result.exit_code == 0, result.output
    assert node_link(load_graph(fresh)) == corrected


def test_an_incremental_build_applies_the_corrections_to_new_articles(built, tmp_path):
    graph_file, articles = built
    for args in EVERY_KIND:
        assert run("correct", *args, "--graph", str(graph_file)).exit_code == 0
    (articles / "d.txt").write_text(LATER, encoding="utf-8")
    result = run("build", str(articles), "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    graph = load_graph(graph_file)
    assert "德清二院" not in names(graph)
    assert edge_between(graph, "德清县第二人民医院", "何立平", "SENDS")
    # the same as building the four articles at once with the corrections
    fresh = tmp_path / "fresh.json"
    run("build", str(articles), "--graph", str(fresh), "--corrections", str(corrections_path(graph_file)))
    assert node_link(load_graph(fresh)) == node_link(graph)


def test_show_says_which_corrections_touched_an_entity(built):
    graph_file, _ = built
    run("correct", "alias", "长汀县中医院", "长汀中医", "--graph", str(graph_file))
    result = run("show", "长汀中医", "--graph", str(graph_file))
    assert "corrected: alias 长汀中医 for 长汀县中医院" in result.output
    untouched = run("show", "黑水县人民医院", "--graph", str(graph_file))
    assert "corrected" not in untouched.output
    as_json = json.loads(run("show", "长汀县中医院", "--graph", str(graph_file), "--json").output)
    assert as_json[0]["corrections"] == ["alias 长汀中医 for 长汀县中医院"]


def test_the_cli_writes_a_toml_file_beside_the_graph_once_per_correction(built):
    graph_file, _ = built
    run("correct", "reject", "长汀县中医院", "黑水县人民医院", "--doc", "c.txt", "--graph", str(graph_file))
    again = run("correct", "reject", "长汀县中医院", "黑水县人民医院", "--doc", "c.txt", "--graph", str(graph_file))
    assert again.exit_code == 0 and "already in" in again.output
    path = graph_file.with_name("aid.corrections.toml")
    written = tomllib.loads(path.read_text(encoding="utf-8"))
    (doc,) = [d for d in load_graph(graph_file).graph["documents"] if d.startswith("c.txt#")]
    assert written == {"reject": [{"source": "长汀县中医院", "target": "黑水县人民医院", "doc": doc}]}
    assert len(written["reject"]) == 1
    # what the user wrote in the file by hand stays when the CLI adds to it
    path.write_text("# checked by hand\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    run("correct", "alias", "长汀县中医院", "长汀中医", "--graph", str(graph_file))
    assert path.read_text(encoding="utf-8").startswith("# checked by hand\n")
    assert [c.kind for c in load_corrections(path)] == ["reject", "alias"]


def test_an_institution_is_placed_by_division_code_and_leaves_its_old_place(built):
    graph_file, _ = built
    result = run("correct", "place", "长汀县中医院", "513224", "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    graph = load_graph(graph_file)
    hospital = node_named(graph, "长汀县中医院")
    assert graph.nodes[hospital]["region"] == "513224"
    assert [graph.nodes[t]["name"] for _, t, k in graph.out_edges(hospital, keys=True) if k == "LOCATED_IN"] == [
        "松潘县"
    ]
    assert "长汀县" not in names(graph)  # nothing lies there any more and no article names it


def test_a_relationship_is_rejected_by_the_id_show_prints(built):
    graph_file, _ = built
    shown = run("show", "郑秋实", "--graph", str(graph_file)).output
    (relation,) = re.findall(r"\((\w+:SENDS:\w+)\)", shown)
    result = run("correct", "reject", "--id", relation, "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    assert edge_between(load_graph(graph_file), "长汀县中医院", "郑秋实", "SENDS") is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("merge", "甲乙丙医院", "德清县第二人民医院"), "'甲乙丙医院' matches nothing in the graph"),
        (("place", "德清二院", "不存在县"), "is no province, prefecture or county"),
        (("place", "德清二院", "鼓楼区"), "give the fuller name or the code"),
        (("place", "松潘县", "德清县"), "only hospitals and agencies are placed"),
        (("merge", "松潘县", "黑水县"), "cannot be merged"),
        (("split", "松潘县人民医院", "松潘县第二人民医院", "--doc", "nowhere.txt"), "'nowhere.txt' names no document"),
        (("reject", "长汀县中医院", "松潘县人民医院"), "no such relationship"),
        (("reject", "长汀县中医院", "某某县医院"), "'某某县医院' matches nothing in the graph"),
    ],
)
def test_a_correction_that_matches_nothing_is_refused_in_one_line(built, args, message):
    graph_file, _ = built
    result = run("correct", *args, "--graph", str(graph_file))
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not graph_file.with_name("aid.corrections.toml").exists()


def test_an_ambiguous_name_is_refused_with_the_ids_to_choose_from(tmp_path):
    # two experts of one name, sent by two hospitals, are two entities
    twins = {**ARTICLES, "d.txt": "2024年4月，德清县第二人民医院选派专家郑秋实医生赴松潘县人民医院工作，开展对口帮扶。"}
    graph_file = tmp_path / "aid.json"
    run("build", str(corpus(tmp_path / "articles", twins)), "--graph", str(graph_file))
    experts = [n for n, d in load_graph(graph_file).nodes(data=True) if d["name"] == "郑秋实"]
    assert len(experts) == 2
    result = run("correct", "rename", "郑秋实", "郑秋石", "--graph", str(graph_file))
    assert result.exit_code == 1 and "names 2 entities" in result.output
    assert all(expert in result.output for expert in experts)
    result = run("correct", "rename", experts[0], "郑秋石", "--graph", str(graph_file))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[merge]]\nname = "甲"\ninto = \n', "not a valid TOML file"),
        ('[[merge]]\nname = "甲"\n', "lacks 'into'"),
        ('[[marge]]\nname = "甲"\n', "unknown correction kind [[marge]]"),
        ('[[reject]]\nsource = "甲"\n', "needs either 'id' or both 'source' and 'target'"),
        ('[[alias]]\nname = "甲"\nalias = 3\n', "'alias' must be a non-empty string"),
    ],
)
def test_a_malformed_corrections_file_stops_the_build_before_it_starts(built, text, message):
    graph_file, articles = built
    graph_file.with_name("aid.corrections.toml").write_text(text, encoding="utf-8")
    before = graph_file.read_bytes()
    result = run("build", str(articles), "--graph", str(graph_file))
    assert result.exit_code == 1 and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert graph_file.read_bytes() == before


def test_a_correction_that_no_longer_matches_is_reported_on_rebuild(built):
    graph_file, articles = built
    run("correct", "reject", "长汀县中医院", "黑水县人民医院", "--doc", "c.txt", "--graph", str(graph_file))
    run("correct", "rename", "郑秋实", "郑秋石", "--graph", str(graph_file))
    (articles / "c.txt").unlink()  # the article goes: nothing names its entities any more
    result = CliRunner().invoke(main, ["build", str(articles), "--graph", str(graph_file), "--fresh"])
    assert result.exit_code == 0, result.output
    assert "rename 郑秋实 to 郑秋石: '郑秋实' matches nothing in the graph" in result.output
    assert "is not in the graph" in result.output  # the rejected pair's document
    assert "corrections: 2 from" in result.output and "2 matching nothing" in result.output


def test_correct_list_says_which_corrections_match_nothing(built):
    graph_file, _ = built
    run("correct", "alias", "长汀县中医院", "长汀中医", "--graph", str(graph_file))
    path = graph_file.with_name("aid.corrections.toml")
    path.write_text(path.read_text(encoding="utf-8") + '[[merge]]\nname = "甲乙丙"\ninto = "长汀县中医院"\n', "utf-8")
    before = graph_file.read_bytes()
    result = run("correct", "list", "--graph", str(graph_file))
    assert result.output.splitlines() == [
        "merge 甲乙丙 into 长汀县中医院  -- matches nothing: '甲乙丙' matches nothing in the graph",
        "alias 长汀中医 for 长汀县中医院",
    ]
    assert graph_file.read_bytes() == before


def test_a_correction_removed_from_the_file_is_reported_until_a_fresh_build(built):
    graph_file, articles = built
    run("correct", "alias", "长汀县中医院", "长汀中医", "--graph", str(graph_file))
    graph_file.with_name("aid.corrections.toml").write_text("", encoding="utf-8")
    result = run("build", str(articles), "--graph", str(graph_file))
    assert "alias 长汀中医 for 长汀县中医院: removed from the corrections" in result.output
    assert "--fresh" in result.output
    result = run("build", str(articles), "--graph", str(graph_file), "--fresh")
    assert "removed from the corrections" not in result.output
    assert "长汀中医" not in load_graph(graph_file).nodes[node_named(load_graph(graph_file), "长汀县中医院")]["aliases"]


def test_the_library_applies_corrections_as_the_cli_does(tmp_path):
    corrections = [Correction.make("merge", name="德清二院", into="德清县第二人民医院")]
    graph, report = build([corpus(tmp_path / "articles")], corrections=corrections)
    assert "德清二院" not in names(graph) and report.corrections == []
    assert apply_corrections(graph, [Correction.make("alias", name="甲乙丙", alias="丁")]) == [
        "alias 丁 for 甲乙丙: '甲乙丙' matches nothing in the graph; fix or remove this correction",
        "merge 德清二院 into 德清县第二人民医院: removed from the corrections, but applied to the graph before; "
        "build again with --fresh to undo it",
    ]


def test_the_corrections_file_sits_beside_the_graph():
    assert corrections_path("data/aid.graph.json") == Path("data/aid.corrections.toml")
    assert corrections_path("aidgraph.json") == Path("aidgraph.corrections.toml")
