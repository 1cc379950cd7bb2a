"""Static charts and maps for summaries and the briefing deck (matplotlib, Agg, PNG).

Every chart is drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot state) with a
font that carries Japanese, Chinese and Korean glyphs, and written atomically.

Maps are drawn in plain longitude/latitude (x = longitude) with the axis aspect set for
the map's middle latitude, over the gazetteer's land; no tiles. Incidents that reach east
of the antimeridian are drawn at longitude + 360 so a route near Alaska stays one line.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.ticker  # noqa: E402  (the backend is chosen first)
import numpy as np  # noqa: E402
import shapely  # noqa: E402
import shapely.affinity  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from shapely.geometry import box  # noqa: E402
from shapely.geometry.base import BaseGeometry  # noqa: E402

from geo import _map_style as map_style  # noqa: E402
from geo._io import atomic_path  # noqa: E402
from geo.records import INCIDENT_TYPES, Feature  # noqa: E402

log = logging.getLogger(__name__)

#: Incident type -> colour and label: the HTML map's palette (``geo._map_style``), so a type
#: has one colour on the map, the static maps and the charts.
TYPE_COLOURS: dict[str, str] = map_style.TYPE_COLOURS
TYPE_LABELS: dict[str, str] = map_style.TYPE_LABELS
STROKE = map_style.MARKER_STROKE  # dark outline: the palette is bright, made for dark water
SEA_COLOUR = map_style.WATER
LAND_COLOUR = map_style.LAND["fillColor"]
COAST_COLOUR = map_style.COASTLINE["color"]
ADIZ_COLOUR = next(layer[2]["color"] for layer in map_style.REFERENCE_LAYERS
                   if layer[0] == ("adiz",))
CJK_FAMILIES = ("Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans CJK TC")
FALLBACK_FAMILY = "DejaVu Sans"
#: The overview map always shows at least this frame around Japan (lon/lat).
JAPAN_FRAME = (122.0, 24.0, 148.0, 46.0)
GROUP_COLOURS = {"sea": "#4c78a8", "strait": "#f58518", "zone": "#54a24b"}


def type_label(kind: str) -> str:
    """``joint_air_patrol`` -> ``Joint air patrol``, as on the map's legend."""
    return TYPE_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def type_colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, TYPE_COLOURS["other"])


def area_label(feature: Feature) -> str:
    """English, Japanese, Chinese and Korean names: ``Sea of Japan / 日本海 / 동해``."""
    names: dict[str, None] = {feature.name_en: None}
    for name in (feature.name_ja, feature.name_zh, feature.name_ko):
        if name:
            names.setdefault(name, None)
    return " / ".join(names)


