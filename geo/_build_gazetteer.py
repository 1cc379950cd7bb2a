"""Build ``gazetteer/features.geojson`` and ``gazetteer/basemap/`` from Natural Earth.

    python3 -m geo._build_gazetteer --naturalearth ../shared/data/naturalearth --out gazetteer/

Every shape is derived from the Natural Earth 1:10m extract and the published coordinates
in :mod:`geo._gazetteer_facts`, by the recipes in :mod:`geo._gazetteer_specs`. The outputs
are committed; ``geo`` never needs Natural Earth at run time. ``gazetteer/README.md``
states the source and method of every shape.
"""

from __future__ import annotations

import argparse
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo._errors import InputError
from geo._gazetteer_specs import (
    BASES,
    BOUNDARIES,
    CAPES,
    CITIES,
    COUNTRIES,
    EXTRA_PLACES,
    ISLANDS,
    JP_REGIONS,
    MORE_BASES,
    MORE_CITIES,
    MORE_ISLANDS,
    MORE_PLACES,
    NE,
    OTHER_REGIONS,
    PENINSULAS,
    REGIONS,
    SEAS,
    STRAITS,
    WATERS,
    ZONES,
    Spec,
)
from geo._geodesy import area_km2, buffer_km
from geo._io import write_text_atomic

log = logging.getLogger(__name__)

#: The area the basemap and the maritime computations cover (lon/lat): East Asia and the
#: western Pacific, plus the Bering Sea and Alaska east of the antimeridian.
AREA = shapely.union_all([box(100.0, 0.0, 180.0, 66.0), box(-180.0, 10.0, -150.0, 66.0)])
LAND_TOLERANCE = 0.005  # degrees, basemap land and the land cut out of water features
SEA_TOLERANCE = 0.01  # degrees, big seas, countries, regions
SPECIFIED_STRAITS = (
    "strait.soya", "strait.tsugaru", "channel.tsushima-east", "channel.tsushima-west",
    "strait.osumi",
)
LAYERS = (
    "land", "minor_islands", "coastline", "admin_0_countries", "admin_1_states_provinces",
    "geography_marine_polys", "geography_regions_polys", "populated_places_simple",
)


# --- sources ---------------------------------------------------------------------------


class Sources:
    """The Natural Earth layers, read once, and the derived land used everywhere."""

    def __init__(self, naturalearth: Path) -> None:
        missing = [n for n in LAYERS if not (naturalearth / f"ne_10m_{n}.geojson").exists()]
        if missing:
            raise InputError(
                f"Natural Earth folder {str(naturalearth)!r} lacks layers {missing!r}; "
                "pass the folder holding ne_10m_*.geojson"
            )
        self.root = naturalearth
        self.built: dict[str, BaseGeometry] = {}

    def layer(self, name: str) -> gpd.GeoDataFrame:
        return _read_layer(self.root / f"ne_10m_{name}.geojson")

    @cached_property
    def land_parts(self) -> list[Polygon]:
        """Every NE land and minor-island polygon as its own part."""
        parts: list[Polygon] = []
        for layer in ("land", "minor_islands"):
            for geometry in self.layer(layer).geometry:
                parts.extend(_polygons(geometry))
        return parts

    @cached_property
    def land_tree(self) -> shapely.STRtree:
        return shapely.STRtree(self.land_parts)

    @cached_property
    def land(self) -> BaseGeometry:
        """All land in :data:`AREA`, full resolution, the Senkaku islands where they are.

        Natural Earth draws the Senkaku islands ~4 km east of their true positions; they are
        replaced by the outlines built from the published coordinates.
        """
        from geo._gazetteer_zones import SENKAKU_BOX, senkaku_group

        parts = [p for p in self.land_parts if p.intersects(AREA)]
        parts = [p for p in parts if not SENKAKU_BOX.contains(p)]
        return shapely.union_all([*parts, senkaku_group(self)])

    @cached_property
    def land_simple(self) -> BaseGeometry:
        """Land simplified for the basemap; water features are cut with this land."""
        clipped = self.land.intersection(AREA)
        simple = shapely.simplify(clipped, LAND_TOLERANCE, preserve_topology=True)
        return shapely.make_valid(simple)

    @cached_property
    def countries(self) -> dict[str, BaseGeometry]:
        frame = self.layer("admin_0_countries")
        pairs = zip(frame.ISO_A2, frame.geometry, strict=True)
        return {iso: shapely.make_valid(geometry) for iso, geometry in pairs}


@lru_cache(maxsize=16)
def _read_layer(path: Path) -> gpd.GeoDataFrame:
    frame = gpd.read_file(path)
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    return frame


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    if isinstance(geometry, Polygon):
        return [geometry] if not geometry.is_empty else []
    return [g for part in getattr(geometry, "geoms", []) for g in _polygons(part)]


