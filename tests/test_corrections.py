import hashlib
import logging
import textwrap

import pytest
from shapely.geometry import LineString, Point, Polygon

from geo._errors import CorrectionError
from geo.corrections import apply_corrections, corrections_path, load_corrections
from geo.gazetteer import Gazetteer
from geo.records import Feature, Incident, Source
from geo.store import Store

SEA = Polygon([(128, 35), (140, 35), (140, 45), (128, 45)])
ECS = Polygon([(120, 25), (128, 25), (128, 33), (120, 33)])
GAZETTEER = Gazetteer(
    [
        Feature("sea.japan", "sea", "Sea of Japan", SEA, geo_precision=3),
        Feature("sea.east-china", "sea", "East China Sea", ECS, geo_precision=3),
        Feature("island.okinawa", "island", "Okinawa Island", Point(127.8, 26.5), geo_precision=1),
    ]
)


def _source(doc, start=0):
    return Source(doc=doc, quote=f"sentence in {doc}", start=start, end=start + 20)


def _incidents():
    return [
        Incident(
            "inc-a",
            "other",
            "2021-11",
            "month",
            SEA,
            3,
            actors=("CN", "RU"),
            assets=("Tu-95",),
            count=2,
            place_ids=("sea.japan",),
            place_names=("Sea of Japan",),
            sources=(_source("000.txt"), _source("003.txt", 40)),
            reason="the Sea of Japan is named in the sentence",
        ),
        Incident(
            "inc-b",
            "joint_air_patrol",
            "2021-11-19",
            "day",
            ECS,
            3,
            actors=("CN", "RU"),
            sources=(_source("001.txt"), _source("000.txt")),
        ),
        Incident(
            "inc-c",
            "scramble",
            "2022-05-24",
            "day",
            None,
            None,
            actors=("JP",),
            sources=(_source("003.txt"),),
        ),
    ]


def _write(tmp_path, text, name="corrections.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _apply(tmp_path, text, incidents=None, **options):
    path = _write(tmp_path, text)
    return apply_corrections(
        _incidents() if incidents is None else incidents, path, gazetteer=GAZETTEER, **options
    )


def _by_id(incidents):
    return {incident.id: incident for incident in incidents}


# -- fix -------------------------------------------------------------------------------------


def test_fix_type_says_so_in_the_reason(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-a
          type: joint_air_patrol
    """,
        )
    )["inc-a"]
    assert fixed.type == "joint_air_patrol"
    assert fixed.reason == (
        "the Sea of Japan is named in the sentence; "
        "corrected by analyst: type other -> joint_air_patrol"
    )


def test_fix_date_infers_the_precision_and_clears_date_end(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-a
          date: 2021-11-19
          date_end: null
          why: checked against the Joint Staff release
    """,
        )
    )["inc-a"]
    assert (fixed.date, fixed.date_precision, fixed.date_end) == ("2021-11-19", "day", None)
    assert fixed.reason.endswith(
        "corrected by analyst: date 2021-11 -> 2021-11-19; date_precision month -> day "
        "(checked against the Joint Staff release)"
    )


def test_fix_date_range_at_month_precision(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-b
          date: 2021-11
          date_end: 2021-12
          date_precision: month
    """,
        )
    )["inc-b"]
    assert (fixed.date, fixed.date_end, fixed.date_precision) == ("2021-11", "2021-12", "month")


def test_fix_place_takes_the_gazetteer_geometry(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-c
          place: island.okinawa
    """,
        )
    )["inc-c"]
    assert fixed.geometry.equals(Point(127.8, 26.5))
    assert fixed.place_ids == ("island.okinawa",)
    assert fixed.place_names == ("Okinawa Island",)
    assert fixed.geo_precision == 1
    assert "place_ids none -> island.okinawa" in fixed.reason


def test_fix_several_places_is_a_route_in_that_order(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-b
          place: [sea.japan, sea.east-china]
    """,
        )
    )["inc-b"]
    assert isinstance(fixed.geometry, LineString)
    start, end = (Point(c) for c in fixed.geometry.coords)
    assert SEA.contains(start) and ECS.contains(end)
    assert fixed.place_ids == ("sea.japan", "sea.east-china")
    assert fixed.geo_precision == 5


def test_fix_point_actors_assets_count_role_precision(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-a
          point: [131.5, 37.25]
          actors: [cn]
          assets: [H-6K, Tu-95]
          count: 4
          role: background
          geo_precision: 2
    """,
        )
    )["inc-a"]
    assert fixed.geometry.equals(Point(131.5, 37.25))
    assert (fixed.actors, fixed.assets, fixed.count) == (("CN",), ("H-6K", "Tu-95"), 4)
    assert (fixed.role, fixed.geo_precision, fixed.place_ids) == ("background", 2, ())
    assert "actors CN, RU -> CN" in fixed.reason
    assert "point -> 131.5, 37.25" in fixed.reason


