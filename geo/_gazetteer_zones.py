"""Dedicated builders: ADIZs, maritime zones, the Senkaku islands, split channels.

Called by :mod:`geo._build_gazetteer` for ``("build", NAME)`` recipes. Distances are
measured on the ground (:func:`geo._geodesy.buffer_km`); median lines between neighbours
are equidistance lines computed from Natural Earth coasts (a Voronoi partition of coastal
points in an azimuthal equidistant projection).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

import shapely
from pyproj import CRS, Transformer
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import split

from geo import _gazetteer_facts as facts
from geo._errors import InputError
from geo._geodesy import NM_KM, buffer_km, circle_km

if TYPE_CHECKING:
    from geo._build_gazetteer import Sources

SENKAKU_BOX = box(123.3, 25.6, 124.8, 26.1)
MEDIAN_CRS = CRS.from_proj4("+proj=aeqd +lat_0=35 +lon_0=135 +datum=WGS84 +units=m")
MEDIAN_REACH_M = 3.5e6  # the partition is computed within 3,500 km of 35N 135E
NEIGHBOURS = ("JP", "KR", "KP", "CN", "CN-TW", "RU", "PH", "US", "GU", "MP", "MN", "HK", "MO")

SOURCES = {
    "adiz_cn": facts.CN_ECS_ADIZ_SOURCE + "; landward side: Natural Earth China coast + 12 nm",
    "adiz_jp": facts.JP_ADIZ_SOURCE,
    "adiz_kr": facts.KR_ADIZ_SOURCE,
    "adiz_tw": facts.TW_ADIZ_SOURCE,
    "senkaku": facts.SENKAKU_SOURCE,
    "senkaku_group": facts.SENKAKU_SOURCE,
    "liancourt": facts.LIANCOURT_SOURCE,
    "territorial_sea_jp": "Natural Earth 1:10m admin_0 Japan; Law No. 30 of 1977 (12 nm, 3 nm "
    "in the specified areas, A); equidistance lines computed from Natural Earth coasts",
    "contiguous_zone_jp": "Natural Earth 1:10m admin_0 Japan; Law No. 30 of 1977 (24 nm, A)",
    "eez_jp": "Natural Earth 1:10m admin_0 countries; UNCLOS 200 nm; equidistance computed",
    "airspace_jp": "Natural Earth 1:10m admin_0 Japan + the territorial sea as built here",
    "territorial_sea_senkaku": facts.SENKAKU_SOURCE + "; 12 nm (UNCLOS art. 3)",
    "contiguous_zone_senkaku": facts.SENKAKU_SOURCE + "; 24 nm (UNCLOS art. 33)",
    "airspace_kr": "Natural Earth 1:10m admin_0 South Korea; ROK Territorial Sea Act (12 nm, "
    "3 nm in the Korea Strait per its Enforcement Decree Table 2, B)",
    "western_pacific": "",
    "japan_china_median": "Natural Earth 1:10m admin_0 coasts of Japan and China; equidistance "
    "computed here (not an agreed line)",
    "tsushima_east": "",
    "tsugaru": "",
    "tsushima_west": "",
    "korean_peninsula": "",
}


def build(name: str, src: Sources) -> BaseGeometry:
    """The geometry of the ``("build", name)`` recipe."""
    key, _, arg = name.partition(":")
    builder = _BUILDERS.get(key)
    if builder is None:
        raise InputError(f"no gazetteer builder {key!r}; expected one of {sorted(_BUILDERS)}")
    return builder(src, arg) if arg else builder(src)


def _spec_geometry(src: Sources, feature_id: str) -> BaseGeometry:
    from geo._build_gazetteer import all_specs, geometry_from_recipe

    key = f"spec:{feature_id}"
    if key not in src.built:
        spec = next(s for s in all_specs(src) if s.id == feature_id)
        src.built[key] = geometry_from_recipe(spec.recipe, src)
    return src.built[key]


# --- islands ----------------------------------------------------------------------------


def senkaku_island(src: Sources, fid: str) -> BaseGeometry:
    """A disc of the island's official area around its published position."""
    lon, lat, area = facts.SENKAKU_ISLANDS[fid]
    return circle_km(lon, lat, math.sqrt(area / math.pi))


