from datetime import date

import pytest

from geo.dates import (
    GRACE_DAYS,
    date_from_month_day,
    date_from_string,
    date_from_weekday,
    dates_from_text,
    full_dates_from_text,
    month_from_name,
    week_of,
    weekday_dates_from_text,
)

WED = date(2021, 11, 24)  # a Wednesday


def _one(text, published):
    mentions = dates_from_text(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision", "expected_end"),
    [
        # full dates stand as written
        ("It happened on November 19, 2021.", WED, "2021-11-19", "day", None),
        ("It happened on Nov. 19, 2021.", WED, "2021-11-19", "day", None),
        ("It happened on 19 November 2021.", WED, "2021-11-19", "day", None),
        ("A Tu-142 flew south on the 9th of this month.", WED, "2021-11-09", "day", None),
        ("Ships passed on the 25th of last month.", WED, "2021-10-25", "day", None),
        ("Filed 2021-11-19 by the desk.", WED, "2021-11-19", "day", None),
        ("Date: 2021/04/01", WED, "2021-04-01", "day", None),
        ("Posted 23.11.2021, Tokyo", WED, "2021-11-23", "day", None),
        ("Bombers flew on Friday, November 19, 2021.", WED, "2021-11-19", "day", None),
        # month-day without a year: the publication year...
        (
            "The radar incident on Dec. 9 drew a protest.",
            date(2021, 12, 11),
            "2021-12-09",
            "day",
            None,
        ),
        ("On 19 November, bombers flew.", WED, "2021-11-19", "day", None),
        (
            "On the afternoon of April 1, three aircraft flew.",
            date(2019, 4, 1),
            "2019-04-01",
            "day",
            None,
        ),
        # ... unless it falls after publication: the year before (rollover)
        (
            "The flight on Dec. 28 was the last of the year.",
            date(2022, 1, 5),
            "2021-12-28",
            "day",
            None,
        ),
        (
            "The patrol on 30 November was reported late.",
            date(2022, 1, 5),
            "2021-11-30",
            "day",
            None,
        ),
        ("Ships have stayed since Dec. 22 last year.", date(2024, 7, 9), "2023-12-22", "day", None),
        ("The flight on Sunday, March 31, followed.", date(2019, 4, 1), "2019-03-31", "day", None),
        (
            "A drone flew on Tuesday (Aug. 30) near the island.",
            date(2022, 9, 1),
            "2022-08-30",
            "day",
            None,
        ),
        # weekdays: the most recent such day on or before publication
        ("Two aircraft flew on Friday.", WED, "2021-11-19", "day", None),
        ("The report came on Wednesday.", WED, "2021-11-24", "day", None),
        ("A call was held on Tuesday.", WED, "2021-11-23", "day", None),
        ("Ships were seen Tuesday morning near the strait.", WED, "2021-11-23", "day", None),
        ("2/ MONDAY: two destroyers went east.", WED, "2021-11-22", "day", None),
        ("The ships passed last Tuesday.", WED, "2021-11-16", "day", None),  # not yesterday
        ("* DEC 9, 1987 - A Soviet Tu-16 flew over Okinawa.", WED, "1987-12-09", "day", None),
        ("Koizumi spoke on Wednesday evening.", date(2025, 12, 11), "2025-12-10", "day", None),
        (
            "The ministry said late Friday that ships sailed.",
            date(2021, 12, 18),
            "2021-12-17",
            "day",
            None,
        ),
        ("Crews were unhurt in Friday's incident.", date(2020, 5, 9), "2020-05-08", "day", None),
        ("They met last Wednesday.", WED, "2021-11-17", "day", None),
        # relative periods
        ("Flights took place earlier this month.", WED, "2021-11", "month", None),
        ("Flights took place this month.", WED, "2021-11", "month", None),
        ("Last month, navies held drills.", WED, "2021-10", "month", None),
        ("Last month, navies held drills.", date(2022, 1, 5), "2021-12", "month", None),
        ("Bombers patrolled this week.", date(2022, 5, 26), "2022-05-23", "week", "2022-05-26"),
        ("Earlier this week, ships sailed.", date(2022, 5, 26), "2022-05-23", "week", "2022-05-25"),
        (
            "Warships passed the strait last week.",
            date(2022, 3, 15),
            "2022-03-07",
            "week",
            "2022-03-13",
        ),
        ("Spending rose last year.", WED, "2020", "year", None),
        ("Spending rose this year.", WED, "2021", "year", None),
        ("Leaders met over the weekend.", date(2023, 6, 6), "2023-06-03", "day", "2023-06-04"),
        ("Missiles were fired earlier this morning.", date(2023, 6, 15), "2023-06-15", "day", None),
        ("Ships were in the zone since the morning.", date(2012, 9, 25), "2012-09-25", "day", None),
        ("The ship left three days ago.", WED, "2021-11-21", "day", None),
        ("The patrol came two weeks ago.", WED, "2021-11-08", "week", "2021-11-14"),
        ("The patrol came a week ago.", WED, "2021-11-17", "day", None),
        ("Today the ministry protested.", WED, "2021-11-24", "day", None),
        ("The ministry protested yesterday.", WED, "2021-11-23", "day", None),
        ("They met this afternoon.", WED, "2021-11-24", "day", None),
        ("Ships return next week.", WED, "2021-11-29", "week", "2021-12-05"),
        ("Drills end at the end of June.", WED, "2021-06", "month", None),
        ("Patrols resumed last June.", date(2021, 6, 20), "2020-06", "month", None),
        # months
        ("In June, bombers patrolled the sea.", date(2023, 7, 28), "2023-06", "month", None),
        ("In June, bombers patrolled the sea.", date(2023, 5, 10), "2022-06", "month", None),
        ("Drills have run since February.", date(2022, 3, 15), "2022-02", "month", None),
        (
            "Fifteen vessels entered during March this year.",
            date(2025, 12, 11),
            "2025-03",
            "month",
            None,
        ),
        ("It was the third time since December last year.", WED, "2020-12", "month", None),
        ("A similar flight came in mid-July.", WED, "2021-07", "month", None),
        ("The first patrol was in July 2019.", WED, "2019-07", "month", None),
        # years
        ("The carrier was commissioned in 2012.", WED, "2012", "year", None),
        ("The cap has held since the 1960s.", WED, "1960", "year", "1969"),
        ("Scrambles rose in fiscal 2024.", date(2025, 4, 10), "2024-04", "month", "2025-03"),
        # ranges
        (
            "The drills run on July 20-23 in the sea.",
            date(2021, 7, 25),
            "2021-07-20",
            "day",
            "2021-07-23",
        ),
        ("The drills run on July 20–23, 2019.", WED, "2019-07-20", "day", "2019-07-23"),
        (
            "Boats were expelled between March 21 and 24.",
            date(2025, 3, 28),
            "2025-03-21",
            "day",
            "2025-03-24",
        ),
        (
            "The exercise runs from July 20 to 23.",
            date(2021, 7, 18),
            "2021-07-20",
            "day",
            "2021-07-23",
        ),
        (
            "The exercise ran 21–24 March off the coast.",
            date(2025, 3, 28),
            "2025-03-21",
            "day",
            "2025-03-24",
        ),
        ("Drills ran from June 28 to July 2.", date(2021, 7, 5), "2021-06-28", "day", "2021-07-02"),
        ("Patrols ran from June to August 2022.", WED, "2022-06", "month", "2022-08"),
        ("Patrols ran between 2019 and 2021.", WED, "2019", "year", "2021"),
        (
            "It made 570 landings over the nine days to Sunday.",
            date(2023, 11, 6),
            "2023-10-28",
            "day",
            "2023-11-05",
        ),
        ("Flights rose in the three days through Nov. 5.", WED, "2021-11-03", "day", "2021-11-05"),
        ("Ships sailed past over two days through Monday.", WED, "2021-11-21", "day", "2021-11-22"),
        (
            "Il-38s flew along the coast for three consecutive days through Tuesday.",
            WED,
            "2021-11-21",
            "day",
            "2021-11-23",
        ),
        (
            "Balloons drifted across from December 2023 to February 2024.",
            WED,
            "2023-12",
            "month",
            "2024-02",
        ),
        ("From late July to early August, the navies drilled.", WED, "2021-07", "month", "2021-08"),
        ("Patrols ran between late July and mid-August.", WED, "2021-07", "month", "2021-08"),
        ("Ships have been there since the morning of November 19.", WED, "2021-11-19", "day", None),
        ("Ships entered the waters the day before yesterday.", WED, "2021-11-22", "day", None),
        ("Bombers flew during the holiday weekend.", WED, "2021-11-20", "day", "2021-11-21"),
        ("Ships passed in the early hours of the 11th.", WED, "2021-11-11", "day", None),
        ("On the last day of October, ships entered.", WED, "2021-10-31", "day", None),
        ("Ships came on the first day of March 2020.", WED, "2020-03-01", "day", None),
        (
            "The carrier operated there over three days from Friday.",
            WED,
            "2021-11-19",
            "day",
            "2021-11-21",
        ),
        ("Ships stayed since the morning of the 9th (Tue).", WED, "2021-11-09", "day", None),
        (
            "From the night of the 20th to the morning of the 21st (Sun), the ships sailed.",
            WED,
            "2021-11-20",
            "day",
            "2021-11-21",
        ),
        ("Last October, a plane flew into the zone.", WED, "2020-10", "month", None),
        ("Last December, a plane flew into the zone.", date(2022, 1, 5), "2021-12", "month", None),
        ("Ships passed the strait early on the 12th.", WED, "2021-11-12", "day", None),
        (
            "70 aircraft were detected from 6 a.m. (UTC+8) yesterday to 6 a.m. today.",
            date(2023, 4, 10),
            "2023-04-09",
            "day",
            "2023-04-10",
        ),
        (
            "From 6 a.m. Monday to 6 a.m. Tuesday, 153 sorties were detected.",
            date(2024, 10, 15),
            "2024-10-14",
            "day",
            "2024-10-15",
        ),
        (
            "Taiwan detected 21 aircraft in the 24 hours ending at 6 a.m. Tuesday.",
            date(2023, 5, 16),
            "2023-05-15",
            "day",
            "2023-05-16",
        ),
        (
            "In the 24 hours to 6 a.m. on April 9, 71 aircraft were detected.",
            date(2023, 4, 10),
            "2023-04-08",
            "day",
            "2023-04-09",
        ),
        (
            "11 aircraft were detected up to 6 a.m. (UTC+8) today.",
            date(2024, 1, 29),
            "2024-01-28",
            "day",
            "2024-01-29",
        ),
        ("The ship left at 6 a.m. on Monday.", date(2024, 1, 31), "2024-01-29", "day", None),
        (
            "1. Period: January 23, 2024 (Tuesday) 06:00 to January 24, 2024 (Wednesday) 06:00",
            date(2024, 1, 24),
            "2024-01-23",
            "day",
            "2024-01-24",
        ),
        (
            "Ten aircraft were reported around the island in the 24 hours to 6am yesterday.",
            date(2024, 1, 8),
            "2024-01-06",
            "day",
            "2024-01-07",
        ),
        (
            "A survey ship sailed in the zone from the morning of the 23rd, Saturday, until the "
            "evening of the 24th, Sunday, and then left.",
            date(2026, 5, 26),
            "2026-05-23",
            "day",
            "2026-05-24",
        ),
        (  # a day named from the news and its date beside it: one mention
            "The vessels had been in the zone since yesterday, March 10 (Tue).",
            date(2015, 3, 11),
            "2015-03-10",
            "day",
            None,
        ),
        (  # a release's night into the early morning of the next day
            "From the night of the 19th to the early morning of the 20th, the vessels passed.",
            date(2017, 6, 21),
            "2017-06-19",
            "day",
            "2017-06-20",
        ),
        (  # the hour before a day is no day of a range ('June 25 to 6 a.m. June 26')
            "From 6 a.m. June 25 to 6 a.m. June 26, 24 sorties of PLA aircraft were detected.",
            date(2024, 6, 26),
            "2024-06-25",
            "day",
            "2024-06-26",
        ),
        (  # a quote that opens on the day
            '"Yesterday, at the ranges, the crews fired missiles," it said.',
            WED,
            "2021-11-23",
            "day",
            None,
        ),
        (  # a daily count told 'between ... and ...'
            "It detected 39 aircraft around Taiwan between 6 a.m. Monday and 6 a.m. Tuesday.",
            date(2023, 9, 12),
            "2023-09-11",
            "day",
            "2023-09-12",
        ),
        (  # ... on a 24-hour clock
            "From 06:00 yesterday (August 29) to 06:00 today (August 30), 26 aircraft were seen.",
            date(2023, 8, 30),
            "2023-08-29",
            "day",
            "2023-08-30",
        ),
        (  # ... in hours, in a release's heading
            "PLA activities around Taiwan (from 0600 hours April 1 to 0600 hours April 2, 2025)",
            date(2025, 4, 2),
            "2025-04-01",
            "day",
            "2025-04-02",
        ),
        ("The ships stayed there between 9 a.m. Monday and noon.", WED, "2021-11-22", "day", None),
        (  # Greenwich's day of an evening hour there is the next day around Japan
            "The missile was fired at 6:42 a.m. (2142 GMT Tuesday).",
            WED,
            "2021-11-24",
            "day",
            None,
        ),
        ("It was fired at 3 p.m. (0600 GMT Tuesday).", WED, "2021-11-23", "day", None),
        (  # a release's period whose days it names twice: 'yesterday (August 14)'
            "From 6 a.m. yesterday (August 14) to 6 a.m. today (August 15), 32 sorties of PLA "
            "aircraft were detected.",
            date(2024, 8, 15),
            "2024-08-14",
            "day",
            "2024-08-15",
        ),
    ],
)
def test_date_forms_resolve_against_the_publication_date(
    text, published, expected, precision, expected_end
):
    mention = _one(text, published)
    assert (mention.date, mention.precision, mention.date_end) == (
        expected,
        precision,
        expected_end,
    )
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "Russian Tu-95 and Chinese H-6K bombers flew with two J-16 fighters.",
        "Spending will reach 2 per cent of GDP, or ¥43tn ($307bn).",
        "The timestamp read 17:44 on the feed, at 4:50 p.m. local time.",
        "The Joint Sea 2021 drills and Vostok 2022 involved Project 20380 corvettes.",
        "Six aircraft and 12 helicopters took part; 704 scrambles were counted.",
        "Some media may only be available to view at the original.",
        "The Type 055 destroyer sailed 1,380 km in a 92-hour stay.",
        "News Today broadcast the story.",
    ],
)
def test_numbers_that_are_not_dates_yield_nothing(text):
    assert dates_from_text(text, WED) == []


