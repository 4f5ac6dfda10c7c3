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
