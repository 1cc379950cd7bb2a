"""Date expressions in article text, resolved against the publication date.

:func:`dates_from_text` finds every date expression with its character span and resolves
it to an ISO date at its precision (day, week, month, year). The rules, in one place:

- Full dates ("November 19, 2021", "19 November 2021", "2021-11-19", "2021/04/01",
  "23.11.2021") stand as written.
- A month-day without a year ("Dec. 9", "19 November") takes the publication year,
  unless that puts it more than :data:`GRACE_DAYS` after the publication date: then it is
  the year before ("Dec. 28" published 2022-01-05 is 2021-12-28). The grace keeps an
  upcoming date stated in the article ("drills from June 18 to 28" published June 20) and
  a publication date known only to a day or two in the publication year.
  "Dec. 22 last year" / "March this year" name their year.
- A weekday ("on Friday", "Tuesday morning", "late Friday", "Friday's") is the most
  recent such weekday on or before the publication date: a Wednesday article's
  "on Wednesday" is that Wednesday, its "on Friday" the Friday five days before.
  "last Friday" is strictly before the publication date, "next Friday" strictly after.
- A bare month after a preposition ("in June", "since February", "early May") is the
  most recent such month not after the publication month; "last June" the most recent
  before it; "this June" the publication year's.
- "this week" / "last week" are the Monday-to-Sunday week of (or before) publication,
  precision week; "this month", "earlier this month", "last month", "this year",
  "last year" are the calendar month or year; "over the weekend" is the Saturday and
  Sunday on or before publication.
- Ranges ("July 20-23", "21–24 March", "between March 21 and 24", "from July 20 to 23",
  "from June to August 2022") give ``date`` and ``date_end``; the start decides the year.
  "and" makes a range only after "between" or for two days or months in a row: "on
  Nov. 19 and Dec. 2" is two dates. "the 1960s" is 1960-1969; "fiscal 2024" is Japan's
  fiscal year, April 2024 to March 2025 (precision month).
- "today", "yesterday", "this morning", "three days ago", "two weeks ago" count from the
  publication day. "the same day" or "the previous day" depend on a date the reader
  already has, not on the publication date: they are left to the caller.
- Bare numbers are never dates: a year needs a preposition ("in 2019", "since 2012"),
  so "Tu-95", "H-6K", "Joint Sea 2021", "2 per cent", "17:44" and counts yield nothing.
  A month name needs a day, a year or a preposition: "may" and "March" as words are not
  months.
- A stated weekday with a month-day ("Sunday, March 31") decides the year only within
  the grace days; elsewhere the month-day rule stands. :func:`weekday_dates_from_text`
  lists such pairs with the years they hold in, for dating an article that states no
  publication date.

The longest expression wins where two overlap ("Sunday, March 31" over "Sunday").
Spans leave out a leading "on", "in", "from" or "between"; they keep modifiers ("early
June", "late Friday" keeps only "Friday", "last week", "over the weekend").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geo.records import DateMention, iso_date

#: Days after the publication date a yearless month-day may fall and keep its year.
GRACE_DAYS = 7

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class _Resolved:
    start: date
    precision: str
    end: date | None = None
    full: bool = False  # day, month and year all stated
    counted: int | None = None  # days from the day named before ("the previous day": -1)
    months: bool = False  # ``counted`` is in months ("a month earlier": -1)


# ---------------------------------------------------------------- public helpers


def date_from_weekday(weekday: str, published: date, *, relation: str = "") -> date:
    """Resolve a weekday name against the publication date.

    ``relation`` "" or "this": the most recent such weekday on or before ``published``
    (the same day counts); "last": strictly before, and not the day before (that is the week
    before's); "next": strictly after.
    """
    target = WEEKDAYS.index(weekday.strip().lower().removesuffix("'s").removesuffix("’s"))
    back = (published.weekday() - target) % 7
    relation = relation.strip().lower()
    if relation == "last":  # ('last Monday' in a Tuesday's paper: not yesterday, which it
        return published - timedelta(days=back + 7 if back <= 1 else back)  # would call Monday)
    if relation == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    return published - timedelta(days=back)


def date_from_month_day(
    month: int, day: int, published: date, *, weekday: str | None = None
) -> date | None:
    """The year-resolved date of a month-day stated without a year (None if impossible).

    The publication year, or the year before when that is more than :data:`GRACE_DAYS`
    after ``published``. Within the grace days a stated ``weekday`` that fits only the
    year before decides it ("Monday, Dec. 16" in an article of Thursday 2025-12-11 is
    2024-12-16); elsewhere a weekday that does not fit is taken for a slip of the writer.
    """
    this_year = _safe_date(published.year, month, day)
    last_year = _safe_date(published.year - 1, month, day)
    if this_year is None or this_year > published + timedelta(days=GRACE_DAYS):
        return last_year
    if this_year > published and weekday and last_year is not None:
        target = WEEKDAYS.index(weekday.lower())
        if this_year.weekday() != target and last_year.weekday() == target:
            return last_year
    return this_year


def month_from_name(month: int, published: date, *, relation: str = "") -> date:
    """First day of the named month: the most recent one not after the publication month.

    ``relation`` "last": the most recent strictly before the month just gone; "this": the
    publication year's; "next": the first one after it.
    """
    relation = relation.strip().lower()
    year = published.year
    if relation == "next":
        year += 1 if month <= published.month else 0
    elif relation == "last":  # ('last August' in September: the year before's, as the
        year -= 1 if month >= published.month - 1 else 0  # month just gone is 'last month')
    elif relation != "this":
        year -= 1 if month > published.month else 0
    return date(year, month, 1)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def dates_from_text(text: str, published: date) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published``, in text order.

    A day counted from another ("the previous day", "two days later", "came a day after")
    is counted from the last day the text named before it, else from ``published``."""
    written = text
    if any(word in text for word in _CAPITAL_WORDS) and _CAPITALS.search(text):
        # ('2/ MONDAY: Russian destroyer ... went east', '* DEC 9, 1987 - A Soviet Tu-16
        # ...'): read as in prose, quoted as written
        text = _CAPITALS.sub(lambda m: m.group().title(), text)
    found = _found(text, published) + _counted_days(text)
    if " day of " in text:
        found += _end_days(text, published)
    if ("week" in text or "month" in text) and ("earlier" in text or "later" in text):
        found += _counted_periods(text)
    found = _without_overlaps(found)
    if "week" in text:
        found = _weekday_of_week(text, found)
    if "(" in text:
        found = _weekday_then_date(text, found)
    if "esterday, " in text or "oday, " in text:
        found = _news_day_restated(text, found)
    if " ago t" in text:
        found = _years_ago_this_month(text, found)
    if "days " in text:
        found = _days_up_to(text, found)
    if " that year" in text:
        found = _that_year(text, found)
    found = _month_named_before(text, found, published)
    if "rom " in text or "etween " in text:
        found = _month_spans(text, found)
    if " GMT " in text:
        found = _gmt_days(text, found)
    if "a.m." in text or ":00" in text or " hours " in text or _MORNING_CLOCK.search(text):
        found = _daily_counts(text, found)
    if ":" in text and " to " in text:
        found = _clock_spans(text, found)
    if "day" in text:  # (every weekday's name holds it)
        found = _weekday_spans(text, found)
        if " and " in text:
            found = _weekday_lists(text, found)
    if " and " in text:
        found = _day_lists(text, found, published)
    found = _restated(text, found)
    return [_mention(written, *item) for item in _chained(text, found, published)]


#: Between two days of a report's period: '(Tuesday) 06:00 to ', ' 06:00 (UTC+8) to '.
_CLOCK_TO = re.compile(
    r"\s*(?:\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)\s*)?\d{1,2}:\d{2}\s*"
    r"(?:\(UTC\s*\+\s*\d{1,2}\)\s*)?(?:-|–|to|until|through)\s*"
)


def _clock_spans(text: str, found: list[_Found]) -> list[_Found]:
    """A period told with the clock times it runs between: 'January 23, 2024 (Tuesday) 06:00
    to January 24, 2024 (Wednesday) 06:00' is the 23rd to the 24th (the weekdays in brackets
    restate the days)."""
    days = [
        item
        for item in found
        if not (  # (a weekday in brackets right after its date restates it)
            text[item[0] : item[1]] in _WEEKDAYS_TITLE
            and _PAREN_OPEN.search(text, max(0, item[0] - 3), item[0])
        )
    ]
    joined: list[_Found] = []
    for start, end, value in days:
        if joined and value.precision == "day" and value.end is None and value.counted is None:
            first, first_end, before = joined[-1]
            if (
                before.precision == "day"
                and before.end is None
                and before.counted is None
                and 0 < (value.start - before.start).days <= 7
                and _CLOCK_TO.fullmatch(text, first_end, start)
            ):
                joined[-1] = (first, end, _Resolved(before.start, "day", end=value.start))
                continue
        joined.append((start, end, value))
    return joined if len(joined) < len(days) else found


def _restated(text: str, found: list[_Found]) -> list[_Found]:
    """Without a counted day that the day named right after it restates: 'Two days later, on
    Monday morning, North Korea fired ...' is Monday, whatever day 'two days later' counts to
    from a day told before."""
    kept: list[_Found] = []
    for index, (start, end, value) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            value.counted is not None
            and following is not None
            and following[2].counted is None
            and following[2].precision == "day"
            and _RESTATING.fullmatch(text, end, following[0])
        ):
            continue
        kept.append((start, end, value))
    return kept


