"""The briefing deck: ``briefing.pptx`` (python-pptx), readable at a glance.

Slides, in order: title (period, corpus, generated date); overview map; timeline; summary
tables (by type and actor, then the areas touched); one slide per primary incident (map
inset, date, type, actors, assets, distances, the key quote and its source); sources (every
article used). Body text is never smaller than 14 pt: long quotes are trimmed at a word,
long tables and source lists continue on further slides. An empty frame gives a deck that
says there are no incidents for the period.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from geo._errors import GeoError
from geo._io import atomic_path
from geo.charts import (
    incident_rows,
    inset_map,
    overview_map,
    timeline_chart,
    type_colour,
    type_label,
)
from geo.summary import (
    GROUP_TITLES,
    Summary,
    actor_key,
    actor_label,
    change,
    summary_from_frame,
)

log = logging.getLogger(__name__)

SLIDE_WIDTH = Inches(13.333)
SLIDE_HEIGHT = Inches(7.5)
MARGIN = Inches(0.5)
BODY_TOP = Inches(1.25)
BODY_PT = 16
SMALL_PT = 14  # the floor for any body text
TITLE_PT = 30
TABLE_PT = 15
TABLE_ROWS = 10  # body rows per table slide
SOURCES_PER_SLIDE = 7
QUOTE_CHARS = 240
PLACES_SHOWN = 4
MAX_INCIDENT_SLIDES = 40  # past this many primary incidents the rest are counted, not shown
INK = RGBColor(0x22, 0x22, 0x22)
MUTED = RGBColor(0x55, 0x55, 0x55)

_TITLE_ONLY = 5
_TITLE = 0


@dataclass(frozen=True)
class ArticleRef:
    """One article an incident was read from, as listed on the sources slides."""

    doc: str
    url: str | None
    publisher: str | None
    published: str | None


def write_briefing(frame, path: Path | str, gazetteer, *, title: str, corpus: str,
                   period: str | None = None, previous=None, land=None) -> Path:
    """Write the briefing deck for ``frame`` to ``path`` (atomically) and return the path.

    ``period`` describes the query (e.g. ``2022``); by default the first and last incident
    dates. ``previous`` (the previous year's frame) adds change columns to the summary
    table. ``land`` is the basemap land layer (a GeoDataFrame); by default the gazetteer's.
    """
    land = land if land is not None else land_frame(gazetteer)
    summary = summary_from_frame(frame, gazetteer, previous)
    deck = _new_deck()
    with tempfile.TemporaryDirectory(prefix="geo-briefing-") as scratch:
        _title_slide(deck, title, _period_text(summary, period), corpus, summary.total)
        if summary.total == 0:
            _empty_slide(deck, _period_text(summary, period))
        else:
            _add_body(deck, frame, summary, Path(scratch), land, gazetteer)
        with atomic_path(path) as tmp:
            deck.save(str(tmp))
    log.info("wrote briefing of %d incidents (%d slides) to %s", summary.total,
             len(deck.slides), path)
    return Path(path)


def land_frame(gazetteer):
    """The basemap land layer, or the gazetteer's country shapes if the basemap is missing."""
    try:
        from geo.gazetteer import basemap_frame

        return basemap_frame("land")
    except (ImportError, GeoError) as error:
        import geopandas as gpd

        log.warning("basemap land layer unavailable (%s); drawing the gazetteer's countries",
                    error)
        countries = gazetteer.of_kind("country")
        return gpd.GeoDataFrame(geometry=[f.geometry for f in countries], crs="EPSG:4326")


def _add_body(deck, frame, summary: Summary, scratch: Path, land, gazetteer) -> None:
    adiz = gazetteer.of_kind("adiz")
    overview = overview_map(frame, scratch / "overview.png", land=land, adiz=adiz)
    _picture_slide(deck, "Overview: every incident by type", overview)
    _picture_slide(deck, "Timeline", timeline_chart(frame, scratch / "timeline.png", title=""))
    _summary_slides(deck, summary)
    _approach_slide(deck, summary, {row["id"]: row for row in incident_rows(frame)})
    distances = {d.incident_id: d for d in summary.distances}
    primary = _primary_rows(frame)
    for number, row in enumerate(primary[:MAX_INCIDENT_SLIDES]):
        inset = inset_map(row["geometry"], row["type"], scratch / f"inset-{number}.png",
                          land=land, adiz=adiz) if _located(row) else None
        _incident_slide(deck, row, inset, distances.get(row["id"]))
    if len(primary) > MAX_INCIDENT_SLIDES:
        _more_incidents_slide(deck, primary[MAX_INCIDENT_SLIDES:])
    _sources_slides(deck, articles_from_frame(frame))


def _more_incidents_slide(deck, rest: list[dict]) -> None:
    """Past MAX_INCIDENT_SLIDES the deck lists how many primary incidents it leaves out."""
    log.warning("briefing shows %d primary incidents one per slide; %d more are only counted",
                MAX_INCIDENT_SLIDES, len(rest))
    plural = "s" if len(rest) != 1 else ""
    slide = _titled_slide(deck, f"{len(rest)} more primary incident{plural}")
    frame = _text_box(slide, MARGIN, Inches(2.0), SLIDE_WIDTH - 2 * MARGIN, Inches(3))
    first, last = rest[0].get("date") or "undated", rest[-1].get("date") or "undated"
    _paragraph(frame, f"From {first} to {last}: one slide each would not make a briefing.",
               24, first=True)
    _paragraph(frame, "They are on the overview map, the timeline and in the summary tables; "
               "every one is in summary.csv and incidents.csv, and on map.html.", 20,
               colour=MUTED)


# --- deck and slide helpers ----------------------------------------------------------------


def _new_deck():
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    return deck


def _titled_slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[_TITLE_ONLY])
    shape = slide.shapes.title
    shape.left, shape.top = MARGIN, Inches(0.3)
    shape.width, shape.height = SLIDE_WIDTH - 2 * MARGIN, Inches(0.85)
    frame = shape.text_frame
    frame.text = title
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    _style(paragraph.runs[0], TITLE_PT, bold=True)
    return slide


