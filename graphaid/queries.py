"""The named questions: one Cypher file per question in ``graphaid/cypher/``, one networkx function per question here.

Each function answers on the embedded store what its Cypher file answers on Neo4j: the same columns, the
same rows, in the same order (Cypher's ORDER BY: ascending puts nulls last, descending first). A node is
found by name the same way everywhere: its ``name`` or one of its ``aliases`` equals the parameter; a place
parameter is read with the division table (a name, short form or qualified name: 南京市鼓楼区). A name that
names nothing is refused before the question is asked, the same way on both stores.

The Cypher files share one form of an act of aid: a line ``ACTS_OF_AID`` inside a ``CALL`` subquery stands for
the union of the ways of helping :data:`graphaid.schema.ACT_PATHS` defines (see :func:`acts_of_aid_cypher`).

    from graphaid.queries import donors_of_county, run_named
    donors_of_county(graph, "台江县")
    run_named(graph, "pairing_network", name="天津市明德医院", hops=3)
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import networkx as nx

from graphaid.graph import derived
from graphaid.model import Label, Rel, node_id
from graphaid.questions import DONOR_COLUMNS, donor_table, donors
from graphaid.schema import (
    ACT_PATHS,
    Act,
    Party,
    UnknownName,
    acts,
    find_entities,
    place_code,
    years_by_doc,
)

MAX_HOPS = 6


# --- the registry -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a named query, as its Cypher file's header declares it."""

    name: str
    type: str  # "string", "int", "name" (of a node in the graph) or "place" (in the division table)
    description: str
    default: str | int | None = None

    @property
    def required(self) -> bool:
        """True when the parameter has no default."""
        return self.default is None

    def convert(self, value: str | int) -> str | int:
        """The value as the parameter's type; ValueError when it is not one."""
        if self.type == "int":
            try:
                return int(value)
            except (TypeError, ValueError):
                raise ValueError(f"parameter {self.name} wants a whole number, not {value!r}") from None
        return str(value)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A question with its Cypher text (for Neo4j) and its networkx function (for the embedded store)."""

    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    cypher: str
    function: Callable[..., list[dict]]
    finish: Callable[[list[dict]], list[dict]] | None = None  # Neo4j's rows -> the answer, where Python completes it

    def bind(self, values: Mapping[str, str | int]) -> dict[str, str | int]:
        """Parameters converted to their types, defaults filled in; ValueError names what is wrong."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            wanted = ", ".join(known) or "no parameters"
            raise ValueError(f"{self.name} has no parameter {', '.join(unknown)} (it takes {wanted})")
        bound = {}
        for param in self.params:
            if param.name in values:
                bound[param.name] = param.convert(values[param.name])
            elif param.required:
                raise ValueError(f"{self.name} needs -p {param.name}=... ({param.description})")
            else:
                bound[param.name] = param.default
        return bound

    def check_names(self, bound: Mapping[str, str | int], known: Callable[[str], bool]) -> dict[str, str | int]:
        """The parameters with each place read from the division table (as its code), each name checked with
        ``known``; UnknownName or AmbiguousName says which parameter names nothing or several places."""
        checked = dict(bound)
        for param in self.params:
            value = bound.get(param.name)
            if param.type == "place":
                checked[param.name] = place_code(str(value))
            elif param.type == "name" and not known(str(value)):
                raise UnknownName(f"nothing called {value!r} in the graph (name or alias)")
        return checked

    def run(self, graph: nx.MultiDiGraph, **params: str | int) -> list[dict]:
        """Answer the question on the embedded store."""
        bound = self.check_names(self.bind(params), lambda name: bool(find_entities(graph, name)))
        return self.function(graph, **bound)


_FUNCTIONS: dict[str, tuple[Callable[..., list[dict]], tuple[str, ...], Callable | None]] = {}


def _named(*columns: str, finish: Callable[[list[dict]], list[dict]] | None = None):
    """Register a networkx function as the embedded twin of ``cypher/<its name>.cypher`` (``finish`` turns the
    Cypher file's rows into the answer where Python completes it)."""

    def register(function):
        _FUNCTIONS[function.__name__] = (function, columns, finish)
        return function

    return register


