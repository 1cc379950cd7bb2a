"""One incident, many sources: merge incidents reported in several sentences or articles.

Two incidents are the same when their types match, their dates overlap within their
precision (a month contains its days), one actor set contains the other, and their places
are compatible (the geometries intersect, or one of them has none). The merged incident keeps
every source, the most precise date and place, the union of assets and the largest count;
a background mention that meets a primary report becomes part of it (role primary).
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from geo._triggers import asset_domains, carriers_fit, other_services
from geo.records import Incident

log = logging.getLogger(__name__)

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
_ROLE_RANK = {"primary": 0, "response": 1, "background": 2}


@lru_cache(maxsize=8192)
def date_interval(value: str | None, value_end: str | None, precision: str | None):
    """The first and last day an ISO date at ``precision`` can mean (None if undated).

    Remembered for the last few thousand distinct dates: every comparison asks again."""
    if not value:
        return None
    first = _first_day(value)
    last = _last_day(value_end or value, precision)
    if precision == "week" and not value_end:
        last = first + timedelta(days=6)
    return first, max(first, last)


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(value: str, precision: str | None) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def incident_id(kind: str, when: str | None, actors: Iterable[str], doc: str, start: int) -> str:
    """Stable id: a hash of type, date, actors and the earliest source (doc and offset)."""
    key = f"{kind}|{when or ''}|{','.join(actors)}|{doc}|{start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def same_incident(a: Incident, b: Incident) -> bool:
    """Whether ``a`` and ``b`` describe the same incident (see the module doc)."""
    if a.type != b.type:
        return False
    span_a = date_interval(a.date, a.date_end, a.date_precision)
    span_b = date_interval(b.date, b.date_end, b.date_precision)
    if span_a is None or span_b is None or span_a[1] < span_b[0] or span_b[1] < span_a[0]:
        return False
    domains_a, domains_b = asset_domains(a.assets), asset_domains(b.assets)
    if domains_a and domains_b and not domains_a & domains_b and a.type not in _BOTH_DOMAINS:
        return False
    if not carriers_fit(a.assets, b.assets):
        return False  # the Liaoning's flight operations and the Shandong's are two incidents
    if not sides_fit(a.actors, b.actors):
        return False
    if {s.doc for s in a.sources} & {s.doc for s in b.sources}:
        types_a, types_b = _aircraft_types(a.assets), _aircraft_types(b.assets)
        if types_a and types_b and not types_a & types_b:
            return False  # one report's Tu-95 flight and its Il-20 flight are two incidents
        if a.type == "other" and bool(types_a) != bool(types_b) and span_a != span_b:
            return False  # a page's Tu-142MZ flight of one day and the four days' drill of a
            # coastal missile battalion it also reports
        if a.type == "other" and _spans_cross(span_a, span_b):
            return False  # a page's ships' exercise 'From 5 to 7 October' and its island
            # garrison's exercise 'Since 6 October': two drills whose days only overlap
        if a.type == "other" and (_opens(a, _ANOTHER_ITEM) or _opens(b, _ANOTHER_ITEM)):
            return False  # 'Also on 27 September, crews of the Bal coastal missile system ...':
            # another item of the page than the ships' exercise of that week
        if (a.count or 1) != (b.count or 1) and (_opens(a, AMONG_THEM) or _opens(b, AMONG_THEM)):
            return False  # 'Among them, one TB-001 unmanned aerial vehicle entered our northern
            # ADIZ' is one of the 11 aircraft told before, an incident of its own
        if other_services("; ".join(a.assets), "; ".join(b.assets)):
            return False  # a navy frigate's stay in the zone and the coast guard ships' of the
            # same days are two incidents
        if a.type == "missile_launch" and a.count and b.count and a.count != b.count:
            return False  # 'two missiles from Kaechon ... three more from North Hwanghae'
        if a.type == "missile_launch" and a.date_precision == b.date_precision == "day":
            return span_a == span_b  # 'fired from Sohae ... exploded over the Yellow Sea'
        if a.type == "scramble":
            return True  # one article's scrambles on the same day answer the same incident
        if max(a.geo_precision or 9, b.geo_precision or 9) >= 4:
            return True  # 'a strait in northeastern Japan' is the Tsugaru Strait named later
    return places_compatible(a, b)


def _spans_cross(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two spans of several days overlap without either holding the other."""
    return a[0] != a[1] and b[0] != b[1] and a[0] != b[0] and (a[0] < b[0]) == (a[1] < b[1])


#: An item its report opens as one more: 'Also on 27 September, ...', 'Meanwhile, ...'.
_ANOTHER_ITEM = re.compile(
    r"^\W*(?:Also (?:on|that|the same)\b|Separately\b|In a separate\b|Meanwhile\b|Elsewhere\b|"
    r"Earlier this (?:month|week)\b)"  # ('Earlier this month, the ... Command held the "Strait
)  # Thunder-2025A" exercise': not the coast guard's incursion of yesterday


