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
- Bare numbers are never dates: a year needs a preposition ("in 2019", "since 2012"),
  so "Tu-95", "H-6K", "Joint Sea 2021", "2 per cent", "17:44" and counts yield nothing.

The longest expression wins where two overlap ("Sunday, March 31" over "Sunday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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


# ---------------------------------------------------------------- public helpers


def date_from_weekday(weekday: str, published: date, *, relation: str = "") -> date:
    """Resolve a weekday name against the publication date.

    ``relation`` "" or "this": the most recent such weekday on or before ``published``
    (the same day counts); "last": strictly before; "next": strictly after.
    """
    target = WEEKDAYS.index(weekday.strip().lower().removesuffix("'s").removesuffix("’s"))
    back = (published.weekday() - target) % 7
    relation = relation.strip().lower()
    if relation == "last":
        return published - timedelta(days=back or 7)
    if relation == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    return published - timedelta(days=back)


def date_from_month_day(
    month: int, day: int, published: date, *, weekday: str | None = None
) -> date | None:
    """The year-resolved date of a month-day stated without a year (None if impossible).

    The publication year, or the year before when that is more than :data:`GRACE_DAYS`
    after ``published``. A stated ``weekday`` that fits the other year decides it.
    """
    candidates = [_safe_date(year, month, day) for year in (published.year, published.year - 1)]
    limit = published + timedelta(days=GRACE_DAYS)
    valid = [d for d in candidates if d is not None and d <= limit]
    if not valid:
        return None
    if weekday:
        target = WEEKDAYS.index(weekday.lower())
        fitting = [d for d in valid if d.weekday() == target]
        if fitting:
            return fitting[0]
    return valid[0]


def month_from_name(month: int, published: date, *, relation: str = "") -> date:
    """First day of the named month: the most recent one not after the publication month.

    ``relation`` "last": the most recent strictly before it; "this": the publication
    year's; "next": the first one after it.
    """
    relation = relation.strip().lower()
    year = published.year
    if relation == "next":
        year += 1 if month <= published.month else 0
    elif relation == "last":
        year -= 1 if month >= published.month else 0
    elif relation != "this":
        year -= 1 if month > published.month else 0
    return date(year, month, 1)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def dates_from_text(text: str, published: date) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published``, in text order."""
    return _mentions(text, published, _RULES)


def full_dates_from_text(text: str) -> list[DateMention]:
    """The dates stated with day, month and year ("2021-11-19", "November 19, 2021")."""
    return _mentions(text, date(2000, 1, 1), _RULES[:_FULL_RULES])


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


# ---------------------------------------------------------------- assembly

_TIME_OF_DAY = re.compile(
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*"
)


def _mentions(text: str, published: date, rules: tuple[_Rule, ...]) -> list[DateMention]:
    found: list[tuple[int, int, _Resolved]] = []
    for pattern, resolve in rules:
        for match in pattern.finditer(text):
            resolved = resolve(match, published)
            if resolved is not None:
                start, end = match.span("span") if "span" in match.re.groupindex else match.span()
                found.append((start, end, resolved))
    return [_mention(text, start, end, r) for start, end, r in _without_overlaps(found)]


def _without_overlaps(
    found: list[tuple[int, int, _Resolved]],
) -> list[tuple[int, int, _Resolved]]:
    chosen: list[tuple[int, int, _Resolved]] = []
    taken: list[tuple[int, int]] = []
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        chosen.append((start, end, resolved))
        taken.append((start, end))
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


def _g(match: re.Match, name: str) -> str:
    """A named group's text; "" when the pattern has no such group or it did not match."""
    return match.groupdict().get(name) or ""


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name.lower()[:3]]


def _day(value: str) -> int:
    return int(re.match(r"\d+", value).group())  # type: ignore[union-attr]


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# ---------------------------------------------------------------- patterns

_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d|%)"
_YEAR = r"(?<![\d.,$¥€£-])(?:1[89]\d\d|20\d\d)(?![\d%]|\s*(?:bn|tn|km|per ?cent|percent))"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TO = r"\s*(?:-|–|—|to|through|until|till)\s*"
_PREP = r"(?i:in|during|since|until|till|by|before|after|through|from|of|for|between|and|or)"
_MOD = r"(?i:early|late|mid-?|the end of|the beginning of|the start of|the middle of)"
_REL = r"(?i:last|this|next|earlier this|later this|late last|early last|earlier last)"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _full(m: re.Match, published: date) -> _Resolved | None:
    day = _safe_date(int(_g(m, "y")), _month(_g(m, "m")), _day(_g(m, "d")))
    return _Resolved(day, "day") if day else None


def _numeric(m: re.Match, published: date) -> _Resolved | None:
    day = _safe_date(int(_g(m, "y")), int(_g(m, "mo")), int(_g(m, "d")))
    return _Resolved(day, "day") if day else None


def _month_day(m: re.Match, published: date) -> _Resolved | None:
    month, day = _month(_g(m, "m")), _day(_g(m, "d"))
    if _g(m, "yr"):
        year = published.year - (1 if _g(m, "yr").lower() == "last" else 0)
        year += 1 if _g(m, "yr").lower() == "next" else 0
        resolved = _safe_date(year, month, day)
    else:
        resolved = date_from_month_day(month, day, published, weekday=_g(m, "wd"))
    return _Resolved(resolved, "day") if resolved else None


