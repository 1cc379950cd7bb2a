"""Precision and recall of incident extraction on the dev corpus, against a hand-made list.

Run: ``python3 tests/benchmarks/eval_incidents.py [CORPUS_DIR]`` (default ``../shared/corpus/dev``).

The list below was made by reading each article: per file, the incidents a careful reader would
list, as (type, date, actors) only. ``date`` is the true date at the precision the article allows
(YYYY-MM-DD, YYYY-MM or YYYY). An extracted incident matches an expected one when the type is
the same, the actors overlap and the extracted date interval contains the expected date (dates
"right at their stated precision"). Entries marked optional are real incidents that are
acceptable but not required (responses, incidents outside the article's focus).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from geo.merge import date_interval  # noqa: E402

P, OPT = "primary", "optional"

#: file -> [(type, date, actors, P|OPT)]
EXPECTED: dict[str, list[tuple[str, str | None, str, str]]] = {
    "d01.txt": [
        ("strait_transit", "2019-04-01", "CN", P),
        ("other", "2019-03-31", "CN", OPT),
        ("scramble", "2019-03-31", "TW", OPT),
    ],
    "d02.txt": [
        ("strait_transit", "2019-06-16", "CN", P),
        ("scramble", "2019-06-16", "JP", OPT),
        ("strait_transit", "2019-06-10", "CN", OPT),
        ("other", "2019-06-16", "CN", OPT),
    ],
    "d03.txt": [
        ("strait_transit", "2019-06-23", "RU", P),
        ("strait_transit", "2019-06-08", "RU", OPT),
    ],
    "d05.txt": [("strait_transit", "2020-04-28", "CN", P)],
    "d06.txt": [("territorial_waters_entry", "2020-05-08", "CN", P)],
    "d07.txt": [
        ("contiguous_zone_entry", "2020-06-18", "CN", P),
        ("strait_transit", "2020-06", "CN", OPT),
    ],
    "d08.txt": [("adiz_entry", "2020-12-22", "CN,RU", P), ("scramble", "2020-12-22", "KR", OPT)],
    "d09.txt": [("strait_transit", "2021-03-19", "CN", P)],
    "d10.txt": [("strait_transit", "2021-06-01", "CN", P)],
    "d11.txt": [("joint_naval_exercise", "2021-10-14", "CN,RU", P)],
    "d12.txt": [
        ("strait_transit", "2021-12-16", "CN", P),
        ("carrier_operations", "2021-12", "CN", P),
        ("strait_transit", "2021-04", "CN", OPT),
    ],
    "d13.txt": [
        ("strait_transit", "2022-03-13", "RU", P),
        ("strait_transit", "2022-03", "RU", OPT),
        ("other", "2022-03-10", "RU", OPT),
        ("missile_launch", "2022-03-10", "RU", OPT),
    ],
    "d14.txt": [("strait_transit", None, "RU", P)],
    "d16.txt": [
        ("strait_transit", "2022-08-30", "CN", P),
        ("scramble", "2022-08-30", "JP", OPT),
        ("other", "2022-08-30", "CN", OPT),
    ],
    "d17.txt": [
        ("strait_transit", "2022-09-04", "CN,RU", P),
        ("other", "2022-09-03", "CN,RU", OPT),
    ],
    "d18.txt": [
        ("other", "2023-05", "RU", P),
        ("other", "2023-05", "RU", OPT),
        ("scramble", "2023-05", "JP", OPT),
    ],
    "d19.txt": [("adiz_entry", "2023-06-06", "CN,RU", P), ("scramble", "2023-06-06", "KR", OPT)],
    "d20.txt": [("missile_launch", "2023-06-15", "KP", P)],
    "d21.txt": [("strait_transit", "2023-08-24", "CN", P), ("scramble", "2023-08-24", "JP", OPT)],
    "d22.txt": [("carrier_operations", "2023-11", "CN", P), ("scramble", "2023-11", "JP", OPT)],
    "d23.txt": [("strait_transit", "2024-06-18", "RU", P)],
    "d24.txt": [("contiguous_zone_entry", "2024-07-08", "CN", P)],
    "d25.txt": [("territorial_waters_entry", "2024-08-31", "CN", P)],
    "d26.txt": [("adiz_entry", "2024-11-29", "CN,RU", P), ("scramble", "2024-11-29", "KR", OPT)],
    "d27.txt": [("territorial_waters_entry", "2025-03", "CN", P)],
    "d28.txt": [
        ("airspace_violation", "2024-08", "CN", P),
        ("airspace_violation", "2024-09", "RU", P),
        ("joint_air_patrol", "2024-11", "CN,RU", P),
    ],
    "d29.txt": [("other", "2025-10", "RU", P), ("scramble", "2025-10", "JP", OPT)],
}

#: Files whose header gives no publication date and whose URL holds none: the date assumed for
#: the run (what the text implies), so the dates can be judged at all.
ASSUMED_PUBLISHED = {
    "d02.txt": date(2019, 6, 17),
    "d16.txt": date(2022, 8, 31),
    "d27.txt": date(2025, 3, 25),
}


def _articles(folder: Path) -> Iterator:
    from geo._errors import ArticleError
    from geo.articles import article_from_text, date_from_url, iter_articles

    for item in iter_articles(sorted(folder.glob("d*.txt"))):
        if not isinstance(item, ArticleError):
            yield item
            continue
        path = Path(item.path)
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        header = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        url = header.get("url", "").strip() or None
        published = ASSUMED_PUBLISHED.get(path.name) or (date_from_url(url) if url else None)
        yield article_from_text(
            body,
            doc=path.name,
            published=published,
            url=url,
            publisher=header.get("publisher", "").strip() or None,
        )


def _matches(incident, expected) -> bool:
    kind, when, actors, _ = expected
    if incident.type != kind or not set(actors.split(",")) & set(incident.actors):
        return False
    if when is None:
        return True
    span = date_interval(incident.date, incident.date_end, incident.date_precision)
    truth = date_interval(when, None, "day" if len(when) == 10 else "month")
    if not span or not truth:
        return False
    if len(when) == 10:  # a known day: the extracted date, at its precision, must hold it
        return span[0] <= truth[0] <= span[1]
    return span[0] <= truth[1] and truth[0] <= span[1]  # only the month is known


def _unmatched(incidents, expected) -> list:
    """Incidents matching no expected entry; each entry absorbs at most one incident."""
    free = list(expected)
    false = []
    for incident in incidents:
        hit = next((e for e in free if _matches(incident, e)), None)
        if hit is None:
            false.append(incident)
        else:
            free.remove(hit)
    return false


def main() -> None:
    from geo.gazetteer import load_gazetteer
    from geo.incidents import incidents_from_article

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus" / "dev"
    gazetteer = load_gazetteer()
    found_p = expected_p = true_pos = predicted = 0
    for article in _articles(folder):
        expected = EXPECTED.get(article.doc, [])
        incidents = incidents_from_article(article, gazetteer)
        hits = [e for e in expected if any(_matches(i, e) for i in incidents)]
        false = _unmatched(incidents, expected)
        missed = [e for e in expected if e[3] == P and e not in hits]
        found_p += sum(1 for e in hits if e[3] == P)
        expected_p += sum(1 for e in expected if e[3] == P)
        predicted += len(incidents)
        true_pos += len(incidents) - len(false)
        print(
            f"{article.doc}: found {len([e for e in hits if e[3] == P])}/"
            f"{len([e for e in expected if e[3] == P])} primary, {len(false)} false, "
            f"missed {[(e[0], e[1]) for e in missed]}"
        )
        for incident in false:
            print(f"    false: {incident.type} {incident.date} {incident.actors} {incident.role}")
    print(
        f"recall (primary, right type, date right at its precision): {found_p}/{expected_p} "
        f"= {found_p / max(1, expected_p):.1%}"
    )
    print(f"precision: {true_pos}/{predicted} = {true_pos / max(1, predicted):.1%}")


if __name__ == "__main__":
    main()
