"""The aid graph's schema in one place: labels, relationship types, node and evidence records, stable ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from typing import TypedDict


class Label(StrEnum):
    """Node labels. Places are the administrative hierarchy; the rest are actors and units."""

    PROVINCE = "Province"
    CITY = "City"
    COUNTY = "County"
    HOSPITAL = "Hospital"
    EXPERT = "Expert"
    DEPARTMENT = "Department"
    AGENCY = "Agency"


PLACE_LABELS = (Label.PROVINCE, Label.CITY, Label.COUNTY)


class Rel(StrEnum):
    """Relationship types; every one points from the giving side to the receiving side."""

    PAIRS_WITH = "PAIRS_WITH"  # donor hospital/region/agency -> recipient hospital/region
    SENDS = "SENDS"  # donor hospital -> expert
    POSTED_TO = "POSTED_TO"  # expert -> recipient hospital or region
    FOUNDED = "FOUNDED"  # donor -> department created at the recipient
    PART_OF = "PART_OF"  # department -> its hospital
    LOCATED_IN = "LOCATED_IN"  # hospital/agency -> place; place -> parent place


class Evidence(TypedDict):
    """Where a relationship was read: document, sentence and the character span inside the document, as the
    graph keeps it in an edge's ``evidence`` list.

    ``date`` is ISO (YYYY, YYYY-MM or YYYY-MM-DD): the sentence's own, else its article's (see ``graph.when``).
    """

    doc: str
    sentence: str
    start: int
    end: int
    date: str | None


def evidence(doc: str, sentence: str, start: int, end: int, date: str | None = None) -> Evidence:
    """An evidence record."""
    return {"doc": doc, "sentence": sentence, "start": start, "end": end, "date": date}


# The records the resolver makes of an extraction and the store merges: plain tuples of the graph's own
# attribute dicts, so they cross from a worker process to the merging one quickly and are stored as they are.
NodeRecord = tuple[str, dict]
"""(node id, attributes as the graph stores them: label, name, aliases, docs and the label's own)"""
EdgeRecord = tuple[str, str, str, Evidence | None]
"""(source id, target id, relationship type, evidence record or None for a LOCATED_IN the division table gives)"""


DATE_PRECISION = {4: "year", 7: "month", 10: "day"}  # by the length of the ISO date


def year_of(date: str | None) -> int | None:
    """The year of an ISO date (None without one)."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def node(
    label: Label,
    name: str,
    key: str,
    aliases: Iterable[str] = (),
    props: dict | None = None,
    doc: str | None = None,
) -> NodeRecord:
    """A node record: one real entity (``key`` is what makes it the same across documents), named in ``doc``."""
    return node_id(label, key), {
        "label": str(label),
        "name": name,
        "aliases": sorted(set(aliases) - {name}),
        "docs": [doc] if doc else [],
        **(props or {}),
    }


def merge_node(known: dict, new: dict) -> None:
    """Merge a record of the same entity into ``known`` (both as the graph stores them).

    The fullest name a text gives is the name (an expert keeps the name first read), the other names are
    aliases, attributes already known stay, and documents accumulate in the order they are merged (a document
    is merged at once, so only the tail is compared).
    """
    name, aliases = known["name"], known["aliases"]
    fuller = len(new["name"]) > len(name) and known["label"] != Label.EXPERT
    if fuller or any(n != name and n not in aliases for n in (new["name"], *new["aliases"])):
        names = {name, *aliases, new["name"], *new["aliases"]}
        if fuller:
            known["name"] = new["name"]
        names.discard(known["name"])
        known["aliases"] = sorted(names)
    for key, value in new.items():
        if key not in known:
            known[key] = value
    docs = known["docs"]
    for doc in new["docs"]:
        if doc not in docs[-8:]:
            docs.append(doc)


@lru_cache(maxsize=1 << 16)  # the same places and hospitals recur in every article of a build
def node_id(label: Label | str, key: str) -> str:
    """A stable, readable-length id: the label's initial plus a hash of the identity key."""
    digest = hashlib.blake2b(f"{label}|{key}".encode(), digest_size=6).hexdigest()
    return f"{ID_PREFIX[Label(label)]}_{digest}"


ID_PREFIX = {
    Label.PROVINCE: "p",
    Label.CITY: "c",
    Label.COUNTY: "k",
    Label.HOSPITAL: "h",
    Label.EXPERT: "x",
    Label.DEPARTMENT: "d",
    Label.AGENCY: "a",
}