# --- recipes ---------------------------------------------------------------------------


def geometry_from_recipe(recipe: tuple, src: Sources) -> BaseGeometry:
    """The geometry one :class:`Spec` recipe describes."""
    kind, *args = recipe
    handler = _RECIPES.get(kind)
    if handler is None:
        raise InputError(f"unknown gazetteer recipe {kind!r}; expected one of {sorted(_RECIPES)}")
    return handler(src, *args)


def _marine(src: Sources, *names: str) -> BaseGeometry:
    """NE marine polygons (a sea with the gulfs and bays NE draws apart), minus land."""
    frame = src.layer("geography_marine_polys")
    rows = frame[frame["name"].isin(names)]
    if len(rows) < len(names):
        raise InputError(f"Natural Earth lacks some of the marine polygons {names!r}")
    sea = shapely.union_all(list(rows.geometry))
    sea = shapely.simplify(sea, SEA_TOLERANCE, preserve_topology=True)
    return shapely.make_valid(sea.difference(src.land_simple))


def _region(src: Sources, name: str) -> BaseGeometry:
    frame = src.layer("geography_regions_polys")
    rows = frame[frame["NAME"] == name]
    if rows.empty:
        raise InputError(f"Natural Earth has no region polygon named {name!r}")
    merged = shapely.union_all(list(rows.geometry))
    return shapely.simplify(merged, SEA_TOLERANCE, preserve_topology=True)


def _admin0(src: Sources, iso: str) -> BaseGeometry:
    return shapely.simplify(src.countries[iso], LAND_TOLERANCE, preserve_topology=True)


def _admin0_union(src: Sources, *isos: str) -> BaseGeometry:
    merged = shapely.union_all([src.countries[iso] for iso in isos])
    return shapely.simplify(merged, SEA_TOLERANCE, preserve_topology=True)


def _admin1(src: Sources, adm0: str, *names: str) -> BaseGeometry:
    frame = src.layer("admin_1_states_provinces")
    rows = frame[(frame["adm0_a3"] == adm0) & frame["name"].isin(names)]
    if len(rows) != len(names):
        found = sorted(rows["name"])
        raise InputError(f"Natural Earth admin-1 {adm0} lacks some of {names!r} (found {found})")
    merged = shapely.union_all([shapely.make_valid(g) for g in rows.geometry])
    return shapely.simplify(merged, LAND_TOLERANCE, preserve_topology=True)


def _island(src: Sources, lon: float, lat: float) -> BaseGeometry:
    """The NE land part holding (lon, lat), else the nearest within ~5 km, else the point."""
    point = Point(lon, lat)
    hits = [src.land_parts[i] for i in src.land_tree.query(point, predicate="intersects")]
    if hits:
        return min(hits, key=lambda p: p.area)
    nearest = src.land_parts[src.land_tree.nearest(point)]
    if nearest.distance(point) < 0.05:
        return nearest
    log.info("no Natural Earth land at %.3f, %.3f: keeping the point", lon, lat)
    return point


def _land_part(src: Sources, lon: float, lat: float) -> BaseGeometry:
    """The land part holding (lon, lat), simplified like the seas (a continent)."""
    point = Point(lon, lat)
    part = next(p for p in _polygons(src.land_simple) if p.contains(point))
    return shapely.simplify(part, SEA_TOLERANCE, preserve_topology=True)


def _land_in(src: Sources, *hull: tuple[float, float]) -> BaseGeometry:
    """Every land part whose representative point lies inside the hull."""
    outline = Polygon(hull)
    candidates = [src.land_parts[i] for i in src.land_tree.query(outline)]
    inside = [p for p in candidates if outline.contains(p.representative_point())]
    if not inside:
        return outline.centroid
    return shapely.union_all(inside)


def _clip(src: Sources, bounds: tuple[float, float, float, float], inner: tuple) -> BaseGeometry:
    """Another recipe's geometry cut to a box."""
    return geometry_from_recipe(inner, src).intersection(box(*bounds))


def _land_clip(src: Sources, *hull: tuple[float, float]) -> BaseGeometry:
    """The land inside a drawn outline (a peninsula cut at its neck)."""
    return shapely.make_valid(src.land_simple.intersection(Polygon(hull)))


def _water(src: Sources, *corners: tuple[float, float]) -> BaseGeometry:
    """The drawn polygon minus land, without slivers."""
    water = Polygon(corners).difference(src.land_simple)
    parts = _polygons(water)
    largest = max(p.area for p in parts)
    return shapely.union_all([p for p in parts if p.area >= 0.02 * largest])


