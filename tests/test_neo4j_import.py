"""graphaid export --format neo4j-import: files neo4j-admin database import reads, imported into a real Neo4j."""

import shlex

import neo4j_server
import networkx as nx
from click.testing import CliRunner
from conftest import own_neo4j
from support.samples import HOSTILE, sample_graph

from graphaid.cli import main
from graphaid.graph import save_graph
from graphaid.neo4j import connect, expected_counts
from graphaid.places import gazetteer
from graphaid.queries import get_query

NO_NEO4J_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


def comparable(graph) -> dict:
    """Nodes, edges and documents without None values (Neo4j has no null properties) and without empty lists
    (in the import's CSV an empty array is an empty field, which is no value)."""
    from graphaid.graph import node_link

    data = node_link(graph)
    return {
        "nodes": [{k: v for k, v in n.items() if v is not None and v != []} for n in data["nodes"]],
        "edges": [{k: v for k, v in e.items() if v is not None and v != []} for e in data["edges"]],
        "documents": {
            doc: {k: v for k, v in meta.items() if v is not None and k != "path_bytes"}
            for doc, meta in graph.graph["documents"].items()
        },
    }


def test_exported_files_import_with_neo4j_admin_into_the_same_graph(seeds_graph, tmp_path):
    graph = nx.compose(seeds_graph, sample_graph())
    graph.graph.update(seeds_graph.graph)
    path = tmp_path / "aid.json"
    save_graph(graph, path)
    result = CliRunner().invoke(
        main, ["export", "--graph", str(path), "--format", "neo4j-import", "-o", str(tmp_path / "csv")]
    )
    assert result.exit_code == 0, result.output
    command = next(shlex.split(line) for line in result.output.splitlines() if line.startswith("neo4j-admin "))
    assert command[:4] == ["neo4j-admin", "database", "import", "full"] and command[-1] == "neo4j"
    header = (tmp_path / "csv" / "nodes_Hospital.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id:ID(Entity),:LABEL,aliases:string[],") and ",name:string" in header
    header = (tmp_path / "csv" / "relationships_PAIRS_WITH.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(":START_ID(Entity),:END_ID(Entity),:TYPE,") and "evidence_starts:long[]" in header

    server = own_neo4j(tmp_path / "server")  # skips without Java
    done = neo4j_server.admin(server.root / "neo4j", *command[1:])
    assert done.returncode == 0 and "IMPORT DONE" in done.stdout, done.stdout + done.stderr
    # (its report goes to the server's home, not where the tests run)
    assert (server.root / "neo4j" / "import.report").is_file()
    with server, connect(server.uri, server.user, server.password) as store:
        assert store.counts() == expected_counts(graph)
        assert comparable(store.read_graph()) == comparable(graph)
        hostile = store.run("MATCH (h:Hospital {name: $n}) RETURN h.aliases AS a", {"n": HOSTILE}).rows
        assert hostile == [{"a": ["'; MATCH (n) DETACH DELETE n; //", "`Hospital`"]}]
        store.load(graph)  # what graphaid load does next: the indexes, and nothing new
        assert store.counts() == expected_counts(graph)
        query = get_query("donors_of_county")
        county = gazetteer().lookup("茶陵县")[0].code
        assert store.ask("donors_of_county", county=county).rows == query.run(graph, county=county) != []


def test_neo4j_import_wants_a_folder(tmp_path):
    path = tmp_path / "aid.json"
    save_graph(sample_graph(), path)
    result = CliRunner().invoke(main, ["export", "--graph", str(path), "--format", "neo4j-import"], env=NO_NEO4J_ENV)
    assert result.exit_code == 1 and "-o DIR" in result.output
