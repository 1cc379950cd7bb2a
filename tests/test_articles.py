import csv
import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from geo._errors import ArticleError, ManifestError
from geo._paths import seeds_dir
from geo.articles import (
    UndatedArticleError,
    article_from_file,
    article_from_text,
    article_paths,
    date_from_url,
    iter_articles,
    text_from_bytes,
)
from geo.dates import dates_from_text
from geo.records import Article

BODY = (
    "Two Chinese bombers flew between Okinawa and Miyako islands on Friday, the ministry said.\n\n"
    "Japan scrambled fighter jets in response, according to the Joint Staff.\n"
)


def _manifest_dates() -> dict[str, date]:
    with (seeds_dir() / "manifest.csv").open(encoding="utf-8") as handle:
        return {row["file"]: date.fromisoformat(row["published"]) for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    read = list(iter_articles([seeds_dir()]))
    assert all(isinstance(item, Article) for item in read), read
    return {article.doc[:3]: article for article in read}


def _read(*paths):
    items = list(iter_articles(paths))
    articles = {a.doc: a for a in items if isinstance(a, Article)}
    errors = [e for e in items if isinstance(e, ArticleError)]
    return articles, errors


# ---------------------------------------------------------------- the seeds


def test_seeds_are_read_with_the_manifest_dates(seeds):
    expected = _manifest_dates()
    assert sorted(a.doc for a in seeds.values()) == sorted(expected)
    for article in seeds.values():
        assert article.published == expected[article.doc]
        assert article.published_basis == "manifest"
        assert article.url.startswith("https://")
        assert article.publisher
        assert article.sha256 == hashlib.sha256(article.text.encode()).hexdigest()


def test_seed_000_loses_its_comment_policy_footer_and_keeps_every_sentence(seeds):
    text = seeds["000"].text
    assert "HABERE YORUM KAT" not in text
    assert "UYARI" not in text
    assert text.rstrip().endswith(
        "held military exercises in contested waters of the South China Sea."
    )
    assert "two aircraft from each country flew over the Sea of Japan" in text
    title = "Japan worried as China, Russia move to strengthen military coordination"
    assert text.count(title) == 1  # the repeated title line is gone
    assert seeds["000"].title == title


def test_seed_001_loses_its_metadata_and_keeps_the_article(seeds):
    text = seeds["001"].text
    for noise in (
        "/html/head/meta",
        "2021-11-23T17:44",
        "feedback@",
        "+74956456601",
        "1920 1080 true",
        ".jpg",
        "en_EN",
        "sputniknews.com",
        "date 2021-11-23",
    ):
        assert noise not in text, noise
    lines = text.split("\n")
    for tag in ("news", "russia", "japan", "china", "asia & pacific", "2021"):
        assert tag not in lines
    assert "On 19 November, the Russian and Chinese forces conducted the third joint air" in text
    assert "following a video call with his Chinese counterpart, Wei Fenghe." in text
    assert "Defence Ministry" in text  # the Cyrillic letter inside "Defence" is made Latin
    assert not any("\u0400" <= char <= "\u04ff" for char in text)
    assert text.count("Tokyo Claims Russia-China Joint Patrolling") == 1


def test_seed_001_date_line_is_its_publication_date_without_a_manifest(tmp_path):
    name = "001_b4abb08703c02422.txt"
    shutil.copy(seeds_dir() / name, tmp_path / name)
    article = article_from_file(tmp_path / name)
    assert article.published == date(2021, 11, 23)
    assert article.published_basis == "date line"
    assert not article.text.startswith("date")


def test_seed_002_and_003_footers_are_gone(seeds):
    text_002, text_003 = seeds["002"].text, seeds["003"].text
    for noise in ("page 1", "Latest articles", "Related articles", "Leave a reply", "Please enter"):
        assert noise not in text_002
    assert text_002.rstrip().endswith("cap on military spending of about 1 per cent of GDP.")
    assert "Similar Posts" not in text_003 and "may only be available" not in text_003
    assert "after previous ones in July 2019, December 2020, and November 2021." in text_003


def test_seed_004_first_sentence_and_trailing_credits(seeds):
    text = seeds["004"].text
    assert text.startswith("Japanese Defense Minister Shinjiro Koizumi conveyed")
    assert "With assistance from" not in text
    assert "automated news agency feed" not in text
    assert text.rstrip().endswith(
        "Fifteen Chinese vessels entered the waters during March this year."
    )


def test_spans_of_later_stages_index_the_cleaned_text(seeds):
    article = seeds["001"]
    mentions = dates_from_text(article.text, article.published)
    first = mentions[0]
    assert article.text[first.start : first.end] == "19 November"
    assert first.date == "2021-11-19"


# ---------------------------------------------------------------- noise


def test_a_page_run_glued_to_the_first_sentence_is_cut_off_the_sentence():
    raw = (
        "page 1 page 1 page 1 page 1 Japanese Defense Minister Shinjiro Koizumi spoke to "
        "reporters on Wednesday about the bomber flight.\nHe called it a grave concern."
    )
    article = article_from_text(raw)
    assert article.text.startswith("Japanese Defense Minister Shinjiro Koizumi spoke")
    assert "page 1" not in article.text


def test_page_furniture_is_removed_and_prose_kept(tmp_path):
    raw = (
        "url: https://example.test/world/2022/03/15/ships\n"
        "publisher: Example Wire\n"
        "---\n"
        "Six warships pass through a northern strait\n"
        "Date: 2022/03/15\n"
        "By: Jane Roe, Example Wire, Staff Writer\n"
        "Example Wire file photo\n"
        "A destroyer is seen near the cape in an undated picture.\n"
        "A warship seen from a patrol plane (File photo: Example Wire)\n"
        "Six Russian Navy vessels passed through the strait on Sunday, officials said.\n"
        "Six warships pass through a northern strait\n"
        "By Friday, the vessels had sailed west toward the open sea.\n"
        "0 Comments\n"
        "national\n"
        "The ministry said it was closely monitoring the ships.© EXAMPLE WIRE\n"
        "reader42\n"
        "Why is this news at all? I do not see the point.\n"
    )
    (tmp_path / "ships.txt").write_text(raw, encoding="utf-8")
    article = article_from_file(tmp_path / "ships.txt")
    assert article.text.split("\n") == [
        "Six warships pass through a northern strait",
        "Six Russian Navy vessels passed through the strait on Sunday, officials said.",
        "By Friday, the vessels had sailed west toward the open sea.",
        "The ministry said it was closely monitoring the ships.",
    ]
    assert article.published == date(2022, 3, 15)
    assert article.published_basis == "date line"
    assert article.title == "Six warships pass through a northern strait"
    assert article.url == "https://example.test/world/2022/03/15/ships"
    assert article.publisher == "Example Wire"


def test_a_credit_line_without_a_caption_keeps_the_first_sentence():
    article = article_from_text(
        "Courtesy of the Defense Ministry\n"
        "A total of six warships passed through the strait on Sunday, the ministry said.\n"
    )
    assert article.text == (
        "A total of six warships passed through the strait on Sunday, the ministry said."
    )


def test_a_release_keeps_the_time_under_its_date_heading_and_a_line_pointing_to_its_photo():
    article = article_from_text(
        "Joint Staff Press Release\n"
        "1. Date and time of the violation\n"
        "Around 10:20 to around 10:21, May 18, 2017 (Thu)\n"
        "2. Object\n"
        "One small flying object presumed to be an unmanned aircraft (drone type) (see photo)\n"
        "A patrol boat photo (Japan Coast Guard)\n"
    )
    lines = article.text.split("\n")
    assert "Around 10:20 to around 10:21, May 18, 2017 (Thu)" in lines
    assert (
        "One small flying object presumed to be an unmanned aircraft (drone type) (see photo)"
        in lines
    )
    assert "A patrol boat photo (Japan Coast Guard)" not in lines


def test_sentences_broken_over_lines_are_kept_whole():
    wrapped = (
        "Japanese officials said the bombers that flew over the sea were conducted\n"
        "on 19 November 2021.\n"
        "The defense ministry said it would not\n"
        "sign up to any statement on the flights.\n"
        "The total number of scrambles in the year reached\n"
        "1,000\n"
        "in fiscal 2022, the ministry said, adding that the drills were held by the\n"
        "navy\n"
        "and the air force of the two countries.\n"
    )
    assert article_from_text(wrapped).text == wrapped.strip()


def test_leading_date_line_glued_to_the_title_is_cut_and_used():
    article = article_from_text(
        " date 2024-11-29 https://example.test/a Aircraft enter the air defense zone\n\n"
        "Eleven military aircraft entered the zone on Friday without notice."
    )
    assert article.published == date(2024, 11, 29)
    assert article.text.startswith("Aircraft enter the air defense zone\n")
    assert article.title == "Aircraft enter the air defense zone"


def test_glued_sentences_get_a_space_and_stay_whole():
    article = article_from_text(
        "The carrier sailed north on Tuesday.The strike group followed it in 2012.“It was the "
        "first time,” a spokesman said."
    )
    assert "Tuesday. The strike group" in article.text
    assert "in 2012. “It was the first time" in article.text


# ---------------------------------------------------------------- publication date


def test_publication_date_priority(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    line = "Date: 2020-01-02\n"
    (folder / "header.txt").write_text("published: 2020-01-01\n---\n" + line + BODY)
    (folder / "manifest_row.txt").write_text(line + BODY)
    (folder / "line.txt").write_text(line + BODY)
    (folder / "url.txt").write_text(
        "url: https://example.test/news/2020/01/04/bombers\n---\n" + BODY
    )
    (folder / "compact.txt").write_text("url: https://example.test/news/20200105123/\n---\n" + BODY)
    (folder / "dateline.txt").write_text(
        "url: https://example.test/news/yjj2020010500123/\n---\n"
        "Tokyo, January 6 (Example Press)--" + BODY
    )
    (folder / "manifest.csv").write_text(
        "file,url,publisher,published\n"
        "header.txt,,,2020-02-01\n"
        "manifest_row.txt,https://example.test/2020/05/05/x,Wire,2020-01-03\n"
    )
    articles, errors = _read(folder)
    assert errors == []
    found = {doc: (a.published, a.published_basis) for doc, a in articles.items()}
    assert found == {
        "header.txt": (date(2020, 1, 1), "header"),
        "manifest_row.txt": (date(2020, 1, 3), "manifest"),
        "line.txt": (date(2020, 1, 2), "date line"),
        "url.txt": (date(2020, 1, 4), "url"),
        "compact.txt": (date(2020, 1, 5), "url"),
        "dateline.txt": (date(2020, 1, 6), "dateline + url year"),
    }
    assert articles["manifest_row.txt"].publisher == "Wire"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.test/news/2021/12/18/national/carrier/", date(2021, 12, 18)),
        ("https://example.test/20211123/tokyo-claims-1090966407.html", date(2021, 11, 23)),
        ("https://example.test/view/AEN20230606003551325", date(2023, 6, 6)),
        ("https://example.test/politics/defense/20231107-148141/", date(2023, 11, 7)),
        ("https://example.test/politics/15/12/2025/story", date(2025, 12, 15)),
        ("https://example.test/news/2023-08-25-bombers", date(2023, 8, 25)),
        ("https://example.test/en/news/3725955", None),
        ("https://example.test/news/39126/Japan_Protests", None),
        ("https://example.test/b2852068.html", None),
        ("https://example.test/cgi?prod=210936&cat=3", None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_an_article_without_any_date_is_one_error_naming_the_file(tmp_path):
    (tmp_path / "undated.txt").write_text("url: https://example.test/news/123\n---\n" + BODY)
    (tmp_path / "dated.txt").write_text("published: 2023-08-25\n---\n" + BODY)
    articles, errors = _read(tmp_path)
    assert list(articles) == ["dated.txt"]
    assert len(errors) == 1
    message = str(errors[0])
    assert "undated.txt" in message and "\n" not in message
    assert "cannot resolve the publication date" in message
    assert "published: YYYY-MM-DD" in message


def test_an_undated_article_can_be_read_when_no_date_is_needed(tmp_path):
    (tmp_path / "undated.txt").write_text(BODY)
    with pytest.raises(UndatedArticleError):
        article_from_file(tmp_path / "undated.txt")
    (article,) = iter_articles([tmp_path], require_date=False)
    assert isinstance(article, Article)
    assert (article.published, article.published_basis) == (None, "")
    assert article.text == BODY.strip()


def test_a_header_date_that_is_not_a_date_is_an_error(tmp_path):
    (tmp_path / "bad.txt").write_text("published: next Tuesday\n---\n" + BODY)
    with pytest.raises(ArticleError, match=r"bad\.txt: header published 'next Tuesday'"):
        article_from_file(tmp_path / "bad.txt")


def test_inline_text_needs_no_date():
    article = article_from_text(BODY, doc="note", url="https://example.test/x")
    assert article.published is None and article.published_basis == ""
    assert article.doc == "note" and article.path == ""
    assert article.text == BODY.strip()
    given = article_from_text(BODY, published=date(2023, 8, 25))
    assert given.published == date(2023, 8, 25) and given.published_basis == "given"
    assert given.sha256 == article.sha256


# ---------------------------------------------------------------- encodings and bad input

HEADER = "published: 2023-08-25\n---\n"
ENGLISH = (
    "Japan’s defence ministry said two Chinese bombers flew near Okinawa — a “grave” concern.\n"
)
GERMAN = "Das Ministerium erklärte, zwei Bomber seien über das Meer geflogen; Größe unklar.\n"
JAPANESE = "防衛省は金曜日、中国軍の爆撃機2機が沖縄本島と宮古島の間を通過したと発表した。\n"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", (HEADER + ENGLISH).encode("utf-8"), ENGLISH),
        ("utf8bom.txt", b"\xef\xbb\xbf" + (HEADER + ENGLISH).encode("utf-8"), ENGLISH),
        ("utf16.txt", (HEADER + ENGLISH).encode("utf-16"), ENGLISH),
        ("utf16be.txt", b"\xfe\xff" + (HEADER + ENGLISH).encode("utf-16-be"), ENGLISH),
        ("cp1252.txt", (HEADER + ENGLISH).encode("cp1252"), ENGLISH),
        ("sjis.txt", (HEADER + JAPANESE).encode("shift_jis"), JAPANESE),
        ("iso2022jp.txt", (HEADER + JAPANESE).encode("iso2022_jp"), JAPANESE),
        ("utf16le_no_bom.txt", (HEADER + JAPANESE).encode("utf-16-le"), JAPANESE),
        ("latin1.txt", (HEADER + GERMAN).encode("latin-1"), GERMAN),
        ("eucjp.txt", (HEADER + JAPANESE).encode("euc_jp"), JAPANESE),
        (
            "gb18030.txt",
            (
                HEADER + "中国国防部表示，中俄两国空军在日本海和东海上空举行联合空中战略巡航。\n"
            ).encode("gb18030"),
            "中国国防部表示，中俄两国空军在日本海和东海上空举行联合空中战略巡航。\n",
        ),
        (
            "euckr.txt",
            (
                HEADER + "합동참모본부는 중국과 러시아 군용기가 방공식별구역에 진입했다고 밝혔다.\n"
            ).encode("euc_kr"),
            "합동참모본부는 중국과 러시아 군용기가 방공식별구역에 진입했다고 밝혔다.\n",
        ),
    ],
)
def test_any_news_encoding_is_read(tmp_path, name, data, expected):
    (tmp_path / name).write_bytes(data)
    article = article_from_file(tmp_path / name)
    assert article.text == expected.strip()
    assert article.published == date(2023, 8, 25)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("binary.txt", bytes(range(256)) * 8, "binary file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("header_only.txt", HEADER.encode(), "no article sentences"),
        (
            "noise_only.txt",
            (HEADER + "news\nrussia\nhttps://x.test/a.jpg\n").encode(),
            "no article",
        ),
        ("lying_bom.txt", b"\xef\xbb\xbfok \xff\xfe\xfd", "does not decode as utf-8-sig"),
        ("garbage.txt", bytes(b for b in range(1, 256) if b not in b"\n\r\t ") * 20, "binary"),
    ],
)
def test_bad_files_are_one_line_errors_and_the_batch_goes_on(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(HEADER + BODY, encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert list(articles) == ["good.txt"]
    assert len(errors) == 1
    assert name in str(errors[0]) and message in str(errors[0])
    assert "\n" not in str(errors[0])


def test_an_unreadable_file_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text(HEADER + BODY)
    (tmp_path / "open.txt").write_text(HEADER + BODY)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, errors = _read(tmp_path)
    assert list(articles) == ["open.txt"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'locked.txt'}: cannot read the file (Permission denied); "
        "check it exists and is readable"
    ]


def test_missing_paths_and_unsupported_files_are_errors(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    articles, errors = _read(tmp_path / "missing.txt", tmp_path / "notes.pdf")
    assert articles == {}
    assert "missing.txt: no such file or folder" in str(errors[0])
    assert "notes.pdf: unsupported file type '.pdf'" in str(errors[1])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name;date\na.txt;2023-08-25\n", "no 'file' column"),
        ("file,url,publisher,published\na.txt,,,25/08/2023x\n", "row 2: published '25/08/2023x'"),
        (b"\xef\xbb\xbf\xff\xfe", "does not decode"),
    ],
)
def test_a_malformed_manifest_is_one_error_and_the_articles_are_read_without_it(
    tmp_path, content, problem
):
    manifest = tmp_path / "manifest.csv"
    if isinstance(content, bytes):
        manifest.write_bytes(content)
    else:
        manifest.write_text(content)
    (tmp_path / "a.txt").write_text(HEADER + BODY)
    (tmp_path / "b.txt").write_text(HEADER + BODY)
    articles, errors = _read(tmp_path)
    assert sorted(articles) == ["a.txt", "b.txt"]
    assert len(errors) == 1
    assert isinstance(errors[0], ManifestError)
    assert "manifest.csv" in str(errors[0]) and problem in str(errors[0])
    assert "file,url,publisher,published" in str(errors[0])


