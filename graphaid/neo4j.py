"""The Neo4j store: write the aid graph into a Neo4j 5 database over Bolt, and run Cypher there.

Every node becomes a node with its graphaid label (``Province``, ``Hospital``, ...) and its attributes as
properties, ``id`` included; every edge becomes a relationship of its type. Neo4j properties hold only
scalars and lists of scalars, so:

- a relationship's ``evidence`` (a list of {doc, sentence, start, end, date}) is stored as five parallel
  lists ``evidence_docs``, ``evidence_sentences``, ``evidence_starts``, ``evidence_ends``, ``evidence_dates``
  (a missing date is ``""``, since a Neo4j list cannot hold null);
- any other list that is not a list of scalars of one type, and any map, is stored as a JSON string;
- ``None`` means "no such property" (``SET n += {p: null}`` removes ``p``).

The lexical graph: every document read (``graph.graph["documents"]``) becomes a ``Document`` node with its
``id`` (the one evidence records and nodes' ``docs`` use), ``file`` (the name it was first read under), ``path``,
``paths``, ``date``, ``sha1``, ``encoding`` and whatever else the build recorded (title, URL, outlet when given),
so a Cypher user goes from any fact to its sources by an indexed lookup:
``MATCH (a)-[r:PAIRS_WITH]->(b) MATCH (d:Document) WHERE d.id IN r.evidence_docs RETURN d.file, d.date``.

Labels and relationship types in the Cypher text come only from :class:`graphaid.model.Label` and
:class:`graphaid.model.Rel`; every value travels as a query parameter.
"""

from __future__ import annotations

import json
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

from graphaid.graph import new_graph
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.properties import (
    EVIDENCE_LISTS,
    QueryResult,
    document_properties,
    evidence_from_properties,
    node_properties,
    relationship_properties,
)

DEFAULT_BATCH_SIZE = 10_000
# sessions writing at once: Neo4j runs each transaction on one core, and this machine class has two
DEFAULT_WRITERS = 2
# how long the server may take to answer one batch, query or connection attempt before graphaid gives up on it:
# a server that stops answering (paused, swapping, a dead network path) would otherwise be waited on for ever
DEFAULT_TIMEOUT = 60.0
# A batch's rows travel as one Bolt message, and servers cap those (ArcadeDB: 16 MiB, then it stops answering);
# aggregated edges of a large graph carry thousands of evidence records, so batches are also cut by size.
MAX_BATCH_BYTES = 4_000_000
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStoreError(Exception):
    """A Neo4j server that cannot be reached, refuses us, or goes away; the message says what to do."""


DOCUMENT = "Document"
"""The label of document nodes (not one of the embedded store's labels: there documents are graph metadata)."""


class GraphSchemaError(ValueError):
    """A graph whose labels or relationship types are not graphaid's; nothing of it is written."""


# --- statements: labels and types from the schema only -------------------------------------------------------


NAMES_INDEX = "graphaid_names"
_SCHEMA_NAME = re.compile(r"CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS")


def schema_statements() -> list[str]:
    """A uniqueness constraint on ``id`` and an index on ``name`` for every label, and the names index, created
    if missing.

    The names index (``graphaid_names``) holds every node's ``name`` and ``aliases`` as whole values (Lucene's
    keyword analyzer): the named queries find the node they are given through it, by exact name or alias,
    whatever its label; a range index cannot look into a list of aliases."""
    statements = []
    for label in Label:
        stem = f"graphaid_{label.value.lower()}"
        statements.append(f"CREATE CONSTRAINT {stem}_id IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE")
        statements.append(f"CREATE INDEX {stem}_name IF NOT EXISTS FOR (n:{label.value}) ON (n.name)")
        if label in PLACE_LABELS:  # a place parameter of a named query is found by its division code
            statements.append(f"CREATE INDEX {stem}_code IF NOT EXISTS FOR (n:{label.value}) ON (n.code)")
    statements.append(f"CREATE CONSTRAINT graphaid_document_id IF NOT EXISTS FOR (d:{DOCUMENT}) REQUIRE d.id IS UNIQUE")
    labels = "|".join(label.value for label in Label)
    statements.append(
        f"CREATE FULLTEXT INDEX {NAMES_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}"
    )
    return statements


