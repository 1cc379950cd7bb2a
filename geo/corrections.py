"""Analyst corrections: a YAML file that fixes what extraction got wrong.

The file belongs to the analyst: ``geo`` only reads it, and applies it to the freshly
extracted incidents on every run (``geo ingest``, ``geo render``), so a correction is
never lost or overwritten when articles are re-ingested. By default it is
``corrections.yaml`` in the working directory, if that file exists (``--corrections PATH``
names another).

The file is a list of entries applied in order. Each entry names its operation by one key
(``fix``, ``drop``, ``merge`` or ``split``) whose value is the incident id as
``geo incidents`` shows it; ``why`` (optional) is carried into the incident's ``reason``::

    # fix fields of one incident (give only the fields to change)
    - fix: inc-2021-11-19-1a2b3c
      type: joint_air_patrol        # one of the incident types
      date: 2021-11-19              # YYYY, YYYY-MM or YYYY-MM-DD
      date_precision: day           # day/week/month/year; default: from the date's form
      date_end: 2021-11-20          # or null to clear
      place: [sea.japan, sea.east-china, ocean.pacific]  # gazetteer id(s); several = a route
      # point: [129.5, 33.1]        # instead of place: an exact point, longitude, latitude
      actors: [CN, RU]              # ISO 3166 alpha-2
      assets: [H-6K, Tu-95]
      count: 4
      role: primary                 # primary/response/background
      geo_precision: 3              # 1..7 (default: from the place)
      why: checked against the Joint Staff release

    # drop an incident that is not one
    - drop: inc-2023-06-06-9a8b7c
      why: a commentary, not an incident

    # merge incidents into one (the first id, or `id:`); sources are united
    - merge: [inc-2022-05-24-aaaaaa, inc-2022-05-24-bbbbbb]
      date_precision: day           # any fix field may follow

    # split one incident into several; each part takes the sources of its `docs`
    # (every source when `docs` is left out) and any fix field
    - split: inc-2025-12-10-cccccc
      into:
        - id: inc-2025-12-10-air
          docs: [004_e8bf279c8d9af19b.txt]
          type: joint_air_patrol
        - id: inc-2025-12-10-sea
          docs: [003_520403ec097db402.txt]
          type: territorial_waters_entry

A malformed file, an unknown field, type, actor or gazetteer id raises
:class:`CorrectionError` naming the file, the line and the fix. An entry whose incident is
not (or no longer) among the extracted incidents is reported as a warning and skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml
from shapely.geometry import LineString, Point

from geo._errors import CorrectionError, PlaceNotFoundError
from geo.records import ACTORS, DATE_PRECISIONS, INCIDENT_TYPES, ROLES, Incident, Source

log = logging.getLogger(__name__)

DEFAULT_FILE = "corrections.yaml"
OPERATIONS: tuple[str, ...] = ("fix", "drop", "merge", "split")
FIELDS: tuple[str, ...] = (
    "type",
    "date",
    "date_precision",
    "date_end",
    "place",
    "point",
    "actors",
    "assets",
    "count",
    "role",
    "geo_precision",
)


class _Loader(yaml.SafeLoader):
    """Safe YAML without timestamps: dates and date-like ids stay the text the analyst wrote."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}


@dataclass(frozen=True)
class Part:
    """One incident a split produces: its new id, the docs of its sources, its fixes."""

    id: str
    docs: tuple[str, ...]
    changes: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Correction:
    """One validated entry of the corrections file."""

    operation: str
    ids: tuple[str, ...]
    changes: tuple[tuple[str, object], ...] = ()
    new_id: str | None = None
    parts: tuple[Part, ...] = ()
    why: str = ""
    where: str = ""  # "/path/corrections.yaml entry 3 (line 12)"


# -- public --------------------------------------------------------------------------------


def corrections_path(path: Path | str | None = None) -> Path | None:
    """The corrections file to apply: ``path`` (must exist), else ``./corrections.yaml`` if any."""
    if path is None:
        default = Path.cwd() / DEFAULT_FILE
        return default if default.is_file() else None
    resolved = Path(path)
    if not resolved.is_file():
        raise CorrectionError(
            f"corrections file {str(resolved)!r} not found; check the path given with --corrections"
        )
    return resolved


