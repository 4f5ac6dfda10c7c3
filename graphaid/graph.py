"""The embedded store: the aid graph as a networkx MultiDiGraph, saved to and loaded from one JSON file.

Node attributes: ``label``, ``name``, ``aliases`` (list), ``docs`` (list); places also ``code``,
``hierarchy`` (list of names, province first) and ``codes`` (their division codes); hospitals and agencies
``region`` (the code of the finest place their name or text gives); a node a user's correction touched has
``corrections`` (graphaid/corrections.py). Edge attributes: ``type`` (also the
edge key, so there is one edge per source, target and type), ``evidence`` (list of {doc, sentence, start,
end, date: the sentence's own, else its article's; ``when`` gives its precision and which it is}), ``date``
(the earliest date of its evidence).
The file is node-link JSON (``networkx.node_link_data(G, edges="edges")``) with the documents read in
``graph.documents``: per document id its sha1, ``paths`` (absolute), ``relative_path`` (relative to the folder given to
build), encoding, and what its page says of it: title, url, outlet, site, author, date (graphaid/metadata.py).
"""

from __future__ import annotations

import gc
import io
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO
from weakref import WeakKeyDictionary

import networkx as nx

from graphaid.model import EdgeRecord, Evidence, Label, NodeRecord, Rel, merge_node

SCHEMA_VERSION = 1


class GraphFileError(Exception):
    """A graph file that is missing, not a graphaid graph, or cannot be written; the message says what to do."""


class GraphLockedError(GraphFileError):
    """Another build is writing the same graph file."""


