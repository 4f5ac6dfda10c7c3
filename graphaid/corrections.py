"""Corrections a user makes to the aid graph: a TOML file beside the graph, applied on every build and rebuild.

The extractor's records are merged into the graph first, then the corrections are applied to the whole graph,
in a fixed order of kinds (each finds the names the one before gave): split, rename, merge, alias, place,
reject. Applying them again changes nothing, so a rebuild that adds articles applies them to the new facts as
well, and the same articles and corrections give the same graph. An entity is named by its name, an alias or
its id; a document by its id or its file's name. A correction that matches nothing any more is reported, not
dropped. The nodes a correction touched list it in their ``corrections`` attribute (``graphaid show``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

import networkx as nx

from graphaid.graph import add_edge, forget, write_atomically
from graphaid.model import PLACE_LABELS, Label, Rel, node_id

KINDS = ("split", "rename", "merge", "alias", "place", "reject")

# each kind's fields: name -> (required, list of strings)
FIELDS: dict[str, dict[str, tuple[bool, bool]]] = {
    "split": {"name": (True, False), "new_name": (True, False), "docs": (True, True)},
    "rename": {"name": (True, False), "to": (True, False)},
    "merge": {"name": (True, False), "into": (True, False)},
    "alias": {"name": (True, False), "alias": (True, False)},
    "place": {"name": (True, False), "place": (True, False)},
    "reject": {
        "id": (False, False),
        "source": (False, False),
        "target": (False, False),
        "type": (False, False),
        "doc": (False, False),
    },
}

HEADER = (
    "Corrections to the aid graph, applied on every 'graphaid build' into it (see 'graphaid correct --help').\n"
    "Kinds are applied in this order: split, rename, merge, alias, place, reject. Entities are named by name,\n"
    "alias or id (as 'graphaid show' prints them), documents by id or file name."
)

_INSTITUTIONS = {str(Label.HOSPITAL), str(Label.AGENCY)}
_PLACES = {str(label) for label in PLACE_LABELS}


class CorrectionsError(Exception):
    """A corrections file or a correction a user wrote that cannot be used; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction: its kind (one of KINDS) and its fields as the file writes them."""

    kind: str
    fields: tuple[tuple[str, str | tuple[str, ...]], ...]  # in FIELDS order, only those given

    @classmethod
    def make(cls, kind: str, **values: str | Iterable[str] | None) -> Correction:
        """A correction of ``kind`` from its field values (None for a field left out)."""
        given = []
        for name, (_, many) in FIELDS[kind].items():
            value = values.get(name)
            if value is not None:
                given.append((name, tuple(value) if many else value))
        return cls(kind, tuple(given))

    def get(self, name: str) -> str | tuple[str, ...] | None:
        return dict(self.fields).get(name)

    def as_dict(self) -> dict:
        return {name: list(value) if isinstance(value, tuple) else value for name, value in self.fields}

    def describe(self) -> str:
        """One line saying what it does: ``merge 乙医院 into 甲医院``."""
        get = self.get
        if self.kind == "split":
            return f"split {get('name')}: {', '.join(get('docs'))} -> {get('new_name')}"
        if self.kind == "rename":
            return f"rename {get('name')} to {get('to')}"
        if self.kind == "merge":
            return f"merge {get('name')} into {get('into')}"
        if self.kind == "alias":
            return f"alias {get('alias')} for {get('name')}"
        if self.kind == "place":
            return f"place {get('name')} in {get('place')}"
        if get("id"):
            return f"reject {get('id')}" + (f" in {get('doc')}" if get("doc") else "")
        what = f" {get('type')}" if get("type") else ""
        return f"reject{what} {get('source')} -> {get('target')}" + (f" in {get('doc')}" if get("doc") else "")


def corrections_path(graph_path: str | Path) -> Path:
    """The corrections file beside a graph file: ``aid.graph.json`` -> ``aid.corrections.toml``,
    ``aidgraph.json`` -> ``aidgraph.corrections.toml``."""
    path = Path(graph_path)
    stem = path.name.removesuffix(".json").removesuffix(".graph") or path.name
    return path.with_name(f"{stem}.corrections.toml")


def load_corrections(path: str | Path) -> list[Correction]:
    """The corrections in a file, in the order written (none when there is no file)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CorrectionsError(f"{path}: not a valid TOML file ({exc}); fix that line or remove the file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{path}: cannot read the corrections file ({exc}); check it is UTF-8 text") from None
    out: list[Correction] = []
    for kind, entries in data.items():
        if kind not in FIELDS:
            raise CorrectionsError(
                f"{path}: unknown correction kind [[{kind}]]; the kinds are {', '.join(KINDS)} (fix or remove it)"
            )
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise CorrectionsError(f"{path}: write each {kind} correction as a [[{kind}]] table")
        for number, entry in enumerate(entries, 1):
            out.append(_checked(path, kind, number, entry))
    return out


