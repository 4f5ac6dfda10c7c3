"""The Neo4j store on a real Neo4j 5 server: loading, idempotence, round trip, hostile text, crashes and errors."""

import json
import signal
from contextlib import contextmanager

import neo4j_server
import pytest
from click.testing import CliRunner
from conftest import own_neo4j
from support.samples import HOSTILE, sample_graph
from support.synthetic import synthetic_graph

from graphaid.cli import main
from graphaid.graph import add_edge, add_node, new_graph, node_link, save_graph
from graphaid.model import Label, Rel, evidence, node
from graphaid.neo4j import (
    DOCUMENT,
    GraphSchemaError,
    Neo4jStoreError,
    connect,
    evidence_from_properties,
    expected_counts,
    node_properties,
    plan_load,
    relationship_properties,
)

NO_NEO4J_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


def comparable(graph) -> dict:
    """Node-link data without None values (Neo4j has no null properties) and without build bookkeeping."""
    data = node_link(graph)
    return {
        "nodes": [{k: v for k, v in n.items() if v is not None} for n in data["nodes"]],
        "edges": [{k: v for k, v in e.items() if v is not None} for e in data["edges"]],
    }


def test_seeds_load_with_the_same_counts_as_the_embedded_store(bolt, seeds_graph):
    report = bolt.load(seeds_graph)
    assert report.nodes == seeds_graph.number_of_nodes() > 0
    assert report.relationships == seeds_graph.number_of_edges() > 0
    assert bolt.counts() == expected_counts(seeds_graph)


def test_loading_the_same_graph_twice_changes_nothing(bolt, seeds_graph):
    bolt.load(seeds_graph, batch_size=7)
    first_counts, first_graph = bolt.counts(), comparable(bolt.read_graph())
    bolt.load(seeds_graph, batch_size=7)
    assert bolt.counts() == first_counts
    assert comparable(bolt.read_graph()) == first_graph


def test_neo4j_keeps_everything_the_embedded_store_has(bolt, seeds_graph):
    graph = sample_graph()
    for graph_in in (seeds_graph, graph):
        bolt.run("MATCH (n) DETACH DELETE n")
        bolt.load(graph_in)
        assert comparable(bolt.read_graph()) == comparable(graph_in)
    stored = bolt.run(
        "MATCH (k:County {name: $name}) RETURN k.code AS code, k.hierarchy AS hierarchy, k.aliases AS aliases",
        {"name": "茶陵县"},
    ).rows
    assert stored == [{"code": "430224", "hierarchy": ["湖南省", "株洲市", "茶陵县"], "aliases": ["茶陵"]}]
    evidence = bolt.run(
        "MATCH (:Hospital {name: $a})-[r:PAIRS_WITH]->(:Hospital {name: $b}) "
        "RETURN r.evidence_docs AS docs, r.evidence_starts AS starts, r.evidence_dates AS dates, r.date AS date",
        {"a": "如东县人民医院", "b": "茶陵县人民医院"},
    ).rows
    assert evidence == [
        {"docs": ["s1.txt", "s2.txt"], "starts": [10, 3], "dates": ["2020-05-01", ""], "date": "2020-05-01"}
    ]


def test_loading_a_bigger_graph_adds_only_what_is_new(bolt):
    full = sample_graph()
    hospitals = [n for n, d in full.nodes(data=True) if d["label"] == Label.HOSPITAL]
    part = full.subgraph(set(full) - set(hospitals[:3])).copy()
    part.graph.update(full.graph)
    bolt.load(part)
    assert bolt.counts() == expected_counts(part) != expected_counts(full)
    bolt.load(full)
    assert bolt.counts() == expected_counts(full)
    assert comparable(bolt.read_graph()) == comparable(full)


