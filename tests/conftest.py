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


CORPORA = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_graphs(seeds_graph):
    """Name -> graph of the seeds and, when ../shared/corpus sits beside the checkout, of dev and dev2 (built once)."""
    from graphaid.pipeline import build

    graphs = {"seeds": seeds_graph}
    for name in ("dev", "dev2"):
        if (CORPORA / name).is_dir():
            graphs[name] = build([CORPORA / name], workers=2)[0]
    return graphs


# --- a real Neo4j 5 (tools/neo4j_server.py), started once for the session on a free loopback port -------------

import sys  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import neo4j_server  # noqa: E402

TEST_PASSWORD = "graphaid-test"  # authentication on, so a wrong password is refused as on a real deployment


def own_neo4j(root: Path) -> "neo4j_server.Neo4jServer":
    """A Neo4j server of the test's own (not yet started), for tests that kill or pause it; skips without Java."""
    reason = neo4j_server.unavailable()
    if reason:
        pytest.skip(f"no Neo4j for the Bolt tests: {reason}")
    return neo4j_server.Neo4jServer(root, password=TEST_PASSWORD, jvm_options=neo4j_server.QUICK_JVM_OPTIONS)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """(uri, user, password, database) of the session's Neo4j server."""
    with own_neo4j(tmp_path_factory.mktemp("neo4j")) as server:
        yield server.uri, server.user, server.password, server.database


@pytest.fixture
def bolt(bolt_server):
    """A store on the session's Neo4j with its database emptied."""
    from graphaid.neo4j import connect

    with connect(*bolt_server, retry_seconds=5) as store:
        store.run("MATCH (n) DETACH DELETE n")
        yield store


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, for the map and serve tests (each module skips where it is missing)."""
    from playwright.sync_api import sync_playwright
    from support.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