def _checked(path: Path, kind: str, number: int, entry: dict) -> Correction:
    where = f"{path}: [[{kind}]] number {number}"
    fields = FIELDS[kind]
    unknown = sorted(set(entry) - set(fields))
    if unknown:
        raise CorrectionsError(f"{where} has unknown field {unknown[0]!r}; its fields are {', '.join(fields)}")
    for name, (required, many) in fields.items():
        value = entry.get(name)
        if value is None:
            if required:
                raise CorrectionsError(f"{where} lacks {name!r}; add it (see 'graphaid correct {kind} --help')")
            continue
        good = (
            isinstance(value, list) and value and all(isinstance(v, str) and v for v in value)
            if many
            else isinstance(value, str) and value
        )
        if not good:
            wanted = "a list of non-empty strings" if many else "a non-empty string"
            raise CorrectionsError(f"{where}: {name!r} must be {wanted}")
    if kind == "reject":
        if not entry.get("id") and not (entry.get("source") and entry.get("target")):
            raise CorrectionsError(f"{where} needs either 'id' or both 'source' and 'target'")
        if entry.get("type") and entry["type"] not in {str(r) for r in Rel}:
            raise CorrectionsError(f"{where}: unknown type {entry['type']!r}; one of {', '.join(map(str, Rel))}")
    return Correction.make(kind, **entry)


def add_correction(path: str | Path, correction: Correction) -> bool:
    """Write a correction at the end of its kind's list in the file (kept as the user wrote it, comments and
    all); False when the file already holds it."""
    import tomlkit

    path = Path(path)
    if correction in load_corrections(path):
        return False
    document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else _new_document()
    if correction.kind not in document:
        document.append(correction.kind, tomlkit.aot())
    entry = tomlkit.table()
    for name, value in correction.as_dict().items():
        entry.add(name, value)
    entry.add(tomlkit.nl())  # a blank line between corrections, as people write them
    document[correction.kind].append(entry)
    write_atomically(path, lambda fh: fh.write(tomlkit.dumps(document).encode("utf-8")))
    return True


def _new_document():
    import tomlkit

    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line))
    document.add(tomlkit.nl())
    return document


# --- finding what a correction names ------------------------------------------------------------------------


def find_entity(graph: nx.MultiDiGraph, name: str, exclude: Iterable[str] = ()) -> list[str]:
    """The nodes ``name`` stands for: a node id, else nodes so named, else nodes with it as an alias."""
    if name in graph:
        return [name]
    skip = set(exclude)
    index = _index(graph)
    if index is None:
        named = [n for n, d in graph.nodes(data=True) if d["name"] == name]
        aliased = [n for n, d in graph.nodes(data=True) if name in d.get("aliases", ())]
    else:  # the index, and the nodes changed since it was made, looked at as they are now
        named = [n for n in {*index.by_name.get(name, ()), *index.touched} if n in graph]
        named = [n for n in named if graph.nodes[n]["name"] == name]
        aliased = [n for n in {*index.by_alias.get(name, ()), *index.touched} if n in graph]
        aliased = [n for n in aliased if name in graph.nodes[n].get("aliases", ())]
    return sorted(set(named) - skip) or sorted(set(aliased) - skip)


