"""Load benchmark: rows (nodes + relationships) per second from graphaid into a Bolt server.

    .venv/bin/python bench/bench_load.py [--counties 2000] [--batch-size 2000] [--runs 3]

Loads a generated aid graph (graphaid.testing.synthetic; 2000 counties = 10,210 nodes and 22,199
relationships) into ArcadeDB started on free loopback ports (graphaid.testing.arcadedb), or into the server
of NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE when NEO4J_URI is set (its database is emptied).
The first load warms the server up; then the database is emptied and loaded again ``--runs`` times, and the
same graph is loaded on top ``--runs`` times (nothing new: every row is a MERGE that finds its match).
Times are wall-clock for the whole ``Neo4jStore.load`` call, planning and constraints included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack

from graphaid.neo4j import Neo4jStore, connect, expected_counts
from graphaid.testing.arcadedb import ArcadeDBServer
from graphaid.testing.synthetic import synthetic_graph


def empty(store: Neo4jStore) -> None:
    """Delete everything, a few thousand nodes per transaction (bounded: stops when nothing is left)."""
    for _ in range(10_000):
        if not store.run("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted").rows[0]["deleted"]:
            return
    raise RuntimeError("the database did not empty")


def timed_load(store: Neo4jStore, graph, batch_size: int) -> tuple[int, float]:
    started = time.perf_counter()
    report = store.load(graph, batch_size)
    return report.rows, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counties", type=int, default=2000, help="graph size: about 16 rows per county")
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    graph = synthetic_graph(args.counties)
    nodes, relationships = graph.number_of_nodes(), graph.number_of_edges()
    with ExitStack() as stack:
        if os.environ.get("NEO4J_URI"):
            target = os.environ["NEO4J_URI"]
            store = stack.enter_context(
                connect(
                    target,
                    os.environ.get("NEO4J_USER", "neo4j"),
                    os.environ.get("NEO4J_PASSWORD"),
                    os.environ.get("NEO4J_DATABASE"),
                )
            )
        else:
            root = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-arcadedb-"))
            server = stack.enter_context(ArcadeDBServer(root, memory="1g"))
            target = f"ArcadeDB {server.uri} (-Xmx1g)"
            store = stack.enter_context(connect(server.uri, server.user, server.password, server.database))
        empty(store)
        print(f"graph: {nodes:,} nodes + {relationships:,} relationships = {nodes + relationships:,} rows")
        print(f"server: {target}; batch size {args.batch_size}; client cores: {os.cpu_count()}")
        print()
        print(f"{'run':<34}{'rows':>8}{'seconds':>10}{'rows/s':>10}")
        results: dict[str, list[float]] = {"fresh": [], "again": []}

        def show(label: str, rows: int, seconds: float) -> float:
            print(f"{label:<34}{rows:>8,}{seconds:>10.2f}{rows / seconds:>10,.0f}")
            return rows / seconds

        show("1st load, cold server (warm-up)", *timed_load(store, graph, args.batch_size))
        for i in range(args.runs):
            empty(store)
            results["fresh"].append(
                show(f"load into emptied database #{i + 1}", *timed_load(store, graph, args.batch_size))
            )
        for i in range(args.runs):
            results["again"].append(
                show(f"same graph again (no change) #{i + 1}", *timed_load(store, graph, args.batch_size))
            )
        assert store.counts() == expected_counts(graph), "the database does not hold exactly the graph"
        print()
        print(
            f"median after warm-up: load into an empty database {statistics.median(results['fresh']):,.0f} rows/s, "
            f"reload {statistics.median(results['again']):,.0f} rows/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
