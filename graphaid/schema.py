"""Reading the aid graph by its schema: a node's region and lineage, finding a node or a place by name, acts of aid.

An act of aid is defined here once (:data:`ACT_PATHS`): a donor PAIRS_WITH a recipient; a donor SENDS an expert
POSTED_TO a recipient; a donor FOUNDED a department PART_OF a recipient. A two-step act is one the same article
tells both steps of. The donor table, the named queries (networkx and Cypher), and the maps read it from here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from graphaid.graph import derived
from graphaid.model import PLACE_LABELS, Label, Rel, year_of
from graphaid.places import Place, gazetteer

PLACES = frozenset(str(label) for label in PLACE_LABELS)


@dataclass(frozen=True, slots=True)
class AidPath:
    """One way of helping: ``donor -[first]-> recipient``, or ``donor -[first]-> (middle) -[second]-> recipient``."""

    first: Rel
    middle: Label | None = None
    second: Rel | None = None


#: every way a donor helps a recipient; ``via`` in the answers is the path's first relationship
ACT_PATHS = (
    AidPath(Rel.PAIRS_WITH),
    AidPath(Rel.SENDS, Label.EXPERT, Rel.POSTED_TO),
    AidPath(Rel.FOUNDED, Label.DEPARTMENT, Rel.PART_OF),
)
#: relationships that carry aid (everything but the place hierarchy)
AID_TYPES = frozenset(str(rel) for path in ACT_PATHS for rel in (path.first, path.second) if rel)


def region_of(graph: nx.MultiDiGraph, node: str) -> str | None:
    """The division code a node stands in: a place's own code, an institution's region."""
    data = graph.nodes[node]
    if data["label"] in PLACES:
        return data["code"]
    return data.get("region")


def lineage(code: str | None) -> list[str]:
    """The names of a division and the divisions it lies in, province first (empty without a code)."""
    return [p.name for p in gazetteer().lineage(code)] if code else []


# --- finding by name ----------------------------------------------------------------------------------------


def find_entities(
    graph: nx.MultiDiGraph, name: str, labels: tuple[Label, ...] = (), contains: bool = False
) -> list[str]:
    """Nodes called ``name`` (their name or one of their aliases); with ``contains``, those whose name contains it.

    The one way graphaid finds an entity the user names: ``show``, ``map --focus`` and the named queries.
    """
    wanted = {str(label) for label in labels}
    if contains:
        found = [
            n
            for n, d in graph.nodes(data=True)
            if name in d["name"] or any(name in alias for alias in d.get("aliases", ()))
        ]
    else:
        found = _names(graph).get(name, [])
    return sorted(n for n in found if not wanted or graph.nodes[n]["label"] in wanted)


def _names(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Name and alias -> nodes, built once per graph and kept until the graph changes (graph.derived)."""
    memo = derived(graph)
    if "names" not in memo:
        index: dict[str, list[str]] = defaultdict(list)
        for node, data in graph.nodes(data=True):
            for name in {data.get("name"), *(data.get("aliases") or ())}:
                if name:
                    index[name].append(node)
        memo["names"] = dict(index)
    return memo["names"]


class UnknownName(LookupError):
    """A name the user gave that names nothing; the message says so."""


class AmbiguousName(LookupError):
    """A place name several divisions go by; the message lists them and says how to choose."""