#: Some of a group told before, as a report's item opens on them: '2. Among them, one TB-001'.
AMONG_THEM = re.compile(
    r"^\W*(?:\d{1,2}\.\s+)?(?:(?:Among|Of) (?:them|these|those), (?:one|two|three|four|an?|\d{1,2})"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) of (?:the|them|these|those) "
    r"(?:aircraft|planes|ships|vessels)\b(?:,[^,]{1,80},)? (?:entered|flew|crossed|sailed))\b"
)  # ('Six of the aircraft, two H-6K bombers and four J-16 fighters, entered the southwestern
# ADIZ at about 09:40 yesterday')


def _opens(incident: Incident, pattern: re.Pattern[str]) -> bool:
    """Whether every source of ``incident`` opens as ``pattern`` tells: as another item of its
    report (``_ANOTHER_ITEM``), or as some of a group told before (``AMONG_THEM``)."""
    return all(pattern.match(s.quote) for s in incident.sources)


#: Kinds told by ships and aircraft alike: a lock-on names the ship and the plane it targeted;
#: a carrier's operations, the carrier group or the fighters flying from it.
_BOTH_DOMAINS = ("radar_lockon", "carrier_operations")
_DESIGNATOR = re.compile(r"^([A-Z][A-Za-z]{0,3})-(\d{1,4})")


