"""Incident and place extraction measured on held-out articles the extractor was not tuned on.

Run: ``python3 tests/benchmarks/eval_heldout.py [-v] [FOLDER]`` (default ``tests/heldout``; ``-v``
lists every extracted incident).

The folder holds ``hNN.txt`` articles and ``expected.yaml`` (its header explains the format), both
written before the extractor was ever run on them. Reported:

- primary recall: required primary incidents found with an accepted type, the same actors and the
  date right at its precision (the same ISO string, and the same end for a range);
- the same recall with type and actors only, to tell date errors from missed incidents;
- background recall (required background incidents, same test);
- precision: extracted incidents matching any expected entry, optional ones included, by type,
  overlapping actors and a compatible date (intervals that meet), each entry absorbing one incident
  (entries and incidents are paired by a maximum matching, required entries first);
- date accuracy: among required incidents found by type and actors, the share dated right;
- of the required incidents found: the share with the expected role, and the share placed at an
  expected feature (or a phrase anchored on one);
- place mention recall: expected mentions covered by a recognised span resolved to an accepted
  feature (the mention's feature or one of its anchors).

Every miss and every false incident is listed with its sentence.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from geo.merge import date_interval  # noqa: E402

VERBOSE = "-v" in sys.argv[1:]


@dataclass
class Expected:
    types: tuple[str, ...]
    date: str | None
    date_end: str | None
    actors: frozenset[str]
    role: str
    optional: bool
    places: tuple[str, ...]
    count: int | None

    def label(self) -> str:
        when = self.date + (f"/{self.date_end}" if self.date_end else "") if self.date else "?"
        kind = "|".join(self.types)
        return f"{kind} {when} {','.join(sorted(self.actors))} {self.role}"


@dataclass
class Tally:
    primary: int = 0
    primary_found: int = 0
    primary_typed: int = 0
    primary_placed: int = 0
    background: int = 0
    background_found: int = 0
    dated_pairs: int = 0
    dated_right: int = 0
    extracted: int = 0
    extracted_true: int = 0
    places: int = 0
    places_found: int = 0
    places_right: int = 0
    matched: int = 0
    role_right: int = 0
    placed_right: int = 0
    lines: list[str] = field(default_factory=list)


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


def _expected(entry: dict) -> Expected:
    kinds = entry["type"] if isinstance(entry["type"], list) else [entry["type"]]
    return Expected(
        types=tuple(kinds),
        date=str(entry["date"]) if entry.get("date") else None,
        date_end=str(entry["date_end"]) if entry.get("date_end") else None,
        actors=frozenset(entry.get("actors", [])),
        role=entry.get("role", "primary"),
        optional=bool(entry.get("optional", False)),
        places=tuple(entry.get("places", [])),
        count=entry.get("count"),
    )


def _date_exact(incident, expected: Expected) -> bool:
    end = incident.date_end if incident.date_end != incident.date else None
    return incident.date == expected.date and end == expected.date_end


def _date_compatible(incident, expected: Expected) -> bool:
    if not expected.date:
        return True
    span = date_interval(incident.date, incident.date_end, incident.date_precision)
    truth = date_interval(expected.date, expected.date_end, _precision(expected.date))
    return bool(span and truth and span[0] <= truth[1] and truth[0] <= span[1])


def _typed(incident, expected: Expected) -> bool:
    return incident.type in expected.types and set(incident.actors) == expected.actors


def _strict(incident, expected: Expected) -> bool:
    return _typed(incident, expected) and _date_exact(incident, expected)


def _loose(incident, expected: Expected) -> bool:
    same_side = bool(set(incident.actors) & expected.actors)
    return incident.type in expected.types and same_side and _date_compatible(incident, expected)


def _quote(incident) -> str:
    return " | ".join(s.quote.strip().replace("\n", " ") for s in incident.sources)[:300]


def _describe(incident) -> str:
    when = incident.date or "?"
    when += f"/{incident.date_end}" if incident.date_end else ""
    return (
        f"{incident.type} {when} ({incident.date_precision}) {','.join(incident.actors)} "
        f"{incident.role} places={list(incident.place_ids)} count={incident.count}"
    )


def _assign(incidents, expected: list[Expected], test) -> dict[int, int]:
    """Expected index -> incident index, one to one: a maximum matching, so that no incident
    is spent on one entry when another entry could only have it. Required entries are matched
    first (an augmenting path never unmatches an entry), then optional ones."""
    fits = [[i for i, incident in enumerate(incidents) if test(incident, e)] for e in expected]
    owner: dict[int, int] = {}  # incident index -> expected index

    def augment(e_index: int, seen: set[int]) -> bool:
        for i_index in fits[e_index]:
            if i_index in seen:
                continue
            seen.add(i_index)
            if i_index not in owner or augment(owner[i_index], seen):
                owner[i_index] = e_index
                return True
        return False

    order = sorted(range(len(expected)), key=lambda k: (expected[k].optional, k))
    for e_index in order:
        augment(e_index, set())
    return {e_index: i_index for i_index, e_index in owner.items()}


def _score_incidents(doc: str, incidents, expected: list[Expected], tally: Tally) -> None:
    strict = _assign(incidents, expected, _strict)
    typed = _assign(incidents, expected, _typed)
    for e_index, entry in enumerate(expected):
        if entry.optional or entry.role == "response":
            continue
        if entry.role == "primary":
            tally.primary += 1
            tally.primary_found += e_index in strict
            tally.primary_placed += e_index in strict and (
                not entry.places or _placed(incidents[strict[e_index]], entry)
            )
            tally.primary_typed += e_index in typed or e_index in strict
        else:
            tally.background += 1
            tally.background_found += e_index in strict
        if e_index in typed or e_index in strict:
            tally.dated_pairs += 1
            tally.dated_right += e_index in strict
        if e_index not in strict:
            _report_miss(doc, incidents, entry, typed.get(e_index), tally)
        else:
            _check_match(doc, incidents[strict[e_index]], entry, tally)
    _score_precision(doc, incidents, expected, tally)


def _placed(incident, entry: Expected) -> bool:
    """Any of the incident's features is an expected one, or a phrase anchored on one."""
    ids = set(incident.place_ids)
    anchored = {
        part for pid in ids if pid.startswith("derived:") for part in pid.split(":")[-1].split("+")
    }
    return bool(set(entry.places) & (ids | anchored))