def test_a_load_into_an_empty_database_creates_what_a_load_into_a_full_one_merges(bolt):
    graph = sample_graph()
    created = plan_load(graph, absent=frozenset([*Rel, *Label, DOCUMENT]))
    assert all("CREATE (a)" in b.statement for b in created if b.kind == "relationships")
    assert all("CREATE (n:" in b.statement for b in created if b.kind == "nodes")
    assert not any(" CREATE (" in b.statement for b in plan_load(graph))  # a database that has them all: merged
    bolt.load(graph)  # no relationship of any type yet: all created
    first = comparable(bolt.read_graph())
    assert first == comparable(graph)
    bolt.load(graph)  # now merged: nothing doubles
    assert bolt.counts() == expected_counts(graph)
    assert comparable(bolt.read_graph()) == first


def test_nodes_another_load_commits_after_this_one_was_planned_are_merged_not_doubled(bolt, monkeypatch):
    # an interrupted load's last transaction, left on a stalled server, may commit after a rerun found the
    # database without such nodes and planned to create them
    # (skipped by the creates, then merged: no transaction fails on the constraint, which left the connection it
    # ran on unanswered now and then)
    from neo4j.exceptions import Neo4jError

    graph = sample_graph()
    bolt.load(graph)
    monkeypatch.setattr(bolt, "_absent", lambda: frozenset([*Label, DOCUMENT]))
    opened, failures = bolt._session, []

    @contextmanager
    def session(read_only=False):
        with opened(read_only) as real:
            execute_write = real.execute_write

            def recording_failures(*args):
                try:
                    return execute_write(*args)
                except Neo4jError as exc:
                    failures.append(exc)
                    raise

            real.execute_write = recording_failures
            yield real

    monkeypatch.setattr(bolt, "_session", session)
    bolt.load(graph)
    assert bolt.counts() == expected_counts(graph)
    assert not failures


@pytest.mark.parametrize("as_failed_result", [False, True])
def test_a_violation_of_the_constraint_by_a_load_committing_meanwhile_is_merged(bolt, monkeypatch, as_failed_result):
    # another load may commit a node between this batch's look for it and its create: the driver reports the
    # violation, as itself or as the failed result it caused (depending on when the server's answer arrives), and
    # the planned creates are merged all the same
    from neo4j.exceptions import ConstraintError, ResultFailedError

    graph = sample_graph()
    bolt.load(graph)
    monkeypatch.setattr(bolt, "_absent", lambda: frozenset([*Label, DOCUMENT]))
    opened = bolt._session
    violated = []

    @contextmanager
    def session(read_only=False):
        with opened(read_only) as real:
            execute_write = real.execute_write

            def violating_the_first_create(work, statement, rows):
                if " CREATE (" in statement and not violated:
                    violated.append(statement)
                    if as_failed_result:
                        raise ResultFailedError(None, "The result has failed.") from ConstraintError()
                    raise ConstraintError()
                return execute_write(work, statement, rows)

            real.execute_write = violating_the_first_create
            yield real

    monkeypatch.setattr(bolt, "_session", session)
    bolt.load(graph)
    assert violated
    assert bolt.counts() == expected_counts(graph)


def test_two_edges_of_one_type_between_two_nodes_become_one_relationship_in_an_empty_database(bolt):
    graph = new_graph()
    donor = add_node(graph, node(Label.HOSPITAL, "甲市第一医院", "h1"))
    recipient = add_node(graph, node(Label.HOSPITAL, "乙县人民医院", "h2"))
    graph.add_edge(donor, recipient, key="first", type=Rel.PAIRS_WITH.value, evidence=[])
    graph.add_edge(donor, recipient, key="second", type=Rel.PAIRS_WITH.value, evidence=[])
    assert all("MERGE (a)" in b.statement for b in plan_load(graph, absent=frozenset(Rel)) if b.kind == "relationships")
    bolt.load(graph)
    assert bolt.counts()[Rel.PAIRS_WITH.value] == 1


def test_new_evidence_on_a_loaded_relationship_replaces_its_lists(bolt):
    graph = sample_graph()
    bolt.load(graph)
    source, target = next((u, v) for u, v, d in graph.edges(data=True) if d["type"] == Rel.POSTED_TO)
    add_edge(graph, source, target, Rel.POSTED_TO, evidence("s9.txt", "又一次派驻。", 1, 7, "2024-01-01"))
    bolt.load(graph)
    assert bolt.counts() == expected_counts(graph)
    assert comparable(bolt.read_graph()) == comparable(graph)