_RESTATING = re.compile(r",\s+(?:on\s+|early\s+|late\s+)?")


#: Every match of _CAPITALS holds one of these (a cheap test before it runs).
_CAPITAL_WORDS = (
    *("DAY", "JAN", "FEB", "MAR", "APR", "MAY", "JUN"),
    *("JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
)
#: A weekday's or month's name in capitals, as a heading, label or list writes it: 'MONDAY:',
#: 'THURSDAY (yesterday)', '* SEPT 15, 2015 - A Su-24 ...'.
_CAPITALS = re.compile(
    r"\b(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|"
    r"JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|"
    r"DEC)(?=\.? \d)(?!\.? \d{1,2}, \d{4} [-–|] \d{1,2}:\d\d))\b"
)  # (not a page's time stamp: 'POLITICS  NOV. 26, 2021 - 06:15 AM JST')


#: Between two months of a span: 'from December 2023 to February 2024', 'between late July and
#: mid-August' (the second month's own modifier is part of its mention).
_MONTH_SPAN_GAP = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+")
_MONTH_SPAN_OPEN = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")


def _month_spans(text: str, found: list[_Found]) -> list[_Found]:
    """ "from December 2023 to February 2024", "From late July to early August": one span of
    months, when the two months are named apart."""
    joined: list[_Found] = []
    for start, end, value in found:
        if joined and _single_month(value):
            first, first_end, before = joined[-1]
            gap = _MONTH_SPAN_GAP.fullmatch(text, first_end, start)
            opening = _MONTH_SPAN_OPEN.search(text, max(0, first - 9), first)
            if (
                gap is not None
                and opening is not None
                and ("and" not in gap.group() or opening.group()[0] in "Bb")  # 'between ... and'
                and _single_month(before)
                and before.start < value.start <= _add_months(before.start, 24)
            ):
                joined[-1] = (first, end, _Resolved(before.start, "month", value.start))
                continue
        joined.append((start, end, value))
    return joined


def _single_month(value: _Resolved) -> bool:
    return value.precision == "month" and value.end is None and value.counted is None


_OF_WEEK = re.compile(r"\s*(?:,\s*|of\s+)?$")
#: "over the nine days to Sunday", "in the three days through Nov. 5", "over two days through
#: Monday", "for three consecutive days through Tuesday": a span ending that day.
_DAYS_UP_TO = re.compile(
    r"\b(?:over|in|during|for)\s+(?:the\s+(?:past\s+|last\s+)?)?(?P<n>\d{1,2}|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s+(?:(?:consecutive|straight|successive)\s+)?days\s+"
    r"(?:to|through|until|up\s+to|ending(?:\s+on)?)\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)


#: More days of the month just named: 'September 25, 28 and 29', 'Oct. 2 and 5'.
_MORE_DAYS = re.compile(
    r"(?:,\s*[0-3]?\d\b)*,?\s+and\s+[0-3]?\d\b(?=\s*(?:[,.;)]|$|and\b|respectively\b))"
)
_DAY_NUMBER = re.compile(r"[0-3]?\d\b")


def _day_lists(text: str, found: list[_Found], published: date) -> list[_Found]:
    """ "on September 25, 28 and 29": three days of that month."""
    joined: list[_Found] = []
    for start, end, value in found:
        joined.append((start, end, value))
        if value.precision != "day" or value.end is not None or value.counted is not None:
            continue
        if not text[start:end].rstrip(".")[-2:].strip().isdigit():
            continue  # ('Monday and Tuesday' are listed days by their names)
        more = _MORE_DAYS.match(text, end)
        if more is None:
            continue
        for day in _DAY_NUMBER.finditer(text, more.start(), more.end()):
            listed = _safe_date(value.start.year, value.start.month, int(day.group()))
            if listed is not None and value.start < listed <= published:
                joined.append((day.start(), day.end(), _Resolved(listed, "day", full=value.full)))
    return joined


_SPAN_TO = re.compile(
    r"\s*(?:,\s*)?(?:-|–|to|until|till|through)\s+(?:(?:noon|midnight|\d{1,2}(?::\d{2})?\s*"
    r"[ap]\.?m\.?)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _on_or_after(day: date, first: date) -> date:
    """The same weekday as ``day`` on or after ``first``: the second weekday of a span ('from
    Thursday until Sunday') is the one after the first, though it was resolved before it."""
    return first + timedelta(days=(day - first).days % 7)


#: Between two weekdays told in order: 'on Monday and again on Thursday'.
_WEEKDAY_AND = re.compile(r"\s*,?\s*and (?:again|then) (?:on |late |early )?")


def _weekday_lists(text: str, found: list[_Found]) -> list[_Found]:
    """ "on Monday and again on Thursday" in a report of Monday: the Monday before the
    Thursday, not the day of the report ('again' and 'then' tell days in order; 'on Monday
    and on Sunday' may not)."""
    listed = list(found)
    for index in range(len(listed) - 1, 0, -1):
        start, end, value = listed[index - 1]
        next_start, _, after = listed[index]
        if (
            value.precision == "day"
            and after.precision == "day"
            and value.end is None
            and value.counted is None
            and after.counted is None
            and value.start > after.start
            and text[start:end].split()[-1] in _WEEKDAYS_TITLE
            and text[next_start : listed[index][1]].split()[-1] in _WEEKDAYS_TITLE
            and _WEEKDAY_AND.fullmatch(text, end, next_start)
        ):
            listed[index - 1] = (start, end, _Resolved(value.start - timedelta(days=7), "day"))
    return listed


def _weekday_spans(text: str, found: list[_Found]) -> list[_Found]:
    """ "from noon on Thursday until noon on Sunday": the second weekday is the one after the
    first, though it may lie after the publication day (the first is its own)."""
    joined: list[_Found] = []
    for start, end, value in found:
        if (
            joined
            and value.precision == "day"
            and value.counted is None
            and value.end is None
            and text[start:end].split()[-1] in _WEEKDAYS_TITLE
        ):
            first, first_end, before = joined[-1]
            if (
                before.precision == "day"
                and before.end is None
                and value.start < before.start
                and text[first:first_end].split()[-1] in _WEEKDAYS_TITLE
                and _SPAN_TO.fullmatch(text, first_end, start)
            ):
                value = _Resolved(_on_or_after(value.start, before.start), "day")
        joined.append((start, end, value))
    return joined


#: A clock time of a daily count, and the zone it may name: '6 a.m. (UTC+8)'.
_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|[012]?\d:[0-5]\d\b|[012]\d[0-5]\d\s*hours\b)"
    r"(?:\s*\(UTC\s*\+\s*8\))?"
)  # '6 a.m.', '06:00', '0600 hours'

#: The end of a count's day: '... to 6 a.m. (UTC+8)' before the day it ends on.
_COUNT_TO = re.compile(
    rf"\b(?P<lead>(?:24 hours|detected)\s+)?"
    rf"(?:(?:up\s+)?(?:un)?t(?:o|il)|ending(?:\s+at)?|(?P<and>and))\s+"
    rf"{_CLOCK}\s+(?:\(UTC\+\d{{1,2}}\)\s+)?(?:on\s+)?(?:\(\d{{3,4}} GMT\s+)?$"  # 'detected
)  # up until 6 a.m. (UTC+8) today', 'in the 24 hours ending at 6 a.m. Tuesday', 'in the 24
# hours to 6 a.m. (2200 GMT Wednesday)': Thursday's count, the day named being GMT's
#: A morning clock time however it is written: '6 a.m.', '6am', '6 am'.
_MORNING_CLOCK = re.compile(r"\d\s*a\.?m\b")
_COUNT_FROM = re.compile(rf"\b(?:[Ff]rom|(?P<between>[Bb]etween))\s+{_CLOCK}\s+(?:on\s+)?$")


def _daily_counts(text: str, found: list[_Found]) -> list[_Found]:
    """A count by the day of a daily report: 'from 6 a.m. (UTC+8) yesterday to 6 a.m. today'
    runs from the first day to the second; 'in the 24 hours to 6 a.m. on April 9', 'detected
    up to 6 a.m. today', from the day before to that day."""
    joined: list[_Found] = []
    for start, end, value in found:
        single_day = value.precision == "day" and value.end is None and value.counted is None
        to = _COUNT_TO.search(text, max(0, start - 48), start) if single_day else None
        if to is not None and joined:
            first, first_end, before = joined[-1]
            if (
                before.precision == "day"
                and before.end is None
                and first_end <= to.start()
                and not text[first_end : to.start()].strip()
                and (since := _COUNT_FROM.search(text, max(0, first - 40), first))
                and bool(since["between"]) == bool(to["and"])  # ('between ... and ...')
            ):
                last = _on_or_after(value.start, before.start)
                if value.start > before.start:  # ('from 6 a.m. Monday to 6 a.m. Tuesday', said
                    last = value.start  # on Monday: the Tuesday after that Monday)
                if last > before.start:
                    joined[-1] = (first, end, _Resolved(before.start, "day", end=last))
                    continue
        if to is not None and to["lead"]:  # (a day told as Greenwich's is already the local
            eve = value.start - timedelta(days=1)  # one: see _gmt_days)
            joined.append((start, end, _Resolved(eve, "day", end=value.start)))
            continue
        joined.append((start, end, value))
    return joined


#: A day told as Greenwich's after the local time: 'at 6:42 a.m. (2142 GMT Tuesday)'.
_GMT_DAY = re.compile(r"\((?P<h>[012]\d)[0-5]\d GMT\s+(?:on\s+)?$")


def _gmt_days(text: str, found: list[_Found]) -> list[_Found]:
    """A day named as Greenwich's for an evening hour there is the local next day around
    Japan, Korea, China and Taiwan (UTC+8 to +10): 'fired ... at 6:42 a.m. (2142 GMT
    Tuesday)' on the local Wednesday."""
    joined: list[_Found] = []
    for start, end, value in found:
        gmt = _GMT_DAY.search(text, max(0, start - 16), start)
        if (
            gmt is not None
            and value.precision == "day"
            and value.end is None
            and int(gmt["h"]) >= _GMT_EVENING
        ):
            value = replace(value, start=value.start + timedelta(days=1))
        joined.append((start, end, value))
    return joined


_GMT_EVENING = 15  # an hour in Greenwich from which it is already the next day at UTC+9
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that\s+year\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAMED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.IGNORECASE
)
_SAME_MONTH_REACH = 400  # characters: the sentence or two that tell of that month
_RECENT_DAYS = 60  # a day this close before the publication date is of its year
_RECENT_SAME_MONTH = 31  # (or this close, in the very month just named with another year)


