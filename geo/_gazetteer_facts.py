"""Published coordinates the gazetteer is built from, each with its source and confidence.

Confidence after ``/work/shared/reference/facts.md`` conventions: A official text, B reputable
secondary source, C third-party or approximate. Coordinates are (lon, lat), WGS84.
Values marked ``GSI`` or ``chart`` without a letter were read from standard references
(Geospatial Information Authority of Japan maps, nautical charts) to the nearest 0.01°.
"""

from __future__ import annotations

LonLat = tuple[float, float]


def dms(degrees: float, minutes: float = 0.0, seconds: float = 0.0) -> float:
    """Degrees, minutes, seconds -> decimal degrees."""
    return degrees + minutes / 60 + seconds / 3600


# --- China's East China Sea ADIZ, PRC Government Statement of 23 Nov 2013 (A) ------------
CN_ECS_ADIZ_SOURCE = (
    "PRC Government Statement on Establishing the East China Sea ADIZ, 23 Nov 2013 "
    "(Xinhua text, mirrored at usa.fjsen.com/2013-11/23/content_13022305.htm; confidence A)"
)
CN_ECS_ADIZ: tuple[LonLat, ...] = (
    (dms(121, 47), dms(33, 11)),
    (dms(125, 0), dms(33, 11)),
    (dms(128, 20), dms(31, 0)),
    (dms(125, 0), dms(25, 38)),
    (dms(123, 0), dms(24, 45)),
    (dms(120, 58), dms(26, 44)),
)

# --- Japan's ADIZ, Defense Agency Instruction No. 36 (1969, as amended 2010) --------------
JP_ADIZ_SOURCE = (
    "Defense Agency Instruction No. 36 (1969, amended 25 Jun 2010), outer-line points (1)-(7) "
    "(ja.wikisource text; confidence A); the rest sketched from secondary descriptions (C)"
)
JP_ADIZ_OFFICIAL: tuple[LonLat, ...] = (
    (dms(138, 44, 47), dms(45, 45, 7)),
    (dms(132, 59, 50), dms(40, 40, 9)),
    (dms(132, 59, 50), dms(37, 17, 10)),
    (dms(130, 29, 51), dms(36, 0, 11)),
    (dms(129, 47, 52), dms(35, 13, 11)),
    (dms(126, 59, 53), dms(33, 0, 12)),
    (dms(124, 59, 53), dms(33, 0, 12)),
)
# West side per scopedog.hatenablog.com (C): along 125E to 30N, diagonal through 29N 124E
# to 28N 123E, then the 123E meridian south to 23N (with the 2010 Yonaguni bulge).
JP_ADIZ_WEST: tuple[LonLat, ...] = ((125.0, 30.0), (124.0, 29.0), (123.0, 28.0))
JP_ADIZ_SOUTH_WEST: LonLat = (123.0, 23.0)
# South, east and north sides: sketched (C), no official points retrieved.
JP_ADIZ_SKETCH: tuple[LonLat, ...] = (
    (132.0, 23.0),
    (137.0, 27.0),
    (142.0, 30.0),
    (146.0, 35.0),
    (146.5, 40.0),
    (146.0, 43.0),
    (145.82, 43.42),  # 3 nm off Nosappu, then along Hokkaido's coast (Art. 2 exception)
)
JP_ADIZ_NORTH: tuple[LonLat, ...] = (
    (145.30, 44.40),
    (142.0, 45.62),
    (141.5, 45.75),
)
YONAGUNI_BASELINE_BUFFER_NM = 14.0  # 12 nm territorial sea + 2 nm (2010 amendment)

# --- South Korea's ADIZ (2013), NewDaily points (B/C) + Incheon FIR (A) --------------------
KR_ADIZ_SOURCE = (
    "ROK MND announcement of 8 Dec 2013 as printed by NewDaily (B/C) and the Incheon FIR "
    "lateral limits, ROK eAIP ENR 2.1 AIRAC 2018-07-18 (A)"
)
KR_ADIZ: tuple[LonLat, ...] = (
    (123.5, 39.0),
    (133.0, 39.0),
    (133.0, dms(37, 17)),
    (130.5, 36.0),  # JADIZ (4)/(5): the shared US-era seam (assumption, C)
    (dms(129, 48), dms(35, 13)),
    (dms(128, 52), dms(34, 17)),
    (127.5, 32.5),
    (dms(126, 50), 32.5),
    (dms(125, 25), 30.0),
    (124.0, 30.0),
    (124.0, 37.0),
)

# --- Taiwan's ADIZ: commonly cited rectangle (C) -------------------------------------------
TW_ADIZ_SOURCE = (
    "commonly cited approximation 21-29N, 117.5-123E (no official vertex list exists; "
    "eastern edge 123E per Taipei Times 4 Dec 2013, B)"
)
TW_ADIZ: tuple[LonLat, ...] = ((117.5, 21.0), (123.0, 21.0), (123.0, 29.0), (117.5, 29.0))

