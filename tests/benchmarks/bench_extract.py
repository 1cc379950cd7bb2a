"""Benchmark: end-to-end extraction (article text -> merged incidents with geometry).

Run: ``python3 tests/benchmarks/bench_extract.py [--sizes 1000,10000,100000]``

Articles are the real ones in ``../shared/corpus/dev`` (the seeds if it is missing), repeated
with shifted publication dates. Reported on one core:

- throughput of ``incidents_from_article`` in articles/s (CPU time of this process), against a
  baseline measured in the same run on the same texts: a plain sentence split plus one regex
  scan per sentence; once with every text unique, once with the texts repeated (reprinted wire
  stories: place mentions are cached per text), once with unique texts and the place cache
  off (every text's places read afresh, as in a corpus without reprints);
- peak memory (RSS of a fresh process) while streaming 1k, 10k, 100k articles through
  extraction, and through extraction plus the cross-article merge (which must hold every
  distinct incident, so it grows with them, not with the articles).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def real_articles() -> list:
    """The dev corpus (articles without a resolvable date get their URL's date), or the seeds."""
    from geo._errors import ArticleError
    from geo._paths import seeds_dir
    from geo.articles import article_from_text, date_from_url, iter_articles

    folder = CORPUS if CORPUS.is_dir() else seeds_dir()
    found = []
    for item in iter_articles(sorted(folder.glob("*.txt"))):
        if not isinstance(item, ArticleError):
            found.append(item)
            continue
        path = Path(item.path)
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        header = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        url = header.get("url", "").strip()
        published = date_from_url(url) if url else None
        if published is not None:
            found.append(article_from_text(body, doc=path.name, published=published, url=url))
    return found


def corpus(base: list, size: int, *, unique: bool = False) -> Iterator:
    """``size`` articles: the real ones again and again, each round 9 days later. With
    ``unique`` each text gets a closing line of its own, so no text is ever seen twice."""
    for index in range(size):
        article = base[index % len(base)]
        shift = timedelta(days=9 * (index // len(base)))
        text = article.text + f"\n\nReference {index}." if unique else article.text
        yield replace(
            article,
            doc=f"{article.doc}#{index}",
            text=text,
            published=article.published + shift if article.published else None,
        )


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_SCAN = re.compile(
    r"joint (?:air |naval )?(?:patrol|flight|exercise|drill)s?|strait|"
    r"air defen[cs]e identification|"
    r"territorial waters|contiguous zone|radar|missile|scrambl\w+|airspace",
    re.I,
)


def baseline(texts: list[str]) -> int:
    """Sentence split plus one regex scan per sentence: the floor any extractor pays."""
    hits = 0
    for text in texts:
        for sentence in _SPLIT.split(text):
            hits += len(_SCAN.findall(sentence))
    return hits


def throughput(base: list, gazetteer, n: int = 3000, *, unique: bool, cache: bool = True) -> dict:
    """Articles per second; with ``cache`` False the place mentions of every text are read
    afresh (the unique closing line usually falls after the last incident, so unique texts
    still share the part places are read from)."""
    from geo import incidents

    size = incidents._CACHE_SIZE
    if not cache:
        incidents._PLACE_CACHE.clear()
        incidents._CACHE_SIZE = 0
    try:
        return _throughput(base, gazetteer, n, unique=unique, cache=cache)
    finally:
        incidents._CACHE_SIZE = size


def _throughput(base: list, gazetteer, n: int, *, unique: bool, cache: bool) -> dict:
    from geo.incidents import incidents_from_article

    articles = list(corpus(base, n, unique=unique))
    for article in corpus(base, len(base)):  # warm the recognizer and geometry caches
        incidents_from_article(article, gazetteer)
    started = time.process_time()
    count = sum(len(incidents_from_article(a, gazetteer)) for a in articles)
    ours = time.process_time() - started
    texts = [a.text for a in articles]
    started = time.process_time()
    baseline(texts)
    floor = time.process_time() - started
    chars = sum(len(t) for t in texts) / len(texts)
    return {
        "texts": ("unique" if unique else "repeated") + (" texts" if cache else " texts, no cache"),
        "articles": n,
        "mean_chars": round(chars),
        "incidents": count,
        "extract_articles_per_s": round(n / ours),
        "baseline_articles_per_s": round(n / floor),
        "extract_time_over_baseline": round(ours / floor, 1),
    }


def _rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _sampled(articles: Iterator, samples: list[float], every: int = 1000) -> Iterator:
    for index, article in enumerate(articles, 1):
        if index % every == 0:
            samples.append(_rss_mb())
        yield article


def child(size: int, merge: bool) -> None:
    """In a fresh process: stream ``size`` articles; print RSS along the way and the peak."""
    from geo.gazetteer import load_gazetteer
    from geo.incidents import incidents_from_article, incidents_from_articles

    gazetteer = load_gazetteer()
    base = real_articles()
    for article in base:  # warm up: recognizers and caches exist before the first sample
        incidents_from_article(article, gazetteer)
    start_rss = _rss_mb()
    samples: list[float] = []
    stream = _sampled(corpus(base, size, unique=True), samples)
    started = time.perf_counter()
    if merge:
        count = len(incidents_from_articles(stream, gazetteer))
    else:
        count = sum(len(incidents_from_article(a, gazetteer)) for a in stream)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "size": size,
                "merge": merge,
                "incidents": count,
                "seconds": round(elapsed, 1),
                "rss_start_mb": round(start_rss),
                "rss_end_mb": round(_rss_mb()),
                "rss_max_sampled_mb": round(max(samples, default=start_rss)),
                "peak_mb": round(peak),
            }
        )
    )


