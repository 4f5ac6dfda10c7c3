"""CSV files for ``neo4j-admin database import full``: the fastest first load of a big graph into Neo4j.

One node file per label (``nodes_Hospital.csv`` ...), one for the documents (``documents.csv``) and one
relationship file per type (``relationships_PAIRS_WITH.csv`` ...), with the headers the import tool reads
(``id:ID(Entity)``, ``:LABEL``, ``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE``, ``name:string``,
``aliases:string[]`` ...). The properties are exactly those :mod:`graphaid.neo4j` loads over Bolt. Every string is
quoted; arrays are joined with U+001F (names hold ``;``, the tool's default delimiter), so the import needs
``--array-delimiter=U+001F`` and ``--multiline-fields=true`` (:func:`import_command` gives the whole line). The
tool reads an empty field as no value, so an empty list (a node without aliases) is left out rather than stored as
``[]``, and a one-element list holding ``""`` too (:func:`graphaid.neo4j.evidence_from_properties` reads a missing
``evidence_dates`` as no dates). The tool writes no constraints or indexes: ``schema.cypher`` beside the files
holds them, and a ``graphaid load`` of the same graph afterwards creates them (and changes nothing else).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graphaid.model import Label, Rel
from graphaid.neo4j import (
    DOCUMENT,
    _schema_member,
    document_properties,
    node_properties,
    relationship_properties,
    schema_statements,
)

ARRAY_DELIMITER = "\x1f"
ENTITIES = "Entity"  # the id space of graphaid's nodes (documents have their own: ids may look alike)


@dataclass(slots=True)
class ImportFiles:
    """The files written, and how many rows each kind has."""

    folder: Path
    nodes: list[Path] = field(default_factory=list)  # documents.csv first
    relationships: list[Path] = field(default_factory=list)
    rows: int = 0


def write_import_files(graph: nx.MultiDiGraph, folder: str | Path) -> ImportFiles:
    """Write the graph as import CSV files (UTF-8) into ``folder``, made if missing."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = ImportFiles(folder)
    documents = graph.graph.get("documents") or {}
    if documents:
        rows = [document_properties(doc, meta) for doc, meta in sorted(documents.items())]
        files.nodes.append(_write(folder / "documents.csv", f"id:ID({DOCUMENT})", DOCUMENT, rows))
        files.rows += len(rows)
    by_label: dict[Label, list[dict]] = {}
    for node, data in graph.nodes(data=True):
        label = _schema_member(Label, data.get("label"), f"node {node!r} has label")
        by_label.setdefault(label, []).append(node_properties(node, data))
    for label in sorted(by_label):
        rows = sorted(by_label[label], key=lambda props: props["id"])
        files.nodes.append(_write(folder / f"nodes_{label.value}.csv", f"id:ID({ENTITIES})", label.value, rows))
        files.rows += len(rows)
    by_type: dict[Rel, list[dict]] = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        rel = _schema_member(Rel, data.get("type") or key, f"edge {source!r} -> {target!r} has type")
        by_type.setdefault(rel, []).append({":START_ID": source, ":END_ID": target, **relationship_properties(data)})
    for rel in sorted(by_type):
        rows = sorted(by_type[rel], key=lambda props: (props[":START_ID"], props[":END_ID"]))
        files.relationships.append(_write(folder / f"relationships_{rel.value}.csv", None, rel.value, rows))
        files.rows += len(rows)
    (folder / "schema.cypher").write_text(";\n".join(schema_statements()) + ";\n", encoding="utf-8")
    return files


def import_command(files: ImportFiles, database: str = "neo4j", admin: str = "neo4j-admin") -> list[str]:
    """The ``neo4j-admin database import full`` command line that imports ``files`` into ``database``."""
    command = [admin, "database", "import", "full"]
    command += [f"--nodes={path}" for path in files.nodes]
    command += [f"--relationships={path}" for path in files.relationships]
    return [*command, "--array-delimiter=U+001F", "--multiline-fields=true", database]


def shell_line(command: list[str]) -> str:
    """The command as one line for a POSIX shell."""
    return " ".join(shlex.quote(part) for part in command)


def _write(path: Path, id_column: str | None, label_or_type: str, rows: list[dict]) -> Path:
    if id_column:  # a node file: id first, then the label, then the other properties
        keys = sorted({key for row in rows for key in row} - {"id"})
        header = [id_column, ":LABEL", *(f"{key}:{_column_type(rows, key)}" for key in keys)]
        lines = [[_cell(row["id"]), _cell(label_or_type), *(_cell(row.get(key)) for key in keys)] for row in rows]
    else:
        keys = sorted({key for row in rows for key in row} - {":START_ID", ":END_ID"})
        header = [f":START_ID({ENTITIES})", f":END_ID({ENTITIES})", ":TYPE"]
        header += [f"{key}:{_column_type(rows, key)}" for key in keys]
        lines = [
            [_cell(row[":START_ID"]), _cell(row[":END_ID"]), _cell(label_or_type), *(_cell(row.get(k)) for k in keys)]
            for row in rows
        ]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for line in lines:
            out.write(",".join(line) + "\n")
    return path


def _column_type(rows: list[dict], key: str) -> str:
    """The import type of a column: the one Neo4j stores its values as over Bolt."""
    values = [row[key] for row in rows if row.get(key) is not None]
    if any(isinstance(value, list) for value in values):
        return _scalar_type([item for value in values for item in value]) + "[]"
    return _scalar_type(values)


def _scalar_type(values: list) -> str:
    kinds = {type(value) for value in values}
    if kinds == {bool}:
        return "boolean"
    if kinds and kinds <= {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _cell(value) -> str:
    """One CSV field: nothing for no value, strings quoted (quotes doubled), arrays joined with U+001F."""
    if value is None:
        return ""
    if isinstance(value, list):
        return _quote(ARRAY_DELIMITER.join(map(_text, value)))
    if isinstance(value, (bool, int, float)):
        return _text(value)
    return _quote(str(value))


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, (int, float)) else str(value)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
