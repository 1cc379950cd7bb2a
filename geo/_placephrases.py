"""Builders of derived place mentions: relative phrases, "between", zones with owners.

Called by :mod:`geo.places` with its reader (the text, the gazetteer, the tokens and the
mentions found so far). Shapes come from :mod:`geo._derived` and are cached per
gazetteer, so a phrase repeated across articles is computed once.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from geo import _derived
from geo.gazetteer import Gazetteer
from geo.records import Feature, PlaceMention

_KM_PER_UNIT = {"k": 1.0, "n": 1.852, "m": 1.609344}
_LAND_KINDS = ("country", "island")
_ZONE_KINDS = ("adiz", "territorial_sea", "contiguous_zone", "eez", "airspace")
_OPEN_KINDS = (
    "sea",
    "ocean",
    "adiz",
    "territorial_sea",
    "contiguous_zone",
    "eez",
    "airspace",
    "strait",
    "channel",
)
_GENERIC = re.compile(r"\b(?:a|an|any|foreign|international|such|other)\s+$", re.IGNORECASE)
_OWNED = re.compile(r"\b(?:its|their|the\s+country['’]s|the\s+nation['’]s)\s+$", re.IGNORECASE)
_ZONE_SUFFIX = re.compile(
    r"^\s+(?:(?P<rel>around|near|surrounding|of|off|over|above|in|outside|at)"
    r"|off\s+the\s+coast\s+of"
    r"|(?:over\s+the\s+sea(?:\s+area)?\s+)?"  # 'airspace over the sea north of X'
    r"(?P<dir>(?:north|south|east|west)(?:[ -]?(?:north|south|east|west)){0,2}"
    r"(?:\s+and\s+(?:north|south|east|west)(?:[ -]?(?:north|south|east|west)){0,2})?)\s+of)"
    r"\s+(?:the\s+)?(?:(?:disputed|uninhabited|remote|southwestern|prefecture's)\s+)?$",
    re.IGNORECASE,
)


class _Cache:
    """Per-gazetteer caches: land shapes for clipping, derived shapes, strait choices."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        land = [  # ~1 km simplified: enough to take land out of an area tens of km wide
            shapely.make_valid(f.geometry.simplify(0.01)) for f in gazetteer.of_kind(*_LAND_KINDS)
        ]
        self.land = land
        self.tree = STRtree(land) if land else None
        self.shapes: dict[tuple, Any] = {}

    def memo(self, key: tuple, build: Callable[[], Any]) -> Any:
        if key not in self.shapes:
            shape = build()
            if isinstance(shape, BaseGeometry) and not shape.is_valid:
                shape = shapely.make_valid(shape)  # a ring round a vast coast may self-touch
            self.shapes[key] = shape
        return self.shapes[key]

    def water(self, area: BaseGeometry) -> BaseGeometry:
        if self.tree is None:
            return area
        hits = [self.land[i] for i in self.tree.query(area)]
        return _derived.without_land(area, hits)


_caches: weakref.WeakKeyDictionary[Gazetteer, _Cache] = weakref.WeakKeyDictionary()


def _cache(gazetteer: Gazetteer) -> _Cache:
    cache = _caches.get(gazetteer)
    if cache is None:
        cache = _caches[gazetteer] = _Cache(gazetteer)
    return cache


def _widths(anchor_geometry: BaseGeometry) -> tuple[float, float]:
    """(off, near) distances in km for an anchor of this size."""
    radius = _derived.radius_km(anchor_geometry)
    if radius < 40:
        return 25.0, 50.0
    if radius < 250:
        return 50.0, 100.0
    return 100.0, 200.0


def _mention(
    text,
    start,
    end,
    feature_id,
    name,
    kind,
    precision,
    geometry,
    relation,
    anchors,
    uncertainty,
    reason,
) -> PlaceMention:
    return PlaceMention(
        text=text,
        start=start,
        end=end,
        feature_id=feature_id,
        name_en=name,
        kind=kind,
        geo_precision=precision,
        geometry=geometry,
        relation=relation,
        anchors=tuple(anchors),
        uncertainty_km=None if uncertainty is None else round(float(uncertainty), 1),
        reason=reason,
    )


# --- relative phrases -----------------------------------------------------------------


def derived_mention(reader, name: str, match: re.Match, anchor, start: int) -> PlaceMention | None:
    """The mention of a relative phrase ``text[start:anchor.end]`` of trigger ``name``."""
    text = reader.text[start : anchor.end]
    builder = _BUILDERS.get(name)
    if builder is None:
        return None
    return builder(reader, match, anchor, start, text)


def _direction_word(match: re.Match) -> tuple[str, float]:
    word = match.group("dir").lower().replace(" ", "-")
    bearing = _derived.bearing_of(word)
    assert bearing is not None  # checked by the trigger search
    slug = next(k for k, v in _derived.BEARINGS.items() if v == bearing).replace("-", "_")
    return slug, bearing


