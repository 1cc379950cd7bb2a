"""The gazetteer build: metric geometry helpers, recipes, and reproducibility of the data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyproj import Geod
from shapely.geometry import Point, Polygon, shape

from geo._build_gazetteer import (
    Sources,
    all_specs,
    collection,
    feature_from_spec,
    geometry_from_recipe,
    rfc7946,
)
from geo._errors import InputError
from geo._geodesy import area_km2, buffer_km, circle_km, distance_km
from geo._paths import gazetteer_dir

GEOD = Geod(ellps="WGS84")
NATURAL_EARTH = Path(__file__).resolve().parents[2] / "shared" / "data" / "naturalearth"
needs_natural_earth = pytest.mark.skipif(
    not (NATURAL_EARTH / "ne_10m_land.geojson").exists(),
    reason="the Natural Earth extract is not beside the checkout",
)


@pytest.mark.parametrize("lat", [0.0, 26.0, 45.0, 60.0])
def test_buffer_km_is_the_same_distance_on_the_ground_at_any_latitude(lat):
    ring = circle_km(130.0, lat, 22.224)  # 12 nautical miles
    distances = [distance_km((130.0, lat), corner) for corner in ring.exterior.coords]
    assert min(distances) > 22.224 * 0.995 and max(distances) < 22.224 * 1.005


def test_buffer_km_grows_each_part_of_a_multipolygon():
    parts = buffer_km(Point(125, 25).buffer(0.01).union(Point(135, 40).buffer(0.01)), 5)
    assert parts.geom_type == "MultiPolygon" and len(parts.geoms) == 2


def test_area_km2_of_a_one_degree_cell_at_the_equator():
    assert area_km2(Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])) == pytest.approx(12308, rel=0.002)
    assert area_km2(Point(0, 0)) == 0.0


def test_rfc7946_orients_rings_counter_clockwise_and_rounds_to_5_decimals():
    clockwise = Polygon([(0, 0), (0, 1.123456789), (1, 1), (1, 0)])
    fixed = rfc7946(clockwise)
    assert fixed.exterior.is_ccw
    assert (0.0, 1.12346) in list(fixed.exterior.coords)


def test_collection_is_an_rfc7946_feature_collection():
    feature = {
        "type": "Feature",
        "properties": {"id": "x"},
        "geometry": {"type": "Point", "coordinates": [1, 2]},
    }
    parsed = json.loads(collection([feature, feature]))
    assert parsed["type"] == "FeatureCollection" and len(parsed["features"]) == 2
    assert "crs" not in parsed


def test_sources_name_the_folder_when_layers_are_missing(tmp_path):
    with pytest.raises(InputError, match=f"{tmp_path.name}.*ne_10m_"):
        Sources(tmp_path)


@pytest.fixture(scope="module")
def src():
    return Sources(NATURAL_EARTH)


@needs_natural_earth
def test_unknown_recipe_is_refused(src):
    with pytest.raises(InputError, match="unknown gazetteer recipe 'lake'"):
        geometry_from_recipe(("lake", "Biwa"), src)


@needs_natural_earth
def test_island_recipe_takes_the_land_part_at_the_point(src):
    okinawa = geometry_from_recipe(("island", 127.78, 26.35), src)
    assert okinawa.contains(Point(127.68, 26.21))  # Naha
    assert 1000 < area_km2(okinawa) < 1400
    assert geometry_from_recipe(("island", 150.0, 30.0), src).equals(Point(150.0, 30.0))


@needs_natural_earth
def test_corridor_recipe_is_a_band_either_side_of_its_axis_without_land(src):
    band = geometry_from_recipe(("corridor", 50.0, (127.0, 27.6), (126.4, 26.8)), src)
    for side in (1, -1):  # 36 km either side of the middle of the axis, across it: inside
        assert band.contains(Point(126.7 + side * 0.28, 27.2 - side * 0.21))
    assert not band.contains(Point(127.4, 26.675))  # 90 km off the axis
    assert not band.intersects(Point(127.23, 26.59))  # Aguni Island is land


@needs_natural_earth
def test_land_part_recipe_is_the_whole_mainland_and_no_island(src):
    mainland = geometry_from_recipe(("land_part", 120.0, 45.0), src)
    for lon, lat in ((116.4, 39.9), (127.0, 37.5), (135.07, 48.48), (121.4, 31.2)):
        assert mainland.contains(Point(lon, lat))  # Beijing, Seoul, Khabarovsk, Shanghai
    for lon, lat in ((139.7, 35.7), (121.0, 23.8), (142.8, 49.5)):
        assert not mainland.contains(Point(lon, lat))  # Tokyo, Taiwan, Sakhalin


@needs_natural_earth
def test_shimoji_and_irabu_split_the_one_natural_earth_outline(src):
    specs = {s.id: s for s in all_specs(src)}
    shimoji = geometry_from_recipe(specs["island.shimoji"].recipe, src)
    irabu = geometry_from_recipe(specs["island.irabu"].recipe, src)
    whole = geometry_from_recipe(("island", 125.20, 24.84), src)
    assert shimoji.intersection(irabu).area < 1e-9
    assert abs(shimoji.area + irabu.area - whole.area) < 1e-9
    assert shimoji.centroid.x < irabu.centroid.x
    assert shimoji.buffer(0.01).contains(Point(125.144, 24.826))  # the airport runway
    assert 5 < area_km2(shimoji) < 12


@needs_natural_earth
def test_water_recipe_cuts_out_land(src):
    water = geometry_from_recipe(
        ("water", (127.0, 25.5), (128.5, 25.5), (128.5, 27.0), (127.0, 27.0)), src
    )
    assert not water.contains(Point(127.78, 26.35))  # Okinawa Island
    assert water.contains(Point(127.3, 25.7))


@needs_natural_earth
@pytest.mark.parametrize(
    "feature_id",
    [
        "strait.miyako",
        "adiz.cn-ecs",
        "island.okinawa",
        "prefecture.kagoshima",
        "islands.senkaku",
        "island.shimoji",
        "sea.okinawa-trough",
        "region.asia-mainland",
    ],
)
def test_the_committed_features_are_what_the_build_makes(src, feature_id):
    spec = next(s for s in all_specs(src) if s.id == feature_id)
    built = feature_from_spec(spec, src)
    committed = json.loads((gazetteer_dir() / "features.geojson").read_text(encoding="utf-8"))
    item = next(f for f in committed["features"] if f["properties"]["id"] == feature_id)
    assert item["properties"] == built["properties"]
    assert shape(item["geometry"]).equals_exact(shape(built["geometry"]), 1e-6)
