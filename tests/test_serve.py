"""graphaid export --format sqlite and graphaid serve, checked over HTTP on a real server process."""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

import pytest
import sqlite_utils
from click.testing import CliRunner
from servegraphs import (
    ARTICLE,
    ARTICLE_TITLE,
    DONOR_EAST,
    DONOR_HOSPITAL,
    PAIR_SENTENCE,
    RECIPIENT_HOSPITAL,
    RECIPIENT_WEST,
    running_server,
    serve_graph,
)

from graphaid.cli import main
from graphaid.graph import save_graph
from graphaid.places import gazetteer
from graphaid.questions import donors
from graphaid.serve import CANNED_QUERIES


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    save_graph(serve_graph(), folder / "aid.json")
    result = CliRunner().invoke(
        main, ["export", "--graph", str(folder / "aid.json"), "--format", "sqlite", "-o", str(folder / "aid.db")]
    )
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(folder / "aid.db")


def test_sqlite_tables_are_linked_by_foreign_keys(exported):
    links = {(t.name, fk.column, fk.other_table) for t in exported.tables for fk in t.foreign_keys}
    assert {
        ("evidence", "doc", "documents"),
        ("evidence", "relation", "relations"),
        ("relations", "source", "entities"),
        ("entities", "parent", "entities"),
        ("donor_documents", "doc", "documents"),
    } <= links
    # every foreign key points at a row that exists
    for table, column, other in links:
        orphans = exported.execute(
            f"select count(*) from [{table}] where [{column}] is not null "
            f"and [{column}] not in (select id from [{other}])"
        ).fetchone()[0]
        assert orphans == 0, (table, column)


def test_full_text_search_finds_sentences_and_names_by_part(exported):
    found = [row["sentence"] for row in exported["evidence"].search("对口帮扶协议")]
    assert found == [PAIR_SENTENCE]
    assert [row["name"] for row in exported["entities"].search("泉湾中心")] == [RECIPIENT_HOSPITAL]


def test_evidence_rows_keep_their_offsets_document_and_date(exported):
    row = next(exported["evidence"].rows_where("sentence = ?", [PAIR_SENTENCE]))
    assert (row["start"], row["end"], row["doc"], row["date"], row["year"]) == (
        0,
        len(PAIR_SENTENCE),
        ARTICLE,
        "2021-05-02",
        2021,
    )
    assert exported["documents"].get(ARTICLE)["title"] == ARTICLE_TITLE


def test_donor_table_is_graphaid_donors(exported):
    expected = [(r.donor_region, r.recipient_region, r.evidence) for r in donors(serve_graph())]
    rows = [(r["donor_region"], r["recipient_region"], r["evidence"]) for r in exported["donors"].rows]
    assert rows == expected and len(rows) == 3
    east = next(exported["donors"].rows_where("donor_code = ?", [DONOR_EAST]))
    assert east["donor_province"] == gazetteer().lineage(DONOR_EAST)[0].name
    assert exported["entities"].get(east["recipient"])["code"] == RECIPIENT_WEST


def test_entities_carry_hierarchy_and_aliases(exported):
    row = next(exported["entities"].rows_where("name = ?", [DONOR_HOSPITAL]))
    assert [row["province"], row["prefecture"], row["county"]] == [p.name for p in gazetteer().lineage(DONOR_EAST)]
    assert json.loads(row["aliases"]) == []
    assert exported["entities"].get(row["parent"])["code"] == DONOR_EAST


def test_sqlite_export_needs_an_output_file(tmp_path):
    save_graph(serve_graph(), tmp_path / "aid.json")
    result = CliRunner().invoke(main, ["export", "--graph", str(tmp_path / "aid.json"), "--format", "sqlite"])
    assert result.exit_code != 0
    assert "give -o FILE.db" in result.output


def test_database_is_kept_beside_the_graph_until_the_graph_changes(tmp_path):
    from graphaid.serve import database_beside

    graph = serve_graph()
    save_graph(graph, tmp_path / "aid.json")
    database = database_beside(graph, tmp_path / "aid.json")
    assert database.parent == tmp_path and database.name.startswith(".aid.json")
    written = database.stat().st_mtime_ns
    assert database_beside(graph, tmp_path / "aid.json") == database
    assert database.stat().st_mtime_ns == written  # not written again
    graph.remove_node(next(n for n, d in graph.nodes(data=True) if d["name"] == "林若溪"))
    save_graph(graph, tmp_path / "aid.json")
    assert database_beside(graph, tmp_path / "aid.json") == database
    assert "林若溪" not in {row["name"] for row in sqlite_utils.Database(database)["entities"].rows}