def test_fix_that_changes_nothing_leaves_the_reason(tmp_path):
    fixed = _by_id(
        _apply(
            tmp_path,
            """
        - fix: inc-b
          type: joint_air_patrol
    """,
        )
    )["inc-b"]
    assert fixed == _incidents()[1]


# -- drop, merge, split ----------------------------------------------------------------------


def test_drop_removes_the_incident(tmp_path):
    result = _apply(
        tmp_path,
        """
        - drop: inc-c
          why: a scramble reported with no place
    """,
    )
    assert [i.id for i in result] == ["inc-a", "inc-b"]


def test_merge_unites_the_sources_into_the_first(tmp_path):
    result = _apply(
        tmp_path,
        """
        - merge: [inc-b, inc-a]
          date_precision: day
    """,
    )
    assert [i.id for i in result] == ["inc-b", "inc-c"]
    merged = result[0]
    assert [s.doc for s in merged.sources] == ["001.txt", "000.txt", "003.txt"]
    assert merged.type == "joint_air_patrol"
    assert "merged inc-a into inc-b" in merged.reason


def test_merge_under_a_new_id_with_fixes(tmp_path):
    result = _apply(
        tmp_path,
        """
        - merge: [inc-a, inc-b]
          id: inc-2021-11-19-patrol
          type: joint_air_patrol
          date: 2021-11-19
    """,
    )
    merged = _by_id(result)["inc-2021-11-19-patrol"]
    assert (merged.type, merged.date, merged.date_precision) == (
        "joint_air_patrol",
        "2021-11-19",
        "day",
    )
    assert len(merged.sources) == 3
    assert [i.id for i in result] == ["inc-2021-11-19-patrol", "inc-c"]


def test_split_by_source_doc(tmp_path):
    result = _apply(
        tmp_path,
        """
        - split: inc-a
          into:
            - id: inc-a-air
              docs: [000.txt]
              type: joint_air_patrol
            - id: inc-a-sea
              docs: [003.txt]
              type: joint_naval_patrol
              assets: [destroyers]
    """,
    )
    assert [i.id for i in result] == ["inc-a-air", "inc-a-sea", "inc-b", "inc-c"]
    air, sea = result[0], result[1]
    assert [s.doc for s in air.sources] == ["000.txt"]
    assert [s.doc for s in sea.sources] == ["003.txt"]
    assert (air.type, sea.type, sea.assets) == (
        "joint_air_patrol",
        "joint_naval_patrol",
        ("destroyers",),
    )
    assert sea.reason.endswith(
        "; corrected by analyst: split from inc-a; type other -> joint_naval_patrol; "
        "assets Tu-95 -> destroyers"
    )


def test_entries_apply_in_order(tmp_path):
    result = _apply(
        tmp_path,
        """
        - merge: [inc-a, inc-b]
        - fix: inc-a
          count: 6
    """,
    )
    assert _by_id(result)["inc-a"].count == 6


# -- incidents that cannot be found ----------------------------------------------------------


def test_missing_incident_is_a_warning_not_silence(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="geo.corrections")
    result = _apply(
        tmp_path,
        """
        - fix: inc-gone
          type: scramble
        - merge: [inc-a, inc-gone-too]
    """,
    )
    assert result == _incidents()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "corrections.yaml entry 1 (line 2): no incident 'inc-gone' to fix" in warnings[0]
    assert "look the incident up with `geo incidents`" in warnings[0]
    assert "entry 2 (line 4): no incident 'inc-gone-too' to merge" in warnings[1]


def test_missing_incident_is_an_error_when_strict(tmp_path):
    with pytest.raises(
        CorrectionError, match=r"corrections.yaml entry 1 \(line 1\): no incident 'inc-gone'"
    ):
        _apply(tmp_path, "- drop: inc-gone\n", strict=True)


def test_split_part_without_matching_source_is_reported(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="geo.corrections")
    result = _apply(
        tmp_path,
        """
        - split: inc-c
          into:
            - {id: c1, docs: [003.txt]}
            - {id: c2, docs: [999.txt]}
    """,
    )
    assert result == _incidents()
    assert "no source from 999.txt" in caplog.text