def _kilometres(match: re.Match) -> float:
    """The distance of a "<number> <unit>" match in km (nautical and statute miles too)."""
    amount = float(match.group("num").replace(",", ""))
    unit = match.group("unit").lower()
    if unit.startswith("n"):
        return amount * _KM_PER_UNIT["n"]
    if unit.startswith("mi"):
        return amount * _KM_PER_UNIT["m"]
    return amount


def _bearing_distance(reader, match, anchor, start, text) -> PlaceMention:
    slug, bearing = _direction_word(match)
    amount = float(match.group("num").replace(",", ""))
    unit = match.group("unit").lower()
    km = _kilometres(match)
    point = _cache(reader.gazetteer).memo(
        ("point", anchor.id, bearing, km), lambda: _derived.point_at(anchor.geometry, bearing, km)
    )
    uncertainty = max(3.0, 0.12 * km + 0.5 * _derived.radius_km(anchor.geometry))
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:{km:g}km_{slug}_of:{anchor.id}",
        f"{km:g} km {slug.replace('_', '-')} of {anchor.name}",
        "point",
        2 if uncertainty <= 25 else 5,
        point,
        "bearing_distance",
        anchor.ids,
        uncertainty,
        f"{amount:g} {unit} at bearing {bearing:g} from the centre of {anchor.name}",
    )


def _direction(reader, match, anchor, start, text) -> PlaceMention:
    slug, bearing = _direction_word(match)
    cache = _cache(reader.gazetteer)
    reach = 250.0

    def build() -> BaseGeometry:
        area = _derived.sector(anchor.geometry, bearing, reach)
        return area if anchor.kind in _OPEN_KINDS else cache.water(area)

    geometry = cache.memo(("sector", anchor.id, bearing), build)
    uncertainty = (_derived.radius_km(anchor.geometry) + reach) / 2
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:{slug}_of:{anchor.id}",
        f"{slug.replace('_', '-')} of {anchor.name}",
        "area",
        5,
        geometry,
        f"{slug}_of",
        anchor.ids,
        uncertainty,
        f"a {reach:g} km sector at bearing {bearing:g} beyond {anchor.name}, land removed",
    )


def _part(reader, match, anchor, start, text) -> PlaceMention:
    slug, bearing = _direction_word(match)
    if anchor.kind == "ocean":  # "Western Pacific": the ocean feature is already that part
        return _mention(
            text,
            start,
            anchor.end,
            anchor.id,
            anchor.name,
            anchor.kind,
            anchor.feature.geo_precision if anchor.feature else 3,
            anchor.geometry,
            None,
            (),
            None,
            f"{text!r}: the {anchor.name} near Japan",
        )
    cache = _cache(reader.gazetteer)
    geometry = cache.memo(
        ("part", anchor.id, bearing), lambda: _derived.part(anchor.geometry, bearing)
    )
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:{slug}_part:{anchor.id}",
        f"{slug.replace('_', '-')} part of {anchor.name}",
        "area",
        4,
        geometry,
        f"{slug}_part",
        anchor.ids,
        _derived.radius_km(anchor.geometry) / 2,
        f"the part of {anchor.name} within 67.5 degrees of bearing {bearing:g} from its centre",
    )


def _intersection(a: BaseGeometry, b: BaseGeometry) -> BaseGeometry:
    """``a & b``, made valid first when GEOS finds a topology conflict (a ring round a vast
    coast, as China's, can come out self-touching)."""
    try:
        return a.intersection(b)
    except shapely.errors.GEOSException:
        return shapely.make_valid(a).intersection(shapely.make_valid(b))


def _band(
    reader,
    anchor,
    relation: str,
    width: float,
    keep: bool,
    water: bool,
    bearing: float | None = None,
) -> BaseGeometry:
    cache = _cache(reader.gazetteer)

    def build() -> BaseGeometry:
        area = _derived.around(anchor.geometry, width, keep_anchor=keep)
        if bearing is not None:
            sector = _derived.sector(anchor.geometry, bearing, width * 2, 67.5)
            area = _intersection(area, sector)
        return cache.water(area) if water and anchor.kind not in _OPEN_KINDS else area

    return cache.memo((relation, anchor.id, width, bearing), build)


def _off(reader, match, anchor, start, text) -> PlaceMention:
    off, _ = _widths(anchor.geometry)
    bearing = None
    slug = ""
    if "dir" in match.groupdict() and match.group("dir"):
        slug, bearing = _direction_word(match)
    geometry = _band(reader, anchor, "off", off, keep=False, water=True, bearing=bearing)
    side = f"{slug.replace('_', '-')} " if slug else ""
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:off{'_' + slug if slug else ''}:{anchor.id}",
        f"off the {side}coast of {anchor.name}",
        "area",
        2 if off <= 25 else 5,
        geometry,
        "off",
        anchor.ids,
        off,
        f"waters within {off:g} km of {anchor.name}{' on its ' + side + 'side' if side else ''}",
    )


