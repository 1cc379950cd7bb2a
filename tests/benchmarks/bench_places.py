"""Throughput of place recognition and resolution on real article text.

Run: ``python3 tests/benchmarks/bench_places.py [--mb 20] [--gazetteer FILE]``

The development corpus (``../shared/corpus/dev``, else the seeds) is concatenated and
repeated to about ``--mb`` megabytes. Measured in the same run, on one core:

- recognition: :func:`geo.mentions.mentions_from_text` (Aho-Corasick automaton over the
  normalised text, spans mapped back to the original);
- reference: a bare automaton over 800 of the names, iterated in C without spans or
  checks: the pace of this machine, against which recognition is also reported;
- baseline: one compiled regular expression, an alternation of the same names
  (longest first, case-insensitive, word boundaries), over the same text;
Throughput is text size over the CPU time of this process (``time.process_time``), so a
busy machine does not distort it: that is what one core does.

- resolution: :func:`geo.places.places_from_text` article by article (the whole pipeline
  of this stage: recognition, context rules and derived geometry), first pass (cold
  caches) and second pass (shapes cached per gazetteer).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def article_texts() -> list[str]:
    folder = CORPUS if CORPUS.is_dir() else ROOT / "seeds"
    texts = []
    for path in sorted(folder.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        _, sep, body = raw.partition("\n---\n")
        texts.append(body if sep else raw)
    return texts


def repeated(texts: list[str], megabytes: float) -> list[str]:
    size = sum(len(t.encode()) for t in texts)
    return texts * max(1, round(megabytes * 1_000_000 / size))


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1_000_000


def timed(function, *args) -> tuple[float, object]:
    """CPU seconds of this process (one core's work, whatever else the machine runs)."""
    start = time.process_time()
    result = function(*args)
    return time.process_time() - start, result


def regex_baseline(keys: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted(keys, key=len, reverse=True)
    alternation = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def bare_scan_speed(keys: tuple[str, ...], text: str, size: float) -> float:
    """The machine's pace: a plain automaton over 800 names, iterated in C."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for index, key in enumerate(keys[:800]):
        automaton.add_word(key, index)
    automaton.make_automaton()
    seconds, _ = timed(lambda body: sum(1 for _ in automaton.iter(body)), text.lower())
    return size / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the recognition text")
    parser.add_argument("--regex-mb", type=float, default=2.0, help="size for the regex baseline")
    parser.add_argument("--places-mb", type=float, default=1.0, help="size for places_from_text")
    parser.add_argument("--gazetteer", type=Path, default=None)
    args = parser.parse_args()

    from geo.gazetteer import load_gazetteer
    from geo.mentions import Recognizer
    from geo.places import places_from_text

    gazetteer = load_gazetteer(args.gazetteer)
    build, recognizer = timed(Recognizer, gazetteer)
    texts = article_texts()
    big = "\n\n".join(repeated(texts, args.mb))
    size = len(big.encode()) / 1_000_000
    print(
        f"gazetteer: {len(gazetteer)} features, {len(recognizer)} names; automaton built in "
        f"{build * 1000:.0f} ms"
    )
    print(f"text: {len(texts)} articles repeated to {size:.1f} MB")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"load average {load:.1f} on {os.cpu_count()} cores; figures are per CPU second "
        "of this process (time.process_time)"
    )
    seconds, found = timed(recognizer.matches, big)
    automaton = size / seconds
    print(f"recognition (automaton, one text): {automaton:8.1f} MB/s  {len(found)} names")
    pieces = repeated(texts, args.mb)
    seconds, _ = timed(lambda items: [recognizer.matches(t) for t in items], pieces)
    print(f"recognition (automaton, article by article): {megabytes(pieces) / seconds:8.1f} MB/s")

    bare = bare_scan_speed(recognizer.keys, big, size)
    print(
        f"reference: bare automaton scan over 800 of the names (C loop only, no spans, "
        f"no checks): {bare:8.1f} MB/s; recognition runs at {automaton / bare:.0%} of it"
    )

    pattern = regex_baseline(recognizer.keys)
    sample = big[: int(args.regex_mb * 1_000_000)]
    sample_mb = len(sample.encode()) / 1_000_000
    seconds, hits = timed(lambda text: sum(1 for _ in pattern.finditer(text)), sample)
    regex = sample_mb / seconds
    print(
        f"baseline (regex alternation of the same names, {sample_mb:.1f} MB): "
        f"{regex:8.2f} MB/s  {hits} names"
    )
    print(f"ratio automaton / regex: {automaton / regex:.1f}x")

    articles = repeated(texts, args.places_mb)
    for label in ("first pass", "second pass"):
        seconds, _ = timed(lambda items: [places_from_text(t, gazetteer) for t in items], articles)
        print(
            f"places_from_text ({label}, {megabytes(articles):.1f} MB, {len(articles)} "
            f"articles): {megabytes(articles) / seconds:8.2f} MB/s"
        )
    target = "meets" if automaton >= 30 else "MISSES"
    print(f"recognition {target} the 30 MB/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
