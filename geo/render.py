"""The incident map: one self-contained, offline HTML page (folium + Leaflet, inlined).

``render_map`` validates the incident frame, turns it into the data the page embeds
(``geo._map_data``), assembles the page from small folium elements (``geo._map_layers``)
on a map that links nothing (``geo._map_assets``) and writes it atomically. The page
opens with no network: Leaflet and Leaflet.markercluster are inlined, the basemap is the
gazetteer's land and coastline as vector layers, and no tile layer is added unless a
``tiles`` URL is given.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import folium

from geo import _map_style as style
from geo._errors import ContractError, InputError
from geo._io import write_text_atomic
from geo._map_assets import offline_map
from geo._map_data import (
    basemap_data_from_frame,
    map_data_from_frame,
    reference_data_from_features,
)
from geo._map_layers import (
    BasemapLayers,
    IncidentLayers,
    LayerPanel,
    Legend,
    MapCore,
    ReferenceLayers,
    TimeControl,
    TitleBox,
)
from geo.records import INCIDENT_TYPES, distinct_geometries, validate_incident_frame

log = logging.getLogger(__name__)

BASEMAP_ATTRIBUTION = "Basemap: Natural Earth"


def render_map(
    frame,
    path: Path | str,
    *,
    title: str,
    gazetteer,
    tiles: str | None = None,
    period: str | None = None,
    basemap: dict | None = None,
) -> Path:
    """Write the incident map for ``frame`` to ``path`` (map.html) and return the path.

    ``period`` ("2022", "2022-01-01 to 2022-06-30") words the message a map with no
    incidents shows; ``basemap`` maps "land"/"coastline" to GeoDataFrames and defaults to
    the gazetteer's basemap; ``tiles`` is a tile URL template for online users.
    """
    if not hasattr(frame, "geometry"):
        raise ContractError(
            f"render_map needs the incident GeoDataFrame, got {type(frame).__name__!r}; "
            "build it with geo.records.frame_from_incidents or Store.incidents_frame"
        )
    with _collector_paused():
        index, shapes = distinct_geometries(frame.geometry)
        validate_incident_frame(frame, (index, shapes))
        data = map_data_from_frame(frame, index, shapes)
        fmap = _map_with_layers(data, gazetteer, tiles, basemap)
        unplaced = len(frame) - len(data["features"])
        empty = None
        if not len(frame):
            empty = (
                f"No incidents in {period} in this corpus"
                if period
                else "No incidents in this corpus"
            )
        fmap.add_child(TitleBox(title, empty, unplaced))
        page = fmap.get_root().render()
    written = write_text_atomic(path, page)
    log.info("rendered %d incidents to %s", len(frame), written)
    return written


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the page data is built.

    The data is hundreds of thousands of small dicts and lists without cycles; each
    automatic collection would walk every live object again (seconds at 100,000 incidents).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _map_with_layers(data: dict, gazetteer, tiles: str | None, basemap):
    lon = sum(x for x, _ in style.VIEW) / 2
    lat = sum(y for _, y in style.VIEW) / 2
    fmap = offline_map(location=[lat, lon], zoom_start=5, control_scale=True)
    if tiles:
        _tile_layer(tiles).add_to(fmap)
    fmap.add_child(MapCore(_core_options()))
    fmap.add_child(BasemapLayers(_basemap_data(basemap, land_on=not tiles)))
    fmap.add_child(ReferenceLayers(_reference_groups(gazetteer)))
    fmap.add_child(IncidentLayers(data, _incident_options(data)))
    fmap.add_child(LayerPanel())
    fmap.add_child(Legend())
    fmap.add_child(TimeControl())
    return fmap


def _tile_layer(url: str) -> folium.TileLayer:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or "{z}" not in url:
        raise InputError(
            f"tile URL {url!r} is not an http(s) template with {{z}}/{{x}}/{{y}}; "
            "pass one such as https://tile.example.org/{z}/{x}/{y}.png"
        )
    return folium.TileLayer(url, attr=f"Tiles: {parts.netloc}", name="Tiles", control=False)


def _core_options() -> dict:
    return {
        "water": style.WATER,
        "view": style.VIEW,
        "panLimits": style.PAN_LIMITS,
        "minZoom": 2,
        "maxZoom": 12,
    }


def _basemap_data(basemap: dict | None, *, land_on: bool) -> dict:
    frames = basemap if basemap is not None else _gazetteer_basemap()
    return {
        "land": basemap_data_from_frame(frames["land"]),
        "coastline": basemap_data_from_frame(frames["coastline"], simplify=0.01),
        "landStyle": style.LAND,
        "coastStyle": style.COASTLINE,
        "landOn": land_on,
        "attribution": BASEMAP_ATTRIBUTION,
    }


def _gazetteer_basemap() -> dict:
    from geo.gazetteer import basemap_frame

    return {layer: basemap_frame(layer) for layer in ("land", "coastline")}


def _reference_groups(gazetteer) -> list[dict]:
    groups = []
    for kinds, label, path_style, on in style.REFERENCE_LAYERS:
        features = reference_data_from_features(gazetteer.of_kind(*kinds))
        if features:
            groups.append({"label": label, "style": path_style, "on": on, "features": features})
    return groups


def _incident_options(data: dict) -> dict:
    properties = [feature["properties"] for feature in data["features"]]
    present_types = {p["type"] for p in properties}
    present_actors = {a for p in properties for a in (p["actors"] or [""])}
    return {
        "colours": style.TYPE_COLOURS,
        "typeLabels": style.TYPE_LABELS,
        "actorNames": style.ACTOR_NAMES,
        "precisionLabels": style.PRECISION_LABELS,
        "areaColour": style.AREA_COLOUR,
        "areaOpacity": style.AREA_OPACITY,
        "stroke": style.MARKER_STROKE,
        "types": [t for t in INCIDENT_TYPES if t in present_types],
        "actors": sorted(present_actors, key=_actor_order),
        "tmin": min((p["t0"] for p in properties if "t0" in p), default=None),
        "tmax": max((p["t1"] for p in properties if "t1" in p), default=None),
    }


def _actor_order(code: str) -> tuple[int, str]:
    order = list(style.ACTOR_NAMES)
    return (order.index(code) if code in order else len(order), code)