def test_hostile_names_are_stored_as_data(bolt):
    graph = sample_graph()
    bolt.load(graph)
    assert bolt.counts() == expected_counts(graph)
    rows = bolt.run(
        "MATCH (h:Hospital {name: $name}) RETURN h.name AS name, h.aliases AS aliases", {"name": HOSTILE}
    ).rows
    assert rows == [{"name": HOSTILE, "aliases": ["'; MATCH (n) DETACH DELETE n; //", "`Hospital`"]}]
    sentence = bolt.run(
        "MATCH (h:Hospital {name: $name})-[r:PAIRS_WITH]->() RETURN r.evidence_sentences AS s", {"name": HOSTILE}
    ).rows
    assert sentence == [{"s": [f"{HOSTILE}帮扶'茶陵医院'。"]}]


def test_labels_and_types_outside_the_schema_are_refused_before_anything_is_written(bolt):
    graph = new_graph()
    graph.add_node("h_1", label="Hospital`) DETACH DELETE n //", name="x", aliases=[], docs=[])
    with pytest.raises(GraphSchemaError, match="not in graphaid's schema"):
        bolt.load(graph)
    graph = sample_graph()
    source, target = list(graph.edges())[0]
    graph.add_edge(source, target, key="KNOWS]->() DELETE n //", type="KNOWS]->() DELETE n //", evidence=[])
    with pytest.raises(GraphSchemaError, match="KNOWS"):
        bolt.load(graph)
    assert sum(bolt.counts().values()) == 0


def test_every_label_gets_a_uniqueness_constraint_on_id(bolt):
    bolt.ensure_schema()
    constraints = bolt.run("SHOW CONSTRAINTS").rows
    unique_ids = {
        tuple(c["labelsOrTypes"])
        for c in constraints
        if "UNIQUE" in str(c.get("type")) and c.get("properties") == ["id"]
    }
    assert {(str(label),) for label in Label} <= unique_ids


def test_batches_never_put_data_into_cypher_text():
    graph = sample_graph()
    texts = {batch.statement for batch in plan_load(graph, batch_size=3)}
    names = {d["name"] for _, d in graph.nodes(data=True)}
    assert not any(name in text for name in names for text in texts)
    assert all("$rows" in text for text in texts)


def heavy_graph(edges: int, records: int, sentence_chars: int):
    """Hospitals paired by edges that each carry many long evidence records, as aggregated edges do at scale."""
    graph = new_graph()
    hospitals = [add_node(graph, node(Label.HOSPITAL, f"第{i}人民医院", f"h{i}")) for i in range(edges + 1)]
    for i in range(edges):
        for r in range(records):
            sentence = f"{i}-{r}" + "帮" * sentence_chars
            add_edge(graph, hospitals[i], hospitals[i + 1], Rel.PAIRS_WITH, evidence(f"d{r}.txt", sentence, 0, 9))
    return graph


def test_batches_are_cut_by_size_as_well_as_by_rows():
    graph = heavy_graph(edges=40, records=20, sentence_chars=100)
    batches = [b for b in plan_load(graph, batch_size=1000, max_bytes=50_000) if b.kind == "relationships"]
    assert [key for b in batches for key in b.items] == sorted(graph.edges(keys=True))
    assert len(batches) > 1
    for batch in batches:
        wire = len(json.dumps(batch.rows, ensure_ascii=False).encode())
        assert len(batch) == 1 or wire <= 50_000
    alone = plan_load(graph, batch_size=1000, max_bytes=100)  # a row bigger than the cap goes on its own
    assert all(len(b) == 1 for b in alone)


def test_a_graph_larger_than_one_bolt_message_loads_whole(bolt):
    # 24 MB of evidence: one batch would exceed a Bolt server's message cap (ArcadeDB's 16 MiB, for one)
    graph = heavy_graph(edges=200, records=40, sentence_chars=1000)
    report = bolt.load(graph)
    assert report.relationships == 200
    stored = bolt.run("MATCH ()-[r:PAIRS_WITH]->() RETURN sum(size(r.evidence_sentences)) AS n").rows
    assert stored == [{"n": 200 * 40}]


