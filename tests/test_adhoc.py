"""Ad-hoc Cypher: grand-cypher on the embedded store agrees with Neo4j, and says plainly what it cannot run."""

import pytest
from click.testing import CliRunner
from support.samples import HOSTILE, sample_graph

from graphaid.adhoc import UnsupportedCypher, check_cypher, run_cypher
from graphaid.cli import main
from graphaid.graph import save_graph

NO_NEO4J_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}

SHARED_CYPHER = [
    "MATCH (h:Hospital)-[r:PAIRS_WITH]->(k:Hospital) RETURN h.name, k.name, r.date ORDER BY h.name, k.name",
    "MATCH (h:Hospital) WHERE h.region = '430224' RETURN h.name, h.aliases ORDER BY h.name",
    "MATCH (h:Hospital)-[:SENDS]->(x:Expert) RETURN h.name AS hospital, count(x) AS experts ORDER BY experts DESC",
    "MATCH (k:County {name: '茶陵县'}) RETURN k.code, k.hierarchy, k.codes, k.aliases",
    'MATCH (a)-[r:PAIRS_WITH]->(b:Hospital {name: "茶陵县人民医院"}) RETURN a.name, r.evidence_docs, '
    "r.evidence_starts, r.evidence_dates ORDER BY a.name",
    "MATCH (x:Expert)-[:POSTED_TO]->(k:County) RETURN x.name, k.name",
]


@pytest.mark.parametrize("cypher", SHARED_CYPHER)
def test_grand_cypher_on_the_embedded_store_answers_like_neo4j(cypher, bolt):
    graph = sample_graph()
    bolt.load(graph)
    embedded = run_cypher(graph, cypher)
    assert embedded.rows, "the query should find something in the sample graph"
    assert embedded.rows == bolt.run(cypher).rows


@pytest.mark.parametrize(
    ("cypher", "says"),
    [
        ("MATCH (h) OPTIONAL MATCH (h)-->(x) RETURN h.name", "cannot run OPTIONAL MATCH"),
        ("MATCH (h) WITH h RETURN h.name", "cannot run WITH"),
        ("MATCH (h) WHERE h.name = $name RETURN h.name", "takes no parameters"),
        ("CREATE (h:Hospital {name: 'x'})", "read-only: grand-cypher cannot run CREATE"),
        ("MATCH (h) DETACH DELETE h", "read-only"),
        ("MATCH (h) SET h.name = 'x'", "read-only"),
        ("MATCH (h) RETURN labels(h)", "grand-cypher cannot run this query"),
    ],
)
def test_cypher_grand_cypher_cannot_run_is_refused_with_a_plain_reason(cypher, says):
    with pytest.raises(UnsupportedCypher, match=says):
        run_cypher(sample_graph(), cypher)


def test_keywords_and_quotes_inside_strings_are_data():
    assert check_cypher("MATCH (h {name: 'WITH x'}) RETURN h.name") == 'MATCH (h {name: "WITH x"}) RETURN h.name'
    rows = run_cypher(
        sample_graph(),
        f"MATCH (h:Hospital) WHERE h.name = '{HOSTILE.replace(chr(39), chr(92) + chr(39))}' RETURN h.name",
    ).rows
    assert rows == [{"h.name": HOSTILE}]


def test_cli_runs_ad_hoc_cypher_on_either_store(bolt_server, bolt, tmp_path):
    uri, user, password, database = bolt_server
    graph = sample_graph()
    bolt.load(graph)
    path = tmp_path / "sample.json"
    save_graph(graph, path)
    cypher = "MATCH (x:Expert)-[:POSTED_TO]->(k:County) RETURN x.name AS expert, k.name AS county"
    embedded = CliRunner().invoke(
        main, ["query", "--cypher", cypher, "--graph", str(path), "--format", "csv"], env=NO_NEO4J_ENV
    )
    env = {"NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password, "NEO4J_DATABASE": database}
    on_neo4j = CliRunner().invoke(main, ["query", "--cypher", cypher, "--format", "csv"], env=env)
    assert embedded.exit_code == on_neo4j.exit_code == 0, embedded.output + on_neo4j.output
    assert embedded.output == on_neo4j.output == "expert,county\n专家1,茶陵县\n"
    with_params = CliRunner().invoke(
        main,
        [
            "query",
            "--cypher",
            "MATCH (k:County) WHERE k.name = $name RETURN k.code AS code LIMIT $n",
            "-p",
            "name=茶陵县",
            "-p",
            "n=1",
            "--format",
            "json",
        ],
        env=env,
    )
    assert with_params.exit_code == 0, with_params.output
    assert '"code": "430224"' in with_params.output
    refused = CliRunner().invoke(
        main, ["query", "--cypher", "MATCH (h) WITH h RETURN h", "--graph", str(path)], env=NO_NEO4J_ENV
    )
    assert refused.exit_code == 1 and "cannot run WITH" in refused.output and "Traceback" not in refused.output


def test_ad_hoc_cypher_on_neo4j_reads_only_unless_write_is_given(bolt_server, bolt):
    uri, user, password, database = bolt_server
    graph = sample_graph()
    bolt.load(graph)
    options = ["--neo4j", uri, "--user", user, "--password", password]
    for cypher in (
        "MATCH (n) DETACH DELETE n",
        "MATCH (k:County) SET k.name = 'x'",
        "CREATE INDEX probe_index IF NOT EXISTS FOR (n:Probe) ON (n.x)",
    ):
        refused = CliRunner().invoke(main, ["query", *options, "--cypher", cypher], env=NO_NEO4J_ENV)
        assert refused.exit_code == 1 and "read-only" in refused.output and "--write" in refused.output, cypher
    assert sum(bolt.counts().values()) == graph.number_of_nodes() + graph.number_of_edges()
    assert not bolt.run("SHOW INDEXES YIELD name WHERE name = 'probe_index' RETURN name").rows
    cypher = "MATCH (x:Expert {name: '专家2'}) DETACH DELETE x RETURN 1 AS deleted"
    written = CliRunner().invoke(main, ["query", *options, "--write", "--cypher", cypher], env=NO_NEO4J_ENV)
    assert written.exit_code == 0, written.output
    assert bolt.counts()["Expert"] == 2
    misplaced = CliRunner().invoke(main, ["query", "donors_ranked", *options, "--write"], env=NO_NEO4J_ENV)
    assert misplaced.exit_code == 1 and "--write is for --cypher" in misplaced.output