def _month_named_before(text: str, found: list[_Found], published: date) -> list[_Found]:
    """ "The deployment came in June 2025 ... On June 7 and 8, J-15 fighters ...": a day of
    the month and year just named, not of the year the publication date gives it (unless
    that gives it a day of the last few weeks: 'the last missile to fly over Japan was in
    September 2017 ... It fired ... on September 25, 28 and 29' in early October 2022)."""
    joined: list[_Found] = []
    named: tuple[int, int, int] | None = None  # (end, year, month) of 'June 2025'
    year: tuple[int, int] | None = None  # (end, year) of 'In 2023,'
    titled = (
        [(m.end(), int(m["y"])) for m in _YEAR_OF_NAME.finditer(text)]
        if any(name in text for name in _NAMES_WITH_YEARS)
        else []
    )
    for start, end, value in found:
        title = next((t for t in reversed(titled) if t[0] <= start), None)
        if (
            title is not None
            and value.precision in ("day", "month")
            and not value.full
            and value.counted is None
            and value.start.year != title[1]
            and (year is None or year[0] < title[0])
            and not _SENTENCE_STOP.search(text, title[0], start)
            and not _YEAR_IN.search(text, start, end)
            and _MONTH_NAMED.search(text, start, end)
            and not _RELATIVE_YEAR.search(text, start, end)
        ):  # 'Joint Sea-2017 was held in two stages, in the Baltic Sea in July and ... in
            value = _moved_to(value, title[1])  # September': of 2017
        if value.precision == "year" and value.end is None and _YEAR_IN.search(text, start, end):
            year = (end, value.start.year)
        elif (
            year is not None
            and value.precision in ("day", "month")
            and not value.full
            and value.counted is None
            and value.start.year != year[1]
            and not _SENTENCE_STOP.search(text, year[0], start)
            and not _YEAR_IN.search(text, start, end)
            and _MONTH_NAMED.search(text, start, end)  # (not 'on Monday', 'last month')
            and not _RELATIVE_YEAR.search(text, start, end)
            and (
                not _SINCE_BEFORE.search(text, max(0, year[0] - 30), year[0] - 4)
                or _WHEN_AFTER_YEAR.match(text, year[0])  # 'since 2012, when the first was
            )  # staged in the Yellow Sea near Qingdao in April
        ):  # 'In 2023, a joint flotilla ... sailed through the Soya Strait in late July and
            value = _moved_to(value, year[1])  # ... passed ... on Aug. 17': of 2023
        if value.precision in ("month", "day") and (
            _YEAR_IN.search(text, start, end) or _RELATIVE_YEAR.search(text, start, end)
        ):  # ('in July last year, after which ... in late July': of last year)
            since = _SINCE_BEFORE.search(text, max(0, start - 8), start) is not None
            named = None if since else (end, value.start.year, value.start.month)  # ('Oct.
            # 18, 2021: ... warships pass ... and return through the Osumi Strait on Oct. 22
            # and 23': of 2021; not 'the first such landing since November 2017. ... On Nov.
            # 14, a Chinese intelligence ship passed': a time measured from, not told of)
        elif (
            named is not None
            and (
                value.precision == "day"
                or value.precision == "month"  # ('in July last year, after which a joint
                and not _SENTENCE_STOP.search(text, named[0], start)  # flotilla ... sailed
            )  # ... in late July': of that year)
            and not value.full
            and value.counted is None
            and value.start.year != named[1]
            and start - named[0] <= _SAME_MONTH_REACH
            and (  # (not of 'August 2023' a sentence before 'the Joint Sea-2025 exercise,
                title is None  # held near Vladivostok from Aug. 1 to 5')
                or title[0] < named[0]
                or _SENTENCE_STOP.search(text, title[0], start) is not None
            )
            and (
                (published - value.start).days
                > (_RECENT_SAME_MONTH if value.start.month == named[2] else _RECENT_DAYS)
                or not _SENTENCE_STOP.search(text, named[0], start)  # ('In January 2013,
            )  # Japan said a frigate had locked its radar ... on January 30': that January)
            and not _YEAR_IN.search(text, start, end)
            and 0 <= (value.start.month - named[2]) % 12 <= 2  # ('On May 24, 2014, ... On June
            and not _RELATIVE_YEAR.search(text, start, end)  # 11, Su-27s again flew ...': of
        ):  # 2014, as the same month or the two after it; not 'On Dec. 6 last year')
            moved = _moved_to(value, named[1] + (value.start.month < named[2]))
            value = moved if moved.start <= published else value
        joined.append((start, end, value))
    return joined


_RELATIVE_YEAR = re.compile(r"\b(?:last|this|that|next) year\b")
#: The year an exercise's name carries: 'Joint Sea-2017', 'Vostok-2018', 'Joint Sword-2024A'.
_YEAR_OF_NAME = re.compile(
    r"\b(?:Joint Sea|(?:North(?:ern)?|Maritime)[/ ]Interaction|Vostok|Tsentr|Zapad|Kavkaz|"
    r"Joint Sword|Strait Thunder|Peace Mission)[- ](?P<y>(?:19|20)\d\d)"
)
_WHEN_AFTER_YEAR = re.compile(r",? when\b")
#: A word of every name :data:`_YEAR_OF_NAME` finds (a cheap test before it runs).
_NAMES_WITH_YEARS = (
    *("Joint Sea", "Interaction", "Vostok", "Tsentr", "Zapad", "Kavkaz", "Joint Sword"),
    *("Strait Thunder", "Peace Mission"),
)


def _moved_to(value: _Resolved, year: int) -> _Resolved:
    """A day or month named without its year, put in ``year`` (unchanged if that day does
    not exist there, as February 29)."""
    shift = year - value.start.year
    first = _safe_date(year, value.start.month, value.start.day)
    last = (
        _safe_date(value.end.year + shift, value.end.month, value.end.day)
        if value.end is not None
        else None
    )
    if first is None or (value.end is not None and last is None):
        return value
    return _Resolved(first, value.precision, last, full=value.precision == "day")


def _that_year(text: str, found: list[_Found]) -> list[_Found]:
    """ "In August 2022, ... on Sept. 1 that year", "... in 2024. In September that year": the
    year last named before it."""
    joined: list[_Found] = []
    year: int | None = None
    for start, end, value in found:
        that_year = (
            _THAT_YEAR.match(text, end)
            if year is not None
            and value.end is None
            and not value.full
            and value.precision in ("day", "month")
            else None
        )
        day = _safe_date(year, value.start.month, value.start.day) if that_year and year else None
        if that_year is not None and day is not None:
            value = _Resolved(day, value.precision, full=True)
            end = that_year.end()
        elif value.precision in ("year", "month") or value.full:
            year = value.start.year
        joined.append((start, end, value))
    return joined


