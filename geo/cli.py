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


@gazetteer_app.command("show")
def gazetteer_show(
    feature_id: Annotated[str, typer.Argument(help="A feature id such as strait.miyako.")],
) -> None:
    """Every field of one feature: names, aliases, source, bounds, area."""
    from geo.gazetteer import describe_feature, load_gazetteer

    with reporting_errors():
        feature = load_gazetteer().get(feature_id)
    for label, value in describe_feature(feature):
        typer.echo(f"{label + ':':<16}{value}")


@gazetteer_app.command("export")
def gazetteer_export(
    path: Annotated[Path, typer.Argument(help="Output file: .geojson or .gpkg.")],
) -> None:
    """Write the whole gazetteer as GeoJSON or GeoPackage (for QGIS)."""
    from geo.gazetteer import export_gazetteer, load_gazetteer

    with reporting_errors():
        gazetteer = load_gazetteer()
        written = export_gazetteer(gazetteer, path)
    typer.echo(f"wrote {len(gazetteer)} features to {written}")


PLACE_COLUMNS = ("text", "start", "end", "feature_id", "name_en", "kind", "geo_precision",
                 "relation", "anchors")


@app.command()
def places(
    source: Annotated[str, typer.Argument(metavar="FILE_OR_TEXT",
                                          help="An article file or folder, or the text itself.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    gazetteer_path: Annotated[Path | None, typer.Option(
        "--gazetteer", exists=True, dir_okay=False,
        help="Another gazetteer FeatureCollection.")] = None,
) -> None:
    """Every place mention found in an article (or text), resolved to a gazetteer feature."""
    import json

    from geo.gazetteer import load_gazetteer
    from geo.places import places_from_text

    with reporting_errors():
        gazetteer = load_gazetteer(gazetteer_path)
        rows = []
        for doc, text in _texts_of(source):
            for mention in places_from_text(text, gazetteer):
                rows.append(_place_row(doc, mention))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    _print_place_table(rows)


def _texts_of(source: str) -> Iterator[tuple[str, str]]:
    """(doc, text) for a file or folder of articles, or for the argument as text.

    Places need no publication date, so undated articles are read too; an unreadable file
    is one line on stderr and the rest goes on.
    """
    from geo.articles import article_from_text, iter_articles

    if _is_existing_path(source):
        path = Path(source)
        for item in iter_articles([path], require_date=False):
            if isinstance(item, GeoError):
                typer.echo(f"error: {item}", err=True)
                continue
            yield item.doc, item.text
        return
    yield "text", article_from_text(source).text


def _is_existing_path(source: str) -> bool:
    """Whether ``source`` names an existing file or folder (text too long to be a path, or
    one the system refuses as a name, is text)."""
    if len(source) >= 4096 or "\n" in source or "\0" in source:
        return False
    try:
        return Path(source).exists()
    except OSError:  # a name component over the system's limit (255 bytes)
        return False


def _place_row(doc: str, mention) -> dict:
    row: dict[str, object] = {"doc": doc}
    row.update({name: getattr(mention, name) for name in PLACE_COLUMNS})
    row["anchors"] = list(mention.anchors)
    row["uncertainty_km"] = mention.uncertainty_km
    row["reason"] = mention.reason
    empty = mention.geometry.is_empty
    row["bbox"] = None if empty else [round(v, 4) for v in mention.geometry.bounds]
    return row


def _print_place_table(rows: list[dict]) -> None:
    columns = ("doc", *PLACE_COLUMNS)
    if not sys.stdout.isatty():
        typer.echo("\t".join(columns))
        for row in rows:
            typer.echo("\t".join(_cell(row[c]) for c in columns))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in columns))
    Console().print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(value)
    return str(value).replace("\n", " ").replace("\t", " ")


# --- slides (summaries and the briefing deck) -----------------------------------------------


def briefing_period(year: int | None, date_from: str | None, date_to: str | None) -> str:
    """The query's period in words: ``2022``, ``2022-01-01 to 2022-06-30``, ``all dates``."""
    if year is not None:
        return str(year)
    if date_from or date_to:
        return f"{date_from or 'the start'} to {date_to or 'the end'}"
    return "all dates"


def briefing_title(period: str, type: str | None, actor: str | None) -> str:
    """The deck title for a query: the period and any type or actor filter."""
    from geo.charts import type_label

    title = f"Military activity around Japan: {period}"
    filters = [text for text in (type and type_label(type), actor and f"actor {actor}") if text]
    return title + (f" ({', '.join(filters)})" if filters else "")


