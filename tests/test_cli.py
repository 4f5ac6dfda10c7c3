"""The CLI end to end on the seed articles, on two invented ones and on bad input."""

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.graph import load_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def seeds_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("g") / "aid.json"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graph", str(path)])
    assert result.exit_code == 0, result.output
    return path


# two invented articles: an autonomous county's hospital under its short names, and a county helped by an agency
INVENTED = {
    "yinjiang.txt": "广州市增城区人民医院与铜仁印江土家族苗族自治县人民医院结成对口帮扶伙伴。"
    "2019年5月,增城区人民医院派出专家赴印江医院坐诊,帮助印江医院开设了新生儿科。",
    "shandan.txt": "天津市西青区卫生健康委员会对口支援甘肃省山丹县。"
    "2020年3月,天津市西青医院与山丹县人民医院签订对口帮扶协议,选派骨科专家赴山丹县人民医院驻点半年。",
}


@pytest.fixture(scope="module")
def invented_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("invented")
    for name, text in INVENTED.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "aid.json"
    result = CliRunner().invoke(main, ["build", str(folder), "--graph", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_build_prints_a_summary_of_documents_nodes_and_edges(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "--graph", str(tmp_path / "g.json")])
    assert result.exit_code == 0
    assert "5 documents read" in result.output
    assert "Hospital" in result.output and "PAIRS_WITH" in result.output


def test_a_graph_read_by_another_extractor_says_so_until_built_fresh(runner, tmp_path, invented_file):
    path = tmp_path / "aid.json"
    shutil.copy(invented_file, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["graph"]["extractor"]
    data["graph"]["extractor"] = "an-older-one"  # as after an upgrade of graphaid
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    folder = invented_file.parent
    again = runner.invoke(main, ["build", str(folder), "--graph", str(path)])
    assert again.exit_code == 0, again.output
    assert "2 articles" in again.output and "--fresh" in again.output
    fresh = runner.invoke(main, ["build", str(folder), "--graph", str(path), "--fresh"])
    assert fresh.exit_code == 0 and "--fresh" not in fresh.output
    assert runner.invoke(main, ["build", str(folder), "--graph", str(path)]).output.count("warning") == 0


def test_rebuilding_gives_the_same_ids_and_edges(runner, tmp_path, seeds_file):
    again = tmp_path / "again.json"
    runner.invoke(main, ["build", str(SEEDS), "--graph", str(again)])
    first, second = load_graph(seeds_file), load_graph(again)
    assert sorted(first.nodes) == sorted(second.nodes)
    assert sorted(first.edges(keys=True)) == sorted(second.edges(keys=True))


def test_building_twice_into_one_graph_changes_nothing(runner, tmp_path, seeds_file):
    path = tmp_path / "g.json"
    shutil.copy(seeds_file, path)
    result = runner.invoke(main, ["build", str(SEEDS), "--graph", str(path)])
    assert "5 unchanged" in result.output
    assert nx.utils.graphs_equal(load_graph(path), load_graph(seeds_file))


def test_adding_articles_keeps_what_the_graph_has(runner, tmp_path):
    path = tmp_path / "g.json"
    first = sorted(SEEDS.glob("*"))[:2]
    rest = sorted(SEEDS.glob("*"))[2:]
    runner.invoke(main, ["build", *map(str, first), "--graph", str(path)])
    before = load_graph(path)
    runner.invoke(main, ["build", *map(str, rest), "--graph", str(path)])
    after = load_graph(path)
    assert set(before.nodes) <= set(after.nodes)
    assert set(before.edges(keys=True)) <= set(after.edges(keys=True))
    assert len(after.graph["documents"]) == 5


def test_bad_files_are_skipped_with_a_reason_and_the_rest_is_read(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001*")), folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "latin.txt").write_bytes(b"\xff\xfe\xfa" * 3 + b"caf\xe9")
    (folder / "weather.txt").write_text("今天天气晴朗，气温二十度，适合出行。", encoding="utf-8")
    result = runner.invoke(main, ["build", str(folder), "--graph", str(tmp_path / "g.json")])
    assert result.exit_code == 0
    assert "Traceback" not in result.output
    for name in ("empty.txt", "binary.txt", "latin.txt", "weather.txt"):
        lines = [line for line in result.output.splitlines() if name in line]
        assert len(lines) == 1 and lines[0].startswith("skipped")
    assert "1 documents read" in result.output


def test_nothing_readable_is_an_error(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(tmp_path), "--graph", str(tmp_path / "g.json")])
    assert result.exit_code != 0
    assert "no article could be read" in result.output
    assert not (tmp_path / "g.json").exists()


def test_missing_graph_file_says_how_to_make_one(runner, tmp_path):
    result = runner.invoke(main, ["donors", "--graph", str(tmp_path / "none.json")])
    assert result.exit_code != 0
    assert "graphaid build" in result.output


def test_export_json_is_node_link_with_labels_and_types(runner, seeds_file, tmp_path):
    out = tmp_path / "nl.json"
    assert runner.invoke(main, ["export", "--graph", str(seeds_file), "-o", str(out)]).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"nodes", "edges"} <= data.keys()
    assert all({"id", "label", "name"} <= n.keys() for n in data["nodes"])
    assert all({"source", "target", "type"} <= e.keys() for e in data["edges"])


def test_export_graphml_and_csv_can_be_read_back(runner, seeds_file, tmp_path):
    out = tmp_path / "g.graphml"
    runner.invoke(main, ["export", "--graph", str(seeds_file), "--format", "graphml", "-o", str(out)])
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == load_graph(seeds_file).number_of_nodes()
    runner.invoke(main, ["export", "--graph", str(seeds_file), "--format", "csv", "-o", str(tmp_path / "g.csv")])
    assert (tmp_path / "g.nodes.csv").read_text(encoding="utf-8-sig").startswith("id,label,name")
    assert "PAIRS_WITH" in (tmp_path / "g.edges.csv").read_text(encoding="utf-8")


def test_donors_json_rows_name_donor_and_recipient_regions(runner, invented_file):
    result = runner.invoke(main, ["donors", "--graph", str(invented_file), "--format", "json"])
    rows = json.loads(result.output)
    assert {"donor_region", "recipient_region", "hospitals", "evidence"} <= rows[0].keys()
    assert ("西青区", "山丹县") in {(r["donor_region"], r["recipient_region"]) for r in rows}


def test_donors_of_one_county(runner, invented_file):
    result = runner.invoke(main, ["donors", "--graph", str(invented_file), "--county", "山丹县", "--format", "csv"])
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("donor_region,recipient_region")
    assert lines[1:] and all(",山丹县," in line for line in lines[1:])


def test_donors_of_an_unknown_place_is_a_clear_error(runner, seeds_file):
    result = runner.invoke(main, ["donors", "--graph", str(seeds_file), "--county", "不存在县"])
    assert result.exit_code != 0 and "no place called" in result.output


def test_donors_table_is_printed_by_default(runner, seeds_file):
    result = runner.invoke(main, ["donors", "--graph", str(seeds_file)])
    assert result.output.splitlines()[0].split() == ["donor", "recipient", "hospitals", "evidence", "years"]


def test_show_gives_hierarchy_aliases_and_evidence(runner, invented_file):
    result = runner.invoke(main, ["show", "印江医院", "--graph", str(invented_file)])
    assert result.exit_code == 0
    assert "贵州省 › 铜仁市 › 印江土家族苗族自治县" in result.output
    [aliases] = [line for line in result.output.splitlines() if line.strip().startswith("aliases:")]
    assert "印江医院" in aliases
    assert "PAIRS_WITH" in result.output and "yinjiang.txt" in result.output


def test_show_unknown_name_is_a_clear_error(runner, seeds_file):
    result = runner.invoke(main, ["show", "不存在的医院", "--graph", str(seeds_file)])
    assert result.exit_code != 0 and "nothing called" in result.output


def test_show_finds_part_of_a_name_only_when_asked(runner, seeds_file):
    exact = runner.invoke(main, ["show", "医院", "--graph", str(seeds_file)])
    assert exact.exit_code == 1 and "add --contains" in exact.output
    part = runner.invoke(main, ["show", "医院", "--contains", "--graph", str(seeds_file), "--json"])
    names = [entity["name"] for entity in json.loads(part.output)]
    assert len(names) > 5 and all("医院" in name for name in names)
    query = runner.invoke(main, ["query", "experts_sent", "-p", "hospital=医院", "--graph", str(seeds_file)])
    assert query.exit_code == 1 and "nothing called '医院'" in query.output


def test_an_ambiguous_county_says_which_places_and_how_to_choose(runner, seeds_file):
    result = runner.invoke(main, ["donors", "--county", "鼓楼区", "--graph", str(seeds_file)])
    assert result.exit_code == 1 and "no pairs" not in result.output
    assert "南京市鼓楼区" in result.output and "福州市鼓楼区" in result.output and "e.g." in result.output
    chosen = runner.invoke(main, ["donors", "--county", "南京市鼓楼区", "--graph", str(seeds_file)])
    assert chosen.exit_code == 0 and "no donor -> recipient pairs" in chosen.output


def test_donors_entities_lists_who_helps_and_how(runner, invented_file):
    args = ["donors", "--county", "山丹县", "--entities", "--graph", str(invented_file)]
    rows = json.loads(runner.invoke(main, [*args, "--format", "json"]).output)
    assert {"donor", "donor_label", "recipient", "via", "evidence"} <= rows[0].keys()
    donors = {r["donor"] for r in rows}
    assert "天津市西青医院" in donors and any(r["donor_label"] == "Agency" for r in rows)
    assert all(r["recipient_hierarchy"].endswith("山丹县") for r in rows)
    table = runner.invoke(main, args).output
    assert table.splitlines()[0].split() == ["donor", "recipient", "via", "evidence", "years"]


def test_a_file_name_that_is_not_utf8_costs_nothing_and_is_shown_readably(runner, tmp_path):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001*")), folder / "good.txt")
    with open(os.fsencode(folder) + b"/\xcf\xd8.txt", "wb") as fh:  # a GBK name, as from a Windows zip
        fh.write(next(SEEDS.glob("002*")).read_bytes())
    path = tmp_path / "g.json"
    result = runner.invoke(main, ["build", str(folder), "--graph", str(path)])
    assert result.exit_code == 0, result.output
    assert "2 documents read" in result.output
    documents = load_graph(path).graph["documents"]
    [meta] = [m for m in documents.values() if "path_bytes" in m]
    [(shown_path, raw)] = meta["path_bytes"].items()
    assert shown_path.endswith("/\\xcf\\xd8.txt") and os.fsdecode(bytes.fromhex(raw)) in map(str, folder.iterdir())
    again = runner.invoke(main, ["build", str(folder), "--graph", str(path)])
    assert "2 unchanged" in again.output


def test_an_output_that_cannot_be_written_is_refused_before_any_extraction(runner, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    blocked = tmp_path / "file" / "out"
    for outputs in (["--graph", str(blocked)], ["--graph", str(tmp_path / "g.json"), "--map", str(blocked)]):
        result = runner.invoke(main, ["build", str(SEEDS), *outputs])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "cannot write here" in result.output and "documents read" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_sigterm_saves_what_was_read_and_a_rerun_resumes(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for i in range(8):  # 40 articles: the first chunk of 32 is merged before the long one is reached
        for seed in seeds:
            (folder / f"{i}-{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\n第{i}稿。", "utf-8")
    # last in name order, and long enough to be still extracting when the signal comes
    sentences = (f"第{i}批专家赴若尔盖县人民医院开展对口帮扶，吴江区第三人民医院派出医生{i}名。" for i in range(60_000))
    (folder / "zz-long.txt").write_text("\n".join(sentences), encoding="utf-8")
    path = tmp_path / "g.json"
    command = [str(Path(sys.executable).parent / "graphaid"), "build", str(folder), "--graph", str(path)]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not path.with_name("g.json.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    # time for the first chunk to be merged even on a busy machine; the long article takes longer than this
    time.sleep(25)
    build.send_signal(signal.SIGTERM)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 1 and "interrupted" in err and "Traceback" not in err, err
    assert len(load_graph(path).graph["documents"]) == 32
    result = CliRunner().invoke(main, ["build", str(folder), "--graph", str(path), "--max-seconds", "0.01"])
    assert result.exit_code == 0 and "8 documents read, 32 unchanged" in result.output
    assert "zz-long.txt: extraction took longer than 0.01 s" in result.output