def test_mentions_come_in_text_order_with_spans_into_the_text():
    text = (
        "After previous ones in July 2019, December 2020, and November 2021, "
        "bombers flew again this week on Tuesday."
    )
    mentions = dates_from_text(text, date(2022, 5, 26))
    assert [m.text for m in mentions] == [
        "July 2019",
        "December 2020",
        "November 2021",
        "this week",
        "Tuesday",
    ]
    assert [m.date for m in mentions] == [
        "2019-07",
        "2020-12",
        "2021-11",
        "2022-05-23",
        "2022-05-24",
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_the_longest_expression_wins():
    mentions = dates_from_text("It began on Sunday, March 31, 2019 at noon.", WED)
    assert [(m.text, m.date) for m in mentions] == [("Sunday, March 31, 2019", "2019-03-31")]


@pytest.mark.parametrize(
    ("weekday", "relation", "expected"),
    [
        ("Monday", "", date(2021, 11, 22)),
        ("Tuesday", "", date(2021, 11, 23)),
        ("Wednesday", "", date(2021, 11, 24)),  # the publication day itself
        ("Thursday", "", date(2021, 11, 18)),
        ("Friday", "", date(2021, 11, 19)),
        ("sunday", "", date(2021, 11, 21)),
        ("Wednesday", "last", date(2021, 11, 17)),
        ("Friday", "last", date(2021, 11, 19)),
        ("Friday", "next", date(2021, 11, 26)),
        ("Wednesday", "next", date(2021, 12, 1)),
        ("Friday's", "", date(2021, 11, 19)),
    ],
)
def test_weekday_helper_rule(weekday, relation, expected):
    assert date_from_weekday(weekday, WED, relation=relation) == expected


def test_month_day_grace_keeps_an_upcoming_date_in_the_publication_year():
    published = date(2025, 12, 11)
    assert date_from_month_day(12, 11 + GRACE_DAYS, published) == date(2025, 12, 18)
    assert date_from_month_day(12, 12 + GRACE_DAYS, published) == date(2024, 12, 19)
    assert date_from_month_day(2, 30, published) is None
    # within the grace days a stated weekday picks the year it fits ...
    assert date_from_month_day(12, 16, published, weekday="Tuesday") == date(2025, 12, 16)
    assert date_from_month_day(12, 16, published, weekday="Monday") == date(2024, 12, 16)
    # ... before publication a weekday that does not fit is a slip of the writer
    assert date_from_month_day(12, 10, published, weekday="Tuesday") == date(2025, 12, 10)
    assert date_from_month_day(2, 29, date(2025, 3, 1)) == date(2024, 2, 29)
    assert date_from_month_day(2, 29, date(2023, 3, 1)) is None


def test_month_and_week_helpers():
    assert month_from_name(6, date(2023, 7, 28)) == date(2023, 6, 1)
    assert month_from_name(7, date(2023, 7, 28)) == date(2023, 7, 1)
    assert month_from_name(8, date(2023, 7, 28)) == date(2022, 8, 1)
    assert month_from_name(7, date(2023, 7, 28), relation="last") == date(2022, 7, 1)
    assert month_from_name(6, date(2023, 7, 28), relation="next") == date(2024, 6, 1)
    assert week_of(date(2022, 5, 26)) == (date(2022, 5, 23), date(2022, 5, 29))


def test_full_dates_and_date_strings():
    assert [m.date for m in full_dates_from_text("Published: April 29, 2020 in Tokyo")] == [
        "2020-04-29"
    ]
    assert full_dates_from_text("on Friday, Dec. 9") == []
    assert date_from_string("2021-11-23") == date(2021, 11, 23)
    assert date_from_string("2021-11-23T17:44+0000") == date(2021, 11, 23)
    assert date_from_string("Nov. 23, 2021") == date(2021, 11, 23)
    assert date_from_string("2021-13-01") is None
    assert date_from_string("Tuesday") is None
    assert date_from_string("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" joins two dates unless "between" or two days or months in a row make a range
        (
            "Ships sailed on Nov. 19 and Dec. 2.",
            [("Nov. 19", "2021-11-19", None), ("Dec. 2", "2020-12-02", None)],
        ),
        (
            "Patrols ran between Nov. 19 and Dec. 2.",
            [("Nov. 19 and Dec. 2", "2021-11-19", "2021-12-02")],
        ),
        ("Drills ran on March 21 and 22.", [("March 21 and 22", "2021-03-21", "2021-03-22")]),
        ("The radar incident on Dec. 6 and 9 others.", [("Dec. 6", "2020-12-06", None)]),
        (
            "Drills ran in June and August.",
            [("June", "2021-06", None), ("August", "2021-08", None)],
        ),
        ("Drills ran in June and July.", [("June and July", "2021-06", "2021-07")]),
        ("Boats left between 21 and 24 March.", [("21 and 24 March", "2021-03-21", "2021-03-24")]),
        # a full month name's dot ends the sentence; an abbreviation's does not
        ("It began in November. 20 ships left.", [("November", "2021-11", None)]),
        ("It began on Nov. 20 with ships.", [("Nov. 20", "2021-11-20", None)]),
        ("It began on the 9th December.", [("9th December", "2020-12-09", None)]),
    ],
)
def test_ranges_need_a_range_and_sentences_end(text, expected):
    mentions = dates_from_text(text, WED)
    assert [(m.text, m.date, m.date_end) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "stated", "weekday", "month", "day"),
    [
        ("The ministry said on Sunday (June 9) that", "Sunday (June 9)", 6, 6, 9),
        ("A drone flew on Tuesday (Aug. 30) near", "Tuesday (Aug. 30)", 1, 8, 30),
        ("Seen Tuesday, Aug. 30, off the coast", "Tuesday, Aug. 30", 1, 8, 30),
        ("It sailed on Monday, July 8 through", "Monday, July 8", 0, 7, 8),
        ("It sailed on Monday, 8 July through", "Monday, 8 July", 0, 7, 8),
        ("Headline: ships tracked on Friday Feb. 29", "Friday Feb. 29", 4, 2, 29),
    ],
)
def test_weekday_dates_are_found_with_their_parts(text, stated, weekday, month, day):
    (found,) = weekday_dates_from_text(text)
    assert (found.text, found.weekday, found.month, found.day) == (stated, weekday, month, day)
    assert text[found.start : found.end] == stated


