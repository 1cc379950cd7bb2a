from datetime import date

import pytest
from shapely.geometry import LineString, Point

from geo._errors import ContractError
from geo.records import (
    Incident,
    Source,
    flat_properties,
    frame_from_incidents,
    incidents_from_frame,
    iso_date,
    validate_incident_frame,
)


def _incident(ident="i1", kind="joint_air_patrol"):
    return Incident(
        id=ident,
        type=kind,
        date="2021-11-19",
        date_precision="day",
        geometry=LineString([(135, 40), (126, 30), (135, 28)]),
        geo_precision=5,
        actors=("CN", "RU"),
        assets=("H-6K", "Tu-95"),
        count=4,
        place_ids=("sea.japan", "sea.east-china"),
        place_names=("Sea of Japan", "East China Sea"),
        sources=(Source(doc="000", quote="two aircraft", start=3, end=15),),
        reason="route through the named seas",
    )


def test_frame_round_trip_keeps_every_field():
    incident = _incident()
    frame = frame_from_incidents([incident])
    assert frame.crs.to_epsg() == 4326
    assert incidents_from_frame(frame) == [incident]


def test_flat_properties_are_scalars():
    row = frame_from_incidents([_incident()]).to_dict("records")[0]
    flat = flat_properties(row)
    assert flat["actors"] == '["CN", "RU"]'
    assert '"quote": "two aircraft"' in flat["sources"]
    assert flat["count"] == 4


def test_contract_collects_every_problem():
    frame = frame_from_incidents([_incident("a"), _incident("a", kind="bombing")])
    with pytest.raises(ContractError, match=r"duplicate ids \['a'\].*unknown types \['bombing'\]"):
        validate_incident_frame(frame)


def test_point_incident_validates():
    frame = frame_from_incidents([Incident("p", "scramble", "2022", "year", Point(130, 33), 2)])
    validate_incident_frame(frame)


@pytest.mark.parametrize(
    ("precision", "expected"), [("day", "2022-05-24"), ("month", "2022-05"), ("year", "2022")]
)
def test_iso_date(precision, expected):
    assert iso_date(date(2022, 5, 24), precision) == expected


def test_contract_names_every_incident_sharing_an_invalid_shape():
    from shapely.geometry import Polygon

    bowtie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # self-intersecting
    frame = frame_from_incidents(
        [Incident(name, "other", "2022", "year", geometry, 3)
         for name, geometry in (
             ("a", bowtie), ("b", Point(1, 1)), ("c", bowtie), ("d", Polygon(bowtie.exterior))
         )]
    )
    with pytest.raises(ContractError, match=r"invalid geometry for ids \['a', 'c', 'd'\]"):
        validate_incident_frame(frame)
