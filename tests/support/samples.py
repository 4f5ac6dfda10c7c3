"""A small hand-built aid graph with every shape the named queries meet, for tests that must not hang on extraction.

Its places are real divisions from the division table (graphaid/places.py), added as the resolver adds them:
a donor county in one province (如东县, Jiangsu) helping a county in another (茶陵县, Hunan) by pairing,
experts (one never posted) and departments (one with no founder); a hospital placed only in a prefecture; an
agency with no place; two hospitals with the same name; a chain of pairings for network distances; evidence
without a date; and names written to break string-built Cypher. The hospitals, people and units are invented.
"""

from __future__ import annotations

import networkx as nx

from graphaid.graph import add_edge, add_node, apply, new_graph
from graphaid.model import Label, Rel, evidence, node, node_id
from graphaid.places import gazetteer
from graphaid.resolve import place_records

HOSTILE = 'O\'Brien "医院" `x` }) DETACH DELETE n //'
"""A hospital name with quotes, backticks and a Cypher injection attempt; it must be stored as plain data."""

RECIPIENT_COUNTY = "430224"  # 茶陵县, 株洲市, 湖南省 (short form 茶陵)
RECIPIENT_CITY = "430200"
DONOR_COUNTY = "320623"  # 如东县, 南通市, 江苏省
DONOR = "如东县人民医院"  # also called 如东医院
RECIPIENT = "茶陵县人民医院"  # also called 茶陵医院
CITY_HOSPITAL = "株洲市中心医院"


def sample_graph() -> nx.MultiDiGraph:
    """The sample graph; its story is in the module docstring."""
    graph = new_graph()
    county_a = add_place(graph, RECIPIENT_COUNTY)
    add_place(graph, RECIPIENT_CITY)  # named in the articles, not only as the place of a hospital
    county_b = add_place(graph, DONOR_COUNTY)

    donor = _hospital(graph, DONOR, DONOR_COUNTY, aliases={"如东医院"})
    recipient = _hospital(graph, RECIPIENT, RECIPIENT_COUNTY, aliases={"茶陵医院"})
    city_hospital = _hospital(graph, CITY_HOSPITAL, RECIPIENT_CITY)
    hostile = _hospital(graph, HOSTILE, RECIPIENT_COUNTY, aliases={"'; MATCH (n) DETACH DELETE n; //", "`Hospital`"})
    twins = [_hospital(graph, "同名医院", DONOR_COUNTY, key=f"同名医院-{i}") for i in range(2)]
    agency = add_node(graph, node(Label.AGENCY, "无名卫健委", "无名卫健委", doc="s1.txt"))

    ev = _evidence
    add_edge(graph, donor, recipient, Rel.PAIRS_WITH, ev("s1.txt", 10, f"{DONOR}对口帮扶{RECIPIENT}。", "2020-05-01"))
    add_edge(graph, donor, recipient, Rel.PAIRS_WITH, ev("s2.txt", 3, "如东医院与茶陵医院结对。", None))
    add_edge(graph, agency, county_a, Rel.PAIRS_WITH, ev("s1.txt", 40, "无名卫健委帮扶茶陵县。", "2021"))
    add_edge(graph, county_b, city_hospital, Rel.PAIRS_WITH, ev("s3.txt", 0, f"如东县帮扶{CITY_HOSPITAL}。", "2019-01"))
    add_edge(graph, hostile, recipient, Rel.PAIRS_WITH, ev("s4.txt", 5, f"{HOSTILE}帮扶'茶陵医院'。", "2022-02-02"))
    for twin in twins:
        add_edge(graph, twin, recipient, Rel.PAIRS_WITH, ev("s5.txt", 7, f"同名医院帮扶{RECIPIENT}。", "2018"))
    chain = [recipient, *(_hospital(graph, f"链{i}医院", RECIPIENT_COUNTY) for i in range(4))]
    for i, (a, b) in enumerate(zip(chain, chain[1:], strict=False)):
        add_edge(graph, b, a, Rel.PAIRS_WITH, ev("s6.txt", 100 * i, f"链{i}医院帮扶。", "2023"))

    for i, posted in enumerate([recipient, county_a, None]):
        expert = add_node(graph, node(Label.EXPERT, f"专家{i}", f"专家{i}", doc="s1.txt"))
        add_edge(graph, donor, expert, Rel.SENDS, ev("s1.txt", 200 + i, f"{DONOR}选派专家{i}。", f"2020-0{i + 1}"))
        if posted:
            add_edge(graph, expert, posted, Rel.POSTED_TO, ev("s1.txt", 300 + i, f"专家{i}派驻。", None))
    for name, founder in (("新生儿科", donor), ("儿科", county_b), ("无主科", None)):
        department = add_node(graph, node(Label.DEPARTMENT, name, f"{name}@{RECIPIENT}", doc="s2.txt"))
        add_edge(graph, department, recipient, Rel.PART_OF, ev("s2.txt", 50, f"{RECIPIENT}{name}。", "2021-03"))
        if founder:
            add_edge(graph, founder, department, Rel.FOUNDED, ev("s2.txt", 60, f"建成{name}。", "2021-03"))
    return graph


def add_place(graph: nx.MultiDiGraph, code: str, doc: str | None = "s1.txt") -> str:
    """Add a division of the division table with its ancestors, as an article naming it does; returns its id."""
    apply(graph, *place_records(code, doc))
    return node_id(gazetteer().places[code].level, code)


def _hospital(graph, name, code, aliases=frozenset(), key=None) -> str:
    hospital = add_node(graph, node(Label.HOSPITAL, name, key or name, aliases, {"region": code}, doc="s1.txt"))
    add_edge(graph, hospital, add_place(graph, code, None), Rel.LOCATED_IN)
    return hospital


def _evidence(doc: str, start: int, sentence: str, date: str | None):
    return evidence(doc, sentence, start, start + len(sentence), date)
