"""Geometry helpers shared by the map and the exports: the antimeridian and ring order.

Incidents in the North Pacific may cross the antimeridian (a patrol from the Chukchi Sea
at 170E to the Bering Sea at 165W). Two representations are needed:

- continuous (``unwrap_longitudes``): longitudes may pass 180 (195 rather than -165) so a
  web map draws the route as one short line rather than across the whole world;
- RFC 7946 (``rfc7946_geometry``): every longitude within [-180, 180], a geometry that
  crosses the antimeridian split into Multi* parts there, counter-clockwise outer rings.
"""

from __future__ import annotations

import json

import numpy as np
import shapely
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
    box,
)
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

_WORLD = box(-180.0, -90.0, 180.0, 90.0)
_EAST = box(180.0, -90.0, 540.0, 90.0)  # past the antimeridian going east
_WEST = box(-540.0, -90.0, -180.0, 90.0)  # past the antimeridian going west


def unwrap_longitudes(geometry: BaseGeometry) -> BaseGeometry:
    """The same geometry with longitudes shifted so that it is as narrow as possible.

    A geometry whose parts sit on both sides of the antimeridian (170 and -165) gets its
    western longitudes moved east by 360 (-165 -> 195); anything else is returned as is.
    """
    if geometry is None or geometry.is_empty:
        return geometry
    minx, _, maxx, _ = geometry.bounds
    if maxx - minx <= 180.0:
        return geometry
    shifted = shapely.transform(geometry, _shift_west_east)
    sminx, _, smaxx, _ = shifted.bounds
    return shifted if smaxx - sminx < maxx - minx else geometry


def _shift_west_east(coords: np.ndarray) -> np.ndarray:
    out = coords.copy()
    west = out[:, 0] < 0.0
    out[west, 0] += 360.0
    return out


def split_at_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """Cut a continuous geometry at +-180 and bring every part within [-180, 180].

    The pieces beyond 180 (or -180) are moved by 360 degrees; the result is a Multi*
    geometry when the input crossed the antimeridian, the input itself otherwise.
    """
    if geometry is None or geometry.is_empty:
        return geometry
    minx, _, maxx, _ = geometry.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geometry
    pieces = [
        geometry.intersection(_WORLD),
        shapely.affinity.translate(geometry.intersection(_EAST), xoff=-360.0),
        shapely.affinity.translate(geometry.intersection(_WEST), xoff=360.0),
    ]
    return _multi_of_dimension(pieces, _dimension(geometry))


def _dimension(geometry: BaseGeometry) -> int:
    return int(shapely.get_dimensions(geometry))


def _multi_of_dimension(pieces: list[BaseGeometry], dimension: int) -> BaseGeometry:
    """Collect the parts of ``pieces`` with ``dimension`` into one Multi* geometry."""
    parts: list[BaseGeometry] = []
    for piece in pieces:
        for part in getattr(piece, "geoms", [piece]):
            if not part.is_empty and _dimension(part) == dimension:
                parts.append(part)
    if dimension == 0:
        return MultiPoint(parts)
    if dimension == 1:
        return MultiLineString([_line_coords(p) for p in parts])
    return MultiPolygon(list(_polygons(parts)))


def _line_coords(line: BaseGeometry) -> list:
    return list(line.coords)


def _polygons(parts: list[BaseGeometry]):
    for part in parts:
        yield from getattr(part, "geoms", [part])


def oriented(geometry: BaseGeometry) -> BaseGeometry:
    """Polygons with counter-clockwise outer rings and clockwise holes (RFC 7946 3.1.6)."""
    if isinstance(geometry, Polygon):
        return orient(geometry, sign=1.0)
    if isinstance(geometry, MultiPolygon):
        return MultiPolygon([orient(part, sign=1.0) for part in geometry.geoms])
    return geometry


def rfc7946_geometry(geometry: BaseGeometry | None) -> BaseGeometry | None:
    """The geometry as RFC 7946 wants it: split at the antimeridian, rings oriented."""
    if geometry is None or geometry.is_empty:
        return None
    return oriented(split_at_antimeridian(unwrap_longitudes(geometry)))


def representative_point(geometry: BaseGeometry | None) -> Point | None:
    """One point that stands for the geometry, longitude within [-180, 180].

    A point is itself; a route its middle (half its length along it); an area a point
    inside it. Computed on the continuous geometry so a route across the antimeridian is
    not represented by a point on the far side of the world.
    """
    if geometry is None or geometry.is_empty:
        return None
    continuous = unwrap_longitudes(geometry)
    if isinstance(continuous, LineString | MultiLineString):
        merged = (
            shapely.line_merge(continuous)
            if isinstance(continuous, MultiLineString)
            else continuous
        )
        line = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
        point = line.interpolate(0.5, normalized=True)
    elif isinstance(continuous, Point):
        point = continuous
    elif isinstance(continuous, MultiPoint):
        point = continuous.centroid
    else:
        point = continuous.representative_point()
    return Point(wrap_longitude(point.x), point.y)


def wrap_longitude(lon: float) -> float:
    """A longitude brought within [-180, 180)."""
    return ((lon + 180.0) % 360.0) - 180.0 if not -180.0 <= lon <= 180.0 else lon


def geojson_geometry(geometry: BaseGeometry, digits: int = 6) -> dict:
    """A GeoJSON geometry object (lon, lat order) with coordinates rounded to ``digits``."""
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, digits))
    return json.loads(shapely.to_geojson(rounded))