# "ON CREATE SET x += p ON MATCH SET x += p" means "SET x += p"; spelt out, it lets a server write a new record
# once, with its properties, instead of creating it bare and rewriting it (ArcadeDB loads ~30% faster).
_SET_PROPS = "ON CREATE SET {v} += row.props ON MATCH SET {v} += row.props"
# replacing: the properties become exactly the graph's (a property the graph no longer has goes)
_REPLACE_PROPS = "SET {v} = row.props"


def node_statement(label: Label, replace: bool = False, create: bool = False) -> str:
    """Merge a batch of nodes of one label; ``$rows`` is a list of {id, props}.

    ``create``: create them instead, for a label the database had no node of when the load was planned (no lock
    per row; the graph's node ids are distinct, and the uniqueness constraint on ``id`` still guards them). Those
    the database has by now are skipped, left to the merge (see ``Batch.merge``)."""
    if create:
        return _create_absent(Label(label).value, "n")
    props = (_REPLACE_PROPS if replace else _SET_PROPS).format(v="n")
    return f"UNWIND $rows AS row MERGE (n:{Label(label).value} {{id: row.id}}) {props} RETURN count(n) AS written"


def _create_absent(label: str, v: str) -> str:
    """Create the rows' records the database has none of by their ``id``: a record another load committed after
    this one was planned is skipped (the batch then merges), not met with a violation of the constraint (a
    transaction failing on it left the connection it ran on, right after, unanswered now and then)."""
    return (
        f"UNWIND $rows AS row OPTIONAL MATCH (old:{label} {{id: row.id}}) WITH row WHERE old IS NULL "
        f"CREATE ({v}:{label}) SET {v} = row.props RETURN count({v}) AS written"
    )


def document_statement(replace: bool = False, create: bool = False) -> str:
    """Merge a batch of documents; ``$rows`` is a list of {id, props} (``create``: as :func:`node_statement`)."""
    if create:
        return _create_absent(DOCUMENT, "d")
    props = (_REPLACE_PROPS if replace else _SET_PROPS).format(v="d")
    return f"UNWIND $rows AS row MERGE (d:{DOCUMENT} {{id: row.id}}) {props} RETURN count(d) AS written"


def relationship_statement(source: Label, rel: Rel, target: Label, replace: bool = False, create: bool = False) -> str:
    """Merge a batch of relationships of one type between two labels; ``$rows`` is a list of {source, target, props}.

    ``create``: create them instead, for a type the database has none of yet (twice as fast on Neo4j: no
    look for an existing relationship between the two nodes, no locks held for it)."""
    match = (
        f"UNWIND $rows AS row MATCH (a:{Label(source).value} {{id: row.source}}) "
        f"MATCH (b:{Label(target).value} {{id: row.target}}) "
    )
    if create:
        return f"{match}CREATE (a)-[r:{Rel(rel).value}]->(b) SET r = row.props RETURN count(r) AS written"
    props = (_REPLACE_PROPS if replace else _SET_PROPS).format(v="r")
    return f"{match}MERGE (a)-[r:{Rel(rel).value}]->(b) {props} RETURN count(r) AS written"