def _check_match(doc: str, incident, entry: Expected, tally: Tally) -> None:
    tally.matched += 1
    tally.role_right += incident.role == entry.role
    placed = not entry.places or _placed(incident, entry)
    tally.placed_right += placed
    if incident.role != entry.role:
        tally.lines.append(f"  ROLE {doc}: expected {entry.label()}, got role {incident.role}")
    if not placed:
        tally.lines.append(
            f"  WHERE {doc}: expected {entry.label()} at {list(entry.places)},"
            f" got {_describe(incident)}"
        )
        tally.lines.append(f"       quote: {_quote(incident)}")


def _report_miss(doc: str, incidents, entry: Expected, near: int | None, tally: Tally) -> None:
    tally.lines.append(f"  MISS {doc}: expected {entry.label()} places={list(entry.places)}")
    if near is not None:
        tally.lines.append(f"       same type and actors, other date: {_describe(incidents[near])}")
        tally.lines.append(f"       quote: {_quote(incidents[near])}")
        return
    similar = [i for i in incidents if i.type in entry.types or set(i.actors) == entry.actors]
    for incident in similar[:3]:
        tally.lines.append(f"       nearest extracted: {_describe(incident)}")


def _score_precision(doc: str, incidents, expected: list[Expected], tally: Tally) -> None:
    first = _assign(incidents, expected, _strict)
    free = [e for k, e in enumerate(expected) if k not in first]
    used = set(first.values())
    rest = [i for k, i in enumerate(incidents) if k not in used]
    loose = _assign(rest, free, _loose)
    matched = len(used) + len(loose)
    tally.extracted += len(incidents)
    tally.extracted_true += matched
    hit_rest = set(loose.values())
    for k, incident in enumerate(rest):
        if k not in hit_rest:
            tally.lines.append(f"  FALSE {doc}: {_describe(incident)}")
            tally.lines.append(f"       quote: {_quote(incident)}")


