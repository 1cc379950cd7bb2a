import csv
import io
from dataclasses import replace

import pytest
from shapely.geometry import LineString, Point, box

from geo.charts import area_chart, cjk_font_family, most_touched, timeline_chart
from geo.gazetteer import Gazetteer
from geo.records import Feature, Incident, Source, frame_from_incidents
from geo.summary import (
    actor_key,
    change,
    closest_approach_km,
    counts_by_area,
    csv_from_summary,
    markdown_from_summary,
    route_length_km,
    summary_from_frame,
    write_summaries,
)

# One degree of longitude along the equator on WGS84: a * pi / 180.
EQUATOR_DEGREE_KM = 6378.137 * 3.141592653589793 / 180  # 111.3195 km
# One degree of latitude from 30 to 31 N on WGS84 (meridian arc, computed by hand from
# M = a(1 - e^2) / (1 - e^2 sin^2 phi)^1.5 at phi = 30.5 degrees).
MERIDIAN_30_31_KM = 110.86


def _gazetteer():
    return Gazetteer([
        Feature("sea.west", "sea", "West Sea", box(125, 30, 130, 36),
                name_ja="西海", name_zh="西海", name_ko="서해"),
        Feature("sea.east", "sea", "Sea of Japan", box(130, 30, 136, 36),
                name_ja="日本海", name_zh="日本海", name_ko="동해"),
        Feature("strait.narrow", "strait", "Narrow Strait", LineString([(131, 29), (131, 31)])),
        Feature("adiz.jp", "adiz", "Japan ADIZ", box(128, 28, 145, 45), owner="JP"),
        Feature("country.jp", "country", "Japan", box(137, 33, 140, 38)),
        Feature("territorial_sea.jp", "territorial_sea", "Japan territorial sea",
                box(136.8, 32.8, 140.2, 38.2)),
        Feature("city.far", "city", "Far City", Point(126, 31)),
    ])


def _incident(ident, kind, day, geometry, actors=("CN", "RU"), role="primary"):
    source = Source(doc="seed", quote="A sentence.", start=0, end=11,
                    url="https://example.org/a", publisher="Example", published=day)
    return Incident(ident, kind, day, "day" if len(day) == 10 else "month", geometry, 3,
                    role=role, actors=actors, sources=(source,))


def _frame():
    return frame_from_incidents([
        # a route from the West Sea into the Sea of Japan across the strait line
        _incident("route", "joint_air_patrol", "2022-05-24",
                  LineString([(127, 30.5), (133, 30.5)])),
        _incident("west", "joint_naval_patrol", "2022-05-30", Point(126, 35)),
        _incident("east", "strait_transit", "2022-11", Point(134, 35), actors=("CN",)),
        _incident("japan", "scramble", "2022-11-02", Point(139, 35), actors=("JP",),
                  role="response"),
    ])


def test_route_crossing_two_seas_counts_in_both():
    areas = {a.area_id: a for a in counts_by_area(_frame(), _gazetteer())}
    assert areas["sea.west"].incident_ids == ("route", "west")
    assert areas["sea.east"].incident_ids == ("east", "route")
    assert areas["strait.narrow"].incident_ids == ("route",)
    assert areas["adiz.jp"].incidents == 3  # all but the point west of 128 E
    assert "city.far" not in areas
    assert areas["sea.east"].label == "Sea of Japan / 日本海 / 동해"
    assert [a.group for a in counts_by_area(_frame(), _gazetteer())] == [
        "sea", "sea", "strait", "zone", "zone"]


def test_an_area_that_only_shares_a_border_does_not_count():
    # the West Sea polygon ends where the Sea of Japan begins (130 E): a polygon incident
    # filling the West Sea touches the Sea of Japan along that border and no more
    frame = frame_from_incidents([
        _incident("west-area", "joint_naval_exercise", "2022-06", box(125, 30, 130, 36)),
        _incident("reaching", "joint_naval_exercise", "2022-07", box(128, 30, 131, 36)),
    ])
    areas = {a.area_id: a for a in counts_by_area(frame, _gazetteer())}
    assert areas["sea.west"].incident_ids == ("reaching", "west-area")
    assert areas["sea.east"].incident_ids == ("reaching",)


def test_closest_approach_along_the_equator_is_one_degree():
    assert closest_approach_km(Point(1, 0), box(2, -1, 3, 1)) == pytest.approx(
        EQUATOR_DEGREE_KM, abs=0.05)


def test_closest_approach_along_a_meridian_known_to_the_kilometre():
    assert closest_approach_km(Point(135, 30), box(134, 31, 136, 32)) == pytest.approx(
        MERIDIAN_30_31_KM, abs=0.05)


def test_closest_approach_across_the_antimeridian():
    assert closest_approach_km(Point(-179.5, 0), box(179, -1, 179.5, 1)) == pytest.approx(
        EQUATOR_DEGREE_KM, abs=0.05)


def test_closest_approach_of_a_route_uses_its_nearest_vertex_and_is_zero_inside():
    route = LineString([(135, 25), (135, 30), (125, 30)])
    assert closest_approach_km(route, box(134, 31, 136, 32)) == pytest.approx(
        MERIDIAN_30_31_KM, abs=0.05)
    assert closest_approach_km(Point(135, 31.5), box(134, 31, 136, 32)) == 0.0


