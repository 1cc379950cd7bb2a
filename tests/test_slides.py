import shutil
import subprocess

import geopandas as gpd
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from shapely.geometry import LineString, Point, Polygon, box

from geo.gazetteer import Gazetteer
from geo.records import Feature, Incident, Source, frame_from_incidents
from geo.slides import SOURCES_PER_SLIDE, articles_from_frame, trim_quote, write_briefing

LONG_QUOTE = (
    "Two bombers of one side and two bombers of the other flew together from the northern "
    "sea to the southern sea and on over the ocean, the minister said on Tuesday, adding "
    "that the flight had been watched from the ground and from the air for several hours "
    "before the aircraft turned back toward the west and left the zone."
)


def _gazetteer():
    return Gazetteer([
        Feature("sea.north", "sea", "Sea of Japan", box(128, 34, 140, 44),
                name_ja="日本海", name_zh="日本海", name_ko="동해"),
        Feature("sea.south", "sea", "East China Sea", box(120, 24, 130, 34),
                name_ja="東シナ海", name_zh="东海", name_ko="동중국해"),
        Feature("adiz.jp", "adiz", "Japan ADIZ",
                Polygon([(123, 23), (132, 21), (146, 27), (150, 45), (141, 46), (123, 30)])),
        Feature("country.jp", "country", "Japan", box(131, 31, 141, 41)),
        Feature("territorial_sea.jp", "territorial_sea", "Japan territorial sea",
                box(130.8, 30.8, 141.2, 41.2)),
    ])


def _land():
    return gpd.GeoDataFrame(geometry=[box(131, 31, 141, 41), box(118, 28, 122, 40)],
                            crs="EPSG:4326")


def _source(doc, day, quote=LONG_QUOTE):
    return Source(doc=doc, quote=quote, start=0, end=len(quote),
                  url=f"https://news.example.org/{doc}", publisher=f"Paper {doc}", published=day)


def _incidents(n_articles=3):
    docs = [f"doc{i}" for i in range(n_articles)]
    return [
        Incident("route", "joint_air_patrol", "2022-05-24", "day",
                 LineString([(135, 42), (129, 36), (125, 30), (133, 27)]), 5, actors=("CN", "RU"),
                 assets=("H-6K", "Tu-95"), count=4,
                 place_names=("Sea of Japan", "East China Sea"),
                 sources=tuple(_source(doc, "2022-05-25") for doc in docs)),
        Incident("transit", "strait_transit", "2022-06", "month", Point(129.5, 34.2), 2,
                 actors=("CN",), sources=(_source("doc0", "2022-06-30", "A ship passed."),)),
        Incident("reply", "scramble", "2022-05-24", "day", Point(135, 38), 2, role="response",
                 actors=("JP",), sources=(_source("doc0", "2022-05-25"),)),
    ]


def _titles(deck):
    return [slide.shapes.title.text for slide in deck.slides]


def _slide(deck, title):
    return next(slide for slide in deck.slides if slide.shapes.title.text == title)


def _write(tmp_path, incidents, **kwargs):
    return write_briefing(frame_from_incidents(incidents), tmp_path / "briefing.pptx",
                          _gazetteer(), title="Activity around Japan, 2022",
                          corpus="test articles", land=_land(), **kwargs)


def test_deck_has_the_slides_in_order(tmp_path):
    path = _write(tmp_path, _incidents())
    titles = _titles(Presentation(str(path)))
    assert titles == [
        "Activity around Japan, 2022",
        "Overview: every incident by type",
        "Timeline",
        "Summary: incidents by type and actor",
        "Seas and oceans touched",
        "Zones touched",
        "Closest approach to Japan, km",
        "2022-05-24 · Joint air patrol",  # primary incidents only, by date
        "2022-06 · Strait transit",
        "Sources: 3 articles",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name != "briefing.pptx"]


def test_title_slide_names_period_corpus_and_date(tmp_path):
    deck = Presentation(str(_write(tmp_path, _incidents(), period="2022")))
    text = "\n".join(shape.text_frame.text for shape in deck.slides[0].shapes
                     if shape.has_text_frame)
    assert "Period: 2022" in text and "Corpus: test articles" in text
    assert "Generated: 20" in text and "3 incidents" in text