# --- the server -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(serve_graph(), tmp_path_factory.mktemp("serve")) as url:
        yield url


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def get_json(url: str):
    status, text = get(url)
    assert status == 200, text[:300]
    return json.loads(text)


def test_every_table_and_column_is_described(server, exported):
    metadata = get_json(server + "-/metadata.json")["databases"]["aid"]["tables"]
    for table in exported.table_names():
        if table.endswith("_fts") or "_fts_" in table:
            continue
        assert metadata[table]["title"] and metadata[table]["description"], table
        described = metadata[table]["columns"]
        assert set(exported[table].columns_dict) == set(described), table
        assert all(text.strip() for text in described.values())


def query(server: str, query_name: str, **params) -> list[dict]:
    return get_json(f"{server}aid/{query_name}.json?" + urllib.parse.urlencode({**params, "_shape": "array"}))


def test_canned_queries_answer_the_named_questions(server):
    assert set(CANNED_QUERIES) == {
        "donors_of_county",
        "counties_of_donor",
        "experts_sent_by_hospital",
        "departments_founded",
        "evidence_of_relationship",
    }
    west = gazetteer().places[RECIPIENT_WEST].name
    east = gazetteer().places[DONOR_EAST].name
    rows = query(server, "donors_of_county", place=west)
    assert {row["donor"].split(" › ")[-1] for row in rows} >= {east}
    assert all(west in row["recipient"] for row in rows)
    assert [r["recipient"].split(" › ")[-1] for r in query(server, "counties_of_donor", donor=east)] == [west]
    experts = query(server, "experts_sent_by_hospital", hospital="青禾仁和")
    assert [(r["expert"], r["posted_to"]) for r in experts] == [("林若溪", RECIPIENT_HOSPITAL)]
    departments = query(server, "departments_founded", name=RECIPIENT_HOSPITAL)
    assert [(r["department"], r["founded_by"]) for r in departments] == [("卒中中心", DONOR_HOSPITAL)]
    evidence = query(server, "evidence_of_relationship", source="青禾仁和", target="石泉湾")
    assert PAIR_SENTENCE in [r["sentence"] for r in evidence]
    assert {r["doc"] for r in evidence} == {ARTICLE}


def test_canned_query_results_link_to_entity_and_article_pages(server):
    status, page = get(
        server + "aid/evidence_of_relationship?" + urllib.parse.urlencode({"source": "青禾", "target": "石泉湾"})
    )
    assert status == 200
    assert f'href="/aid/documents/{urllib.parse.quote(ARTICLE, safe="")}"' in page
    assert re.search(r'href="/aid/entities/h_[0-9a-f]+"', page)


def test_pages_load_nothing_from_elsewhere(server):
    for path in [
        "",
        "aid",
        "aid/donors",
        "aid/entities?_search=%E4%B8%AD%E5%BF%83%E5%8C%BB%E9%99%A2",
        "aid/donors_of_county",
        "-/map",
        "-/map?geo=1",
    ]:
        status, page = get(server + path)
        assert status == 200, path
        sources = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', page)
        elsewhere = [s for s in sources if re.match(r"(https?:)?//", s) and not s.startswith(server)]
        assert not elsewhere, (path, elsewhere)


def test_maps_are_served_for_the_graph_and_an_entity(server, exported):
    status, page = get(server + "-/map?geo=1")
    assert status == 200 and 'id="graph-data"' in page
    hospital = next(exported["entities"].rows_where("name = ?", [DONOR_HOSPITAL]))
    status, page = get(server + "-/map?" + urllib.parse.urlencode({"focus": hospital["id"]}))
    assert status == 200 and DONOR_HOSPITAL in page
    status, page = get(server + "aid/entities/" + hospital["id"])
    assert "/-/map?focus=" + hospital["id"] in page
    status, page = get(server + "-/map?focus=" + urllib.parse.quote("没有这个医院"))
    assert status == 404 and "没有这个医院" in page


def test_a_port_in_use_is_a_one_line_error(tmp_path):
    save_graph(serve_graph(), tmp_path / "aid.json")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path / "aid.json"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: port {port} is in use on 127.0.0.1: give another with --port"