def apply_corrections(
    incidents: Iterable[Incident],
    path: Path | str | None,
    gazetteer=None,
    *,
    strict: bool = False,
    report: list[str] | None = None,
) -> list[Incident]:
    """Apply the corrections file at ``path`` to ``incidents``; return the corrected list.

    ``path`` None applies nothing. Entries whose incident cannot be found are logged as
    warnings and added to ``report`` (or raise :class:`CorrectionError` with ``strict``).
    """
    current = list(incidents)
    if path is None:
        return current
    corrections = load_corrections(path, gazetteer)
    if not corrections:
        return current
    if gazetteer is None and _needs_places(corrections):
        from geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    unfound: list[str] = []
    for correction in corrections:
        current = _apply(current, correction, gazetteer, unfound)
    if unfound and strict:
        raise CorrectionError("; ".join(unfound))
    for message in unfound:
        log.warning("%s", message)
    if report is not None:
        report.extend(unfound)
    log.info("applied %d corrections from %s", len(corrections), path)
    return current


def load_corrections(path: Path | str, gazetteer=None) -> list[Correction]:
    """Read and validate every entry; raise one :class:`CorrectionError` listing the problems."""
    path = Path(path)
    text = _read(path)
    data, lines = _parse(path, text)
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorrectionError(
            f"{path}: line 1: expected a list of entries (`- fix: ID`, `- drop: ID`, ...), "
            f"got a {type(data).__name__}; see the corrections format in the README"
        )
    corrections, problems = [], []
    for number, entry in enumerate(data, start=1):
        line, key_lines = lines[number - 1] if number <= len(lines) else (0, {})
        where = f"{path} entry {number} (line {line})"
        try:
            corrections.append(_correction(entry, where, key_lines, gazetteer))
        except CorrectionError as error:
            problems.append(str(error))
    if problems:
        raise CorrectionError("; ".join(problems))
    return corrections


# -- reading -------------------------------------------------------------------------------


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorrectionError(
            f"corrections file {str(path)!r} not found; check the --corrections path"
        ) from None
    except UnicodeDecodeError:
        raise CorrectionError(
            f"corrections file {str(path)!r} is not UTF-8 text; save it as UTF-8"
        ) from None
    except OSError as error:
        raise CorrectionError(
            f"cannot read corrections file {str(path)!r} ({error.strerror}); check its permissions"
        ) from None


