"""read -> extract -> resolve -> store: build or extend an aid graph from article files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graphaid.documents import DEFAULT_MAX_BYTES, Skipped, UnreadableError, find_articles, read_document
from graphaid.extract import extract
from graphaid.graph import new_graph
from graphaid.resolve import add_extraction


@dataclass(slots=True)
class BuildReport:
    read: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)


def build(
    paths: Iterable[str | Path],
    graph: nx.MultiDiGraph | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[str], None] | None = None,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Extract every article under ``paths`` into ``graph`` (a new one if None).

    Documents already in the graph with the same content are not read again; unreadable files are
    reported in ``BuildReport.skipped`` with a one-line reason and do not stop the build.
    """
    graph = graph if graph is not None else new_graph()
    report = BuildReport()
    documents = graph.graph.setdefault("documents", {})
    for item in find_articles(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        path, doc_id = item
        if on_file:
            on_file(doc_id)
        try:
            doc = read_document(path, doc_id, max_bytes=max_bytes)
        except UnreadableError as exc:
            report.skipped.append(Skipped(str(path), str(exc)))
            continue
        known = documents.get(doc_id)
        if known and known["sha1"] == doc.sha1:
            report.unchanged.append(doc_id)
            continue
        extraction = extract(doc)
        if not extraction.has_aid:
            report.skipped.append(Skipped(str(path), "no aid content (no pairing or aid words in the text)"))
            continue
        add_extraction(graph, extraction)
        documents[doc_id] = {"sha1": doc.sha1, "path": str(path), "encoding": doc.encoding, "date": doc.date}
        report.read.append(doc_id)
    report.nodes = Counter(d["label"] for _, d in graph.nodes(data=True))
    report.edges = Counter(d["type"] for _, _, d in graph.edges(data=True))
    return graph, report


def list_articles(paths: Iterable[str | Path]) -> list[tuple[Path, str] | Skipped]:
    """The article files a build would read (for progress bars that need a length)."""
    return list(find_articles(paths))