def _corridor(src: Sources, km: float, *axis: tuple[float, float]) -> BaseGeometry:
    """A band ``km`` either side of a drawn axis (a trough, a route), minus land."""
    band = buffer_km(LineString(axis), km)
    return shapely.make_valid(band.difference(src.land_simple))


def _box(src: Sources, west: float, south: float, east: float, north: float) -> BaseGeometry:
    return box(west, south, east, north)


def _line(src: Sources, *points: tuple[float, float]) -> BaseGeometry:
    return LineString(points)


def _point(src: Sources, lon: float, lat: float) -> BaseGeometry:
    return Point(lon, lat)


def _ne_place(src: Sources, name: str, iso: str | None, lon: float, lat: float) -> BaseGeometry:
    """The NE populated place of that name near (lon, lat), else the point given."""
    frame = src.layer("populated_places_simple")
    rows = frame[(frame["name"] == name) | (frame["nameascii"] == name)]
    for geometry in rows.geometry:
        if geometry.distance(Point(lon, lat)) < 0.3:
            return Point(round(geometry.x, 5), round(geometry.y, 5))
    return Point(lon, lat)


def _build(src: Sources, name: str) -> BaseGeometry:
    if name in src.built:
        return src.built[name]
    from geo import _gazetteer_zones as zones

    geometry = zones.build(name, src)
    src.built[name] = geometry
    return geometry


_RECIPES: dict[str, Callable[..., BaseGeometry]] = {
    "marine": _marine,
    "region": _region,
    "admin0": _admin0,
    "admin0_union": _admin0_union,
    "admin1": _admin1,
    "island": _island,
    "land_part": _land_part,
    "land_in": _land_in,
    "water": _water,
    "corridor": _corridor,
    "land_clip": _land_clip,
    "clip": _clip,
    "box": _box,
    "point": _point,
    "line": _line,
    "ne_place": _ne_place,
    "build": _build,
}


# --- features --------------------------------------------------------------------------


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def prefecture_specs(src: Sources, taken: set[str]) -> list[Spec]:
    """All 47 prefectures from NE admin-1 (names, geometry recipe)."""
    frame = src.layer("admin_1_states_provinces")
    specs = []
    for row in frame[frame["adm0_a3"] == "JPN"].sort_values("iso_3166_2").itertuples():
        specs.append(_prefecture_spec(row, taken))
    return specs


_COMMON_WORDS = {"Saga"}  # bare "saga" is an English word: only "Saga Prefecture"
_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def _prefecture_spec(row, taken: set[str]) -> Spec:
    plain = _ascii(row.name)
    en = "Tokyo Metropolis" if plain == "Tokyo" else f"{plain} Prefecture"
    suffix = _SUFFIX.get(plain, "ken")
    aliases = [f"{plain} Prefecture", f"{row.name} Prefecture", f"{plain} prefectural"]
    if suffix:
        aliases.append(f"{plain}-{suffix}")
    if plain.lower() not in taken and plain not in _COMMON_WORDS:
        aliases.extend([plain, row.name])
    aliases = [a for a in dict.fromkeys(aliases) if a != en and a.lower() not in taken]
    return Spec(
        id=f"prefecture.{plain.lower()}", kind="prefecture", name_en=en,
        recipe=("admin1", "JPN", row.name), ja=row.name_ja, zh=row.name_zh, ko=row.name_ko,
        ru=row.name_ru, aliases=tuple(aliases),
        source=f"{NE} admin_1_states_provinces (rebuilt from NE parts; see the NE README)",
        quality="derived", notes=_prefecture_note(plain), precision=4, owner=None,
    )


def _prefecture_note(plain: str) -> str:
    if plain == "Okinawa":
        return ("Natural Earth wrongly puts the Amami Islands here (NE issue #889); the build "
                "moves them to Kagoshima. Includes the Senkaku Islands in Japan's view.")
    if plain == "Kagoshima":
        return "Includes the Amami Islands (moved from Natural Earth's Okinawa, NE issue #889)."
    return ""


def all_specs(src: Sources) -> list[Spec]:
    fixed = [
        *SEAS, *WATERS, *STRAITS, *ISLANDS, *MORE_ISLANDS, *ZONES, *COUNTRIES, *REGIONS,
        *JP_REGIONS, *OTHER_REGIONS, *PENINSULAS, *CITIES, *MORE_CITIES, *BASES, *MORE_BASES,
        *CAPES, *BOUNDARIES, *EXTRA_PLACES, *MORE_PLACES,
    ]
    taken = {name.lower() for s in fixed for name in (s.name_en, *s.aliases)}
    return [*fixed, *prefecture_specs(src, taken)]


