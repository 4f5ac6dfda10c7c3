"""Map benchmark: a generated aid graph of 5,000 nodes and 10,000 relationships, written as HTML and opened in
headless Chromium. Prints the time to write each map and the time until the page is drawn and still.

Targets: written in < 2 s, drawn and still in the browser in < 5 s.

    .venv/bin/python bench/bench_map.py [--nodes 5000] [--edges 10000]
    .venv/bin/python bench/bench_map.py --graph aidgraph.json --nodes 5000 --json

With ``--graph``, the map is of the ``--nodes`` nodes nearest the county with the most aid links in a graph
graphaid built (breadth first over all relationships). With ``--json`` the last line is one JSON object for
bench/run.py: the network map's nodes, edges, seconds to write and seconds until drawn.

Needs Debian's chromium (apt-get install chromium) and Playwright from PyPI (the test extra).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graphaid.graph import add_edge, add_node, apply, load_graph, new_graph
from graphaid.model import Evidence, Label, Rel, evidence, node, node_id
from graphaid.places import gazetteer
from graphaid.render import write_map
from graphaid.resolve import place_records

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/support: shared with the tests)

DONOR_PROVINCES = ("11", "12", "31", "32", "33", "35", "37", "44")
RECIPIENT_PROVINCES = ("45", "51", "52", "53", "54", "62", "63", "65")


def generate_graph(n_nodes: int = 5000, n_edges: int = 10000, seed: int = 0) -> nx.MultiDiGraph:
    """An aid graph shaped like the real one: donor hospitals in the east pair with, send experts to and found
    departments in hospitals of western counties; every place and institution sits in the real division table."""
    rng = random.Random(seed)
    gz = gazetteer()
    graph = new_graph()
    counties = [p for p in gz.places.values() if p.level is Label.COUNTY and p.city]
    donors_c = [p for p in counties if p.code[:2] in DONOR_PROVINCES]
    recipients_c = [p for p in counties if p.code[:2] in RECIPIENT_PROVINCES]
    n_places = n_nodes // 10
    chosen = rng.sample(donors_c, n_places // 3) + rng.sample(recipients_c, n_places - n_places // 3)

    def sentence(i: int) -> Evidence:
        text = f"第{i}句：某医院对口帮扶某县人民医院，派驻专家开展诊疗。"
        return evidence(f"gen_{i % 97:03d}.txt", text, i, i + len(text), "2020-01-01")

    county_ids: dict[str, str] = {}
    for place in chosen:
        apply(graph, *place_records(place.code))  # as the resolver adds a division and its ancestors
        county_ids[place.code] = node_id(Label.COUNTY, place.code)
    remaining = n_nodes - graph.number_of_nodes()
    n_hospitals, n_experts = remaining * 2 // 5, remaining * 3 // 10
    hospitals = {"donor": [], "recipient": []}
    for i in range(n_hospitals):
        place = rng.choice(chosen)
        side = "donor" if place.code[:2] in DONOR_PROVINCES else "recipient"
        hid = add_node(graph, node(Label.HOSPITAL, f"{place.name}第{i}人民医院", f"h{i}", props={"region": place.code}))
        add_edge(graph, hid, county_ids[place.code], Rel.LOCATED_IN)
        hospitals[side].append(hid)
    for i in range(n_experts):
        xid = add_node(graph, node(Label.EXPERT, f"专家{i}", f"x{i}"))
        add_edge(graph, rng.choice(hospitals["donor"]), xid, Rel.SENDS, sentence(i))
        add_edge(graph, xid, rng.choice(hospitals["recipient"]), Rel.POSTED_TO, sentence(i))
    i = 0
    while graph.number_of_nodes() < n_nodes:
        did = add_node(graph, node(Label.DEPARTMENT, f"科室{i}", f"d{i}"))
        add_edge(graph, rng.choice(hospitals["donor"]), did, Rel.FOUNDED, sentence(i))
        add_edge(graph, did, rng.choice(hospitals["recipient"]), Rel.PART_OF, sentence(i))
        i += 1
    while graph.number_of_edges() < n_edges:
        i += 1
        add_edge(graph, rng.choice(hospitals["donor"]), rng.choice(hospitals["recipient"]), Rel.PAIRS_WITH, sentence(i))
    while graph.number_of_edges() > n_edges:
        u, v, k = next(e for e in graph.edges(keys=True) if e[2] == Rel.PAIRS_WITH)
        graph.remove_edge(u, v, k)
    return graph


def neighbourhood(graph: nx.MultiDiGraph, size: int) -> nx.MultiDiGraph:
    """The ``size`` nodes nearest the county with the most aid links, breadth first, with their edges."""
    counties = [n for n, label in graph.nodes(data="label") if label == Label.COUNTY]
    if not counties:
        raise SystemExit("the graph has no counties")
    undirected = graph.to_undirected(as_view=True)
    busiest = max(counties, key=lambda n: (undirected.degree(n), n))
    near = [busiest, *(v for _, v in nx.bfs_edges(undirected, busiest))]
    return graph.subgraph(near[:size]).copy()


def open_in_chromium(paths: list[Path], screenshots: Path | None = None) -> list[tuple[float, float, bool]]:
    """For each page: seconds from navigation until drawn (measured outside and inside the page), and whether
    nothing moved in the second after."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in paths:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
            start = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("window.graphaidMap && window.graphaidMap.drawn", timeout=120_000)
            drawn = time.perf_counter() - start
            in_page = page.evaluate("window.graphaidMap.drawnAt") / 1000
            before = page.evaluate("JSON.stringify(network.getPositions())")
            page.wait_for_timeout(1000)
            still = before == page.evaluate("JSON.stringify(network.getPositions())")
            still = still and not page.evaluate("network.physics.physicsEnabled")
            results.append((drawn, in_page, still))
            if screenshots:
                page.screenshot(path=screenshots / f"{path.stem}.png")
            page.close()
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--graph", type=Path, help="Map part of this graph (graphaid build's JSON) instead.")
    parser.add_argument("--screenshots", type=Path, help="Save a screenshot of each page in this folder.")
    parser.add_argument("--json", action="store_true", help="End with one JSON line of the network map's numbers.")
    args = parser.parse_args()
    say = (lambda *a: print(*a, file=sys.stderr, flush=True)) if args.json else print
    start = time.perf_counter()
    if args.graph:
        graph = neighbourhood(load_graph(args.graph), args.nodes)
        made = f"the {args.nodes:,} nodes nearest the busiest county of {args.graph}"
    else:
        graph = generate_graph(args.nodes, args.edges)
        made = "generated"
    say(
        f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {made} "
        f"({time.perf_counter() - start:.1f} s)"
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for kind, geo in (("network", False), ("geo", True)):
            path = Path(tmp) / f"{kind}.html"
            start = time.perf_counter()
            stats = write_map(graph, path, geo=geo)
            written = time.perf_counter() - start
            paths.append(path)
            rows.append([kind, stats.nodes, stats.edges, path.stat().st_size / 1e6, written])
        if not Path(CHROMIUM).exists():
            sys.exit(f"{CHROMIUM} not found: apt-get install chromium")
        for row, (drawn, in_page, still) in zip(rows, open_in_chromium(paths, args.screenshots), strict=True):
            row += [drawn, in_page, still]
    say()
    say(f"{'map':8} {'nodes':>6} {'edges':>6} {'MB':>5} {'write s':>8} {'drawn s':>8} {'in page':>8}  still")
    for kind, nodes, edges, mb, written, drawn, in_page, still in rows:
        say(f"{kind:8} {nodes:6} {edges:6} {mb:5.1f} {written:8.2f} {drawn:8.2f} {in_page:8.2f}  {still}")
    say("\ntargets: write < 2 s, drawn and still < 5 s")
    if args.json:
        _, nodes, edges, _, written, drawn, _, still = rows[0]
        print(json.dumps({"nodes": nodes, "edges": edges, "seconds": written, "drawn_seconds": drawn, "still": still}))


if __name__ == "__main__":
    main()
