"""The store: one GeoPackage file holding the ingested articles and the current incidents.

The file is a plain OGC GeoPackage (SQLite underneath) that ``ogrinfo`` and QGIS open:

- ``incidents``: a feature layer (EPSG:4326, geometry column ``geom``) with the incident
  frame's columns; list fields (``actors``, ``assets``, ``place_ids``, ``place_names``) and
  ``sources`` are JSON arrays stored as text.
- ``articles``: an attribute table, one row per article (``doc`` unique), with its clean text.
- ``geo_meta``: key/value rows (schema version, the fingerprint of the inputs the incidents
  were derived from).

Every write runs inside one SQLite transaction (write-ahead log), so a process killed in
the middle of an ingest leaves either the old or the new content, never half of it, and
any reader (``ogrinfo -ro``, QGIS) sees the last committed content at once. The
GeoPackage tables are written with plain SQL rather than through GDAL so that the article
rows and the incident layer change together in that one transaction.

The default file is ``maps/store.gpkg`` under the working directory; the ``GEO_STORE``
environment variable (or ``--store``) names another.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import struct
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo._errors import ArticleError, ContractError, InputError, StoreError
from geo.records import (
    ACTORS,
    CRS,
    INCIDENT_COLUMNS,
    INCIDENT_TYPES,
    Article,
    Incident,
    Source,
    incidents_from_frame,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
STORE_ENV = "GEO_STORE"
LAYER = "incidents"
ARTICLES_TABLE = "articles"
GEOMETRY_COLUMN = "geom"
SRS_ID = 4326
LOCK_TIMEOUT = 10.0  # seconds to wait for another process holding the store

_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10300  # GeoPackage 1.3
_SQLITE_MAGIC = b"SQLite format 3\x00"
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_ARTICLE_COLUMNS = (
    "doc",
    "path",
    "sha256",
    "url",
    "publisher",
    "published",
    "published_basis",
    "title",
    "text",
)
_LIST_COLUMNS = ("actors", "assets", "place_ids", "place_names")
_SOURCE_FIELDS = tuple(f.name for f in fields(Source))
# positions in a stored incident row (geometry first, then INCIDENT_COLUMNS)
_ID, _TYPE, _DATE, _DATE_END, _PRECISION, _ACTORS = (
    1 + INCIDENT_COLUMNS.index(name)
    for name in ("id", "type", "date", "date_end", "date_precision", "actors")
)
_BATCH = 500

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_SCHEMA = f"""
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined',
   'undefined Cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
   'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84_WKT}',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE "{LAYER}" (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {GEOMETRY_COLUMN} GEOMETRY,
  id TEXT NOT NULL UNIQUE, type TEXT, date TEXT, date_end TEXT, date_precision TEXT,
  actors TEXT, assets TEXT, count INTEGER, place_ids TEXT, place_names TEXT,
  geo_precision INTEGER, role TEXT, sources TEXT, reason TEXT);
CREATE TABLE "{ARTICLES_TABLE}" (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, doc TEXT NOT NULL UNIQUE, path TEXT,
  sha256 TEXT, url TEXT, publisher TEXT, published TEXT, published_basis TEXT, title TEXT,
  text TEXT);
CREATE TABLE geo_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('{LAYER}', 'features', '{LAYER}', 'incidents extracted from the articles', {SRS_ID}),
  ('{ARTICLES_TABLE}', 'attributes', '{ARTICLES_TABLE}', 'ingested articles', 0);
INSERT INTO gpkg_geometry_columns VALUES ('{LAYER}', '{GEOMETRY_COLUMN}', 'GEOMETRY',
  {SRS_ID}, 0, 0);
INSERT INTO geo_meta VALUES ('schema_version', '{SCHEMA_VERSION}');
PRAGMA application_id = {_GPKG_APPLICATION_ID};
PRAGMA user_version = {_GPKG_USER_VERSION};
"""


def default_store_path() -> Path:
    """``$GEO_STORE`` if set, else ``maps/store.gpkg`` under the working directory."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.cwd() / "maps" / "store.gpkg"