class _Names:
    """Names and aliases -> nodes, made once while corrections are applied (one scan of the graph, not one per
    name); the nodes corrections changed meanwhile (``touched``) are looked at afresh."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.by_name: dict[str, list[str]] = {}
        self.by_alias: dict[str, list[str]] = {}
        self.touched: set[str] = set()
        for node, data in graph.nodes(data=True):
            self.by_name.setdefault(data["name"], []).append(node)
            for alias in data.get("aliases", ()):
                self.by_alias.setdefault(alias, []).append(node)
        self.order = {doc: i for i, doc in enumerate(graph.graph.get("documents", {}))}


_NAMES: WeakKeyDictionary = WeakKeyDictionary()


@contextmanager
def _indexed(graph: nx.MultiDiGraph) -> Iterator[None]:
    _NAMES[graph] = None  # made when first asked
    try:
        yield
    finally:
        _NAMES.pop(graph, None)


def _index(graph: nx.MultiDiGraph) -> _Names | None:
    if graph not in _NAMES:
        return None
    if _NAMES[graph] is None:
        _NAMES[graph] = _Names(graph)
    return _NAMES[graph]


def _touched(graph: nx.MultiDiGraph, *nodes: str) -> None:
    index = _NAMES.get(graph)  # not made for this
    if index is not None:
        index.touched.update(nodes)


def find_document(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """The documents ``name`` stands for: a document id, else documents read from a file of that name or path."""
    documents = graph.graph.get("documents", {})
    if name in documents:
        return [name]
    found = []
    for doc, meta in documents.items():
        paths = [*meta.get("paths", ()), meta.get("relative_path") or ""]
        if any(p == name or p.endswith("/" + name) or Path(p).name == name for p in paths if p):
            found.append(doc)
    return sorted(found)


def _one(graph: nx.MultiDiGraph, name: str, exclude: Iterable[str] = ()) -> str:
    found = find_entity(graph, name, exclude)
    if not found:
        raise _Miss(f"{name!r} matches nothing in the graph")
    if len(found) > 1:
        named = ", ".join(f"{graph.nodes[n]['name']} [{graph.nodes[n]['label']}] {n}" for n in found[:4])
        raise _Miss(f"{name!r} names {len(found)} entities ({named}); write the one meant by its id")
    return found[0]


class _Miss(Exception):
    """A correction that does not match the graph (an error when written, a warning when applied)."""


def check(graph: nx.MultiDiGraph, correction: Correction, written: Iterable[Correction] = ()) -> Correction:
    """The correction as it will be written, its documents named by id; CorrectionsError (one line, what to do)
    when it does not match the graph (unless it is one of those ``written`` already, applied before)."""
    if correction.kind == "split":
        docs = tuple(_document(graph, d) for d in correction.get("docs"))
        correction = Correction.make("split", **{**correction.as_dict(), "docs": docs})
    elif correction.kind == "reject" and correction.get("doc"):
        doc = _document(graph, correction.get("doc"))
        correction = Correction.make("reject", **{**correction.as_dict(), "doc": doc})
    if correction in written:
        return correction
    try:
        with _indexed(graph):
            _check(graph, correction)
    except _Miss as exc:
        raise CorrectionsError(f"{correction.describe()}: {exc}; 'graphaid show PART-OF-NAME' lists names") from None
    return correction


def _document(graph: nx.MultiDiGraph, name: str) -> str:
    found = find_document(graph, name)
    if len(found) != 1:
        what = "no document" if not found else f"{len(found)} documents ({', '.join(found[:4])})"
        raise CorrectionsError(f"{name!r} names {what} in the graph; give a document id as 'graphaid show' prints it")
    return found[0]


def _check(graph: nx.MultiDiGraph, correction: Correction) -> None:
    get = correction.get
    if correction.kind == "merge":
        into = _one(graph, get("into"))
        other = _one(graph, get("name"), exclude=[into])
        if {graph.nodes[into]["label"], graph.nodes[other]["label"]} & _PLACES:
            raise _Miss(
                "places come from the division table and cannot be merged; use 'correct place' to move an institution"
            )
    elif correction.kind == "place":
        node = _one(graph, get("name"))
        if graph.nodes[node]["label"] not in _INSTITUTIONS:
            raise _Miss(f"{get('name')!r} is a {graph.nodes[node]['label']}; only hospitals and agencies are placed")
        _place_code(get("place"))
    elif correction.kind == "reject":
        if not get("id"):
            _one(graph, get("source"))
            _one(graph, get("target"))
        if not _relations(graph, correction):
            raise _Miss("no such relationship in the graph; 'graphaid show NAME' lists an entity's relationships")
    elif correction.kind == "split":
        node = _one(graph, get("name"))
        if get("new_name") == graph.nodes[node]["name"]:
            raise _Miss("give the entity split off another name than the one it is split from")
        if not set(get("docs")) & set(graph.nodes[node].get("docs", ())):
            raise _Miss(f"none of those documents names {get('name')!r}")
    else:
        _one(graph, get("name"))


def _place_code(name: str) -> str:
    from graphaid.places import gazetteer

    gz = gazetteer()
    if name in gz.places:
        return name
    found = gz.lookup(name)
    if not found:
        raise _Miss(f"{name!r} is no province, prefecture or county in the division table")
    if len(found) > 1:
        named = ", ".join(f"{' '.join(p.name for p in gz.lineage(p.code))} {p.code}" for p in found[:4])
        raise _Miss(f"{name!r} is {len(found)} places ({named}); give the fuller name or the code")
    return found[0].code


def relation_id(source: str, rel: str, target: str) -> str:
    """A relationship's id as corrections and ``graphaid show`` write it: ``SOURCE:TYPE:TARGET``."""
    return f"{source}:{rel}:{target}"


