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


def test_a_build_leaves_the_collectors_thresholds_as_it_found_them():
    # a one-worker build collects rarely while it extracts; a program calling it keeps its own settings
    import gc

    before = gc.get_threshold()
    build([SEEDS])
    assert gc.get_threshold() == before


PAIRING = "2021年3月，吴江区第三人民医院与若尔盖县人民医院签订对口帮扶协议，派出专家赵明远医生赴若尔盖县开展帮扶。"
OTHER = "2022年6月，漠河市人民医院对口帮扶昭苏县人民医院，选派专家钱晓峰医生赴昭苏县人民医院工作。"


def _names(graph) -> set[str]:
    return {name for _, name in graph.nodes(data="name")}


def test_the_same_articles_reached_through_a_parent_folder_are_not_read_again(tmp_path, seeds_graph):
    import shutil

    shutil.copytree(SEEDS, tmp_path / "corpus" / "seeds")
    graph, _ = build([tmp_path / "corpus" / "seeds"])
    graph, report = build([tmp_path / "corpus"], graph=graph)
    assert len(report.unchanged) == 5 and not report.read
    assert node_link(graph)["edges"] == node_link(build([tmp_path / "corpus" / "seeds"])[0])["edges"]
    assert all(len(meta["paths"]) == 1 for meta in graph.graph["documents"].values())


def test_two_files_of_one_name_in_two_folders_are_two_documents(tmp_path):
    for folder, text in (("north", PAIRING), ("south", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    graph, report = build([tmp_path / "north", tmp_path / "south"])
    assert len(report.read) == 2 and len(graph.graph["documents"]) == 2
    where = {meta["paths"][0].rsplit("/", 2)[-2] for meta in graph.graph["documents"].values()}
    assert where == {"north", "south"}
    for _, _, evidence in graph.edges(data="evidence"):
        for record in evidence or []:
            folder = graph.graph["documents"][record["doc"]]["paths"][0].rsplit("/", 2)[-2]
            assert record["sentence"] in (PAIRING if folder == "north" else OTHER)


def test_an_edited_article_replaces_its_old_versions_facts(tmp_path):
    article = tmp_path / "in" / "news.txt"
    article.parent.mkdir()
    article.write_text(PAIRING, encoding="utf-8")
    graph, _ = build([article.parent])
    assert "吴江区第三人民医院" in _names(graph)
    article.write_text(OTHER, encoding="utf-8")
    graph, report = build([article.parent], graph=graph)
    assert len(report.replaced) == 1 and len(report.read) == 1
    assert "吴江区第三人民医院" not in _names(graph) and "漠河市人民医院" in _names(graph)
    assert node_link(graph) == node_link(build([article.parent])[0])
    assert len(graph.graph["documents"]) == 1


def test_a_moved_article_is_not_read_again_and_keeps_its_id(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAIRING, encoding="utf-8")
    graph, first = build([tmp_path / "in"])
    (tmp_path / "in" / "a.txt").rename(tmp_path / "in" / "b.txt")
    (tmp_path / "in" / "a.txt").write_text(OTHER, encoding="utf-8")
    graph, report = build([tmp_path / "in"], graph=graph)
    assert report.unchanged == first.read and not report.replaced
    assert {"吴江区第三人民医院", "漠河市人民医院"} <= _names(graph)


def test_a_long_article_is_extracted_in_parts_with_the_facts_of_each_part(tmp_path):
    from graphaid.pipeline import PART_CHARS

    filler = "会议还听取了各科室的工作汇报并对下一步工作进行了安排。" * (PART_CHARS // 25)
    (tmp_path / "long.txt").write_text(PAIRING + "\n" + filler + "\n" + OTHER + "\n", encoding="utf-8")
    graph, report = build([tmp_path / "long.txt"])
    assert len(report.read) == 1
    assert {"吴江区第三人民医院", "漠河市人民医院", "昭苏县人民医院"} <= _names(graph)
    text = (tmp_path / "long.txt").read_text(encoding="utf-8")
    for _, _, evidence in graph.edges(data="evidence"):
        for record in evidence or []:
            assert text[record["start"] : record["end"]] == record["sentence"]


def test_an_article_over_its_time_budget_is_skipped_with_a_reason(tmp_path):
    from graphaid.pipeline import PART_CHARS

    filler = "帮扶工作组在县人民医院开展义诊，专家团队对口支援卫生院。" * (PART_CHARS // 5)
    (tmp_path / "huge.txt").write_text(PAIRING + "\n" + filler, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(OTHER, encoding="utf-8")
    graph, report = build([tmp_path], max_seconds=0.05)
    assert len(report.read) == 1
    [skipped] = report.skipped
    assert skipped.path.endswith("huge.txt") and "extraction took longer than 0.05 s" in skipped.reason
    assert "吴江区第三人民医院" not in _names(graph)


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_is_reported_article_by_article_while_a_chunk_is_extracted(monkeypatch, workers):
    # the five seeds are one chunk: merged all at once, but the bar should move as each is extracted
    monkeypatch.setattr("graphaid.pipeline.PROGRESS_SECONDS", 0.01)
    events: list = []
    build([SEEDS], workers=workers, on_progress=events.append, on_file=lambda _: events.append("merged"))
    before_merging = events[: events.index("merged")]
    assert sum(before_merging) == 5
    assert len(before_merging) >= (5 if workers == 1 else 2), events


@pytest.mark.parametrize("long", [False, True])
def test_an_article_the_extractor_fails_on_is_skipped_with_the_error_and_the_others_are_kept(
    tmp_path, monkeypatch, long
):
    from graphaid import extract as extraction
    from graphaid.pipeline import PART_CHARS

    real = extraction.extract

    def failing(doc, *args, **kwargs):
        if "故障" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(extraction, "extract", failing)
    filler = "会议还听取了各科室的工作汇报并对下一步工作进行了安排。" * (PART_CHARS // 25) if long else ""
    (tmp_path / "a.txt").write_text(PAIRING, encoding="utf-8")
    (tmp_path / "b.txt").write_text(filler + "\n故障" + OTHER, encoding="utf-8")
    events: list = []
    graph, report = build([tmp_path], on_progress=events.append)
    [skipped] = report.skipped
    assert skipped.path.endswith("b.txt") and "IndexError: list index out of range" in skipped.reason
    assert "吴江区第三人民医院" in _names(graph) and "漠河市人民医院" not in _names(graph)
    assert sum(events) == 2
