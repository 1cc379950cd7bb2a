"""Spatial summaries of an incident frame: counts, areas touched, distances, change.

``write_summaries`` writes, beside the map:

- ``summary.md``: the figures as Markdown tables, with the method;
- ``summary.csv``: the same figures as one tidy long table with the columns
  ``section, key, subkey, label, value, unit`` (one figure per row);
- ``timeline.png`` and ``areas.png``: incidents by type over time, and by area.

Areas come from a spatial join with the gazetteer's seas, oceans, straits, channels and
zones (ADIZ, territorial sea, contiguous zone, EEZ): an incident counts in every area its
geometry intersects. Distances are geodesic on the WGS84 ellipsoid (see ``METHOD``).
"""

from __future__ import annotations

import csv
import io
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo._io import write_text_atomic
from geo.charts import area_chart, area_label, incident_rows, timeline_chart, type_label
from geo.records import ACTORS, INCIDENT_TYPES, ROLES

log = logging.getLogger(__name__)

#: Gazetteer kind -> the summary group it is counted in.
AREA_GROUPS: dict[str, str] = {
    "sea": "sea",
    "ocean": "sea",
    "strait": "strait",
    "channel": "strait",
    "adiz": "zone",
    "territorial_sea": "zone",
    "contiguous_zone": "zone",
    "eez": "zone",
}
GROUP_TITLES = {"sea": "Seas and oceans", "strait": "Straits and channels", "zone": "Zones"}
JAPAN_LAND = "country.jp"
JAPAN_TERRITORIAL_SEA = "territorial_sea.jp"
DENSIFY_DEGREES = 0.02  # about 2 km: the sag of a longer edge once projected would show
CSV_COLUMNS = ("section", "key", "subkey", "label", "value", "unit")

METHOD = (
    "Areas: spatial join of each incident's geometry with the gazetteer's sea, ocean, strait, "
    "channel, ADIZ, territorial-sea, contiguous-zone and EEZ polygons and lines (predicate "
    "`intersects`, then more than 1% of a line's length or of the smaller polygon inside the "
    "area, so a shared border alone does not count): an incident counts in every area it "
    "reaches into, so area counts add up to more than the number of incidents. Closest "
    "approach: the nearest pair of points between the "
    "incident's geometry and the target (Japan's land, `country.jp`; Japan's territorial sea, "
    "`territorial_sea.jp`) is found in an azimuthal equidistant "
    "projection centred on the incident's nearest point (refined once; edges densified to "
    "0.02 degrees first), and its distance is measured as a geodesic on "
    "the WGS84 ellipsoid (pyproj.Geod); 0 km means the geometry touches or enters the target. "
    "Route lengths: geodesic length on WGS84 of the incident's line geometry. Distances describe "
    "the incident's geometry, which is only as precise as its `geo_precision`."
)


@dataclass(frozen=True)
class AreaCount:
    """How many incidents touched one gazetteer area."""

    area_id: str
    group: str  # sea, strait or zone
    kind: str
    label: str  # "Sea of Japan / 日本海 / 동해"
    incidents: int
    incident_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Distances:
    """Per incident: closest approach to Japan's land and territorial sea, route length (km)."""

    incident_id: str
    date: str | None
    type: str
    land_km: float | None
    territorial_sea_km: float | None
    route_km: float | None


@dataclass(frozen=True)
class Summary:
    """Every figure of a summary; ``previous`` holds the previous year's counts if known."""

    total: int
    period: tuple[str, str] | None
    by_type: dict[str, int]
    by_month: dict[str, int]
    by_type_month: dict[tuple[str, str], int]
    by_actor: dict[str, int]
    by_role: dict[str, int]
    areas: tuple[AreaCount, ...]
    distances: tuple[Distances, ...] = ()
    previous: Summary | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def by_area(self) -> dict[str, int]:
        return {area.area_id: area.incidents for area in self.areas}


# --- pure computations ---------------------------------------------------------------------


def route_length_km(geometry: BaseGeometry | None) -> float | None:
    """Geodesic length (WGS84) in km of the line parts of ``geometry``; None if it has none."""
    from pyproj import Geod

    lines = _line_parts(geometry)
    if not lines:
        return None
    geod = Geod(ellps="WGS84")
    return sum(geod.geometry_length(line) for line in lines) / 1000.0