def previous_year_frame(store, year: int | None, type: str | None, actor: str | None):
    """The same query one year earlier, or None when there is no year or the store has none."""
    if year is None:
        return None
    frame = store.incidents_frame(year=year - 1, type=type, actor=actor)
    return frame if len(frame) else None


def briefing_corpus(store, corpus: list[Path] | None) -> str:
    """The title slide's corpus line: the folders given, or the store, and its article count."""
    where = ", ".join(path.name or str(path) for path in corpus) if corpus else str(store.path)
    return f"{store.count_articles()} articles ({where})"


def _briefing_out_dir(out: Path | None, period: str) -> Path:
    from geo._paths import default_maps_dir

    if out is not None:
        return out
    return default_maps_dir() / period.replace(" to ", "_").replace(" ", "-")


@app.command()
def slides(
    year: Annotated[int | None, typer.Option(help="Only incidents in this year.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date (ISO).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Only this incident type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only incidents with this actor (CN).")] = None,
    store: StoreOption = None,
    corpus: Annotated[list[Path] | None, typer.Option(
        exists=True, help="Article files or folders to ingest first.")] = None,
    out: Annotated[Path | None, typer.Option(
        file_okay=False, help="Output folder (default maps/<period>).")] = None,
) -> None:
    """Write the briefing deck (briefing.pptx) alone, from the store, with render's filters."""
    from geo.gazetteer import load_gazetteer
    from geo.slides import write_briefing
    from geo.store import ensure_store

    period = briefing_period(year, date_from, date_to)
    with reporting_errors():
        gazetteer = load_gazetteer()
        with ensure_store(store, corpus=corpus) as opened:
            frame = opened.incidents_frame(year=year, date_from=date_from, date_to=date_to,
                                           type=type, actor=actor)
            previous = previous_year_frame(opened, year, type, actor)
            corpus_text = briefing_corpus(opened, corpus)
        path = write_briefing(
            frame, _briefing_out_dir(out, period) / "briefing.pptx", gazetteer,
            title=briefing_title(period, type, actor), period=period, previous=previous,
            corpus=corpus_text,
        )
    typer.echo(f"wrote {path} ({len(frame)} incident{'' if len(frame) == 1 else 's'})")


# --- store (ingest and incidents commands) -------------------------------------------------

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        dir_okay=False,
        help="The GeoPackage store (default maps/store.gpkg, or $GEO_STORE).",
    ),
]
CorrectionsOption = Annotated[
    Path | None,
    typer.Option(
        "--corrections",
        exists=True,
        dir_okay=False,
        help="Analyst corrections YAML (default ./corrections.yaml if it exists).",
    ),
]
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(exists=True, help="Article files (.txt, .html) or folders.")
    ],
    store: StoreOption = None,
    corrections: CorrectionsOption = None,
) -> None:
    """Add articles to the store, then re-extract every incident and apply the corrections."""
    from geo.store import Store
    from geo.store import ingest as ingest_articles

    with reporting_errors(), Store(store) as opened, _ingest_progress(paths) as (item, stage):
        report = ingest_articles(
            opened, paths, corrections=corrections, on_item=item, on_stage=stage
        )
    typer.echo(report.line)
    if report.errors and report.new + report.unchanged == 0:
        raise typer.Exit(1)


@contextlib.contextmanager
def _ingest_progress(paths: list[Path]) -> Iterator[tuple]:
    """Callbacks for ``geo.store.ingest``: a rich progress bar (on a TTY) and error lines."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True, highlight=False)
    shown = sys.stdout.isatty() and console.is_terminal
    with Progress(console=console, disable=not shown, transient=True) as progress:
        task = progress.add_task("reading articles", total=_count_article_files(paths) or None)

        def on_item(item) -> None:
            if isinstance(item, GeoError):
                console.print(f"error: {item}", markup=False, soft_wrap=True)
            progress.advance(task)

        def on_stage(stage: str) -> None:
            progress.update(task, total=progress.tasks[task].completed)
            progress.add_task(stage, total=None)

        yield on_item, on_stage


def _count_article_files(paths: list[Path]) -> int:
    """How many article files the paths hold (the progress bar's total)."""
    total = 0
    for path in paths:
        candidates = path.rglob("*") if path.is_dir() else [path]
        total += sum(1 for c in candidates if c.suffix.lower() in _ARTICLE_SUFFIXES)
    return total


@app.command()
def incidents(
    year: Annotated[int | None, typer.Option(help="Only incidents dated in this year.")] = None,
    kind: Annotated[
        str | None, typer.Option("--type", help="Only this incident type (joint_air_patrol...).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Only incidents by this actor (CN, RU...).")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Only incidents on or after YYYY[-MM[-DD]].")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Only incidents on or before YYYY[-MM[-DD]].")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print an RFC 7946 GeoJSON FeatureCollection.")
    ] = False,
    store: StoreOption = None,
) -> None:
    """List the incidents the store holds, as a table or as GeoJSON."""
    import json

    from geo.records import incidents_from_frame
    from geo.store import Store

    with reporting_errors(), Store(store, create=False) as opened:
        frame = opened.incidents_frame(
            year=year, date_from=date_from, date_to=date_to, type=kind, actor=actor
        )
        found = incidents_from_frame(frame)
    if as_json:
        from geo.export import geojson_from_incidents

        typer.echo(json.dumps(geojson_from_incidents(found), ensure_ascii=False, indent=1))
        return
    _print_incident_table(found)


