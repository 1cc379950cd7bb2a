"""Metric geometry on lon/lat shapes: buffers in kilometres, geodesic distances, areas.

Buffers are computed part by part in an azimuthal equidistant projection centred on the
part, so a 12-nautical-mile belt is 12 nautical miles wide wherever the part lies.
"""

from __future__ import annotations

from functools import lru_cache

import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

NM_KM = 1.852
GEOD = Geod(ellps="WGS84")


@lru_cache(maxsize=512)
def _aeqd(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.3f} +lon_0={lon:.3f} +datum=WGS84 +units=m")
    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    back = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return forward, back


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    return list(getattr(geometry, "geoms", [geometry]))


def buffer_km(geometry: BaseGeometry, km: float, *, resolution: int = 8) -> BaseGeometry:
    """``geometry`` grown by ``km`` kilometres (each part in its own local projection)."""
    grown = []
    for part in _parts(geometry):
        if part.is_empty:
            continue
        centre = part.centroid
        forward, back = _aeqd(round(centre.x, 1), round(centre.y, 1))
        metric = shapely.transform(part, forward.transform, interleaved=False)
        grown_part = metric.buffer(km * 1000, resolution)
        grown.append(shapely.transform(grown_part, back.transform, interleaved=False))
    return shapely.union_all(grown)


def circle_km(lon: float, lat: float, km: float) -> Polygon:
    """A circle of radius ``km`` around a point, as a lon/lat polygon."""
    centre = Point(lon, lat)
    forward, back = _aeqd(round(lon, 3), round(lat, 3))
    disc = shapely.transform(centre, forward.transform, interleaved=False).buffer(km * 1000, 16)
    return shapely.transform(disc, back.transform, interleaved=False)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km between two (lon, lat) points on WGS84."""
    _, _, metres = GEOD.inv(a[0], a[1], b[0], b[1])
    return metres / 1000


def area_km2(geometry: BaseGeometry) -> float:
    """Geodesic area of a lon/lat geometry in km² (0 for points and lines)."""
    total = 0.0
    for part in _parts(geometry):
        if isinstance(part, Polygon):
            area, _ = GEOD.geometry_area_perimeter(shapely.geometry.polygon.orient(part, 1.0))
            total += abs(area)
        elif isinstance(part, MultiPolygon):
            total += area_km2(part) * 1e6
    return total / 1e6