def closest_approach_km(geometry: BaseGeometry, target: BaseGeometry) -> float:
    """Shortest geodesic distance (km, WGS84) between ``geometry`` and ``target``.

    0 when they intersect. The nearest points are found in an azimuthal equidistant
    projection centred on the incident's nearest point (first guessed in degrees, then
    refined once), where distances from the centre are true; the distance between the two
    points found is then measured on the ellipsoid. Only the part of ``target`` that can
    hold the nearest point is projected.
    """
    if geometry is None or geometry.is_empty or target is None or target.is_empty:
        raise ValueError("closest_approach_km needs two non-empty geometries")
    if geometry.intersects(target):
        return 0.0
    centre, near = _reachable_part(geometry, target)
    best = float("inf")
    for _ in range(2):
        near_geometry, near_target = _nearest_in_aeqd(geometry, near, centre)
        best = min(best, _geodesic_km(near_geometry, near_target))
        centre = near_geometry
    return best


def _reachable_part(geometry: BaseGeometry, target: BaseGeometry):
    """The nearest point in degrees on ``geometry``, and ``target`` clipped to where the
    geodesically nearest point must lie: no farther than the degree-nearest pair's distance.

    A degree of latitude is at least 110 km, a degree of longitude at least
    110 km x cos(latitude), so the window below holds every point within that distance.
    """
    from shapely.ops import nearest_points

    near_a, near_b = nearest_points(geometry, target)
    reach = _geodesic_km(near_a, near_b)
    xmin, ymin, xmax, ymax = geometry.bounds
    lat_pad = reach / 110.0 + 0.1
    widest = min(89.0, max(abs(ymin - lat_pad), abs(ymax + lat_pad)))
    lon_pad = reach / (110.0 * math.cos(math.radians(widest))) + 0.1
    clipped = shapely.clip_by_rect(target, xmin - lon_pad, ymin - lat_pad, xmax + lon_pad,
                                   ymax + lat_pad)
    return near_a, (clipped if not clipped.is_empty else target)


def _nearest_in_aeqd(geometry, target, centre):
    """The nearest pair of points (lon/lat) found in an AEQD projection centred on ``centre``."""
    from pyproj import Transformer
    from shapely.ops import nearest_points

    aeqd = Transformer.from_pipeline(
        f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +ellps=WGS84 +units=m"
    )
    near_a, near_b = nearest_points(_project(_dense(geometry), aeqd),
                                    _project(_dense(target), aeqd))
    return _project(near_a, aeqd, inverse=True), _project(near_b, aeqd, inverse=True)


def _dense(geometry: BaseGeometry) -> BaseGeometry:
    """Vertices every DENSIFY_DEGREES so edges straight in lon/lat stay so once projected."""
    return shapely.segmentize(geometry, DENSIFY_DEGREES)


def _project(geometry: BaseGeometry, transformer, inverse: bool = False) -> BaseGeometry:
    direction = "INVERSE" if inverse else "FORWARD"

    def apply(coords: np.ndarray) -> np.ndarray:
        xs, ys = transformer.transform(coords[:, 0], coords[:, 1], direction=direction)
        return np.column_stack([xs, ys])

    return shapely.transform(geometry, apply)


def _geodesic_km(a, b) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(a.x, a.y, b.x, b.y)[2] / 1000.0


def _line_parts(geometry: BaseGeometry | None) -> list[BaseGeometry]:
    if geometry is None or geometry.is_empty:
        return []
    if geometry.geom_type == "LineString":
        return [geometry]
    return [line for part in getattr(geometry, "geoms", []) for line in _line_parts(part)]


def counts_by_area(frame, gazetteer) -> list[AreaCount]:
    """Incidents per sea, strait and zone, by spatial join (``intersects``).

    An incident counts once in every area its geometry reaches into: a point inside it, a
    line with more than 1% of its length in it, a polygon whose overlap is more than 1% of
    the smaller of the two; a shared border alone does not count. Sorted by group (seas,
    straits, zones), then by count (most first), then by id. Areas no incident touches are
    left out.
    """
    import geopandas as gpd

    features = gazetteer.of_kind(*AREA_GROUPS)
    located = frame[frame.geometry.notna() & ~frame.geometry.is_empty] if len(frame) else frame
    if not features or len(located) == 0:
        return []
    areas = gpd.GeoDataFrame(
        {"area_id": [f.id for f in features]}, geometry=[f.geometry for f in features],
        crs="EPSG:4326",
    )
    joined = gpd.sjoin(located[["id", "geometry"]], areas, predicate="intersects", how="inner")
    by_id = {f.id: f for f in features}
    keep = [
        _overlaps_meaningfully(geometry, by_id[area_id].geometry)
        for geometry, area_id in zip(joined.geometry, joined["area_id"], strict=True)
    ]
    joined = joined[keep]
    counts = []
    for area_id, ids in joined.groupby("area_id")["id"]:
        feature = by_id[area_id]
        unique = tuple(sorted(set(ids)))
        counts.append(AreaCount(area_id, AREA_GROUPS[feature.kind], feature.kind,
                                area_label(feature), len(unique), unique))
    order = list(GROUP_TITLES)
    return sorted(counts, key=lambda a: (order.index(a.group), -a.incidents, a.area_id))