def _days_up_to(text: str, found: list[_Found]) -> list[_Found]:
    """ "over the nine days to Sunday": the days up to and including that day."""
    joined: list[_Found] = []
    for start, end, value in found:
        single_day = value.precision == "day" and value.end is None and value.counted is None
        span = _DAYS_UP_TO.search(text, max(0, start - 60), start) if single_day else None
        if span is not None:
            days = _count(span["n"])
            if 1 < days <= 31:
                first = value.start - timedelta(days=days - 1)
                joined.append((span.start(), end, _Resolved(first, "day", end=value.start)))
                continue
        span = _DAYS_FROM.search(text, max(0, start - 60), start) if single_day else None
        if span is not None:  # 'over three days from Friday': that day and the two after
            days = _count(span["n"])
            if 1 < days <= 31:
                last = value.start + timedelta(days=days - 1)
                joined.append((span.start(), end, _Resolved(value.start, "day", end=last)))
                continue
        joined.append((start, end, value))
    return joined


#: 'over three days from Friday', 'for two days starting on Monday': a span from that day.
_DAYS_FROM = re.compile(
    r"\b(?:over|in|during|for)\s+(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?:consecutive\s+|straight\s+)?days\s+(?:from|starting|beginning)\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)


def _years_ago_this_month(text: str, found: list[_Found]) -> list[_Found]:
    """ "A year ago this month": this month of that year; "Six years ago today", "two years
    ago this week": this day, this week, of that year."""
    joined: list[_Found] = []
    for start, end, value in found:
        if (
            joined
            and joined[-1][2].precision == "year"
            and value.precision in ("month", "week", "day")
            and text[joined[-1][1] : start].isspace()
            and text[joined[-1][0] : joined[-1][1]].endswith(" ago")
        ):
            first, _, years = joined.pop()
            joined.append((first, end, _moved_to(value, years.start.year)))
            continue
        joined.append((start, end, value))
    return joined


_PAREN_OPEN = re.compile(r"\s*\(\s*$")


def _weekday_then_date(text: str, found: list[_Found]) -> list[_Found]:
    """ "Tuesday night (Sep 17)": the date in brackets says which Tuesday; "from 6 a.m.
    yesterday (August 14) to 6 a.m. today (August 15)": one day each, named twice."""
    joined: list[_Found] = []
    for start, end, value in found:
        if joined and value.precision == "day" and text.startswith(")", end):
            first, last, _ = joined[-1]
            words = text[first:last].split()
            if (
                words
                and (words[0] in _WEEKDAYS_TITLE or words[0].lower() in _DAYS_NAMED_BY_NEWS)
                and _PAREN_OPEN.match(text, last, start)
            ):
                joined[-1] = (first, end + 1, value)
                continue
        joined.append((start, end, value))
    return joined


def _news_day_restated(text: str, found: list[_Found]) -> list[_Found]:
    """ "since yesterday, March 10 (Tue)": the day named from the news and its date, set
    beside it, are one mention."""
    joined: list[_Found] = []
    for start, end, value in found:
        if joined and value.precision == "day" and value.end is None:
            first, last, before = joined[-1]
            if (
                before.precision == "day"
                and before.end is None
                and before.start == value.start
                and text[first:last].lower() in _DAYS_NAMED_BY_NEWS
                and text[last:start] == ", "
            ):
                joined[-1] = (first, end, value)
                continue
        joined.append((start, end, value))
    return joined


#: Days named from the news, which a date in brackets may restate: 'yesterday (August 14)'.
_DAYS_NAMED_BY_NEWS = frozenset({"yesterday", "today", "tonight"})


def _weekday_of_week(text: str, found: list[_Found]) -> list[_Found]:
    """ "Tuesday last week", "Friday of this week": that weekday of that week."""
    joined: list[_Found] = []
    for start, end, value in found:
        if (
            joined
            and value.precision == "week"
            and value.end is not None
            and joined[-1][2].precision == "day"
            and joined[-1][2].end is None
            and text[joined[-1][0] : joined[-1][1]].split()[-1] in _WEEKDAYS_TITLE
            and _OF_WEEK.match(text, joined[-1][1], start)
        ):
            first, last, _ = joined.pop()
            weekday = WEEKDAYS.index(text[first:last].split()[-1].lower())
            joined.append((first, end, _Resolved(value.start + timedelta(days=weekday), "day")))
            continue
        joined.append((start, end, value))
    return joined


def full_dates_from_text(text: str) -> list[DateMention]:
    """The dates stated with day, month and year ("2021-11-19", "November 19, 2021")."""
    found = [f for f in _found(text, date(2000, 1, 1), full_only=True) if f[2].full]
    return [_mention(text, *f) for f in _without_overlaps(found)]


@dataclass(frozen=True)
class WeekdayDate:
    """A weekday named with a yearless month-day ("Sunday (June 17)", "Tuesday, Aug. 30").

    The pair fixes the year up to the 5 to 11 years after which it repeats:
    :meth:`years` lists the candidates.
    """

    text: str
    start: int
    end: int
    weekday: int  # Monday is 0
    month: int
    day: int

    def years(self, first: int, last: int) -> list[int]:
        """The years from ``first`` to ``last`` (inclusive) in which the pair holds."""
        return [
            year
            for year in range(first, last + 1)
            if (found := _safe_date(year, self.month, self.day)) is not None
            and found.weekday() == self.weekday
        ]


def weekday_dates_from_text(text: str) -> list[WeekdayDate]:
    """Every weekday stated with a month-day and no year, in text order.

    "Sunday (June 17)", "on Tuesday (Aug. 30)", "Tuesday, Aug. 30", "Monday, 8 July";
    a pair followed by a year ("Sunday, March 31, 2019") is a full date, not listed.
    """
    found = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = _month(m["m"] or m["m1"])
        day = _day(m["d"] or m["d1"])
        if _safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 passes
            continue
        weekday = WEEKDAYS.index(m["wd"].lower())
        found.append(WeekdayDate(m.group(), m.start(), m.end(), weekday, month, day))
    return found


def date_from_string(value: str) -> date | None:
    """A full date written alone ("2021-11-23", "2021/04/01", "Nov. 23, 2021"), else None.

    A time of day after it ("2021-11-23T17:44+0000", "2021-11-23 17:44") is allowed.
    """
    value = value.strip()
    found = full_dates_from_text(value)
    if not found or found[0].start != 0:
        return None
    if not _TIME_OF_DAY.fullmatch(value[found[0].end :]):
        return None
    return date.fromisoformat(found[0].date)


# ---------------------------------------------------------------- scanning
#
# Each expression starts at an anchor: a month name, a weekday name, a number, or a
# relative word (week, month, year, weekend, today, ago). One fast scan per anchor kind
# finds the anchors; an anchored ``match`` reads the rest, and a look at the few
# characters before the anchor reads its preposition or modifier ("in June", "last
# week", "late Friday", "Sunday, March 31").

_Found = tuple[int, int, _Resolved]

_MONTH_WORD = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_WEEKDAY_WORD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d|%|\s*[ap]\.m\.|\s*hours\b)"
#: (not the hour of 'June 25 to 6 a.m. June 26', 'April 1 to 0600 hours')
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|\s*(?:bn|tn|km|per ?cent|percent))"
_TO = r"\s*(?:-|–|—|to|through|until|till)\s*"
_TO_AND = rf"(?:{_TO}|\s+and\s+)"
# A dot after an abbreviated month ("Dec. 9"); after "December" it ends the sentence.
_ABBREVIATION_DOT = r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
_MONTH = rf"(?:{_MONTH_WORD})(?![A-Za-z]){_ABBREVIATION_DOT}"

_WORD_ANCHOR = re.compile(rf"(?:{_MONTH_WORD}|{_WEEKDAY_WORD})(?![A-Za-z])")
_YEAR_ANCHOR = re.compile(r"(?:19|20)\d\d")
_UNIT_ANCHOR = re.compile(r"(?:week|month|year)(?![a-z])")
_WEEKDAYS_TITLE = frozenset(_WEEKDAY_WORD.split("|"))

