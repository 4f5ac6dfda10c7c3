"""Generated aid graphs of any size, shaped like the real ones, for load tests and benchmarks."""

from __future__ import annotations

import random

import networkx as nx

from graphaid.graph import add_edge, add_node, new_graph
from graphaid.model import Evidence, Label, Node, Rel


def synthetic_graph(counties: int = 2000, seed: int = 0) -> nx.MultiDiGraph:
    """An aid graph with about 5.1 nodes and 11.1 relationships per county.

    Ten provinces, a city per ten counties, two hospitals per county, each pairing with two hospitals
    elsewhere; one expert sent and one department founded per county. Every aid relationship has one
    evidence record; places carry codes, hierarchy, aliases and coordinates.
    """
    rng = random.Random(seed)
    graph = new_graph()
    provinces = [_place(graph, Label.PROVINCE, f"省{p:02d}", f"{p + 11:02d}0000", None) for p in range(10)]
    cities = []
    for c in range(max(1, counties // 10)):
        province = provinces[c % len(provinces)]
        code = graph.nodes[province]["code"][:2] + f"{c // len(provinces) + 1:02d}00"
        cities.append(_place(graph, Label.CITY, f"市{c:04d}", code, province))
    hospitals = []
    for k in range(counties):
        city = cities[k % len(cities)]
        code = graph.nodes[city]["code"][:4] + f"{k // len(cities) + 1:02d}"
        county = _place(graph, Label.COUNTY, f"县{k:05d}", code, city)
        for h in range(2):
            node = Node(Label.HOSPITAL, f"县{k:05d}第{h + 1}人民医院", f"h{k}-{h}", {f"{k:05d}医院"}, {"region": code})
            hospital = add_node(graph, node, doc=f"doc{k % 500:03d}.txt")
            add_edge(graph, hospital, county, Rel.LOCATED_IN)
            hospitals.append(hospital)
    for i, donor in enumerate(hospitals):
        for _ in range(2):
            recipient = hospitals[rng.randrange(len(hospitals))]
            if recipient == donor:
                recipient = hospitals[(i + 1) % len(hospitals)]
            add_edge(graph, donor, recipient, Rel.PAIRS_WITH, _evidence(rng, i, "对口帮扶"))
    for k in range(counties):
        donor, recipient = hospitals[2 * k], hospitals[(2 * k + 7) % len(hospitals)]
        expert = add_node(graph, Node(Label.EXPERT, f"专家{k:05d}", f"x{k}"))
        add_edge(graph, donor, expert, Rel.SENDS, _evidence(rng, k, "选派"))
        add_edge(graph, expert, recipient, Rel.POSTED_TO, _evidence(rng, k, "派驻"))
        department = add_node(graph, Node(Label.DEPARTMENT, f"科室{k:05d}", f"d{k}"))
        add_edge(graph, donor, department, Rel.FOUNDED, _evidence(rng, k, "建成"))
        add_edge(graph, department, recipient, Rel.PART_OF, _evidence(rng, k, "设立"))
    return graph


def _place(graph: nx.MultiDiGraph, label: Label, name: str, code: str, parent: str | None) -> str:
    above = graph.nodes[parent] if parent else {"hierarchy": [], "codes": []}
    props = {
        "code": code,
        "hierarchy": [*above["hierarchy"], name],
        "codes": [*above["codes"], code],
        "lon": 100.0 + int(code) % 997 / 100,
        "lat": 30.0 + int(code) % 991 / 100,
    }
    place = add_node(graph, Node(label, name, code, {name[1:]}, props))
    if parent:
        add_edge(graph, place, parent, Rel.LOCATED_IN)
    return place


def _evidence(rng: random.Random, i: int, verb: str) -> Evidence:
    start = rng.randrange(10_000)
    sentence = f"第{i}号文件记载：某医院{verb}某县医院，开展技术培训、远程会诊与学科建设，取得了阶段性成效。"
    date = f"20{rng.randrange(15, 24)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return Evidence(f"doc{i % 500:03d}.txt", sentence, start, start + len(sentence), date)