def _relations(graph: nx.MultiDiGraph, correction: Correction) -> list[tuple[str, str, str]]:
    """The (source, target, type) a reject correction names that are in the graph."""
    get = correction.get
    if get("id"):
        source, _, rest = get("id").partition(":")
        rel, _, target = rest.partition(":")
        pairs = [(source, target)] if source in graph and target in graph else []
        types = [rel]
    else:
        sources, targets = find_entity(graph, get("source")), find_entity(graph, get("target"))
        if len(sources) > 1 or len(targets) > 1:
            _one(graph, get("source"))
            _one(graph, get("target"))
        pairs = [(s, t) for s in sources for t in targets]
        types = [get("type")] if get("type") else [str(r) for r in Rel if r is not Rel.LOCATED_IN]
    doc = get("doc")
    found = []
    for source, target in pairs:
        for rel in types:
            data = graph.get_edge_data(source, target, rel)
            if data is not None and (not doc or any(e["doc"] == doc for e in data["evidence"])):
                found.append((source, target, rel))
    return found


# --- applying them -------------------------------------------------------------------------------------------


def apply_corrections(
    graph: nx.MultiDiGraph, corrections: list[Correction], source: str = "", misses: dict | None = None
) -> list[str]:
    """Apply the corrections to the graph (again: what is applied already stays as it is); one warning line for
    each that matches nothing, and for each applied before that is gone from the list. ``misses`` is given each
    correction that matches nothing, with why."""
    forget(graph)
    for _, data in graph.nodes(data=True):
        data.pop("corrections", None)
    where = f"{source}: " if source else ""
    warnings = []
    applied = []  # what is in the graph now, in the order applied: a later build tells what was removed
    with _indexed(graph):
        for kind in KINDS:
            for correction in corrections:
                if correction.kind != kind:
                    continue
                try:
                    _APPLY[kind](graph, correction)
                    applied.append(correction.as_dict() | {"kind": kind})
                except _Miss as exc:
                    warnings.append(f"{where}{correction.describe()}: {exc}; fix or remove this correction")
                    if misses is not None:
                        misses[correction] = str(exc)
    listed = [c.as_dict() | {"kind": c.kind} for c in corrections]
    for before in graph.graph.get("corrections", []):
        if before not in listed:
            fields = {k: v for k, v in before.items() if k != "kind"}
            gone = Correction.make(before["kind"], **fields).describe()
            warnings.append(
                f"{where}{gone}: removed from the corrections, but applied to the graph before; "
                "build again with --fresh to undo it"
            )
            applied.append(before)  # still in the graph until a fresh build
    if applied or "corrections" in graph.graph:  # a graph never corrected stays as it was
        graph.graph["corrections"] = applied
    forget(graph)
    return warnings


def _note(graph: nx.MultiDiGraph, node: str, correction: Correction) -> None:
    _touched(graph, node)
    notes = graph.nodes[node].setdefault("corrections", [])
    if correction.describe() not in notes:
        notes.append(correction.describe())


