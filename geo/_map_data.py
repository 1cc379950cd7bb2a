"""The data the map embeds: incidents, reference features and basemap as plain JSON values.

The incident data is one GeoJSON FeatureCollection. Points and routes keep their own
geometry; an area incident (Polygon/MultiPolygon) is drawn as a marker at a point inside
the area plus its uncertainty area, so its feature geometry is that Point and its
``area`` property indexes ``areas``: a list of distinct area geometries (many incidents
share one named sea). Longitudes are continuous (``unwrap_longitudes``) so a route across
the antimeridian stays one short line on the web map. ``t0``/``t1`` are the first and last
day the incident's date covers, as days since 1970-01-01, for the time filter. A source
is its quote and an index into ``articles`` (url, publisher, date): an article is written
once however many incidents cite it.
"""

from __future__ import annotations

import calendar
import json
import math
from datetime import date
from functools import lru_cache

import pandas as pd
import shapely
import shapely.affinity
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from geo._map_geometry import geojson_geometry, unwrap_longitudes

_EPOCH = date(1970, 1, 1)
_DIGITS = 5  # ~1 m: plenty for a map
_AREA_TYPES = ("Polygon", "MultiPolygon")


def map_data_from_frame(frame, index: list[int], shapes: list) -> dict:
    """The FeatureCollection (plus ``areas`` and ``articles``) the map's script draws.

    ``index``/``shapes`` are ``distinct_geometries(frame.geometry)``: each distinct shape
    is unwrapped, pointed and serialised once. Properties left empty (None) are omitted.
    """
    drawn = [_drawn_shape(shape) for shape in shapes]
    rows = _rows(frame)
    areas: list[dict] = []
    area_of: dict[int, int] = {}
    articles: dict[tuple, int] = {}
    features = []
    for row, k in zip(rows, index, strict=True):
        shape = drawn[k]
        if shape is None:
            continue
        geometry, area = shape
        properties = _properties(row, articles)
        if area is not None:
            properties["area"] = area_of.setdefault(k, len(areas))
            if properties["area"] == len(areas):
                areas.append(area)
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {
        "type": "FeatureCollection",
        "features": features,
        "areas": areas,
        "articles": [dict(zip(_ARTICLE_KEYS, key, strict=True)) for key in articles],
    }


def _drawn_shape(geometry: BaseGeometry | None) -> tuple[dict, dict | None] | None:
    """(marker or line geometry, area geometry or None) as GeoJSON; None if not placed."""
    if geometry is None or geometry.is_empty:
        return None
    continuous = unwrap_longitudes(geometry)
    if continuous.geom_type in _AREA_TYPES:
        return json_geometry(continuous.representative_point()), json_geometry(continuous)
    return json_geometry(continuous), None


_LISTS = ("actors", "assets", "place_names", "sources")
_SCALARS = (
    "id",
    "type",
    "date",
    "date_end",
    "date_precision",
    "count",
    "geo_precision",
    "role",
    "reason",
)
_ARTICLE_KEYS = ("doc", "url", "publisher", "published")


def _rows(frame) -> list[dict]:
    """The frame's columns as plain Python values, row by row (NA -> None)."""
    columns = {name: _plain_column(frame[name]) for name in _SCALARS}
    columns.update({name: [_as_list(v) for v in frame[name].tolist()] for name in _LISTS})
    return [
        dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)
    ]


def _plain_column(column: pd.Series) -> list:
    """A column as Python values: missing values (None, NaN, NA) become None."""
    values = column.astype(object)
    return values.where(values.notna(), None).tolist()


def _as_list(value) -> list:
    if type(value) is list:
        return value
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return list(json.loads(value)) if value.startswith("[") else [value]
    return list(value)


def _properties(row: dict, articles: dict[tuple, int]) -> dict:
    """One incident's popup and filter values; a source points into the article table."""
    first, last = day_span(row["date"], row["date_end"])
    properties = {
        "id": row["id"],
        "type": row["type"],
        "date": row["date"],
        "date_end": row["date_end"],
        "date_precision": row["date_precision"],
        "actors": row["actors"],
        "assets": row["assets"],
        "count": row["count"],
        "places": row["place_names"],
        "geo_precision": row["geo_precision"],
        "role": row["role"] if row["role"] != "primary" else None,
        "sources": [_source(source, articles) for source in row["sources"]],
        "reason": row["reason"] or None,
        "t0": first,
        "t1": last,
    }
    return {key: value for key, value in properties.items() if value is not None}


def _source(source: dict, articles: dict[tuple, int]) -> dict:
    key = tuple(source.get(name) for name in _ARTICLE_KEYS)
    return {"quote": source.get("quote"), "article": articles.setdefault(key, len(articles))}


@lru_cache(maxsize=65536)
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
    return geojson_geometry(geometry, digits)


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