_PARAM_LINE = re.compile(
    r"^\$(?P<name>\w+) \((?P<type>string|int|name|place)(?:, default (?P<default>[^)]+))?\): (?P<text>.+)$"
)


def parse_header(name: str, cypher: str) -> tuple[str, str, tuple[Param, ...]]:
    """Summary, description and parameters from the ``//`` comment block that opens a Cypher file."""
    comments = []
    for line in cypher.splitlines():
        if not line.startswith("//"):
            break
        comments.append(line[2:].strip())
    if not comments or not comments[0]:
        raise ValueError(f"{name}.cypher does not open with a comment saying what it answers")
    text, params, in_params = [], [], False
    for line in comments[1:]:
        if line.startswith("Parameters:"):
            in_params = True
            continue
        if not in_params:
            text.append(line)
            continue
        match = _PARAM_LINE.match(line)
        if not match:
            raise ValueError(f"{name}.cypher: cannot read the parameter line {line!r}")
        default = match["default"]
        if default is not None and match["type"] == "int":
            default = int(default)
        params.append(Param(match["name"], match["type"], match["text"], default))
    description = " ".join(" ".join(text).split())
    return comments[0], description, tuple(params)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name: the Cypher files shipped in the package, each with its networkx twin."""
    folder = resources.files("graphaid") / "cypher"
    queries = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        name = entry.name.removesuffix(".cypher")
        cypher = entry.read_text(encoding="utf-8")
        if name not in _FUNCTIONS:
            raise LookupError(f"cypher/{entry.name} has no networkx function in graphaid.queries")
        function, columns, finish = _FUNCTIONS[name]
        summary, description, params = parse_header(name, cypher)
        cypher = _ACTS_LINE.sub(_expand_acts, cypher)
        if any(line.lstrip().startswith("ACTS_OF_AID") for line in cypher.splitlines()):
            raise ValueError(f"cypher/{entry.name}: ACTS_OF_AID stands alone on the line after a CALL (...) {{")
        queries[name] = NamedQuery(name, summary, description, params, columns, cypher, function, finish)
    missing = sorted(set(_FUNCTIONS) - set(queries))
    if missing:
        raise LookupError(f"no Cypher file for the named queries {', '.join(missing)}")
    return queries


def get_query(name: str) -> NamedQuery:
    """The named query called ``name``; LookupError lists the names there are."""
    queries = named_queries()
    if name not in queries:
        raise LookupError(f"no named query {name!r}; there are: {', '.join(queries)}")
    return queries[name]


def run_named(graph: nx.MultiDiGraph, name: str, /, **params: str | int) -> list[dict]:
    """Run a named query on the embedded store."""
    return get_query(name).run(graph, **params)


# --- the one Cypher form of an act of aid ---------------------------------------------------------------------

_ACTS_LINE = re.compile(
    r"^(?P<call>CALL \((?P<imports>[\w, ]*)\) \{\n)"
    r"(?P<indent>[ ]*)ACTS_OF_AID(?: FROM (?P<start>.+?\(r\)))?(?P<evidence> WITH EVIDENCE)?$",
    re.MULTILINE,
)


def _expand_acts(match: re.Match) -> str:
    imported = {name.strip() for name in match["imports"].split(",")}
    body = acts_of_aid_cypher(match["start"], bool(match["evidence"]), match["indent"], imported)
    return match["call"] + body


def acts_of_aid_cypher(
    start: str | None = None, evidence: bool = False, indent: str = "  ", imported: set[str] = frozenset()
) -> str:
    """The body of a CALL subquery giving ``d`` (donor), ``r`` (recipient) and ``via`` for every act of aid
    (``d`` and ``r`` only where the subquery does not import them).

    ``start``, a pattern ending in ``(r)`` (``(k)<-[:LOCATED_IN*0..1]-(r)``), makes each way of helping read
    from the recipient backwards; ``evidence`` also returns the relationships on the way (``first``,
    ``second``: null for a one-step act). Written from :data:`graphaid.schema.ACT_PATHS`, as the embedded store
    reads it: a two-step act is one a document tells both steps of.
    """
    branches = []
    for path in ACT_PATHS:
        first = f"[first:{path.first}]"
        if path.second is None:
            pattern = f"(r)<-{first}-(d)" if start else f"(d)-{first}->(r)"
            where, second = "", "null AS second"
        else:
            middle, hop = f"(:{path.middle})", f"[second:{path.second}]"
            pattern = f"(r)<-{hop}-{middle}<-{first}-(d)" if start else f"(d)-{first}->{middle}-{hop}->(r)"
            where, second = " WHERE any(doc IN first.evidence_docs WHERE doc IN second.evidence_docs)", "second"
        match = f"{start[: -len('(r)')]}{pattern}" if start else pattern
        ends = [end for end in ("d", "r") if end not in imported]
        returned = ", ".join([*ends, f"'{path.first}' AS via"]) + (f", first, {second}" if evidence else "")
        branches.append(f"{indent}MATCH {match}{where}\n{indent}RETURN {returned}")
    return f"\n{indent}UNION\n".join(branches)


def acts_from_rows(rows: Iterable[Mapping]) -> list[Act]:
    """The acts of aid from the rows of ``donor_county_table.cypher`` (Neo4j's answer before Python completes it)."""
    found = []
    for row in rows:
        legs = []
        for step in ("first", "second"):
            docs = row.get(f"{step}_docs")
            if docs is not None:
                dates = row.get(f"{step}_dates") or [""] * len(docs)  # neo4j-admin import keeps no list of ""
                legs.append(years_by_doc(docs, dates))
        donor = Party(row["donor_id"], row["donor_label"], row["donor"], row["donor_region"])
        recipient = Party(row["recipient_id"], row["recipient_label"], row["recipient"], row["recipient_region"])
        found.append(Act(donor, recipient, row["via"], tuple(legs)))
    return found


#: a node by exact name or alias through the names index graphaid load creates (the named queries' lookup)
NAME_LOOKUP = (
    r"""CALL db.index.fulltext.queryNodes('graphaid_names', """
    r"""'"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') """
    "YIELD node WHERE node.name = $name OR $name IN node.aliases RETURN node.id AS id LIMIT 1"
)


def _table_rows(rows: list[dict]) -> list[dict]:
    return [row.as_dict() for row in donor_table(acts_from_rows(rows)).rows]


# --- graph helpers shared by the questions ------------------------------------------------------------------


def _name(graph: nx.MultiDiGraph, node: str | None):
    return None if node is None else graph.nodes[node].get("name")


def _label(graph: nx.MultiDiGraph, node: str | None):
    return None if node is None else graph.nodes[node].get("label")


def _out(graph: nx.MultiDiGraph, node: str, rel: Rel) -> list[tuple[str, dict]]:
    return [(target, data) for _, target, data in graph.out_edges(node, data=True) if data.get("type") == rel]


def _in(graph: nx.MultiDiGraph, node: str, rel: Rel) -> list[tuple[str, dict]]:
    return [(source, data) for source, _, data in graph.in_edges(node, data=True) if data.get("type") == rel]


def _aid(graph: nx.MultiDiGraph) -> tuple[dict[str, set], dict[str, set]]:
    """Donor -> {(recipient, via)} and recipient -> {(donor, via)} for the graph's acts of aid (made once)."""
    memo = derived(graph)
    if "aid_index" not in memo:
        given, received = defaultdict(set), defaultdict(set)
        for act in acts(graph):
            given[act.donor.id].add((act.recipient.id, act.via))
            received[act.recipient.id].add((act.donor.id, act.via))
        memo["aid_index"] = (dict(given), dict(received))
    return memo["aid_index"]


def _acts_of(graph: nx.MultiDiGraph, donor: str) -> set[tuple[str, str]]:
    """(recipient, via) for each way a donor helps."""
    return _aid(graph)[0].get(donor, set())


def _helpers_of(graph: nx.MultiDiGraph, recipient: str) -> set[tuple[str, str]]:
    """(donor, via) for each way a recipient is helped."""
    return _aid(graph)[1].get(recipient, set())


def _counties_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """``(node)-[:LOCATED_IN*0..1]->(k:County)``: the node if it is a county, and counties it is located in."""
    counties = [node] if _label(graph, node) == Label.COUNTY else []
    return counties + [t for t, _ in _out(graph, node, Rel.LOCATED_IN) if _label(graph, t) == Label.COUNTY]


def _within(graph: nx.MultiDiGraph, places: Iterable[str], depth: int = 3) -> set[str]:
    """``(n)-[:LOCATED_IN*0..depth]->(place)``: the places and everything located in them, ``depth`` levels down."""
    seen = set(places)
    frontier = list(seen)
    for _ in range(depth):
        frontier = [s for node in frontier for s, _ in _in(graph, node, Rel.LOCATED_IN) if s not in seen]
        seen.update(frontier)
    return seen


def _ordered(rows: list[dict], *keys: str, descending: Iterable[str] = ()) -> list[dict]:
    """Rows in Cypher's ORDER BY order: ascending keys put nulls last, descending keys put them first."""
    descending = set(descending)
    for key in reversed(keys):
        present = [r for r in rows if r[key] is not None]
        missing = [r for r in rows if r[key] is None]
        present.sort(key=lambda r, k=key: r[k], reverse=key in descending)
        rows = missing + present if key in descending else present + missing
    return rows


# --- the questions ------------------------------------------------------------------------------------------


@_named("county", "donor", "donor_label", "recipient", "recipient_label", "via")
def donors_of_county(graph: nx.MultiDiGraph, county: str) -> list[dict]:
    """Which donors serve a county (its name, short form, qualified name or division code): donor, recipient in
    the county and way of helping (``via``)."""
    found = set()
    county_node = node_id(Label.COUNTY, place_code(county))
    for k in [county_node] if county_node in graph else []:
        recipients = {k} | {s for s, _ in _in(graph, k, Rel.LOCATED_IN)}
        found |= {(k, d, r, via) for r in recipients for d, via in _helpers_of(graph, r)}
    rows = [
        {
            "county": _name(graph, k),
            "donor": _name(graph, d),
            "donor_label": _label(graph, d),
            "recipient": _name(graph, r),
            "recipient_label": _label(graph, r),
            "via": via,
        }
        for k, d, r, via in found
    ]
    return _ordered(rows, "county", "donor", "donor_label", "via", "recipient", "recipient_label")


@_named(*DONOR_COLUMNS, finish=_table_rows)
def donor_county_table(graph: nx.MultiDiGraph) -> list[dict]:
    """The donor region -> recipient region table of ``graphaid donors`` (see graphaid.questions.donor_table)."""
    return [row.as_dict() for row in donors(graph)]


@_named("donor", "donor_label", "county", "recipient", "recipient_label", "via")
def donor_recipients(graph: nx.MultiDiGraph, donor: str) -> list[dict]:
    """The counties and hospitals a donor (or every donor in a place) serves, and how."""
    found = set()
    for d in _within(graph, find_entities(graph, donor)):
        for r, via in _acts_of(graph, d):
            for k in _counties_of(graph, r) or [None]:
                found.add((_name(graph, d), _label(graph, d), _name(graph, k), _name(graph, r), _label(graph, r), via))
    columns = _FUNCTIONS["donor_recipients"][1]
    rows = [dict(zip(columns, row, strict=True)) for row in found]
    return _ordered(rows, "donor", "donor_label", "county", "recipient", "recipient_label", "via")


@_named("hospital", "expert", "posted_to", "posted_label", "sent_on")
def experts_sent(graph: nx.MultiDiGraph, hospital: str) -> list[dict]:
    """The experts a hospital sent and where each was posted."""
    rows = []
    for h in find_entities(graph, hospital, (Label.HOSPITAL,)):
        for x, sends in _out(graph, h, Rel.SENDS):
            if _label(graph, x) != Label.EXPERT:
                continue
            for r in [r for r, _ in _out(graph, x, Rel.POSTED_TO)] or [None]:
                rows.append(
                    {
                        "hospital": _name(graph, h),
                        "expert": _name(graph, x),
                        "posted_to": _name(graph, r),
                        "posted_label": _label(graph, r),
                        "sent_on": sends.get("date"),
                    }
                )
    return _ordered(rows, "hospital", "expert", "posted_to", "posted_label", "sent_on")


@_named("hospital", "department", "founder", "founder_label", "date")
def departments_founded(graph: nx.MultiDiGraph, place: str) -> list[dict]:
    """The departments founded at a hospital or in a place, and who founded them."""
    hosts = _within(graph, find_entities(graph, place))
    pairs = {(dep, h) for h in hosts for dep, _ in _in(graph, h, Rel.PART_OF) if _label(graph, dep) == Label.DEPARTMENT}
    rows = []
    for dep, h in pairs:
        for founder, founded in _in(graph, dep, Rel.FOUNDED) or [(None, {})]:
            rows.append(
                {
                    "hospital": _name(graph, h),
                    "department": _name(graph, dep),
                    "founder": _name(graph, founder),
                    "founder_label": _label(graph, founder),
                    "date": founded.get("date"),
                }
            )
    return _ordered(rows, "hospital", "department", "founder", "founder_label", "date")


@_named("donor", "donor_label", "recipient", "recipient_label", "distance")
def pairing_network(graph: nx.MultiDiGraph, name: str, hops: int = 2) -> list[dict]:
    """The PAIRS_WITH relationships within ``hops`` steps (at most 6) of a node, either direction."""
    hops = min(hops, MAX_HOPS)
    distance = {node: 0 for node in find_entities(graph, name)}
    queue = deque(distance)
    while queue:
        node = queue.popleft()
        if distance[node] >= hops:
            continue
        neighbours = [t for t, _ in _out(graph, node, Rel.PAIRS_WITH)] + [
            s for s, _ in _in(graph, node, Rel.PAIRS_WITH)
        ]
        for other in neighbours:
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)
    rows = []
    for source, target, data in graph.edges(data=True):
        if data.get("type") != Rel.PAIRS_WITH:
            continue
        near = min(distance.get(source, hops), distance.get(target, hops)) + 1
        if near <= hops:
            rows.append(
                {
                    "donor": _name(graph, source),
                    "donor_label": _label(graph, source),
                    "recipient": _name(graph, target),
                    "recipient_label": _label(graph, target),
                    "distance": near,
                }
            )
    return _ordered(rows, "distance", "donor", "donor_label", "recipient", "recipient_label")


