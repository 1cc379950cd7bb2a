"""Where the packaged data lives.

In a source checkout (editable install) the gazetteer and the sample corpus are the
top-level ``gazetteer/`` and ``seeds/`` folders; in a wheel they are carried inside the
package as ``geo/_gazetteer`` and ``geo/_seeds`` (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(packaged: str, checkout: str) -> Path:
    inside = _PACKAGE / packaged
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / checkout


def gazetteer_dir() -> Path:
    """The folder holding the gazetteer data files."""
    return _data_dir("_gazetteer", "gazetteer")


def seeds_dir() -> Path:
    """The folder holding the embedded sample corpus (articles and manifest.csv)."""
    return _data_dir("_seeds", "seeds")


def default_maps_dir() -> Path:
    """Where rendered products go by default: ``maps/`` under the working directory."""
    return Path.cwd() / "maps"