def coast_mention(reader, anchor, word: str, start: int, end: int, *, off: bool) -> PlaceMention:
    """ "the east coast of X", "X's southern coast": the strip of land and sea along that
    side of X's coast; "off the east coast of X", "off X's east coast": the sea side only."""
    bearing = _derived.bearing_of(word)
    assert bearing is not None  # checked by the caller
    slug = next(k for k, v in _derived.BEARINGS.items() if v == bearing).replace("-", "_")
    side = slug.replace("_", "-")
    off_km, _ = _widths(anchor.geometry)
    if off:
        geometry = _band(reader, anchor, "off", off_km, keep=False, water=True, bearing=bearing)
        what = f"waters within {off_km:g} km of {anchor.name} on its {side} side"
    else:
        geometry = _cache(reader.gazetteer).memo(
            ("coast", anchor.id, bearing, off_km),
            lambda: _derived.coast(anchor.geometry, bearing, off_km),
        )
        what = f"land and sea within {off_km:g} km of the {side} coast of {anchor.name}"
    return _mention(
        reader.text[start:end],
        start,
        end,
        f"derived:{'off_' if off else ''}coast_{slug}:{anchor.id}",
        f"{'off the ' if off else ''}{side} coast of {anchor.name}",
        "area",
        2 if off_km <= 25 else 5,
        geometry,
        f"coast_{slug}",
        anchor.ids,
        off_km,
        what,
    )


def _coast(reader, match, anchor, start, text) -> PlaceMention:
    return coast_mention(reader, anchor, match.group("dir"), start, anchor.end, off=False)


def _off_coast(reader, match, anchor, start, text) -> PlaceMention:
    """ "off the coast of X": waters off X; "off the west coast of X": that side of its coast."""
    if match.group("dir"):
        return coast_mention(reader, anchor, match.group("dir"), start, anchor.end, off=True)
    return _off(reader, match, anchor, start, text)


def _near(relation: str, keep: bool, water: bool, wide: bool) -> Callable:
    def build(reader, match, anchor, start, text) -> PlaceMention:
        off, near = _widths(anchor.geometry)
        width = near if wide else off
        geometry = _band(reader, anchor, relation, width, keep=keep, water=water)
        what = "waters" if water else "area"
        return _mention(
            text,
            start,
            anchor.end,
            f"derived:{relation}:{anchor.id}",
            f"{relation.replace('_', ' ')} {anchor.name}",
            "area",
            5,
            geometry,
            relation,
            anchor.ids,
            width,
            f"{what} within {width:g} km of {anchor.name}",
        )

    return build


def _waters_near(reader, match, anchor, start, text) -> PlaceMention:
    """ "waters near X" is a band around X; "the waters of/in the East China Sea" is the sea."""
    if (
        match.group("link").lower() in ("of", "in")
        and anchor.kind in _OPEN_KINDS
        and anchor.feature
    ):
        feature = anchor.feature
        return _mention(
            text,
            start,
            anchor.end,
            feature.id,
            feature.name_en,
            feature.kind,
            feature.geo_precision,
            feature.geometry,
            None,
            (),
            None,
            f"the waters of {feature.name_en}",
        )
    return _near("waters_near", keep=False, water=True, wide=True)(
        reader, match, anchor, start, text
    )


def _airspace(reader, match, anchor, start, text) -> PlaceMention:
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:airspace:{anchor.id}",
        f"airspace over {anchor.name}",
        anchor.kind,
        anchor.feature.geo_precision if anchor.feature else 3,
        anchor.geometry,
        "airspace",
        anchor.ids,
        None,
        f"the airspace over {anchor.name}",
    )


def _distance_off(reader, match, anchor, start, text) -> PlaceMention:
    """ "some 200 km off (the coast of) X", "200 km from X": a ring at that distance."""
    km = _kilometres(match)
    spread = max(10.0, 0.2 * km)
    cache = _cache(reader.gazetteer)

    def build() -> BaseGeometry:
        outer = _derived.around(anchor.geometry, km + spread, keep_anchor=True)
        inner = _derived.around(anchor.geometry, max(km - spread, 0.5), keep_anchor=True)
        try:
            ring = outer.difference(inner)
        except shapely.errors.GEOSException:  # a band round a vast shape, folded at 180°
            ring = _valid_difference(outer, inner)
        return ring if anchor.kind in _OPEN_KINDS else cache.water(ring)

    geometry = cache.memo(("distance_off", anchor.id, round(km)), build)
    return _mention(
        text,
        start,
        anchor.end,
        f"derived:{km:g}km_off:{anchor.id}",
        f"{km:g} km off {anchor.name}",
        "area",
        5,
        geometry,
        "distance_off",
        anchor.ids,
        spread,
        f"a ring {km:g} km (+/-{spread:g}) from {anchor.name}, land removed",
    )


def _valid_difference(outer: BaseGeometry, inner: BaseGeometry) -> BaseGeometry:
    """``outer`` less ``inner`` once both are made valid; ``outer`` if that fails too."""
    outer = shapely.make_valid(outer)
    try:
        ring = outer.difference(shapely.make_valid(inner))
    except shapely.errors.GEOSException:
        return outer
    return ring if not ring.is_empty else outer


