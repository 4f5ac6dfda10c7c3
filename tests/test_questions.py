"""The donor table: one county's donors are the table's rows for that county, and a grown graph is re-read."""

import pytest

from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.graph import new_graph
from graphaid.places import gazetteer
from graphaid.questions import donors
from graphaid.resolve import add_extraction


def test_donors_of_a_place_are_the_table_rows_whose_recipient_lies_in_it(seeds_graph):
    gz = gazetteer()
    table = donors(seeds_graph)
    for place in ("晴隆县", "丁青县", "贵州省", "黔东南苗族侗族自治州"):
        (code,) = {p.code for p in gz.lookup(place)}
        expected = [r for r in table if gz.is_within(r.recipient_code, code)]
        assert donors(seeds_graph, place) == expected
        assert expected


def test_the_table_follows_the_graph_as_articles_are_added():
    graph = new_graph()
    texts = ["潍坊市人民医院对口帮扶石泉县人民医院。", "六安市人民医院对口帮扶林周县人民医院。"]
    for i, text in enumerate(texts):
        add_extraction(graph, extract(document_from_text(f"d{i}.txt", text)))
        graph.graph["documents"][f"d{i}.txt"] = {}
        assert len(donors(graph)) == i + 1
    assert [r.recipient_region for r in donors(graph, "林周县")] == ["林周县"]


def test_an_unknown_place_is_a_lookup_error(seeds_graph):
    with pytest.raises(LookupError, match="no place called"):
        donors(seeds_graph, "不存在县")
