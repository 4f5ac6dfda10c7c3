"""Load benchmark: rows (nodes + relationships) per second from graphaid into a Bolt server, and the headline
question "which donors serve this county" asked there and on the embedded store.

    .venv/bin/python bench/bench_load.py [--counties 2000] [--batch-size 10000] [--runs 3]
    .venv/bin/python bench/bench_load.py --graph aidgraph.json --runs 1 --memory 4g --json

Loads a generated aid graph (tests/support/synthetic.py; 2000 real counties = 10,365 nodes and 22,331
relationships), or the graph of ``--graph``, into Neo4j Community 5.26 started on a free loopback port
(tools/neo4j_server.py), or into the server of NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE when
NEO4J_URI is set (that database is emptied).

The first load warms the server up. Then the graph is loaded ``--runs`` times into the emptied database, and
``--runs`` times on top of itself (nothing new: every MERGE finds its match). Times are wall-clock for the whole
``Neo4jStore.load`` call, planning and constraints included. Then the named query ``donors_of_county`` runs for
``--queries`` random counties on Bolt and on the embedded store (p50/p95; the embedded store's one-off index build
is timed on its own; on Bolt the second pass over the counties, the first right after the loads is reported apart).
The machine's load average is printed too: on a shared 2-core machine other work takes CPU
from both the client and the server. With ``--json`` the last line is one JSON object for bench/run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import networkx as nx

from graphaid.graph import load_graph
from graphaid.neo4j import Neo4jStore, connect, expected_counts
from graphaid.queries import donors_of_county, get_query

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))
import neo4j_server  # noqa: E402  (tools/neo4j_server.py: the real Neo4j it loads into)
from support.synthetic import synthetic_graph  # noqa: E402  (tests/support: shared with the tests)


def empty(store: Neo4jStore) -> None:
    """Delete everything, a few thousand nodes per transaction (bounded: stops when nothing is left)."""
    for _ in range(10_000):
        if not store.run("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted").rows[0]["deleted"]:
            return
    raise RuntimeError("the database did not empty")


def process_cpu_seconds(pid: int | None) -> float:
    """CPU seconds (user + system) the process has used so far, 0 when it is not ours to read (Linux only)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def latencies(ask: Callable[[str], object], counties: list[str]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of asking about each county once."""
    times = []
    for county in counties:
        started = time.perf_counter()
        ask(county)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def county_names(graph: nx.MultiDiGraph, count: int) -> list[str]:
    """Division codes of random counties: a code names one county, where a name may name several."""
    codes = sorted({d["code"] for _, d in graph.nodes(data=True) if d["label"] == "County"})
    return random.Random(0).sample(codes, min(count, len(codes)))


def main() -> int:
    """Run the benchmark and print its table (and the JSON line with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="a graph saved by graphaid build (default: a generated one)")
    parser.add_argument("--counties", type=int, default=2000, help="generated graph size: about 16 rows per county")
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--writers", type=int, default=2, help="sessions writing at once (default 2)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory", default="1g", help="Neo4j's Java heap (4g for a 100,000-article graph)")
    parser.add_argument("--pagecache-mb", type=int, default=1024, help="Neo4j's page cache in MiB")
    parser.add_argument("--queries", type=int, default=50, help="random counties to ask about")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the results")
    args = parser.parse_args()
    say = (lambda *a: print(*a, file=sys.stderr, flush=True)) if args.json else print

    started = time.perf_counter()
    graph = load_graph(args.graph) if args.graph else synthetic_graph(args.counties)
    graph_name = (
        f"the graph in {Path(args.graph).name}" if args.graph else f"a generated graph of {args.counties} counties"
    )
    nodes, relationships = graph.number_of_nodes(), graph.number_of_edges()
    rows = nodes + relationships
    read_s = time.perf_counter() - started
    say(f"graph: {nodes:,} nodes + {relationships:,} relationships = {rows:,} rows (read in {read_s:.0f} s)")
    counties = county_names(graph, args.queries)
    result: dict = {"graph": graph_name, "rows": rows}
    with ExitStack() as stack:
        server_pid = None
        if os.environ.get("NEO4J_URI"):
            target = os.environ["NEO4J_URI"]
            login = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"))
            neo4j_store = stack.enter_context(connect(target, *login, os.environ.get("NEO4J_DATABASE")))
        else:
            root = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-neo4j-"))
            server = stack.enter_context(
                neo4j_server.Neo4jServer(root, heap=args.memory, pagecache_mb=args.pagecache_mb)
            )
            server_pid = server.process.pid
            target = f"Neo4j Community 5.26 {server.uri} (-Xmx{args.memory}, page cache {args.pagecache_mb} MiB)"
            neo4j_store = stack.enter_context(connect(server.uri, server.user, server.password))
        empty(neo4j_store)

        def fresh_store(_: int) -> Neo4jStore:
            empty(neo4j_store)
            return neo4j_store

        warm_up = neo4j_store
        result["server"] = target
        result["writers"] = args.writers

        load_average = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        say(f"server: {target}; batch size {args.batch_size}, {args.writers} writers; {load_average}")
        say()
        say(f"{'run':<40}{'rows':>8}{'seconds':>10}{'rows/s':>10}{'server CPU µs/row':>19}{'client':>8}")
        cpu: dict[str, list[float]] = {"server": [], "client": []}

        def run(label: str, store: Neo4jStore) -> float:
            server_cpu, client_cpu = process_cpu_seconds(server_pid), time.process_time()
            started = time.perf_counter()
            report = store.load(graph, args.batch_size, writers=args.writers)
            seconds = time.perf_counter() - started
            # CPU time per row says what a load costs even when other jobs take the cores away from it
            server_us = (process_cpu_seconds(server_pid) - server_cpu) / report.rows * 1e6
            client_us = (time.process_time() - client_cpu) / report.rows * 1e6
            cpu["server"].append(server_us)
            cpu["client"].append(client_us)
            say(
                f"{label:<40}{report.rows:>8,}{seconds:>10.2f}{report.rows / seconds:>10,.0f}"
                f"{server_us:>19,.0f}{client_us:>8,.0f}"
            )
            assert store.counts() == expected_counts(graph), "the database does not hold exactly the graph"
            return report.rows / seconds

        rates: dict[str, list[float]] = {"fresh": [], "again": []}
        result["cold_rows_per_s"] = run("1st load, cold server (warm-up)", warm_up)
        store = warm_up
        for i in range(args.runs):
            store = fresh_store(i)
            rates["fresh"].append(run(f"load into an empty database #{i + 1}", store))
        for i in range(args.runs):
            rates["again"].append(run(f"same graph again (no change) #{i + 1}", store))
        result["rows_per_s"] = statistics.median(rates["fresh"])
        result["seconds"] = rows / result["rows_per_s"]
        result["again_rows_per_s"] = statistics.median(rates["again"])
        result["fresh_rates"], result["again_rates"] = rates["fresh"], rates["again"]
        # the loads after the warm-up, fresh and again
        result["server_cpu_us_per_row"] = statistics.median(cpu["server"][1:]) if server_pid else None
        result["client_cpu_us_per_row"] = statistics.median(cpu["client"][1:])
        result["load_average"] = os.getloadavg()[0]
        say()
        say(
            f"median after warm-up: into an empty database {result['rows_per_s']:,.0f} rows/s, "
            f"same graph again {result['again_rows_per_s']:,.0f} rows/s "
            f"(load average now {os.getloadavg()[0]:.1f})"
        )

        if counties:
            cypher = get_query("donors_of_county").cypher
            store.run(cypher, {"county": counties[0]})
            # right after a load the server is still compiling the query's code paths and merging the names
            # index's segments: the first pass is reported apart, the second is the server in use
            first_p50, _ = latencies(lambda c: store.run(cypher, {"county": c}), counties)
            result["query_first_pass_p50_ms"] = first_p50
            result["query_p50_ms"], result["query_p95_ms"] = latencies(
                lambda c: store.run(cypher, {"county": c}), counties
            )
            started = time.perf_counter()
            donors_of_county(graph, counties[0])
            result["embedded_first_ms"] = (time.perf_counter() - started) * 1000
            p50, p95 = latencies(lambda c: donors_of_county(graph, c), counties)
            result["embedded_p50_ms"], result["embedded_p95_ms"] = p50, p95
            say(
                f"donors_of_county for {len(counties)} counties: Bolt p50 {result['query_p50_ms']:.1f} ms, "
                f"p95 {result['query_p95_ms']:.1f} ms (first pass after the loads p50 {first_p50:.1f} ms); "
                f"embedded p50 {p50:.2f} ms, p95 {p95:.2f} ms "
                f"(its first question builds the index: {result['embedded_first_ms']:,.0f} ms)"
            )
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