_BUILDERS: dict[str, Callable] = {
    "distance_off": _distance_off,
    "bearing_distance": _bearing_distance,
    "direction": _direction,
    "part": _part,
    "adjective": _part,
    "off_coast": _off_coast,
    "coast": _coast,
    "off": _off,
    "waters_near": _waters_near,
    "near": _near("near", keep=True, water=False, wide=True),
    "around": _near("around", keep=False, water=True, wide=False),
    "airspace": _airspace,
}


# --- between ----------------------------------------------------------------------------


def between_mention(
    reader, first, second, start: int, end: int, located: tuple[str, ...] = ()
) -> PlaceMention:
    """The strait both anchors bound, else the water between them. ``located``: the places
    the phrase names to locate an anchor ("the Osumi Peninsula in Kagoshima Prefecture"),
    kept as anchors after the two."""
    cache = _cache(reader.gazetteer)
    strait = cache.memo(
        ("strait", first.id, second.id),
        lambda: _strait_between(reader.gazetteer, first.geometry, second.geometry),
    )
    text = reader.text[start:end]
    anchors = tuple(dict.fromkeys((first.id, second.id, *located)))
    if strait is not None:
        return _mention(
            text,
            start,
            end,
            strait.id,
            strait.name_en,
            strait.kind,
            strait.geo_precision,
            strait.geometry,
            "between",
            anchors,
            None,
            f"{strait.name_en} lies between {first.name} and {second.name}",
        )

    def build() -> tuple[BaseGeometry, float]:
        area, half = _derived.corridor(first.geometry, second.geometry)
        return cache.water(area), half

    geometry, half = cache.memo(("between", first.id, second.id), build)
    return _mention(
        text,
        start,
        end,
        f"derived:between:{first.id}+{second.id}",
        f"between {first.name} and {second.name}",
        "area",
        5,
        geometry,
        "between",
        anchors,
        max(half, 10.0),
        f"the water between {first.name} and {second.name}",
    )


def _strait_between(
    gazetteer: Gazetteer, first: BaseGeometry, second: BaseGeometry
) -> Feature | None:
    best: tuple[float, float, Feature] | None = None
    minx, miny, maxx, maxy = shapely.union(first.envelope, second.envelope).bounds
    reach = shapely.box(minx - 1.0, miny - 1.0, maxx + 1.0, maxy + 1.0)
    for strait in gazetteer.of_kind("strait", "channel"):
        if not strait.geometry.intersects(reach):
            continue
        near_first = _derived.distance_km(strait.geometry, first)
        near_second = _derived.distance_km(strait.geometry, second)
        if max(near_first, near_second) > 40.0:
            continue
        score = (near_first + near_second, strait.geometry.area)
        if best is None or score < best[:2]:
            best = (*score, strait)
    return best[2] if best else None


# --- zones ------------------------------------------------------------------------------


def zone_mention(reader, token, index: int, owner, begin: int) -> int | None:
    """Resolve a zone term: owner from the phrase, the place after it, the sentence, the article.

    ``owner`` is a country feature, or the anchor of a place that precedes the term
    ("Tsugaru Strait airspace", "Senkakus contiguous zone"). Returns the index of the next
    token to read, or None when the term names no zone of anyone in particular.
    """
    kind = token.ids[0]
    anchor, after = _zone_anchor(reader, token, index)
    end = anchor.end if anchor is not None else token.end
    text = reader.text[begin:end]
    resolved = None
    if anchor is not None:
        resolved = _zone_of_anchor(
            reader, kind, anchor, owner if isinstance(owner, Feature) else None
        )
    if resolved is None and anchor is None:
        resolved = _zone_measured_from(reader, token, index, kind)
    if resolved is None and isinstance(owner, Feature):
        resolved = _zone_of_owners(reader, kind, [owner])
    elif resolved is None and owner is not None:
        resolved = _zone_of_anchor(reader, kind, owner)
    if resolved is None and anchor is None and owner is None:
        resolved = _zone_from_context(reader, token, kind, begin)
    if resolved is None:
        return None
    feature_id, name, zkind, precision, geometry, anchors, uncertainty, reason = resolved
    reader._add(
        _mention(
            text,
            begin,
            end,
            feature_id,
            name,
            zkind,
            precision,
            geometry,
            kind,
            anchors,
            uncertainty,
            reason,
        )
    )
    return after


#: A distance as a zone term or a relation states it: "about 17 km", "some 100 nautical miles".
DISTANCE = (
    r"(?:(?:about|some|approximately|approx\.|around|roughly)\s+)?\d[\d,.]*\s*"
    r"(?:km|kilometers|kilometres|nautical\s+miles|miles)"
)
#: A distance and bearing between a zone term and the place it is measured from.
_MEASURED = re.compile(
    rf"^\s+{DISTANCE}\s+(?:[a-z]+(?:-[a-z]+)*\s+)?of\s+(?:the\s+)?$", re.IGNORECASE
)


