"""Building: parallel builds equal serial ones, interrupted builds resume, nothing is read twice."""

from pathlib import Path

import networkx as nx
import pytest

from graphaid.graph import load_graph, node_link, save_graph
from graphaid.pipeline import build
from graphaid.questions import donors

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seeds_build_answers_which_donors_serve_which_counties(seeds_graph):
    rows = {(r.donor_region, r.recipient_region) for r in donors(seeds_graph)}
    assert ("宁海县", "晴隆县") in rows
    assert ("荔湾区", "七星关区") in rows


@pytest.mark.parametrize("chunk", [2, 32])
def test_two_workers_build_exactly_the_graph_one_builds(seeds_graph, monkeypatch, chunk):
    # with chunks of 2 the five articles are split across both workers, each running the recogniser on its own mix
    monkeypatch.setattr("graphaid.pipeline.CHUNK", chunk)
    parallel, report = build([SEEDS], workers=2)
    assert len(report.read) == 5
    assert node_link(parallel) == node_link(seeds_graph)


def test_an_interrupted_build_resumes_without_redoing_finished_articles(tmp_path, seeds_graph):
    saved = tmp_path / "g.json"
    seen = []

    def stop_after_three(doc_id):
        seen.append(doc_id)
        if len(seen) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([SEEDS], on_file=stop_after_three, checkpoint=saved, checkpoint_every=1, checkpoint_seconds=0)
    partial = load_graph(saved)
    assert len(partial.graph["documents"]) == 3
    resumed, report = build([SEEDS], graph=partial, checkpoint=saved)
    assert len(report.unchanged) == 3 and len(report.read) == 2
    assert nx.utils.graphs_equal(resumed, seeds_graph)
    assert sorted(resumed.nodes) == sorted(seeds_graph.nodes)


def test_a_saved_graph_loads_back_equal(tmp_path, seeds_graph):
    save_graph(seeds_graph, tmp_path / "g.json")
    assert node_link(load_graph(tmp_path / "g.json")) == node_link(seeds_graph)


def test_loading_a_graph_leaves_the_garbage_collector_on(tmp_path, seeds_graph):
    import gc

    from graphaid.graph import GraphFileError

    saved = tmp_path / "g.json"
    save_graph(seeds_graph, saved)
    load_graph(saved)
    assert gc.isenabled()
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GraphFileError):
        load_graph(tmp_path / "bad.json")
    assert gc.isenabled()