# --- fonts ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def cjk_font_family() -> str:
    """The name of an installed font with CJK glyphs (Noto Sans CJK), else a fallback.

    Falls back to DejaVu Sans with a logged warning (Japanese, Chinese and Korean names
    then show as empty boxes); install Debian's ``fonts-noto-cjk`` to fix it.
    """
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    if not known.intersection(CJK_FAMILIES):
        for path in font_manager.findSystemFonts():
            if "NotoSansCJK" in Path(path).name:
                font_manager.fontManager.addfont(path)
        known = {entry.name for entry in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in known:
            return family
    log.warning(
        "no font with Japanese, Chinese and Korean glyphs found (Noto Sans CJK); "
        "names will show as boxes: install fonts-noto-cjk"
    )
    return FALLBACK_FAMILY


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """rc settings for every chart: the CJK font first, sizes readable on a slide."""
    rc: dict = {
        "font.family": [cjk_font_family(), FALLBACK_FAMILY],
        "font.size": 12,
        "axes.titlesize": 15,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "savefig.dpi": 150,
    }
    with matplotlib.rc_context(rc):
        yield


def save_figure(figure: Figure, path: Path | str) -> Path:
    """Write ``figure`` as PNG atomically."""
    with atomic_path(path) as tmp:
        figure.savefig(tmp, format="png", bbox_inches="tight", facecolor="white")
    return Path(path)


# --- dates ---------------------------------------------------------------------------------


def date_span(value: str | None, end: str | None = None) -> tuple[date, date] | None:
    """First and last day covered by an ISO date at any precision (and ``end`` if given)."""
    if not value:
        return None
    first, last = _iso_bounds(value)
    if end:
        last = max(last, _iso_bounds(end)[1])
    return first, last


def _iso_bounds(value: str) -> tuple[date, date]:
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


# --- timeline ------------------------------------------------------------------------------


def timeline_chart(frame, path: Path | str, *, title: str = "Incidents by type") -> Path:
    """Dates on x, one row per incident type, markers in the type colour.

    A day-precise incident is a filled dot; a coarser date (week, month, year) or a range
    is a bar over the days it may cover with a hollow dot at its middle.
    """
    with chart_style():
        figure = Figure(figsize=(12, 5.2))
        axes = figure.add_subplot()
        spans = [(row, date_span(row["date"], row["date_end"])) for row in incident_rows(frame)]
        spans = [(row, span) for row, span in spans if span is not None]
        if not spans:
            _say_empty(axes, "No dated incidents for the period")
        else:
            _draw_timeline(axes, spans)
        axes.set_title(title, loc="left")
        figure.tight_layout()
        return save_figure(figure, path)


def _draw_timeline(axes, spans) -> None:
    import matplotlib.dates as mdates

    kinds = [kind for kind in INCIDENT_TYPES if any(row["type"] == kind for row, _ in spans)]
    rows = {kind: index for index, kind in enumerate(reversed(kinds))}
    for row, (first, last) in spans:
        y, colour = rows[row["type"]], type_colour(row["type"])
        middle = first + (last - first) / 2
        exact = first == last and row.get("date_precision") in (None, "day")
        if first != last:
            axes.broken_barh([(first, last - first + timedelta(days=1))], (y - 0.13, 0.26),
                             facecolors=colour, edgecolors=STROKE, linewidth=0.6, alpha=0.55)
        axes.plot([middle], [y], marker="o", markersize=10, linestyle="",
                  markerfacecolor=colour if exact else "white", markeredgecolor=STROKE,
                  markeredgewidth=1.5 if exact else 2.5)
    axes.set_yticks(list(rows.values()), [type_label(kind) for kind in rows])
    axes.set_ylim(-0.7, len(rows) - 0.3)
    axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
    axes.grid(axis="x", color="#dddddd")
    axes.legend(handles=[
        Line2D([], [], marker="o", linestyle="", color="#777777", markeredgecolor=STROKE,
               label="exact day"),
        Line2D([], [], marker="o", linestyle="", color=STROKE, markerfacecolor="white",
               markeredgewidth=2.5, label="week, month or range (bar: days it may cover)"),
    ], loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, frameon=False)


# --- counts by area ------------------------------------------------------------------------


def area_chart(areas, path: Path | str, *, title: str = "Incidents by sea, strait and zone",
               per_group: int = 8) -> Path:
    """Horizontal bars: incidents per sea, strait and zone (``areas`` from counts_by_area,
    sorted by group then count); the ``per_group`` most touched areas of each group."""
    areas = list(areas)
    shown = most_touched(areas, per_group)
    if len(shown) < len(areas):
        title += f" (the {per_group} most touched of each)"
    with chart_style():
        figure = Figure(figsize=(11, max(2.5, 0.42 * len(shown) + 1.4)))
        axes = figure.add_subplot()
        if not shown:
            _say_empty(axes, "No incident touches a gazetteer sea, strait or zone")
        else:
            labels = [area.label for area in reversed(shown)]
            values = [area.incidents for area in reversed(shown)]
            colours = [GROUP_COLOURS.get(area.group, "#888888") for area in reversed(shown)]
            bars = axes.barh(labels, values, color=colours)
            axes.bar_label(bars, padding=3)
            axes.set_xlabel("incidents (one incident counts in every area it touches)")
            axes.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
            groups = sorted({area.group for area in shown})
            axes.legend(handles=[
                Line2D([], [], marker="s", linestyle="", markersize=10,
                       color=GROUP_COLOURS.get(group, "#888888"), label=group)
                for group in groups
            ], loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
            axes.margins(x=0.08)
        axes.set_title(title, loc="left")
        figure.tight_layout()
        return save_figure(figure, path)


def most_touched(areas, per_group: int) -> list:
    """The first ``per_group`` areas of each group, in the given order."""
    seen: dict[str, int] = {}
    shown = []
    for area in areas:
        seen[area.group] = seen.get(area.group, 0) + 1
        if seen[area.group] <= per_group:
            shown.append(area)
    return shown


def _say_empty(axes, message: str) -> None:
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=16, transform=axes.transAxes)
    axes.set_axis_off()


def incident_rows(frame) -> list[dict]:
    """The frame's rows as dicts with pandas' missing values (NaN, NA) turned into None."""
    import pandas as pd

    if frame is None or len(frame) == 0:
        return []
    rows = frame.to_dict("records")
    for row in rows:
        for key, value in row.items():
            if value is not None and not isinstance(value, list | tuple | dict | BaseGeometry) \
                    and pd.isna(value):
                row[key] = None
    return rows


# --- static maps ---------------------------------------------------------------------------


def overview_map(frame, path: Path | str, *, land, adiz: tuple[Feature, ...] = (),
                 title: str = "") -> Path:
    """Every incident over the land, coloured by type, with ADIZ lines, legend and scale."""
    rows = [row for row in incident_rows(frame) if _has_geometry(row)]
    geometries = [_unwrap(row["geometry"]) for row in rows]
    extent = _within(_extent(geometries, minimum=JAPAN_FRAME, pad=1.5), land, geometries)
    with chart_style():
        figure = Figure(figsize=(11, 7.2))
        axes = figure.add_subplot()
        _draw_base(axes, extent, land, adiz)
        _draw_incidents(axes, [row["type"] for row in rows], geometries)
        _draw_legend(axes, sorted({row["type"] for row in rows}, key=_type_order), bool(adiz))
        if not rows:
            axes.text(0.5, 0.5, "No incidents for the period", ha="center", va="center",
                      fontsize=18, transform=axes.transAxes,
                      bbox={"facecolor": "white", "edgecolor": "#999999"})
        if title:
            axes.set_title(title, loc="left")
        return save_figure(figure, path)


def inset_map(geometry: BaseGeometry, kind: str, path: Path | str, *, land,
              adiz: tuple[Feature, ...] = ()) -> Path:
    """One incident close up: its geometry in its type colour over land and ADIZ lines."""
    shifted = _unwrap(geometry)
    extent = _with_aspect(_extent([shifted], minimum=None, pad=2.0, min_span=7.0), 1.0)
    with chart_style():
        figure = Figure(figsize=(6.2, 5.6))
        axes = figure.add_subplot()
        _draw_base(axes, extent, land, adiz)
        _draw_incidents(axes, [kind], [shifted], emphasis=True)
        _draw_legend(axes, [kind], bool(adiz), fontsize=10, loc="best")
        return save_figure(figure, path)


def _has_geometry(row: dict) -> bool:
    geometry = row.get("geometry")
    return geometry is not None and not geometry.is_empty


def _type_order(kind: str) -> int:
    return INCIDENT_TYPES.index(kind) if kind in INCIDENT_TYPES else len(INCIDENT_TYPES)


def _unwrap(geometry: BaseGeometry) -> BaseGeometry:
    """Longitudes west of -90 move to +270..+360 so Pacific routes stay continuous."""
    def shift(coords: np.ndarray) -> np.ndarray:
        coords = coords.copy()
        coords[:, 0] = np.where(coords[:, 0] < -90, coords[:, 0] + 360, coords[:, 0])
        return coords

    return shapely.transform(geometry, shift)


def _extent(geometries, *, minimum, pad: float, min_span: float = 0.0):
    """(xmin, ymin, xmax, ymax) around ``geometries``, padded, at least ``minimum``."""
    bounds = [g.bounds for g in geometries if g is not None and not g.is_empty]
    if minimum is not None:
        bounds.append(minimum)
    if not bounds:
        bounds = [JAPAN_FRAME]
    xmin = min(b[0] for b in bounds) - pad
    ymin = min(b[1] for b in bounds) - pad
    xmax = max(b[2] for b in bounds) + pad
    ymax = max(b[3] for b in bounds) + pad
    for low, high, axis in ((xmin, xmax, 0), (ymin, ymax, 1)):
        if high - low < min_span:
            grow = (min_span - (high - low)) / 2
            if axis == 0:
                xmin, xmax = low - grow, high + grow
            else:
                ymin, ymax = low - grow, high + grow
    return max(xmin, -180.0), max(ymin, -85.0), min(xmax, 360.0), min(ymax, 85.0)


def _within(extent, land, geometries):
    """``extent`` cut to the basemap's bounds (no band of missing land at the edges), but
    never so far that an incident is cut."""
    if land is None or len(land) == 0:
        return extent
    west, south, east, north = land.total_bounds
    drawn = [g.bounds for g in geometries]
    if drawn:
        west, south = min(west, *(b[0] for b in drawn)), min(south, *(b[1] for b in drawn))
        east, north = max(east, *(b[2] for b in drawn)), max(north, *(b[3] for b in drawn))
    xmin, ymin, xmax, ymax = extent
    return max(xmin, west), max(ymin, south), min(xmax, east), min(ymax, north)


def _with_aspect(extent, ratio: float):
    """Grow the narrower side of ``extent`` so its ground width / height is ``ratio``."""
    xmin, ymin, xmax, ymax = extent
    squeeze = math.cos(math.radians((ymin + ymax) / 2))
    width, height = (xmax - xmin) * squeeze, ymax - ymin
    if width / height < ratio:
        grow = (ratio * height / squeeze - (xmax - xmin)) / 2
        return xmin - grow, ymin, xmax + grow, ymax
    grow = (width / ratio - height) / 2
    return xmin, max(ymin - grow, -85.0), xmax, min(ymax + grow, 85.0)


def _draw_base(axes, extent, land, adiz) -> None:
    xmin, ymin, xmax, ymax = extent
    axes.set_facecolor(SEA_COLOUR)
    for geometry in _land_in(land, extent):
        _fill(axes, geometry, facecolor=LAND_COLOUR, edgecolor=COAST_COLOUR, linewidth=0.5,
              zorder=1)
    for feature in adiz:
        _outline(axes, _unwrap(feature.geometry), color=ADIZ_COLOUR, linestyle="--",
                 linewidth=1.1, zorder=2)
    axes.set_xlim(xmin, xmax)
    axes.set_ylim(ymin, ymax)
    axes.set_aspect(1 / math.cos(math.radians((ymin + ymax) / 2)))
    axes.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_lon_label))
    axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_lat_label))
    axes.tick_params(labelsize=10)
    for side in ("top", "right"):
        axes.spines[side].set_visible(True)
    _scale_bar(axes, extent)


