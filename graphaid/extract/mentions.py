"""Mentions: spans of a document that name a place, an institution, a person or a hospital unit."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphaid.documents import Sentence
from graphaid.model import Label, Rel


@dataclass(slots=True)
class Mention:
    """One name in one sentence. Offsets are into the document text; ``sent`` is the sentence index."""

    label: Label
    surface: str
    start: int
    end: int
    sent: int
    region: str | None = None  # division code of the finest place it belongs to
    key: str = ""  # identity across documents; set by the recogniser
    places: list[str] = field(default_factory=list)  # division codes written inside the name
    rest: str = ""  # the name with its leading place names removed
    affiliation: Mention | None = None  # for experts: the hospital they come from
    abbreviated: bool = False  # 县妇幼保健院: a level character stands for the place
    canonical: str = ""  # the full name a lexicon gives for it (a known hospital named by an alias)
    shared: tuple[str, ...] = ()  # the places its name starts with a name of, when several share it (鼓楼区)

    @property
    def name(self) -> str:
        return self.surface


@dataclass(slots=True)
class Relation:
    """A relationship between two mentions, with the sentence it was read from."""

    source: Mention
    target: Mention
    type: Rel
    sentence: Sentence