def _zone_measured_from(reader, token, index: int, kind: str):
    """ "Japan's territorial waters about 17 km south-southwest of Uotsuri Island": the zone
    of the island's group, when it has one; the distance stays a place of its own."""
    following = index + 1
    tokens = reader.tokens
    if following >= len(tokens) or tokens[following].category != "place":
        return None
    if not _MEASURED.match(reader.text[token.end : tokens[following].start]):
        return None
    gazetteer = reader.gazetteer
    feature_id = tokens[following].ids[0]
    if feature_id not in gazetteer:
        return None
    parent = gazetteer.get(feature_id).parent
    own = _own_zone(gazetteer, kind, feature_id, parent if parent in gazetteer else None)
    if own is None:
        return None
    zone, place_id = own
    name = gazetteer.get(place_id).name_en
    return _whole_zone(zone, (zone.id,), f"the {kind} round {name}")


def _own_zone(
    gazetteer: Gazetteer, kind: str, place_id: str, parent: str | None
) -> tuple[Feature, str] | None:
    """The gazetteer's zone of ``kind`` named for a place or else its parent group
    ("territorial_sea.senkaku" for Uotsuri Island), with the id of the place it is named for."""
    for named in (place_id, parent):
        if not named:
            continue
        zone = f"{kind}.{named.split('.')[-1]}"
        if zone in gazetteer:
            return gazetteer.get(zone), named
    return None


def _zone_anchor(reader, token, index: int):
    """The place a zone term is tied to: "territorial waters around the Senkaku Islands"."""
    tokens = reader.tokens
    following = index + 1
    while following < len(tokens) and tokens[following].category == "demonym":
        following += 1
    if following >= len(tokens) or tokens[following].category not in ("place", "anaphor"):
        return None, index + 1
    link = _ZONE_SUFFIX.match(reader.text[token.end : tokens[following].start])
    if link is None:
        return None, index + 1
    if token.ids[0] == "airspace" and " and " in (link.group("dir") or ""):
        return None, index + 1  # "the airspace north and southwest of Taiwan": around it, not its
    # own ("territorial waters west and northwest of Uotsuri Island" are the island's)
    anchor = reader._anchor(following)
    if anchor is None:
        return None, index + 1
    return anchor, anchor.last + 1


def _zone_of_anchor(reader, kind: str, anchor, owner: Feature | None = None):
    gazetteer = reader.gazetteer
    feature = anchor.feature
    own = _own_zone(gazetteer, kind, anchor.id, feature.parent if feature is not None else None)
    if own is not None:
        return _whole_zone(own[0], anchor.ids, f"the {kind.replace('_', ' ')} of {anchor.name}")
    if feature is not None and feature.kind == "country":
        return _zone_of_owners(reader, kind, [feature])
    if kind == "airspace":
        near = _zone_near(reader, kind, anchor, owner) if anchor.kind not in _OPEN_KINDS else None
        if near is not None:  # the state's airspace near an island or a coast
            return near
        return (
            f"derived:airspace:{anchor.id}",
            f"airspace over {anchor.name}",
            anchor.kind,
            feature.geo_precision if feature else 3,
            anchor.geometry,
            anchor.ids,
            None,
            f"the airspace over {anchor.name}",
        )
    return _zone_near(reader, kind, anchor, owner)


def _state_of(gazetteer: Gazetteer, geometry: BaseGeometry) -> str | None:
    """The code of the country whose land holds the place (Taiwan Island: TW), if any."""
    point = geometry.representative_point()
    for country in gazetteer.of_kind("country"):
        if country.geometry.contains(point):
            return country.id.split(".")[-1].upper()
    return None


def _zone_near(reader, kind: str, anchor, owner: Feature | None = None):
    """The part of a zone of ``kind`` near the anchor ("territorial waters off X"), the
    owner's zone first when the phrase names one ("Japanese airspace near X")."""
    cache = _cache(reader.gazetteer)
    off, near = _widths(anchor.geometry)
    code = owner.id.split(".")[-1].upper() if owner is not None else ""

    def build():
        band = (  # "Japan's ADIZ over the East China Sea": the part of the zone over the sea
            anchor.geometry
            if anchor.kind in _OPEN_KINDS
            else _derived.around(anchor.geometry, near, keep_anchor=False)
        )
        zones = sorted(reader.gazetteer.of_kind(kind), key=lambda z: (z.owner or "") != code)
        held = None if code else _state_of(reader.gazetteer, anchor.geometry)
        for zone in zones:
            if held and zone.owner and zone.owner != held:
                continue  # "the airspace around the island" of Taiwan is not Japan's near it
            if zone.geometry.intersects(band):
                piece = zone.geometry.intersection(band)
                if not piece.is_empty:
                    return zone, piece
        return None

    found = cache.memo(("zone_near", kind, anchor.id, code), build)
    if found is None:
        return None
    zone, piece = found
    return (
        f"derived:{kind}:{anchor.id}",
        f"{zone.name_en} near {anchor.name}",
        kind,
        2,
        piece,
        (zone.id, anchor.id),
        off,
        f"the part of {zone.name_en} within {near:g} km of {anchor.name}",
    )


