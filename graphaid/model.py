"""The aid graph's schema in one place: labels, relationship types, evidence and stable ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache


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


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relationship was read: document, sentence and the character span inside the document.

    ``date`` is ISO (YYYY, YYYY-MM or YYYY-MM-DD): the sentence's own, else its article's (see ``graph.when``).
    """

    doc: str
    sentence: str
    start: int
    end: int
    date: str | None = None

    def as_dict(self) -> dict:
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "date": self.date,
        }


DATE_PRECISION = {4: "year", 7: "month", 10: "day"}  # by the length of the ISO date


def year_of(date: str | None) -> int | None:
    """The year of an ISO date (None without one)."""
    return int(date[:4]) if date and date[:4].isdigit() else None


@dataclass(slots=True)
class Node:
    """One real entity. ``key`` is what makes it the same entity across documents."""

    label: Label
    name: str
    key: str
    aliases: set[str] = field(default_factory=set)
    props: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return node_id(self.label, self.key)


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    type: Rel
    evidence: Evidence | None = None


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
