"""The aid graph as a SQLite database (sqlite-utils): documented tables, foreign keys, full-text search.

Tables (each column is described in ``TABLES``, which also titles them for ``graphaid serve``):

- ``documents``: every article read, with what its page says of it (title, URL, outlet, author, date);
- ``entities``: every node, with its place in the division hierarchy (province, prefecture, county), its
  aliases and the place it lies in (``parent``);
- ``entity_documents``: which documents name which entity;
- ``relations``: one row per relationship (source, type, target) with its date and number of sentences;
- ``evidence``: the sentences relationships were read from, with their character offsets in the document;
- ``donors``: the donor region -> recipient region table of ``graphaid.questions.donors``, and
  ``donor_documents``, the documents each row rests on.

Full-text search (FTS5 with SQLite's trigram tokenizer, so Chinese text is found by any part of at least three
characters) covers evidence sentences and entity names and aliases.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from graphaid.graph import GraphFileError, check_writable, when
from graphaid.model import Label, Rel, node_id, year_of
from graphaid.places import gazetteer
from graphaid.questions import donors, region_of

#: changes when the tables do, so a database kept beside a graph (graphaid serve) is not read in an older shape
EXPORT_VERSION = 1

#: table -> (title, description, {column: description}); the columns in the order they are written
TABLES: dict[str, tuple[str, str, dict[str, str]]] = {
    "documents": (
        "Articles",
        "Every article read into the graph, with what its page says of it.",
        {
            "id": "The document's id: the file name it was first read under and a hash of its bytes.",
            "title": "The article's title (from the page's <title>, og:title or a 标题 line).",
            "outlet": "Who published it: the text's 来源 line, else the site's name.",
            "author": "The author the page names, if any.",
            "date": "Publication date (ISO: year, year-month or full date).",
            "year": "Year of publication.",
            "url": "The article's canonical web address, when the page gives one.",
            "relative_path": "The file, relative to the folder given to graphaid build.",
            "path": "The file's full path when it was read.",
            "script": "'traditional' when the text was written in traditional characters and converted.",
            "encoding": "The text encoding the file was read in.",
        },
    ),
    "entities": (
        "Entities",
        "Every province, prefecture, county, hospital, agency, expert and department in the graph.",
        {
            "id": "The entity's stable id (the label's initial and a hash of what makes it this entity).",
            "label": "What it is: Province, City (prefecture), County, Hospital, Agency, Expert or Department.",
            "name": "Its fullest name in the articles (places: the official name).",
            "aliases": "Other names the articles use for it.",
            "code": "Division code of the place it is or lies in.",
            "province": "The province it is or lies in.",
            "prefecture": "The prefecture (地级) it is or lies in.",
            "county": "The county (县级) it is or lies in.",
            "hierarchy": "Province › prefecture › county.",
            "parent": "The place it is located in (a hospital's county, a county's prefecture ...).",
            "relations": "How many relationships it has (place hierarchy not counted).",
            "documents": "How many articles name it.",
        },
    ),
    "entity_documents": (
        "Entities named in articles",
        "Which articles name which entity.",
        {"entity": "The entity.", "doc": "An article that names it."},
    ),
    "relations": (
        "Relationships",
        "Who helps whom: one row per relationship, pointing from the giving side to the receiving side.",
        {
            "id": "Row number.",
            "source": "The giving side: donor hospital, region or agency; an expert for POSTED_TO; a department "
            "for PART_OF.",
            "type": "PAIRS_WITH (pairing aid), SENDS (sends an expert), POSTED_TO (expert posted to), FOUNDED "
            "(founded a department), PART_OF (department of a hospital).",
            "target": "The receiving side.",
            "date": "Earliest date of its evidence.",
            "year": "Year of that date.",
            "sentences": "How many sentences state it.",
        },
    ),
    "evidence": (
        "Evidence sentences",
        "The sentences each relationship was read from, with where they are in the article.",
        {
            "id": "Row number.",
            "relation": "The relationship this sentence states.",
            "source": "Its giving side.",
            "type": "Its type.",
            "target": "Its receiving side.",
            "sentence": "The sentence as the article writes it (in simplified characters).",
            "doc": "The article it is in.",
            "start": "Character offset of the sentence's start in the article's text.",
            "end": "Character offset just after its end.",
            "date": "The sentence's own date, else its article's.",
            "year": "Year of that date.",
            "date_from": "'sentence' when the sentence names the date, 'article' when the article's stands in.",
        },
    ),
    "donors": (
        "Donors → recipients",
        "Which donor region serves which recipient region, at the finest level the articles state (graphaid donors).",
        {
            "id": "Row number.",
            "donor_region": "The donor: a province, prefecture or county.",
            "recipient_region": "The recipient: a province, prefecture or county.",
            "donor_province": "The donor's province.",
            "recipient_province": "The recipient's province.",
            "donor_hierarchy": "The donor's province › prefecture › county.",
            "recipient_hierarchy": "The recipient's province › prefecture › county.",
            "hospitals": "Hospitals on either side of the aid.",
            "evidence": "How many statements of aid support the pair.",
            "first_year": "Earliest year of that evidence.",
            "last_year": "Latest year of that evidence.",
            "documents": "How many articles state it.",
            "donor": "The donor as an entity, when the graph has it.",
            "recipient": "The recipient as an entity, when the graph has it.",
            "donor_code": "The donor's division code.",
            "recipient_code": "The recipient's division code.",
        },
    ),
    "donor_documents": (
        "Articles behind donor pairs",
        "The articles each donor → recipient pair rests on.",
        {"donor_pair": "The donor → recipient pair.", "doc": "An article stating it."},
    ),
}

#: table -> (column -> (table, column)) foreign keys
FOREIGN_KEYS: dict[str, dict[str, tuple[str, str]]] = {
    "entities": {"parent": ("entities", "id")},
    "entity_documents": {"entity": ("entities", "id"), "doc": ("documents", "id")},
    "relations": {"source": ("entities", "id"), "target": ("entities", "id")},
    "evidence": {
        "relation": ("relations", "id"),
        "source": ("entities", "id"),
        "target": ("entities", "id"),
        "doc": ("documents", "id"),
    },
    "donors": {"donor": ("entities", "id"), "recipient": ("entities", "id")},
    "donor_documents": {"donor_pair": ("donors", "id"), "doc": ("documents", "id")},
}
PRIMARY_KEYS = {"documents": "id", "entities": "id", "relations": "id", "evidence": "id", "donors": "id"}
#: what each table's rows are called by (Datasette shows it for links to the row)
LABEL_COLUMNS = {"documents": "title", "entities": "name", "donors": "recipient_region"}
FTS_COLUMNS = {"evidence": ["sentence"], "entities": ["name", "aliases"]}
INDEXES = {
    "entities": [["label"], ["province"], ["name"]],
    "relations": [["type"], ["year"], ["source", "type"], ["target", "type"]],
    "evidence": [["type"], ["year"]],
    "donors": [["donor_province"], ["recipient_province"], ["first_year"]],
}


def write_sqlite(graph: nx.MultiDiGraph, path: str | Path) -> dict[str, int]:
    """Write the graph as a SQLite database at ``path`` (replaced atomically); rows per table."""
    path = Path(path)
    if path.is_dir():
        raise GraphFileError(f"{path}: is a folder; give a file name for the database")
    check_writable(path)
    # SQLite writes the file itself: fill a temporary file beside it, then move it in place
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        counts = _fill(graph, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise GraphFileError(f"{path}: could not be written ({exc.strerror}); nothing was changed") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return counts


def _fill(graph: nx.MultiDiGraph, filename: str) -> dict[str, int]:
    import sqlite_utils

    Path(filename).unlink(missing_ok=True)
    db = sqlite_utils.Database(filename)
    # a temporary file, moved in place only once complete: no journal and no waiting for the disk on each batch
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    rows = {
        "documents": _documents(graph),
        "entities": _entities(graph),
        "entity_documents": _entity_documents(graph),
    }
    relations, evidence = _relations(graph)
    rows["relations"], rows["evidence"] = relations, evidence
    donor_rows, donor_documents = _donors(graph)
    rows["donors"], rows["donor_documents"] = donor_rows, donor_documents
    counts = {}
    with db.conn:
        for table, (_title, _about, columns) in TABLES.items():
            db[table].create(
                {column: _type(table, column) for column in columns},
                pk=PRIMARY_KEYS.get(table),
                foreign_keys=[(column, *target) for column, target in FOREIGN_KEYS.get(table, {}).items()],
            )
            db[table].insert_all(rows[table], batch_size=2000)
            counts[table] = db[table].count
        for table, indexes in INDEXES.items():
            for columns in indexes:
                db[table].create_index(columns)
        for table, columns in FOREIGN_KEYS.items():
            for column in columns:
                db[table].create_index([column], if_not_exists=True)
    for table, columns in FTS_COLUMNS.items():
        db[table].enable_fts(columns, tokenize="trigram")
    db.conn.close()
    return counts


_INTEGER_COLUMNS = {"relation", "donor_pair", "year", "start", "end", "relations", "documents", "sentences", "evidence"}
_INTEGER_COLUMNS |= {"first_year", "last_year"}


def _type(table: str, column: str) -> type:
    if column in _INTEGER_COLUMNS or (column == "id" and table not in ("documents", "entities")):
        return int
    return str


def _documents(graph: nx.MultiDiGraph) -> Iterator[dict]:
    for doc, meta in sorted(graph.graph.get("documents", {}).items()):
        paths = meta.get("paths") or []
        yield {
            "id": doc,
            "title": meta.get("title"),
            "outlet": meta.get("outlet"),
            "author": meta.get("author"),
            "date": meta.get("date"),
            "year": year_of(meta.get("date")),
            "url": meta.get("url"),
            "relative_path": meta.get("relative_path"),
            "path": paths[0] if paths else None,
            "script": meta.get("script"),
            "encoding": meta.get("encoding"),
        }


_LEVEL_COLUMN = {Label.PROVINCE: "province", Label.CITY: "prefecture", Label.COUNTY: "county"}
_PLACES = {str(label) for label in (Label.PROVINCE, Label.CITY, Label.COUNTY)}


def _entities(graph: nx.MultiDiGraph) -> Iterator[dict]:
    gz = gazetteer()
    for node, data in sorted(graph.nodes(data=True)):
        code = region_of(graph, node)
        lineage = gz.lineage(code) if code and code in gz.places else []
        levels = {_LEVEL_COLUMN[p.level]: p.name for p in lineage}
        hierarchy = [p.name for p in lineage] or list(data.get("hierarchy", ()))
        parent = next((v for _, v, rel in graph.out_edges(node, data="type") if rel == Rel.LOCATED_IN), None)
        yield {
            "id": node,
            "label": data["label"],
            "name": data["name"],
            "aliases": _json(data.get("aliases", [])),
            "code": code,
            "province": levels.get("province"),
            "prefecture": levels.get("prefecture"),
            "county": levels.get("county"),
            "hierarchy": " › ".join(hierarchy) or None,
            "parent": parent,
            "relations": sum(
                1
                for edges in (graph.out_edges, graph.in_edges)
                for *_, rel in edges(node, data="type")
                if rel != Rel.LOCATED_IN
            ),
            "documents": len(data.get("docs", ())),
        }


def _entity_documents(graph: nx.MultiDiGraph) -> Iterator[dict]:
    for node, docs in sorted(graph.nodes(data="docs")):
        for doc in docs or ():
            yield {"entity": node, "doc": doc}


def _relations(graph: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    relations, evidence = [], []
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"]))
    for source, target, data in edges:
        if data["type"] == Rel.LOCATED_IN:
            continue  # the hierarchy is the entities' parent column
        relation = len(relations) + 1
        records = data.get("evidence", [])
        relations.append(
            {
                "id": relation,
                "source": source,
                "type": data["type"],
                "target": target,
                "date": data.get("date"),
                "year": year_of(data.get("date")),
                "sentences": len(records),
            }
        )
        for record in records:
            dated = when(record)
            evidence.append(
                {
                    "id": len(evidence) + 1,
                    "relation": relation,
                    "source": source,
                    "type": data["type"],
                    "target": target,
                    "sentence": record["sentence"],
                    "doc": record["doc"],
                    "start": record["start"],
                    "end": record["end"],
                    "date": dated["date"],
                    "year": year_of(dated["date"]),
                    "date_from": dated["date_from"],
                }
            )
    return relations, evidence


def _donors(graph: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """The rows of graphaid.questions.donors, with the entities of their regions when the graph has them."""
    gz = gazetteer()

    def entity(code: str) -> str | None:
        place = gz.places.get(code)
        if place is None:
            return None
        node = node_id(place.level, code)
        return node if node in graph else None

    rows, documents = [], []
    for i, row in enumerate(donors(graph), start=1):
        fields = row.as_dict()
        rows.append(
            {
                "id": i,
                "donor_region": fields["donor_region"],
                "recipient_region": fields["recipient_region"],
                "donor_province": fields["donor_hierarchy"].split(" › ")[0],
                "recipient_province": fields["recipient_hierarchy"].split(" › ")[0],
                "donor_hierarchy": fields["donor_hierarchy"],
                "recipient_hierarchy": fields["recipient_hierarchy"],
                "hospitals": _json(fields["hospitals"]),
                "evidence": fields["evidence"],
                "first_year": fields["first_year"],
                "last_year": fields["last_year"],
                "documents": len(fields["docs"]),
                "donor": entity(fields["donor_code"]),
                "recipient": entity(fields["recipient_code"]),
                "donor_code": fields["donor_code"],
                "recipient_code": fields["recipient_code"],
            }
        )
        documents.extend({"donor_pair": i, "doc": doc} for doc in fields["docs"])
    return rows, documents


def _json(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)