_MONTH_TAIL_PATTERN = (
    rf"(?P<m>{_MONTH_WORD})(?![A-Za-z]){_ABBREVIATION_DOT}"
    rf"(?:\s+(?P<d>{_DAY})(?:(?P<sep>{_TO_AND})(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?"
    rf"|(?P<msep>{_TO_AND})(?P<mm2>{_MONTH_WORD})(?![A-Za-z]))?"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})|\s+(?P<yr>last|this|next)\s+year(?![a-z]))?"
)
_MONTH_TAIL = re.compile(_MONTH_TAIL_PATTERN)
# "Nov. 19 and Dec. 2" are two dates; only "between ... and ..." or two days or months in a
# row ("March 21 and 22", "June and July") make an "and" a range.
_MONTH_TAIL_NO_AND = re.compile(_MONTH_TAIL_PATTERN.replace(_TO_AND, _TO))
_WEEKDAY_TAIL = re.compile(
    rf"(?P<wd>{_WEEKDAY_WORD})(?:['’]s)?(?![A-Za-z])"
    rf"(?:\s+\((?P<m>{_MONTH})\s+(?P<d>{_DAY})\))?"
    r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
)
_WEEKDAY_DATE = re.compile(
    rf"(?<![A-Za-z])(?P<wd>{_WEEKDAY_WORD})(?:,\s*|\s*\(\s*|\s+)"
    rf"(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}))\)?"
    rf"(?!,?\s*(?:of\s+)?{_YEAR})"
)
_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<mo>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/]|[.-]\d)"
)
_BEFORE_DOTTED_YEAR = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.$")
_BEFORE_DAY_FIRST_PATTERN = (
    rf"(?<![\d.,])(?P<d>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:(?P<sep>{_TO_AND})(?P<d2>{_DAY}))?\s+$"
)
_BEFORE_DAY_FIRST = re.compile(_BEFORE_DAY_FIRST_PATTERN)
_BEFORE_DAY_FIRST_NO_AND = re.compile(_BEFORE_DAY_FIRST_PATTERN.replace(_TO_AND, _TO))
_YEAR_TAIL = re.compile(rf"(?P<y>{_YEAR})(?:(?P<decade>s)\b|{_TO_AND}(?P<y2>{_YEAR}))?")
_BEFORE_AGO = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?P<unit>(?i:days?|weeks?|months?|years?))\s+$"
)
_TODAY = re.compile(r"(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?![A-Za-z])")
_WEEKEND_PREPOSITIONS = frozenset(("over", "at", "during", "on"))
_WEEKEND_KINDS = frozenset(("holiday", "long", "three-day"))
_WEEKEND = re.compile(r"[Ww]eekend(?![a-z])")
_DAY_PART = re.compile(r"(?:morning|afternoon|evening)(?![a-z])")

# Looking back from an anchor: the few words before it.
_MODIFIERS = frozenset(("early", "late", "mid", "last", "this", "next"))
_PREPOSITIONS = _MODIFIERS | {
    *("in", "during", "since", "until", "till", "by", "before", "after", "through"),
    *("from", "of", "for", "between", "and", "or"),
}
_RELATIONS = frozenset(("last", "this", "next"))
_PERIOD_MODIFIERS = frozenset(("earlier", "later", "late", "early"))
_LOOK_BACK = 32
_REVERSED_WORD = re.compile(r"([ \t\n,-]*)([^\W\d_]+)")


def _found(text: str, published: date, *, full_only: bool = False) -> list[_Found]:
    found: list[_Found] = []
    for match in _WORD_ANCHOR.finditer(text):
        if match.group() in _WEEKDAYS_TITLE:
            if not full_only:
                found.extend(_from_weekday(text, match.start(), published))
        else:
            found.extend(_from_month(text, match.start(), published))
    for start in _year_anchors(text):
        found.extend(_from_number(text, start, published))
    if not full_only:
        found.extend(_relative(text, published))
    return found


def _year_anchors(text: str) -> list[int]:
    """Where ``_YEAR_ANCHOR.finditer(text)`` matches, found with plain string searches."""
    found = []
    for prefix in ("19", "20"):
        at = text.find(prefix)
        while at != -1:
            if text[at + 2 : at + 4].isdecimal() and len(text) >= at + 4:
                found.append(at)
            at = text.find(prefix, at + 1)
    found.sort()
    starts: list[int] = []
    for at in found:
        if not starts or at >= starts[-1] + 4:  # the pattern's matches do not overlap
            starts.append(at)
    return starts