def _whole_zone(zone: Feature, anchors: tuple[str, ...], reason: str) -> tuple:
    """A zone resolved to its whole gazetteer feature: the tuple the zone builders return."""
    return (zone.id, zone.name_en, zone.kind, zone.geo_precision, zone.geometry, anchors, None,
            reason)


def _zone_of_owners(reader, kind: str, owners: list[Feature]):
    gazetteer = reader.gazetteer
    zones = []
    for owner in owners:
        code = owner.id.split(".")[-1]
        if f"{kind}.{code}" in gazetteer:
            zones.append(gazetteer.get(f"{kind}.{code}"))
            continue
        owned = _owned(gazetteer, kind, code)
        if owned:
            zones.append(owned[0])
        elif kind == "airspace" and owner.kind == "country":
            zones.append(_national_airspace(reader, owner, code))
        elif kind in _BELT_NM and owner.kind == "country":
            claimed = _claimed_zone(reader, kind, code)
            zones.append(claimed or _national_belt(reader, owner, kind))
    zones = list({zone.id: zone for zone in zones}.values())
    if not zones:
        return None
    if len(zones) == 1:
        reason = f"the {kind.replace('_', ' ')} of {owners[0].name_en}"
        return _whole_zone(zones[0], tuple(o.id for o in owners), reason)
    ids = "+".join(z.id for z in zones)
    geometry = _cache(reader.gazetteer).memo(
        ("zones", ids), lambda: shapely.union_all([z.geometry for z in zones])
    )
    return (
        f"derived:{kind}:{ids}",
        " and ".join(z.name_en for z in zones),
        kind,
        max(z.geo_precision for z in zones),
        geometry,
        tuple(z.id for z in zones),
        None,
        f"the {kind.replace('_', ' ')}s of {', '.join(o.name_en for o in owners)}",
    )


def _owned(gazetteer: Gazetteer, kind: str, code: str) -> list[Feature]:
    """The zones of ``kind`` a state owns (looked up once per gazetteer)."""
    return _cache(gazetteer).memo(
        ("owned", kind, code),
        lambda: [f for f in gazetteer.of_kind(kind) if (f.owner or "").lower() == code],
    )


def _national_airspace(reader, owner: Feature, code: str) -> Feature:
    """A country's airspace: its land and territorial sea (when the gazetteer has it)."""
    gazetteer = reader.gazetteer
    sea = f"territorial_sea.{code}"
    geometry = owner.geometry
    if sea in gazetteer:
        geometry = _cache(gazetteer).memo(
            ("airspace", owner.id),
            lambda: shapely.union(owner.geometry, gazetteer.get(sea).geometry),
        )
    return Feature(
        id=f"derived:airspace:{owner.id}",
        kind="airspace",
        name_en=f"{owner.name_en} airspace",
        geometry=geometry,
        geo_precision=4,
    )


#: Islands whose waters a state claims that another administers: "China's territorial waters"
#: in an article about the Senkakus are the waters around them (the gazetteer takes no side).
_CLAIMS = {"cn": "senkaku", "tw": "senkaku"}


def _claimed_zone(reader, kind: str, code: str) -> Feature | None:
    """The zone of ``kind`` around islands the state claims, when the article has named them."""
    slug = _CLAIMS.get(code)
    zone = f"{kind}.{slug}"
    if slug is None or zone not in reader.gazetteer:
        return None
    group = f"islands.{slug}"
    for mention in reader.found:
        ids = (mention.feature_id, *mention.anchors)
        feature = reader.gazetteer.get(mention.feature_id) if ids[0] in reader.gazetteer else None
        if group in ids or zone in ids or (feature is not None and feature.parent == group):
            return reader.gazetteer.get(zone)
    return None


#: The breadth of the belts a coastal state claims from its coast (UNCLOS arts. 3 and 33).
_BELT_NM = {"territorial_sea": 12, "contiguous_zone": 24}
_NM_DEGREES = 1.852 / 111.32  # a nautical mile in degrees of latitude


def _national_belt(reader, owner: Feature, kind: str) -> Feature:
    """A state's territorial sea or contiguous zone that the gazetteer does not hold ("Taiwan's
    territorial waters"): the sea within 12 nautical miles of its land, or the belt from 12 to
    24, measured from its coast as drawn, without baselines, so approximate."""

    def belt():
        land = owner.geometry
        inner = land if kind == "territorial_sea" else land.buffer(12 * _NM_DEGREES, quad_segs=4)
        return shapely.difference(land.buffer(_BELT_NM[kind] * _NM_DEGREES, quad_segs=4), inner)

    geometry = _cache(reader.gazetteer).memo(("belt", kind, owner.id), belt)
    name = "territorial sea" if kind == "territorial_sea" else "contiguous zone"
    return Feature(
        id=f"derived:{kind}:{owner.id}",
        kind=kind,
        name_en=f"{owner.name_en} {name} (approximate)",
        geometry=geometry,
        geo_precision=4,
    )