# -- malformed files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- fix: inc-a\n  type: [unclosed\n", r"corrections.yaml: line 3: not valid YAML"),
        ("fix: inc-a\n", r"line 1: expected a list of entries"),
        (
            "- fix: inc-a\n  kind: scramble\n",
            r"entry 1 \(line 1\): unknown field 'kind' at line 2; use ",
        ),
        (
            "- fix: inc-a\n  type: bombing\n",
            r"entry 1 \(line 1\) line 2: type 'bombing' is unknown; use one of joint_air_patrol",
        ),
        ("- fix: inc-a\n  actors: [CN, XX]\n", r"actor 'XX' is unknown; use ISO codes"),
        ("- fix: inc-a\n  date: 19 Nov 2021\n", r"date '19 Nov 2021' is not a date; write YYYY"),
        ("- fix: inc-a\n  date: 2021-13-01\n", r"date '2021-13-01' is not a date"),
        (
            "- fix: inc-a\n  place: sea.nowhere\n",
            r"place 'sea.nowhere' is not a gazetteer id; run `geo gazetteer list`",
        ),
        ("- fix: inc-a\n  place: sea.japan\n  point: [1, 2]\n", r"give `place` or `point`"),
        ("- fix: inc-a\n  point: [200, 2]\n", r"point must be \[longitude, latitude\]"),
        ("- fix: inc-a\n  count: -1\n", r"count -1 must be a whole number 0 or more"),
        ("- fix: inc-a\n", r"`fix` names no field to change"),
        ("- fix: inc-a\n  drop: inc-b\n", r"give exactly one of fix, drop, merge, split"),
        ("- merge: [inc-a]\n", r"`merge` needs a list of two or more incident ids"),
        ("- split: inc-a\n", r"`split` needs `into:` with two or more parts"),
        ("- split: inc-a\n  into: [{id: x}, {id: x}]\n", r"split parts need distinct ids"),
        ("- drop: inc-a\n  type: scramble\n", r"unknown field 'type' at line 2; use drop, why"),
        ("- just text\n", r"entry 1 \(line 1\): expected `fix: ID`"),
    ],
)
def test_malformed_entries_name_the_file_line_and_fix(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(CorrectionError, match=message) as raised:
        apply_corrections(_incidents(), path, gazetteer=GAZETTEER)
    assert str(path) in str(raised.value)
    assert "\n" not in str(raised.value)


def test_every_bad_entry_is_reported_at_once(tmp_path):
    path = _write(tmp_path, "- fix: inc-a\n  type: bombing\n- fix: inc-b\n  role: lead\n")
    with pytest.raises(CorrectionError, match=r"entry 1 .*bombing.*; .*entry 2 .*role 'lead'"):
        load_corrections(path, GAZETTEER)


def test_date_must_match_the_given_precision(tmp_path):
    with pytest.raises(CorrectionError, match=r"date '2021-11' does not match date_precision"):
        _apply(tmp_path, "- fix: inc-b\n  date: 2021-11\n  date_precision: day\n")


def test_new_ids_must_not_clash(tmp_path):
    with pytest.raises(CorrectionError, match=r"split id 'inc-b' is already used"):
        _apply(tmp_path, "- split: inc-a\n  into: [{id: inc-b}, {id: inc-z}]\n")


def test_empty_file_changes_nothing(tmp_path):
    assert _apply(tmp_path, "# nothing to correct yet\n") == _incidents()


def test_date_like_ids_are_read_as_text(tmp_path):
    incidents = [Incident("2021-11-19", "other", None, None, None, None)]
    result = _apply(tmp_path, "- fix: 2021-11-19\n  type: scramble\n", incidents=incidents)
    assert result[0].type == "scramble"


# -- where the file is -----------------------------------------------------------------------


def test_default_file_is_corrections_yaml_in_the_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert corrections_path() is None
    path = _write(tmp_path, "[]\n")
    assert corrections_path() == path.resolve() or corrections_path().samefile(path)
    with pytest.raises(CorrectionError, match=r"corrections file '.*other.yaml' not found"):
        corrections_path(tmp_path / "other.yaml")


def test_corrections_survive_re_extraction_and_the_file_is_left_alone(tmp_path):
    path = _write(tmp_path, "- fix: inc-a\n  type: joint_air_patrol\n- drop: inc-c\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Store(tmp_path / "store.gpkg") as store:
        for _ in range(2):  # each run extracts afresh, then applies the same file
            store.replace_incidents(apply_corrections(_incidents(), path, gazetteer=GAZETTEER))
        stored = _by_id(store.incidents())
    assert stored["inc-a"].type == "joint_air_patrol"
    assert "inc-c" not in stored
    assert stored["inc-a"].reason.count("corrected by analyst") == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_documented_example_is_a_valid_file(tmp_path):
    import geo.corrections

    doc = geo.corrections.__doc__
    block = doc[doc.index("::\n") + 3 : doc.index("\nA malformed file")]
    path = _write(tmp_path, block)
    corrections = load_corrections(path)  # the packaged gazetteer knows every place id
    assert [c.operation for c in corrections] == ["fix", "drop", "merge", "split"]
    assert dict(corrections[0].changes)["place"] == ("sea.japan", "sea.east-china", "ocean.pacific")
