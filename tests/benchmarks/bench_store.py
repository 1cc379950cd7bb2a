"""Benchmark the GeoPackage store against baselines measured in the same run.

    python3 tests/benchmarks/bench_store.py [N_ARTICLES]

Articles are the embedded seeds repeated under new doc ids (seed-sized texts); incidents
are synthetic, one per four articles, with Point/LineString/Polygon geometry. Baselines:
a bare sqlite3 ``executemany`` of the same article rows in one transaction, and GDAL
(pyogrio) writing and reading the same incident frame as a GeoPackage layer.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pyogrio
from shapely.geometry import LineString, Point, Polygon

from geo._paths import seeds_dir
from geo.articles import iter_articles
from geo.records import Article, Incident, Source, flat_properties, frame_from_incidents
from geo.store import Store, _article_row


def _articles(count: int) -> list[Article]:
    seeds = [a for a in iter_articles([seeds_dir()]) if isinstance(a, Article)]
    return [
        replace(seeds[i % len(seeds)], doc=f"{i:06d}-{seeds[i % len(seeds)].doc}", sha256="")
        for i in range(count)
    ]


def _incidents(count: int) -> list[Incident]:
    shapes = (
        lambda i: Point(125 + i % 20, 25 + i % 15),
        lambda i: LineString([(130, 40), (126, 30), (135 + i % 5, 28)]),
        lambda i: Polygon([(139, 34), (141, 34), (141, 36 + i % 3), (139, 36)]),
    )
    return [
        Incident(
            f"inc-{i:06d}",
            "joint_air_patrol",
            f"{2019 + i % 7}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "day",
            shapes[i % 3](i),
            3,
            actors=("CN", "RU"),
            assets=("H-6K", "Tu-95"),
            count=4,
            place_ids=("sea.japan", "sea.east-china"),
            place_names=("Sea of Japan", "East China Sea"),
            sources=(
                Source(doc=f"{i:06d}", quote="Two bombers flew over the sea.", start=0, end=30),
            ),
            reason="route through the named seas",
        )
        for i in range(count)
    ]


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _baseline_articles(path: Path, articles: list[Article]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(
            "CREATE TABLE a (doc TEXT UNIQUE, path, sha256, url, publisher, "
            "published, published_basis, title, text)"
        )
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO a VALUES (?,?,?,?,?,?,?,?,?)", [_article_row(a) for a in articles]
        )
        connection.execute("COMMIT")


def _gdal_frame(incidents: list[Incident]):
    frame = frame_from_incidents(incidents)
    flat = [flat_properties(row) for row in frame.to_dict("records")]
    import geopandas as gpd

    return gpd.GeoDataFrame(flat, geometry=list(frame.geometry), crs="EPSG:4326")


def main(count: int) -> None:
    articles, incidents = _articles(count), _incidents(count // 4)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        base_articles = _timed(lambda: _baseline_articles(tmp / "base.sqlite", articles))
        gdal_frame = _gdal_frame(incidents)
        base_write = _timed(lambda: pyogrio.write_dataframe(gdal_frame, tmp / "base.gpkg"))
        base_read = _timed(lambda: pyogrio.read_dataframe(tmp / "base.gpkg"))
        with Store(tmp / "store.gpkg") as store:
            add = _timed(lambda: store.add_articles(articles))
            again = _timed(lambda: store.add_articles(articles))
            write = _timed(lambda: store.replace_incidents(incidents))
            same = _timed(lambda: store.replace_incidents(incidents))
            read = _timed(lambda: store.incidents_frame())
            year = _timed(lambda: store.incidents_frame(year=2022, actor="RU"))
    rows = [
        ("add articles (new)", add, base_articles, "sqlite3 executemany"),
        ("add articles (re-ingest, no-op)", again, base_articles, "sqlite3 executemany"),
        ("replace incidents", write, base_write, "pyogrio write GPKG"),
        ("replace incidents (unchanged)", same, base_write, "pyogrio write GPKG"),
        ("read incidents frame", read, base_read, "pyogrio read GPKG"),
        ("read with year+actor filter", year, base_read, "pyogrio read GPKG"),
    ]
    print(f"{count} articles, {count // 4} incidents")
    for name, seconds, baseline, against in rows:
        print(
            f"{name:34s} {seconds:8.3f} s  {seconds / baseline:6.2f}x {against} ({baseline:.3f} s)"
        )
    print(f"articles per second (new): {count / add:,.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
