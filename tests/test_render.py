import json
import re

import pandas as pd
import pytest
from _render_samples import SCRIPT_QUOTE, sample_basemap, sample_frame, sample_gazetteer

from geo._errors import ContractError, InputError
from geo._map_data import day_span, map_data_from_frame
from geo.records import distinct_geometries
from geo.render import render_map


def _render(tmp_path, frame=None, **options):
    options.setdefault("title", "Incidents around Japan, 2022")
    options.setdefault("period", "2022")
    path = render_map(
        sample_frame() if frame is None else frame,
        tmp_path / "map.html",
        gazetteer=sample_gazetteer(),
        basemap=sample_basemap(),
        **options,
    )
    return path, path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return _render(tmp_path_factory.mktemp("render"))[1]


def test_writes_one_html_file_atomically(tmp_path):
    path, html = _render(tmp_path)
    assert path == tmp_path / "map.html"
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_links_nothing_on_any_network(page):
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page
    assert "bootstrap" not in page and "font-awesome" not in page.lower()
    assert "L.tileLayer" not in page
    assert "url(images/" not in page  # Leaflet's stylesheet images are data: URIs


def test_inlines_leaflet_and_markercluster(page):
    assert "Leaflet 1.9.3" in page
    assert "MarkerClusterGroup" in page
    assert "data:image/png;base64," in page


def test_article_text_is_escaped_never_markup(page):
    assert SCRIPT_QUOTE not in page
    assert "<script>alert(1)</script>" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "<b>Uotsuri</b>" not in page
    assert "O\\u0027Brien \\u0026 Sons Daily" in page
    assert "{{ 7*7 }}" in page  # article text is not a template


def test_no_jinja_runs_on_article_text(page):
    assert "low 49." not in page


def test_names_the_layers_and_the_time_control(page):
    for name in (
        "Land",
        "Coastline",
        "Air defence identification zones",
        "Territorial seas",
        "Contiguous zones",
        "Seas",
        "Straits and channels",
        "Incident markers (clustered)",
        "Routes, with direction",
        "Uncertainty areas",
    ):
        assert name in page, name
    assert "geo-from" in page and "geo-to" in page and "geo-slider" in page and "geo-play" in page
    assert "preferCanvas" in page and "markerClusterGroup" in page


def test_title_is_escaped_and_holds_the_year(tmp_path):
    _, html = _render(tmp_path, title="Incidents <2022> & more")
    assert "Incidents &lt;2022&gt; &amp; more" in html


def _embedded_data(page):
    start = page.index('{"type":"FeatureCollection","features":')
    return json.JSONDecoder().raw_decode(page, start)[0]


def test_embedded_data_holds_every_placed_incident(page):
    data = _embedded_data(page)
    assert sorted(f["properties"]["id"] for f in data["features"]) == sorted(
        ["inc-point", "inc-route", "inc-area", "inc-multi", "inc-alaska"]
    )
    assert len(data["areas"]) == 2
    assert len(data["articles"]) == 5


def _map_data(frame):
    return map_data_from_frame(frame, *distinct_geometries(frame.geometry))


def test_map_data_writes_each_article_once():
    frame = sample_frame()
    doubled = frame.copy()
    doubled["id"] = doubled["id"] + "-again"
    data = _map_data(pd.concat([frame, doubled], ignore_index=True))
    assert len(data["features"]) == 10
    assert len(data["articles"]) == 5
    route = next(f for f in data["features"] if f["properties"]["id"] == "inc-route-again")
    (source,) = route["properties"]["sources"]
    assert data["articles"][source["article"]]["publisher"] == "O'Brien & Sons Daily"
    assert "count" in route["properties"] and "date_end" not in route["properties"]


def test_map_data_keeps_antimeridian_route_continuous():
    data = _map_data(sample_frame())
    alaska = next(f for f in data["features"] if f["properties"]["id"] == "inc-alaska")
    assert alaska["geometry"]["type"] == "LineString"
    assert [x for x, _ in alaska["geometry"]["coordinates"]] == [170.0, 180.0, 195.0]


