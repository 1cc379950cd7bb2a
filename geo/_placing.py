"""Where an incident goes on the map: the best place of its clause, a route, or a zone.

- A route: movement through two or more named seas, oceans or straits in one clause ("flew
  over the Sea of Japan and the East China Sea before heading toward the Pacific Ocean") is a
  LineString through those areas in text order, geo_precision 5.
- A zone entry near named islands uses the zone around those islands (the Senkakus' territorial
  sea rather than Japan's) when the gazetteer has one.
- Otherwise the most precise place, preferring the zone kind the incident type names.
Geometry built here is cached per gazetteer ids, so repeated places cost no shapely work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, polylabel

from geo.places import direct_mention
from geo.records import Feature, PlaceMention

_ROUTE_KINDS = frozenset({"sea", "ocean", "strait", "channel"})
_WEAK_KINDS = frozenset({"city", "base", "country", "prefecture", "region"})
_ZONE_KINDS = {
    "adiz_entry": ("adiz",),
    "territorial_waters_entry": ("territorial_sea",),
    "contiguous_zone_entry": ("contiguous_zone",),
    "airspace_violation": ("airspace",),
    "strait_transit": ("strait", "channel"),
}
_MOVEMENT = re.compile(
    r"\b(?:flew|flying|fly|sailed|sailing|head(?:ed|ing)|toward|towards|into|through|from|"
    r"passed|passing|patrolled|before|then|entered|went|moved|transit\w*)\b",
    re.I,
)
_ISLAND_KINDS = frozenset({"island", "island_group"})

#: Route lines by leg ids, with the leg shapes they were drawn through: a hit needs the very
#: same shapes (held here, so identity is safe), so another gazetteer with the same ids
#: (a test's, an analyst's) gets its own line.
_ROUTE_CACHE: dict[tuple[str, ...], tuple[tuple[BaseGeometry, ...], BaseGeometry]] = {}
#: Zones around islands by (gazetteer, kind, island id); the gazetteer is held with the
#: answer so a new gazetteer that reuses a freed one's id() cannot hit a stale entry.
_ZONE_CACHE: dict[tuple[int, str, str], tuple[object, Feature | None]] = {}


@dataclass(frozen=True)
class Placed:
    geometry: BaseGeometry | None
    geo_precision: int | None
    place_ids: tuple[str, ...]
    place_names: tuple[str, ...]
    reason: str


NOWHERE = Placed(None, None, (), (), "no place named in the sentence or its context")


def place_of(kind: str, places, text, draft, gazetteer) -> Placed:
    """The geometry of an incident of type ``kind`` read from ``places`` (its clause)."""
    strong = [p for p in places if p.relation is not None or p.kind not in _WEAK_KINDS]
    usable = [p for p in places if _usable(p, strong)]
    if not usable:
        return NOWHERE
    zone = _zone_near_islands(kind, usable, text, draft, gazetteer)
    if zone is not None:
        return zone
    clause = " ".join([draft.clause_text] + [text.article.text[a:b] for a, b in draft.sources[1:]])
    route = _route(kind, usable, clause)
    if route is not None:
        return route
    best = min(usable, key=lambda p: _rank(kind, p))
    how = f"'{best.text}'" + (
        f" ({best.relation}, ~{best.uncertainty_km:g} km)"
        if best.relation and best.uncertainty_km
        else (f" ({best.relation})" if best.relation else "")
    )
    ids, names = (best.feature_id,), (best.name_en,)
    zone_anchors = [a for a in best.anchors if best.relation == best.kind and a in gazetteer]
    if len(zone_anchors) > 1:  # 'their air defence identification zones': Japan's and Korea's
        ids = tuple(zone_anchors)
        names = tuple(gazetteer.get(a).name_en for a in zone_anchors)
    return Placed(best.geometry, best.geo_precision, ids, names, f"{how} -> {' + '.join(ids)}")


def _usable(place: PlaceMention, strong: list[PlaceMention]) -> bool:
    """``strong``: the places of the clause that are not a city, country or region alone."""
    if place.geometry is None or place.geometry.is_empty:
        return False
    if place.relation == "between" and all(a.startswith("country.") for a in place.anchors):
        return False  # 'cooperation between Russia and China' places nothing
    # ``place in strong`` without comparing mentions field by field: a place equal to a
    # strong one is strong itself
    return not strong or place.relation is not None or place.kind not in _WEAK_KINDS


def _rank(kind: str, place: PlaceMention) -> tuple:
    preferred = _ZONE_KINDS.get(kind, ())
    gap = kind == "strait_transit" and place.relation == "between"  # the gap it passed
    zone_first = (
        0
        if (gap or place.kind in preferred or any(k in place.feature_id for k in preferred))
        else 1
    )
    weak = 1 if place.kind in _WEAK_KINDS and place.relation is None else 0
    return (weak, zone_first, place.geo_precision, place.start)


def _route(kind: str, places, clause: str) -> Placed | None:
    if kind == "strait_transit":
        return None
    preferred = _ZONE_KINDS.get(kind, ())
    if any(p.kind in preferred for p in places):
        return None  # an ADIZ entry is placed in the zone, not along the seas it crossed
    legs: list[PlaceMention] = []
    ids_seen: list[str] = []
    for place in places:
        leg_id = _leg_id(place)
        if leg_id is not None and leg_id not in ids_seen:
            legs.append(place)
            ids_seen.append(leg_id)
    if len(legs) < 2 or not _MOVEMENT.search(clause):
        return None
    ids = tuple(ids_seen)
    areas = tuple(p.geometry for p in legs)
    cached = _ROUTE_CACHE.get(ids)
    if cached is not None and all(a is b for a, b in zip(cached[0], areas, strict=True)):
        geometry = cached[1]
    else:
        geometry = _route_line(list(areas))
        _ROUTE_CACHE[ids] = (areas, geometry)
    names = tuple(p.name_en for p in legs)
    return Placed(geometry, 5, ids, names, "route " + " -> ".join(names))


def _leg_id(place: PlaceMention) -> str | None:
    """A route leg: a named sea, ocean or strait (or the airspace over one)."""
    if place.kind not in _ROUTE_KINDS:
        return None
    if place.relation is None:
        return place.feature_id
    if place.relation == "airspace" and len(place.anchors) == 1:
        return place.anchors[0]
    return None


_PULL_DEGREES = 1.5

#: A sea up to this size (square degrees: the Sea of Japan is ~112, the Sea of Okhotsk ~220)
#: is drawn through its visual centre; a larger one (the Philippine Sea, the Pacific) through
#: its point nearest the neighbouring leg, since its centre lies far from any route near Japan.
_BOUNDED_SQ_DEGREES = 250.0


def _route_line(areas: list[BaseGeometry]) -> LineString:
    """A line through the areas in order.

    A bounded area (a sea, a strait) contributes its visual centre (the pole of
    inaccessibility of its largest part); a vast one (an ocean) its point nearest the
    neighbouring leg, pulled inside by up to 1.5 degrees so the vertex lies in the area.
    """
    centres = [_centre(area) if area.area <= _BOUNDED_SQ_DEGREES else None for area in areas]
    points: list[Point] = []
    for index, area in enumerate(areas):
        centre = centres[index]
        if centre is None:
            later = (c for c in centres[index + 1 :] if c is not None)
            neighbour = points[-1] if points else next(later, None)
            centre = _pulled_inside(area, neighbour) if neighbour else area.representative_point()
        points.append(centre)
    return LineString([(p.x, p.y) for p in points])


def _centre(area: BaseGeometry) -> Point:
    largest = max(getattr(area, "geoms", [area]), key=lambda part: part.area)
    if largest.geom_type != "Polygon":
        return largest.representative_point()
    centre = polylabel(largest, tolerance=0.05)
    return centre if area.contains(centre) else area.representative_point()


def _pulled_inside(area: BaseGeometry, neighbour: Point) -> Point:
    inside = area.representative_point()
    edge = nearest_points(area, neighbour)[0]
    dx, dy = inside.x - edge.x, inside.y - edge.y
    length = (dx * dx + dy * dy) ** 0.5
    step = min(_PULL_DEGREES, length) / length if length else 0.0
    pulled = Point(edge.x + step * dx, edge.y + step * dy)
    return pulled if area.contains(pulled) else edge


def _zone_near_islands(kind, places, text, draft, gazetteer) -> Placed | None:
    """'Japanese territorial waters near the disputed islands': the zone around those islands."""
    zone_kinds = _ZONE_KINDS.get(kind, ())
    if kind not in ("territorial_waters_entry", "contiguous_zone_entry"):
        return None
    first = text.spans[max(0, draft.sentence - 3)][0]
    islands = [p for p in text.places_in(first, draft.end) if p.kind in _ISLAND_KINDS]
    for island in reversed(islands):
        zone = _zone_around(gazetteer, zone_kinds[0], island)
        if zone is not None:
            return Placed(
                zone.geometry,
                zone.geo_precision,
                (zone.id,),
                (zone.name_en,),
                f"'{island.text}' -> {zone.id} (the {zone_kinds[0].replace('_', ' ')} "
                f"around {island.name_en})",
            )
    return None


def _zone_around(gazetteer, zone_kind: str, island: PlaceMention) -> Feature | None:
    key = (id(gazetteer), zone_kind, island.feature_id)
    cached = _ZONE_CACHE.get(key)
    if cached is None or cached[0] is not gazetteer:
        found = [
            f
            for f in gazetteer.of_kind(zone_kind)
            if f.geometry.intersects(island.geometry) and f.geometry.area < 20.0
        ]
        cached = (gazetteer, min(found, key=lambda f: f.geometry.area) if found else None)
        _ZONE_CACHE[key] = cached
    return cached[1]


def mention_of_feature(feature: Feature, at: int, text: str = "") -> PlaceMention:
    """A place mention standing for a whole gazetteer feature (a zone named by its owner)."""
    return direct_mention(text or feature.name_en, at, at, feature, "zone named by its owner")