def senkaku_group(src: Sources) -> BaseGeometry:
    return shapely.union_all([senkaku_island(src, fid) for fid in facts.SENKAKU_ISLANDS])


def liancourt(src: Sources) -> BaseGeometry:
    return shapely.union_all([circle_km(lon, lat, 0.16) for lon, lat in facts.LIANCOURT_ISLETS])


# --- seas and channels -------------------------------------------------------------------


def western_pacific(src: Sources) -> BaseGeometry:
    from geo._build_gazetteer import geometry_from_recipe

    seas = [geometry_from_recipe(("marine", n), src) for n in ("North Pacific Ocean",
                                                                 "Philippine Sea")]
    return shapely.union_all(seas).intersection(box(120, 10, 160, 45))


def _tsushima_sides(src: Sources) -> tuple[BaseGeometry, BaseGeometry]:
    """The Korea Strait split along Tsushima's long axis: (west, east)."""
    strait = _spec_geometry(src, "strait.korea")
    (x0, y0), (x1, y1) = (129.20, 34.10), (129.48, 34.70)
    dx, dy = x1 - x0, y1 - y0
    axis = LineString([(x0 - 3 * dx, y0 - 3 * dy), (x1 + 3 * dx, y1 + 3 * dy)])
    west: list[BaseGeometry] = []
    east: list[BaseGeometry] = []
    for piece in split(strait, axis).geoms:
        p = piece.representative_point()
        side = dx * (p.y - y0) - dy * (p.x - x0)
        (west if side > 0 else east).append(piece)
    return shapely.union_all(west), shapely.union_all(east)


def tsushima_west(src: Sources) -> BaseGeometry:
    return _tsushima_sides(src)[0]


def tsushima_east(src: Sources) -> BaseGeometry:
    return _tsushima_sides(src)[1]


MUTSU_BAY = Polygon([(140.55, 41.19), (141.45, 41.19), (141.45, 40.70), (140.55, 40.70)])


def tsugaru(src: Sources) -> BaseGeometry:
    """NE's Tsugaru Strait without Mutsu Bay (Japanese internal waters south of 41.19N)."""
    from geo._build_gazetteer import geometry_from_recipe

    strait = geometry_from_recipe(("marine", "Tsugaru Strait"), src).difference(MUTSU_BAY)
    parts = list(getattr(strait, "geoms", [strait]))
    return max(parts, key=lambda p: p.area)


def korean_peninsula(src: Sources) -> BaseGeometry:
    merged = shapely.union_all([src.countries["KR"], src.countries["KP"]])
    return shapely.simplify(merged, 0.01, preserve_topology=True)


# --- ADIZs ------------------------------------------------------------------------------


def adiz_cn(src: Sources) -> BaseGeometry:
    """Six official vertices; the landward side is China's coast + 12 nm."""
    vertices = facts.CN_ECS_ADIZ
    ring = [(115.0, vertices[0][1]), *vertices, (115.0, vertices[-1][1])]
    china = src.countries["CN"].intersection(box(114, 24, 126, 35))
    coastal = shapely.union_all([china, buffer_km(china, 12 * NM_KM)])
    zone = Polygon(ring).difference(coastal)
    parts = list(getattr(zone, "geoms", [zone]))
    return max(parts, key=lambda p: p.area)


def adiz_jp(src: Sources) -> BaseGeometry:
    """Official points (1)-(7), the described west side, a sketched rest."""
    ring = [*facts.JP_ADIZ_OFFICIAL, *facts.JP_ADIZ_WEST, facts.JP_ADIZ_SOUTH_WEST,
            *facts.JP_ADIZ_SKETCH, *facts.JP_ADIZ_NORTH]
    zone = Polygon(ring)
    yonaguni = _spec_geometry(src, "island.yonaguni")
    bulge = buffer_km(yonaguni, facts.YONAGUNI_BASELINE_BUFFER_NM * NM_KM)
    zone = zone.union(bulge.intersection(box(120, 20, 123.0, 27)))
    territories = _spec_geometry(src, "islands.northern-territories")
    hokkaido = _spec_geometry(src, "island.hokkaido")
    excluded = buffer_km(territories, 12 * NM_KM).convex_hull.difference(
        buffer_km(hokkaido, 3 * NM_KM)
    )
    return zone.difference(excluded)


