"""The aid graph as Neo4j properties, and query results: what both stores show a Cypher query.

Neo4j properties hold only scalars and lists of scalars, so a relationship's ``evidence`` becomes five parallel
lists (``evidence_docs``, ``evidence_sentences``, ``evidence_starts``, ``evidence_ends``, ``evidence_dates``, a
missing date ``""``), and any other value that is not a scalar or a list of scalars of one type a JSON string.
The Bolt writer (graphaid.neo4j) and the embedded store's ad-hoc Cypher (graphaid.adhoc) both read it from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

EVIDENCE_LISTS = {
    "doc": "evidence_docs",
    "sentence": "evidence_sentences",
    "start": "evidence_starts",
    "end": "evidence_ends",
    "date": "evidence_dates",
}


@dataclass(slots=True)
class QueryResult:
    """Rows of a query as plain Python values, with the columns in the order the query returns them."""

    columns: list[str]
    rows: list[dict] = field(default_factory=list)


def node_properties(node_id: str, data: dict) -> dict:
    """The Neo4j properties of one node of the embedded store (its label becomes the Neo4j label)."""
    props = {"id": node_id}
    for key, value in data.items():
        if key != "label":
            props[key] = _property(value)
    return props


def document_properties(doc_id: str, meta: dict) -> dict:
    """The Neo4j properties of one document of ``graph.graph["documents"]``: its id, file name and metadata."""
    props = {"id": doc_id, "file": doc_id.split("#", 1)[0]}
    for key, value in meta.items():
        props[key] = _property(value)
    return props


def relationship_properties(data: dict) -> dict:
    """The Neo4j properties of one edge of the embedded store: evidence as parallel lists."""
    props = {}
    for key, value in data.items():
        if key == "evidence":
            props["evidence_docs"] = [record["doc"] for record in value]
            props["evidence_sentences"] = [record["sentence"] for record in value]
            props["evidence_starts"] = [int(record["start"]) for record in value]
            props["evidence_ends"] = [int(record["end"]) for record in value]
            props["evidence_dates"] = [record.get("date") or "" for record in value]
        elif key != "type":
            props[key] = _property(value)
    return props


def _property(value):
    """A value Neo4j can store: scalars and homogeneous lists of scalars as they are, the rest as JSON."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return str(value)  # a StrEnum becomes its plain value
    if isinstance(value, (list, tuple)):
        if all(type(item) is str for item in value):  # the common case, checked fast
            return list(value)
        kinds = {_scalar_kind(item) for item in value}
        if len(kinds) == 1 and None not in kinds:
            kind = kinds.pop()
            return [kind(item) for item in value]
        if kinds == {int, float}:
            return [float(item) for item in value]
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _scalar_kind(value):
    for kind in (bool, str, int, float):  # bool first: a bool is an int
        if isinstance(value, kind):
            return kind
    return None


def evidence_from_properties(props: dict) -> list[dict]:
    """The evidence records of a relationship read back from its parallel lists.

    Dates may be missing altogether: neo4j-admin import reads a one-element array holding "" as no value."""
    lists = [props.get(name) or [] for name in EVIDENCE_LISTS.values()]
    if not lists[-1]:
        lists[-1] = [""] * len(lists[0])
    records = []
    for doc, sentence, start, end, date in zip(*lists, strict=True):
        records.append({"doc": doc, "sentence": sentence, "start": start, "end": end, "date": date or None})
    return records
