"""Load benchmark: rows (nodes + relationships) per second from graphaid into a Bolt server.

    .venv/bin/python bench/bench_load.py [--counties 2000] [--batch-size 2000] [--runs 3]

Loads a generated aid graph (graphaid.testing.synthetic; 2000 counties = 10,210 nodes and 22,199
relationships) into ArcadeDB started on free loopback ports (graphaid.testing.arcadedb), or into the server
of NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE when NEO4J_URI is set (that database is emptied).

The first load warms the server up. Then the graph is loaded ``--runs`` times into an empty database (on
ArcadeDB a new one each time; on Neo4j the emptied database), and ``--runs`` times on top of itself (nothing
new: every MERGE finds its match). Times are wall-clock for the whole ``Neo4jStore.load`` call, planning and
constraints included. The machine's load average is printed too: on a shared 2-core machine other work
takes CPU from both the client and the server.
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


def main() -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counties", type=int, default=2000, help="graph size: about 16 rows per county")
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    graph = synthetic_graph(args.counties)
    nodes, relationships = graph.number_of_nodes(), graph.number_of_edges()
    rows = nodes + relationships
    with ExitStack() as stack:
        if os.environ.get("NEO4J_URI"):
            target = os.environ["NEO4J_URI"]
            login = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"))
            neo4j_store = stack.enter_context(connect(target, *login, os.environ.get("NEO4J_DATABASE")))
            empty(neo4j_store)

            def fresh_store(_: int) -> Neo4jStore:
                empty(neo4j_store)
                return neo4j_store

            warm_up = neo4j_store
        else:
            root = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-arcadedb-"))
            fresh_names = tuple(f"fresh{i}" for i in range(args.runs))
            server = stack.enter_context(ArcadeDBServer(root, memory="1g", extra_databases=fresh_names))
            target = f"ArcadeDB {server.uri} (-Xmx1g)"

            def fresh_store(i: int) -> Neo4jStore:
                return stack.enter_context(connect(server.uri, server.user, server.password, fresh_names[i]))

            warm_up = stack.enter_context(connect(server.uri, server.user, server.password, server.database))

        print(f"graph: {nodes:,} nodes + {relationships:,} relationships = {rows:,} rows")
        load_average = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        print(f"server: {target}; batch size {args.batch_size}; {load_average}")
        print()
        print(f"{'run':<40}{'rows':>8}{'seconds':>10}{'rows/s':>10}")

        def run(label: str, store: Neo4jStore) -> float:
            started = time.perf_counter()
            report = store.load(graph, args.batch_size)
            seconds = time.perf_counter() - started
            print(f"{label:<40}{report.rows:>8,}{seconds:>10.2f}{report.rows / seconds:>10,.0f}")
            assert store.counts() == expected_counts(graph), "the database does not hold exactly the graph"
            return report.rows / seconds

        results: dict[str, list[float]] = {"fresh": [], "again": []}
        run("1st load, cold server (warm-up)", warm_up)
        store = warm_up
        for i in range(args.runs):
            store = fresh_store(i)
            results["fresh"].append(run(f"load into an empty database #{i + 1}", store))
        for i in range(args.runs):
            results["again"].append(run(f"same graph again (no change) #{i + 1}", store))
        print()
        print(
            f"median after warm-up: into an empty database {statistics.median(results['fresh']):,.0f} rows/s, "
            f"same graph again {statistics.median(results['again']):,.0f} rows/s "
            f"(load average now {os.getloadavg()[0]:.1f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
