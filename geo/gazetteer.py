"""The gazetteer: named places around Japan with their real geometry and sources.

The data lives in ``gazetteer/features.geojson`` (one RFC 7946 FeatureCollection; each
feature's properties are the fields of :class:`geo.records.Feature`, ``aliases`` a list)
and the basemap layers in ``gazetteer/basemap/``. ``gazetteer/README.md`` states the
source, licence and method of every shape.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from shapely.geometry import shape

from geo._errors import InputError, PlaceNotFoundError
from geo._paths import gazetteer_dir
from geo.records import CRS, GEO_PRECISION, Feature

log = logging.getLogger(__name__)

FEATURES_FILE = "features.geojson"
BASEMAP_LAYERS: tuple[str, ...] = ("land", "coastline")
EXPORT_DRIVERS: dict[str, str] = {".geojson": "GeoJSON", ".gpkg": "GPKG"}

KINDS: tuple[str, ...] = (
    "ocean",
    "sea",
    "strait",
    "channel",
    "island",
    "island_group",
    "adiz",
    "territorial_sea",
    "contiguous_zone",
    "eez",
    "airspace",
    "region",
    "country",
    "prefecture",
    "city",
    "base",
    "cape",
    "boundary",  # a line: the Taiwan Strait median line, the Japan-China median line
)

_FEATURE_FIELDS = {f.name for f in fields(Feature)}


class Gazetteer:
    """An immutable collection of :class:`Feature` objects indexed by id."""

    def __init__(self, features: list[Feature] | tuple[Feature, ...]) -> None:
        self._features: tuple[Feature, ...] = tuple(features)
        self._by_id: dict[str, Feature] = {}
        duplicates = []
        for feature in self._features:
            if feature.id in self._by_id:
                duplicates.append(feature.id)
            self._by_id[feature.id] = feature
        if duplicates:
            raise InputError(f"gazetteer has duplicate feature ids {sorted(duplicates)!r}")

    def __len__(self) -> int:
        return len(self._features)

    def __iter__(self) -> Iterator[Feature]:
        return iter(self._features)

    def __contains__(self, feature_id: object) -> bool:
        return feature_id in self._by_id

    @property
    def features(self) -> tuple[Feature, ...]:
        return self._features

    def get(self, feature_id: str) -> Feature:
        """The feature with ``feature_id``; raises :class:`PlaceNotFoundError`."""
        try:
            return self._by_id[feature_id]
        except KeyError:
            raise PlaceNotFoundError(
                f"no gazetteer feature with id {feature_id!r}; "
                "run `geo gazetteer list` to see the ids"
            ) from None

    def of_kind(self, *kinds: str) -> tuple[Feature, ...]:
        """Features whose kind is one of ``kinds``."""
        return tuple(f for f in self._features if f.kind in kinds)

    def frame(self):  # -> GeoDataFrame
        """All features as a GeoDataFrame in EPSG:4326 (aliases joined with ``; ``)."""
        import geopandas as gpd

        rows = []
        for feature in self._features:
            row = {name: getattr(feature, name) for name in _FEATURE_FIELDS if name != "geometry"}
            row["aliases"] = "; ".join(feature.aliases)
            rows.append(row)
        return gpd.GeoDataFrame(
            rows, geometry=[f.geometry for f in self._features], crs=CRS
        )


def feature_from_geojson(item: dict) -> Feature:
    """One GeoJSON feature (as stored in ``features.geojson``) -> :class:`Feature`."""
    props = {k: v for k, v in item.get("properties", {}).items() if k in _FEATURE_FIELDS}
    props["aliases"] = tuple(props.get("aliases") or ())
    return Feature(geometry=shape(item["geometry"]), **props)


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"gazetteer file {str(path)!r} not found; reinstall geo or pass an existing file"
        ) from None
    except json.JSONDecodeError as error:
        raise InputError(f"gazetteer file {str(path)!r} is not valid JSON: {error}") from None
    gazetteer = Gazetteer([feature_from_geojson(item) for item in collection["features"]])
    log.debug("loaded %d gazetteer features from %s", len(gazetteer), path)
    return gazetteer


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """Load the packaged gazetteer (or the FeatureCollection at ``path``); cached."""
    resolved = Path(path) if path is not None else gazetteer_dir() / FEATURES_FILE
    return _load(resolved.resolve())


@lru_cache(maxsize=len(BASEMAP_LAYERS))
def _basemap(layer: str):  # -> GeoDataFrame
    import geopandas as gpd

    path = gazetteer_dir() / "basemap" / f"{layer}.geojson"
    if not path.exists():
        raise InputError(f"basemap file {str(path)!r} not found; reinstall geo")
    frame = gpd.read_file(path)
    return frame.set_crs(CRS, allow_override=True)


def basemap_frame(layer: str):  # -> GeoDataFrame
    """The simplified Natural Earth ``land`` or ``coastline`` layer (EPSG:4326), cached.

    The frame is shared between callers: copy it before changing it.
    """
    if layer not in BASEMAP_LAYERS:
        raise InputError(f"unknown basemap layer {layer!r}; expected one of {BASEMAP_LAYERS!r}")
    return _basemap(layer)


def export_gazetteer(gazetteer: Gazetteer, path: Path | str) -> Path:
    """Write every feature to ``path`` as GeoJSON or GeoPackage (chosen by the suffix).

    The file is written atomically; aliases are joined with ``; `` (one text column).
    """
    from geo._io import atomic_path

    target = Path(path)
    driver = EXPORT_DRIVERS.get(target.suffix.lower())
    if driver is None:
        raise InputError(
            f"cannot export the gazetteer to {str(target)!r}: expected a file ending in "
            f"{' or '.join(EXPORT_DRIVERS)}"
        )
    frame = gazetteer.frame()
    with atomic_path(target) as tmp:
        if driver == "GPKG":
            # GeoPackage 1.3: readable without warnings by older GDAL (ogrinfo, QGIS LTR)
            frame.to_file(tmp, driver=driver, layer="gazetteer", VERSION="1.3")
        else:
            frame.to_file(tmp, driver=driver, layer=target.stem, RFC7946="YES")
    log.info("exported %d gazetteer features to %s", len(frame), target)
    return target


def describe_feature(feature: Feature) -> list[tuple[str, str]]:
    """(label, value) lines for ``geo gazetteer show``: every field, bounds and area."""
    from geo._geodesy import area_km2

    west, south, east, north = feature.geometry.bounds
    lines = [(name, "" if getattr(feature, name) is None else str(getattr(feature, name)))
             for name in ("id", "kind", "name_en", "name_ja", "name_zh", "name_ko", "name_ru")]
    lines += [
        ("aliases", "; ".join(feature.aliases)),
        ("source", feature.source),
        ("source_quality", feature.source_quality),
        ("geo_precision", f"{feature.geo_precision} ({GEO_PRECISION[feature.geo_precision]})"),
        ("parent", feature.parent or ""),
        ("owner", feature.owner or ""),
        ("notes", feature.notes),
        ("geometry", feature.geometry.geom_type),
        ("bounds", f"{west:.4f}, {south:.4f}, {east:.4f}, {north:.4f} (W, S, E, N)"),
        ("area_km2", f"{area_km2(feature.geometry):,.1f}"),
    ]
    return lines
