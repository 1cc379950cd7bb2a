from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import LineString, Point, box

from geo._errors import ArticleError
from geo._paths import seeds_dir
from geo._triggers import count_from_text, sentence_spans
from geo.articles import article_from_text, iter_articles
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.incidents import incidents_from_article, incidents_from_articles, merge_incidents
from geo.merge import same_incident
from geo.records import (
    Feature,
    Incident,
    Source,
    frame_from_incidents,
    validate_incident_frame,
)

# --- a small gazetteer of boxes, so the rules are tested apart from the real shapes ------------


def _feature(fid, kind, name, geometry, precision=3, aliases=(), owner=None):
    return Feature(
        id=fid,
        kind=kind,
        name_en=name,
        geometry=geometry,
        geo_precision=precision,
        aliases=tuple(aliases),
        owner=owner,
    )


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(
        [
            _feature(
                "sea.japan", "sea", "Sea of Japan", box(128, 34, 142, 46), aliases=("East Sea",)
            ),
            _feature("sea.east-china", "sea", "East China Sea", box(120, 24, 130, 33)),
            _feature(
                "ocean.pacific",
                "ocean",
                "Pacific Ocean",
                box(131, 15, 170, 33),
                aliases=("Pacific", "Western Pacific"),
            ),
            _feature("strait.tsugaru", "strait", "Tsugaru Strait", box(140, 41.2, 141.5, 41.8)),
            _feature("strait.soya", "strait", "Soya Strait", box(141.5, 45.3, 142.3, 45.8)),
            _feature(
                "islands.senkaku",
                "island_group",
                "Senkaku Islands",
                box(123.4, 25.7, 123.7, 26.0),
                precision=1,
                aliases=("Senkakus", "Diaoyu Islands"),
            ),
            _feature(
                "territorial_sea.senkaku",
                "territorial_sea",
                "Senkaku territorial sea",
                box(123.2, 25.5, 123.9, 26.2),
                precision=2,
                owner="JP",
            ),
            _feature("adiz.jp", "adiz", "Japan ADIZ", box(123, 24, 146, 46), owner="JP"),
            _feature(
                "adiz.kr",
                "adiz",
                "Korea ADIZ",
                box(124, 32, 132, 39),
                owner="KR",
                aliases=("KADIZ",),
            ),
            _feature("country.jp", "country", "Japan", box(129, 30, 146, 45.5), precision=6),
            _feature(
                "country.kr", "country", "South Korea", box(126, 34, 129.5, 38.6), precision=6
            ),
            _feature("country.cn", "country", "China", box(73, 18, 122, 53), precision=6),
            _feature("country.ru", "country", "Russia", box(27, 46, 180, 77), precision=6),
        ]
    )


def _read_all(text: str, published: date) -> list:
    """The incidents of ``text`` read with the whole gazetteer, published on that day."""
    return _read(text, load_gazetteer(), published, doc="s")


def _read(text, gazetteer, published=date(2021, 11, 24), doc="t1"):
    article = article_from_text(text, doc=doc, published=published)
    return incidents_from_article(article, gazetteer)


def _only(incidents, kind):
    found = [i for i in incidents if i.type == kind]
    assert len(found) == 1, [(i.type, i.date, i.actors) for i in incidents]
    return found[0]


# --- text rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "count"),
    [
        ("two aircraft from each country flew over the sea", 2, 4),
        ("Four Chinese and 15 Russian military aircraft entered the zone", 2, 19),
        ("five Chinese military planes and six Russian aircraft entered", 2, 11),
        ("4 Chinese, 4 Russian military planes entered", 2, 8),
        ("Fifteen Chinese vessels entered the waters", 1, 15),
        ("three Chinese aircraft, including two H-6K bombers and one Y-9", 1, 3),
        ("On April 1, three Chinese aircraft, including two H-6K bombers, crossed", 1, 3),
        ("a Type 055 destroyer sailed north", 1, None),
        ("about 420 takeoffs and landings by fighter jets", 1, None),
        ("from around 12:21 to around 12:36, one helicopter violated the airspace", 1, 1),
        ("Of the 21 aircraft, 13 crossed the median line of the Taiwan Strait", 1, 13),
        ("Of the 21 aircraft, J-16 fighters crossed the median line", 1, None),
        ("On 19 November two Tu-95 bombers flew", 1, 2),
        ("Yesterday, 19 November, two Tu-142MZ aircraft carried out a flight", 1, 2),
        ("The day before, a single Chinese Y-8 aircraft briefly entered the zone", 1, 1),
        ("In a single day, ten Chinese aircraft entered the zone", 1, 10),
    ],
)
def test_counts_in_words_and_digits(text, actors, count):
    assert count_from_text(text, actors) == count


def test_sentences_keep_offsets_and_abbreviations():
    text = "The radar incident on Dec. 6 worried Tokyo. The U.S. Navy said so.Then more."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "The radar incident on Dec. 6 worried Tokyo.",
        "The U.S. Navy said so.",
        "Then more.",
    ]


def test_a_time_of_day_ends_a_sentence_when_a_new_one_opens_after_it():
    text = "It lasted until 6:37 p.m. The F-15s landed at 7 p.m. Tuesday, it said."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "It lasted until 6:37 p.m.",
        "The F-15s landed at 7 p.m. Tuesday, it said.",
    ]


def test_route_through_the_seas_in_text_order(gazetteer):
    found = _read(
        "On Friday, Chinese and Russian bombers held a joint patrol, flying over the Sea of Japan "
        "and the East China Sea before heading toward the Pacific Ocean.",
        gazetteer,
    )
    patrol = _only(found, "joint_air_patrol")
    assert patrol.place_ids == ("sea.japan", "sea.east-china", "ocean.pacific")
    assert patrol.geo_precision == 5
    assert isinstance(patrol.geometry, LineString) and len(patrol.geometry.coords) == 3
    for (x, y), fid in zip(patrol.geometry.coords, patrol.place_ids, strict=True):
        assert gazetteer.get(fid).geometry.buffer(1e-9).covers(Point(x, y))
    assert (patrol.date, patrol.date_precision) == ("2021-11-19", "day")
    assert patrol.actors == ("CN", "RU")
    assert "route Sea of Japan -> East China Sea -> Pacific Ocean" in patrol.reason
    assert "'Friday' resolved against published 2021-11-24" in patrol.reason


def test_the_side_that_acted_not_the_one_that_reported_or_scrambled(gazetteer):
    found = _read(
        "Japan's Defense Ministry said two Chinese bombers entered Japan's air defense "
        "identification zone on Tuesday, and Japan scrambled fighter jets in response.",
        gazetteer,
    )
    entry = _only(found, "adiz_entry")
    assert (entry.actors, entry.role, entry.date) == (("CN",), "primary", "2021-11-23")
    assert entry.count == 2 and "bombers" in entry.assets
    scramble = _only(found, "scramble")
    assert (scramble.actors, scramble.role, scramble.date) == (("JP",), "response", "2021-11-23")


def test_report_date_is_not_the_event_date(gazetteer):
    found = _read(
        "The Defense Ministry said Saturday that three Chinese warships sailed through the "
        "Tsugaru Strait on Thursday.",
        gazetteer,
    )
    transit = _only(found, "strait_transit")
    assert (transit.date, transit.place_ids, transit.count) == (
        "2021-11-18",
        ("strait.tsugaru",),
        3,
    )


def test_without_an_event_date_the_week_up_to_the_report(gazetteer):
    found = _read(
        "Six Russian Navy vessels passed through the Soya Strait, the minister told "
        "a news conference Tuesday.",
        gazetteer,
    )
    transit = _only(found, "strait_transit")
    assert (transit.date, transit.date_end, transit.date_precision) == (
        "2021-11-17",
        "2021-11-23",
        "week",
    )
    assert "the week up to the report date" in transit.reason


def test_earlier_incidents_the_article_dates_are_background(gazetteer):
    found = _read(
        "A joint patrol by Russian and Chinese bombers near Japan this week worried Tokyo. "
        "Officials said the joint patrol was the fourth, after previous ones in July 2019, "
        "December 2020, and November 2021.",
        gazetteer,
        published=date(2022, 5, 26),
    )
    patrols = [i for i in found if i.type == "joint_air_patrol"]
    assert sorted((i.date, i.date_precision, i.role) for i in patrols) == [
        ("2019-07", "month", "background"),
        ("2020-12", "month", "background"),
        ("2021-11", "month", "background"),
        ("2022-05-23", "week", "primary"),
    ]


def test_details_in_the_next_sentences_join_the_incident(gazetteer):
    found = _read(
        "In June, Chinese and Russian bombers jointly patrolled the Sea of Japan. They also "
        "patrolled over the East China Sea. The six aircraft included Russian Tu-95 and Chinese "
        "H-6K bombers.",
        gazetteer,
        published=date(2023, 7, 28),
    )
    patrol = _only(found, "joint_air_patrol")
    assert patrol.place_ids == ("sea.japan", "sea.east-china")
    assert set(patrol.assets) >= {"Tu-95", "H-6K"} and patrol.count == 6
    assert len(patrol.sources) == 3


