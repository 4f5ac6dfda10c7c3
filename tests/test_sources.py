"""Every fact with its source and date: document metadata, dated evidence, year filters, exports people open."""

import codecs
import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.documents import document_from_text, read_document
from graphaid.graph import load_graph
from graphaid.metadata import header_metadata
from graphaid.questions import describe, donors
from graphaid.schema import find_entities

# two invented articles: a saved text page with header lines (2021, one sentence dated 2020-08) and an HTML
# page whose <head> carries title, canonical URL, site and date (2023)
FIXTURES = Path(__file__).parent / "data" / "sources"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name in ("a.txt", "b.html"):
        shutil.copy(FIXTURES / name, folder / name)
    graph_path = folder.parent / "g.json"
    result = CliRunner().invoke(main, ["build", str(folder), "--graph", str(graph_path)])
    assert result.exit_code == 0, result.output
    return graph_path


def _doc(graph, file: str) -> dict:
    return next(meta for meta in graph.graph["documents"].values() if meta["relative_path"] == file)


def test_text_header_lines_give_title_url_outlet_author_and_date():
    doc = read_document(FIXTURES / "a.txt")
    assert doc.metadata == {
        "title": "青田县人民医院选派专家赴望谟县开展帮扶",
        "url": "https://news.example.cn/2021/0315/a1.html",
        "outlet": "山海日报",
        "author": "林一凡",
        "date": "2021-03-15",
    }
    assert doc.date == "2021-03-15"


def test_html_head_gives_title_canonical_url_site_and_date():
    doc = read_document(FIXTURES / "b.html")
    assert doc.metadata["title"] == "泰顺县人民医院结对帮扶册亨县"
    assert doc.metadata["url"] == "https://health.example.org/news/2023/b.html"
    assert doc.metadata["outlet"] == "示例健康网"
    assert doc.date == "2023-06-01"


@pytest.mark.parametrize(
    "header, expected",
    [
        (
            "TITLE: 某院专家下乡义诊\nURL: http://x.example/1\n",
            {"title": "某院专家下乡义诊", "url": "http://x.example/1"},
        ),
        ("发布日期：2019年7月2日   来源：某某晚报\n", {"date": "2019-07-02", "outlet": "某某晚报"}),
        ("2018-11-05 10:20  来自：某某县融媒体中心\n", {"date": "2018-11-05", "outlet": "某某县融媒体中心"}),
    ],
)
def test_header_lines_of_saved_pages_are_read(header, expected):
    found = header_metadata(header + "正文第一句话写在这里，说的是对口帮扶的事情。")
    assert {k: found.get(k) for k in expected} == expected


def test_a_body_sentence_is_not_taken_for_a_title():
    doc = document_from_text("d", "某县人民医院与某市人民医院签订了帮扶协议。\n双方约定长期合作。")
    assert "title" not in doc.metadata


def test_documents_in_the_graph_carry_their_source_and_a_path_relative_to_the_folder_built(built):
    graph = load_graph(built)
    text, page = _doc(graph, "a.txt"), _doc(graph, "b.html")
    assert (text["title"], text["outlet"], text["date"]) == (
        "青田县人民医院选派专家赴望谟县开展帮扶",
        "山海日报",
        "2021-03-15",
    )
    assert page["url"] == "https://health.example.org/news/2023/b.html"


def test_show_cites_each_document_by_title_outlet_date_and_url(built):
    result = CliRunner().invoke(main, ["show", "青田县人民医院", "--graph", str(built)])
    assert result.exit_code == 0, result.output
    assert "山海日报" in result.output and "https://news.example.cn/2021/0315/a1.html" in result.output
    entity = describe(load_graph(built), find_entities(load_graph(built), "青田县人民医院")[0])
    assert {s["title"] for s in entity["sources"].values()} == {"青田县人民医院选派专家赴望谟县开展帮扶"}