class Store:
    """The GeoPackage store at ``path`` (default :func:`default_store_path`).

    ``create=False`` refuses a missing file instead of creating an empty store (for
    commands that only read). Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path | str | None = None, *, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self._depth = 0
        self._connection = _connect(self.path, create=create)
        try:
            with self._errors("open"):
                self._prepare()
        except BaseException:
            self._connection.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group writes: everything inside commits together or not at all. Nests."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with self._errors("write"):
            self._connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._connection.execute("ROLLBACK")
            raise
        self._depth = 0
        with self._errors("write"):
            self._connection.execute("COMMIT")

    # -- articles --------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Add or update articles; return how many were new or changed.

        Articles are keyed by ``doc``: an identical article changes nothing; the same doc
        with other text or metadata replaces the stored row.
        """
        changed = 0
        with self.transaction(), self._errors("write"):
            for article in articles:
                changed += self._put_article(_article_row(article))
        if changed:
            log.info("stored %d new or changed articles in %s", changed, self.path)
        return changed

    def articles(self) -> Iterator[Article]:
        """Every stored article, in ``doc`` order."""
        columns = ", ".join(_ARTICLE_COLUMNS)
        with self._errors("read"):
            cursor = self._connection.execute(
                f'SELECT {columns} FROM "{ARTICLES_TABLE}" ORDER BY doc'
            )
            while rows := cursor.fetchmany(_BATCH):
                yield from (_article_from_row(row) for row in rows)

    def count_articles(self) -> int:
        return self._count(ARTICLES_TABLE)

    def article_fingerprint(self) -> str:
        """sha256 over every stored (doc, row hash): changes when any article changes."""
        digest = hashlib.sha256()
        with self._errors("read"):
            cursor = self._connection.execute(
                f'SELECT doc, sha256, published, url, publisher FROM "{ARTICLES_TABLE}" '
                "ORDER BY doc"
            )
            for row in cursor:
                digest.update(json.dumps(row).encode())
        return digest.hexdigest()

    # -- incidents -------------------------------------------------------------------------

    def replace_incidents(self, incidents: Iterable[Incident]) -> bool:
        """Replace every stored incident with ``incidents`` in one transaction.

        The incidents must meet the frame contract (unique ids, known types, valid
        geometry). Returns False, and writes nothing, when the store already holds exactly
        these incidents.
        """
        incidents = list(incidents)
        _check_contract(incidents, self.path)
        geometries = [incident.geometry for incident in incidents]
        rows = [
            (blob, *_incident_values(incident))
            for blob, incident in zip(_gpkg_blobs(geometries), incidents, strict=True)
        ]
        with self.transaction(), self._errors("write"):
            if rows == self._incident_rows():
                return False
            self._connection.execute(f'DELETE FROM "{LAYER}"')
            self._connection.execute("DELETE FROM sqlite_sequence WHERE name = ?", (LAYER,))
            columns = ", ".join(("fid", GEOMETRY_COLUMN, *INCIDENT_COLUMNS))
            marks = ", ".join("?" * (2 + len(INCIDENT_COLUMNS)))
            self._connection.executemany(
                f'INSERT INTO "{LAYER}" ({columns}) VALUES ({marks})',
                [(fid, *row) for fid, row in enumerate(rows, start=1)],
            )
            self._update_contents(_extent(geometries))
        log.info("stored %d incidents in %s", len(rows), self.path)
        return True

    def incidents(self) -> list[Incident]:
        """Every stored incident, in stored order."""
        return incidents_from_frame(self.incidents_frame())

    def count_incidents(self) -> int:
        return self._count(LAYER)

    def incidents_frame(
        self,
        *,
        year: int | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        type: str | None = None,
        actor: str | None = None,
    ):  # -> GeoDataFrame
        """The stored incidents as the frame of ``frame_from_incidents`` (EPSG:4326), filtered.

        ``year`` and ``date_from``/``date_to`` keep incidents whose dates (``date`` to
        ``date_end``, each taken at its precision: ``2022-05`` is all of May) overlap the
        period; undated incidents never match a date filter. ``type`` is one of the
        incident types; ``actor`` an ISO alpha-2 code that must be among the actors.
        """
        start, end = _period(year, date_from, date_to)
        wanted_type = _checked_type(type)
        wanted_actor = _checked_actor(actor)
        rows = self._incident_rows()
        if wanted_type is not None:
            rows = [row for row in rows if row[_TYPE] == wanted_type]
        if wanted_actor is not None:
            rows = [row for row in rows if wanted_actor in json.loads(row[_ACTORS] or "[]")]
        if start is not None:
            rows = [row for row in rows if _overlaps(row, start, end)]
        return _frame_from_rows(rows)

    # -- meta ------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when the store holds no article (a fresh store)."""
        return self.count_articles() == 0

    def meta(self, key: str) -> str | None:
        with self._errors("read"):
            row = self._connection.execute(
                "SELECT value FROM geo_meta WHERE key = ?", (key,)
            ).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        if self.meta(key) == value:  # leave the file untouched
            return
        with self.transaction(), self._errors("write"):
            self._connection.execute(
                "INSERT OR REPLACE INTO geo_meta (key, value) VALUES (?, ?)", (key, value)
            )

    # -- private ---------------------------------------------------------------------------

    def _prepare(self) -> None:
        tables = {
            name
            for (name,) in self._connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        if not tables:
            with self.transaction():
                for statement in _statements(_SCHEMA):
                    self._connection.execute(statement)
            # GDAL reads the GeoPackage application_id from the file header itself
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            log.info("created an empty store %s", self.path)
            return
        _check_store_tables(self.path, tables, self._connection)

    def _put_article(self, row: tuple) -> int:
        stored = self._connection.execute(
            f'SELECT {", ".join(_ARTICLE_COLUMNS)} FROM "{ARTICLES_TABLE}" WHERE doc = ?',
            (row[0],),
        ).fetchone()
        if stored == row:
            return 0
        if stored is None:
            marks = ", ".join("?" * len(row))
            self._connection.execute(
                f'INSERT INTO "{ARTICLES_TABLE}" ({", ".join(_ARTICLE_COLUMNS)}) VALUES ({marks})',
                row,
            )
        else:
            assignments = ", ".join(f"{name} = ?" for name in _ARTICLE_COLUMNS[1:])
            self._connection.execute(
                f'UPDATE "{ARTICLES_TABLE}" SET {assignments} WHERE doc = ?',
                (*row[1:], row[0]),
            )
        return 1

    def _incident_rows(self) -> list[tuple]:
        columns = ", ".join((GEOMETRY_COLUMN, *INCIDENT_COLUMNS))
        with self._errors("read"):
            return [
                tuple(row)
                for row in self._connection.execute(f'SELECT {columns} FROM "{LAYER}" ORDER BY fid')
            ]

    def _update_contents(self, bounds: tuple[float, ...] | None) -> None:
        extent = (None,) * 4 if bounds is None else bounds
        self._connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
            (*extent, LAYER),
        )

    def _count(self, table: str) -> int:
        with self._errors("read"):
            return int(self._connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def _errors(self, action: str):
        return _store_errors(self.path, action)


# -- opening and checking ------------------------------------------------------------------


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    if path.is_dir():
        raise StoreError(f"store {str(path)!r} is a folder; pass a .gpkg file path with --store")
    if path.exists():
        _check_header(path)
    elif not create:
        raise StoreError(
            f"no store at {str(path)!r}; run `geo ingest PATH...` first or pass --store"
        )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create the folder of store {str(path)!r} ({error.strerror}); "
                "pass a writable path with --store or GEO_STORE"
            ) from None
    with _store_errors(path, "open"):
        connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        # WAL: a killed writer leaves only uncommitted frames that every reader (QGIS,
        # ogrinfo -ro) ignores; readers and the writer do not block each other. SQLite
        # folds the log back into the one .gpkg file when the last connection closes.
        connection.execute("PRAGMA journal_mode = WAL")
        _register_gpkg_functions(connection)
    return connection


