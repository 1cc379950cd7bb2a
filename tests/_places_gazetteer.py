"""A small hand-made gazetteer for the recognition and resolution tests.

Shapes are rough boxes and quadrilaterals at the real places (lon, lat), enough for
sectors, offsets and "between" to be checked against known points.
"""

from __future__ import annotations

from functools import lru_cache

from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from geo.gazetteer import Gazetteer
from geo.records import Feature

OKINAWA = Polygon(
    [(127.65, 26.08), (127.95, 26.10), (128.35, 26.85), (128.15, 26.87), (127.65, 26.40)]
)
MIYAKO = box(125.22, 24.70, 125.47, 24.94)
SENKAKU = box(123.45, 25.72, 123.70, 25.95)
TSUSHIMA = box(129.15, 34.08, 129.50, 34.70)
KYUSHU = box(129.60, 31.00, 131.90, 33.90)
HONSHU = Polygon(
    [
        (130.9, 33.9),
        (135.0, 33.4),
        (140.9, 35.0),
        (141.9, 41.5),
        (140.0, 41.2),
        (137.3, 37.5),
        (136.7, 36.9),
        (131.0, 34.5),
    ]
)
HOKKAIDO = box(139.8, 41.7, 145.8, 45.5)
TAIWAN = box(120.0, 22.0, 122.0, 25.3)
KOREA = box(126.0, 34.5, 129.5, 38.5)
SAKHALIN = box(141.6, 45.9, 144.8, 54.4)
HEGURA = box(136.90, 37.83, 136.93, 37.86)
MINAMI_DAITO = box(131.22, 25.82, 131.27, 25.87)


def _f(id_: str, kind: str, name: str, geometry, *aliases: str, **extra) -> Feature:
    return Feature(id=id_, kind=kind, name_en=name, geometry=geometry, aliases=aliases, **extra)


