import pytest
from mapgraphs import aid_graph

from graphaid.selection import select


def names(selection):
    return {d["name"] for _, d in selection.graph.nodes(data=True)}


def test_focus_keeps_the_neighbourhood_within_hops():
    graph = aid_graph()
    one = select(graph, focus="望谟县人民医院", hops=1)
    assert {"望谟县人民医院", "象山县第一医院", "王宁", "新生儿科", "望谟县"} <= names(one)
    assert "天津市西青医院" not in names(one)
    assert "黔西南布依族苗族自治州" not in names(one)
    two = select(graph, focus="望谟县人民医院", hops=2)
    assert "黔西南布依族苗族自治州" in names(two)
    assert [graph.nodes[n]["name"] for n in one.focus] == ["望谟县人民医院"]


def test_focus_with_zero_hops_is_the_entity_alone():
    selection = select(aid_graph(), focus="边坝县人民医院", hops=0)
    assert names(selection) == {"边坝县人民医院"}


def test_unknown_focus_says_so():
    with pytest.raises(LookupError, match="nothing called"):
        select(aid_graph(), focus="火星医院")


def test_focus_removed_by_a_filter_is_told_apart_from_an_unknown_name():
    with pytest.raises(LookupError, match="not in this map"):
        select(aid_graph(), focus="王宁", labels=["Hospital"])


def test_label_filter_keeps_only_those_labels_and_the_edges_between_them():
    selection = select(aid_graph(), labels=["Hospital"])
    assert {d["label"] for _, d in selection.graph.nodes(data=True)} == {"Hospital"}
    assert {d["type"] for _, _, d in selection.graph.edges(data=True)} == {"PAIRS_WITH"}


def test_type_filter_keeps_those_relationships_and_drops_nodes_left_without_any():
    graph = aid_graph()
    selection = select(graph, types=["PAIRS_WITH"])
    assert {d["type"] for _, _, d in selection.graph.edges(data=True)} == {"PAIRS_WITH"}
    pairs = sum(1 for _, _, d in graph.edges(data=True) if d["type"] == "PAIRS_WITH")
    assert selection.graph.number_of_edges() == pairs
    assert "王宁" not in names(selection)
    assert "望谟县" not in names(selection)


def test_province_keeps_what_is_there_and_the_donors_that_serve_it():
    selection = select(aid_graph(), province="贵州省")
    kept = names(selection)
    assert {"望谟县人民医院", "望谟县", "贵州省", "王宁", "新生儿科"} <= kept
    assert "象山县第一医院" in kept  # the donor, from Zhejiang
    assert not kept & {"边坝县人民医院", "天津市西青医院", "西藏自治区"}


def test_province_accepts_the_short_name_and_rejects_non_provinces():
    assert names(select(aid_graph(), province="贵州")) == names(select(aid_graph(), province="贵州省"))
    with pytest.raises(LookupError, match="no province"):
        select(aid_graph(), province="望谟县")


def test_selection_keeps_edge_evidence_and_leaves_the_graph_alone():
    graph = aid_graph()
    before = (graph.number_of_nodes(), graph.number_of_edges())
    selection = select(graph, focus="望谟县人民医院", types=["PAIRS_WITH"])
    (edge,) = selection.graph.edges(data=True)
    assert edge[2]["evidence"][0]["sentence"] == "象山县第一医院对口帮扶望谟县人民医院。"
    assert (graph.number_of_nodes(), graph.number_of_edges()) == before