def test_zone_entry_near_named_islands_uses_their_zone(gazetteer):
    found = _read(
        "Tensions remain high over the Senkaku Islands. On Wednesday, four China Coast Guard "
        "vessels entered Japanese territorial waters near the disputed islands. Fifteen Chinese "
        "vessels entered the waters during March this year.",
        gazetteer,
        published=date(2025, 12, 11),
    )
    entries = sorted(
        (i for i in found if i.type == "territorial_waters_entry"), key=lambda i: i.date
    )
    assert [(i.date, i.count, i.role, i.place_ids) for i in entries] == [
        ("2025-03", 15, "background", ("territorial_sea.senkaku",)),
        ("2025-12-10", 4, "primary", ("territorial_sea.senkaku",)),
    ]
    assert all(i.actors == ("CN",) for i in entries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese and Russian bombers flew together over the East China Sea on Wednesday.",
            [("joint_air_patrol", "2021-11-24", ("CN", "RU"), "primary")],
        ),
        (
            "Chinese coast guard ships intruded into Japan's territorial waters around the Senkaku "
            "Islands for the 30th time this year on Thursday.",
            [("territorial_waters_entry", "2021-11-18", ("CN",), "primary")],
        ),
        (
            "China and Russia began a joint naval exercise, Northern/Interaction-2021, in the Sea "
            "of Japan on Monday.",
            [("joint_naval_exercise", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "İzmir aside, two Chinese warships sailed through the Tsugaru Strait on Monday.",
            [("strait_transit", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "North Korea test-fired an ICBM that fell into the Sea of Japan on Friday.",
            [("missile_launch", "2021-11-19", ("KP",), "primary")],
        ),
        (
            "Japan protested after Chinese coast guard ships made an incursion into Japan's "
            "territorial waters near the Senkaku Islands on Monday.",
            [("territorial_waters_entry", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "A Russian bomber flew over the Sea of Japan on Thursday, and the ASDF scrambled "
            "fighters.",
            [
                ("other", "2021-11-18", ("RU",), "primary"),
                ("scramble", "2021-11-18", ("JP",), "response"),
            ],
        ),
        (
            "SEOUL, South Korea (AP) - North Korea fired a ballistic missile over Japan on "
            "Tuesday.",
            [("missile_launch", "2021-11-23", ("KP",), "primary")],
        ),
        (
            "A Russian Tu-142 patrol aircraft flew a long loop along the coast on Monday, the "
            "ministry said.",
            [("other", "2021-11-22", ("RU",), "primary")],
        ),
        (
            "A Russian Il-20 intelligence aircraft approached the Sea of Japan coast on Monday, "
            "prompting the ASDF to scramble fighter jets.",
            [
                ("other", "2021-11-22", ("RU",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
            ],
        ),
        (
            "Japan's Defense Ministry says two Chinese destroyers sailed through the Tsugaru "
            "Strait the previous day.",
            [("strait_transit", "2021-11-23", ("CN",), "primary")],
        ),
        (
            "A Chinese research vessel carried out a survey inside Japan's exclusive economic "
            "zone from Nov. 3-5 without consent, the coast guard said Tuesday.",
            [("other", "2021-11-03", ("CN",), "primary")],
        ),
        (
            "The ministry said a Chinese helicopter flew abnormally close to a Japanese "
            "destroyer in the East China Sea on Monday.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Thursday, a Russian Il-38 patrol aircraft spent several hours off the Noto "
            "Peninsula before circling north of the Oki Islands.",
            [("other", "2021-11-18", ("RU",), "primary")],
        ),
        (
            "A Vishnya-class intelligence ship was photographed on Saturday some 40 nautical "
            "miles east of Cape Erimo.",
            [("other", "2021-11-20", ("RU",), "primary")],
        ),
        (
            "The Chinese carrier Liaoning was spotted at 9 a.m. Tuesday southeast of Miyako. "
            "The ships then passed through the Miyako Strait into the Pacific.",
            [("strait_transit", "2021-11-23", ("CN",), "primary")],
        ),
        (
            "Chinese and Russian bombers flew together over the Sea of Japan on Tuesday. None "
            "of the planes entered Japanese airspace. It was the first joint flight since "
            "May, when two H-6s and two Tu-95s flew together over the East China Sea.",
            [
                ("joint_air_patrol", "2021-05", ("CN", "RU"), "background"),
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "A Russian Il-20 flew on Tuesday from waters off Hokkaido south to the Noto "
            "Peninsula. Chinese bombers entered the KADIZ the same morning.",
            [
                ("adiz_entry", "2021-11-23", ("CN",), "primary"),
                ("other", "2021-11-23", ("RU",), "primary"),
            ],
        ),
        (
            "Two China Coast Guard ships left Japanese territorial waters near the Senkaku "
            "Islands on Sunday afternoon after staying there for 80 hours and 36 minutes.",
            [("territorial_waters_entry", "2021-11-18", ("CN",), "primary")],
        ),
        (
            "Fighter jets took off from and landed on the Chinese carrier Liaoning on Saturday "
            "and again on Sunday in waters south of Miyako.",
            [("carrier_operations", "2021-11-20", ("CN",), "primary")],
        ),
        (
            "Two Tu-95MS bombers of Russia's Long-Range Aviation have performed a flight over "
            "the Sea of Japan, the ministry said on Wednesday. The flight took place on "
            "Monday and lasted more than eight hours.",
            [("other", "2021-11-22", ("RU",), "primary")],
        ),
        (
            "Two Chinese aircraft entered the KADIZ on Monday, prompting the Air Force to "
            "scramble fighter jets.",
            [
                ("adiz_entry", "2021-11-22", ("CN",), "primary"),
                ("scramble", "2021-11-22", ("KR",), "response"),
            ],
        ),
        (
            "On June 6, Chinese and Russian bombers flew jointly from the Sea of Japan out to "
            "the Pacific between Okinawa and Miyako islands.",
            [("joint_air_patrol", "2021-06-06", ("CN", "RU"), "background")],
        ),
        (
            "Last September, seven Chinese ships passed near the Izu Islands south of Tokyo "
            "before heading west through the Tsugaru Strait.",
            [("strait_transit", "2021-09", ("CN",), "background")],
        ),
        (
            "North Korea launched two ballistic missiles toward the Sea of Japan on Tuesday. "
            "North Korea fired one missile on Sunday, two on Friday and two more on Saturday.",
            [
                ("missile_launch", "2021-11-19", ("KP",), "background"),
                ("missile_launch", "2021-11-20", ("KP",), "background"),
                ("missile_launch", "2021-11-21", ("KP",), "background"),
                ("missile_launch", "2021-11-23", ("KP",), "primary"),
            ],
        ),
        (
            "The carrier took part in joint drills with South Korean warships in the Sea of "
            "Japan from Monday through Tuesday.",
            [("joint_naval_exercise", "2021-11-22", ("KR",), "primary")],
        ),
        (
            "A Russian Il-20 flew down from the Sea of Japan on Friday, then turned back north. "
            "ASDF fighters from Naha scrambled.",
            [
                ("other", "2021-11-19", ("RU",), "primary"),
                ("scramble", "2021-11-19", ("JP",), "response"),
            ],
        ),
        (
            "In May 2017, a drone launched from a Chinese ship flew over the Senkaku Islands.",
            [("airspace_violation", "2017-05", ("CN",), "background")],
        ),
        (
            "The ministry protested to Beijing over the violation of Japanese airspace by a "
            "Chinese balloon on Monday.",
            [("airspace_violation", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "The flight came one day after a Chinese Y-9 aircraft violated Japanese airspace.",
            [("airspace_violation", "2021-11-23", ("CN",), "background")],
        ),
        (
            "Warships of Russia and China have completed a joint naval patrol in the Sea of "
            "Japan, the fleet said. "
            '"Between November 19 and 20, the detachment passed through the Tsugaru Strait," it '
            "said.",
            [
                ("joint_naval_patrol", "2021-11-19", ("CN", "RU"), "primary"),
                ("strait_transit", "2021-11-19", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "In June 2014 Chinese Su-27 fighters flew within about 30 meters of a Japanese "
            "surveillance plane over the East China Sea.",
            [("other", "2014-06", ("CN",), "background")],
        ),
        (
            "Japan protested over a buoy that Chinese authorities placed in Japan's exclusive "
            "economic zone near the Senkaku Islands on Monday.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "According to Japan's Joint Staff, the Il-38 flew on Thursday over the Sea of Japan.",
            [("other", "2021-11-18", ("RU",), "primary")],
        ),
        (
            "Two Russian Tu-95 bombers flew over the Sea of Japan on Monday, the ministry said. "
            "The flight lasted eight hours. It was escorted by Su-30 fighters. Officials gave "
            "no reason. Japanese fighters were scrambled.",
            [
                ("other", "2021-11-22", ("RU",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
            ],
        ),
        (
            "A Chinese ship and two Russian destroyers passed through the Tsugaru Strait "
            "separately on Sunday, several hours apart.",
            [
                ("strait_transit", "2021-11-21", ("CN",), "primary"),
                ("strait_transit", "2021-11-21", ("RU",), "primary"),
            ],
        ),
        (
            "Chinese J-15 fighters directed their radar at Japanese F-15 fighters over the "
            "Sea of Japan on Saturday.",
            [("radar_lockon", "2021-11-20", ("CN",), "primary")],
        ),
        (
            "Chinese ships passed through the Tsugaru Strait on Monday. A Chinese frigate had "
            "sailed through the Soya Strait on Tuesday last week.",
            [
                ("strait_transit", "2021-11-16", ("CN",), "background"),
                ("strait_transit", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "Two Chinese and four Russian aircraft entered the KADIZ without prior notice on "
            "Tuesday, the military said separately.",
            [("adiz_entry", "2021-11-23", ("CN", "RU"), "primary")],
        ),
        (
            "Five ballistic missiles fired by China during drills on Thursday landed inside "
            "Japan's exclusive economic zone.",
            [("missile_launch", "2021-11-18", ("CN",), "primary")],
        ),
        (
            "On Monday, four Chinese coast guard ships entered Japanese territorial waters near "
            "the Senkaku Islands. They stayed in the territorial waters for more than 20 hours, "
            "leaving early Tuesday morning.",
            [("territorial_waters_entry", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "A Chinese survey ship entered Japanese territorial waters near the Senkaku Islands "
            "on Sunday and left them on Monday, heading east.",
            [("territorial_waters_entry", "2021-11-21", ("CN",), "primary")],
        ),
        (
            "Chinese and Russian ships sailed through the Tsugaru Strait on Thursday, the "
            "ministry said Friday. A day earlier, two Russian helicopters flew near the Sea of "
            "Japan coast.",
            [
                ("other", "2021-11-17", ("RU",), "primary"),
                ("strait_transit", "2021-11-18", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "Ten Chinese and Russian ships sailed through the Soya Strait in July after the "
            "countries' joint exercise in the Sea of Japan.",
            [("strait_transit", "2021-07", ("CN", "RU"), "background")],
        ),
        (
            "China and Russia held their first joint naval patrol in October 2021, when 10 "
            "ships sailed through the Tsugaru Strait. Chinese ships passed through the Soya "
            "Strait on Tuesday.",
            [
                ("joint_naval_patrol", "2021-10", ("CN", "RU"), "background"),
                ("strait_transit", "2021-10", ("CN", "RU"), "background"),
                ("strait_transit", "2021-11-23", ("CN",), "primary"),
            ],
        ),
        (
            "Two Russian Tu-95MS bombers flew over the Sea of Japan on Monday. On the same "
            "day, a Russian Il-20 aircraft flew over the Sea of Japan off the coast.",
            [
                ("other", "2021-11-22", ("RU",), "primary"),
                ("other", "2021-11-22", ("RU",), "primary"),
            ],
        ),
        (
            "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together over the Sea "
            "of Japan on Tuesday. Four Chinese J-16 fighter jets escorted the bombers as they "
            "passed through the Tsugaru Strait. Separately, a Russian Il-20 flew over the Sea "
            "of Japan.",
            [
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
                ("other", "2021-11-23", ("RU",), "primary"),
            ],
        ),
        (
            "Chinese J-15 fighters made abnormal approaches to a Japanese patrol plane over the "
            "Sea of Japan on Saturday and Sunday.",
            [
                ("other", "2021-11-20", ("CN",), "primary"),
                ("other", "2021-11-21", ("CN",), "primary"),
            ],
        ),
        (
            "Russia's Defense Ministry said the exercise will be held in the Sea of Japan from "
            "Tuesday, involving more than 10 warships.",
            [],
        ),
        (
            "US and Japanese forces conducted a joint exercise over the Sea of Japan Tuesday "
            "that reaffirmed the nations' will not to tolerate changes by force.",
            [("joint_naval_exercise", "2021-11-23", ("JP", "US"), "primary")],
        ),
        (
            "Chinese and Russian warships entered the Sea of Japan through two different "
            "straits over the weekend.",
            [
                ("strait_transit", "2021-11-20", ("CN",), "primary"),
                ("strait_transit", "2021-11-20", ("RU",), "primary"),
            ],
        ),
        (
            "Two Chinese and two Russian aircraft entered the KADIZ on Tuesday, the military "
            "said. The aircraft left after an hour. Officials gave no reason. Japan's ministry "
            "said two Chinese and two Russian bombers flew together over the Sea of Japan.",
            [
                ("adiz_entry", "2021-11-23", ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "A Russian Tu-142 made a similar trip along the Sea of Japan coast on Jan. 25.",
            [("other", "2021-01-25", ("RU",), "background")],
        ),
        (
            "Last month, Tokyo accused a Russian Il-38 of violating Japanese airspace three "
            "times near the Senkaku Islands.",
            [("airspace_violation", "2021-10", ("RU",), "background")],
        ),
        (
            "The previous intrusion was on April 20, when a Chinese vessel passed through "
            "Japanese waters near the Senkaku Islands.",
            [("territorial_waters_entry", "2021-04-20", ("CN",), "background")],
        ),
        (
            "NORTH KOREA\n\nWednesday, around 6:50 a.m.: several ballistic missiles fired from "
            "the Kaechon area into the Sea of Japan, the military said.",
            [("missile_launch", "2021-11-24", ("KP",), "primary")],
        ),
        (
            "The three Chinese ships were inside Japan's contiguous zone from Tuesday night "
            "(Nov 16) until early Wednesday (Nov 17).",
            [("contiguous_zone_entry", "2021-11-16", ("CN",), "primary")],
        ),
        (
            "Two Chinese coast guard ships left Japanese territorial waters near the Senkaku "
            "Islands on Sunday evening after a stay of 80 hours and 36 minutes.",
            [("territorial_waters_entry", "2021-11-18", ("CN",), "primary")],
        ),
        (
            "Russian bombers flew over the Sea of Japan on Tuesday, days after Chinese jets "
            "locked their radar onto Japanese fighters over the East China Sea.",
            [
                ("other", "2021-11-23", ("RU",), "primary"),
                ("radar_lockon", "2021-11-23", ("CN",), "background"),
            ],
        ),
        (
            "Last December, Chinese and Russian bombers flew between the East China Sea and the "
            "Sea of Japan.",
            [("joint_air_patrol", "2020-12", ("CN", "RU"), "background")],
        ),
        (
            "North Korea fired a missile into the Sea of Japan early Thursday. Officials said "
            "little. About an hour later, two missiles were fired toward the Sea of Japan, and "
            "on Thursday night the North launched three more missiles.",
            [
                ("missile_launch", "2021-11-18", ("KP",), "primary"),
                ("missile_launch", "2021-11-18", ("KP",), "primary"),
            ],
        ),
        (
            "Chinese experts on Sunday dismissed Japan's hype over a Chinese survey ship that "
            "Tokyo said had passed through Japanese territorial waters near the Senkaku Islands, "
            "saying it was exercising the right of innocent passage. The ship entered the "
            "waters at 6 a.m. on Saturday.",
            [("territorial_waters_entry", "2021-11-20", ("CN",), "primary")],
        ),
        (
            "Tokyo says a South Korean destroyer locked its fire-control radar on a Japanese "
            "patrol plane over the Sea of Japan on Thursday.",
            [("radar_lockon", "2021-11-18", ("KR",), "primary")],
        ),
        (
            "On Wednesday, Russian helicopters took off from the destroyers in waters of the Sea "
            "of Japan, prompting the ASDF to scramble fighters.",
            [
                ("other", "2021-11-24", ("RU",), "primary"),
                ("scramble", "2021-11-24", ("JP",), "response"),
            ],
        ),
        (
            "Chinese ships passed through the Tsugaru Strait on Tuesday. Last week, a Chinese "
            "carrier sailed through the Soya Strait.",
            [
                ("strait_transit", "2021-11-15", ("CN",), "background"),
                ("strait_transit", "2021-11-23", ("CN",), "primary"),
            ],
        ),
        (
            "Chinese fighters made abnormal approaches to a Japanese patrol plane over the Sea "
            "of Japan on two consecutive days last weekend.",
            [
                ("other", "2021-11-20", ("CN",), "primary"),
                ("other", "2021-11-21", ("CN",), "primary"),
            ],
        ),
        (
            "Chinese ships stayed in Japanese territorial waters near the Senkaku Islands on two "
            "consecutive days last weekend.",
            [("territorial_waters_entry", "2021-11-20", ("CN",), "primary")],
        ),
        (
            "On Monday, Chinese and Russian bombers held a joint air patrol over the Sea of "
            "Japan. The ministry called it routine. It said the plan was agreed in advance. "
            "Officials gave no reason. Analysts saw a message to Washington. Tokyo voiced its "
            "concern. Seoul did too. South Korea's Joint Chiefs of Staff said two Chinese and "
            "six Russian aircraft entered the Korea Air Defense Identification Zone.",
            [
                ("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary"),
                ("adiz_entry", "2021-11-22", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "On Monday, the Chinese carrier Liaoning sailed through the Tsugaru Strait, the "
            "first time a Chinese carrier had entered Japan's contiguous zone.",
            [("strait_transit", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "An ASDF fighter fired a signal flare for the first time ever as a Russian aircraft "
            "violated Japanese airspace north of Hokkaido on Monday.",
            [("airspace_violation", "2021-11-22", ("RU",), "primary")],
        ),
        (
            "Notes (Japan Ministry of Defense, November 23): The Liaoning group was confirmed on "
            "Saturday in the Sea of Japan, with fighters taking off from and landing on the "
            "carrier. The Shandong group conducted fighter take-offs and landings in the East "
            "China Sea on Monday.",
            [
                ("carrier_operations", "2021-11-20", ("CN",), "primary"),
                ("carrier_operations", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "On Saturday the carrier Liaoning was spotted about 300 kilometers southwest of "
            "Minamitorishima, inside Japan's exclusive economic zone, with fighter jets and "
            "helicopters taking off and landing from its deck, according to a ministry release "
            "earlier this week.",
            [("carrier_operations", "2021-11-20", ("CN",), "primary")],
        ),
        (
            "The Liaoning passed through the Miyako Strait on Saturday, after which the carrier "
            "began launching and recovering fighter jets and helicopters in the Pacific.",
            [
                ("carrier_operations", "2021-11-20", ("CN",), "primary"),
                ("strait_transit", "2021-11-20", ("CN",), "primary"),
            ],
        ),
        (
            "Japan's Defense Ministry says Chinese and Russian naval vessels sailed through the "
            "Osumi Strait on Tuesday. Officials say two Chinese destroyers passed eastward through "
            "the strait on Tuesday morning. Three Russian ships followed the same route several "
            "hours later.",
            [
                ("strait_transit", "2021-11-23", ("CN",), "primary"),
                ("strait_transit", "2021-11-23", ("RU",), "primary"),
            ],
        ),
        (
            "Four Chinese and 15 Russian military aircraft entered the KADIZ on Tuesday. Four "
            "Chinese warplanes entered the KADIZ from the west. Fifteen Russian warplanes "
            "entered the KADIZ from the north.",
            [("adiz_entry", "2021-11-23", ("CN", "RU"), "primary")],
        ),
        (
            "Five Chinese navy vessels sailed through the Tsushima Strait over the weekend, the "
            "ministry said, as Russia on Tuesday launched large-scale naval exercises with China "
            "in the Sea of Japan.",
            [
                ("joint_naval_exercise", "2021-11-23", ("CN", "RU"), "primary"),
                ("strait_transit", "2021-11-20", ("CN",), "primary"),
            ],
        ),
        (
            "Five Chinese navy vessels sailed northeast through the Tsushima Strait on Monday, "
            "passing between Tsushima and Iki islands. The group had been spotted in the East "
            "China Sea about 150 km west of the Goto Islands on Sunday.",
            [("strait_transit", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday, the Liaoning and two destroyers sailed between Yonaguni and Iriomote "
            "islands, entering Japan's contiguous zone.",
            [("strait_transit", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "The Chinese carrier Liaoning was in the Pacific this week. The ministry said "
            "fighter takeoffs and landings were confirmed on Monday south of Miyako Island.",
            [("carrier_operations", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "China conducted about 570 takeoffs and landings at its flattop Shandong in the "
            "Pacific over the nine days to Sunday. The Shandong's third entry into the Pacific "
            "was confirmed on Nov. 13, the ministry said.",
            [("carrier_operations", "2021-11-13", ("CN",), "primary")],
        ),
        (
            "Two Chinese coast guard ships entered Japanese territorial waters near the Senkaku "
            "Islands on Monday. Chinese government ships have now been seen in the contiguous "
            "zone for nine consecutive days.",
            [
                ("territorial_waters_entry", "2021-11-22", ("CN",), "primary"),
                ("contiguous_zone_entry", "2021-11-14", ("CN",), "primary"),
            ],
        ),
        (
            "From Nov. 22 (Mon) to today, the MSDF confirmed fighters taking off from and "
            "landing on the aircraft carrier Liaoning in the East China Sea.",
            [("carrier_operations", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday, two Chinese destroyers passed through the Tsugaru Strait into the "
            "Pacific, where they joined three ships that had transited the previous day.",
            [("strait_transit", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday, two Russian missile ships fired two cruise missiles at a target in the "
            "Sea of Japan. Two Russian Tu-95 bombers flew over the Sea of Japan the same day.",
            [
                ("missile_launch", "2021-11-22", ("RU",), "primary"),
                ("other", "2021-11-22", ("RU",), "primary"),
            ],
        ),
        (
            "Four Russian landing ships passed through the Tsugaru Strait on Wednesday. Earlier "
            "this week, a Russian Il-20 flew south over the Sea of Japan.",
            [
                ("strait_transit", "2021-11-24", ("RU",), "primary"),
                ("other", "2021-11-22", ("RU",), "background"),
            ],
        ),
        (
            "Chinese and Russian warships sailed together around Japan on Monday.",
            [("joint_naval_patrol", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "Ten Chinese and Russian warships sailed through the Tsugaru Strait on Monday, then "
            "sailed north along the Pacific coast and left through the Soya Strait.",
            [
                ("strait_transit", "2021-11-22", ("CN", "RU"), "primary"),
                ("joint_naval_patrol", "2021-11-22", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "Chinese and Russian bombers flew over the Sea of Japan on Monday. The previous "
            "patrol took place in December last year.",
            [
                ("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2020-12", ("CN", "RU"), "background"),
            ],
        ),
        (
            "Two China Coast Guard ships entered Japan's territorial waters near the Senkaku "
            "Islands on Monday. The previous record, 72 hours and 45 minutes, was set in July.",
            [
                ("territorial_waters_entry", "2021-11-22", ("CN",), "primary"),
                ("territorial_waters_entry", "2021-07", ("CN",), "background"),
            ],
        ),
        (
            "Chinese bombers entered the KADIZ on Monday. The first China-Russia joint "
            "strategic air patrol was held in July 2019.",
            [
                ("adiz_entry", "2021-11-22", ("CN",), "primary"),
                ("joint_air_patrol", "2019-07", ("CN", "RU"), "background"),
            ],
        ),
        (
            "A Chinese drone flew over the Senkaku Islands on Monday. The flight was the first "
            "by a military drone, and it took place in the morning.",
            [("airspace_violation", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "TOKYO, Nov. 24 Kyodo - Chinese bombers flew over the Sea of Japan on Monday, "
            "prompting the Air Self-Defense Force to scramble fighter jets.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
            ],
        ),
        (
            "On Monday, two Chinese bombers flew through the Tsugaru Strait into the Pacific, "
            "and the following day a Chinese drone flew about 200 km north of the Senkaku "
            "Islands.",
            [
                ("strait_transit", "2021-11-22", ("CN",), "primary"),
                ("other", "2021-11-23", ("CN",), "primary"),
            ],
        ),
        (
            "Japan's defense minister claimed on Tuesday that a Chinese frigate had directed "
            'fire-control radar at a destroyer on Monday and had also "locked on" to a '
            "helicopter on Sunday.",
            [
                ("radar_lockon", "2021-11-22", ("CN",), "primary"),
                ("radar_lockon", "2021-11-21", ("CN",), "primary"),
            ],
        ),
        (
            "On Monday, Japan sent F-15 fighters to follow a Chinese Y-8 aircraft over the East "
            "China Sea.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
            ],
        ),
        (
            "Two China Coast Guard ships carried out a patrol in the territorial waters of the "
            "Senkaku Islands on Monday.",
            [("territorial_waters_entry", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday, 35 Chinese aircraft entered South Korea's northern, southern and eastern "
            "ADIZ.",
            [("adiz_entry", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday afternoon, Chinese J-15 fighters from the carrier directed their radar at "
            "Japanese F-15s.",
            [("radar_lockon", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Nov. 22: the Defense Ministry confirmed the carrier Liaoning operating in the "
            "Pacific.",
            [("carrier_operations", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Chinese ships entered Japanese territorial waters near the Senkaku Islands on "
            "Monday, while the number of Chinese coast guard vessels in the contiguous zone rose "
            "to a record 13.",
            [
                ("territorial_waters_entry", "2021-11-22", ("CN",), "primary"),
                ("contiguous_zone_entry", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "On Monday, two China Coast Guard ships followed a fishing boat into Japan's "
            "territorial waters near the Senkaku Islands.",
            [("territorial_waters_entry", "2021-11-22", ("CN",), "primary")],
        ),
        (
            'A Chinese balloon flew over the Senkaku Islands in November 2019. "Violation of '
            "Japan's airspace by foreign reconnaissance balloons is totally unacceptable,\" the "
            "spokesman said on Tuesday, adding that Tokyo had protested the previous day.",
            [("airspace_violation", "2019-11", ("CN",), "background")],
        ),
        (
            "A Russian A-50 violated South Korea's airspace on Monday, the JCS said.\n\nThe "
            "ministry summoned the Russian envoy.\n\nSeoul lodged a protest.\n\nOfficials "
            "met.\n\nThe incident came as two Chinese bombers flew through the KADIZ without "
            "notice.",
            [
                ("airspace_violation", "2021-11-22", ("RU",), "primary"),
                ("adiz_entry", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "Two Chinese fighter jets flew close to a Japanese plane over the East China Sea on "
            "Monday, Japan said.\n\nThe two Su-27 fighters approached a surveillance plane at "
            "around 11 a.m. and, about an hour later, flew within 45 metres of another aircraft, "
            "the Defense Ministry said.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Russian military aircraft last violated Japan's airspace in June 2019, when two "
            "Tu-95 bombers flew over waters near islands south of Tokyo. Japan's ASDF scrambles "
            "fighters hundreds of times a year, mostly against Chinese aircraft.",
            [("airspace_violation", "2019-06", ("RU",), "background")],
        ),
        (
            "The missile launches marked the start of China's largest-ever military drills "
            "around Taiwan, staged from noon on Wednesday until noon on Saturday.",
            [("other", "2021-11-24", ("CN",), "primary")],
        ),
        (
            "Two Chinese and four Russian military aircraft entered the KADIZ on Monday and flew "
            "northeast through the Korea Strait. This is the second time this year that Chinese "
            "and Russian aircraft have entered the KADIZ together, following the flight on June "
            "6, when four aircraft from each country entered the zone.",
            [
                ("adiz_entry", "2021-11-22", ("CN", "RU"), "primary"),
                ("adiz_entry", "2021-06-06", ("CN", "RU"), "background"),
            ],
        ),
        (
            "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew from the East China Sea "
            "to the Pacific on Tuesday. Some 15 aircraft believed to be Chinese fighters were "
            "confirmed flying over the East China Sea, apparently to escort the bombers. On "
            "Monday, the same four bombers flew together from the Sea of Japan to the East China "
            "Sea.",
            [
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "It was the first joint flight by Chinese and Russian bombers since last November, "
            "when the bombers flew from the Sea of Japan to the Pacific. South Korea's military "
            "said on Tuesday that four Chinese and four Russian aircraft had entered the KADIZ "
            "without prior notice.",
            [
                ("joint_air_patrol", "2020-11", ("CN", "RU"), "background"),
                ("adiz_entry", "2021-11-23", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "North Korea fired a ballistic missile over Japan on Tuesday. The last North Korean "
            "missile to fly over Japan was a missile launched in September 2017. It fired "
            "short-range missiles on November 12, 15 and 18, and again on Sunday.",
            [
                ("missile_launch", "2021-11-23", ("KP",), "primary"),
                ("missile_launch", "2017-09", ("KP",), "background"),
                ("missile_launch", "2021-11-12", ("KP",), "background"),
                ("missile_launch", "2021-11-15", ("KP",), "background"),
                ("missile_launch", "2021-11-18", ("KP",), "background"),
                ("missile_launch", "2021-11-21", ("KP",), "background"),
            ],
        ),
        (
            "Japan protested to South Korea after a South Korean destroyer directed its "
            "fire-control radar at a Japanese patrol plane on Monday.",
            [("radar_lockon", "2021-11-22", ("KR",), "primary")],
        ),
        (
            "Chinese bombers flew over the Sea of Japan on Monday, and Japan scrambled fighter "
            "jets. On Tuesday, a Chinese drone flew over the East China Sea, and fighters were "
            "scrambled again.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
                ("other", "2021-11-23", ("CN",), "primary"),
                ("scramble", "2021-11-23", ("JP",), "response"),
            ],
        ),
        (
            "Chinese and Russian bombers carried out a joint air patrol over the Sea of Japan on "
            "Monday. This was the third joint air patrol by the two countries. The first took "
            "place in July 2019 and the second in December 2020.",
            [
                ("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2019-07", ("CN", "RU"), "background"),
                ("joint_air_patrol", "2020-12", ("CN", "RU"), "background"),
            ],
        ),
        (
            "Two China Coast Guard ships entered Japan's territorial waters near the Senkaku "
            "Islands on Monday. The vessels stayed for 80 hours, the longest intrusion since the "
            "islands were placed under national ownership in September 2012, exceeding the "
            "previous record of about 72 hours set in December last year.",
            [
                ("territorial_waters_entry", "2021-11-22", ("CN",), "primary"),
                ("territorial_waters_entry", "2020-12", ("CN",), "background"),
            ],
        ),
        (
            "A Chinese plane flew over the Senkaku Islands in December 2012, and a Chinese Y-9 "
            "entered Japanese airspace near the Senkaku Islands in August 2020.",
            [
                ("airspace_violation", "2012-12", ("CN",), "background"),
                ("airspace_violation", "2020-08", ("CN",), "background"),
            ],
        ),
        (
            "Four Chinese coast guard ships sailed into restricted waters around the islands on "
            "Monday, and another four did so on Tuesday morning.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("other", "2021-11-23", ("CN",), "primary"),
            ],
        ),
        (
            "Chinese warships passed through the Tsugaru Strait on Monday. China and Russia have "
            "held the Joint Sea series since 2012, when the first exercise was held in the Sea of "
            "Japan.",
            [
                ("strait_transit", "2021-11-22", ("CN",), "primary"),
                ("joint_naval_exercise", "2012", ("CN", "RU"), "background"),
            ],
        ),
        (
            "The ministry has tracked the Chinese carrier group since it passed through the "
            "Tsugaru Strait into the Pacific on Sunday.",
            [("strait_transit", "2021-11-21", ("CN",), "primary")],
        ),
        (
            "North Korea placed its first military spy satellite, the Malligyong-1, into orbit on "
            "Nov. 21 last year with a launch from the Sohae site.",
            [("missile_launch", "2020-11-21", ("KP",), "background")],
        ),
        (
            "Two Chinese and two Russian warships passed through the Tsugaru Strait on Monday.",
            [("strait_transit", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "Chinese and Russian bombers flew through the Miyako Strait into the Pacific on "
            "Monday.",
            [("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "The Eastern Theater Command launched joint drills around Taiwan on Monday, "
            "involving the army, navy, air force and rocket force.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "The PLA Eastern Theater Command conducted joint combat readiness patrols and joint "
            "firepower strike drills around Taiwan on Sunday.",
            [("other", "2021-11-21", ("CN",), "primary")],
        ),
        (
            '22 Chinese jets crossed the so-called "median line" of the Taiwan Strait on Monday.',
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "The PLA conducted the Strait Thunder-2025A exercise in the Taiwan Strait on Tuesday.",
            [("other", "2021-11-23", ("CN",), "primary")],
        ),
        (
            "Days after Chinese jets locked radar on a Japanese plane on Saturday, Chinese "
            "bombers flew over the Sea of Japan on Monday.",
            [
                ("radar_lockon", "2021-11-20", ("CN",), "background"),
                ("other", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "Hours after the summit ended on Monday, North Korea fired a rocket carrying a "
            "military reconnaissance satellite from its Sohae launch site, but the rocket "
            "exploded in midair over the Yellow Sea.",
            [("missile_launch", "2021-11-22", ("KP",), "primary")],
        ),
        (
            "North Korea launched a military reconnaissance satellite on Monday night. The "
            "rocket passed over Okinawa into the Pacific.",
            [("missile_launch", "2021-11-22", ("KP",), "primary")],
        ),
        (
            "Chinese, Russian Navy Ships Pass Through Straits off Kyushu\n\nA Chinese Navy "
            "destroyer sailed northwest through the Tokara Strait on Monday. Separately, a "
            "Chinese intelligence ship passed west through the Osumi Strait on Tuesday.",
            [
                ("strait_transit", "2021-11-22", ("CN",), "primary"),
                ("strait_transit", "2021-11-23", ("CN",), "primary"),
            ],
        ),
        (
            "China Coast Guard personnel boarded a Taiwanese tourist boat near Kinmen on Monday.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Russian border guards seized a Japanese fishing boat near the Habomai islets on "
            "Saturday.",
            [("other", "2021-11-20", ("RU",), "primary")],
        ),
        (
            "Four China Coast Guard ships entered the restricted waters off Kinmen on Monday.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "North Korea fired some 90 artillery rounds into waters north of the western sea "
            "border on Sunday.",
            [("other", "2021-11-21", ("KP",), "primary")],
        ),
        (
            "North Korea fired some 90 artillery rounds near the border on Sunday. The previous "
            "day, the North fired more than 60 rounds from the same area.",
            [
                ("other", "2021-11-20", ("KP",), "primary"),
                ("other", "2021-11-21", ("KP",), "primary"),
            ],
        ),
        (
            "North Korea test-fired what it said was a new type of intercontinental ballistic "
            "missile early on Monday.",
            [("missile_launch", "2021-11-22", ("KP",), "primary")],
        ),
        (
            "North Korea fired a missile on Tuesday. On Aug. 29, another Hwasong-12 had crossed "
            "Hokkaido. In July, North Korea tested its first ICBM, the Hwasong-14.",
            [
                ("missile_launch", "2021-07", ("KP",), "background"),
                ("missile_launch", "2021-08-29", ("KP",), "background"),
                ("missile_launch", "2021-11-23", ("KP",), "primary"),
            ],
        ),
        (
            "North Korea fires ICBM into the sea off Japan. The missile was launched at about "
            "3:17 a.m. on Monday.",
            [("missile_launch", "2021-11-22", ("KP",), "primary")],
        ),
        (
            "North Korea fired a missile on Tuesday. The launch came a day after North Korea "
            "fired a short-range ballistic missile off its east coast.",
            [
                ("missile_launch", "2021-11-23", ("KP",), "primary"),
                ("missile_launch", "2021-11-22", ("KP",), "background"),
            ],
        ),
        (
            "Our military detected one intermediate-range ballistic missile (IRBM) launched by "
            "North Korea toward the East Sea on Monday.",
            [("missile_launch", "2021-11-22", ("KP",), "primary")],
        ),
        (
            "The Chinese carrier Liaoning was operating in the Sea of Japan on Monday, the first "
            "time a Chinese carrier had been confirmed there.",
            [("carrier_operations", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Eight Chinese navy vessels, including one aircraft carrier and four destroyers, "
            "were seen sailing in the Sea of Japan on Monday.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "In 2013, a Chinese frigate directed its fire-control radar at a Japanese destroyer in "
            "the East China Sea, and in December 2018 Japan said a South Korean destroyer had done "
            "the same to a patrol plane in the Sea of Japan.",
            [
                ("radar_lockon", "2013", ("CN",), "background"),
                ("radar_lockon", "2018-12", ("KR",), "background"),
            ],
        ),
        (
            "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together from the Sea of "
            "Japan to the East China Sea on Monday, in a joint flight that came only three days "
            "after Chinese fighters directed their radar at Japanese jets.",
            [("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "The Chinese and Russian navies held a joint exercise in the East China Sea on Monday. "
            "It is the third naval exercise the two countries have staged together, following "
            "drills in the Yellow Sea in April 2012 and off Vladivostok in July 2013.",
            [
                ("joint_naval_exercise", "2021-11-22", ("CN", "RU"), "primary"),
                ("joint_naval_exercise", "2012-04", ("CN", "RU"), "background"),
                ("joint_naval_exercise", "2013-07", ("CN", "RU"), "background"),
            ],
        ),
        (
            "A Chinese Y-9 violated Japanese airspace on Monday. Previous violations by Chinese "
            "aircraft were by a propeller aircraft over the Senkaku Islands in December 2012 and "
            "by a small drone launched from a coast guard vessel in May 2017.",
            [
                ("airspace_violation", "2021-11-22", ("CN",), "primary"),
                ("airspace_violation", "2012-12", ("CN",), "background"),
                ("airspace_violation", "2017-05", ("CN",), "background"),
            ],
        ),
        (
            "Three Chinese government vessels have been navigating in the contiguous zone near the "
            "Senkaku Islands since early morning. The same vessels were also confirmed in the "
            "contiguous zone on the 22nd.",
            [
                ("contiguous_zone_entry", "2021-11-24", ("CN",), "primary"),
                ("contiguous_zone_entry", "2021-11-22", ("CN",), "background"),
            ],
        ),
        (
            "Since then, Chinese government ships have repeatedly sailed in and out of the "
            "territorial waters around the Senkaku Islands, and in December a Chinese propeller "
            "aircraft flew into Japanese airspace over the islands.",
            [("airspace_violation", "2020-12", ("CN",), "background")],
        ),
        (
            "The minister said a Chinese frigate was also suspected of directing the same type of "
            "radar at a helicopter on Jan. 19.",
            [("radar_lockon", "2021-01-19", ("CN",), "background")],
        ),
        (
            "Three Russian destroyers entered the contiguous zone near the Senkaku Islands on "
            "Monday. Russia does not claim the islands, and passage through the zone is permitted "
            "under international law.",
            [("contiguous_zone_entry", "2021-11-22", ("RU",), "primary")],
        ),
        (
            "On Monday a Z-9 helicopter flew for about 40 minutes within roughly 20 kilometers of "
            "the Senkaku Islands, and on Tuesday a Ka-27 flew 30 km off the Sea of Japan coast.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("other", "2021-11-23", ("RU",), "primary"),
            ],
        ),
        (
            "Chinese destroyers last used the Tsugaru Strait in September, when two ships sailed "
            "east into the Pacific.",
            [("strait_transit", "2021-09", ("CN",), "background")],
        ),
        (
            "Two Russian Tu-95 bombers entered the KADIZ on Tuesday. On Jan. 9, about 10 Chinese "
            "military planes flew into the zone and stayed for around four hours.",
            [
                ("adiz_entry", "2021-11-23", ("RU",), "primary"),
                ("adiz_entry", "2021-01-09", ("CN",), "background"),
            ],
        ),
        (
            "A Chinese propeller plane flew over the Senkaku Islands in December 2012, a small "
            "drone launched from a coast guard ship was seen over the islets' territorial waters "
            "in May 2017, and a Y-9 entered Japanese airspace in August 2019.",
            [
                ("airspace_violation", "2012-12", ("CN",), "background"),
                ("airspace_violation", "2017-05", ("CN",), "background"),
                ("airspace_violation", "2019-08", ("CN",), "background"),
            ],
        ),
        (
            "North Korean rockets have crossed over Japan before. In August 1998, a Taepodong-1 "
            "flew over Japan's main island of Honshu. In April 2009, a long-range rocket passed "
            "over the Tohoku region.",
            [
                ("missile_launch", "1998-08", ("KP",), "background"),
                ("missile_launch", "2009-04", ("KP",), "background"),
            ],
        ),
        (
            "A total of 56 Chinese military aircraft entered Taiwan's ADIZ on Monday. On Friday, "
            "38 aircraft were tracked in the zone, followed by 39 on Saturday and 16 on Sunday.",
            [
                ("adiz_entry", "2021-11-22", ("CN",), "primary"),
                ("adiz_entry", "2021-11-19", ("CN",), "background"),
                ("adiz_entry", "2021-11-20", ("CN",), "background"),
                ("adiz_entry", "2021-11-21", ("CN",), "primary"),
            ],
        ),
        (
            "On Monday, one Chinese Y-9 aircraft flew from the East China Sea over the sea area "
            "between Tsushima and Iki and turned back toward the west.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "North Korean rockets have passed over Japan before:\n"
            "- 5 April 2009: an Unha-2 rocket flew over Akita and Iwate prefectures.\n"
            "- 7 February 2016: another rocket took the same southern path over Okinawa.\n"
            "- 29 August 2017: a Hwasong-12 fired from Sunan crossed Hokkaido.",
            [
                ("missile_launch", "2009-04-05", ("KP",), "background"),
                ("missile_launch", "2016-02-07", ("KP",), "background"),
                ("missile_launch", "2017-08-29", ("KP",), "background"),
            ],
        ),
        (
            "Five Chinese navy vessels passed through the Tsugaru Strait on Nov. 14. On Monday, "
            "the same five vessels were confirmed sailing south through the Tsushima Strait.",
            [
                ("strait_transit", "2021-11-14", ("CN",), "background"),
                ("strait_transit", "2021-11-22", ("CN",), "primary"),
            ],
        ),
        (
            "The patrol began after the Russian-Chinese exercise North/Interaction-2021, held in "
            "the Sea of Japan from Nov. 10 to 13.",
            [("joint_naval_exercise", "2021-11-10", ("CN", "RU"), "primary")],
        ),
        (
            "In November 2004, a Chinese nuclear submarine was tracked moving underwater through "
            "Japanese territorial waters.",
            [("territorial_waters_entry", "2004-11", ("CN",), "background")],
        ),
        (
            "On Monday the fishing boats, accompanied by the Taiwanese patrol vessels, entered "
            "Japan's territorial waters near the Senkaku Islands.",
            [("territorial_waters_entry", "2021-11-22", ("TW",), "primary")],
        ),
        (
            "Two Tu-95s flew a similar loop around Japan in August last year, and in February "
            "last year two Russian Su-27 fighters intruded briefly into Japanese airspace.",
            [
                ("other", "2020-08", ("RU",), "background"),
                ("airspace_violation", "2020-02", ("RU",), "background"),
            ],
        ),
        (
            "Seven Russian and two Chinese military aircraft, including Russian Tu-95 and "
            "Chinese H-6 bombers, entered the KADIZ on Tuesday, the JCS said. They did not "
            "violate South Korea's airspace. It was the first such incursion since November last "
            "year, when eleven planes entered the zone. Japan's Defense Ministry said separately "
            "that the two Tu-95s flew from the Sea of Japan to the East China Sea, where they "
            "joined the two H-6s.",
            [
                ("adiz_entry", "2021-11-23", ("CN", "RU"), "primary"),
                ("adiz_entry", "2020-11", ("CN", "RU"), "background"),
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "Chinese and Russian bombers carried out a joint air patrol over the Sea of Japan on "
            "Tuesday. The flight lasted about ten hours. The aircraft kept to international "
            "airspace. It was the third such patrol. The first took place in July 2019 and the "
            "second in December 2020. Two Chinese and seven Russian aircraft had briefly "
            "entered the KADIZ.",
            [
                ("joint_air_patrol", "2021-11-23", ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2019-07", ("CN", "RU"), "background"),
                ("joint_air_patrol", "2020-12", ("CN", "RU"), "background"),
                ("adiz_entry", "2021-11-23", ("CN", "RU"), "primary"),
            ],
        ),
        (
            "Two Russian Tu-95 bombers were spotted flying south over the Pacific early this "
            "morning, the Defense Ministry says.",
            [("other", "2021-11-24", ("RU",), "primary")],
        ),
        (
            "Two Russian Tu-95 bombers flew over the Pacific on Wednesday. The flight comes two "
            "days after a Russian Il-38 patrol aircraft flew from the Sea of Japan to the East "
            "China Sea and back on Monday.",
            [
                ("other", "2021-11-24", ("RU",), "primary"),
                ("other", "2021-11-22", ("RU",), "background"),
            ],
        ),
        (
            "The Defense Ministry said late Monday that a Russian Il-38 patrol aircraft violated "
            "Japanese airspace off Hokkaido that afternoon.",
            [("airspace_violation", "2021-11-22", ("RU",), "primary")],
        ),
        (
            "Japan scrambled fighter jets on Monday after a group of Chinese military aircraft, "
            "including six H-6K bombers, flew from the East China Sea into the Sea of Japan.",
            [
                ("other", "2021-11-22", ("CN",), "primary"),
                ("scramble", "2021-11-22", ("JP",), "response"),
            ],
        ),
        (
            "Japan's Ministry of Defense said that a Chinese military drone flew yesterday "
            "morning from the East China Sea to the Pacific.",
            [("other", "2021-11-23", ("CN",), "primary")],
        ),
        (
            "The Chinese People's Liberation Army yesterday staged joint air and sea patrols "
            "around Taiwan.",
            [("other", "2021-11-23", ("CN",), "primary")],
        ),
        (
            "Chinese and Russian forces staged joint air and sea patrols over the Sea of Japan "
            "on Monday.",
            [("joint_air_patrol", "2021-11-22", ("CN", "RU"), "primary")],
        ),
        (
            "The Shandong held drills in the Pacific on Monday.",
            [("carrier_operations", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "On Monday, J-15 fighters made what Japan called abnormal close approaches to an "
            "MSDF P-3C patrol plane over the Pacific.",
            [("other", "2021-11-22", ("CN",), "primary")],
        ),
        (
            "Nine Chinese and Russian aircraft entered the KADIZ on Monday. It was the first "
            "time since Dec. 9 last year that they entered the KADIZ together. At the time, "
            "seven Russian and two Chinese aircraft entered and left the zone.",
            [
                ("adiz_entry", "2021-11-22", ("CN", "RU"), "primary"),
                ("adiz_entry", "2020-12-09", ("CN", "RU"), "background"),
            ],
        ),
    ],
)
def test_phrasings(text, expected, gazetteer):
    found = sorted((i.type, i.date, i.actors, i.role) for i in _read(text, gazetteer))
    assert found == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The defense ministers held a video call on Tuesday about joint patrols.",
        "The white paper, approved on Friday, warned of joint exercises in the Sea of Japan.",
        "The two militaries will strengthen cooperation in strategic exercises and joint patrols.",
        "The repeated joint exercises by China and Russia are a show of force.",
        "The warships did not enter Japanese territorial waters near the Senkaku Islands.",
        "Japan scrambled fighter jets 704 times in fiscal 2024, the ministry said.",
        "It was the sixth time the two countries held joint bomber patrols since 2019.",
        "Chinese vessels have repeatedly entered Japanese territorial waters near the Senkakus.",
        "Russia and China have held joint naval drills in the Sea of Japan since 2012.",
        "China has been stepping up joint patrols with Russia near Japan.",
        "Chinese ships were in the contiguous zone near the Senkakus on 352 days last year.",
        "Chinese government ships were seen in the contiguous zone near the Senkakus on almost "
        "every day this year.",
        "China will send warships to a joint exercise with Russia in the Sea of Japan later "
        "this month, the ministry said on Saturday.",
        "Analysts expect the two navies to follow the drills with a joint patrol in the Pacific.",
        "Some analysts say China and Russia may be planning a joint patrol in the Pacific.",
        "China said the Japanese aircraft had intruded into the airspace of the China-Russia "
        "joint exercise without permission.",
        "The Chinese and Russian navies could be preparing joint drills in the Sea of Japan.",
        "The Chinese vessels came within about 12 km of the island on Monday.",
        "Most of the Chinese flights were over the East China Sea, with a growing share "
        "passing through the Miyako Strait into the Pacific.",
        "Neither group entered Japanese territorial waters near the Senkaku Islands.",
        "The launch was the North's third attempt this year to put a spy satellite into orbit.",
        "Patrol ships kept the Chinese vessels from entering Japanese territorial waters near "
        "the Senkaku Islands on Monday.",
        "Any airspace violation would be met with flares, an officer said.",
        "Scrambles against Chinese aircraft accounted for 479 of the total.",
        "Foreign warships are allowed innocent passage through the Tsugaru Strait.",
        "China told Japan to stop its dangerous approach and reconnaissance on Thursday.",
        "The early establishment of the hotline was confirmed at the Japan-China summit held "
        "in November.",
        "Four China Coast Guard vessels were in the contiguous zone around the Senkaku Islands "
        "on all seven days last week.",
        "[Chart labels: Sea of Japan / Tsushima / East China Sea (passage, 2 May)]",
        "Marine scientific research in another country's exclusive economic zone requires "
        "that country's consent.",
        "The firing site was outside Japan's zone, and ships sailing around the site were warned.",
        "It was only the second time a Chinese military aircraft has been confirmed intruding "
        "into Japan's airspace.",
        "The satellite launch site at Sohae was expanded last year.",
        "Foreign submarines are required under the U.N. Convention on the Law of the Sea to "
        "navigate on the surface when they pass through a country's territorial waters.",
        "Chinese ships spent a record 355 days near the Senkaku Islands in 2024.",
        "North Korea had notified the Japan Coast Guard that it planned to launch a satellite "
        "between Wednesday and June 11.",
        "During the exercise the ships practised anti-submarine operations and artillery "
        "firing at sea and air targets.",
        "[1/3] People watch a TV broadcasting a news report on North Korea firing a ballistic "
        "missile, at a railway station in Seoul, South Korea, November 18, 2022.",
        "Russia has stepped up military activity since invading Ukraine in February 2022, and "
        "China has sought closer ties with Moscow, including the joint bomber flights that the "
        "two countries have conducted near Japan since 2019.",
        "No Chinese ships were confirmed in the contiguous zone near the Senkaku Islands on "
        "Monday because of rough seas.",
        "Officials attributed part of the decline in March to fewer Chinese flights over the "
        "East China Sea during the pandemic.",
        "Scrambles against Chinese aircraft rose by 37 from the previous year to 675 in the "
        "year through March, the ministry said.",
        '"Each Chinese flight over the East China Sea now tends to involve more aircraft," '
        "said a professor in Tokyo.",
        "Each joint flight over the Sea of Japan forces the Air Self-Defense Force to scramble.",
        "A commentator told the paper on Friday that the Chinese carrier's crew had gained "
        "experience in operating in the Sea of Japan in winter.",
        "Q: Have Chinese military aircraft violated Japanese airspace near the Senkaku Islands?",
        "Scrambles against Chinese aircraft still made up 63 percent of the total last year.",
        "In the first half of the year, Chinese military aircraft pushed further into the Sea of "
        "Japan, and North Korea's missiles fell into Japan's exclusive economic zone twice.",
        "Chinese aircraft have flown to the Pacific through the Miyako Strait several times in "
        "the past year.",
        "Did the Russian bombers enter the KADIZ on Monday?",
        "CORRECTION: An earlier version of this story said three Russian bombers violated "
        "Japanese airspace over Kita-Daito Island on Thursday.",
        "Four Chinese coast guard vessels sailed at the centre of a bitter territorial row between "
        "Tokyo and Beijing on Saturday.",
    ],
)
def test_nothing_invented(text, gazetteer):
    assert _read(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # aircraft that 'crossed into the KADIZ' entered it
            "A Chinese Y-9 surveillance plane entered the KADIZ northwest of Ieodo on Wednesday "
            "morning. Less than three hours later, two Russian Tu-142 maritime patrol aircraft "
            "crossed into the KADIZ northeast of Ulleung Island and flew south.",
            [
                ("adiz_entry", "2025-08-20", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-20", None, ("RU",), "primary"),
            ],
        ),
        (  # a destroyer's stay in the zone, undated, is no part of the coast guard ships' told
            # after it ('Separately, four China Coast Guard ships were in the contiguous zone')
            "A helicopter from a Chinese navy destroyer flew into Japanese airspace near the "
            "Senkaku Islands on Wednesday, the Defense Ministry said on Thursday.\n\nThe Luyang "
            "II-class destroyer had entered Japan's contiguous zone northeast of Kuba Island at "
            "around 6 a.m. and left it some 11 hours later, according to the ministry.\n\n"
            "Separately, four China Coast Guard ships were in the contiguous zone around the "
            "islets throughout Wednesday, the Japan Coast Guard said.",
            [
                ("airspace_violation", "2025-08-20", None, ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-20", None, ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # 'The ships - a destroyer, ...' are the Chinese ships of the lead, not every side it
            # names (China and Russia's drills, North Korea)
            "Four Chinese navy ships sailed through the Tsushima Strait into the Sea of Japan on "
            "Wednesday, the Defense Ministry said, days before China and Russia are to hold joint "
            "naval drills, at a time of tension over North Korea.\n\nThe ships - a destroyer, a "
            "frigate, a supply ship and a rescue vessel - were first spotted on Tuesday morning "
            "in the East China Sea, and passed northeast through the strait early Wednesday.\n\n"
            "Separately, Japan scrambled fighter jets on Wednesday when two Russian Tu-95 "
            "bombers flew south over the Sea of Japan as far as the Oki Islands.",
            [
                ("other", "2025-08-20", None, ("RU",), "primary"),
                ("scramble", "2025-08-20", None, ("JP",), "response"),
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # Japan 'protested both to Russia over the airspace violation': the one just told
            "Two Chinese H-6 bombers flew into the KADIZ northwest of Ieodo on Wednesday, the JCS "
            "said.\n\nOn Dec. 22 last year, four Chinese and 15 Russian military aircraft, "
            "including bombers, entered the zone together during a joint aerial patrol over the "
            "East Sea and the East China Sea.\n\nIn July 2019, a Russian A-50 early warning "
            "aircraft twice violated South Korea's territorial airspace over Dokdo during a "
            "similar joint flight, prompting South Korean fighters to fire warning shots.\n\n"
            "Japan, which claims Dokdo, protested both to Russia over the airspace violation and "
            "to South Korea over the warning shots.",
            [
                ("adiz_entry", "2024-12-22", None, ("CN", "RU"), "background"),
                ("adiz_entry", "2025-08-20", None, ("CN",), "primary"),
                ("airspace_violation", "2019-07", None, ("RU",), "background"),
                ("joint_air_patrol", "2024-12-22", None, ("CN", "RU"), "background"),
            ],
        ),
        (  # 'The patrol began last Saturday' under a headline of a flotilla's joint patrol: that
            # patrol, at sea, not the bombers' patrol told just before
            "China-Russia flotilla sails through Tsushima Strait on joint patrol\n\nNine Chinese "
            "and Russian warships sailed southwest through the Tsushima Strait on Wednesday, the "
            "Defense Ministry said.\n\nIn December, Chinese and Russian bombers flew a joint air "
            "patrol over the Sea of Japan and the East China Sea.\n\nThe patrol began last "
            "Saturday, when the group set out from Vladivostok, and it is continuing, China's "
            "Defense Ministry said in a statement on Thursday.",
            [
                ("joint_air_patrol", "2024-12", None, ("CN", "RU"), "background"),
                ("joint_naval_patrol", "2025-08-16", "2025-08-21", ("CN", "RU"), "primary"),
                ("strait_transit", "2025-08-20", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # 'when it sent a Hwasong-12 intermediate-range missile over Hokkaido': a launch
            "North Korea fired a ballistic missile on Wednesday, South Korea's military said. It "
            "was the North's first launch since March 3, when it sent a Hwasong-12 "
            "intermediate-range missile over Hokkaido into the Pacific.",
            [
                ("missile_launch", "2025-03-03", None, ("KP",), "background"),
                ("missile_launch", "2025-08-20", None, ("KP",), "primary"),
            ],
        ),
        (  # drills 'that Pyongyang denounced' are not Pyongyang's; the carrier that 'took part
            # in joint drills with the South Korean navy' drilled with it
            "North Korea fired a ballistic missile on Wednesday. The launch came after the US "
            "aircraft carrier Ronald Reagan took part in joint drills with the South Korean navy "
            "on Monday in waters off the peninsula, exercises that Pyongyang denounced as a "
            "rehearsal for invasion.",
            [
                ("joint_naval_exercise", "2025-08-18", None, ("KR", "US"), "background"),
                ("missile_launch", "2025-08-20", None, ("KP",), "primary"),
            ],
        ),
        (  # 'The flight was the first since Feb. 3 this year, when four bombers ... flew': an
            # earlier patrol of its own, neither more of the KADIZ entry told before nor its day
            "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together over the Sea of "
            "Japan on Wednesday, the Joint Staff said.\n\nIn Seoul, the Joint Chiefs of Staff "
            "said eight Chinese and Russian military aircraft had entered the KADIZ northeast of "
            "Ulleung Island one after another from around 9 a.m. The South Korean air force "
            "deployed fighter jets, the JCS said.\n\nThe flight was the first since Feb. 3 this "
            "year, when four bombers - two H-6s and two Tu-95s - flew from the East China Sea "
            "between Okinawa and Miyako into the Pacific.",
            [
                ("adiz_entry", "2025-08-20", None, ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2025-02-03", None, ("CN", "RU"), "background"),
                ("joint_air_patrol", "2025-08-20", None, ("CN", "RU"), "primary"),
                ("scramble", "2025-08-20", None, ("KR",), "response"),
            ],
        ),
        (  # 'As of Wednesday, the fleet was continuing its patrol': the patrol runs to that day
            "China's Defense Ministry said the Chinese and Russian navies began a joint maritime "
            "patrol in the western Pacific on Monday. The patrol is not aimed at any third "
            "party, the ministry said. As of Wednesday, the fleet was continuing its patrol east "
            "of Aomori Prefecture, officials said.",
            [("joint_naval_patrol", "2025-08-18", "2025-08-20", ("CN", "RU"), "primary")],
        ),
        (  # 'As of Wednesday morning, the group was sailing east': its flights, told to Tuesday,
            # do not run on
            "J-15 fighters took off from and landed on the carrier Liaoning south of Miyako "
            "Island from Monday through Tuesday, the Joint Staff said. As of Wednesday morning, "
            "the group was sailing east south of Minami-Daito Island.",
            [("carrier_operations", "2025-08-18", "2025-08-19", ("CN",), "primary")],
        ),
        (  # coast guard ships 'still sailing there Thursday afternoon' stay to that day, an
            # incident apart from the navy frigate's night in the same zone
            "Japan lodged a protest on Thursday after a Chinese navy frigate sailed overnight "
            "through waters just outside Japan's territorial sea around the Senkaku Islands. The "
            "Defense Ministry said the frigate entered the contiguous zone northeast of Kuba "
            "Island at about 9:50 p.m. Wednesday and left the zone shortly before 1 a.m. "
            "Thursday. Four Chinese coast guard ships that entered the zone on Tuesday were "
            "still sailing there Thursday afternoon, the Japan Coast Guard said.",
            [
                ("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # 'entered the island's so-called air defense identification zone'
            "Taiwan's defense authority claimed that 12 Chinese aircraft had entered the "
            "island's so-called air defense identification zone on Wednesday.",
            [("adiz_entry", "2025-08-20", None, ("CN",), "primary")],
        ),
        (  # 'Another Russian aircraft, an Il-20 ..., flew along the Sea of Japan coast': a
            # flight of its own, not more of the violation
            "A Russian military patrol aircraft violated Japanese airspace near Rebun Island off "
            "Hokkaido on Wednesday morning, the Defense Ministry said, prompting the Air "
            "Self-Defense Force to scramble fighter jets.\n\nThe Tu-142 patrol plane intruded "
            "into airspace northwest of the island at around 10:19 a.m. and left about a minute "
            "later, the ministry said.\n\nThe aircraft had flown south over the Sea of Japan "
            "from the direction of Sakhalin and later returned north the same way, according to "
            "the ministry.\n\nAnother Russian aircraft, an Il-20 intelligence plane, flew along "
            "the Sea of Japan coast of Honshu as far as waters off the Noto Peninsula and back "
            "the same day, but did not enter Japanese airspace, the ministry said.\n\nChief "
            "Cabinet Secretary Yoshihide Suga said Japan had lodged a strong protest with "
            "Russia.\n\nThe Russian Defense Ministry denied the intrusion, saying the Tu-142 had "
            "carried out a scheduled flight over neutral waters of the Sea of Japan \"in strict "
            "accordance with international rules.\"",
            [
                ("airspace_violation", "2025-08-20", None, ("RU",), "primary"),
                ("other", "2025-08-20", None, ("RU",), "primary"),
                ("scramble", "2025-08-20", None, ("JP",), "response"),
            ],
        ),
        (  # 'Subsequently, the vessels sailed southwest through ... the Tsushima Strait' in a
            # release's second item: the Russian vessels it has just named, not item 1's Chinese
            "1. Movement of Chinese Navy vessels\n\nAt around 11:00 on the 19th (Tue), the "
            "Maritime Self-Defense Force confirmed three PLA Navy vessels sailing east about 40 "
            "km west of Cape Sata. Subsequently, on the 20th (Wed), these vessels sailed east "
            "through the Osumi Strait into the Pacific Ocean.\n\n2. Movement of Russian Navy "
            "vessels\n\nAt around 06:00 on the 20th (Wed), the Maritime Self-Defense Force "
            "confirmed two Russian Navy vessels sailing southwest about 80 km northeast of "
            "Tsushima. Subsequently, the vessels sailed southwest through the western channel of "
            "the Tsushima Strait into the East China Sea on the same day.",
            [
                ("other", "2025-08-19", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("RU",), "primary"),
            ],
        ),
        (  # a headline's flight takes the day its lead is told on ('"The flight took place on
            # Wednesday ...," the ministry said'), not the week of the news
            "Russian bombers fly over Sea of Japan\n\nMOSCOW, August 21. /TASS/. Two Tu-95MS "
            "strategic missile carriers have performed a scheduled flight over the neutral "
            "waters of the Sea of Japan, the Defense Ministry reported on Thursday.\n\n\"The "
            "flight took place on Wednesday and lasted more than nine hours,\" the ministry "
            "said.",
            [("other", "2025-08-20", None, ("RU",), "primary")],
        ),
        (  # two sides that 'entered ... in separate flights', each then told in turn: two entries
            "A Russian reconnaissance plane and two Chinese bombers entered South Korea's air "
            "defense identification zone in separate flights on Wednesday, the Joint Chiefs of "
            "Staff said. The Russian Il-20 entered the zone northeast of Ulleung Island at 9:48 "
            "a.m. and left at 10:31 a.m. The Air Force sent F-15K fighters, the JCS said. The "
            "Russian plane did not violate South Korean airspace. Around four hours later, two "
            "Chinese H-6 bombers flew into the KADIZ northwest of Ieodo and stayed for some 40 "
            "minutes.",
            [
                ("adiz_entry", "2025-08-20", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-20", None, ("RU",), "primary"),
                ("scramble", "2025-08-20", None, ("KR",), "response"),
            ],
        ),
        (  # 'The exercise began on Monday ...' after the drill's news, its end only planned: from
            # that day to the news
            "VLADIVOSTOK, August 21. /TASS/. Warships of Russia's Pacific Fleet and the Chinese "
            "Navy have practised hunting a simulated enemy submarine in the Sea of Japan as part "
            "of a joint naval exercise, the press service said on Thursday.\n\nThe exercise "
            "began on Monday in Peter the Great Bay and has since moved into the open sea. The "
            "active phase will be completed on Saturday.",
            [("joint_naval_exercise", "2025-08-18", "2025-08-21", ("CN", "RU"), "primary")],
        ),
        (  # ships that 'left ... on the morning of Aug. 20' and 'had entered the waters ..., at
            # around 5:30 p.m. on Aug. 17 and spent ...': one stay over those days
            "China Coast Guard ships stay in Senkaku waters for record 70 hours\n\nNAHA--Two "
            "China Coast Guard ships left Japanese territorial waters around the Senkaku Islands "
            "on the morning of Aug. 20, ending an intrusion that lasted a record 70 hours and 10 "
            "minutes, the 11th Regional Coast Guard Headquarters said.\n\nThe ships had entered "
            "the waters off Minami-kojima, one of the uninhabited islets in the East China Sea, "
            "at around 5:30 p.m. on Aug. 17 and spent much of the following days trailing a "
            "small Japanese fishing boat operating near Uotsuri Island, the largest of the "
            "group.",
            [("territorial_waters_entry", "2025-08-17", "2025-08-20", ("CN",), "primary")],
        ),
        (  # aircraft that 'passed over the waters between' two islands passed the gap
            "The Joint Staff said that on Wednesday, two H-6 bombers and a Y-8 early warning "
            "aircraft passed over the waters between Okinawa's main island and Miyako Island, "
            "heading from the East China Sea to the Pacific.",
            [("strait_transit", "2025-08-20", None, ("CN",), "primary")],
        ),
        (  # a chronology's day headings 'Yesterday (August 20, Wed)', 'Today (August 21, Thu)'
            # date the entries under them
            "3. Course of events (times JST)\nYesterday (August 20, Wed)\n14:10  The above four "
            "China Coast Guard vessels were navigating together in the contiguous zone "
            "approximately 35 km north of Kuba Island.\nToday (August 21, Thu)\n04:25  "
            '"Haijing 2302" and "Haijing 2306" entered the territorial waters approximately 20 '
            "km southwest of Uotsuri Island.",
            [
                ("contiguous_zone_entry", "2025-08-20", None, ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # ships that entered the zone two days ago 'and have continued to navigate in the zone
            # since then' are there to the news
            "The four China Coast Guard vessels entered the contiguous zone around the Senkaku "
            "Islands between 06:10 and 06:45 the day before yesterday (August 19, Tue), and have "
            "continued to navigate in the zone since then.",
            [("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary")],
        ),
        (  # a release's '[Item 2]' of aircraft is no detail of its '[Item 1]' of ships
            "[Item 1] Russian Navy vessels (Soya Strait)\n\nDate and time:\nYesterday, August 20 "
            "(Wed)\n\nOutline:\nThe four Russian vessels passed eastward through the Soya Strait "
            "and advanced to the Sea of Okhotsk.\n\n[Item 2] Russian aircraft (Sea of Okhotsk - "
            "Pacific Ocean)\n\nAugust 20 (Wed), from morning to evening\n\nAircraft:\nTu-142 "
            "patrol aircraft x2\n\nThe two aircraft flew from the Sea of Okhotsk, south along the "
            "Kuril Islands, and over the Pacific.",
            [
                ("strait_transit", "2025-08-20", None, ("RU",), "primary"),
                ("other", "2025-08-20", None, ("RU",), "primary"),
            ],
        ),
        (  # 'Six of the aircraft, ..., entered the southwestern ADIZ' today are some of the 16
            # counted over the release's period: an entry of their own
            "From 06:00 yesterday (August 20) to 06:00 today (August 21), 27 PLA aircraft were "
            "detected around Taiwan. Of these, 16 aircraft crossed the median line of the Taiwan "
            "Strait or entered the northern, central, southwestern and eastern parts of our ADIZ. "
            "Six of the aircraft, two H-6K bombers and four J-16 fighters, entered the "
            "southwestern ADIZ at about 02:40 today.",
            [
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("adiz_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # 'the whole passage of the US Navy guided-missile destroyer USS Dewey' is the
            # destroyer's side's passage, though a PLA command tells it
            "The Eastern Theater Command said it had organized naval and air forces to track and "
            "monitor the whole passage of the US Navy guided-missile destroyer USS Dewey through "
            "the Taiwan Strait on Tuesday.",
            [("strait_transit", "2025-08-19", None, ("US",), "primary")],
        ),
        (  # bombers that 'entered the airspace over the Pacific Ocean' violated no one's airspace
            "On Wednesday, two Russian Tu-95 bombers flew south from the Sea of Okhotsk along the "
            "Kuril Islands. The two Tu-95s entered the airspace over the Pacific Ocean east of "
            "Etorofu Island in the morning.",
            [("other", "2025-08-20", None, ("RU",), "primary")],
        ),
        (  # ... but a plane that 'violated Japanese airspace over the Sea of Japan' violated it
            "A Russian Il-20 reconnaissance plane violated Japanese airspace over the Sea of Japan "
            "near Rishiri Island for about 90 seconds on Wednesday afternoon.",
            [("airspace_violation", "2025-08-20", None, ("RU",), "primary")],
        ),
        (  # a plane that 'flew out of the Sea of Okhotsk ..., prompting another scramble' the
            # day before: a flight and a scramble of that day
            "The ASDF scrambled fighter jets Wednesday after two Russian Il-38 aircraft flew south "
            "over the Sea of Japan. A day earlier, a lone Tu-142 long-range antisubmarine plane "
            "flew out of the Sea of Okhotsk, crossed the Kuril Islands into the Pacific and "
            "headed southwest to a point off Cape Erimo before returning the same way, prompting "
            "another scramble from Chitose, the office said.",
            [
                ("scramble", "2025-08-20", None, ("JP",), "response"),
                ("other", "2025-08-20", None, ("RU",), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
            ],
        ),
        (  # a release's summary 'From the 12th to the 16th' and its detail 'from the night of the
            # 12th to the morning of the 13th' tell one passage, on the narrower days
            "From the 12th (Tue) to the 16th (Sat), a total of five Chinese Navy vessels passed "
            "southeast between Okinawa Island and Miyakojima and advanced to the Pacific Ocean.\n"
            "b. Subsequently, from the night of the 12th to the morning of the 13th, the vessels "
            "passed southeast through the waters between Okinawa Island and Miyakojima.",
            [("strait_transit", "2025-08-12", "2025-08-13", ("CN",), "primary")],
        ),
        (  # carrier flight operations that 'have since been' under way, 'and ... were continuing
            # as of Wednesday afternoon': from the passage's day to that day
            "The Chinese aircraft carrier Liaoning went southeast through waters between "
            "Okinawa's main island and Miyako Island to the Pacific on Tuesday. Fighter jets and "
            "helicopters have since been taking off from and landing on the carrier in waters "
            "some 150 kilometers south of Miyako Island, and the flight operations were "
            "continuing as of Wednesday afternoon, the Joint Staff Office said.",
            [
                ("strait_transit", "2025-08-19", None, ("CN",), "primary"),
                ("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary"),
            ],
        ),
        (  # 'directed the radar for several minutes at' a patrol plane is a lock-on
            "The Defense Ministry said a Chinese Jiangkai II-class frigate directed the radar for "
            "several minutes at a Maritime Self-Defense Force P-3C surveillance aircraft at around "
            "2:30 p.m. Tuesday.",
            [("radar_lockon", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # the frigate 'spotted by a Maritime Self-Defense Force destroyer entering the zone'
            # entered it; the destroyer watched
            "A Chinese navy frigate sailed into the contiguous zone around the Senkaku Islands "
            "early on Thursday. The Jiangkai I-class frigate was spotted by a Maritime "
            "Self-Defense Force destroyer entering the zone northeast of Kuba Island at around "
            "1:30 a.m., according to the ministry.",
            [("contiguous_zone_entry", "2025-08-21", None, ("CN",), "primary")],
        ),
        (  # 'hours after three Russian naval vessels had passed': an earlier act, not a side of
            # the frigate's entry
            "A Chinese navy frigate sailed in the contiguous zone around the Senkaku Islands "
            "early Thursday, hours after three Russian naval vessels had passed through the same "
            "zone, the Defense Ministry said.",
            [("contiguous_zone_entry", "2025-08-21", None, ("CN",), "primary")],
        ),
        (  # a Reuters count 'in the 24 hours to 6 a.m. (2200 GMT Wednesday)' ends on Thursday
            "Taiwan's defence ministry said on Thursday it had detected 21 Chinese military "
            "aircraft and seven navy ships around the island in the 24 hours to 6 a.m. (2200 GMT "
            "Wednesday), with 12 of the aircraft crossing the median line of the Taiwan Strait or "
            "entering Taiwan's air defence identification zone.",
            [("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # a joint patrol an earlier month is retold by, through two straits: one incident
            "In October last year, 10 Chinese and Russian warships sailed together through the "
            "Tsugaru Strait and then around Japan in the first joint patrol by the two navies, "
            "passing west through the Osumi Strait before ending the voyage in the East China "
            "Sea.",
            [("joint_naval_patrol", "2024-10", None, ("CN", "RU"), "background")],
        ),
        (  # a submarine crew that 'carried out torpedo firing' held a drill
            "On Tuesday, the crew of a diesel-electric submarine of the Pacific Fleet carried out "
            "torpedo firing at a target detachment in the waters of the Sea of Okhotsk.",
            [("other", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # an anti-submarine search 'for a submarine of a notional enemy' is a drill
            "The Pacific Fleet's press service said on Tuesday that Il-38 anti-submarine aircraft "
            "had carried out a search for a submarine of a notional enemy in the Sea of Okhotsk "
            "near the eastern coast of Sakhalin that day.",
            [("other", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # ships 'taking part in a tactical exercise that began in the Sea of Japan on Monday'
            # and said to last until a later day: the drill, under way to the news
            "More than 15 warships of Russia's Pacific Fleet are taking part in a tactical "
            "exercise that began in the Sea of Japan on Monday, the press service said on "
            "Thursday. The exercise will last until August 24.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # a release's count: 'Of these, 18 sorties ... entered the northern, central,
            # southwestern and eastern parts of our ADIZ' over the period it covers
            "Period covered: 0600 hours (UTC+8), August 20, 2025 to 0600 hours (UTC+8), August "
            "21, 2025\n\n1. PLA aircraft: 27 sorties were detected. Of these, 18 sorties crossed "
            "the median line of the Taiwan Strait and entered the northern, central, "
            "southwestern and eastern parts of our ADIZ.",
            [("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # 'four of the H-6Ks flew out through the Bashi Channel' after 35 aircraft entered the
            # zone: a passage of its own, not a leg of the entry
            "In the 24 hours to 6 a.m. Thursday, the MND tracked 49 Chinese military aircraft "
            "around Taiwan. Thirty-five of the aircraft crossed the median line of the Taiwan "
            "Strait and entered the northern, central, southwestern and eastern parts of Taiwan's "
            "air defense identification zone (ADIZ), the ministry said. Late Wednesday, four of "
            "the H-6Ks flew out through the Bashi Channel and then north along Taiwan's east "
            "coast.",
            [
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # a stay told again as entered one afternoon and left 'the next day': from the day
            # of the entry to the day after
            "A Chinese navy frigate sailed into the contiguous zone around the Senkaku Islands on "
            "Tuesday, the Defense Ministry said Wednesday. The Jiangkai II-class frigate entered "
            "the zone northeast of Kuba Island at around 4:40 p.m. and left it west of Uotsuri "
            "Island at about 9:10 a.m. the next day, according to the ministry.",
            [("contiguous_zone_entry", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # 'The aircraft flew ...' under a release's part labels: the side of the heading
            "2. Chinese aircraft (Okinawa Island - Miyako Island)\n\n(1) Date\nToday (21st (Thu)), "
            "morning\n\n(2) Aircraft confirmed\nY-9 intelligence gathering aircraft x1\n\n(3) "
            "Outline\nThe aircraft flew from the East China Sea, passed over the waters between "
            "Okinawa Island and Miyako Island and advanced to the Pacific.\n\n(4) Response\n"
            "Fighters of the Southwestern Air Defense Force were scrambled.",
            [
                ("strait_transit", "2025-08-21", None, ("CN",), "primary"),
                ("scramble", "2025-08-21", None, ("JP",), "response"),
            ],
        ),
        (  # 'Of these, 14 aircraft entered ... our ADIZ' in a Taiwan release: Taiwan's zone, on
            # the days of the count
            "2. From 06:00 yesterday (August 20) to 06:00 today (August 21), 26 PLA aircraft and "
            "9 PLAN vessels operating around Taiwan were detected. Of these, 14 aircraft entered "
            "the southwestern and southeastern parts of our ADIZ.",
            [("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # 'Of the aircraft, 26 crossed' takes the days of the count told before, though that
            # count is no incident of its own
            "The Chinese carrier group sailed through the Bashi Channel into the western Pacific "
            "late Sunday, the MND said.\n\nIn its daily report, the MND said it had detected 39 "
            "Chinese military aircraft and 20 People's Liberation Army (PLA) ships around Taiwan "
            "between 6 a.m. Tuesday and 6 a.m. Wednesday. Of the aircraft, 26 crossed the median "
            "line of the Taiwan Strait or entered Taiwan's air defense identification zone (ADIZ), "
            "it said.",
            [
                ("strait_transit", "2025-08-17", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-19", "2025-08-20", ("CN",), "primary"),
            ],
        ),
        (  # two drills of one page whose days only overlap ('From 17 to 19 August', 'Since 18
            # August') are two drills, not one
            "From 17 to 19 August, a detachment of Russian Pacific Fleet ships held an exercise on "
            "searching for and destroying a submarine of a notional enemy.\n\nSince 18 August, "
            "Russian servicemen of the machine-gun artillery division stationed on the islands "
            "of Iturup and Kunashir have been holding a tactical exercise on repelling a landing.",
            [
                ("other", "2025-08-17", "2025-08-19", ("RU",), "primary"),
                ("other", "2025-08-18", "2025-08-21", ("RU",), "primary"),
            ],
        ),
        (  # the fighters' flight toward the islands before one locked its radar on an F-15 is an
            # incident of its own, not a detail of the lock-on
            "A Chinese J-11 fighter locked its fire-control radar on an Air Self-Defense Force "
            "F-15 over the East China Sea on Tuesday afternoon. The F-15 had been scrambled after "
            "two Chinese J-11 fighters were seen flying southeast over the East China Sea towards "
            "the Senkaku Islands.",
            [
                ("radar_lockon", "2025-08-19", None, ("CN",), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
                ("other", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # 'Among them, one TB-001 unmanned aerial vehicle entered our northern ADIZ' is one of
            # the 11 aircraft told before, an incident of its own
            "1. From 06:00 yesterday (August 20) to 06:00 today (August 21), 21 PLA aircraft "
            "operating around Taiwan were detected. Of these, 11 aircraft crossed the median line "
            "of the Taiwan Strait or entered the northern and eastern parts of our ADIZ.\n\n2. "
            "Among them, one TB-001 unmanned aerial vehicle entered our northern ADIZ from the "
            "East China Sea, flew south along the east coast of Taiwan and left through the "
            "Bashi Channel.",
            [
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # the platforms of two sides that 'held a joint exercise' are both its sides
            "Two U.S. Air Force B-52 bombers and four ASDF F-15 fighters held a joint exercise "
            "over the Sea of Japan on Tuesday, the Joint Staff said.",
            [("other", "2025-08-19", None, ("JP", "US"), "primary")],
        ),
        (  # a ship that operated in the zone 'from Monday morning ... and was still there as of
            # Tuesday evening' was there both days
            "A Chinese marine research ship operated in Japan's exclusive economic zone northwest "
            "of Okinotori Island from Monday morning without Japan's consent and was still there "
            "as of Tuesday evening, the coast guard said.",
            [("other", "2025-08-18", "2025-08-19", ("CN",), "primary")],
        ),
        (  # ships that 'had held anti-submarine and air defense drills in the Sea of Japan'
            # drilled on the days told
            "Russia's Pacific Fleet said in a statement that the ships had held anti-submarine "
            "and air defense drills in the Sea of Japan from Aug. 12 to 15 and were returning to "
            "their home port.",
            [("other", "2025-08-12", "2025-08-15", ("RU",), "primary")],
        ),
        (  # 'has been conducting missile and artillery firing drills ... since Monday' drills to
            # the news; '..., and two Il-38 patrol planes flew over the Sea of Japan' after a
            # firing is a flight of its own, the one the fighters answered
            "Russia's Pacific Fleet has been conducting missile and artillery firing drills in the "
            "Sea of Japan west of the Shakotan Peninsula since Monday. On Tuesday, the Russian "
            "navy's corvettes fired anti-ship missiles at a target ship in the area, and two "
            "Il-38 patrol planes flew over the Sea of Japan off Hokkaido's west coast, prompting "
            "the Air Self-Defense Force to scramble fighter jets.",
            [
                ("other", "2025-08-18", "2025-08-21", ("RU",), "primary"),
                ("missile_launch", "2025-08-19", None, ("RU",), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
            ],
        ),
        (  # an exercise whose active phase 'began on August 18 and will last until August 23'
            # runs from then to the news, not to the day of the drill told first
            "Warships of the Russian Pacific Fleet and the Chinese navy taking part in the "
            "Northern/Interaction-2025 joint exercise practised the search for a mock enemy "
            "submarine in the Sea of Japan on Wednesday. The active phase of the exercise began "
            "on August 18 and will last until August 23.",
            [("joint_naval_exercise", "2025-08-18", "2025-08-21", ("CN", "RU"), "primary")],
        ),
        (  # crews that 'have been taking part in a tactical exercise' since a day drill from
            # then; 'The exercise continues until' a later day: to the news
            "Since 18 August, crews of the Russian Bastion coastal missile system stationed on "
            "Iturup Island have been taking part in a tactical exercise. The exercise continues "
            "until 23 August.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # troops 'on Iturup' that 'began an exercise' drill
            "Russian troops on Iturup began an exercise on Tuesday.",
            [("other", "2025-08-19", "2025-08-21", ("RU",), "primary")],
        ),
        (  # an exercise that 'continues until' a later day goes on to the news
            "Russian troops held an exercise on Iturup on Tuesday. The exercise continues until "
            "23 August.",
            [("other", "2025-08-19", "2025-08-21", ("RU",), "primary")],
        ),
        (  # a passage told 'Separately' two days before the news is another item of it, not
            # an earlier incident it recalls
            "Two Chinese H-6K bombers flew between Okinawa's main island and Miyako Island on "
            "Wednesday, prompting Japan to scramble fighter jets. Separately, the Joint Staff "
            "said a Chinese navy Dongdiao-class intelligence-gathering ship had sailed northeast "
            "through the Tsushima Strait into the Sea of Japan on Monday.",
            [
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
                ("scramble", "2025-08-20", None, ("JP",), "response"),
                ("strait_transit", "2025-08-18", None, ("CN",), "primary"),
            ],
        ),
        (  # a release's counts told under its 'Period covered:' line are of that period; 'Of
            # the aircraft detected' are those of the side whose aircraft were detected
            "PLA Activities in the Waters and Airspace around Taiwan\n\nI. Period covered: 06:00 "
            "(UTC+8), August 20, 2025 to 06:00 (UTC+8), August 21, 2025\n\nII. PLA aircraft "
            "detected: 21 sorties\nPLAN vessels detected: 6\n\nIII. Of the aircraft detected, 12 "
            "crossed the median line of the Taiwan Strait and entered the northern and "
            "southwestern parts of our ADIZ.",
            [("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # 'The F-15s, from Naha Air Base ..., had been scrambled' after 'p.m.' ends the sentence
            # before: a scramble by the air force named before (the Air Self-Defense Force's)
            "A Chinese J-11 fighter locked its fire-control radar on two Air Self-Defense Force "
            "F-15 fighters over the East China Sea on Tuesday for about three minutes from around "
            "2:40 p.m. The F-15s, from Naha Air Base in Okinawa Prefecture, had been scrambled in "
            "response to three Chinese military aircraft.",
            [
                ("radar_lockon", "2025-08-19", None, ("CN",), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
            ],
        ),
        (  # flight operations that 'were continuing on Wednesday' run to that day
            "After entering the Pacific, J-15 fighter jets and helicopters took off from and "
            "landed on the Chinese carrier Liaoning on Tuesday afternoon in waters south of "
            "Miyakojima. The drills were continuing on Wednesday, the ministry said.",
            [("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # an entry told undated is of the day told before it, not the same as the smaller
            # one 'the day before' told after it, in 'the southwestern corner of the zone'
            "Chinese bombers flew around Taiwan on Wednesday, heading south through the Bashi "
            "Channel. Two H-6K bombers, accompanied by a Y-8 electronic warfare plane, entered "
            "the southwestern part of Taiwan's air defence identification zone in the morning. "
            "The day before, a single Chinese Y-8 anti-submarine aircraft briefly entered the "
            "southwestern corner of the zone, Taiwan's ministry said.",
            [
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-20", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # crews named at length before the drill they 'held' drilled
            "From 12 to 15 August, crews of the Bal coastal missile system of the Russian "
            "Eastern Military District's machine-gun and artillery division deployed on the "
            "island of Kunashir (Kuril Islands) held a tactical exercise to repel an attack by a "
            "notional enemy's landing force.",
            [("other", "2025-08-12", "2025-08-15", ("RU",), "primary")],
        ),
        (  # a passage told undated is of the day the next sentence says it was completed
            "Meanwhile, a detachment of Russian Pacific Fleet ships has passed through the La "
            "Perouse Strait from the Sea of Japan into the Sea of Okhotsk. The detachment, which "
            "also includes the tanker Pechenga, completed the passage on Tuesday, the press "
            "service said.",
            [("strait_transit", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # the passage of a ship the PLA tracked 'throughout its passage' is the ship's side's;
            # so is a 'Japanese destroyer transiting' the strait in a headline
            "The Eastern Theater Command of the Chinese People's Liberation Army organized naval "
            "and air forces to track and monitor the Japanese Maritime Self-Defense Force "
            "destroyer Takanami throughout its passage of the Taiwan Strait on Tuesday.",
            [("strait_transit", "2025-08-19", None, ("JP",), "primary")],
        ),
        (
            "The PLA Eastern Theater Command organized naval and air forces to track and monitor "
            "the Japanese Maritime Self-Defense Force destroyer JS Kirisame throughout its "
            "passage through the Taiwan Strait on Tuesday.",
            [("strait_transit", "2025-08-19", None, ("JP",), "primary")],
        ),
        (
            "PLA tracks, warns Japanese destroyer transiting Taiwan Strait on Tuesday",
            [("strait_transit", "2025-08-19", None, ("JP",), "primary")],
        ),
        (  # the exercise a ship is 'on its way to' is still ahead
            "A Japanese destroyer sailed through the Taiwan Strait from north to south on "
            "Thursday, on its way to a joint exercise with the Philippines in the South China "
            "Sea.",
            [("strait_transit", "2025-08-21", None, ("JP",), "primary")],
        ),
        (  # the navies that 'were holding a joint exercise' in a clause after 'as' are its
            # sides, not the one told before
            "A Japanese destroyer sailed through the Taiwan Strait on Thursday. The Chinese navy "
            "did not comment on the passage, which came as the Japanese and US navies were "
            "holding a joint exercise in the Philippine Sea on Thursday.",
            [
                ("strait_transit", "2025-08-21", None, ("JP",), "primary"),
                ("joint_naval_exercise", "2025-08-21", None, ("JP", "US"), "primary"),
            ],
        ),
        (  # 'A detachment of ... warships ... practised' drilled that day; a detachment that
            # 'passed from the Sea of Japan into the Sea of Okhotsk through the La Perouse
            # Strait' passed it; drills 'which will end on Saturday' go on to the news, but not
            # the detachment's, told before the item that opens with 'Meanwhile'
            "A detachment of Pacific Fleet warships led by the destroyer Admiral Panteleyev "
            "practised searching for a notional enemy submarine in the Sea of Okhotsk on "
            "Tuesday, the fleet said. The detachment passed from the Sea of Japan into the Sea of "
            "Okhotsk through the La Perouse Strait on Sunday.\n\nMeanwhile, Russian motorised "
            "rifle units began a week-long tactical exercise on Iturup and Kunashir on Monday. "
            "More than 500 servicemen are involved in the drills, which will end on Saturday with "
            "live firing.",
            [
                ("other", "2025-08-19", None, ("RU",), "primary"),
                ("strait_transit", "2025-08-17", None, ("RU",), "primary"),
                ("other", "2025-08-18", "2025-08-21", ("RU",), "primary"),
            ],
        ),
        (  # drills that began on a day and 'ended on Wednesday' run from one to the other
            "Russian motorised rifle units stationed on the Kuril Islands began a tactical "
            "exercise on Iturup on Monday. The drills ended on Wednesday with live firing, the "
            "Eastern Military District said.",
            [("other", "2025-08-18", "2025-08-20", ("RU",), "primary")],
        ),
        (  # ships that 'took part in a tactical exercise of the Primorsky flotilla' drilled; a
            # page's item opened by 'Also on 19 August' is one of its own, neither that week's
            # exercise nor the aircraft's flight of the same day
            "From 12 to 19 August, the ships took part in a tactical exercise of the Primorsky "
            "flotilla of diverse forces in the Sea of Japan.\n\nOn 19 August, two Tu-142MZ "
            "long-range anti-submarine aircraft of the Pacific Fleet performed a scheduled flight "
            "over the neutral waters of the Sea of Japan.\n\nAlso on 19 August, crews of the Bal "
            "coastal missile system of the Pacific Fleet carried out electronic launches against "
            "a detachment of notional enemy ships in the Sea of Japan.",
            [
                ("other", "2025-08-12", "2025-08-19", ("RU",), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
            ],
        ),
        (  # a day told inside an opening cue is the earlier event's: 'Hours after Tuesday's
            # launch, before dawn on Wednesday, ... forces conducted' is Wednesday's alone
            "North Korea fired a ballistic missile into the sea on Tuesday. Hours after "
            "Tuesday's launch, before dawn on Wednesday, U.S. and South Korean forces conducted "
            "a live-fire exercise on the east coast of South Korea.",
            [
                ("missile_launch", "2025-08-19", None, ("KP",), "primary"),
                ("joint_naval_exercise", "2025-08-20", None, ("KR", "US"), "primary"),
            ],
        ),
        (  # crews of ships that 'have been conducting an exercise' since a day drill from then
            # to the news, wherever the exercise is held
            "Since 18 August, crews of the corvettes Sovershenny and Gromky of the Pacific "
            "Fleet's Primorsky flotilla have been conducting an exercise at the sea ranges of "
            "Peter the Great Bay.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # aircraft that 'entered the northern and southwestern parts of Taiwan's ADIZ' entered
            # it, however many words name the parts
            "Of the aircraft, 5 J-16 fighters crossed the median line of the Taiwan Strait on "
            "Tuesday and entered the northern and southwestern parts of Taiwan's ADIZ.",
            [("adiz_entry", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # servicemen 'taking part in an exercise since Tuesday' drill from then to the news
            "Russia's Eastern Military District said Thursday that more than 1,000 servicemen on "
            "Etorofu and Kunashiri islands have been taking part in an exercise since Tuesday.",
            [("other", "2025-08-19", "2025-08-21", ("RU",), "primary")],
        ),
        (  # an exercise that began on a day 'that is scheduled to continue until' a later one is
            # under way, not planned; aircraft that 'had flown the previous day' flew that day
            "About 500 Russian troops stationed on Etorofu and Kunashiri islands began a tactical "
            "exercise on August 18 that is scheduled to continue until August 22. Separately, "
            "Japan's Joint Staff said on August 20 that two Russian Tu-142 long-range patrol "
            "aircraft had flown the previous day from the Sea of Okhotsk along the Kuril Islands "
            "and south over the Pacific.",
            [
                ("other", "2025-08-18", "2025-08-21", ("RU",), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
            ],
        ),
        (  # crews that 'held a tactical exercise from 18 to 20 August' drilled those days
            "Crews of the Bal coastal missile system of Russia's Eastern Military District "
            "stationed on Kunashir held a tactical exercise from 18 to 20 August to repel an "
            "attempted landing by a notional enemy on the island's coast.",
            [("other", "2025-08-18", "2025-08-20", ("RU",), "primary")],
        ),
        (  # ships that 'had been navigating in the contiguous zone since the previous day' were
            # there from that day to the day it was counted from
            "Three China Coast Guard vessels intruded into Japan's territorial waters south of "
            "Minami-kojima this morning. The three vessels had been navigating in the contiguous "
            "zone since the previous day.",
            [
                ("contiguous_zone_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # a helicopter that 'entered the airspace over Japanese territorial waters' violated
            # the airspace; it did not enter the waters
            "A Russian Mi-8 helicopter entered the airspace over Japanese territorial waters near "
            "Cape Nosappu at around 10:40 a.m. on Tuesday.",
            [("airspace_violation", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # 'targets imitating cruise missiles launched by the aircraft of the notional enemy'
            # are no launch
            "On Tuesday, during an exercise in Peter the Great Bay, Russian crews used AK-630 "
            "artillery mounts against targets imitating cruise missiles launched by the aircraft "
            "of the notional enemy.",
            [],
        ),
        (  # a tactical exercise named before a long relative clause that says it was held
            "A tactical exercise of motorised rifle and artillery units of the machine-gun and "
            "artillery division of the Eastern Military District stationed on the Kuril Islands, "
            "which was held from 17 to 20 August on Iturup and Kunashir, has been completed. "
            "Yesterday, 20 August, two Il-38 long-range anti-submarine aircraft of the Pacific "
            "Fleet's naval aviation carried out a scheduled flight over the neutral waters of the "
            "Sea of Japan.",
            [
                ("other", "2025-08-17", "2025-08-20", ("RU",), "primary"),
                ("other", "2025-08-20", None, ("RU",), "primary"),
            ],
        ),
        (  # an entry told by its time of day alone ('at around 10:14') is of the day of the
            # news told before it, not somewhere in the week
            "[09:45] [Breaking] Russian military aircraft entered the KADIZ this morning. Our "
            "military is taking tactical measures.\n\n[10:40] [Update] Two Russian Tu-95MS "
            "bombers entered the KADIZ northeast of Ulleungdo at around 08:51 and flew south "
            "over the East Sea. They left the KADIZ east of Dokdo at around 09:37. None of the "
            "aircraft violated our territorial airspace.\n\n[10:55] Our Air Force deployed "
            "F-15K fighters before the Russian aircraft entered the KADIZ.\n\n[12:20] [Update] "
            "Separately, a Chinese Y-9 reconnaissance "
            "aircraft entered the KADIZ southwest of Ieodo at around 10:14 and left it west of "
            "Ieodo at around 10:58.",
            [
                ("adiz_entry", "2025-08-21", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-21", None, ("RU",), "primary"),
                ("scramble", "2025-08-21", None, ("KR",), "response"),
            ],
        ),
        (  # an incident dated 'earlier this week' happened on the day the sentence after tells
            "Japan's Defense Ministry said Thursday that a Chinese navy frigate locked its "
            "fire-control radar on a Japanese navy helicopter over the East China Sea earlier "
            "this week. Defense Minister Inada told reporters the incident happened Tuesday "
            "afternoon near the median line.",
            [("radar_lockon", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # 'A tactical exercise ... was held from 18 to 20 August' is a drill; its 'electronic
            # launches of Onyx cruise missiles' fire nothing
            "A tactical exercise of a coastal missile battalion of the Pacific Fleet stationed on "
            "Matua island in the Greater Kuril ridge was held from 18 to 20 August. During the "
            "exercise, the crews of the Bastion coastal missile system made a march to field "
            "positions and performed electronic launches of Onyx cruise missiles at a detachment "
            "of ships of a notional enemy.",
            [("other", "2025-08-18", "2025-08-20", ("RU",), "primary")],
        ),
        (  # a page's items: crews that 'carried out a missile firing' launched missiles; crews
            # that 'carried out a march' with their launchers drilled (their 'electronic
            # launches' fire nothing)
            "Yesterday, 20 August, the crews of the small missile ships Smerch and Razliv of the "
            "Pacific Fleet carried out a missile firing at a naval range in the Sea of Japan. "
            "Also on 20 August, crews of the Bal coastal missile system of the Pacific Fleet "
            "deployed on Iturup carried out a march of more than 30 kilometres, deployed the "
            "complex at a field position and practised electronic launches at targets imitating "
            "landing ships.",
            [
                ("missile_launch", "2025-08-20", None, ("RU",), "primary"),
                ("other", "2025-08-20", None, ("RU",), "primary"),
            ],
        ),
        (  # ships that entered the zone on a day and 'are navigating in' it are there up to
            # the news
            "Two other China Coast Guard vessels, which entered the contiguous zone together "
            "with them on August 18 (Mon), are navigating in the contiguous zone approximately "
            "30 km north of Kuba Island.",
            [("contiguous_zone_entry", "2025-08-18", "2025-08-21", ("CN",), "primary")],
        ),
        (  # ships that 'had been navigating in the contiguous zone since the previous day'
            # were in the zone from then to their entry into the waters
            "Japan scrambled jets on Thursday. Four China Coast Guard vessels that had been "
            "navigating in the contiguous zone around the Senkaku Islands since the previous day "
            "intruded into Japan's territorial waters west of Uotsuri Island early this morning.",
            [
                ("contiguous_zone_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("scramble", "2025-08-21", None, ("JP",), "response"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # 'the same route used on Tuesday' names the route by another passage's day: the
            # passage of the clause is of its own time
            "Three Chinese navy ships passed between the islands of Mikurajima and Hachijojima "
            "on Tuesday afternoon, the Joint Staff said. In September last year, Russian "
            "warships taking part in a joint patrol with China passed between Mikurajima and "
            "Hachijojima, the same route used on Tuesday.",
            [
                ("joint_naval_patrol", "2024-09", None, ("CN", "RU"), "background"),
                ("strait_transit", "2024-09", None, ("CN", "RU"), "background"),
                ("strait_transit", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # the joint patrol a passage was part of, told as 'had begun on Friday', runs from
            # then up to the news
            "Chinese and Russian warships sailed together through the Tsugaru Strait into the "
            "Pacific on Tuesday as part of a joint naval patrol, Tokyo said. China's defence "
            "ministry said the patrol had begun on Friday and would cover relevant waters of the "
            "western Pacific.",
            [
                ("joint_naval_patrol", "2025-08-15", "2025-08-21", ("CN", "RU"), "primary"),
                ("strait_transit", "2025-08-19", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # flight operations told as 'continuing' the next day go on from the day told
            "On Tuesday, J-35 fighters and KJ-600 airborne early warning planes made about 60 "
            "take-offs and landings from the carrier Fujian in waters roughly 200 km south of "
            "Miyako Island, the ministry said. Flight operations were continuing on Wednesday "
            "morning, it added.",
            [("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # ships that 'are navigating in' the waters they entered the day before are still
            # there: one stay up to the news
            "Two China Coast Guard vessels intruded into Japan's territorial waters south of "
            "Minami-kojima at around 10:40 on August 20 (Wed) and stayed there overnight. As of "
            "17:00 today, the two vessels are navigating in the territorial waters approximately "
            "15 km south of Uotsuri Island.",
            [("territorial_waters_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # aircraft that 'flew in' part of an ADIZ were in it
            "Yesterday afternoon (August 20), one PLA Y-8 electronic reconnaissance aircraft "
            "flew in the southwestern part of Taiwan's ADIZ for about one hour, the ministry "
            "said.",
            [("adiz_entry", "2025-08-20", None, ("CN",), "primary")],
        ),
        (  # a chronology's entries take the day on the line that heads them; the ships that
            # 'navigated' in the zone the day after they entered it stayed on: one stay
            "Sequence of events (times JST)\nAugust 19 (Tue)\n10:20  The four China Coast Guard "
            "vessels were confirmed entering the contiguous zone approximately 40 km north of "
            "Kuba Island.\nAugust 20 (Wed)\nMorning to afternoon  The four vessels navigated west "
            "in the contiguous zone north of Kuba Island and Uotsuri Island.\nAugust 21 (Thu)\n"
            "09:00  The four vessels were navigating east-northeast in the contiguous zone about "
            "30 km south of Minami-kojima.\n\n4. Response\nJCG patrol vessels warned the vessels "
            "not to enter the territorial waters.",
            [("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary")],
        ),
        (  # ships that 'had been sailing in the contiguous zone since the previous day' and
            # 'moved into' the waters on a day stayed in the zone up to that day; left the
            # waters 'at about 4:40 pm' (the day of the entry) and told in the zone the next
            # morning, they were in the zone from the first day to the last: one stay
            "Japan scrambled fighter jets on Wednesday after a helicopter from a Chinese coast "
            "guard ship flew into its airspace over the Senkaku Islands. The helicopter took off "
            "from one of four China Coast Guard vessels that had been sailing in the contiguous "
            "zone since the previous day and moved into Japanese territorial waters early on "
            "Wednesday morning, the ministry said. The four ships left the territorial waters at "
            "about 4:40 pm and were sailing in the contiguous zone just outside them on Thursday "
            "morning, the Japan Coast Guard said.",
            [
                ("airspace_violation", "2025-08-20", None, ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary"),
                ("scramble", "2025-08-20", None, ("JP",), "response"),
                ("territorial_waters_entry", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # what a report told only by its month tells, with no day of its own, is of that
            # month
            "Last month, Tokyo said J-15 fighters from the Chinese aircraft carrier Liaoning had "
            "directed their radar at Japanese F-15s southeast of Okinawa's main island, a move "
            "it called dangerous.",
            [("radar_lockon", "2025-07", None, ("CN",), "primary")],
        ),
        (  # ships that 'sailed in' the territorial waters entered them; told in the zone the
            # morning after they left the waters, they were there since they left
            "Two China Coast Guard ships sailed in Japanese territorial waters around the "
            "Senkaku Islands for nearly 34 hours from Tuesday morning, the Japan Coast Guard "
            "said. The two ships followed a fishing boat overnight and left the territorial "
            "waters at around 6:50 p.m. Wednesday. As of Thursday morning, the two ships were "
            "sailing in the contiguous zone just outside the territorial waters, about 30 km "
            "north of Kuba Island.",
            [
                ("territorial_waters_entry", "2025-08-19", "2025-08-20", ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # the platform a relative clause opens on is the subject of its verb, though the side
            # that tracked it is named before: the P-8A's flight is the United States'
            "The Eastern Theater Command of the Chinese People's Liberation Army organized "
            "fighter jets to track and monitor a U.S. Navy P-8A Poseidon patrol aircraft that "
            "flew through the Taiwan Strait on Tuesday, a spokesperson said.",
            [("strait_transit", "2025-08-19", None, ("US",), "primary")],
        ),
        (  # a release's item told 'in the same period' is another incident of the period's
            # days, not a leg of the entry told before it
            "1. From 6 a.m. yesterday (August 20) to 6 a.m. today (August 21), 32 sorties of "
            "PLA aircraft were detected. Of the aircraft, 21 crossed the median line of the "
            "Taiwan Strait and entered the northern and southwestern ADIZ.\n\n2. In the same "
            "period, one PLA BZK-005 unmanned aerial vehicle took off from the Chinese mainland, "
            "flew south through the waters between Yonaguni and Taiwan and returned through the "
            "Bashi Channel.",
            [
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("strait_transit", "2025-08-20", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # drills a side 'began' on a day of the past week, with no word of their end, are
            # under way up to the news, however far the verb stands from the day
            "China and Russia began joint naval exercises in the East China Sea on Tuesday, "
            "Beijing's defence ministry said. Destroyers and frigates from both navies will "
            "practise anti-submarine warfare in waters off Zhejiang until Saturday, the "
            "ministry said in a statement on Wednesday.",
            [("joint_naval_exercise", "2025-08-19", "2025-08-21", ("CN", "RU"), "primary")],
        ),
        (  # a ship sighted one day and told still sailing the next ('As of 18:00 today, the
            # ship was sailing') is one stay over both days
            "Yesterday (August 20), a PLA Navy Dongdiao-class intelligence gathering ship was "
            "monitored navigating north in waters about 60 nautical miles east of Hualien. As of "
            "18:00 today, the ship was sailing in waters northeast of Taiwan, toward the East "
            "China Sea, and was being tracked by ROC Navy ships.",
            [("other", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # a coast guard fleet that 'patrolled' or 'cruised within' the territorial waters
            # entered them: the China Coast Guard's own words for it
            "China Coast Guard fleet patrols Diaoyu Islands waters\n\nA China Coast Guard fleet "
            "cruised within the territorial waters of China's Diaoyu Islands on Tuesday, the CCG "
            "announced. The fleet, made up of CCG vessels 2302 and 2305, patrolled the "
            "territorial waters of the Diaoyu Islands on Tuesday, the CCG said in a brief "
            "statement.",
            [("territorial_waters_entry", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # 'from one day until the next' is a span of both days, the first named with 'from'
            "From Tuesday evening until Wednesday morning, J-15 fighters and Z-18 helicopters "
            "from the carrier Liaoning made about 40 take-offs and landings in waters about 150 "
            "km southeast of Miyako Island, the ministry said.",
            [("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # ships told in the contiguous zone 'throughout the day' stayed there day after day:
            # one stay from their entry to the last day they are told there or in the waters
            "At 10:30 on August 19, four China Coast Guard vessels were confirmed entering the "
            "contiguous zone around the Senkaku Islands approximately 40 km north of Kuba Island. "
            "On August 20, the four vessels navigated in the contiguous zone northwest of "
            "Uotsuri Island throughout the day. Early this morning, two of the vessels intruded "
            "into Japan's territorial waters south of Minami-kojima.",
            [
                ("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # exercises a side 'prepared to begin' are a plan; a case supposed after 'whether it
            # is' is no incident
            "Two Tu-142 aircraft flew over the Sea of Japan on Monday, as Russia and Belarus "
            "prepared to begin large-scale joint military exercises on Friday. The same aircraft "
            "can share data in a crisis, whether it is a North Korean submarine or a Chinese task "
            "force passing through the Korea Strait.",
            [("other", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # aircraft flying over a part of a strait do not pass through it
            "On Monday, two Chinese J-11 fighter aircraft, flying a training mission over the "
            "southwestern part of the Taiwan Strait, intentionally crossed the median line. Two "
            "Chinese drones flew through the Miyako Strait on Tuesday.",
            [
                ("other", "2025-08-18", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # a daily report's '1. Period:' with its clock times dates the items below it
            "PLA activities around Taiwan\n\n1. Period: August 19, 2025 (Tuesday) 06:00 to August "
            "20, 2025 (Wednesday) 06:00 (UTC+8)\n\n2. Detected activity: 11 sorties of PLA "
            "aircraft and 6 PLAN vessels.\n\n3. Of the aircraft, 7 crossed the median line of "
            "the Taiwan Strait and entered Taiwan's southwestern ADIZ.",
            [("adiz_entry", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # ships 'that entered the contiguous zone' on a day and the waters on a later one
            # stayed in the zone up to then
            "Four China Coast Guard vessels that entered the contiguous zone around the Senkaku "
            "Islands on August 19 (Tue) intruded into Japan's territorial waters this morning.",
            [
                ("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # a dateline without an agency ('BEIJING, Nov. 9 --') dates the report, not the patrol
            "BEIJING, Aug. 20 -- The Eastern Theater Command of the Chinese People's Liberation "
            "Army organized a joint combat readiness patrol in the sea and airspace around "
            "Taiwan island on Tuesday, according to a statement released late on Tuesday.",
            [("other", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # 'the 39th day this year' is a tally: the year does not date the intrusion told
            "Today, four China Coast Guard vessels entered the contiguous zone around the Senkaku "
            "Islands in the early morning and subsequently intruded into Japan's territorial "
            "waters north of Kuba Island. This is the 39th day this year on which Chinese "
            "government ships entered the territorial waters.",
            [
                ("contiguous_zone_entry", "2025-08-21", None, ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-21", None, ("CN",), "primary"),
            ],
        ),
        (  # crews that 'carried out an exercise' hold a drill of their side
            "Chinese and Russian warships held a joint exercise in the Sea of Japan on Monday. "
            "Also on Tuesday, the crews of a Russian Bal coastal missile system battalion "
            "deployed on Matua Island carried out an exercise to repel an attack by a notional "
            "enemy landing force.",
            [
                ("joint_naval_exercise", "2025-08-18", None, ("CN", "RU"), "primary"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
            ],
        ),
        (  # drills 'that Russian forces began Monday' are Russia's, from Monday; the day of
            # the protest over them is not theirs
            "The government lodged a protest with Russia on Tuesday over military exercises that "
            "Russian forces began Monday on Kunashiri and Etorofu islands.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # a protest's day dates the incident when it is the only day told
            "Japan lodged a protest with Russia on Tuesday after two Russian Tu-95 bombers "
            "violated Japanese airspace near Minamidaito Island.",
            [("airspace_violation", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # troops 'taking part in the exercises, which ...' hold them; 'took part in those
            # drills' names again the drills just told
            "More than 1,500 Russian troops on Kunashiri are taking part in the exercises, which "
            "are scheduled to last until Friday, the district said on Monday.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # an exercise launched 'with the maritime phase to be held' later is under way
            "Chinese and Russian naval forces on Tuesday launched the \"Maritime "
            "Interaction-2025\" joint exercise in Vladivostok, with the maritime phase to be "
            "held in the waters of the Sea of Japan until Sunday.",
            [("joint_naval_exercise", "2025-08-19", None, ("CN", "RU"), "primary")],
        ),
        (  # a relative clause between the radar and its target
            "The Chinese frigate directed the radar, which is used to guide weapons to a target, "
            "at the destroyer JS Amagiri for about three minutes on Wednesday afternoon.",
            [("radar_lockon", "2025-08-20", None, ("CN",), "primary")],
        ),
        (  # 'The 2024 exercise, held in July' after a joint exercise: that series, of July 2024
            "Chinese and Russian warships are taking part in a joint exercise in the Sea of Japan "
            "on Monday. The 2024 exercise, held in July, also took place in the waters off "
            "Vladivostok.",
            [
                ("joint_naval_exercise", "2024-07", None, ("CN", "RU"), "background"),
                ("joint_naval_exercise", "2025-08-18", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # drills that opened and 'will run until' a later day are under way, not planned
            "The \"Joint Sea-2025\" drills of China and Russia opened on Sunday at a naval base "
            "in Zhanjiang, on the South China Sea, and will run until the end of the month, the "
            "ministry said.",
            [("joint_naval_exercise", "2025-08-17", "2025-08-21", ("CN", "RU"), "primary")],
        ),
        (  # fighters accused of locking their radar on another side's planes locked it
            "China's Defense Ministry has accused Japanese fighter jets of locking their "
            "fire-control radar on two Chinese warplanes over the East China Sea on Monday.",
            [("radar_lockon", "2025-08-18", None, ("JP",), "primary")],
        ),
        (  # the side of the platform that is the verb's subject acts, though an adversary is
            # named after it; a side that 'said it had test-fired' a missile fired it
            "A Japanese destroyer sailed through the Taiwan Strait on Wednesday, on the same day "
            "that China said it had test-fired an intercontinental ballistic missile into the "
            "Pacific Ocean.",
            [
                ("missile_launch", "2025-08-20", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("JP",), "primary"),
            ],
        ),
        (  # 'mainland China' is a place, not the side of the destroyer
            "The destroyer Sazanami passed through the narrow waterway separating Taiwan from "
            "mainland China on Wednesday.",
            [],
        ),
        (  # 'Taipei' scrambling is Taiwan ('Taiwan Strait' names no side)
            "The Liaoning sailed north through the Taiwan Strait on Monday, prompting Taipei to "
            "scramble jets and ships.",
            [
                ("scramble", "2025-08-18", None, ("TW",), "response"),
                ("strait_transit", "2025-08-18", None, ("CN",), "primary"),
            ],
        ),
        (  # ships a side has deployed in numbers in waters are its presence there
            "China has deployed about 90 navy and coast guard ships in waters stretching from "
            "Japan's southern islands to the South China Sea on Monday, Taiwan's government said.",
            [("other", "2025-08-18", None, ("CN",), "primary")],
        ),
        (  # 'No PLA aircraft or vessel entered ...' tells of no entry
            "Two Chinese destroyers sailed through the Miyako Strait on Monday. No PLA aircraft "
            "or vessel entered Japan's territorial waters, the ministry said.",
            [("strait_transit", "2025-08-18", None, ("CN",), "primary")],
        ),
        (  # fighters that 'had taken off from and landed on' a carrier are its operations
            "The Joint Staff said J-15 fighter jets and helicopters had taken off from and landed "
            "on the Chinese carrier Liaoning from Saturday to Monday in waters south of Miyako "
            "Island.",
            [("carrier_operations", "2025-08-16", "2025-08-18", ("CN",), "primary")],
        ),
        (  # a watcher's count of aircraft and ships around an island is their presence; a
            # part of them crossing a line is an incident of its own, not a detail of it
            "Taiwan detected 21 Chinese military aircraft and four naval vessels around the "
            "island on Tuesday, the Ministry of National Defense said. Of the 21 aircraft, 13 "
            "crossed the median line of the Taiwan Strait, the ministry said.",
            [
                ("other", "2025-08-19", None, ("CN",), "primary"),
                ("other", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # an entry in the evening and an exit after midnight is a stay over two days; an
            # entry and exit by day is one day
            "Three Russian Navy vessels entered the contiguous zone between Kuba and Taisho "
            "islands at around 9:50 p.m. Tuesday, moving from south to north, and left at around "
            "3:05 a.m., the ministry said. Two Chinese ships entered the contiguous zone near the "
            "Senkaku Islands at 9:50 a.m. on Monday and left at 3:05 p.m.",
            [
                ("contiguous_zone_entry", "2025-08-18", None, ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-19", "2025-08-20", ("RU",), "primary"),
            ],
        ),
        (  # hours of a stay from an unknown time of day count from midday
            "Four China Coast Guard ships entered Japan's territorial waters around the Senkaku "
            "Islands on Monday and stayed for more than 20 hours.",
            [("territorial_waters_entry", "2025-08-18", "2025-08-19", ("CN",), "primary")],
        ),
        (  # a drill that 'began' on one day 'and ended' on another spans both
            "The drills, dubbed Joint Sea-2025, began on Aug. 12 in the East China Sea, off "
            "Shanghai, and ended on Monday, according to Chinese state media.",
            [("joint_naval_exercise", "2025-08-12", "2025-08-18", ("CN", "RU"), "primary")],
        ),
        (  # an exercise told as opened this week, with no word of its end, is still going on;
            # a series of firings that 'began' on a day is not a drill under way
            "The Russian-Chinese naval exercise Joint Sea-2025 opened on Monday in the port of "
            "Vladivostok, the press service of the Pacific Fleet said on Wednesday. The series "
            "began Monday morning, when North Korea fired more than 200 artillery rounds into the "
            "Yellow Sea.",
            [
                ("joint_naval_exercise", "2025-08-18", "2025-08-21", ("CN", "RU"), "primary"),
                ("other", "2025-08-18", None, ("KP",), "primary"),
            ],
        ),
        (  # a plan told after the passage, 'where it will conduct ...', leaves the passage news;
            # a plan that is the clause's own is no incident
            "A task group of the People's Liberation Army Navy sailed through the Miyako Strait "
            "on Tuesday to the West Pacific, where it will conduct far-seas training, the Navy "
            "said on Wednesday. China will send more warships through the Osumi Strait on "
            "Saturday, where they will train.",
            [("strait_transit", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # a day named within the week a clause opens with is the day; a day told past the
            # week, for the verb after it, is not
            "Earlier this week, the PLA Eastern Theater Command organized a joint combat "
            "readiness patrol in the sea and air space around Taiwan island on Monday, which "
            "analysts said was routine.",
            [("other", "2025-08-18", None, ("CN",), "primary")],
        ),
        (
            "A submerged Chinese submarine that sailed through the contiguous zone around the "
            "Senkaku Islands earlier this week surfaced in the East China Sea on Thursday, the "
            "Defense Ministry said.",  # ('earlier this week' in a report of Thursday: Monday to
            # Wednesday)
            [("contiguous_zone_entry", "2025-08-18", "2025-08-20", ("CN",), "primary")],
        ),
        (  # from a time on one day 'to the early hours of' the next: both days
            "China's aircraft carrier Fujian passed east through the Osumi Strait from around "
            "11 p.m. on Aug. 18 to the early hours of Aug. 19, the Defense Ministry said.",
            [("strait_transit", "2025-08-18", "2025-08-19", ("CN",), "primary")],
        ),
        (  # operations that 'continued' the next day are the same operations
            "J-15 fighters took off from and landed on the carrier Liaoning on Tuesday afternoon "
            "south of Miyako Island. Flight operations continued on Wednesday morning.",
            [("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # crews that 'practised' a drill: one side's drill
            "On Monday, crews of the Russian Pacific Fleet's Bastion coastal missile system on "
            "Matua Island in the Kuril Islands practised deploying the system to a firing "
            "position.",
            [("other", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # an exercise completed today 'which began on' an earlier day spans both
            "Today, the Pacific Fleet completed the active phase of a large-scale exercise in the "
            "Sea of Japan, which began on 18 August.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # 'twice over the weekend', then each day's entry: two entries, not one span
            "Two Russian strategic bombers entered South Korea's air defense identification zone "
            "twice over the weekend, the Joint Chiefs of Staff said. The Tu-95 bombers first "
            "entered the zone northeast of Ulleung Island on Saturday morning. On Sunday "
            "afternoon, the same two aircraft entered the zone again east of Gangneung.",
            [
                ("adiz_entry", "2025-08-16", None, ("RU",), "primary"),
                ("adiz_entry", "2025-08-17", None, ("RU",), "primary"),
            ],
        ),
        (  # drills 'carried out' on a named island: one side's
            "Crews of the Bastion coastal missile system of the Pacific Fleet carried out an "
            "exercise on Iturup island in the Kuril chain on Monday, the Russian Defense Ministry "
            "said.",
            [("other", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # a passage told as a noun
            "Russian warships made a rare winter passage of the Soya Strait on Tuesday, the "
            "Defense Ministry said.",
            [("strait_transit", "2025-08-19", None, ("RU",), "primary")],
        ),
        (  # 'between two Japanese islands': a strait left unnamed
            "China's aircraft carrier Liaoning and five escort ships sailed into the Pacific "
            "between two Japanese islands on Tuesday, Japan's Defense Ministry said.",
            [("strait_transit", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # a missile that 'plunged', a rocket 'it says was carrying' a satellite
            "A North Korean ballistic missile plunged into the Sea of Japan on Wednesday.",
            [("missile_launch", "2025-08-20", None, ("KP",), "primary")],
        ),
        (
            "North Korea launched a rocket it says was carrying a military reconnaissance "
            "satellite on Wednesday.",
            [("missile_launch", "2025-08-20", None, ("KP",), "primary")],
        ),
        (  # the carrier group's training told as going on when the spokesperson spoke, and its
            # fighters' take-offs and landings: one carrier's operations
            "The Liaoning aircraft carrier group of the Chinese People's Liberation Army (PLA) "
            "Navy is conducting far-sea combat training in the waters of the western Pacific, a "
            "Navy spokesperson said Wednesday. Japan's Joint Staff Office said fighter jets and "
            "helicopters took off from and landed on the carrier on Tuesday and again on "
            "Wednesday in waters south of Miyako Island.",
            [("carrier_operations", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # the state a launch site borders is no side of the launch
            "North Korea said the missile was fired on Tuesday from Jagang province near the "
            "border with China.",
            [("missile_launch", "2025-08-19", None, ("KP",), "primary")],
        ),
        (  # a stay 'until' a day ends on it
            "Two China Coast Guard vessels remained in Japanese territorial waters around the "
            "Senkaku Islands for more than 57 hours until late on Aug. 13.",
            [("territorial_waters_entry", "2025-08-11", "2025-08-13", ("CN",), "primary")],
        ),
        (  # a stay still going on is told up to the news, not past it
            "Two China Coast Guard ships entered Japan's territorial waters around the Senkaku "
            "Islands on Tuesday and have stayed there for about 72 hours.",
            [("territorial_waters_entry", "2025-08-19", "2025-08-21", ("CN",), "primary")],
        ),
        (  # 'just outside the waters': in the contiguous zone
            "Chinese coast guard vessels were cruising just outside the waters around the "
            "Senkaku Islands on Monday.",
            [("contiguous_zone_entry", "2025-08-18", None, ("CN",), "primary")],
        ),
        (  # one side's drills: talks with another state later in the sentence are no partner
            "Russia says more than 3,000 troops have taken part in military exercises on the "
            "Kuril Islands this week, days after Moscow broke off peace-treaty talks with Tokyo "
            "over sanctions.",  # ('this week' in a report of Thursday: Monday to Thursday)
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # a distance told in words
            "Chinese Su-27 fighter jets came within a few dozen metres of two Japanese "
            "surveillance planes over the East China Sea on Saturday, Japan said.",
            [("other", "2025-08-16", None, ("CN",), "primary")],
        ),
        (  # sailing just outside the territorial waters: in the contiguous zone
            "A Chinese navy frigate sailed just outside the territorial waters of the Senkaku "
            "Islands early Thursday.",
            [("contiguous_zone_entry", "2025-08-21", None, ("CN",), "primary")],
        ),
        (  # a report dated by its month dates what it tells, not an incident of another month
            "In June, the Defense Ministry said Russia had deployed Bastion coastal missile "
            "systems on Matua. Earlier this month, Japan's Defense Ministry reported that four "
            "Russian landing ships had sailed west through the Tsugaru Strait.",
            [
                ("other", "2025-06", None, ("RU",), "background"),
                ("strait_transit", "2025-08", None, ("RU",), "primary"),
            ],
        ),
        (  # words in quotation marks read as the words themselves
            'North Korea test-fired a "hypersonic missile" into the Sea of Japan on Tuesday. '
            'The Chinese and Russian navies began their annual "Joint Sea" exercise in the East '
            "China Sea on Monday.",
            [
                ("joint_naval_exercise", "2025-08-18", None, ("CN", "RU"), "primary"),
                ("missile_launch", "2025-08-19", None, ("KP",), "primary"),
            ],
        ),
        (  # a past perfect that only follows the tense of a dated report is no earlier event
            "Japan's Joint Staff said on Tuesday that three Russian destroyers had sailed through "
            "the Tsugaru Strait on Monday. China and Russia held a joint naval exercise in the Sea "
            "of Japan on Wednesday.",
            [
                ("joint_naval_exercise", "2025-08-20", None, ("CN", "RU"), "primary"),
                ("strait_transit", "2025-08-18", None, ("RU",), "primary"),
            ],
        ),
        (  # drills that will run past the news are under way up to it
            "China and Russia began a joint naval exercise in the Sea of Japan on Tuesday. The "
            "drills will run through Aug. 25.",
            [("joint_naval_exercise", "2025-08-19", "2025-08-21", ("CN", "RU"), "primary")],
        ),
        (  # any passage through the zone is a stay in it
            "A submarine believed to be Chinese sailed submerged through Japan's contiguous zone "
            "near Amami Oshima on Monday.",
            [("contiguous_zone_entry", "2025-08-18", None, ("CN",), "primary")],
        ),
        (  # a date written the ISO way in prose is the event's, not a page stamp
            "A Russian destroyer sailed through the Tsugaru Strait on 2025-08-18.",
            [("strait_transit", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # clock times between the days of an entry and its exit
            "Two Chinese coast guard ships entered Japanese territorial waters near the Senkaku "
            "Islands at 10:05 a.m. on the 20th and left at 11:40 a.m. on the 21st.",
            [("territorial_waters_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # another item of the report, not one of the coast guard ships
            "Four China Coast Guard ships entered Japan's territorial waters around the Senkaku "
            "Islands early Sunday. The ships entered the waters at around 2:35 a.m. on Sunday and "
            "left at around 11:55 p.m. on Wednesday. On Tuesday, the Defense Ministry also "
            "reported a Chinese navy frigate sailing north about 70 km west of Uotsuri Island.",
            [
                ("other", "2025-08-19", None, ("CN",), "primary"),
                ("territorial_waters_entry", "2025-08-17", "2025-08-20", ("CN",), "primary"),
            ],
        ),
        (  # one passage per strait, each on the day told with it
            "Russian warships sailed through the Soya Strait on Aug. 10 and through the Tsugaru "
            "Strait two days later. On Aug. 14 a Chinese destroyer passed the Tsushima Strait, "
            "and on Aug. 16 the Osumi Strait.",
            [
                ("strait_transit", "2025-08-10", None, ("RU",), "primary"),
                ("strait_transit", "2025-08-12", None, ("RU",), "primary"),
                ("strait_transit", "2025-08-14", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-16", None, ("CN",), "primary"),
            ],
        ),
        (  # a release: its platforms 'above', its days of the month, and who scrambled
            "1. Confirmed vessels\n(1) One Kuznetsov-class aircraft carrier\n2. Outline\n"
            "(1) In the early hours of the 19th, the above vessels passed southeastward between "
            "Okinawa Island and Miyakojima and advanced into the Pacific Ocean.\n"
            "3. Flight of a Chinese aircraft\n(1) Aircraft: one Y-9\n(2) Outline: On the 18th, "
            "the above aircraft flew from the East China Sea to the Pacific Ocean.\n"
            "4. Response\n(1) Fighters of the Southwestern Air Defense Command were scrambled.",
            [
                ("other", "2025-08-18", None, ("CN",), "primary"),
                ("scramble", "2025-08-18", None, ("JP",), "response"),
                ("strait_transit", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # a night from one day into the next; a timeline's present tense; a month's legs
            "Three Chinese Navy ships sailed east through the Tsugaru Strait on the night of "
            "Tuesday into Wednesday.\n\n"
            "Oct. 18, 2021: Ten Chinese and Russian warships pass together east through the "
            "Tsugaru Strait.\n\n"
            "In March 2022, four Russian landing ships passed through the Soya Strait, then "
            "sailed south through the Pacific, circling much of Japan.",
            [
                ("strait_transit", "2021-10-18", None, ("CN", "RU"), "background"),
                ("strait_transit", "2022-03", None, ("RU",), "background"),
                ("strait_transit", "2025-08-19", "2025-08-20", ("CN",), "primary"),
            ],
        ),
        (  # a rocket that flew over islands is a launch, not a violation of their airspace
            "North Korea's last long-range rocket, launched in December 2012, also flew over "
            "Okinawa before its stages fell into the sea east of the Philippines.",
            [("missile_launch", "2012-12", None, ("KP",), "background")],
        ),
        (  # a failed satellite launch; a plan's month dates nothing told after it
            "North Korea's second attempt to put a military reconnaissance satellite into orbit "
            "failed early Thursday. The Chollima-1 carrier rocket, carrying the Malligyong-1 "
            "satellite, was launched from the Sohae station. The agency will make a third "
            "attempt in October. Seoul said the rocket flew south over the Yellow Sea.",
            [("missile_launch", "2025-08-21", None, ("KP",), "primary")],
        ),
        (  # a release: 'The UAV' is the one its first part names
            "1. Chinese unmanned aerial vehicle\n(1) Confirmed date and aircraft\n"
            "August 19, 2025 (Tue), from morning to evening\nOne Chinese UAV (presumed BZK-005 "
            "type)\n(2) Outline of the flight\nThe UAV flew southeast from the East China Sea "
            "to the Pacific Ocean.",
            [("other", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # two navies' drills, and a second clause with its own lead-in date
            "In July 2013, the two navies held drills in Peter the Great Bay, and in May last "
            "year, Russian and Chinese ships exercised in the northern part of the East China "
            "Sea.",
            [
                ("joint_naval_exercise", "2013-07", None, ("CN", "RU"), "background"),
                ("joint_naval_exercise", "2024-05", None, ("CN", "RU"), "background"),
            ],
        ),
        (  # a chronology's lines: each dated by the day it opens with
            "Chronology\n\nJan. 9 (Mon) -- Six H-6 bombers fly from the East China Sea over "
            "the Tsushima Strait into the Sea of Japan and back.\n\nMar. 6 (Mon) -- North "
            "Korea fires four ballistic missiles into the Sea of Japan.",
            [
                ("missile_launch", "2025-03-06", None, ("KP",), "background"),
                ("strait_transit", "2025-01-09", None, ("CN",), "background"),
            ],
        ),
        (  # the flight named a few sentences on is that flight's joint patrol
            "Two Chinese H-6K bombers and two Russian Tu-95MS bombers flew through the Korea Air "
            "Defense Identification Zone on Tuesday. They entered it twice. None of them entered "
            "the airspace. Seoul's fighters tracked them. Beijing and Moscow said the following "
            'day that the flight was their tenth "joint strategic air patrol" since 2019.',
            [
                ("adiz_entry", "2025-08-19", None, ("CN", "RU"), "primary"),
                ("joint_air_patrol", "2025-08-19", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # the day of the event, not of the report: 'said later on', 'told ... by phone'
            "Japan's Joint Staff said later on Wednesday that Air Self-Defense Force fighters had "
            "scrambled on Tuesday after two Russian bombers flew south over the Sea of Japan. "
            "Four China Coast Guard ships had been sailing in Japan's contiguous zone around the "
            "Senkaku Islands until Friday afternoon, a spokesman told Stars and Stripes by phone "
            "Wednesday.",
            [
                ("contiguous_zone_entry", "2025-08-15", None, ("CN",), "background"),
                ("other", "2025-08-19", None, ("RU",), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
            ],
        ),
        (  # earlier cases: the first of a series, and a list of months each with its place
            "Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday. "
            "Joint strategic patrols have become normal since the first one in July 2019 over the "
            "East China Sea. Japan said balloon-shaped objects seen over Kyushu in November 2019, "
            "over Miyagi Prefecture in June 2020 and over Aomori Prefecture in September 2021 were "
            "Chinese surveillance balloons.",
            [
                ("airspace_violation", "2019-11", None, ("CN",), "background"),
                ("airspace_violation", "2020-06", None, ("CN",), "background"),
                ("airspace_violation", "2021-09", None, ("CN",), "background"),
                ("joint_air_patrol", "2019-07", None, ("CN", "RU"), "background"),
                ("joint_air_patrol", "2025-08-19", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # a stay's end told as a voyage out of the zone; a named two-state exercise; a
            # joint patrol that sailed is a naval one
            "Russian, Chinese navies start Maritime Interaction-2025 exercise in Sea of Japan\n\n"
            "Chinese coast guard ships had been sailing in the contiguous zone around the Senkaku "
            "Islands for weeks. The four ships sailed out of the zone about 40 km north of Kuba "
            "Island between 11 a.m. and noon on Tuesday. The first Chinese-Russian joint patrol, "
            "in October 2021, sailed east through the Tsugaru Strait.",
            [
                ("contiguous_zone_entry", "2025-08-19", None, ("CN",), "primary"),
                ("joint_naval_exercise", "2025-08-15", "2025-08-21", ("CN", "RU"), "primary"),
                ("joint_naval_patrol", "2021-10", None, ("CN", "RU"), "background"),
                ("strait_transit", "2021-10", None, ("CN", "RU"), "background"),
            ],
        ),
        (  # a release's stay up to the day it is still in the zone; a plane reported in an
            # ADIZ on two days of the week
            "(1) At around 09:40 on August 19 (Tue), the above 4 China Coast Guard vessels were "
            "confirmed entering the contiguous zone around the Senkaku Islands.\n(2) As of 09:00 "
            "today (the 21st), the 4 vessels are navigating in the contiguous zone.\n\n"
            "The defense ministry reported a PLA Y-8 anti-submarine aircraft in the southwestern "
            "part of Taiwan's ADIZ on Monday and again on Wednesday.",
            [
                ("adiz_entry", "2025-08-18", None, ("CN",), "primary"),
                ("adiz_entry", "2025-08-20", None, ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-19", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # a ship that 'stayed in the area through Monday' (past 'the U.S. Navy's port'); a
            # list of earlier launches, each 'when' its missiles came down
            "A Chinese Dongdiao-class ship was first spotted Saturday morning about 30 miles east "
            "of White Beach Naval Facility, the U.S. Navy's main port on Okinawa, and stayed in "
            "the area through Monday. It was the fourth time this year that a North Korean "
            "missile had fallen inside Japan's EEZ, following the launches of March 6, when three "
            "of four missiles came down in the EEZ off Akita Prefecture; May 29, when a Scud-type "
            "missile landed north of the Oki Islands.",
            [
                ("missile_launch", "2025-03-06", None, ("KP",), "background"),
                ("missile_launch", "2025-05-29", None, ("KP",), "background"),
                ("other", "2025-08-16", "2025-08-18", ("CN",), "primary"),
            ],
        ),
        (  # 'the day before the transit'; a day that names a statement; both navies' patrol
            # and exercise, though one is named
            "A combined Chinese and Russian group of eight warships sailed east through the "
            "Tsugaru Strait on Wednesday. The day before the transit, a Russian Ka-27 helicopter "
            "flew in waters about 25 miles west of Okushiri Island, prompting Japan to scramble "
            "fighters. The Russian Ministry of Defense said in a Thursday statement that the "
            "seventh joint maritime patrol began Aug. 19. Before the patrol, the Russian ships "
            "took part in the Maritime Interaction-2025 exercise off Vladivostok from Aug. 13 to "
            "16.",
            [
                ("joint_naval_exercise", "2025-08-13", "2025-08-16", ("CN", "RU"), "primary"),
                # (still under way when the ministry told it on Thursday, the news day)
                ("joint_naval_patrol", "2025-08-19", "2025-08-21", ("CN", "RU"), "primary"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
                ("strait_transit", "2025-08-20", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # a launch named by its day; the allies' answering drill is theirs, not the North's
            "North Korea fired an ICBM late on Friday into the Sea of Japan. At dawn on Saturday, "
            "South Korean and U.S. forces staged a combined live-fire drill, firing four "
            "surface-to-surface missiles into the East Sea. The July 4 launch, from Panghyon, "
            "sent a missile 933 kilometers into Japan's EEZ.",
            [
                ("missile_launch", "2025-07-04", None, ("KP",), "background"),
                ("missile_launch", "2025-08-15", None, ("KP",), "primary"),
                ("missile_launch", "2025-08-16", None, ("KR", "US"), "primary"),
            ],
        ),
        (  # a passage 'that day', the day the ministry said it; flying 'from the carrier'
            "Japan's Ministry of Defense said on Wednesday that the carrier Liaoning had passed "
            "northwest between Okinawa Island and Miyako Island into the East China Sea that "
            "day. Fighters and helicopters had operated from the carrier in waters about 200 "
            "kilometers south of Miyako Island from Aug 12 to Tuesday.",
            [
                ("carrier_operations", "2025-08-12", "2025-08-19", ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # a place in brackets between the work and the zone; the year's tally no incident
            "(1) At around 09:20 on August 11, a patrol aircraft confirmed a Chinese research "
            "vessel lowering wire-like objects into the sea about 80 km west of the Danjo "
            "Islands (Nagasaki Prefecture), within Japan's exclusive economic zone.\n"
            "(2) Chinese research vessels confirmed conducting activities without consent in "
            "Japan's exclusive economic zone this year: 3 (including this one)",
            [("other", "2025-08-11", None, ("CN",), "primary")],
        ),
        (  # 'flew for several hours over'
            "Last Tuesday, a Chinese Tu-154 intelligence-gathering aircraft and a Y-9 electronic "
            "warfare plane flew for several hours over the East China Sea, according to Japan's "
            "Joint Staff.",
            [("other", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # a daily report up until 6 a.m. today; the side whose zone was entered scrambles
            "24 PLA aircraft operating around Taiwan were detected up until 6 a.m. (UTC+8) "
            "today. Fifteen of the aircraft crossed the median line of the Taiwan Strait and "
            "entered Taiwan's southwestern ADIZ. Air force fighters were scrambled.",
            [
                ("adiz_entry", "2025-08-20", "2025-08-21", ("CN",), "primary"),
                ("scramble", "2025-08-20", "2025-08-21", ("TW",), "response"),
            ],
        ),
        (  # a survey in waters around a reef; a scramble answers the incident just before it
            "Two PLA Navy destroyers sailed northeast through the Tsushima Strait last Saturday, "
            "and on Tuesday a PLA drone flew between Yonaguni Island and Taiwan, prompting Japan "
            "to scramble fighter jets. Japan protested over a Chinese research vessel that "
            "conducted surveys in waters around Okinotori from August 4 to 8.",
            [
                ("other", "2025-08-04", "2025-08-08", ("CN",), "background"),
                ("scramble", "2025-08-19", None, ("JP",), "response"),
                ("strait_transit", "2025-08-16", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
        (  # days told first hold a day told after: the deployment and that day's flying
            "TOKYO - The Chinese aircraft carrier Liaoning and three escorts operated near "
            "Japan's southwestern islands over three days from Friday, launching fighter jets "
            "and helicopters within sight of Japanese patrol planes before heading back into the "
            "East China Sea. On Saturday, J-15 fighters and Z-18 helicopters took off from and "
            "landed on the carrier about 200 km south of Hateruma Island.",
            [
                ("carrier_operations", "2025-08-16", None, ("CN",), "primary"),
                ("other", "2025-08-15", "2025-08-17", ("CN",), "primary"),
            ],
        ),
        (  # one side's drill on the islands, under way since the day it began
            "More than 1,000 Russian servicemen stationed on the Kuril Islands are repelling a "
            "mock enemy landing on the islands of Iturup and Kunashir in drills that began on "
            "Monday, the Eastern Military District said on Thursday.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # 'performed a flight of more than nine hours over'
            "On Monday, a pair of Russian Tu-95MS strategic missile carriers performed a flight "
            "of more than nine hours over neutral waters of the Sea of Okhotsk.",
            [("other", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # an exercise under way from the day it opened
            "Russian and Chinese warships put to sea from Vladivostok on Wednesday morning for "
            "the active phase of the Joint Sea-2025 naval exercise. The exercise officially "
            "opened on Tuesday with a ceremony in Vladivostok.",
            [("joint_naval_exercise", "2025-08-19", "2025-08-20", ("CN", "RU"), "primary")],
        ),
        (  # an exercise concluded, from the day it began
            "China and Russia concluded the Joint Sea-2025 naval exercise on Wednesday in Peter "
            "the Great Bay. The exercise, which began on Aug 12, was the largest the two navies "
            "have held.",
            [("joint_naval_exercise", "2025-08-12", "2025-08-20", ("CN", "RU"), "primary")],
        ),
        (  # a carrier's passage out to the operations reported is news, though told
            # in the past perfect
            "On Sunday, J-15 fighters flying from the aircraft carrier Liaoning locked their "
            "radar onto a P-3C patrol plane southeast of Okinawa Island. The Liaoning group, "
            "with two destroyers, had passed between Okinawa Island and Miyako Island into the "
            "Pacific on Friday. By Wednesday it had conducted about 200 fighter take-offs and "
            "landings, the ministry said.",
            [
                ("radar_lockon", "2025-08-17", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-15", None, ("CN",), "primary"),
                ("carrier_operations", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # the carrier's passage out to operations reported days after it: news too
            "The Ministry of Defense announced on Tuesday that the aircraft carrier Liaoning "
            "conducted about 320 take-offs and landings of fighters and helicopters in the "
            "Pacific from Aug. 7 to Aug. 18. According to the Joint Staff Office, the Liaoning "
            "and five escorts passed southeast between Okinawa Island and Miyako Island on Aug. "
            "6 and entered the Pacific.",
            [
                ("carrier_operations", "2025-08-07", "2025-08-18", ("CN",), "primary"),
                ("strait_transit", "2025-08-06", None, ("CN",), "primary"),
            ],
        ),
        (  # a carrier group that 'had carried out training', on the days named within the
            # month its relative clause names
            "The Liaoning carrier group, which left port in early August, had carried out "
            "training in the waters east of the Miyako Strait from August 11 to August 15, the "
            "Chinese Navy said.",
            [("carrier_operations", "2025-08-11", "2025-08-15", ("CN",), "primary")],
        ),
        (  # a side's own fleet telling of its ships, naming no side: that side's
            "Tu-95MS bombers last flew over the Sea of Japan in December, on a joint patrol with "
            "Chinese H-6K bombers. Separately, the Pacific Fleet press service said on Wednesday "
            "that a detachment of corvettes had passed through the Tsugaru Strait the previous "
            "day and entered the Pacific Ocean.",
            [
                ("joint_air_patrol", "2024-12", None, ("CN", "RU"), "background"),
                ("strait_transit", "2025-08-19", None, ("RU",), "primary"),
            ],
        ),
        (  # 'By Tuesday ... had conducted': a tally up to that day, not an earlier event
            "By Tuesday the carrier Liaoning had conducted about 200 fighter take-offs and "
            "landings south of Miyako Island, the ministry said. On Wednesday, two Chinese "
            "destroyers sailed north through the Miyako Strait.",
            [
                ("carrier_operations", "2025-08-19", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-20", None, ("CN",), "primary"),
            ],
        ),
        (  # the exercise the ships 'had just taken part in' before the news
            "Ten Chinese and Russian warships sailed east through the Soya Strait on Sunday, the "
            "Defense Ministry said. The ships had just taken part in Northern/Interaction-2025, a "
            "joint exercise held in the Sea of Japan from August 12 to 15.",
            [
                ("strait_transit", "2025-08-17", None, ("CN", "RU"), "primary"),
                ("joint_naval_exercise", "2025-08-12", "2025-08-15", ("CN", "RU"), "background"),
            ],
        ),
        (  # the drills the patrol began 'after the ships completed'
            "The joint patrol by Chinese and Russian warships began on Sunday after the ships "
            "completed the Joint Sea-2025 naval drills, which were held on August 12-15 in Peter "
            "the Great Bay.",
            [
                ("joint_naval_patrol", "2025-08-17", None, ("CN", "RU"), "primary"),
                ("joint_naval_exercise", "2025-08-12", "2025-08-15", ("CN", "RU"), "background"),
            ],
        ),
        (  # a flight dated before it, apart from a joint patrol dated after it
            "In late July, two Tu-142MZ long-range anti-submarine aircraft of the Pacific Fleet "
            "flew over the Sea of Japan for more than eight hours, and in December last year "
            "Tu-95MS bombers took part in a joint air patrol with Chinese H-6K bombers over the "
            "Sea of Japan and the East China Sea.",
            [
                ("other", "2025-07", None, ("RU",), "primary"),
                ("joint_air_patrol", "2024-12", None, ("CN", "RU"), "background"),
            ],
        ),
        (  # 'Since Monday, ... have been taking off ..., said Wednesday': up to that day
            "Since Monday, fighters and helicopters have been taking off from and landing on the "
            "carrier Liaoning in waters south of Miyako Island, the Joint Staff said Wednesday.",
            [("carrier_operations", "2025-08-18", "2025-08-20", ("CN",), "primary")],
        ),
        (  # an exercise begun one day and 'continued' the next: one exercise
            'On Tuesday, the Eastern Theater Command began joint military exercises code-named '
            '"Strait Thunder-2025B" in the Taiwan Strait and to the east of Taiwan Island. On '
            'Wednesday, the Eastern Theater Command continued the "Strait Thunder-2025B" '
            "exercises around Taiwan Island.",
            [("other", "2025-08-19", "2025-08-20", ("CN",), "primary")],
        ),
        (  # 'has begun a joint patrol ..., said on Wednesday': that day; the exercise the
            # ships took part in, on the days a sentence three on gives it
            "VLADIVOSTOK, Aug 20 (Interfax) - A detachment of Russian and Chinese warships that "
            "took part in the Joint Sea-2025 naval exercise in the Sea of Japan has begun a joint "
            "patrol in the Pacific, the Pacific Fleet press service said on Wednesday. The "
            "Russian group includes the corvettes Sovershenny and Gromky. The Chinese group "
            "includes two destroyers and a supply ship. The exercise was held from August 12 to "
            "16 in waters near Vladivostok.",
            [
                ("joint_naval_exercise", "2025-08-12", "2025-08-16", ("CN", "RU"), "primary"),
                ("joint_naval_patrol", "2025-08-20", None, ("CN", "RU"), "primary"),
            ],
        ),
        (  # the stay told after the entry by pronoun, naming no zone: up to the day it left
            "Four China Coast Guard vessels entered the territorial waters south of Minami-kojima "
            "on Monday morning and moved toward a Japanese fishing boat. They stayed for about 31 "
            "hours, leaving on Tuesday afternoon.",
            [("territorial_waters_entry", "2025-08-18", "2025-08-19", ("CN",), "primary")],
        ),
        (  # a lead saying the ships 'have been sailing around Japan this month': the
            # month's passages are all news
            "Chinese navy ships have been sailing around Japan this month, the Defense Ministry "
            "said Tuesday. Three Chinese destroyers sailed northeast through the Tsushima Strait "
            "into the Sea of Japan on August 3 and passed east through the Tsugaru Strait into "
            "the Pacific on August 12.",
            [
                ("strait_transit", "2025-08-03", None, ("CN",), "primary"),
                ("strait_transit", "2025-08-12", None, ("CN",), "primary"),
            ],
        ),
        (  # 'waters just outside Japan's territorial sea': the contiguous zone
            "A Chinese submarine sailed submerged through waters just outside Japan's "
            "territorial sea near Amami Oshima on Tuesday.",
            [("contiguous_zone_entry", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # a clause with no subject of its own is the clause before's side's
            "In October 2021, ten Chinese and Russian warships sailed together through the "
            "Tsugaru Strait. In June 2016, a Chinese Dongdiao-class ship entered Japanese "
            "territorial waters near Kuchinoerabu Island, and sailed through the Tokara Strait "
            "while an exercise was under way nearby.",
            [
                ("strait_transit", "2021-10", None, ("CN", "RU"), "background"),
                ("territorial_waters_entry", "2016-06", None, ("CN",), "background"),
                ("strait_transit", "2016-06", None, ("CN",), "background"),
            ],
        ),
        (  # a patrol the trigger names an air patrol is one, whatever else the sentence says
            "The naval exercise follows the fifth joint strategic air patrol by the two air "
            "forces on Aug. 12, when two Chinese H-6K bombers and two Russian Tu-95MS bombers "
            "flew over the Sea of Japan.",
            [("joint_air_patrol", "2025-08-12", None, ("CN", "RU"), "primary")],
        ),
        (  # an open question tells nothing
            "The ministry did not say whether any aircraft from the carrier had entered Taiwan's "
            "ADIZ, and declined to say whether the flight was linked to Chinese-Russian naval "
            "drills in the region.",
            [],
        ),
        (  # what Japan would do if a drone entered; scrambles as a habit or a workload
            "There is also the question of what Japan would do if a Chinese drone entered its "
            "airspace. \"Every time we scramble manned fighters to shadow one, the other side "
            "learns something about us.\" Pilots at Naha Air Base fly most of the fighter "
            "scrambles against Chinese aircraft.",
            [],
        ),
        (  # scrambles as a tally or a policy, none of them one response
            "Most of the scrambles against Chinese aircraft last week were over the East China "
            "Sea. Tokyo, which has scrambled fighters against every joint flight, is now "
            "tracking them with radar rather than scrambling jets.",
            [],
        ),
        (  # the North by its full name is not the Republic of Korea
            "The Democratic People's Republic of Korea launched an intercontinental ballistic "
            "missile on Tuesday, the Republic of Korea's Joint Chiefs of Staff said.",
            [("missile_launch", "2025-08-19", None, ("KP",), "primary")],
        ),
        (  # a conditional question put to a minister
            "Q (Sen. Kato, LDP): If a Chinese military drone entered Japanese airspace and "
            "ignored warnings, could the ASDF shoot it down?",
            [],
        ),
        (  # trade through a strait is no side's passage
            "About a third of Japan's crude oil and most of its liquefied natural gas imports "
            "pass through the Bashi Channel south of Taiwan or through the Taiwan Strait.",
            [],
        ),
        (  # a route likened to an earlier patrol's tells no patrol
            "A ministry official said the Chinese group's route this month resembled that of the "
            "joint patrol.",
            [],
        ),
        (  # what one side asks of others is not what was done
            "Tokyo has invited warships from outside the region to sail through the Taiwan "
            "Strait, and Washington urged its allies to send destroyers through the Taiwan "
            "Strait.",
            [],
        ),
        (  # a reader's reference to an earlier story by its headline
            'In reference to the August 1 article "Russian destroyer, tankers pass through '
            'Tsushima Strait":',
            [],
        ),
        (  # a snap readiness inspection is one side's drill; 'is under way': to the news
            "On Monday the Russian Ministry of Defence announced a sudden readiness inspection of "
            "the Pacific Fleet. Ships and aircraft are deploying to exercise areas in the Sea of "
            "Okhotsk. The inspection is under way.",
            [("other", "2025-08-18", "2025-08-21", ("RU",), "primary")],
        ),
        (  # a patrol completed, from the day its flotilla set out
            "Chinese and Russian warships completed their joint maritime patrol in the western "
            "Pacific on Saturday. The flotilla, eight ships -- four from each navy -- set out on "
            "August 11 from the Sea of Japan.",
            [("joint_naval_patrol", "2025-08-11", "2025-08-16", ("CN", "RU"), "primary")],
        ),
        (  # a lead dated by the sighting told after it; the law and the year's tally are
            # no incidents of their own
            "Japan's coast guard says a Chinese marine research ship has been seen apparently "
            "carrying out a survey without Japan's consent in the country's exclusive economic "
            "zone off Hachijojima Island. The Japan Coast Guard says one of its patrol aircraft "
            "spotted the Chinese research vessel at around 9:50 a.m. on Tuesday about 160 "
            "kilometers west of Hachijojima. Under international law, a coastal state's consent "
            "is required for marine scientific research in its exclusive economic zone. The "
            "coast guard says this is the fifth case this year of a Chinese vessel apparently "
            "conducting a survey in Japan's EEZ without consent.",
            [("other", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # a stay told as the time of another incident is not one of its own
            'On Tuesday, a helicopter that had taken off from the China Coast Guard vessel '
            '"Haijing 2303" while the vessel was in the territorial waters violated Japan\'s '
            "territorial airspace near Minami-kojima Island.",
            [("airspace_violation", "2025-08-19", None, ("CN",), "primary")],
        ),
        (  # 'throughout the period': the days of the stay told before
            "From 10:40 on August 15 until 11:25 today, two China Coast Guard vessels navigated "
            "inside Japan's territorial waters around the Senkaku Islands. In addition, two more "
            "vessels navigated in the contiguous zone around the Senkaku Islands throughout the "
            "period; the four vessels were confirmed in the contiguous zone as of 12:00 today.",
            [
                ("territorial_waters_entry", "2025-08-15", "2025-08-21", ("CN",), "primary"),
                ("contiguous_zone_entry", "2025-08-15", "2025-08-21", ("CN",), "primary"),
            ],
        ),
        (  # an appositive between the projectiles and 'were fired'
            'On Aug. 20, two projectiles, later described by Pyongyang as a "super-large '
            'multiple rocket launcher," were fired from Sondok into the Sea of Japan.',
            [("missile_launch", "2025-08-20", None, ("KP",), "primary")],
        ),
        (  # a list of whole dates after a colon: one incident on each
            "Chinese and Russian bombers have held joint patrols near Japan four times: on "
            "July 23, 2019; Dec. 22, 2020; Nov. 19, 2021; and May 24, 2022.",
            [
                ("joint_air_patrol", day, None, ("CN", "RU"), "background")
                for day in ("2019-07-23", "2020-12-22", "2021-11-19", "2022-05-24")
            ],
        ),
        (  # 'N years ago today'
            "Six years ago today, two Chinese H-6K bombers and two Russian Tu-95MS bombers flew "
            "together from the Sea of Japan to the East China Sea on their first joint patrol.",
            [("joint_air_patrol", "2019-08-21", None, ("CN", "RU"), "background")],
        ),
        (  # a stay up to the day it ended
            "In the small hours of Wednesday, two Chinese coast guard ships entered Japanese "
            "territorial waters south of Minami-kojima and stayed until Thursday evening.",
            [("territorial_waters_entry", "2025-08-20", "2025-08-21", ("CN",), "primary")],
        ),
        (  # drills that fire nothing are drills, not launches; scrambles in general, and what
            # may follow a condition, are nothing
            "Russian crews of Bastion coastal missile systems on Sakhalin practiced electronic "
            "missile launches against naval targets on Monday. Every scramble means two "
            "fighters, their pilots and a ground crew on alert. If Beijing and Moscow turn these "
            "patrols into a fixture, the next step may be a flight that crosses into the "
            "airspace over Dokdo again, or a joint naval patrol through the Korea Strait.",
            [("other", "2025-08-18", None, ("RU",), "primary")],
        ),
        (  # one side's drills, though another state is named before them
            "The PLA's Eastern Theater Command held live-fire drills around Taiwan on Tuesday. "
            "In August 2022, following US House speaker Nancy Pelosi's visit to Taipei, China "
            "held drills in six zones around Taiwan.",
            [
                ("other", "2022-08", None, ("CN",), "background"),
                ("other", "2025-08-19", None, ("CN",), "primary"),
            ],
        ),
    ],
)
def test_reports_read_with_the_whole_gazetteer(text, expected):
    found = sorted(
        (i.type, i.date, i.date_end, i.actors, i.role) for i in _read_all(text, date(2025, 8, 21))
    )
    assert found == sorted(expected)


def test_the_relative_dates_of_a_page_s_older_item_count_from_its_stamp():
    page = (
        "A detachment of Pacific Fleet ships passed through the Tsugaru Strait from the Sea of "
        "Japan into the Pacific Ocean yesterday evening, the Russian Pacific Fleet said.\n\n"
        "The long-distance voyage is expected to last about two months, the fleet said.\n\n"
        "15.03.2021 (12:10)\n"
        "Coastal missile crews practise on the Kuril Islands\n\n"
        "Today, crews of the Russian Bastion coastal missile system on the island of Iturup "
        "practised repelling a landing.\n"
    )
    found = sorted((i.type, i.date, i.actors) for i in _read_all(page, date(2021, 3, 17)))
    assert found == [("other", "2021-03-15", ("RU",)), ("strait_transit", "2021-03-16", ("RU",))]


def test_aircraft_counted_out_of_a_day_s_sightings_and_an_earlier_item_stay_apart():
    # 'Nine of the aircraft crossed ...' are of those the ministry detected in the 24 hours told
    # before, with their side and days; drills held 'Earlier this month' are an item apart
    text = (
        "Four China Coast Guard ships yesterday entered restricted waters off Kinmen County, the "
        "Coast Guard Administration said.\n\nSeparately, the Ministry of National Defense said "
        "that in the 24 hours to 6am yesterday it had detected 14 Chinese military aircraft, "
        "seven navy vessels and two official ships around Taiwan. Nine of the aircraft crossed "
        "the median line of the Taiwan Strait and entered the northern and southwestern parts "
        "of the nation's air defense identification zone, it said.\n\nEarlier this month, the "
        "Chinese People's Liberation Army's Eastern Theater Command held the \"Strait "
        "Thunder-2025A\" exercise in the central and southern parts of the Taiwan Strait."
    )
    found = {(i.type, i.date, i.date_end, i.actors) for i in _read_all(text, date(2025, 8, 21))}
    assert ("other", "2025-08-20", None, ("CN",)) in found
    assert ("adiz_entry", "2025-08-19", "2025-08-20", ("CN",)) in found
    assert ("other", "2025-08", None, ("CN",)) in found


def test_an_older_item_s_drill_under_way_runs_to_the_item_s_stamp():
    page = (
        "Pacific Fleet corvettes return to Vladivostok\n\n"
        "Today, the corvettes Sovershenny and Gromky of the Russian Pacific Fleet returned to "
        "Vladivostok.\n\n"
        "The long-distance voyage lasted about two months, the fleet said.\n\n"
        "15.03.2021 (12:10)\n"
        "Army corps units on Sakhalin repel a mock landing\n\n"
        "An exercise of the Russian army corps stationed on Sakhalin began on 14 March on the "
        "coast of Aniva Bay. The exercise will last until 19 March.\n"
    )
    found = [(i.type, i.date, i.date_end) for i in _read_all(page, date(2021, 3, 17))]
    assert ("other", "2021-03-14", "2021-03-15") in found


def test_an_undated_incident_takes_the_day_named_between_it_and_a_coarser_lead():
    text = (
        "In the space of four days, Chinese military pilots locked their fire-control radar "
        "onto Japanese fighter jets and Chinese bombers flew with Russian ones near Shikoku. The "
        "first came on Saturday. According to the Defense Ministry, J-15 fighters from the "
        "carrier Liaoning illuminated Air Self-Defense Force F-15s with their radar southeast of "
        "Okinawa Island. The Liaoning group had passed between Okinawa Island and Miyako Island "
        "into the Pacific on Friday."
    )
    found = _read_all(text, date(2025, 8, 21))
    assert [(i.date, i.date_end) for i in found if i.type == "radar_lockon"] == [
        ("2025-08-16", None)
    ]


def test_a_past_perfect_entry_is_news_when_only_a_headline_s_undated_scramble_comes_later():
    text = (
        "Japan and South Korea scramble fighter jets\n\n"
        "Chinese military aircraft flew through the Tsushima Strait into the Sea of Japan on "
        "Tuesday. In Seoul, the Joint Chiefs of Staff said five Chinese military aircraft had "
        "entered the Korea Air Defense Identification Zone southwest of Ieodo shortly after 9 a.m."
    )
    found = _read_all(text, date(2025, 8, 20))
    assert [(i.type, i.date, i.role) for i in found if i.type == "adiz_entry"] == [
        ("adiz_entry", "2025-08-19", "primary")
    ]


def test_a_monthly_digest_s_days_of_the_month_are_that_month_s():
    text = (
        "PACIFIC WATCH | MONTHLY\nAugust 2025 -- Issue 56\n\n"
        "From the 3rd to the 5th, two China Coast Guard ships stayed inside Japan's territorial "
        "waters around the Senkaku Islands."
    )
    found = _read_all(text, date(2025, 9, 5))
    assert [(i.type, i.date, i.date_end, i.role) for i in found] == [
        ("territorial_waters_entry", "2025-08-03", "2025-08-05", "primary")
    ]


def test_a_half_year_tracker_reports_every_month_its_heading_names():
    text = (
        "PACIFIC RIM SECURITY MONITOR\n\nAir and Sea Incident Tracker: Japan, January-June "
        "2025\n\nJan. 9 (Thu) -- Six H-6 bombers fly from the East China Sea over the Tsushima "
        "Strait into the Sea of Japan and back."
    )
    found = _read_all(text, date(2025, 7, 20))
    assert [(i.type, i.date, i.role) for i in found] == [
        ("strait_transit", "2025-01-09", "primary")
    ]


def test_ids_are_stable_and_name_the_source(gazetteer):
    text = "On Friday, Chinese and Russian bombers held a joint patrol over the Sea of Japan."
    first, again = _read(text, gazetteer), _read(text, gazetteer)
    other_doc = _read(text, gazetteer, doc="t2")
    assert [i.id for i in first] == [i.id for i in again]
    assert first[0].id != other_doc[0].id
    source = first[0].sources[0]
    assert source.quote == text and (source.start, source.end) == (0, len(text))
    assert source.doc == "t1" and source.published == "2021-11-24"


# --- merge rules -----------------------------------------------------------------------------


def _incident(
    ident,
    *,
    when="2021-11-19",
    precision="day",
    actors=("CN", "RU"),
    doc="a",
    geometry=None,
    role="primary",
    count=None,
    assets=(),
    kind="joint_air_patrol",
    place_ids=("sea.japan",),
):
    return Incident(
        id=ident,
        type=kind,
        date=when,
        date_precision=precision,
        geometry=geometry if geometry is not None else box(130, 35, 135, 40),
        geo_precision=3,
        role=role,
        actors=actors,
        assets=assets,
        count=count,
        place_ids=place_ids,
        sources=(Source(doc=doc, quote=ident, start=0, end=1),),
        reason="date: x; place: y",
    )


def test_merge_keeps_every_source_and_the_most_precise_date():
    month = _incident(
        "m",
        when="2021-11",
        precision="month",
        doc="b",
        role="background",
        count=2,
        assets=("H-6K",),
    )
    day = _incident("d", count=4, assets=("Tu-95",))
    merged = merge_incidents([month, day])
    assert len(merged) == 1
    one = merged[0]
    assert (one.date, one.date_precision, one.role, one.count) == (
        "2021-11-19",
        "day",
        "primary",
        4,
    )
    assert set(one.assets) == {"H-6K", "Tu-95"}
    assert {s.doc for s in one.sources} == {"a", "b"}


@pytest.mark.parametrize(
    "other",
    [
        _incident("x", when="2021-12-01"),
        _incident("x", when="2021-10", precision="month"),
        _incident("x", actors=("RU", "KP")),
        _incident("x", geometry=box(150, 10, 155, 12), place_ids=("ocean.pacific",)),
        _incident("x", kind="joint_naval_exercise"),
        _incident("x", assets=("destroyers",)),
    ],
)
def test_different_incidents_stay_apart(other):
    base = _incident("d", assets=("bombers",))
    assert not same_incident(base, other)
    assert len(merge_incidents([base, other])) == 2


def test_two_carriers_operations_stay_apart_in_any_report():
    liaoning = _incident("l", kind="carrier_operations", actors=("CN",), assets=("Liaoning",))
    shandong = _incident("s", kind="carrier_operations", actors=("CN",), assets=("Shandong",))
    again = _incident(
        "a", kind="carrier_operations", actors=("CN",), doc="b", assets=("Liaoning", "fighters")
    )
    assert not same_incident(liaoning, shandong)
    assert len(merge_incidents([liaoning, shandong, again])) == 2


def test_one_report_s_flight_and_its_days_long_drill_stay_apart():
    flight = _incident(
        "f", kind="other", actors=("RU",), when="2023-10-05", assets=("Tu-142MZ", "aircraft")
    )
    drill = _incident(
        "d", kind="other", actors=("RU",), when="2023-10", precision="month", assets=("missile",)
    )
    same_day = _incident("s", kind="other", actors=("RU",), assets=("aircraft",))
    again = _incident("a", kind="other", actors=("RU",), assets=("Tu-142MZ",))
    assert not same_incident(flight, drill)
    assert len(merge_incidents([flight, drill])) == 2
    assert same_incident(same_day, again)  # (a flight told twice on its day is one)


def test_merge_accepts_a_subset_of_actors_and_a_containing_place():
    wide = _incident("w", actors=("CN",), geometry=box(100, 0, 170, 50), place_ids=("region.x",))
    assert len(merge_incidents([_incident("d"), wide])) == 1


def test_merged_id_is_stable_whatever_the_order():
    a, b = _incident("a", doc="a"), _incident("b", doc="b")
    assert merge_incidents([a, b])[0].id == merge_incidents([b, a])[0].id


def test_incidents_from_articles_skips_bad_articles(gazetteer):
    good = article_from_text(
        "On Friday, Chinese and Russian bombers held a joint patrol over the Sea of Japan.",
        doc="g",
        published=date(2021, 11, 24),
    )
    found = incidents_from_articles([ArticleError("bad.txt", "empty"), good], gazetteer)
    assert [i.type for i in found] == ["joint_air_patrol"]


# --- the seeds, end to end with the real gazetteer, places and dates ----------------------


@pytest.fixture(scope="module")
def seed_incidents():
    return incidents_from_articles(iter_articles([seeds_dir()]), load_gazetteer())


def _find(incidents, kind, when, role=None, actors=None):
    found = [
        i
        for i in incidents
        if i.type == kind
        and (i.date or "").startswith(when)
        and (role is None or i.role == role)
        and (actors is None or i.actors == actors)
    ]
    assert len(found) == 1, [(i.type, i.date, i.role) for i in incidents]
    return found[0]


def _docs(incident):
    return {source.doc[:3] for source in incident.sources}


def test_seed_19_november_2021_patrol_is_one_incident_with_a_route(seed_incidents):
    patrol = _find(seed_incidents, "joint_air_patrol", "2021-11")
    assert (patrol.date, patrol.date_precision, patrol.actors) == (
        "2021-11-19",
        "day",
        ("CN", "RU"),
    )
    assert _docs(patrol) == {"000", "001", "003"}
    assert patrol.place_ids == ("sea.japan", "sea.east-china", "ocean.pacific")
    assert patrol.geometry.geom_type == "LineString" and patrol.geo_precision == 5
    assert patrol.count == 4
    background = [s for s in patrol.sources if s.doc.startswith("003")]
    assert "November 2021" in background[0].quote


def test_seed_route_runs_through_the_middle_of_each_sea(seed_incidents):
    gazetteer_real = load_gazetteer()
    patrol = _find(seed_incidents, "joint_air_patrol", "2021-11")
    vertices = [Point(xy) for xy in patrol.geometry.coords]
    for vertex, place_id in zip(vertices, patrol.place_ids, strict=True):
        assert gazetteer_real.get(place_id).geometry.contains(vertex), place_id
    # the seas' vertices sit well inside them, not on the border the route crosses
    for vertex, place_id in zip(vertices[:2], patrol.place_ids[:2], strict=True):
        assert gazetteer_real.get(place_id).geometry.exterior.distance(vertex) > 1.5, place_id


def test_seed_october_2021_naval_exercise_and_tsugaru_passage(seed_incidents):
    exercise = _find(seed_incidents, "joint_naval_exercise", "2021-10", actors=("CN", "RU"))
    assert exercise.place_ids == ("sea.japan",)
    passage = _find(seed_incidents, "strait_transit", "2021-10")
    assert passage.place_ids == ("strait.tsugaru",) and passage.actors == ("CN", "RU")


def test_seed_2022_patrol_in_the_week_of_24_may(seed_incidents):
    patrol = _find(seed_incidents, "joint_air_patrol", "2022-05")
    assert (patrol.date, patrol.date_end, patrol.date_precision) == (
        "2022-05-23",
        "2022-05-26",  # 'this week' told on Thursday 26 May: the week up to the news
        "week",
    )
    assert {"Tu-95", "H-6K"} <= set(patrol.assets) and patrol.count == 6
    assert patrol.actors == ("CN", "RU") and patrol.role == "primary"


def test_seed_2023_exercise_patrol_and_adiz_entries(seed_incidents):
    exercise = _find(seed_incidents, "joint_naval_exercise", "2023-07")
    assert exercise.place_ids == ("sea.japan",) and exercise.date_precision == "month"
    patrol = _find(seed_incidents, "joint_air_patrol", "2023-06")
    assert patrol.place_ids == ("sea.japan", "sea.east-china")
    entry = _find(seed_incidents, "adiz_entry", "2023-07")
    assert set(entry.place_ids) == {"adiz.jp", "adiz.kr"} and entry.actors == ("CN", "RU")
    scramble = _find(seed_incidents, "scramble", "2023-07")
    assert scramble.actors == ("JP", "KR") and scramble.role == "response"


def test_seed_december_2025_incidents(seed_incidents):
    radar = _find(seed_incidents, "radar_lockon", "2025-12-06")
    assert radar.actors == ("CN",)
    flight = _find(seed_incidents, "joint_air_patrol", "2025-12-09")
    assert flight.actors == ("CN", "RU") and "island.okinawa" in flight.place_ids[0]
    drill = _find(seed_incidents, "other", "2025-12-10")
    assert drill.actors == ("JP", "US") and "sea.japan" in drill.place_ids[0]
    assert "B-52" in drill.assets
    coast_guard = _find(seed_incidents, "territorial_waters_entry", "2025-12-10")
    assert coast_guard.count == 4 and coast_guard.place_ids == ("territorial_sea.senkaku",)
    earlier = _find(seed_incidents, "territorial_waters_entry", "2025-03", role="background")
    assert earlier.count == 15 and earlier.actors == ("CN",)


def test_seeds_hold_nothing_a_reader_would_not_list(seed_incidents):
    listed = sorted((i.type, i.date) for i in seed_incidents)
    assert listed == sorted(
        [
            ("joint_air_patrol", "2021-11-19"),
            ("joint_naval_exercise", "2021-10"),
            ("strait_transit", "2021-10"),
            ("joint_naval_exercise", "2021-10"),  # US and Japanese navies, South China Sea
            ("joint_naval_exercise", "2023-07"),
            ("joint_air_patrol", "2023-06"),
            ("adiz_entry", "2023-07"),
            ("scramble", "2023-07"),
            ("joint_air_patrol", "2022-05-23"),
            ("joint_air_patrol", "2019-07"),
            ("joint_air_patrol", "2020-12"),
            ("radar_lockon", "2025-12-06"),
            ("joint_air_patrol", "2025-12-09"),
            ("other", "2025-12-10"),
            ("territorial_waters_entry", "2025-12-10"),
            ("territorial_waters_entry", "2025-03"),
        ]
    )
    assert len({i.id for i in seed_incidents}) == len(seed_incidents)


def test_seed_incidents_meet_the_frame_contract(seed_incidents):
    frame = frame_from_incidents(seed_incidents)
    validate_incident_frame(frame)
    assert all(i.reason.startswith("date: ") and "; place: " in i.reason for i in seed_incidents)
    for incident in seed_incidents:
        for source in incident.sources:
            assert source.quote and source.url and source.publisher and source.published


# --- geo extract ---------------------------------------------------------------------------


def test_extract_prints_geojson_and_reports_bad_files(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from geo.cli import app

    article = tmp_path / "good.txt"
    article.write_text(
        "published: 2021-11-24\n---\nOn Friday, Chinese and Russian bombers held a "
        "joint patrol over the Sea of Japan.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    props = feature["properties"]
    assert props["type"] == "joint_air_patrol" and props["date"] == "2021-11-19"
    assert props["actors"] == ["CN", "RU"] and props["sources"][0]["doc"]
    assert set(props) >= {
        "id",
        "date_end",
        "date_precision",
        "assets",
        "count",
        "place_ids",
        "place_names",
        "geo_precision",
        "role",
        "reason",
    }
    assert "empty.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_extract_prints_a_table_of_the_seeds():
    from typer.testing import CliRunner

    from geo.cli import app

    result = CliRunner().invoke(app, ["extract", str(seeds_dir())])
    assert result.exit_code == 0, result.output
    assert "joint_air_patrol" in result.stdout and "2021-11-19" in result.stdout
    assert "16 incidents" in result.stdout


def test_a_carrier_report_end_to_end():
    text = (
        "TOKYO (Kyodo) -- China's aircraft carrier Liaoning sailed between Japan's westernmost "
        "island of Yonaguni and nearby Iriomote Island on Wednesday, the Defense Ministry said "
        "Thursday.\n\nThe carrier, accompanied by two destroyers, entered Japan's contiguous zone "
        "during the passage, the ministry said. Air Self-Defense Force fighter jets were scrambled "
        "after fighters took off from the carrier.\n\nLast month, a Chinese Y-9 aircraft violated "
        "Japanese airspace off Nagasaki Prefecture."
    )
    article = article_from_text(text, doc="k", published=date(2024, 9, 19))
    found = sorted(
        (i.type, i.date, i.actors, i.role)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("airspace_violation", "2024-08", ("CN",), "background"),  # before the news
        ("carrier_operations", "2024-09-18", ("CN",), "primary"),
        ("contiguous_zone_entry", "2024-09-18", ("CN",), "primary"),
        ("scramble", "2024-09-18", ("JP",), "response"),
        ("strait_transit", "2024-09-18", ("CN",), "primary"),
    ]


# --- fast paths give the same matches as the plain patterns ------------------------------------

_FAST_PATH_SAMPLES = (
    "Two Tu-142 patrol aircraft crossed into the KADIZ northeast of Ulleung Island.",
    "On September 15 it sent a Hwasong-12 intermediate-range missile over Hokkaido.",
    "Taiwan detected 21 Chinese military aircraft around the island; the MND tracked nine "
    "ships operating near it; fighters had taken off from and landed on the carrier; China "
    "has deployed about 90 ships in waters near Japan; exercises that Russian forces began; "
    "troops taking part in the exercises, which last; drills, held in the sea.",
    "Crews of the Bastion system practised; troops rehearsed; units worked out a landing; crews "
    "of the corvettes have been conducting an exercise; crews conducted drills; crews held an "
    "exercise; the ships took part in a tactical exercise of the flotilla; a detachment of "
    "warships practised a search; the detachment passed from the Sea of Japan into the Sea "
    "of Okhotsk through the strait. An exercise of the army corps began on Monday. Crews have "
    "been taking part in a tactical exercise. Troops on Iturup began an exercise. The fleet has "
    "been conducting missile and artillery firing drills in the sea. The ships held "
    "anti-submarine and air defense drills in the sea.",
    "The fleet completed the active phase of a large-scale exercise in the Bering Sea.",
    "Correction: An earlier version of this story said the ships sailed on Monday.",
    "A Tu-142 flew out of the Sea of Okhotsk, prompting another scramble from Chitose.",
    "The crew of a submarine carried out torpedo firing at a target in the waters of the sea. "
    "Il-38 aircraft carried out a search for a submarine of a notional enemy in the sea; ships "
    "are taking part in a tactical exercise that began in the Sea of Japan; 18 sorties entered "
    "the northern, central, southwestern and eastern parts of our ADIZ.",
    "Crews carried out an exercise on Iturup island; the navy is holding drills in the sea.",
    "A rare passage of the Soya Strait; a missile plunged into the sea; ships sailed between "
    "two Japanese islands; the Shandong aircraft carrier group has concluded a round of "
    "training.",
    "Ships were cruising just outside the waters; others remained just outside Japan's sea.",
    "Troops have taken part in military exercises on the Kuril Islands.",
    "A Y-8 also flew in the southwestern part of our ADIZ; J-10s operating inside Taiwan's ADIZ.",
    "The detachment held a tactical exercise in the Sea of Japan; crews held a tactical exercise "
    "from 23 to 25 July; two Tu-142 aircraft had flown the previous day from the Sea of Okhotsk.",
    "The frequent transits of US warships; targets imitating cruise missiles launched by the "
    "enemy; a helicopter entered the airspace over Japanese territorial waters.",
    "Crews carried out a missile firing; crews of the Bal system carried out a march; crews "
    "carried out electronic missile launches; the ships conducted two missile launches; they "
    "performed electronic launches of Onyx cruise missiles. A tactical exercise of a battalion "
    "was held from 2 to 5 October. A tactical exercise of units, which was held on Iturup, has "
    "been completed.",
    "The ministry said the patrol had begun on Friday; the patrol started in May; vessels "
    "navigating in the contiguous zone; the vessels navigated in the contiguous zone.",
    "A CCG fleet cruised within the territorial waters; the fleet patrolled the territorial "
    "waters of the Diaoyu Islands; two ships sailed in Japanese territorial waters, not sailing "
    "in waters outside the territorial waters; they moved into Japanese territorial waters.",
    "Su-27 jets came within a few dozen metres of the planes; a frigate sailed just outside the "
    "territorial waters.",
    "A submarine sailed submerged through Japan's contiguous zone near Amami Oshima.",
    'North Korea test-fired a "hypersonic missile" and "two" rockets.',
    "The ship was extending wire-like objects into the sea within Japan's exclusive economic zone.",
    "On Aug. 3, a Rodong fired from South Hwanghae Province came down west of Oga.",
    'Two projectiles, later described as a "rocket launcher," were fired from Sondok.',
    "The coast guard says this is the fifth case this year of a Chinese vessel surveying.",
    "The coast guard said it marked the fifth intrusion this year.",
    "Two Tu-95MS bombers performed a flight of more than nine hours over the Sea of Okhotsk.",
    "The July 4 launch, from Panghyon, sent a missile 933 kilometers into the Sea of Japan.",
    "The submarine moved northwest through Japan's contiguous zone; on Friday it left the zone.",
    "Marines on the islands of Iturup and Kunashir practiced repelling an enemy landing.",
    "A Chinese research vessel that conducted surveys in waters around Okinotori in June.",
    "A Chinese Tu-154 and a Y-9 flew for several hours over the East China Sea on Tuesday.",
    "Fighters and helicopters then operated from the carrier south of Miyako Island.",
    "(1) Research vessels confirmed in Japan's EEZ this year: 3 (including this one)",
    'In reference to the March 1 article "Russian destroyer, tankers pass through Tsushima '
    'Strait":',
    'Your report headlined "Chinese carrier sails through Miyako Strait" was wrong.',
    "Moscow ordered a snap combat readiness check of the fleet and an unscheduled inspection.",
    "The submarine moved through waters just outside Japan's territorial waters.",
    "Crude oil cargoes and exports to China flow through the strait, and trade transits it.",
    "Two vessels navigated inside Japan's territorial waters; one was still inside territorial "
    "waters at noon, operating within territorial waters.",
    "Ten ships escorted fishing boats into the waters; two stayed inside the territorial sea.",
    "At the time, seven Russian and two Chinese aircraft entered and left the zone.",
    "Scrambles against Russian aircraft fell by 75 to 268, the Joint Staff said.",
    "The Bastion missile system had been deployed on Etorofu Island, the paper said.",
    "The district held exercises on Kunashiri and Etorofu islands this week.",
    "Over 3,000 troops are taking part in an exercise on the Kuril Islands this week.",
    "It was the fourth time this year that Chinese ships entered the waters.",
    "Submarines are required under the convention to surface in a country's territorial waters.",
    "[1/3] People watch a TV broadcasting a news report on North Korea firing a missile.",
    "Three Russian ships followed the same route several hours later.",
    "In 2018 a South Korean destroyer had done the same, and a frigate did the same later.",
    "Eighteen aircraft crossed the line off Kaohsiung; two jets crossed that line again.",
    "It followed drills in April 2012 and Previous violations in 2013, after past launches.",
    "A Z-9 and a Ka-27 helicopter flew for about 40 minutes within roughly 20 kilometers.",
    "A Taepodong-1 flew over Honshu; a long-range rocket passed over Tohoku; a Musudan fell.",
    "An Unha-2 rocket flew over Akita; a Hwasong-12 fired from Sunan crossed Hokkaido.",
    "Another rocket took the same southern path; ships sailed a similar northern course.",
    "After the Russian-Chinese exercise North/Interaction-2023 came a bilateral drill.",
    'The fleet had taken part in "Joint Sea-2013" in waters off Vladivostok.',
    "Destroyers last used the Osumi Strait in November; ships using the Bashi Channel.",
    "A J-15 closed to 45 meters of a P-3C, then was closing in to about 30 metres.",
    "Planes flew into the zone south of Ieodo; ships entered the same zone later.",
    "A frigate was suspected of directing the same type of radar at a helicopter; a plane flew "
    "into Japanese airspace.",
    "The previous record, 72 hours and 45 minutes, was set in December.",
    "North Korea placed its first military spy satellite, the Malligyong-1, into orbit.",
    "It exceeded the previous record of about 72 hours and 45 minutes set in December.",
    "The ASDF scrambles fighters hundreds of times a year, mostly against Chinese aircraft.",
    "Two bombers flew through the Korea Air Defense Identification Zone (KADIZ).",
    "Violation of Japan's airspace by foreign balloons is totally unacceptable.",
    "Two ships followed a fishing boat into Japan's territorial waters.",
    "35 of the aircraft entered Taiwan's northern, southwestern and eastern ADIZ.",
    'Japan says Chinese ships "intruded" into the waters on Monday.',
    "Two ships carried out a patrol in the territorial waters of the islands on Monday.",
    'A frigate had also "locked on" to a helicopter, and another locked on at a destroyer.',
    "A drone flew about 200 km north of the islands; a plane flew 45 kilometres off the coast.",
    "Its first such patrol took place in 2019; the last one was held in July.",
    "The North fired 90 artillery rounds; an artillery barrage followed.",
    "Coast guard men boarded a boat; ships entered the restricted or prohibited waters.",
    "Bombers flew on 3 consecutive days; the ministry released a file photo (AP Photo).",
    "The navy plans to conduct drills in fiscal 2024 under a new white paper and budget.",
    "Chinese vessels have repeatedly entered the zone, almost every day in recent months.",
    "The flight came after previous ones and follows a patrol in the past, the last time prior.",
    "The US and Japanese forces, the U.S. Navy and Washington's allies, watched the PLAN ships.",
    "JASDF fighters tracked Russian Tu-95s while Seoul, Taipei and Taiwan's DPRK watchers spoke.",
    "Sea of Japan, South China Sea, East China Sea; a Japanese Self-Defense Forces spokesman.",
    "Ships of the ſtage: the İ and K letters fold in case-insensitive matching, the ſ too.",
    "FISCAL 2023 BUDGET: IT WAS THE FIRST TIME THE MSDF MONITORED PLA AIR FORCE JETS.",
    "Fighters TOOK OFF from the carrier during Flight Operations, with 20 Takeoffs and Landings.",
    "Two drones violated Japanese AIRSPACE after one Crossed the Median Line near Taiwan.",
    "Three Chinese ships sailed within Japan's Contiguous Zone and entered the KADIZ.",
    "Jets flew on 12 occasions; the Number of Scrambles rose, up 3 TIMES on the year.",
    "The “Joint Patrol” — Russia’s Tu-95s and China’s H-6Ks — flew past Île Verte • again.",
    "Chinese ships entered Japan’s territorial waters near the Senkakus (尖閣諸島) again.",
    "Q: Did the Tu-95s Violate Japanese Airspace on Monday?",
    "The PLA held drills around Taiwan and Staged Exercises off Okinawa.",
    "Crews Practiced Electronic Missile Launches and simulated missile launches; Each Scramble.",
    "An Attempt To Put a spy Satellite into orbit Failed; the Carrier Rocket, carrying it, "
    "was Launched.",
    "Scrambles made up 63 Percent Of The Total; jets flew there Several Times In The Past year.",
    "Russian and Chinese ships Exercised in the sea; the navies exercised together off Sado.",
    "If they do, ships May come; In The First Half Of This Year ships came.",
    "Ships Sailed Out Of the Contiguous Zone and then the Maritime Interaction drills began.",
    "Seoul Reported a Chinese Y-9 in the eastern part of the KADIZ; Taipei detected two J-16s "
    "in Taiwan's ADIZ.",
    "Three of four Missiles Came Down in the EEZ; a missile had Fallen there before.",
    "A helicopter Flew In Waters About 25 miles off; a drone flying in the airspace near it.",
    "China WILL send ships to drills Next Month; analysts Expect the navies to patrol.",
    "A Tu-142 Made A Similar Trip Along the coast. [Chart Labels: Tsushima]; Ships On All "
    "Seven Days.",
    "Most of the Flights passed the strait, A Growing Share of them at night.",
    "Scrambles Accounted For 479 of them, a Record 30 drones; ships Enjoy the Right of "
    "Innocent Passage.",
    "A Research Vessel conducted a SURVEY inside Japan’s EEZ; a helicopter came Dangerously "
    "Close, then approached the destroyer to within about 90 meters.",
)


def _seed_sentences() -> list[str]:
    articles = [a for a in iter_articles([seeds_dir()]) if not isinstance(a, ArticleError)]
    return [a.text[s:e] for a in articles for s, e in sentence_spans(a.text)] + list(
        _FAST_PATH_SAMPLES
    )


def test_caseless_patterns_match_like_their_regex():
    from geo import _triggers as tr

    samples = _seed_sentences()
    from geo import incidents

    patterns = [tr.SKIP_SENTENCE, tr.HABITUAL, tr.BACKGROUND_CUE, tr._COUNT_GROUP]
    patterns += [incidents._FUTURE]
    patterns += [pattern for _, pattern in tr.TRIGGERS]
    for caseless in patterns:
        hits = 0
        for sentence in samples:
            fast, plain = caseless.search(sentence), caseless.regex.search(sentence)
            assert (fast and fast.span()) == (plain and plain.span()), (caseless.words, sentence)
            assert list(caseless.spans(sentence)) == [
                m.span() for m in caseless.regex.finditer(sentence)
            ]
            hits += plain is not None
        assert hits >= 1, caseless.regex.pattern  # the samples exercise each pattern
    for sentence in samples:
        assert tr.SKIP_SENTENCE.found(sentence) == bool(tr.SKIP_SENTENCE.regex.search(sentence))
    assert all(any(part.regex.search(s) for s in samples) for part in tr.SKIP_SENTENCE.parts)


def test_counts_are_looked_for_where_a_number_opens_a_word():
    from geo._triggers import _COUNT_GROUP, _count_match, foldable

    for sentence in _seed_sentences() + ["A Total of Twelve jets, then 4 Chinese and 15 planes."]:
        lowered = sentence.lower() if foldable(sentence) else None
        for position in range(0, len(sentence), 7):
            fast = _count_match(sentence, lowered, position)
            plain = _COUNT_GROUP.regex.search(sentence, position)
            assert (fast and fast.span()) == (plain and plain.span()), (sentence, position)


def test_abbreviations_end_no_sentence_whatever_the_length_before():
    from geo._triggers import _ABBREVIATIONS, _ends_with_abbreviation

    for head in ("", "x", "He said Gen", "word " * 30 + "approx", "a" * 40 + " U.S", "See Co"):
        for chunk in (head + ".", "(" + head + ".", head + "x."):
            assert _ends_with_abbreviation(chunk) == bool(_ABBREVIATIONS.search(chunk)), chunk


def test_text_is_foldable_when_lower_case_is_all_that_case_folding_sees():
    from geo._triggers import foldable

    assert foldable("Plain ASCII") and foldable("Japan’s “waters” — 尖閣 • ok")
    assert not foldable("Île") and not foldable("ſtage") and not foldable("20 \u212a")


def test_folded_source_keeps_escapes_and_group_names():
    from geo._triggers import folded_source

    assert folded_source(r"(?P<Big>AB\b\(X)|(?P=Big)[A-Z]\d") == r"(?P<Big>ab\b\(x)|(?P=Big)[a-z]\d"


def test_actor_mentions_found_only_where_a_name_can_start():
    from geo import _triggers as tr

    for sentence in _seed_sentences():
        fast = [
            (m.lastgroup, m.span())
            for m in tr.anchored_finditer(tr.ACTOR, tr._ACTOR_STARTS, sentence)
        ]
        plain = [(m.lastgroup, m.span()) for m in tr.ACTOR.finditer(sentence)]
        assert fast == plain, sentence


def test_lower_case_fast_path_reads_the_same_incidents(monkeypatch):
    from geo import _triggers as tr

    gazetteer = load_gazetteer()
    articles = [a for a in iter_articles([seeds_dir()]) if not isinstance(a, ArticleError)]
    articles.append(
        article_from_text(
            "Two Chinese bombers and two Russian Tu-95s flew over the Sea of Japan on Tuesday, "
            "the ministry said after a “joint patrol” near Île Verte. Japan scrambled fighters.",
            doc="cased",
            published=date(2022, 5, 26),
        )
    )
    fast = [incidents_from_article(a, gazetteer) for a in articles]
    monkeypatch.setattr(tr, "foldable", lambda text: False)
    assert [incidents_from_article(a, gazetteer) for a in articles] == fast
    assert sum(map(len, fast)) >= 10


def test_far_away_clauses_are_gated_by_every_name_the_pattern_knows():
    from geo import incidents as inc

    adjectives = inc._OUT_OF_AREA.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|")
    places = inc._OUT_OF_AREA.pattern.rsplit("(?:", 1)[1].split(")", 1)[0].split("|")
    assert len(adjectives) > 15 and "Finland" in places
    phrases = [a.replace("[’']", "’") + " airspace" for a in adjectives]
    phrases += [f"flew over the {p} again" for p in places]
    for phrase in phrases:
        assert inc._OUT_OF_AREA.search(phrase), phrase
        assert any(word in phrase for word in inc._OUT_OF_AREA_WORDS), phrase
        assert inc._OUT_OF_AREA_GATE.search(phrase), phrase


@pytest.mark.parametrize(
    "text, designator, actors, domains",
    [
        ("two Tu-95MS bombers", "Tu-95MS", ("RU",), {"air"}),
        ("an II-38 patrol plane", "II-38", ("RU",), {"air"}),
        ("a Ka-27 helicopter", "Ka-27", ("RU",), {"air"}),
        ("two H-6Ks", "H-6K", ("CN",), {"air"}),
        ("a WZ-7 drone", "WZ-7", ("CN",), {"air"}),
        ("a Type 054A frigate", "Type 054A", ("CN",), {"sea"}),
        ("the carrier Liaoning", "Liaoning", ("CN",), {"sea"}),
        ("F-15J fighters", "F-15J", (), {"air"}),
        ("two Tu-142MZ long-range anti-submarine aircraft", "Tu-142MZ", ("RU",), {"air"}),
        ("a Y-9JB electronic intelligence plane", "Y-9JB", ("CN",), {"air"}),
        ("two J-16Ds", "J-16D", ("CN",), {"air"}),
    ],
)
def test_a_designator_has_its_family_s_side_domain_and_opening(text, designator, actors, domains):
    from geo import _triggers as tr
    from geo.incidents import _actors_from_assets

    assets = tr.assets_from_text(text)
    assert assets[0] == designator
    assert _actors_from_assets([designator]) == actors
    assert tr.asset_domains([designator]) == domains
    assert designator.lower().startswith(tr._ASSET_OPENINGS)


def test_an_anti_submarine_aircraft_is_no_submarine():
    from geo import _triggers as tr

    assert tr.assets_from_text("two Tu-142MZ anti-submarine aircraft") == ("Tu-142MZ",)
    assert tr.assets_from_text("an anti-submarine drill against a submarine") == ("submarine",)


def test_a_sukhoi_names_no_side_china_flies_them_too():
    from geo.incidents import _actors_from_assets

    assert _actors_from_assets(["H-6K", "Su-30"]) == ("CN",)
    assert _actors_from_assets(["Su-27"]) == ()
    assert _actors_from_assets(["Su-24"]) == ("RU",)  # (only Russia flies the Su-24)


def test_names_and_assets_tried_only_where_an_opening_lies_find_the_same():
    from geo import _triggers as tr

    samples = [s for s in _seed_sentences() if len(s.lower()) == len(s)] + [
        "A KJ-500, an Il-20, F/A-18s, a Type 052D and S. Korean, U.S. and ROK jets: early-warning.",
        "CCG vessels, the Liaoning carrier, Su-35S fighters and People's Liberation Army drones.",
        "The Democratic People’s Republic of Korea (DPRK) and the Republic of Korea Navy.",
    ]
    text = "\n".join(samples)
    _, openings = tr.scan_text(text)
    assert openings is not None
    checked = 0
    for start in range(0, len(text), 97):
        for end in (start + 40, start + 151, start + 400):
            piece = text[start:end]
            end = start + len(piece)
            for pattern, starts in (
                (tr.ACTOR, openings.actors_within(start, end)),
                (tr.ASSET, openings.assets_within(start, end)),
            ):
                plain = [(m.lastgroup, m.span()) for m in pattern.finditer(piece)]
                fast = [(m.lastgroup, m.span()) for m in tr.matches_at(pattern, piece, starts)]
                assert fast == plain, piece
                checked += len(plain)
            assert tr.actor_mentions(piece, openings.actors_within(start, end)) == (
                tr.actor_mentions(piece)
            )
    assert checked > 1000
    assert tr.scan_text("İ ships")[1] is None  # lower case longer than the text: no openings


def test_sentence_boundaries_tried_only_at_their_characters_are_the_pattern_s():
    from geo import _triggers as tr

    articles = [a for a in iter_articles([seeds_dir()]) if not isinstance(a, ArticleError)]
    texts = [a.text for a in articles] + list(_FAST_PATH_SAMPLES)
    texts += [
        "• a\n• b \u00a0• c. D!? “E” said.) Fine.\n\n  \t•x",
        "•",
        " •",
        "a.b. C",
        "U.S. Navy",
    ]
    for text in texts:
        fast = [m.span() for m in tr.boundaries(text)]
        assert fast == [m.span() for m in tr._BOUNDARY.finditer(text)], text
    assert sum(len(list(tr.boundaries(t))) for t in texts) > 80


def test_trigger_words_are_in_every_match_of_their_kind():
    from geo import _triggers as tr

    phrases = [
        "North Korea launched two ballistic missiles; a missile fell in the sea; "
        "one test-fired cruise missile; the missiles splashed down; a missile launch.",
        "Fighters took off from the carrier with 20 take-offs and landings, flight operations "
        "and carrier-based drills; landings and takeoffs; helicopters launched from it.",
        "A joint naval exercise, Joint Sea-2021, Northern/Interaction-2023, Sino-Russian drills, "
        "bilateral maneuvers; they held naval exercises near Japan and conducted a military "
        "drill in the sea, kicked off military drills off Sakhalin.",
        "Bombers entered Japan's air defense identification zone, flew into the KADIZ, came into "
        "the JADIZ, were in and out of the ADIZ; KADIZ entries and ADIZ incursions; they "
        "violated South Korea's air defence zone; an entry into the zone's ADIZ.",
        "A drone violated Japanese airspace, intruded into the air space, breached airspace; "
        "airspace violations and airspace intrusions; invaded Japan's territorial airspace.",
        "Ships entered the waters, were in the same waters, remained in the waters.",
        "Japan scrambled fighter jets; fighters were scrambled; Tokyo sent F-15 jets and "
        "dispatched its fighters; the drone was intercepted by ASDF fighters.",
        "China and Russia flew a joint air patrol, jointly patrolled, patrolled jointly.",
    ]
    samples = _seed_sentences() + phrases
    for kind, pattern in tr.TRIGGERS:
        if not pattern.words:
            continue
        seen = 0
        for sentence in samples:
            for match in pattern.regex.finditer(sentence):
                assert any(w in match.group().lower() for w in pattern.words), (kind, match)
                seen += 1
        assert seen >= 3, kind


def test_actor_context_shortcuts_agree_with_their_patterns():
    from geo import _triggers as tr

    texts = _seed_sentences() + [
        "said according to the ",
        "a response to\n",
        "off The ",
        "Berlin ",
        "the coast of ",
        "islands of the\n",
        "toward",
        "into the  ",
        "news of ",
        "İn ",
        "ships tracked by ",
        "Self-Defense Forces monitored",
    ]
    checked, before_hits, watching_hits = 0, 0, 0
    for text in texts:
        for end in range(len(text) + 1):
            before = text[max(0, end - 20) : end]
            found = tr._not_actor_before(before)
            assert found == bool(tr._NOT_ACTOR_BEFORE.search(before)), before
            after = text[end : end + 60]
            watching = tr._watching(after)
            assert watching == bool(tr._WATCHING_AFTER.match(after)), after
            checked, before_hits, watching_hits = (
                checked + 1,
                before_hits + found,
                watching_hits + watching,
            )
    assert checked > 5000 and before_hits > 100 and watching_hits > 20


@pytest.mark.parametrize(
    "text",
    [
        "a total of 12 ships and two drones; someone saw ten, often 3.5 or x7 or -4",
        "twenty-one aircraft, a pair of jets, a dozen boats, seventeen, one. nine_ eight",
        "_two, dozens of planes at 09:00 with 15 vessels; total of five",
        "",
    ],
)
def test_count_openings_are_where_the_plain_pattern_finds_them(text):
    import re

    from geo import _triggers as tr

    plain = re.compile(tr._COUNT_START_SOURCE)
    for position in range(len(text) + 1):
        expected = plain.search(text, position)
        found = tr._COUNT_START.search(text, position)
        assert (found and found.start()) == (expected and expected.start())


def test_a_release_part_that_names_an_item_of_its_first_part_takes_that_items_date(gazetteer):
    text = (
        "1. Confirmed dates and aircraft\n"
        "(1) November 20, 2021 (Sat), morning: one unmanned aircraft estimated to be Chinese\n"
        "(2) November 22, 2021 (Mon), afternoon: one Chinese Y-9 aircraft\n\n"
        "2. Flight routes\n"
        "(1) The unmanned aircraft in 1(1) flew southeast from the East China Sea, passed "
        "through the Miyako Strait and advanced to the Pacific Ocean.\n"
        "(2) The Y-9 in 1(2) flew from the East China Sea, passed through the Miyako Strait to "
        "the Pacific Ocean and returned.\n"
    )
    found = sorted((i.type, i.date, i.actors) for i in _read(text, gazetteer))
    assert found == [
        ("strait_transit", "2021-11-20", ("CN",)),
        ("strait_transit", "2021-11-22", ("CN",)),
    ]


def test_a_releases_date_and_time_dates_the_flights_it_details(gazetteer):
    text = (
        "1. Date and time\nNovember 22 (Monday), from around 10:00 a.m. to around 4:40 p.m.\n\n"
        "2. Details\n(1) One Russian Il-20 flew southeast over the Sea of Japan and circled off "
        "Shimane Prefecture.\n(2) Two days earlier, on the 20th, one Russian Il-38 flew over "
        "the Sea of Okhotsk.\n"
    )
    found = sorted((i.type, i.date, i.actors, i.role) for i in _read(text, gazetteer))
    assert found == [
        ("other", "2021-11-20", ("RU",), "background"),
        ("other", "2021-11-22", ("RU",), "primary"),
    ]


def test_each_release_on_a_page_dates_the_flight_it_details(gazetteer):
    text = (
        "Movements of Russian Navy Vessels\n\n1. Date and time\nNovember 20 (Saturday)\n\n"
        "2. Details\nThree Russian Navy vessels passed through the Tsugaru Strait westward.\n\n"
        "Flight of a Russian Aircraft\n\n1. Date and time\nNovember 22 (Monday), from "
        "morning to afternoon\n\n2. Details\nOne Russian Il-38 flew southwest over the Sea of "
        "Japan to the vicinity of the Oki Islands.\n"
    )
    found = sorted((i.type, i.date, i.actors) for i in _read(text, gazetteer))
    assert found == [("other", "2021-11-22", ("RU",)), ("strait_transit", "2021-11-20", ("RU",))]


def test_a_range_from_a_day_with_its_weekday_to_today(gazetteer):
    text = (
        "From Nov. 22 (Mon) to today, the MSDF confirmed fighters taking off from and landing "
        "on the aircraft carrier Liaoning in the East China Sea."
    )
    (incident,) = _read(text, gazetteer)
    assert (incident.date, incident.date_end) == ("2021-11-22", "2021-11-24")


def test_a_passage_from_one_night_to_the_next_morning_after_an_earlier_sighting(gazetteer):
    text = (
        "The Liaoning was spotted moving southeast from the East China Sea late Monday and "
        "sailed into the Pacific from around 11 p.m. Monday until around 5 a.m. Tuesday."
    )
    (incident,) = _read(text, gazetteer)
    assert (incident.date, incident.date_end) == ("2021-11-22", "2021-11-23")


def test_a_stay_left_days_later_and_a_navy_ship_the_ministry_reported_the_same_week():
    text = (
        "Four China Coast Guard ships that entered Japan's territorial waters around the "
        "Senkaku Islands early Sunday left late Tuesday night, the coast guard said. At the end "
        "of last month, two China Coast Guard ships entered the territorial waters for about "
        "three hours.\n\nOn Tuesday, the Defense Ministry also reported a Chinese navy frigate "
        "sailing north about 70 km west of Uotsuri Island, outside the contiguous zone."
    )
    article = article_from_text(text, doc="s", published=date(2021, 11, 24))
    found = sorted(
        (i.type, i.date, i.date_end, i.role)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("other", "2021-11-23", None, "primary"),  # the frigate, seen on the day reported
        ("territorial_waters_entry", "2021-10", None, "background"),
        ("territorial_waters_entry", "2021-11-21", "2021-11-23", "primary"),
    ]


def test_a_release_tells_the_exit_items_after_the_entry_and_the_stay_between():
    text = (
        "1. Vessels concerned\nChina Coast Guard 2307 and China Coast Guard 1302 (2 vessels)\n\n"
        "2. Outline\n"
        "(1) At around 04:52 on November 21 (Sun), the above two vessels entered Japan's "
        "territorial waters about 22 km west of Uotsuri Island, Senkaku Islands.\n"
        "(2) At that time, a Japanese fishing boat was operating in the territorial waters. "
        "The two vessels moved to approach the fishing boat. Patrol vessels positioned "
        "themselves between them.\n"
        "(3) On the 21st and the 22nd, the two vessels followed the fishing boat. During this "
        "time the vessels broadcast that the boat had entered Chinese waters.\n"
        "(4) The fishing boat left the area at around 15:30 on the 22nd (Mon). The two vessels "
        "remained in the territorial waters.\n"
        "(5) At around 06:14 today (the 23rd), the two vessels left the territorial waters."
    )
    found = _read_all(text, date(2021, 11, 23))
    stays = [i for i in found if i.type == "territorial_waters_entry"]
    assert [(i.date, i.date_end) for i in stays] == [("2021-11-21", "2021-11-23")]


def test_a_passage_the_speaker_supposes_is_no_trigger():
    from geo import _triggers as tr

    supposed = (
        '"If the two navies start moving together through the Tsugaru or Soya straits, that '
        'would be a different problem," the officer said.'
    )
    told = "The two navies started moving together through the Tsugaru Strait on Monday."
    assert tr.triggers_from_sentence(supposed) == []
    assert [t.kind for t in tr.triggers_from_sentence(told)] == ["transit"]
    wires = (
        "On the 19th, an aircraft confirmed the vessel extending wire-like objects into the sea "
        "about 60 km north of Taisho Island, within Japan's exclusive economic zone."
    )
    assert [t.kind for t in tr.triggers_from_sentence(wires)] == ["eez_activity"]
    rodong = "On Aug. 3, a Rodong fired from South Hwanghae Province came down off Akita."
    assert [t.kind for t in tr.triggers_from_sentence(rodong)] == ["missile_launch"]
    passed = "In April 2021 the carrier passed the Miyako Strait with a full escort group."
    assert [t.kind for t in tr.triggers_from_sentence(passed)] == ["transit"]


def test_a_passage_keeps_its_strait_against_a_later_undated_mention_of_another():
    text = (
        "On Saturday night, a Russian destroyer passed west through the Tsugaru Strait into "
        "the Sea of Japan.\n\nSome officials worry about what comes next. Russian ships "
        "have also used the Soya Strait, officials said."
    )
    found = _read_all(text, date(2021, 11, 24))
    (passage,) = [i for i in found if i.date == "2021-11-20"]
    assert passage.place_ids[0] == "strait.tsugaru"


def test_a_flight_through_a_strait_told_before_a_zone_entry_is_not_a_leg_of_it():
    text = (
        "Japan's Defense Ministry said six Chinese H-6K bombers flew from the East China Sea "
        "through the Tsushima Strait into the Sea of Japan on Monday.\n\nSouth Korea's Joint "
        "Chiefs of Staff said 10 Chinese military aircraft had entered the KADIZ south of Ieodo."
    )
    article = article_from_text(text, doc="s", published=date(2021, 11, 23))
    found = sorted(i.type for i in incidents_from_article(article, load_gazetteer()))
    assert found == ["adiz_entry", "strait_transit"]


def test_troops_taking_part_in_an_exercise_on_islands_is_one_side_s_drill():
    text = (
        "More than 3,000 Russian servicemen are taking part in an exercise on the Kuril "
        "Islands, the press service said on Saturday.\n\nThe drills began on Friday on the "
        "islands of Iturup and Kunashir."
    )
    (drill,) = _read_all(text, date(2021, 11, 20))
    assert (drill.type, drill.date, drill.actors) == ("other", "2021-11-19", ("RU",))
    assert drill.place_ids[0] == "islands.kuril"


def test_drills_held_on_named_islands_are_one_side_s_drill():
    text = (
        "Russia's Eastern Military District held exercises on Kunashiri and Etorofu islands on "
        "Monday, involving about 1,000 troops and coastal missile units."
    )
    (drill,) = _read_all(text, date(2021, 11, 24))
    assert (drill.type, drill.date, drill.actors) == ("other", "2021-11-22", ("RU",))
    assert drill.place_ids[0] == "island.kunashiri"


def test_a_release_s_subject_line_takes_the_span_its_date_line_states():
    text = (
        "Press Release\n\nConfirmation of a Chinese marine research vessel conducting "
        "activities suspected to be marine scientific research in Japan's exclusive economic "
        "zone without consent\n\n1. Date and time of confirmation\nFrom around 09:40 on "
        "November 22, 2021 (Mon) to around 16:10 on November 23, 2021 (Tue)\n\n2. Location\n"
        "Japan's exclusive economic zone, about 95 km west-northwest of Amami Oshima"
    )
    (found,) = _read_all(text, date(2021, 11, 24))
    assert (found.actors, found.date, found.date_end) == (("CN",), "2021-11-22", "2021-11-23")


def test_a_balloon_found_off_a_region_crossing_the_median_line_is_a_sighting():
    text = (
        "PLA activities around Taiwan\n\n1. From 6 a.m. (UTC+8) yesterday to 6 a.m. today, 4 "
        "sorties of PLA aircraft, 6 PLAN vessels and 3 PRC balloons were detected around "
        "Taiwan.\n2. 2 of the aircraft entered Taiwan's southwestern ADIZ.\n3. Balloons:\n"
        "(1) Balloon 1 was detected at 09:42, 98 NM northwest of Keelung, drifting east. It "
        "crossed the median line of the Taiwan Strait and disappeared at 11:55.\n"
        "(2) Balloon 2 was detected at 11:06, 71 NM west of Penghu, and disappeared at 12:30 "
        "after crossing the median line."
    )
    found = _read_all(text, date(2021, 11, 24))
    assert sorted(i.place_ids[0] for i in found if i.type == "other") == [
        "derived:131.492km_west_of:region.penghu",
        "derived:181.496km_northwest_of:city.keelung",
    ]


def test_aircraft_crossing_the_median_line_is_no_strait_passage():
    from geo import _triggers as tr

    sentence = "26 of the aircraft crossing the median line of the Taiwan Strait were tracked."
    assert [t.kind for t in tr.triggers_from_sentence(sentence)] == ["median_line"]


def test_a_group_seen_at_another_strait_early_on_the_day_of_a_later_report():
    text = (
        "The Liaoning, accompanied by five other warships, passed through waters between "
        "Okinawa's main island and Miyako Island late on Sunday afternoon, Japan's defence "
        "ministry said.\n\nOn Monday, Taiwan's defence ministry said the carrier group had been "
        "detected early in the morning about 90 nautical miles southeast of Eluanbi, the "
        "southern tip of the island, and was moving southwest through the Bashi Channel."
    )
    found = _read_all(text, date(2021, 11, 23))
    assert sorted((i.date, i.place_ids[0]) for i in found) == [
        ("2021-11-21", "strait.miyako"),
        ("2021-11-22", "channel.bashi"),
    ]


def test_a_week_of_incidents_and_a_helicopter_earlier_this_month():
    text = (
        "On Nov. 15, five Russian Pacific Fleet ships sailed east through the Soya Strait, "
        "according to the Joint Staff. On Friday, two Il-38 patrol planes flew south from the "
        "Sea of Okhotsk along the Pacific coast of Hokkaido to waters off Kushiro.\n\n"
        "Earlier this month, a Russian border guard Mi-8 flew toward the Nemuro Peninsula from "
        "the direction of Kunashiri Island, defense officials said."
    )
    found = _read_all(text, date(2021, 11, 22))
    assert sorted((i.type, i.date, i.role, i.assets[:1]) for i in found) == [
        ("other", "2021-11", "background", ("Mi-8",)),  # not one of the Il-38s
        ("other", "2021-11-19", "primary", ("Il-38",)),
        ("strait_transit", "2021-11-15", "primary", ("ships",)),  # 'earlier this month' is
    ]  # not the news that makes a passage a week before it background


def test_a_sentence_that_tells_more_of_a_passage_gives_it_the_days_it_joins():
    text = (
        "China's aircraft carrier Liaoning sailed between Yonaguni and Iriomote islands, the "
        "Defense Ministry said Wednesday.\n\nThe Liaoning, accompanied by two destroyers, was "
        "spotted moving southeast from the East China Sea late Tuesday and sailed through the "
        "zone between the two islands from around 11 p.m. Tuesday until around 5 a.m. Wednesday."
    )
    (passage,) = _read_all(text, date(2021, 11, 24))
    assert (passage.type, passage.date, passage.date_end) == (
        "strait_transit",
        "2021-11-23",
        "2021-11-24",
    )


def test_missile_systems_deployed_on_islands_are_an_incident_not_those_sent_to_track():
    from geo import _triggers as tr

    deployed = (
        "The Russian Pacific Fleet's newspaper reported on Tuesday that the Bal coastal defense "
        "missile system had been deployed on Kunashiri Island."
    )
    tracking = "Taiwan said it had scrambled aircraft and deployed missile systems to track them."
    assert [t.kind for t in tr.triggers_from_sentence(deployed)] == ["deployment"]
    assert "deployment" not in [t.kind for t in tr.triggers_from_sentence(tracking)]
    told = "Russia has deployed anti-ship missile systems on Kunashiri Island, a paper said."
    article = article_from_text(told, doc="s", published=date(2021, 11, 24))
    (found,) = incidents_from_article(article, load_gazetteer())
    assert (found.type, found.actors, found.place_ids[0]) == ("other", ("RU",), "island.kunashiri")


def test_a_stay_inside_the_waters_and_fishing_boats_escorted_into_them():
    text = (
        "Chinese coast guard ships entered the territorial waters around the Senkaku Islands "
        "on Saturday. In October, two ships stayed inside the territorial waters for more "
        "than 57 hours. In August 2016, as many as 15 Chinese coast guard ships escorted "
        "hundreds of fishing boats into the waters around the islands over several days."
    )
    found = _read_all(text, date(2021, 3, 2))
    assert sorted((i.type, i.date) for i in found) == [
        ("territorial_waters_entry", "2016-08"),
        ("territorial_waters_entry", "2020-10"),
        ("territorial_waters_entry", "2021-02-27"),
    ]


def test_the_two_groups_that_sail_on_together_are_both_sides():
    text = (
        "Three Chinese ships sailed southwest between Mikurajima and Hachijojima on Nov. 15. "
        "Four Russian ships followed the same route the next day. The two groups then joined "
        "up in the Pacific and, on Nov. 18 and 19, sailed west together through the Osumi "
        "Strait into the East China Sea."
    )
    found = _read_all(text, date(2021, 11, 24))
    (osumi,) = [i for i in found if "strait.osumi" in i.place_ids]
    assert osumi.actors == ("CN", "RU")


def test_a_drone_s_loop_and_warships_passage_told_in_one_sentence_are_two_incidents():
    text = (
        "A Chinese WZ-7 drone flew a long loop over the East China Sea on Monday, while three "
        "Chinese warships sailed north through waters between Yonaguni and Iriomote islands."
    )
    found = _read_all(text, date(2021, 11, 24))
    assert sorted((i.type, i.place_ids[0]) for i in found) == [
        ("other", "sea.east-china"),
        ("strait_transit", "strait.yonaguni-iriomote"),
    ]


def test_one_side_s_leg_of_a_flight_both_sides_made_through_the_zone_is_no_incident():
    text = (
        "TOKYO -- When two Chinese H-6K bombers and two Russian Tu-95MS bombers turned back "
        "over the Pacific on Monday afternoon, they were about 150 kilometers south of the Kii "
        "Peninsula.\n\nThe flight began in the morning when the two Tu-95s flew south over the "
        "Sea of Japan and southwest through the Tsushima Strait. They met the Chinese bombers "
        "over the East China Sea, and the four aircraft flew together southeast between "
        "Okinawa Island and Miyako Island into the Pacific.\n\nSouth Korea's Joint Chiefs of "
        "Staff said four Chinese and five Russian aircraft entered and left the Korea Air "
        "Defense Identification Zone over the East Sea between 9:30 a.m. and 12:10 p.m. on "
        "Monday."
    )
    found = _read_all(text, date(2021, 11, 24))
    assert [(i.type, i.actors) for i in found if i.type == "strait_transit"] == []


def test_a_patrol_within_the_territorial_waters_is_an_entry():
    text = (
        "A China Coast Guard vessel formation conducted a rights enforcement patrol within the "
        "territorial waters of China's Diaoyu Dao on Sunday, the CCG said."
    )
    (found,) = _read_all(text, date(2021, 11, 24))
    assert (found.type, found.date, found.actors) == (
        "territorial_waters_entry",
        "2021-11-21",
        ("CN",),
    )


def test_ships_watched_by_a_patrol_plane_are_no_joint_flight():
    text = (
        "Japan's Joint Staff Office said on Wednesday that six Russian and Chinese ships had "
        "been seen on Tuesday sailing east through the Soya Strait, and that a Maritime "
        "Self-Defense Force minesweeper and a P-3C patrol aircraft had monitored them."
    )
    assert [(i.type, i.actors) for i in _read_all(text, date(2021, 11, 24))] == [
        ("strait_transit", ("CN", "RU"))
    ]


def test_a_list_under_a_heading_of_earlier_incidents_is_one_incident_an_item(gazetteer):
    text = (
        "1. Situation\nOn Monday, a Chinese helicopter violated Japan's territorial airspace "
        "near the Senkaku Islands.\n\n"
        "2. Reference: previous violations of Japan's territorial airspace by Chinese aircraft\n"
        "(1) December 13, 2012: one fixed-wing aircraft, over the Senkaku Islands.\n"
        "(2) May 18, 2017: one small drone, launched from a China Coast Guard vessel, over the "
        "territorial waters around the Senkaku Islands.\n\n"
        "The Ministry of Defense will continue to respond strictly."
    )
    found = sorted((i.type, i.date, i.actors, i.role) for i in _read(text, gazetteer))
    assert found == [
        ("airspace_violation", "2012-12-13", ("CN",), "background"),
        ("airspace_violation", "2017-05-18", ("CN",), "background"),
        ("airspace_violation", "2021-11-22", ("CN",), "primary"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, four Chinese coast guard ships entered Japanese territorial waters near the "
        "Senkaku Islands. They stayed in the territorial waters for more than 20 hours, leaving "
        "early Tuesday morning.",
        "A Chinese survey ship entered Japanese territorial waters near the Senkaku Islands on "
        "Monday and left them on Tuesday, heading east.",
        "A Chinese survey ship entered Japanese territorial waters near the Senkaku Islands at "
        "around 23:40 on Monday and left the territorial waters at around 03:10 on Tuesday.",
        "On Monday, two Chinese coast guard ships entered Japanese territorial waters near the "
        "Senkaku Islands. They also entered the contiguous zone. The two ships remained in the "
        "territorial waters for two days and left them on Tuesday.",
        "Two Chinese coast guard ships entered Japanese territorial waters near the Senkaku "
        "Islands on Monday. As of Tuesday afternoon the Chinese ships were still in the "
        "territorial waters.",
    ],
)
def test_an_entry_and_its_exit_are_one_incident_over_their_days(text):
    found = _read_all(text, date(2021, 11, 24))
    (incident,) = [i for i in found if i.type != "contiguous_zone_entry"]  # "also entered the
    assert incident.type == "territorial_waters_entry"  # contiguous zone" is an entry of its own
    assert (incident.date, incident.date_end) == ("2021-11-22", "2021-11-23")


def test_a_sighting_and_the_step_that_follows_are_one_incident_apart_from_the_next_channel():
    text = (
        "(1) From the 7th (Sat) to the 8th (Sun), the MSDF confirmed five Chinese Navy vessels "
        "sailing northeast through the Tsushima Strait (East Channel) into the Sea of Japan.\n\n"
        "(2) On the 8th (Sun), the MSDF also confirmed one Chinese Navy intelligence-gathering "
        "ship sailing northeast in waters about 60 km west of Tsushima. The ship subsequently "
        "passed through the Tsushima Strait (West Channel) and entered the Sea of Japan."
    )
    article = article_from_text(text, doc="m", published=date(2024, 9, 9))
    found = sorted(
        (i.type, i.date, i.date_end, i.actors, i.place_ids[:1], i.count)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("strait_transit", "2024-09-07", "2024-09-08", ("CN",), ("channel.tsushima-east",), 5),
        ("strait_transit", "2024-09-08", None, ("CN",), ("channel.tsushima-west",), 1),
    ]


def test_an_article_that_fails_is_logged_by_name_and_the_batch_goes_on(
    gazetteer, monkeypatch, caplog
):
    import geo.incidents as incidents

    real = incidents._prepared

    def failing(article, *args):
        if article.doc == "bad":
            raise ValueError("a shape GEOS could not cut")
        return real(article, *args)

    monkeypatch.setattr(incidents, "_prepared", failing)
    text = "On Friday, Chinese and Russian bombers held a joint patrol over the Sea of Japan."
    articles = [
        article_from_text(text, doc="bad", published=date(2021, 11, 24)),
        article_from_text(text, doc="good", published=date(2021, 11, 24)),
    ]
    with caplog.at_level("ERROR", logger="geo.incidents"):
        found = incidents.incidents_from_articles(articles, gazetteer)
    assert [s.doc for i in found for s in i.sources] == ["good"]
    assert "bad: could not read its incidents" in caplog.text


def test_a_clause_naming_two_items_of_a_release_is_one_incident_per_item():
    text = (
        "1. Date, time and location\n"
        "(1) March 2, 2020 (Mon), from about 09:00 to 09:03: territorial airspace over the sea "
        "north of Minami-Daito Island\n"
        "(2) The same day, from about 10:20 to 10:23: territorial airspace over the sea "
        "southeast of Hachijojima\n\n"
        "2. Outline\n"
        "Two Russian Tu-95 bombers flew south over the Pacific Ocean, violating Japan's "
        "territorial airspace as described in 1(1) and 1(2)."
    )
    article = article_from_text(text, doc="r", published=date(2020, 3, 2))
    found = incidents_from_article(article, load_gazetteer())
    violations = [i for i in found if i.type == "airspace_violation"]
    assert sorted(i.place_ids for i in violations) == [
        ("airspace.jp", "island.hachijojima"),
        ("airspace.jp", "island.minami-daito"),
    ]
    assert {(i.date, i.actors) for i in violations} == {("2020-03-02", ("RU",))}


def test_releases_in_one_text_keep_their_own_platforms_and_a_sighting_its_later_step():
    text = (
        "[Release 1] Regarding the movements of Chinese naval vessels\n\n"
        "(1) At around 07:00 on March 10, 2026 (Tue), the MSDF confirmed three Chinese Navy "
        "vessels (one Luyang III-class destroyer, one Jiangkai II-class frigate and one "
        "Fuchi-class replenishment ship) sailing northeast in the sea area about 120 km "
        "southwest of Fukue Island. The "
        "vessels subsequently sailed northeast through the Tsushima Strait and entered the Sea "
        "of Japan on March 11 (Wed).\n\n"
        "[Release 2] Regarding the flight of a Chinese unmanned aircraft\n\n"
        "1. Confirmed date and aircraft\n"
        "March 11, 2026 (Wed): one unmanned aircraft estimated to be Chinese\n\n"
        "2. Flight route\n"
        "The unmanned aircraft flew southeast from the East China Sea, passed through the "
        "airspace between Yonaguni Island and Taiwan and advanced to the Pacific Ocean.\n\n"
        "[Release 3] Regarding the flight of Russian aircraft\n\n"
        "1. Confirmed date and aircraft\n"
        "March 11, 2026 (Wed): two Russian Tu-142 patrol aircraft\n\n"
        "2. Flight route\n"
        "The two aircraft flew south from the Sea of Okhotsk over the Pacific Ocean east of "
        "Hokkaido and then turned back north."
    )
    article = article_from_text(text, doc="j", published=date(2026, 3, 12))
    found = incidents_from_article(article, load_gazetteer())
    summary = sorted((i.type, i.date, i.date_end, i.actors) for i in found)
    assert summary == [
        ("other", "2026-03-11", None, ("RU",)),
        ("strait_transit", "2026-03-10", "2026-03-11", ("CN",)),
        ("strait_transit", "2026-03-11", None, ("CN",)),
    ]


def test_drills_begun_and_said_to_run_through_today_span_those_days(gazetteer):
    text = (
        'The Eastern Theater Command began the "Joint Sword" exercise around Taiwan on Monday '
        "and said it would run through today."
    )
    (drills,) = _read(text, gazetteer)
    assert (drills.type, drills.actors) == ("other", ("CN",))
    assert (drills.date, drills.date_end) == ("2021-11-22", "2021-11-24")


def test_a_joint_patrol_runs_through_the_passages_of_its_sides_that_follow_its_first_day():
    text = (
        "The Chinese and Russian navies began their first joint maritime patrol on Oct. 17 in "
        "the western Pacific, China's Defense Ministry said. Ten Chinese and Russian warships "
        "sailed "
        "through the Tsugaru Strait on Oct. 18, and sailed west through the Osumi Strait on "
        "Friday and Saturday, completing a near circuit of Japan that began last Monday."
    )
    article = article_from_text(text, doc="v", published=date(2021, 10, 25))
    found = incidents_from_article(article, load_gazetteer())
    (patrol,) = [i for i in found if i.type == "joint_naval_patrol"]
    assert (patrol.date, patrol.date_end) == ("2021-10-17", "2021-10-23")
    assert patrol.actors == ("CN", "RU")
    passages = sorted((i.date, i.date_end) for i in found if i.type == "strait_transit")
    assert passages == [("2021-10-18", None), ("2021-10-22", "2021-10-23")]


def test_a_release_dates_its_subject_line_and_items_under_a_confirmed_date_heading():
    text = (
        "Joint Staff Press Release\n\n"
        "Regarding the joint flight of Chinese and Russian aircraft\n\n"
        "1. Confirmed date and aircraft\n"
        "November 30, 2022 (Wed), from morning to evening\n"
        "(1) Two Chinese H-6 bombers (photo 1)\n"
        "(2) Two Russian Tu-95 bombers (photo 2)\n\n"
        "2. Remarks\n"
        "(1) Separately, in the morning of the same day, one Russian Il-20 aircraft flew south "
        "from the Sea of Okhotsk to the sea area off Cape Erimo and then turned back to the "
        "north (photo 3)."
    )
    article = article_from_text(text, doc="js", published=date(2022, 11, 30))
    incidents = incidents_from_article(article, load_gazetteer())
    found = sorted((i.type, i.date, i.actors) for i in incidents)
    assert found == [
        ("joint_air_patrol", "2022-11-30", ("CN", "RU")),
        ("other", "2022-11-30", ("RU",)),
    ]


def test_an_answer_hours_after_the_launch_is_on_the_day_of_the_launch(gazetteer):
    text = (
        "North Korea fired a ballistic missile into the Sea of Japan on Monday.\n\n"
        "Officials met.\n\nThe cabinet met.\n\nThe envoy protested.\n\n"
        "Hours after the launch, South Korean jets dropped bombs on an island. Japanese and US "
        "fighters also held a joint exercise over the Sea of Japan in the afternoon."
    )
    found = sorted((i.actors, i.date, i.date_end) for i in _read(text, gazetteer))
    assert found == [(("JP", "US"), "2021-11-22", None), (("KP",), "2021-11-22", None)]


def test_two_day_drills_that_began_on_a_day_span_two_days(gazetteer):
    text = (
        'The Chinese military\'s two-day drills, dubbed "Joint Sword-2024A", began on Monday '
        "around Taiwan."
    )
    (drills,) = _read(text, gazetteer)
    assert (drills.type, drills.date, drills.date_end) == ("other", "2021-11-22", "2021-11-23")


def test_drills_concluded_on_a_day_after_days_that_began_earlier_span_those_days(gazetteer):
    text = (
        "The Chinese and Russian navies concluded the Joint Sea-2021 exercise on Tuesday in the "
        "Sea of Japan, after five days of drills that began last Friday."
    )
    (drills,) = _read(text, gazetteer)
    assert (drills.type, drills.date, drills.date_end) == (
        "joint_naval_exercise",
        "2021-11-19",
        "2021-11-23",
    )


def test_a_group_detected_early_in_the_morning_of_the_report_moved_through_a_channel_that_day():
    text = (
        "On Monday, Taiwan's defence ministry said the Chinese carrier group had been detected "
        "early in the morning and was moving southwest through the Bashi Channel."
    )
    article = article_from_text(text, doc="tw", published=date(2016, 12, 27))
    incidents = incidents_from_article(article, load_gazetteer())
    found = [(i.type, i.date, i.date_end, i.actors) for i in incidents]
    assert found == [("strait_transit", "2016-12-26", None, ("CN",))]


def test_an_earlier_sighting_told_after_a_passage_is_no_passage(gazetteer):
    text = (
        "The Chinese carrier Fujian and two destroyers passed through the Tsugaru Strait on "
        "Monday. Last June, the Liaoning and the Shandong operated in the Pacific at the same "
        "time for the first time."
    )
    kinds = {(i.type, i.date) for i in _read(text, gazetteer)}
    assert ("strait_transit", "2021-11-22") in kinds
    assert ("strait_transit", "2021-06") not in kinds


def test_a_headline_clause_ends_at_its_semicolon(gazetteer):
    text = (
        "Russian navy ships sail through Tsugaru Strait; Il-38 patrols off the Sea of Japan coast"
        "\n\nTen Russian navy ships sailed west through the Tsugaru Strait from Monday to "
        "Wednesday. On Wednesday, a Russian Il-38 patrol aircraft flew south over the Sea of "
        "Japan."
    )
    found = sorted((i.type, i.date, i.actors) for i in _read(text, gazetteer))
    assert found == [("other", "2021-11-24", ("RU",)), ("strait_transit", "2021-11-22", ("RU",))]


@pytest.mark.parametrize(
    "denial",
    [
        "the statement said, but Japan's airspace was not violated",
        "and no aircraft entered Japanese airspace",
        "though they did not enter Japanese airspace",
    ],
)
def test_a_zone_the_clause_says_was_not_entered_does_not_place_the_incident(denial):
    text = (
        "The Chinese carrier Liaoning sailed through the Miyako Strait on Monday. Helicopters "
        f"took off from and landed on the carrier in waters near Miyako Island, {denial}."
    )
    article = article_from_text(text, doc="v", published=date(2019, 6, 12))
    found = incidents_from_article(article, load_gazetteer())
    operations = _only(found, "carrier_operations")
    assert operations.place_ids == ("derived:waters_near:island.miyako",)


def test_crossing_the_line_after_the_median_line_is_named_is_a_crossing_on_its_own_day():
    text = (
        "Chinese military aircraft crossed the median line of the Taiwan Strait for a second "
        "day on Saturday, the ministry said. Nineteen aircraft entered Taiwan's air defense "
        "identification zone on Saturday morning. On Friday, 18 aircraft, including two H-6s, "
        "crossed the line at several points off Kaohsiung. The air force scrambled fighters. "
        "That changed on March 31 last year, when two J-11 fighters crossed the line."
    )
    article = article_from_text(text, doc="m", published=date(2020, 9, 20))
    found = sorted(
        (i.type, i.date, i.actors, i.role, "boundary.taiwan-strait-median" in i.place_ids)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("adiz_entry", "2020-09-19", ("CN",), "primary", False),
        ("other", "2019-03-31", ("CN",), "background", True),
        ("other", "2020-09-18", ("CN",), "primary", False),
        ("scramble", "2020-09-18", ("TW",), "response", False),
    ]
    alone = article_from_text("Two Chinese jets crossed the line on Friday.", doc="n")
    assert incidents_from_article(alone, load_gazetteer()) == []  # no median line named


def test_what_has_been_going_on_since_a_day_runs_from_that_day_to_the_news(gazetteer):
    text = (
        "The Chinese and Russian navies have been conducting the Joint Sea-2021 exercise in the "
        "East China Sea since Saturday."
    )
    (drills,) = _read(text, gazetteer)
    assert (drills.type, drills.actors) == ("joint_naval_exercise", ("CN", "RU"))
    assert (drills.date, drills.date_end) == ("2021-11-20", "2021-11-24")


def test_a_release_dates_its_items_by_the_line_under_its_date_heading():
    text = (
        "Press Release, Joint Staff\n\n"
        "Regarding the violation of Japan's territorial airspace by a Chinese military aircraft\n\n"
        "1. Date and time of the violation\n"
        "Around 11:29 to around 11:31 on August 26, 2024 (Mon)\n\n"
        "2. Area of the violation\n"
        "Japan's territorial airspace southeast of the Danjo Islands (Nagasaki Prefecture)\n\n"
        "3. Aircraft\n"
        "One Chinese Y-9 intelligence-gathering aircraft (photo)\n\n"
        "4. Outline of the flight\n"
        "(1) From around 10:40, the aircraft circled over the East China Sea south of the "
        "Danjo Islands.\n"
        "(2) At around 11:29, the aircraft entered Japan's territorial airspace southeast of the "
        "Danjo Islands and left it at around 11:31.\n\n"
        "5. Remarks\n"
        "(1) This is the first violation since September 15, 2015, when a Russian aircraft "
        "violated the airspace over the sea southeast of Nemuro, Hokkaido."
    )
    article = article_from_text(text, doc="r", published=date(2024, 8, 26))
    found = sorted(
        (i.type, i.date, i.date_end, i.actors, i.role)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("airspace_violation", "2015-09-15", None, ("RU",), "background"),
        ("airspace_violation", "2024-08-26", None, ("CN",), "primary"),
    ]


def test_numbered_balloons_of_a_daily_report_are_each_an_incident_on_the_day_of_their_hour():
    text = (
        "PLA activities around Taiwan\n\n"
        "1. From 6 a.m. (UTC+8) yesterday to 6 a.m. today, 4 sorties of PLA aircraft and 2 PRC "
        "balloons were detected around Taiwan.\n"
        "2. 2 of the aircraft entered Taiwan's southwestern ADIZ.\n"
        "3. Balloons:\n"
        "(1) Balloon 1 was detected at 09:42, 98 NM northwest of Keelung, drifting east.\n"
        "(2) Balloon 2 was detected at 04:18, 45 NM west of Kaohsiung."
    )
    article = article_from_text(text, doc="b", published=date(2024, 1, 3))
    found = sorted(
        (i.type, i.date, i.date_end, i.actors)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("adiz_entry", "2024-01-02", "2024-01-03", ("CN",)),
        ("other", "2024-01-02", None, ("CN",)),
        ("other", "2024-01-03", None, ("CN",)),  # before 6 a.m.: the report's own day
    ]


def test_the_group_then_passing_a_strait_is_the_joint_flight_going_on():
    text = (
        "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together from the Sea of "
        "Japan to the East China Sea on Tuesday. The group then passed between Okinawa Island "
        "and Miyako Island and flew northeast over the Pacific."
    )
    article = article_from_text(text, doc="g", published=date(2025, 12, 10))
    (patrol,) = incidents_from_article(article, load_gazetteer())
    assert (patrol.type, patrol.date, patrol.actors) == (
        "joint_air_patrol",
        "2025-12-09",
        ("CN", "RU"),
    )
    assert "ocean.pacific" in patrol.place_ids


def test_it_after_a_sentence_about_a_carrier_is_that_carrier_at_work():
    text = (
        "The Shandong, China's first domestically built carrier, joined in. In April 2023 it "
        "operated in the Pacific southeast of Taiwan. On Monday, J-15 fighters shadowed a P-3C "
        "patrol plane over the high seas, at one point closing to about 45 meters."
    )
    article = article_from_text(text, doc="c", published=date(2025, 6, 13))
    found = sorted(
        (i.type, i.date, i.actors, i.role)
        for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("carrier_operations", "2023-04", ("CN",), "background"),
        ("other", "2025-06-09", ("CN",), "primary"),
    ]


def test_a_balloon_after_aircraft_is_its_own_sighting():
    text = (
        "1. 11 PLA aircraft and 1 balloon operating around Taiwan were detected up to 6 a.m. "
        "today.\n"
        "2. 5 of the aircraft crossed the median line of the Taiwan Strait and entered Taiwan's "
        "northern and southwestern ADIZ.\n"
        "3. The balloon was detected at 8:10 p.m. yesterday at a location about 93 NM west of "
        "Keelung, flying east."
    )
    article = article_from_text(text, doc="l", published=date(2024, 1, 29))
    found = sorted(
        (i.type, i.date, i.actors) for i in incidents_from_article(article, load_gazetteer())
    )
    assert found == [
        ("adiz_entry", "2024-01-28", ("CN",)),
        ("other", "2024-01-28", ("CN",)),
    ]


def test_a_joint_exercise_named_again_is_of_both_navies_named_before(gazetteer):
    text = (
        "A Chinese naval fleet that took part in the Joint Sea-2021 exercise with the Russian "
        "navy sailed through the Tsugaru Strait on Sunday. The fleet had taken part in "
        '"Joint Sea-2021" in waters off Vladivostok from the 5th to the 12th.'
    )
    (drills,) = [i for i in _read(text, gazetteer) if i.type == "joint_naval_exercise"]
    assert (drills.date, drills.date_end) == ("2021-11-05", "2021-11-12")
    assert drills.actors == ("CN", "RU")


def test_an_entry_that_remains_today_runs_to_today_and_an_earlier_stay_is_one():
    text = (
        "At around 16:05 on the 15th (Mon), two China Coast Guard vessels intruded into Japan's "
        "territorial waters south of Uotsuri Island. The two vessels had been navigating in the "
        "contiguous zone since the 13th. At around 16:30 on the same day, they approached a "
        "Japanese fishing vessel and began to follow it.\n\n"
        "2. Current situation\n"
        "As of 10:00 today, the two vessels remain in the territorial waters west of Uotsuri "
        "Island.\n\n"
        "3. Reference\n"
        "In the previous case, on the 6th (Sat), two China Coast Guard vessels entered the "
        "territorial waters west of Uotsuri Island and approached two Japanese fishing vessels "
        "before leaving on the 7th (Sun)."
    )
    article = article_from_text(text, doc="r", published=date(2021, 2, 16))
    found = sorted(
        (i.date, i.date_end, i.role)
        for i in incidents_from_article(article, load_gazetteer())
        if i.type == "territorial_waters_entry"
    )
    assert found == [
        ("2021-02-06", "2021-02-07", "background"),
        ("2021-02-15", "2021-02-16", "primary"),
    ]


def test_an_earlier_incident_named_in_passing_takes_the_day_it_is_told_on_later():
    text = (
        "Chinese and Russian bombers flew jointly from the Sea of Japan to the Pacific on "
        "Tuesday in what the minister called a show of force, days after Chinese carrier-borne "
        "jets locked their radar onto Japanese fighters near Okinawa. The ministry scrambled "
        "fighters. Officials called it a show of force. Analysts agreed. The flight came three "
        "days after the radar incident, in which J-15 fighters directed fire-control radar at "
        "Japanese F-15s southeast of Okinawa Island."
    )
    article = article_from_text(text, doc="d", published=date(2025, 12, 10))
    found = incidents_from_article(article, load_gazetteer())
    locks = sorted((i.date, i.role) for i in found if i.type == "radar_lockon")
    assert locks == [("2025-12-06", "background")]


def test_a_zone_a_missile_fell_outside_does_not_place_it():
    text = "North Korea fired a ballistic missile on Monday that fell outside Japan's EEZ."
    article = article_from_text(text, doc="o", published=date(2023, 4, 13))
    (launch,) = incidents_from_article(article, load_gazetteer())
    assert "eez.jp" not in launch.place_ids


def test_what_has_gone_on_for_weeks_runs_from_the_day_first_seen_to_the_news(gazetteer):
    text = (
        "Japan has protested to China over a Chinese research ship that has been operating "
        "without permission for nearly two weeks in Japan's exclusive economic zone, the "
        "spokesman said on "
        "Wednesday. The coast guard first spotted the ship on Nov. 11, and has radioed it "
        "repeatedly."
    )
    (ship,) = _read(text, gazetteer)
    assert (ship.type, ship.actors) == ("other", ("CN",))
    assert (ship.date, ship.date_end) == ("2021-11-11", "2021-11-24")


def test_two_carriers_at_work_in_one_sentence_are_two_incidents():
    text = (
        "Japan's Defense Ministry said this week that the Liaoning had operated in waters near "
        "Minamitorishima on June 7 and 8, while the Shandong conducted flight operations "
        "southwest of Okinotorishima."
    )
    article = article_from_text(text, doc="two", published=date(2025, 6, 13))
    found = [i for i in incidents_from_article(article, load_gazetteer())]
    assert [i.type for i in found] == ["carrier_operations", "carrier_operations"]
    assert {i.place_ids[0] for i in found} == {
        "derived:waters_near:island.minamitori",
        "derived:southwest_of:island.okinotori",
    }


def test_a_chronology_told_in_the_present_is_read_and_quoted_as_written():
    text = (
        "Security environment around Japan: August 2025\n\n"
        "Aug. 6 (Wed): Two short-range ballistic missiles are launched from North Korea's west "
        "coast. They cross the peninsula and fall into the Sea of Japan.\n\n"
        "Aug. 14 (Thu): A Chinese Y-9 aircraft flies from the East China Sea through the "
        "Miyako Strait into the Pacific and returns the same way. ASDF fighters scramble.\n"
    )
    found = _read_all(text, date(2025, 8, 21))
    assert sorted((i.type, i.date, i.actors) for i in found) == [
        ("missile_launch", "2025-08-06", ("KP",)),
        ("scramble", "2025-08-14", ("JP",)),
        ("strait_transit", "2025-08-14", ("CN",)),
    ]
    for incident in found:
        for source in incident.sources:
            assert text[source.start : source.end] == source.quote
    (launch,) = [i for i in found if i.type == "missile_launch"]
    assert "are launched" in launch.sources[0].quote


def test_a_monthly_digest_reports_the_whole_month_as_its_news():
    text = (
        "Fact Sheet No. 41 | Security environment around Japan: August 2025\n\n"
        "Aug. 2 (Sat): North Korea fires two ballistic missiles into the Sea of Japan.\n\n"
        "Aug. 22 (Fri): Four China Coast Guard ships enter Japan's territorial waters off "
        "Uotsuri Island.\n"
    )
    roles = {i.date: i.role for i in _read_all(text, date(2025, 9, 5))}
    assert roles == {"2025-08-02": "primary", "2025-08-22": "primary"}
    # the same entries in an article that reports no period: the earlier one is background
    plain = text.replace("Security environment around Japan: August 2025", "Notes")
    roles = {i.date: i.role for i in _read_all(plain, date(2025, 9, 5))}
    assert roles == {"2025-08-02": "background", "2025-08-22": "primary"}


def test_a_run_of_daily_flights_is_each_day_news_with_the_ships_told_beside_it():
    text = (
        "Chinese military aircraft flew through the airspace between Okinawa's main island and "
        "Miyako Island for the third straight day on Sunday, the Joint Staff said. Two H-6 "
        "bombers flew from the East China Sea to the Pacific Ocean on Sunday morning. None of "
        "the aircraft entered Japan's territorial airspace. On Saturday, two Y-8 planes made a "
        "similar round trip, and on Friday a pair of Y-8s flew out through the gap and back. "
        "The Joint Staff also said three Chinese navy ships sailed northwest through the same "
        "waters from the Pacific into the East China Sea on Thursday."
    )
    found = sorted(
        (i.date, i.type, i.role, i.place_ids) for i in _read_all(text, date(2013, 10, 28))
    )
    assert found == [
        (day, "strait_transit", "primary", ("strait.miyako",))
        for day in ("2013-10-24", "2013-10-25", "2013-10-26", "2013-10-27")
    ]


def test_a_weekly_digest_dates_every_day_of_the_week_it_covers():
    text = (
        "MILITARY BRIEF\nNo. 212 | Covering Jan. 20-26, 2025\n\n"
        "Four China Coast Guard ships were in the contiguous zone around the Senkaku Islands on "
        "every day of the week. On Thursday, two Chinese destroyers sailed east through the "
        "Osumi Strait.\n"
    )
    found = sorted((i.type, i.date, i.date_end, i.role) for i in _read_all(text, date(2025, 1, 28)))
    assert found == [
        ("contiguous_zone_entry", "2025-01-20", "2025-01-26", "primary"),
        ("strait_transit", "2025-01-23", None, "primary"),
    ]


def test_a_releases_items_on_the_same_ships_are_one_passage_and_the_flight_its_own():
    text = (
        "Regarding the movements of Russian Navy vessels and a Russian aircraft\n\n"
        "3. Outline of the movements\n"
        "(1) At around 15:00 on April 5, the above 3 vessels were confirmed sailing northeast "
        "in the sea area about 100 km southwest of Fukue Island.\n"
        "(2) Subsequently, on the 6th, the vessels sailed northeast through the eastern channel "
        "of the Tsushima Strait and advanced into the Sea of Japan.\n"
        "(3) On the 6th, the above aircraft flew south from the northern part of the Sea of "
        "Japan, turned around about 60 km west of Sado Island and flew back north.\n"
    )
    found = sorted((i.type, i.date, i.actors) for i in _read_all(text, date(2024, 4, 8)))
    assert found == [("other", "2024-04-06", ("RU",)), ("strait_transit", "2024-04-06", ("RU",))]


def test_a_submarines_stay_told_across_sentences_and_an_earlier_case_in_its_named_month():
    text = (
        "At a little after 9 a.m. on Jan. 29, an MSDF helicopter heard a submarine north of "
        "Miyakojima. For the next 30 hours, the MSDF followed the Chinese submarine as it moved "
        "northwest through Japan's contiguous zone, the belt of sea between 12 and 24 nautical "
        "miles from the coast. On the afternoon of Jan. 30 it left the zone.\n\n"
        "The last case came in January 2018. On Jan. 11 a submerged Chinese submarine entered "
        "the contiguous zone around the Senkaku Islands."
    )
    found = sorted((i.type, i.date, i.date_end) for i in _read_all(text, date(2026, 3, 5)))
    assert found == [
        ("contiguous_zone_entry", "2018-01-11", None),
        ("contiguous_zone_entry", "2026-01-29", "2026-01-30"),
    ]
