"""Articles from files: decoding, headers, manifests, HTML pages, noise, publication date.

Inputs are ``.txt`` files (an optional ``key: value`` header ended by a ``---`` line),
``.html``/``.htm`` saved pages (main text, title and date through trafilatura, offline;
a ``.txt`` that holds a saved page is read as one), and folders of them (recursively).
A ``manifest.csv`` (or ``INDEX.csv``) beside the files, with columns
``file,url,publisher,published,...``, supplies provenance.

The publication date is taken, in this order, from: the header ``published`` line, the
manifest row, a date the page states for itself (the leading `` date 2021-11-23`` line,
"Date: 2019/04/01", "Published: April 29, 2020", or a yearless dateline "Tokyo, June 20
(Jiji Press)" given its year by the URL), the URL (``/2021/12/18/``, ``/20210602...``),
and for HTML the page metadata (htmldate through trafilatura). Failing all of these, a
weekday stated with a month-day ("on Tuesday (Aug. 30)") dates the article when exactly
one year fits it and every other clue (a ``year`` column, a ``/2022/`` URL segment,
"since 2012" in the text): the latest such date, which the publication may follow by a
day or two, as the basis says. A year alone never dates an article.
``Article.published_basis`` records which.

:func:`iter_articles` never raises for one bad article: it yields an
:class:`~geo._errors.ArticleError` naming the file and the fix, and goes on.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from geo._errors import ArticleError, DateResolutionError, ManifestError
from geo._noise import clean_text, has_sentence
from geo.dates import WeekdayDate, date_from_string, weekday_dates_from_text
from geo.records import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_NAMES: tuple[str, ...] = ("manifest.csv", "INDEX.csv", "index.csv")
HEADER_KEYS = frozenset({"url", "publisher", "published", "title", "date", "year"})


class ManifestFileError(ArticleError, ManifestError):
    """A malformed manifest, reported in a batch like an unreadable article."""


class UndatedArticleError(ArticleError, DateResolutionError):
    """An article whose publication date cannot be resolved."""


@dataclass(frozen=True)
class _Provenance:
    """What a header or a manifest row says about an article."""

    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    title: str | None = None
    year: int | None = None  # a year alone (an INDEX.csv ``year`` column): a hint, not a date
    source: str = ""  # where it was read: "the header", "INDEX.csv", ...


@dataclass(frozen=True)
class _Page:
    """An article body before cleaning, with what the file itself says about it."""

    body: str
    header: _Provenance = field(default_factory=_Provenance)
    html_date: date | None = None
    html_url: str | None = None
    html_publisher: str | None = None


# ---------------------------------------------------------------- public


def iter_articles(
    paths: Iterable[Path | str], *, require_date: bool = True
) -> Iterator[Article | ArticleError]:
    """Read every article under ``paths`` (files or folders), in a stable sorted order.

    Yields an :class:`Article` per readable article and an :class:`ArticleError` per bad
    file or manifest, so a batch goes on. ``require_date=False`` reads an article whose
    publication date cannot be resolved with ``published=None`` (for uses that need no
    date, such as listing place mentions) instead of reporting it.
    """
    files, missing = _article_files(paths)
    yield from missing
    manifests: dict[Path, dict[str, _Provenance]] = {}
    read = failed = 0
    for path in files:
        if path.parent not in manifests:
            manifests[path.parent], error = _manifest_beside(path.parent)
            if error is not None:
                yield error
        row = manifests[path.parent].get(path.name)
        try:
            yield article_from_file(path, row, require_date=require_date)
            read += 1
        except ArticleError as error:
            failed += 1
            yield error
    log.info("read %d articles, %d could not be read", read, failed + len(missing))


def article_paths(paths: Iterable[Path | str]) -> list[Path]:
    """The article files :func:`iter_articles` reads from ``paths``, in its order."""
    return _article_files(paths)[0]


def article_from_file(
    path: Path | str, row: _Provenance | None = None, *, require_date: bool = True
) -> Article:
    """One article from a ``.txt`` or ``.html`` file; raises :class:`ArticleError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise ArticleError(path, f"unsupported file type {suffix!r}; give .txt or .html articles")
    data = _read_bytes(path)
    html = suffix in HTML_SUFFIXES or _HTML_START.match(data[:512]) is not None
    text = text_from_bytes(data, path, html=html)
    page = _page_from_html(text, path) if html else _page_from_txt(text)
    return _article_from_page(page, path, row or _Provenance(), require_date)


def article_from_text(
    text: str,
    *,
    doc: str = "text",
    published: date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
) -> Article:
    """An article from inline text (cleaned like a file; no publication date required)."""
    cleaned = clean_text(text)
    basis = "given" if published else ""
    if published is None and cleaned.stated is not None:
        published, basis = cleaned.stated, "date line"
    return Article(
        doc=doc,
        path="",
        text=cleaned.text,
        url=url,
        publisher=publisher,
        published=published,
        title=title or _title_from_text(cleaned.text),
        published_basis=basis,
        sha256=_sha256(cleaned.text),
    )


def text_from_bytes(data: bytes, path: Path | str = "text", *, html: bool = False) -> str:
    """Decode a news file in whatever encoding it came in; raise :class:`ArticleError`.

    A byte-order mark decides; then an HTML ``charset`` declaration; then strict UTF-8;
    then Windows-1252 for Western text; then charset-normalizer (Shift_JIS, EUC-JP,
    GB18030, EUC-KR, ...). NUL bytes without a UTF-16 pattern, or control characters
    after decoding, mean a binary file.
    """
    if not data.strip():
        raise ArticleError(path, "empty file; give an article with text")
    text = _decoded(data, path, html)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleError(path, "binary file, not text; give .txt or .html articles")
    return text


# ---------------------------------------------------------------- files and manifests


def _article_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[ArticleError]]:
    files: set[Path] = set()
    missing: list[ArticleError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.update(
                child
                for child in path.rglob("*")
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES and child.is_file()
            )
        elif path.exists():
            files.add(path)
        else:
            missing.append(ArticleError(path, "no such file or folder; check the path"))
    return sorted(files, key=lambda p: p.as_posix()), missing


def _manifest_beside(folder: Path) -> tuple[dict[str, _Provenance], ArticleError | None]:
    for name in MANIFEST_NAMES:
        manifest = folder / name
        if manifest.is_file():
            try:
                return _manifest_rows(manifest), None
            except ManifestFileError as error:
                return {}, error
    return {}, None


def _manifest_rows(manifest: Path) -> dict[str, _Provenance]:
    """Rows of a manifest by file name; one :class:`ManifestFileError` for any problem."""
    fix = (
        "fix it to columns file,url,publisher,published with dates as YYYY-MM-DD; "
        "its articles are read without it"
    )
    try:
        text = text_from_bytes(manifest.read_bytes(), manifest)
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [name.strip().lower() for name in reader.fieldnames or []]
        if "file" not in columns:
            raise ManifestFileError(manifest, f"no 'file' column in {columns!r}; {fix}")
        rows = [{k.strip().lower(): (v or "").strip() for k, v in r.items() if k} for r in reader]
    except (OSError, csv.Error, UnicodeError) as error:
        raise ManifestFileError(manifest, f"unreadable manifest ({error}); {fix}") from None
    except ArticleError as error:
        reason = str(error).removeprefix(f"{manifest}: ")
        raise ManifestFileError(manifest, f"unreadable manifest ({reason}); {fix}") from None
    problems = [
        f"row {number}: published {row['published']!r} is not a date"
        for number, row in enumerate(rows, start=2)
        if row.get("published") and date_from_string(row["published"]) is None
    ]
    problems += [f"row {n}: empty file name" for n, row in enumerate(rows, 2) if not row["file"]]
    problems += [
        f"row {number}: year {row['year']!r} is not a year"
        for number, row in enumerate(rows, start=2)
        if row.get("year") and _year(row["year"]) is None
    ]
    if problems:
        raise ManifestFileError(manifest, f"malformed manifest ({'; '.join(problems[:3])}); {fix}")
    return {
        Path(row["file"].replace("\\", "/")).name: _provenance_from_row(row, manifest.name)
        for row in rows
    }


def _provenance_from_row(row: dict[str, str], source: str) -> _Provenance:
    return _Provenance(
        url=row.get("url") or None,
        publisher=row.get("publisher") or None,
        published=row.get("published") or None,
        title=row.get("title") or None,
        year=_year(row.get("year") or ""),
        source=source,
    )


def _year(value: str) -> int | None:
    """A four-digit year from 1900 to 2099 written alone, else None."""
    value = value.strip()
    return int(value) if re.fullmatch(r"(?:19|20)\d\d", value) else None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ArticleError(
            path, f"cannot read the file ({reason}); check it exists and is readable"
        ) from None


# ---------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html)[\s>]", re.IGNORECASE)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_ISO_2022_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\(J")  # Japanese mail and wire text
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _decoded(data: bytes, path: Path | str, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path)
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise ArticleError(
                path, "binary file (NUL bytes), not text; give .txt or .html articles"
            )
        return wide
    if _ISO_2022_ESCAPE.search(data):
        return _strict(data, "iso2022_jp_ext", path)
    declared = _HTML_CHARSET.search(data[:4096]) if html else None
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if _looks_western(data):
        return data.decode("cp1252")
    return _guessed(data, path)


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleError(
            path, f"does not decode as {encoding} although it says so; re-save it as UTF-8"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark (NUL bytes in it), else None."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for char in text if char.isprintable() or char in "\n\r\t")
        if printable >= 0.98 * len(text):
            return text
    return None


def _looks_western(data: bytes) -> bool:
    """Mostly ASCII with isolated high bytes, all defined in Windows-1252."""
    runs = _HIGH_RUN.findall(data)
    high = sum(len(run) for run in runs)
    if _CP1252_UNDEFINED.search(data) or high > 0.1 * len(data):
        return False
    in_long_runs = sum(len(run) for run in runs if len(run) > 2)  # "Größe" has a run of 2
    return in_long_runs <= 0.2 * high


def _guessed(data: bytes, path: Path | str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(
            path, "cannot tell its text encoding (mis-encoded or binary); re-save it as UTF-8"
        )
    log.debug("%s decoded as %s", path, best.encoding)
    return str(best)


# ---------------------------------------------------------------- pages

_HEADER_LINE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:\s?(.*?)\s*$")


def _page_from_txt(text: str) -> _Page:
    """Split the optional ``key: value`` header (ended by ``---``) from the text."""
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    values: dict[str, str] = {}
    for index, line in enumerate(lines[:40]):
        if line.strip() == "---":
            if values.keys() & HEADER_KEYS:
                header = _Provenance(
                    url=values.get("url") or None,
                    publisher=values.get("publisher") or None,
                    published=values.get("published") or values.get("date") or None,
                    title=values.get("title") or None,
                    year=_year(values.get("year") or ""),
                    source="the header",
                )
                return _Page(body="\n".join(lines[index + 1 :]), header=header)
            break
        if not line.strip():
            continue
        match = _HEADER_LINE.match(line.rstrip("\r"))
        if not match:
            break
        values[match.group(1).lower()] = match.group(2)
    return _Page(body=text)


def _page_from_html(html: str, path: Path) -> _Page:
    """Main text, title, date, URL and site name of a saved page, offline."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = _field(document, "text")
    if not body.strip():
        raise ArticleError(path, "no article text found in the page; save the article page itself")
    return _Page(
        body=body,
        header=_Provenance(title=_field(document, "title") or None),
        html_date=date_from_string(_field(document, "date")),
        html_url=_field(document, "url") or None,
        html_publisher=_field(document, "sitename") or None,
    )


def _field(document: object, name: str) -> str:
    """A metadata field of a trafilatura result (a Document, or a dict in older releases)."""
    if document is None:
        return ""
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value) if value else ""


# ---------------------------------------------------------------- assembly


def _article_from_page(page: _Page, path: Path, row: _Provenance, require_date: bool) -> Article:
    cleaned = clean_text(page.body)
    if not has_sentence(cleaned.text):
        raise ArticleError(
            path, "no article sentences after cleaning (empty article); check the file"
        )
    header = page.header
    url = header.url or row.url or page.html_url
    try:
        published, basis = _publication_date(page, row, cleaned, url, path)
    except DateResolutionError:
        if require_date:
            raise
        published, basis = None, ""
    return Article(
        doc=path.name,
        path=str(path),
        text=cleaned.text,
        url=url,
        publisher=header.publisher or row.publisher or page.html_publisher,
        published=published,
        title=header.title or row.title or _title_from_text(cleaned.text),
        published_basis=basis,
        sha256=_sha256(cleaned.text),
    )


def _publication_date(page: _Page, row: _Provenance, cleaned, url: str | None, path: Path):
    """(date, basis) by the priority of the module docstring; raise if none is found."""
    if page.header.published:
        published = date_from_string(page.header.published)
        if published is None:
            raise ArticleError(
                path,
                f"header published {page.header.published!r} is not a date; "
                "write it as 'published: YYYY-MM-DD'",
            )
        return published, "header"
    if row.published:
        return date_from_string(row.published), "manifest"
    if cleaned.stated is not None:
        return cleaned.stated, "date line"
    from_url = date_from_url(url or "")
    anchor = from_url or page.html_date
    if cleaned.dateline and anchor:
        near = _near_dateline(cleaned.dateline, anchor)
        if near is not None:
            return near, "dateline + " + ("url" if from_url else "html metadata") + " year"
    if from_url is not None:
        return from_url, "url"
    if page.html_date is not None:
        return page.html_date, "html metadata"
    return _inferred_publication(cleaned, _year_clues(page, row, url, cleaned.text), path)


_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"/(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\d*(?:\D|$))"),
)


def date_from_url(url: str) -> date | None:
    """A publication date written in a URL (``/2021/12/18/``, ``/20210602...``), else None.

    A ``/dd/mm/yyyy/`` path is read day first (``/15/12/2025/``), month first only when
    that alone is valid.
    """
    for pattern in _URL_DATES:
        for match in pattern.finditer(url):
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            if pattern is _URL_DATES[1] and month > 12 >= day:
                month, day = day, month
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if date(1990, 1, 1) <= found <= date.today():
                return found
    return None


def _near_dateline(dateline: tuple[int, int], anchor: date) -> date | None:
    """The dateline's month-day in the year that puts it within a week of ``anchor``."""
    month, day = dateline
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if abs(candidate - anchor) <= timedelta(days=7):
            return candidate
    return None


# ---------------------------------------------------------------- weekday-date inference
#
# "Sunday (June 17)" holds in one year out of five to eleven: with what else the file
# says of the year (a year column, a year in the URL, "since 2012"), a single candidate
# may remain. News reports the days just before publication, so the latest date pinned
# that way is the publication date, or a day or two before it.

#: Farthest apart two weekday-dates of one article may be and belong to the same year.
PINNED_SPREAD = timedelta(days=92)
#: Earliest publication year considered (as for dates in URLs).
FIRST_YEAR = 1990
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_SINCE_YEAR = re.compile(r"\b[Ss]ince\s+((?:19|20)\d\d)(?![\d%])")


@dataclass(frozen=True)
class _YearClues:
    """What a file says of its publication year, with where it says it."""

    years: tuple[tuple[int, str], ...] = ()  # (year, "in INDEX.csv") the publication year
    floor: tuple[int, str] = (FIRST_YEAR, "")  # no publication before this year
    ceiling: date = field(default_factory=date.today)
    fix: str = "a manifest.csv row"

    def described(self) -> str:
        parts = [f"the year {year} {where}" for year, where in self.years]
        if self.floor[1]:
            parts.append(self.floor[1])
        return " and ".join(parts) or "no year anywhere in the file"


def _year_clues(page: _Page, row: _Provenance, url: str | None, text: str) -> _YearClues:
    years = [
        (given.year, f"in {given.source}") for given in (page.header, row) if given.year is not None
    ]
    url_year = _URL_YEAR.search(url or "")
    if url_year:
        years.append((int(url_year.group(1)), "in the URL"))
    floor = (FIRST_YEAR, "")
    since = [int(m.group(1)) for m in _SINCE_YEAR.finditer(text)]
    if since and max(since) > FIRST_YEAR:
        floor = (max(since), f"'since {max(since)}' in the text")
    fix = (
        f"its date in the published column of {row.source}" if row.source else "a manifest.csv row"
    )
    return _YearClues(years=tuple(years), floor=floor, fix=fix)


def _inferred_publication(cleaned, clues: _YearClues, path: Path) -> tuple[date, str]:
    """(date, basis) from the weekday-dates of the text; raise if they do not fix one."""
    fix = f"add a 'published: YYYY-MM-DD' header line or {clues.fix}"
    pairs = weekday_dates_from_text(cleaned.text)
    if not pairs:
        found = f"found only {clues.described()}" if clues.years else "no date found"
        raise UndatedArticleError(path, f"cannot resolve the publication date ({found}); {fix}")
    stated, fit = _quoted(pairs), "fits" if len({p.text for p in pairs}) == 1 else "fit"
    readings = _pinned_readings(pairs, clues)
    if len(readings) != 1:
        years = sorted({max(reading).year for reading in readings})
        if years:
            why = (
                f"{stated} {fit} the years "
                + ", ".join(map(str, years))
                + f" and nothing in the file picks one ({clues.described()})"
            )
        elif len(pairs) > 1 and not _pinned_readings(pairs, _YearClues()):
            why = f"{stated} disagree (no one year holds them all)"
        else:
            why = f"{stated} {fit} no year with {clues.described()}"
        raise UndatedArticleError(path, f"cannot resolve the publication date: {why}; {fix}")
    latest = max(readings[0])
    source = next(pair.text for pair, day in zip(pairs, readings[0], strict=True) if day == latest)
    with_year = f" with {clues.described()}" if clues.years or clues.floor[1] else ""
    if cleaned.dateline is not None:
        near = _near_dateline(cleaned.dateline, latest)
        if near is not None and near >= latest:
            return near, f"dateline + weekday-date year (from '{source}'{with_year})"
    return latest, (
        f"weekday-date inference: from '{source}'{with_year}: {latest.isoformat()} or shortly after"
    )


def _pinned_readings(pairs: list[WeekdayDate], clues: _YearClues) -> list[tuple[date, ...]]:
    """Every way to date all ``pairs`` in one stretch of time that the clues allow."""
    last = clues.ceiling.year
    candidates = [
        [date(year, pair.month, pair.day) for year in pair.years(FIRST_YEAR, last)]
        for pair in pairs
    ]
    readings: set[tuple[date, ...]] = set()
    for anchor in candidates[0]:
        reading = [_nearest(options, anchor) for options in candidates]
        if None in reading:
            continue
        days: list[date] = reading  # type: ignore[assignment]
        if max(days) - min(days) <= PINNED_SPREAD and _allowed(days, clues):
            readings.add(tuple(days))
    return sorted(readings)


def _nearest(options: list[date], anchor: date) -> date | None:
    near = [day for day in options if abs(day - anchor) <= PINNED_SPREAD]
    return near[0] if len(near) == 1 else None


def _allowed(days: list[date], clues: _YearClues) -> bool:
    """Whether the dates, and a publication on the latest or within the week after, fit.

    A stated year is the publication year or that of the reported days ("Tuesday, Dec. 30"
    reported on Jan. 2 may be listed under either year).
    """
    published = max(days)
    years = range(min(days).year, (published + timedelta(days=7)).year + 1)
    return (
        published <= clues.ceiling
        and published.year >= clues.floor[0]
        and all(year in years for year, _ in clues.years)
    )


def _quoted(pairs: list[WeekdayDate]) -> str:
    texts = list(dict.fromkeys(f"'{pair.text}'" for pair in pairs))
    return " and ".join(texts) if len(texts) < 3 else ", ".join(texts[:-1]) + f" and {texts[-1]}"


def _title_from_text(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= 200 and first[-1] not in ".:;," and "\n" in text:
        return first
    return None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