def _land_in(land, extent) -> list[BaseGeometry]:
    """Land polygons inside the extent; the part east of 180 degrees is shifted by +360."""
    if land is None or len(land) == 0:
        return []
    xmin, ymin, xmax, ymax = extent
    geometries = []
    windows = [(box(max(xmin, -180), ymin, min(xmax, 180), ymax), 0.0)]
    if xmax > 180:
        windows.append((box(-180, ymin, xmax - 360, ymax), 360.0))
    for window, shift in windows:
        for geometry in land.geometry[land.geometry.intersects(window)]:
            clipped = geometry.intersection(window)
            if shift:
                clipped = shapely.affinity.translate(clipped, xoff=shift)
            if not clipped.is_empty:
                geometries.append(clipped)
    return geometries


def _polygons(geometry: BaseGeometry):
    return [g for g in getattr(geometry, "geoms", [geometry]) if g.geom_type == "Polygon"]


def _fill(axes, geometry: BaseGeometry, **style) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    for polygon in _polygons(geometry):
        rings = [polygon.exterior, *polygon.interiors]
        paths = [MplPath(np.asarray(ring.coords)[:, :2]) for ring in rings]
        path = MplPath.make_compound_path(*paths)
        axes.add_patch(PathPatch(path, **style))


def _outline(axes, geometry: BaseGeometry, **style) -> None:
    for line in _lines(geometry.boundary if geometry.geom_type.endswith("Polygon") else geometry):
        xs, ys = line.xy
        axes.plot(xs, ys, **style)


