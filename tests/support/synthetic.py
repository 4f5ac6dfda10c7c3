"""Generated aid graphs of any size, shaped like the real ones, for load tests and benchmarks."""

from __future__ import annotations

import random

import networkx as nx

from graphaid.graph import add_edge, add_node, apply, new_graph
from graphaid.model import Label, Rel, evidence, node, node_id
from graphaid.places import gazetteer
from graphaid.resolve import place_records


def synthetic_graph(counties: int = 2000, seed: int = 0) -> nx.MultiDiGraph:
    """An aid graph on ``counties`` real counties of the division table, spread over all provinces.

    Each county comes with its prefecture and province as the resolver adds them, two hospitals, each pairing
    with two hospitals elsewhere, one expert sent and one department founded. Every aid relationship has one
    evidence record.
    """
    table = sorted(p.code for p in gazetteer().places.values() if p.level is Label.COUNTY)
    if not 0 < counties <= len(table):
        raise ValueError(f"counties must be 1 to {len(table)}, the counties in the division table")
    rng = random.Random(seed)
    graph = new_graph()
    hospitals = []
    for k in range(counties):
        code = table[k * len(table) // counties]
        doc = f"doc{k % 500:03d}.txt"
        apply(graph, *place_records(code, doc))
        name = gazetteer().places[code].name
        for h in range(2):
            hospital = add_node(
                graph,
                node(Label.HOSPITAL, f"{name}第{h + 1}人民医院", f"h{k}-{h}", {f"{k:05d}医院"}, {"region": code}, doc),
            )
            add_edge(graph, hospital, node_id(Label.COUNTY, code), Rel.LOCATED_IN)
            hospitals.append(hospital)
    for i, donor in enumerate(hospitals):
        for _ in range(2):
            recipient = hospitals[rng.randrange(len(hospitals))]
            if recipient == donor:
                recipient = hospitals[(i + 1) % len(hospitals)]
            add_edge(graph, donor, recipient, Rel.PAIRS_WITH, _evidence(rng, i, "对口帮扶"))
    for k in range(counties):
        donor, recipient = hospitals[2 * k], hospitals[(2 * k + 7) % len(hospitals)]
        expert = add_node(graph, node(Label.EXPERT, f"专家{k:05d}", f"x{k}"))
        add_edge(graph, donor, expert, Rel.SENDS, _evidence(rng, k, "选派"))
        add_edge(graph, expert, recipient, Rel.POSTED_TO, _evidence(rng, k, "派驻"))
        department = add_node(graph, node(Label.DEPARTMENT, f"科室{k:05d}", f"d{k}"))
        add_edge(graph, donor, department, Rel.FOUNDED, _evidence(rng, k, "建成"))
        add_edge(graph, department, recipient, Rel.PART_OF, _evidence(rng, k, "设立"))
    return graph


def _evidence(rng: random.Random, i: int, verb: str):
    start = rng.randrange(10_000)
    sentence = f"第{i}号文件记载：某医院{verb}某县医院，开展技术培训、远程会诊与学科建设，取得了阶段性成效。"
    date = f"20{rng.randrange(15, 24)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return evidence(f"doc{i % 500:03d}.txt", sentence, start, start + len(sentence), date)