def _features() -> list[Feature]:
    japan = unary_union([OKINAWA, MIYAKO, TSUSHIMA, KYUSHU, HONSHU, HOKKAIDO, HEGURA, MINAMI_DAITO])
    return [
        _f("country.jp", "country", "Japan", japan, geo_precision=6),
        _f("country.cn", "country", "China", box(110.0, 22.0, 121.9, 40.0), "PRC", geo_precision=6),
        _f(
            "country.kr",
            "country",
            "South Korea",
            KOREA,
            "Republic of Korea",
            "ROK",
            geo_precision=6,
        ),
        _f("country.tw", "country", "Taiwan", TAIWAN, geo_precision=6),
        _f("country.ru", "country", "Russia", box(130.0, 42.5, 170.0, 70.0), geo_precision=6),
        _f(
            "country.us",
            "country",
            "United States",
            box(-125.0, 25.0, -67.0, 49.0),
            "US",
            "U.S.",
            geo_precision=6,
        ),
        _f(
            "island.okinawa",
            "island",
            "Okinawa Island",
            OKINAWA,
            "Okinawa",
            "Okinawa Honto",
            name_ja="沖縄本島",
            geo_precision=1,
            parent="islands.ryukyu",
        ),
        _f(
            "prefecture.okinawa",
            "prefecture",
            "Okinawa Prefecture",
            box(122.9, 24.0, 131.4, 27.9),
            "Okinawa",
            geo_precision=4,
        ),
        _f(
            "island.miyako",
            "island",
            "Miyakojima",
            MIYAKO,
            "Miyako Island",
            "Miyako",
            "Miyako-jima",
            geo_precision=1,
        ),
        _f(
            "strait.miyako",
            "strait",
            "Miyako Strait",
            Polygon([(125.47, 24.80), (127.70, 26.15), (127.75, 26.35), (125.40, 24.94)]),
            name_ja="宮古海峡",
            geo_precision=3,
        ),
        _f(
            "islands.ryukyu",
            "island_group",
            "Ryukyu Islands",
            box(122.9, 24.0, 130.0, 28.5),
            "Nansei Islands",
            "Ryūkyū Islands",
            geo_precision=4,
        ),
        _f(
            "islands.senkaku",
            "island_group",
            "Senkaku Islands",
            SENKAKU,
            "Diaoyu Islands",
            "Diaoyu",
            "Diaoyutai",
            "Tiaoyutai Islands",
            "Senkaku",
            name_zh="钓鱼岛",
            geo_precision=1,
        ),
        _f(
            "island.uotsuri",
            "island",
            "Uotsuri Island",
            box(123.47, 25.73, 123.54, 25.76),
            "Uotsuri-jima",
            "Uotsurijima",
            "Diaoyu Dao",
            parent="islands.senkaku",
            geo_precision=1,
        ),
        _f(
            "territorial_sea.senkaku",
            "territorial_sea",
            "Senkaku territorial sea",
            SENKAKU.buffer(0.22),
            owner="JP",
            geo_precision=3,
        ),
        _f(
            "contiguous_zone.senkaku",
            "contiguous_zone",
            "Senkaku contiguous zone",
            SENKAKU.buffer(0.44).difference(SENKAKU.buffer(0.22)),
            owner="JP",
            geo_precision=3,
        ),
        _f(
            "territorial_sea.jp",
            "territorial_sea",
            "Territorial sea of Japan",
            japan.buffer(0.2).difference(japan),
            owner="JP",
            geo_precision=3,
        ),
        _f("eez.jp", "eez", "Exclusive economic zone of Japan", japan.buffer(3.0), owner="JP"),
        _f(
            "sea.japan",
            "sea",
            "Sea of Japan",
            Polygon(
                [
                    (129.5, 35.0),
                    (133.0, 35.5),
                    (140.0, 40.0),
                    (141.5, 45.5),
                    (140.5, 50.0),
                    (131.0, 43.0),
                    (129.5, 38.0),
                ]
            ),
            "East Sea",
            "Japan Sea",
            name_ko="동해",
        ),
        _f(
            "sea.east-china",
            "sea",
            "East China Sea",
            Polygon(
                [
                    (120.0, 26.0),
                    (123.5, 24.8),
                    (127.5, 26.0),
                    (129.5, 31.0),
                    (126.0, 33.2),
                    (121.5, 31.5),
                ]
            ),
            "Dong Hai",
        ),
        _f(
            "ocean.pacific",
            "ocean",
            "Pacific Ocean",
            box(130.0, 15.0, 160.0, 40.0),
            "Pacific",
            "Western Pacific",
        ),
        _f("island.tsushima", "island", "Tsushima", TSUSHIMA, "Tsushima Island", geo_precision=1),
        _f(
            "strait.korea",
            "strait",
            "Korea Strait",
            box(128.6, 33.6, 130.6, 35.1),
            "Tsushima Strait",
            "Korea Straits",
        ),
        _f("island.kyushu", "island", "Kyushu", KYUSHU, "Kyūshū", geo_precision=4),
        _f("island.honshu", "island", "Honshu", HONSHU, geo_precision=4),
        _f("island.hokkaido", "island", "Hokkaido", HOKKAIDO, "Hokkaidō", geo_precision=4),
        _f(
            "prefecture.hokkaido",
            "prefecture",
            "Hokkaido Prefecture",
            HOKKAIDO,
            "Hokkaido",
            geo_precision=4,
        ),
        _f(
            "prefecture.nagasaki",
            "prefecture",
            "Nagasaki Prefecture",
            box(128.6, 32.5, 130.4, 34.7),
            geo_precision=4,
        ),
        _f("strait.tsugaru", "strait", "Tsugaru Strait", box(140.0, 41.2, 141.7, 41.75)),
        _f(
            "strait.soya",
            "strait",
            "Soya Strait",
            box(141.6, 45.3, 142.4, 45.95),
            "La Perouse Strait",
        ),
        _f("cape.soya", "cape", "Cape Soya", Point(141.94, 45.52), "Soya Misaki", geo_precision=1),
        _f("island.sakhalin", "island", "Sakhalin", SAKHALIN, geo_precision=4),
        _f("island.taiwan", "island", "Taiwan", TAIWAN, "Formosa", geo_precision=4),
        _f("island.hegura", "island", "Hegura Island", HEGURA, "Hegurajima", geo_precision=1),
        _f(
            "island.minami-daito",
            "island",
            "Minami-Daito Island",
            MINAMI_DAITO,
            "Minami-Daito",
            geo_precision=1,
        ),
        _f("region.korean-peninsula", "region", "Korean Peninsula", KOREA, geo_precision=4),
        _f(
            "adiz.kr",
            "adiz",
            "Korea Air Defense Identification Zone",
            box(124.0, 30.0, 132.0, 39.0),
            "KADIZ",
            owner="KR",
        ),
        _f(
            "adiz.jp",
            "adiz",
            "Japan Air Defense Identification Zone",
            japan.buffer(2.0),
            "JADIZ",
            owner="JP",
        ),
        _f(
            "adiz.cn-ecs",
            "adiz",
            "East China Sea Air Defense Identification Zone",
            Polygon(
                [
                    (121.78, 33.18),
                    (125.0, 33.18),
                    (128.33, 31.0),
                    (125.0, 25.63),
                    (123.0, 24.75),
                    (120.97, 26.73),
                ]
            ),
            "East China Sea ADIZ",
            owner="CN",
        ),
        _f(
            "adiz.tw",
            "adiz",
            "Taiwan Air Defense Identification Zone",
            TAIWAN.buffer(2.0),
            owner="TW",
        ),
        _f(
            "airspace.kr",
            "airspace",
            "South Korean territorial airspace",
            KOREA.buffer(0.2),
            owner="KR",
        ),
        _f("city.tokyo", "city", "Tokyo", Point(139.69, 35.69), "Tokyo", geo_precision=1),
        _f("city.moscow", "city", "Moscow", Point(37.62, 55.75), geo_precision=1),
        _f("city.naha", "city", "Naha", Point(127.68, 26.21), geo_precision=1),
        _f("country.lt", "country", "Lithuania", box(21.0, 53.9, 26.8, 56.4), geo_precision=6),
        _f(
            "airspace.jp",
            "airspace",
            "Japanese territorial airspace",
            japan.buffer(0.2),
            owner="JP",
            geo_precision=3,
        ),
        _f(
            "region.fujian",
            "region",
            "Fujian",
            box(115.8, 23.5, 120.7, 28.3),
            "Fujian Province",
            geo_precision=4,
        ),
        _f(
            "island.kuba",
            "island",
            "Kuba Island",
            box(123.67, 25.92, 123.70, 25.94),
            "Kubajima",
            parent="islands.senkaku",
            geo_precision=1,
        ),
    ]


@lru_cache(maxsize=1)
def small_gazetteer() -> Gazetteer:
    """The hand-made gazetteer, built once per test session."""
    return Gazetteer(_features())
