"""Regenerate graphaid/data/province_outlines.json: simplified outlines of China's provincial divisions.

Source: DCW-GMT 2.1.1, the Digital Chart of the World for GMT (© 2014 The GMT Team, LGPL-3.0-or-later; the DCW
itself, 1:1,000,000, is public domain), as Debian's ``gmt-dcw`` package ships it (``dcw-gmt.nc``). Each province's
polygons are simplified with shapely (topology kept, tolerance 0.02°, about 2 km), islands under 20 km² are
dropped (the largest polygon always stays), and coordinates are rounded to 0.01°: at the map's scale nothing
visible is lost and the file stays small inside the wheel.

Usage (the only step that needs the package; nothing is downloaded when graphaid runs):

    apt-get download gmt-dcw && dpkg -x gmt-dcw_*.deb /tmp/dcw
    pip install h5py shapely
    python tools/make_province_outlines.py /tmp/dcw/usr/share/gmt-dcw/dcw-gmt.nc
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

import h5py
import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from graphaid.places import gazetteer

OUT = Path(__file__).resolve().parent.parent / "graphaid" / "data" / "province_outlines.json"
TOLERANCE = 0.02  # degrees
SMALLEST = 0.002  # square degrees, about 20 km²
# ISO 3166-2:CN subdivision (DCW's state code) -> the province's division code (GB/T 2260)
PROVINCES = {
    "AH": "340000", "BJ": "110000", "CQ": "500000", "FJ": "350000", "GD": "440000", "GS": "620000",
    "GX": "450000", "GZ": "520000", "HA": "410000", "HB": "420000", "HE": "130000", "HI": "460000",
    "HK": "810000", "HL": "230000", "HN": "430000", "JL": "220000", "JS": "320000", "JX": "360000",
    "LN": "210000", "MO": "820000", "NM": "150000", "NX": "640000", "QH": "630000", "SC": "510000",
    "SD": "370000", "SH": "310000", "SN": "610000", "SX": "140000", "TJ": "120000", "TW": "710000",
    "XJ": "650000", "XZ": "540000", "YN": "530000", "ZJ": "330000",
}  # fmt: skip
NOTE = (
    "Outlines of China's provincial divisions, simplified (tolerance 0.02 degrees, islands under about 20 km2 "
    "left out, coordinates rounded to 0.01 degrees) from DCW-GMT 2.1.1, the Digital Chart of the World for GMT "
    "(Copyright 2014 The GMT Team, LGPL-3.0-or-later; see province_outlines.LICENSE.txt), by "
    "tools/make_province_outlines.py. Longitude, latitude (WGS 84). Keys are division codes."
)


def read_rings(data: h5py.File, state: str) -> list[list[tuple[float, float]]]:
    """The polygons of one DCW state as rings of (lon, lat): values are 0-65535 steps between the state's min and
    max, and a (65535, 0) pair starts each new polygon."""
    lon_var, lat_var = data[f"CN{state}_lon"], data[f"CN{state}_lat"]
    raw_lon, raw_lat = lon_var[:], lat_var[:]
    lon = raw_lon.astype(float) / lon_var.attrs["scale"][0] + lon_var.attrs["min"][0]
    lat = raw_lat.astype(float) / lat_var.attrs["scale"][0] + lat_var.attrs["min"][0]
    starts = np.flatnonzero((raw_lon == 65535) & (raw_lat == 0))
    bounds = [*starts, len(lon)]
    return [list(zip(lon[a + 1 : b], lat[a + 1 : b], strict=True)) for a, b in pairwise(bounds) if b - a > 3]


def outline(rings: list[list[tuple[float, float]]]) -> list[list[list[float]]]:
    polygons = [Polygon(ring).buffer(0) for ring in rings]
    parts = [p for poly in polygons for p in (poly.geoms if isinstance(poly, MultiPolygon) else [poly])]
    largest = max(parts, key=lambda p: p.area)
    kept = [p for p in parts if p.area >= SMALLEST or p is largest]
    out = []
    for part in kept:
        simple = part.simplify(TOLERANCE, preserve_topology=True)
        for poly in simple.geoms if isinstance(simple, MultiPolygon) else [simple]:
            ring = [[round(x, 2), round(y, 2)] for x, y in poly.exterior.coords]
            squeezed = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
            if len(squeezed) >= 4:
                out.append(squeezed)
    return out


def main(source: str) -> None:
    places = gazetteer().places
    provinces = {}
    with h5py.File(source, "r") as data:
        for state, code in sorted(PROVINCES.items(), key=lambda item: item[1]):
            if code not in places:
                raise SystemExit(f"{code} ({state}) is not in graphaid's division table")
            provinces[code] = outline(read_rings(data, state))
    OUT.write_text(
        json.dumps({"note": NOTE, "provinces": provinces}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    points = sum(len(ring) for rings in provinces.values() for ring in rings)
    print(f"{len(provinces)} provinces, {points} points, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
