"""read -> extract -> resolve -> store: build or extend an aid graph from article files.

Articles stream through: each is read and extracted on its own (in worker processes when ``workers > 1``)
into plain records, and the records are merged in input order, so the graph is the same for any number of
workers and memory holds the graph, not the corpus. Articles already in the graph with the same content are
not extracted again, which is also how an interrupted build resumes.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graphaid.documents import DEFAULT_MAX_BYTES, Skipped, UnreadableError, find_articles, read_document
from graphaid.graph import new_graph, save_graph
from graphaid.resolve import apply, from_wire, records, to_wire

# how many articles a worker takes at a time: enough to fill the name recogniser's batches and keep the pipe
# quiet, few enough to stream
CHUNK = 32


@dataclass(slots=True)
class BuildReport:
    read: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)


@dataclass
class _Task:
    path: str
    doc_id: str
    known_sha1: str | None
    max_bytes: int


@dataclass
class _Outcome:
    doc_id: str
    path: str
    status: str  # read | unchanged | skipped
    reason: str = ""
    meta: dict | None = None
    records: list[tuple] | None = None  # resolve.to_wire's tuples


def _process(tasks: list[_Task]) -> list[_Outcome]:
    """Read and extract a chunk of articles (in a worker process when building in parallel), in order."""
    from graphaid.extract import extract_many

    outcomes: list[_Outcome] = []
    docs = {}
    for task in tasks:
        try:
            doc = read_document(Path(task.path), task.doc_id, max_bytes=task.max_bytes)
        except UnreadableError as exc:
            outcomes.append(_Outcome(task.doc_id, task.path, "skipped", str(exc)))
            continue
        if doc.sha1 == task.known_sha1:
            outcomes.append(_Outcome(task.doc_id, task.path, "unchanged"))
            continue
        docs[len(outcomes)] = doc
        outcomes.append(_Outcome(task.doc_id, task.path, "read"))
    for at, extraction in zip(docs, extract_many(list(docs.values())), strict=True):
        outcome, doc = outcomes[at], extraction.doc
        if not extraction.has_aid:
            outcome.status, outcome.reason = "skipped", "no aid content (no pairing or aid words in the text)"
            continue
        outcome.meta = {"sha1": doc.sha1, "path": outcome.path, "encoding": doc.encoding, "date": doc.date}
        if doc.traditional:  # its evidence sentences are in simplified characters
            outcome.meta["script"] = "traditional"
        outcome.records = to_wire(records(extraction))
    return outcomes


def _warm_up() -> None:
    """Load the lexicons and models once per worker, before the first article."""
    from graphaid.extract.people import default_finder
    from graphaid.extract.tokens import tokenize

    tokenize("预热")
    default_finder()


def build(
    paths: Iterable[str | Path],
    graph: nx.MultiDiGraph | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[str], None] | None = None,
    workers: int = 1,
    checkpoint: str | Path | None = None,
    checkpoint_every: int = 1000,
    checkpoint_seconds: float = 120.0,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Extract every article under ``paths`` into ``graph`` (a new one if None).

    Unreadable files are reported in ``BuildReport.skipped`` with a one-line reason and do not stop the
    build. With ``checkpoint`` the graph is saved there after at least ``checkpoint_every`` new articles and
    ``checkpoint_seconds`` (saving a large graph takes seconds, so not too often), and when the build is
    interrupted (KeyboardInterrupt is re-raised after saving), so running it again resumes.
    """
    graph = graph if graph is not None else new_graph()
    report = BuildReport()
    documents = graph.graph.setdefault("documents", {})
    skipped_early: list[Skipped] = []

    def tasks() -> Iterator[_Task]:
        for item in find_articles(paths):
            if isinstance(item, Skipped):
                skipped_early.append(item)
                continue
            path, doc_id = item
            known = documents.get(doc_id)
            yield _Task(str(path), doc_id, known["sha1"] if known else None, max_bytes)

    since_save = 0
    saved_at = time.monotonic()
    try:
        for outcome in _outcomes(tasks(), workers):
            if on_file:
                on_file(outcome.doc_id)
            if outcome.status == "skipped":
                report.skipped.append(Skipped(outcome.path, outcome.reason))
            elif outcome.status == "unchanged":
                report.unchanged.append(outcome.doc_id)
            else:
                apply(graph, from_wire(outcome.records or []))
                documents[outcome.doc_id] = outcome.meta
                report.read.append(outcome.doc_id)
                since_save += 1
                if checkpoint and since_save >= checkpoint_every and time.monotonic() - saved_at >= checkpoint_seconds:
                    save_graph(graph, checkpoint)
                    since_save, saved_at = 0, time.monotonic()
    except KeyboardInterrupt:
        if checkpoint and since_save:
            save_graph(graph, checkpoint)
        raise
    report.skipped = skipped_early + report.skipped
    report.nodes = Counter(d["label"] for _, d in graph.nodes(data=True))
    report.edges = Counter(d["type"] for _, _, d in graph.edges(data=True))
    return graph, report


def _outcomes(tasks: Iterator[_Task], workers: int) -> Iterator[_Outcome]:
    """Outcomes in task order, computed here or by ``workers`` processes."""
    chunks = iter(lambda: list(itertools.islice(tasks, CHUNK)), [])
    if workers <= 1:
        for outcomes in map(_process, chunks):
            yield from outcomes
        return
    # spawn, not fork: the model runtime must not be inherited half-initialised from the parent
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        for outcomes in pool.imap(_process, chunks):
            yield from outcomes


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many article files a build would look at (for progress bars)."""
    return sum(1 for item in find_articles(paths) if not isinstance(item, Skipped))