def _locate(text: str, surface: str, context: str | None, cursor: int) -> int:
    if context:  # unique in the article, so found wherever it is, in order or not
        at = text.find(context)
        return -1 if at < 0 else at + context.index(surface)
    return text.find(surface, cursor)


def _score_places(doc: str, text: str, mentions, entries: list, tally: Tally) -> None:
    cursor = 0
    for entry in entries:
        surface, ids = entry[0], entry[1]
        accepted = set(ids if isinstance(ids, list) else [ids])
        start = _locate(text, surface, entry[2] if len(entry) > 2 else None, cursor)
        if start < 0:
            tally.lines.append(f"  BAD EXPECTATION {doc}: {surface!r} not found in the text")
            continue
        end = start + len(surface)
        cursor = max(cursor, end)
        tally.places += 1
        over = [m for m in mentions if m.start < end and start < m.end]
        right = [m for m in over if m.feature_id in accepted or accepted & set(m.anchors)]
        tally.places_found += bool(over)
        tally.places_right += bool(right)
        if right:
            continue
        got = ", ".join(f"{m.text!r}->{m.feature_id}" for m in over) or "nothing"
        line = text[max(0, start - 60) : end + 40].replace("\n", " ")
        tally.lines.append(f"  PLACE {doc}: {surface!r} expected {sorted(accepted)}, got {got}")
        tally.lines.append(f"       context: ...{line}...")


def _articles(folder: Path):
    from geo._errors import ArticleError
    from geo.articles import iter_articles

    for item in iter_articles(sorted(folder.glob("*.txt"))):
        if isinstance(item, ArticleError):
            print(f"unreadable: {item}")
            continue
        yield item


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / max(1, whole):.1%}"


def main() -> None:
    from geo.gazetteer import load_gazetteer
    from geo.incidents import incidents_from_article
    from geo.places import places_from_text

    given = [a for a in sys.argv[1:] if a != "-v"]
    folder = Path(given[0]) if given else REPO / "tests" / "heldout"
    truth = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    tally = Tally()
    for article in _articles(folder):
        wanted = truth.get(article.doc) or truth.get(Path(article.path).name) or {}
        expected = [_expected(e) for e in wanted.get("incidents", [])]
        incidents = incidents_from_article(article, gazetteer)
        tally.lines.append(f"{article.doc} ({article.published}): {len(incidents)} extracted")
        if VERBOSE:
            tally.lines.extend(f"    got {_describe(i)}" for i in incidents)
        _score_incidents(article.doc, incidents, expected, tally)
        mentions = places_from_text(article.text, gazetteer)
        _score_places(article.doc, article.text, mentions, wanted.get("places", []), tally)
    print("\n".join(tally.lines))
    print()
    figures = [
        ("primary recall (type + actors + date at precision)", tally.primary_found, tally.primary),
        ("primary recall (the same, placed right too)", tally.primary_placed, tally.primary),
        ("primary recall (type + actors, any date)", tally.primary_typed, tally.primary),
        ("background recall (type + actors + date)", tally.background_found, tally.background),
        ("precision (matches any expected entry)", tally.extracted_true, tally.extracted),
        ("date accuracy (required incidents found by type)", tally.dated_right, tally.dated_pairs),
        ("role right (required incidents found)", tally.role_right, tally.matched),
        ("placed at an expected feature (same)", tally.placed_right, tally.matched),
        ("place mentions found", tally.places_found, tally.places),
        ("place mentions found and resolved right", tally.places_right, tally.places),
    ]
    for name, part, whole in figures:
        print(f"{name:<52} {_ratio(part, whole)}")


if __name__ == "__main__":
    main()
