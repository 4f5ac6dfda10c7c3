"""Ad-hoc Cypher on the embedded store, through grand-cypher.

The graph is shown to grand-cypher with the same labels, relationship types and properties it has in Neo4j
(see :mod:`graphaid.neo4j`: evidence as ``evidence_docs``, ``evidence_sentences``, ...), so a query that
grand-cypher can run gives the same rows on both stores. grand-cypher reads only: MATCH ... WHERE ...
RETURN with ORDER BY, SKIP, LIMIT and COUNT/SUM/AVG/MIN/MAX/COLLECT. It has no parameters, OPTIONAL MATCH,
WITH, UNWIND, UNION, CALL and no writes; :func:`run_cypher` says so plainly instead of failing obscurely.
"""

from __future__ import annotations

import re

import networkx as nx

from graphaid.properties import QueryResult, node_properties, relationship_properties


class UnsupportedCypher(ValueError):
    """Cypher that grand-cypher cannot run on the embedded store; the message says what and where to go."""


_WRITES = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "LOAD")
_UNSUPPORTED = {
    "OPTIONAL": "OPTIONAL MATCH",
    "WITH": "WITH",
    "UNWIND": "UNWIND",
    "UNION": "UNION",
    "CALL": "CALL (procedures and subqueries)",
}
_AGGREGATES = ("count", "sum", "avg", "min", "max", "collect")
_HINT = "run it on Neo4j instead (graphaid query --neo4j URI --cypher ...)"


def cypher_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as grand-cypher sees it: Neo4j's properties plus ``__labels__`` on nodes and relationships."""
    view = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        view.add_node(node, __labels__={data["label"]}, **node_properties(node, data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        view.add_edge(source, target, key=key, __labels__={data["type"]}, **relationship_properties(data))
    return view


def check_cypher(cypher: str) -> str:
    """The query as grand-cypher wants it, or UnsupportedCypher saying which part it cannot run.

    Two spellings are translated: single-quoted strings become double-quoted, and lower-case aggregate
    names (``count(...)``) become upper-case.
    """
    tokens = list(_tokens(cypher))
    words = [text.upper() for kind, text in tokens if kind == "word"]
    for word in words:
        if word in _WRITES:
            raise UnsupportedCypher(f"the embedded store is read-only: grand-cypher cannot run {word}; {_HINT}")
        if word in _UNSUPPORTED:
            raise UnsupportedCypher(f"grand-cypher cannot run {_UNSUPPORTED[word]} on the embedded store; {_HINT}")
    if any(kind == "param" for kind, _ in tokens):
        raise UnsupportedCypher(
            f"grand-cypher takes no parameters ($...): write the values into the query (in double quotes), or {_HINT}"
        )
    out = []
    for i, (kind, text) in enumerate(tokens):
        if kind == "string" and text.startswith("'"):
            text = '"' + text[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
        elif kind == "word" and text.lower() in _AGGREGATES and _next_is_paren(tokens, i):
            text = text.upper()
        out.append(text)
    return "".join(out)


def _next_is_paren(tokens: list[tuple[str, str]], i: int) -> bool:
    for kind, text in tokens[i + 1 :]:
        if kind != "space":
            return text == "("
    return False


_TOKEN = re.compile(
    r"""(?P<string>'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")
      |(?P<quoted>`[^`]*`)
      |(?P<comment>//[^\n]*)
      |(?P<param>\$\w+)
      |(?P<word>[A-Za-z_]\w*)
      |(?P<space>\s+)
      |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def _tokens(cypher: str):
    for match in _TOKEN.finditer(cypher):
        yield match.lastgroup, match.group()


def run_cypher(graph: nx.MultiDiGraph, cypher: str) -> QueryResult:
    """Run read-only Cypher on the embedded store with grand-cypher."""
    from grandcypher import GrandCypher
    from lark.exceptions import LarkError

    query = check_cypher(cypher)
    try:
        result = GrandCypher(cypher_view(graph)).run(query)
    except LarkError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnsupportedCypher(
            f"grand-cypher cannot run this query ({first}); it runs MATCH ... WHERE ... RETURN with ORDER BY, "
            f"SKIP, LIMIT and COUNT/SUM/AVG/MIN/MAX/COLLECT, strings in double quotes; {_HINT}"
        ) from None
    columns = [str(column) for column in result]
    values = [[_plain(v) for v in result[column]] for column in result]
    rows = [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
    return QueryResult(columns, rows)


def _plain(value):
    """grand-cypher's node and edge dicts in the shape graphaid.neo4j.plain gives Neo4j's."""
    if isinstance(value, dict) and "__labels__" in value:
        labels = sorted(value["__labels__"])
        rest = {k: _plain(v) for k, v in value.items() if k != "__labels__"}
        if "id" in rest:
            return {"_labels": labels, **rest}
        return {"_type": labels[0] if labels else None, **rest}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
