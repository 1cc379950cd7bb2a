"""Derived geometry for relative place phrases: sectors, offsets, rings, corridors.

Every shape is built in a local azimuthal equidistant projection centred on its anchor
(metres true from the centre), then returned in EPSG:4326. Distances are in km.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

import numpy as np
import shapely
import shapely.ops
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

_GEOD = Geod(ellps="WGS84")
_WGS84 = CRS.from_epsg(4326)

#: Compass words -> bearing in degrees (16 points).
BEARINGS: dict[str, float] = {
    "north": 0.0,
    "north-northeast": 22.5,
    "northeast": 45.0,
    "east-northeast": 67.5,
    "east": 90.0,
    "east-southeast": 112.5,
    "southeast": 135.0,
    "south-southeast": 157.5,
    "south": 180.0,
    "south-southwest": 202.5,
    "southwest": 225.0,
    "west-southwest": 247.5,
    "west": 270.0,
    "west-northwest": 292.5,
    "northwest": 315.0,
    "north-northwest": 337.5,
}


def bearing_of(word: str) -> float | None:
    """The bearing of a compass word ("south-west", "Northeastern", "north northeast")."""
    cleaned = word.lower().replace(" ", "-").replace("--", "-")
    for suffix in ("ern", "erly", "ward", "wards"):
        if cleaned.endswith(suffix) and cleaned[: -len(suffix)].rstrip("-") in _STEMS:
            cleaned = cleaned[: -len(suffix)]
            break
    if cleaned in BEARINGS:
        return BEARINGS[cleaned]
    return BEARINGS.get(cleaned.replace("-", ""), BEARINGS.get(_hyphenate(cleaned)))


_STEMS = {k.replace("-", "") for k in BEARINGS} | set(BEARINGS)


def _hyphenate(word: str) -> str:
    joined = word.replace("-", "")
    for key in BEARINGS:
        if key.replace("-", "") == joined:
            return key
    return word


@lru_cache(maxsize=512)
def _transformers(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.5f} +lon_0={lon:.5f} +datum=WGS84 +units=m")
    forward = Transformer.from_crs(_WGS84, local, always_xy=True)
    back = Transformer.from_crs(local, _WGS84, always_xy=True)
    return forward, back


def _apply(transformer: Transformer, geometry: BaseGeometry) -> BaseGeometry:
    def move(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, move)


_T = TypeVar("_T")


def _per_geometry(function: Callable[[BaseGeometry], _T]) -> Callable[[BaseGeometry], _T]:
    """``function`` remembered per geometry object: shapely geometries do not change, and
    a gazetteer's shapes are measured from again and again. Keyed by identity (hashing a
    shape writes out its WKB), forgotten when the geometry goes."""
    results: dict[int, tuple[weakref.ref[Any], _T]] = {}

    @wraps(function)
    def remembered(geometry: BaseGeometry) -> _T:
        key = id(geometry)
        entry = results.get(key)
        if entry is not None and entry[0]() is geometry:
            return entry[1]
        value = function(geometry)

        def forget(_: weakref.ref[Any]) -> None:
            results.pop(key, None)

        results[key] = (weakref.ref(geometry, forget), value)
        return value

    return remembered


@_per_geometry
def centre(geometry: BaseGeometry) -> Point:
    """The point a relative phrase measures from: centroid, or a point on the shape."""
    point = geometry.centroid
    if geometry.geom_type in ("Polygon", "MultiPolygon") and not geometry.contains(point):
        point = geometry.representative_point()
    return point


@_per_geometry
def radius_km(geometry: BaseGeometry) -> float:
    """Half the diagonal of the shape's extent, in km (0 for a point)."""
    minx, miny, maxx, maxy = geometry.bounds
    _, _, metres = _GEOD.inv(minx, miny, maxx, maxy)
    return metres / 2000.0


def _local(geometry: BaseGeometry) -> tuple[BaseGeometry, Transformer]:
    forward, back = _transformers_for(geometry)
    return _apply(forward, geometry), back


def _wedge(apex: tuple[float, float], bearing: float, half_angle: float, reach_m: float) -> Polygon:
    steps = max(4, int(half_angle / 5))
    angles = np.linspace(bearing - half_angle, bearing + half_angle, 2 * steps + 1)
    radians = np.radians(angles)
    arc = [(apex[0] + reach_m * math.sin(a), apex[1] + reach_m * math.cos(a)) for a in radians]
    return Polygon([apex, *arc, apex])