def _lines(geometry: BaseGeometry):
    parts = getattr(geometry, "geoms", [geometry])
    return [part for part in parts if part.geom_type in ("LineString", "LinearRing")]


ARROWS_UP_TO = 150  # routes get a direction arrow while there are at most this many


def _draw_incidents(axes, kinds, geometries, emphasis: bool = False) -> None:
    """All incidents, batched per type: areas, then routes (cased lines), then points."""
    by_kind: dict[str, list[BaseGeometry]] = {}
    for kind, geometry in zip(kinds, geometries, strict=True):
        by_kind.setdefault(kind, []).extend(_flat_parts(geometry))
    routes = sum(1 for parts in by_kind.values() for p in parts if p.geom_type == "LineString")
    for kind, parts in by_kind.items():
        colour = type_colour(kind)
        for polygon in (p for p in parts if p.geom_type == "Polygon"):
            _fill(axes, polygon, facecolor=to_rgba(colour, 0.3 if emphasis else 0.18),
                  edgecolor=colour, linewidth=1.6 if emphasis else 1.2, zorder=3)
        lines = [np.asarray(p.coords)[:, :2] for p in parts if p.geom_type == "LineString"]
        _draw_routes(axes, lines, colour, 3.0 if emphasis else 2.2, routes <= ARROWS_UP_TO)
        points = [p for p in parts if p.geom_type == "Point"]
        if points:
            axes.plot([p.x for p in points], [p.y for p in points], linestyle="", marker="o",
                      markersize=11 if emphasis else 8, color=colour, markeredgecolor=STROKE,
                      markeredgewidth=1.2, zorder=5)


