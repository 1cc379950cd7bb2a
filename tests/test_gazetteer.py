"""The packaged gazetteer: completeness, geometry against published facts, export, CLI."""

from __future__ import annotations

import json
import math
import subprocess

import geopandas as gpd
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import LineString, Point
from typer.testing import CliRunner

from geo._errors import InputError, PlaceNotFoundError
from geo._geodesy import area_km2
from geo._paths import gazetteer_dir
from geo.cli import app
from geo.gazetteer import (
    KINDS,
    basemap_frame,
    describe_feature,
    export_gazetteer,
    load_gazetteer,
)

GEOD = Geod(ellps="WGS84")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km between (lon, lat) points."""
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000


def dm(degrees: int, minutes: float) -> float:
    return degrees + minutes / 60


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def land():
    return shapely.union_all(list(basemap_frame("land").geometry))


# --- contract -----------------------------------------------------------------------------


def test_every_feature_has_the_required_fields_and_a_valid_geometry(gaz):
    problems = []
    for f in gaz:
        if f.kind not in KINDS:
            problems.append((f.id, "kind", f.kind))
        if not (f.name_en and f.source):
            problems.append((f.id, "name/source"))
        if f.source_quality not in ("official", "derived", "approximate"):
            problems.append((f.id, "source_quality", f.source_quality))
        if f.geometry.is_empty or not f.geometry.is_valid:
            problems.append((f.id, "geometry"))
        if f.geo_precision not in range(1, 8):
            problems.append((f.id, "geo_precision", f.geo_precision))
        if not f.id.startswith(f.id.split(".")[0] + ".") or " " in f.id:
            problems.append((f.id, "id"))
    assert problems == []


def test_ids_in_the_file_are_unique_and_parents_exist(gaz):
    raw = json.loads((gazetteer_dir() / "features.geojson").read_text(encoding="utf-8"))
    ids = [item["properties"]["id"] for item in raw["features"]]
    assert len(ids) == len(set(ids))
    assert raw.get("crs") is None  # RFC 7946
    assert [f.id for f in gaz if f.parent and f.parent not in gaz] == []


def test_the_agreed_ids_exist(gaz):
    agreed = [
        "sea.japan",
        "sea.east-china",
        "sea.yellow",
        "sea.philippine",
        "sea.okhotsk",
        "sea.bering",
        "sea.chukchi",
        "sea.south-china",
        "ocean.pacific",
        "region.asia-pacific",
        "strait.tsugaru",
        "strait.soya",
        "strait.korea",
        "channel.tsushima-east",
        "channel.tsushima-west",
        "strait.osumi",
        "strait.tokara",
        "strait.miyako",
        "strait.yonaguni-iriomote",
        "strait.taiwan",
        "channel.bashi",
        "strait.tatar",
        "strait.nemuro",
        "islands.senkaku",
        "island.uotsuri",
        "island.okinawa",
        "islands.ryukyu",
        "island.miyako",
        "island.ishigaki",
        "island.hokkaido",
        "island.honshu",
        "island.kyushu",
        "island.shikoku",
        "island.taiwan",
        "island.sakhalin",
        "islands.kuril",
        "island.liancourt",
        "island.jeju",
        "adiz.jp",
        "adiz.kr",
        "adiz.cn-ecs",
        "adiz.tw",
        "territorial_sea.jp",
        "contiguous_zone.jp",
        "eez.jp",
        "territorial_sea.senkaku",
        "contiguous_zone.senkaku",
        "airspace.kr",
        "country.jp",
        "country.cn",
        "country.ru",
        "country.kr",
        "country.kp",
        "country.tw",
        "country.us",
        "prefecture.okinawa",
        "city.tokyo",
        "city.naha",
        "city.vladivostok",
        "cape.shionomisaki",
    ]
    assert [i for i in agreed if i not in gaz] == []


def test_all_47_prefectures_are_polygons(gaz):
    prefectures = gaz.of_kind("prefecture")
    assert len(prefectures) == 47
    assert all(p.geometry.geom_type in ("Polygon", "MultiPolygon") for p in prefectures)
    assert gaz.get("prefecture.tokyo").name_ja == "東京都"


def test_polygon_rings_are_counter_clockwise(gaz):
    for f in gaz.of_kind("sea", "strait", "adiz", "island_group"):
        for polygon in getattr(f.geometry, "geoms", [f.geometry]):
            assert polygon.exterior.is_ccw, f.id


# --- geometry against the facts -----------------------------------------------------------

CN_ADIZ_OFFICIAL = [  # PRC statement of 23 Nov 2013, (lon, lat)
    (dm(121, 47), dm(33, 11)),
    (dm(125, 0), dm(33, 11)),
    (dm(128, 20), dm(31, 0)),
    (dm(125, 0), dm(25, 38)),
    (dm(123, 0), dm(24, 45)),
    (dm(120, 58), dm(26, 44)),
]


@pytest.mark.parametrize("vertex", CN_ADIZ_OFFICIAL)
def test_each_cn_ecs_adiz_vertex_is_within_1_km_of_the_official_point(gaz, vertex):
    ring = gaz.get("adiz.cn-ecs").geometry.exterior.coords
    assert min(km(vertex, corner) for corner in ring) < 1.0


def test_cn_ecs_adiz_landward_side_follows_the_coast_not_a_straight_line(gaz):
    zone = gaz.get("adiz.cn-ecs").geometry
    assert zone.contains(Point(123.5, 28.5))
    assert zone.contains(Point(122.7, 30.5))  # east of Zhoushan, inside the straight 1-6 chord
    assert not zone.contains(Point(121.5, 29.0))  # the Zhejiang coast
    assert zone.contains(Point(123.48, 25.75))  # the Senkaku airspace lies inside


SENKAKU = {  # OPRF/GSI (degrees, minutes), Diaoyu Dao and Kuba/Huangwei Yu from the PRC SOA
    "island.uotsuri": (dm(123, 28.4), dm(25, 44.6)),
    "island.kita-kojima": (dm(123, 32), dm(25, 43)),
    "island.minami-kojima": (dm(123, 33), dm(25, 43)),
    "island.kuba": (dm(123, 40.9), dm(25, 55.4)),
    "island.taisho": (dm(124, 33), dm(25, 55)),
    "island.oki-no-kita-iwa": (dm(123, 32), dm(25, 46)),
    "island.oki-no-minami-iwa": (dm(123, 34), dm(25, 45)),
    "island.tobise": (dm(123, 30), dm(25, 44)),
}


@pytest.mark.parametrize("feature_id", sorted(SENKAKU))
def test_each_senkaku_island_is_within_2_km_of_its_published_position(gaz, feature_id):
    shape = gaz.get(feature_id).geometry
    centre = shape.representative_point()
    assert km((centre.x, centre.y), SENKAKU[feature_id]) < 2.0
    assert gaz.get(feature_id).parent == "islands.senkaku"
    assert gaz.get("islands.senkaku").geometry.contains(centre)


def test_senkaku_zones_are_12_and_24_nautical_miles(gaz):
    uotsuri = SENKAKU["island.uotsuri"]
    sea = gaz.get("territorial_sea.senkaku").geometry
    zone = gaz.get("contiguous_zone.senkaku").geometry
    east = GEOD.fwd(uotsuri[0], uotsuri[1], 200, 1000 * 1.852 * 10)[:2]  # 10 nm off, south
    far = GEOD.fwd(uotsuri[0], uotsuri[1], 200, 1000 * 1.852 * 18)[:2]
    beyond = GEOD.fwd(uotsuri[0], uotsuri[1], 200, 1000 * 1.852 * 27)[:2]
    assert sea.contains(Point(east)) and not zone.contains(Point(east))
    assert zone.contains(Point(far)) and not sea.contains(Point(far))
    assert not zone.contains(Point(beyond)) and not sea.contains(Point(beyond))


def test_liancourt_rocks_sit_on_the_surveyed_islets(gaz):
    rocks = gaz.get("island.liancourt").geometry
    for islet in [(131.86956, 37.24078), (131.86517, 37.24183)]:
        assert rocks.distance(Point(islet)) < 0.002


SEA_POINTS = {
    "sea.japan": (135.0, 40.0),
    "sea.east-china": (125.0, 29.0),
    "sea.philippine": (130.0, 20.0),
    "sea.okhotsk": (148.0, 50.0),
    "sea.yellow": (123.0, 35.5),
    "sea.south-china": (115.0, 15.0),
    "sea.bering": (-175.0, 58.0),
    "ocean.pacific": (150.0, 35.0),
    "ocean.western-pacific": (135.0, 25.0),
}


@pytest.mark.parametrize("feature_id", sorted(SEA_POINTS))
def test_seas_contain_a_known_sea_point_and_no_land(gaz, land, feature_id):
    sea = gaz.get(feature_id).geometry
    assert sea.contains(Point(SEA_POINTS[feature_id]))
    overlap = area_km2(sea.intersection(land))
    assert overlap < 1.0, f"{feature_id} covers {overlap:.1f} km² of land"


def test_no_water_feature_covers_land(gaz, land):
    for f in gaz.of_kind("strait", "channel", "territorial_sea", "contiguous_zone"):
        assert area_km2(f.geometry.intersection(land)) < 1.0, f.id


HEADLANDS = {  # (lon, lat) pairs across each strait
    "strait.tsugaru": ((140.343, 41.258), (140.205, 41.398)),  # Tappi - Shirakami
    "strait.soya": ((141.9367, 45.5225), (142.0833, 45.9)),  # Cape Soya - Cape Crillon
    "strait.osumi": ((130.6617, 30.9861), (130.885, 30.84)),  # Cape Sata - Kishikazaki
    "strait.miyako": ((127.6689, 26.0781), (125.47, 24.72)),  # Kyan - Higashi-hennazaki
    "strait.yonaguni-iriomote": ((123.045, 24.435), (123.685, 24.345)),
    "channel.bashi": ((121.6102, 21.95), (121.9517, 21.1131)),  # Lesser Orchid - Mavulis
    "channel.tsushima-west": ((129.48, 34.70), (129.04, 35.10)),  # Tsushima - Busan
    "channel.tsushima-east": ((129.20, 34.10), (129.72, 33.78)),  # Tsushima - Iki
    "strait.tatar": ((141.51, 52.20), (141.65, 52.22)),  # Cape Lazarev - Cape Pogibi
    "strait.nemuro": ((145.33, 44.345), (145.60, 44.20)),  # Shiretoko - Kunashiri
    "strait.tokara": ((130.50, 30.25), (129.92, 29.97)),  # Yakushima - Kuchinoshima
    "strait.taiwan": ((120.20, 23.50), (119.50, 24.50)),
}


@pytest.mark.parametrize("feature_id", sorted(HEADLANDS))
def test_straits_lie_between_their_headlands(gaz, feature_id):
    water = gaz.get(feature_id).geometry
    a, b = HEADLANDS[feature_id]
    assert water.intersects(LineString([a, b]))
    midpoint = Point((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert water.distance(midpoint) < 0.05
    assert water.geom_type in ("Polygon", "MultiPolygon")


def test_the_channels_split_the_korea_strait_at_tsushima(gaz):
    east = gaz.get("channel.tsushima-east").geometry
    west = gaz.get("channel.tsushima-west").geometry
    strait = gaz.get("strait.korea").geometry
    assert east.intersection(west).area < 1e-6
    assert math.isclose(east.area + west.area, strait.area, rel_tol=0.02)
    assert west.contains(Point(129.2, 34.9)) and east.contains(Point(129.9, 34.0))


def test_japan_territorial_sea_is_3_nm_in_the_specified_straits(gaz):
    sea = gaz.get("territorial_sea.jp").geometry
    zone = gaz.get("contiguous_zone.jp").geometry
    middle_of_tsugaru = Point(140.6667, 41.5083)  # facts: representative point
    assert not sea.contains(middle_of_tsugaru) and zone.contains(middle_of_tsugaru)
    off_okinawa = GEOD.fwd(127.95, 26.62, 120, 1000 * 1.852 * 8)[:2]  # 8 nm SE of the coast
    assert sea.buffer(0.01).contains(Point(off_okinawa))
    assert gaz.get("airspace.jp").geometry.contains(Point(139.69, 35.69))  # Tokyo


def test_japan_eez_reaches_the_remote_islands_and_stops_at_median_lines(gaz):
    eez = gaz.get("eez.jp").geometry
    assert eez.contains(Point(136.0, 19.0))  # south of Okinotorishima
    assert eez.contains(Point(154.5, 26.0))  # Minamitorishima
    assert not eez.contains(Point(124.5, 29.0))  # China's side of the East China Sea
    assert not eez.contains(Point(130.0, 37.0))  # Korea's side of the Sea of Japan


def test_adizs_cover_their_known_areas(gaz):
    assert gaz.get("adiz.kr").geometry.contains(Point(125.1828, 32.1228))  # Ieodo since 2013
    assert gaz.get("adiz.jp").geometry.contains(Point(127.5, 26.0))
    assert gaz.get("adiz.jp").geometry.contains(Point(122.95, 24.45))  # Yonaguni, 2010 bulge
    assert gaz.get("adiz.tw").geometry.contains(Point(121.0, 23.5))
    owners = {f.id: f.owner for f in gaz.of_kind("adiz")}
    assert owners == {"adiz.cn-ecs": "CN", "adiz.jp": "JP", "adiz.kr": "KR", "adiz.tw": "TW"}


def test_islands_and_places_are_where_they_should_be(gaz):
    checks = {
        "island.okinawa": (127.78, 26.35),
        "island.miyako": (125.30, 24.77),
        "island.sado": (138.38, 38.05),
        "island.tsushima": (129.33, 34.40),
        "prefecture.okinawa": (127.68, 26.21),
        "prefecture.kagoshima": (129.40, 28.30),  # Amami Oshima, moved from NE's Okinawa
        "region.korean-peninsula": (127.0, 37.5),
        "country.tw": (121.0, 23.8),
    }
    for fid, (lon, lat) in checks.items():
        assert gaz.get(fid).geometry.buffer(0.02).contains(Point(lon, lat)), fid
    assert not gaz.get("prefecture.okinawa").geometry.contains(Point(129.40, 28.30))
    assert km(gaz.get("city.vladivostok").geometry.coords[0], (131.89, 43.12)) < 10


# --- names --------------------------------------------------------------------------------


def test_disputed_places_carry_every_sides_names(gaz):
    senkaku = gaz.get("islands.senkaku")
    assert {"Senkakus", "Diaoyu Islands", "Diaoyutai", "Tiaoyutai"} <= set(senkaku.aliases)
    assert (senkaku.name_ja, senkaku.name_zh) == ("尖閣諸島", "钓鱼岛及其附属岛屿")
    rocks = gaz.get("island.liancourt")
    assert {"Takeshima", "Dokdo"} <= set(rocks.aliases) and rocks.name_ko == "독도"
    kurils = gaz.get("islands.northern-territories")
    assert {"Northern Territories", "Southern Kurils"} <= set(kurils.names)
    assert "East Sea" in gaz.get("sea.japan").aliases
    assert "West Sea" in gaz.get("sea.yellow").aliases
    assert {"Ieodo", "Suyan Rock"} <= set(gaz.get("island.ieodo").aliases)
    for f in (senkaku, rocks, kurils):
        assert f.owner is None
        assert "administered by" in f.notes.lower() and "claimed by" in f.notes.lower()


def test_bare_ambiguous_names_sit_on_the_most_natural_reading(gaz):
    owners = {
        name: [f.id for f in gaz if name in f.names]
        for name in ("Miyako", "Okinawa", "Tsushima", "Hokkaido")
    }
    assert owners == {
        "Miyako": ["island.miyako"],
        "Okinawa": ["island.okinawa"],
        "Tsushima": ["island.tsushima"],
        "Hokkaido": ["island.hokkaido"],
    }
    assert "Miyako Strait" in gaz.get("strait.miyako").names


def test_aliases_are_distinctive(gaz):
    banned = {
        "japanese",
        "chinese",
        "korean",
        "russian",
        "east",
        "west",
        "south",
        "north",
        "sea",
        "strait",
        "island",
        "islands",
        "the",
        "us",
        "japan's",
        "china's",
        "bay",
        "anchorage",
        "pacific fleet",
    }
    seen: dict[str, str] = {}
    clashes = []
    for f in gaz:  # names in other scripts may repeat (a prefecture and its capital city)
        for name in (f.name_en, *f.aliases):
            assert name.strip() == name and name.lower() not in banned, (f.id, name)
            other = seen.setdefault(name.lower(), f.id)
            if other != f.id and name.lower() not in SHARED_NAMES:
                clashes.append((name, other, f.id))
    assert clashes == []


#: Names two places really share; the text around them chooses (tests/test_places.py).
SHARED_NAMES = frozenset({"oshima island"})


# --- loading, export, CLI -----------------------------------------------------------------


def test_basemap_layers_load_in_wgs84_and_cover_japan():
    land = basemap_frame("land")
    assert str(land.crs) == "EPSG:4326" and len(land) > 100
    assert land.geometry.contains(Point(139.69, 35.69)).any()
    assert basemap_frame("coastline").geom_type.isin(["LineString", "MultiLineString"]).all()
    with pytest.raises(InputError, match="unknown basemap layer 'rivers'"):
        basemap_frame("rivers")


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_export_round_trips(gaz, tmp_path, suffix):
    path = export_gazetteer(gaz, tmp_path / f"gazetteer{suffix}")
    back = gpd.read_file(path)
    assert len(back) == len(gaz)
    assert set(back["id"]) == {f.id for f in gaz}
    assert back.crs.to_epsg() == 4326
    assert back.set_index("id").loc["strait.miyako", "name_ja"] == "宮古海峡"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary left


@pytest.mark.gdal
def test_exported_geopackage_opens_in_ogrinfo_without_warnings(gaz, tmp_path):
    path = export_gazetteer(gaz, tmp_path / "gazetteer.gpkg")
    result = subprocess.run(
        ["ogrinfo", "-so", str(path), "gazetteer"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stdout + result.stderr
    assert f"Feature Count: {len(gaz)}" in result.stdout


def test_export_refuses_an_unknown_suffix(gaz, tmp_path):
    with pytest.raises(InputError, match=r"gazetteer.*\.txt.*\.geojson or \.gpkg"):
        export_gazetteer(gaz, tmp_path / "gazetteer.txt")
    assert list(tmp_path.iterdir()) == []


def test_describe_feature_reports_bounds_and_area(gaz):
    lines = dict(describe_feature(gaz.get("island.okinawa")))
    assert lines["name_ja"] == "沖縄本島"
    area = float(lines["area_km2"].replace(",", ""))
    assert 1000 < area < 1400  # Okinawa Island is about 1,200 km²


runner = CliRunner()


def test_cli_show_prints_every_field(gaz):
    result = runner.invoke(app, ["gazetteer", "show", "strait.miyako"])
    assert result.exit_code == 0, result.output
    for expected in (
        "Miyako Strait",
        "宮古海峡",
        "Miyako Channel",
        "approximate",
        "bounds:",
        "area_km2:",
    ):
        assert expected in result.output


def test_cli_show_unknown_id_is_one_line_error():
    result = runner.invoke(app, ["gazetteer", "show", "strait.nowhere"])
    assert result.exit_code == 1
    assert "no gazetteer feature with id 'strait.nowhere'" in result.output


def test_cli_export_writes_a_geopackage(tmp_path):
    result = runner.invoke(app, ["gazetteer", "export", str(tmp_path / "g.gpkg")])
    assert result.exit_code == 0, result.output
    assert len(gpd.read_file(tmp_path / "g.gpkg")) > 250


def test_unknown_id_raises_place_not_found(gaz):
    with pytest.raises(PlaceNotFoundError, match="strait.nowhere"):
        gaz.get("strait.nowhere")


def test_load_gazetteer_reports_a_missing_or_broken_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_gazetteer(tmp_path / "absent.geojson")
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_gazetteer(broken)


def test_duplicate_ids_are_refused(tmp_path):
    item = {
        "type": "Feature",
        "properties": {"id": "island.x", "kind": "island", "name_en": "X"},
        "geometry": {"type": "Point", "coordinates": [130.0, 30.0]},
    }
    path = tmp_path / "dup.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item, item]}))
    with pytest.raises(InputError, match="duplicate feature ids"):
        load_gazetteer(path)


def test_median_lines_lie_between_the_coasts(gaz):
    taiwan = gaz.get("boundary.taiwan-strait-median").geometry
    assert taiwan.intersects(gaz.get("strait.taiwan").geometry)
    line = gaz.get("boundary.japan-china-median").geometry
    middle = line.interpolate(0.5, normalized=True)
    japan = gaz.get("country.jp").geometry
    china = gaz.get("country.cn").geometry
    here = (middle.x, middle.y)
    to_japan = min(km(here, c) for p in japan.geoms for c in p.exterior.coords)
    to_china = min(km(here, c) for p in china.geoms for c in p.exterior.coords)
    assert abs(to_japan - to_china) < 0.05 * (to_japan + to_china)
    assert gaz.get("eez.jp").geometry.buffer(0.05).contains(middle)


def test_no_polygon_part_crosses_the_antimeridian(gaz):
    for f in gaz:
        for part in getattr(f.geometry, "geoms", [f.geometry]):
            west, _, east, _ = part.bounds
            assert east - west < 180, f.id


def test_cli_export_refuses_an_unknown_suffix(tmp_path):
    result = runner.invoke(app, ["gazetteer", "export", str(tmp_path / "g.shp")])
    assert result.exit_code == 1
    assert "expected a file ending in .geojson or .gpkg" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("nm", "in_sea", "in_zone"), [(10.5, True, False), (13.5, False, True), (25.5, False, False)]
)
def test_japan_territorial_sea_is_12_and_contiguous_zone_24_nm_off_an_open_coast(
    gaz, nm, in_sea, in_zone
):
    # due south of Cape Shionomisaki, the southern tip of Honshu, open sea
    lon, lat = GEOD.fwd(135.755, 33.435, 180, nm * 1852)[:2]
    assert gaz.get("territorial_sea.jp").geometry.contains(Point(lon, lat)) is in_sea
    assert gaz.get("contiguous_zone.jp").geometry.contains(Point(lon, lat)) is in_zone
    assert gaz.get("eez.jp").geometry.contains(Point(lon, lat))
