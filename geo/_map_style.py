"""The map's fixed palette and labels: one colour per incident type, reference layer styles."""

from __future__ import annotations

from geo.records import GEO_PRECISION, INCIDENT_TYPES

#: One colour per incident type, readable on dark-blue water and on light-grey land
#: (markers carry a dark outline).
TYPE_COLOURS: dict[str, str] = {
    "joint_air_patrol": "#e6194b",
    "joint_naval_exercise": "#f58231",
    "joint_naval_patrol": "#ffe119",
    "strait_transit": "#3cb44b",
    "adiz_entry": "#ff6fcf",
    "airspace_violation": "#b65fe0",
    "territorial_waters_entry": "#42d4f4",
    "contiguous_zone_entry": "#8fb3ff",
    "radar_lockon": "#bfef45",
    "carrier_operations": "#dcbeff",
    "missile_launch": "#ff9e80",
    "scramble": "#aaffc3",
    "other": "#f5f5f5",
}
assert set(TYPE_COLOURS) == set(INCIDENT_TYPES)  # a new type needs a colour here

TYPE_LABELS: dict[str, str] = {name: name.replace("_", " ").capitalize() for name in INCIDENT_TYPES}
TYPE_LABELS.update({"adiz_entry": "ADIZ entry", "radar_lockon": "Radar lock-on"})

ACTOR_NAMES: dict[str, str] = {
    "CN": "China",
    "RU": "Russia",
    "JP": "Japan",
    "KR": "South Korea",
    "US": "United States",
    "TW": "Taiwan",
    "KP": "North Korea",
}

PRECISION_LABELS: dict[int, str] = dict(GEO_PRECISION)

WATER = "#15324f"
LAND = {"color": "#c9c9c1", "fillColor": "#d9d9d2", "fillOpacity": 1.0, "weight": 0.4}
COASTLINE = {"color": "#8b8b82", "weight": 0.9, "opacity": 1.0, "fill": False}
MARKER_STROKE = "#1b1b1b"

#: Uncertainty areas: one warm hue, more opaque the more precise the place.
AREA_COLOUR = "#ffd166"
AREA_OPACITY: dict[int, float] = {1: 0.42, 2: 0.36, 3: 0.26, 4: 0.19, 5: 0.14, 6: 0.09, 7: 0.06}

#: Reference layers: (gazetteer kinds, label, Leaflet path style, shown when the map opens).
REFERENCE_LAYERS: tuple[tuple[tuple[str, ...], str, dict, bool], ...] = (
    (
        ("adiz",),
        "Air defence identification zones",
        {"color": "#ffb86b", "weight": 1.6, "dashArray": "8 5", "fillOpacity": 0.03},
        True,
    ),
    (
        ("territorial_sea",),
        "Territorial seas",
        {"color": "#9be7ff", "weight": 1.3, "fillOpacity": 0.10},
        False,
    ),
    (
        ("contiguous_zone",),
        "Contiguous zones",
        {"color": "#9be7ff", "weight": 1.0, "dashArray": "3 4", "fillOpacity": 0.04},
        False,
    ),
    (
        ("sea",),
        "Seas",
        {
            "color": "#d7ecff",
            "weight": 0.8,
            "opacity": 0.6,
            "dashArray": "2 5",
            "fillOpacity": 0.02,
        },
        False,
    ),
    (
        ("strait", "channel"),
        "Straits and channels",
        {"color": "#f1c0e8", "weight": 2.5, "opacity": 0.9, "fillOpacity": 0.15},
        False,
    ),
)

#: Where the map opens: Japan and its approaches, as (lon, lat) south-west and north-east.
VIEW = ((122.0, 24.0), (148.0, 46.0))

#: How far a user may pan, as (lon, lat) south-west and north-east: the basemap's Natural
#: Earth extract starts at 110 E, so the map stops just short of showing land cut off there;
#: east it reaches past the antimeridian to Alaska (routes there are drawn unwrapped).
PAN_LIMITS = ((110.3, -5.0), (235.0, 75.0))