@pytest.mark.parametrize(
    "text",
    [
        "It began on Sunday, March 31, 2019 at noon.",  # a full date
        "On Sunday, 2 ships and 3 aircraft were seen.",  # a count
        "It was seen on Sunday near the island in June.",
        "The drill on Friday (Feb. 30) was cancelled.",  # no such day
    ],
)
def test_other_weekdays_are_not_weekday_dates(text):
    assert weekday_dates_from_text(text) == []


def test_a_weekday_date_lists_the_years_it_holds_in():
    (tuesday,) = weekday_dates_from_text("on Tuesday (Aug. 30)")
    assert tuesday.years(2010, 2025) == [2011, 2016, 2022]
    (leap,) = weekday_dates_from_text("on Friday, Feb. 29")
    assert leap.years(1990, 2030) == [2008]


@pytest.mark.parametrize(
    "text",
    [
        "Drills in 2019 and 2020-2021, 192019, 20201 and 1999.",
        "In ２０２１ and 20２１: 19, 20, 1920",
        "this week, last month, the weekend, weekly, monthly, a yearly report, next year.",
        "weekmonthyear week-long months years",
        "",
    ],
)
def test_anchor_scans_find_what_their_patterns_find(text):
    from geo import dates

    years = [m.start() for m in dates._YEAR_ANCHOR.finditer(text)]
    units = [(m.start(), m.end(), m.group()) for m in dates._UNIT_ANCHOR.finditer(text)]
    assert dates._year_anchors(text) == years
    assert dates._unit_anchors(text) == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ships sailed through the strait the previous day.", ["2022-06-21"]),
        ("In August 2019 drones came; on Sept. 1 that year one fell.", ["2019-08", "2019-09-01"]),
        ("Flights began in 2019. In September that year one crossed.", ["2019", "2019-09"]),
        ("In June 2019, a Tu-95 entered the airspace twice on the same day.", ["2019-06"] * 2),
        ("In March 2020 carriers sailed. On March 7, jets closed in.", ["2020-03", "2020-03-07"]),
        ("It first came on June 9, 2020. At the time, nine aircraft flew.", ["2020-06-09"] * 2),
        ("In 2019, ships sailed in late July and on Aug. 17.", ["2019", "2019-07", "2019-08-17"]),
        ("Since 2019 flights came; on Monday two flew.", ["2019", "2022-06-20"]),
        (
            "The Joint Staff said on Tuesday that two ships had sailed north the previous day.",
            ["2022-06-21", "2022-06-20"],
        ),
        (
            "The ministry said on Tuesday that it was watching. Ships passed the previous day.",
            ["2022-06-21", "2022-06-21"],
        ),
        (
            "A drone flew past Yonaguni on Monday and again two days later.",
            ["2022-06-20", "2022-06-22"],
        ),
        (
            "A frigate was seen on Sunday; the day before, a destroyer passed.",
            ["2022-06-19", "2022-06-18"],
        ),
        ("The flight on Tuesday came a day after an intrusion.", ["2022-06-21", "2022-06-20"]),
        (
            "It flew on Tuesday. It came just three days after a lock-on.",
            ["2022-06-21", "2022-06-18"],
        ),
        ("In March a carrier sailed. A month earlier, a plane flew in.", ["2022-03", "2022-02"]),
        (
            "Oct. 18, 2021: ships pass east. They return on Oct. 22 and 23.",
            ["2021-10-18", "2021-10-22"],
        ),
        (
            "On Feb. 24, 2014, two jets came close. On March 11, jets again flew near.",
            ["2014-02-24", "2014-03-11"],
        ),
        ("In December 2020, ships came. On Jan. 5 they left.", ["2020-12", "2021-01-05"]),
        (
            "A frigate locked radar on a helicopter on June 1. In 2013 one did so on Jan. 30. It "
            "had passed the strait two days before the incident.",
            ["2022-06-01", "2013", "2013-01-30", "2022-05-30"],
        ),
        ("A Y-8 flew in the zone on Monday and again on Thursday.", ["2022-06-13", "2022-06-16"]),
        (
            "Joint Sea-2017 was held in two stages, in the Baltic Sea in July and in the Sea of "
            "Japan in September.",
            ["2017-07", "2017-09"],
        ),
        ("Drills came every year since 2012, when the first came in April.", ["2012", "2012-04"]),
        ("It passed on June 1. Two weeks later it came back.", ["2022-06-01", "2022-06-15"]),
        ("A month later, it came back.", []),  # counted from nothing named
        ("It left the zone on the 14th.", ["2022-06-14"]),
        ("Ships sailed on from the night of the 14th.", ["2022-06-14"]),
        ("A frigate sailed on Tuesday last week.", ["2022-06-14"]),
        ("A year ago this month, a flotilla passed.", ["2021-06"]),
        ("It fired on Monday. About an hour later, it fired again.", ["2022-06-20", "2022-06-20"]),
        ("People remember 2017, when missiles flew over.", ["2017"]),
        ("It was there from Tuesday night (June 14) on.", ["2022-06-14"]),
        ("A frigate sailed on Friday of this week.", ["2022-06-24"]),
        ("The first since May 24. On that day, bombers flew.", ["2022-05-24", "2022-05-24"]),
        ("Drills run from noon on Monday until noon on Sunday.", ["2022-06-20", "2022-06-26"]),
        ("It flew on Monday and on Sunday.", ["2022-06-20", "2022-06-19"]),
        (
            "It fired on June 12, 15 and 18, and again on Monday.",
            ["2022-06-12", "2022-06-15", "2022-06-18", "2022-06-20"],
        ),
        ("It fired on June 12 and 25.", ["2022-06-12"]),
        ("On June 4, 11 missiles flew.", ["2022-06-04"]),
        (
            "It flew on Monday, the first since May 24, 2021. Separately, the same day, a ship "
            "passed.",
            ["2022-06-20", "2021-05-24", "2022-06-20"],
        ),
        ("It entered the zone on the 30th.", ["2022-05-30"]),
        (  # a counted day the weekday after it restates is that weekday
            "On Friday, bombers flew. Two days later, on Monday morning, missiles were fired.",
            ["2022-06-17", "2022-06-20"],
        ),
        (
            "They held a drill in March last year, after which ships sailed east in late March.",
            ["2021-03", "2021-03"],
        ),
        (
            "Ships came on Dec. 20, 2018. On Dec. 6 last year, bombers flew.",
            ["2018-12-20", "2021-12-06"],
        ),
        ("In 2019, ships came. On Jan. 9 last year, they left.", ["2019", "2021-01-09"]),
        ("It said on Monday that ships had passed the strait that day.", ["2022-06-20"] * 2),
        ("The flight on Monday came 10 days after ships passed.", ["2022-06-20", "2022-06-10"]),
        (
            "It fell in the EEZ, the first such landing since May 2017. On May 14, a ship passed.",
            ["2017-05", "2022-05-14"],
        ),
        ("It passed on June 1. Ten days later it came back.", ["2022-06-01", "2022-06-11"]),
        ("It was seen on Friday. It had sailed the previous night.", ["2022-06-17", "2022-06-16"]),
        (  # a day restated in apposition is that day
            "On June 19, the day before it began, a landing ship sailed south.",
            ["2022-06-19", "2022-06-19"],
        ),
        (  # the year an exercise's name carries, not the month and year told just before
            "In May 2019, ships sailed through the strait. This spring the patrol followed the "
            "Joint Sea-2022 exercise, held near Vladivostok from May 1 to 5.",
            ["2019-05", "2022-05-01"],
        ),
        (  # ... but the month and year told when the exercise is named a sentence before
            "The first, in May 2019, followed the Joint Sea-2019 exercise. Ten ships sailed "
            "through the strait on May 18.",
            ["2019-05", "2019-05-18"],
        ),
        (  # a day of the month and year its sentence names, however near to the news
            "In June 2013, Japan said a frigate had locked its radar on a destroyer on June 10.",
            ["2013-06", "2013-06-10"],
        ),
        (  # the day of a statement dates nothing it counts from
            "Drones flew on Wednesday, the office said in a statement on Thursday. A day before "
            "the flights, a destroyer sailed north.",
            ["2022-06-22", "2022-06-16", "2022-06-21"],
        ),
    ],
)
def test_days_counted_from_the_day_named_before(text, expected):
    published = date(2022, 6, 22)  # a Wednesday
    assert [m.date for m in dates_from_text(text, published)] == expected