def _style(run, size: int, *, bold: bool = False, italic: bool = False, colour=INK) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = colour


def _text_box(slide, left, top, width, height):
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    return frame


def _paragraph(frame, text: str, size: int = BODY_PT, *, first: bool = False, **style):
    paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
    run = paragraph.add_run()
    run.text = text
    _style(run, size, **style)
    paragraph.space_after = Pt(6)
    return paragraph


def _title_slide(deck, title: str, period: str, corpus: str, total: int) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[_TITLE])
    slide.shapes.title.text = title
    heading = slide.shapes.title
    heading.left, heading.top = MARGIN, Inches(1.6)
    heading.width, heading.height = SLIDE_WIDTH - 2 * MARGIN, Inches(1.6)
    _style(heading.text_frame.paragraphs[0].runs[0], 40, bold=True)
    body = slide.placeholders[1]
    body.left, body.top = MARGIN, Inches(3.5)
    body.width, body.height = SLIDE_WIDTH - 2 * MARGIN, Inches(2.6)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Period: {period}",
             f"{total} incident{'s' if total != 1 else ''}" if total else
             "No incidents for the period",
             f"Corpus: {corpus}", f"Generated: {generated}"]
    frame = body.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line
        _style(paragraph.runs[0], 20, colour=MUTED)


def _empty_slide(deck, period: str) -> None:
    slide = _titled_slide(deck, "No incidents for the period")
    frame = _text_box(slide, MARGIN, Inches(2.5), SLIDE_WIDTH - 2 * MARGIN, Inches(2))
    _paragraph(frame, f"The store holds no incident for {period} with these filters.", 24,
               first=True)
    _paragraph(frame, "Widen the dates or filters, or add articles, and render again.", 20,
               colour=MUTED)


def _picture_slide(deck, title: str, picture: Path) -> None:
    slide = _titled_slide(deck, title)
    _fit_picture(slide, picture, MARGIN, BODY_TOP, SLIDE_WIDTH - 2 * MARGIN,
                 SLIDE_HEIGHT - BODY_TOP - Inches(0.3))