@_named("donor", "donor_label", "counties", "hospitals", "experts")
def donors_ranked(graph: nx.MultiDiGraph, limit: int = 20) -> list[dict]:
    """Donors ranked by counties served, then hospitals served, then experts sent."""
    served: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for act in acts(graph):
        d, r = act.donor.id, act.recipient.id
        counties, hospitals = served[d]
        counties.update(_counties_of(graph, r))
        if _label(graph, r) == Label.HOSPITAL:
            hospitals.add(r)
    rows = []
    for d, (counties, hospitals) in served.items():
        experts = {x for x, _ in _out(graph, d, Rel.SENDS) if _label(graph, x) == Label.EXPERT}
        rows.append(
            {
                "donor": _name(graph, d),
                "donor_label": _label(graph, d),
                "counties": len(counties),
                "hospitals": len(hospitals),
                "experts": len(experts),
            }
        )
    rows = _ordered(
        rows,
        "counties",
        "hospitals",
        "experts",
        "donor",
        "donor_label",
        descending=("counties", "hospitals", "experts"),
    )
    return rows[: max(limit, 0)]


@_named("source", "type", "target", "doc", "char_start", "char_end", "date", "sentence")
def relationship_evidence(graph: nx.MultiDiGraph, source: str, type: str, target: str) -> list[dict]:
    """The sentences behind the ``type`` relationship from ``source`` to ``target``."""
    targets = set(find_entities(graph, target))
    rows = []
    for a in find_entities(graph, source):
        for b, data in _out(graph, a, type):
            if b not in targets:
                continue
            for record in data.get("evidence", ()):
                rows.append(
                    {
                        "source": _name(graph, a),
                        "type": data["type"],
                        "target": _name(graph, b),
                        "doc": record["doc"],
                        "char_start": record["start"],
                        "char_end": record["end"],
                        "date": record.get("date") or None,
                        "sentence": record["sentence"],
                    }
                )
    return _ordered(rows, "source", "target", "doc", "char_start", "char_end", "date", "sentence")
