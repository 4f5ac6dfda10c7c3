from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_graph():
    """The graph built from the five seed articles (built once per test session)."""
    from graphaid.pipeline import build

    graph, report = build([SEEDS])
    return graph


# --- a real Bolt server (graphaid.testing.arcadedb), and NEO4J_URI's server too when it is set -------------
# The tests empty the database they are given: point NEO4J_URI/NEO4J_DATABASE only at a scratch database.

import os  # noqa: E402

BOLT_TARGETS = ["arcadedb"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


@pytest.fixture(scope="session", params=BOLT_TARGETS)
def bolt_server(request, tmp_path_factory):
    """(uri, user, password, database) of a Bolt server for the whole session."""
    if request.param == "neo4j":
        yield (
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        )
        return
    from graphaid.testing.arcadedb import QUICK_JVM_OPTIONS, ArcadeDBServer

    with ArcadeDBServer(tmp_path_factory.mktemp("arcadedb"), jvm_options=QUICK_JVM_OPTIONS) as server:
        yield server.uri, server.user, server.password, server.database


@pytest.fixture
def bolt(bolt_server):
    """A store on the session's Bolt server with its database emptied."""
    from graphaid.neo4j import connect

    with connect(*bolt_server, retry_seconds=5) as store:
        store.run("MATCH (n) DETACH DELETE n")
        yield store
