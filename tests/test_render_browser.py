"""The map in a real headless Chromium with every network request blocked."""

import pytest
from _render_samples import SCRIPT_QUOTE, sample_basemap, sample_frame, sample_gazetteer

from geo.render import render_map

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Indices of incidents (by id) and of the incident layers drawn now, read from the page.
DRAWN_IDS = """() => {
  const G = window.geoMap, ids = new Set();
  const add = (l) => {
    if (l.geoIndex !== undefined) { ids.add(G.data.features[l.geoIndex].properties.id); }
  };
  G.layers.markers.getLayers().forEach(add);
  if (G.map.hasLayer(G.layers.routes)) { G.layers.routes.getLayers().forEach(add); }
  return Array.from(ids).sort();
}"""


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def opened(browser, tmp_path):
    """The sample map opened offline: (page, attempted network requests, console errors)."""
    path = render_map(
        sample_frame(),
        tmp_path / "map.html",
        title="Incidents around Japan, 2022",
        gazetteer=sample_gazetteer(),
        basemap=sample_basemap(),
        period="2022",
    )
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(15_000)
    attempted, errors = [], []

    def block(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    page.route("**/*", block)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("window.geoMap && window.geoMap.state.drawn > 0")
    yield page, attempted, errors
    page.screenshot(path=str(tmp_path / "map.png"))
    page.close()


def test_loads_offline_without_errors(opened):
    page, attempted, errors = opened
    assert page.evaluate("typeof window.L === 'object' && typeof L.markerClusterGroup")
    assert attempted == []
    assert errors == []


def test_draws_every_incident_in_the_data(opened):
    page, _, _ = opened
    in_data = page.evaluate("geoMap.data.features.map(f => f.properties.id).sort()")
    assert len(in_data) == 5
    assert page.evaluate(DRAWN_IDS) == in_data
    assert page.evaluate("geoMap.state.drawn") == 5
    assert page.evaluate("geoMap.state.drawnAreas") == 2


def test_antimeridian_route_is_one_continuous_line(opened):
    page, _, _ = opened
    longitudes = page.evaluate("""() => {
      const G = window.geoMap;
      const i = G.data.features.findIndex(f => f.properties.id === 'inc-alaska');
      const line = G.layers.routes.getLayers().find(l => l.geoIndex === i && l.getLatLngs);
      return line.getLatLngs().map(p => p.lng);
    }""")
    assert longitudes == [170, 180, 195]


def test_layer_control_lists_the_layers(opened):
    page, _, _ = opened
    labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    text = [label.strip() for label in labels]
    for name in (
        "Land",
        "Coastline",
        "Air defence identification zones",
        "Territorial seas",
        "Seas",
        "Straits and channels",
        "Incident markers (clustered)",
        "Routes, with direction",
        "Uncertainty areas",
        "Joint air patrol",
        "China (CN)",
    ):
        assert name in text, (name, text)
    headings = page.locator(".geo-layer-heading").all_inner_texts()
    assert headings == ["Basemap", "Reference", "Incidents", "Incident types", "Actors"]


MARKER_OF_POINT = """() => {
  const G = window.geoMap;
  const i = G.data.features.findIndex(f => f.properties.id === 'inc-point');
  return G.layers.markers.getLayers().find(l => l.geoIndex === i);
}"""


def test_clicking_a_marker_shows_the_escaped_quote(opened):
    page, _, errors = opened
    page.evaluate(f"""() => {{
      const marker = ({MARKER_OF_POINT})();
      window.geoMap.map.setView(marker.getLatLng(), 8, {{animate: false}});
    }}""")
    # clustering settles after the move: wait until the marker stands on the map by itself
    page.wait_for_function(f"() => window.geoMap.map.hasLayer(({MARKER_OF_POINT})())")
    content = page.locator(".leaflet-popup-content")
    for _ in range(3):  # a click during a late redraw of the canvas can miss: try again
        x, y = page.evaluate(f"""() => {{
          const G = window.geoMap, marker = ({MARKER_OF_POINT})();
          const p = G.map.latLngToContainerPoint(marker.getLatLng());
          const box = G.map.getContainer().getBoundingClientRect();
          return [box.left + p.x, box.top + p.y];
        }}""")
        page.mouse.click(x, y)
        try:
            content.wait_for(timeout=3_000)
            break
        except pytest.importorskip("playwright.sync_api").TimeoutError:
            continue
    assert content.is_visible()
    assert SCRIPT_QUOTE in content.inner_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content.inner_html()
    assert "Uotsuri Island" in content.inner_text()
    assert page.locator(".leaflet-popup-content a").get_attribute("href") == (
        "https://news.example.org/a?x=1&y=2"
    )
    assert errors == []  # the quote's <script> did not run


def test_time_control_hides_incidents_outside_the_range(opened):
    page, _, _ = opened
    page.fill(".geo-to", "2022-04-30")
    page.wait_for_function("geoMap.state.drawn === 1")
    assert page.evaluate(DRAWN_IDS) == ["inc-point"]
    assert page.evaluate("geoMap.state.drawnAreas") == 0
    page.fill(".geo-from", "2022-06-16")
    page.fill(".geo-to", "2022-07-31")
    page.wait_for_function("geoMap.state.drawn === 2")
    assert page.evaluate(DRAWN_IDS) == ["inc-alaska", "inc-multi"]
    assert "showing 2 of 5 incidents" in page.locator(".geo-title-sub").inner_text()
    page.click(".geo-all")
    page.wait_for_function("geoMap.state.drawn === 5")


def test_unticking_a_type_hides_its_incidents(opened):
    page, _, _ = opened
    page.locator(".leaflet-control-layers-overlays label", has_text="Joint air patrol").click()
    page.wait_for_function("geoMap.state.drawn === 4")
    assert "inc-route" not in page.evaluate(DRAWN_IDS)
    legend = page.locator(".geo-legend").inner_text()
    assert "Joint air patrol" not in legend and "Strait transit (1)" in legend


def test_empty_year_map_says_so(browser, tmp_path):
    path = render_map(
        sample_frame().iloc[0:0],
        tmp_path / "map.html",
        title="Incidents around Japan, 2024",
        gazetteer=sample_gazetteer(),
        basemap=sample_basemap(),
        period="2024",
    )
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    assert page.locator(".geo-empty").inner_text() == "No incidents in 2024 in this corpus"
    assert page.evaluate("geoMap.state.total") == 0
    assert errors == []
    page.close()


def test_play_reveals_incidents_in_date_order(opened):
    page, _, errors = opened
    page.fill(".geo-to", "2022-03-04")
    page.wait_for_function("geoMap.state.drawn === 1")
    page.click(".geo-play")
    assert "Pause" in page.locator(".geo-play").inner_text()
    page.wait_for_function("geoMap.state.drawn === 5", timeout=30_000)
    page.wait_for_function("document.querySelector('.geo-play').textContent.includes('Play')")
    assert page.locator(".geo-to").input_value() == "2022-09-30"
    assert errors == []


def test_reference_layers_toggle_with_the_legend(opened):
    page, _, _ = opened
    legend = page.locator(".geo-legend")
    assert "Air defence identification zones" in legend.inner_text()
    assert "Territorial seas" not in legend.inner_text()
    page.locator(".leaflet-control-layers-overlays label", has_text="Territorial seas").click()
    assert "Territorial seas" in legend.inner_text()
    page.locator(".leaflet-control-layers-overlays label", has_text="Air defence").click()
    assert "Air defence identification zones" not in legend.inner_text()


def test_view_stays_within_the_basemap_when_zoomed_out_and_panned(opened):
    page, _, _ = opened
    west = page.evaluate(
        """() => {
      const map = window.geoMap.map;
      map.setZoom(map.getMinZoom(), {animate: false});
      map.panBy([-5000, 0], {animate: false});
      return map.getBounds().getWest();
    }"""
    )
    assert west >= 110.0  # the Natural Earth extract, and so the land, starts at 110 E