def test_map_data_draws_areas_as_marker_plus_shared_area():
    data = _map_data(sample_frame())
    area = next(f for f in data["features"] if f["properties"]["id"] == "inc-area")
    assert area["geometry"]["type"] == "Point"
    assert data["areas"][area["properties"]["area"]]["type"] == "Polygon"


@pytest.mark.parametrize(
    ("start", "end", "span"),
    [
        ("2022-03-04", None, ("2022-03-04", "2022-03-04")),
        ("2022-09", None, ("2022-09-01", "2022-09-30")),
        ("2022", None, ("2022-01-01", "2022-12-31")),
        ("2022-06-15", "2022-06-17", ("2022-06-15", "2022-06-17")),
        (None, None, (None, None)),
    ],
)
def test_day_span_covers_the_whole_period(start, end, span):
    from datetime import date

    def days(iso):
        return None if iso is None else (date.fromisoformat(iso) - date(1970, 1, 1)).days

    assert day_span(start, end) == (days(span[0]), days(span[1]))


def test_empty_year_gets_a_map_that_says_so(tmp_path):
    path, html = _render(tmp_path, frame=sample_frame().iloc[0:0], period="2024")
    assert path.exists()
    assert "No incidents in 2024 in this corpus" in html
    assert "Air defence identification zones" in html


def test_tiles_url_adds_a_tile_layer_for_online_users(tmp_path):
    _, html = _render(tmp_path, tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    assert "L.tileLayer" in html and "tiles.example.org" in html


def test_bad_tiles_url_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="tile URL"):
        _render(tmp_path, tiles="tiles.example.org")


def test_broken_frame_is_refused(tmp_path):
    frame = sample_frame()
    frame.loc[0, "type"] = "parade"
    with pytest.raises(ContractError, match="unknown types"):
        _render(tmp_path, frame=frame)
    assert not (tmp_path / "map.html").exists()


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    """A store holding the embedded sample corpus (ingested on first use)."""
    return tmp_path_factory.mktemp("store") / "store.gpkg"


def _run_render(store, out, *args):
    from typer.testing import CliRunner

    from geo.cli import app

    return CliRunner().invoke(app, ["render", *args, "--store", str(store), "--out", str(out)])


def test_render_command_writes_map_and_exports(cli_store, tmp_path):
    result = _run_render(cli_store, tmp_path, "--year", "2021")
    assert result.exit_code == 0, result.output
    for name in (
        "map.html",
        "incidents.geojson",
        "incidents.gpkg",
        "incidents.kml",
        "incidents.csv",
    ):
        assert f"wrote {tmp_path / name}" in result.output
    count = len(json.loads((tmp_path / "incidents.geojson").read_text())["features"])
    assert count > 0
    assert f"{count} incidents (2021)" in result.output
    assert "Military activity around Japan: 2021" in (tmp_path / "map.html").read_text()


def test_render_command_year_without_incidents(cli_store, tmp_path):
    result = _run_render(cli_store, tmp_path, "--year", "1999")
    assert result.exit_code == 0, result.output
    assert "0 incidents (1999)" in result.output
    assert "No incidents in 1999 in this corpus" in (tmp_path / "map.html").read_text()
    assert json.loads((tmp_path / "incidents.geojson").read_text())["features"] == []


def test_render_command_bad_tiles_is_one_line(cli_store, tmp_path):
    result = _run_render(cli_store, tmp_path, "--year", "2021", "--tiles", "not-a-url")
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: tile URL 'not-a-url'")
    assert not (tmp_path / "map.html").exists()


def test_a_plain_table_is_refused(tmp_path):
    frame = pd.DataFrame(sample_frame().drop(columns="geometry"))
    with pytest.raises(ContractError, match="needs the incident GeoDataFrame"):
        _render(tmp_path, frame=frame)
