"""Leaflet and Leaflet.markercluster inlined into the map page, read from the XStatic packages.

folium links its scripts and styles from CDNs, which leaves a blank page offline. The map
drops those links (``offline_map``) and this element puts the library files themselves in
the page header; the images the Leaflet stylesheet points to become data: URIs.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

import folium

from geo._map_layers import PageElement, page_template

_CSS_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def _markercluster_dir() -> Path:
    import xstatic.pkg.leaflet_markercluster as markercluster

    return Path(markercluster.BASE_DIR)


def _script_safe(text: str) -> str:
    """Library text that cannot close the element it is inlined in."""
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _inline_images(css: str, base: Path) -> str:
    """Replace ``url(images/x.png)`` with the image itself as a data: URI."""
    return _CSS_URL.sub(lambda m: f"url({_data_uri(base / m.group(2))})", css)


@lru_cache(maxsize=1)
def library_assets() -> dict[str, str]:
    """The CSS and JS text to inline (read once per process)."""
    leaflet, cluster = _leaflet_dir(), _markercluster_dir()
    css = _inline_images((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet)
    css += "\n" + (cluster / "MarkerCluster.css").read_text(encoding="utf-8")
    js = (leaflet / "leaflet.js").read_text(encoding="utf-8")
    js += "\n;\n" + (cluster / "leaflet.markercluster.js").read_text(encoding="utf-8")
    return {"css": _script_safe(css), "js": _script_safe(js)}


class InlineLibraries(PageElement):
    """Leaflet and Leaflet.markercluster, inlined in the page header."""

    _template = page_template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.assets.css }}</style>
        <script>{{ this.assets.js }}</script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__("InlineLibraries", assets=library_assets())


def offline_map(**options) -> folium.Map:
    """A folium Map that links nothing: no CDN script or style, no tile layer."""
    fmap = folium.Map(tiles=None, prefer_canvas=True, **options)
    fmap.default_js = []  # per instance: folium's class lists link CDNs
    fmap.default_css = []
    fmap.add_child(InlineLibraries())
    return fmap