def _day_range(m: re.Match, published: date) -> _Resolved | None:
    month1 = _month(_g(m, "m1") or _g(m, "m2"))
    month2 = _month(_g(m, "m2") or _g(m, "m1"))
    day1, day2 = _day(_g(m, "d1")), _day(_g(m, "d2"))
    if _g(m, "y"):
        start = _safe_date(int(_g(m, "y")) - (1 if month2 < month1 else 0), month1, day1)
    else:
        start = date_from_month_day(month1, day1, published)
    if start is None:
        return None
    end = _safe_date(start.year + (1 if month2 < month1 else 0), month2, day2)
    if end is None or end <= start:
        return None
    return _Resolved(start, "day", end)


def _month_range(m: re.Match, published: date) -> _Resolved | None:
    month1, month2 = _month(_g(m, "m1")), _month(_g(m, "m2"))
    year = _g(m, "y")
    end = date(int(year), month2, 1) if year else month_from_name(month2, published)
    start = date(end.year - (1 if month1 > month2 else 0), month1, 1)
    if start == end:
        return None
    return _Resolved(start, "month", end)


def _month_year(m: re.Match, published: date) -> _Resolved | None:
    return _Resolved(date(int(_g(m, "y")), _month(_g(m, "m")), 1), "month")


def _month_relative_year(m: re.Match, published: date) -> _Resolved | None:
    shift = {"last": -1, "this": 0, "next": 1}[_g(m, "rel").lower()]
    return _Resolved(date(published.year + shift, _month(_g(m, "m")), 1), "month")


def _bare_month(m: re.Match, published: date) -> _Resolved | None:
    relation = (_g(m, "rel") or "").lower()
    return _Resolved(month_from_name(_month(_g(m, "m")), published, relation=relation), "month")


def _year(m: re.Match, published: date) -> _Resolved | None:
    return _Resolved(date(int(_g(m, "y")), 1, 1), "year")


def _year_range(m: re.Match, published: date) -> _Resolved | None:
    start, end = int(_g(m, "y1")), int(_g(m, "y2"))
    return _Resolved(date(start, 1, 1), "year", date(end, 1, 1)) if end > start else None


def _decade(m: re.Match, published: date) -> _Resolved | None:
    start = int(_g(m, "y"))
    return _Resolved(date(start, 1, 1), "year", date(start + 9, 1, 1))


def _fiscal_year(m: re.Match, published: date) -> _Resolved | None:
    """Japan's fiscal year: April to March."""
    year = int(_g(m, "y"))
    return _Resolved(date(year, 4, 1), "month", date(year + 1, 3, 1))


def _weekday(m: re.Match, published: date) -> _Resolved | None:
    relation = (_g(m, "rel") or "").lower()
    return _Resolved(date_from_weekday(_g(m, "wd"), published, relation=relation), "day")


def _weekend(m: re.Match, published: date) -> _Resolved | None:
    saturday = date_from_weekday("saturday", published)
    if (_g(m, "rel") or "").lower() == "last" and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return _Resolved(saturday, "day", saturday + timedelta(days=1))


def _period(m: re.Match, published: date) -> _Resolved | None:
    relation = _g(m, "rel").lower().split()[-1]
    shift = {"last": -1, "this": 0, "next": 1}[relation]
    unit = _g(m, "unit").lower()
    if unit == "week":
        return _Resolved(
            week_of(published + timedelta(weeks=shift))[0],
            "week",
            week_of(published + timedelta(weeks=shift))[1],
        )
    if unit == "month":
        return _Resolved(_add_months(published.replace(day=1), shift), "month")
    return _Resolved(date(published.year + shift, 1, 1), "year")


def _today(m: re.Match, published: date) -> _Resolved | None:
    word = (_g(m, "word") or _g(m, "word2")).lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return _Resolved(published + timedelta(days=offset), "day")


def _ago(m: re.Match, published: date) -> _Resolved | None:
    count = _g(m, "n").lower()
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    unit = _g(m, "unit").lower().rstrip("s")
    if unit == "day":
        return _Resolved(published - timedelta(days=number), "day")
    if unit == "week":
        monday, sunday = week_of(published - timedelta(weeks=number))
        return _Resolved(monday, "week", sunday)
    if unit == "month":
        return _Resolved(_add_months(published.replace(day=1), -number), "month")
    return _Resolved(date(published.year - number, 1, 1), "year")


_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?"
_YEAR_SUFFIX = r"(?:\s+(?P<yr>(?i:last|this|next))\s+year)?"
_NUMBER = r"(?:\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))"

_Rule = tuple[re.Pattern[str], Callable[[re.Match, date], "_Resolved | None"]]

#: The first rules find full dates (day, month and year), the rest resolve partial ones.
_FULL_RULES = 4