def test_show_of_a_place_lists_its_institutions_and_the_pairs_involving_it(built):
    result = CliRunner().invoke(main, ["show", "册亨县", "--graph", str(built)])
    assert result.exit_code == 0, result.output
    assert "institutions here" in result.output and "册亨县人民医院" in result.output
    assert "泰顺县 -> " in result.output
    graph = load_graph(built)
    province = describe(graph, find_entities(graph, "浙江省")[0])
    assert {i["name"] for i in province["institutions"]} == {"青田县人民医院", "泰顺县人民医院"}
    assert len(province["pairs"]) == 2


def test_evidence_dates_carry_their_precision_and_fall_back_to_the_article_date(built):
    exported = json.loads(CliRunner().invoke(main, ["export", "--graph", str(built)]).output)
    records = [e for edge in exported["edges"] for e in edge["evidence"] if e["doc"].startswith("a.txt")]
    by_sentence = {
        (e["date"], e["precision"], e["date_from"]) for e in records if e["sentence"].startswith("2020年8月")
    }
    assert by_sentence == {("2020-08", "month", "sentence")}
    undated = [e for e in records if "2020" not in e["sentence"]]
    assert undated
    assert all((e["date"], e["precision"], e["date_from"]) == ("2021-03-15", "day", "article") for e in undated)
    result = CliRunner().invoke(main, ["show", "胸痛中心", "--graph", str(built)])
    assert "[2021-03-15, article's date]" in result.output


def test_donor_rows_have_first_and_last_year_and_filter_by_years(built):
    graph = load_graph(built)
    years = {(r.donor_region, r.first_year, r.last_year) for r in donors(graph)}
    assert years == {("青田县", 2020, 2021), ("泰顺县", 2023, 2023)}
    assert [r.donor_region for r in donors(graph, since=2022)] == ["泰顺县"]
    assert [r.donor_region for r in donors(graph, until=2020)] == ["青田县"]
    assert [(r.first_year, r.last_year) for r in donors(graph, until=2020)] == [(2020, 2020)]
    assert donors(graph, since=2024) == []


