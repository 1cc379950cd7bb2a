import csv
import json
import subprocess
from dataclasses import replace

import pytest
from _render_samples import SCRIPT_QUOTE, sample_frame
from shapely.geometry import LineString, Polygon, shape

from geo._map_geometry import rfc7946_geometry, unwrap_longitudes
from geo.export import CSV_COLUMNS, export_incidents


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    paths = export_incidents(sample_frame(), out)
    return out, paths


def _geojson(out):
    return json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))


def _features_by_id(out):
    return {f["id"]: f for f in _geojson(out)["features"]}


def test_writes_the_four_files(exported):
    out, paths = exported
    assert [p.name for p in paths] == [
        "incidents.geojson",
        "incidents.gpkg",
        "incidents.kml",
        "incidents.csv",
    ]
    assert all(p.stat().st_size > 0 for p in paths)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary leftovers


def test_geojson_is_rfc7946_without_crs(exported):
    out, _ = exported
    collection = _geojson(out)
    assert "crs" not in collection
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 5
    for feature in collection["features"]:
        assert "crs" not in feature
        minx, _, maxx, _ = shape(feature["geometry"]).bounds
        assert -180 <= minx <= maxx <= 180


def _rings(geometry):
    polygons = getattr(geometry, "geoms", [geometry])
    for polygon in polygons:
        yield True, polygon.exterior
        for hole in polygon.interiors:
            yield False, hole


def test_outer_rings_counter_clockwise_and_holes_clockwise():
    clockwise_with_hole = Polygon(
        [(130, 30), (130, 35), (135, 35), (135, 30)],
        [[(131, 31), (132, 31), (132, 32), (131, 32)]],
    )
    oriented = rfc7946_geometry(clockwise_with_hole)
    outer = [ring.is_ccw for is_outer, ring in _rings(oriented) if is_outer]
    holes = [ring.is_ccw for is_outer, ring in _rings(oriented) if not is_outer]
    assert outer == [True]
    assert holes == [False]


def test_exported_polygons_have_ccw_outer_rings(exported):
    out, _ = exported
    features = _features_by_id(out)
    for ident in ("inc-area", "inc-multi"):
        geometry = shape(features[ident]["geometry"])
        assert all(ring.is_ccw for is_outer, ring in _rings(geometry) if is_outer)


def test_alaska_route_is_split_at_the_antimeridian(exported):
    out, _ = exported
    geometry = _features_by_id(out)["inc-alaska"]["geometry"]
    assert geometry["type"] == "MultiLineString"
    west, east = geometry["coordinates"]
    assert west[0] == [170.0, 67.0] and west[-1][0] == 180.0
    assert east[0][0] == -180.0 and east[-1] == [-165.0, 58.0]
    assert all(-180 <= x <= 180 for part in geometry["coordinates"] for x, _ in part)


def test_antimeridian_polygon_split_into_two_ccw_parts():
    across = Polygon([(175, 50), (-170, 50), (-170, 55), (175, 55)])
    split = rfc7946_geometry(across)
    assert split.geom_type == "MultiPolygon"
    assert sorted(round(p.area, 6) for p in split.geoms) == [25.0, 50.0]
    assert all(p.exterior.is_ccw for p in split.geoms)
    assert split.bounds[0] >= -180 and split.bounds[2] <= 180


def test_unwrap_keeps_ordinary_geometry_and_joins_the_far_side():
    near_japan = LineString([(130, 30), (140, 35)])
    assert unwrap_longitudes(near_japan).equals(near_japan)
    across = LineString([(170, 66), (-165, 60)])
    assert list(unwrap_longitudes(across).coords) == [(170, 66), (195, 60)]


def test_geojson_properties_keep_design_names_and_arrays(exported):
    out, _ = exported
    properties = _features_by_id(out)["inc-route"]["properties"]
    assert properties["actors"] == ["CN", "RU"]
    assert properties["place_ids"] == ["sea.japan", "sea.east-china", "sea.philippine"]
    assert properties["count"] == 6 and properties["geo_precision"] == 5
    assert properties["sources"][0]["publisher"] == "O'Brien & Sons Daily"
    assert set(properties) >= {
        "id",
        "type",
        "date",
        "date_end",
        "date_precision",
        "role",
        "reason",
        "assets",
    }
    point = _features_by_id(out)["inc-point"]["properties"]
    assert point["sources"][0]["quote"] == SCRIPT_QUOTE


def test_csv_one_row_per_incident_with_acled_columns(exported):
    out, _ = exported
    with (out / "incidents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == 5
    point = by_id["inc-point"]
    assert (float(point["latitude"]), float(point["longitude"])) == (25.75, 123.5)
    assert point["time_precision"] == "1" and point["event_date"] == "2022-03-04"
    assert point["notes"] == SCRIPT_QUOTE
    area = by_id["inc-area"]
    assert area["event_date"] == "2022-09-01" and area["time_precision"] == "3"
    assert (area["actor1"], area["actor2"]) == ("China", "Russia")
    alaska = by_id["inc-alaska"]
    assert -180 <= float(alaska["longitude"]) <= 180
    assert 58 < float(alaska["latitude"]) < 67  # on the route, not on the far side of the world


def test_empty_frame_gives_empty_valid_files(tmp_path):
    paths = export_incidents(sample_frame().iloc[0:0], tmp_path)
    assert _geojson(tmp_path) == {"type": "FeatureCollection", "features": []}
    assert (tmp_path / "incidents.csv").read_text(encoding="utf-8").count("\n") == 1
    assert len(paths) == 4


def _ogrinfo(path):
    return subprocess.run(
        ["ogrinfo", "-al", "-so", str(path)], capture_output=True, text=True, check=False
    )


@pytest.mark.gdal
@pytest.mark.parametrize("name", ["incidents.geojson", "incidents.gpkg", "incidents.kml"])
def test_ogrinfo_reads_exports_without_warnings(exported, name):
    out, _ = exported
    result = _ogrinfo(out / name)
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    assert "Feature Count: 5" in result.stdout
    assert "Extent: (-180.000000, 25.750000) - (180.000000, 67.000000)" in result.stdout


def test_distinct_geometries_groups_equal_shapes_once():
    from shapely.geometry import Point, box

    from geo.records import distinct_geometries

    sea = box(128, 35, 140, 45)
    index, shapes = distinct_geometries(
        [sea, box(128, 35, 140, 45), None, Point(130, 40), sea, Point(130, 40.5), None]
    )
    assert index == [0, 0, 1, 2, 0, 3, 1]
    assert shapes[0].equals(sea) and shapes[1] is None and len(shapes) == 4


def test_shared_shapes_export_like_separate_ones(tmp_path):
    from geo.records import frame_from_incidents, incidents_from_frame

    incidents = incidents_from_frame(sample_frame())
    twice = [*incidents, *(replace(i, id=i.id + "-copy") for i in incidents)]
    export_incidents(frame_from_incidents(twice), tmp_path)
    features = _features_by_id(tmp_path)
    for incident in incidents:
        assert features[incident.id]["geometry"] == features[incident.id + "-copy"]["geometry"]