def _unit_anchors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every ``_UNIT_ANCHOR`` match, found with plain string searches."""
    found = []
    for word in ("week", "month", "year"):
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not ("a" <= text[end : end + 1] <= "z"):
                found.append((at, end, word))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _before(text: str, start: int) -> str:
    return text[max(0, start - _LOOK_BACK) : start]


def _words_before(text: str, start: int, count: int = 3) -> list[tuple[str, int, str]]:
    """The words just before ``start``, nearest first: (word, its start, gap after it).

    ``gap`` is what separates the word from what follows (" ", ", ", "-").
    """
    low = max(0, start - _LOOK_BACK)
    window = text[low:start][::-1]
    words: list[tuple[str, int, str]] = []
    position = 0
    while len(words) < count:
        m = _REVERSED_WORD.match(window, position)
        if m is None or (words and not m.group(1)):
            break
        if m.end() == len(window) and low > 0:
            break  # the word may go on before the window
        words.append((m.group(2)[::-1], start - m.end(), m.group(1)[::-1]))
        position = m.end()
    return words


def _weekday_before(text: str, start: int) -> tuple[str, int] | None:
    """("Sunday", its start) when a weekday name stands just before ("Sunday, March 31")."""
    words = _words_before(text, start, 2)
    if words and words[0][0] == "the" and len(words) > 1:
        words = words[1:]
    if words and words[0][0] in _WEEKDAYS_TITLE and "-" not in words[0][2]:
        return words[0][0], words[0][1]
    return None


def _preposition_before(text: str, start: int) -> bool:
    """True after "in", "since", "during", "early", "mid-", "the end of" ..."""
    words = _words_before(text, start, 2)
    if words and words[0][0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][0].lower() in _PREPOSITIONS and "," not in words[0][2]


def _from_month(text: str, start: int, published: date) -> list[_Found]:
    m = _MONTH_TAIL.match(text, start)
    if m is None:
        return []
    if _loose_and(m["sep"] or m["msep"]) and not _and_range(text, start, m):
        m = _MONTH_TAIL_NO_AND.match(text, start)
        if m is None:
            return []
    end = m.end()
    weekday = _weekday_before(text, start)
    resolved = _resolve_month_tail(m, published, weekday[0] if weekday else "")
    if resolved is None:
        return []
    if not (m["d"] or m["mm2"]) and _digit_before(text, start):
        day_first = _BEFORE_DAY_FIRST.search(_before(text, start))
        if day_first and _loose_and(day_first["sep"]):
            span = start - len(day_first.group())
            days = _day(day_first["d2"]) - _day(day_first["d"])
            if not (days == 1 and not day_first["m1"]) and not _between_before(text, span):
                day_first = _BEFORE_DAY_FIRST_NO_AND.search(_before(text, start))
        if day_first:
            return _from_day_first(text, start - len(day_first.group()), day_first, m, published)
    if weekday and m["d"]:
        start = weekday[1]
    elif not m["d"]:
        modifier = _modifier_before(text, start)
        stated = m["y"] or m["yr"] or m["mm2"]
        if not (modifier or stated or _preposition_before(text, start)):
            return []  # a bare "May" is a verb, a bare "March" a walk
        if modifier is not None:
            resolved = _bare_month_with(m, modifier[0], published) or resolved
            start = modifier[1]
    return [(start, end, resolved)]


def _digit_before(text: str, start: int) -> bool:
    """A day number just before: "19 November", "19th November"."""
    index = start
    while index > 0 and text[index - 1] in " \t\n":
        index -= 1
    if text[index - 2 : index] in ("st", "nd", "rd", "th"):
        index -= 2
    return index > 0 and text[index - 1].isdigit()


def _loose_and(separator: str | None) -> bool:
    return separator is not None and separator.strip() == "and"


def _between_before(text: str, start: int) -> bool:
    words = _words_before(text, start, 1)
    return bool(words) and words[0][0].lower() == "between"


def _and_range(text: str, start: int, m: re.Match) -> bool:
    """Whether "X and Y" after a month is one range: after "between", or X and Y in a row."""
    if _between_before(text, start):
        return True
    if m["mm2"]:
        return _month(m["mm2"]) - _month(m["m"]) in (1, -11)
    return not m["m2"] and _day(m["d2"]) - _day(m["d"]) == 1


def _modifier_before(text: str, start: int) -> tuple[str, int] | None:
    """("early"/"mid"/"last"/"the end of"..., its start) just before a month name."""
    words = _words_before(text, start, 3)
    if words and words[0][0].lower() in _MODIFIERS:
        return words[0][0].lower(), words[0][1]
    names = [word.lower() for word, _, _ in words]
    parts = ("end", "beginning", "start", "middle")
    if len(names) == 3 and names[0] == "of" and names[1] in parts and names[2] == "the":
        return "the " + names[1] + " of", words[2][1]
    return None


def _resolve_month_tail(m: re.Match, published: date, weekday: str) -> _Resolved | None:
    month = _month(m["m"])
    if m["d2"]:
        return _day_range(
            month,
            _day(m["d"]),
            _month(m["m2"]) if m["m2"] else month,
            _day(m["d2"]),
            m["y"],
            published,
        )
    if m["d"]:
        return _month_day(month, _day(m["d"]), m["y"], m["yr"], published, weekday)
    if m["mm2"]:
        return _month_range(month, _month(m["mm2"]), m["y"], published)
    if m["y"]:
        return _Resolved(date(int(m["y"]), month, 1), "month")
    if m["yr"]:
        shift = {"last": -1, "this": 0, "next": 1}[m["yr"].lower()]
        return _Resolved(date(published.year + shift, month, 1), "month")
    return _Resolved(month_from_name(month, published), "month")


def _bare_month_with(m: re.Match, modifier: str, published: date) -> _Resolved | None:
    """A bare month after last/this/next ("last June"); None keeps the plain reading."""
    relation = modifier.lower()
    if m["d"] or m["y"] or m["yr"] or m["mm2"] or relation not in ("last", "this", "next"):
        return None
    return _Resolved(month_from_name(_month(m["m"]), published, relation=relation), "month")


def _month_day(
    month: int, day: int, year: str | None, relative: str | None, published: date, weekday: str
) -> _Resolved | None:
    if year:
        resolved = _safe_date(int(year), month, day)
        return _Resolved(resolved, "day", full=True) if resolved else None
    if relative:
        shift = {"last": -1, "this": 0, "next": 1}[relative.lower()]
        resolved = _safe_date(published.year + shift, month, day)
    else:
        resolved = date_from_month_day(month, day, published, weekday=weekday or None)
    return _Resolved(resolved, "day") if resolved else None


def _day_range(
    month1: int, day1: int, month2: int, day2: int, year: str | None, published: date
) -> _Resolved | None:
    if year:
        start = _safe_date(int(year) - (1 if month2 < month1 else 0), month1, day1)
    else:
        start = date_from_month_day(month1, day1, published)
    if start is None:
        return None
    end = _safe_date(start.year + (1 if month2 < month1 else 0), month2, day2)
    if end is None or end <= start:
        return None
    return _Resolved(start, "day", end)


def _month_range(month1: int, month2: int, year: str | None, published: date) -> _Resolved | None:
    end = date(int(year), month2, 1) if year else month_from_name(month2, published)
    start = date(end.year - (1 if month1 > month2 else 0), month1, 1)
    return _Resolved(start, "month", end) if start != end else None


def _from_weekday(text: str, start: int, published: date) -> list[_Found]:
    m = _WEEKDAY_TAIL.match(text, start)
    if m is None:
        return []
    if m["d"]:
        resolved = date_from_month_day(_month(m["m"]), _day(m["d"]), published, weekday=m["wd"])
        return [(start, m.end(), _Resolved(resolved, "day"))] if resolved else []
    words = _words_before(text, start, 1)
    rel = ""
    if words and words[0][0].lower() in _RELATIONS:
        rel, start = words[0][0].lower(), words[0][1]
    return [(start, m.end(), _Resolved(date_from_weekday(m["wd"], published, relation=rel), "day"))]


def _from_number(text: str, start: int, published: date) -> list[_Found]:
    """Dates anchored on a year: 2021-11-19, 2021/04/01, 23.11.2021, in 2019, the 1960s."""
    before = text[start - 1] if start else " "
    if before.isdigit() or text[start + 4 : start + 5].isdigit():
        return []
    if before == ".":
        dotted = _BEFORE_DOTTED_YEAR.search(_before(text, start))
        if dotted is None:
            return []
        day = _safe_date(int(text[start : start + 4]), int(dotted["mo"]), int(dotted["d"]))
        begin = start - len(dotted.group())
        return [(begin, start + 4, _Resolved(day, "day", full=True))] if day else []
    if before in "/-,:$¥€£":
        return []
    numeric = _NUMERIC.match(text, start)
    if numeric:
        day = _safe_date(int(numeric["y"]), int(numeric["mo"]), int(numeric["d"]))
        return [(start, numeric.end(), _Resolved(day, "day", full=True))] if day else []
    return _from_year(text, start, published)


def _from_day_first(
    text: str, start: int, day_first: re.Match, tail: re.Match, published: date
) -> list[_Found]:
    """ "19 November", "21–24 March", "30 July - 2 August 2021", "19 November 2021"."""
    month = _month(tail["m"])
    if day_first["d2"]:
        first = _month(day_first["m1"]) if day_first["m1"] else month
        resolved = _day_range(
            first, _day(day_first["d"]), month, _day(day_first["d2"]), tail["y"], published
        )
    elif day_first["m1"]:
        return []
    else:
        weekday = _weekday_before(text, start)
        resolved = _month_day(
            month,
            _day(day_first["d"]),
            tail["y"],
            tail["yr"],
            published,
            weekday[0] if weekday else "",
        )
        if weekday:
            start = weekday[1]
    end = tail.end() if tail["y"] or tail["yr"] else tail.end("m")
    return [(start, end, resolved)] if resolved else []


def _fiscal_before(words: list[tuple[str, int, str]]) -> int | None:
    """Start of "fiscal", "fiscal year" or "FY" before a year, else None."""
    names = [word.lower() for word, _, _ in words]
    if names[:1] == ["fiscal"] or (names[:1] == ["fy"] and words[0][0] == "FY"):
        return words[0][1]
    if names[:2] == ["year", "fiscal"]:
        return words[1][1]
    return None


def _from_year(text: str, start: int, published: date) -> list[_Found]:
    m = _YEAR_TAIL.match(text, start)
    if m is None:
        return []
    words = _words_before(text, start, 2)
    names = [word.lower() for word, _, _ in words]
    year = int(m["y"])
    if m["decade"]:
        if names[:1] != ["the"]:
            return []
        return [(start, m.end(), _Resolved(date(year, 1, 1), "year", date(year + 9, 1, 1)))]
    fiscal = _fiscal_before(words)
    if fiscal is not None:
        months = _Resolved(date(year, 4, 1), "month", date(year + 1, 3, 1))  # Japan's April-March
        return [(fiscal, m.end("y"), months)]
    if m["y2"] and names[:1] in (["from"], ["between"]) and int(m["y2"]) > year:
        return [(start, m.end(), _Resolved(date(year, 1, 1), "year", date(int(m["y2"]), 1, 1)))]
    if (
        not _preposition_before(text, start)
        and not _WHEN_AFTER.match(text, m.end("y"))
        and not (names[:1] == ["the"] and _EVENT_AFTER_YEAR.match(text, m.end("y")))
    ):
        return []  # "Joint Sea 2021", "the 2020 white paper": a name, not a date; 'the 2025
        # exercise' is the exercise of 2025
    return [(start, m.end("y"), _Resolved(date(year, 1, 1), "year"))]


_WHEN_AFTER = re.compile(r",?\s+when\b")  # "remember 2017, when missiles flew over"
#: An event a year names: 'the 2025 exercise, held in August'.
_EVENT_AFTER_YEAR = re.compile(
    r"\s+(?:joint\s+)?(?:exercises?|drills?|patrols?|flights?|maneuvers|manoeuvres|war ?games|"
    r"intrusions?|incidents?|violations?|launch(?:es)?)\b"
)


def _relative(text: str, published: date) -> list[_Found]:
    """this week, last month, over the weekend, today, earlier this morning, two days ago,
    earlier in the week, on the 14th."""
    found = [
        (begin, end, _period(relation, unit, published, _told_as_past(text, begin, end)))
        for begin, end, relation, unit in _after_relation(text, _unit_anchors(text))
    ]
    if "in the week" in text or "in the month" in text:
        for m in _IN_THE_PERIOD.finditer(text):
            # on a Monday "earlier in the week" is the week just ended
            monday = m["unit"].lower() == "week" and published.weekday() == 0
            relation = "last" if monday and m.group()[0] in "Ee" else "this"
            period = _period(relation, m["unit"].lower(), published, m.group())
            found.append((m.start(), m.end(), period))
    if _NTH.search(text):  # most texts name no day of the month alone
        found.extend(_day_of_month(text, published))
    if "eekend" in text:
        found.extend(_weekend(text, published))
    if " ago" in text:
        found.extend(_ago(text, published))
    if "oday" in text or "esterday" in text or "omorrow" in text or "onight" in text:
        found.extend(_today(text, published))
    if "morning" in text or "afternoon" in text or "evening" in text:
        parts = [(m.start(), m.end(), m.group()) for m in _DAY_PART.finditer(text)]
        found.extend(
            (begin, end, _Resolved(published, "day"))
            for begin, end, relation, _ in _after_relation(text, parts)
            if relation == "this"
        )
        found.extend(  # 'have been navigating in the zone since the morning': this morning
            (begin, end, _Resolved(published, "day"))
            for begin, end, _ in parts
            if _SINCE_THE.search(text, max(0, begin - 14), begin)
            and not text.startswith(" of ", end)  # 'since the morning of August 19 (Tue)'
        )
    return found


_SINCE_THE = re.compile(r"\bsince (?:the |early )?$")


def _after_relation(
    text: str, anchors: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str]]:
    """(start, end, relation, word) of anchors (start, end, word) right after this/last/next
    ("earlier this")."""
    found = []
    for start, end, word in anchors:
        words = _words_before(text, start, 2)
        if not words or words[0][0].lower() not in _RELATIONS or words[0][2].strip():
            continue
        begin = words[0][1]
        if len(words) > 1 and words[1][0].lower() in _PERIOD_MODIFIERS:
            begin = words[1][1]
        found.append((begin, end, words[0][0].lower(), word))
    return found


#: "earlier in the week", "later in the month": this week, this month.
_IN_THE_PERIOD = re.compile(r"(?i:earlier|later|late|early) in the (?P<unit>(?i:week|month))\b")
_NTH = re.compile(r"the [0-3]?\d(?:st|nd|rd|th)\b")
#: "on the 14th": a day of the month named alone ("the 11th Regional Coast Guard" is a name);
#: 'From the night of the 19th to the (early) morning of the 20th (Mon)', 'in the early hours
#: of the 11th', 'since the morning of the 9th (Fri)'.
_PART_OF_THE_DAY = r"the (?:(?:early|late) )?(?:night|morning|afternoon|evening|hours) of "
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?:[Oo]n|[Ff]rom|[Ss]ince) (?:{_PART_OF_THE_DAY})?|"
    r"(?:[Ii]n|[Dd]uring) the (?:early |small |wee )?hours of |[Ee]arly on |[Ll]ate on )"
    r"the (?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?:\s*\([A-Z][a-z]{1,8}\.?\)|, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=,? (?:to|"
    r"through|until) ))?"  # "the 7th (Sat)", 'the 23rd, Saturday, until'
    rf"(?:,?\s*(?:-|–|to|through|until)\s*(?:{_PART_OF_THE_DAY})?"
    r"the (?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?:\s*\([A-Z][a-z]{1,8}\.?\)|, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)?)?"
    r"(?:\s+of\s+(?P<rel>this|last|the\s+previous)\s+month\b)?"  # 'on the 9th of this month'
    r"(?!\s+(?:[A-Z]|of\b|[a-z]+ (?:of|in)\b))"
)
#: A day counted from another ("the previous day", "two days later", "came a day after",
#: "about an hour later"); :func:`_counted_days` reads how many days from its groups.
_COUNTED_DAYS = re.compile(
    r"(?i:\b(?:the\s+)?(?P<prev>previous|preceding)\s+(?:day|night|evening)\b"
    r"|\bthe\s+day\s+before\b(?!\s+\w+day)"
    r"|\b(?:the\s+(?P<same>same)|(?:(?<=[Oo]n )|(?=that\s+day[.,;]))(?P<that>that))\s+"
    r"(?:day|morning|afternoon|evening|"  # ('... into the East China Sea that day.')
    r"night)\b"
    r"|\b(?:(?:about|some|just|only)\s+)?(?P<hours>an?|one|two|three|several|a few)\s+hours?\s+"
    r"(?:later|earlier)\b"
    r"|\bthe\s+(?P<next>following|next)\s+day\b"
    r"|\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
    r"(?P<dir>earlier|before|later)\b"
    r"|\b(?P<came>came|comes|come|followed|follows|following)\s+"
    r"(?:(?:just|only|about|some|nearly|barely)\s+)?(?P<m>a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+after\b)"
)


def _day_of_month(text: str, published: date) -> list[_Found]:
    """ "on the 14th", "from the 7th (Sat) to the 8th (Sun)": days of the publication month,
    or of the month before when they lie more than a few days ahead."""
    found: list[_Found] = []
    for m in _DAY_OF_MONTH.finditer(text):
        month = None if m["rel"] is None else 0 if m["rel"] == "this" else -1
        first = _nth_day(int(m["d"]), published, month)
        last = _nth_day(int(m["d2"]), published, month) if m["d2"] else None
        if first is None or (m["d2"] and (last is None or last <= first)):
            continue
        begin = m.start() + m.group().find("the")  # (after 'on', 'from', 'early on')
        found.append((begin, m.end(), _Resolved(first, "day", last)))
    return found


def _nth_day(day: int, published: date, month: int | None = None) -> date | None:
    """That day of the publication month, or of the month before when it lies more than a
    few days ahead; ``month``, if given, names the month: 0 this one, -1 the one before."""
    month_start = published.replace(day=1)
    if month is not None:
        month_start = _add_months(month_start, month)
    elif day > published.day + GRACE_DAYS:
        month_start = _add_months(month_start, -1)
    return _safe_date(month_start.year, month_start.month, day)


#: A sentence that opens on the time just named: 'At the time, seven Russian and two Chinese
#: aircraft entered and left the zone' after '... since Dec. 9 last year ...'.
_AT_THE_TIME = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))At (?:the|that) time(?=,? )")


def _counted_days(text: str) -> list[_Found]:
    """Days counted from another ("the previous day", "two days later"), not yet resolved:
    :func:`_chained` finds the day they count from."""
    found: list[_Found] = []
    if "t the time" in text or "t that time" in text:
        for m in _AT_THE_TIME.finditer(text):
            found.append((m.start(), m.end(), _Resolved(date.min, "day", counted=0)))
    for m in _counted_matches(text):
        if m["same"] or m["that"] or m["hours"]:
            shift = 0  # "the same day", "on that day", "about an hour later"
        elif m["prev"] or (not m["next"] and not m["n"] and not m["m"]):
            shift = -1
        elif m["next"]:
            shift = 1
        elif m["n"]:
            count = _count(m["n"])
            shift = count if m["dir"].lower() == "later" else -count
        else:
            shift = -_count(m["m"])  # "the flight came a day after the intrusion"
        begin = m.start("m") if m["m"] else m.start()
        found.append((begin, m.end(), _Resolved(date.min, "day", counted=shift)))
    return found


#: Weeks or months counted from the time named before: 'A month earlier', 'two weeks later'.
_COUNTED_PERIODS = re.compile(r"(?P<unit>weeks?|months?)\s+(?P<dir>earlier|later)\b")
#: The count before such a period: 'A' month, 'two' weeks (searched back from the unit).
_PERIOD_COUNT = re.compile(r"\b(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d)\s+$")


#: 'On the last day of May', 'the first day of March 2024': a month's end or start.
_END_DAY = re.compile(
    rf"\b[Tt]he (?P<which>first|last) day of (?P<m>{_MONTH_WORD})(?![A-Za-z])(?:,? (?P<y>{_YEAR}))?"
)


def _end_days(text: str, published: date) -> list[_Found]:
    """ "the last day of May": that month's last day (of the year named, else the most recent
    such month)."""
    found: list[_Found] = []
    for m in _END_DAY.finditer(text):
        month = _month(m["m"])
        first = date(int(m["y"]), month, 1) if m["y"] else month_from_name(month, published)
        day = first if m["which"] == "first" else _add_months(first, 1) - timedelta(days=1)
        found.append((m.start(), m.end(), _Resolved(day, "day", full=bool(m["y"]))))
    return found


def _counted_periods(text: str) -> list[_Found]:
    """ "A month earlier", "two weeks later": counted, as days are, from the time named before
    (:func:`_chained`); weeks in days, months in months."""
    found: list[_Found] = []
    for m in _COUNTED_PERIODS.finditer(text):
        number = _PERIOD_COUNT.search(text, max(0, m.start() - 8), m.start())
        if number is None:
            continue
        count = _count(number["n"].lower()) * (7 if m["unit"].startswith("week") else 1)
        shift = count if m["dir"] == "later" else -count
        months = m["unit"].startswith("month")
        found.append(
            (number.start(), m.end(), _Resolved(date.min, "day", counted=shift, months=months))
        )
    return found


_DAY_WORD = re.compile(r"(?:[Dd]ays?|morning|afternoon|evening|night|hours?)(?![a-z])")
_COUNTED_REACH = 40  # characters before such a word a counted day can begin
_COUNTED_AFTER = 40  # characters after it the pattern may look at


def _counted_matches(text: str) -> list[re.Match[str]]:
    """``_COUNTED_DAYS.finditer(text)``, searched only around the words 'day', 'morning' ...
    (every match holds one, and texts name them far more rarely than they have words)."""
    found: list[re.Match[str]] = []
    end = 0
    for at, word_end in _day_words(text):
        if at < end:
            continue  # inside the last match
        m = _COUNTED_DAYS.search(text, max(end, at - _COUNTED_REACH), word_end + _COUNTED_AFTER)
        while m is not None and m.end() <= at:  # a match wholly before this word
            m = _COUNTED_DAYS.search(text, m.end(), word_end + _COUNTED_AFTER)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def _day_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of the whole words 'day(s)', 'Day(s)', 'morning' ... in text order, found
    with plain string searches (``_DAY_WORD`` with no letter before it)."""
    found = []
    for word in ("day", "Day", "morning", "afternoon", "evening", "night", "hour"):
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if word in ("day", "Day", "hour") and text.startswith("s", end):
                end += 1
            if not (at and text[at - 1].isalpha()) and not ("a" <= text[end : end + 1] <= "z"):
                found.append((at, end))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


