"""The ``geo`` command.

Heavy imports (geopandas, folium, matplotlib) happen inside the commands so that
``geo --help`` is instant. Every :class:`GeoError` becomes one line on stderr and exit 1.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from geo._errors import GeoError

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    help="Map Chinese and Russian military activity around Japan from news articles.",
)
gazetteer_app = typer.Typer(no_args_is_help=True, help="List, show and export gazetteer features.")
app.add_typer(gazetteer_app, name="gazetteer")

log = logging.getLogger("geo")


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress at INFO.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def fail(error: GeoError | str) -> typer.Exit:
    """Print one line to stderr and return the Exit(1) to raise."""
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(1)


@contextlib.contextmanager
def reporting_errors() -> Iterator[None]:
    """Inside a command: a GeoError becomes one line on stderr and exit 1, no traceback."""
    try:
        yield
    except GeoError as error:
        raise fail(error) from None


# --- check ----------------------------------------------------------------------------------


@app.command()
def check() -> None:
    """Print ok/FAIL for every requirement, with the fix; exit 1 if a required one fails."""
    from geo._checks import run_checks

    failed = False
    for result in run_checks():
        status = "ok  " if result.ok else ("FAIL" if result.required else "warn")
        line = f"{status} {result.name}: {result.detail}"
        if not result.ok:
            line += f" -> fix: {result.fix}"
            failed = failed or result.required
        typer.echo(line)
    if failed:
        raise typer.Exit(1)


# --- gazetteer (places and gazetteer commands) -------------------------------------------


@gazetteer_app.command("list")
def gazetteer_list(
    kind: Annotated[str | None, typer.Option(help="Only features of this kind.")] = None,
) -> None:
    """List every feature: id, kind, English name, source quality."""
    from geo.gazetteer import load_gazetteer

    with reporting_errors():
        gazetteer = load_gazetteer()
    for feature in gazetteer:
        if kind is None or feature.kind == kind:
            typer.echo(f"{feature.id}\t{feature.kind}\t{feature.name_en}\t{feature.source_quality}")


if __name__ == "__main__":  # pragma: no cover
    app()
