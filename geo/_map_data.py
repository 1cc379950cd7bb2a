"""The data the map embeds: incidents, reference features and basemap as plain JSON values.

The incident data is one GeoJSON FeatureCollection. Points and routes keep their own
geometry; an area incident (Polygon/MultiPolygon) is drawn as a marker at a point inside
the area plus its uncertainty area, so its feature geometry is that Point and its
``area`` property indexes ``areas``: a list of distinct area geometries (many incidents
share one named sea). Longitudes are continuous (``unwrap_longitudes``) so a route across
the antimeridian stays one short line on the web map. ``t0``/``t1`` are the first and last
day the incident's date covers, as days since 1970-01-01, for the time filter.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict
from datetime import date

import shapely
import shapely.affinity
from shapely.geometry import box, mapping
from shapely.geometry.base import BaseGeometry

from geo._map_geometry import unwrap_longitudes
from geo.records import Incident

_EPOCH = date(1970, 1, 1)
_DIGITS = 5  # ~1 m: plenty for a map
_AREA_TYPES = ("Polygon", "MultiPolygon")


def map_data_from_incidents(incidents: list[Incident]) -> dict:
    """The FeatureCollection (plus ``areas``) the map's script draws and filters."""
    areas: dict[bytes, int] = {}
    area_geometries: list[dict] = []
    features = []
    for incident in incidents:
        geometry = unwrap_longitudes(incident.geometry) if incident.geometry is not None else None
        if geometry is None or geometry.is_empty:
            continue
        properties = _properties(incident)
        if geometry.geom_type in _AREA_TYPES:
            key = shapely.to_wkb(geometry)
            if key not in areas:
                areas[key] = len(area_geometries)
                area_geometries.append(json_geometry(geometry))
            properties["area"] = areas[key]
            geometry = geometry.representative_point()
        features.append(
            {"type": "Feature", "geometry": json_geometry(geometry), "properties": properties}
        )
    return {"type": "FeatureCollection", "features": features, "areas": area_geometries}


def _properties(incident: Incident) -> dict:
    first, last = day_span(incident.date, incident.date_end)
    return {
        "id": incident.id,
        "type": incident.type,
        "date": incident.date,
        "date_end": incident.date_end,
        "date_precision": incident.date_precision,
        "actors": list(incident.actors),
        "assets": list(incident.assets),
        "count": incident.count,
        "places": list(incident.place_names),
        "geo_precision": incident.geo_precision,
        "role": incident.role,
        "sources": [_source(asdict(source)) for source in incident.sources],
        "reason": incident.reason,
        "t0": first,
        "t1": last,
        "area": None,
    }


def _source(source: dict) -> dict:
    keep = ("quote", "url", "publisher", "published", "doc")
    return {key: source.get(key) for key in keep}


def day_span(start: str | None, end: str | None = None) -> tuple[int | None, int | None]:
    """First day of ``start`` and last day of ``end`` (or of ``start``), days since 1970."""
    if not start:
        return None, None
    first = _period(start)[0]
    last = _period(end or start)[1]
    return (first - _EPOCH).days, (max(first, last) - _EPOCH).days


def _period(value: str) -> tuple[date, date]:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` -> (first day, last day) of that period."""
    parts = [int(part) for part in value[:10].split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(*parts[:3])
    return day, day


def json_geometry(geometry: BaseGeometry, digits: int = _DIGITS) -> dict:
    """A GeoJSON geometry mapping with rounded coordinates (lon, lat order)."""
    return _round(mapping(geometry), digits)


def _round(value, digits: int):
    if isinstance(value, dict):
        return {key: _round(item, digits) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_round(item, digits) for item in value]
    if isinstance(value, float):
        return round(value, digits)
    return value


#: The part of the world the map draws its basemap for: East Asia and the North Pacific,
#: continuous across the antimeridian (the Bering Sea side moved east by 360 degrees).
BASEMAP_WINDOWS = ((box(95.0, -5.0, 180.0, 75.0), 0.0), (box(-180.0, -5.0, -150.0, 75.0), 360.0))


def basemap_data_from_frame(frame, *, simplify: float = 0.02) -> list[dict]:
    """Basemap features (land or coastline) clipped to the map's window and simplified."""
    features = []
    for geometry in frame.geometry:
        if geometry is None or geometry.is_empty:
            continue
        for window, shift in BASEMAP_WINDOWS:
            if not geometry.intersects(window):
                continue
            part = geometry.intersection(window).simplify(simplify, preserve_topology=True)
            part = shapely.affinity.translate(part, xoff=shift) if shift else part
            if not part.is_empty and shapely.get_dimensions(part) >= 1:
                features.append(
                    {"type": "Feature", "properties": {}, "geometry": json_geometry(part, 3)}
                )
    return features


def reference_data_from_features(features, *, simplify: float = 0.01) -> list[dict]:
    """Gazetteer features as GeoJSON features carrying the names a tooltip shows."""
    out = []
    for feature in features:
        geometry = unwrap_longitudes(feature.geometry)
        if geometry is None or geometry.is_empty:
            continue
        if simplify and shapely.get_dimensions(geometry) == 2:
            geometry = geometry.simplify(simplify, preserve_topology=True)
        names = [name for name in feature.names if name != feature.name_en][:4]
        out.append(
            {
                "type": "Feature",
                "geometry": json_geometry(geometry, 4),
                "properties": {"id": feature.id, "name": feature.name_en, "aka": names},
            }
        )
    return out
