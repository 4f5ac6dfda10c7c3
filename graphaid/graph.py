"""The embedded store: the aid graph as a networkx MultiDiGraph, saved to and loaded from one JSON file.

Node attributes: ``label``, ``name``, ``aliases`` (list), ``docs`` (list); places also ``code``,
``hierarchy`` (list of names, province first) and ``codes`` (their division codes); hospitals and agencies
``region`` (the code of the finest place their name or text gives). Edge attributes: ``type`` (also the
edge key, so there is one edge per source, target and type), ``evidence`` (list of {doc, sentence, start,
end, date}), ``date`` (the earliest date of its evidence).
The file is node-link JSON (``networkx.node_link_data(G, edges="edges")``) with the documents read in
``graph.documents``.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

import networkx as nx

from graphaid.model import Evidence, Label, Node, Rel

SCHEMA_VERSION = 1


class GraphFileError(Exception):
    """A graph file that is missing or not a graphaid graph; the message says what to do."""


def new_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.graph.update(schema=SCHEMA_VERSION, documents={})
    return graph


_DERIVED: WeakKeyDictionary = WeakKeyDictionary()


def derived(graph: nx.MultiDiGraph) -> dict:
    """A memo for indexes built from a graph (the donor table, the name index).

    add_node and add_edge empty it, and so does any change in the number of nodes; a graph changed by other
    means than these functions, keeping its nodes, should be given to ``forget(graph)``.
    """
    nodes = graph.number_of_nodes()
    entry = _DERIVED.get(graph)
    if entry is None or entry[0] != nodes:
        entry = _DERIVED[graph] = (nodes, {})
    return entry[1]


def forget(graph: nx.MultiDiGraph) -> None:
    """Drop what ``derived`` holds for a graph."""
    _DERIVED.pop(graph, None)


def add_node(graph: nx.MultiDiGraph, node: Node, doc: str | None = None) -> str:
    """Add or merge a node; aliases and documents accumulate, the fullest name a text gives is the name.

    Documents are merged one at a time, so a document already recorded is the last one in ``docs``:
    checking the tail keeps this cheap for places named in thousands of articles.
    """
    forget(graph)
    node_id = node.id
    data = graph.nodes.get(node_id)
    if data is None:
        aliases = set(node.aliases)
        aliases.discard(node.name)
        graph.add_node(node_id, label=str(node.label), name=node.name, aliases=sorted(aliases), docs=[], **node.props)
        data = graph.nodes[node_id]
    else:
        known = set(data["aliases"])
        names = node.aliases | {node.name}
        if not names <= known | {data["name"]}:
            if len(node.name) > len(data["name"]) and node.label is not Label.EXPERT:
                known.add(data["name"])
                data["name"] = node.name
            known |= names
            known.discard(data["name"])
            data["aliases"] = sorted(known)
        for key, value in node.props.items():
            data.setdefault(key, value)
    if doc and (not data["docs"] or data["docs"][-1] != doc) and doc not in data["docs"][-8:]:
        data["docs"].append(doc)
    return node_id


def add_edge(graph: nx.MultiDiGraph, source: str, target: str, rel: Rel, evidence: Evidence | None = None) -> None:
    """Add a relationship or add evidence to the one already there (same source, target and type).

    Evidence is kept in the order documents were merged; a record is a duplicate only within its own
    document, so only the tail of the list is compared.
    """
    forget(graph)
    key = str(rel)
    data = graph.get_edge_data(source, target, key)
    if data is None:
        graph.add_edge(source, target, key=key, type=key, evidence=[], date=None)
        data = graph.edges[source, target, key]
    if evidence is None:
        return
    record = evidence.as_dict()
    records = data["evidence"]
    for earlier in reversed(records):
        if earlier["doc"] != record["doc"]:
            break
        if earlier == record:
            return
    records.append(record)
    if record["date"] and (data["date"] is None or record["date"] < data["date"]):
        data["date"] = record["date"]


def node_link(graph: nx.MultiDiGraph) -> dict:
    """Node-link JSON as ../shared/eval reads it, nodes and edges in a stable order."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["type"]))
    return data


def save_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph to one JSON file, atomically (a crash never leaves half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(node_link(graph), fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by save_graph."""
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no graph file here; build one first with 'graphaid build PATH --graph {path}'")
    # Python's cycle collector would walk the millions of new objects again and again while they are made (it
    # more than doubles the time for a large graph), and the graph holds no cycles worth collecting; once read,
    # the graph is moved out of the collector's sight (gc.freeze), so later work is not slowed by walking it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{path}: not a graphaid graph file ({exc})") from None
    finally:
        if collecting:
            gc.enable()
    del data
    gc.freeze()
    if graph.graph.get("schema") != SCHEMA_VERSION:
        raise GraphFileError(f"{path}: not a graphaid graph file (no schema {SCHEMA_VERSION} marker)")
    graph.graph.setdefault("documents", {})
    return graph


def to_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(node_link(graph), ensure_ascii=False, indent=1)


def to_graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML; lists and evidence records become JSON strings, since GraphML holds only scalars."""
    flat = nx.MultiDiGraph()
    for node_id, data in sorted(graph.nodes(data=True)):
        flat.add_node(node_id, **{k: _scalar(v) for k, v in data.items()})
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **{k: _scalar(v) for k, v in data.items()})
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_csv(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """Two CSV tables: nodes and edges (one row per relationship, evidence joined)."""
    nodes = io.StringIO()
    writer = csv.writer(nodes)
    writer.writerow(["id", "label", "name", "aliases", "code", "hierarchy", "docs"])
    for node_id, data in sorted(graph.nodes(data=True)):
        writer.writerow(
            [
                node_id,
                data["label"],
                data["name"],
                "|".join(data.get("aliases", ())),
                data.get("code", ""),
                " › ".join(data.get("hierarchy", ())),
                "|".join(data.get("docs", ())),
            ]
        )
    edges = io.StringIO()
    writer = csv.writer(edges)
    writer.writerow(["source", "source_name", "type", "target", "target_name", "date", "docs", "sentences"])
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"])):
        evidence = data.get("evidence", [])
        writer.writerow(
            [
                source,
                graph.nodes[source]["name"],
                data["type"],
                target,
                graph.nodes[target]["name"],
                data.get("date") or "",
                "|".join(sorted({e["doc"] for e in evidence})),
                " || ".join(e["sentence"] for e in evidence),
            ]
        )
    return nodes.getvalue(), edges.getvalue()


def _scalar(value):
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def nodes_with_label(graph: nx.MultiDiGraph, *labels: Label) -> list[str]:
    wanted = {str(label) for label in labels}
    return [n for n, d in graph.nodes(data=True) if d["label"] in wanted]
