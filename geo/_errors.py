"""The exception hierarchy.

Every error the user can cause is a :class:`GeoError`; each subclass also inherits the
matching built-in so callers can catch either. Messages say what was expected, what came
(``!r``) and what to do next. The CLI prints ``str(error)`` on one line and exits 1.
"""

from __future__ import annotations


class GeoError(Exception):
    """Base of every error ``geo`` raises on purpose."""


class InputError(GeoError, ValueError):
    """An input file or value is unusable (unreadable, binary, empty, malformed)."""


class ArticleError(InputError):
    """One article could not be read; the rest of a batch goes on.

    ``path`` names the file so a batch can report it on one line.
    """

    def __init__(self, path: object, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class ManifestError(InputError):
    """A manifest.csv is malformed."""


class DateResolutionError(InputError):
    """A date (often the publication date) cannot be resolved."""


class PlaceNotFoundError(GeoError, LookupError):
    """A gazetteer id or name is not known."""


class ContractError(GeoError, ValueError):
    """Data passed between stages breaks the contract (ids, columns, geometry)."""


class StoreError(GeoError, OSError):
    """The incident store cannot be opened, read or written."""


class CorrectionError(InputError):
    """The analyst corrections file is malformed or names an unknown incident."""