@dataclass(slots=True)
class Batch:
    """One transaction's worth of nodes or relationships for one statement; its rows are made when first asked for."""

    statement: str
    kind: str  # "documents", "nodes" or "relationships"
    graph: nx.MultiDiGraph = field(repr=False)
    items: list = field(repr=False)  # node ids, or (source, target, key) of edges
    _rows: list[dict] | None = field(default=None, repr=False)
    # for a batch that creates: the statement that merges, for records the database got after the load was
    # planned (an interrupted load's last transaction, left on a stalled server, committing late)
    merge: str | None = None

    @property
    def rows(self) -> list[dict]:
        """The ``$rows`` parameter: {id, props} per document or node, {source, target, props} per relationship."""
        if self._rows is None:
            if self.kind == "documents":
                documents = self.graph.graph["documents"]
                self._rows = [{"id": d, "props": document_properties(d, documents[d])} for d in self.items]
            elif self.kind == "nodes":
                nodes = self.graph.nodes
                self._rows = [{"id": n, "props": node_properties(n, nodes[n])} for n in self.items]
            else:
                edges = self.graph.edges
                self._rows = [
                    {"source": u, "target": v, "props": relationship_properties(edges[u, v, k])}
                    for u, v, k in self.items
                ]
        return self._rows

    def __len__(self) -> int:
        return len(self.items)


def plan_load(
    graph: nx.MultiDiGraph,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = MAX_BATCH_BYTES,
    replace: bool = False,
    absent: frozenset[Rel | Label | str] = frozenset(),
) -> list[Batch]:
    """Cut the graph into batches of at most ``batch_size`` rows and about ``max_bytes`` (a row larger than that
    goes alone), nodes first; refuses labels and types outside graphaid's schema. ``replace``: the statements
    set properties to exactly the graph's instead of adding to them. ``absent``: labels (``Document`` too) and
    relationship types the database has none of, created rather than merged (relationships only when the graph
    has one edge per pair and type)."""
    if batch_size < 1:
        raise ValueError("the batch size must be at least 1")
    labels: dict[str, Label] = {}
    nodes: dict[Label, list[str]] = {}
    for node_id, label in graph.nodes(data="label"):
        labels[node_id] = _schema_member(Label, label, f"node {node_id!r} has label")
        nodes.setdefault(labels[node_id], []).append(node_id)
    edges: dict[tuple[Label, Rel, Label], list[tuple]] = {}
    for source, target, key, rel_type in graph.edges(keys=True, data="type"):
        rel = _schema_member(Rel, rel_type or key, f"edge {source!r} -> {target!r} has type")
        edges.setdefault((labels[source], rel, labels[target]), []).append((source, target, key))
    batches = []
    documents = graph.graph.get("documents") or {}
    if documents:
        ids = sorted(documents)
        sizes = [_wire_size(documents[d]) for d in ids]
        statement = document_statement(replace, create=DOCUMENT in absent)
        merge = document_statement(replace) if DOCUMENT in absent else None
        batches += _cut(statement, "documents", graph, ids, sizes, batch_size, max_bytes, merge)
    for label in sorted(nodes):
        ids = sorted(nodes[label])
        sizes = [_wire_size(graph.nodes[n]) for n in ids]
        statement = node_statement(label, replace, create=label in absent)
        merge = node_statement(label, replace) if label in absent else None
        batches += _cut(statement, "nodes", graph, ids, sizes, batch_size, max_bytes, merge)
    created = {rel for rel in Rel if rel in absent and _one_edge_per_pair(edges, rel)}
    for group in sorted(edges):
        keys = sorted(edges[group])
        sizes = [_wire_size(graph.edges[key]) for key in keys]
        statement = relationship_statement(*group, replace=replace, create=group[1] in created)
        batches += _cut(statement, "relationships", graph, keys, sizes, batch_size, max_bytes)
    return batches


def _one_edge_per_pair(edges: dict[tuple[Label, Rel, Label], list[tuple]], rel: Rel) -> bool:
    # MERGE makes one relationship of two edges of the same type between the same nodes; CREATE would make two
    pairs = [(source, target) for (_, r, _), keys in edges.items() if r is rel for source, target, _ in keys]
    return len(pairs) == len(set(pairs))


def _schema_member(enum, value, what: str):
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise GraphSchemaError(f"{what} {value!r}, which is not in graphaid's schema ({allowed})") from None