_CHAIN_REACH = 3000  # characters back a counted day looks for the day it counts from


def _chained(text: str, found: list[_Found], published: date) -> list[_Found]:
    """Counted days resolved against the last day named before them (else ``published``);
    the day of a report ("the ministry said Friday") dates no event, and is counted from only
    within its own sentence ("said on Tuesday that the ships had sailed ... the previous
    day" is Monday)."""
    resolved: list[_Found] = []
    last: tuple[int, date] | None = None
    report: tuple[int, date] | None = None  # a report's day, to count from in its sentence
    told: tuple[int, date] | None = None  # the last day named not as a 'since' point
    period: tuple[int, _Resolved] | None = None  # the last month or year named
    first_told: date | None = None  # the first day named as an event's (the news's, mostly)
    for start, end, value in found:
        if (
            value.counted is not None
            and period is not None
            and "same" in text[start:end]
            and (last is None or period[0] > last[0])
            and not _SENTENCE_STOP.search(text, period[0], start)
        ):  # 'in June 2019, a Tu-95 entered Japanese airspace twice on the same day': a day of
            resolved.append((start, end, period[1]))  # June 2019, no later day
            continue
        if value.counted is None and value.precision in ("month", "year") and value.end is None:
            period = (end, value)
        if value.months:  # 'In September, ... A month earlier, ...': the month before it
            named = [p for p in (last, (period[0], period[1].start) if period else None) if p]
            if not named or start - max(named)[0] > _CHAIN_REACH:
                continue  # (counted from nothing named: no date)
            first = max(named)[1]
            value = _Resolved(_add_months(first.replace(day=1), value.counted or 0), "month")
            resolved.append((start, end, value))
            continue
        if (
            value.counted is not None
            and last is not None
            and text[last[0] : start] == ", "
            and _APPOSITION_END.match(text, end) is not None
        ):  # 'On Aug. 19, the day before it began, a landing ship sailed': the day restated
            resolved.append((start, end, _Resolved(last[1], "day")))
            continue
        if value.counted is not None:
            if "same" in text[start:end] and last is not told:
                last = told  # 'the same day' of an event told, not of 'the first since May 24'
            base = last[1] if last is not None and start - last[0] <= _CHAIN_REACH else published
            if first_told is not None and _THE_NEWS_AFTER.match(text, end):
                base = first_told  # 'two days before the incident': the news's day, told first
            if (
                report is not None
                and (last is None or report[0] > last[0])
                and not _SENTENCE_STOP.search(text, report[0], start)
            ):  # 'said on Tuesday that the ships had sailed north ... the previous day'
                base = report[1]
            value = _Resolved(base + timedelta(days=value.counted), "day")
        reported = _REPORTED_ON.search(text, max(0, start - 24), start) is not None
        if value.precision == "day" and value.end is None:
            if reported:
                report = (end, value.start)
            else:
                last = (end, value.start)
                if not _SINCE_BEFORE.search(text, max(0, start - 8), start):
                    told = last
                    first_told = first_told or value.start
        resolved.append((start, end, value))
    return resolved


