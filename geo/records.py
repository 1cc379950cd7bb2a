"""The typed records that pass between stages, and the incident frame contract.

Stages pass frozen dataclasses (never dicts with string keys) or GeoDataFrames in
EPSG:4326 with x = longitude, y = latitude. The data flow:

    Article -> PlaceMention / DateMention -> Incident -> GeoDataFrame (``frame_from_incidents``)

Field names of :class:`Incident` are the export schema of DESIGN.md: keep them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo._errors import ContractError

CRS = "EPSG:4326"

INCIDENT_TYPES: tuple[str, ...] = (
    "joint_air_patrol",
    "joint_naval_exercise",
    "joint_naval_patrol",
    "strait_transit",
    "adiz_entry",
    "airspace_violation",
    "territorial_waters_entry",
    "contiguous_zone_entry",
    "radar_lockon",
    "carrier_operations",
    "missile_launch",
    "scramble",
    "other",
)

ROLES: tuple[str, ...] = ("primary", "response", "background")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
ACTORS: tuple[str, ...] = ("CN", "RU", "JP", "KR", "US", "TW", "KP")

#: geo_precision scale, after UCDP where_prec.
GEO_PRECISION: dict[int, str] = {
    1: "exact point or feature",
    2: "within ~25 km",
    3: "named sea, strait or zone",
    4: "broad region",
    5: "route or fuzzy area",
    6: "country only",
    7: "international waters or airspace",
}


@dataclass(frozen=True)
class Article:
    """One news article, cleaned, with what is known of its provenance.

    ``doc`` is a stable id (the file name for files; stable across re-runs of the same
    input). ``text`` is the clean article text; every character span elsewhere indexes it.
    """

    doc: str
    path: str
    text: str
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    published_basis: str = ""  # "header", "manifest", "date line", "url", ...
    sha256: str = ""  # of ``text``: re-ingesting identical text changes nothing


@dataclass(frozen=True)
class Feature:
    """One gazetteer feature: a named place with its real geometry and provenance."""

    id: str  # stable slug: sea.japan, strait.tsugaru, adiz.cn-ecs, islands.senkaku
    kind: str
    name_en: str
    geometry: BaseGeometry
    name_ja: str | None = None
    name_zh: str | None = None
    name_ko: str | None = None
    name_ru: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""
    source_quality: str = "derived"  # official / derived / approximate
    notes: str = ""
    geo_precision: int = 3
    parent: str | None = None  # e.g. an island's group, a channel's strait
    owner: str | None = None  # ISO alpha-2 of the state whose zone it is (ADIZ, territorial sea)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name and alias, English first, without duplicates."""
        seen: dict[str, None] = {}
        for name in (
            self.name_en,
            self.name_ja,
            self.name_zh,
            self.name_ko,
            self.name_ru,
            *self.aliases,
        ):
            if name:
                seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class PlaceMention:
    """A place found in text, resolved to geometry.

    A direct mention has ``relation`` None and ``feature_id`` the gazetteer id. A relative
    or compound phrase ("south of Okinawa", "between Okinawa and Miyako islands", "Japan's
    territorial waters") has a ``relation`` (south_of, between, off, near, around,
    bearing_distance, territorial_sea, contiguous_zone, airspace, adiz, waters_near, ...),
    its ``anchors`` (gazetteer ids), a derived ``feature_id`` such as
    ``derived:south_of:island.okinawa`` and ``uncertainty_km``.
    """

    text: str
    start: int
    end: int
    feature_id: str
    name_en: str
    kind: str
    geo_precision: int
    geometry: BaseGeometry
    relation: str | None = None
    anchors: tuple[str, ...] = ()
    uncertainty_km: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against the article's publication date.

    ``date`` and ``date_end`` are ISO strings at their precision (``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY``); a week is given as its first and last day with precision
    ``week``. ``date_end`` is None for a single date.
    """

    text: str
    start: int
    end: int
    date: str
    precision: str
    date_end: str | None = None


@dataclass(frozen=True)
class Source:
    """Where an incident was read: the sentence, its span in the article, the article."""

    doc: str
    quote: str
    start: int
    end: int
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date


@dataclass(frozen=True)
class Incident:
    """One incident: the export schema of DESIGN.md."""

    id: str
    type: str
    date: str | None
    date_precision: str | None
    geometry: BaseGeometry | None
    geo_precision: int | None
    role: str = "primary"
    date_end: str | None = None
    actors: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    count: int | None = None
    place_ids: tuple[str, ...] = ()
    place_names: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)
    reason: str = ""


#: Columns of an incident frame, in export order (geometry last).
INCIDENT_COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "date",
    "date_end",
    "date_precision",
    "actors",
    "assets",
    "count",
    "place_ids",
    "place_names",
    "geo_precision",
    "role",
    "sources",
    "reason",
)

_LIST_COLUMNS = ("actors", "assets", "place_ids", "place_names")


def frame_from_incidents(incidents: Iterable[Incident]):  # -> GeoDataFrame
    """Build the incident GeoDataFrame (EPSG:4326) that every later stage reads.

    List fields stay Python lists; ``sources`` is a list of plain dicts (the JSON shape of
    :class:`Source`). Writers that need flat values use :func:`flat_properties`.
    """
    import geopandas as gpd

    rows = []
    geometries = []
    for incident in incidents:
        row = {name: getattr(incident, name) for name in INCIDENT_COLUMNS}
        for name in _LIST_COLUMNS:
            row[name] = list(row[name])
        row["sources"] = [asdict(source) for source in incident.sources]
        rows.append(row)
        geometries.append(incident.geometry)
    frame = gpd.GeoDataFrame(rows, columns=list(INCIDENT_COLUMNS), geometry=geometries, crs=CRS)
    frame["count"] = frame["count"].astype("Int64")
    frame["geo_precision"] = frame["geo_precision"].astype("Int64")
    return frame


def incidents_from_frame(frame) -> list[Incident]:  # frame: GeoDataFrame
    """The inverse of :func:`frame_from_incidents`."""
    incidents = []
    for row in frame.to_dict("records"):
        geometry = row.pop("geometry", None)
        values = {name: _plain(row.get(name)) for name in INCIDENT_COLUMNS}
        for name in _LIST_COLUMNS:
            values[name] = tuple(_as_list(values[name]))
        values["sources"] = tuple(Source(**source) for source in _as_list(values["sources"]))
        incidents.append(Incident(geometry=geometry, **values))
    return incidents


def flat_properties(row: dict) -> dict:
    """Flatten one frame row's properties for writers that hold only scalars (GPKG, CSV).

    Lists become JSON arrays as text; ``sources`` becomes a JSON array of objects.
    """
    flat = {}
    for name in INCIDENT_COLUMNS:
        value = _plain(row.get(name))
        if name in _LIST_COLUMNS or name == "sources":
            value = json.dumps(_as_list(value), ensure_ascii=False)
        flat[name] = value
    return flat


def validate_incident_frame(frame, distinct=None) -> None:
    """Check the contract where stages meet; collect every problem, then raise once.

    ``distinct`` is ``distinct_geometries(frame.geometry)`` when the caller has it already.
    """
    problems: list[str] = []
    missing = [name for name in INCIDENT_COLUMNS if name not in frame.columns]
    if missing:
        problems.append(f"missing columns {missing!r}")
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        problems.append(f"CRS is {frame.crs!r}, expected EPSG:4326")
    if "id" in frame.columns:
        duplicated = sorted(set(frame.loc[frame["id"].duplicated(), "id"]))
        if duplicated:
            problems.append(f"duplicate ids {duplicated[:5]!r}")
    if "type" in frame.columns:
        unknown = sorted(set(frame["type"]) - set(INCIDENT_TYPES))
        if unknown:
            problems.append(f"unknown types {unknown!r}")
    invalid = _invalid_geometry_ids(frame, distinct)
    if invalid:
        problems.append(f"invalid geometry for ids {invalid[:5]!r}")
    if problems:
        raise ContractError("incident frame breaks the contract: " + "; ".join(problems))


def _invalid_geometry_ids(frame, distinct=None) -> list[str]:
    """Ids whose geometry is invalid, testing each distinct shape once.

    Incidents share shapes (a named sea, a zone) and validity is costly for large polygons,
    so equal shapes (see :func:`distinct_geometries`) share the verdict of the first.
    """
    if not len(frame):
        return []
    index, shapes = distinct if distinct is not None else distinct_geometries(frame.geometry)
    verdicts = [
        shape is None or shape.is_empty or shape.is_valid for shape in shapes
    ]
    idents = frame["id"].tolist() if "id" in frame.columns else list(range(len(frame)))
    return [str(ident) for ident, k in zip(idents, index, strict=True) if not verdicts[k]]


def distinct_geometries(geometries) -> tuple[list[int], list[BaseGeometry | None]]:
    """Group equal geometries: each one's group index, and one geometry per group.

    Incidents share shapes (a named sea, a zone), and the costly steps (validity, the
    antimeridian, a point inside, serialisation) need to run once per distinct shape. Two
    geometries are grouped when they have the same type, bounds and number of coordinates
    and are exactly equal (all missing geometries form one group).
    """
    array = np.array(list(geometries), dtype=object)
    if not len(array):
        return [], []
    types = shapely.get_type_id(array)
    bounds = np.nan_to_num(shapely.bounds(array), nan=0.0)
    counts = shapely.get_num_coordinates(array)
    first: dict[tuple, int] = {}
    candidate = np.array(
        [
            first.setdefault((t, *b, c), i)
            for i, (t, b, c) in enumerate(
                zip(types.tolist(), bounds.tolist(), counts.tolist(), strict=True)
            )
        ]
    )
    same = shapely.equals_exact(array, array[candidate], tolerance=0.0) | (
        (types == -1) & (types[candidate] == -1)
    )
    return _numbered(array, candidate, same)


def _numbered(array: np.ndarray, candidate: np.ndarray, same: np.ndarray):
    """Group numbers in order of first appearance; a key collision becomes its own group."""
    uniques: list[BaseGeometry | None] = []
    group_of: dict[int, int] = {}
    index = []
    for i, (k, equal) in enumerate(zip(candidate.tolist(), same.tolist(), strict=True)):
        leader = k if equal else i
        if leader not in group_of:
            group_of[leader] = len(uniques)
            uniques.append(array[leader])
        index.append(group_of[leader])
    return index, uniques


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return list(json.loads(value)) if value.startswith("[") else [value]
    return list(value)


def _plain(value):
    """pandas NA/NaN -> None; numpy scalars -> Python scalars."""
    if value is None:
        return None
    try:
        import pandas as pd

        if not isinstance(value, list | tuple | dict) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, list | tuple | dict | str):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def iso_date(value: date, precision: str) -> str:
    """Format ``value`` at ``precision``: day/week -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY."""
    if precision in ("day", "week"):
        return value.isoformat()
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "year":
        return f"{value.year:04d}"
    raise ContractError(f"date precision {precision!r} is not one of {DATE_PRECISIONS!r}")