TARGET_ARTICLES_PER_S = 2000


def _print_throughput(rows: list[dict]) -> None:
    print(
        f"\nthroughput, one core (CPU time of this process), "
        f"{rows[0]['articles']:,} articles of ~{rows[0]['mean_chars']:,} characters"
    )
    for row in rows:
        rate = row["extract_articles_per_s"]
        verdict = "meets" if rate >= TARGET_ARTICLES_PER_S else "below"
        print(
            f"  {row['texts']:>24}: {rate:>6,} articles/s "
            f"({1000 / rate:.2f} ms/article; {verdict} the {TARGET_ARTICLES_PER_S:,}/s target); "
            f"baseline scan {row['baseline_articles_per_s']:,}/s; "
            f"extraction takes {row['extract_time_over_baseline']}x the baseline's time"
        )


def _print_memory(rows: list[dict]) -> None:
    print("\npeak resident memory (fresh process, articles streamed; MB)")
    print(f"  {'articles':>9}  {'extract':>8}  {'+ merge':>8}  {'merged incidents':>16}")
    plain = {r["size"]: r for r in rows if not r["merge"]}
    merged = {r["size"]: r for r in rows if r["merge"]}
    for size in sorted(plain):
        both = merged.get(size, {})
        print(
            f"  {size:>9,}  {plain[size]['peak_mb']:>8}  {both.get('peak_mb', '-'):>8}  "
            f"{both.get('incidents', '-'):>16,}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--articles", type=int, default=3000, help="articles per throughput run")
    parser.add_argument("--child", type=int)
    parser.add_argument("--merge", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.merge)
        return
    from geo.gazetteer import load_gazetteer

    base = real_articles()
    print(f"{len(base)} real articles from {CORPUS if CORPUS.is_dir() else 'the seeds'}")
    gazetteer = load_gazetteer()
    rows = []
    for unique, cache in ((True, True), (False, True), (True, False)):
        rows.append(throughput(base, gazetteer, args.articles, unique=unique, cache=cache))
        print(json.dumps(rows[-1]))
    memory = []
    for merge in (False, True):
        for size in (int(s) for s in args.sizes.split(",")):
            command = [sys.executable, __file__, "--child", str(size)] + (
                ["--merge"] if merge else []
            )
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            print(out.strip())
            memory.append(json.loads(out))
    _print_throughput(rows)
    _print_memory(memory)


if __name__ == "__main__":
    main()