def test_a_name_in_capitals_holds_a_word_its_cheap_test_looks_for():
    from geo.dates import _CAPITAL_WORDS, _CAPITALS

    days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
    months = "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
    months += "DECEMBER JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC"
    names = days + [f"{month} 9" for month in months.split()]
    for name in names:
        assert _CAPITALS.search(name), name
        assert any(word in name for word in _CAPITAL_WORDS), name


def test_a_page_stamp_in_capitals_is_no_date():
    assert dates_from_text("POLITICS  NOV. 26, 2021 - 06:15 AM JST", date(2022, 6, 22)) == []


def test_an_ordinal_before_a_name_is_no_date():
    text = "the 11th Regional Coast Guard said on the 11th Fleet's day"
    assert dates_from_text(text, date(2022, 6, 22)) == []


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2025, 2, 12), ("2025-02-10", "2025-02-11")),  # (up to the day before the news)
        (date(2025, 2, 10), ("2025-02-03", "2025-02-09")),
    ],
)
def test_earlier_in_the_week_is_the_week_just_ended_on_a_monday(published, expected):
    (mention,) = dates_from_text("Earlier in the week, three ships sailed south.", published)
    assert (mention.date, mention.date_end, mention.precision) == (*expected, "week")


def test_counted_days_found_around_day_words_as_the_plain_pattern_finds_them():
    from pathlib import Path

    from geo import dates

    samples = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    samples += [
        "the previous day, the day before Monday, two days later, came a day after; On that "
        "day the same morning, the following day, 3 days earlier; Sunday's day-long drill",
        "Mondays and holidays; that night; the same evening and the next day.",
    ]
    for text in samples:
        expected = [m.span() for m in dates._COUNTED_DAYS.finditer(text)]
        assert [m.span() for m in dates._counted_matches(text)] == expected


def test_day_words_found_by_string_search_as_the_pattern_finds_them():
    from geo import dates

    text = (
        "Monday's day-long drill; days later, Days after, the same morning and that night; "
        "midday, daylight, Sunday evening, the afternoon's flights, everyday"
    )
    expected = [
        m.span() for m in dates._DAY_WORD.finditer(text) if not text[m.start() - 1].isalpha()
    ]
    assert dates._day_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six years ago today, two bombers flew.", ("2019-07-23", None, "day")),
        ("A year ago this month, a flotilla passed.", ("2024-07", None, "month")),
        ("Two years ago this week, ships came.", ("2023-07-21", "2023-07-27", "week")),
    ],
)
def test_years_ago_today_is_this_day_of_that_year(text, expected):
    (mention,) = dates_from_text(text, date(2025, 7, 23))
    assert (mention.date, mention.date_end, mention.precision) == expected


def test_a_year_naming_an_event_dates_the_month_told_with_it():
    found = dates_from_text("The 2021 exercise, held in August, ended.", date(2022, 9, 25))
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("2021", "2021", "year"),
        ("August", "2021-08", "month"),
    ]
    assert dates_from_text("The 2020 white paper warned of it.", date(2022, 9, 25)) == []