def test_donors_csv_file_has_a_bom_and_reads_back_with_years_hierarchy_and_documents(built, tmp_path):
    out = tmp_path / "donors.csv"
    result = CliRunner().invoke(main, ["donors", "--graph", str(built), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = next(r for r in rows if r["donor_region"] == "青田县")
    assert (row["first_year"], row["last_year"]) == ("2020", "2021")
    assert row["donor_hierarchy"] == "浙江省 › 丽水市 › 青田县" and row["docs"].startswith("a.txt#")
    CliRunner().invoke(main, ["donors", "--graph", str(built), "--format", "csv", "-o", str(out), "--no-bom"])
    assert out.read_text(encoding="utf-8").startswith("donor_region,")


def test_donors_and_export_xlsx_read_back_with_openpyxl(built, tmp_path):
    import openpyxl

    donors_xlsx, graph_xlsx = tmp_path / "donors.xlsx", tmp_path / "graph.xlsx"
    runner = CliRunner()
    result = runner.invoke(main, ["donors", "--graph", str(built), "--format", "xlsx", "-o", str(donors_xlsx)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(donors_xlsx)["donors"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert {(r[header.index("donor_region")], r[header.index("first_year")]) for r in rows[1:]} == {
        ("青田县", 2020),
        ("泰顺县", 2023),
    }
    result = runner.invoke(main, ["export", "--graph", str(built), "--format", "xlsx", "-o", str(graph_xlsx)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(graph_xlsx)
    assert book.sheetnames == ["nodes", "edges", "documents"]
    titles = {row[1] for row in book["documents"].iter_rows(min_row=2, values_only=True)}
    assert titles == {"青田县人民医院选派专家赴望谟县开展帮扶", "泰顺县人民医院结对帮扶册亨县"}
    assert "PAIRS_WITH" in {row[2] for row in book["edges"].iter_rows(min_row=2, values_only=True)}


def test_xlsx_to_the_terminal_is_refused_in_one_line(built):
    result = CliRunner().invoke(main, ["donors", "--graph", str(built), "--format", "xlsx"])
    assert result.exit_code != 0 and "-o FILE.xlsx" in result.output


def test_export_csv_writes_a_documents_table_and_json_lines_one_record_a_line(built, tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["export", "--graph", str(built), "--format", "csv", "-o", str(tmp_path / "aid.csv")])
    for name in ("nodes", "edges", "documents"):
        assert (tmp_path / f"aid.{name}.csv").read_bytes().startswith(codecs.BOM_UTF8)
    with (tmp_path / "aid.documents.csv").open(encoding="utf-8-sig", newline="") as fh:
        documents = list(csv.DictReader(fh))
    assert {d["outlet"] for d in documents} == {"山海日报", "示例健康网"}
    assert {d["relative_path"] for d in documents} == {"a.txt", "b.html"}
    result = runner.invoke(main, ["export", "--graph", str(built), "--nl"])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert {r["kind"] for r in records} == {"document", "node", "edge"}
    assert len(records) == 2 + len(load_graph(built)) + load_graph(built).number_of_edges()
    result = runner.invoke(main, ["donors", "--graph", str(built), "--nl", "--since", "2022"])
    assert [json.loads(line)["donor_region"] for line in result.output.splitlines()] == ["泰顺县"]


def test_export_and_map_keep_only_what_the_years_asked_for_tell(built, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--graph", str(built), "--until", "2021"])
    data = json.loads(result.output)
    names = {n["name"] for n in data["nodes"]}
    assert "青田县人民医院" in names and "泰顺县人民医院" not in names
    assert set(data["graph"]["documents"]) == {d for d in load_graph(built).graph["documents"] if d.startswith("a.txt")}
    out = tmp_path / "m.html"
    result = runner.invoke(main, ["map", "--graph", str(built), "--since", "2023", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "泰顺县人民医院" in page and "青田县人民医院" not in page
    result = runner.invoke(main, ["donors", "--graph", str(built), "--since", "2021", "--until", "2021"])
    assert "青田县" in result.output and "泰顺县" not in result.output and "2021" in result.output


def test_quiet_build_prints_only_the_summary_and_logs_skipped_files_as_tsv(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(FIXTURES / "a.txt", folder / "a.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    log = tmp_path / "skipped.tsv"
    result = CliRunner().invoke(
        main, ["build", str(folder), "--graph", str(tmp_path / "g.json"), "-q", "--log", str(log)]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3 and lines[0].startswith("1 documents read, 0 unchanged, 2 skipped")
    assert "empty.txt" not in result.output
    rows = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(Path(path).name, reason) for path, reason in rows] == [
        ("empty.txt", "empty file"),
        ("picture.html", "binary file (NUL bytes), not a text article"),
    ]


def test_map_tooltips_cite_the_title_and_outlet_of_each_sentence(built):
    from graphaid.render import edge_tooltip

    graph = load_graph(built)
    u, v, data = next((u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == "SENDS")
    assert "(青田县人民医院选派专家赴望谟县开展帮扶 · 山海日报)" in edge_tooltip(graph, u, v, data)


def test_a_placeholder_title_is_no_title_and_a_url_path_is_no_date():
    text = "URL: http://news.example.cn/county/201908/123456.html\nTITLE: [title not present in stored copy]\n\n"
    doc = document_from_text("d", text + "某县人民医院与某市人民医院签订了帮扶协议。")
    assert "title" not in doc.metadata and doc.date is None


def test_a_short_dateline_under_the_title_is_the_publication_date():
    doc = document_from_text("d", "某院专家下乡\n\n某某农村日报 2019-08-23 06:35\n\n正文说的是去年的对口帮扶。")
    assert doc.metadata["date"] == "2019-08-23" and doc.metadata["title"] == "某院专家下乡"