def sides_fit(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two incidents' actors may be one's: either unknown, or one side set within the
    other ('Chinese bombers' within 'Chinese and Russian bombers')."""
    sides_a, sides_b = set(a), set(b)
    return not sides_a or not sides_b or sides_a <= sides_b or sides_b <= sides_a


def _aircraft_types(assets) -> set[str]:
    """Platform designators without their variant letters: Tu-95MS -> TU-95, H-6K -> H-6."""
    found = set()
    for asset in assets:
        m = _DESIGNATOR.match(asset)
        if m:
            found.add(f"{m.group(1).upper()}-{m.group(2)}")
    return found


def places_compatible(a: Incident, b: Incident) -> bool:
    """No place on one side, shared gazetteer ids, or geometries that overlap (a shared
    border alone, as of the two channels of the Korea Strait, is not enough)."""
    if a.geometry is None or b.geometry is None or a.geometry.is_empty or b.geometry.is_empty:
        return True
    shared = _with_anchors(a.place_ids) & _with_anchors(b.place_ids)
    if shared and (
        not all(i.startswith(_ZONE_PREFIXES) for i in shared)
        or set(a.place_ids) <= shared
        or set(b.place_ids) <= shared
    ):
        return True  # (a zone both lie in, as Japan's airspace near two islands, may be vast:
        # their own shapes decide, unless one is the zone itself)
    return bool(a.geometry.intersects(b.geometry)) and not a.geometry.touches(b.geometry)


_ZONE_PREFIXES = ("airspace.", "territorial_sea.", "contiguous_zone.", "eez.", "adiz.")


def _with_anchors(place_ids) -> set[str]:
    """Gazetteer ids plus the anchors of derived ids ('derived:south_of:island.okinawa')."""
    found = set(place_ids)
    for place_id in place_ids:
        if place_id.startswith("derived:"):
            found.update(place_id.rsplit(":", 1)[-1].split("+"))
    return found


def combine(a: Incident, b: Incident) -> Incident:
    """Merge ``b`` into ``a``: all sources, most precise date and place, assets, max count."""
    dated = _more_precise_date(a, b)
    placed = _better_place(a, b)
    sources = tuple(sorted({*a.sources, *b.sources}, key=lambda s: (s.doc, s.start, s.end)))
    role = min(a.role, b.role, key=lambda r: _ROLE_RANK.get(r, 3))
    actors = a.actors if len(a.actors) >= len(b.actors) else b.actors
    assets = tuple(dict.fromkeys((*a.assets, *b.assets)))
    counts = [c for c in (a.count, b.count) if c is not None]
    reason = _merged_reason(dated, placed, len(sources))
    first = sources[0]
    return replace(
        a,
        id=incident_id(a.type, dated.date, actors, first.doc, first.start),
        date=dated.date,
        date_end=dated.date_end,
        date_precision=dated.date_precision,
        geometry=placed.geometry,
        geo_precision=placed.geo_precision,
        place_ids=placed.place_ids,
        place_names=placed.place_names,
        role=role,
        actors=actors,
        assets=assets,
        count=max(counts) if counts else None,
        sources=sources,
        reason=reason,
    )


def _more_precise_date(a: Incident, b: Incident) -> Incident:
    rank_a, rank_b = _PRECISION_RANK[a.date_precision], _PRECISION_RANK[b.date_precision]
    if rank_a != rank_b:
        return a if rank_a < rank_b else b
    span_a = date_interval(a.date, a.date_end, a.date_precision)
    span_b = date_interval(b.date, b.date_end, b.date_precision)
    if not (span_a and span_b):
        return a
    a_holds_b = span_a[0] <= span_b[0] and span_b[1] <= span_a[1]
    b_holds_a = span_b[0] <= span_a[0] and span_a[1] <= span_b[1]
    if a.date_precision == "day" and (a_holds_b or b_holds_a):
        (inner, inner_span), outer = ((b, span_b), a) if a_holds_b else ((a, span_a), b)
        if inner_span[0] < inner_span[1] and span_a != span_b:
            return inner  # of two ranges of days, the narrower ('from the night of the 12th to
            # the morning of the 13th' of a passage within a summary's 'From the 12th to the 16th')
        return outer  # days given as a range ("Sept. 10 to 12") hold the day one step fell on
    if (span_b[1] - span_b[0]) < (span_a[1] - span_a[0]):
        return b
    return a


def _better_place(a: Incident, b: Incident) -> Incident:
    """A route through the other's place wins; otherwise the better :func:`place_rank`."""
    ids_a, ids_b = set(a.place_ids), set(b.place_ids)
    if ids_a and ids_b and ids_a != ids_b:
        if ids_b < ids_a:
            return a
        if ids_a < ids_b:
            return b
    if a.type == "strait_transit":  # a passage is placed at the strait it passed
        strait_a, strait_b = _names_strait(a), _names_strait(b)
        if strait_a != strait_b:
            return a if strait_a else b
    return a if place_rank(a) <= place_rank(b) else b


def _names_strait(incident: Incident) -> bool:
    return any(i.startswith(("strait.", "channel.")) for i in incident.place_ids)


def place_rank(incident: Incident) -> tuple:
    """Lower is better: exact features first, then routes, regions, fuzzy areas, countries."""
    if incident.geometry is None or incident.geo_precision is None:
        return (9, 0)
    precision = incident.geo_precision
    is_route = incident.geometry.geom_type == "LineString" and len(incident.place_ids) > 1
    order = {1: 0, 2: 1, 3: 2, 5: 4, 4: 5, 6: 6, 7: 7}.get(precision, 8)
    if is_route:
        order = 3
    return (order, -len(incident.place_ids))


def _merged_reason(dated: Incident, placed: Incident, n_sources: int) -> str:
    date_part = dated.reason.split("; place:")[0]
    place_part = placed.reason.split("; place:")[1] if "; place:" in placed.reason else " none"
    place_part = place_part.split("; merged from")[0]
    return f"{date_part}; place:{place_part}; merged from {n_sources} sources"


def merge_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    """Merge the same incident reported several times; order: first report first.

    Candidates are looked up by type and month, so the cost grows with the number of
    incidents of the same type in overlapping months, not with the whole catalogue.
    """
    merged: list[Incident] = []
    index: dict[tuple[str, int], list[int]] = {}
    undated: list[Incident] = []
    for incident in incidents:
        span = date_interval(incident.date, incident.date_end, incident.date_precision)
        if span is None:
            _merge_undated(undated, incident)
            continue
        target = _find(incident, span, merged, index)
        if target is None:
            merged.append(incident)
            _register(len(merged) - 1, incident, span, index)
            continue
        combined = combine(merged[target], incident)
        merged[target] = combined
        new_span = date_interval(combined.date, combined.date_end, combined.date_precision)
        _register(target, combined, new_span, index)
    result = merged + undated
    if log.isEnabledFor(logging.INFO):
        log.info("merged %d incidents into %d", sum(len(i.sources) for i in result), len(result))
    return result


def _merge_undated(undated: list[Incident], incident: Incident) -> None:
    """Undated incidents (no publication date to resolve against) merge among themselves."""
    for position, other in enumerate(undated):
        if other.type == incident.type and _fits_undated(other, incident):
            undated[position] = combine(other, incident)
            return
    undated.append(incident)


def _fits_undated(a: Incident, b: Incident) -> bool:
    if not carriers_fit(a.assets, b.assets):
        return False  # the Liaoning's flight operations and the Shandong's are two incidents
    if not sides_fit(a.actors, b.actors):
        return False
    shared_doc = {s.doc for s in a.sources} & {s.doc for s in b.sources}
    if shared_doc and max(a.geo_precision or 9, b.geo_precision or 9) >= 4:
        return True
    return places_compatible(a, b)


def _months(span: tuple[date, date]) -> range:
    first, last = span
    return range(first.year * 12 + first.month - 1, last.year * 12 + last.month)


def _find(incident, span, merged, index) -> int | None:
    seen: set[int] = set()
    for month in _months(span):
        for position in index.get((incident.type, month), ()):
            if position in seen:
                continue
            seen.add(position)
            if same_incident(merged[position], incident):
                return position
    return None


def _register(position: int, incident: Incident, span, index) -> None:
    for month in _months(span):
        bucket = index.setdefault((incident.type, month), [])
        if position not in bucket:
            bucket.append(position)
