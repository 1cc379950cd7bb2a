import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from typer.testing import CliRunner

from geo import store as store_module
from geo._errors import ContractError, InputError, StoreError
from geo._paths import seeds_dir
from geo.cli import app
from geo.records import (
    INCIDENT_COLUMNS,
    Article,
    Incident,
    Source,
    frame_from_incidents,
    validate_incident_frame,
)
from geo.store import (
    Store,
    default_store_path,
    ensure_store,
    geometry_from_gpkg_blob,
    gpkg_blob_from_geometry,
)

SQUARE = Polygon([(139, 34), (141, 34), (141, 36), (139, 36)])


def _article(doc="000.txt", text="Two Tu-95 bombers flew over the Sea of Japan.", **extra):
    values = dict(
        doc=doc,
        path=f"/corpus/{doc}",
        text=text,
        url=f"https://example.org/{doc}",
        publisher="Example Wire",
        published=date(2021, 11, 23),
        title="Bombers over the Sea of Japan",
        published_basis="header",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    values.update(extra)
    return Article(**values)


def _incidents():
    source = Source(
        doc="000.txt",
        quote="Two Tu-95 bombers flew over the Sea of Japan.",
        start=0,
        end=45,
        url="https://example.org/000.txt",
        publisher="Example Wire",
        published="2021-11-23",
    )
    return [
        Incident(
            id="inc-route",
            type="joint_air_patrol",
            date="2021-11-19",
            date_precision="day",
            geometry=LineString([(135, 40), (126, 30), (135, 28)]),
            geo_precision=5,
            role="primary",
            actors=("CN", "RU"),
            assets=("H-6K", "Tu-95"),
            count=4,
            place_ids=("sea.japan", "sea.east-china", "ocean.pacific"),
            place_names=("Sea of Japan", "East China Sea", "Pacific Ocean"),
            sources=(source, Source(doc="001.txt", quote="bombers", start=5, end=12)),
            reason="route through the named seas in text order",
        ),
        Incident(
            "inc-point",
            "radar_lockon",
            "2025-12-06",
            "day",
            Point(128.5, 26.1),
            2,
            actors=("CN",),
            reason="south-east of Okinawa island",
        ),
        Incident(
            "inc-month",
            "territorial_waters_entry",
            "2021-12",
            "month",
            SQUARE,
            3,
            role="background",
            actors=("CN",),
            count=15,
            date_end=None,
        ),
        Incident(
            "inc-span",
            "joint_naval_exercise",
            "2021-12-30",
            "day",
            MultiPolygon([SQUARE, Polygon([(150, 40), (151, 40), (151, 41)])]),
            4,
            date_end="2022-01-02",
            actors=("RU", "CN"),
            assets=("destroyers",),
        ),
        Incident("inc-undated", "other", None, None, None, None),
    ]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.gpkg") as opened:
        yield opened


def _query(path, sql):
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- articles ------------------------------------------------------------------------------


def test_articles_round_trip_every_field(store):
    articles = [
        _article("000.txt"),
        _article(
            "001.txt",
            text="Another text.",
            published=None,
            url=None,
            title=None,
            published_basis="",
        ),
    ]
    assert store.add_articles(articles) == 2
    assert sorted(store.articles(), key=lambda a: a.doc) == articles
    assert store.count_articles() == 2
    assert not store.is_empty()


def test_readding_the_same_article_changes_nothing(store):
    store.add_articles([_article()])
    before = _sha(store.path)
    assert store.add_articles([_article()]) == 0
    assert _sha(store.path) == before


def test_same_doc_with_new_text_replaces_the_row(store):
    store.add_articles([_article()])
    changed = _article(text="Corrected text.")
    assert store.add_articles([changed, _article("002.txt")]) == 2
    assert {a.doc: a for a in store.articles()}["000.txt"] == changed
    assert store.count_articles() == 2


def test_missing_sha256_is_computed_from_the_text(store):
    store.add_articles([_article(sha256="")])
    stored = next(store.articles())
    assert stored.sha256 == hashlib.sha256(stored.text.encode()).hexdigest()


def test_new_store_is_empty(store):
    assert store.is_empty()
    assert store.count_incidents() == 0
    assert len(store.incidents_frame()) == 0


# -- incidents -----------------------------------------------------------------------------


def test_incidents_round_trip_every_field_and_geometry_type(store):
    incidents = _incidents()
    assert store.replace_incidents(incidents) is True
    assert store.incidents() == incidents
    types = [g.geom_type if g is not None else None for g in store.incidents_frame().geometry]
    assert types == ["LineString", "Point", "Polygon", "MultiPolygon", None]


def test_incidents_frame_meets_the_frame_contract(store):
    store.replace_incidents(_incidents())
    frame = store.incidents_frame()
    validate_incident_frame(frame)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == list(frame_from_incidents(_incidents()).columns)
    assert frame.loc[0, "actors"] == ["CN", "RU"]
    assert frame.loc[0, "sources"][0]["quote"].startswith("Two Tu-95")


def test_replacing_with_the_same_incidents_leaves_the_file_unchanged(store):
    store.replace_incidents(_incidents())
    before = _sha(store.path)
    assert store.replace_incidents(_incidents()) is False
    assert _sha(store.path) == before


def test_replace_incidents_replaces_and_renumbers(store):
    store.replace_incidents(_incidents())
    store.replace_incidents(_incidents()[:2])
    assert [i.id for i in store.incidents()] == ["inc-route", "inc-point"]
    fids = [row[0] for row in _query(store.path, "SELECT fid FROM incidents ORDER BY fid")]
    assert fids == [1, 2]


def test_layer_extent_follows_the_incidents(store):
    store.replace_incidents(_incidents()[:2])
    extent = _query(
        store.path,
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'incidents'",
    )
    assert extent == [(126.0, 26.1, 135.0, 40.0)]


def test_contract_break_is_refused_and_the_store_kept(store):
    store.replace_incidents(_incidents())
    with pytest.raises(ContractError, match="duplicate ids"):
        store.replace_incidents([_incidents()[0], _incidents()[0]])
    assert store.incidents() == _incidents()


def test_failed_transaction_rolls_back_articles_and_incidents(store):
    store.add_articles([_article()])
    store.replace_incidents(_incidents())
    with pytest.raises(RuntimeError), store.transaction():
        store.add_articles([_article("009.txt")])
        store.replace_incidents(_incidents()[:1])
        raise RuntimeError("interrupted")
    assert store.count_articles() == 1
    assert store.incidents() == _incidents()


def test_gpkg_blob_round_trip_and_gdal_reads_the_layer(store):
    for geometry in (Point(1, 2), SQUARE, LineString([(0, 0), (3, 1)])):
        assert geometry_from_gpkg_blob(gpkg_blob_from_geometry(geometry)).equals(geometry)
    store.replace_incidents(_incidents())
    frame = gpd.read_file(store.path, layer="incidents", engine="pyogrio")
    assert list(frame["id"]) == [i.id for i in _incidents()]
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.iloc[0].equals(_incidents()[0].geometry)


# -- filters -------------------------------------------------------------------------------


def _ids(frame):
    return list(frame["id"])


def test_year_filter_takes_each_date_at_its_precision(store):
    store.replace_incidents(_incidents())
    assert _ids(store.incidents_frame(year=2021)) == ["inc-route", "inc-month", "inc-span"]
    assert _ids(store.incidents_frame(year=2022)) == ["inc-span"]
    assert _ids(store.incidents_frame(year=2025)) == ["inc-point"]
    assert _ids(store.incidents_frame(year=2019)) == []


def test_date_range_filter(store):
    store.replace_incidents(_incidents())
    assert _ids(store.incidents_frame(date_from="2021-12-15", date_to="2021-12-31")) == [
        "inc-month",
        "inc-span",
    ]
    assert _ids(store.incidents_frame(date_from=date(2022, 1, 2))) == ["inc-point", "inc-span"]
    assert _ids(store.incidents_frame(date_to="2021-11-30")) == ["inc-route"]


def test_type_and_actor_filters(store):
    store.replace_incidents(_incidents())
    assert _ids(store.incidents_frame(type="radar_lockon")) == ["inc-point"]
    assert _ids(store.incidents_frame(actor="ru")) == ["inc-route", "inc-span"]
    assert _ids(store.incidents_frame(year=2021, actor="RU", type="joint_air_patrol")) == [
        "inc-route"
    ]


def test_unknown_filter_values_are_input_errors(store):
    with pytest.raises(InputError, match=r"incident type 'bomber' is unknown; use one of"):
        store.incidents_frame(type="bomber")
    with pytest.raises(InputError, match=r"actor 'XX' is unknown"):
        store.incidents_frame(actor="XX")
    with pytest.raises(InputError, match=r"date '2022/01/01' is not YYYY"):
        store.incidents_frame(date_from="2022/01/01")


# -- paths and errors ----------------------------------------------------------------------


def test_default_path_is_maps_store_under_cwd_or_geo_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEO_STORE", raising=False)
    assert default_store_path() == tmp_path / "maps" / "store.gpkg"
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "elsewhere.gpkg"))
    with Store() as opened:
        assert opened.path == tmp_path / "elsewhere.gpkg"
    assert (tmp_path / "elsewhere.gpkg").is_file()