#: Share of the smaller shape that must lie in an area before an incident counts there, so a
#: polygon that only shares a border (or a sliver from simplified outlines) does not count.
MIN_OVERLAP_SHARE = 0.01


def _overlaps_meaningfully(geometry: BaseGeometry, area: BaseGeometry) -> bool:
    """True when ``geometry`` reaches into ``area``, not when it only touches its border."""
    if geometry.geom_type in ("Point", "MultiPoint") or area.geom_type.endswith("LineString"):
        return geometry.intersects(area)
    shared = geometry.intersection(area)
    if geometry.geom_type.endswith("LineString"):
        return shared.length > MIN_OVERLAP_SHARE * geometry.length
    smaller = min(geometry.area, area.area)
    return smaller > 0 and shared.area > MIN_OVERLAP_SHARE * smaller


def actor_key(actors) -> str:
    """The acting side as one key: ``CN+RU`` for a joint Chinese-Russian incident."""
    codes = sorted(set(actors or ()), key=lambda c: (ACTORS.index(c) if c in ACTORS else 99, c))
    return "+".join(codes) if codes else "unknown"


def actor_label(key: str) -> str:
    return f"{key} (joint)" if "+" in key else key


def month_key(value: str | None) -> str:
    """``2022-05-24`` and ``2022-05`` -> ``2022-05``; ``2022`` -> ``2022 (month unknown)``."""
    if not value:
        return "undated"
    return value[:7] if len(value) >= 7 else f"{value} (month unknown)"


def distances_from_frame(frame, gazetteer) -> tuple[tuple[Distances, ...], tuple[str, ...]]:
    """Closest approach and route length for every located incident, and notes on gaps."""
    targets, notes = {}, []
    for name, feature_id in (("land", JAPAN_LAND), ("territorial_sea", JAPAN_TERRITORIAL_SEA)):
        if feature_id in gazetteer:
            targets[name] = gazetteer.get(feature_id).geometry
        else:
            notes.append(f"the gazetteer has no `{feature_id}`: no closest approach to it")
    rows = []
    for row in incident_rows(frame):
        geometry = row["geometry"]
        if geometry is None or geometry.is_empty:
            continue
        land, sea = (
            closest_approach_km(geometry, targets[name]) if name in targets else None
            for name in ("land", "territorial_sea")
        )
        rows.append(Distances(row["id"], row["date"], row["type"], land, sea,
                              route_length_km(geometry)))
    return tuple(rows), tuple(notes)


# --- assembling a summary ------------------------------------------------------------------


def summary_from_frame(frame, gazetteer, previous=None, *, distances: bool = True) -> Summary:
    """Every figure of the summary for ``frame`` (and the change against ``previous``)."""
    rows = incident_rows(frame)
    dates = sorted(row["date"] for row in rows if row["date"])
    ends = sorted((row.get("date_end") or row["date"]) for row in rows if row["date"])
    by_type = Counter(row["type"] for row in rows)
    found, notes = distances_from_frame(frame, gazetteer) if distances else ((), ())
    return Summary(
        total=len(rows),
        period=(dates[0], ends[-1]) if dates else None,  # (to the last day of the last one)
        by_type={k: by_type[k] for k in _ordered(by_type, INCIDENT_TYPES)},
        by_month=dict(sorted(Counter(month_key(row["date"]) for row in rows).items())),
        by_type_month=dict(sorted(Counter(
            (row["type"], month_key(row["date"])) for row in rows).items())),
        by_actor=dict(Counter(actor_key(row["actors"]) for row in rows).most_common()),
        by_role={k: v for k, v in Counter(row["role"] for row in rows).items()},
        areas=tuple(counts_by_area(frame, gazetteer)),
        distances=found,
        previous=(summary_from_frame(previous, gazetteer, distances=False)
                  if previous is not None else None),
        notes=notes,
    )