def _print_incident_table(found: list) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "type", "date", "actors", "assets", "count", "places", "role", "sources")
    for incident in found:
        when = incident.date or "?"
        if incident.date_end and incident.date_end != incident.date:
            when += f" to {incident.date_end}"
        table.add_row(
            incident.id,
            incident.type,
            f"{when} ({incident.date_precision or 'undated'})",
            ", ".join(incident.actors),
            ", ".join(incident.assets),
            "" if incident.count is None else str(incident.count),
            " > ".join(incident.place_names or incident.place_ids),
            incident.role,
            ", ".join(sorted({source.doc for source in incident.sources})),
        )
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    console.print(table)
    console.print(f"{len(found)} incidents")


# --- render (the map and the exports) ------------------------------------------------------


@app.command()
def render(
    year: Annotated[int | None, typer.Option(help="Only incidents in this year.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date (ISO).")] = None,
    kind: Annotated[
        str | None, typer.Option("--type", help="Only this incident type (joint_air_patrol...).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Only incidents by this actor (CN, RU...).")
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option(exists=True, help="Article files or folders to ingest first."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(file_okay=False, help="Output folder (default maps/<period>).")
    ] = None,
    tiles: Annotated[
        str | None,
        typer.Option(help="Tile URL template (https://.../{z}/{x}/{y}.png) for online use."),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Write the incident map (map.html) and the GIS exports for a year or a date range."""
    from geo.export import export_incidents
    from geo.gazetteer import load_gazetteer
    from geo.render import render_map
    from geo.slides import write_briefing
    from geo.store import ensure_store
    from geo.summary import write_summaries

    period = briefing_period(year, date_from, date_to)
    out_dir = _briefing_out_dir(out, period)
    with reporting_errors():
        gazetteer = load_gazetteer()
        with ensure_store(store, corpus=corpus) as opened:
            frame = opened.incidents_frame(
                year=year, date_from=date_from, date_to=date_to, type=kind, actor=actor
            )
            previous = previous_year_frame(opened, year, kind, actor)  # summaries' change
            corpus_text = briefing_corpus(opened, corpus)
        title = briefing_title(period, kind, actor)
        written = [  # render_map checks the frame's contract before anything is written
            render_map(frame, out_dir / "map.html", title=title, gazetteer=gazetteer,
                       tiles=tiles, period=period)
        ]
        written += export_incidents(frame, out_dir)
        written += write_summaries(frame, out_dir, gazetteer, previous=previous)
        written.append(write_briefing(frame, out_dir / "briefing.pptx", gazetteer, title=title,
                                      corpus=corpus_text, period=period, previous=previous))
    for path in written:
        typer.echo(f"wrote {path}")
    typer.echo(f"{len(frame)} incident{'' if len(frame) == 1 else 's'} ({period})")


# --- extract (incidents from articles, without the store) ----------------------------------


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(exists=True, help="Article files (.txt, .html) or folders.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print an RFC 7946 GeoJSON FeatureCollection.")
    ] = False,
) -> None:
    """Print the merged incidents of these articles (the store is not touched)."""
    import json

    from geo.articles import iter_articles
    from geo.gazetteer import load_gazetteer
    from geo.incidents import incidents_or_none, merge_incidents

    with reporting_errors():
        gazetteer = load_gazetteer()
        found: list = []
        for article in iter_articles(paths):
            if isinstance(article, GeoError):
                typer.echo(f"error: {article}", err=True)
                continue
            found.extend(incidents_or_none(article, gazetteer))
        merged = merge_incidents(found)
    if as_json:
        from geo.export import geojson_from_incidents

        typer.echo(json.dumps(geojson_from_incidents(merged), ensure_ascii=False, indent=1))
        return
    _print_incident_table(merged)


if __name__ == "__main__":  # pragma: no cover
    app()