def _order(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each document's place in the order they were read (evidence is kept in that order)."""
    index = _index(graph)
    if index is not None:
        return index.order
    return {doc: i for i, doc in enumerate(graph.graph.get("documents", {}))}


def _split(graph: nx.MultiDiGraph, correction: Correction) -> None:
    node = _one(graph, correction.get("name"))
    data = graph.nodes[node]
    moving = set(correction.get("docs"))
    missing = sorted(moving - set(graph.graph.get("documents", {})))
    if missing:
        raise _Miss(f"document {missing[0]} is not in the graph (its file changed, or it was not built)")
    new_name = correction.get("new_name")
    new = node_id(data["label"], f"{node}|split|{new_name}")
    if not moving & set(data.get("docs", ())):
        if new in graph:  # split before
            _note(graph, node, correction)
            _note(graph, new, correction)
            return
        raise _Miss(f"none of its documents names {correction.get('name')!r}")
    if new not in graph:
        props = {k: v for k, v in data.items() if k not in ("label", "name", "aliases", "docs", "corrections")}
        graph.add_node(new, label=data["label"], name=new_name, aliases=[], docs=[], **props)
    order = _order(graph)
    new_data = graph.nodes[new]
    new_data["docs"] = sorted(set(new_data["docs"]) | (moving & set(data["docs"])), key=order.get)
    data["docs"] = [d for d in data["docs"] if d not in moving]
    for source, target, key, edge in list(graph.out_edges(node, keys=True, data=True)) + list(
        graph.in_edges(node, keys=True, data=True)
    ):
        ends = (new if source == node else source, new if target == node else target)
        if key == Rel.LOCATED_IN:  # the new entity lies where the old one does
            add_edge(graph, *ends, Rel.LOCATED_IN)
            continue
        moved = [e for e in edge["evidence"] if e["doc"] in moving]
        if moved:
            _join_edge(graph, *ends, key, moved, order)
            _keep_evidence(graph, source, target, key, [e for e in edge["evidence"] if e["doc"] not in moving])
    _note(graph, node, correction)
    _note(graph, new, correction)


def _join_edge(graph: nx.MultiDiGraph, source: str, target: str, key: str, evidence: list, order: dict) -> None:
    """Add evidence to a relationship (made if missing), kept in the order the documents were read."""
    add_edge(graph, source, target, Rel(key))
    data = graph.edges[source, target, key]
    records = data["evidence"] + [e for e in evidence if e not in data["evidence"]]
    data["evidence"] = sorted(records, key=lambda e: order.get(e["doc"], len(order)))
    dates = [e["date"] for e in records if e.get("date")]
    data["date"] = min(dates) if dates else None


def _keep_evidence(graph: nx.MultiDiGraph, source: str, target: str, key: str, kept: list) -> None:
    """A relationship left with only this evidence, gone when none is left."""
    if not kept:
        graph.remove_edge(source, target, key)
        return
    data = graph.edges[source, target, key]
    data["evidence"] = kept
    dates = [e["date"] for e in kept if e.get("date")]
    data["date"] = min(dates) if dates else None


def _rename(graph: nx.MultiDiGraph, correction: Correction) -> None:
    node = _one(graph, correction.get("name"))
    data, to = graph.nodes[node], correction.get("to")
    if data["name"] != to:
        # the old name stays an alias: the articles say it, and the file finds the entity by it next time
        data["aliases"] = sorted((set(data["aliases"]) | {data["name"]}) - {to})
        data["name"] = to
    _note(graph, node, correction)


def _merge(graph: nx.MultiDiGraph, correction: Correction) -> None:
    into = _one(graph, correction.get("into"))
    name = correction.get("name")
    found = find_entity(graph, name, exclude=[into])
    if not found:
        kept = graph.nodes[into]
        if name == into or name == kept["name"] or name in kept["aliases"]:  # merged before
            _note(graph, into, correction)
            return
    other = _one(graph, name, exclude=[into])
    if {graph.nodes[into]["label"], graph.nodes[other]["label"]} & _PLACES:
        raise _Miss("places cannot be merged")
    order = _order(graph)
    kept, gone = graph.nodes[into], graph.nodes[other]
    kept["aliases"] = sorted((set(kept["aliases"]) | set(gone["aliases"]) | {gone["name"]}) - {kept["name"]})
    kept["docs"] = sorted(set(kept["docs"]) | set(gone["docs"]), key=lambda d: order.get(d, len(order)))
    for key, value in gone.items():
        if key != "corrections":
            kept.setdefault(key, value)
    placed = any(k == Rel.LOCATED_IN for _, _, k in graph.out_edges(into, keys=True))
    for source, target, key, edge in list(graph.out_edges(other, keys=True, data=True)) + list(
        graph.in_edges(other, keys=True, data=True)
    ):
        ends = (into if source == other else source, into if target == other else target)
        if ends[0] == ends[1] or (key == Rel.LOCATED_IN and source == other and placed):
            continue  # a relationship between the two, or a second place for the entity kept
        _join_edge(graph, *ends, key, edge["evidence"], order)
    places = [t for _, t, k in graph.out_edges(other, keys=True) if k == Rel.LOCATED_IN]
    graph.remove_node(other)
    _prune_places(graph, places)
    _note(graph, into, correction)


def _alias(graph: nx.MultiDiGraph, correction: Correction) -> None:
    node = _one(graph, correction.get("name"))
    data, alias = graph.nodes[node], correction.get("alias")
    if alias != data["name"] and alias not in data["aliases"]:
        data["aliases"] = sorted({*data["aliases"], alias})
    _note(graph, node, correction)


def _place(graph: nx.MultiDiGraph, correction: Correction) -> None:
    from graphaid.graph import apply
    from graphaid.resolve import place_records

    node = _one(graph, correction.get("name"))
    data = graph.nodes[node]
    if data["label"] not in _INSTITUTIONS:
        raise _Miss(f"{correction.get('name')!r} is a {data['label']}; only hospitals and agencies are placed")
    code = _place_code(correction.get("place"))
    nodes, edges = place_records(code)
    place = next(n for n, attrs in nodes.items() if attrs.get("code") == code)
    before = [t for _, t, k in graph.out_edges(node, keys=True) if k == Rel.LOCATED_IN and t != place]
    if before or data.get("region") != code:
        apply(graph, nodes, edges)
        _touched(graph, *nodes)
        for old in before:
            graph.remove_edge(node, old, str(Rel.LOCATED_IN))
        add_edge(graph, node, place, Rel.LOCATED_IN)
        data["region"] = code
        _prune_places(graph, before)
    _note(graph, node, correction)


def _prune_places(graph: nx.MultiDiGraph, places: list[str]) -> None:
    """Take out places no document names and nothing lies in any more, and then their parents so left."""
    while places:
        place = places.pop()
        if place in graph and not graph.nodes[place].get("docs") and not graph.in_degree(place):
            places += [t for _, t in graph.out_edges(place)]
            graph.remove_node(place)


def _reject(graph: nx.MultiDiGraph, correction: Correction) -> None:
    doc = correction.get("doc")
    if doc and doc not in graph.graph.get("documents", {}):
        raise _Miss(f"document {doc} is not in the graph (its file changed, or it was not built)")
    found = _relations(graph, correction)
    if not found:
        if _rejected_before(graph, correction):
            return
        raise _Miss("no such relationship in the graph any more")
    for source, target, rel in found:
        evidence = graph.edges[source, target, rel]["evidence"]
        _keep_evidence(graph, source, target, rel, [e for e in evidence if doc and e["doc"] != doc])
        _note(graph, source, correction)
        _note(graph, target, correction)


def _rejected_before(graph: nx.MultiDiGraph, correction: Correction) -> bool:
    """Whether both ends are still there (the relationship was taken out by this correction before): noted then."""
    get = correction.get
    if get("id"):
        source, _, rest = get("id").partition(":")
        target = rest.partition(":")[2]
        ends = [[source] if source in graph else [], [target] if target in graph else []]
    else:
        ends = [find_entity(graph, get("source")), find_entity(graph, get("target"))]
    if len(ends[0]) != 1 or len(ends[1]) != 1:
        return False
    before = correction.as_dict() | {"kind": correction.kind}
    if before not in graph.graph.get("corrections", []):
        return False
    _note(graph, ends[0][0], correction)
    _note(graph, ends[1][0], correction)
    return True


_APPLY = {
    "split": _split,
    "rename": _rename,
    "merge": _merge,
    "alias": _alias,
    "place": _place,
    "reject": _reject,
}


__all__ = [
    "Correction",
    "CorrectionsError",
    "add_correction",
    "apply_corrections",
    "check",
    "corrections_path",
    "find_document",
    "find_entity",
    "load_corrections",
    "relation_id",
]