def feature_from_spec(spec: Spec, src: Sources) -> dict:
    """One GeoJSON feature (properties = the Feature fields) for ``spec``."""
    geometry = geometry_from_recipe(spec.recipe, src)
    geometry = _fix_prefecture(spec, geometry, src)
    geometry = rfc7946(geometry)
    if geometry.is_empty or not geometry.is_valid:
        raise InputError(f"gazetteer feature {spec.id!r} has an empty or invalid geometry")
    return {
        "type": "Feature",
        "properties": {
            "id": spec.id, "kind": spec.kind, "name_en": spec.name_en, "name_ja": spec.ja,
            "name_zh": spec.zh, "name_ko": spec.ko, "name_ru": spec.ru,
            "aliases": list(spec.aliases), "source": _source(spec, src),
            "source_quality": spec.quality, "notes": spec.notes,
            "geo_precision": spec.precision or _island_precision(geometry),
            "parent": spec.parent, "owner": spec.owner,
        },
        "geometry": mapping(geometry),
    }


def _source(spec: Spec, src: Sources) -> str:
    if spec.source:
        return spec.source
    if spec.recipe[0] == "ne_place":
        return f"{NE} populated_places_simple, else city-centre coordinates"
    if spec.recipe[0] != "build":
        return ""
    from geo import _gazetteer_zones as zones

    return zones.SOURCES.get(spec.recipe[1].split(":")[0], "")


def _island_precision(geometry: BaseGeometry) -> int:
    area = area_km2(geometry)
    if area < 300:
        return 1
    return 2 if area < 5000 else 4


def _fix_prefecture(spec: Spec, geometry: BaseGeometry, src: Sources) -> BaseGeometry:
    """Move the Amami Islands from Okinawa to Kagoshima (Natural Earth issue #889)."""
    if spec.id not in ("prefecture.okinawa", "prefecture.kagoshima"):
        return geometry
    amami = next(s for s in ISLANDS if s.id == "islands.amami")
    hull = Polygon(amami.recipe[1:])
    if spec.id == "prefecture.okinawa":
        return geometry.difference(hull)
    okinawa = _admin1(src, "JPN", "Okinawa")
    return shapely.union_all([geometry, okinawa.intersection(hull)])


def rfc7946(geometry: BaseGeometry) -> BaseGeometry:
    """5-decimal coordinates, valid, counter-clockwise outer rings."""
    geometry = shapely.make_valid(shapely.set_precision(geometry, 1e-5))
    polygons = _polygons(geometry)
    if polygons:
        oriented = [orient(p, 1.0) for p in polygons]
        return oriented[0] if len(oriented) == 1 else MultiPolygon(oriented)
    return geometry


# --- output ----------------------------------------------------------------------------


def collection(features: Iterable[dict]) -> str:
    """An RFC 7946 FeatureCollection, one feature per line."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def basemap_features(src: Sources) -> dict[str, list[dict]]:
    land = [
        {"type": "Feature", "properties": {"featurecla": "Land"}, "geometry": mapping(rfc7946(p))}
        for p in _polygons(src.land_simple)
    ]
    from geo._gazetteer_zones import SENKAKU_BOX, senkaku_group

    coast = src.layer("coastline").clip(AREA)
    lines = shapely.union_all(list(coast.geometry)).difference(SENKAKU_BOX)
    lines = shapely.union_all([lines, senkaku_group(src).boundary])  # at their true positions
    lines = shapely.simplify(lines, LAND_TOLERANCE)
    coastline = [
        {"type": "Feature", "properties": {"featurecla": "Coastline"},
         "geometry": mapping(shapely.set_precision(line, 1e-5))}
        for line in getattr(lines, "geoms", [lines])
        if not line.is_empty
    ]
    return {"land": land, "coastline": coastline}


def build(naturalearth: Path, out: Path) -> list[Path]:
    """Build every feature and the basemap; write them under ``out``."""
    src = Sources(naturalearth)
    features = [feature_from_spec(spec, src) for spec in all_specs(src)]
    ids = [f["properties"]["id"] for f in features]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"duplicate gazetteer ids {duplicates!r}; fix geo/_gazetteer_specs.py")
    written = [write_text_atomic(out / "features.geojson", collection(features))]
    for layer, items in basemap_features(src).items():
        written.append(write_text_atomic(out / "basemap" / f"{layer}.geojson", collection(items)))
    log.info("wrote %d gazetteer features to %s", len(features), out)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naturalearth", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("gazetteer"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for path in build(args.naturalearth, args.out):
        print(f"{path}\t{path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
