"""One answer to "who serves this county", wherever it is asked: the donors command and the named query, the
library and the CLI, the embedded store and Neo4j give the same rows on the seeds, dev and dev2 corpora."""

import json

import pytest
from click.testing import CliRunner

from graphaid.cli import main
from graphaid.graph import save_graph
from graphaid.places import gazetteer
from graphaid.queries import donors_of_county, run_named
from graphaid.questions import donor_entities, donors
from graphaid.stores import EmbeddedStore

NO_NEO4J_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


def cli_json(*args: str, env=None) -> list[dict]:
    result = CliRunner().invoke(main, [*args, "--format", "json"], env=env or NO_NEO4J_ENV)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def pairs(rows: list[dict]) -> set[tuple[str, str]]:
    return {(r["donor_region"], r["recipient_region"]) for r in rows}


@pytest.fixture(scope="module")
def saved(corpus_graphs, tmp_path_factory):
    """Each corpus's graph saved as a graph file, for the CLI."""
    folder = tmp_path_factory.mktemp("graphs")
    for name, graph in corpus_graphs.items():
        save_graph(graph, folder / f"{name}.json")
    return folder


def test_every_way_of_asking_gives_the_same_table_on_the_embedded_store(corpus_graphs, saved):
    assert {"seeds", "dev", "dev2"} <= set(corpus_graphs) or set(corpus_graphs) == {"seeds"}
    for name, graph in corpus_graphs.items():
        table = [row.as_dict() for row in donors(graph)]
        path = str(saved / f"{name}.json")
        assert pairs(table), name
        assert run_named(graph, "donor_county_table") == table, name
        assert EmbeddedStore(graph).ask("donor_county_table").rows == table, name
        assert cli_json("donors", "--graph", path) == table, name
        assert cli_json("query", "donor_county_table", "--graph", path) == table, name


def test_one_county_is_the_tables_rows_for_it_and_its_entities_are_donors_of_county(corpus_graphs):
    for name, graph in corpus_graphs.items():
        table = donors(graph)
        for code in sorted({row.recipient_code for row in table}):
            within = [r for r in table if gazetteer().is_within(r.recipient_code, code)]
            assert donors(graph, code) == within, (name, code)
        counties = sorted({d["code"] for _, d in graph.nodes(data=True) if d["label"] == "County"})
        for code in counties:
            entities = {(r["donor"], r["recipient"], r["via"]) for r in donor_entities(graph, code)}
            named = {(r["donor"], r["recipient"], r["via"]) for r in donors_of_county(graph, code)}
            assert entities == named, (name, code)


def test_the_seeds_answer_for_a_county_is_every_donor_the_articles_state(corpus_graphs, saved):
    path = str(saved / "seeds.json")
    for args in (["donors", "--county", "丁青县"], ["query", "donor_county_table"]):
        rows = [r for r in cli_json(*args, "--graph", path) if r["recipient_region"] == "丁青县"]
        # the whole city's aid stands beside its districts' hospitals' aid
        assert pairs(rows) == {("天津市", "丁青县"), ("北辰区", "丁青县"), ("武清区", "丁青县")}


def test_every_way_of_asking_gives_the_same_table_on_neo4j(corpus_graphs, bolt, bolt_server):
    uri, user, password, database = bolt_server
    env = {"NEO4J_USER": user, "NEO4J_PASSWORD": password, "NEO4J_DATABASE": database, "NEO4J_URI": None}
    for name, graph in corpus_graphs.items():
        bolt.load(graph, replace=True)
        table = [row.as_dict() for row in donors(graph)]
        assert [row.as_dict() for row in donors(bolt)] == table, name
        assert bolt.ask("donor_county_table").rows == table, name
        assert cli_json("donors", "--neo4j", uri, env=env) == table, name
        assert cli_json("query", "donor_county_table", "--neo4j", uri, env=env) == table, name
        county = table[0]["recipient_code"]
        assert donor_entities(bolt, county) == donor_entities(graph, county), name
        assert donors(bolt, county, since=2019) == donors(graph, county, since=2019), name


def test_maps_and_embedded_cypher_load_neither_questions_nor_the_bolt_writer():
    import subprocess
    import sys

    code = (
        "import sys, graphaid.adhoc, graphaid.render, graphaid.layout, graphaid.selection, graphaid.flows; "
        "print(sorted(m for m in sys.modules if m in ('graphaid.neo4j', 'graphaid.questions', 'graphaid.queries')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