def test_an_index_csv_works_like_a_manifest(tmp_path):
    (tmp_path / "INDEX.csv").write_text(
        "file,url,publisher,published,year\na.txt,https://example.test/a,Wire,2023-08-25,2023\n"
    )
    (tmp_path / "a.txt").write_text(BODY)
    with pytest.raises(ArticleError, match="cannot resolve the publication date"):
        article_from_file(tmp_path / "a.txt")  # one file alone: no manifest row given
    articles, errors = _read(tmp_path)
    assert errors == []
    assert articles["a.txt"].published == date(2023, 8, 25)
    assert articles["a.txt"].publisher == "Wire"


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    for relative in ("b/z.txt", "a/y.htm", "a/x.txt", "c.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".htm":
            path.write_text(_html_page(script=False))
        else:
            path.write_text(HEADER + BODY)
    (tmp_path / "a" / "skip.csv").write_text("x\n")
    first = [a.doc for a in iter_articles([tmp_path])]
    again = [a.doc for a in iter_articles([tmp_path / "c.txt", tmp_path, tmp_path / "b"])]
    assert first == ["x.txt", "y.htm", "z.txt", "c.txt"]
    assert again == first
    assert [p.name for p in article_paths([tmp_path])] == first


# ---------------------------------------------------------------- HTML


def _html_page(*, script=True, meta_date="2023-08-25T10:00:00+09:00") -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Bombers fly between Okinawa and Miyako | Example Wire</title>
<meta property="article:published_time" content="{meta_date}">
{"<script>var secret = 'SCRIPT TEXT MUST NOT APPEAR';</script>" if script else ""}
<style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bombers fly between Okinawa and Miyako</h1>
<p>Japan's defense ministry on Friday said it scrambled jet fighters to monitor two Chinese
bombers flying between Okinawa and Miyako islands in the morning.</p>
<p>The bombers were spotted flying through the strait between the two islands, the ministry
said.</p></article>
<footer>Leave a reply. Copyright Example Wire.</footer></body></html>"""


def test_an_html_page_is_read_through_trafilatura(tmp_path):
    (tmp_path / "page.html").write_text(_html_page(), encoding="utf-8")
    article = article_from_file(tmp_path / "page.html")
    assert "SCRIPT TEXT" not in article.text
    assert "color: red" not in article.text
    assert "Home" not in article.text.split("\n")
    assert "scrambled jet fighters to monitor two Chinese" in article.text
    assert article.title == "Bombers fly between Okinawa and Miyako"
    assert article.published == date(2023, 8, 25)
    assert article.published_basis == "html metadata"


def test_a_page_saved_as_txt_is_read_as_html(tmp_path):
    (tmp_path / "saved.txt").write_text(_html_page(), encoding="utf-8")
    article = article_from_file(tmp_path / "saved.txt")
    assert "SCRIPT TEXT" not in article.text and "<p>" not in article.text
    assert article.published_basis == "html metadata"


def test_an_html_page_in_shift_jis_and_a_manifest_date(tmp_path):
    page = _html_page().replace('charset="utf-8"', 'charset="shift_jis"')
    page = page.replace("in the morning.", "in the morning (沖縄本島と宮古島の間).")
    (tmp_path / "page.htm").write_bytes(page.encode("shift_jis"))
    (tmp_path / "manifest.csv").write_text("file,url,publisher,published\npage.htm,,,2023-08-26\n")
    articles, errors = _read(tmp_path)
    assert errors == []
    article = articles["page.htm"]
    assert "沖縄本島と宮古島の間" in article.text
    assert (article.published, article.published_basis) == (date(2023, 8, 26), "manifest")


def test_text_from_bytes_prefers_a_bom_then_utf8():
    assert text_from_bytes("Zürich".encode("utf-16")) == "Zürich"
    assert text_from_bytes("Zürich “ok”".encode()) == "Zürich “ok”"


def test_a_header_with_windows_newlines_and_blank_lines(tmp_path):
    raw = (
        "url: https://example.test/a\r\n\r\npublisher: Example Wire\r\n"
        "published: 2021-11-24\r\ntitle: Bombers near Japan\r\n---\r\n" + BODY.replace("\n", "\r\n")
    )
    (tmp_path / "crlf.txt").write_bytes(raw.encode("utf-8"))
    article = article_from_file(tmp_path / "crlf.txt")
    assert (article.url, article.publisher, article.title) == (
        "https://example.test/a",
        "Example Wire",
        "Bombers near Japan",
    )
    assert article.published == date(2021, 11, 24)
    assert "\r" not in article.text
    assert article.text.startswith("Two Chinese bombers flew")


def test_a_colon_line_before_a_rule_is_text_not_a_header(tmp_path):
    (tmp_path / "colon.txt").write_text(
        "Tokyo: the ministry said two bombers flew near the islands.\n---\nThey left at noon.\n"
    )
    (tmp_path / "manifest.csv").write_text("file,url,publisher,published\ncolon.txt,,,2021-11-24\n")
    articles, errors = _read(tmp_path)
    assert errors == []
    assert articles["colon.txt"].text.startswith("Tokyo: the ministry said two bombers")


@pytest.mark.parametrize(
    "line",
    [
        "It happened on Nov. 19, 2021.",
        "The video shows two bombers flying over the sea.",
        "Two H-6K bombers",
        "japan scrambled jets twice that day, the ministry said, adding that more may follow",
        "By Friday, the vessels had left the area.",
        "More from the ministry is expected on Monday.",
        "Related talks will follow, the ministry said.",
        "Japan protested to China (for the second time) on Friday.",
        "(1) May 14, 2024 (Tue), from morning to afternoon: one unmanned aircraft estimated to "
        "be Chinese (TB-001 type; photo 1)",
        '- "Haijing 2101": approx. 38 km north-northeast of Kuba Island',
    ],
)
def test_article_lines_that_look_a_little_like_noise_are_kept(line):
    lead = "Officials gave a long statement on the patrol near the islands.\n\n"
    kept = line.strip().removeprefix("- ")  # (a list's bullet goes, its item stays)
    assert article_from_text(lead + line).text == lead + kept


def test_an_item_stamp_on_a_page_of_items_is_kept_a_leading_date_line_is_not():
    page = (
        "17.03.2021 (09:25)\n"
        "Officials gave a long statement on the patrol near the islands.\n\n"
        "They said the ships would go on to the Pacific Ocean for two months.\n\n"
        "15.03.2021 (12:10)\n"
        "Coastal missile crews practise on the Kuril Islands\n\n"
        "Today, crews practised repelling a landing on the island.\n"
    )
    text = article_from_text(page).text
    assert not text.startswith("17.03.2021")  # the page's own date line
    assert "\n15.03.2021 (12:10)\n" in text  # the stamp of a later item: what its 'today' is
    dek = (
        "Bombers push further east\n"
        "A flight toward the Kii Peninsula last week is the latest step in a long run.\n\n"
        "By Kenji Morimoto\n"
        "August 30, 2017\n\n"
        "Last Thursday, six bombers did something never seen before near the islands.\n"
    )
    assert "August 30, 2017" not in article_from_text(dek).text  # the story's date, under a dek


def test_links_to_other_stories_are_not_article_text():
    lead = "Officials gave a long statement on the patrol near the islands.\n\n"
    links = (
        "Read more: Chinese carrier Liaoning sails between Okinawa and Miyako\n"
        "Related: Japan scrambles jets as Chinese drone flies near Yonaguni (Nov. 24)\n"
        "Chinese, Russian bombers enter KADIZ (Nov. 30, 2022)\n"
    )
    assert article_from_text(lead + links).text == lead.strip()
    footer = "RELATED ARTICLES:\nChinese, Russian navies kick off drills in Sea of Japan\n"
    assert article_from_text(lead + footer).text == lead.strip()


@pytest.mark.parametrize(
    ("head", "stated"),
    [
        ("Published April 29, 2020", date(2020, 4, 29)),
        ("Posted: 2021-11-23 17:44", date(2021, 11, 23)),
        ("June 24, 2019 (Translation) – On the movements of naval vessels.", date(2019, 6, 24)),
        ("November 19, 2021 marked the third joint patrol by the two air forces.", None),
        ("The statement, released on November 19, 2021, said the bombers flew.", None),
    ],
)
def test_only_a_date_the_page_states_for_itself_is_a_publication_date(head, stated):
    article = article_from_text(head + "\n" + BODY)
    assert article.published == stated
    assert ("November 19, 2021" in article.text) == ("November 19, 2021" in head)


# ---------------------------------------------------------------- weekday-date inference

PINNED = (
    "Two Chinese destroyers sailed through the Osumi Strait on Thursday (March 14), "
    "the Defense Ministry said.\n\n"
    "Japan's navy followed the ships on Thursday until they reached the Pacific.\n"
)


def _with_index(folder: Path, body: str, *, year: str = "", url: str = "") -> Path:
    (folder / "INDEX.csv").write_text(
        f"file,url,publisher,published,year\na.txt,{url},Wire,,{year}\n", encoding="utf-8"
    )
    (folder / "a.txt").write_text(body, encoding="utf-8")
    return folder


def _one(folder: Path) -> Article | ArticleError:
    (item,) = iter_articles([folder])
    return item


def test_a_weekday_date_and_the_index_year_fix_the_publication_day(tmp_path):
    article = _one(_with_index(tmp_path, PINNED, year="2019"))
    assert isinstance(article, Article), article
    assert article.published == date(2019, 3, 14)  # a Thursday; 2013 and 2024 are others
    assert article.published_basis.startswith("weekday-date inference")
    assert "'Thursday (March 14)'" in article.published_basis
    assert "the year 2019 in INDEX.csv" in article.published_basis
    assert "2019-03-14 or shortly after" in article.published_basis
    # a bare weekday in the article is the pinned day, not the Thursday a week before
    bare = [m for m in dates_from_text(article.text, article.published) if m.text == "Thursday"]
    assert [m.date for m in bare] == ["2019-03-14"]


def test_a_weekday_date_without_a_year_clue_keeps_the_error(tmp_path):
    error = _one(_with_index(tmp_path, PINNED))
    assert isinstance(error, UndatedArticleError), error
    message = str(error)
    assert "a.txt" in message and "\n" not in message
    assert "'Thursday (March 14)' fits the years" in message
    assert "2013, 2019, 2024" in message and "nothing in the file picks one" in message
    assert "published: YYYY-MM-DD" in message and "INDEX.csv" in message


def test_a_weekday_date_that_contradicts_the_index_year_keeps_the_error(tmp_path):
    error = _one(_with_index(tmp_path, PINNED, year="2020"))  # March 14, 2020 was a Saturday
    assert isinstance(error, UndatedArticleError), error
    assert "'Thursday (March 14)' fits no year with the year 2020 in INDEX.csv" in str(error)


def test_weekday_dates_that_disagree_keep_the_error(tmp_path):
    body = "Bombers flew on Monday, Nov. 4, the ministry said, and again on Thursday (Nov. 6).\n"
    error = _one(_with_index(tmp_path, body, year="2019"))
    assert isinstance(error, UndatedArticleError), error
    assert "'Monday, Nov. 4' and 'Thursday (Nov. 6)' disagree" in str(error)


def test_the_latest_pinned_date_is_the_publication_date(tmp_path):
    body = (
        "Bombers flew on Monday, 4 November, the ministry said.\n\n"
        "Two frigates followed on Wednesday (Nov. 6) near Tsushima.\n"
    )
    article = _one(_with_index(tmp_path, body, year="2019"))
    assert isinstance(article, Article), article
    assert article.published == date(2019, 11, 6)
    assert "from 'Wednesday (Nov. 6)'" in article.published_basis


def test_a_year_the_text_counts_from_bounds_the_candidates(tmp_path):
    body = "Coast guard ships stayed on Friday (Oct. 6) longer than at any time since 2020.\n"
    article = _one(_with_index(tmp_path, body))  # Friday, Oct. 6: 2006, 2017, 2023 ...
    assert isinstance(article, Article), article
    assert article.published == date(2023, 10, 6)
    assert "'since 2020' in the text" in article.published_basis


def test_a_year_in_the_url_path_picks_the_candidate(tmp_path):
    body = "A patrol aircraft flew along the coast on Saturday, Jan. 2, officials said.\n"
    article = _one(_with_index(tmp_path, body, url="https://example.test/2016/patrol"))
    assert isinstance(article, Article), article
    assert article.published == date(2016, 1, 2)
    assert "the year 2016 in the URL" in article.published_basis


def test_a_year_hint_may_name_the_year_of_the_reported_days(tmp_path):
    body = "Ships passed the strait on Tuesday, Dec. 30, and returned Thursday (Jan. 1).\n"
    for year in ("2025", "2026"):
        article = _one(_with_index(tmp_path, body, year=year))
        assert isinstance(article, Article), (year, article)
        assert article.published == date(2026, 1, 1)


def test_a_yearless_dateline_takes_the_pinned_year(tmp_path):
    body = "TOKYO, March 15 (Wire) -- " + PINNED
    article = _one(_with_index(tmp_path, body, year="2019"))
    assert isinstance(article, Article), article
    assert article.published == date(2019, 3, 15)
    assert article.published_basis.startswith("dateline + weekday-date year")


def test_a_year_alone_is_not_a_publication_date(tmp_path):
    error = _one(_with_index(tmp_path, BODY, year="2023"))
    assert isinstance(error, UndatedArticleError), error
    message = str(error)
    assert "found only the year 2023 in INDEX.csv" in message
    assert "published: YYYY-MM-DD" in message and "published column of INDEX.csv" in message
    (read,) = iter_articles([tmp_path], require_date=False)
    assert isinstance(read, Article) and read.published is None


def test_a_year_column_that_is_not_a_year_is_a_manifest_error(tmp_path):
    _with_index(tmp_path, BODY, year="circa 2023")
    errors = [e for e in iter_articles([tmp_path]) if isinstance(e, ManifestError)]
    assert len(errors) == 1 and "year 'circa 2023' is not a year" in str(errors[0])


def test_each_release_on_a_page_keeps_its_numbered_headings():
    from geo._noise import clean_text

    raw = (
        "Press Release\nFlight of a Russian Aircraft\n\n1. Date and time\nJanuary 26 (Mon)\n\n"
        "2. Details\nOne Il-38 flew over the Sea of Japan.\n\n"
        "Press Release\nFlight of a Chinese Drone\n\n1. Date and time\nJanuary 27 (Tue)\n\n"
        "2. Details\nOne drone flew between Yonaguni and Taiwan.\n"
    )
    text = clean_text(raw).text
    assert text.count("1. Date and time") == 2 and text.count("2. Details") == 2
    assert text.count("Press Release") == 1  # a repeated masthead line still goes