def _fit_picture(slide, picture: Path, left, top, width, height) -> None:
    """The picture as large as fits the box, aspect kept, centred in the box."""
    from PIL import Image

    with Image.open(picture) as image:
        pixels_w, pixels_h = image.size
    scale = min(width / pixels_w, height / pixels_h)
    shown_w, shown_h = int(pixels_w * scale), int(pixels_h * scale)
    slide.shapes.add_picture(str(picture), Emu(left + (width - shown_w) // 2),
                             Emu(top + (height - shown_h) // 2), Emu(shown_w), Emu(shown_h))


# --- summary tables ------------------------------------------------------------------------


def _summary_slides(deck, summary: Summary) -> None:
    previous = summary.previous
    header = ["Type", "Incidents"] + (["Year before", "Change"] if previous else [])
    rows = [[type_label(k), n, *_change_cells(n, previous.by_type.get(k, 0) if previous else None)]
            for k, n in summary.by_type.items()]
    rows.append(["Total", summary.total, *_change_cells(
        summary.total, previous.total if previous else None)])
    slide = _titled_slide(deck, "Summary: incidents by type and actor")
    content = SLIDE_WIDTH - 3 * MARGIN
    left = Emu(int(content * (0.64 if previous else 0.5)))
    _table(slide, header, rows[:14], MARGIN, left, [0.4, 0.18, 0.2, 0.22] if previous else
           [0.7, 0.3])
    actors = [[actor_label(k), n] for k, n in summary.by_actor.items()][:13]
    _table(slide, ["Actor", "Incidents"], actors, 2 * MARGIN + left, content - left, [0.62, 0.38])
    for group, name in GROUP_TITLES.items():
        areas = [[a.label, a.incidents] for a in summary.areas if a.group == group]
        if not areas:
            continue
        shown = areas[:TABLE_ROWS]
        more = f" (top {len(shown)} of {len(areas)})" if len(areas) > len(shown) else ""
        _table(_titled_slide(deck, f"{name} touched{more}"),
               ["Name (an incident counts in every area it touches)", "Incidents"], shown,
               MARGIN, SLIDE_WIDTH - 2 * MARGIN, [0.85, 0.15])


def _approach_slide(deck, summary: Summary, rows_by_id: dict[str, dict]) -> None:
    """The incidents that came closest to Japan's territorial sea (or land), nearest first."""
    def nearest(item) -> float:
        for value in (item.territorial_sea_km, item.land_km):
            if value is not None:
                return value
        return float("inf")

    measured = sorted(summary.distances, key=lambda d: (nearest(d), d.date or "", d.incident_id))
    shown = measured[:TABLE_ROWS]
    if not shown:
        return
    rows = [[d.date or "undated", type_label(d.type),
             actor_key(rows_by_id.get(d.incident_id, {}).get("actors")),
             _km(d.land_km), _km(d.territorial_sea_km), _km(d.route_km)] for d in shown]
    title = "Closest approach to Japan, km" + (
        f" (nearest {len(shown)} of {len(measured)})" if len(measured) > len(shown) else "")
    _table(_titled_slide(deck, title),
           ["Date", "Type", "Actors", "To land", "To territorial sea", "Route length"], rows,
           MARGIN, SLIDE_WIDTH - 2 * MARGIN, [0.14, 0.27, 0.11, 0.14, 0.2, 0.14])


def _km(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _change_cells(current: int, previous: int | None) -> list:
    return [] if previous is None else [previous, change(current, previous)]


def _table(slide, header: Sequence[str], rows: Sequence[Sequence], left, width,
           shares: Sequence[float]) -> None:
    row_height = Inches(0.4)
    shape = slide.shapes.add_table(len(rows) + 1, len(header), left, BODY_TOP, width,
                                   row_height * (len(rows) + 1))
    table = shape.table
    for column, share in enumerate(shares):
        table.columns[column].width = Emu(int(width * share))
    for r, values in enumerate([list(header), *rows]):
        table.rows[r].height = row_height
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = str(value)
            run.font.size = Pt(SMALL_PT if r == 0 else TABLE_PT)
            run.font.bold = r == 0
            if c and isinstance(value, int | float):
                cell.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _page(index: int, total: int, size: int) -> str:
    pages = max(1, -(-total // size))
    return f" ({index + 1}/{pages})" if pages > 1 else ""


# --- incident slides -----------------------------------------------------------------------


def _primary_rows(frame) -> list[dict]:
    rows = [row for row in incident_rows(frame) if row.get("role") == "primary"]
    return sorted(rows, key=lambda row: (row.get("date") or "9999", row["id"]))


def _located(row: dict) -> bool:
    geometry = row.get("geometry")
    return geometry is not None and not geometry.is_empty


def _incident_slide(deck, row: dict, inset: Path | None, distances) -> None:
    slide = _titled_slide(deck, f"{row.get('date') or 'Undated'} · {type_label(row['type'])}")
    _colour_bar(slide, type_colour(row["type"]))
    if inset is not None:
        _fit_picture(slide, inset, MARGIN, BODY_TOP, Inches(5.6), Inches(5.9))
    else:
        frame = _text_box(slide, MARGIN, Inches(3.5), Inches(5.6), Inches(1))
        _paragraph(frame, "No geometry: the incident could not be placed.", first=True)
    frame = _text_box(slide, Inches(6.4), BODY_TOP, SLIDE_WIDTH - Inches(6.4) - MARGIN,
                      Inches(5.9))
    facts = _incident_facts(row, distances)
    for index, (label, value) in enumerate(facts):
        paragraph = _paragraph(frame, f"{label}: ", BODY_PT, first=index == 0, bold=True)
        run = paragraph.add_run()
        run.text = value
        _style(run, BODY_PT)
    _quote_and_source(frame, row.get("sources") or [])


def _colour_bar(slide, colour: str) -> None:
    bar = slide.shapes.add_shape(1, MARGIN, Inches(1.12), Inches(1.6), Inches(0.08))
    bar.fill.solid()
    bar.fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#"))
    bar.line.fill.background()


def _incident_facts(row: dict, distances) -> list[tuple[str, str]]:
    date = row.get("date") or "undated"
    if row.get("date_end"):
        date += f" to {row['date_end']}"
    facts = [("Date", f"{date} ({row.get('date_precision') or 'unknown'} precision)"),
             ("Type", type_label(row["type"])),
             ("Actors", actor_label(actor_key(row.get("actors"))))]
    assets = ", ".join(row.get("assets") or []) or "not stated"
    count = row.get("count")
    facts.append(("Assets", f"{assets}" + (f" ({count})" if count is not None else "")))
    names = list(row.get("place_names") or [])
    if names:
        more = f" and {len(names) - PLACES_SHOWN} more" if len(names) > PLACES_SHOWN else ""
        facts.append(("Where", ", ".join(names[:PLACES_SHOWN]) + more))
    if distances is not None:
        facts.append(("Closest to Japan", _distance_text(distances)))
    return facts


def _distance_text(distances) -> str:
    parts = []
    if distances.land_km is not None:
        parts.append(f"{distances.land_km:,.0f} km to land")
    if distances.territorial_sea_km is not None:
        parts.append(f"{distances.territorial_sea_km:,.0f} km to territorial sea")
    if distances.route_km is not None:
        parts.append(f"route {distances.route_km:,.0f} km")
    return "; ".join(parts) or "not computed"


def _quote_and_source(frame, sources: list[dict]) -> None:
    if not sources:
        _paragraph(frame, "No source recorded.", SMALL_PT, colour=MUTED)
        return
    key = sources[0]
    _paragraph(frame, f"“{trim_quote(key.get('quote') or '')}”", BODY_PT, italic=True)
    cite = ", ".join(x for x in (key.get("publisher"), key.get("published")) if x) or key["doc"]
    paragraph = _paragraph(frame, f"Source: {cite}", SMALL_PT, colour=MUTED)
    if key.get("url"):
        _link(paragraph, key["url"])
    if len(sources) > 1:
        _paragraph(frame, f"+ {len(sources) - 1} more source(s) on the sources slides",
                   SMALL_PT, colour=MUTED)


def _link(paragraph, url: str, limit: int = 60) -> None:
    paragraph.add_line_break()
    run = paragraph.add_run()
    run.text = _short(url, limit)
    _style(run, SMALL_PT, colour=RGBColor(0x1F, 0x4E, 0x9A))
    run.hyperlink.address = url


def trim_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- sources -------------------------------------------------------------------------------


def articles_from_frame(frame) -> list[ArticleRef]:
    """Every article the incidents cite, once, by publication date then publisher."""
    seen: dict[str, ArticleRef] = {}
    for sources in frame["sources"] if len(frame) else []:
        for source in sources or []:
            key = source.get("url") or source["doc"]
            seen.setdefault(key, ArticleRef(source["doc"], source.get("url"),
                                            source.get("publisher"), source.get("published")))
    return sorted(seen.values(), key=lambda a: (a.published or "", a.publisher or "", a.doc))


def _sources_slides(deck, articles: Iterable[ArticleRef]) -> None:
    articles = list(articles)
    for page, chunk in enumerate(_chunks(articles, SOURCES_PER_SLIDE)):
        noun = "article" if len(articles) == 1 else "articles"
        title = f"Sources: {len(articles)} {noun}" + _page(page, len(articles), SOURCES_PER_SLIDE)
        slide = _titled_slide(deck, title)
        frame = _text_box(slide, MARGIN, BODY_TOP, SLIDE_WIDTH - 2 * MARGIN, Inches(5.9))
        if not chunk:
            _paragraph(frame, "No article is cited.", first=True)
        for index, article in enumerate(chunk):
            head = " · ".join(x for x in (article.published, article.publisher) if x)
            paragraph = _paragraph(frame, head or article.doc, SMALL_PT, first=index == 0,
                                   bold=True)
            if article.url:
                _link(paragraph, article.url, limit=120)
            else:
                paragraph.add_line_break()
                run = paragraph.add_run()
                run.text = article.doc
                _style(run, SMALL_PT, colour=MUTED)


def _period_text(summary: Summary, period: str | None) -> str:
    if period:
        return period
    if summary.period is None:
        return "all dates"
    first, last = summary.period
    return first if first == last else f"{first} to {last}"
