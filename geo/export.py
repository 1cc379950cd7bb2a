"""Incident exports for GIS tools: GeoJSON (RFC 7946), GeoPackage, KML and an ACLED-like CSV.

Every file is written atomically (``geo._io``): a reader never sees half a file. The
GeoJSON is written by hand so that it follows RFC 7946 exactly: no ``crs`` member,
longitudes within [-180, 180], geometries crossing the antimeridian split into Multi*
parts there, counter-clockwise outer rings; properties are the incident fields of
DESIGN.md with lists as JSON arrays and ``sources`` as an array of objects.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import asdict
from datetime import date
from pathlib import Path

from shapely.geometry.base import BaseGeometry

from geo._io import atomic_path, write_text_atomic
from geo._map_geometry import (
    geojson_geometry,
    representative_point,
    rfc7946_geometry,
)
from geo._map_style import ACTOR_NAMES
from geo.records import (
    CRS,
    INCIDENT_COLUMNS,
    Incident,
    distinct_geometries,
    flat_properties,
    incidents_from_frame,
)

log = logging.getLogger(__name__)

GEOJSON_NAME = "incidents.geojson"
GPKG_NAME = "incidents.gpkg"
KML_NAME = "incidents.kml"
CSV_NAME = "incidents.csv"
LAYER_NAME = "incidents"

#: ACLED-like CSV columns (plus our id first and the source links last).
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "event_date",
    "time_precision",
    "event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "date_end",
    "source_url",
)

#: ACLED time_precision codes: 1 the day is known, 2 within a week, 3 a month or more.
TIME_PRECISION_CODES: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}


_COORDINATE_DIGITS = 6  # ~0.1 m: far below any geo_precision


def export_incidents(frame, out_dir: Path | str) -> list[Path]:
    """Write incidents.geojson/.gpkg/.kml/.csv under ``out_dir``; return the paths.

    An empty frame gives valid empty files (a FeatureCollection with no features, an
    empty layer, a header-only CSV), so a year with no incidents still exports.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    incidents = incidents_from_frame(frame)
    paths = [
        write_geojson(incidents, out / GEOJSON_NAME),
        write_gpkg(incidents, out / GPKG_NAME),
        write_kml(incidents, out / KML_NAME),
        write_csv(incidents, out / CSV_NAME),
    ]
    log.info("exported %d incidents to %s", len(incidents), out)
    return paths


# --- GeoJSON -------------------------------------------------------------------------------


def geojson_from_incidents(incidents: list[Incident]) -> dict:
    """An RFC 7946 FeatureCollection (a plain dict) of ``incidents``."""
    geometries = _per_shape(incidents, lambda g: _geojson_geometry(rfc7946_geometry(g)))
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": incident.id,
                "geometry": geometry,
                "properties": properties_from_incident(incident),
            }
            for incident, geometry in zip(incidents, geometries, strict=True)
        ],
    }


def _per_shape(incidents: list[Incident], convert) -> list:
    """``convert`` of every incident's geometry, computed once per distinct shape.

    Incidents share shapes (a named sea, a zone); converting large polygons is costly.
    """
    index, shapes = distinct_geometries([incident.geometry for incident in incidents])
    converted = [convert(shape) for shape in shapes]
    return [converted[k] for k in index]


def _geojson_geometry(geometry: BaseGeometry | None) -> dict | None:
    return geojson_geometry(geometry, _COORDINATE_DIGITS) if geometry is not None else None


def properties_from_incident(incident: Incident) -> dict:
    """The DESIGN.md fields of one incident as JSON values (lists stay arrays)."""
    properties = {}
    for name in INCIDENT_COLUMNS:
        value = getattr(incident, name)
        if name == "sources":
            value = [asdict(source) for source in value]
        elif isinstance(value, tuple):
            value = list(value)
        properties[name] = value
    return properties


def write_geojson(incidents: list[Incident], path: Path) -> Path:
    collection = geojson_from_incidents(incidents)
    return write_text_atomic(path, json.dumps(collection, ensure_ascii=False, indent=None) + "\n")


# --- GeoPackage and KML (GDAL through pyogrio) --------------------------------------------