def test_a_text_file_is_not_a_geopackage(tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("hello, this is not a database at all")
    with pytest.raises(StoreError, match=r"notes.gpkg' is not a GeoPackage; move it away"):
        Store(path)


def test_a_foreign_geopackage_is_not_a_store(tmp_path):
    path = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:4326").to_file(path)
    with pytest.raises(StoreError, match=r"other.gpkg' is not a geo store \(no articles"):
        Store(path)


def test_missing_store_is_refused_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match=r"no store at .*run `geo ingest PATH...` first"):
        Store(tmp_path / "absent.gpkg", create=False)
    assert not (tmp_path / "absent.gpkg").exists()


def test_unwritable_location_names_the_fix(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match=r"cannot create the folder of store .*pass a writable"):
        Store(tmp_path / "file" / "store.gpkg")


def test_locked_store_names_the_fix(tmp_path, monkeypatch):
    path = tmp_path / "store.gpkg"
    Store(path).close()
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.05)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with (
            Store(path) as busy,
            pytest.raises(
                StoreError, match=r"store .*store.gpkg.*locked.*another geo process.*then retry"
            ),
        ):
            busy.add_articles([_article()])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# -- a killed writer -----------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from shapely.geometry import Point
    from geo.records import Article, Incident
    from geo.store import Store

    path, batch, endless = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

    def articles(generation, part=0):
        return (
            Article(f"g{generation}-{part}-{i}", "p", "x" * 2000 + f"{generation}-{i}")
            for i in range(batch)
        )

    def incidents(generation):
        return (
            Incident(f"g{generation}-{i}", "other", None, None, Point(i % 180, 0), 1,
                     reason=str(generation))
            for i in range(batch)
        )

    store = Store(path)
    for generation in range(1, 10_000):
        with store.transaction():
            store.add_articles(articles(generation))
            store.replace_incidents(incidents(generation))
            store.set_meta("generation", str(generation))
            part = 0
            while generation == endless:  # a write that only SIGKILL ends
                part += 1
                store.add_articles(articles(generation, part))
                print("writing", flush=True)
        print(generation, flush=True)
    """
)


def _run_writer(path, *, endless, batch=3000):
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(batch), str(endless)],
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill(child, after_lines, wait=0.0):
    try:
        for _ in range(after_lines):
            assert child.stdout.readline(), "the writer ended before it was killed"
        time.sleep(wait)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def _assert_whole_generation(path, batch=3000):
    with Store(path) as reopened:
        generation = int(reopened.meta("generation"))
        assert reopened.count_articles() == batch * generation
        assert set(reopened.incidents_frame()["reason"]) == {str(generation)}
        assert reopened.count_incidents() == batch
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    return generation


def test_sigkill_inside_a_write_rolls_back_to_the_last_commit(tmp_path):
    path = tmp_path / "store.gpkg"
    # generations 1 and 2 commit; generation 3 writes until killed, spilling to the file
    _kill(_run_writer(path, endless=3), after_lines=2 + 3)
    assert Path(f"{path}-wal").stat().st_size > 0  # killed mid-transaction
    assert _assert_whole_generation(path) == 2
    assert not Path(f"{path}-wal").exists()  # folded back into the one file on close


def test_sigkill_at_any_moment_leaves_the_old_or_the_new_content(tmp_path):
    path = tmp_path / "store.gpkg"
    _kill(_run_writer(path, endless=0), after_lines=2, wait=0.3)
    assert _assert_whole_generation(path) >= 2


@pytest.mark.gdal
def test_ogrinfo_reads_the_store_without_warnings(tmp_path):
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        pytest.fail("ogrinfo is missing: install gdal-bin")
    path = tmp_path / "store.gpkg"
    with Store(path) as opened:
        opened.add_articles([_article()])
        opened.replace_incidents(_incidents())
    result = subprocess.run([ogrinfo, "-ro", "-al", str(path)], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stderr == ""
    assert "Layer name: incidents" in result.stdout
    assert "Feature Count: 5" in result.stdout
    assert "Layer name: articles" in result.stdout
    assert "LINESTRING (135 40,126 30,135 28)" in result.stdout
    assert set(INCIDENT_COLUMNS) <= {
        line.split(":")[0].strip() for line in result.stdout.splitlines() if ": " in line
    }


# -- ingest, ensure_store and the commands -------------------------------------------------

runner = CliRunner()


def _ingest(tmp_path, *paths, extra=()):
    store = tmp_path / "store.gpkg"
    args = ["ingest", *map(str, paths), "--store", str(store), *extra]
    return runner.invoke(app, args), store


def test_geo_ingest_of_the_seeds_stores_articles_and_incidents(tmp_path):
    result, store = _ingest(tmp_path, seeds_dir())
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no progress bar when the output is not a terminal
    count = _query(store, "SELECT count(*) FROM incidents")[0][0]
    assert count > 0
    assert result.stdout.strip() == (
        f"ingested 5 new articles (0 unchanged, 0 errors); store holds {count} incidents"
    )
    with Store(store) as opened:
        assert opened.count_articles() == 5
        frame = opened.incidents_frame()
    validate_incident_frame(frame)
    docs = {source["doc"] for sources in frame["sources"] for source in sources}
    assert docs <= {article.doc for article in Store(store).articles()}


def test_re_ingesting_the_seeds_changes_nothing(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    ids = [row[0] for row in _query(store, "SELECT id FROM incidents ORDER BY fid")]
    before = _sha(store)
    result, _ = _ingest(tmp_path, seeds_dir())
    assert result.exit_code == 0
    assert result.stdout.startswith("ingested 0 new articles (5 unchanged, 0 errors)")
    assert [row[0] for row in _query(store, "SELECT id FROM incidents ORDER BY fid")] == ids
    assert _sha(store) == before


def test_a_bad_file_is_one_error_line_and_the_rest_goes_on(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(seeds_dir(), folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    result, store = _ingest(tmp_path, folder)
    assert result.exit_code == 0
    error_lines = result.stderr.strip().splitlines()
    assert len(error_lines) == 1 and "broken.txt" in error_lines[0]
    assert "ingested 5 new articles (0 unchanged, 1 errors)" in result.stdout


def test_geo_ingest_exits_1_when_every_input_fails(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result, _ = _ingest(tmp_path, bad)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "ingested 0 new articles (0 unchanged, 1 errors)" in result.stdout


def test_corrections_are_applied_on_ingest_and_survive_re_ingest(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    first, second = (row[0] for row in _query(store, "SELECT id FROM incidents ORDER BY fid")[:2])
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(f"- fix: {first}\n  count: 99\n- drop: {second}\n")
    for _ in range(2):
        result, _ = _ingest(tmp_path, seeds_dir(), extra=["--corrections", str(corrections)])
        assert result.exit_code == 0, result.output
        rows = dict(_query(store, "SELECT id, count FROM incidents"))
        assert rows[first] == 99 and second not in rows
    reason = _query(store, f"SELECT reason FROM incidents WHERE id = '{first}'")[0][0]
    assert "corrected by analyst: count" in reason
    assert corrections.read_text() == f"- fix: {first}\n  count: 99\n- drop: {second}\n"


def test_bad_corrections_file_is_one_line_and_the_store_kept(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    before = _sha(store)
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text("- fix: x\n  type: bombing\n")
    result, _ = _ingest(tmp_path, seeds_dir(), extra=["--corrections", str(corrections)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "type 'bombing' is unknown" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _sha(store) == before


def test_geo_incidents_json_is_a_feature_collection_of_the_store(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    result = runner.invoke(app, ["incidents", "--json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    stored = [row[0] for row in _query(store, "SELECT id FROM incidents ORDER BY fid")]
    assert [feature["properties"]["id"] for feature in collection["features"]] == stored
    assert isinstance(collection["features"][0]["properties"]["actors"], list)


def test_geo_incidents_filters_and_table(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    with Store(store) as opened:
        expected = list(opened.incidents_frame(year=2022, actor="RU")["id"])
    result = runner.invoke(
        app, ["incidents", "--year", "2022", "--actor", "RU", "--json", "--store", str(store)]
    )
    assert [f["properties"]["id"] for f in json.loads(result.stdout)["features"]] == expected
    table = runner.invoke(app, ["incidents", "--year", "2022", "--store", str(store)])
    assert table.exit_code == 0
    assert table.stdout.rstrip().endswith(
        f"{len(Store(store).incidents_frame(year=2022))} incidents"
    )


def test_geo_incidents_without_a_store_names_the_fix(tmp_path):
    result = runner.invoke(app, ["incidents", "--store", str(tmp_path / "none.gpkg")])
    assert result.exit_code == 1
    assert "run `geo ingest PATH...` first" in result.stderr
    _, store = _ingest(tmp_path, seeds_dir())
    bad_type = runner.invoke(app, ["incidents", "--type", "bomber", "--store", str(store)])
    assert bad_type.exit_code == 1
    assert bad_type.stderr.startswith("error: incident type 'bomber' is unknown; use one of")


def test_ensure_store_ingests_the_seeds_into_a_fresh_store_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with ensure_store(tmp_path / "fresh.gpkg") as store:
        assert store.count_articles() == 5
        assert store.count_incidents() > 0
        assert len(store.incidents_frame(year=2021)) > 0
    before = _sha(tmp_path / "fresh.gpkg")
    ensure_store(tmp_path / "fresh.gpkg").close()
    assert _sha(tmp_path / "fresh.gpkg") == before


def test_ensure_store_reapplies_changed_corrections(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "fresh.gpkg"
    with ensure_store(path) as store:
        target = store.incidents()[0].id
    (tmp_path / "corrections.yaml").write_text(f"- drop: {target}\n")
    with ensure_store(path) as store:  # the default corrections file in the cwd
        assert target not in {incident.id for incident in store.incidents()}
        assert store.count_articles() == 5


def test_ensure_store_adds_a_given_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir() / "001_b4abb08703c02422.txt", corpus)
    with ensure_store(tmp_path / "store.gpkg", corpus=[corpus]) as store:
        assert [article.doc for article in store.articles()] == ["001_b4abb08703c02422.txt"]


def test_ensure_store_repeats_unresolved_corrections_on_every_run(tmp_path, monkeypatch, caplog):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corrections.yaml").write_text("- drop: no-such-incident\n")
    caplog.set_level(logging.WARNING)
    for _ in range(2):
        caplog.clear()
        ensure_store(tmp_path / "store.gpkg").close()
        assert "no incident 'no-such-incident' to drop" in caplog.text


@pytest.mark.gdal
def test_ogrinfo_reads_a_killed_store_before_geo_reopens_it(tmp_path):
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        pytest.fail("ogrinfo is missing: install gdal-bin")
    path = tmp_path / "store.gpkg"
    _kill(_run_writer(path, endless=3), after_lines=2 + 3)
    result = subprocess.run(
        [ogrinfo, "-ro", "-so", "-al", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stderr == ""
    counts = [line for line in result.stdout.splitlines() if line.startswith("Feature Count")]
    assert counts == ["Feature Count: 3000", "Feature Count: 6000"]  # generation 2 whole


@pytest.mark.gdal
def test_a_spatial_index_added_by_gdal_is_kept_up_to_date(tmp_path):
    path = tmp_path / "store.gpkg"
    Store(path).close()
    subprocess.run(
        ["ogrinfo", str(path), "-sql", "SELECT CreateSpatialIndex('incidents', 'geom')"],
        check=True,
        capture_output=True,
    )
    with Store(path) as store:
        store.replace_incidents(_incidents())
        store.replace_incidents(_incidents()[:3])
    boxes = _query(path, "SELECT id, minx, maxx, miny, maxy FROM rtree_incidents_geom ORDER BY id")
    assert [box[0] for box in boxes] == [1, 2, 3]
    assert boxes[1][1:] == pytest.approx((128.5, 128.5, 26.1, 26.1))


def test_geo_incidents_date_range_takes_partial_dates(tmp_path):
    _, store = _ingest(tmp_path, seeds_dir())
    with Store(store) as opened:
        expected = list(opened.incidents_frame(date_from="2021-11-01", date_to="2022-12-31")["id"])
    assert expected
    args = ["incidents", "--from", "2021-11", "--to", "2022", "--json", "--store", str(store)]
    result = runner.invoke(app, args)
    assert [f["properties"]["id"] for f in json.loads(result.stdout)["features"]] == expected


def test_geo_ingest_into_a_file_that_is_not_a_store(tmp_path):
    notes = tmp_path / "notes.gpkg"
    notes.write_text("not a database")
    result = runner.invoke(app, ["ingest", str(seeds_dir()), "--store", str(notes)])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "is not a GeoPackage; move it away or pass another file with --store"
    )
    assert notes.read_text() == "not a database"