def _register_gpkg_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions GDAL's spatial-index triggers call, should QGIS or GDAL add an
    R-tree index to the layer: with them, geo's own writes keep that index up to date."""

    def bounds(blob) -> tuple[float, float, float, float] | None:
        geometry = None if blob is None else geometry_from_gpkg_blob(blob)
        return None if geometry is None or geometry.is_empty else geometry.bounds

    def is_empty(blob) -> int | None:
        return None if blob is None else int(bounds(blob) is None)

    connection.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
    for name, index in (("ST_MinX", 0), ("ST_MinY", 1), ("ST_MaxX", 2), ("ST_MaxY", 3)):
        connection.create_function(
            name,
            1,
            lambda blob, i=index: None if (box := bounds(blob)) is None else box[i],
            deterministic=True,
        )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(
            f"cannot read store {str(path)!r} ({error.strerror}); check its permissions"
        ) from None
    if head and head != _SQLITE_MAGIC:
        raise StoreError(
            f"{str(path)!r} is not a GeoPackage; move it away or pass another file with --store"
        )


def _check_store_tables(path: Path, tables: set[str], connection: sqlite3.Connection) -> None:
    missing = {LAYER, ARTICLES_TABLE, "geo_meta", "gpkg_contents"} - tables
    if missing:
        raise StoreError(
            f"{str(path)!r} is not a geo store (no {', '.join(sorted(missing))} table); "
            "pass a store made by `geo ingest` with --store, or a new file name"
        )
    row = connection.execute("SELECT value FROM geo_meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else None
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"store {str(path)!r} has schema version {version!r}, this geo reads "
            f"{SCHEMA_VERSION}; re-create it with `geo ingest` into a new --store file"
        )


