"""Small aid graphs for the map tests, built with graphaid.graph.add_node/add_edge (not from extraction output)."""

from __future__ import annotations

import networkx as nx

from graphaid.graph import add_edge, add_node, apply, new_graph
from graphaid.model import Evidence, Label, Rel, node, node_id
from graphaid.model import evidence as evidence_record
from graphaid.places import gazetteer
from graphaid.resolve import place_records

# what an article could name a hospital, a department, an alias, a document or write in a sentence
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>window.__xss_script=1;alert(2)</script>"
HOSTILE_ALIAS = '<b onmouseover="window.__xss_alias=1">粗体</b>'
HOSTILE_DEPARTMENT = '<svg onload="window.__xss_svg=1">科'
HOSTILE_DOC = "<iframe src=javascript:window.__xss_doc=1>.txt"
HOSTILE_SENTENCE = (
    '<a href="javascript:window.__xss_href=1">点击</a> 象山县第一医院对口帮扶望谟县人民医院 '
    '<img src=y onerror="window.__xss_ev=1">'
)
HOSTILE_TITLE = "<script>window.__xss_title=1</script>标题"


def place(graph: nx.MultiDiGraph, code: str) -> str:
    """Add a division and its ancestors (LOCATED_IN their parents) as the resolver does; returns its id."""
    apply(graph, *place_records(code))
    return node_id(gazetteer().places[code].level, code)


def hospital(graph: nx.MultiDiGraph, name: str, code: str | None, doc: str = "a.txt", aliases=()) -> str:
    props = {"region": code} if code else {}
    nid = add_node(graph, node(Label.HOSPITAL, name, name, aliases, props, doc))
    if code:
        add_edge(graph, nid, place(graph, code), Rel.LOCATED_IN)
    return nid


def evidence(sentence: str, doc: str = "a.txt", date: str | None = "2019-07-30") -> Evidence:
    return evidence_record(doc, sentence, 0, len(sentence), date)


def aid_graph() -> nx.MultiDiGraph:
    """象山 (Zhejiang) serves 望谟 (Guizhou); 天津 serves 边坝 (Tibet); one hospital has no known place."""
    graph = new_graph()
    xiangshan = hospital(graph, "象山县第一医院", "330225")
    wangmo = hospital(graph, "望谟县人民医院", "522326")
    tianjin = hospital(graph, "天津市西青医院", "120111")
    bianba = hospital(graph, "边坝县人民医院", "540330")
    nowhere = hospital(graph, "某某医院", None)
    add_edge(graph, xiangshan, wangmo, Rel.PAIRS_WITH, evidence("象山县第一医院对口帮扶望谟县人民医院。"))
    add_edge(graph, tianjin, bianba, Rel.PAIRS_WITH, evidence("西青医院对口帮扶边坝县人民医院。", "b.txt"))
    add_edge(graph, nowhere, bianba, Rel.PAIRS_WITH, evidence("某某医院也派人去了边坝。", "b.txt"))
    expert = add_node(graph, node(Label.EXPERT, "王宁", "王宁|象山", doc="a.txt"))
    add_edge(graph, xiangshan, expert, Rel.SENDS, evidence("象山县第一医院派出王宁。"))
    add_edge(graph, expert, wangmo, Rel.POSTED_TO, evidence("王宁挂职望谟县人民医院。"))
    department = add_node(graph, node(Label.DEPARTMENT, "新生儿科", "新生儿科|望谟", doc="a.txt"))
    add_edge(graph, xiangshan, department, Rel.FOUNDED, evidence("帮助成立新生儿科。"))
    add_edge(graph, department, wangmo, Rel.PART_OF, evidence("望谟县人民医院新生儿科。"))
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    """The aid graph with names, aliases, a document and sentences that are HTML or script."""
    graph = aid_graph()
    img = hospital(graph, HOSTILE_IMG, "522326", HOSTILE_DOC, aliases=[HOSTILE_ALIAS])
    script = hospital(graph, HOSTILE_SCRIPT, "330225", HOSTILE_DOC)
    add_edge(graph, script, img, Rel.PAIRS_WITH, evidence(HOSTILE_SENTENCE, HOSTILE_DOC))
    department = add_node(graph, node(Label.DEPARTMENT, HOSTILE_DEPARTMENT, "x", doc=HOSTILE_DOC))
    add_edge(graph, department, img, Rel.PART_OF, evidence(HOSTILE_SENTENCE + " href", HOSTILE_DOC))
    return graph
