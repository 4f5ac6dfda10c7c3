"""Load a built graph into a Bolt server and time the headline question on both stores.

    .venv/bin/python bench/bench_scale_queries.py GRAPH.json [--counties 50] [--memory 6g] [--batch-size 5000]

For the graph ``bench/run.py`` builds from 100,000 generated articles: loads it into ArcadeDB (started on free
loopback ports, graphaid.testing.arcadedb) and prints the rows/s of that load, then "which donors serve this
county" for random counties — ``questions.donors`` and the named query ``donors_of_county`` on the embedded
store, and ``donors_of_county``'s Cypher on Bolt — as p50/p95 latencies. The embedded store's first question
builds its donor table and name index; that one-off time is printed on its own.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack

from graphaid.graph import load_graph
from graphaid.neo4j import connect
from graphaid.queries import donors_of_county, get_query
from graphaid.questions import donors
from graphaid.testing.arcadedb import ArcadeDBServer


def latencies(ask: Callable[[str], object], counties: list[str]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of asking about each county once."""
    times = []
    for county in counties:
        started = time.perf_counter()
        ask(county)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def main() -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("--counties", type=int, default=50)
    parser.add_argument("--memory", default="6g", help="ArcadeDB's Java heap")
    parser.add_argument("--batch-size", type=int, default=5000)
    args = parser.parse_args()

    started = time.perf_counter()
    graph = load_graph(args.graph)
    print(
        f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, "
        f"read in {time.perf_counter() - started:.1f} s"
    )
    names = sorted({d["name"] for _, d in graph.nodes(data=True) if d["label"] == "County"})
    counties = random.Random(0).sample(names, min(args.counties, len(names)))

    started = time.perf_counter()
    donors(graph, counties[0])
    donors_of_county(graph, counties[0])
    first = time.perf_counter() - started
    rows = [("embedded: first question (builds the donor table and name index)", f"{first * 1000:,.0f} ms", "")]
    p50, p95 = latencies(lambda c: donors(graph, c), counties)
    rows.append(("embedded: questions.donors(graph, county)", f"p50 {p50:.2f} ms", f"p95 {p95:.2f} ms"))
    p50, p95 = latencies(lambda c: donors_of_county(graph, c), counties)
    rows.append(("embedded: named query donors_of_county", f"p50 {p50:.2f} ms", f"p95 {p95:.2f} ms"))

    cypher = get_query("donors_of_county").cypher
    with ExitStack() as stack:
        root = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-scale-"))
        server = stack.enter_context(ArcadeDBServer(root, memory=args.memory))
        store = stack.enter_context(connect(server.uri, server.user, server.password, server.database))
        report = store.load(graph, batch_size=args.batch_size)
        rate = f"{report.rows / report.seconds:,.0f} rows/s"
        rows.append(("Bolt: load (first, cold server)", rate, f"{report.rows:,} rows in {report.seconds:.0f} s"))
        store.run(cypher, {"county": counties[0]})
        p50, p95 = latencies(lambda c: store.run(cypher, {"county": c}), counties)
        rows.append(("Bolt: named query donors_of_county", f"p50 {p50:.2f} ms", f"p95 {p95:.2f} ms"))
    print()
    print("| measure | result | |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
