"""The two stores behind one small interface: load a graph, answer a named question, run Cypher, list the acts of aid.

:class:`EmbeddedStore` holds a networkx graph (the graph file); :class:`graphaid.neo4j.Neo4jStore` a Neo4j
database over Bolt. Whatever asks (``graphaid donors``, ``graphaid query``, a notebook) gets the same answer
from either:

    from graphaid.stores import EmbeddedStore
    store = EmbeddedStore(load_graph("aidgraph.json"))
    store.ask("donors_of_county", county="台江县").rows
    donors(store)  # graphaid.questions.donors: the donor table of either store
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import networkx as nx

from graphaid.properties import QueryResult
from graphaid.schema import Act, acts


@runtime_checkable
class Store(Protocol):
    """What graphaid asks of a store."""

    def load(self, graph: nx.MultiDiGraph) -> object:
        """Put the graph into the store."""

    def ask(self, name: str, /, **params: str | int) -> QueryResult:
        """Answer a named question (graphaid.queries); a parameter that names nothing raises LookupError."""

    def run(self, cypher: str, parameters: dict | None = None, read_only: bool = False) -> QueryResult:
        """Run Cypher."""

    def acts(self) -> list[Act]:
        """Every act of aid (graphaid.schema.Act): what the donor table is made of."""


class EmbeddedStore:
    """The networkx graph as a store: named questions as networkx functions, Cypher through grand-cypher."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        from graphaid.graph import new_graph

        self.graph = graph if graph is not None else new_graph()

    def load(self, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """Hold this graph from now on."""
        self.graph = graph
        return graph

    def ask(self, name: str, /, **params: str | int) -> QueryResult:
        """Answer a named question on the graph."""
        from graphaid.queries import get_query

        query = get_query(name)
        return QueryResult(list(query.columns), query.run(self.graph, **params))

    def run(self, cypher: str, parameters: dict | None = None, read_only: bool = True) -> QueryResult:
        """Run read-only Cypher with grand-cypher (no parameters: it takes none)."""
        from graphaid.adhoc import run_cypher

        if parameters:
            raise ValueError("grand-cypher takes no parameters: write the values into the query, or use --neo4j")
        return run_cypher(self.graph, cypher)

    def acts(self) -> list[Act]:
        """Every act of aid in the graph."""
        return acts(self.graph)