def test_cli_loads_with_options_and_with_environment_variables(bolt_server, bolt, tmp_path):
    uri, user, password, database = bolt_server
    path = tmp_path / "sample.json"
    graph = sample_graph()
    save_graph(graph, path)
    args = ["load", "--graph", str(path), "--neo4j", uri, "--user", user, "--batch-size", "5"]
    args += ["--password", password] if password else []
    args += ["--database", database] if database else []
    result = CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
    assert result.exit_code == 0, result.output
    assert f"{graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships merged" in result.output
    env = {"NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password, "NEO4J_DATABASE": database}
    result = CliRunner().invoke(main, ["load", "--graph", str(path), "-q"], env=env)
    assert result.exit_code == 0, result.output
    assert bolt.counts() == expected_counts(graph)


def cli_error(args: list[str]) -> str:
    result = CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


def test_unreachable_server_wrong_password_and_unknown_database_give_one_line_errors(bolt_server, tmp_path):
    uri, user, password, database = bolt_server
    path = tmp_path / "sample.json"
    save_graph(sample_graph(), path)
    base = ["load", "--graph", str(path), "--user", user]
    message = cli_error([*base, "--neo4j", f"bolt://127.0.0.1:{neo4j_server.free_port()}", "--password", "x" * 8])
    assert "cannot reach Neo4j" in message
    message = cli_error(
        [*base, "--neo4j", uri, "--password", "wrong-password", *(["--database", database] * bool(database))]
    )
    assert "refused user" in message
    message = cli_error([*base, "--neo4j", uri, "--password", password or "", "--database", "no_such_database_here"])
    assert "no_such_database_here" in message
    message = cli_error(["query", "donors_ranked", "--neo4j", "http://127.0.0.1:1"])
    assert "not a Neo4j URI" in message


@pytest.fixture(scope="module")
def spare_server(tmp_path_factory):
    """A second Neo4j, for the tests that kill or pause it (the session's server stays untouched)."""
    with own_neo4j(tmp_path_factory.mktemp("spare-neo4j")) as server:
        yield server


@pytest.fixture
def victim(spare_server):
    """The spare server running, with its database empty; afterwards running again whatever the test did to it."""
    spare_server.start()
    with connect(spare_server.uri, spare_server.user, spare_server.password) as store:
        store.run("MATCH (n) DETACH DELETE n")
    yield spare_server
    if spare_server.process.poll() is None:
        spare_server.process.send_signal(signal.SIGCONT)


def test_killing_the_server_mid_load_gives_a_clear_error_and_a_rerun_completes_it(victim, tmp_path):
    graph = synthetic_graph(counties=60)
    path = tmp_path / "synthetic.json"
    save_graph(graph, path)
    server = victim
    try:
        batches = []

        def crash_after_three(batch):
            batches.append(batch)
            if len(batches) == 3:
                server.kill()

        store = connect(server.uri, server.user, server.password, server.database, retry_seconds=0)
        with store, pytest.raises(Neo4jStoreError, match="lost the connection .* run the same load again"):
            # one writer: the batches reported are exactly the ones committed when the server dies
            store.load(graph, batch_size=40, on_batch=crash_after_three, writers=1)
        message = cli_error(
            [
                "load",
                "--graph",
                str(path),
                "--neo4j",
                server.uri,
                "--password",
                server.password,
                "--user",
                server.user,
                "--retry-seconds",
                "0",
            ]
        )
        assert "cannot reach Neo4j" in message

        server.start()
        with connect(server.uri, server.user, server.password, server.database) as store:
            kept = sum(store.counts().values())
        assert kept == sum(len(batch.rows) for batch in batches) < graph.number_of_nodes() + graph.number_of_edges()
        args = ["load", "--graph", str(path), "--neo4j", server.uri, "--user", server.user]
        args += ["--password", server.password]
        result = CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
        assert result.exit_code == 0, result.output
        with connect(server.uri, server.user, server.password, server.database) as store:
            assert store.counts() == expected_counts(graph)
            assert comparable(store.read_graph()) == comparable(graph)
    finally:
        server.start()


def test_values_neo4j_cannot_hold_are_stored_as_json_and_evidence_as_parallel_lists():
    props = node_properties(
        "k_1",
        {
            "label": "County",
            "name": "甲县",
            "lon": 100.5,
            "codes": ["1", Label.CITY],
            "mixed": [1, "a"],
            "extra": {"a": 1},
        },
    )
    assert props == {
        "id": "k_1",
        "name": "甲县",
        "lon": 100.5,
        "codes": ["1", "City"],
        "mixed": '[1, "a"]',
        "extra": '{"a": 1}',
    }
    evidence = [{"doc": "d", "sentence": "s", "start": 1, "end": 2, "date": None}]
    props = relationship_properties({"type": "SENDS", "date": None, "evidence": evidence})
    assert props["evidence_dates"] == [""] and props["evidence_starts"] == [1] and "type" not in props
    assert evidence_from_properties(props) == evidence


def test_a_server_that_stops_answering_times_out_ctrl_c_stops_a_load_and_a_rerun_completes_it(victim, tmp_path):
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    graph = synthetic_graph(counties=60)
    path = tmp_path / "synthetic.json"
    save_graph(graph, path)
    server = victim
    graphaid = str(Path(sys.executable).parent / "graphaid")
    options = ["--neo4j", server.uri, "--user", server.user, "--password", server.password]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    try:
        paused = []

        def pause_after_three(batch):
            paused.append(batch)
            if len(paused) == 3:
                server.process.send_signal(signal.SIGSTOP)

        store = connect(server.uri, server.user, server.password, server.database, timeout=3)
        started = time.monotonic()
        with pytest.raises(Neo4jStoreError, match="has not answered for 3 s .* run the same command again"):
            store.load(graph, batch_size=40, on_batch=pause_after_three)
        store.close()
        assert time.monotonic() - started < 30

        # a query against the paused server gives up after its timeout with one line
        started = time.monotonic()
        query = subprocess.run(
            [graphaid, "query", "donors_ranked", *options, "--timeout", "3"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert query.returncode == 1 and "has not answered" in query.stderr and "Traceback" not in query.stderr
        assert time.monotonic() - started < 30

        # Ctrl-C stops a load waiting on the paused server at once, with a message (the load starts with Ctrl-C's
        # default action: a suite run as a shell's background job inherits SIGINT ignored, and so would the load)
        load = subprocess.Popen(
            [graphaid, "load", "--graph", str(path), *options, "-q"],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        time.sleep(5)
        load.send_signal(signal.SIGINT)
        interrupted = time.monotonic()
        _, err = load.communicate(timeout=30)
        assert time.monotonic() - interrupted < 5
        assert load.returncode == 1 and "interrupted" in err and "Traceback" not in err, err

        server.process.send_signal(signal.SIGCONT)
        result = CliRunner().invoke(main, ["load", "--graph", str(path), *options], env=NO_NEO4J_ENV)
        assert result.exit_code == 0, result.output
        with connect(server.uri, server.user, server.password, server.database) as store:
            assert store.counts() == expected_counts(graph)
            assert comparable(store.read_graph()) == comparable(graph)
    finally:
        server.process.send_signal(signal.SIGCONT)


def test_the_launcher_prints_its_uri_first_and_stops_cleanly_on_sigterm(tmp_path):
    import subprocess
    import sys

    from neo4j import GraphDatabase

    own_neo4j(tmp_path)  # skips without Java
    command = [sys.executable, str(neo4j_server.__file__), "--quick", "--data", str(tmp_path / "data")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        uri = process.stdout.readline().strip()
        assert uri.startswith("bolt://127.0.0.1:"), process.stderr.read()
        with GraphDatabase.driver(uri, auth=None) as driver:
            driver.execute_query("CREATE (:Probe {n: 1})")  # authentication is off
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
    log = (tmp_path / "data" / "neo4j" / "logs" / "debug.log").read_text()
    assert 'Checkpoint triggered by "Database shutdown"' in log  # a clean stop, not a kill


def test_the_launcher_says_what_is_missing_without_java(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"} | {"PATH": str(tmp_path)}
    command = [sys.executable, str(neo4j_server.__file__), "--data", str(tmp_path / "data")]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert "no java on PATH" in done.stderr and "Traceback" not in done.stderr


def test_load_replace_leaves_no_stale_nodes_relationships_or_properties(bolt_server, bolt, tmp_path):
    graph = sample_graph()
    graph.graph["documents"] = {"s1.txt": {"sha1": "1", "path": "s1.txt"}, "s2.txt": {"sha1": "2", "path": "s2.txt"}}
    bolt.load(graph)
    bolt.run("MATCH (k:County {name: '茶陵县'}) CREATE (:Note {text: 'kept'})-[:ABOUT]->(k)")  # not graphaid's
    corrected = graph.copy()
    corrected.graph["documents"] = {"s1.txt": {"sha1": "1", "path": "s1.txt"}}
    hospital = next(n for n, d in corrected.nodes(data=True) if d["name"] == "链3医院")
    corrected.remove_node(hospital)
    source, target, key = next((u, v, k) for u, v, k, t in corrected.edges(keys=True, data="type") if t == "SENDS")
    corrected.remove_edge(source, target, key)
    county = next(n for n, d in corrected.nodes(data=True) if d["name"] == "茶陵县")
    del corrected.nodes[county]["codes"]
    path = tmp_path / "corrected.json"
    save_graph(corrected, path)

    bolt.load(corrected)  # merging alone keeps what the corrected graph dropped
    assert bolt.counts() == expected_counts(graph)
    args = ["load", "--graph", str(path), "--neo4j", bolt_server[0], "--user", bolt_server[1]]
    args += ["--password", bolt_server[2], "--replace"]
    result = CliRunner().invoke(main, args, env=NO_NEO4J_ENV)
    assert result.exit_code == 0, result.output
    # the SENDS dropped, and the hospital dropped with its LOCATED_IN and PAIRS_WITH
    assert "1 stale nodes and 3 stale relationships deleted" in result.output
    assert bolt.counts() == expected_counts(corrected)
    assert comparable(bolt.read_graph()) == comparable(corrected)
    kept = bolt.run("MATCH (:Note)-[:ABOUT]->(k:County) RETURN k.name AS county, k.codes AS codes").rows
    assert kept == [{"county": "茶陵县", "codes": None}]
    assert bolt.run("MATCH (d:Document) RETURN d.id AS id").rows == [{"id": "s1.txt"}]


def test_documents_become_nodes_every_fact_points_at(bolt, seeds_graph):
    report = bolt.load(seeds_graph)
    documents = seeds_graph.graph["documents"]
    assert report.documents == len(documents) == 5
    assert bolt.read_graph().graph["documents"] == {
        doc: {k: v for k, v in meta.items() if v is not None} for doc, meta in documents.items()
    }
    dangling = bolt.run(
        "MATCH ()-[r]->() UNWIND r.evidence_docs AS doc OPTIONAL MATCH (d:Document {id: doc}) "
        "WITH doc WHERE d IS NULL RETURN count(doc) AS n"
    ).rows
    assert dangling == [{"n": 0}]
    pointed = bolt.run(
        "MATCH ()-[r:PAIRS_WITH]->() MATCH (d:Document) WHERE d.id IN r.evidence_docs RETURN count(DISTINCT d) AS n"
    ).rows
    assert pointed[0]["n"] > 0
    source, target, data = next((u, v, d) for u, v, d in seeds_graph.edges(data=True) if d["type"] == "PAIRS_WITH")
    rows = bolt.run(
        "MATCH (a {id: $a})-[r:PAIRS_WITH]->(b {id: $b}) MATCH (d:Document) WHERE d.id IN r.evidence_docs "
        "RETURN d.file AS file, d.date AS date ORDER BY file",
        {"a": source, "b": target},
    ).rows
    docs = sorted({record["doc"] for record in data["evidence"]})
    assert rows == [{"file": doc.split("#")[0], "date": documents[doc].get("date")} for doc in docs]