_RULES: tuple[_Rule, ...] = (
    # 2021-11-19, 2021/04/01, 2020.12.23
    (
        _compile(
            r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<mo>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            r"(?![\d/]|[.-]\d)"
        ),
        _numeric,
    ),
    # 23.11.2021 (day first)
    (
        _compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"),
        _numeric,
    ),
    # Friday, November 19, 2021 / Nov. 19 2021
    (_compile(rf"(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})"), _full),
    # 19 November 2021
    (
        _compile(
            rf"(?:{_WEEKDAY},?\s+)?(?<![\d.])(?P<d>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})"
        ),
        _full,
    ),
    # Sunday, March 31 / Dec. 9 / Dec. 22 last year / Sunday (June 17)
    (_compile(rf"{_WD_PREFIX}(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_YEAR_SUFFIX}"), _month_day),
    (_compile(rf"(?P<wd>{_WEEKDAY})\s+\((?P<m>{_MONTH})\s+(?P<d>{_DAY})\)"), _month_day),
    # 19 November / On 19 November
    (
        _compile(rf"{_WD_PREFIX}(?<![\d.,])(?P<d>{_DAY})\s+(?P<m>{_MONTH}){_YEAR_SUFFIX}"),
        _month_day,
    ),
    # July 20-23 / from July 20 to 23 / June 28 to July 2 / July 20-23, 2021
    (
        _compile(
            rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _day_range,
    ),
    # between March 21 and 24
    (
        _compile(
            rf"(?P<span>(?i:between)\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s+and\s+"
            rf"(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?)"
        ),
        _day_range,
    ),
    # 21–24 March / 30 July - 2 August 2021 / between 21 and 24 March
    (
        _compile(
            rf"(?<![\d.,])(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:{_TO}|\s+and\s+)"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _day_range,
    ),
    # from June to August 2022 / between June and August / June-August 2022
    (
        _compile(
            rf"(?:(?i:from|between)\s+)?(?P<m1>{_MONTH})(?:{_TO}|\s+and\s+)(?P<m2>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\s*\d)"
        ),
        _month_range,
    ),
    # July 2019 / mid-July 2019 / June of 2019
    (_compile(rf"(?:{_MOD}\s*)?(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})"), _month_year),
    # March this year / December last year
    (_compile(rf"(?P<m>{_MONTH})\s+(?P<rel>(?i:last|this|next))\s+year"), _month_relative_year),
    # in June / since February / early May / last June
    (
        _compile(
            rf"(?:{_PREP}\s+(?:the\s+)?)(?P<span>(?:(?P<mod>{_MOD})\s*)?(?P<m>{_MONTH}))"
            r"(?!\s*\d)"
        ),
        _bare_month,
    ),
    (
        _compile(
            rf"(?P<span>(?:(?P<rel>(?i:last|this|next))|(?P<mod>{_MOD}))\s*(?P<m>{_MONTH}))"
            r"(?!\s*\d)"
        ),
        _bare_month,
    ),
    # in 2019 / since 2012 / between 2019 and 2021 / the 1960s / fiscal 2024
    (_compile(rf"(?:{_PREP}|{_MOD})\s+(?P<span>(?P<y>{_YEAR}))(?!\s*[-–]\w)"), _year),
    (
        _compile(
            rf"(?i:from|between)\s+(?P<span>(?P<y1>{_YEAR}){_TO.replace('to|', 'to|and|')}"
            rf"(?P<y2>{_YEAR}))"
        ),
        _year_range,
    ),
    (_compile(r"(?i:the\s+)(?P<span>(?P<y>(?:1[89]|20)\d0)s)\b"), _decade),
    (_compile(rf"(?P<span>(?i:fiscal\s+(?:year\s+)?)(?P<y>{_YEAR}))"), _fiscal_year),
    (_compile(rf"\bFY\s?(?P<y>{_YEAR})"), _fiscal_year),
    # on Friday / Tuesday morning / late Friday / Friday's / last Friday
    (
        _compile(
            rf"(?:(?P<rel>(?i:last|this|next))\s+)?(?P<wd>{_WEEKDAY})(?:['’]s)?(?![A-Za-z])"
            r"(?:\s+(?i:morning|afternoon|evening|night))?"
        ),
        _weekday,
    ),
    (
        _compile(
            r"(?i:over|at|during|on|this|last)\s+(?:(?P<rel>(?i:the|this|last))\s+)?"
            r"(?P<span>(?i:weekend))"
        ),
        _weekend,
    ),
    # this week / last month / earlier this year
    (_compile(rf"(?P<rel>{_REL})\s+(?P<unit>(?i:week|month|year))(?![a-z])"), _period),
    # today / yesterday / this morning / tonight
    (
        _compile(
            r"\b(?P<word>today|yesterday|tomorrow|tonight)\b"
            r"|(?:(?<=\n)|(?<=[.!?] )|^)(?P<word2>Today|Yesterday|Tomorrow|Tonight)\b"
        ),
        _today,
    ),
    (_compile(r"(?P<word>(?i:(?:earlier |later )?this (?:morning|afternoon|evening)))"), _today),
    # three days ago / two weeks ago
    (
        _compile(rf"\b(?P<n>{_NUMBER})\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)"),
        _ago,
    ),
)