def _sibling_zone(reader, kind: str, mention) -> Feature | None:
    """The zone of ``kind`` of the same place as a territorial sea or contiguous zone named."""
    if kind not in _BELT_NM or mention.kind not in _BELT_NM or mention.kind == kind:
        return None
    for feature_id in (mention.feature_id, *mention.anchors):
        if feature_id.startswith(f"{mention.kind}."):
            sibling = f"{kind}.{feature_id.split('.', 1)[1]}"
            if sibling in reader.gazetteer:
                return reader.gazetteer.get(sibling)
    return None


#: The states whose ships and aircraft the zones named in the news are entered by.
_ACTING_STATES = frozenset({"country.cn", "country.ru", "country.kp"})


def _zone_from_context(reader, token, kind: str, begin: int):
    """No owner in the phrase: the sentence's country, else the zone the article named last."""
    before = reader.text[max(0, begin - 20) : begin]
    plural = token.text.lower().endswith(("zones", "seas", "adizs", "eezs"))
    if _GENERIC.search(before) or (plural and not re.search(r"\btheir\s+$", before)):
        return None
    if token.text.lower() in ("airspace", "air space") and not _OWNED.search(before):
        return None  # "airspace violation", "official airspace": no one's airspace in particular
    if "our " in reader.text[max(0, begin - 80) : begin] and _OURS.search(
        reader.text, max(0, begin - 80), begin
    ):
        ours = _speaker_zone(reader, kind, begin)
        if ours is not None:  # 'entered our northern, central and southwestern ADIZ' in a
            return ours  # Taiwan release: the zone of the state the release speaks for
    named = _sentence_zone(reader, token, kind)
    if named is not None:
        return named
    owners = [  # "19 aircraft entered the ADIZ ..., while Beijing announced exercises": not
        state for state in _sentence_countries(reader, token) if state.id not in _ACTING_STATES
    ]  # the zone of the side that acts in it
    if _OWNED.search(before) and not plural:  # "South Korea's military said ... had entered its
        named = _sentence_countries(reader, token, token.start)  # air defense identification
        owners = [*reversed(named), *owners]  # zone": the state named last before it
    if plural and owners:
        return _zone_of_owners(reader, kind, owners)
    for state in owners:  # the first state named in the sentence that has such a zone
        owned = _zone_of_owners(reader, kind, [state])
        if owned is not None:
            return owned
    for mention in reversed(reader.found[-200:]):
        if mention.relation == kind or mention.kind == kind:
            return (
                mention.feature_id,
                mention.name_en,
                mention.kind,
                mention.geo_precision,
                mention.geometry,
                mention.anchors or (mention.feature_id,),
                mention.uncertainty_km,
                f"{token.text!r} refers back to {mention.text!r}",
            )
    for mention in reversed(reader.found[-200:]):  # "the contiguous zone" after the Senkakus'
        sibling = _sibling_zone(reader, kind, mention)  # territorial waters: the zone beside them
        if sibling is not None:
            return _whole_zone(
                sibling,
                (sibling.id,),
                f"{token.text!r}: the {kind.replace('_', ' ')} beside {mention.text!r}",
            )
    owner = _last_owner(reader)
    if owner is None and _OWNED.search(before):  # "the nation's ADIZ": the state named last
        owner = _last_state(reader, begin)
    if owner is None:
        owner = _owner_named_after(reader, token, kind)
    return _zone_of_owners(reader, kind, [owner]) if owner is not None else None


#: The speaker's own zone: 'our ADIZ', 'our northern, central, southwestern and eastern ADIZ'.
_OURS = re.compile(
    r"\bour\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?(?:\s*,\s*|\s+and\s+|\s+)(?:and\s+)?)*$",
    re.IGNORECASE,
)


def _speaker_zone(reader, kind: str, begin: int):
    """The zone of this kind of the state a text that says 'our' speaks for: the state it
    named last before ``begin`` with such a zone, of the states not acting in the zones (a
    ministry's 'our ADIZ' after 'PLA activities around Taiwan')."""
    index = bisect.bisect_left(reader._starts, begin)
    for other in reversed(reader.tokens[max(0, index - _STATE_LOOKBACK) : index]):
        state = _state_named(reader, other) if other.category == "place" else None
        if state is None:
            for feature_id in other.ids if other.category == "place" else ():
                if feature_id == "island.taiwan":  # (the island names the state there)
                    state = reader.gazetteer.get("country.tw")
        if state is None or state.id in _ACTING_STATES:
            continue
        zone = _zone_of_owners(reader, kind, [state])
        if zone is not None:
            return zone
    return None