@contextlib.contextmanager
def _store_errors(path: Path, action: str) -> Iterator[None]:
    """sqlite3 errors -> StoreError naming the file and the fix."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(f"cannot {action} store {str(path)!r}: {_advice(error)}") from None


def _advice(error: sqlite3.Error) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return f"{text}; another geo process is using it: wait for it to finish, then retry"
    if "readonly" in text or "read-only" in text:
        return f"{text}; make the file and its folder writable or pass another --store"
    if "not a database" in text or "malformed" in text:
        return f"{text}; it is not a GeoPackage: move it away or pass another --store"
    if "full" in text:
        return f"{text}; free disk space, then run the command again (the store is unchanged)"
    if "unable to open" in text:
        return f"{text}; check that the folder exists and is writable, or pass another --store"
    return f"{text}; pass another --store or remove the file to rebuild it with `geo ingest`"


def _statements(script: str) -> list[str]:
    """Split the schema script on statement ends (no ``;`` appears inside its strings)."""
    return [part.strip() for part in script.split(";\n") if part.strip()]


# -- rows ----------------------------------------------------------------------------------


def _article_row(article: Article) -> tuple:
    sha = article.sha256 or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    published = article.published.isoformat() if article.published else None
    return (
        article.doc,
        article.path,
        sha,
        article.url,
        article.publisher,
        published,
        article.published_basis,
        article.title,
        article.text,
    )


def _article_from_row(row: tuple) -> Article:
    values = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
    published = values.pop("published")
    values["published"] = date.fromisoformat(published) if published else None
    values["published_basis"] = values["published_basis"] or ""
    values["sha256"] = values["sha256"] or ""
    return Article(**values)


def _incident_values(incident: Incident) -> tuple:
    """The attribute columns of one incident row: lists and sources as JSON text."""
    values = []
    for name in INCIDENT_COLUMNS:
        value = getattr(incident, name)
        if name in _LIST_COLUMNS:
            value = json.dumps(list(value), ensure_ascii=False)
        elif name == "sources":
            value = json.dumps([_source_dict(source) for source in value], ensure_ascii=False)
        values.append(value)
    return tuple(values)


def _source_dict(source: Source) -> dict:
    return {name: getattr(source, name) for name in _SOURCE_FIELDS}


def _check_contract(incidents: list[Incident], path: Path) -> None:
    """The frame contract on records: unique ids, known types, valid geometry; raise once."""
    problems = []
    counts = Counter(incident.id for incident in incidents)
    duplicated = sorted(ident for ident, n in counts.items() if n > 1)
    if duplicated:
        problems.append(f"duplicate ids {duplicated[:5]!r}")
    unknown = sorted({i.type for i in incidents} - set(INCIDENT_TYPES))
    if unknown:
        problems.append(f"unknown types {unknown!r}")
    geometries = [i.geometry for i in incidents]
    valid = shapely.is_valid(geometries) | shapely.is_missing(geometries)
    invalid = [i.id for i, ok in zip(incidents, valid, strict=True) if not ok]
    if invalid:
        problems.append(f"invalid geometry for ids {invalid[:5]!r}")
    if problems:
        raise ContractError(
            f"not storing incidents in {str(path)!r}, they break the contract: "
            + "; ".join(problems)
            + "; the store is unchanged: report it with the articles that produced them"
        )


def _gpkg_blobs(geometries: list[BaseGeometry | None]) -> list[bytes | None]:
    """GeoPackage blobs of many geometries at once (vectorized WKB)."""
    array = shapely.force_2d(np.array(geometries, dtype=object))
    wkbs = shapely.to_wkb(array, byte_order=1, flavor="iso", output_dimension=2)
    bounds = shapely.bounds(array)
    blobs: list[bytes | None] = []
    for geometry, wkb, (min_x, min_y, max_x, max_y) in zip(array, wkbs, bounds, strict=True):
        if geometry is None or geometry.is_empty:
            blobs.append(None)
        elif geometry.geom_type == "Point":  # no envelope, as GDAL writes points
            blobs.append(b"GP\x00\x01" + struct.pack("<i", SRS_ID) + wkb)
        else:
            envelope = struct.pack("<i4d", SRS_ID, min_x, max_x, min_y, max_y)
            blobs.append(b"GP\x00\x03" + envelope + wkb)
    return blobs


def _extent(geometries: list[BaseGeometry | None]) -> tuple[float, ...] | None:
    present = [g for g in geometries if g is not None and not g.is_empty]
    if not present:
        return None
    return tuple(float(v) for v in shapely.total_bounds(present))


def _frame_from_rows(rows: list[tuple]):  # -> GeoDataFrame
    """The frame of ``frame_from_incidents`` straight from stored rows (no records between)."""
    import geopandas as gpd

    records = []
    for row in rows:
        record = dict(zip(INCIDENT_COLUMNS, row[1:], strict=True))
        for name in (*_LIST_COLUMNS, "sources"):
            record[name] = json.loads(record[name] or "[]")
        record["role"] = record["role"] or "primary"
        record["reason"] = record["reason"] or ""
        records.append(record)
    geometries = _geometries_from_blobs([row[0] for row in rows])
    frame = gpd.GeoDataFrame(records, columns=list(INCIDENT_COLUMNS), geometry=geometries, crs=CRS)
    frame["count"] = frame["count"].astype("Int64")
    frame["geo_precision"] = frame["geo_precision"].astype("Int64")
    return frame


def _geometries_from_blobs(blobs: list[bytes | None]) -> list[BaseGeometry | None]:
    wkbs = [None if blob is None else _wkb_of_blob(bytes(blob)) for blob in blobs]
    return list(shapely.from_wkb(np.array(wkbs, dtype=object)))


def _wkb_of_blob(blob: bytes) -> bytes | None:
    if blob[:2] != b"GP":
        raise StoreError("a geometry in the store is not a GeoPackage blob; rebuild the store")
    flags = blob[3]
    if flags & 0x10:  # empty geometry
        return None
    return blob[8 + _ENVELOPE_BYTES.get((flags >> 1) & 0x07, 0) :]


def gpkg_blob_from_geometry(geometry: BaseGeometry | None) -> bytes | None:
    """A GeoPackage geometry blob (header, envelope, ISO WKB; EPSG:4326) or None."""
    return _gpkg_blobs([geometry])[0]


def geometry_from_gpkg_blob(blob: bytes | None) -> BaseGeometry | None:
    """The inverse of :func:`gpkg_blob_from_geometry` (any valid GeoPackage blob)."""
    return _geometries_from_blobs([blob])[0]


# -- filters -------------------------------------------------------------------------------


def _period(
    year: int | None, date_from: date | str | None, date_to: date | str | None
) -> tuple[date | None, date | None]:
    if year is None and date_from is None and date_to is None:
        return None, None
    start, end = date.min, date.max
    if year is not None:
        start, end = date(int(year), 1, 1), date(int(year), 12, 31)
    if date_from is not None:
        start = max(start, _bounds(str(date_from))[0])
    if date_to is not None:
        end = min(end, _bounds(str(date_to))[1])
    return start, end


def _overlaps(row: tuple, start: date, end: date | None) -> bool:
    """Whether a stored incident's dates, each at its precision, overlap [start, end]."""
    first_text, last_text, precision = row[_DATE], row[_DATE_END], row[_PRECISION]
    if not first_text:
        return False
    try:
        first = _bounds(first_text)[0]
        last = _bounds(last_text or first_text)[1]
    except InputError:
        log.warning("incident %s has an unreadable date %r", row[_ID], first_text)
        return False
    if precision == "week" and not last_text:
        last = first + timedelta(days=6)
    return first <= (end or date.max) and last >= start