def _gis_frame(incidents: list[Incident]):  # -> GeoDataFrame
    """Flat properties (lists as JSON text) and RFC 7946 geometry, for GDAL writers."""
    import geopandas as gpd

    rows = [flat_properties(properties_from_incident(incident)) for incident in incidents]
    geometries = _per_shape(incidents, rfc7946_geometry)
    frame = gpd.GeoDataFrame(rows, columns=list(INCIDENT_COLUMNS), geometry=geometries, crs=CRS)
    for name in ("count", "geo_precision"):
        frame[name] = frame[name].astype("Int64")
    return frame


def write_gpkg(incidents: list[Incident], path: Path) -> Path:
    frame = _gis_frame(incidents)
    with atomic_path(path) as tmp:
        # GeoPackage 1.2: what every GDAL since 2.2 (and QGIS) reads without a warning.
        frame.to_file(
            tmp,
            driver="GPKG",
            layer=LAYER_NAME,
            engine="pyogrio",
            geometry_type=_geometry_type(frame),
            dataset_options={"VERSION": "1.2"},
        )
    return path


def write_kml(incidents: list[Incident], path: Path) -> Path:
    frame = _gis_frame(incidents)
    # KML shows ``name`` as the placemark title and ``description`` in its balloon.
    frame.insert(0, "name", [_kml_name(incident) for incident in incidents])
    frame.insert(1, "description", [_kml_description(incident) for incident in incidents])
    frame = frame.drop(columns=["sources"])
    with atomic_path(path) as tmp:
        frame.to_file(
            tmp,
            driver="KML",
            layer=LAYER_NAME,
            engine="pyogrio",
            geometry_type=_geometry_type(frame),
        )
    return path


def _geometry_type(frame) -> str:
    """One layer geometry type; ``Unknown`` (any geometry) when mixed or empty."""
    types = set(frame.geometry.dropna().geom_type)
    return types.pop() if len(types) == 1 else "Unknown"


def _kml_name(incident: Incident) -> str:
    when = incident.date or "undated"
    return f"{incident.type.replace('_', ' ')} {when}"


def _kml_description(incident: Incident) -> str:
    """Plain text (GDAL escapes it): the quotes with their publishers, then the reason."""
    lines = [
        f"\u201c{s.quote}\u201d ({s.publisher or s.doc}{', ' + s.url if s.url else ''})"
        for s in incident.sources
    ]
    if incident.reason:
        lines.append(f"Placed: {incident.reason}")
    return "\n".join(lines)


# --- CSV ---------------------------------------------------------------------------------


def csv_rows_from_incidents(incidents: list[Incident]) -> list[dict]:
    """One ACLED-like row per incident, located at its representative point."""
    points = _per_shape(incidents, representative_point)
    return [_csv_row(incident, point) for incident, point in zip(incidents, points, strict=True)]


def _csv_row(incident: Incident, point) -> dict:
    actors = [ACTOR_NAMES.get(code, code) for code in incident.actors]
    return {
        "id": incident.id,
        "event_date": _first_day(incident.date),
        "time_precision": TIME_PRECISION_CODES.get(incident.date_precision or "", ""),
        "event_type": incident.type,
        "actor1": actors[0] if actors else "",
        "actor2": "; ".join(actors[1:]),
        "location": "; ".join(incident.place_names),
        "latitude": round(point.y, 5) if point is not None else "",
        "longitude": round(point.x, 5) if point is not None else "",
        "geo_precision": incident.geo_precision if incident.geo_precision is not None else "",
        "source": "; ".join(_unique(s.publisher or s.doc for s in incident.sources)),
        "notes": " | ".join(s.quote for s in incident.sources),
        "date_end": incident.date_end or "",
        "source_url": " ".join(_unique(s.url for s in incident.sources if s.url)),
    }


def _first_day(value: str | None) -> str:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` -> the first day of that period, ISO."""
    if not value:
        return ""
    parts = [int(part) for part in value.split("-")]
    parts += [1] * (3 - len(parts))
    return date(*parts).isoformat()


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def write_csv(incidents: list[Incident], path: Path) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows_from_incidents(incidents))
    return write_text_atomic(path, buffer.getvalue())