def adiz_kr(src: Sources) -> BaseGeometry:
    return Polygon(facts.KR_ADIZ)


def adiz_tw(src: Sources) -> BaseGeometry:
    return Polygon(facts.TW_ADIZ)


# --- maritime zones ---------------------------------------------------------------------


def japan_land(src: Sources) -> BaseGeometry:
    """Japan's land for zones: NE Japan with the Senkaku outlines at their true positions."""
    if "japan_land" not in src.built:
        ne_japan = src.countries["JP"].difference(SENKAKU_BOX)
        okinotori = circle_km(*facts.OKINOTORISHIMA, 0.3)  # not in Natural Earth
        src.built["japan_land"] = shapely.union_all([ne_japan, senkaku_group(src), okinotori])
    return src.built["japan_land"]


def median_regions(src: Sources) -> dict[str, BaseGeometry]:
    """Each state's side of the equidistance lines between coasts (lon/lat polygons)."""
    if "median" in src.built:
        return src.built["median"]  # type: ignore[return-value]
    points, labels = _coastal_points(src)
    forward = Transformer.from_crs("EPSG:4326", MEDIAN_CRS, always_xy=True)
    back = Transformer.from_crs(MEDIAN_CRS, "EPSG:4326", always_xy=True)
    xs, ys = forward.transform([p[0] for p in points], [p[1] for p in points])
    metric = [Point(x, y) for x, y in zip(xs, ys, strict=True)]
    frame = box(-MEDIAN_REACH_M, -MEDIAN_REACH_M, MEDIAN_REACH_M, MEDIAN_REACH_M)
    cells = shapely.voronoi_polygons(MultiPoint(metric), extend_to=frame)
    tree = shapely.STRtree(metric)
    grouped: dict[str, list] = defaultdict(list)
    for cell in cells.geoms:
        hits = tree.query(cell, predicate="intersects")
        if len(hits):
            grouped[labels[hits[0]]].append(cell.intersection(frame))
    regions = {}
    for iso, group in grouped.items():
        merged = shapely.segmentize(shapely.union_all(group), 5000)
        lonlat = shapely.transform(merged, back.transform, interleaved=False)
        regions[iso] = shapely.make_valid(lonlat)
    src.built["median"] = regions  # type: ignore[assignment]
    return regions


def _coastal_points(src: Sources) -> tuple[list[tuple[float, float]], list[str]]:
    area = box(100, 0, 180, 62)
    seen: dict[tuple[float, float], str] = {}
    for iso in NEIGHBOURS:
        land = japan_land(src) if iso == "JP" else src.countries.get(iso)
        if land is None:
            continue
        land = shapely.simplify(land.intersection(area), 0.01, preserve_topology=True)
        for polygon in getattr(land, "geoms", [land]):
            if polygon.is_empty or polygon.geom_type != "Polygon":
                continue
            ring = shapely.segmentize(polygon.exterior, 0.05)
            for x, y in ring.coords[:-1]:
                seen.setdefault((round(x, 4), round(y, 4)), iso)
    return list(seen), list(seen.values())


def _belt(land: BaseGeometry, nm: float, narrow: BaseGeometry | None, narrow_nm: float = 3.0):
    """Land grown by ``nm`` nautical miles, by ``narrow_nm`` inside ``narrow``."""
    wide = buffer_km(land, nm * NM_KM)
    if narrow is None:
        return wide
    thin = buffer_km(land, narrow_nm * NM_KM)
    return shapely.union_all([wide.difference(narrow), thin.intersection(narrow)])