def _ordered(counter: Counter, order: tuple[str, ...]) -> list[str]:
    return [k for k in order if k in counter] + sorted(k for k in counter if k not in order)


def change(current: int, previous: int) -> str:
    """``+3 (+50%)``, ``-1 (-25%)``, ``+2 (new)``, ``0``."""
    delta = current - previous
    if delta == 0:
        return "0"
    if previous == 0:
        return f"{delta:+d} (new)"
    return f"{delta:+d} ({delta / previous:+.0%})"


# --- writing -------------------------------------------------------------------------------


def write_summaries(frame, out_dir: Path | str, gazetteer, previous=None) -> list[Path]:
    """Write summary.md, summary.csv, timeline.png and areas.png into ``out_dir``."""
    out = Path(out_dir)
    summary = summary_from_frame(frame, gazetteer, previous)
    paths = [
        write_text_atomic(out / "summary.md", markdown_from_summary(summary)),
        write_text_atomic(out / "summary.csv", csv_from_summary(summary)),
        timeline_chart(frame, out / "timeline.png"),
        area_chart(summary.areas, out / "areas.png"),
    ]
    log.info("wrote summaries of %d incidents (%d areas touched) to %s",
             summary.total, len(summary.areas), out)
    return paths


def csv_rows_from_summary(summary: Summary) -> list[tuple]:
    """The tidy long table: (section, key, subkey, label, value, unit), one figure a row."""
    rows: list[tuple] = [("total", "incidents", "", "incidents in the period", summary.total,
                          "incidents")]
    if summary.period:
        rows += [("period", "first", "", "first incident date", summary.period[0], "date"),
                 ("period", "last", "", "last incident date", summary.period[1], "date")]
    rows += _count_rows("by_type", summary.by_type, type_label)
    rows += _count_rows("by_month", summary.by_month, str)
    rows += [("by_type_month", kind, month, type_label(kind), n, "incidents")
             for (kind, month), n in summary.by_type_month.items()]
    rows += _count_rows("by_actor", summary.by_actor, actor_label)
    rows += _count_rows("by_role", summary.by_role, str)
    rows += [("by_area", a.area_id, a.group, a.label, a.incidents, "incidents")
             for a in summary.areas]
    rows += _distance_rows(summary.distances)
    if summary.previous is not None:
        rows += _change_rows(summary, summary.previous)
    return rows


def _count_rows(section: str, counts: dict[str, int], label) -> list[tuple]:
    return [(section, key, "", label(key), n, "incidents") for key, n in counts.items()]


def _distance_rows(distances) -> list[tuple]:
    rows = []
    for item in distances:
        label = f"{item.date or 'undated'} {type_label(item.type)}"
        for section, value in (("closest_approach_land", item.land_km),
                               ("closest_approach_territorial_sea", item.territorial_sea_km),
                               ("route_length", item.route_km)):
            if value is not None:
                rows.append((section, item.incident_id, "", label, round(value, 1), "km"))
    return rows


def _change_rows(summary: Summary, previous: Summary) -> list[tuple]:
    rows = [("previous_total", "incidents", "", "incidents in the previous year",
             previous.total, "incidents"),
            ("change_total", "incidents", "", "change against the previous year",
             summary.total - previous.total, "incidents")]
    for name, current, before in (("type", summary.by_type, previous.by_type),
                                  ("actor", summary.by_actor, previous.by_actor),
                                  ("area", summary.by_area, previous.by_area)):
        for key in list(current) + [k for k in before if k not in current]:
            rows.append((f"previous_by_{name}", key, "", "", before.get(key, 0), "incidents"))
            rows.append((f"change_by_{name}", key, "", "",
                         current.get(key, 0) - before.get(key, 0), "incidents"))
    return rows


def csv_from_summary(summary: Summary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows_from_summary(summary))
    return buffer.getvalue()