def _flat_parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if hasattr(geometry, "geoms"):
        return [part for child in geometry.geoms for part in _flat_parts(child)]
    return [geometry]


def _draw_routes(axes, lines, colour: str, width: float, arrows: bool) -> None:
    """Routes as cased lines; an arrow head on each last segment shows the direction."""
    from matplotlib.collections import LineCollection

    if not lines:
        return
    axes.add_collection(LineCollection(lines, colors=STROKE, linewidths=width + 2, zorder=4,
                                       capstyle="round", joinstyle="round"))
    axes.add_collection(LineCollection(lines, colors=colour, linewidths=width, zorder=4,
                                       capstyle="round", joinstyle="round"))
    for coords in lines if arrows else []:
        if len(coords) >= 2:
            axes.annotate("", xy=tuple(coords[-1]), xytext=tuple(coords[-2]), zorder=4,
                          arrowprops={"arrowstyle": "-|>", "facecolor": colour,
                                      "edgecolor": STROKE, "lw": 1.0, "mutation_scale": 22,
                                      "shrinkA": 0, "shrinkB": 0})


def _draw_legend(axes, kinds, with_adiz: bool, fontsize: int = 11, loc: str = "upper left") -> None:
    handles = [
        Line2D([], [], color=type_colour(kind), marker="o", markeredgecolor=STROKE, linewidth=2.5,
               label=type_label(kind))
        for kind in kinds
    ]
    if with_adiz:
        handles.append(Line2D([], [], color=ADIZ_COLOUR, linestyle="--", label="ADIZ boundary"))
    if handles:
        axes.legend(handles=handles, loc=loc, fontsize=fontsize, framealpha=0.9)


def _scale_bar(axes, extent) -> None:
    """A bar of a round length in km, exact along its own latitude (lower right)."""
    from pyproj import Geod

    xmin, ymin, xmax, ymax = extent
    lat = ymin + (ymax - ymin) * 0.06
    geod = Geod(ellps="WGS84")
    width_km = geod.inv(xmin, lat, xmin + min(xmax - xmin, 179.0), lat)[2] / 1000
    length = _round_length(width_km / 5)
    start = xmax - (xmax - xmin) * 0.05
    end_lon = geod.fwd(start, lat, 270, length * 1000)[0]
    axes.plot([end_lon, start], [lat, lat], color="white", linewidth=3, zorder=6,
              solid_capstyle="butt")
    axes.text((start + end_lon) / 2, lat + (ymax - ymin) * 0.015, f"{length:g} km",
              ha="center", va="bottom", fontsize=10, zorder=6, color="white")


def _round_length(km: float) -> float:
    for step in (2000, 1000, 500, 250, 200, 100, 50, 25, 20, 10, 5):
        if km >= step:
            return float(step)
    return 1.0


def _lon_label(value: float, _position) -> str:
    lon = (value + 180) % 360 - 180
    if abs(lon) == 180 or lon == 0:
        return f"{abs(lon):g}°"
    return f"{abs(lon):g}°{'E' if lon > 0 else 'W'}"


def _lat_label(value: float, _position) -> str:
    return f"{abs(value):g}°{'N' if value > 0 else 'S' if value < 0 else ''}"