def sector(anchor: BaseGeometry, bearing: float, reach_km: float, half_angle: float = 45.0):
    """The area on the ``bearing`` side of ``anchor`` out to ``reach_km`` beyond it."""
    local, back = _local(anchor)
    reach = (radius_km(anchor) + reach_km) * 1000.0
    wedge = _wedge((0.0, 0.0), bearing, half_angle, reach)
    area = wedge.difference(local.buffer(1000.0)) if not local.is_empty else wedge
    return _apply(back, area)


def part(anchor: BaseGeometry, bearing: float) -> BaseGeometry:
    """The ``bearing`` part of ``anchor`` ("northern Japan", "the eastern part of X")."""
    local, back = _local(anchor)
    reach = max(radius_km(anchor), 1.0) * 3000.0
    piece = local.intersection(_wedge((0.0, 0.0), bearing, 67.5, reach))
    return _apply(back, piece if not piece.is_empty else local)


def coast(anchor: BaseGeometry, bearing: float, width_km: float) -> BaseGeometry:
    """The ``bearing`` side of ``anchor``'s coast ("the east coast of X", "X's southern
    coast"): land and sea within ``width_km`` of its outline, where the outline lies within
    67.5 degrees of ``bearing`` as seen from the anchor's centroid (the middle of its
    area even where that lies off the shape: the sides of a bent island or a country of many
    islands are seen from there)."""
    forward, back = _transformers_for(anchor)
    local = _apply(forward, anchor)
    outline = local.simplify(max(200.0, width_km * 40.0))
    line = outline.boundary if outline.geom_type in ("Polygon", "MultiPolygon") else outline
    strip = line.buffer(width_km * 1000.0, quad_segs=8)
    origin = _apply(forward, anchor.centroid)
    reach = (max(radius_km(anchor), 1.0) * 3.0 + width_km) * 1000.0
    piece = strip.intersection(_wedge((origin.x, origin.y), bearing, 67.5, reach))
    return _apply(back, piece if not piece.is_empty else strip)


def point_at(anchor: BaseGeometry, bearing: float, distance_km: float) -> Point:
    """The point ``distance_km`` from the anchor's centre along ``bearing`` (geodesic)."""
    origin = centre(anchor)
    lon, lat, _ = _GEOD.fwd(origin.x, origin.y, bearing, distance_km * 1000.0)
    return Point(lon, lat)


def around(anchor: BaseGeometry, width_km: float, *, keep_anchor: bool = False) -> BaseGeometry:
    """A band ``width_km`` wide around ``anchor`` (the anchor itself kept or cut out)."""
    local, back = _local(anchor)
    outline = local.simplify(max(200.0, width_km * 40.0))  # 1 km off a 25 km band: no matter
    band = outline.buffer(width_km * 1000.0, quad_segs=8)
    if not keep_anchor and local.geom_type in ("Polygon", "MultiPolygon"):
        band = band.difference(outline.buffer(0))
    return _apply(back, band)


def corridor(first: BaseGeometry, second: BaseGeometry) -> tuple[BaseGeometry, float]:
    """The area between two shapes, and half the gap across it (km)."""
    near_a, near_b = shapely.ops.nearest_points(first, second)
    line = LineString([near_a, near_b])
    forward, back = _transformers_for(line)
    local = _apply(forward, line)
    length = max(local.length, 2000.0)
    area = local.buffer(length / 3.0)
    area = area.difference(_apply(forward, first)).difference(_apply(forward, second))
    return _apply(back, area), length / 2000.0


def _transformers_for(geometry: BaseGeometry) -> tuple[Transformer, Transformer]:
    point = centre(geometry)  # a centre to the nearest 2 degrees: projections are reused, and
    return _transformers(round(point.x / 2) * 2.0, round(point.y / 2) * 2.0)  # stay true near it


def distance_km(first: BaseGeometry, second: BaseGeometry) -> float:
    """Approximate shortest distance between two shapes (km, geodesic between nearest points)."""
    if first.intersects(second):
        return 0.0
    near_a, near_b = shapely.ops.nearest_points(first, second)
    _, _, metres = _GEOD.inv(near_a.x, near_a.y, near_b.x, near_b.y)
    return metres / 1000.0


def without_land(area: BaseGeometry, land: list[BaseGeometry]) -> BaseGeometry:
    """``area`` minus the land shapes that touch it; the area itself if nothing is left."""
    pieces = [shapely.clip_by_rect(shape, *area.bounds) for shape in land if shape.intersects(area)]
    if not pieces:
        return area
    try:
        water = area.difference(shapely.union_all(pieces))
    except shapely.errors.GEOSException:  # a bad land ring: keep the area as it is
        return area
    return water if not water.is_empty else area