def _parse(path: Path, text: str) -> tuple[object, list[tuple[int, dict[str, int]]]]:
    """The YAML data and, per top-level entry, its line and the line of each key."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise CorrectionError(
            f"{path}: {line}not valid YAML ({problem}); fix the syntax (indentation, `- ` items)"
        ) from None
    lines: list[tuple[int, dict[str, int]]] = []
    if isinstance(root, yaml.SequenceNode):
        for node in root.value:
            keys = {}
            if isinstance(node, yaml.MappingNode):
                keys = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
            lines.append((node.start_mark.line + 1, keys))
    return data, lines


def _correction(entry: object, where: str, key_lines: dict[str, int], gazetteer) -> Correction:
    if not isinstance(entry, dict):
        raise CorrectionError(
            f"{where}: expected `fix: ID`, `drop: ID`, `merge: [...]` or `split: ID`, got {entry!r}"
        )
    operations = [key for key in OPERATIONS if key in entry]
    if len(operations) != 1:
        raise CorrectionError(
            f"{where}: give exactly one of {', '.join(OPERATIONS)} (got {operations or 'none'})"
        )
    operation = operations[0]
    allowed = {operation, "why", *FIELDS} | ({"id"} if operation == "merge" else set())
    allowed |= {"into"} if operation == "split" else set()
    if operation == "drop":
        allowed = {"drop", "why"}
    _check_keys(entry, allowed, where, key_lines)
    why = _text(entry.get("why")) if entry.get("why") is not None else ""
    if operation == "merge":
        return _merge_correction(entry, where, key_lines, gazetteer, why)
    ident = _incident_id(entry[operation], where, operation)
    if operation == "split":
        parts = _parts(entry.get("into"), where, gazetteer)
        changes = _changes(entry, where, key_lines, gazetteer)
        return Correction("split", (ident,), changes, parts=parts, why=why, where=where)
    changes = _changes(entry, where, key_lines, gazetteer)
    if operation == "fix" and not changes:
        raise CorrectionError(
            f"{where}: `fix` names no field to change; add one of {', '.join(FIELDS)}"
        )
    return Correction(operation, (ident,), changes, why=why, where=where)


def _merge_correction(entry, where, key_lines, gazetteer, why) -> Correction:
    ids = entry["merge"]
    if not isinstance(ids, list) or len(ids) < 2:
        raise CorrectionError(
            f"{where}: `merge` needs a list of two or more incident ids, got {ids!r}"
        )
    idents = tuple(_incident_id(value, where, "merge") for value in ids)
    new_id = _incident_id(entry["id"], where, "id") if entry.get("id") is not None else None
    changes = _changes(entry, where, key_lines, gazetteer)
    return Correction("merge", idents, changes, new_id=new_id, why=why, where=where)


def _parts(into: object, where: str, gazetteer) -> tuple[Part, ...]:
    if not isinstance(into, list) or len(into) < 2:
        raise CorrectionError(
            f"{where}: `split` needs `into:` with two or more parts "
            "(`- id: NEW-ID`, `docs: [...]`, fields)"
        )
    parts = []
    for number, item in enumerate(into, start=1):
        here = f"{where} part {number}"
        if not isinstance(item, dict) or item.get("id") is None:
            raise CorrectionError(f"{here}: each part needs `id: NEW-ID`, got {item!r}")
        _check_keys(item, {"id", "docs", *FIELDS}, here, {})
        docs = item.get("docs") or []
        docs = [docs] if isinstance(docs, str) else docs
        if not isinstance(docs, list):
            raise CorrectionError(f"{here}: `docs` must be a list of article docs, got {docs!r}")
        parts.append(
            Part(
                _incident_id(item["id"], here, "id"),
                tuple(_text(doc) for doc in docs),
                _changes(item, here, {}, gazetteer),
            )
        )
    ids = [part.id for part in parts]
    if len(set(ids)) != len(ids):
        raise CorrectionError(f"{where}: split parts need distinct ids, got {ids!r}")
    return tuple(parts)


def _check_keys(entry: dict, allowed: set[str], where: str, key_lines: dict[str, int]) -> None:
    unknown = [str(key) for key in entry if str(key) not in allowed]
    if unknown:
        line = key_lines.get(unknown[0])
        at = f" at line {line}" if line else ""
        raise CorrectionError(
            f"{where}: unknown field {unknown[0]!r}{at}; use {', '.join(sorted(allowed))}"
        )


def _incident_id(value: object, where: str, key: str) -> str:
    if value is None or isinstance(value, list | dict) or _text(value) == "":
        raise CorrectionError(f"{where}: `{key}` needs an incident id, got {value!r}")
    return _text(value)


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


# -- field values --------------------------------------------------------------------------


def _changes(entry: dict, where: str, key_lines: dict[str, int], gazetteer) -> tuple:
    """The validated (field, value) pairs of an entry, in FIELDS order."""
    if "place" in entry and "point" in entry:
        raise CorrectionError(f"{where}: give `place` or `point`, not both")
    changes = []
    for name in FIELDS:
        if name not in entry:
            continue
        line = key_lines.get(name)
        here = f"{where}" + (f" line {line}" if line else "")
        changes.append((name, _VALIDATORS[name](entry[name], here, gazetteer)))
    return tuple(changes)


def _choice(options: tuple[str, ...], name: str):
    def check(value, where, _gazetteer):
        if value in options:
            return value
        raise CorrectionError(
            f"{where}: {name} {value!r} is unknown; use one of {', '.join(options)}"
        )

    return check


def _iso(name: str, nullable: bool):
    def check(value, where, _gazetteer):
        if value is None and nullable:
            return None
        text = _text(value) if value is not None else ""
        if _ISO.match(text):
            try:
                date.fromisoformat((text + "-01-01")[:10])
                return text
            except ValueError:
                pass
        raise CorrectionError(
            f"{where}: {name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        )

    return check


def _codes(value, where, _gazetteer) -> tuple[str, ...]:
    values = _string_list(value, where, "actors")
    codes = tuple(code.upper() for code in values)
    unknown = [code for code in codes if code not in ACTORS]
    if unknown:
        raise CorrectionError(
            f"{where}: actor {unknown[0]!r} is unknown; use ISO codes {', '.join(ACTORS)}"
        )
    return codes


def _assets(value, where, _gazetteer) -> tuple[str, ...]:
    return _string_list(value, where, "assets")


def _string_list(value, where: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise CorrectionError(f"{where}: {name} must be a list such as [CN, RU], got {value!r}")
    return tuple(_text(v) for v in value)


def _integer(name: str, low: int, high: int | None, nullable: bool):
    def check(value, where, _gazetteer):
        if value is None and nullable:
            return None
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value >= low
            and (high is None or value <= high)
        ):
            return value
        span = f"{low}..{high}" if high is not None else f"{low} or more"
        raise CorrectionError(f"{where}: {name} {value!r} must be a whole number {span}")

    return check


def _places(value, where, gazetteer) -> tuple[str, ...]:
    ids = _string_list(value, where, "place")
    if not ids:
        raise CorrectionError(f"{where}: place needs at least one gazetteer id")
    if gazetteer is None:
        from geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    for ident in ids:
        if ident not in gazetteer:
            raise CorrectionError(
                f"{where}: place {ident!r} is not a gazetteer id; "
                "run `geo gazetteer list` to see the ids"
            )
    return ids


def _point(value, where, _gazetteer) -> tuple[float, float]:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        and -180 <= value[0] <= 180
        and -90 <= value[1] <= 90
    ):
        return float(value[0]), float(value[1])
    raise CorrectionError(f"{where}: point must be [longitude, latitude] in degrees, got {value!r}")


_VALIDATORS = {
    "type": _choice(INCIDENT_TYPES, "type"),
    "date": _iso("date", nullable=False),
    "date_end": _iso("date_end", nullable=True),
    "date_precision": _choice(DATE_PRECISIONS, "date_precision"),
    "place": _places,
    "point": _point,
    "actors": _codes,
    "assets": _assets,
    "count": _integer("count", 0, None, nullable=True),
    "role": _choice(ROLES, "role"),
    "geo_precision": _integer("geo_precision", 1, 7, nullable=False),
}


def _needs_places(corrections: list[Correction]) -> bool:
    def has_place(changes) -> bool:
        return any(name == "place" for name, _ in changes)

    return any(
        has_place(c.changes) or any(has_place(p.changes) for p in c.parts) for c in corrections
    )


# -- applying ------------------------------------------------------------------------------


def _apply(
    incidents: list[Incident], correction: Correction, gazetteer, unfound: list[str]
) -> list[Incident]:
    known = {incident.id for incident in incidents}
    missing = [ident for ident in correction.ids if ident not in known]
    needed = 2 if correction.operation == "merge" else 1
    if len(correction.ids) - len(missing) < needed:
        _not_found(correction, missing, unfound)
        return incidents
    if missing:
        _not_found(correction, missing, unfound)
    if correction.operation == "drop":
        log.info("%s: dropped %s", correction.where, correction.ids[0])
        return [i for i in incidents if i.id != correction.ids[0]]
    if correction.operation == "fix":
        return [
            _fixed(i, correction.changes, correction, gazetteer) if i.id == correction.ids[0] else i
            for i in incidents
        ]
    if correction.operation == "merge":
        return _merged(incidents, correction, gazetteer, known)
    return _split(incidents, correction, gazetteer, known, unfound)


def _not_found(correction: Correction, missing: list[str], unfound: list[str]) -> None:
    unfound.append(
        f"{correction.where}: no incident {', '.join(map(repr, missing))} to "
        f"{correction.operation}; the extraction may have changed: look the incident up "
        "with `geo incidents` and update or delete the entry"
    )


def _fixed(
    incident: Incident, changes, correction: Correction, gazetteer, done: tuple[str, ...] = ()
) -> Incident:
    """``incident`` with ``changes``; ``done`` notes what the entry already did (merge, split)."""
    values, notes = _changed_values(incident, dict(changes), gazetteer, correction.where)
    notes = [*done, *notes]
    if not notes:
        log.info("%s: %s already as corrected", correction.where, incident.id)
        return incident
    return replace(incident, **values, reason=_reason(incident.reason, notes, correction.why))


def _changed_values(incident: Incident, changes: dict, gazetteer, where: str):
    values: dict[str, object] = {}
    if "date" in changes and "date_precision" not in changes:
        changes["date_precision"] = _PRECISION_OF_LENGTH[len(changes["date"])]
        if incident.date_precision == "week" and len(changes["date"]) == 10:
            changes["date_precision"] = "week"
    for name, value in changes.items():
        if name == "place":
            values.update(_place_values(value, gazetteer))
        elif name == "point":
            values.update(geometry=Point(value), place_ids=(), place_names=(), geo_precision=1)
        else:
            values[name] = value
    if "geo_precision" in changes:
        values["geo_precision"] = changes["geo_precision"]
    _check_date_form(
        values.get("date", incident.date),
        values.get("date_precision", incident.date_precision),
        where,
    )
    notes = [
        _note(name, getattr(incident, name), value)
        for name, value in values.items()
        if name not in ("geometry", "place_names") and getattr(incident, name) != value
    ]
    if "point" in changes and incident.geometry != values["geometry"]:
        notes.append(f"point -> {changes['point'][0]:g}, {changes['point'][1]:g}")
    return values, [note for note in notes if note]


def _check_date_form(value: object, precision: object, where: str) -> None:
    if not isinstance(value, str) or not isinstance(precision, str):
        return
    expected = {"day": 10, "week": 10, "month": 7, "year": 4}[precision]
    if len(value) != expected:
        raise CorrectionError(
            f"{where}: date {value!r} does not match date_precision "
            f"{precision!r}; write the date as {precision} precision"
        )


def _place_values(ids: tuple[str, ...], gazetteer) -> dict:
    try:
        features = [gazetteer.get(ident) for ident in ids]
    except PlaceNotFoundError as error:
        raise CorrectionError(str(error)) from None
    if len(features) == 1:
        geometry, precision = features[0].geometry, features[0].geo_precision
    else:  # a route through the places in the order given
        geometry = LineString([f.geometry.representative_point() for f in features])
        precision = 5
    return {
        "geometry": geometry,
        "geo_precision": precision,
        "place_ids": ids,
        "place_names": tuple(f.name_en for f in features),
    }


def _note(name: str, old: object, new: object) -> str:
    def show(value: object) -> str:
        if isinstance(value, tuple):
            return ", ".join(map(str, value)) or "none"
        return "none" if value is None else str(value)

    return f"{name} {show(old)} -> {show(new)}"


def _reason(reason: str, notes: list[str], why: str) -> str:
    text = "corrected by analyst: " + "; ".join(notes)
    if why:
        text += f" ({why})"
    return f"{reason}; {text}" if reason else text


def _merged(incidents, correction: Correction, gazetteer, known: set[str]) -> list[Incident]:
    by_id = {incident.id: incident for incident in incidents}
    members = [by_id[ident] for ident in correction.ids if ident in by_id]
    base = members[0]
    new_id = correction.new_id or base.id
    if new_id != base.id and new_id in known and new_id not in correction.ids:
        raise CorrectionError(
            f"{correction.where}: merged id {new_id!r} is already used; pick another `id:`"
        )
    sources = _united(member.sources for member in members)
    others = ", ".join(member.id for member in members[1:])
    merged = _fixed(
        replace(base, id=new_id, sources=sources),
        correction.changes,
        correction,
        gazetteer,
        done=(f"merged {others} into {base.id}",),
    )
    member_ids = {member.id for member in members}
    result = []
    for incident in incidents:
        if incident.id == base.id:
            result.append(merged)
        elif incident.id not in member_ids:
            result.append(incident)
    return result


def _united(groups: Iterable[tuple[Source, ...]]) -> tuple[Source, ...]:
    seen: dict[tuple, Source] = {}
    for sources in groups:
        for source in sources:
            seen.setdefault((source.doc, source.start, source.end, source.quote), source)
    return tuple(seen.values())


def _split(incidents, correction: Correction, gazetteer, known: set[str], unfound: list[str]):
    original = next(i for i in incidents if i.id == correction.ids[0])
    taken = [i for i in (part.id for part in correction.parts) if i in known and i != original.id]
    if taken:
        raise CorrectionError(
            f"{correction.where}: split id {taken[0]!r} is already used; pick another `id:`"
        )
    pieces = []
    for part in correction.parts:
        sources = tuple(s for s in original.sources if not part.docs or s.doc in part.docs)
        if not sources:
            _not_found(
                replace(
                    correction,
                    operation=f"split (part {part.id}: no source from {', '.join(part.docs)})",
                ),
                [original.id],
                unfound,
            )
            return incidents
        piece = replace(original, id=part.id, sources=sources)
        changes = dict(correction.changes) | dict(part.changes)
        done = (f"split from {original.id}",)
        pieces.append(_fixed(piece, tuple(changes.items()), correction, gazetteer, done))
    result: list[Incident] = []
    for incident in incidents:
        result.extend(pieces if incident.id == original.id else [incident])
    return result