@contextmanager
def lock_graph(path: str | Path) -> Iterator[None]:
    """Hold the graph file's lock (``PATH.lock`` beside it) while building into it: two builds writing one file
    at once would each save only their own articles."""
    from filelock import FileLock, Timeout

    path = Path(path)
    lock = FileLock(path.with_name(f"{path.name}.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise GraphLockedError(
            f"{path}: another build is writing this graph (it holds {lock.lock_file}); wait for it to finish "
            "or build into another --graph"
        ) from None
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot lock the graph file ({exc.strerror}); choose another --graph") from None
    try:
        yield
    finally:
        lock.release()


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


def add_node(graph: nx.MultiDiGraph, record: NodeRecord) -> str:
    """Add a node record, or merge it into the node of the same id (``model.merge_node``); returns the id."""
    forget(graph)
    node_id, data = record
    known = graph.nodes.get(node_id)
    if known is None:
        graph.add_node(node_id, **data)
    else:
        merge_node(known, data)
    return node_id


def add_edge(
    graph: nx.MultiDiGraph, source: str, target: str, rel: Rel | str, evidence: Evidence | None = None
) -> None:
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
    records = data["evidence"]
    for earlier in reversed(records):
        if earlier["doc"] != evidence["doc"]:
            break
        if earlier == evidence:
            return
    records.append(evidence)
    if evidence["date"] and (data["date"] is None or evidence["date"] < data["date"]):
        data["date"] = evidence["date"]


def apply(graph: nx.MultiDiGraph, nodes: dict[str, dict], edges: list[EdgeRecord]) -> None:
    """Merge one document's records (``resolve.records``) into the graph: its nodes first, then its edges."""
    for record in nodes.items():
        add_node(graph, record)
    for source, target, rel, evidence in edges:
        add_edge(graph, source, target, rel, evidence)


def remove_document(graph: nx.MultiDiGraph, doc: str) -> None:
    """Take one document's facts out of the graph: its evidence, the relationships and entities only it stated
    (places stay while anything kept lies in them). Names and aliases it taught are kept."""
    forget(graph)
    for source, target, key, data in list(graph.edges(keys=True, data=True)):
        evidence = data.get("evidence")
        if not evidence or all(e["doc"] != doc for e in evidence):
            continue
        kept = [e for e in evidence if e["doc"] != doc]
        if not kept:
            graph.remove_edge(source, target, key)
            continue
        data["evidence"] = kept
        dates = [e["date"] for e in kept if e.get("date")]
        data["date"] = min(dates) if dates else None
    for _, data in graph.nodes(data=True):
        if doc in data.get("docs", ()):
            data["docs"] = [d for d in data["docs"] if d != doc]
    # an entity stays when a document still names it, or something kept lies in it
    keep = [n for n, docs in graph.nodes(data="docs") if docs]
    kept = set(keep)
    while keep:
        node = keep.pop()
        for _, parent, rel in graph.out_edges(node, data="type"):
            if rel == str(Rel.LOCATED_IN) and parent not in kept:
                kept.add(parent)
                keep.append(parent)
    graph.remove_nodes_from([n for n in graph.nodes if n not in kept])


def node_link(graph: nx.MultiDiGraph) -> dict:
    """Node-link JSON as ../shared/eval reads it, nodes and edges in a stable order."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["type"]))
    return data


def check_writable(path: str | Path) -> None:
    """Raise GraphFileError unless a file can be written at ``path`` (checked before hours of work, not after)."""
    path = Path(path)
    if path.is_dir():
        raise GraphFileError(f"{path}: is a folder; give a file name for the output")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot write here ({exc.strerror}); choose another output path") from None


def write_atomically(path: str | Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a file through ``write(binary_file)`` into a temporary file beside it, then move it in place.

    A crash or a full disk never leaves half a file, and a file replaced keeps its permissions (a new one gets
    the umask's). Raises GraphFileError with a one-line message when the file cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot write here ({exc.strerror}); choose another output path") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GraphFileError(f"{path}: could not be written ({exc.strerror}); nothing was changed") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions ``path`` has, or those a new file gets (mkstemp's own are 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def save_graph(graph: nx.MultiDiGraph, path: str | Path, quick: bool = True) -> None:
    """Write the graph to one JSON file, atomically; with ``quick`` also its quick copy (see ``quick_path``)."""
    path = Path(path)

    def write(fh: BinaryIO) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8")
        _dump(node_link(graph), text)
        text.flush()
        text.detach()  # the caller closes the file

    write_atomically(path, write)
    quick_copy = quick_path(path)
    if quick:
        # the quick copy only saves time; without it commands read the JSON
        with suppress(GraphFileError):
            _write_quick(graph, path, quick_copy)
    else:
        quick_copy.unlink(missing_ok=True)


def _dump(data: dict, text: io.TextIOBase) -> None:
    """``json.dump(data, text)`` as compact JSON, a node or edge at a time through the C encoder: the same bytes
    several times faster than json.dump (pure Python), without the whole file in memory as one string."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    text.write("{")
    for i, (key, value) in enumerate(data.items()):
        text.write(("," if i else "") + encode(key) + ":")
        if isinstance(value, list):
            text.write("[")
            for j, item in enumerate(value):
                text.write(("," if j else "") + encode(item))
            text.write("]")
        else:
            text.write(encode(value))
    text.write("}")


def quick_path(path: str | Path) -> Path:
    """Where the quick copy of a graph file lives: a pickle of plain data beside it, read instead of the JSON
    when it was written together with the JSON as it is now (a graph of 30,000 articles: 3-6 s -> well under)."""
    path = Path(path)
    return path.with_name(f".{path.name}.quick")


def _stamp(path: Path) -> list:
    info = path.stat()
    return [QUICK_FORMAT, info.st_size, info.st_mtime_ns, info.st_ino]


QUICK_FORMAT = 1


def _write_quick(graph: nx.MultiDiGraph, path: Path, quick_copy: Path) -> None:
    # networkx's own dicts (node data, successors, predecessors sharing each edge's data dict): read back as
    # they are, with no graph to rebuild edge by edge
    plain = (_stamp(path), dict(graph.graph), graph._node, graph._succ, graph._pred)
    write_atomically(quick_copy, lambda fh: pickle.dump(plain, fh, protocol=pickle.HIGHEST_PROTOCOL))


class _PlainUnpickler(pickle.Unpickler):
    """Reads plain data only: a quick copy names no class, so no file beside a graph can run code when read."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def _read_quick(path: Path) -> nx.MultiDiGraph | None:
    """The graph from its quick copy, or None when there is none or it is not the JSON's twin."""
    quick_copy = quick_path(path)
    try:
        with quick_copy.open("rb") as fh:
            stamp, attrs, nodes, successors, predecessors = _PlainUnpickler(fh).load()
        if stamp != _stamp(path):
            return None
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    graph = nx.MultiDiGraph()
    graph.graph.update(attrs)
    graph._node, graph._succ, graph._adj, graph._pred = nodes, successors, successors, predecessors
    for view in ("adj", "succ", "pred", "nodes", "edges", "in_edges", "out_edges", "degree"):
        graph.__dict__.pop(view, None)  # views cached on the empty graph
    return graph


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by save_graph; a file of any other shape is a GraphFileError naming the file."""
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no graph file here; build one first with 'graphaid build PATH --graph {path}'")
    if path.is_dir():
        raise GraphFileError(f"{path}: is a folder, not a graph file; give the graph's JSON file")
    # Python's cycle collector would walk the millions of new objects again and again while they are made (it
    # more than doubles the time for a large graph), and the graph holds no cycles worth collecting; once read,
    # the graph is moved out of the collector's sight (gc.freeze), so later work is not slowed by walking it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        graph = _read_quick(path)
        if graph is None:
            try:
                data = json.loads(path.read_bytes())
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise GraphFileError(f"{path}: not a graphaid graph file (not JSON: {exc})") from None
            except OSError as exc:
                raise GraphFileError(f"{path}: cannot read the graph file ({exc.strerror})") from None
            _check_shape(data, path)
            graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
            del data
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    graph.graph.setdefault("documents", {})
    return graph


def _check_shape(data: object, path: Path) -> None:
    """Raise GraphFileError saying in one line what is wrong when ``data`` is not a graphaid node-link graph."""

    def wrong(what: str) -> GraphFileError:
        return GraphFileError(f"{path}: not a graphaid graph file ({what}); give a file written by 'graphaid build'")

    if not isinstance(data, dict):
        raise wrong(f"the JSON is {type(data).__name__ if data is not None else 'null'}, not an object")
    if not isinstance(data.get("graph"), dict) or data["graph"].get("schema") != SCHEMA_VERSION:
        raise wrong(f"no schema {SCHEMA_VERSION} marker")
    if not isinstance(data["graph"].get("documents", {}), dict):
        raise wrong("'documents' is not an object")
    for key in ("nodes", "edges"):
        if not isinstance(data.get(key), list):
            raise wrong(f"no '{key}' list")
    labels = {str(label) for label in Label}
    ids = set()
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict):
            raise wrong(f"node {i} is not an object")
        for key in ("id", "label", "name"):
            if not isinstance(node.get(key), str):
                raise wrong(f"node {i} has no '{key}' text")
        if node["label"] not in labels:
            raise wrong(f"node {node['id']!r} has label {node['label']!r}, not one of graphaid's")
        for key in ("aliases", "docs"):
            if not isinstance(node.setdefault(key, []), list):
                raise wrong(f"node {node['id']!r} has '{key}' that is not a list")
        ids.add(node["id"])
    types = {str(rel) for rel in Rel}
    for i, edge in enumerate(data["edges"]):
        if not isinstance(edge, dict):
            raise wrong(f"edge {i} is not an object")
        if edge.get("source") not in ids or edge.get("target") not in ids:
            raise wrong(f"edge {i} joins nodes the file does not have")
        if edge.get("type") not in types:
            raise wrong(f"edge {i} has type {edge.get('type')!r}, not one of graphaid's")
        edge.setdefault("key", edge["type"])
        evidence = edge.setdefault("evidence", [])
        if not isinstance(evidence, list) or not all(
            isinstance(e, dict) and {"doc", "sentence", "start", "end"} <= e.keys() for e in evidence
        ):
            raise wrong(f"edge {i} has evidence that is not a list of records with doc, sentence, start, end")


def when(record: dict) -> dict:
    """An evidence record's date with its ``precision`` (year, month or day) and ``date_from``: ``sentence``
    when the sentence names it, ``article`` when the sentence names no date and its article's stands in."""
    from graphaid.documents import parse_date
    from graphaid.model import DATE_PRECISION

    date = record.get("date")
    if not date:
        return {"date": None, "precision": None, "date_from": None}
    own = parse_date(record["sentence"]) == date
    return {"date": date, "precision": DATE_PRECISION.get(len(date)), "date_from": "sentence" if own else "article"}


def _dated(data: dict) -> dict:
    """Node-link data with every evidence record's date marked (see ``when``), for exports."""
    for edge in data["edges"]:
        edge["evidence"] = [{**record, **when(record)} for record in edge.get("evidence", ())]
    return data


def to_json(graph: nx.MultiDiGraph) -> str:
    """Node-link JSON, every evidence record's date with its precision and where it comes from."""
    return json.dumps(_dated(node_link(graph)), ensure_ascii=False, indent=1)


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


DOCUMENT_COLUMNS = ("doc", "title", "outlet", "author", "date", "url", "relative_path")


def to_tables(graph: nx.MultiDiGraph) -> dict[str, tuple[list[str], list[list]]]:
    """The graph as three tables (header, rows): nodes, edges (one row per relationship, evidence joined) and
    the documents its evidence cites, with their title, outlet, author, date, URL and file."""
    nodes = [
        [
            node_id,
            data["label"],
            data["name"],
            "|".join(data.get("aliases", ())),
            data.get("code", ""),
            " › ".join(data.get("hierarchy", ())),
            "|".join(data.get("docs", ())),
        ]
        for node_id, data in sorted(graph.nodes(data=True))
    ]
    edges = []
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"])):
        evidence = data.get("evidence", [])
        edges.append(
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
    documents = [
        [doc, *(meta.get(column) or "" for column in DOCUMENT_COLUMNS[1:])]
        for doc, meta in sorted(graph.graph.get("documents", {}).items())
    ]
    return {
        "nodes": (["id", "label", "name", "aliases", "code", "hierarchy", "docs"], nodes),
        "edges": (["source", "source_name", "type", "target", "target_name", "date", "docs", "sentences"], edges),
        "documents": (list(DOCUMENT_COLUMNS), documents),
    }


def to_csv(graph: nx.MultiDiGraph, bom: bool = False) -> dict[str, str]:
    """The tables of ``to_tables`` as CSV texts (with ``bom``, each starting with the BOM Excel needs)."""
    from graphaid.tables import csv_text

    return {name: csv_text(header, rows, bom) for name, (header, rows) in to_tables(graph).items()}


def to_json_lines(graph: nx.MultiDiGraph) -> str:
    """One JSON object per line: every document, node and relationship, each with its ``kind``."""
    from graphaid.tables import json_lines

    data = _dated(node_link(graph))
    records = [{"kind": "document", "id": doc, **meta} for doc, meta in sorted(graph.graph["documents"].items())]
    records += [{"kind": "node", **node} for node in data["nodes"]]
    records += [{"kind": "edge", **edge} for edge in data["edges"]]
    return json_lines(records)


def _scalar(value):
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