def test_route_length_is_geodesic():
    line = LineString([(0, 0), (1, 0), (3, 0)])
    assert route_length_km(line) == pytest.approx(3 * EQUATOR_DEGREE_KM, abs=0.01)
    assert route_length_km(Point(1, 1)) is None
    assert route_length_km(None) is None


def test_joint_actors_are_counted_apart():
    summary = summary_from_frame(_frame(), _gazetteer())
    assert summary.by_actor == {"CN+RU": 2, "CN": 1, "JP": 1}
    assert actor_key(["RU", "CN"]) == "CN+RU"
    assert actor_key([]) == "unknown"


def test_counts_by_type_month_and_distances():
    summary = summary_from_frame(_frame(), _gazetteer())
    assert summary.total == 4
    assert summary.period == ("2022-05-24", "2022-11-02")
    assert summary.by_type == {"joint_air_patrol": 1, "joint_naval_patrol": 1,
                               "strait_transit": 1, "scramble": 1}
    assert summary.by_month == {"2022-05": 2, "2022-11": 2}
    assert summary.by_type_month[("strait_transit", "2022-11")] == 1
    assert summary.by_role == {"primary": 3, "response": 1}
    distances = {d.incident_id: d for d in summary.distances}
    assert distances["japan"].land_km == 0.0
    # (134, 35) is 3 degrees of longitude west of Japan's box at 137 E; 2.8 of its sea
    assert distances["east"].land_km == pytest.approx(273.8, abs=1.0)
    assert distances["east"].territorial_sea_km == pytest.approx(255.5, abs=1.0)
    # 6 degrees along the parallel 30.5 N span 575.99 km; the geodesic is a little shorter
    assert 575.5 < distances["route"].route_km < 575.99
    assert distances["west"].route_km is None


def test_change_against_previous_year():
    previous = frame_from_incidents([
        _incident("old", "joint_air_patrol", "2021-11-19", LineString([(127, 31), (129, 31)])),
        _incident("old2", "joint_air_patrol", "2021-12-01", Point(126, 33)),
    ])
    summary = summary_from_frame(_frame(), _gazetteer(), previous)
    assert summary.previous.by_type == {"joint_air_patrol": 2}
    assert summary.previous.distances == ()
    rows = list(csv.DictReader(io.StringIO(csv_from_summary(summary))))
    change_rows = {(r["section"], r["key"]): r["value"] for r in rows
                   if r["section"].startswith("change")}
    assert change_rows[("change_total", "incidents")] == "2"
    assert change_rows[("change_by_type", "joint_air_patrol")] == "-1"
    assert change_rows[("change_by_type", "scramble")] == "1"
    assert change_rows[("change_by_area", "sea.west")] == "0"
    assert change(3, 2) == "+1 (+50%)"
    assert change(2, 0) == "+2 (new)"
    assert "| Joint air patrol | 1 | 2 | -1 (-50%) |" in markdown_from_summary(summary)


def test_csv_is_a_tidy_long_table():
    rows = list(csv.DictReader(io.StringIO(csv_from_summary(
        summary_from_frame(_frame(), _gazetteer())))))
    assert list(rows[0]) == ["section", "key", "subkey", "label", "value", "unit"]
    by = {(r["section"], r["key"], r["subkey"]): r for r in rows}
    assert by[("by_area", "sea.east", "sea")]["value"] == "2"
    assert by[("by_actor", "CN+RU", "")]["label"] == "CN+RU (joint)"
    assert by[("closest_approach_land", "japan", "")]["value"] == "0.0"
    assert by[("route_length", "route", "")]["unit"] == "km"


def test_write_summaries_writes_every_file(tmp_path):
    paths = write_summaries(_frame(), tmp_path, _gazetteer())
    assert [p.name for p in paths] == ["summary.md", "summary.csv", "timeline.png", "areas.png"]
    text = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "Sea of Japan / 日本海 / 동해" in text
    assert "azimuthal equidistant" in text and "tidy long table" in text
    for name in ("timeline.png", "areas.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_empty_frame_summary_says_so(tmp_path):
    empty = frame_from_incidents([])
    write_summaries(empty, tmp_path, _gazetteer())
    assert "No incidents for the period." in (tmp_path / "summary.md").read_text()


def test_chart_font_has_japanese_chinese_and_korean_glyphs(tmp_path):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    family = cjk_font_family()
    assert "CJK" in family, "install fonts-noto-cjk"
    font = FT2Font(font_manager.findfont(family, fallback_to_default=False))
    for char in "日本海東シナ海东海동해동중국해":
        assert font.get_char_index(ord(char)) != 0, char
    # drawing the labels raises on any missing glyph (filterwarnings = error)
    areas = counts_by_area(_frame(), _gazetteer())
    area_chart(areas, tmp_path / "areas.png")
    timeline_chart(_frame(), tmp_path / "timeline.png")


def test_area_chart_keeps_the_most_touched_of_each_group():
    areas = counts_by_area(_frame(), _gazetteer())
    assert [a.area_id for a in most_touched(areas, 1)] == ["sea.east", "strait.narrow", "adiz.jp"]


def test_the_period_runs_to_the_last_day_of_the_last_incident():
    week = replace(_incident("week", "joint_air_patrol", "2022-05-23", Point(133, 35)),
                   date_precision="week", date_end="2022-05-26")
    summary = summary_from_frame(frame_from_incidents([week]), _gazetteer(), distances=False)
    assert summary.period == ("2022-05-23", "2022-05-26")