def _specified_areas(src: Sources) -> BaseGeometry:
    from geo._build_gazetteer import SPECIFIED_STRAITS

    return shapely.union_all([_spec_geometry(src, fid) for fid in SPECIFIED_STRAITS])


def territorial_sea_jp(src: Sources) -> BaseGeometry:
    if "ts_jp" not in src.built:
        land = japan_land(src)
        belt = _belt(land, 12, _specified_areas(src)).intersection(median_regions(src)["JP"])
        src.built["ts_jp"] = _water_only(belt, src)
    return src.built["ts_jp"]


def airspace_jp(src: Sources) -> BaseGeometry:
    land = shapely.simplify(japan_land(src), 0.002, preserve_topology=True)
    return _simple(shapely.union_all([land, territorial_sea_jp(src)]))


def contiguous_zone_jp(src: Sources) -> BaseGeometry:
    land = japan_land(src)
    belt = buffer_km(land, 24 * NM_KM).intersection(median_regions(src)["JP"])
    return _water_only(belt.difference(territorial_sea_jp(src)), src)


def eez_jp(src: Sources) -> BaseGeometry:
    land = shapely.simplify(japan_land(src), 0.01, preserve_topology=True)
    zone = buffer_km(land, 200 * NM_KM, resolution=4).intersection(median_regions(src)["JP"])
    return shapely.simplify(zone.difference(src.land_simple), 0.01, preserve_topology=True)


def territorial_sea_senkaku(src: Sources) -> BaseGeometry:
    islands = senkaku_group(src)
    return buffer_km(islands, 12 * NM_KM, resolution=16).difference(islands)


def contiguous_zone_senkaku(src: Sources) -> BaseGeometry:
    islands = senkaku_group(src)
    inner = buffer_km(islands, 12 * NM_KM, resolution=16)
    return buffer_km(islands, 24 * NM_KM, resolution=16).difference(inner)


def japan_china_median(src: Sources) -> BaseGeometry:
    """The shared edge of Japan's and China's equidistance regions in the East China Sea."""
    regions = median_regions(src)
    edge = regions["JP"].boundary.intersection(regions["CN"].buffer(1e-4))
    edge = shapely.line_merge(edge.intersection(box(120, 24, 131, 34)))
    return shapely.simplify(edge, 0.01)


def airspace_kr(src: Sources) -> BaseGeometry:
    land = src.countries["KR"]
    strait = _spec_geometry(src, "channel.tsushima-west")
    belt = _belt(land, 12, strait).intersection(median_regions(src)["KR"])
    return _simple(shapely.union_all([shapely.simplify(land, 0.002), belt]))


def _water_only(geometry: BaseGeometry, src: Sources) -> BaseGeometry:
    """Simplified, then without the basemap land (so it never covers land on the map)."""
    return shapely.make_valid(_simple(geometry).difference(src.land_simple))


def _simple(geometry: BaseGeometry) -> BaseGeometry:
    return shapely.make_valid(shapely.simplify(geometry, 0.003, preserve_topology=True))


_BUILDERS: dict[str, Callable[..., BaseGeometry]] = {
    "senkaku": senkaku_island,
    "senkaku_group": senkaku_group,
    "liancourt": liancourt,
    "western_pacific": western_pacific,
    "tsushima_east": tsushima_east,
    "tsugaru": tsugaru,
    "tsushima_west": tsushima_west,
    "korean_peninsula": korean_peninsula,
    "adiz_cn": adiz_cn,
    "adiz_jp": adiz_jp,
    "adiz_kr": adiz_kr,
    "adiz_tw": adiz_tw,
    "territorial_sea_jp": territorial_sea_jp,
    "airspace_jp": airspace_jp,
    "contiguous_zone_jp": contiguous_zone_jp,
    "eez_jp": eez_jp,
    "territorial_sea_senkaku": territorial_sea_senkaku,
    "contiguous_zone_senkaku": contiguous_zone_senkaku,
    "airspace_kr": airspace_kr,
    "japan_china_median": japan_china_median,
}
