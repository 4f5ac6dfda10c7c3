"""graphaid eval: the yardstick's figures on the same graph, the matching rules, and misses shown with sentences."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.evaluation import Gold, score

ROOT = Path(__file__).resolve().parent.parent
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
needs_yardstick = pytest.mark.skipif(
    not SCORE_PY.exists(), reason="../shared/eval/score.py is not beside this checkout, so there is nothing to compare"
)

# an invented article: the hospitals and people do not exist
ARTICLE = """溧阳市人民医院专家团队赴碌曲县开展医疗帮扶

2023年5月12日，江苏省溧阳市人民医院与甘肃省碌曲县人民医院签订对口帮扶协议，双方将在学科建设、人才培养等方面开展合作。
根据协议，溧阳市人民医院选派心内科副主任医师周文澜、儿科主治医师欧阳笑赴碌曲县人民医院开展为期一年的驻点帮扶。
在帮扶专家的指导下，碌曲县人民医院新成立了血液透析室，当地患者不用再长途奔波。
碌曲县人民医院病理科的医生也参加了专家组织的业务培训。
"""
PLANTED_SENTENCE = "碌曲县人民医院病理科的医生也参加了专家组织的业务培训。"


def _node(key, label, *names, docs=(), **extra):
    return {"key": key, "label": label, "names": list(names), "docs": list(docs), **extra}


GOLD = {
    "version": 1,
    "docs": {"a.txt": "溧阳市人民医院对口帮扶碌曲县人民医院"},
    "nodes": [
        _node("P_JS", "Province", "江苏省", "江苏"),
        _node("P_GS", "Province", "甘肃省", "甘肃"),
        _node("C_CZ", "City", "常州市", "常州"),
        _node("K_LY", "County", "溧阳市", "溧阳"),
        _node("K_LQ", "County", "碌曲县", "碌曲"),
        _node("H_LY", "Hospital", "溧阳市人民医院", docs=["a.txt"]),
        _node("H_LQ", "Hospital", "碌曲县人民医院", docs=["a.txt"]),
        _node("X_ZHOU", "Expert", "周文澜", docs=["a.txt"]),
        _node("X_OUYANG", "Expert", "欧阳笑", docs=["a.txt"]),
        _node("D_DIALYSIS", "Department", "血液透析室", docs=["a.txt"], of="H_LQ"),
        # planted: the article names this unit but never says the aid founded it
        _node("D_PATHOLOGY", "Department", "病理科", docs=["a.txt"], of="H_LQ"),
    ],
    "edges": [
        {"type": "PAIRS_WITH", "source": ["H_LY"], "target": ["H_LQ"], "doc": "a.txt"},
        {"type": "PAIRS_WITH", "source": ["K_LY"], "target": ["K_LQ"], "doc": "a.txt"},
        {"type": "SENDS", "source": ["H_LY"], "target": ["X_ZHOU"], "doc": "a.txt"},
        {"type": "SENDS", "source": ["H_LY"], "target": ["X_OUYANG"], "doc": "a.txt"},
        {"type": "POSTED_TO", "source": ["X_ZHOU"], "target": ["H_LQ", "K_LQ"], "doc": "a.txt"},
        # planted: the graph posts her to the county's hospital, which this gold file does not accept
        {"type": "POSTED_TO", "source": ["X_OUYANG"], "target": ["K_LQ"], "doc": "a.txt"},
        {"type": "FOUNDED", "source": ["H_LY", "X_ZHOU", "X_OUYANG"], "target": ["D_DIALYSIS"], "doc": "a.txt"},
        {"type": "FOUNDED", "source": ["H_LY"], "target": ["D_PATHOLOGY"], "doc": "a.txt"},
    ],
    "serves": [{"donor_region": ["K_LY", "C_CZ", "P_JS"], "recipient_region": "K_LQ", "doc": "a.txt"}],
}


@pytest.fixture(scope="module")
def fixture(tmp_path_factory):
    """(gold file, articles folder, built graph file) for the invented article."""
    root = tmp_path_factory.mktemp("eval")
    (root / "articles").mkdir()
    (root / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    graph = root / "graph.json"
    result = CliRunner().invoke(
        main, ["eval", str(root / "gold.json"), str(root / "articles"), "--graph", str(graph), "--json"]
    )
    assert result.exit_code == 0, result.output
    return root / "gold.json", root / "articles", graph, json.loads(result.stdout)


def _yardstick(gold: Path, graph: Path, tmp_path: Path) -> dict:
    """What ../shared/eval/score.py says about the graph's export and donor table, as the README measures."""
    runner = CliRunner()
    exported = runner.invoke(main, ["export", "--graph", str(graph), "-o", str(tmp_path / "g.json")])
    table = runner.invoke(main, ["donors", "--graph", str(graph), "--format", "json"])
    assert exported.exit_code == 0 and table.exit_code == 0
    (tmp_path / "d.json").write_text(table.stdout, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(tmp_path / "g.json"), "--donors", str(tmp_path / "d.json")]
        + ["--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@needs_yardstick
def test_eval_gives_the_yardsticks_figures_and_items_on_own_articles(fixture, tmp_path):
    gold, _, graph, ours = fixture
    theirs = _yardstick(gold, graph, tmp_path)
    assert ours["report"] == theirs["report"]
    assert ours["details"] == theirs["details"]
    # the article is not read perfectly, so the comparison covers misses and spurious items too
    assert ours["report"]["FOUNDED"]["fn"] >= 1 and ours["report"]["SERVES"]["tp"] == 1


@needs_yardstick
def test_eval_gives_the_yardsticks_figures_on_the_seeds(seeds_graph, tmp_path):
    from graphaid.evaluation import evaluate, load_gold
    from graphaid.graph import save_graph

    gold = SCORE_PY.parent / "seeds.gold.json"
    save_graph(seeds_graph, tmp_path / "seeds.json")
    theirs = _yardstick(gold, tmp_path / "seeds.json", tmp_path)
    ours = evaluate(seeds_graph, load_gold(gold)).as_dict()
    assert ours["report"] == theirs["report"]
    assert ours["details"] == theirs["details"]


def test_misses_list_the_planted_miss_with_its_sentence_and_document(fixture):
    gold, articles, _, _ = fixture
    result = CliRunner().invoke(main, ["eval", str(gold), str(articles), "--misses"])
    assert result.exit_code == 0, result.output
    missed = result.stdout.split("missed (")[1].split("spurious (")[0]
    assert "Department 病理科  [a.txt]" in missed
    assert "FOUNDED 溧阳市人民医院 -> 病理科" in missed
    assert f"a.txt: {PLANTED_SENTENCE}" in missed
    assert "Expert 周文澜" not in missed
    # the sentence naming the missed department comes before those naming only the donor
    founded = missed.split("FOUNDED 溧阳市人民医院 -> 病理科")[1]
    assert founded.split("\n")[1].strip() == f"a.txt: {PLANTED_SENTENCE}"


def test_scores_table_has_every_measure_with_counts(fixture):
    gold, _, graph, ours = fixture
    result = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    lines = {line.split("  ")[0]: line.split() for line in result.stdout.splitlines()}
    for measure in ("Hospital", "Expert", "Department", "PAIRS_WITH", "SENDS", "POSTED_TO", "FOUNDED"):
        assert measure in lines
    department = ours["report"]["Department"]
    assert lines["Department"][1:] == [
        f"{department['precision']:.3f}",
        f"{department['recall']:.3f}",
        f"{department['f1']:.3f}",
        str(department["tp"]),
        str(department["fp"]),
        str(department["fn"]),
    ]
    assert lines["donor → county"][3:6] == ["1.000", "1.000", "1.000"]


def test_spurious_relationships_carry_the_evidence_sentence(fixture):
    *_, ours = fixture
    checked = []
    for item in ours["spurious"]:
        if item["measure"] in ("PAIRS_WITH", "SENDS", "POSTED_TO", "FOUNDED"):
            checked.append(item["item"])
            assert item["evidence"]
            assert all(ev["doc"].split("#")[0] == "a.txt" and ev["sentence"] in ARTICLE for ev in item["evidence"])
    assert checked == ["POSTED_TO 欧阳笑 -> 甘肃省碌曲县人民医院"]


def test_a_bad_gold_file_is_a_one_line_error(tmp_path):
    (tmp_path / "gold.json").write_text('{"nodes": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.json"), "--graph", str(tmp_path / "g.json")])
    assert result.exit_code != 0
    assert "not a gold graph" in result.output and "Traceback" not in result.output


def test_eval_without_articles_or_graph_says_what_to_give(fixture):
    gold, *_ = fixture
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code != 0
    assert "PATH" in result.output and "--graph" in result.output


# --- the matching rules, on node-link data written by hand ---------------------------------------------------

RULES_GOLD = Gold(
    {
        "nodes": [
            _node("K_A", "County", "甲县"),
            _node("H_A", "Hospital", "甲县人民医院", "甲县医院"),
            _node("H_B", "Hospital", "乙医院", optional=True),
            _node("X_A", "Expert", "林一"),
        ],
        "edges": [{"type": "SENDS", "source": ["H_A"], "target": ["X_A"]}],
    }
)


def _graph(*nodes, edges=()):
    return {
        "nodes": [{"id": f"n{i}", "label": label, "name": name} for i, (label, name) in enumerate(nodes)],
        "edges": list(edges),
    }


def test_a_name_with_places_in_front_matches_and_other_prefixes_do_not():
    good = score(RULES_GOLD, _graph(("Hospital", "甲县甲县医院")))
    bad = score(RULES_GOLD, _graph(("Hospital", "第二甲县医院")))
    assert good.scores["Hospital"].tp == 1
    assert bad.scores["Hospital"].tp == 0 and bad.scores["Hospital"].fp == 1


def test_a_second_node_for_one_entity_is_a_spurious_duplicate():
    result = score(RULES_GOLD, _graph(("Hospital", "甲县人民医院"), ("Hospital", "甲县医院")))
    hospital = result.scores["Hospital"]
    assert (hospital.tp, hospital.fp, hospital.duplicates) == (1, 1, 1)
    assert [i.text for i in result.spurious] == ["Hospital 甲县医院 (duplicate)"]


def test_optional_gold_entities_count_neither_way():
    found = score(RULES_GOLD, _graph(("Hospital", "乙医院")))
    assert (found.scores["Hospital"].tp, found.scores["Hospital"].fp, found.scores["Hospital"].fn) == (0, 0, 1)


def test_a_relationship_counts_through_its_ends_gold_keys():
    graph = _graph(
        ("Hospital", "甲县医院"), ("Expert", "林一"), edges=[{"source": "n0", "target": "n1", "type": "SENDS"}]
    )
    result = score(RULES_GOLD, graph)
    assert result.scores["SENDS"].f1 == 1.0 and result.scores["relations"].f1 == 1.0


def test_the_note_names_only_gold_documents_the_graph_lacks(fixture, tmp_path):
    gold, articles, _, _ = fixture
    data = json.loads(gold.read_text(encoding="utf-8"))
    data["docs"] = {"a.txt": "", "never-built.txt": ""}
    (tmp_path / "gold.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.json"), str(articles)])
    assert result.exit_code == 0, result.output
    # the built document's id carries a hash of its content; the gold file names it by its file name
    assert "1 of the gold file's 2 documents are not in the graph" in result.stderr
    assert "never-built.txt" in result.stderr and "a.txt," not in result.stderr