# --- Senkaku / Diaoyu islands -------------------------------------------------------------
SENKAKU_SOURCE = (
    "OPRF/SPF table based on GSI maps (B); PRC SOA coordinates for Diaoyu Dao and Huangwei Yu "
    "(A); MOFA areas (A)"
)
# id suffix: (lon, lat, area km², en, ja, zh, aliases)
SENKAKU_ISLANDS: dict[str, tuple[float, float, float]] = {
    "uotsuri": (dms(123, 28.4), dms(25, 44.6), 3.81),
    "kita-kojima": (dms(123, 32), dms(25, 43), 0.31),
    "minami-kojima": (dms(123, 33), dms(25, 43), 0.40),
    "kuba": (dms(123, 40.9), dms(25, 55.4), 0.91),
    "taisho": (dms(124, 33), dms(25, 55), 0.06),
    "oki-no-kita-iwa": (dms(123, 32), dms(25, 46), 0.02),
    "oki-no-minami-iwa": (dms(123, 34), dms(25, 45), 0.01),
    "tobise": (dms(123, 30), dms(25, 44), 0.005),
}
# PRC baseline points of 10 Sep 2012 (A), loop 1 and loop 2.
CN_SENKAKU_BASELINES: tuple[tuple[LonLat, ...], ...] = (
    (
        (dms(123, 27.5), dms(25, 44.1)),
        (dms(123, 27.4), dms(25, 44.2)),
        (dms(123, 27.4), dms(25, 44.4)),
        (dms(123, 27.5), dms(25, 44.7)),
        (dms(123, 40.7), dms(25, 55.8)),
        (dms(123, 41.1), dms(25, 55.8)),
        (dms(123, 41.3), dms(25, 55.6)),
        (dms(123, 41.4), dms(25, 55.4)),
        (dms(123, 41.4), dms(25, 55.3)),
        (dms(123, 33.4), dms(25, 43.2)),
        (dms(123, 33.2), dms(25, 43.2)),
        (dms(123, 27.6), dms(25, 44.0)),
    ),
    (
        (dms(124, 33.7), dms(25, 55.3)),
        (dms(124, 33.2), dms(25, 55.2)),
        (dms(124, 33.3), dms(25, 55.3)),
        (dms(124, 33.5), dms(25, 55.5)),
        (dms(124, 33.7), dms(25, 55.5)),
    ),
)

# --- Liancourt Rocks (NGII, A; OPRF/GSI, B) -----------------------------------------------
LIANCOURT_SOURCE = "NGII Dokdo survey (A) and OPRF table based on GSI (B); they agree to ~0.001°"
LIANCOURT_ISLETS: tuple[LonLat, ...] = (
    (dms(131, 52, 10.4), dms(37, 14, 26.8)),  # East islet
    (dms(131, 51, 54.6), dms(37, 14, 30.6)),  # West islet
)

# --- Headlands (facts.md §6.3 unless marked) -----------------------------------------------
HEADLANDS: dict[str, tuple[LonLat, str]] = {
    "soya": ((dms(141, 56, 12), dms(45, 31, 21)), "ja.wikipedia 宗谷岬 (B)"),
    "crillon": ((142.0833, 45.900), "Cape Crillon, jmedia.wiki (B)"),
    "tappi": ((140.343, 41.258), "lighthouse, third-party data (C)"),
    "oma": ((140.900, 41.550), "ut21.net (B)"),
    "shiriya": ((141.461, 41.431), "lighthouse, third-party data (C)"),
    "esan": ((141.175, 41.801), "lighthouse, third-party data (C)"),
    "shirakami": ((140.205, 41.398), "GSI map reading (C)"),
    "shiokubi": ((140.93, 41.705), "GSI map reading (C)"),
    "sata": ((130.66167, 30.98611), "ja.wikipedia 佐多岬 (B)"),
    "kishikazaki": ((130.885, 30.840), "Tanegashima north point, GSI map reading (C)"),
    "kyan": ((dms(127, 40, 8), dms(26, 4, 41)), "ja.wikipedia 宮古海峡 (B)"),
    "higashi-hennazaki": ((125.47, 24.72), "third-party data (C)"),
    "irizaki": ((dms(122, 56, 1), dms(24, 26, 58)), "GSI (B)"),
    "agarizaki": ((123.045, 24.435), "Yonaguni east cape, GSI map reading (C)"),
    "iriomote-west": ((123.685, 24.345), "Iriomote west end, GSI map reading (C)"),
    "lesser-orchid": ((121.61016, 21.94997), "zh.wikipedia 小蘭嶼 (B)"),
    "mavulis": ((121.95167, 21.11306), "en.wikipedia Mavulis Island (B)"),
    "eluanbi": ((120.853, 21.902), "Cape Eluanbi, chart reading (C)"),
    "kamui": ((140.347, 43.333), "Kamui-misaki, GSI map reading (C)"),
    "shionomisaki": ((135.755, 33.435), "Shionomisaki, GSI map reading (C)"),
    "nosappu": ((145.817, 43.385), "Nosappu-misaki, GSI map reading (C)"),
    "shiretoko": ((145.33, 44.345), "Shiretoko-misaki, GSI map reading (C)"),
    "erimo": ((143.248, 41.925), "Erimo-misaki, GSI map reading (C)"),
    "inubo": ((140.868, 35.708), "Inubo-saki, GSI map reading (C)"),
    "muroto": ((134.177, 33.245), "Muroto-misaki, GSI map reading (C)"),
    "ashizuri": ((133.02, 32.72), "Ashizuri-misaki, GSI map reading (C)"),
    "toi": ((131.35, 31.37), "Toi-misaki, GSI map reading (C)"),
    "nomozaki": ((129.75, 32.58), "Nomo-zaki, GSI map reading (C)"),
    "noshappu": ((141.65, 45.45), "Noshappu-misaki, GSI map reading (C)"),
    "aniva": ((143.43, 46.02), "Cape Aniva, Natural Earth regions points"),
}

# Representative point of the Bashi Channel (B).
BASHI_POINT: LonLat = (121.5, dms(21, 25))
# Ieodo Ocean Research Station (KHOA), on the submerged Socotra Rock (B).
IEODO: LonLat = (dms(125, 10, 56.8), dms(32, 7, 22.6))
# Okinotorishima, 20°25'N 136°05'E (GSI; B). Rocks, absent from Natural Earth.
OKINOTORISHIMA: LonLat = (dms(136, 5), dms(20, 25))
