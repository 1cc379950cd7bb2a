"""Requirement checks behind ``geo check``: each says ok or FAIL, what it saw and the fix."""

from __future__ import annotations

import importlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geo._errors import GeoError
from geo._paths import gazetteer_dir, seeds_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True  # False: only tests or optional products need it


def _gazetteer() -> CheckResult:
    from geo.gazetteer import load_gazetteer

    fix = "reinstall geo (`python3 -m pip install -e .`); the gazetteer ships with the package"
    try:
        gazetteer = load_gazetteer()
    except GeoError as error:
        return CheckResult("gazetteer", False, str(error), fix)
    return CheckResult("gazetteer", True, f"{len(gazetteer)} features in {gazetteer_dir()}")


def _basemap() -> CheckResult:
    missing = [
        name
        for name in ("land", "coastline")
        if not (gazetteer_dir() / "basemap" / f"{name}.geojson").is_file()
    ]
    if missing:
        return CheckResult(
            "basemap",
            False,
            f"missing layers {missing!r}",
            "reinstall geo; the basemap ships with it",
        )
    return CheckResult("basemap", True, f"land and coastline in {gazetteer_dir() / 'basemap'}")


def _seeds() -> CheckResult:
    folder = seeds_dir()
    articles = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    manifest = folder / "manifest.csv"
    if not articles or not manifest.is_file():
        return CheckResult(
            "sample corpus",
            False,
            f"{len(articles)} articles, manifest {'present' if manifest.is_file() else 'missing'}",
            "reinstall geo; the sample corpus ships with it",
        )
    return CheckResult("sample corpus", True, f"{len(articles)} articles with manifest.csv")


def _map_assets() -> CheckResult:
    modules = ("xstatic.pkg.leaflet", "xstatic.pkg.leaflet_markercluster", "xstatic.pkg.jquery")
    missing = []
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
    if missing:
        return CheckResult(
            "offline map assets",
            False,
            f"cannot import {missing!r}",
            "python3 -m pip install xstatic-leaflet xstatic-leaflet-markercluster xstatic-jquery",
        )
    return CheckResult("offline map assets", True, "Leaflet, markercluster and jQuery importable")


def _writable_output() -> CheckResult:
    target = Path.cwd() / "maps"
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target):
            pass
    except OSError as error:
        return CheckResult(
            "output folder",
            False,
            f"{target} is not writable: {error}",
            "run from a writable folder",
        )
    return CheckResult("output folder", True, f"{target} is writable")


def _tool(name: str, command: str, package: str, purpose: str) -> Callable[[], CheckResult]:
    def check() -> CheckResult:
        found = shutil.which(command)
        if found:
            return CheckResult(name, True, found, required=False)
        fix = f"apt-get install {package} (or `bash .ci/setup`)"
        return CheckResult(name, False, f"`{command}` not found: {purpose}", fix, required=False)

    return check


def _cjk_font() -> CheckResult:
    from matplotlib import font_manager

    names = {font.name for font in font_manager.fontManager.ttflist}
    if any("CJK" in name for name in names):
        return CheckResult("CJK font", True, "Noto Sans CJK found", required=False)
    return CheckResult(
        "CJK font",
        False,
        "no CJK font: Japanese, Chinese and Korean names in charts show as boxes",
        "apt-get install fonts-noto-cjk",
        required=False,
    )


CHECKS: tuple[Callable[[], CheckResult], ...] = (
    _gazetteer,
    _basemap,
    _seeds,
    _map_assets,
    _writable_output,
    _cjk_font,
    _tool("chromium", "chromium", "chromium", "the browser tests need it"),
    _tool("ogrinfo", "ogrinfo", "gdal-bin", "the export tests need it"),
    _tool("libreoffice", "soffice", "libreoffice-impress", "the deck tests need it"),
    _tool("pdftoppm", "pdftoppm", "poppler-utils", "the deck tests need it"),
)


def run_checks() -> Iterator[CheckResult]:
    """Run every check in order; a check that crashes is reported as FAIL, not raised."""
    for check in CHECKS:
        try:
            yield check()
        except Exception as error:  # noqa: BLE001 - a broken check is itself a finding
            yield CheckResult(check.__name__.strip("_"), False, f"check crashed: {error!r}")
