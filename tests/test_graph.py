"""The graph file: validated when read, written whole with its permissions kept, locked while a build writes it."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.graph import (
    GraphFileError,
    GraphLockedError,
    load_graph,
    lock_graph,
    node_link,
    quick_path,
    remove_document,
    save_graph,
)
from graphaid.resolve import add_extraction

PAIRING = (
    "2021年3月，吴江区第三人民医院与若尔盖县人民医院签订对口帮扶协议，派出专家赵明远医生赴若尔盖县人民医院开展帮扶。"
)
OTHER = "2022年6月，漠河市人民医院对口帮扶昭苏县人民医院，选派专家钱晓峰医生赴昭苏县人民医院工作。"


def _graph(*texts: str) -> nx.MultiDiGraph:
    from graphaid.graph import new_graph

    graph = new_graph()
    for i, text in enumerate(texts):
        add_extraction(graph, extract(document_from_text(f"d{i}.txt", text)))
    return graph


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ("[]", "is list"),
        ("null", "is null"),
        ('[{"donor_region": "某市", "recipient_region": "某县"}]', "is list"),
        ('{"graph": {"schema": 1}, "nodes": [{"id": "x", "label": "Hospital"}], "edges": []}', "no 'name'"),
        ('{"graph": {"schema": 1}, "nodes": [{"id": "x", "name": "某院"}], "edges": []}', "no 'label'"),
        ('{"graph": {"schema": 1}, "nodes": [], "edges": [{"source": "a", "target": "b"}]}', "joins nodes"),
        ('{"nodes": [], "edges": []}', "no schema"),
    ],
)
def test_a_graph_file_of_the_wrong_shape_is_one_line_naming_the_file(tmp_path, content, what):
    path = tmp_path / "wrong.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=what) as caught:
        load_graph(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
    for command in (["donors"], ["show", "某院"], ["export"], ["query", "donors_ranked"], ["map", "-o", "m.html"]):
        result = CliRunner().invoke(main, [*command, "--graph", str(path)])
        assert result.exit_code == 1, command
        assert "Traceback" not in result.output and str(path) in result.output
        assert result.output.startswith("Error:") and len(result.output.strip().splitlines()) == 1


def test_the_output_of_donors_json_is_refused_as_a_graph(tmp_path):
    graph_file = tmp_path / "g.json"
    save_graph(_graph(PAIRING), graph_file)
    rows = CliRunner().invoke(main, ["donors", "--graph", str(graph_file), "--format", "json"]).output
    (tmp_path / "rows.json").write_text(rows, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", "若尔盖", "--graph", str(tmp_path / "rows.json")])
    assert result.exit_code == 1 and "not a graphaid graph file" in result.output


def test_a_save_keeps_the_graph_files_permissions(tmp_path):
    path = tmp_path / "g.json"
    save_graph(_graph(PAIRING), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o640)
    save_graph(_graph(PAIRING, OTHER), path)
    assert path.stat().st_mode & 0o777 == 0o640


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_build_into_a_locked_graph_says_another_build_holds_it(tmp_path):
    (tmp_path / "a.txt").write_text(PAIRING, encoding="utf-8")
    path = tmp_path / "g.json"
    with lock_graph(path):
        result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--graph", str(path)])
        with pytest.raises(GraphLockedError), lock_graph(path):
            pass
    assert result.exit_code == 1 and "another build is writing this graph" in result.output
    assert not path.exists()
    assert CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--graph", str(path)]).exit_code == 0


def test_two_builds_at_once_into_one_graph_lose_nothing(tmp_path):
    # two real processes: the second either waits its turn (and then adds its article) or is refused; it never
    # silently overwrites the first one's articles
    for name, text in (("a", PAIRING), ("b", OTHER)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(text * 40, encoding="utf-8")
    path = tmp_path / "g.json"
    command = [str(Path(sys.executable).parent / "graphaid"), "build", "--graph", str(path), "-q"]
    runs = [subprocess.Popen([*command, str(tmp_path / n)], stderr=subprocess.PIPE, text=True) for n in "ab"]
    results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    succeeded = [code == 0 for code, _ in results]
    refused = [code == 1 and "another build is writing this graph" in err for code, err in results]
    assert all(ok or no for ok, no in zip(succeeded, refused, strict=True)), results
    assert len(load_graph(path).graph["documents"]) == sum(succeeded)


def test_the_quick_copy_is_read_only_while_it_is_the_json_files_twin(tmp_path):
    path = tmp_path / "g.json"
    save_graph(_graph(PAIRING), path)
    assert quick_path(path).exists()
    assert node_link(load_graph(path)) == node_link(_graph(PAIRING))
    # the JSON replaced by another program: the quick copy is stale and must not be read
    time.sleep(0.01)
    path.write_text(json.dumps(node_link(_graph(OTHER)), ensure_ascii=False), encoding="utf-8")
    assert node_link(load_graph(path)) == node_link(_graph(OTHER))


def test_a_quick_copy_that_names_a_class_is_not_run(tmp_path):
    import pickle

    path = tmp_path / "g.json"
    save_graph(_graph(PAIRING), path)
    quick_path(path).write_bytes(pickle.dumps(("stamp", os.system, [], [])))
    assert node_link(load_graph(path)) == node_link(_graph(PAIRING))


def test_removing_a_document_takes_out_what_only_it_stated(tmp_path):
    both = _graph(PAIRING, OTHER)
    remove_document(both, "d1.txt")
    alone = _graph(PAIRING)
    assert sorted(both.nodes) == sorted(alone.nodes)
    assert sorted(both.edges(keys=True)) == sorted(alone.edges(keys=True))
    assert all(e["doc"] == "d0.txt" for _, _, ev in both.edges(data="evidence") for e in ev or [])


def test_a_build_whose_save_the_system_refuses_leaves_the_old_graph_whole(tmp_path):
    """A full disk, as the kernel's file-size limit gives it: one line, no traceback, the graph as it was."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(PAIRING, encoding="utf-8")
    graph = tmp_path / "g.json"
    save_graph(_graph(OTHER), graph)
    before = graph.read_bytes()

    def small_disk():
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with an error instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 200, len(before) + 200))

    done = subprocess.run(
        [sys.executable, "-c", "from graphaid.cli import main; main()", "build", str(articles), "--graph", str(graph)],
        preexec_fn=small_disk,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert str(graph) in done.stderr and "could not be written" in done.stderr
    assert graph.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_records_of_one_entity_merge_under_the_fullest_name_with_the_others_as_aliases():
    from graphaid.graph import add_node, new_graph
    from graphaid.model import Label, node

    graph = new_graph()
    hospital = add_node(graph, node(Label.HOSPITAL, "青禾医院", "青禾", doc="a.txt"))
    add_node(graph, node(Label.HOSPITAL, "云州市青禾医院", "青禾", {"青禾院"}, {"region": "1"}, doc="b.txt"))
    add_node(graph, node(Label.HOSPITAL, "青禾医院", "青禾", {"云州青禾医院"}, {"region": "2"}, doc="c.txt"))
    assert graph.nodes[hospital] == {
        "label": "Hospital",
        "name": "云州市青禾医院",
        "aliases": ["云州青禾医院", "青禾医院", "青禾院"],
        "docs": ["a.txt", "b.txt", "c.txt"],
        "region": "1",
    }
    # a fuller name known so far only as an alias still becomes the name when a text gives it as the name
    known = add_node(graph, node(Label.HOSPITAL, "禾医院", "禾", {"远山县禾医院"}, doc="a.txt"))
    add_node(graph, node(Label.HOSPITAL, "远山县禾医院", "禾", doc="b.txt"))
    assert (graph.nodes[known]["name"], graph.nodes[known]["aliases"]) == ("远山县禾医院", ["禾医院"])
    # an expert keeps the name first read
    expert = add_node(graph, node(Label.EXPERT, "林一", "林一|青禾", doc="a.txt"))
    add_node(graph, node(Label.EXPERT, "林一帆", "林一|青禾", doc="b.txt"))
    assert (graph.nodes[expert]["name"], graph.nodes[expert]["aliases"]) == ("林一", ["林一帆"])


def test_a_graph_file_written_before_the_records_changed_loads_and_grows_like_a_new_one(tmp_path):
    """tests/data/graph_before_records.json: ``graphaid build d0.txt`` (PAIRING) written by graphaid as it was
    before nodes and edges went from the extractor to the store as the graph's own attribute dicts."""
    import shutil

    from graphaid.pipeline import build

    old = tmp_path / "old.json"
    shutil.copy(Path(__file__).parent / "data" / "graph_before_records.json", old)
    articles = [tmp_path / "d0.txt", tmp_path / "d1.txt"]
    for path, text in zip(articles, (PAIRING, OTHER), strict=True):
        path.write_text(text, encoding="utf-8")
    grown, report = build(articles, load_graph(old))
    assert len(report.unchanged) == 1 and len(report.read) == 1  # the old file's article is not read again
    fresh, _ = build(articles)
    assert node_link(grown)["nodes"] == node_link(fresh)["nodes"]
    assert node_link(grown)["edges"] == node_link(fresh)["edges"]
