"""Incidents written for the render and export tests (sentences written for the tests).

One of each geometry the map and the exports must handle: a point, a route, an area, a
multi-area, a route across the antimeridian near Alaska, and article text that tries to
inject markup.
"""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from geo.gazetteer import Gazetteer
from geo.records import CRS, Feature, Incident, Source, frame_from_incidents

SCRIPT_QUOTE = (
    'Officials said <script>alert(1)</script> two H-6K bombers flew "close" & low {{ 7*7 }}.'
)


def _source(doc, quote, url="https://news.example.org/a?x=1&y=2", publisher="Example News"):
    return Source(
        doc=doc,
        quote=quote,
        start=0,
        end=len(quote),
        url=url,
        publisher=publisher,
        published="2022-05-25",
    )


def sample_incidents() -> list[Incident]:
    return [
        Incident(
            id="inc-point",
            type="territorial_waters_entry",
            date="2022-03-04",
            date_precision="day",
            geometry=Point(123.5, 25.75),
            geo_precision=1,
            actors=("CN",),
            assets=("coast guard vessels",),
            count=4,
            place_ids=("island.uotsuri",),
            place_names=("Uotsuri Island",),
            sources=(_source("seed-a", SCRIPT_QUOTE),),
            reason="named island <b>Uotsuri</b>; date from 'on Friday'",
        ),
        Incident(
            id="inc-route",
            type="joint_air_patrol",
            date="2022-05-24",
            date_precision="day",
            geometry=LineString([(131.0, 39.0), (127.5, 33.0), (125.0, 28.0), (130.0, 27.0)]),
            geo_precision=5,
            actors=("CN", "RU"),
            assets=("H-6K", "Tu-95"),
            count=6,
            place_ids=("sea.japan", "sea.east-china", "sea.philippine"),
            place_names=("Sea of Japan", "East China Sea", "Philippine Sea"),
            sources=(
                _source(
                    "seed-b",
                    "Chinese & Russian bombers flew from the Sea of Japan to the East China Sea.",
                    publisher="O'Brien & Sons Daily",
                ),
            ),
            reason="route through three named seas",
        ),
        Incident(
            id="inc-area",
            type="joint_naval_exercise",
            date="2022-09",
            date_precision="month",
            geometry=box(133.0, 36.5, 138.0, 40.5),
            geo_precision=3,
            actors=("CN", "RU"),
            count=10,
            place_ids=("sea.japan",),
            place_names=("Sea of Japan",),
            sources=(
                _source("seed-c", "The navies held drills in the Sea of Japan in September."),
            ),
            reason="named sea; month from 'in September'",
        ),
        Incident(
            id="inc-multi",
            type="strait_transit",
            date="2022-06-15",
            date_precision="day",
            date_end="2022-06-17",
            geometry=MultiPolygon([box(140.5, 41.2, 141.3, 41.8), box(141.6, 45.2, 142.2, 45.8)]),
            geo_precision=3,
            actors=("RU",),
            count=5,
            place_ids=("strait.tsugaru", "strait.soya"),
            place_names=("Tsugaru Strait", "Soya Strait"),
            sources=(_source("seed-d", "Five Russian ships passed the Tsugaru and Soya straits."),),
            reason="two named straits",
        ),
        Incident(
            id="inc-alaska",
            type="joint_naval_patrol",
            date="2022-07",
            date_precision="month",
            geometry=LineString([(170.0, 67.0), (180.0, 63.0), (195.0, 58.0)]),
            geo_precision=5,
            actors=("CN", "RU"),
            count=11,
            place_ids=("sea.chukchi", "sea.bering"),
            place_names=("Chukchi Sea", "Bering Sea"),
            sources=(
                _source(
                    "seed-e",
                    "A joint flotilla sailed from the Chukchi Sea into the Bering Sea near Alaska.",
                ),
            ),
            reason="route from the Chukchi Sea to the Bering Sea",
        ),
    ]


def sample_frame():
    return frame_from_incidents(sample_incidents())


def sample_gazetteer() -> Gazetteer:
    """A few reference features, one per reference kind the map draws."""
    return Gazetteer(
        [
            Feature(
                id="adiz.jp",
                kind="adiz",
                name_en="Japan ADIZ",
                geometry=Polygon([(123, 24), (146, 24), (146, 45), (123, 45)]),
                owner="JP",
            ),
            Feature(
                id="territorial_sea.jp",
                kind="territorial_sea",
                name_en="Japan territorial sea",
                geometry=box(139.0, 34.5, 140.5, 36.0),
                owner="JP",
            ),
            Feature(
                id="contiguous_zone.jp",
                kind="contiguous_zone",
                name_en="Japan contiguous zone",
                geometry=box(138.5, 34.0, 141.0, 36.5),
                owner="JP",
            ),
            Feature(
                id="sea.japan",
                kind="sea",
                name_en="Sea of Japan",
                aliases=("East Sea",),
                geometry=box(128.0, 35.0, 140.0, 45.0),
            ),
            Feature(
                id="strait.tsugaru",
                kind="strait",
                name_en="Tsugaru Strait",
                geometry=LineString([(140.2, 41.4), (141.5, 41.6)]),
            ),
            Feature(
                id="channel.tsushima-east",
                kind="channel",
                name_en="Tsushima Strait <east>",
                geometry=LineString([(129.5, 34.0), (130.5, 33.8)]),
            ),
            Feature(id="city.tokyo", kind="city", name_en="Tokyo", geometry=Point(139.7, 35.7)),
        ]
    )


def sample_basemap() -> dict:
    land = gpd.GeoDataFrame(
        {"name": ["honshu-ish", "korea-ish"]},
        geometry=[
            Polygon([(130, 33), (142, 35), (142, 41), (139, 38)]),
            Polygon([(125, 34), (129.5, 35), (128.5, 38.5), (126, 38)]),
        ],
        crs=CRS,
    )
    coastline = gpd.GeoDataFrame(
        {"name": ["honshu-ish"]},
        geometry=[LineString([(130, 33), (142, 35), (142, 41), (139, 38), (130, 33)])],
        crs=CRS,
    )
    return {"land": land, "coastline": coastline}