def _cut(
    statement: str,
    kind: str,
    graph: nx.MultiDiGraph,
    items: list,
    sizes: list[int],
    rows: int,
    max_bytes: int,
    merge: str | None = None,
) -> list[Batch]:
    batches, start, load = [], 0, 0
    for i, size in enumerate(sizes):
        if i > start and (i - start == rows or load + size > max_bytes):
            batches.append(Batch(statement, kind, graph, items[start:i], merge=merge))
            start, load = i, 0
        load += size
    if start < len(items):
        batches.append(Batch(statement, kind, graph, items[start:], merge=merge))
    return batches


def _wire_size(data: dict) -> int:
    """About how many bytes a node's, edge's or document's row takes in a Bolt message, rather more than less: its
    JSON in UTF-8 (written in C, ten times quicker than walking the values; evidence records repeat their keys)."""
    return len(json.dumps(data, ensure_ascii=False, default=str).encode()) + 60


# --- the store ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class LoadReport:
    """What a load wrote: rows sent (nodes, relationships) and how long it took."""

    nodes: int = 0
    relationships: int = 0
    documents: int = 0
    seconds: float = 0.0
    batches: int = 0
    deleted_nodes: int = 0  # with replace: graphaid's nodes the graph no longer has
    deleted_relationships: int = 0

    @property
    def rows(self) -> int:
        """Nodes, relationships and documents written."""
        return self.nodes + self.relationships + self.documents