_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
#: The rest of a day restated in apposition: 'On Aug. 19, the day before( it began),'.
_APPOSITION_END = re.compile(r"[^,.;\n]{0,30},")
#: What a count of days may be from: 'two days before the incident' (the one the news is of).
_THE_NEWS_AFTER = re.compile(
    r"\s+the (?:incident|lock-on|lockon|launch|intrusion|violation|encounter|collision|"
    r"transit|passage)\b"  # ('The day before the transit, a Ka-27 helicopter ... flew')
)
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")


_REPORTED_ON = re.compile(
    r"\b(?:(?:said|says|announced|reported|stated|told reporters|confirmed|claimed|alleged|"
    r"disclosed)|in a (?:[\w-]+ )?(?:statement|release|briefing))\s+(?:on\s+)?$"
)  # ('the office said in a statement on Thursday that ...')


def _weekend(text: str, published: date) -> list[_Found]:
    """ "over the weekend", "at the weekend", "this weekend", "last weekend"."""
    found: list[_Found] = []
    for m in _WEEKEND.finditer(text):
        words = _words_before(text, m.start(), 3)
        names = [word.lower() for word, _, _ in words]
        if names[:1] and names[0] in _WEEKEND_KINDS:  # 'during the holiday weekend'
            del words[0], names[0]
        if names[:1] == ["the"] and names[1:2] and names[1] in _WEEKEND_PREPOSITIONS:
            begin, relation = words[1][1], ""
        elif names[:1] and names[0] in ("this", "last"):
            begin, relation = words[0][1], names[0]
        else:
            continue
        saturday = date_from_weekday("saturday", published)
        if relation == "last" and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        found.append((begin, m.end(), _Resolved(saturday, "day", saturday + timedelta(days=1))))
    return found


def _told_as_past(text: str, begin: int, end: int) -> str:
    """The words of a period the news tells as past ('this week', 'earlier this week'); ''
    for the week of another year ('two years ago this week')."""
    return "" if text.endswith("ago ", 0, begin) else text[begin:end]


def _period(relation: str, unit: str, published: date, words: str = "") -> _Resolved:
    """The week, month or year named by ``relation`` ('this', 'last', 'next'). The week of the
    news told as past (``words`` 'this week', 'earlier this week') runs up to the news: in a
    report of Thursday, Monday to Thursday, and 'earlier this week' Monday to Wednesday."""
    shift = {"last": -1, "this": 0, "next": 1}[relation.lower().split()[-1]]
    if unit == "week":
        monday, sunday = week_of(published + timedelta(weeks=shift))
        if shift == 0 and words:
            sunday = min(sunday, published)
            if words[:7].lower() == "earlier" and published > monday:
                sunday = published - timedelta(days=1)
        return _Resolved(monday, "week", sunday)
    if unit == "month":
        return _Resolved(_add_months(published.replace(day=1), shift), "month")
    return _Resolved(date(published.year + shift, 1, 1), "year")


def _today(text: str, published: date) -> list[_Found]:
    """today / yesterday / tomorrow / tonight; capitalized only where a sentence starts."""
    found: list[_Found] = []
    for m in _TODAY.finditer(text):
        start = m.start()
        before = text[start - 1] if start else ""
        if before.isalpha() or (
            m.group()[0].isupper() and start and not _sentence_start(text, start)
        ):
            continue  # "News Today" is a name
        offset = {"yesterday": -1, "tomorrow": 1}.get(m.group().lower(), 0)
        if offset == -1 and text.endswith("the day before ", 0, start):
            offset, start = -2, start - len("the day before ")  # 'the day before yesterday'
        found.append((start, m.end(), _Resolved(published + timedelta(days=offset), "day")))
    return found


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 2) : start]
    if before[-1:] in ('"', "“") and (len(before) < 2 or before[0] in " \n"):
        return True  # a quote opening: '"Yesterday, at the combat training ranges ...'
    return before.endswith("\n") or before in (". ", "! ", "? ", '" ')


def _ago(text: str, published: date) -> list[_Found]:
    """ "three days ago", "two weeks ago"."""
    found: list[_Found] = []
    index = text.find(" ago")
    while index != -1:
        after = text[index + 4 : index + 5]
        m = None if after.isalpha() else _BEFORE_AGO.search(_before(text, index + 1))
        if m is not None:
            begin = index + 1 - (len(_before(text, index + 1)) - m.start())
            found.append((begin, index + 4, _ago_resolved(m, published)))
        index = text.find(" ago", index + 4)
    return found


def _ago_resolved(m: re.Match, published: date) -> _Resolved:
    number = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return _Resolved(published - timedelta(days=number), "day")
    if unit == "week" and number == 1 and m["n"].lower() in ("a", "one"):
        return _Resolved(published - timedelta(days=7), "day")  # 'a week ago': that day
    if unit == "week":
        monday, sunday = week_of(published - timedelta(weeks=number))
        return _Resolved(monday, "week", sunday)
    if unit == "month":
        return _Resolved(_add_months(published.replace(day=1), -number), "month")
    return _Resolved(date(published.year - number, 1, 1), "year")


# ---------------------------------------------------------------- assembly

_TIME_OF_DAY = re.compile(
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*"
)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    chosen: list[_Found] = []
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if any(start < c_end and c_start < end for c_start, c_end, _ in chosen):
            continue
        chosen.append((start, end, resolved))
    return sorted(chosen, key=lambda f: f[0])


def _mention(text: str, start: int, end: int, resolved: _Resolved) -> DateMention:
    precision = resolved.precision
    return DateMention(
        text=text[start:end],
        start=start,
        end=end,
        date=iso_date(resolved.start, precision),
        precision=precision,
        date_end=iso_date(resolved.end, precision) if resolved.end is not None else None,
    )


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name.lower()[:3]]


def _day(value: str) -> int:
    return int(value.rstrip("stndrh"))


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
