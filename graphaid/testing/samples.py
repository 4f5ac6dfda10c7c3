"""A small hand-built aid graph with every shape the named queries meet, for tests that must not hang on extraction.

It has a donor in one province helping a county in another by pairing, experts (one never posted) and
departments (one with no founder); a hospital placed only in a city; an agency with no place; two
hospitals with the same name; a chain of pairings for network distances; evidence without a date; and
names written to break string-built Cypher.
"""

from __future__ import annotations

import networkx as nx

from graphaid.graph import add_edge, add_node, new_graph
from graphaid.model import Evidence, Label, Node, Rel

HOSTILE = 'O\'Brien "医院" `x` }) DETACH DELETE n //'
"""A hospital name with quotes, backticks and a Cypher injection attempt; it must be stored as plain data."""


def sample_graph() -> nx.MultiDiGraph:
    """The sample graph; node names are listed in the module docstring's story."""
    graph = new_graph()
    province_a = _place(graph, Label.PROVINCE, "甲省", "110000", None)
    city_a = _place(graph, Label.CITY, "甲市", "110100", province_a)
    county_a = _place(graph, Label.COUNTY, "甲县", "110101", city_a, aliases={"甲"})
    province_b = _place(graph, Label.PROVINCE, "乙省", "220000", None, lon=None)
    city_b = _place(graph, Label.CITY, "乙市", "220100", province_b)
    county_b = _place(graph, Label.COUNTY, "乙县", "220101", city_b)

    donor = _hospital(graph, "乙县人民医院", county_b, aliases={"乙医"})
    recipient = _hospital(graph, "甲县人民医院", county_a, aliases={"甲医"})
    city_hospital = _hospital(graph, "甲市中心医院", city_a)
    hostile = _hospital(graph, HOSTILE, county_a, aliases={"'; MATCH (n) DETACH DELETE n; //", "`Hospital`"})
    twins = [_hospital(graph, "同名医院", county_b, key=f"同名医院-{i}") for i in range(2)]
    agency = add_node(graph, Node(Label.AGENCY, "无名卫健委", "无名卫健委"), doc="s1.txt")

    ev = _evidence
    add_edge(
        graph, donor, recipient, Rel.PAIRS_WITH, ev("s1.txt", 10, "乙县人民医院对口帮扶甲县人民医院。", "2020-05-01")
    )
    add_edge(graph, donor, recipient, Rel.PAIRS_WITH, ev("s2.txt", 3, "乙医与甲医结对。", None))
    add_edge(graph, agency, county_a, Rel.PAIRS_WITH, ev("s1.txt", 40, "无名卫健委帮扶甲县。", "2021"))
    add_edge(graph, county_b, city_hospital, Rel.PAIRS_WITH, ev("s3.txt", 0, "乙县帮扶甲市中心医院。", "2019-01"))
    add_edge(graph, hostile, recipient, Rel.PAIRS_WITH, ev("s4.txt", 5, f"{HOSTILE}帮扶'甲医'。", "2022-02-02"))
    for twin in twins:
        add_edge(graph, twin, recipient, Rel.PAIRS_WITH, ev("s5.txt", 7, "同名医院帮扶甲县人民医院。", "2018"))
    chain = [recipient, *(_hospital(graph, f"链{i}医院", county_a) for i in range(4))]
    for i, (a, b) in enumerate(zip(chain, chain[1:], strict=False)):
        add_edge(graph, b, a, Rel.PAIRS_WITH, ev("s6.txt", 100 * i, f"链{i}医院帮扶。", "2023"))

    for i, posted in enumerate([recipient, county_a, None]):
        expert = add_node(graph, Node(Label.EXPERT, f"专家{i}", f"专家{i}"), doc="s1.txt")
        add_edge(graph, donor, expert, Rel.SENDS, ev("s1.txt", 200 + i, f"乙县人民医院选派专家{i}。", f"2020-0{i + 1}"))
        if posted:
            add_edge(graph, expert, posted, Rel.POSTED_TO, ev("s1.txt", 300 + i, f"专家{i}派驻。", None))
    for name, founder in (("新生儿科", donor), ("儿科", county_b), ("无主科", None)):
        department = add_node(graph, Node(Label.DEPARTMENT, name, f"{name}@甲县人民医院"), doc="s2.txt")
        add_edge(graph, department, recipient, Rel.PART_OF, ev("s2.txt", 50, f"甲县人民医院{name}。", "2021-03"))
        if founder:
            add_edge(graph, founder, department, Rel.FOUNDED, ev("s2.txt", 60, f"建成{name}。", "2021-03"))
    return graph


def _place(graph, label, name, code, parent, aliases=frozenset(), lon: float | None = 100.5) -> str:
    above = graph.nodes[parent] if parent else {"hierarchy": [], "codes": []}
    props = {"code": code, "hierarchy": [*above["hierarchy"], name], "codes": [*above["codes"], code]}
    if lon is not None:
        props.update(lon=lon, lat=30.25)
    place = add_node(graph, Node(label, name, code, set(aliases), props), doc="s1.txt")
    if parent:
        add_edge(graph, place, parent, Rel.LOCATED_IN)
    return place


def _hospital(graph, name, place, aliases=frozenset(), key=None) -> str:
    node = Node(Label.HOSPITAL, name, key or name, set(aliases), {"region": graph.nodes[place]["code"]})
    hospital = add_node(graph, node, doc="s1.txt")
    add_edge(graph, hospital, place, Rel.LOCATED_IN)
    return hospital


def _evidence(doc: str, start: int, sentence: str, date: str | None) -> Evidence:
    return Evidence(doc, sentence, start, start + len(sentence), date)
