"""The map's own pieces: small folium MacroElements, each with a Jinja template.

Data and options reach the page only through ``tojson`` (which escapes ``<``, ``>``,
``&`` and ``'``); the scripts build every piece of article text into the page with
``textContent``, never as HTML. The elements share one namespace, ``window.geoMap``,
created by :class:`MapCore`: the map, the shared canvas renderer, the overlay registry
the layer control and the legend read, and the incident filter state.
"""

from __future__ import annotations

from typing import cast

from branca.element import Element, Figure, MacroElement
from folium.template import Environment
from jinja2 import Template

# The page embeds megabytes of data: compact JSON, keys in their order, text as UTF-8.
# ``tojson`` still makes it safe inside <script> (it escapes < > & and ').
_ENV = Environment()
_ENV.policies["json.dumps_kwargs"] = {"separators": (",", ":"), "ensure_ascii": False}


def page_template(source: str) -> Template:
    """A Jinja template for one of the map's elements (folium's filters, compact JSON)."""
    return _ENV.from_string(source)


class _Text(Element):
    """Text put into the page as it is.

    branca wraps what a macro renders in an ``Element``, which compiles it as a Jinja
    template a second time: article text holding ``{{ ... }}`` would be evaluated, and
    megabytes of embedded data would be lexed for nothing. This element is never compiled.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class PageElement(MacroElement):
    def __init__(self, name: str, **values) -> None:
        super().__init__()
        self._name = name
        for key, value in values.items():
            setattr(self, key, value)

    def render(self, **kwargs) -> str:
        """Put the header, html and script macros in the page once, without re-templating."""
        figure = cast(Figure, self.get_root())
        module = self._template.module
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            macro = getattr(module, part, None)
            if macro is not None:
                target.add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


class MapCore(PageElement):
    """The shared namespace, helpers, panes, water colour and initial view."""

    _template = page_template(
        r"""
{% macro header(this, kwargs) %}
<style>
body, .leaflet-container { font-family: "Noto Sans", "Noto Sans CJK JP", "Helvetica Neue",
  Arial, "DejaVu Sans", sans-serif; }
.geo-title { position: absolute; top: 10px; left: 50%; transform: translateX(-50%);
  z-index: 1000; background: rgba(255,255,255,0.93); padding: 6px 14px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,0.4); text-align: center; pointer-events: none; }