def test_every_map_slide_has_a_picture(tmp_path):
    deck = Presentation(str(_write(tmp_path, _incidents())))
    for title in ("Overview: every incident by type", "Timeline",
                  "2022-05-24 · Joint air patrol", "2022-06 · Strait transit"):
        shapes = _slide(deck, title).shapes
        pictures = [s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1, title


def test_summary_is_a_real_table_with_joint_actors_apart(tmp_path):
    deck = Presentation(str(_write(tmp_path, _incidents())))
    tables = [shape.table for shape in _slide(deck, "Summary: incidents by type and actor").shapes
              if shape.has_table]
    assert len(tables) == 2
    by_type = {row.cells[0].text: row.cells[1].text for row in tables[0].rows}
    assert by_type == {"Type": "Incidents", "Joint air patrol": "1", "Strait transit": "1",
                       "Scramble": "1", "Total": "3"}
    by_actor = {row.cells[0].text: row.cells[1].text for row in tables[1].rows}
    assert by_actor["CN+RU (joint)"] == "1" and by_actor["CN"] == "1"
    seas = [s.table for s in _slide(deck, "Seas and oceans touched").shapes if s.has_table][0]
    assert [[cell.text for cell in row.cells] for row in seas.rows][1:] == [
        ["Sea of Japan / 日本海 / 동해", "3"], ["East China Sea / 東シナ海 / 东海 / 동중국해", "1"]]
    approach = [s.table for s in _slide(deck, "Closest approach to Japan, km").shapes
                if s.has_table][0]
    # nearest first: the route and the point that enter the zone, then the point 1.3 degrees
    # of longitude west of it at 34.2 N (1.3 x 111.32 km x cos 34.2 = 120 km)
    rows = [[cell.text for cell in row.cells] for row in approach.rows]
    assert [row[4] for row in rows[1:]] == ["0", "0", "120"]
    assert sorted((row[1], row[5] != "") for row in rows[1:3]) == [
        ("Joint air patrol", True), ("Scramble", False)]  # only the route has a length
    assert rows[3][1] == "Strait transit"


def test_incident_slide_holds_facts_quote_and_source(tmp_path):
    deck = Presentation(str(_write(tmp_path, _incidents())))
    slide = _slide(deck, "2022-05-24 · Joint air patrol")
    text = "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "Actors: CN+RU (joint)" in text
    assert "Assets: H-6K, Tu-95 (4)" in text
    assert "Closest to Japan: 0 km to land" in text
    assert "Source: Paper doc0, 2022-05-25" in text
    assert "“Two bombers" in text and "…”" in text  # the long quote is trimmed
    links = [run.hyperlink.address for s in slide.shapes if s.has_text_frame
             for p in s.text_frame.paragraphs for run in p.runs if run.hyperlink.address]
    assert links == ["https://news.example.org/doc0"]


def test_no_body_text_below_14_pt(tmp_path):
    deck = Presentation(str(_write(tmp_path, _incidents(n_articles=12))))
    sizes = []
    for slide in deck.slides:
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            sizes += [run.font.size.pt for f in frames for p in f.paragraphs for run in p.runs
                      if run.text.strip()]
    assert sizes and min(sizes) >= 14


def test_sources_continue_on_further_slides(tmp_path):
    n = SOURCES_PER_SLIDE + 3
    deck = Presentation(str(_write(tmp_path, _incidents(n_articles=n))))
    titles = _titles(deck)
    assert titles[-2:] == [f"Sources: {n} articles (1/2)", f"Sources: {n} articles (2/2)"]
    articles = articles_from_frame(frame_from_incidents(_incidents(n_articles=n)))
    assert len(articles) == n  # doc0 is cited by three incidents, listed once


def test_incident_slides_stop_at_the_cap(tmp_path, monkeypatch):
    import geo.slides

    monkeypatch.setattr(geo.slides, "MAX_INCIDENT_SLIDES", 1)
    titles = _titles(Presentation(str(_write(tmp_path, _incidents()))))
    assert titles[-3:] == ["2022-05-24 · Joint air patrol", "1 more primary incident",
                          "Sources: 3 articles"]


def test_trim_quote_cuts_at_a_word():
    assert trim_quote("short  one\n") == "short one"
    trimmed = trim_quote(LONG_QUOTE, 60)
    assert len(trimmed) <= 62 and trimmed.endswith(" …")
    assert LONG_QUOTE.startswith(trimmed[:-2])


def test_empty_frame_gives_a_deck_that_says_so(tmp_path):
    deck = Presentation(str(_write(tmp_path, [], period="2023")))
    assert _titles(deck) == ["Activity around Japan, 2022", "No incidents for the period"]
    text = "\n".join(s.text_frame.text for slide in deck.slides for s in slide.shapes
                     if s.has_text_frame)
    assert "Period: 2023" in text and "no incident for 2023" in text


@pytest.mark.office
def test_libreoffice_renders_every_slide(tmp_path):
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        pytest.fail("LibreOffice (soffice) and pdftoppm are needed: install "
                    "libreoffice-impress and poppler-utils")
    path = _write(tmp_path, _incidents(n_articles=SOURCES_PER_SLIDE + 1))
    slides = len(Presentation(str(path)).slides)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = tmp_path / "briefing.pdf"
    assert pdf.is_file()
    subprocess.run([pdftoppm, "-png", "-r", "40", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == slides
    assert all(page.stat().st_size > 2000 for page in pages)


def _cli(tmp_path, monkeypatch, command):
    """Run ``geo <command> --year 2022`` on a store holding the test incidents and one of 2021."""
    from typer.testing import CliRunner

    import geo.gazetteer
    import geo.store
    from geo.cli import app

    older = Incident("old", "joint_air_patrol", "2021-11-19", "day", Point(130, 35), 3,
                     actors=("CN", "RU"), sources=(_source("doc9", "2021-11-20"),))
    with geo.store.Store(tmp_path / "store.gpkg") as store:
        store.replace_incidents([*_incidents(), older])
    monkeypatch.setattr(geo.store, "ensure_store",
                        lambda path, corpus=None, corrections=None: geo.store.Store(path))
    monkeypatch.setattr(geo.gazetteer, "load_gazetteer", lambda path=None: _gazetteer())
    return CliRunner().invoke(app, [command, "--year", "2022", "--store",
                                    str(tmp_path / "store.gpkg"), "--out", str(tmp_path / "out")])


def test_geo_render_writes_summaries_and_briefing_beside_the_map(tmp_path, monkeypatch):
    result = _cli(tmp_path, monkeypatch, "render")
    assert result.exit_code == 0, result.output
    for name in ("map.html", "summary.md", "summary.csv", "timeline.png", "areas.png",
                 "briefing.pptx"):
        assert f"wrote {tmp_path / 'out' / name}" in result.output
    summary = (tmp_path / "out" / "summary.md").read_text(encoding="utf-8")
    assert "3 incidents against 1: +2 (+200%)." in summary  # 2022 against 2021
    assert len(Presentation(str(tmp_path / "out" / "briefing.pptx")).slides) == 10


def test_geo_slides_writes_the_deck_from_the_store(tmp_path, monkeypatch):
    result = _cli(tmp_path, monkeypatch, "slides")
    tmp_path = tmp_path / "out"
    assert result.exit_code == 0, result.output
    assert "briefing.pptx (3 incidents)" in result.output
    deck = Presentation(str(tmp_path / "briefing.pptx"))
    assert _titles(deck)[0] == "Military activity around Japan: 2022"
    table = [shape.table for shape in _slide(deck, "Summary: incidents by type and actor").shapes
             if shape.has_table][0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Type", "Incidents", "Year before", "Change"]
    rows = {row.cells[0].text: [cell.text for cell in row.cells] for row in table.rows}
    assert rows["Joint air patrol"] == ["Joint air patrol", "1", "1", "0"]
    assert rows["Total"] == ["Total", "3", "1", "+2 (+200%)"]


def test_missing_values_as_pandas_gives_them(tmp_path):
    from geo.summary import write_summaries

    frame = frame_from_incidents(_incidents())
    frame["date_end"] = float("nan")  # as a frame read back from a GeoPackage holds them
    path = write_briefing(frame, tmp_path / "briefing.pptx", _gazetteer(), title="t",
                          corpus="c", land=_land())
    assert len(Presentation(str(path)).slides) == 10
    write_summaries(frame, tmp_path, _gazetteer())
    assert "| `transit` | 2022-06 | Strait transit |" in (tmp_path / "summary.md").read_text()


def test_land_falls_back_to_the_gazetteer_countries(monkeypatch, caplog):
    import geo.gazetteer
    from geo._errors import InputError
    from geo.slides import land_frame

    def missing(layer):
        raise InputError(f"basemap layer {layer!r} not found")

    monkeypatch.setattr(geo.gazetteer, "basemap_frame", missing)
    land = land_frame(_gazetteer())
    assert list(land.geometry) == [box(131, 31, 141, 41)]  # country.jp, the only country
    assert "basemap land layer unavailable" in caplog.text