def markdown_from_summary(summary: Summary) -> str:
    """summary.md: the figures as tables, the method, and how summary.csv is laid out."""
    parts = ["# Incident summary", "", _period_line(summary), ""]
    if summary.total == 0:
        parts += ["No incidents for the period.", ""]
    else:
        parts += _md_counts(summary)
        parts += _md_areas(summary)
        parts += _md_distances(summary)
    if summary.previous is not None:
        parts += _md_change(summary, summary.previous)
    parts += ["## Method", "", METHOD, ""]
    parts += [f"- Note: {note}" for note in summary.notes] + ([""] if summary.notes else [])
    parts += ["Charts: `timeline.png` (incidents by type over time) and `areas.png` (incidents "
              "by sea, strait and zone).", ""]
    parts += ["## summary.csv", "",
              "One tidy long table, one figure per row, columns "
              f"`{', '.join(CSV_COLUMNS)}`. Sections: `total`, `period`, `by_type`, `by_month`, "
              "`by_type_month` (key = type, subkey = month), `by_actor` (joint incidents under "
              "keys such as `CN+RU`, not under `CN` or `RU`), `by_role`, `by_area` (subkey = "
              "sea, strait or zone), `closest_approach_land`, `closest_approach_territorial_sea` "
              "and `route_length` (key = incident id, unit km), and with the previous year "
              "`previous_*` and `change_*`.", ""]
    return "\n".join(parts)


def _period_line(summary: Summary) -> str:
    if summary.period is None:
        return f"{_incidents(summary.total)}, none dated."
    first, last = summary.period
    return f"{_incidents(summary.total)}, dated {first} to {last}."


def _incidents(count: int) -> str:
    return f"{count} incident" + ("" if count == 1 else "s")


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def _md_counts(summary: Summary) -> list[str]:
    months = list(summary.by_month)
    matrix = [[type_label(kind), *[summary.by_type_month.get((kind, m), "") for m in months], n]
              for kind, n in summary.by_type.items()]
    roles = _ordered(Counter(summary.by_role), ROLES)
    return [
        "## By type", "",
        *_table(["type", "incidents"], [[type_label(k), n] for k, n in summary.by_type.items()]),
        "## By month", "",
        *_table(["month", "incidents"], [[m, n] for m, n in summary.by_month.items()]),
        "## By type and month", "", *_table(["type", *months, "total"], matrix),
        "## By actor", "",
        "Joint incidents are counted apart (`CN+RU`), not under each actor.", "",
        *_table(["actor", "incidents"], [[actor_label(k), n] for k, n in summary.by_actor.items()]),
        "## By role", "", *_table(["role", "incidents"], [[r, summary.by_role[r]] for r in roles]),
    ]


def _md_areas(summary: Summary) -> list[str]:
    lines = ["## By sea, strait and zone", "",
             "An incident counts in every area its geometry reaches into (a shared border "
             "alone does not count).", ""]
    for group, title in GROUP_TITLES.items():
        rows = [[a.label, f"`{a.area_id}`", a.incidents] for a in summary.areas if a.group == group]
        lines += [f"### {title}", ""]
        lines += _table(["area", "id", "incidents"], rows) if rows else ["None touched.", ""]
    return lines


def _md_distances(summary: Summary) -> list[str]:
    rows = [[f"`{d.incident_id}`", d.date or "undated", type_label(d.type), _km(d.land_km),
             _km(d.territorial_sea_km), _km(d.route_km)] for d in summary.distances]
    header = ["incident", "date", "type", "to Japan's land (km)",
              "to Japan's territorial sea (km)", "route length (km)"]
    return ["## Closest approach and route length", "", *_table(header, rows)]


def _km(value: float | None) -> str:
    return "" if value is None else f"{value:,.1f}"


def _md_change(summary: Summary, previous: Summary) -> list[str]:
    lines = ["## Change against the previous year", "",
             f"{_incidents(summary.total)} against {previous.total}: "
             f"{change(summary.total, previous.total)}.", ""]
    labels = {a.area_id: a.label for a in (*summary.areas, *previous.areas)}
    for title, current, before, label in (
        ("type", summary.by_type, previous.by_type, type_label),
        ("actor", summary.by_actor, previous.by_actor, actor_label),
        ("area", summary.by_area, previous.by_area, lambda k: labels.get(k, k)),
    ):
        keys = list(current) + [k for k in before if k not in current]
        rows = [[label(k), current.get(k, 0), before.get(k, 0),
                 change(current.get(k, 0), before.get(k, 0))] for k in keys]
        lines += [f"### By {title}", "", *_table([title, "now", "previous", "change"], rows)]
    return lines
