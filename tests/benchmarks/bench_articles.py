"""Benchmark reading and cleaning articles against a plain ``Path.read_text`` baseline.

    python3 tests/benchmarks/bench_articles.py [N_FILES]

The corpus is the real articles of ``../shared/corpus/dev`` (the embedded seeds when it is
missing), copied N times into a temporary folder with a ``manifest.csv`` giving each copy
a publication date, plus the same texts saved as HTML pages. Measured in the same run:

- baseline: ``Path.read_text`` of every file (UTF-8), nothing else;
- ``iter_articles`` over the ``.txt`` folder: decoding, header, manifest, noise cleaning,
  publication date, hashing;
- ``iter_articles`` over the ``.html`` folder (trafilatura extraction, then the same);
- ``dates_from_text`` over the cleaned texts (what extraction pays per article for dates).
"""

from __future__ import annotations

import html
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from geo._paths import seeds_dir
from geo.articles import iter_articles
from geo.dates import dates_from_text
from geo.records import Article

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def _sources() -> list[Path]:
    folder = CORPUS if CORPUS.is_dir() else seeds_dir()
    return sorted(folder.glob("*.txt"))


def _write_corpus(folder: Path, count: int, *, as_html: bool) -> None:
    sources = [path.read_text(encoding="utf-8") for path in _sources()]
    rows = ["file,url,publisher,published"]
    for index in range(count):
        text = sources[index % len(sources)]
        body = text.split("\n---\n", 1)[-1]
        name = f"{index:06d}.{'html' if as_html else 'txt'}"
        content = _html_page(body) if as_html else body
        (folder / name).write_text(content, encoding="utf-8")
        published = date(2019, 1, 1) + timedelta(days=index % 2500)
        rows.append(f"{name},https://example.test/{index},Bench Wire,{published}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _html_page(body: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Article</title>"
        "<script>var tracking = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
        f"<article>{paragraphs}</article><footer>Leave a reply</footer></body></html>"
    )


def _timed(label: str, count: int, work) -> float:
    """Run ``work``; print wall and CPU time; return files per CPU second.

    CPU time (``time.process_time``) is the figure compared: the machine may be shared.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = count / cpu
    print(f"{label:<44} wall {wall:7.3f} s  cpu {cpu:7.3f} s  {rate:9.0f} files/cpu-s")
    return rate


def _read_all(folder: Path, suffix: str) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(f"*{suffix}")))


def _articles(folder: Path) -> list[Article]:
    items = list(iter_articles([folder]))
    articles = [a for a in items if isinstance(a, Article)]
    if len(articles) != len(items):
        raise SystemExit(f"{len(items) - len(articles)} files could not be read")
    return articles


def main(count: int) -> None:
    print(f"corpus: {len(_sources())} real articles from {CORPUS if CORPUS.is_dir() else 'seeds'}")
    with tempfile.TemporaryDirectory() as tmp:
        text_dir, html_dir = Path(tmp, "txt"), Path(tmp, "html")
        text_dir.mkdir()
        html_dir.mkdir()
        _write_corpus(text_dir, count, as_html=False)
        html_count = max(count // 10, 50)
        _write_corpus(html_dir, html_count, as_html=True)
        _articles(html_dir)  # imports trafilatura and warms the file cache before timing
        _read_all(text_dir, ".txt")
        baseline = _timed(
            f"Path.read_text x{count} .txt (baseline)", count, lambda: _read_all(text_dir, ".txt")
        )
        articles: list[Article] = []
        txt = _timed(
            f"iter_articles x{count} .txt", count, lambda: articles.extend(_articles(text_dir))
        )
        html_base = _timed(
            f"Path.read_text x{html_count} .html (baseline)",
            html_count,
            lambda: _read_all(html_dir, ".html"),
        )
        html_rate = _timed(
            f"iter_articles x{html_count} .html", html_count, lambda: _articles(html_dir)
        )
        dates = _timed(
            f"dates_from_text x{len(articles)}",
            len(articles),
            lambda: [dates_from_text(a.text, a.published) for a in articles],
        )
    print()
    print("per CPU second:")
    print(f"txt reading+cleaning: {txt:,.0f} articles/s = {txt / baseline:.3f} x read_text")
    ratio = html_rate / html_base
    print(f"html reading+cleaning: {html_rate:,.0f} articles/s = {ratio:.4f} x read_text")
    print(f"date resolution: {dates:,.0f} articles/s = {dates / baseline:.3f} x read_text")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
