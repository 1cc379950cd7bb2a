"""Recognition: names and aliases found with exact spans, longest first, whole words only."""

from __future__ import annotations

import pytest
from _places_gazetteer import small_gazetteer

from geo.mentions import (
    DEMONYM,
    PLACE,
    ZONE,
    mentions_from_text,
    normalise,
    recognizer_for,
)


def found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.text, m.category, m.ids) for m in mentions_from_text(text, small_gazetteer())]


def place_ids(text: str) -> list[str]:
    return [m.ids[0] for m in mentions_from_text(text, small_gazetteer()) if m.category == PLACE]


def test_spans_index_the_original_text_exactly():
    text = "Off the Sea of\n  Japan, the  East China Sea near Miyako-jima and Ryūkyū Islands"
    matches = mentions_from_text(text, small_gazetteer())
    assert [m.text for m in matches] == [
        "Sea of\n  Japan",
        "East China Sea",
        "Miyako-jima",
        "Ryūkyū Islands",
    ]
    for match in matches:
        assert text[match.start : match.end] == match.text


def test_spans_survive_combining_marks_and_runs_of_spaces():
    text = "From Ryu\u0304kyu\u0304 Islands   to   Okinawa   and the Tsushima   Strait."
    matches = mentions_from_text(text, small_gazetteer())
    assert [m.ids[0] for m in matches] == ["islands.ryukyu", "island.okinawa", "strait.korea"]
    for match in matches:
        assert text[match.start : match.end] == match.text


def test_longest_match_wins():
    assert place_ids("the Sea of Japan") == ["sea.japan"]
    assert place_ids("through the Miyako Strait") == ["strait.miyako"]
    assert place_ids("through the Tsushima Strait") == ["strait.korea"]
    assert place_ids("the East China Sea ADIZ") == ["adiz.cn-ecs"]


def test_no_match_inside_a_longer_word():
    assert place_ids("Okinawan fishermen and Japanese boats") == []
    assert place_ids("the Pacifica hotel") == []
    assert [m[1] for m in found("Japanese boats")] == [DEMONYM]


def test_possessive_ends_the_name_before_the_apostrophe():
    for text in ("Japan's southern islands", "Japan’s southern islands"):
        (match,) = mentions_from_text(text, small_gazetteer())
        assert (match.text, match.start, match.end) == ("Japan", 0, 5)


def test_case_and_punctuation_variants():
    assert place_ids("THE SEA OF JAPAN") == ["sea.japan"]
    assert place_ids("minami daito and Minamidaito and Minami–Daito") == ["island.minami-daito"] * 3
    assert place_ids("the Senkakus") == ["islands.senkaku"]
    assert place_ids("the Strait of Tsugaru") == ["strait.tsugaru"]


def test_capital_acronyms_match_only_in_capitals():
    assert place_ids("let us go") == []
    assert place_ids("US forces") == ["country.us"]
    assert found("the ADIZ") == [("ADIZ", ZONE, ("adiz",))]
    assert found("a kadiz of sorts") == []


def test_ambiguous_names_keep_every_candidate_most_specific_first():
    ((_, _, ids),) = found("Okinawa")
    assert ids == ("island.okinawa", "prefecture.okinawa")


def test_zone_terms_and_demonyms_are_recognised():
    assert found("South Korean territorial waters and the air defence identification zone") == [
        ("South Korean", DEMONYM, ("country.kr",)),
        ("territorial waters", ZONE, ("territorial_sea",)),
        ("air defence identification zone", ZONE, ("adiz",)),
    ]


def test_names_without_word_spaces_match_inside_cjk_text():
    text = "中国海警船在钓鱼岛附近"
    (match,) = mentions_from_text(text, small_gazetteer())
    assert (match.ids, text[match.start : match.end]) == (("islands.senkaku",), "钓鱼岛")


def test_the_recogniser_is_built_once_per_gazetteer():
    gazetteer = small_gazetteer()
    assert recognizer_for(gazetteer) is recognizer_for(gazetteer)
    assert "sea of japan" in recognizer_for(gazetteer).keys


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [("a  b", 2, 3), ("a\u0304b", 1, 2), ("plain", 3, 3)],
)
def test_normalised_positions_map_back(text, position, expected):
    assert normalise(text).original(position) == expected


def test_japanese_suffixes_with_or_without_a_hyphen():
    assert place_ids("Miyakojima, Miyako-jima and Miyako jima") == ["island.miyako"] * 3


def test_ascii_text_folds_like_other_text():
    for gap in ("\f", "\v", "\t", "-", "\u2013"):
        for tail in ("", " \u201cquoted\u201d", " Ryūkyū"):
            text = f"the Sea of{gap}Japan{tail}"
            assert [m.text for m in mentions_from_text(text, small_gazetteer())][:1] == [
                f"Sea of{gap}Japan"
            ]
    assert found("Japan`s waters")[0][0] == "Japan"


def test_prefecture_abbreviated_as_pref():
    assert found("police in Okinawa Pref. said") == [
        ("Okinawa Pref.", PLACE, ("prefecture.okinawa",))
    ]


def test_a_hyphenated_japanese_suffix_never_swallows_the_english_word_to():
    from geo.gazetteer import Gazetteer
    from geo.mentions import Recognizer

    island = small_gazetteer().get("island.okinawa")
    renamed = type(island)(**{**island.__dict__, "aliases": ("Okinawa-to",)})
    recognizer = Recognizer(Gazetteer([renamed]))
    assert [m.text for m in recognizer.matches("ships sailed from Okinawa to Guam")] == ["Okinawa"]