def _owner_named_after(reader, token, kind: str) -> Feature | None:
    """The state whose zone of this kind the text names next ("19 aircraft entered the ADIZ
    yesterday" in a headline, "Taiwan's air defense identification zone" in the story)."""
    index = bisect.bisect_left(reader._starts, token.start)
    tokens = reader.tokens
    for at in range(index + 1, min(len(tokens), index + _OWNER_LOOKAHEAD)):
        zone = tokens[at]
        if zone.start - token.end > _OWNER_LOOKAHEAD_CHARS:
            break
        if zone.category != "zone" or zone.ids[0] != kind:
            continue
        named = tokens[at - 1]
        if named.category == "place" and zone.start - named.end <= 3:  # "Taiwan's ADIZ"
            state = _state_named(reader, named)
            return state if state is not None and state.id not in _ACTING_STATES else None
        return None  # the next such zone is no state's by name
    return None


_OWNER_LOOKAHEAD = 40  # tokens ahead a zone named alone looks for its owner
_OWNER_LOOKAHEAD_CHARS = 1500


def _last_state(reader, position: int) -> Feature | None:
    """The state the text named last before ``position`` (a country, or its capital)."""
    index = bisect.bisect_left(reader._starts, position)
    for other in reversed(reader.tokens[max(0, index - _STATE_LOOKBACK) : index]):
        state = _state_named(reader, other) if other.category == "place" else None
        if state is not None:
            return state
    return None


def _state_named(reader, token) -> Feature | None:
    """The state a place token names: a country, or a country by its capital."""
    for feature_id in token.ids:
        state = _CAPITAL_STATES.get(feature_id, feature_id)
        if state.startswith("country.") and state in reader.gazetteer:
            return reader.gazetteer.get(state)
    return None


def _last_owner(reader) -> Feature | None:
    """The state whose zone the article named last ("the country's airspace" after KADIZ)."""
    for mention in reversed(reader.found[-200:]):
        for feature_id in (mention.feature_id, *mention.anchors):
            if feature_id not in reader.gazetteer:
                continue
            feature = reader.gazetteer.get(feature_id)
            country = f"country.{(feature.owner or '').lower()}"
            if feature.kind in _ZONE_KINDS and country in reader.gazetteer:
                return reader.gazetteer.get(country)
    return None


def _sentence_zone(reader, token, kind: str):
    """A place in the sentence that has its own zone of this kind ("the contiguous zone just
    outside Japan's territorial waters around the Senkakus" -> the Senkakus' zone)."""
    start, end = reader.sentence(token.start)
    for other in reader.tokens_between(start, end):
        if other.category not in ("place", "anaphor") or not start <= other.start < end:
            continue
        for feature_id in _place_ids(reader, other):
            if feature_id not in reader.gazetteer:
                continue
            feature = reader.gazetteer.get(feature_id)
            for slug in _slugs(feature):
                if f"{kind}.{slug}" in reader.gazetteer and slug not in _STATE_SLUGS:
                    zone = reader.gazetteer.get(f"{kind}.{slug}")
                    reason = (
                        f"the {kind.replace('_', ' ')} of {feature.name_en}, named in the sentence"
                    )
                    return _whole_zone(zone, (feature_id,), reason)
    return None


def _place_ids(reader, token) -> tuple[str, ...]:
    """A name's first id, or the place an anaphor ("the islands") refers back to."""
    if token.category == "place":
        return token.ids[:1]
    referent = reader._referent(token)
    return (referent.feature_id,) if referent is not None else ()


def _slugs(feature: Feature | None) -> list[str]:
    if feature is None:
        return []
    slugs = [feature.id.split(".")[-1]]
    if feature.parent:
        slugs.append(feature.parent.split(".")[-1])
    return slugs


_STATE_SLUGS = frozenset({"jp", "cn", "kr", "kp", "ru", "tw", "us"})
#: Capitals -> their states: "officials in Taipei ... the nation's ADIZ".
_CAPITAL_STATES = {
    "city.tokyo": "country.jp",
    "city.beijing": "country.cn",
    "city.moscow": "country.ru",
    "city.seoul": "country.kr",
    "city.pyongyang": "country.kp",
    "city.taipei": "country.tw",
    "city.washington": "country.us",
    "city.washington-dc": "country.us",
}
_STATE_LOOKBACK = 200  # names back to the state a "the nation's" may mean


def _sentence_countries(reader, token, until: int | None = None) -> list[Feature]:
    """The states named in the sentence (before ``until`` if given): countries, and the owners
    of zones named in it."""
    start, end = reader.sentence(token.start)
    if until is not None:
        end = min(end, until)
    owners: dict[str, Feature] = {}
    for other in reader.tokens_between(start, end):
        if other.category != "place" or not start <= other.start < end:
            continue
        for feature_id in other.ids:
            feature_id = _CAPITAL_STATES.get(feature_id, feature_id)
            feature = reader.gazetteer.get(feature_id) if feature_id in reader.gazetteer else None
            if feature is not None and feature.kind != "country" and feature.owner:
                feature_id = f"country.{feature.owner.lower()}"
                feature = (
                    reader.gazetteer.get(feature_id) if feature_id in reader.gazetteer else None
                )
            if feature is not None and feature.kind == "country":
                owners.setdefault(feature_id, feature)
                break
    return list(owners.values())