def _precision_of(text: str) -> str:
    return {4: "year", 7: "month"}.get(len(text), "day")


def _bounds(text: str) -> tuple[date, date]:
    """First and last day of an ISO date at any precision (``2022``, ``2022-05``, ...)."""
    try:
        if len(text) == 4:
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD; give an ISO date"
        ) from None
    return day, day


def _checked_type(kind: str | None) -> str | None:
    if kind is None or kind in INCIDENT_TYPES:
        return kind
    raise InputError(f"incident type {kind!r} is unknown; use one of {', '.join(INCIDENT_TYPES)}")


def _checked_actor(actor: str | None) -> str | None:
    if actor is None:
        return None
    if actor.upper() in ACTORS:
        return actor.upper()
    raise InputError(f"actor {actor!r} is unknown; use one of {', '.join(ACTORS)}")


# -- ingest --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did: article counts, the files that failed, incidents now stored."""

    new: int
    unchanged: int
    errors: tuple[ArticleError, ...]
    incidents: int
    refreshed: bool

    @property
    def line(self) -> str:
        return (
            f"ingested {self.new} new articles ({self.unchanged} unchanged, "
            f"{len(self.errors)} errors); store holds {self.incidents} incidents"
        )


def ingest(
    store: Store,
    paths: Iterable[Path | str],
    *,
    corrections: Path | str | None = None,
    gazetteer=None,
    on_item: Callable[[Article | ArticleError], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    refresh: bool = True,
) -> IngestReport:
    """Read articles from ``paths`` into ``store`` and re-derive the incidents, atomically.

    Articles are read with :func:`geo.articles.iter_articles` (a bad file is reported to
    ``on_item`` and skipped; ``on_stage`` hears "extracting incidents" when reading is
    done); the incidents are re-extracted from every stored article,
    the analyst corrections applied and the result stored, all in one transaction.
    ``refresh=False`` re-derives only when the articles, corrections or gazetteer changed.
    """
    from geo.articles import iter_articles

    seen = new = 0
    errors: list[ArticleError] = []
    with store.transaction():
        batch: list[Article] = []
        for item in iter_articles(Path(p) for p in paths):
            if on_item is not None:
                on_item(item)
            if isinstance(item, ArticleError):
                errors.append(item)
                continue
            seen += 1
            batch.append(item)
            if len(batch) >= _BATCH:
                new += store.add_articles(batch)
                batch.clear()
        new += store.add_articles(batch)
        if on_stage is not None:
            on_stage("extracting incidents")
        refreshed = refresh_incidents(
            store, corrections=corrections, gazetteer=gazetteer, force=refresh
        )
    return IngestReport(new, seen - new, tuple(errors), store.count_incidents(), refreshed)


def refresh_incidents(
    store: Store, *, corrections: Path | str | None = None, gazetteer=None, force: bool = True
) -> bool:
    """Re-extract incidents from every stored article, apply corrections, store them.

    Without ``force``, nothing is done when the articles, the corrections file and the
    gazetteer are those the stored incidents were derived from. Returns True if it ran.
    """
    from geo.corrections import apply_corrections, corrections_path
    from geo.gazetteer import load_gazetteer
    from geo.incidents import incidents_from_articles

    corrections_file = corrections_path(corrections)
    basis = _basis(store, corrections_file)
    if not force and store.meta("incidents_basis") == basis:
        for message in json.loads(store.meta("correction_warnings") or "[]"):
            log.warning("%s", message)  # still unresolved: say so on every run
        return False
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    unfound: list[str] = []
    with store.transaction():
        incidents = incidents_from_articles(store.articles(), gazetteer)
        if corrections_file is not None:
            incidents = apply_corrections(
                incidents, corrections_file, gazetteer=gazetteer, report=unfound
            )
        store.replace_incidents(incidents)
        store.set_meta("incidents_basis", basis)
        store.set_meta("correction_warnings", json.dumps(unfound, ensure_ascii=False))
    return True


def _basis(store: Store, corrections: Path | None) -> str:
    """Fingerprint of what the incidents derive from: articles, corrections, gazetteer and
    the extraction code itself (every module of the package), so any change re-derives."""
    from geo import __version__
    from geo._paths import gazetteer_dir

    digest = hashlib.sha256(f"geo {__version__}\n".encode())
    digest.update(store.article_fingerprint().encode())
    code = sorted(Path(__file__).resolve().parent.glob("*.py"))
    for path in (corrections, gazetteer_dir() / "features.geojson", *code):
        if path is not None and path.is_file():
            digest.update(f"{path.name}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def ensure_store(
    store_path: Path | str | None = None,
    corpus: Iterable[Path | str] | None = None,
    corrections: Path | str | None = None,
) -> Store:
    """A store ready to query: ingests the embedded seeds into an empty store, or ``corpus``.

    With ``corpus`` its new or changed articles are added; with neither a corpus nor an
    empty store the stored articles are used as they are. The incidents are re-derived
    whenever the articles, the corrections file or the gazetteer changed, so corrections
    apply on every run.
    """
    from geo._paths import seeds_dir

    store = Store(store_path)
    try:
        paths = list(corpus) if corpus is not None else None
        if paths is None and store.is_empty():
            paths = [seeds_dir()]
        if paths is not None:
            report = ingest(store, paths, corrections=corrections, refresh=False)
            for error in report.errors:
                log.warning("%s", error)
            log.info("%s", report.line)
        else:
            refresh_incidents(store, corrections=corrections, force=False)
    except BaseException:
        store.close()
        raise
    return store