class Neo4jStore:
    """A connection to one database of a Neo4j 5 (or Bolt-compatible) server.

    Open it with :func:`connect`; use it as a context manager so the driver is closed.
    """

    def __init__(
        self, driver, uri: str, database: str | None, user: str | None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.driver = driver
        self.uri = uri
        self.database = database
        self.user = user
        self.timeout = timeout
        self._stuck = False  # a call still waits on the server: closing would wait on it too
        # one daemon thread runs the calls the caller waits on (see _bounded): starting a thread per call cost
        # more than a county question's whole answer
        self._calls: queue.SimpleQueue | None = None
        self._calls_lock = threading.Lock()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver and its connections (unless a call is still waiting on a silent server)."""
        if not self._stuck:
            self.driver.close()

    def _bounded(self, what: str, call: Callable, *args):
        """``call(*args)`` on the store's helper thread, waited on for at most ``timeout`` seconds.

        The driver waits on its socket for ever once a query is sent; waiting here instead bounds that, and
        keeps Ctrl-C working (the main thread is never stuck in a socket read). A call that does not come back
        leaves its thread behind (a daemon: it never keeps the process alive) and the next call gets a new one."""
        outcome: dict = {}
        done = threading.Event()
        with self._calls_lock:
            if self._calls is None:
                self._calls = queue.SimpleQueue()
                threading.Thread(target=_serve, args=(self._calls,), name="graphaid-bolt", daemon=True).start()
            calls = self._calls
        calls.put((call, args, outcome, done))
        try:
            answered = done.wait(self.timeout)
        except BaseException:
            self._stuck = True
            self._calls = None
            raise
        if not answered:
            self._stuck = True
            self._calls = None
            raise Neo4jStoreError(
                f"Neo4j at {self.uri} has not answered for {self.timeout:g} s ({what}); what was committed is kept: "
                "check the server and run the same command again (or give it longer with --timeout)"
            )
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def _session_config(self, read_only: bool) -> dict:
        from neo4j import READ_ACCESS, WRITE_ACCESS

        config = {"default_access_mode": READ_ACCESS if read_only else WRITE_ACCESS}
        if self.database:
            config["database"] = self.database
        return config

    @contextmanager
    def _session(self, read_only: bool = False):
        """A session, closed afterwards unless a call on it still waits on a silent server (closing would wait)."""
        config = self._session_config(read_only)
        session = self._bounded("opening a session", lambda: self.driver.session(**config))
        try:
            yield session
        finally:
            if not self._stuck:
                session.close()

    def ensure_schema(self) -> None:
        """Create the ``id`` uniqueness constraints and ``name`` indexes (``IF NOT EXISTS``)."""
        from neo4j import exceptions as neo

        statements = schema_statements()
        with self._errors(), self._session() as session:
            # one question instead of a schema transaction per statement when everything is there already
            show = "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names"
            try:
                online = set(self._bounded("reading the schema", lambda: session.run(show).single()["names"]))
            except neo.ClientError:  # a server without SHOW INDEXES: create them all
                online = set()
            if all(_SCHEMA_NAME.match(statement)[1] in online for statement in statements):
                return
            for statement in statements:
                self._bounded("creating the schema", lambda s: session.run(s).consume(), statement)
            # a new index fills in the background: wait, so that queries right after a load can use it
            wait = f"CALL db.awaitIndexes({int(self.timeout)})"
            self._bounded("waiting for the indexes", lambda: session.run(wait).consume())

    def load(
        self,
        graph: nx.MultiDiGraph,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_batch: Callable[[Batch], None] | None = None,
        replace: bool = False,
        writers: int = DEFAULT_WRITERS,
    ) -> LoadReport:
        """Merge the graph into the database, batch by batch, each batch one managed (retried) transaction.

        Idempotent: loading the same graph again changes nothing, a bigger graph adds only what is new. If the
        server goes away, what was committed stays and loading again completes the load. With ``replace`` the
        database's graphaid part becomes exactly the graph: properties are replaced, and graphaid's nodes and
        relationships the graph does not have are deleted afterwards (other labels and types are left alone).
        ``writers`` sessions write batches at once (nodes and documents first, then relationships), so the
        server runs a transaction on each of its cores while the client makes the next batch's rows.
        """
        if writers < 1:
            raise ValueError("at least one writer is needed")
        started = time.perf_counter()
        batches = plan_load(graph, batch_size, replace=replace, absent=self._absent())
        self.ensure_schema()
        report = LoadReport()
        from neo4j import unit_of_work

        @unit_of_work(timeout=self.timeout)  # the server gives the transaction up too
        def write_batch(tx, statement: str, rows: list[dict]) -> int:
            return tx.run(statement, rows=rows).single(strict=True)["written"]

        with self._errors(report):
            # relationships need both their nodes committed: they wait until every node batch is
            for phase in ("nodes", "relationships"):
                self._write(
                    [batch for batch in batches if (batch.kind == "relationships") == (phase == "relationships")],
                    write_batch,
                    writers,
                    report,
                    on_batch,
                )
        if replace:
            self._delete_stale(graph, batch_size, report)
        report.seconds = time.perf_counter() - started
        return report

    def _write(
        self,
        batches: list[Batch],
        write_batch: Callable,
        writers: int,
        report: LoadReport,
        on_batch: Callable[[Batch], None] | None,
    ) -> None:
        """Write ``batches`` with up to ``writers`` sessions at once, each in its own daemon thread (a server that
        stops answering must not keep the process alive), counting what is written in this thread."""
        from neo4j.exceptions import ConstraintError, ResultFailedError

        pending: queue.SimpleQueue[Batch] = queue.SimpleQueue()
        for batch in batches:
            pending.put(batch)
        finished: queue.SimpleQueue[tuple[Batch | None, int, BaseException | None]] = queue.SimpleQueue()
        stop = threading.Event()

        def writer() -> None:
            try:
                with self._session() as session:
                    while not stop.is_set():
                        try:
                            batch = pending.get_nowait()
                        except queue.Empty:
                            return
                        rows = batch.rows  # made here, while the other writer's batch is on the server
                        try:
                            written = session.execute_write(write_batch, batch.statement, rows)
                            if batch.merge is not None and written < len(batch):
                                # (records another load committed after this one was planned, skipped: merged)
                                written = session.execute_write(write_batch, batch.merge, rows)
                        except (ConstraintError, ResultFailedError) as exc:
                            # (the driver may report the violation as the result it left failed, caused by it)
                            violation = exc if isinstance(exc, ConstraintError) else exc.__cause__
                            if batch.merge is None or not isinstance(violation, ConstraintError):
                                raise
                            written = session.execute_write(write_batch, batch.merge, rows)
                        finished.put((batch, written, None))
            except BaseException as exc:  # handed to the loading thread as it is
                finished.put((None, 0, exc))

        for _ in range(min(writers, len(batches))):
            threading.Thread(target=writer, name="graphaid-writer", daemon=True).start()
        try:
            for _ in batches:
                try:
                    batch, written, error = finished.get(timeout=self.timeout)
                except queue.Empty:
                    self._stuck = True
                    raise Neo4jStoreError(
                        f"Neo4j at {self.uri} has not answered for {self.timeout:g} s (writing a batch); what was "
                        "committed is kept: check the server and run the same command again (or give it longer "
                        "with --timeout)"
                    ) from None
                if error is not None:
                    raise error
                if written != len(batch):
                    raise RuntimeError(f"{batch.kind} batch wrote {written} of {len(batch)} rows")
                setattr(report, batch.kind, getattr(report, batch.kind) + len(batch))
                report.batches += 1
                if on_batch:
                    on_batch(batch)
                batch._rows = None  # written: a large graph's rows need not all stay in memory
        except KeyboardInterrupt:
            self._stuck = True  # a writer may still wait on the server: closing the driver would wait too
            raise
        finally:
            stop.set()

    def _absent(self) -> frozenset[Rel | Label | str]:
        """graphaid's labels (``Document`` too) and relationship types the database has none of (counted from
        Neo4j's count store, which answers at once)."""

        def count(session) -> frozenset:
            # a label or type the database never had would make the server warn about counting it: asked first
            labels = session.run("CALL db.labels() YIELD label RETURN collect(label) AS names").single()["names"]
            types = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS names"
            known = {"labels": labels, "types": session.run(types).single()["names"]}
            absent = set()
            for label in [*Label, DOCUMENT]:
                query = f"MATCH (n:{label}) RETURN count(n) AS c"
                if label not in known["labels"] or not session.run(query).single()["c"]:
                    absent.add(label)
            for rel in Rel:
                query = f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS c"
                if rel.value not in known["types"] or not session.run(query).single()["c"]:
                    absent.add(rel)
            return frozenset(absent)

        with self._errors(), self._session(read_only=True) as session:
            return self._bounded("counting nodes and relationships", count, session)

    def _delete_stale(self, graph: nx.MultiDiGraph, batch_size: int, report: LoadReport) -> None:
        """Delete graphaid's relationships, then nodes and documents, that are in the database but not in ``graph``."""
        wanted = {(u, v, str(t)) for u, v, t in graph.edges(data="type")}
        for rel in Rel:
            found = self.run(f"MATCH (a)-[r:{rel.value}]->(b) RETURN a.id AS a, b.id AS b, elementId(r) AS r").rows
            stale = [row["r"] for row in found if (row["a"], row["b"], rel.value) not in wanted]
            for start in range(0, len(stale), batch_size):
                chunk = stale[start : start + batch_size]
                self.run("UNWIND $ids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r", {"ids": chunk})
                report.deleted_relationships += len(chunk)
        for label in Label:
            found = self.run(f"MATCH (n:{label.value}) RETURN n.id AS id").rows
            stale = [row["id"] for row in found if graph.nodes.get(row["id"], {}).get("label") != label.value]
            for start in range(0, len(stale), batch_size):
                chunk = stale[start : start + batch_size]
                # DETACH: a relationship of another type, not graphaid's, may still hold the node
                statement = f"UNWIND $ids AS id MATCH (n:{label.value} {{id: id}}) DETACH DELETE n"
                self.run(statement, {"ids": chunk})
                report.deleted_nodes += len(chunk)
        documents = graph.graph.get("documents") or {}
        found = self.run(f"MATCH (d:{DOCUMENT}) RETURN d.id AS id").rows
        stale = [row["id"] for row in found if row["id"] not in documents]
        for start in range(0, len(stale), batch_size):
            chunk = stale[start : start + batch_size]
            self.run(f"UNWIND $ids AS id MATCH (d:{DOCUMENT} {{id: id}}) DETACH DELETE d", {"ids": chunk})

    def run(self, cypher: str, parameters: dict | None = None, read_only: bool = False) -> QueryResult:
        """Run one Cypher statement (auto-commit) and return its rows as plain values.

        ``read_only`` runs it in a read session: the server refuses any write (nodes, properties, schema) and
        :class:`Neo4jStoreError` says so."""
        from neo4j import Query

        def ask() -> QueryResult:
            # the session opens, runs and closes on the helper thread: one hand-over per question
            with self.driver.session(**self._session_config(read_only)) as session:
                result = session.run(Query(cypher, timeout=self.timeout), parameters or {})
                columns = list(result.keys())
                rows = [dict(zip(columns, map(plain, row), strict=True)) for row in result.values()]
                return QueryResult(columns, rows)

        with self._errors():
            return self._bounded("running a query", ask)

    def ask(self, name: str, /, **params: str | int) -> QueryResult:
        """Answer a named question (graphaid.queries) read-only: the same rows the embedded store gives."""
        from graphaid.queries import NAME_LOOKUP, get_query

        query = get_query(name)

        def known(node_name: str) -> bool:
            return bool(self.run(NAME_LOOKUP, {"name": node_name}, read_only=True).rows)

        bound = query.check_names(query.bind(params), known)
        result = self.run(query.cypher, bound, read_only=True)
        if query.finish:
            return QueryResult(list(query.columns), query.finish(result.rows))
        return QueryResult(result.columns or list(query.columns), result.rows)

    def acts(self) -> list:
        """Every act of aid in the database (graphaid.schema.Act), as the donor table reads them."""
        from graphaid.queries import acts_from_rows, get_query

        return acts_from_rows(self.run(get_query("donor_county_table").cypher, read_only=True).rows)

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, for graphaid's labels and types."""
        counts = {}
        for label in Label:
            counts[label.value] = self.run(f"MATCH (n:{label.value}) RETURN count(n) AS c").rows[0]["c"]
        for rel in Rel:
            counts[rel.value] = self.run(f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS c").rows[0]["c"]
        return counts

    def read_graph(self) -> nx.MultiDiGraph:
        """The aid graph as stored in the database, back in the embedded store's shape."""
        graph = new_graph()
        for label in Label:
            for row in self.run(f"MATCH (n:{label.value}) RETURN properties(n) AS props").rows:
                props = dict(row["props"])
                graph.add_node(props.pop("id"), label=label.value, **props)
        for rel in Rel:
            query = f"MATCH (a)-[r:{rel.value}]->(b) RETURN a.id AS source, b.id AS target, properties(r) AS props"
            for row in self.run(query).rows:
                props = dict(row["props"])
                evidence = evidence_from_properties(props)
                for name in EVIDENCE_LISTS.values():
                    props.pop(name, None)
                graph.add_edge(row["source"], row["target"], key=rel.value, type=rel.value, evidence=evidence, **props)
        for row in self.run(f"MATCH (d:{DOCUMENT}) RETURN properties(d) AS props").rows:
            props = dict(row["props"])
            props.pop("file", None)
            graph.graph["documents"][props.pop("id")] = props  # maps (path_bytes) stay JSON text
        return graph

    @contextmanager
    def _errors(self, report: LoadReport | None = None) -> Iterator[None]:
        """Turn the driver's connection, authentication and client errors into one-line messages."""
        from neo4j import exceptions as neo

        try:
            yield
        except neo.AuthError as exc:
            raise Neo4jStoreError(
                f"Neo4j at {self.uri} refused user {self.user!r}: {_message(exc)} "
                "(check --user/--password or NEO4J_USER/NEO4J_PASSWORD)"
            ) from None
        except (neo.ServiceUnavailable, neo.SessionExpired, neo.IncompleteCommit, OSError) as exc:
            if report is not None and report.rows:
                raise Neo4jStoreError(
                    f"lost the connection to Neo4j at {self.uri} after {report.rows} rows were written "
                    f"({_message(exc)}); what was written is kept: run the same load again when the server "
                    "is back to complete it"
                ) from None
            raise Neo4jStoreError(f"cannot reach Neo4j at {self.uri}: {_message(exc)}") from None
        except neo.Neo4jError as exc:
            if exc.code == "Neo.ClientError.Statement.AccessMode":
                raise Neo4jStoreError(
                    f"Neo4j at {self.uri} refused a write in a read-only session ({_message(exc)}); "
                    "to change the database on purpose, add --write"
                ) from None
            hint = f" (load the graph with graphaid load first: it creates {NAMES_INDEX})" * (
                NAMES_INDEX in _message(exc)
            )
            raise Neo4jStoreError(f"Neo4j at {self.uri} said: {_message(exc)}{hint}") from None
        except neo.DriverError as exc:
            raise Neo4jStoreError(f"Neo4j at {self.uri}: {_message(exc)}") from None


def expected_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """What :meth:`Neo4jStore.counts` reports once ``graph`` (alone) is loaded: nodes per label, edges per type."""
    counts = dict.fromkeys([*(label.value for label in Label), *(rel.value for rel in Rel)], 0)
    for _, data in graph.nodes(data=True):
        counts[data["label"]] += 1
    for _, _, data in graph.edges(data=True):
        counts[data["type"]] += 1
    return counts


def _message(exc: BaseException) -> str:
    from neo4j.exceptions import Neo4jError

    # Only Neo4jError.message is stable in every 5.x driver; on other errors it is a preview feature that warns.
    text = (exc.message if isinstance(exc, Neo4jError) else None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def connect(
    uri: str,
    user: str | None = "neo4j",
    password: str | None = None,
    database: str | None = None,
    retry_seconds: float = 30.0,
    timeout: float = DEFAULT_TIMEOUT,
) -> Neo4jStore:
    """Open a store on ``uri`` and check right away that the server answers and accepts us.

    ``retry_seconds`` is how long the driver keeps retrying a batch on transient errors; ``timeout`` bounds
    each connection attempt, batch and query (the server is also asked to give up a transaction after it).
    Raises :class:`Neo4jStoreError` with a one-line message when it cannot.
    """
    from neo4j import GraphDatabase
    from neo4j import exceptions as neo

    scheme = uri.partition("://")[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise Neo4jStoreError(f"not a Neo4j URI: {uri!r}; use bolt:// or neo4j:// (e.g. bolt://localhost:7687)")
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = GraphDatabase.driver(
            uri,
            auth=auth,
            max_transaction_retry_time=retry_seconds,
            connection_timeout=min(timeout, 30.0),
            connection_acquisition_timeout=timeout,
        )
    except (neo.ConfigurationError, ValueError) as exc:
        raise Neo4jStoreError(f"not a Neo4j URI: {uri!r} ({_message(exc)}); try bolt://localhost:7687") from None
    store = Neo4jStore(driver, uri, database, user, timeout)
    try:
        store.run("RETURN 1 AS ok")
    except BaseException:
        store.close()
        raise
    return store


def _serve(calls: queue.SimpleQueue) -> None:
    """Run the calls put on ``calls`` (function, arguments, outcome dict, done event), one after another."""
    while True:
        call, args, outcome, done = calls.get()
        try:
            outcome["value"] = call(*args)
        except BaseException as exc:  # handed to the caller's thread as it is
            outcome["error"] = exc
        finally:
            done.set()


def plain(value: object) -> object:
    """A driver value as plain Python: nodes and relationships become dicts of their properties."""
    if value is None or isinstance(value, str | int | float):  # nearly every value: no import, no tests
        return value
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