.geo-title-main { font-size: 17px; font-weight: 700; color: #14243a; }
.geo-title-sub { font-size: 12.5px; color: #38465a; margin-top: 2px; }
.geo-empty { position: absolute; top: 45%; left: 50%; transform: translate(-50%, -50%);
  z-index: 1000; background: rgba(255,255,255,0.95); padding: 14px 22px; border-radius: 8px;
  font-size: 18px; font-weight: 600; color: #14243a; box-shadow: 0 1px 8px rgba(0,0,0,0.5); }
.leaflet-control-layers-list { max-height: 50vh; overflow-y: auto; font-size: 12.5px; }
.leaflet-control-layers-expanded { padding: 6px 10px 6px 8px; }
.geo-layer-heading { font-weight: 700; margin: 6px 0 2px; color: #14243a;
  border-top: 1px solid #ddd; padding-top: 4px; }
.geo-layer-heading:first-child { border-top: none; margin-top: 0; }
.geo-swatch { display: inline-block; width: 14px; height: 10px; margin: 0 6px 0 2px;
  vertical-align: middle; box-sizing: border-box; }
.geo-swatch-dot { width: 11px; height: 11px; border-radius: 50%; border: 1px solid #1b1b1b; }
.geo-swatch-line { height: 0; border-top-width: 3px; border-top-style: solid; }
.geo-swatch-area { border: 1px solid; }
.geo-swatch-ramp { width: 9px; height: 10px; margin: 0; border: 1px solid #c9a440; }
.geo-legend { background: rgba(255,255,255,0.93); padding: 6px 10px; font-size: 12px;
  max-height: 33vh; overflow-y: auto; min-width: 150px; }
.geo-legend-title { font-weight: 700; margin-bottom: 3px; color: #14243a; }
.geo-legend-row { white-space: nowrap; line-height: 18px; }
.geo-time { background: rgba(255,255,255,0.95); padding: 6px 10px; font-size: 12.5px; }
.geo-time-title { font-weight: 700; color: #14243a; margin-bottom: 3px; }
.geo-time-row { display: flex; align-items: center; gap: 6px; margin-top: 4px; }
.geo-time input[type=date] { font-size: 12px; }
.geo-slider { width: 210px; }
.geo-time button { font-size: 12px; cursor: pointer; }
.geo-cluster { background: rgba(255,255,255,0.88); border: 2px solid #1b1b1b; border-radius: 50%;
  color: #14243a; font-weight: 700; font-size: 12px; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 0 4px rgba(255,255,255,0.25); }
.geo-popup { font-size: 12.5px; line-height: 1.35; max-height: 340px; overflow-y: auto; }
.geo-popup-title { font-weight: 700; font-size: 14px; margin-bottom: 4px; }
.geo-popup table { border-collapse: collapse; margin-bottom: 4px; }
.geo-popup th { text-align: left; padding: 1px 8px 1px 0; color: #555; font-weight: 600;
  vertical-align: top; }
.geo-popup td { padding: 1px 0; }
.geo-quote { margin: 6px 0 2px; padding: 2px 8px; border-left: 3px solid #999; color: #222;
  font-style: italic; }
.geo-cite { font-size: 11.5px; color: #444; margin-bottom: 4px; }
.geo-reason { font-size: 11.5px; color: #555; margin-top: 4px; }
.geo-chip { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  border: 1px solid #1b1b1b; margin-right: 6px; vertical-align: -1px; }
</style>
{% endmacro %}

{% macro script(this, kwargs) %}
(function (map, o) {
{% raw %}
  var G = window.geoMap = {map: map, options: o, overlays: [], listeners: [], state: {}};
  // GeoJSON positions are [lon, lat]; Leaflet wants [lat, lon]. This is the only swap.
  G.ll = function (c) { return [c[1], c[0]]; };
  G.lls = function (coords, depth) {
    return depth === 0 ? G.ll(coords) : coords.map(function (c) { return G.lls(c, depth - 1); });
  };
  G.el = function (tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    if (parent) { parent.appendChild(e); }
    return e;
  };
  G.shape = function (g, style) {  // one GeoJSON geometry -> one Leaflet layer
    var c = g.coordinates;
    switch (g.type) {
      case 'Point': return L.circleMarker(G.ll(c), style);
      case 'MultiPoint':
        return L.featureGroup(c.map(function (p) { return L.circleMarker(G.ll(p), style); }));
      case 'LineString': return L.polyline(G.lls(c, 1), style);
      case 'MultiLineString': return L.polyline(G.lls(c, 2), style);
      case 'Polygon': return L.polygon(G.lls(c, 2), style);
      case 'MultiPolygon': return L.polygon(G.lls(c, 3), style);
      default:
        return L.featureGroup((g.geometries || []).map(function (x) { return G.shape(x, style); }));
    }
  };
  G.swatch = function (s) {
    var e = G.el('span', 'geo-swatch geo-swatch-' + s.kind);
    if (s.kind === 'dot') { e.style.background = s.colour; }
    if (s.kind === 'line') {
      e.style.borderTopColor = s.colour;
      e.style.borderTopStyle = s.dash ? 'dashed' : 'solid';
    }
    if (s.kind === 'area') {
      e.style.borderColor = s.colour;
      e.style.background = s.fill || 'transparent';
      if (s.dash) { e.style.borderStyle = 'dashed'; }
    }
    if (s.kind === 'ramp') {
      e.className = '';
      s.steps.forEach(function (a) {
        var b = G.el('span', 'geo-swatch geo-swatch-ramp', null, e);
        b.style.background = s.colour; b.style.opacity = String(Math.min(1, a * 2.2));
      });
    }
    return e;
  };
  G.labelHtml = function (entry) {  // the layer control inserts labels as HTML: build them as DOM
    var s = G.el('span', 'geo-label');
    if (entry.swatch) { s.appendChild(G.swatch(entry.swatch)); }
    G.el('span', null, entry.label, s);
    return s.outerHTML;
  };
  G.addOverlay = function (entry, on) {
    entry.layer.geoGroup = entry.group;
    G.overlays.push(entry);
    if (on) { entry.layer.addTo(map); }
  };
  G.onChange = function (fn) { G.listeners.push(fn); };
  G.changed = function () { G.listeners.forEach(function (fn) { fn(G); }); };
  G.canvas = L.canvas({padding: 0.4, tolerance: 3});
  map.createPane('geoBasemap').style.zIndex = 250;
  G.basemapCanvas = L.canvas({pane: 'geoBasemap', padding: 0.4});
  map.setMaxZoom(o.maxZoom);
  // no panning past the basemap's extent; the least zoom keeps the view inside it
  var limits = L.latLngBounds(G.ll(o.panLimits[0]), G.ll(o.panLimits[1]));
  map.setMaxBounds(limits);
  map.options.maxBoundsViscosity = 1.0;
  map.setMinZoom(Math.max(o.minZoom, map.getBoundsZoom(limits, true)));
  map.getContainer().style.background = o.water;
  map.attributionControl.setPrefix(false);
  map.fitBounds([G.ll(o.view[0]), G.ll(o.view[1])]);
{% endraw %}
})({{ this._parent.get_name() }}, {{ this.options|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, options: dict) -> None:
        super().__init__("MapCore", options=options)


class BasemapLayers(PageElement):
    """Land (filled) and coastline, vector layers from the gazetteer's basemap."""

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G, d) {
{% raw %}
  function layer(features, style) {
    var group = L.layerGroup([], {attribution: d.attribution});
    var opts = Object.assign({renderer: G.basemapCanvas, interactive: false}, style);
    features.forEach(function (f) { group.addLayer(G.shape(f.geometry, opts)); });
    return group;
  }
  G.addOverlay({group: 'Basemap', label: 'Land', layer: layer(d.land, d.landStyle)}, d.landOn);
  var coast = layer(d.coastline, d.coastStyle);
  G.addOverlay({group: 'Basemap', label: 'Coastline', layer: coast}, true);
{% endraw %}
})(window.geoMap, {{ this.data|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, data: dict) -> None:
        super().__init__("BasemapLayers", data=data)


class ReferenceLayers(PageElement):
    """ADIZs, territorial seas, contiguous zones, seas, straits: named, toggleable."""

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G, groups) {
{% raw %}
  groups.forEach(function (grp) {
    var layer = L.featureGroup();
    var style = Object.assign({renderer: G.canvas, fill: true}, grp.style);
    grp.features.forEach(function (f) {
      var shape = G.shape(f.geometry, style), p = f.properties;
      var name = p.name + (p.aka.length ? ' (' + p.aka.join(', ') + ')' : '');
      shape.bindTooltip(function () { return G.el('span', null, name); }, {sticky: true});
      layer.addLayer(shape);
    });
    // one canvas holds reference and incident layers: keep the reference ones beneath
    layer.on('add', function () { layer.bringToBack(); });
    var swatch = {kind: 'area', colour: grp.style.color, dash: !!grp.style.dashArray,
                  fill: 'rgba(255,255,255,0.15)'};
    G.addOverlay({group: 'Reference', label: grp.label, layer: layer, swatch: swatch,
                  legend: grp.label}, grp.on);
  });
{% endraw %}
})(window.geoMap, {{ this.groups|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, groups: list[dict]) -> None:
        super().__init__("ReferenceLayers", groups=groups)


class IncidentLayers(PageElement):
    """Incident markers (clustered), routes with arrowheads, uncertainty areas; filterable.

    The incidents are one embedded GeoJSON; layers are built in the browser from it and
    rebuilt (from a per-incident cache) whenever a type, actor or the date range changes.
    """

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G, data, o) {
{% raw %}
  var map = G.map, feats = data.features, S = G.state;
  G.data = data; G.incidentOptions = o;
  S.total = feats.length; S.typeOn = {}; S.actorOn = {}; S.from = o.tmin; S.to = o.tmax;
  S.drawn = 0; S.drawnRoutes = 0; S.drawnMarkers = 0; S.drawnAreas = 0; S.byType = {};

  // markercluster fades markers with these; canvas circle markers have no opacity setter
  L.CircleMarker.include({
    clusterHide: function () {
      this._geoStyle = this._geoStyle ||
        {opacity: this.options.opacity, fillOpacity: this.options.fillOpacity};
      return this.setStyle({opacity: 0, fillOpacity: 0});
    },
    clusterShow: function () { return this._geoStyle ? this.setStyle(this._geoStyle) : this; }
  });
  // A direction arrowhead: a canvas triangle at a point, rotated to the route's heading.
  L.Canvas.include({
    _geoArrow: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx, r = layer._radius;
      ctx.save(); ctx.translate(p.x, p.y); ctx.rotate(layer.options.angle);
      ctx.beginPath(); ctx.moveTo(r, 0); ctx.lineTo(-r, 0.8 * r); ctx.lineTo(-0.4 * r, 0);
      ctx.lineTo(-r, -0.8 * r); ctx.closePath(); ctx.restore();
      this._fillStroke(ctx, layer);
    },
    _geoCased: function (layer) {  // a dark casing under the coloured line
      var opt = layer.options, colour = opt.color, weight = opt.weight, opacity = opt.opacity;
      opt.color = opt.casing; opt.weight = weight + 2.5; opt.opacity = 0.55;
      this._updatePoly(layer);
      opt.color = colour; opt.weight = weight; opt.opacity = opacity;
      this._updatePoly(layer);
    }
  });
  var Arrow = L.CircleMarker.extend({
    _updatePath: function () { this._renderer._geoArrow(this); }
  });
  var Route = L.Polyline.extend({
    _updatePath: function () { this._renderer._geoCased(this); }
  });

  function colour(p) { return o.colours[p.type] || o.colours.other; }
  function heading(a, b) {  // screen angle of a -> b; Web Mercator is conformal: any zoom will do
    var pa = map.project(a, 0), pb = map.project(b, 0);
    return Math.atan2(pb.y - pa.y, pb.x - pa.x);
  }
  function markersOf(i) {
    var g = feats[i].geometry, p = feats[i].properties;
    var coords = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    return coords.map(function (c) {
      var m = L.circleMarker(G.ll(c), {renderer: G.canvas, radius: 6.5, color: o.stroke,
        weight: 1.2, opacity: 1, fillColor: colour(p), fillOpacity: 0.95});
      m.geoIndex = i;
      return m;
    });
  }
  function routeOf(i) {
    var g = feats[i].geometry, c = colour(feats[i].properties), out = [];
    var parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    parts.forEach(function (part) {
      var path = G.lls(part, 1);
      out.push(new Route(path, {renderer: G.canvas, color: c, casing: o.stroke, weight: 3,
                                opacity: 0.95}));
      for (var k = 1; k < path.length; k++) {
        var a = L.latLng(path[k - 1]), b = L.latLng(path[k]);
        var mid = map.unproject(map.project(a, 0).add(map.project(b, 0)).divideBy(2), 0);
        out.push(new Arrow(mid, {renderer: G.canvas, radius: 7.5, angle: heading(a, b),
          color: o.stroke, weight: 1, opacity: 1, fillColor: c, fillOpacity: 1}));
      }
    });
    out.forEach(function (l) { l.geoIndex = i; });
    return out;
  }
  var areaCache = {};
  function areaOf(k, precision, fade) {
    var a = areaCache[k] || (areaCache[k] = G.shape(data.areas[k], {renderer: G.canvas,
      interactive: false, color: o.areaColour, fillColor: o.areaColour, weight: 1}));
    a.setStyle({fillOpacity: (o.areaOpacity[precision] || 0.06) * fade, opacity: 0.75 * fade,
                dashArray: precision >= 5 ? '4 4' : null});
    return a;
  }

  var popup = L.popup({maxWidth: 380, minWidth: 240, autoPanPadding: [30, 60]});
  function row(body, label, value) {
    var none = value === null || value === undefined || value === '';
    if (none || (Array.isArray(value) && !value.length)) { return; }
    var tr = G.el('tr', null, null, body);
    G.el('th', null, label, tr);
    G.el('td', null, Array.isArray(value) ? value.join(', ') : value, tr);
  }
  function when(p) {
    if (!p.date) { return 'undated'; }
    var span = p.date_end && p.date_end !== p.date ? p.date + ' \u2013 ' + p.date_end : p.date;
    return span + ' (' + (p.date_precision || 'precision unknown') + ')';
  }
  function webUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  G.popupContent = function (i) {
    var p = feats[i].properties, box = G.el('div', 'geo-popup');
    var head = G.el('div', 'geo-popup-title', null, box);
    G.el('span', 'geo-chip', null, head).style.background = colour(p);
    G.el('span', null, o.typeLabels[p.type] || p.type, head);
    var body = G.el('tbody', null, null, G.el('table', null, null, box));
    row(body, 'Date', when(p));
    row(body, 'Actors', p.actors.map(function (a) { return o.actorNames[a] || a; }));
    row(body, 'Assets', p.assets);
    row(body, 'Count', p.count);
    row(body, 'Places', p.places);
    if (p.geo_precision != null) {
      var meaning = o.precisionLabels[p.geo_precision] || '';
      row(body, 'Precision', p.geo_precision + ' \u2013 ' + meaning);
    }
    if (p.role) { row(body, 'Role', p.role); }
    p.sources.forEach(function (source) {
      var s = data.articles[source.article] || {};
      G.el('blockquote', 'geo-quote', source.quote, box);
      var cite = G.el('div', 'geo-cite', null, box), url = webUrl(s.url);
      var name = s.publisher || s.doc || url || 'source';
      if (url) {
        var a = G.el('a', null, name, cite);
        a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer'; a.title = url;
      } else { G.el('span', null, name, cite); }
      if (s.published) { G.el('span', null, ', ' + s.published, cite); }
    });
    if (p.reason) { G.el('div', 'geo-reason', 'Placed and dated: ' + p.reason, box); }
    return box;
  };
  function openPopup(e) {
    var i = e.layer ? e.layer.geoIndex : undefined;
    if (i === undefined) { return; }
    popup.setLatLng(e.latlng).setContent(G.popupContent(i)).openOn(map);
  }

  function clusterIcon(cluster) {
    var n = cluster.getChildCount(), size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
    return L.divIcon({html: G.el('span', null, n), className: 'geo-cluster',
                      iconSize: [size, size]});
  }
  var cluster = L.markerClusterGroup({maxClusterRadius: 45, showCoverageOnHover: false,
    spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon, chunkedLoading: false});
  var routes = L.featureGroup(), areas = L.featureGroup();
  cluster.on('click', openPopup);
  routes.on('click', openPopup);
  G.layers = {markers: cluster, routes: routes, areas: areas};

  function shown(p) {
    if (!S.typeOn[p.type]) { return false; }
    var acted = p.actors.length ?
      p.actors.some(function (a) { return S.actorOn[a]; }) : S.actorOn[''];
    if (!acted) { return false; }
    return p.t0 == null || S.from == null || (p.t1 >= S.from && p.t0 <= S.to);
  }
  function replace(group, layers) {
    var on = map.hasLayer(group);
    if (on) { map.removeLayer(group); }
    group.clearLayers();
    layers.forEach(function (l) { group.addLayer(l); });
    if (on) { map.addLayer(group); }
  }
  var cache = new Array(feats.length);
  G.refresh = function () {
    var markers = [], lines = [], precision = {}, byType = {}, n = 0, nRoutes = 0;
    for (var i = 0; i < feats.length; i++) {
      var f = feats[i], p = f.properties;
      if (!shown(p)) { continue; }
      n++; byType[p.type] = (byType[p.type] || 0) + 1;
      var isRoute = f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString';
      var made = cache[i] || (cache[i] = isRoute ? routeOf(i) : markersOf(i));
      if (isRoute) { nRoutes++; Array.prototype.push.apply(lines, made); }
      else { Array.prototype.push.apply(markers, made); }
      if (p.area != null) {
        precision[p.area] = Math.min(precision[p.area] || 99, p.geo_precision || 7);
      }
    }
    cluster.clearLayers();
    cluster.addLayers(markers);
    replace(routes, lines);
    // many overlapping areas would add up to an opaque sheet: fade each as their number grows
    var keys = Object.keys(precision), fade = Math.min(1, 3 / Math.sqrt(Math.max(1, keys.length)));
    replace(areas, keys.map(function (k) { return areaOf(k, precision[k], fade); }));
    S.drawn = n; S.drawnRoutes = nRoutes; S.drawnMarkers = markers.length;
    S.drawnAreas = Object.keys(precision).length; S.byType = byType;
    G.changed();
  };

  // Layers the user toggles. Type and actor entries are switches for the filter.
  function toggle(kind, key, group, label, swatch, count, inLegend) {
    var layer = L.layerGroup();
    layer.geoToggle = [kind, key];
    S[kind][key] = true;
    G.addOverlay({group: group, label: label, layer: layer, swatch: swatch,
                  legend: inLegend === false ? null : label, count: count}, true);
  }
  if (feats.length) {
    var areaSteps = [1, 2, 3, 4, 5, 6, 7].map(function (k) { return o.areaOpacity[k]; });
    G.addOverlay({group: 'Incidents', label: 'Incident markers (clustered)', layer: cluster}, true);
    G.addOverlay({group: 'Incidents', label: 'Routes, with direction', layer: routes,
                  swatch: {kind: 'line', colour: '#5a5a5a'},
                  legend: 'Route (arrow: direction)'}, true);
    G.addOverlay({group: 'Incidents', label: 'Uncertainty areas', layer: areas,
                  swatch: {kind: 'ramp', colour: o.areaColour, steps: areaSteps},
                  legend: 'Uncertainty area: precise \u2192 vague'}, true);
    o.types.forEach(function (t) {
      var swatch = {kind: 'dot', colour: o.colours[t]};
      toggle('typeOn', t, 'Incident types', o.typeLabels[t] || t, swatch, 'type');
    });
    o.actors.forEach(function (a) {
      var label = a ? (o.actorNames[a] || a) + ' (' + a + ')' : 'Actor not stated';
      toggle('actorOn', a, 'Actors', label, null, null, false);
    });
  }
  map.on('overlayadd overlayremove', function (e) {
    var t = e.layer.geoToggle;
    if (t) { S[t[0]][t[1]] = e.type === 'overlayadd'; G.refresh(); } else { G.changed(); }
  });
  G.refresh();
  S.readyAt = performance.now();  // every incident layer built: read by tests and benchmarks
{% endraw %}
})(window.geoMap, {{ this.data|tojson }}, {{ this.options|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, data: dict, options: dict) -> None:
        super().__init__("IncidentLayers", data=data, options=options)


class LayerPanel(PageElement):
    """The layer control, with a heading per group (basemap, reference, incidents...)."""

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G, collapsed) {
{% raw %}
  var Grouped = L.Control.Layers.extend({
    _update: function () {
      this._geoGroup = null;
      return L.Control.Layers.prototype._update.call(this);
    },
    _addItem: function (obj) {
      var group = obj.layer.geoGroup;
      if (obj.overlay && group && group !== this._geoGroup) {
        G.el('div', 'geo-layer-heading', group, this._overlaysList);
        this._geoGroup = group;
      }
      return L.Control.Layers.prototype._addItem.call(this, obj);
    }
  });
  var control = new Grouped(null, null,
    {collapsed: collapsed, position: 'topright', sortLayers: false});
  G.overlays.forEach(function (entry) { control.addOverlay(entry.layer, G.labelHtml(entry)); });
  control.addTo(G.map);
  G.layerControl = control;
{% endraw %}
})(window.geoMap, {{ this.collapsed|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, collapsed: bool = False) -> None:
        super().__init__("LayerPanel", collapsed=collapsed)


class Legend(PageElement):
    """A legend of the layers that are on, with incident counts under the current filter."""

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G) {
{% raw %}
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'geo-legend leaflet-bar');
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(G.map);
  function update() {
    var div = legend.getContainer();
    div.textContent = '';
    G.el('div', 'geo-legend-title', 'Legend', div);
    G.overlays.forEach(function (entry) {
      if (!entry.legend || !G.map.hasLayer(entry.layer)) { return; }
      var r = G.el('div', 'geo-legend-row', null, div);
      if (entry.swatch) { r.appendChild(G.swatch(entry.swatch)); }
      var text = entry.legend;
      if (entry.count === 'type') {
        text += ' (' + (G.state.byType[entry.layer.geoToggle[1]] || 0) + ')';
      }
      G.el('span', null, text, r);
    });
  }
  G.onChange(update);
  update();
{% endraw %}
})(window.geoMap);
{% endmacro %}
"""
    )

    def __init__(self) -> None:
        super().__init__("Legend")


class TimeControl(PageElement):
    """Start and end dates, a slider for the end of the range, and play."""

    _template = page_template(
        r"""
{% macro script(this, kwargs) %}
(function (G) {
{% raw %}
  var S = G.state, o = G.incidentOptions, DAY = 86400000, timer = null;
  if (!o || o.tmin === null) { return; }
  function iso(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function day(s) {
    var t = Date.parse(s + 'T00:00:00Z');
    return isNaN(t) ? null : Math.round(t / DAY);
  }
  function clamp(d) { return Math.max(o.tmin, Math.min(o.tmax, d)); }
  var ui = {};
  function sync() { ui.from.value = iso(S.from); ui.to.value = iso(S.to); ui.slider.value = S.to; }
  function set(from, to) {
    S.from = clamp(from); S.to = Math.max(S.from, clamp(to));
    sync(); G.refresh();
  }
  function stop() { clearTimeout(timer); timer = null; ui.play.textContent = '\u25b6 Play'; }
  function step() {
    var stride = Math.max(1, Math.ceil((o.tmax - S.from) / 60));
    set(S.from, S.to + stride);
    if (S.to >= o.tmax) { stop(); } else { timer = setTimeout(step, 150); }
  }
  var control = L.control({position: 'bottomleft'});
  control.onAdd = function () {
    var div = L.DomUtil.create('div', 'geo-time leaflet-bar');
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    G.el('div', 'geo-time-title', 'Dates shown', div);
    var r1 = G.el('div', 'geo-time-row', null, div);
    ui.from = G.el('input', 'geo-from', null, r1); ui.from.type = 'date';
    G.el('span', null, 'to', r1);
    ui.to = G.el('input', 'geo-to', null, r1); ui.to.type = 'date';
    ui.from.min = ui.to.min = iso(o.tmin); ui.from.max = ui.to.max = iso(o.tmax);
    var r2 = G.el('div', 'geo-time-row', null, div);
    ui.play = G.el('button', 'geo-play', '\u25b6 Play', r2); ui.play.type = 'button';
    ui.play.title = 'Reveal the incidents in date order';
    ui.slider = G.el('input', 'geo-slider', null, r2); ui.slider.type = 'range';
    ui.slider.min = o.tmin; ui.slider.max = o.tmax; ui.slider.step = 1;
    ui.slider.title = 'End of the date range';
    ui.all = G.el('button', 'geo-all', 'All', r2); ui.all.type = 'button';
    ui.from.addEventListener('change', function () {
      var d = day(ui.from.value);
      if (d !== null) { set(d, Math.max(d, S.to)); }
    });
    ui.to.addEventListener('change', function () {
      var d = day(ui.to.value);
      if (d !== null) { set(Math.min(S.from, d), d); }
    });
    ui.slider.addEventListener('input', function () {
      var d = +ui.slider.value;
      set(Math.min(S.from, d), d);
    });
    ui.all.addEventListener('click', function () { stop(); set(o.tmin, o.tmax); });
    ui.play.addEventListener('click', function () {
      if (timer) { stop(); return; }
      ui.play.textContent = '\u275a\u275a Pause';
      set(S.from, S.to >= o.tmax ? S.from : S.to);
      timer = setTimeout(step, 150);
    });
    return div;
  };
  control.addTo(G.map);
  sync();
  G.time = {set: function (from, to) { set(day(from), day(to)); }, iso: iso};
{% endraw %}
})(window.geoMap);
{% endmacro %}
"""
    )

    def __init__(self) -> None:
        super().__init__("TimeControl")


class TitleBox(PageElement):
    """The title, the counts under the current filter, and the no-incident message."""

    _template = page_template(
        r"""
{% macro html(this, kwargs) %}
<div class="geo-title"><div class="geo-title-main">{{ this.title|e }}</div>
<div class="geo-title-sub"></div></div>
{% if this.empty_message %}<div class="geo-empty">{{ this.empty_message|e }}</div>{% endif %}
{% endmacro %}

{% macro script(this, kwargs) %}
(function (G, unplaced) {
{% raw %}
  var sub = document.querySelector('.geo-title-sub');
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function update() {
    var S = G.state, total = S.total || 0, text;
    if (!total) {
      text = unplaced ? plural(unplaced, 'incident') + ' without a location' : '0 incidents';
    } else {
      text = S.drawn === total ? plural(total, 'incident') :
        'showing ' + S.drawn + ' of ' + plural(total, 'incident');
      text += ' \u00b7 ' + plural(S.drawnRoutes, 'route');
      if (G.time && S.from !== null) {
        text += ' \u00b7 ' + G.time.iso(S.from) + ' to ' + G.time.iso(S.to);
      }
      if (unplaced) { text += ' \u00b7 ' + unplaced + ' without a location'; }
    }
    sub.textContent = text;
  }
  G.onChange(update);
  update();
{% endraw %}
})(window.geoMap, {{ this.unplaced|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, title: str, empty_message: str | None, unplaced: int) -> None:
        super().__init__("TitleBox", title=title, empty_message=empty_message, unplaced=unplaced)