def find_places(name: str) -> list[Place]:
    """The divisions called ``name``: by code, name or short form, or qualified by where it lies (南京市鼓楼区)."""
    gz = gazetteer()
    if name in gz.places:
        return [gz.places[name]]
    exact = gz.lookup(name) or [p for p in gz.places.values() if p.name == name]
    if exact:
        return sorted(exact, key=lambda p: p.code)
    found = {}
    for cut in range(2, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        outer = gz.lookup(head) or [p for p in gz.places.values() if p.name == head]
        if not outer:
            continue
        for place in find_places(tail):
            if any(o.code != place.code and gz.is_within(place.code, o.code) for o in outer):
                found[place.code] = place
    return sorted(found.values(), key=lambda p: p.code)


def place_code(name: str) -> str:
    """The division code of the one place called ``name``; a six-digit code is taken as it is."""
    if len(name) == 6 and name.isascii() and name.isdigit():
        return name
    return one_place(name).code


def one_place(name: str) -> Place:
    """The one division called ``name``; UnknownName or AmbiguousName (with the choices) otherwise."""
    places = find_places(name)
    if not places:
        raise UnknownName(f"no place called {name!r} in the division table")
    if len(places) > 1:
        choices = "、".join("".join(lineage(p.code)) for p in places)
        example = "".join(lineage(places[0].code)[-2:])
        raise AmbiguousName(f"{name} could be {choices}: name the place it lies in too, e.g. {example}")
    return places[0]


# --- acts of aid ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Party:
    """A donor or recipient as the donor table needs it: id, label, name and division code (None if unplaced)."""

    id: str
    label: str
    name: str
    region: str | None


@dataclass(frozen=True, slots=True)
class Act:
    """One act of aid: a donor, a recipient, the way (``via``) and, for each relationship on the way, the
    documents of its evidence with the year of each record (None when undated)."""

    donor: Party
    recipient: Party
    via: str
    legs: tuple[dict[str, tuple[int | None, ...]], ...]

    def docs(self, since: int | None = None, until: int | None = None) -> dict[str, set[int]]:
        """The documents that tell every step of the act, with the years their evidence gives.

        With ``since`` or ``until`` only evidence dated in those years counts (undated evidence then goes)."""
        dated = since is not None or until is not None
        low, high = since if since is not None else -(10**9), until if until is not None else 10**9
        told: dict[str, set[int]] | None = None
        for leg in self.legs:
            years_by_doc = {}
            for doc, years in leg.items():
                kept = {y for y in years if y is not None and low <= y <= high}
                if kept or not dated:
                    years_by_doc[doc] = kept
            if told is None:
                told = years_by_doc
            else:
                told = {doc: told[doc] | years_by_doc[doc] for doc in told.keys() & years_by_doc.keys()}
        return told or {}


def years_by_doc(docs: list[str], dates: list[str | None]) -> dict[str, tuple[int | None, ...]]:
    """A relationship's evidence (parallel lists of documents and dates) as document -> the years of its records."""
    years: dict[str, list[int | None]] = {}
    for doc, date in zip(docs, dates, strict=True):
        years.setdefault(doc, []).append(year_of(date))
    return {doc: tuple(found) for doc, found in years.items()}


def party(graph: nx.MultiDiGraph, node: str) -> Party:
    """A node as a donor or recipient."""
    data = graph.nodes[node]
    return Party(node, data["label"], data["name"], region_of(graph, node))


def acts(graph: nx.MultiDiGraph) -> list[Act]:
    """Every act of aid in the graph (made once and kept until the graph changes)."""
    memo = derived(graph)
    if "acts" not in memo:
        memo["acts"] = list(_acts(graph))
    return memo["acts"]


def _acts(graph: nx.MultiDiGraph) -> Iterator[Act]:
    for path in ACT_PATHS:
        for donor, middle, first in graph.edges(data=True):
            if first["type"] != path.first:
                continue
            first_leg = _leg(first)
            if path.second is None:
                yield Act(party(graph, donor), party(graph, middle), str(path.first), (first_leg,))
                continue
            if graph.nodes[middle]["label"] != path.middle:
                continue
            for _, recipient, second in graph.out_edges(middle, data=True):
                if second["type"] == path.second and first_leg.keys() & (second_leg := _leg(second)).keys():
                    yield Act(party(graph, donor), party(graph, recipient), str(path.first), (first_leg, second_leg))


def _leg(edge: dict) -> dict[str, tuple[int | None, ...]]:
    return years_by_doc([e["doc"] for e in edge["evidence"]], [e.get("date") for e in edge["evidence"]])
