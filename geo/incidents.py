"""Incidents from articles: who did what, when, where, with what, read from the sentences.

Per article: split sentences (offsets kept), find event triggers, read the clause around each
trigger for actors, assets, counts, dates (``geo.dates``) and places (``geo.places``), fill
what a clause leaves out from its context (the sentences before, the article's dated reports,
the publication date), then merge the same incident within the article and across articles
(:mod:`geo.merge`). Every incident keeps the sentences it came from and a one-line reason.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import cast

from geo import _triggers as tr
from geo._errors import ArticleError
from geo._noise import ITEM_STAMP
from geo._tense import Retold, told_in_past
from geo.merge import AMONG_THEM, date_interval, incident_id, merge_incidents, sides_fit
from geo.records import Article, DateMention, Incident, PlaceMention, Source

__all__ = [
    "incidents_from_article",
    "incidents_from_articles",
    "incidents_or_none",
    "merge_incidents",
]

log = logging.getLogger(__name__)

_BACKGROUND_DAYS = 21
_CONTEXT_SENTENCES = 3
_AFTER_SENTENCES = 3  # how many sentences after an incident may date it
_ELABORATION_SENTENCES = 8
_SAME_SIDE_SENTENCES = 5  # sentences apart an undated incident takes its side's date
_ROUTE_KINDS = frozenset({"sea", "ocean", "strait", "channel"})
_WEAK_KINDS = frozenset({"city", "base", "country", "prefecture", "region"})
#: A sentence that speaks again of what the one before reported: 'The six aircraft ...' at its
#: start, or 'from each country' anywhere.
_ANAPHOR_HEAD = re.compile(
    r"\W*(?:The|These|Those|Both|All|A total of|Of the)\s+(?:[\w’'-]+\s+){0,3}?(?:aircraft|planes|"
    r"bombers|"
    r"jets|fighters|drones|ships|vessels|warships|destroyers|frigates|flotilla|fleet|formation|"
    r"drills?|"
    r"exercises?|patrols?|flights?|carrier|group|submarine|boats)\b"
)
_ANAPHOR_ANYWHERE = re.compile(r"\bfrom each (?:country|side)\b")
_SHARED_TAIL = re.compile(r"\b(?:both|all|each) of (?:which|them)\b", re.I)
_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ed|\w+ing|held|flown|sent|made)\b"
)
_NUMERIC_STAMP = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")
_PROSE_BEFORE = re.compile(r"\b(?:[Oo]n|from|until|through|between|and|to)\s+$")
_SINCE = re.compile(
    r"\b(?:(?:from|until|commissioned in|in about)\s+(?:the\s+)?|since\b[^,.;]{0,75})$", re.I
)
_WHEN_AFTER = re.compile(r",? when\b")
_STAYED_UNTIL = re.compile(
    r"\b(?:stayed|remained|(?:had|has|have) been [a-z]+ing\b[^.;]{0,100}?)"
    r"(?: there| inside| in the (?:waters|zone))? until\s+$"
)  # ('had been sailing in Japan's contiguous zone around the islands until Friday afternoon')
#: The end of a span whose start the clause named: 'From Tuesday evening until Wednesday morning'.
_FROM_UNTIL = re.compile(r"\b[Ff]rom\b[^.;]{1,40}?\b(?:until|till)\s+(?:the\s+)?$")
#: 'since the first one in July 2019': the time of that first one, an event of its own.
_SINCE_THE_FIRST = re.compile(
    r"\bsince (?:the|its|their) (?:first|last|previous)(?: [\w-]+){0,2}?,? (?:in|on)\s+$"
)
_REPORT_BEFORE = re.compile(
    r"(?:\b(?:said|says|announced|told \w+(?: \w+){0,3}?(?: by (?:tele)?phone)?|reported|stated|"
    r"released|briefing|claimed|alleged|disclosed|"
    r"release|report|"  # 'according to a ministry release earlier this week'
    r"(?<!was )(?<!were )(?<!been )confirmed|"  # 'was confirmed on Saturday' saw it then
    r"statement|conference)\s+(?:(?:later|earlier)\s+on\s+|on\s+|late\s+|early\s+|that\s+)?"
    r"(?:\w+\s*\(\s*)?)$",  # ('said later on Wednesday', 'told Stars and Stripes by phone')
    re.I,
)
#: A protest's day: 'lodged a protest with Russia on Tuesday', 'protested on Dec. 13'.
_PROTEST_BEFORE = re.compile(r"\bprotest(?:ed)?(?: (?:with|to) [A-Z][\w.]+)?\s+(?:on\s+)?$")
#: A date in a source's label: 'Notes (Japan Ministry of Defense, June 9-10): ...'.
_SOURCE_LABEL = re.compile(
    r"\((?:[\w'’.-]+\s+){0,5}(?:Ministry|Office|Staff|Agency|Command|Guard|Defen[cs]e|News|"
    r"Press)\b[^()]{0,30},\s*$"
)
#: Every match of _SINCE, and of _REPORT_BEFORE, holds one of these (in lower case).
_SINCE_WORDS = ("from", "until", "commissioned in", "in about", "since")
_REPORT_WORDS = (
    *("said", "says", "announced", "told", "reported", "stated", "released", "confirmed"),
    *("claimed", "alleged", "disclosed"),
    *("release", "report"),
    *("briefing", "statement", "conference"),
)


def _may_hold(lowered: str | None, words: tuple[str, ...]) -> bool:
    """False only when ``lowered`` (a lower-cased text, if known) holds none of ``words``."""
    return lowered is None or tr.holds_any(lowered, words)


_REPORT_AFTER = re.compile(
    r"^\W*(?:(?:evening|morning|afternoon|night)\W+)?(?:[\w’'.-]+\s+){0,5}?"
    r"(?:said|says|announced|told|reported|briefed|stated|"
    r"(?<!was )(?<!were )(?<!been )confirmed(?!\s+(?:the|a|an|one|two|three|four|five|six|"
    r"\d+)\b))\b",
    re.I,
)  # ('June 7: the ministry confirmed the carrier Liaoning operating ...' and 'On Wednesday,
# the same five vessels were confirmed sailing ...' date a sighting)
#: News agencies whose name follows a dateline's date unbracketed: 'TOKYO, Nov. 24 Kyodo -'.
_AGENCY = r"(?:Kyodo|Reuters|AFP|AP|Jiji(?: Press)?|Yonhap|Xinhua|Interfax|TASS|CNA|NHK)"
#: A day that names a statement: 'said in a Thursday statement that the patrol began Nov. 17'.
_REPORT_NOUN_AFTER = re.compile(
    r"\s*(?:statement|release|briefing|news release|press release|news conference|press "
    r"conference)\b"
)
_REPORT_RIGHT_AFTER = re.compile(
    r"^\s*(?:(?:said|says|announced|told|reported|stated|dismissed|denied|criticized|"
    r"criticised|protested|accused|rejected|warned|urged|condemned|slammed)\b|"
    r"\((?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))(?:[A-Z][\w .]+)\)\s*(?:-|–|—|(?=[A-Z]))|"
    # "Taipei, Sept. 1 (CNA) Japan's ...", not a chronology's "Jan. 9 (Mon) -- Six bombers fly"
    rf"{_AGENCY}\s*[-–—]|"  # "TOKYO, Nov. 24 Kyodo - China on Saturday ..."
    r"\.?\s*/[A-Z]+/)"
)
#: A dateline without an agency: 'BEIJING, Nov. 9 -- The Eastern Theater Command ...'.
_CITY_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]{2,},\s*$")
_DASH_AFTER = re.compile(r"\s*[-–—]{1,3}\s")
_COMMA = re.compile(r"[,;]")
_CONJUNCTION = re.compile(r"\band\b|\bafter\b|\bbefore\b|\bwhile\b|\bwhen\b")
_BY = re.compile(r"^[\w -]{0,25}?\bby (?:an? |the |two |three |four )?")
_EXERCISE = tr.CaselessPattern(r"exercise|drill", ("exercise", "drill"))
_JOINED = re.compile(r"\s*(?:and|,|-|/)\s*")
_AND_COMMA = re.compile(r"\s*(?:and|,)\s*")
_PLATFORMS_JOINED = re.compile(r"[^,.;]{0,40}?\band (?:two |three |four |five |six |\d+ )?")
_BETWEEN_OPEN = re.compile(r"\bbetween\b[^,]*$")
_AGENCY_DATELINE = re.compile(rf"\(\w[\w ]*\)\s*[-–—]|/TASS/|\d {_AGENCY} [-–—]")
_DATELINE = re.compile(
    # "SEOUL, South Korea (AP) -", "TOKYO, April 12 (Kyodo) --", "NAHA, Okinawa Pref. -"
    r"[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?(?:,\s*[A-Z][a-z]*\.?\s+\d+)?"
    rf"\s*(?:\([^)]{{1,40}}\)|{_AGENCY})?\s*(?:[-–—]{{1,3}}|:)\s|"
    r"[A-Z ,]+(?=,|\s\()"
)
_WORD = re.compile(r"\w")
_LEAD_IN = re.compile(r"^\W*(?:On|on|Late|Early)\b")
#: ',', ';' and the words 'and' and 'but' (r",|;|\band\b|\bbut\b", written so that every
#: alternative opens with its character: the regex engine then skips quickly to them).
_BOUNDARY_WORDS = re.compile(r",|;|a(?<!\wa)nd\b|b(?<!\wb)ut\b")
_WATCHED_BY = tr.CaselessPattern(
    r"scrambl\w+|intercepted by|monitor(?:ed)? by|tracked by|spotted by|"
    r"detected by|confirmed by",
    ("scrambl", "by"),
)


@dataclass
class _Draft:
    """An incident while it is being read (mutable inside this module only)."""

    kind: str
    sentence: int
    start: int  # clause span, article offsets
    end: int
    trigger_at: int
    actors: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    count: int | None = None
    date: DateMention | None = None
    date_reason: str = ""
    places: tuple[PlaceMention, ...] = ()
    role: str = "primary"
    sources: list[tuple[int, int]] = field(default_factory=list)
    elaborates: _Draft | None = None
    responds_to: _Draft | None = None
    own_place: bool = False
    report: DateMention | None = None
    clause_text: str = ""
    absorbed_into: _Draft | None = None
    since: bool = False
    anaphoric: bool = False  # 'fighters took off from the carrier' right after its passage
    habit_of: str | None = None  # the clause text ``habitual`` was read from
    habitual: bool = False
    own_at: int = 0  # where its clause would begin if the sightings it absorbed stood apart
    weak: bool = False  # read from a flight or a sighting alone (see _WEAK_TRIGGERS)
    implied: bool = False  # the flight a scramble answers (see _implied_flight)
    listed: bool = False  # earlier ones listed with their dates (see _listed_kind)


@dataclass(frozen=True)
class _Text:
    """An article prepared for reading: sentences and mentions indexed by offset."""

    article: Article
    spans: tuple[tuple[int, int], ...]
    places: tuple[PlaceMention, ...]
    place_starts: tuple[int, ...]
    dates: tuple[DateMention, ...]
    date_starts: tuple[int, ...]
    reference: date | None
    lowered: str | None  # the article text in lower case, if it is foldable (see _triggers)
    openings: tr.Openings | None = None  # where actor names and assets can begin
    stated_period: tuple[date, date] | None = None  # the period a digest's heading states
    quotes: dict[tuple[int, int], str] = field(default_factory=dict)  # one string per span
    memo: dict[tuple, object] = field(default_factory=dict)  # readings asked for more than once

    def sentence(self, index: int) -> str:
        start, end = self.spans[index]
        return self.article.text[start:end]

    def quote(self, start: int, end: int) -> str:
        """``article.text[start:end]``, one string shared by every source quoting it."""
        found = self.quotes.get((start, end))
        if found is None:
            found = self.quotes[(start, end)] = self.article.text[start:end]
        return found

    def lowered_of(self, start: int, end: int) -> str | None:
        """The lower case of ``article.text[start:end]`` when the article is foldable."""
        return self.lowered[start:end] if self.lowered is not None else None

    def actor_mentions(self, start: int, end: int) -> list[tr.ActorMention]:
        """``tr.actor_mentions(article.text[start:end])``, tried only where a name can begin;
        read once per span (callers do not change the list)."""
        key = ("actors", start, end)
        found = self.memo.get(key)
        if found is None:
            starts = self.openings.actors_within(start, end) if self.openings else None
            found = self.memo[key] = tr.actor_mentions(self.article.text[start:end], starts)
        return found  # type: ignore[return-value]

    def background_cue(self, index: int) -> re.Match[str] | None:
        """``tr.BACKGROUND_CUE`` searched in sentence ``index`` (read once per sentence)."""
        key = ("cue", index)
        if key not in self.memo:
            self.memo[key] = tr.BACKGROUND_CUE.search(
                self.sentence(index), 0, self.lowered_of(*self.spans[index])
            )
        return self.memo[key]  # type: ignore[return-value]

    def assets_in(self, start: int, end: int, skip) -> tuple[str, ...]:
        """``tr.assets_from_text(article.text[start:end], skip)``, tried only where an asset
        can begin."""
        starts = self.openings.assets_within(start, end) if self.openings is not None else None
        return tr.assets_from_text(self.article.text[start:end], skip, starts)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        """Places that begin at or after ``start`` and lie before ``end``."""
        first = bisect_left(self.place_starts, start)
        last = bisect_left(self.place_starts, end, first)
        return [p for p in self.places[first:last] if p.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Dates that begin at or after ``start`` and before ``end``."""
        first = bisect_left(self.date_starts, start)
        return list(self.dates[first : bisect_left(self.date_starts, end, first)])


# --- public --------------------------------------------------------------------------------


def incidents_from_article(article: Article, gazetteer) -> list[Incident]:
    """The incidents one article reports, merged within the article, in text order."""
    retold = told_in_past(article.text)
    if retold is not None:  # a chronology told in the present: read it in the past tense,
        read = _incidents_read(replace(article, text=retold.text), gazetteer)  # and quote
        return merge_incidents(_as_written(i, article, retold) for i in read)  # as written
    return merge_incidents(_incidents_read(article, gazetteer))


def _as_written(incident: Incident, article: Article, retold: Retold) -> Incident:
    """``incident``, read in ``retold``, with its sources quoting ``article`` as written."""
    sources = tuple(
        replace(
            source,
            start=(start := retold.original_offset(source.start)),
            end=(end := retold.original_offset(source.end)),
            quote=article.text[start:end],
        )
        for source in incident.sources
    )
    key = incident_id(incident.type, incident.date, incident.actors, article.doc, sources[0].start)
    return replace(incident, id=key, sources=sources)


def _incidents_read(article: Article, gazetteer) -> list[Incident]:
    hits, openings = tr.scan_text(article.text)
    if not hits:
        return []
    spans = tuple(tr.sentence_spans(article.text))
    lowered = article.text.lower() if tr.foldable(article.text) else None
    triggered = _triggered_sentences(article.text, spans, hits, lowered)
    if not any(found for _, found in triggered):
        return []
    last = min(max(index for index, found in triggered if found) + 1, len(spans) - 1)
    while last + 1 < len(spans) and _LIST_ITEM.match(article.text[slice(*spans[last + 1])]):
        last += 1  # the items of a list of earlier incidents the last trigger heads
    if any(found and _REGARDING.match(article.text[slice(*spans[i])]) for i, found in triggered):
        last = min(last + _SUBJECT_REACH, len(spans) - 1)  # a release's subject line: the
        # date and time it states come in the lines below it
    end = spans[last][1]
    dated_to = spans[min(last + _AFTER_SENTENCES - 1, len(spans) - 1)][1]
    text = _prepared(article, spans, gazetteer, end, dated_to, lowered, openings)
    drafts = _drafts_from_sentences(text, triggered, gazetteer)
    drafts = _resolved(text, drafts, gazetteer)
    incidents = [_incident_from_draft(text, draft, gazetteer) for draft in drafts]
    read = [i for i in incidents if i is not None]
    log.info("read %d incidents in %s", len(read), article.doc)
    return read


def _triggered_sentences(text: str, spans, hits, lowered: str | None) -> list[tuple[int, list]]:
    """(sentence index, its triggers) for every sentence; patterns run only where a keyword
    of their kind occurs."""
    starts = [start for start, _ in spans]
    kinds: dict[int, set[str]] = {}
    for last, found in hits:
        index = bisect_right(starts, last) - 1
        if index >= 0 and last < spans[index][1]:
            kinds.setdefault(index, set()).update(found)
    return [
        (
            index,
            tr.triggers_from_sentence(
                text[s:e], kinds[index], lowered[s:e] if lowered is not None else None
            )
            if index in kinds
            else [],
        )
        for index, (s, e) in enumerate(spans)
    ]


def incidents_from_articles(
    articles: Iterable[Article | ArticleError], gazetteer
) -> list[Incident]:
    """Stream articles (one in memory at a time) and merge their incidents across articles.

    An :class:`ArticleError` in the stream is logged and skipped; the rest goes on.
    """
    return merge_incidents(_stream(articles, gazetteer))


def _stream(articles, gazetteer) -> Iterator[Incident]:
    for article in articles:
        if isinstance(article, ArticleError):
            log.warning("%s", article)
            continue
        yield from incidents_or_none(article, gazetteer)


def incidents_or_none(article: Article, gazetteer) -> list[Incident]:
    """:func:`incidents_from_article`, or none when reading this article fails: the failure
    is logged on one line naming the article, and the rest of a batch goes on."""
    try:
        return incidents_from_article(article, gazetteer)
    except Exception as error:  # one article's fault must not stop the batch
        log.error(
            "%s: could not read its incidents (%s: %s); skipped, the rest goes on",
            article.doc,
            type(error).__name__,
            error,
        )
        return []


# --- preparing an article ------------------------------------------------------------------


def _prepared(
    article: Article, spans, gazetteer, end: int, dated_to: int, lowered: str | None, openings
) -> _Text:
    """Places of the article up to ``end``, the sentence after its last trigger, and dates up
    to ``dated_to``, the last sentence that can date an incident told before it ('The exercise
    was held from August 1 to 5'): what comes later cannot place or date an incident; what
    comes before can, by reference."""
    places = _places_of(article.text[:end], gazetteer)
    reference = article.published or _reference_date(article.text)
    stated = _period_stated(article.text[:_HEADING_REACH], article.published)
    dates = _dates_of(article.text[:dated_to], _dated_against(reference, stated))
    if reference is not None:
        dates = _sections_dated(article.text[:dated_to], dates, reference)
    return _Text(
        article=article,
        spans=spans,
        places=places,
        place_starts=tuple(p.start for p in places),
        dates=dates,
        date_starts=tuple(d.start for d in dates),
        reference=reference,
        lowered=lowered,
        openings=openings,
        stated_period=stated,
    )


_PLACE_CACHE: OrderedDict[tuple[int, str], tuple[PlaceMention, ...]] = OrderedDict()
_CACHE_SIZE = 2048


def _places_of(text: str, gazetteer) -> tuple[PlaceMention, ...]:
    """Place mentions of a text, cached per gazetteer and text: the same wire story reprinted
    by many outlets is read once. The cache is bounded (least recently used goes first)."""
    from geo.places import places_from_text

    key = (id(gazetteer), hashlib.sha1(text.encode("utf-8")).hexdigest())
    found = _PLACE_CACHE.get(key)
    if found is None:
        found = tuple(sorted(places_from_text(text, gazetteer), key=lambda p: p.start))
        _PLACE_CACHE[key] = found
        if len(_PLACE_CACHE) > _CACHE_SIZE:
            _PLACE_CACHE.popitem(last=False)
    else:
        _PLACE_CACHE.move_to_end(key)
    return found


def _dates_of(text: str, reference: date | None) -> tuple[DateMention, ...]:
    from geo.dates import dates_from_text

    if reference is None:
        return ()
    return tuple(sorted(dates_from_text(text, reference), key=lambda d: d.start))


def _sections_dated(
    text: str, dates: tuple[DateMention, ...], reference: date
) -> tuple[DateMention, ...]:
    """A page of dated items ('16.03.2021 (16:40)' on a line of its own, then the item): the
    relative dates of an item ('Today', 'yesterday') count from the item's own stamp, not from
    the page's publication."""
    stamps = _stamps(text)
    if not any(day < reference for _, _, day in stamps):
        return dates
    kept = list(dates)
    for number, (_, begins, day) in enumerate(stamps):
        if not 0 < (reference - day).days <= _SECTION_DAYS:
            continue
        ends = stamps[number + 1][0] if number + 1 < len(stamps) else len(text)
        kept = [m for m in kept if not begins <= m.start < ends]
        kept.extend(
            replace(m, start=m.start + begins, end=m.end + begins)
            for m in _dates_of(text[begins:ends], day)
        )
    return tuple(sorted(kept, key=lambda m: m.start))


def _stamps(text: str) -> list[tuple[int, int, date]]:
    """The item stamps of a news page: where each begins and ends, and its day."""
    stamps = []
    for found in _STAMP_LINE.finditer(text):
        try:
            if found["y"]:
                day = date(int(found["y"]), int(found["m"]), int(found["d"]))
            else:
                month = _MONTH_NUMBERS[found["month"][:3].lower()]
                day = date(int(found["y2"]), month, int(found["d2"]))
        except ValueError:
            continue
        stamps.append((found.start(), found.end(), day))
    return stamps


def _news_day(text: _Text, at: int) -> date | None:
    """The day the news at ``at`` was told: its page item's stamp ('21.09.2021 (12:40)' over
    an item of a page out on 23 September), else the article's publication."""
    published = text.article.published
    stamps = cast("list[tuple[int, int, date]] | None", text.memo.get(("stamps",)))
    if stamps is None:
        stamps = _stamps(text.article.text) if published else []
        text.memo[("stamps",)] = stamps
    day = next((d for begins, _, d in reversed(stamps) if begins <= at), None)
    if published is None or day is None or not 0 < (published - day).days <= _SECTION_DAYS:
        return published
    return day


#: A news page's item stamp on a line of its own: '16.03.2021 (16:40)'.
_STAMP_LINE = re.compile(f"(?m)^{ITEM_STAMP}")
_SECTION_DAYS = 31  # how far back an item of the same page may be dated


def _dated_against(reference: date | None, period: tuple[date, date] | None) -> date | None:
    """The day a text's relative dates count back from: its publication, or the last day of
    the month ``period``, the month a monthly digest reports on, as its heading states it
    ('PACIFIC WATCH | MONTHLY / August 2026', out on Sept. 5: 'From the 3rd to the 5th' and
    'On the 14th' are August's)."""
    if reference is None:
        return reference
    if (
        period is None
        or period[0].day != 1
        or period[0].month != period[1].month
        or period[1].month == reference.month
    ):  # (a weekly digest's days, a half-year tracker's months, or the month of publication)
        return reference
    return period[1]


_FULL_DATE = re.compile(
    r"\b(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b|"
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(20\d\d)\b"
)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _reference_date(text: str) -> date | None:
    """Without a publication date: the latest full date written in the text, if any."""
    found = []
    for match in _FULL_DATE.finditer(text):
        try:
            if match.group(1):
                found.append(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
            else:
                month = _MONTHS.index(match.group(4).lower()) + 1
                found.append(date(int(match.group(6)), month, int(match.group(5))))
        except ValueError:
            continue
    return max(found) if found else None


# --- reading sentences -------------------------------------------------------------------


#: A flight with a subject of its own after a stronger incident's clause: '..., and two Il-38
#: patrol planes flew over the Sea of Japan'.
_OWN_FLIGHT = re.compile(
    r",\s+(?:and|while)\s+(?:two|three|four|five|six|an?|one|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[A-Z][A-Za-z]{0,3}-\d{1,4}\w*)(?:\s+[\w-]+){0,3}\s+$"
)


def _drafts_from_sentences(text: _Text, triggered, gazetteer) -> list[_Draft]:
    drafts: list[_Draft] = []
    heading: tuple[int, tr.Trigger] | None = None  # a list of earlier incidents: line, trigger
    for index, triggers in triggered:
        if not triggers and not drafts and heading is None:
            continue  # nothing to report and nothing to add to
        sentence = text.sentence(index)
        if heading is not None:
            item = _listed_incident(text, index, *heading) if not triggers else None
            if item is not None:
                drafts.append(item)
                heading = (index, heading[1])
                continue
            heading = None
        if (
            triggers
            and _LIST_HEADING.search(sentence)
            and _LIST_ITEM.match(text.sentence(index + 1) if index + 1 < len(text.spans) else "")
        ):
            named = [t for t in triggers if t.kind != "earlier_list"] or triggers
            heading = (index, named[0])  # 'Reference: previous violations of ... airspace'
            continue
        strong = [
            t
            for t in triggers
            if t.kind not in _WEAK_TRIGGERS or t.kind == "flight" and _OWN_FLIGHT.search(
                sentence, max(0, t.start - 60), t.start
            )
        ]
        if strong and all(t.kind in _WEAK_TRIGGERS for t in strong):
            strong = []  # (a flight of its own counts only beside a stronger incident)
        if not strong:
            releases = text if "[" in text.article.text else None  # '[Release 2]' heads
            parent = _parent(drafts, index, releases) if drafts else None
            adds = (
                parent is not None
                and _FIRST_SINCE_WHEN.search(sentence) is None  # (an earlier one of its own)
                and (
                    _elaborates(sentence, triggers, parent)
                    or _follows_up(text, index, parent, triggers)
                )
            )
            if (adds or triggers) and not tr.SKIP_SENTENCE.found(
                sentence, text.lowered_of(*text.spans[index])
            ):
                if adds and parent is not None:
                    drafts.append(_elaboration(text, index, parent))
                else:
                    drafts.extend(_drafts_from_triggers(text, index, triggers, drafts))
            continue
        if tr.SKIP_SENTENCE.found(sentence, text.lowered_of(*text.spans[index])):
            continue
        if all(t.kind == "scramble" for t in strong):
            strong = triggers  # 'A Tu-142 flew near Japan, and the ASDF scrambled fighters'
        elif _before_cue(text, index, strong, triggers):
            strong = triggers  # 'Bombers flew over the sea, days after jets locked radar
        elif len(strong) < len(triggers):
            strong = _dated_apart(text, index, triggers)
        drafts.extend(_drafts_from_triggers(text, index, strong, drafts, triggers))
    return drafts


def _dated_apart(text: _Text, index: int, triggers) -> list[tr.Trigger]:
    """The strong triggers of a sentence, and a flight or sighting after one of them that the
    sentence dates apart ('..., and the following day an unmanned aircraft flew about 200 km
    north of the Senkakus'): a weak trigger is otherwise a detail of the strong one."""
    start, end = text.spans[index]
    kept: list[tr.Trigger] = []
    for position, trigger in enumerate(triggers):
        if trigger.kind in _WEAK_TRIGGERS:
            later = triggers[position + 1] if position + 1 < len(triggers) else None
            after = start + later.start if later is not None else end
            dated_before = kept and text.dates_in(start + kept[-1].end, start + trigger.start)
            between = text.dates_in(start + trigger.end, after) if not kept else []
            dated_after = (  # (and what follows has a date of its own, or is a sighting too)
                between
                and (
                    later is None
                    or later.kind in _WEAK_TRIGGERS
                    or len(between) > 1  # 'flew a similar loop around Japan in August last
                    or text.dates_in(start + later.end, end)  # year, and in February last
                    or {m.date for m in _events_before(text, index, trigger)}
                    - {m.date for m in between}  # year two Russian Su-27 fighters intruded
                )  # ...'; 'In late January, two Tu-142MZ aircraft flew ..., and in December
            )  # last year Tu-95MS bombers took part in a joint patrol')
            if later is not None and not dated_before and not dated_after:
                sentence = text.sentence(index)
                own = _CARRIER_NAME.findall(sentence, 0, trigger.start)[-1:]
                other = _CARRIER_NAME.findall(sentence, max(0, later.start - 60), later.end)
                if not tr.carriers_fit(own, other):  # 'the Liaoning had operated near
                    dated_after = True  # Minamitorishima ..., while the Shandong conducted
                    # flight operations southwest of Okinotorishima': two carriers at work
            if not dated_before and not dated_after and not _other_domain(text, index, trigger):
                continue  # ('A plane flew over the Senkakus in December 2012, a drone was seen
        kept.append(trigger)  # ... in May 2017, and a Y-9 entered Japanese airspace ...')
    return kept


def _events_before(text: _Text, index: int, trigger: tr.Trigger) -> list[DateMention]:
    """The event dates of sentence ``index`` before ``trigger`` (not 'said on Wednesday')."""
    at = text.spans[index][0] + trigger.start
    return [m for m in _sentence_event_dates(text, index) if m.start < at]


def _other_domain(text: _Text, index: int, weak: tr.Trigger) -> bool:
    """Whether a flight's clause names only aircraft and the clause after it only ships, or
    the other way round: 'A WZ-7 drone flew a long loop off Taiwan's east coast, while three
    warships sailed north through ...' is two incidents, not the ships' passage."""
    sentence = text.sentence(index)
    cut = _COMMA_WHILE.search(sentence, weak.end)
    if cut is None:
        return False
    own = tr.asset_domains(tr.assets_from_text(sentence[: cut.start()]))
    rest = tr.asset_domains(tr.assets_from_text(sentence[cut.end() :]))
    return len(own) == len(rest) == 1 and own != rest


#: Where one side's act ends and another platform's begins: ', while', ', as', '; '.
_COMMA_WHILE = re.compile(r",\s+(?:while|as|and|whereas)\s+|;\s+")


#: China's carriers by name (as :data:`geo._triggers.CARRIER_NAMES`).
_CARRIERS = "|".join(sorted(tr.CARRIER_NAMES))
_CARRIER_NAME = re.compile(rf"\b(?:{_CARRIERS})\b")
_AREA_BEFORE = re.compile(r"\barea\s+$")
_PART_OF = re.compile(
    r"\bover (?:the )?(?:[\w-]+ )?(?:part|parts|waters) of (?:the )?(?:[A-Z][\w-]* )?$"
)
#: A heading over a list of earlier incidents: 'Reference: previous violations of Japan's
#: territorial airspace by Chinese aircraft', 'Past cases:'.
_LIST_HEADING = re.compile(r"\b(?:[Pp]revious|[Pp]ast|[Ee]arlier|[Pp]rior|[Rr]eference)\b")
#: An item of such a list: '(1) December 13, 2012: one fixed-wing aircraft ...'.
_LIST_ITEM = re.compile(r"^\W*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-•*])\s*[^:]{4,40}:\s")


def _listed_incident(text: _Text, index: int, previous: int, trigger: tr.Trigger) -> _Draft | None:
    """One item under a heading of earlier incidents ('(2) May 18, 2017: one object
    resembling a small drone ... over the territorial waters around the Senkaku Islands'): an
    incident of the heading's kind, by the heading's side unless the item names its own,
    on the item's date; background, as the heading says."""
    sentence = text.sentence(index)
    if index != previous + 1 or not _LIST_ITEM.match(sentence):
        return None
    kind = _kind(trigger, text.sentence(previous), text.sentence(previous), [], text)
    if kind is None:
        return None
    start, end = text.spans[index]
    draft = _Draft(kind=kind, sentence=index, start=start, end=end, trigger_at=start)
    _read_clause(text, draft, start, end)
    events, _ = _event_dates(text, draft)
    if not events:
        return None
    draft.date = events[0]
    draft.date_reason = _date_reason(text, events[0], "")
    if not draft.actors:
        heading = _Draft(kind=kind, sentence=previous, start=0, end=0, trigger_at=0)
        h_start, h_end = text.spans[previous]
        _read_clause(text, heading, h_start, h_end)
        draft.actors = heading.actors
    if not draft.actors:
        return None
    draft.role = "background"
    return draft


def _before_cue(text: _Text, index: int, strong, triggers) -> bool:
    """A flight told before a background cue, the stronger triggers all after it: the
    flight is the news, the rest an earlier incident ('..., days after jets locked ...')."""
    if len(strong) == len(triggers):
        return False
    cue = text.background_cue(index)
    if cue is None:
        return False
    sentence = text.sentence(index)
    weak = [t for t in triggers if t.kind in _WEAK_TRIGGERS]
    if all(_under_cue(sentence, cue, t.start) for t in strong) and any(  # 'Days after jets
        not _under_cue(sentence, cue, t.start) and t.start > cue.start() for t in weak
    ):  # locked radar on a plane, bombers flew over the sea'
        return True
    return all(t.start > cue.start() for t in strong) and any(t.start < cue.start() for t in weak)


def _parent(drafts: list[_Draft], index: int, text: _Text | None = None) -> _Draft | None:
    for draft in reversed(drafts):
        if index - draft.sentence > _ELABORATION_SENTENCES:
            return None
        if text is not None and any(
            _NEW_RELEASE.match(text.sentence(i)) for i in range(draft.sentence + 1, index)
        ):
            return None  # '[Release 3] Regarding the flight of Russian aircraft' between
        if (
            draft.kind != "scramble"
            and draft.role != "background"
            and draft.elaborates is None
            and _specific(draft)
        ):
            return draft
    return None


#: 'The flight was the first since Dec. 9 last year, when four bombers ... flew ...': the clause
#: after 'when' tells an earlier incident, not more of the one just told.
_FIRST_SINCE_WHEN = re.compile(r"\bfirst\b[^.;]{0,40}? since [^,;]{2,40}, when\b")
#: The head of another release among several in one text.
_NEW_RELEASE = re.compile(r"^\W*\[(?:(?:Press )?[Rr]elease|Item) \d{1,2}\]")  # '[Item 2] Russian
# aircraft (Sea of Okhotsk - Pacific Ocean)'
#: A warship named by its class: 'a Vishnya-class intelligence ship', 'Luyang III-class'.
_CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?: [IVX]+)?-class\b")
#: Triggers that make an incident only where no stronger one is near: a flight, a sighting.
_WEAK_TRIGGERS = frozenset({"flight", "presence", "median_line"})
_MEDIAN = "boundary.taiwan-strait-median"
_MEDIAN_LINE = re.compile("median line", re.I)
_NEGATED = re.compile(r"\b(?:did not|didn't|not|never|without)\b")
_AIR_KINDS = frozenset({"joint_air_patrol", "adiz_entry", "airspace_violation", "scramble"})
_SEA_KINDS = frozenset({"joint_naval_patrol", "territorial_waters_entry", "contiguous_zone_entry"})
_CONTINUES = re.compile(r"^\W*(?:They|It|The \w+(?: \w+)?) (?:also|then|later)\b")


def _elaborates(sentence: str, triggers, parent: _Draft) -> bool:
    """A sentence that adds to the incident before it: 'The six aircraft - Tu-95 ... H-6K',
    'They also patrolled over the East China Sea'."""
    if _other_platform(sentence, parent):
        return False
    if _CONTINUES.search(sentence):
        return True
    if not (
        _ANAPHOR_HEAD.match(sentence)
        or ("from each" in sentence and _ANAPHOR_ANYWHERE.search(sentence))
    ):
        return False
    if parent.kind in _AIR_KINDS and not tr.AIR_CONTEXT.search(sentence):
        return False
    if parent.kind in _SEA_KINDS and not tr.NAVAL_CONTEXT.search(sentence):
        return False
    return bool(triggers) or bool(tr.ASSET.search(sentence))


def _other_platform(sentence: str, parent: _Draft) -> bool:
    """'The balloon was detected at 8:10 p.m.' after '5 of the aircraft ... entered the
    ADIZ': a balloon is not one of the aircraft; 'a Chinese navy frigate sailing north' is not
    one of the coast guard ships that entered the waters."""
    if _BALLOON.search(sentence) is not None and _BALLOON.search(parent.clause_text) is None:
        return True
    return tr.other_services(sentence, parent.clause_text)


_BALLOON = re.compile(r"\b[Bb]alloons?\b")


def _other_designators(a: _Draft, b: _Draft) -> bool:
    """Whether both name platforms by designator and none in common: 'a Russian border guard
    Mi-8' is not one of the Il-38s."""
    named_a, named_b = tr.designators(a.assets), tr.designators(b.assets)
    return bool(named_a) and bool(named_b) and not named_a & named_b


def _same_carrier(a: _Draft, b: _Draft) -> bool:
    """Whether two clauses may tell of one carrier: not 'the Liaoning had operated near
    Minamitorishima' and 'the Shandong conducted flight operations'."""
    named_a, named_b = (_CARRIER_NAME.findall(d.clause_text) for d in (a, b))
    return tr.carriers_fit(named_a, named_b)


def _follows_up(text: _Text, index: int, parent: _Draft, triggers) -> bool:
    """'... the UAV turned southwest as it flew past the Sakishima Islands' right after the
    drone's passage: a flight sentence naming no actor of its own continues the incident."""
    if (
        not triggers
        or index - parent.sentence > 2
        or parent.kind not in _AIR_KINDS | {"strait_transit"}
    ):
        return False
    if parent.date is not None and parent.date.precision in ("month", "year"):
        return False  # ('... since November last year, when eleven planes entered the zone')
    if _other_platform(text.sentence(index), parent):
        return False
    if any(t.kind == "joint_naval_exercise" for t in triggers):
        return False  # 'units on the islands of Iturup and Kunashir practiced repelling an
        # enemy amphibious landing' after the bombers' flight: a drill of its own
    if tr.asset_domains(parent.assets) == {"sea"} and all(t.kind == "flight" for t in triggers):
        return False  # 'a Z-9 helicopter that took off from one of the destroyers flew ...'
    if parent.date is not None and any(  # 'On Friday, 18 aircraft ... crossed the line' after
        m.precision == "day" and not _contains(parent.date, m)  # Saturday's entry: another
        for m in _sentence_event_dates(text, index)  # day's flight
    ):
        return False
    return not any(m.code in tr.ADVERSARIES for m in text.actor_mentions(*text.spans[index]))


def _elaboration(text: _Text, index: int, parent: _Draft) -> _Draft:
    start, end = text.spans[index]
    draft = _Draft(kind=parent.kind, sentence=index, start=start, end=end, trigger_at=start)
    _read_clause(text, draft, start, end)
    events, _ = _event_dates(text, draft)
    if events:  # (the days it joins: 'from around 11 p.m. Tuesday until around 5 a.m.
        draft.date = _days_joined(events, text.article.text) or events[0]  # Wednesday')
        draft.date_reason = _date_reason(text, events[0], "")
    if not draft.actors or not set(draft.actors) & set(parent.actors):
        draft.actors = parent.actors
    draft.elaborates = parent
    draft.role = parent.role
    if _NEGATED.search(draft.clause_text):
        draft.places = ()  # 'did not breach the airspace' places nothing
    return draft


def _drafts_from_triggers(
    text: _Text, index: int, triggers, drafts, every: list[tr.Trigger] | None = None
) -> list[_Draft]:
    """Drafts of a sentence's triggers; ``every``, if given, holds the weaker ones dropped
    among them, whose clauses the kept ones take in."""
    start, end = text.spans[index]
    sentence = text.sentence(index)
    own_at = (
        {t: start + c[0] for t, c in zip(every, _clauses(sentence, every), strict=True)}
        if every is not None and len(every) > len(triggers)
        else {}
    )
    listing = next((t for t in triggers if t.kind == "earlier_list"), None)
    if listing is not None and len(text.dates_in(start + listing.end, end)) > 1:
        triggers = [t for t in triggers if t.start <= listing.start]  # the items of the list
    clauses = _clauses(sentence, triggers)
    made: list[_Draft] = []
    for trigger, (c_start, c_end) in zip(triggers, clauses, strict=True):
        told = [*drafts, *made] if trigger.kind == "did_same" else drafts
        kind = _kind(trigger, sentence[c_start:c_end], sentence, told, text, index)
        if kind is None:
            continue
        if made and _IN_A.search(sentence, max(0, trigger.start - 40), trigger.start):
            continue  # '... flew together toward Shikoku on Dec. 9, in a joint flight that
            # came three days after ...': the flight just told, named again
        draft = _Draft(
            kind=kind,
            sentence=index,
            start=start + c_start,
            end=start + c_end,
            trigger_at=start + trigger.start,
        )
        _read_clause(text, draft, start + c_start, start + c_end)
        if kind == "joint_naval_exercise" and _SINO_RUSSIAN_SERIES.search(trigger.text):
            draft.actors = ("CN", "RU")  # 'the ships took part in the Maritime Interaction-2026
            # exercise': both navies', whoever the clause names
        if trigger.kind == "median_line" and "median" not in trigger.text:
            named = [p for p in text.places_in(0, start) if p.feature_id == _MEDIAN]
            draft.places = (*named[-1:], *draft.places)  # 'crossed the line': the median line
        draft.weak = trigger.kind in _WEAK_TRIGGERS
        draft.listed = trigger.kind == "earlier_list"
        draft.own_at = own_at.get(trigger, draft.start)
        if (
            draft.weak
            and trigger.kind == "flight"
            and _ROCKET_BEFORE.search(sentence, max(c_start, trigger.start - 100), trigger.start)
        ):
            draft.kind = "missile_launch"  # 'the last long-range rocket, launched in December
            # 2012, also flew over Okinawa'
        if draft.weak and draft.kind == "other" and _over_land(draft, start + trigger.end):
            draft.kind = "airspace_violation"  # 'a drone flew over the Senkaku Islands'
        named_class = _CLASS_NAME.search(draft.clause_text) is not None
        carrier_it = (  # 'The Shandong, China's first domestically built carrier, joined in. In
            trigger.kind == "presence"  # April 2023 it operated in the Pacific'
            and _IT_BEFORE.search(sentence, max(c_start, trigger.start - 12), trigger.start)
            and _CARRIER_SUBJECT_AT.match(text.sentence(index - 1) if index else "")
        )
        if carrier_it and not draft.actors:
            draft.actors = _platform_named(text, index)
        if draft.weak and not draft.actors and not named_class:
            the = _THE_NAMED.match(draft.clause_text)
            if the is not None or _THE_PLATFORM.match(draft.clause_text):  # 'The two aircraft
                noun = the["noun"] if the is not None else None  # flew south' under '... two
                draft.actors = _platform_named(text, index, noun)  # Russian Tu-142 ...'
            elif _OF_THE_DETECTED.match(draft.clause_text):  # 'II. PLA aircraft detected: 23
                draft.actors = _platform_named(text, index, reach=9)  # sorties', 'III. Of the
                # aircraft detected, 16 crossed the median line': the side of those detected
            elif _THE_ABOVE.search(draft.clause_text):  # '4. Flight of a Chinese aircraft',
                draft.actors = _platform_named(text, index, reach=20)  # '(1) Aircraft: one
                # Y-9', '(2) Outline: On the 10th, ... the above aircraft flew from ...'
            elif draft.assets and _NUMBERED.match(draft.clause_text):  # '(1) Balloon 1 was
                noun = draft.assets[0].rstrip("s")  # detected' under '3 PRC balloons were
                draft.actors = _platform_named(text, index, noun, reach=9)  # detected', its
                # headings and items between
            sides = {d.actors for d in made if d.actors}
            if not draft.actors and len(sides) == 1 and _LISTED_AFTER.match(sentence, c_start):
                draft.actors = sides.pop()  # 'A plane of China's ... flew over the Senkakus in
                # December 2012, a small drone ... was seen over the islets' waters in May
                # 2017, and ...': one side's incidents listed
            if not draft.actors:
                continue  # 'ships sailing around the site': a sighting names its own platform
        if trigger.kind in ("same_route", "earlier_one", "zone") and not draft.places:
            previous = next((d for d in reversed(drafts) if d.kind == draft.kind), None)
            draft.places = previous.places if previous is not None else ()  # that route
        counted = trigger.kind == "presence" and _COUNTED_SIGHTING.match(trigger.text)
        if counted and not draft.assets:  # 'Taiwan detected 21 Chinese military aircraft
            draft.assets = tuple(tr.assets_from_text(trigger.text))  # around ...': what the
            # watcher saw
        if trigger.kind == "presence" and not draft.assets and not named_class and not carrier_it:
            continue  # 'the hotline was confirmed at the summit': no ship nor aircraft seen
        if (
            (trigger.kind == "presence" or made or drafts)
            and " time " in sentence
            and _FIRST_TIME.search(sentence, 0, trigger.start)
        ):
            continue  # '..., the first time a Chinese carrier had entered Japan's contiguous
            # zone': a record the incident just told sets, not another incident
        if trigger.kind == "presence" and (
            _CARRIER_SUBJECT.search(sentence, max(c_start, trigger.start - 40), trigger.start)
            or carrier_it
        ):
            draft.kind = "carrier_operations"  # 'the Shandong group was operating in the Pacific'
        if (
            not draft.places
            and len(triggers) > 1
            and _may_hold(text.lowered_of(start, end), ("of which", "of them"))
            and _SHARED_TAIL.search(sentence)
        ):
            draft.places = tuple(_usable_places(text, start, end))
        draft.anaphoric = trigger.kind == "did_same" or _anaphoric(
            draft, drafts, text
        )  # ('On Saturday, two Y-8s made a similar round trip': where the one told went)
        for one in _sides_apart(draft):
            made.extend(_dated_copies(text, one, sentence))
    if made and all(d.kind == "scramble" for d in made):
        made = _implied_flight(text, index, made[0], drafts) + made
    return _link_responses(_drop_framing(_passage_zones(_joint_flights(_participles(made)))))


#: A trigger that names again what its sentence told: ', in a joint flight that', ', in what'.
_IN_A = re.compile(r",\s+in (?:a|an|what|the)\s+(?:[\w-]+\s+){0,3}$")
#: A record the sentence sets, not another sighting: 'the first time a carrier had been seen'.
_FIRST_TIME = re.compile(
    r"(?<!for the )(?<!for a )\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time "
    r"(?:that )?(?:an? |the |any )?(?:(?!as |when |while |after |before )[\w-]+ ){0,5}$"
)


#: A carrier a sighting is of, named right before the verb: 'The Liaoning sailed', 'the
#: carrier group was spotted', not 'eight vessels, including a carrier, sailing' nor
#: 'carrier-based fighters'.
_CARRIER_SUBJECT = re.compile(
    r"\b(?:(?:aircraft )?carriers?|Liaoning|Shandong|Fujian)(?:[’']s)?"
    r"(?: (?:strike |battle |task )?group)?,? (?:[^,;()\s]+ ){0,2}$"
)


#: 'it' right before a verb, and a sentence that opens with a carrier as its subject.
_IT_BEFORE = re.compile(r"\bit (?:[a-z]+ )?$")
_CARRIER_SUBJECT_AT = re.compile(rf"^\W*(?:The |China's )?(?:{_CARRIERS})\b")
#: Two sides that did the same thing apart: 'passed through the strait separately'.
_APART = re.compile(
    r"(?<!said )(?<!reported )(?<!announced )(?<!added )"  # 'said separately' reports apart
    r"\b(?:separately|independently|hours apart|not together|one after the other|"
    r"(?:two|three) different (?:straits|routes|channels)|separate (?:straits|routes))\b"
)


def _sides_apart(draft: _Draft) -> list[_Draft]:
    """One draft per side when the clause says the sides acted apart."""
    if len(draft.actors) < 2 or draft.kind.startswith("joint_") or draft.kind == "scramble":
        return [draft]
    if not _APART.search(draft.clause_text):
        return [draft]
    return [replace(draft, actors=(code,), sources=list(draft.sources)) for code in draft.actors]


def _implied_flight(text: _Text, index: int, scramble: _Draft, drafts) -> list[_Draft]:
    """'A Russian Il-38 approached Hokkaido, prompting the ASDF to scramble fighters': the
    scramble answers a flight by the adversary aircraft named before it in the sentence, an
    incident of its own (kind ``other``) unless the article already reported one."""
    start = text.spans[index][0]
    end = scramble.trigger_at
    if any(d.kind != "scramble" and index - d.sentence <= 1 for d in drafts):
        return []
    full = text.article.text
    followed = _TO_FOLLOW.match(full, scramble.trigger_at, scramble.trigger_at + 90)
    if followed is not None:  # 'Japan sent F-15 fighters to follow a Chinese Y-8 aircraft'
        start, end = followed.end(), min(scramble.end, text.spans[index][1])
    actors = [
        m.code
        for m in text.actor_mentions(start, end)
        if m.role == "actor" and m.code in tr.ADVERSARIES
    ]
    if not actors or not tr.AIR_CONTEXT.search(text.article.text[start:end]):
        return []
    draft = _Draft(kind="other", sentence=index, start=start, end=end, trigger_at=start)
    _read_clause(text, draft, start, end)
    if not draft.actors or not draft.assets:
        return []
    draft.implied = True
    return _dated_copies(text, draft, text.sentence(index))


_TO_MONITOR = re.compile(r"\bto (?:monitor|track|intercept|shadow|watch|respond to)\b")
#: A scramble told with what it went after: 'sent F-15 fighters to follow a Chinese Y-8'.
_TO_FOLLOW = re.compile(
    r"[\w -]{0,60}?\bto (?:follow|monitor|track|intercept|shadow|watch)\b(?=[\w -]{0,30}"
    r"\b(?:Chinese|Russian|North Korean)\b)"
)


_DEFINITE_PLATFORM = re.compile(
    r"\bthe (?:\w+ )?(?:carrier|ships|vessels|flotilla|fleet|bombers|aircraft|drone|submarine|"
    r"warships|destroyers?)\b",
    re.I,
)


def _names_flight(clause: str) -> bool:
    """Whether the clause names a flight or voyage told before as a joint patrol (see
    :data:`_FLIGHT_NAMED`)."""
    return "joint" in clause and _FLIGHT_NAMED.search(clause) is not None


#: What makes a joint patrol a naval one: 'the first joint patrol ... sailed east', 'the
#: seventh joint maritime patrol'.
_NAVAL_PATROL = re.compile(
    r"\bnaval|\bnav(?:y|ies)\b|warships|vessels|ships\b|\bsail(?:ed|s)\b|\bmaritime\b|"
    r"\bflotillas?\b",
    re.I,
)
#: The names of the Chinese and Russian navies' yearly exercises.
_SINO_RUSSIAN_SERIES = re.compile(r"Joint Sea|(?:North(?:ern)?|Maritime)[/ ]Interaction")
#: What names the flight or voyage just told: 'said the following day that the flight was their
#: tenth "joint strategic air patrol"'.
_FLIGHT_NAMED = re.compile(
    r"\bthe (?:flight|patrol|voyage) (?:was|had been) (?:their|its|the) (?:\w+ ){0,2}?"
    r"[\"“]?joint\b"
)


_LAND_KINDS = frozenset({"island", "island_group", "prefecture", "city"})
_OVER_END = re.compile(r"\b(?:over|above)\s*$")


def _over_land(draft: _Draft, trigger_end: int) -> bool:
    """A flight or sighting 'over' land named right after it: 'flew over the Senkaku
    Islands', 'a balloon seen over Kagoshima Prefecture'."""
    if not draft.clause_text:
        return False
    offset = trigger_end - draft.start
    over = _OVER_END.search(_trigger_tail(draft, trigger_end))
    if over is None:  # 'was seen over the islets' territorial waters'
        over = _OVER_NEXT.match(draft.clause_text, offset)
        trigger_end = draft.start + over.end() if over is not None else trigger_end
    if over is None:
        return False
    after = [p for p in draft.places if p.start >= trigger_end]
    if not after or after[0].start - trigger_end > 5:
        return False
    first = after[0]  # 'flew over the islets' refers back to the islands named before
    if "territorial_sea" in (first.kind, first.relation):
        return True  # the air over a state's territorial waters is its airspace
    return first.kind in _LAND_KINDS and first.relation in (None, "anaphor")


_OVER_NEXT = re.compile(r"\s*(?:over|above)\s+")


def _trigger_tail(draft: _Draft, trigger_end: int) -> str:
    offset = trigger_end - draft.start
    return draft.clause_text[max(0, offset - 8) : offset]


def _anaphoric(draft: _Draft, drafts: list[_Draft], text: _Text) -> bool:
    """A clause about 'the carrier' right after a placed and dated incident continues it; one
    that names 'the flight' a few sentences after it told ('the flight was their tenth joint
    strategic air patrol') is that flight's patrol."""
    if draft.kind == "scramble":
        return False
    named = _names_flight(draft.clause_text)
    reach = 5 if named else 2
    if not any(
        d.kind != draft.kind and draft.sentence - d.sentence <= reach and _specific(d)
        for d in drafts
        if d.kind != "scramble"
    ):
        return False
    return named or _DEFINITE_PLATFORM.search(draft.clause_text) is not None


#: A phrase set off by commas inside a subject: ', including six H-6K bombers,'.
_INSERTED = re.compile(r",\s*(?:including|such as|among them|among which|led by)\b[^,;]*,")


#: The lead-in of a second clause: ', and in May last year,' (up to the comma the split found).
_AND_LEAD_IN = re.compile(r", and (?:in|on|at|during|later|then|last|early|late) [^,;]{1,35},$")
#: The time of the clause before, told after a comma, up to the next verb's 'and'.
_TIME_TAIL = re.compile(r",\s+(?:at|on|early|late|around|shortly)\b[^,;]{0,40}?(?= and )")


def _clauses(sentence: str, triggers) -> list[tuple[int, int]]:
    """Split a sentence between its triggers at the last comma or conjunction between them."""
    bounds = [0]
    for left, right in zip(triggers, triggers[1:], strict=False):
        gap = sentence[left.end : right.start]
        markers = list(_TO_MONITOR.finditer(gap))
        cut = markers[-1].end() if markers else None
        if cut is None:
            inserted = [m.span() for m in _INSERTED.finditer(gap)] if "," in gap else []
            cut = max(  # (not around ', including six H-6K bombers,')
                (
                    m.start()
                    for m in _COMMA.finditer(gap)
                    if not any(a <= m.start() < b for a, b in inserted)
                ),
                default=None,
            )
        if cut is not None and not markers:
            lead = _AND_LEAD_IN.search(gap, 0, cut + 1)  # ('held drills in the bay, and in May
            cut = lead.start() if lead is not None else cut  # last year, ships exercised ...':
            # the second clause takes its own lead-in date)
            tail = _TIME_TAIL.match(gap, cut) if lead is None else None
            cut = tail.end() if tail is not None else cut  # ('had entered the waters off
            # Minami-kojima, ..., at around 5:30 p.m. on Dec. 1 and spent ... trailing a boat
            # operating near Uotsuri Island': the time is the entry's)
        if cut is None:
            cut = max(
                (m.start() for m in _CONJUNCTION.finditer(gap)),
                default=None,
            )
        if cut is None and ("has " in gap or "have " in gap):  # ('warships that took part in
            begun = _BEGUN_NOW.search(gap)  # the ... exercise in the Sea of Japan has begun a
            cut = begun.start() if begun is not None else None  # joint patrol': the patrol's
            # verb is its own)
        bounds.append(left.end + cut if cut is not None else right.start)
    stop = sentence.find("; ", triggers[-1].end) if triggers else -1
    bounds.append(stop if stop > 0 else len(sentence))  # ('10 Russian Navy Ships Sail through
    return list(zip(bounds, bounds[1:], strict=False))  # Tsugaru Strait; Il-38 Flies off Sado')


#: A stay's end told as a voyage: 'The four ships sailed out of the zone about 40 km north of
#: Kuba Island ... on the 14th'.
_SAILED_OUT = re.compile(
    r"\b(?:sailed|sailing|moved|headed|went) out of (?:the |Japan's )?(?P<zone>contiguous zone|"
    r"territorial (?:waters|sea)|zone|waters)\b"
)


#: A joint patrol whose own words name its domain: 'joint strategic air patrol', 'joint
#: maritime patrol'.
_PATROL_NAMED = re.compile(
    r"\b(?<!and )(?<!or )(?:(?P<air>air)|(?P<sea>naval|maritime|sea)) patrols?\b"
)  # (not 'joint air and sea patrols')
#: A fleet's snap readiness inspection, as an exercise trigger ends: one side's drill.
_INSPECTION = re.compile(r"\b(?:inspection|check)s?$")


_DRILLS_THAT = re.compile(r"(?:exercises?|drills|maneuvers|manoeuvres) (?:that|which) ")
#: An exercise named again by 'the': 'The 2025 exercise', 'The previous drills'.
_THE_EXERCISE = re.compile(r"\b[Tt]he (?:(?:19|20)\d\d |same |last |previous |latest |first )?$")


def _kind(trigger, clause: str, sentence: str, drafts, text: _Text, index: int = 0) -> str | None:
    kind = trigger.kind
    if kind == "transit":
        out = _SAILED_OUT.match(sentence, trigger.start) if " out of " in clause else None
        if out is not None:  # 'sailed out of the zone ... on the 14th': the stay's end
            s_start = text.spans[index][0]
            inside = text.places_in(s_start + out.start(), s_start + out.end())
            zone = inside[0].feature_id if inside else out["zone"]  # ('the zone': the one it
            if zone.startswith("contiguous"):  # refers back to)
                return "contiguous_zone_entry"
            if zone.startswith("territorial"):
                return "territorial_waters_entry"
            stays = ("contiguous_zone_entry", "territorial_waters_entry")
            return next((d.kind for d in reversed(drafts) if d.kind in stays), "strait_transit")
        return "strait_transit"
    if kind == "carrier_operations" and not _CARRIER_WORD.search(sentence):
        if not _SHIP_WORD.search(sentence) and any(  # 'takeoffs and landings were confirmed
            _CARRIER_WORD.search(text.sentence(i)) for i in range(max(0, index - 2), index)
        ):  # south of the island' after the Liaoning's passage was told
            return kind
        return "other"  # 'helicopters took off from the Russian destroyers
    strait, within = None, sentence
    if kind == "flight":  # (in its own clause: not 'flew a long loop off Taiwan's east coast,
        at = clause.find(trigger.text)  # while three warships sailed north through waters
        within, at = (clause, at) if at >= 0 else (sentence, trigger.start)  # between
        after = at + len(trigger.text)  # Yonaguni and Iriomote')
        strait = tr.STRAIT_WORD.search(within, after, after + 90)
    if strait is not None and not (  # not 'flew over the sea area between Fukue Island and the
        strait.group().startswith("between")  # Danjo Islands and turned back'
        and _AREA_BEFORE.search(within, max(0, strait.start() - 12), strait.start())
    ):
        part = _PART_OF.search(within, max(0, strait.start() - 60), strait.start())
        if kind == "flight" and part is not None:
            return "other"  # 'flying a training mission over the southwestern part of the
            # Taiwan Strait': over the strait, not through it
        return "strait_transit"
    if (
        kind == "median_line"
        and "median" not in trigger.text
        and not _MEDIAN_LINE.search(text.article.text, 0, text.spans[index][0])
    ):
        return None  # 'crossed the line' speaks of the median line only once it is named
    if kind == "earlier_list":
        return _listed_kind(trigger, sentence, drafts, text, index)
    if kind == "did_same":  # 'a South Korean destroyer had done the same': what was just told
        told = [d for d in drafts if d.sentence >= index - 2 and d.kind != "scramble"]
        return told[-1].kind if told else None
    if kind == "same_route":  # the kind of the incident whose route it follows
        previous = next((d for d in reversed(drafts) if d.kind != "scramble"), None)
        return previous.kind if previous is not None else None
    if kind == "earlier_one":  # 'the previous patrol took place in December': the kind told
        named = _NAMED_JOINT.search(trigger.text) or _NAMED_DRILLS.search(trigger.text)
        if named is not None:  # 'the first China-Russia joint strategic air patrol was held',
            kind = "joint_patrol" if named.group(1) == "patrol" else "joint_naval_exercise"
        else:  # 'the first exercise was held in the Yellow Sea': drills, whatever came before
            return _earlier_kind(trigger.text, drafts)
    if kind in _OTHER_KINDS:
        return "other"
    if kind == "zone":  # 'flew into the zone': the kind of zone entered just before
        entries = ("adiz_entry", "contiguous_zone_entry", "territorial_waters_entry")
        entered = next((d.kind for d in reversed(drafts) if d.kind in entries), None)
        if entered is None:  # '... ships that had been sailing in the contiguous zone ... left
            s_start = text.spans[index][0]  # the zone on the 14th': the zone it refers back to
            inside = text.places_in(s_start + trigger.start, s_start + trigger.end)
            entered = _ENTRY_OF_ZONE.get(inside[0].feature_id.split(".")[0]) if inside else None
        return entered
    if kind == "waters":
        return _waters_kind(text, sentence, drafts)
    if kind in ("joint_patrol", "joint_naval_exercise") and _ONE_SIDE_JOINT.search(sentence):
        return "other"  # the PLA's 'joint' patrols and drills of its services round Taiwan
    if kind == "joint_patrol" and " and sea " in trigger.text and " with " not in clause:
        subject = sentence[max(0, trigger.start - 120) : trigger.end]  # 'The PLA yesterday
        sides = {m.code for m in tr.actor_mentions(subject) if m.role == "actor"}  # staged
        if len(sides) < 2:  # joint air and sea patrols ... around Taiwan': its services'
            return "other"
    if kind == "joint_patrol":
        named = _PATROL_NAMED.search(trigger.text)
        if named is not None:  # 'The naval exercise follows the fifth joint strategic air
            return "joint_air_patrol" if named["air"] else "joint_naval_patrol"  # patrol'
        if _NAVAL_PATROL.search(clause):
            return "joint_naval_patrol"  # ('The first joint patrol, in October 2021, sailed east')
        if tr.AIR_CONTEXT.search(clause):
            return "joint_air_patrol"
        title = text.article.title or text.article.text[:200]
        at_sea = bool(tr.NAVAL_CONTEXT.search(title) or _NAVAL_PATROL.search(title))
        in_air = bool(tr.AIR_CONTEXT.search(title))
        naval_title = at_sea and not in_air
        if "patrol" in title and at_sea != in_air:
            return "joint_naval_patrol" if naval_title else "joint_air_patrol"  # ('The patrol
            # began last Saturday' under 'China-Russia flotilla sails through Tsushima Strait
            # on seventh joint patrol': that one, whatever patrols were told just before)
        for draft in reversed(drafts):
            if draft.kind in ("joint_air_patrol", "joint_naval_patrol"):
                return draft.kind
        return "joint_naval_patrol" if naval_title else "joint_air_patrol"
    if (
        kind == "joint_naval_exercise"
        and tr.AIR_CONTEXT.search(clause)
        and not tr.NAVAL_CONTEXT.search(clause)
    ):
        return "other"
    if kind == "joint_naval_exercise" and (
        "repelling" in trigger.text or _INSPECTION.search(trigger.text)
    ):
        return "other"  # 'units on the islands of Iturup and Kunashir practiced repelling an
        # enemy amphibious landing, with the support of army aviation': one side's drill
    if kind == "joint_naval_exercise" and not _TWO_SIDED.search(trigger.text):
        subject = sentence[max(0, trigger.start - 120) : trigger.end]  # who held them
        if _DRILLS_THAT.match(trigger.text):
            subject = trigger.text  # 'Japan protested military exercises that Russian forces
            # began': those who began them
        sides = {m.code for m in tr.actor_mentions(subject) if m.role == "actor"}
        comma = subject.rfind(", ")  # ('following the US speaker's visit to Taipei, China
        listed = comma > 0 and tr.ACTOR.search(subject, max(0, comma - 12), comma)  # held
        if len(sides) > 1 and comma > 0 and not listed:  # live-fire drills': China's; not
            # 'Russian, Chinese navies start ... exercise')
            after = {m.code for m in tr.actor_mentions(subject[comma:]) if m.role == "actor"}
            sides = after or sides
        at = sentence.find(" with ", trigger.start, trigger.end + _PARTNER_REACH)
        partner = at >= 0 and bool(tr.actor_mentions(sentence[at : at + 40]))  # (not 'with 49
        # of the aircraft crossing the median line')
        if (
            trigger.text.startswith(("exercise", "drill", "maneuver", "manoeuvre"))
            and _THE_EXERCISE.search(sentence, max(0, trigger.start - 20), trigger.start)
            and any(d.kind == "joint_naval_exercise" for d in drafts)
        ):
            return kind  # 'The 2025 exercise, held in August, ...' after a joint exercise
        if len(sides) < 2 and not partner and not _BOTH_SIDES.search(subject):
            return "other"  # 'the start of China's largest-ever military drills around Taiwan';
            # 'troops have taken part in military exercises on the Kuril Islands, ... days after
            # Moscow broke off peace-treaty talks with Tokyo': no partner in the drills
    return kind


_PARTNER_REACH = 60  # characters after drills where 'with' names the other side in them
#: Two states' forces named together: 'In July 2013, the two navies held drills in ...'.
_BOTH_SIDES = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth) (?:navies|militaries|countries|nations|sides|fleets|air forces)\b"
)
#: What makes drills two states' ('joint', 'Joint Sea-2021', 'bilateral').
_TWO_SIDED = re.compile(
    r"[Jj]oint|Northern|Interaction|[Bb]ilateral|Russian-Chinese|Chinese-Russian|Sino-Russian"
)


#: Drills one side's services hold together ('joint' of army, navy and air force), not with
#: another state: 'the Eastern Theater Command launched joint drills', 'Strait Thunder'.
_ONE_SIDE_JOINT = re.compile(
    r"Theat(?:er|re) Command|[Rr]ocket [Ff]orce|Strait Thunder|Joint Sword|"
    r"combat readiness patrols?|"
    r"army, navy(?:,)? and air force"
)


_RECORD_WORD = re.compile(r"\b(?:record|longest|stay)\b")
_NAMED_JOINT = re.compile(r"\bjoint\b.*\b(patrol|exercise|drill)")
_NAMED_DRILLS = re.compile(r"\b(exercise|drill)s?\b")


def _listed_kind(trigger, sentence: str, drafts: list[_Draft], text: _Text, index: int):
    """The kind of earlier incidents a sentence lists with two or more dates ('following
    drills in the Yellow Sea in April 2012 and off Vladivostok in July 2013'): that of the
    incident of that sort told before, else the one the noun names."""
    start = text.spans[index][0]
    if len(text.dates_in(start + trigger.end, start + len(sentence))) < 2:
        return None  # 'following the drills, the ships sailed north': one named, not a list
    noun = trigger.text.rsplit(" ", 1)[-1].lower()
    told = [d.kind for d in drafts if d.kind != "scramble"]
    family = _LISTED_FAMILIES[noun]
    for kind in reversed(told):
        if kind in family:
            return kind
    if noun in ("violations", "intrusions", "incursions"):
        air = tr.AIR_CONTEXT.search(sentence)
        return "airspace_violation" if air else "territorial_waters_entry"
    return family[-1] if family[-1] != "joint_naval_patrol" else None


#: The kinds a noun listing earlier incidents may stand for, the one it names alone last.
_LISTED_FAMILIES = {
    **dict.fromkeys(("drills", "exercises"), ("joint_naval_exercise", "other")),
    **dict.fromkeys(
        ("violations", "intrusions", "incursions"),
        ("airspace_violation", "territorial_waters_entry", "contiguous_zone_entry"),
    ),
    "patrols": ("joint_air_patrol", "joint_naval_patrol"),
    "flights": ("joint_air_patrol", "adiz_entry", "airspace_violation", "other"),
    "launches": ("missile_launch",),
}


def _earlier_kind(trigger_text: str, drafts: list[_Draft]) -> str | None:
    """The kind of 'the previous one': of the incident told last; a record stay is a coast
    guard's in the territorial waters, if the article tells one there."""
    told = [d.kind for d in drafts if d.kind != "scramble"]
    if not _RECORD_WORD.search(trigger_text):
        return told[-1] if told else None
    for kind in ("territorial_waters_entry", "contiguous_zone_entry"):
        if kind in told:
            return kind
    return None  # a record of what?


#: Trigger kinds whose incidents the type vocabulary calls other.
_OTHER_KINDS = frozenset(
    {
        *("median_line", "flight", "eez_activity", "close_approach", "presence", "artillery"),
        *("boarding", "deployment"),
    }
)
_SHIP_WORD = re.compile(r"destroyer|frigate|corvette|cruiser|warship|vessel|ship\b", re.I)
_CARRIER_WORD = re.compile(r"carrier|flattop|flat-top|Liaoning|Shandong|Fujian|deck", re.I)


def _waters_kind(text: _Text, sentence: str, drafts) -> str | None:
    """'entered the waters': the zone the article spoke of just before."""
    for draft in reversed(drafts):
        if draft.kind in ("territorial_waters_entry", "contiguous_zone_entry"):
            return draft.kind
    if re.search(r"territorial", sentence, re.I):
        return "territorial_waters_entry"
    return None


def _joint_flights(drafts: list[_Draft]) -> list[_Draft]:
    """Chinese and Russian bombers flying together is a joint air patrol, said or not; their
    warships sailing together, a joint naval patrol."""
    for draft in drafts:
        if (
            (
                draft.kind == "other"
                or draft.kind == "strait_transit"
                and (draft.weak or tr.asset_domains(_adversary_assets(draft)) == {"air"})
            )
            and {"CN", "RU"} <= set(draft.actors)
            and tr.AIR_CONTEXT.search(draft.clause_text)
        ):
            draft.kind = "joint_air_patrol"
        elif (
            draft.kind == "other"
            and {"CN", "RU"} <= set(draft.actors)
            and _TOGETHER.search(draft.clause_text)
            and tr.NAVAL_CONTEXT.search(draft.clause_text)
            and not tr.AIR_CONTEXT.search(draft.clause_text)
        ):
            draft.kind = "joint_naval_patrol"  # 'Chinese and Russian warships sailed together'
    return drafts


def _adversary_assets(draft: _Draft) -> list[str]:
    """The draft's platforms without Japan's and its allies' own: not the P-3C patrol aircraft
    that 'had monitored' ships sailing through the Soya Strait (nor the generic words then,
    which may name it)."""
    if not any(tr.allied(a) for a in draft.assets):
        return list(draft.assets)
    return [a for a in draft.assets if not tr.allied(a) and tr.designators([a])]


_TOGETHER = re.compile(r"\b(?:together|jointly|in formation)\b")
_AROUND_JAPAN = re.compile(r"\b(?:circl|circumnavigat|around (?:much of )?(?:Japan|the Japanese))")


def _voyages(text: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """Chinese and Russian warships' passage that is one leg of a voyage together (through a
    second strait, on into an ocean, round Japan): the voyage is a joint naval patrol, told
    beside the passage, unless the article tells that patrol itself."""
    patrols = [d for d in drafts if d.kind == "joint_naval_patrol"]
    voyages: list[_Draft] = []
    for draft in drafts:
        if (
            draft.kind != "strait_transit"
            or not {"CN", "RU"} <= set(draft.actors)
            or "air" in tr.asset_domains(draft.assets)
        ):
            continue
        begun = next((p for p in patrols if _leg_of(draft, p)), None)
        if begun is not None:  # 'the patrol, which began on Oct. 17' and its passage of the
            _extend_to(begun, draft)  # Osumi Strait on Oct. 22-23: one patrol over those days
            continue  # (or a passage on a day it is already told to span)
        if any(_dates_overlap(draft.date, p.date) for p in patrols):
            continue
        told = next((v for v in voyages if _leg_of(draft, v)), None)
        if told is not None:  # the Tsugaru Strait on Oct. 18, the Osumi Strait on Oct. 22:
            _extend_to(told, draft)  # legs of one voyage
            continue
        sentence = text.sentence(draft.sentence)
        ids = {p.feature_id for p in draft.places}
        straits = {i for i in ids if i.startswith(("strait.", "channel."))}
        if (
            tr.NAVAL_CONTEXT.search(sentence)
            and straits
            and (len(straits) > 1 or any(i.startswith("ocean.") for i in ids))
            or _AROUND_JAPAN.search(sentence)
        ):
            voyages.append(replace(draft, kind="joint_naval_patrol", sources=list(draft.sources)))
    return drafts + voyages


_VOYAGE_DAYS = 14  # days a joint naval patrol's legs may follow its first day


def _leg_of(leg: _Draft, patrol: _Draft) -> bool:
    """Whether a passage by the patrol's sides falls in the fortnight from the patrol's first
    day, both dated to the day."""
    if leg.date is None or patrol.date is None or set(leg.actors) != set(patrol.actors):
        return False
    if leg.date.precision != "day" or patrol.date.precision != "day":
        return False
    first, then = date.fromisoformat(patrol.date.date), date.fromisoformat(leg.date.date)
    return timedelta(0) <= then - first <= timedelta(days=_VOYAGE_DAYS)


def _extend_to(patrol: _Draft, leg: _Draft) -> None:
    """The patrol runs on to the leg's last day and through its places."""
    assert patrol.date is not None and leg.date is not None  # (see _leg_of)
    last = max(patrol.date.date_end or patrol.date.date, leg.date.date_end or leg.date.date)
    if last != patrol.date.date:
        patrol.date = replace(patrol.date, date_end=last)
        patrol.date_reason += f", to the passage of '{leg.date.text}'"
    patrol.places = tuple(dict.fromkeys((*patrol.places, *leg.places)))
    _take_sources(patrol, leg)


def _sides_told_apart(drafts: list[_Draft]) -> list[_Draft]:
    """'Chinese and Russian vessels sailed through the Osumi Strait' told, in the next
    sentences, as the Chinese ships' passage and then the Russian ships' on the same route:
    two incidents, one a side; the lead gives them its date and places where they lack any."""
    kept: list[_Draft] = []
    for position, lead in enumerate(drafts):
        if len(lead.actors) < 2 or lead.kind.startswith("joint_") or lead.kind == "scramble":
            kept.append(lead)
            continue
        told_apart = _APART_LEAD.search(lead.clause_text) is not None  # ('... entered the
        reach = 2 * _SIDES_SENTENCES if told_apart else _SIDES_SENTENCES  # KADIZ ... in
        parts = [  # separate flights', each then told in turn)
            d
            for d in drafts[position + 1 :]
            if d.kind == lead.kind
            and len(d.actors) == 1
            and d.role == lead.role
            and 0 < d.sentence - lead.sentence <= reach
            and _dates_meet(lead.date, d.date)
        ]
        apart = told_apart or any(_APART_LATER.search(d.clause_text) for d in parts)
        if not apart or {a for d in parts for a in d.actors} < set(lead.actors):
            kept.append(lead)  # (sides that flew together, told a side at a time, stay one)
            continue
        for part in parts:
            part.date = part.date or lead.date
            part.places = part.places or lead.places
            _take_sources(part, lead)
    return kept


_SIDES_SENTENCES = 3  # sentences after a two-sided lead its sides' own accounts may come
#: A two-sided lead that says the sides acted apart: 'in separate flights'.
_APART_LEAD = re.compile(r"\bin separate (?:flights|sorties|incidents|missions|passages)\b")
#: What says a side came apart from the other: 'followed the same route several hours later'.
_APART_LATER = re.compile(
    r"\b(?:separately|hours later|hours apart|a day later|the next day|followed the same|"
    r"took the same|on their own)\b"
)


def _participles(drafts: list[_Draft]) -> list[_Draft]:
    """'sailed northeast through the Tsushima Strait between Saturday and Sunday, passing
    between Tsushima and Iki islands': a participle clause goes on with the clause before it
    (same kind); its places join that incident."""
    kept: list[_Draft] = []
    for draft in drafts:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind == draft.kind
            and _PARTICIPLE_OPENING.match(draft.clause_text)
            and sides_fit(before.actors, draft.actors)
        ):
            before.places = (*before.places, *draft.places)
            _take_sources(before, draft)
            continue
        kept.append(draft)
    return kept


_PARTICIPLE_OPENING = re.compile(
    r"^\W*(?:and )?(?:passing|sailing|heading|flying|moving|transiting|crossing|entering)\b"
)


def _passage_zones(drafts: list[_Draft]) -> list[_Draft]:
    """'sailed between Yonaguni and Iriomote islands, entering Japan's contiguous zone': a
    passage through a strait inside the zone enters it on the way; one incident, the passage."""
    passages = [d for d in drafts if d.kind == "strait_transit"]
    if not passages:
        return drafts
    kept = []
    for draft in drafts:
        passage = next((p for p in passages if sides_fit(p.actors, draft.actors)), None)
        if draft.kind == "contiguous_zone_entry" and passage is not None:
            passage.places = (*passage.places, *draft.places)
            _take_sources(passage, draft)
            continue
        kept.append(draft)
    return kept


def _drop_framing(drafts: list[_Draft]) -> list[_Draft]:
    """In a sentence that reports a strait passage, 'in their joint patrols' only frames it."""
    if any(d.kind == "strait_transit" for d in drafts):
        drafts = [
            d
            for d in drafts
            if not (d.kind.startswith("joint_") and not d.own_place and d.date is None)
        ]
    return drafts


def _link_responses(drafts: list[_Draft]) -> list[_Draft]:
    primaries = [d for d in drafts if d.kind != "scramble"]
    for draft in drafts:
        if draft.kind == "scramble":
            draft.role = "response"
            before = [d for d in primaries if d.start < draft.start]  # '... sailed through the
            draft.responds_to = (  # strait last Saturday, and on Tuesday a PLA drone flew ...,
                before[-1] if before else primaries[0] if primaries else None  # prompting Japan
            )  # to scramble fighter jets': the drone's
    return drafts


# --- one clause ----------------------------------------------------------------------------


#: A sighting told by its watcher with a count: 'detected 21 Chinese military aircraft around'.
_COUNTED_SIGHTING = re.compile(r"(?:detected|spotted|tracked) ")


def _read_clause(text: _Text, draft: _Draft, start: int, end: int) -> None:
    clause = text.article.text[start:end]
    lowered = text.lowered_of(start, end)
    draft.clause_text = clause
    mentions = text.actor_mentions(start, end)
    responders = _responder_spans(clause, mentions, lowered)
    if draft.kind == "scramble":
        draft.actors = _scramblers(clause, mentions, draft, text)
    else:
        draft.actors = _actors(mentions, draft.trigger_at - start, draft.kind, clause, lowered)
        # one adversary of a joint patrol: its partner comes from context; an ally named as
        # the partner ('joint drills with South Korean warships') stays
        lone = len(draft.actors) < 2 and (not draft.actors or draft.actors[0] in tr.ADVERSARIES)
        if draft.kind.startswith("joint_") and lone:
            draft.actors = ()
    skip = [] if draft.kind == "scramble" else responders
    draft.assets = text.assets_in(start, end, skip)
    if not draft.actors and draft.kind != "scramble":
        the = _THE_NAMED.match(clause)  # 'The two Su-27 fighters approached' after 'Two
        if the is not None and the["noun"] in _GROUPS and "two" in the.group():
            draft.actors = _two_sides_named(text, draft.sentence)  # 'The two groups then
        elif the is not None:  # joined up' after the Chinese and the Russian ships' routes;
            named = _platform_named(text, draft.sentence, the["noun"])  # 'The two Su-27
            draft.actors = tuple(c for c in named if c in tr.ADVERSARIES)  # fighters' after
            # 'Two Chinese fighter jets flew': Chinese ones
        if not draft.actors:
            draft.actors = _actors_from_assets(draft.assets) or _actors_from_classes(clause)
    draft.count = tr.count_from_text(clause, len(draft.actors), lowered)
    draft.places = tuple(_usable_places(text, start, end))
    draft.own_place = any(_qualifies(p) for p in draft.places)
    draft.sources = [text.spans[draft.sentence]]


_OWN_SIDE_KINDS = frozenset(
    {
        *("joint_naval_exercise", "joint_naval_patrol", "joint_air_patrol", "other"),
        *("strait_transit", "radar_lockon"),  # 'a South Korean destroyer locked its radar'
        *("territorial_waters_entry", "contiguous_zone_entry"),  # Taiwanese coast guard ships
        "missile_launch",  # 'South Korean and U.S. forces staged a combined live-fire drill,
    }  # firing four surface-to-surface missiles'
)
_ENTRY_KINDS = frozenset({"territorial_waters_entry", "contiguous_zone_entry"})


def _actors(
    mentions,
    trigger_at: int | None = None,
    kind: str = "",
    clause: str = "",
    lowered: str | None = None,
) -> tuple[str, ...]:
    """The side that acted: 'violation by a Chinese plane'; else adversaries named as actors;
    else, for exercises and transits, others named just before the trigger ('US and Japanese
    forces conducted a joint exercise')."""
    acting = [m for m in mentions if m.role == "actor"]
    if trigger_at is not None:
        by = _BY.match(clause[trigger_at:])
        if by:
            named = _coordinated(acting, trigger_at + by.end(), clause)
            if named and all(code in tr.ADVERSARIES for code in named):
                return tr.ordered_codes(named)
    if trigger_at is not None and kind in _OWN_SIDE_KINDS:
        subject_side = _own_platform_subject(mentions, trigger_at, clause)
        if subject_side:  # 'A Japanese destroyer sailed through the Taiwan Strait ..., on the
            return subject_side  # same day that China said ...': the side whose platform is
            # the subject
    if trigger_at is not None and kind == "strait_transit" and _ITS_PASSAGE.search(
        clause, max(0, trigger_at - 30), trigger_at
    ):
        owner = _platform_owner(mentions, trigger_at, clause)
        if owner:  # '... to track and monitor the Japanese Maritime Self-Defense Force
            return owner  # destroyer Takanami throughout its passage of the Taiwan Straits'
    if trigger_at is not None and kind == "strait_transit" and clause.startswith(
        ("passage of ", "transit of "), trigger_at
    ):
        owner = _passage_of(mentions, trigger_at, clause)
        if owner:  # 'to track and monitor the whole passage of the US Navy guided-missile
            return owner  # destroyer USS Dewey through the Taiwan Strait'
    if trigger_at is not None and len({m.code for m in acting}) > 1:
        acting = _before_an_earlier_act(acting, trigger_at, clause)
    adversaries = [m.code for m in acting if m.code in tr.ADVERSARIES]
    if adversaries and trigger_at is not None and kind == "joint_naval_exercise":
        others = _subject_after_as(acting, trigger_at, clause)
        if others:  # 'The Chinese navy did not comment on the deployment, which came as the
            return others  # Japanese, US and Australian navies were holding a joint exercise'
    if adversaries:
        return tr.ordered_codes(adversaries)
    if trigger_at is None or kind not in _OWN_SIDE_KINDS:
        return ()
    drills = _EXERCISE.search(clause, 0, lowered)  # the SDF is an actor in its own drills, a
    if kind == "missile_launch" and not drills:
        return ()  # (an ally's missiles in its drill only: not 'South Korea's JCS confirms a
        # ballistic missile launched')
    roles = ("actor", "responder") if drills or kind in _ENTRY_KINDS else ("actor",)  # coast
    # guard in the waters of others
    own = [m for m in mentions if m.role in roles]
    near = [
        m
        for m in own
        if trigger_at - 80 < m.start < trigger_at and not _CALLED.match(clause, m.end)
    ]  # (not 'made what Japan called abnormal close approaches')
    joint = "joint" in clause[trigger_at : trigger_at + 30].lower()  # ('Two U.S. Air Force
    subject = _joined_subject(near, clause, joint)  # B-52 bombers and four ASDF F-15 fighters
    before = tr.ordered_codes(m.code for m in subject)  # held a joint exercise': both sides')
    if kind in _ENTRY_KINDS:  # 'the fishing boats, accompanied by the Taiwanese patrol vessels,
        return tuple(code for code in before if code != "JP")  # entered Japan's waters'
    if not drills:
        return before
    partners = _WITH_PARTNER.match(clause, trigger_at)  # 'joint drills with South Korean ships'
    if partners is None:
        return before
    return tr.ordered_codes(  # (and 'the US aircraft carrier ... took part in joint drills with
        [*before, *(m.code for m in own if partners.end() <= m.start < partners.end() + 3)]
    )  # the South Korean navy': both)


def _before_an_earlier_act(acting: list, trigger_at: int, clause: str) -> list:
    """The actors of the trigger's clause, not those of an earlier act told after it ('A
    Chinese navy frigate sailed in the contiguous zone ... early Friday, hours after three
    Russian naval vessels had passed through the same zone': China's entry), when a side is
    named before the trigger."""
    cue = _EARLIER_ACT_AFTER.search(clause, trigger_at)
    if cue is None or not any(m.end <= trigger_at for m in acting):
        return acting
    return [m for m in acting if m.start < cue.start()]


#: An earlier act told after the one of the clause: ', hours after', ', days after'.
_EARLIER_ACT_AFTER = re.compile(
    r",\s+(?:just |only |shortly |some |a few |several |two |three )?(?:minutes|hours|days|weeks)"
    r"\s+after\b"
)


def _joined_subject(near: list, clause: str, platforms: bool = False) -> list:
    """The side named last of ``near`` (mentions before a verb), with those joined to it ('US
    and Japanese forces conducted'; not 'Japan has protested to South Korea after a South
    Korean destroyer ...'); with ``platforms``, also two sides' platforms joined by 'and'."""
    subject = near[-1:]
    for mention in reversed(near[:-1]):
        gap = clause[mention.end : subject[0].start]
        if not _JOINED.fullmatch(gap) and not (platforms and _PLATFORMS_JOINED.fullmatch(gap)):
            break
        subject.insert(0, mention)
    return subject


def _subject_after_as(acting, trigger_at: int, clause: str) -> tuple[str, ...]:
    """The sides named together right before the trigger, none of them an adversary, in a
    clause of their own after 'as' or 'while' that follows every adversary named."""
    near = [m for m in acting if trigger_at - 80 < m.start < trigger_at]
    if not near or any(m.code in tr.ADVERSARIES for m in near):
        return ()
    subject = _joined_subject(near, clause)
    last = max(m.end for m in acting if m.code in tr.ADVERSARIES)
    if last > subject[0].start or not _AS_CLAUSE.search(clause, last, subject[0].start):
        return ()
    return tr.ordered_codes(m.code for m in subject)


def _platform_owner(mentions, trigger_at: int, clause: str) -> tuple[str, ...]:
    """The side of the ship or aircraft named last before 'its passage' at ``trigger_at``."""
    before = [m for m in mentions if m.end <= trigger_at and m.role != "reporter"]
    for mention in reversed(before):
        gap = clause[mention.end : trigger_at]
        if _OWNED_PLATFORM.match(gap):
            return (mention.code,)
    return ()


def _passage_of(mentions, trigger_at: int, clause: str) -> tuple[str, ...]:
    """The side of the ship or aircraft named right after 'passage of' at ``trigger_at``."""
    after = trigger_at + len("passage of ")
    for mention in mentions:
        if after <= mention.start <= after + 8 and _PLATFORM_AFTER.match(clause, mention.end):
            return (mention.code,)
    return ()


#: 'throughout its passage', 'during their transit': the passage of what was named before.
_ITS_PASSAGE = re.compile(r"\b(?:throughout|during|on|in|after) (?:its|their) $")
#: The nouns of ships, by which a platform is named: 'destroyer', 'navy ships'.
_SHIP_NOUNS = r"destroyers?|warships?|frigates?|cruisers?|ships?|vessels?|submarines?|carriers?"
#: A platform named after its side: ' Navy guided-missile destroyer', ' warship'.
_PLATFORM_AFTER = re.compile(
    rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_SHIP_NOUNS}|aircraft|planes?|patrol aircraft)\b"
)
_OWNED_PLATFORM = re.compile(
    rf"(?:\s+[\w-]+){{0,4}}?\s+(?:{_SHIP_NOUNS}|aircraft)\b(?:\s+[A-Z][\w-]*){{0,2}}\s+"
    r"(?:throughout|during|on|in|after) (?:its|their) $"
)
_AS_CLAUSE = re.compile(r"\b(?:as|while|when|whereas)\b")
#: A platform named right before its verb: 'destroyer ', 'warship ', 'navy ships '.
_PLATFORM_GAP = re.compile(
    rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_SHIP_NOUNS}|"
    r"patrol (?:planes?|aircraft)|aircraft|planes?|fighters?|"
    r"(?:fighter )?jets?|(?:navy|naval) (?:ships?|vessels?))\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:of\s+|(?P<that>that|which)\s+)?"  # 'destroyer Sazanami ', 'accused Japanese fighter
)  # jets of locking', 'a U.S. Navy P-8A Poseidon patrol aircraft that flew'


def _own_platform_subject(mentions, trigger_at: int, clause: str) -> tuple[str, ...]:
    """The side of a platform that is the subject of the trigger, when it is not an adversary
    and no adversary is named before the verb: 'A Japanese destroyer sailed through the
    Taiwan Strait ... as China test-fired ...' is Japan's passage."""
    before = [m for m in mentions if m.end <= trigger_at and m.role != "reporter"]
    if not before:
        return ()
    last = before[-1]  # (an actor, or fighters that are a responder's: 'accused Japanese
    # fighter jets of locking their fire-control radar on two Chinese warplanes')
    gap = _PLATFORM_GAP.fullmatch(clause, last.end, trigger_at)
    if last.code in tr.ADVERSARIES or gap is None:
        return ()
    if _SEEN_BY.search(clause, max(0, last.start - 40), last.start):
        return ()  # 'The Jiangkai I-class frigate was spotted by a Maritime Self-Defense Force
        # destroyer entering the zone': the frigate entered it, the destroyer watched
    if (
        any(m.code in tr.ADVERSARIES for m in before)
        and not gap["that"]
        and not _PARTICIPLE.match(clause, trigger_at)
    ):
        return ()  # (but 'the PLA organized fighter jets to track a U.S. Navy P-8A that flew
    return (last.code,)  # through the Taiwan Strait': the P-8A's flight; 'PLA Eastern Theater
    # Command tracks, warns Japanese destroyer transiting Taiwan Straits')


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: The watcher of a passive sighting: 'was spotted by a', 'confirmed by the'.
_SEEN_BY = re.compile(
    r"\b(?:spotted|seen|sighted|confirmed|detected|observed|photographed|tracked|monitored) by "
    r"(?:an? |the |two |three )?$"
)


_WITH_PARTNER = re.compile(r"[\w -]{0,40}? with (?:the )?")


def _coordinated(mentions, at: int, clause: str) -> list[str]:
    """'by Chinese and Russian bombers' -> CN, RU: mentions joined by and / comma / hyphen."""
    codes: list[str] = []
    for mention in mentions:
        if mention.start == at or (codes and _JOINED.fullmatch(clause[at : mention.start])):
            codes.append(mention.code)
            at = mention.end
        elif mention.start > at:
            break
    return codes


def _subject_before(clause: str, mentions, at: int) -> list[str]:
    """The actors named right before a verb: 'Japan and South Korea scrambled', 'prompting
    Japan to scramble' (not 'between Yonaguni and Taiwan')."""
    ahead = [m for m in mentions if m.end <= at and at - m.end < 45]
    if not ahead:
        return []
    group = [ahead[-1]]
    for mention in reversed(ahead[:-1]):
        if _AND_COMMA.fullmatch(clause[mention.end : group[0].start]):
            group.insert(0, mention)
        else:
            break
    if _BETWEEN_OPEN.search(clause[: group[0].start]):
        return []
    return [m.code for m in group]


def _scramblers(clause: str, mentions, draft: _Draft, text: _Text | None = None) -> tuple[str, ...]:
    trigger_at = draft.trigger_at - draft.start
    if re.match(r"intercepted by", clause[trigger_at:], re.I):
        after = [m.code for m in mentions if m.start > trigger_at and m.code not in tr.ADVERSARIES]
        return tr.ordered_codes(after[:1])
    before = _subject_before(
        clause, [m for m in mentions if m.code not in tr.ADVERSARIES], trigger_at
    )
    if not before and text is not None:
        s_start = text.spans[draft.sentence][0]
        lead = text.actor_mentions(max(s_start, draft.trigger_at - 60), draft.trigger_at)
        before = [m.code for m in lead if m.code not in tr.ADVERSARIES]
    after = [m.code for m in mentions if m.role == "responder" and m.code not in tr.ADVERSARIES]
    codes = before or after
    if not codes and re.search(r"Self-Defen[cs]e|\bA?SDF\b|Japanese", clause):
        codes = ["JP"]
    elif not codes and "Taipei" in clause:
        codes = ["TW"]  # 'prompting Taipei to scramble jets and ships
    return tr.ordered_codes(codes)


def _responder_spans(clause: str, mentions, lowered: str | None = None) -> list[tuple[int, int]]:
    spans = []
    for mention in mentions:
        if mention.code not in tr.ADVERSARIES and mention.role != "actor":
            # up to 40 characters, not past a comma: 'According to Japan's Joint Staff, the
            # Il-38 flew' names the Il-38 outside the responder's words
            comma = clause.find(",", mention.end, mention.start + 40)
            spans.append((mention.start, comma if comma != -1 else mention.start + 40))
    for start, end in _WATCHED_BY.spans(clause, lowered):
        spans.append((start, end + 120))
    return spans


#: Warship classes -> the navy that sails them ('a Vishnya-class intelligence ship').
_CLASS_NAVIES = {
    **dict.fromkeys(
        (
            *("Vishnya", "Udaloy", "Steregushchiy", "Slava", "Sovremenny", "Kilo", "Ropucha"),
            *("Neustrashimy", "Gremyashchiy", "Admiral", "Borei", "Yasen", "Akula", "Moma"),
            *("Dubna", "Marshal"),
        ),
        "RU",
    ),
    **dict.fromkeys(
        (
            *("Luyang", "Luzhou", "Jiangkai", "Jiangwei", "Jiangdao", "Renhai", "Shupang"),
            *("Dongdiao", "Fuchi", "Fuyu", "Yuzhao", "Yuting", "Yushen", "Shang", "Yuan"),
            *("Song", "Jin", "Kunlunshan"),
        ),
        "CN",
    ),
}


#: A side that only names what others did: 'what Japan called', 'what Tokyo described as'.
_CALLED = re.compile(r"\s+(?:called|calls|described|describes|termed|terms|labell?ed)\b")


def _actors_from_classes(clause: str) -> tuple[str, ...]:
    if "-class" not in clause:
        return ()
    codes = [
        _CLASS_NAVIES.get(m.group().split()[0].split("-")[0]) for m in _CLASS_NAME.finditer(clause)
    ]
    return tr.ordered_codes(code for code in codes if code)


def _actors_from_assets(assets) -> tuple[str, ...]:
    codes = [code for asset in assets for pattern, code in tr.ASSET_ACTOR if pattern.match(asset)]
    return tr.ordered_codes(codes)


_ATTRIBUTION = re.compile(
    r"according to[^,.;]*|\([A-Z][\w ]*(?:News|Press|Yonhap|Sputnik|Reuters)\)|/TASS/|"
    r"(?:Headquarters|headquarters|summit|conference|press office|Ministry|ministry) in [A-Z]\w+"
)


#: Every match of _ATTRIBUTION holds one of these.
_ATTRIBUTION_WORDS = (
    *("according to", "(", "/TASS/", "eadquarters in ", "summit in ", "conference in "),
    *("press office in ", "inistry in "),
)


def _usable_places(text: _Text, start: int, end: int) -> list[PlaceMention]:
    """Places of a clause, without those inside an attribution ('according to ... in Naha')."""
    places = text.places_in(start, end)
    if not places:
        return []
    clause = text.article.text[start:end]
    blocked = (
        [(start + m.start(), start + m.end()) for m in _ATTRIBUTION.finditer(clause)]
        if tr.holds_any(clause, _ATTRIBUTION_WORDS)
        else []
    )
    head = text.article.text[max(0, start - 2) : start + 40]
    if start == text.spans[0][0] or _AGENCY_DATELINE.search(head):
        dateline = _DATELINE.match(clause)
        if dateline:
            blocked.append((start, start + dateline.end()))
    return [
        p
        for p in places
        if not any(a <= p.start < b for a, b in blocked) and not _zone_denied(text, p, start)
    ]


_DENIED_KINDS = frozenset({"airspace", "territorial_sea", "contiguous_zone", "adiz", "eez"})
#: Before a zone: what says no one went in ('no aircraft entered', 'did not enter', 'no
#: violation of'); after it: 'Japan's airspace was not violated'.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:did not|didn't|never|without|not)\s+(?:enter|entering|violate|violating|intrude "
    r"into|cross into)|\bno\s+(?:[\w-]+\s+){0,3}?(?:entered|violated|intruded into|crossed into)|"
    r"\bno\s+(?:violation|intrusion|incursion)s?\s+(?:of|into))\s+(?:the\s+)?$",
    re.I,
)
_DENIED_AFTER = re.compile(r"\W{0,3}(?:was|were|had been)\s+(?:not|never)\s+(?:violated|entered)")


def _zone_denied(text: _Text, place: PlaceMention, start: int) -> bool:
    """A zone the clause says was not entered: 'but Japan's airspace was not violated'."""
    kind = place.relation or place.kind
    if kind not in _DENIED_KINDS:
        return False
    full = text.article.text
    if _DENIED_AFTER.match(full, place.end, place.end + 40):
        return True
    before = full[max(start, place.start - 50) : place.start]
    if before.endswith(("outside ", "outside of ")):
        return True  # 'fell outside Japan's exclusive economic zone'
    return ("no" in before or "No" in before) and bool(_DENIED_BEFORE.search(before))


def _qualifies(place: PlaceMention) -> bool:
    """A place that makes a mention specific: not a city, a country or a region alone, nor a
    vague phrase around one ('near Japan', 'waters near Japan')."""
    if place.relation is None:
        return place.kind not in _WEAK_KINDS
    return (
        not place.anchors
        or not all(a.startswith(("country.", "region.")) for a in place.anchors)
        or place.relation
        in ("territorial_sea", "contiguous_zone", "adiz", "airspace", "eez", "bearing_distance")
    )  # ('71 NM west of Penghu' is a point, though Penghu is a region)


# --- dates of a clause ----------------------------------------------------------------------


def _event_dates(text: _Text, draft: _Draft) -> tuple[list[DateMention], list[DateMention]]:
    """(event dates, report dates) of a clause: 'said Tuesday' reports, it does not date."""
    events, reports, protests = [], [], []
    ongoing: list[int] = []  # (events that run up to the news)
    draft.since = False
    full = text.article.text
    s_start = text.spans[draft.sentence][0]
    for mention in text.dates_in(draft.start, draft.end):
        begin = max(s_start, mention.start - 40)
        before = full[begin : mention.start]
        after = full[mention.end : mention.end + 40]
        low = text.lowered_of(begin, mention.start)
        # "from Nov. 3-5" and "the first since November, when ..." date an event
        dated = (
            mention.date_end is not None
            or _WHEN_AFTER.match(after) is not None
            or (mention.precision == "day" and before.rstrip().lower().endswith("from"))
        )
        reach = max(s_start, mention.start - 80)  # 'since the islands were placed under
        wide = full[reach : mention.start]  # national ownership in September 2012'
        since = (
            _SINCE.search(wide)
            if not dated and _may_hold(text.lowered_of(reach, mention.start), _SINCE_WORDS)
            else None
        )
        if since is not None and (
            _STAYED_UNTIL.search(wide) or _SINCE_THE_FIRST.search(wide) or _FROM_UNTIL.search(wide)
        ):
            since = None  # 'entered ... and stayed until Thursday evening': the day it left;
            # '... since the first one in July 2019': when that one was; 'from Tuesday evening
            # until Wednesday morning': the span's last day
        if since is not None and not reach + since.start() < draft.trigger_at < mention.start:
            published = text.article.published
            if (
                mention.precision == "day"
                and published is not None
                and mention.date <= published.isoformat()
                and _ONGOING.search(full, draft.start, draft.end)
            ):  # 'have been conducting the exercise ... since May 20': from then to the news
                later = mention.date < published.isoformat()
                events.append(replace(mention, date_end=published.isoformat() if later else None))
                ongoing.append(len(events) - 1)
                continue
            until = _had_been_until(text, draft, mention) if mention.precision == "day" else None
            if until is not None:  # 'vessels that had been sailing in the contiguous zone
                events.append(replace(mention, date_end=until.date))  # since the previous day
                continue  # and moved into Japanese territorial waters early on Friday morning'
            draft.since = True  # 'held drills there since 2012': a tally, not an event date
            continue  # (but 'since it passed through the Bashi Channel ... on October 13'
            # dates the passage)
        if _SAME_ONE_ON.search(before):
            continue  # '... passed between Mikurajima and Hachijojima, the same route used on
            # Tuesday': the day of the passage the route is named by, not of this one
        if mention.precision == "year" and _NTH_THIS_YEAR.search(before):
            continue  # 'this is the fifth case this year of a Chinese vessel ...': a tally of
            # the year's cases, the incident told is not dated by it
        if _NUMERIC_STAMP.match(mention.text) and not _PROSE_BEFORE.search(before):
            continue  # '23.11.2021, Sputnik': a page stamp, not prose ('on 2025-08-18' is)
        relative = _OTHERS_BEFORE.search(before) if "had " in before else None
        if relative is not None and begin + relative.start() > draft.trigger_at:
            continue  # '... passed through ..., where they joined the three vessels that had
            # transited the previous day': the day of the others, not of this passage
        at_head = not _WORD.search(_LEAD_IN.sub("", before))
        if (
            (_may_hold(low, _REPORT_WORDS) and _REPORT_BEFORE.search(before))
            or ("(" in before and _SOURCE_LABEL.search(before))
            or (at_head and _REPORT_AFTER.match(after))
            or _REPORT_RIGHT_AFTER.match(after)
            or (mention.precision == "day" and _REPORT_NOUN_AFTER.match(after))
            or (_DASH_AFTER.match(after) and _CITY_BEFORE.search(before))
        ):
            reports.append(mention)
        elif "rotest" in before and _PROTEST_BEFORE.search(before):
            protests.append(mention)
        else:
            events.append(mention)
    if protests:  # 'lodged a protest with Russia on Tuesday over military exercises that Russian
        # forces began Monday': the day of the protest, unless it is the only one told
        (reports if events else events).extend(protests)
    said = reports[-1] if reports and reports[-1].precision == "day" else None
    for index in ongoing:  # 'Since Monday, fighters have been taking off ..., the Joint Staff
        since_day = events[index]  # said Thursday': up to the day it was said
        if said is not None and since_day.date < said.date <= (since_day.date_end or ""):
            events[index] = replace(since_day, date_end=said.date)
    return events, reports


def _had_been_until(text: _Text, draft: _Draft, since: DateMention) -> DateMention | None:
    """The later day of the same sentence up to which ships 'had been' doing what they did
    'since' a day: 'that had been sailing in the contiguous zone since the previous day and
    moved into Japanese territorial waters early on Friday morning' stayed up to Friday."""
    start, end = text.spans[draft.sentence]
    if not _HAD_BEEN.search(text.article.text, max(start, draft.trigger_at - 40), since.start):
        return None
    first = _iso_to_date(since.date)
    for later in text.dates_in(since.end, end):
        day = _iso_to_date(later.date) if later.precision == "day" else None
        if first is not None and day is not None and 0 < (day - first).days <= 7:
            return later
    if first is not None and since.text.lower() in ("the previous day", "the day before"):
        after = (first + timedelta(days=1)).isoformat()  # ('The three vessels had been
        return replace(since, date=after)  # navigating in the contiguous zone since the
    return None  # previous day': up to the day it was counted from


#: An ordinal case of the year, before 'this year': 'the fifth case', 'its 12th intrusion'.
_NTH_THIS_YEAR = re.compile(
    r"\b(?:the|its|their) (?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|[a-z]+teenth|[a-z]+tieth) (?:such )?(?:case|time|incident|"
    r"intrusion|flight|passage|transit|launch|violation|entry|sighting|survey|day)s? "
    r"(?:so far )?$"  # ('This is the 39th day this year on which Chinese government ships ...')
)
_FIRST_SEEN = re.compile(r"\bfirst (?:spotted|seen|sighted|confirmed|detected|observed)\b")
#: A clause that tells what is still going on: 'have been conducting', 'has been operating'.
_ONGOING = re.compile(r"\b(?:has|have) been [a-z]+ing\b")
#: Another passage's day, by which a route is named: 'the same route used on Tuesday'.
_SAME_ONE_ON = re.compile(
    r"\bthe same (?:route|path|course|track|passage|waters|gap|strait)\b"
    r" (?:used|taken|followed|sailed|flown|as|(?:that|which) \w+ (?:used|took|followed)) "
    r"(?:on|in)\s+$"  # (not 'A smaller flotilla took the same route in September 2022')
)
_HAD_BEEN = re.compile(r"\bhad been [a-z]+ing\b")
#: What has gone on for a while up to the news: 'has been operating ... for nearly two weeks'.
_ONGOING_FOR = re.compile(
    _ONGOING.pattern + r"[^.;]{0,80}?\bfor (?:nearly |almost |about |some |more than |over )?"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>day|week|month)s\b"
)
#: A relative clause in the past perfect: what other ships or aircraft had done before.
_OTHERS_BEFORE = re.compile(r"\b(?:that|which|who) had (?:[\w-]+ ){1,3}$")
_REFERENCE_SUBJECT = re.compile(
    r"^\W*(?:Their|The|This|That|Its|These)\s+(?:[\w’'-]+\s+){0,5}?(?:came|comes|follows|followed|"
    r"was)\s+"
    r"(?:after|on the heels of|an? \w+|following)",
)


def _under_cue(sentence: str, cue: re.Match[str], at: int) -> bool:
    """Whether the trigger at ``at`` tells what a background cue points back to: it follows the
    cue, and not in the main clause after an opening one ('Hours after the summit ended, North
    Korea fired a rocket'; 'Days after jets locked radar on a plane, bombers flew')."""
    if at <= cue.start():
        return False
    comma = _opening_cue_end(sentence, cue)
    if comma is not None:
        return comma < 0 or comma + 2 > at
    return True


def _opening_cue_end(sentence: str, cue: re.Match[str]) -> int | None:
    """Where the comma that closes a cue opening ``sentence`` stands ('Hours after Friday's
    launch, ...'), -1 if none follows; None when the cue does not open it."""
    if not _OPENING.fullmatch(sentence, 0, cue.start()) or cue.group().startswith("came"):
        return None
    return sentence.find(", ", cue.end())


#: What may come before a cue that opens its sentence: 'Hours after', 'Only days after'.
_OPENING = re.compile(r"\W*(?:(?:[Oo]nly|[Jj]ust|[Bb]ut|[Aa]nd|[Ss]ome|[Aa]bout) )?")


def _dated_copies(text: _Text, draft: _Draft, sentence: str) -> list[_Draft]:
    events, reports = _event_dates(text, draft)
    cue = text.background_cue(draft.sentence)
    s_start = text.spans[draft.sentence][0]
    if cue and draft.kind != "scramble":
        if draft.trigger_at - s_start < cue.start() and _REFERENCE_SUBJECT.search(sentence):
            return [draft]  # 'Their entry into the KADIZ came after ... over the weekend'
        if _under_cue(sentence, cue, draft.trigger_at - s_start):
            draft.role = "background"
    if len(events) > 1 and draft.listed:
        return _listed_copies(text, draft, events)
    joined = _days_joined(events, text.article.text) if len(events) == 2 else None
    if joined is not None and cue and draft.kind != "scramble":
        draft.date, draft.role = joined, "background"  # 'In the previous case, on the 6th,
        draft.date_reason = _date_reason(text, events[0], "")  # ... entered ... before leaving
        return [draft]  # on the 7th': one stay over both days
    if len(events) > 1 and cue and draft.kind != "scramble":
        events = _past_opening_cue(sentence, s_start, cue, draft.trigger_at, events)
    if len(events) > 1 and cue and draft.kind != "scramble":
        return _copies_on(text, draft, events)
    if any(m.precision != "year" for m in events):
        events = [m for m in events if m.precision != "year"]  # '30th time this year on Thursday'
    if len(events) > 1 and _ORDINALS_LISTED.search(draft.clause_text):
        return [  # 'The first took place in July 2019 and the second in December 2020'
            replace(draft, date=m, date_reason=_date_reason(text, m, ""), sources=[*draft.sources])
            for m in events
        ]
    legs = _strait_legs(draft, events) if draft.kind == "strait_transit" else None
    if legs:
        return legs
    if len(events) > 1 and _dated_list(text, draft, events):
        return _listed_copies(text, draft, events)
    listed_days = _days_of_a_list(text, draft, events) if events else None
    if listed_days:
        return _copies_on(text, draft, listed_days)
    listed = _days_listed(events, text.article.text) or _occasions(text, draft, events)
    if listed:  # 'one missile on Sunday, two on Wednesday and two more on Thursday'
        copies = []
        for mention in listed:
            copy = replace(draft, date=mention, sources=list(draft.sources))
            copy.date_reason = _date_reason(text, mention, "")
            copy.count = None
            copies.append(copy)
        return copies
    if not events and " been " in draft.clause_text:
        _ongoing_for(text, draft)
    if not events and not reports:
        period = _period_covered(text)
        if period is not None and not text.dates_in(period.end, draft.start):
            draft.date = period  # 'I. Period covered: 06:00 (UTC+8), November 12, 2024 to 06:00
            # (UTC+8), November 13, 2024' heads the release's counts told before any other day
            draft.date_reason = f"date: '{period.text}', the period the release covers"
            return [draft]
    if events:
        nearest = min(events, key=lambda m: _distance(text.article.text, m, draft.trigger_at))
        nearest = _finer_within(nearest, events, draft.trigger_at, text.article.text)
        draft.date = _days_joined(events, text.article.text) or _lasting(text, draft, nearest)
        draft.date_reason = _date_reason(text, nearest, "")
    elif reports:
        draft.report = reports[0]
    return [draft]


def _past_opening_cue(
    sentence: str, s_start: int, cue: re.Match[str], at: int, events: list[DateMention]
) -> list[DateMention]:
    """The days told in the main clause after an opening cue, when the trigger at ``at`` is
    there: 'Hours after Friday's launch, before dawn on Saturday, U.S. and South Korean forces
    conducted a live-fire exercise' is Saturday's, Friday is the launch's."""
    comma = _opening_cue_end(sentence, cue)
    if comma is None or comma < 0 or at - s_start < comma:
        return events
    main = [m for m in events if m.start - s_start > comma]
    return main or events


def _period_covered(text: _Text) -> DateMention | None:
    """The days a release's 'Period covered:' line spans, from its first day to its last."""
    key = ("period covered",)
    if key not in text.memo:
        found = _PERIOD_COVERED.search(text.article.text)
        days = (
            [m for m in text.dates_in(found.start(), found.end()) if m.precision == "day"]
            if found is not None
            else []
        )
        text.memo[key] = (
            replace(
                days[0],
                text=found.group().strip(),
                start=found.start(),
                end=found.end(),
                date_end=days[-1].date,
            )
            if found is not None and len(days) == 2 and 0 < _days_apart(days[0], days[1]) <= 1
            else None
        )
    return cast("DateMention | None", text.memo[key])


def _days_apart(a: DateMention, b: DateMention) -> int:
    first, last = _iso_to_date(a.date), _iso_to_date(b.date)
    return (last - first).days if first is not None and last is not None else -1


_PERIOD_COVERED = re.compile(r"(?m)^[ \t]*(?:[IVX]{1,4}\.\s+)?Period covered:[^\n]{10,120}$")


def _finer_within(
    mention: DateMention, events: list[DateMention], at: int, full: str
) -> DateMention:
    """A day the clause names within ``mention``'s month, if it names one: 'The Liaoning
    carrier group, which left port in early August, had carried out training ... from August
    11 to August 15' is those days, not August; 'Earlier this week, the PLA Eastern Theater
    Command organized a joint combat readiness patrol ... on Monday' is Monday. Not a day told
    past ``mention`` in the same stretch of clause, where ``mention`` comes after the trigger at
    ``at`` ('A submarine that sailed through the contiguous zone ... earlier this week surfaced
    ... on Friday': Friday is the surfacing's)."""
    if mention.precision not in ("month", "week"):
        return mention
    span = date_interval(mention.date, mention.date_end, mention.precision)
    for other in events:
        inner = date_interval(other.date, other.date_end, other.precision)
        if at < mention.start < other.start and "," not in full[mention.end : other.start]:
            continue
        if other.precision == "day" and span and inner and span[0] <= inner[0] <= span[1]:
            return other
    return mention


def _strait_legs(draft: _Draft, events: list[DateMention]) -> list[_Draft] | None:
    """'sailed through the Soya Strait on Aug. 10 and through the Tsugaru Strait two days
    later', 'On Oct. 18 they passed the Tsugaru Strait and on Oct. 22 the Osumi Strait': one
    passage per strait, each on the day named with it, or None when the clause names one
    strait, or its straits and days do not take turns."""
    days = sorted((m for m in events if m.precision == "day"), key=lambda m: m.start)
    straits: list[PlaceMention] = []
    for place in draft.places:
        if place.feature_id.startswith(_STRAIT_IDS) and all(
            place.feature_id != p.feature_id for p in straits
        ):
            straits.append(place)
    if len(days) < 2 or len(straits) != len(days):
        return None
    straits.sort(key=lambda p: p.start)
    marks = sorted([(p.start, "strait") for p in straits] + [(m.start, "day") for m in days])
    kinds = [kind for _, kind in marks]
    if any(a == b for a, b in zip(kinds, kinds[1:], strict=False)):
        return None  # (two straits or two days side by side: not one leg each)
    opens = [min(strait.start, day.start) for strait, day in zip(straits, days, strict=True)]
    bounds = [draft.start, *opens[1:], draft.end]  # each leg runs to where the next opens
    legs = []
    for index, (strait, day) in enumerate(zip(straits, days, strict=True)):
        begin, end = bounds[index], bounds[index + 1]
        places = tuple(
            p
            for p in draft.places
            if p is strait or (begin <= p.start < end and not p.feature_id.startswith(_STRAIT_IDS))
        )
        leg = replace(draft, date=day, places=places, sources=list(draft.sources))
        leg.date_reason = f"date: '{day.text}', the day of its passage through {strait.text}"
        legs.append(leg)
    return legs


_STRAIT_IDS = ("strait.", "channel.")


def _implied(
    draft: _Draft, said: str, first: date, last: date, precision: str = "day"
) -> DateMention:
    """A span the clause implies rather than names ('for nine consecutive days', 'for nearly
    two weeks', no date at all), placed where the clause begins."""
    return DateMention(
        text=said,
        start=draft.start,
        end=draft.start,
        date=first.isoformat(),
        precision=precision,
        date_end=last.isoformat(),
    )


def _ongoing_for(text: _Text, draft: _Draft) -> None:
    """'a research ship that has been operating without permission for nearly two weeks':
    from that long before the news up to its day."""
    ongoing = _ONGOING_FOR.search(draft.clause_text)
    published = text.article.published
    if ongoing is None or published is None:
        return
    days = tr.number_of(ongoing["n"]) * {"day": 1, "week": 7, "month": 30}[ongoing["unit"]]
    if not 1 < days <= 400:
        return
    first = published - timedelta(days=days - 1)
    for index in range(draft.sentence + 1, min(len(text.spans), draft.sentence + 3)):
        if _FIRST_SEEN.search(text.sentence(index)):  # 'The Japan Coast Guard first spotted
            for seen in _sentence_event_dates(text, index):  # the ship ... on July 9'
                day = _iso_to_date(seen.date) if seen.precision == "day" else None
                if day is not None and abs((day - first).days) <= 7:
                    first = day
                    break
    draft.date = _implied(draft, ongoing.group(), first, published)
    draft.date_reason = f"date: '{ongoing.group()}' up to publication {published.isoformat()}"


def _dated_list(text: _Text, draft: _Draft, events: list[DateMention]) -> bool:
    """'objects seen over Kyushu in November 2019, over Miyagi Prefecture in June 2020 and over
    Aomori Prefecture in September 2021': earlier cases listed, each month with its own place
    (after the trigger, and apart by commas or 'and')."""
    dated = sorted(events, key=lambda m: m.start)
    if any(m.precision not in ("month", "year") or m.date_end for m in dated):
        return False
    if len({m.date for m in dated}) < len(dated) or dated[0].start < draft.trigger_at:
        return False
    full, begin = text.article.text, draft.trigger_at
    for mention in dated:
        if not any(begin <= p.start < mention.start for p in draft.places):
            return False
        begin = mention.end
    pairs = zip(dated, dated[1:], strict=False)
    return all(_LIST_GAP.search(full, a.end, b.start) is not None for a, b in pairs)


_LIST_GAP = re.compile(r",|\band\b")


def _listed_copies(text: _Text, draft: _Draft, events: list[DateMention]) -> list[_Draft]:
    """One earlier incident per date of a list, at the places named with that date ('drills
    in the Yellow Sea in April 2012 and off Vladivostok in July 2013')."""
    copies = []
    begin = draft.trigger_at
    for mention in sorted(events, key=lambda m: m.start):
        places = tuple(p for p in draft.places if begin <= p.start < mention.end)
        copy = replace(draft, date=mention, places=places, role="background", sources=[])
        copy.sources = list(draft.sources)
        copy.own_place = any(_qualifies(p) for p in places)
        copy.date_reason = _date_reason(text, mention, "")
        copies.append(copy)
        begin = mention.end
    return copies


def _days_of_a_list(
    text: _Text, draft: _Draft, events: list[DateMention]
) -> list[DateMention] | None:
    """'The ministry counts eight flights near Japan: July 23, 2019; Dec. 22, 2020; ... and
    Nov. 29, 2024': a list of three or more whole dates, each with its year, one after the
    other after a colon, or None."""
    first = min(events, key=lambda m: m.start)
    full = text.article.text
    colon = full.rfind(":", draft.trigger_at, first.start)
    if colon < 0 or full[colon + 1 : first.start].strip() not in ("", "on", "On"):
        return None
    index = bisect_left(text.date_starts, first.start)
    listed: list[DateMention] = []
    for mention in text.dates[index:]:
        if listed and _DAY_LIST_GAP.fullmatch(full, listed[-1].end, mention.start) is None:
            break
        if mention.precision != "day" or not _A_YEAR.search(mention.text):
            break
        listed.append(mention)
    if len(listed) < 3 or len({m.date for m in listed}) < len(listed):
        return None
    return listed


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_LIST_GAP = re.compile(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+")


def _copies_on(text: _Text, draft: _Draft, events: list[DateMention]) -> list[_Draft]:
    """One earlier incident on each of the days, at the places the clause names."""
    copies = []
    for mention in events:
        copy = replace(draft, date=mention, role="background", sources=list(draft.sources))
        copy.date_reason = _date_reason(text, mention, "")
        copies.append(copy)
    return copies


_DURATION = re.compile(
    r"\b(?:for|(?:a|an) (?:stay|presence|intrusion) of|lasting|lasted) "
    r"(?:about |some |nearly |almost |more than |over |around )?(?P<n>\d{1,3}|two|three|"
    r"four|five|six|seven) (?P<unit>hours|days)\b|"
    r"\b(?P<span>two|three|four|five|six|seven)-day (?:drills|exercises?|war ?games|"
    r"maneuvers|manoeuvres)\b"  # 'The two-day drills ... began on Thursday'
)
_DURATION_WORDS = ("for ", " of ", "lasting", "lasted", "-day ")
_EXIT_WORDS = r"left|leaving|exited|departed"
_EXIT = re.compile(rf"\b(?:{_EXIT_WORDS})\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till)\b(?: (?:late|early))?(?: on)?(?: the)?\W*$")
#: An entry in the evening and an exit after midnight: 'entered ... at around 9:50 p.m.
#: Wednesday, ..., and left at around 3:05 a.m.'
_OVERNIGHT = re.compile(
    rf"\b\d{{1,2}}(?::\d{{2}})?\s*p\.?m\b[^;]{{0,160}}?\b(?:{_EXIT_WORDS})\b"
    r"[^.;]{0,30}?\b\d{1,2}(?::\d{2})?\s*a\.?m\b"
)


_JOINING = re.compile(
    r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?"  # 'From May 3 (Tue) to today'
    r"\s*,?\s*(?:and (?:said (?:it|they) )?(?:would |will )?(?:run|last|continue)s? "
    r"(?:through|until|till|to)|"  # 'began on Saturday (April 8) and said it would run through
    r"and|to|through|until|till|then|(?:night )?into)(?: again)?(?: on| from)?(?: early| late)?"
    r"(?: the (?:early |small |wee )?(?:hours|night|morning|afternoon|evening) of)?"  # 'from
    r"\s*"  # today'; 'on the night of Monday into Tuesday', 'from Monday night into Tuesday';
    # 'from around 11 p.m. on Feb. 3 to the early hours of Feb. 4'
    r"(?:(?:around |about |approximately )?(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|"
    r"\d{1,2}:\d\d|noon|midnight)\s*(?:on\s*)?)?"  # 'and 6am
)  # yesterday', 'from noon on Thursday until noon on Sunday'


#: What separates the days of a list of occasions: ', two on', ' and two more on'.
_LISTING = re.compile(
    r"\s*(?:,|;|,? and)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|another)"
    r"(?: more)?(?: [\w-]+)? (?:did so |did the same |followed )?(?:on|in)\s*",
    re.I,
)


#: Incidents that happen at a moment: on two days they are two incidents.
_MOMENTARY = frozenset({"radar_lockon", "missile_launch", "airspace_violation"})
_APPROACH = re.compile(r"approach|close|within", re.I)
_AND_DAY = re.compile(r"\s*(?:,|and|and again|,? and (?:again )?on|as well as)\s*(?:on\s*)?")


#: Earlier ones told in order: 'The first took place in July 2019 and the second in ...'.
_ORDINALS_LISTED = re.compile(
    r"\b[Tt]he first\b[^.;]*?\band the (?:second|third|fourth|latest|last|most recent)\b"
)


def _occasions(text: _Text, draft: _Draft, events: list[DateMention]) -> list[DateMention]:
    """'abnormal approaches on Saturday and Sunday', 'radar lock-ons on Monday and
    Wednesday': a momentary incident on two days happened twice."""
    momentary = draft.kind in _MOMENTARY or (
        draft.kind == "other" and _APPROACH.search(draft.clause_text) is not None
    )
    if momentary and len(events) == 1 and events[0].date_end is not None:
        return _each_day(events[0], draft.clause_text)
    days = [m for m in events if m.precision == "day" and m.date_end is None]
    if not momentary or len(days) < 2 or len(days) != len(events):
        return []
    full = text.article.text
    pairs = zip(days, days[1:], strict=False)
    return days if all(_AND_DAY.fullmatch(full[a.end : b.start]) for a, b in pairs) else []


#: 'on two consecutive days last weekend', 'on both days': one occasion on each day.
_EACH_DAY = re.compile(
    r"\b(?:on (?P<n>two|three|four) (?:consecutive|straight|successive) days|"
    r"(?P<m>two|three|four) days in a row|on both days|on each day)\b"
)


def _each_day(mention: DateMention, clause: str) -> list[DateMention]:
    """A range of days the clause says a momentary incident happened on every day of: one
    date a day ('made abnormal approaches on two consecutive days last weekend')."""
    said = _EACH_DAY.search(clause)
    if said is None or mention.precision != "day" or mention.date_end is None:
        return []
    first, last = date.fromisoformat(mention.date), date.fromisoformat(mention.date_end)
    word = said.group("n") or said.group("m")
    count = tr.number_of(word) if word else (last - first).days + 1  # 'on both days'
    if (last - first).days + 1 != count or count > 4:
        return []
    return [
        replace(mention, date=(first + timedelta(days=k)).isoformat(), date_end=None)
        for k in range(count)
    ]


def _days_listed(events: list[DateMention], full: str) -> list[DateMention]:
    """Days a clause lists as separate occasions, each with its own count ('one on Sunday,
    two on Wednesday and two more on Thursday'); empty unless there are several."""
    days = [m for m in events if m.precision == "day"]
    if len(days) < 2:
        return []
    pairs = zip(days, days[1:], strict=False)
    if not all(
        _LISTING.fullmatch(full[a.end : b.start])
        or _FOLLOWED_BY.fullmatch(full[a.end : b.start])
        or (_AGAIN.fullmatch(full, a.end, b.start) and not _next_day(a, b))
        for a, b in pairs
    ):
        return []
    return days


#: 'on Monday and again on Thursday': two occasions (on the day after, one stay: see
#: :func:`_days_joined`).
_AGAIN = re.compile(r"\s*,?\s*and again (?:on|in)\s*")


def _next_day(a: DateMention, b: DateMention) -> bool:
    first, second = _iso_to_date(a.date_end or a.date), _iso_to_date(b.date)
    return first is not None and second is not None and (second - first).days <= 1


#: 'On Friday, 38 aircraft were tracked in the zone, followed by 39 on Saturday'.
_FOLLOWED_BY = re.compile(
    r"[^.;]{0,100}?,?\s+followed by (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?: more)?(?: [\w-]+)? (?:on|in)\s*"
)


#: 'entered ... on Tuesday and left them south of Yakushima ... on Wednesday'.
_THEN_LEFT = re.compile(
    rf"^(?:[^.;]{{0,160}}\b(?:and|before|then)\b[^.;]{{0,60}}|[\s,]*)\b(?:{_EXIT_WORDS}|"
    r"(?<=\band )(?:ended|concluded|wrapped up|finished)|"  # 'began last Tuesday ... and ended on'
    r"(?:stayed|remained) (?:there |inside |in the (?:waters|zone|area) )?(?:until|through|till))\b"
    r"[^.;]{0,80}$"  # ('... that entered ... early Sunday left late Wednesday night', '...
)  # entered ... in the small hours of Wednesday and stayed until Thursday evening')


#: The first day of what a clause ends on a later one: 'concluded ... on Tuesday, ..., after
#: five days of drills that began last Friday'.
_BEGAN = re.compile(r"\bafter [\w\s-]{0,40}\b(?:that|which) (?:began|started)\s+(?:on\s+)?$")


def _clock_dots(gap: str) -> str:
    """``gap`` with 'a.m.', 'p.m.' and 'U.S.' written without dots, which end no clause:
    'entered at 10:05 a.m. on the 20th and left at 11:40 a.m. on the 21st', 'spotted Saturday
    morning east of ..., the U.S. Navy's main port on Okinawa, and stayed ... through Monday'."""
    if ".m." in gap:
        gap = gap.replace("a.m.", "am").replace("p.m.", "pm")
    return gap.replace("U.S.", "US") if "U.S." in gap else gap


def _days_joined(events: list[DateMention], full: str) -> DateMention | None:
    """'on Saturday and again on Sunday', 'from Monday to Wednesday' in one clause: the days
    from the first to the last (at most a week apart), else None."""
    events = [m for m in events if m.precision == "day"]  # ('... in response to a visit
    if len(events) < 2:  # this week' names no day of the drills)
        return None
    run: list[DateMention] = []  # the first run of joined days ('on Friday and Saturday,
    for a, b in zip(events, events[1:], strict=False):  # completing ... that began last
        gap = _clock_dots(full[a.end : b.start])  # Monday': Friday and Saturday; 'late
        if _JOINING.fullmatch(gap) or _THEN_LEFT.search(gap) or _BEGAN.search(gap):
            run = run or [a]  # Tuesday and ... from 11 p.m. Tuesday until 5 a.m. Wednesday':
            run.append(b)  # Tuesday and Wednesday)
        elif run:
            break
    if len(run) < 2:
        return None
    events = run
    spans = [date_interval(m.date, m.date_end, m.precision) for m in events]
    first = min(s[0] for s in spans if s)
    last = max(s[1] for s in spans if s)
    if (last - first).days > 7 or first == last:
        return None
    return DateMention(
        text=" ".join(m.text for m in events),
        start=events[0].start,
        end=events[-1].end,
        date=first.isoformat(),
        precision="day",
        date_end=last.isoformat(),
    )


def _lasting(text: _Text, draft: _Draft, mention: DateMention) -> DateMention:
    """A day widened by the stay its clause states: 'left the waters on Sunday after staying
    there for 80 hours' began on Thursday; 'entered on Monday and stayed for three days' ended
    on Wednesday."""
    if mention.precision != "day" or mention.date_end is not None:
        return mention
    full = text.article.text
    sentence_end = text.spans[draft.sentence][1]
    if ".m" in full[draft.trigger_at : sentence_end] and _OVERNIGHT.search(
        full, max(draft.start, mention.start - 60), sentence_end
    ):
        day = date.fromisoformat(mention.date)  # ('entered ... at around 9:50 p.m.
        last = day + timedelta(days=1)  # Wednesday ... and left at around 3:05 a.m.')
        published = text.article.published
        if published is None or last <= published:
            return replace(mention, date_end=last.isoformat())
    if not _may_hold(text.lowered_of(draft.start, draft.end), _DURATION_WORDS):
        return mention
    found = _DURATION.search(draft.clause_text)
    if found is None:
        return mention
    number = tr.number_of(found["n"] or found["span"])
    # hours from an unknown time of day count from midday: 'entered ... on Tuesday and stayed
    # for more than 20 hours' ends on Wednesday
    days = (12 + number) // 24 if found["unit"] == "hours" else number - 1
    if days <= 0:
        return mention
    day = date.fromisoformat(mention.date)
    exit_before_date = _EXIT.search(full, draft.trigger_at, mention.start) is not None
    until = _UNTIL.search(full, max(draft.start, mention.start - 20), mention.start) is not None
    if (
        _EXIT.match(full, draft.trigger_at)
        or exit_before_date  # '... and left them on April 2'
        or until  # 'remained in Japanese territorial waters ... for more than 57 hours until
        # late on Oct. 13'
    ):
        first, last = day - timedelta(days=days), day
    else:
        first, last = day, day + timedelta(days=days)
        published = text.article.published
        if published is not None and first <= published < last:
            last = published  # (a stay still going on is told up to the news)
    return replace(mention, date=first.isoformat(), date_end=last.isoformat())


def _distance(full: str, mention: DateMention, at: int) -> int:
    """Characters between a date and a trigger, plus a penalty per clause boundary between."""
    lo, hi = sorted((mention.end, at)) if mention.start < at else (at, mention.start)
    boundaries = len(_BOUNDARY_WORDS.findall(full[lo:hi]))
    return hi - lo + 40 * boundaries


def _date_reason(text: _Text, mention: DateMention, how: str) -> str:
    published = text.article.published
    against = (
        f"published {published.isoformat()}"
        if published
        else (
            f"the latest date in the text {text.reference.isoformat()}"
            if text.reference
            else "no date"
        )
    )
    return f"date: {how}'{mention.text}' resolved against {against}"


# --- resolving a whole article ---------------------------------------------------------------


def _resolved(text: _Text, drafts: list[_Draft], gazetteer) -> list[_Draft]:
    if any(d.clause_text.count("1(") > 1 for d in drafts):  # 'as described in 1(1) and 1(2)'
        drafts = [one for d in drafts for one in _per_item(text, d)]
    for draft in drafts:
        if draft.date is None and "1(" in draft.clause_text:  # 'the Y-9 in 1(3) flew ...'
            listed = _listed_date(text, draft)
            if listed is not None:
                draft.date = listed
                draft.date_reason = f"date: '{listed.text}', the item of the release it names"
        if draft.date is None and _WHEN_AFTER.match(draft.clause_text):
            named = text.dates_in(max(0, draft.start - 40), draft.start)
            if named and not text.article.text[named[-1].end : draft.start].strip(" ,"):
                draft.date = named[-1]  # 'since September 15, 2015, when a Russian aircraft
                draft.date_reason = _date_reason(text, named[-1], "the time a 'when' names: ")
        period = _period_reported(text) if "every day" in draft.clause_text else None
        if draft.date is None and period is not None and _EVERY_DAY.search(draft.clause_text):
            draft.date = _implied(draft, "every day of the week", *period)  # 'Four China
            draft.date_reason = f"date: every day of the period the digest covers, {period[0]}"
            # Coast Guard ships were in the contiguous zone ... on every day of the week'
        if draft.date is None and draft.kind != "scramble":
            heading = _day_heading(text, draft)
            if heading is not None:  # a chronology's entry under its day: 'May 19 (Sat)' then
                draft.date = heading  # '18:10 to 18:25  Three of the vessels entered ...'
                draft.date_reason = f"date: '{heading.text}', the day heading its entry"
        if draft.date is None and draft.kind != "scramble":  # violated the airspace'
            stated = _stated_time(text, draft)
            if stated is not None:  # a release's '1. Date and time' dates what it goes on to
                draft.date = stated  # tell
                draft.date_reason = f"date: '{stated.text}', the release's date and time"
    drafts = [d for d in drafts if _specific(d) and not _out_of_area(d) and not _planned(text, d)]
    drafts = _sides_told_apart(drafts)
    for draft in drafts:
        if draft.kind != "scramble":
            _set_role(text, draft, drafts)
    drafts = _fold_elaborations(drafts)
    drafts = _stays_folded(text, drafts)
    _stay_told_after(text, drafts)
    _throughout_the_period(drafts)
    drafts = _exercise_continued(drafts)
    drafts = _sightings_continued(drafts)
    drafts = _fold_undated(drafts)
    from_context = []
    for draft in drafts:
        if draft.date is None and draft.kind != "scramble":
            _date_from_context(text, draft, drafts)
            from_context.append(draft)
        if draft.anaphoric and not draft.places:
            draft.places = _places_from_context(draft, drafts)
    for draft in from_context:
        _hour_of_the_window(draft)
        _day_told_after(draft, drafts)
        _lead_told_after(draft, drafts)
    for draft in drafts:
        _day_it_happened(text, draft)
        if draft.kind in _STAY_KINDS and draft.date is not None:
            _left_the_next_day(draft)
    if from_context:  # ('At a little after 9 a.m. on Jan. 29, ... For the next 30 hours, the
        drafts = _stays_folded(text, drafts)  # MSDF followed a submarine as it moved through
        # Japan's contiguous zone. On the afternoon of Jan. 30 it left the zone': one stay)
    for draft in drafts:
        if draft.kind in _DRILL_KINDS and draft.date is not None:
            _began_before(text, draft)
        if draft.kind in _OPENS and draft.date is not None:
            _exercise_opened(text, draft)
        if draft.kind in _DRILL_KINDS and draft.date is not None:
            _ended_later(text, draft)
        if draft.kind in (*_DRILL_KINDS, "carrier_operations") and draft.date is not None:
            _continuing_next(text, draft)
        if draft.kind in (*_DRILL_KINDS, *_STAY_KINDS, "carrier_operations") and draft.date:
            _still_there_then(text, draft)
        if draft.date is not None and draft.date.date_end is None:
            _under_way(text, draft)
    for draft in drafts:
        if draft.kind == "scramble":
            _fill_response(text, draft, drafts, gazetteer)
        elif not draft.actors:
            draft.actors = _actors_from_context(text, draft, drafts)
        if draft.kind.startswith("joint_") and draft.actors in (("CN",), ("RU",)):
            draft.actors = ("CN", "RU")  # 'The Russian Ministry of Defense said ... the seventh
            # joint maritime patrol': China's and Russia's, as every joint patrol or drill here
        _set_role(text, draft, drafts)
    drafts = _fold_sightings(_release_movements(text, drafts))
    drafts = _voyage_retold(text, drafts)
    drafts = _voyages(text, [d for d in drafts if d.actors or d.kind == "scramble"])
    drafts = [d for d in drafts if not d.implied or not _told_outright(d, drafts)]
    drafts = _summaries_folded(drafts)
    _zone_until_waters(text, drafts)
    drafts = _zone_after_waters(text, drafts)
    if "contiguous zone" in text.article.text and _ALL_DAY_IN_ZONE.search(text.article.text):
        drafts = _stay_over_days(drafts)
    return [copy for d in drafts for copy in _split_zones(text, d, gazetteer)]


#: A release's line for a day the ships spent in the zone: 'All day The four vessels navigated
#: in the contiguous zone north of Kuba Island', '... throughout the day'.
_ALL_DAY_IN_ZONE = re.compile(
    r"\b(?:[Aa]ll day|[Tt]hroughout the day)\b[^.\n]{0,80}\bcontiguous zone\b|"
    r"\bcontiguous zone\b[^.\n]{0,80}\bthroughout the day\b"
)


def _stay_over_days(drafts: list[_Draft]) -> list[_Draft]:
    """A release that tells whole days the ships spent in the contiguous zone tells one stay:
    from their entry into the zone up to the last day they are told in it or in the waters
    (at most a week), one incident of the news."""
    zones = [d for d in drafts if d.kind == "contiguous_zone_entry" and _day_span(d) is not None]
    if not zones:
        return drafts
    first = min(zones, key=lambda d: (_day_span(d), d.start))
    start = _day_span(first)
    assert start is not None and first.date is not None
    same = [
        d
        for d in drafts
        if d.kind in _ENTRY_KINDS
        and d.actors == first.actors
        and (day := _day_span(d)) is not None
        and start[0] <= day[0] <= start[0] + timedelta(days=7)
    ]
    last = max(span[1] for d in same if (span := _day_span(d)) is not None)
    if last <= start[1]:
        return drafts
    first.date = replace(first.date, date_end=last.isoformat())
    first.date_reason += f", in the zone day after day up to {last}"
    if any(d.role == "primary" for d in same):
        first.role = "primary"
    folded = [
        d
        for d in zones
        if d is not first
        and d.actors == first.actors
        and (span := _day_span(d)) is not None
        and start[0] <= span[0]
        and span[1] <= last
    ]
    for other in folded:
        _take_sources(first, other)
    return [d for d in drafts if d not in folded]


#: Ships named by the day they entered the zone: 'Four China Coast Guard vessels that entered
#: the contiguous zone ... on November 14 (Mon) intruded into Japan's territorial waters'.
_THAT_ENTERED = re.compile(r"\b(?:that|which) (?:had )?entered\b")


def _zone_until_waters(text: _Text, drafts: list[_Draft]) -> None:
    """Ships 'that entered the contiguous zone on November 14' and entered the territorial
    waters on a later day of the same sentence stayed in the zone up to that day."""
    for zone in drafts:
        if zone.kind != "contiguous_zone_entry" or zone.date is None:
            continue
        first = _day_span(zone)
        if first is None or first[0] != first[1]:
            continue
        at = zone.trigger_at - text.spans[zone.sentence][0]
        if not _THAT_ENTERED.search(text.sentence(zone.sentence), max(0, at - 16), at + 8):
            continue
        later = [
            d
            for d in drafts
            if d.kind == "territorial_waters_entry"
            and d.sentence == zone.sentence
            and d.trigger_at > zone.trigger_at
            and (day := _day_span(d)) is not None
            and first[0] < day[0] <= first[0] + timedelta(days=7)
        ]
        if later:
            last = _day_span(later[0])
            assert last is not None
            zone.date = replace(zone.date, date_end=last[0].isoformat())
            zone.date_reason += f", in the zone until the entry into the waters {last[0]}"


def _zone_after_waters(text: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """'... and left the territorial waters at around 6:50 p.m. Monday. As of Tuesday morning,
    the two ships were sailing in the contiguous zone just outside the territorial waters': in
    the zone from the day they left the waters to the day they are told there (and, in the
    zone before they entered the waters up to that day, one stay)."""
    full = text.article.text
    kept: list[_Draft] = []
    for index, zone in enumerate(drafts):
        kept.append(zone)
        if zone.kind != "contiguous_zone_entry" or zone.role != "primary":
            continue
        seen = _day_span(zone)
        if seen is None or seen[0] != seen[1] or not _STILL_IN_ZONE.search(zone.clause_text):
            continue
        waters = next(
            (
                d
                for d in reversed(drafts[:index])
                if d.kind == "territorial_waters_entry"
                and d.role == "primary"
                and d.sentence < zone.sentence
                and zone.start - max((e for s, e in d.sources if s < zone.start), default=-400)
                < 400  # (told last just before)
                and set(d.actors) == set(zone.actors)
            ),
            None,
        )
        stay = _day_span(waters) if waters is not None else None
        if waters is None or stay is None or not 0 < (seen[0] - stay[1]).days <= 2:
            continue
        if not any(_EXIT.search(full, start, end) for start, end in waters.sources):
            continue
        assert zone.date is not None
        before = next(
            (
                d
                for d in kept[:-1]
                if d.kind == zone.kind
                and d.role == "primary"
                and set(d.actors) == set(zone.actors)
                and (span := _day_span(d)) is not None
                and span[0] < stay[1] <= span[1] + timedelta(days=1)
            ),
            None,
        )
        if before is not None:  # ('vessels that had been sailing in the contiguous zone since
            assert before.date is not None  # the previous day and moved into Japanese
            before.date = replace(before.date, date_end=seen[0].isoformat())  # territorial
            before.date_reason += f", back in the zone after the waters to '{zone.date.text}'"
            _take_sources(before, zone)  # waters early on Friday morning ... The four ships
            kept.pop()  # left the territorial waters at about 4:40 pm and were sailing in the
            continue  # contiguous zone ... on Saturday morning')
        zone.date = replace(zone.date, date=stay[1].isoformat(), date_end=seen[0].isoformat())
        zone.date_reason += f", in the zone since leaving the waters {stay[1]}"
    return kept


#: Ships told in the zone at a moment, not entering it: 'As of Tuesday morning, the two ships
#: were sailing in the contiguous zone'.
_STILL_IN_ZONE = re.compile(r"\b[Aa]s of\b|\b(?:were|was|are|is) (?:still )?[a-z]+ing\b")


def _summaries_folded(drafts: list[_Draft]) -> list[_Draft]:
    """'Two Russian strategic bombers entered South Korea's air defense identification zone
    twice over the weekend', then the entry on Saturday and the one on Sunday: the days told
    one by one are the incidents, the span that sums them up is no incident of its own (nor
    the bridge that would make them one)."""
    kept = []
    for summary in drafts:
        span = _day_span(summary)
        if (
            span is None
            or span[0] == span[1]
            or summary.kind == "scramble"
            or not _TIMES_OVER.search(summary.clause_text)
        ):  # (not 'From October 14 to October 15, a submarine passed northeast through the
            kept.append(summary)  # Tsushima Strait' and its sightings on each day: one passage)
            continue
        inside = [
            d
            for d in drafts
            if d is not summary
            and d.kind == summary.kind
            and d.role == summary.role
            and sides_fit(d.actors, summary.actors)
            and (day := _day_span(d)) is not None
            and day[0] == day[1]
            and span[0] <= day[0] <= span[1]
        ]
        if len({_day_span(d) for d in inside}) < 2:
            kept.append(summary)
            continue
        first = min(inside, key=lambda d: (_day_span(d), d.start))
        _take_sources(first, summary)
    return kept


#: What says a span sums up occasions: 'twice over the weekend', 'on two occasions'.
_TIMES_OVER = re.compile(
    r"\b(?:twice|thrice|(?:two|three|four|several) (?:times|occasions|separate)|again and again|"
    r"repeatedly|on (?:two|three|both) (?:occasions|days))\b"
)


def _day_span(draft: _Draft) -> tuple[date, date] | None:
    """The days a day-precision draft covers, else None."""
    if draft.date is None or draft.date.precision != "day":
        return None
    return date_interval(draft.date.date, draft.date.date_end, "day")


_OPENS = ("joint_naval_exercise", "joint_naval_patrol")


def _sentences_after(text: _Text, draft: _Draft) -> range:
    """The sentences after ``draft``'s that may date it."""
    return range(draft.sentence + 1, min(len(text.spans), draft.sentence + 1 + _AFTER_SENTENCES))


def _same_item(text: _Text, draft: _Draft) -> list[int]:
    """The sentences after ``draft``'s that may date it, up to one that opens another item
    ('Meanwhile, ... units began a tactical exercise ... which will end on Saturday')."""
    found = []
    for index in _sentences_after(text, draft):
        if _SEPARATE.search(text.sentence(index), 0, 30):
            break
        found.append(index)
    return found


def _exercise_opened(text: _Text, draft: _Draft) -> None:
    """'... put to sea on Friday morning for the active phase of the Joint Sea-2015 (II) naval
    exercise. The exercise officially opened on Thursday with a ceremony': from that day on;
    '... completed the first China-Russia joint maritime patrol on Saturday ... The flotilla,
    made up of ten ships -- five from ... -- set out on October 17': from October 17."""
    assert draft.date is not None
    if draft.date.precision != "day":
        return
    first = _iso_to_date(draft.date.date)
    last = _iso_to_date(draft.date.date_end or draft.date.date)
    if first is None or last is None:
        return
    for index in _sentences_after(text, draft):
        if not _OPENED.match(text.sentence(index)):
            continue
        for mention in _sentence_event_dates(text, index):
            day = _iso_to_date(mention.date) if mention.precision == "day" else None
            if day is not None and 0 < (first - day).days <= 14:
                news = _news_day(text, draft.start)
                going_on = _WILL_RUN_UNTIL.search(text.sentence(index)) is not None
                if news is not None and last < news and going_on:
                    last = news  # '... began on August 4 and will last until August 8': on
                    # up to the news
                draft.date = replace(mention, date_end=last.isoformat())
                draft.date_reason = f"date: from '{mention.text}', the day the exercise opened"
                return


_OPENED = re.compile(
    r"^\W*(?:The|This|That) (?:[\w()-]+ ){0,4}?(?:exercises?|drills?|war ?games|maneuvers|"
    r"manoeuvres|patrol|flotilla|formation|task force)"
    r"(?:(?:,|\s--)[^.;]{0,160}?(?:,|\s--)\s|,? )(?:which |that )?(?:\w+ )?"
    r"(?:opened|began|started|kicked off|got under way|commenced|set out|set off|departed)\b"
)  # ('The exercise, which began on Aug 20, was the largest', 'The flotilla, made up of ten
# ships -- five from the PLA Navy and five from the Russian Navy -- set out on October 17')


def _began_before(text: _Text, draft: _Draft) -> None:
    """'Today, the Pacific Fleet completed the active phase of a large-scale exercise in the
    Bering Sea, which began on 24 August': from the day it began to the day told."""
    assert draft.date is not None
    if draft.date.precision != "day" or draft.date.date_end is not None:
        return
    clause = text_of(draft)
    found = _WHICH_BEGAN.search(clause, draft.trigger_at - draft.start)
    if found is None:
        return
    last = _iso_to_date(draft.date.date)
    at = draft.start + found.end()
    for mention in text.dates_in(at, at + 12):
        first = _iso_to_date(mention.date) if mention.precision == "day" else None
        if first is not None and last is not None and 0 < (last - first).days <= 31:
            draft.date = replace(draft.date, date=first.isoformat(), date_end=last.isoformat())
            draft.date_reason += f", from '{mention.text}', the day it began"
            return


def _ended_later(text: _Text, draft: _Draft) -> None:
    """'... began a week-long tactical exercise on Iturup and Kunashir on Monday. The drills
    ended on Wednesday with live firing': from the day it began to the day it ended."""
    assert draft.date is not None
    if draft.date.precision != "day" or draft.date.date_end is not None:
        return
    first = _iso_to_date(draft.date.date)
    published = text.article.published
    if first is None:
        return
    for index in (draft.sentence, *_sentences_after(text, draft)):
        start, end = text.spans[index]
        if index == draft.sentence:
            start = draft.date.end
        for mention in text.dates_in(start, end):
            last = _iso_to_date(mention.date) if mention.precision == "day" else None
            if (
                last is not None
                and 0 < (last - first).days <= 14
                and (published is None or last <= published)
                and _DRILL_ENDED.search(text.article.text, max(start, mention.start - 80),
                                        mention.start)
            ):
                draft.date = replace(draft.date, date_end=last.isoformat())
                draft.date_reason += f", to '{mention.text}', the day it ended"
                return


def _continuing_next(text: _Text, draft: _Draft) -> None:
    """'... took off from and landed on the Liaoning on Tuesday afternoon ... The drills were
    continuing on Wednesday, it said', 'Fighter jets and helicopters have since been taking off
    from and landing on the carrier ..., and the flight operations were continuing as of Monday
    afternoon': up to that day."""
    assert draft.date is not None
    if draft.date.precision != "day":
        return
    start, end = text.spans[draft.sentence]
    found = _AND_CONTINUING.search(text.article.text, max(start, draft.trigger_at), end)
    if found is not None:
        _on_to_day_told(text, draft, found.end(), "still going on")
        return
    index = draft.sentence + 1
    if index >= len(text.spans):
        return
    found = _WERE_CONTINUING.match(text.sentence(index))
    if found is not None:
        _on_to_day_told(text, draft, text.spans[index][0] + found.end(), "still going on")
        return
    for after in range(index, min(index + 2, len(text.spans))):
        days = text.dates_in(*text.spans[after])
        if _STILL_GOING_ON.match(text.sentence(after)) and len(days) == 1:
            _on_to_day_told(text, draft, days[0].start, "still going on")  # (the one day it
            return  # names, wherever it stands)
        if days:
            return  # (a sentence between that dates something else)


def _on_to_day_told(text: _Text, draft: _Draft, at: int, note: str) -> None:
    """Extend ``draft`` to the day told right at ``at``, when it is up to a week later."""
    assert draft.date is not None
    first = _iso_to_date(draft.date.date_end or draft.date.date)
    for mention in text.dates_in(at, at + 20):
        last = _iso_to_date(mention.date) if mention.precision == "day" else None
        if first is not None and last is not None and 0 < (last - first).days <= 7:
            draft.date = replace(draft.date, date_end=last.isoformat())
            draft.date_reason += f", {note} '{mention.text}'"
        return


def _still_there_then(text: _Text, draft: _Draft) -> None:
    """'A Chinese marine research ship operated in Japan's exclusive economic zone ... from
    Saturday morning ... and was still there as of Sunday evening': up to that day."""
    assert draft.date is not None
    if draft.date.precision != "day" or " still " not in draft.clause_text:
        return
    found = _STILL_THERE_AS_OF.search(draft.clause_text, max(0, draft.date.end - draft.start))
    if found is not None:
        _on_to_day_told(text, draft, draft.start + found.end(), "still there")


_STILL_THERE_AS_OF = re.compile(
    r"\b(?:was|were|is|are|remained) still (?:(?:operating|sailing|navigating|staying) )?(?:there|"
    r"in the (?:area|zone|waters))(?: as of| on| until| through)? "
)  # ('Four Chinese coast guard ships that entered the zone on Monday were still sailing there
# Wednesday afternoon')
_CONTINUING = (
    r"(?:The|These|Those|Such|the) (?:[\w-]+ ){0,2}?(?:drills?|exercises?|operations|flights|"
    r"training|take-?offs and landings) (?:were|was|are|is) (?:still )?(?:continuing|under ?way|"
    r"going on) (?:as of |on |through |into )?"
)
_WERE_CONTINUING = re.compile(rf"^\W*{_CONTINUING}")
#: The ships or the group of the drill told just before, still at it on a day: 'As of Monday,
#: the fleet was continuing its patrol in waters east of Aomori Prefecture', 'It said that the
#: group was still operating in the area on Monday'.
_STILL_GOING_ON = re.compile(
    r"^\W*(?:As of [^,]{3,40}, |It (?:said|added) (?:that )?)?(?:[Tt]he|[Ii]ts) (?:[\w-]+ ){0,2}?"
    r"(?:fleet|group|flotilla|formation|ships|vessels|warships|patrol|carrier|drills?|exercises?|"
    r"operations) (?:was|were|is|are) (?:still )?(?:continuing|operating|conducting|carrying out)"
    r"\b"  # (not 'As of Wednesday morning, the group was sailing east': its flights told ended)
)
#: The same, told in the incident's own sentence: '..., and the flight operations were
#: continuing as of Monday afternoon'.
_AND_CONTINUING = re.compile(rf",? and {_CONTINUING}")


#: The drill just told, ending on the day that follows: 'The drills ended on Wednesday',
#: '..., which concluded on 20 August'.
_DRILL_ENDED = re.compile(
    r"\b(?:exercises?|drills?|maneuvers|manoeuvres|war ?games|inspection)"
    r"(?:,? which| that)? (?:ended|concluded|wrapped up|finished|(?:was|were) completed)"
    r"(?: [\w-]+){0,3}? (?:on )?$"
)


_WHICH_BEGAN = re.compile(r",? (?:which|that) (?:began|started|opened|kicked off) (?:on )?")


def _under_way(text: _Text, draft: _Draft) -> None:
    """'More than 1,000 servicemen ... are repelling a mock enemy landing ... in drills that
    began on Monday', 'On Friday 14 April the Russian Ministry of Defence announced a sudden
    readiness inspection ... The inspection is under way': from that day to the news."""
    assert draft.date is not None
    published = _news_day(text, draft.start)
    first = _iso_to_date(draft.date.date) if draft.date.precision == "day" else None
    clause = text_of(draft)
    if (
        first is None
        or published is None
        or not 0 < (published - first).days <= 14
        or not (
            draft.kind in ("contiguous_zone_entry", "territorial_waters_entry")
            and _STILL_IN.search(text.sentence(draft.sentence)) is not None
            or " began " in clause
            and _BEGAN_ON.search(clause, 0, max(0, draft.date.start - draft.start))
            and _GOING_ON.search(clause)
            or draft.kind in _DRILL_KINDS
            and not draft.weak  # (drones that flew on the first day of drills still going on)
            and (
                _opened_not_ended(text, draft, clause, (published - first).days)
                or any(_STILL_UNDER_WAY.match(text.sentence(i)) for i in _same_item(text, draft))
                or any(
                    _WILL_RUN_UNTIL.search(text.sentence(i))
                    for i in (draft.sentence, *_same_item(text, draft))
                )
            )
        )
    ):
        return
    draft.date = replace(draft.date, date_end=published.isoformat())
    told = "publication" if published == text.article.published else "its item's stamp"
    draft.date_reason += f", under way up to {told} {published.isoformat()}"


_BEGAN_ON = re.compile(r"\b(?:that|which) began (?:on )?$")
#: Ships told as still in the zone at the news: 'Two other China Coast Guard vessels, which
#: entered the contiguous zone together with them on July 18 (Sun), are navigating in the
#: contiguous zone', '... remain in the contiguous zone'.
_STILL_IN = re.compile(
    r"\b(?:are|is) (?:still )?(?:navigating|sailing|operating|staying) (?:[\w-]+ )?(?:in|inside)"
    r" the (?:contiguous zone|territorial (?:waters|sea))|\bremains? in the (?:contiguous zone|"
    r"territorial (?:waters|sea))|\b(?:have|has) (?:continued to (?:navigate|sail|operate|stay)|"
    r"(?:remained|stayed)) in (?:the|that) (?:zone|waters|contiguous zone|territorial (?:waters|"
    r"sea)) since\b"  # 'entered the contiguous zone ... the day before yesterday ... and have
)  # continued to navigate in the zone since then'
#: 'The ... naval exercise Joint Sea-2016 opened on Monday in the Chinese port of Zhanjiang'.
_BEGIN_VERBS = r"opened|began|started|kicked off|commenced"
_OPENED_ON = re.compile(rf"\b(?:{_BEGIN_VERBS}|begun)\s+(?:on\s+)?$")  # ('had begun on Friday')
_DRILL_NOUN = re.compile(
    r"\b(?:exercises?|drills?|maneuvers|manoeuvres|war ?games|patrol|inspection)\b", re.I
)
#: A drill named after the verb that opened it, then its day: 'began joint naval exercises in the
#: East China Sea on Tuesday'.
_BEGAN_DRILLS = re.compile(
    rf"\b(?:{_BEGIN_VERBS}|launched) (?:[\w-]+ ){{0,3}}?(?:exercises?|drills?|maneuvers|manoeuvres|"
    r"war ?games)\b[^.;,]{0,60}?\s(?:on\s+)?$"
)
_ENDED = re.compile(
    r"\b(?:ended|ends|concluded|closed|wrapped up|finished|(?<!will be )completed|will end)\b"
)  # (not 'The active phase will be completed on Saturday')


def _opened_not_ended(text: _Text, draft: _Draft, clause: str, days: int) -> bool:
    """A drill told as opened on a day of the past week, with no word of its end in its
    sentence or the ones after: still going on at the news ('Joint Sea-2016 opened on Monday
    ..., the press service ... told TASS on Tuesday')."""
    assert draft.date is not None
    before = draft.date.start - draft.start
    if not 0 < before < len(clause) and draft.date.text:  # dated by a sentence near it: 'The
        index = bisect_right([a for a, _ in text.spans], draft.date.start) - 1  # exercise
        clause = text.sentence(index)  # began on Monday in the sea ranges of Peter the Great
        before = draft.date.start - text.spans[index][0]  # Bay'
    if days > 7 or before <= 0:
        return False
    opened = _OPENED_ON.search(clause, max(0, before - 30), before)
    if opened is None:  # 'China and Russia began joint naval exercises in the East China Sea
        if not _BEGAN_DRILLS.search(clause, max(0, before - 110), before):  # on Tuesday'
            return False
    elif not _DRILL_NOUN.search(clause, 0, opened.start()):
        return False  # ('The series began Friday morning, when the North fired ...')
    return not any(
        _ENDED.search(text.sentence(i)) for i in (draft.sentence, *_sentences_after(text, draft))
    )
_DRILL_KINDS = ("joint_naval_exercise", "joint_naval_patrol", "other")
#: 'The inspection is under way; no end date has been announced.'
_STILL_UNDER_WAY = re.compile(
    r"^\W*(?:The|This|That) (?:[\w-]+ ){0,2}?(?:exercises?|drills?|inspection|maneuvers|"
    r"manoeuvres|war ?games) (?:is|are) (?:still )?(?:under ?way|ongoing|continuing|in progress)\b"
)
#: 'The drills, code-named "Joint Sea-2022," will run through Dec. 27': still going on.
_WILL_RUN_UNTIL = re.compile(
    r"\b(?:(?:will|to|set to|scheduled to|expected to|due to) (?:run|last|continue|go on)|"
    r"(?:runs|lasts|continues|goes on))(?: for \w+ days?)? (?:through|until|till)\b|"
    r"\b(?:which|that|and) (?:will|(?:is|are) (?:set |scheduled |expected |due )?to) "
    r"(?:end|conclude|finish|wrap up|be completed)\b"  # '... the drills, which will end on
)  # Saturday with live firing': still going on
_GOING_ON = re.compile(r"\b(?:are|is) (?:now |still )?[a-z]+ing\b")


def _throughout_the_period(drafts: list[_Draft]) -> None:
    """'In addition to the above two vessels, two more navigated in the contiguous zone
    throughout the period; the four were confirmed ... as of 12:00 today': over the days of the
    stay told before, up to the day the clause names."""
    for index, draft in enumerate(drafts):
        period = _THE_PERIOD.search(draft.clause_text) if "period" in draft.clause_text else None
        if period is None or draft.date is not None and draft.date.precision != "day":
            continue
        told = next(
            (
                d.date
                for d in reversed(drafts[:index])
                if d.date is not None and d.date.precision == "day" and d.date.date_end
            ),
            None,
        )
        if told is None or draft.date is not None and told.date > draft.date.date:
            continue  # ('In the same period, one drone flew south ...': the period's days)
        own = draft.date or told
        last = max(told.date_end or told.date, own.date_end or own.date)
        draft.date = replace(told, date_end=last)
        draft.date_reason = f"date: '{period.group()}', the days of the stay told before"


_THE_PERIOD = re.compile(
    r"\b(?:throughout|during|over|for|in) (?:the|this|that) (?:same |whole |entire )?period\b",
    re.I,
)


#: The entry into a zone 'the zone' may name, by the prefix of its feature id.
_ENTRY_OF_ZONE = {"contiguous_zone": "contiguous_zone_entry", "adiz": "adiz_entry"}


_ZONE_OWNER = (
    (
        re.compile(r"KADIZ|Korea(?:n)? Air Defen[cs]e|South Korea[’']s (?:air defen|ADIZ)", re.I),
        "KR",
    ),
    (re.compile(r"JADIZ|Japan(?:ese)?[’']?s? (?:air defen|ADIZ)", re.I), "JP"),
    (re.compile(r"Taiwan(?:ese)?[’']?s? (?:air defen|ADIZ)", re.I), "TW"),
)
_THEIR_ZONES = re.compile(
    r"\btheir (?:respective )?(?:air defen[cs]e identification zones|air defen[cs]e zones|"
    r"ADIZs)",
    re.I,
)


def _split_zones(text: _Text, draft: _Draft, gazetteer) -> list[_Draft]:
    """'entered their air defence identification zones' after 'Japan and South Korea
    scrambled': one ADIZ entry per zone owner, each placed in that owner's ADIZ."""
    if draft.kind != "adiz_entry":
        return [draft]
    from geo._placing import mention_of_feature

    if any(p.kind == "adiz" for p in draft.places):
        return [draft]

    sentence = text.sentence(draft.sentence)
    owners = [code for pattern, code in _ZONE_OWNER if pattern.search(sentence)]
    if not owners and _THEIR_ZONES.search(sentence):
        mentions = text.actor_mentions(*text.spans[draft.sentence])
        owners = [m.code for m in mentions if m.code not in tr.ADVERSARIES]
    copies = []
    for owner in tr.ordered_codes(owners):
        zone_id = f"adiz.{owner.lower()}"
        if zone_id in gazetteer:
            feature = gazetteer.get(zone_id)
            copies.append(
                replace(
                    draft,
                    places=(mention_of_feature(feature, draft.start),),
                    sources=list(draft.sources),
                )
            )
    return copies or [draft]


_OUT_OF_AREA = re.compile(
    r"\b(?:Lithuanian|Estonian|Latvian|Polish|Finnish|Baltic|Swedish|Norwegian|Danish|Romanian|"
    r"Turkish|"
    r"Alaskan|British|Spanish|German|French|European|NATO[’']s)\s+(?:[\w-]+\s+)?(?:airspace|waters|"
    r"Air Policing|jets|fighters|Eurofighter)|\b(?:over|near|off|in|into)\s+(?:the\s+)?(?:Baltic|"
    r"Black Sea|Mediterranean|Alaska|Lithuania|Estonia|Latvia|Poland|Finland)\b"
)
#: Every match of _OUT_OF_AREA holds one of these (the pattern is case-sensitive).
_OUT_OF_AREA_WORDS = (
    "Lithuania",
    "Estonia",
    "Latvia",
    "Polish",
    "Poland",
    "Finnish",
    "Finland",
    "Baltic",
    "Swedish",
    "Norwegian",
    "Danish",
    "Romanian",
    "Turkish",
    "Alaska",
    "British",
    "Spanish",
    "German",
    "French",
    "European",
    "NATO",
    "Black Sea",
    "Mediterranean",
)


#: Whether a text holds one of :data:`_OUT_OF_AREA_WORDS` (capitalised: a quick scan).
_OUT_OF_AREA_GATE = re.compile("|".join(map(re.escape, _OUT_OF_AREA_WORDS)))


def _out_of_area(draft: _Draft) -> bool:
    """Incidents far from Japan ('violated Lithuanian airspace') are not this catalogue's."""
    clause = draft.clause_text
    far = _OUT_OF_AREA_GATE.search(clause) and _OUT_OF_AREA.search(clause)
    return bool(far) and not any(
        p.kind not in _WEAK_KINDS and p.relation is None for p in draft.places
    )


def _specific(draft: _Draft) -> bool:
    """A mention with neither a date nor a place of its own is a reference, not an incident."""
    if draft.elaborates is not None or draft.anaphoric:
        return True
    if draft.kind == "scramble":  # (dated later, by what it answers)
        if _SCRAMBLES_IN_GENERAL.search(draft.clause_text):
            return False
        return draft.date is not None or not _ANY_SCRAMBLE.search(draft.clause_text)  # (not
        # 'Every scramble means two fighters ... on alert')
    tally = draft.since and _PERFECT.search(draft.clause_text)
    if (_habitual(draft) or tally) and draft.date is None:
        return False  # 'Chinese ships have repeatedly entered the waters', '... since 2012'
    if tally and draft.date is not None and draft.date.precision != "day":
        return False  # 'the joint flights the two have conducted near Japan since 2019'
    if _habitual(draft) and draft.date is not None and draft.date.precision != "day":
        return False  # 'seen in the zone on almost every day this year': a tally
    if draft.date is None and _REFERENCE_BEFORE.search(
        draft.clause_text, 0, max(0, draft.trigger_at - draft.start)
    ):
        return False  # 'after the countries' joint exercise': named, not reported
    if " of " in draft.clause_text and _LIKENED.search(
        draft.clause_text, 0, max(0, draft.trigger_at - draft.start)
    ):
        return False  # 'the Chinese group's route this month resembled that of the joint
        # patrol': the patrol is what the route is likened to, told elsewhere if at all
    return (
        draft.date is not None
        or draft.own_place
        or (
            draft.report is not None
            and draft.report.precision == "day"
            and _BEGUN_NOW.search(draft.clause_text, 0, max(0, draft.trigger_at - draft.start))
            is not None
        )  # ('... has begun a joint patrol in the Asia-Pacific region, the press service said
    )  # on Wednesday': that day


#: Scrambles told as a tally or a policy, none of them one response: 'Most of the scrambles
#: against Chinese aircraft were over the East China Sea', 'scrambling ever more fighters
#: against aircraft ... is a contest', 'which has scrambled fighters against every previous
#: joint flight', 'rather than scrambling jets'.
_SCRAMBLES_IN_GENERAL = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Aa]ll|[Nn]one) of (?:the|its|their|these) "
    r"(?:[\w-]+ )?scrambles\b|"  # ('most of the fighter scrambles against Chinese aircraft')
    r"\bscrambling (?:ever |even )?more\b|\bscrambled (?:[\w-]+ ){0,3}?against every\b|"
    r"\brather than scrambl|\b[Ee]very time (?:we|they|it|Japan|Tokyo|the \w+) scrambles?\b"
)  # ('Every time we scramble manned fighters to shadow one, the other side learns')
#: Scrambles in general: 'Every scramble means two fighters ... on alert around the clock'.
_ANY_SCRAMBLE = re.compile(r"\b(?:[Ee]ach|[Ee]very) scramble\b")


#: Words that put a clause in the future: a plan, an expectation, a schedule.
_FUTURE = tr.CaselessPattern(
    r"\b(?:(?<!['’] )(?<!['’]s )(?<!\bthe )(?:will|shall)(?= [a-z])|"  # not 'the nations' will'
    r"plans? to|planning to|planned to|intends? to|(?:is|are) to|(?:is|are) set to|"
    r"planning (?:a|an|another)|(?:may|might|could) (?:be )?(?:preparing|considering)|"
    r"(?:is|are) scheduled to|(?:is|are) (?:widely )?expected to|expects? (?:\w+ ){0,4}?to|"
    r"likely to|to be (?:held|conducted|staged)|upcoming|forthcoming|"
    r"later this (?:week|month|year)|next (?:week|month|year)|"
    r"prepar(?:ed|ing|es) to (?:begin|hold|start|launch|stage|conduct))\b",  # 'as Russia and
    (  # Belarus prepared to begin large-scale joint military exercises on Friday'
        *("will", "shall", "plan", "intend", "is to", "are to", "set to", "scheduled"),
        *("expect", "likely", "to be", "upcoming", "forthcoming", "later this", "next "),
        *("preparing", "considering", "prepared to", "prepares to"),
    ),
)


#: A clause told after an incident about what happens there or then: ', where it will'.
_RELATIVE_AFTER = re.compile(r",\s+(?:where|after which|from where|whence)\b")


_BEGUN_AND_WILL = re.compile(
    rf"\b(?:(?:{_BEGIN_VERBS}|launched)\b[^.;]{{0,160}}?\b(?:(?:and|that|which) (?:will|"
    r"(?:is|are) (?:set|due|scheduled|expected) to) (?:run|last|continue|go on|end|conclude)\b|"
    r"with [^.;]{1,60}? to be (?:held|conducted|staged)\b)|"  # 'launched the ... exercise in
    # Vladivostok, ..., with the maritime phase to be held in the waters of the Sea of Japan'
    r"(?:is|are) (?:now |still )?(?:taking part|holding|conducting|staging|carrying out)\b"
    r"[^.;]{0,160}?\b(?:scheduled|set|due|expected) to (?:last|run|continue|end)\b)"  # 'are
)  # taking part in the exercises, which are scheduled to last until Friday'


def _planned(text: _Text, draft: _Draft) -> bool:
    """'China will send warships to a joint exercise later this month', 'analysts expect a
    third joint patrol': a plan or an expectation, not an incident, unless the clause dates
    it on or before the day of publication."""
    if not _FUTURE.search(draft.clause_text, 0, text.lowered_of(draft.start, draft.end)):
        return False
    if _BEGUN_AND_WILL.search(draft.clause_text):
        return False  # 'The "Joint Sea-2024" drills opened on Sunday ... and will run until
        # mid-July': begun, the future tells how long they last
    after = _RELATIVE_AFTER.search(draft.clause_text, max(0, draft.trigger_at - draft.start))
    if after is not None and not _FUTURE.search(draft.clause_text[: after.start()]):
        return False  # 'sailed through the Miyako Strait on Tuesday to the West Pacific, where it
        # will conduct far-seas training': the plan is what follows the passage, told apart
    published = text.article.published
    if draft.date is None or published is None:
        return True
    if _WEEKDAY_ALONE.fullmatch(draft.date.text):
        return True  # 'will be held from Tuesday': the coming Tuesday, not the last one
    if draft.date.precision == "day" and not _YEAR_WRITTEN.search(draft.date.text):
        return True  # 'planned to launch between Wednesday and June 11': the coming June 11
    span = date_interval(draft.date.date, draft.date.date_end, draft.date.precision)
    return span is None or span[1] > published


def _day_told_after(draft: _Draft, drafts: list[_Draft]) -> None:
    """An earlier incident that took the news's day from its sentence ('..., days after
    Chinese jets locked their radar onto Japanese fighters') takes the day the next sentences
    tell it on ('The flight came three days after the radar incident, in which ...')."""
    if draft.role != "background" or draft.date is None:
        return
    day = draft.date.date
    news = [d for d in drafts if d.role != "background" and d.date is not None]
    if not any(d.date is not None and d.date.date == day for d in news):
        return
    position = drafts.index(draft)
    told = [
        other
        for other in drafts[position + 1 :]
        if other.kind == draft.kind
        and other.role == "background"
        and other.date is not None
        and other.date.date != day
    ]
    if told and len({other.date.date for other in told if other.date is not None}) == 1:
        draft.date, draft.date_reason = told[0].date, told[0].date_reason + " (told after)"


def _lead_told_after(draft: _Draft, drafts: list[_Draft]) -> None:
    """A headline given the news's week for want of a day ('Russian strategic bombers fly over
    Sea of Japan, Pacific Ocean') takes the day of the lead it heads, told after ('"The flight
    took place on Wednesday ...," the press service said')."""
    if draft.date is None or not draft.date_reason.startswith(_NO_EVENT_DATE):
        return
    position = drafts.index(draft)
    told = next(
        (
            other
            for other in drafts[position + 1 :]
            if other.kind == draft.kind
            and other.date is not None
            and other.date.precision == "day"
            and not other.date_reason.startswith(_NO_EVENT_DATE)
            and "(sentence before)" not in other.date_reason  # (not one borrowed in turn)
            and (not draft.actors or set(other.actors) == set(draft.actors))
        ),
        None,
    )
    if told is not None and told.date is not None and _contains(draft.date, told.date):
        draft.date, draft.date_reason = told.date, told.date_reason + " (the lead it heads)"


def _hour_of_the_window(draft: _Draft) -> None:
    """An item a daily report times ('Balloon 1 was detected at 09:42') under its window
    ('from 6 a.m. yesterday to 6 a.m. today'): the first day after 6 a.m., the second before."""
    window = draft.date
    if window is None or window.date_end is None or "6 a.m." not in window.text:
        return
    hour = _CLOCK.search(draft.clause_text)
    span = date_interval(window.date, window.date_end, window.precision)
    if hour is None or span is None or (span[1] - span[0]).days != 1:
        return
    day = span[0] if int(hour["h"]) >= 6 else span[1]
    draft.date = replace(window, date=day.isoformat(), date_end=None)
    draft.date_reason += f" (at {hour.group()[3:]}, within it)"


_CLOCK = re.compile(r"\bat (?P<h>\d{1,2}):\d\d\b(?! ?[ap]\.?m)")
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
_WEEKDAY_ALONE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|"
    r"evening|night))?"
)


#: Words before a trigger that name an incident as a point in time, not report it.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:after|following|before|ahead of|since|during|prior to|(?:air ?space|area|zone) of|"
    r"protest\w*\b[^.;]{0,40}?\b(?:over|about|regarding))"  # ('protested both to Russia over
    r"\s+(?:the|their|its|this|"  # the airspace violation': the one told before)
    r"that|these|those)\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)


_LIKENED = re.compile(
    r"\b(?:resembl\w*|similar to|like|mirror\w*) (?:that|those) of (?:the|their|its) $"
)


def _habitual(draft: _Draft) -> bool:
    """Whether the clause speaks of a habit (read once per clause text)."""
    if draft.habit_of is not draft.clause_text:
        draft.habit_of = draft.clause_text
        own = max(0, draft.own_at - draft.start)  # not 'ships have repeatedly sailed in and out
        draft.habitual = tr.HABITUAL.search(draft.clause_text, own) is not None  # of the
        # waters' before ', and in December a plane flew into Japanese airspace'
    return draft.habitual


def text_of(draft: _Draft) -> str:
    return draft.clause_text


#: Where a platform was seen or arrived before what it did: 'had been spotted on July 29'.
_SEEN = re.compile(r"\b(?:spotted|seen|sighted|confirmed|detected|arrived|observed)\b")


def _fold_elaborations(drafts: list[_Draft]) -> list[_Draft]:
    kept = []
    for draft in drafts:
        parent = draft.elaborates
        if parent is not None and parent.weak and _COUNTED_SIGHTING.match(
            text_of(parent)[parent.trigger_at - parent.start :]
        ) and not draft.weak:
            draft.elaborates = None  # 'Of the 21 aircraft, 13 crossed the median line' after
            parent = None  # 'Taiwan detected 21 Chinese military aircraft around the
            # country': a crossing of its own, not a detail of the sighting
        if parent is None or parent not in kept:
            if parent is None:
                kept.append(draft)
            continue
        if (
            draft.date is not None
            and parent.date is not None
            and not _contains(parent.date, draft.date)
        ):
            named, named_before = tr.designators(draft.assets), tr.designators(parent.assets)
            if (
                draft.date.text
                and draft.actors
                and (
                    parent.kind in ("joint_air_patrol", "joint_naval_patrol")
                    or parent.kind == "strait_transit"
                    and tr.STRAIT_WORD.search(draft.clause_text)
                    or named
                    and named_before
                    and not named & named_before
                    or not _domains_fit(draft.assets, parent.assets)  # ships after planes
                )  # (not 'Last June, the carriers operated in the Pacific' after a passage;
                and not _SEEN.search(draft.clause_text)  # but 'The flight comes two days after
            ):  # a Russian Il-38 ... flew ... on Monday' after the Tu-95s' flight)
                draft.elaborates = None  # 'On Monday, the same four bombers flew together
                kept.append(draft)  # from the Sea of Japan': the day before's flight, an
            continue  # incident of its own ('had been spotted on July 29': no more than seen)
        continues = _CONTINUES.search(text_of(draft)) is not None
        draft.places = tuple(p for p in draft.places if p.relation != "anaphor")
        _absorb(parent, draft, prefer_places=True, extend_route=continues)
    return kept


#: A trigger that tells how an entry went on or ended: 'stayed in', 'left', 'leaving'.
_STAY_OR_EXIT = re.compile(
    rf"(?:stayed|remained|staying|remaining|remains?|stays?|(?:were|was) still|{_EXIT_WORDS})\b",
    re.I,
)


def _stays_on(full: str, at: int) -> bool:
    """Whether the trigger at ``at`` tells how an entry went on or ended ('stayed in', 'left');
    or that the ships are still in the zone ('(6) As of 09:00 today (the 7th), the 4 vessels
    are navigating in the contiguous zone')."""
    if _STAY_OR_EXIT.match(full, at) is not None:
        return True
    verb_end = full.find(" ", at, at + 12) + 1  # (the trigger may open with the verb: 'the two
    # vessels are navigating in the territorial waters')
    return any(
        _STILL_THERE.search(full, max(0, at - 45), end) is not None for end in (at, verb_end) if end
    )


#: Still in the zone entered before: 'the 4 vessels are navigating in the contiguous zone'.
_STILL_THERE = re.compile(
    r"\b(?:(?:are|is|were|was)(?: still)? (?:navigating|sailing|operating|staying|present)|"
    r"navigated|operated)(?: (?:north|south|east|west)[\w-]*)?\s+$"  # ('navigated west in')
)  # (and a chronology's later entry: 'Morning to afternoon  The four vessels navigated in the
# contiguous zone north of Kuba Island')


#: How many sentences after an entry its exit may be told (a release's numbered items are
#: short sentences: '(1) ... entered ... on January 15' ... '(5) ... left ... today').
_STAY_SENTENCES = 10


def _stays_folded(text: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """'Four ships entered the waters off Kuba Island on Wednesday. They stayed in the
    territorial waters for more than 20 hours, leaving early Thursday': the stay or the exit
    a sentence after an entry ends that entry, one incident from its first day to its last."""
    kept: list[_Draft] = []
    for draft in drafts:
        entry = next(  # (the last dated one: 'The two vessels remained in the waters' tells
            (k for k in reversed(kept) if k.kind == draft.kind and k.date is not None), None
        )  # of the stay between)
        if (
            entry is not None
            and draft.kind == entry.kind
            and draft.kind in ("territorial_waters_entry", "contiguous_zone_entry", "adiz_entry")
            and 0 <= draft.sentence - entry.sentence <= _STAY_SENTENCES
            and draft.trigger_at > entry.trigger_at  # ('entered ... on the 12th and left ...
            and _stays_on(text.article.text, draft.trigger_at)  # on the 13th')
            and sides_fit(entry.actors, draft.actors)
            and not tr.other_services(entry.clause_text, draft.clause_text)  # (a destroyer's
            # stay, then 'Separately, four China Coast Guard ships were in the contiguous zone')
            and entry.date is not None
            and draft.date is not None
        ):
            first = date_interval(entry.date.date, entry.date.date_end, entry.date.precision)
            last = date_interval(draft.date.date, draft.date.date_end, draft.date.precision)
            if (
                first
                and last
                and entry.date.precision == draft.date.precision == "day"
                and first[0] <= last[1]
                and (last[1] - first[0]).days <= 7
            ):
                entry.date = replace(entry.date, date_end=last[1].isoformat())
                if draft.role == "primary":
                    entry.role = "primary"  # no longer an earlier day of the same incident
                _take_sources(entry, draft)
                entry.places = entry.places or draft.places
                if draft.sentence == entry.sentence:  # where it left, too
                    entry.places = tuple(dict.fromkeys((*entry.places, *draft.places)))
                if entry.date.date_end == entry.date.date:
                    entry.date = replace(entry.date, date_end=None)
                continue
        if entry is not None and _entered_before_exit(entry, draft):
            assert entry.date is not None and draft.date is not None
            entry.date = replace(draft.date, date_end=entry.date.date_end or entry.date.date)
            entry.date_reason = draft.date_reason + ", to the day it left"
            _take_sources(entry, draft)
            entry.places = tuple(dict.fromkeys((*entry.places, *draft.places)))
            continue
        kept.append(draft)
    return kept


def _entered_before_exit(exit: _Draft, entry: _Draft) -> bool:
    """'Two China Coast Guard ships left Japanese territorial waters ... on the morning of Dec.
    5, ... The ships had entered the waters ... on Dec. 1': the exit told first, then the
    entry it ended, up to a week before."""
    if (
        entry.kind not in _STAY_KINDS
        or exit.kind != entry.kind
        or not 0 < entry.sentence - exit.sentence <= _STAY_SENTENCES
        or exit.date is None
        or entry.date is None
        or exit.date.precision != "day"
        or entry.date.precision != "day"
        or entry.date.date_end is not None
        or not sides_fit(exit.actors, entry.actors)
        or _LEFT.search(exit.clause_text) is None
        or _HAD_ENTERED.search(entry.clause_text) is None
    ):
        return False
    first, last = _iso_to_date(entry.date.date), _iso_to_date(exit.date.date)
    return first is not None and last is not None and 0 < (last - first).days <= 7


_LEFT = re.compile(r"\b(?:left|leaving|exited)\b")
_HAD_ENTERED = re.compile(r"\bhad (?:first )?(?:entered|intruded into|sailed into)\b")


def _stay_told_after(text: _Text, drafts: list[_Draft]) -> None:
    """'... four CCG vessels entered the territorial waters south of Minami-kojima ... They
    stayed for about 31 hours, leaving on the afternoon of the 18th': the sentence after an
    entry, naming no zone, tells the day it ended."""
    told = {d.sentence for d in drafts}
    for entry in drafts:
        if (
            entry.kind not in ("territorial_waters_entry", "contiguous_zone_entry")
            or entry.date is None
            or entry.date.precision != "day"
            or entry.date.date_end
            or entry.sentence + 1 >= len(text.spans)
            or entry.sentence + 1 in told
            or not _THEY_STAYED.match(text.sentence(entry.sentence + 1))
            or _ZONE_WORD.search(text.sentence(entry.sentence + 1))  # (a stay in a zone is
        ):  # told by its own trigger: 'The two vessels remained in the territorial waters')
            continue
        first = _iso_to_date(entry.date.date)
        for mention in reversed(_sentence_event_dates(text, entry.sentence + 1)):
            last = _iso_to_date(mention.date) if mention.precision == "day" else None
            if first is not None and last is not None and 0 < (last - first).days <= 7:
                entry.date = replace(entry.date, date_end=last.isoformat())
                entry.date_reason += f", to '{mention.text}', when it left"
                break


_ZONE_WORD = re.compile(r"\b(?:waters|zone|sea|airspace)\b")
#: The stay told after an entry, by pronoun: 'They stayed for about 31 hours, leaving on the
#: afternoon of the 18th', 'The vessels remained there until Thursday'.
_THEY_STAYED = re.compile(
    r"^\W*(?:They|It|The (?:\w+ )?(?:vessels|ships|boats)) (?:stayed|remained)\b"
    r"[^.;]*?\b(?:leaving|left|until|till|through)\b"
)


def _exercise_continued(drafts: list[_Draft]) -> list[_Draft]:
    """'On May 23, the Eastern Theater Command began joint military exercises ... On May 24,
    the Eastern Theater Command continued the exercises': one exercise over both days."""
    kept: list[_Draft] = []
    for draft in drafts:
        went_on = (
            _CONTINUED.search(draft.clause_text) if "continu" in draft.clause_text else None
        )
        day = _iso_to_date(draft.date.date) if went_on and draft.date is not None else None
        begun = next(
            (
                d
                for d in reversed(kept)
                if d.kind == draft.kind
                and d.role == "primary"
                and (set(d.actors) == set(draft.actors) or not draft.actors)  # ('Flight
                and d.date is not None  # operations continued on Thursday morning')
                and d.date.precision == "day"
                and (first := _iso_to_date(d.date.date)) is not None
                and day is not None
                and 0 < (day - first).days <= 14
            ),
            None,
        )
        if begun is None or draft.date is None:
            kept.append(draft)
            continue
        assert begun.date is not None
        last = max(begun.date.date_end or begun.date.date, draft.date.date_end or draft.date.date)
        begun.date = replace(begun.date, date_end=last)
        begun.date_reason += f", continued to '{draft.date.text}'"
        _take_sources(begun, draft)
    return kept


_CONTINUED = re.compile(
    r"\bcontinued (?:the |its |their )?(?:[\w\"“”-]+ ){0,3}?(?:exercises?|drills?|war ?games|"
    r"maneuvers|manoeuvres|patrols?)\b|"
    r"\b(?:exercises?|drills?|war ?games|maneuvers|manoeuvres|patrols?|operations|training) "
    r"(?:also )?(?:continued|(?:were|was|are|is) (?:still )?continuing)\b"  # 'Flight operations
)  # continued on Thursday morning', '... were continuing on Wednesday morning'


def _sightings_continued(drafts: list[_Draft]) -> list[_Draft]:
    """'... confirmed one Chinese intelligence ship sailing west of Tsushima. The ship then
    passed through the West Channel': the step that follows a sighting, naming no actor nor
    date of its own, is what the sighted ship did; the two are one incident of the step's kind.
    """
    kept: list[_Draft] = []
    for draft in drafts:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.weak
            and before.kind in _SIGHTING_KINDS
            and before.role != "background"
            and not draft.weak
            and draft.kind not in ("scramble", "other")
            and not draft.actors
            and (draft.date is None or _later_step(before, draft))
            and 0 < draft.sentence - before.sentence <= 2
        ):
            draft.actors = before.actors
            if draft.date is None:
                draft.date, draft.date_reason = before.date, before.date_reason
            elif before.date is not None:  # '... sighted on March 10. The vessels subsequently
                draft.date = replace(  # sailed through the strait ... on March 11': both days
                    before.date, date_end=draft.date.date_end or draft.date.date
                )
                draft.date_reason = f"{before.date_reason}, to '{draft.date.text}'"
            draft.count = draft.count or before.count
            draft.assets = tuple(dict.fromkeys((*before.assets, *draft.assets)))
            own = [source for source in draft.sources if source not in before.sources]
            draft.sources = [*before.sources, *own]
            draft.places = draft.places or before.places
            kept[-1] = draft
            continue
        if before is not None and _still_seen(before, draft):
            seen, again = before.date, draft.date
            assert seen is not None and again is not None  # (dated both, _still_seen tells)
            before.date = replace(seen, date_end=again.date_end or again.date)
            before.date_reason += f", still seen '{again.text}'"
            _take_sources(before, draft)
            continue
        kept.append(draft)
    return kept


def _still_seen(sighting: _Draft, then: _Draft) -> bool:
    """'Yesterday (September 25), a PLA Navy ship was monitored navigating north east of
    Hualien. As of 18:00 today, the ship was sailing in waters northeast of Taiwan': the ship
    sighted, seen again in the next sentence a day or two later, is one stay over those days."""
    if not (
        sighting.weak
        and then.weak
        and sighting.kind == then.kind
        and sighting.kind in _SIGHTING_KINDS
        and "background" not in (sighting.role, then.role)
        and then.sentence - sighting.sentence == 1
        and set(then.actors) <= set(sighting.actors)
        and _THE_PLATFORM.match(then.clause_text) is not None
    ):
        return False
    seen, again = _day_span(sighting), _day_span(then)  # (both dated to the day)
    return seen is not None and again is not None and 0 < (again[1] - seen[1]).days <= 2


def _later_step(sighting: _Draft, step: _Draft) -> bool:
    """'The vessels subsequently sailed ... on March 11' a day or two after the sighting."""
    if sighting.date is None or step.date is None or not _SEQUENCE.search(step.clause_text[:60]):
        return False
    first = date_interval(sighting.date.date, sighting.date.date_end, sighting.date.precision)
    then = date_interval(step.date.date, step.date.date_end, step.date.precision)
    if first is None or then is None or {sighting.date.precision, step.date.precision} != {"day"}:
        return False
    return timedelta(0) < then[1] - first[1] <= timedelta(days=3)


#: A clause that tells what came next: 'after which both sides announced a patrol'.
_SEQUENCE = re.compile(r"\b(?:after which|after that|afterwards|then|later|subsequently)\b")


def _fold_undated(drafts: list[_Draft]) -> list[_Draft]:
    """An undated mention joins the nearest dated one of the same type, actors and place."""
    kept = []
    for draft in drafts:
        if draft.date is not None or draft.kind == "scramble":
            kept.append(draft)
            continue
        if draft.report is not None and _SEEN_EARLY.search(draft.clause_text):
            kept.append(draft)  # 'On Monday, Taiwan's defence ministry said the carrier group
            continue  # had been detected early in the morning': the report's day dates it
        dated_here = [d.date for d in drafts if d.date is not None and d.sentence == draft.sentence]
        coarse = any(m.precision in ("month", "year") for m in dated_here)
        if dated_here and (coarse or not _SEQUENCE.search(draft.clause_text[:40])):
            kept.append(draft)  # '..., when 10 ships sailed through': its sentence dates it
            continue
        match = _nearest_dated(draft, drafts)
        if (
            match is None
            or _part_of(draft, match)
            or tr.other_services(draft.clause_text, match.clause_text)
        ):
            kept.append(draft)  # (not the coast guard ships' stay, for a destroyer's)
        else:
            _absorb(match, draft, prefer_places=False)
            draft.absorbed_into = match
    return kept


def _part_of(draft: _Draft, whole: _Draft) -> bool:
    """'Among them, one TB-001 unmanned aerial vehicle entered our northern ADIZ ...' after
    '11 aircraft crossed the median line or entered ... our ADIZ': one of them, told apart."""
    return (
        AMONG_THEM.match(draft.clause_text) is not None
        and bool(whole.count)
        and (draft.count or 1) < (whole.count or 0)
    )


def _release_movements(text: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """A release's ships told item by item ('(1) ... on April 5, the above 3 vessels were
    confirmed sailing northeast ...', '(2) ... on the 6th, the vessels sailed northeast through
    the eastern channel of the Tsushima Strait', '(3) ... on the 7th, the vessels were
    confirmed ...'): one passage, on its day, the sightings of the same ships the day before
    and after its details."""
    folded: set[int] = set()
    for transit in drafts:
        if (
            transit.kind != "strait_transit"
            or transit.date is None
            or transit.date.precision != "day"
            or "sea" not in tr.asset_domains(transit.assets)
        ):
            continue
        day = _iso_to_date(transit.date.date)
        if day is None or not _ITEM.match(transit.clause_text):
            continue
        for other in drafts:
            seen = _iso_to_date(other.date.date) if other.date is not None else None
            if (
                other is transit
                or id(other) in folded
                or not other.weak
                or other.kind != "other"
                or seen is None
                or abs((seen - day).days) > 1
                or abs(other.sentence - transit.sentence) > 4
                or not _ITEM.match(other.clause_text)
                or not _THE_SHIPS.search(other.clause_text)
                or not sides_fit(other.actors, transit.actors)
            ):
                continue
            folded.add(id(other))
            _take_sources(transit, other)
    return [d for d in drafts if id(d) not in folded]


_ITEM = re.compile(r"^\W*\(\d{1,2}\)\s")  # a release's numbered item: '(2) Subsequently, ...'
#: The ships a release's items go on telling of: 'the above 3 vessels', 'the vessels'.
_THE_SHIPS = re.compile(
    r"\b[Tt]he (?:above |same )?(?:\d{1,2} |two |three |four )?(?:vessels|ships)\b"
)


#: Some of the aircraft or ships told before: 'four of the H-6Ks', 'two of them'.
_SOME_OF_THEM = re.compile(
    r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|\d{1,2}) of "
    r"(?:the|them|these|those)\b"
)


def _voyage_retold(text: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """A voyage an earlier month is retold by, through several straits in one sentence ('In
    October last year, 10 Chinese and Russian warships sailed together through the Tsugaru
    Strait and then around Japan in the first joint patrol by the two navies, passing ... west
    through the Osumi Strait'): one incident along its route, the joint patrol it names (a
    voyage of one side keeps a passage per strait)."""
    folded: list[_Draft] = []
    for draft in drafts:
        first = next(
            (
                d
                for d in folded
                if d.kind == draft.kind == "strait_transit"
                and d.sentence == draft.sentence
                and d.date is not None
                and draft.date is not None
                and d.date.precision in ("month", "year")
                and d.date.start == draft.date.start
                and {*d.actors, *draft.actors} == {"CN", "RU"}
                and _JOINT_PATROL_NAMED.search(text.sentence(d.sentence)) is not None
                and not _NEW_CLAUSE.search(text.article.text, d.trigger_at, draft.trigger_at)
            ),
            None,
        )
        if first is None:
            folded.append(draft)
            continue
        _absorb(first, draft, prefer_places=False, extend_route=True)
        first.actors = ("CN", "RU")
        first.kind = "joint_naval_patrol"
    return folded


_JOINT_PATROL_NAMED = re.compile(r"\bjoint (?:naval |maritime )?patrols?\b", re.IGNORECASE)
#: A clause of its own subject: ', and Russian ships have been seen ...', '; two more ...'.
_NEW_CLAUSE = re.compile(r"(?:[,;] (?:and|while|but|whereas) |; )(?!then\b)(?:[A-Z]|the |\d)")


def _fold_sightings(drafts: list[_Draft]) -> list[_Draft]:
    """A sighting or flight the article also reports as a stronger incident of the same side
    at the same time ('the carrier group was spotted southeast of Miyako' before 'the ships
    passed between Okinawa and Miyako') is a detail of that incident, not one of its own."""
    kept: list[_Draft] = []
    for draft in drafts:
        escort = draft.kind == "strait_transit" and (
            tr.asset_domains(draft.assets) == {"air"}
            or (not draft.assets and _CONTINUES.search(draft.clause_text) is not None)
        )  # ('The group then passed between Okinawa Island and Miyako Island': the bombers)
        apart = (  # 'Separately, a ...'; '(2) Balloon 2 was detected': one of several counted
            _SEPARATE.search(draft.clause_text[:30]) is not None
            or _ALSO_REPORTED.search(draft.clause_text[:90]) is not None
            or _NUMBERED.match(draft.clause_text) is not None
        )
        if (
            (draft.weak and draft.kind in _SIGHTING_KINDS or escort)
            and (draft.role != "background" or draft.date is not None)  # one within the
            and not apart  # stronger report's days ('third entry ... confirmed Oct. 28')
        ):
            target = next(
                (
                    other
                    for other in sorted(drafts, key=lambda d: abs(d.sentence - draft.sentence))
                    if (not other.weak or other.kind not in ("other", "strait_transit"))
                    and other is not draft
                    and (
                        not escort
                        or other.kind == "joint_air_patrol"
                        or other.kind == "adiz_entry"
                        and (
                            other.trigger_at < draft.trigger_at
                            or len(set(other.actors) - set(draft.actors)) > 0
                        )
                        and not _SOME_OF_THEM.search(draft.clause_text, 0, 80)
                    )  # (a leg told after the entry into the zone: 'entered the KADIZ ... and
                    # flew northeast through the Korea Strait', or one side's leg of a joint
                    # entry; not one side's flight told before its own entry, nor 'four of the
                    # H-6Ks flew out through the Bashi Channel' after 35 aircraft entered it)
                    and not (  # a bombers' flight is no part of troops' drill on an island
                        other.kind == "other"
                        and "air" in tr.asset_domains(draft.assets)
                        and _DRILLED.search(other.clause_text) is not None
                    )
                    and other.kind not in ("scramble", "missile_launch", "radar_lockon")
                    and (other.role != "background" or other.sentence == draft.sentence)
                    # (a firing or a lock-on is no flight's stronger report; '... last violated
                    # Japan's airspace in June 2019, when two Tu-95 bombers flew over waters
                    # near islands ...')
                    and set(other.actors) & set(draft.actors)
                    and _domains_fit(other.assets, draft.assets)
                    and not _other_platform(draft.clause_text, other)
                    and (
                        escort
                        or other.kind == "joint_air_patrol"
                        or "escort" in draft.clause_text
                        or not _other_designators(draft, other)
                    )  # (a Mi-8's flight is not the Il-38s'; J-16s escorting bombers are theirs)
                    and _same_carrier(draft, other)
                    and (
                        _dates_meet(other.date, draft.date)
                        or other.sentence == draft.sentence
                        and other.date == draft.date
                    )
                    and not _spans_more(draft, other)
                    and _places_near(other.places, draft.places)
                ),
                None,
            )
            if target is not None:  # its sources, assets and count; the place and date
                target.places = target.places or draft.places  # stay the stronger report's
                if escort:  # (but a leg of a joint flight adds to its route)
                    target.places = tuple(dict.fromkeys((*target.places, *draft.places)))
                target.date = target.date or draft.date
                target.assets = tuple(dict.fromkeys((*target.assets, *draft.assets)))
                target.count = target.count or draft.count
                _take_sources(target, draft)
                continue
        kept.append(draft)
    return kept


def _spans_more(lead: _Draft, detail: _Draft) -> bool:
    """'The carrier Liaoning and three escorts operated near Japan's southwestern islands over
    three days from Friday' before 'On Saturday, J-15 fighters ... took off from the carrier':
    the days told first hold the day told after, an incident of their own."""
    return (
        lead.date is not None
        and detail.date is not None
        and bool(lead.date.text)  # (told: not the week up to the report, for want of a day)
        and lead.date.precision == "day"
        and bool(lead.date.date_end)
        and not detail.date.date_end
        and lead.sentence < detail.sentence
        and lead.date.date != lead.date.date_end
        and _contains(lead.date, detail.date)
    )


_DRILLED = re.compile(
    r"\b(?:drills?|exercises?|repelling|war ?games|electronic (?:missile )?launches)\b"
)  # ('Also on 27 September, crews of the Bal coastal missile system carried out electronic
# launches': the system's drill, not the aircraft's flight that day)
#: What a sighting is typed as: a ship or aircraft seen ("other"), a carrier seen at sea.
_SIGHTING_KINDS = frozenset({"other", "carrier_operations"})
_SEPARATE = re.compile(
    r"\b(?:[Ss]eparately|[Ii]n a separate|[Ee]lsewhere|[Mm]eanwhile|(?:[Ii]n|[Dd]uring) the same "
    r"period)\b|^\W*Another (?:[A-Z][a-z]+ )?(?:[\w-]+ ){0,2}?(?:aircraft|plane|bomber|drone|"
    r"helicopter|ship|vessel|warship|destroyer|frigate)\b"  # ('Another Russian aircraft, an
)  # Il-20 electronic intelligence plane, flew along the Sea of Japan coast')
#: Another item of a report: 'On Tuesday, the Defense Ministry also reported a Chinese navy
#: frigate sailing north ...'.
_ALSO_REPORTED = re.compile(
    r"\balso (?:reported|spotted|confirmed|detected|sighted|observed) (?:a|an|another|two|three|"
    r"four|five|six|\d+)\b"
)
_NEAR_DEGREES = 1.0  # about 100 km: a sighting this close to an incident's place is part of it


def _places_near(a, b) -> bool:
    """Unplaced, or some place of one within about 100 km of some place of the other."""
    return (
        not a or not b or any(p.geometry.distance(q.geometry) < _NEAR_DEGREES for p in a for q in b)
    )


def _dates_meet(a: DateMention | None, b: DateMention | None) -> bool:
    """Undated, or ``a`` given to the day and sharing a day with ``b``."""
    if a is None or b is None:
        return True
    if a.precision != "day":
        return False  # 'earlier in the week' may be any of its days
    span_a = date_interval(a.date, a.date_end, a.precision)
    span_b = date_interval(b.date, b.date_end, b.precision)
    return bool(span_a and span_b and span_a[0] <= span_b[1] and span_b[0] <= span_a[1])


def _told_outright(implied: _Draft, drafts: list[_Draft]) -> bool:
    """Whether the flight a scramble answers ('Japan scrambles jets to monitor Chinese bombers
    between Okinawa and Miyako') is an incident the article tells outright, by the same side
    at the same time."""
    return any(
        not d.implied
        and d.kind != "scramble"
        and d.actors == implied.actors
        and _dates_overlap(d.date, implied.date)
        for d in drafts
    )


def _long_before(earlier: DateMention, report: DateMention) -> bool:
    """Whether a date ends more than a fortnight before a report's day."""
    if report.precision != "day":
        return False
    span = date_interval(earlier.date, earlier.date_end, earlier.precision)
    return span is not None and (date.fromisoformat(report.date) - span[1]).days > 14


def _dates_overlap(a: DateMention | None, b: DateMention | None) -> bool:
    """Whether two dates, at their precision, may share a day (undated may be any)."""
    if a is None or b is None:
        return True
    span_a = date_interval(a.date, a.date_end, a.precision)
    span_b = date_interval(b.date, b.date_end, b.precision)
    return not span_a or not span_b or span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _nearest_dated(draft: _Draft, drafts: list[_Draft]) -> _Draft | None:
    candidates = [
        d
        for d in drafts
        if d is not draft
        and d.date is not None
        and d.kind == draft.kind
        and (d.role != "background" or d.sentence == draft.sentence)  # '..., then went'
        and sides_fit(d.actors, draft.actors)
        and _domains_fit(d.assets, draft.assets)
        and tr.carriers_fit(d.assets, draft.assets)
        and not (d.sentence > draft.sentence and d.count and (draft.count or 0) > d.count)
        and not (d.sentence > draft.sentence and _EARLIER_ITEM.match(d.clause_text))
    ]  # ('Two H-6K bombers ... entered' is not 'The day before, a single Chinese Y-8 ...
    # entered', told after; but 'three of the four missiles fell' are some of those told)
    if len(candidates) > 1:
        candidates = [d for d in candidates if _places_fit(d.places, draft.places)]
    if not candidates:
        return None
    return min(  # the one told before on a tie ('Nine of the aircraft crossed ...' after the
        candidates,  # sighting of those aircraft, before 'Earlier this month, ... held drills')
        key=lambda d: (abs(d.sentence - draft.sentence), d.sentence > draft.sentence),
    )


#: An item told after, as an earlier one: 'Earlier this month, the ... Command held drills'.
_EARLIER_ITEM = re.compile(r"^\W*(?:Earlier this (?:month|week)|Last (?:month|week))\b")


def _domains_fit(a, b) -> bool:
    """A spy plane's passage is not a carrier's: air and sea platforms do not mix."""
    da, db = tr.asset_domains(a), tr.asset_domains(b)
    return not da or not db or bool(da & db)


def _places_fit(a, b) -> bool:
    if not a or not b:
        return True
    ids_a, ids_b = {p.feature_id for p in a}, {p.feature_id for p in b}
    if ids_a & ids_b:
        return True
    return any(
        p.geometry.intersects(q.geometry) for p in a for q in b if _qualifies(p) and _qualifies(q)
    )


def _take_sources(target: _Draft, other: _Draft) -> None:
    """Give ``target`` the sources of ``other`` it does not hold yet, in their order."""
    target.sources.extend(s for s in other.sources if s not in target.sources)


def _absorb(
    target: _Draft, other: _Draft, *, prefer_places: bool, extend_route: bool = False
) -> None:
    if other.date is not None and (target.date is None or _finer(other.date, target.date)):
        target.date, target.date_reason = other.date, other.date_reason
    if (extend_route or _another_strait(target, other)) and other.places and target.places:
        target.places = (*target.places, *other.places)
    elif (
        other.places
        and _routeish(other.places, target.places, strict=prefer_places)
        and not _loses_strait(target, other)
    ):
        target.places = other.places
    target.assets = tuple(dict.fromkeys((*target.assets, *other.assets)))
    if other.count is not None:
        target.count = max(target.count or 0, other.count)
    if (
        len(other.actors) > len(target.actors)
        and set(target.actors) <= set(other.actors)
        and (not target.actors or target.date is None)  # 'A Chinese destroyer ... on the 14th'
    ):  # keeps its side under a headline of two sides' separate passages
        target.actors = other.actors
    _take_sources(target, other)


def _loses_strait(target: _Draft, other: _Draft) -> bool:
    """A strait passage keeps the strait it named for seas a later sentence adds."""
    kinds = ("strait", "channel")
    return (
        target.kind == "strait_transit"
        and any(p.kind in kinds for p in target.places)
        and not any(p.kind in kinds for p in other.places)
    )


def _another_strait(target: _Draft, other: _Draft) -> bool:
    """Whether ``other`` names straits and none of those ``target`` names: 'sailed through the
    Tsugaru Strait ... then ... left through the Osumi Strait' goes on through both."""
    kinds = ("strait", "channel")
    straits = {p.feature_id for p in target.places if p.kind in kinds}
    others = {p.feature_id for p in other.places if p.kind in kinds}
    return bool(straits) and bool(others) and not straits & others


def _routeish(new, old, *, strict: bool = False) -> bool:
    """Prefer the new places when they add a route or a more precise (or, between mentions of
    one incident, smaller) place."""
    if not old:
        return True
    routes_new = sum(1 for p in new if p.kind in _ROUTE_KINDS and p.relation is None)
    if routes_new >= 2:
        return True
    if strict:
        return _place_score(new)[0] < _place_score(old)[0]
    return _place_score(new) < _place_score(old)


def _place_score(places) -> tuple:
    usable = [p for p in places if _qualifies(p)]
    if not usable:
        return (9, float("inf"))
    return min((p.geo_precision, p.geometry.area) for p in usable)


def _contains(outer: DateMention, inner: DateMention) -> bool:
    a = date_interval(outer.date, outer.date_end, outer.precision)
    b = date_interval(inner.date, inner.date_end, inner.precision)
    return bool(a and b and a[0] <= b[1] and b[0] <= a[1])


def _finer(a: DateMention, b: DateMention) -> bool:
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    return order.get(a.precision, 4) < order.get(b.precision, 4) and _contains(b, a)


def _count_period_before(text: _Text, index: int) -> DateMention | None:
    """The days of the count told in the sentence before ``index``, when it tells one span of
    days: 'it had detected 39 Chinese military aircraft ... between 6 a.m. Monday and 6 a.m.
    Tuesday' (the sentence may tell no incident of its own)."""
    if index == 0:
        return None
    start, end = text.spans[index - 1]
    if "detected" not in text.article.text[start:end]:
        return None
    spans = [m for m in text.dates_in(start, end) if m.date_end and m.precision == "day"]
    return spans[0] if len(spans) == 1 else None


def _passage_completed(text: _Text, draft: _Draft) -> DateMention | None:
    """The day the next sentence says the ships or aircraft just told completed the passage."""
    index = draft.sentence + 1
    if index >= len(text.spans):
        return None
    found = _COMPLETED_PASSAGE.search(text.sentence(index))
    if found is None:
        return None
    at = text.spans[index][0] + found.end()
    return next((m for m in text.dates_in(at, at + 12) if m.precision == "day"), None)


#: 'The detachment, which also includes ..., completed the passage on Wednesday'.
_COMPLETED_PASSAGE = re.compile(
    r"^\W*(?:The|This|That|These|Those|It|They)\b[^.;]{0,120}?\b(?:completed|finished|made) "
    r"(?:the|its|their) (?:passage|transit|crossing)(?: of the (?:strait|channel))? (?:on )?"
)


_NO_EVENT_DATE = "date: no event date in the text"


def _date_from_context(text: _Text, draft: _Draft, drafts: list[_Draft]) -> None:
    """Undated: the incident just before (same sentence or up to three back), then a date in
    the sentences before, then the report date's week, then the publication week."""
    position = drafts.index(draft)
    streak = _STREAK.search(draft.clause_text) if "consecutive" in draft.clause_text else None
    if streak is not None:  # 'seen in the contiguous zone for nine consecutive days'
        last = _latest(
            [
                d
                for d in drafts[:position]
                if d.role == "primary" and d.date is not None and d.date.precision == "day"
            ]
        )
        days = tr.number_of(streak.group("n"))
        if last is not None and 1 < days <= 400:
            draft.date = _implied(draft, streak.group(), last - timedelta(days=days - 1), last)
            draft.date_reason = f"date: '{streak.group()}' up to the day of the news, {last}"
            return
    if _OF_THE_DETECTED.match(draft.clause_text):
        period = _count_period_before(text, draft.sentence)
        if period is not None:  # 'it had detected 39 Chinese military aircraft and 20 PLA
            draft.date = period  # ships around Taiwan between 6 a.m. Monday and 6 a.m.
            draft.date_reason = f"date: from context '{period.text}' (the aircraft counted)"
            return  # Tuesday. Of the aircraft, 26 crossed': those days, though no incident
        counted = next(  # may be drafted from that sentence
            (
                d
                for d in reversed(drafts[:position])
                if d.date is not None and 0 < draft.sentence - d.sentence <= 2
            ),
            None,
        )
        if counted is not None and counted.date is not None:  # 'in the 24 hours to 6am
            draft.date = counted.date  # yesterday it had detected 14 Chinese military
            draft.date_reason = counted.date_reason + " (the aircraft counted)"  # aircraft
            return  # ... Nine of the aircraft crossed the median line': those days
    completed = _passage_completed(text, draft) if draft.kind == "strait_transit" else None
    if completed is not None:  # '... has passed through the La Perouse Strait ... The
        draft.date = completed  # detachment ... completed the passage on Wednesday'
        draft.date_reason = f"date: '{completed.text}', the day it completed the passage"
        return
    entered = _entry_left_the_same_day(text, draft, drafts[:position])
    if entered is not None and entered.date is not None:
        draft.date = entered.date
        draft.date_reason = f"date: from context '{entered.date.text}' (the day of the entry)"
        return
    report = draft.report
    seen_that_day = (
        _REPORTED_DOING.search(draft.clause_text) is not None
        or _SEEN_EARLY.search(draft.clause_text) is not None
        or _BEGUN_NOW.search(draft.clause_text) is not None
    )  # ('On Monday, the ministry said the group had been detected early in the morning')
    if report is not None and report.precision == "day" and seen_that_day:
        draft.date = report  # 'On Tuesday, the Defense Ministry also reported a Chinese
        draft.date_reason = f"date: the day of the report, '{report.text}'"  # frigate sailing
        return  # north ...': seen that day
    near_after = any(  # 'Hours after the launch, ... jets conducted a drill. Japan and US
        _HOURS_AFTER.match(text.sentence(i))  # forces also held a joint exercise'
        for i in range(max(0, draft.sentence - 1), draft.sentence + 1)
    )
    if _names_flight(draft.clause_text):  # 'the flight was their tenth joint patrol'
        named = [
            d
            for d in drafts[:position]
            if d.date is not None and d.role != "background" and draft.sentence - d.sentence <= 5
        ]
        if named:
            draft.date = named[-1].date
            draft.date_reason = named[-1].date_reason + " (the flight it names)"
            return
    if near_after or _CAME_AS.match(text.sentence(draft.sentence)):  # 'The incident came as
        told = [d for d in drafts[:position] if d.date is not None and d.role != "background"]
        if told:  # from each country flew through the KADIZ': at the time of the one told
            draft.date = told[-1].date
            draft.date_reason = told[-1].date_reason + " (the incident it came with)"
            return
    coarse = report if report is not None and report.precision in ("week", "month") else None
    after = [d for d in drafts[position + 1 :] if d.sentence == draft.sentence]  # its clauses
    for other in [*reversed(drafts[:position]), *after]:
        if draft.sentence - other.sentence > _CONTEXT_SENTENCES:
            break
        own_sentence = other.sentence == draft.sentence and (
            not _SEQUENCE.search(draft.clause_text[:40])
            or (other.date is not None and other.date.precision in ("month", "year"))
        )  # ('In October 2021, ten warships passed ..., then sailed south ...': that month)
        if not after and other.sentence == 0 and other.date_reason.startswith(_NO_EVENT_DATE):
            continue  # (a headline given its week for want of a day: the sentences after
            # may still date the lead)
        if other.date is not None and (other.role != "background" or own_sentence):
            if coarse is not None and not _contains(coarse, other.date):
                _date_by_report_period(draft, coarse)
                return
            nearer = _day_between(text, other, draft, drafts)
            if nearer is not None:  # 'In the space of four days, Chinese pilots locked ...
                draft.date = nearer  # The first came on Saturday. J-15 fighters ...
                draft.date_reason = f"date: from context '{nearer.text}' (sentence before)"
                return  # illuminated F-15s': Saturday, not the four days
            draft.date = other.date
            draft.date_reason = (
                f"date: from context '{other.date.text}' (sentence before)"
                if other.date.text
                else other.date_reason + " (sentence before)"
            )
            return
    own = [m for m in _sentence_event_dates(text, draft.sentence) if m.start < draft.trigger_at]
    if own:  # 'On Saturday it was spotted ..., with fighter jets taking off and landing'
        draft.date = own[-1]
        draft.date_reason = f"date: from context '{own[-1].text}' (its sentence)"
        return
    events = []
    for index in range(max(0, draft.sentence - _CONTEXT_SENTENCES), draft.sentence):
        events.extend(_sentence_event_dates(text, index))
    listed = _earlier_lists(drafts)
    events = [m for m in events if m.start not in listed]  # 'The first took place in July 2019
    # and the second in December 2020. Japan scrambled ...': those dates are the earlier
    # patrols', not this one's, nor any one of them
    namer = _platform_told(draft, drafts[:position], events[-1] if events else None)
    if namer is not None and namer.date is not None:
        draft.date = namer.date
        draft.date_reason = (
            f"date: from context '{namer.date.text}' (the incident that named "
            f"the {'/'.join(_named_platforms(draft))})"
        )
        return
    report = draft.report
    if events and report is not None and _long_before(events[-1], report):
        draft.date = report  # 'the JCS said on Tuesday that four Chinese and four Russian
        draft.date_reason = f"date: the day of the report, '{report.text}'"  # aircraft had
        return  # entered the KADIZ', after '... the first since last November'
    if events and coarse is not None and not _contains(coarse, events[-1]):
        _date_by_report_period(draft, coarse)
        return
    if events:
        draft.date = events[-1]
        draft.date_reason = f"date: from context '{events[-1].text}' (sentence before)"
        return
    for other in drafts[position + 1 :]:  # a lead the next sentences tell in detail
        if other.sentence - draft.sentence > 2:
            break
        if (
            other.date is not None
            and other.role != "background"
            and other.kind != "scramble"
            and (not other.actors or set(other.actors) == set(draft.actors))
        ):
            draft.date = other.date
            draft.date_reason = f"date: from context '{other.date.text}' (sentence after)"
            return
    same_side = [
        d
        for d in drafts
        if d is not draft
        and d.date is not None
        and d.role != "background"
        and d.kind != "scramble"
        and d.actors
        and set(d.actors) == set(draft.actors)
        and abs(d.sentence - draft.sentence) <= _SAME_SIDE_SENTENCES
        and _domains_fit(d.assets, draft.assets)
    ]
    if same_side and draft.report is None:  # 'Japan's Defense Ministry said the bombers flew
        nearest = min(same_side, key=lambda d: abs(d.sentence - draft.sentence))
        assert nearest.date is not None  # chosen for it
        draft.date = nearest.date
        draft.date_reason = f"date: from context '{nearest.date.text}' (the same side's incident)"
        return
    only = _only_day_of_side(draft, drafts)
    if only is not None and draft.report is None:  # 'South Korea's JCS said that two Chinese
        draft.date = only  # and six Russian aircraft entered the KADIZ' in the patrol's story
        draft.date_reason = f"date: from context '{only.text}' (the one day the side acted)"
        return
    for index in _sentences_after(text, draft):
        told_again = _BACK_REFERENCE.match(text.sentence(index))
        if not told_again and not _sighted_after(text.sentence(index), draft, drafts):
            continue  # 'The flight took place on Wednesday': the sentence after dates it
        later = [
            m
            for m in _sentence_event_dates(text, index)
            if m.precision in ("day", "week")
            and not text.article.text[max(0, m.start - 6) : m.start].endswith("since ")
        ]  # (not 'The flight was the first since Feb. 3': the day of the one before)
        if later:
            draft.date = later[0]
            draft.date_reason = f"date: from context '{later[0].text}' (sentence after)"
            return
    report = draft.report
    anchor = _iso_to_date(report.date) if report is not None and report.precision == "day" else None
    basis = f"the report date '{report.text}'" if anchor and report is not None else None
    if anchor is None and text.article.published is not None:
        anchor, basis = text.article.published, f"published {text.article.published.isoformat()}"
    going_on = _GOING_ON.search(draft.clause_text[: draft.trigger_at - draft.start + 130])
    if report is not None and report.precision == "day" and going_on is not None:
        draft.date = report  # 'The Liaoning aircraft carrier group ... is conducting far-sea
        draft.date_reason = f"date: going on on the day of the report, '{report.text}'"  # combat
        return  # training ..., a Navy spokesperson said Sunday'
    if coarse is not None:  # 'Last month, Tokyo said J-15 fighters ... had directed their
        _date_by_report_period(draft, coarse)  # radar at Japanese F-15s': in that month
        return
    if anchor is not None and _TIME_OF_DAY.search(draft.clause_text):
        news = next(  # ('[12:20] [Update] Separately, a Chinese Y-9 reconnaissance aircraft
            (  # entered the KADIZ southwest of Ieodo at around 10:14'): the day of the news
                d.date  # told before, else of the report
                for d in reversed(drafts[:position])
                if d.date is not None
                and d.role == "primary"
                and d.date.precision == "day"
                and d.date.date_end is None
            ),
            None,
        )
        if news is not None:
            draft.date = news
            draft.date_reason = f"date: a time of day and no day of its own; '{news.text}'"
        else:
            draft.date = replace(_implied(draft, "", anchor, anchor), date_end=None)
            draft.date_reason = f"date: a time of day and no day of its own; the day of {basis}"
        return
    if anchor is not None:
        first_day = anchor - timedelta(days=6)
        draft.date = _implied(draft, "", first_day, anchor, "week")
        draft.date_reason = f"{_NO_EVENT_DATE}; the week up to {basis}"


def _entry_left_the_same_day(text: _Text, draft: _Draft, before: list[_Draft]) -> _Draft | None:
    """The entry an exit told by its afternoon hour only ends the day of: '... moved into
    Japanese territorial waters early on Friday morning ... The four ships left the
    territorial waters at about 4:40 pm and were sailing in the contiguous zone ... on
    Saturday morning' left on Friday, not on the day the next clause names."""
    if (
        draft.kind not in ("territorial_waters_entry", "contiguous_zone_entry")
        or not _EXIT.match(text.article.text, draft.trigger_at)
        or not _AFTERNOON_HOUR.search(draft.clause_text)
    ):
        return None
    for other in reversed(before):
        if draft.sentence - other.sentence > 6:
            return None
        if other.kind == draft.kind and other.role != "background":
            day = _day_span(other)
            return other if day is not None and day[0] == day[1] else None
    return None


#: An hour after noon: '4:40 pm', '6:50 p.m.', '16:40'.
_AFTERNOON_HOUR = re.compile(r"\b(?:\d{1,2}(?::\d\d)?\s*p\.?m\b|(?:1[2-9]|2[0-3]):\d\d\b)")


#: A time of day an incident is told at: 'at around 10:14', 'at 9:50 p.m.'.
_TIME_OF_DAY = re.compile(
    r"\bat (?:around |about |approximately )?(?:\d{1,2}:\d\d|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)"
)


def _date_by_report_period(draft: _Draft, period: DateMention) -> None:
    """'In December, the ministry said it had deployed missiles on Matua. Earlier this month,
    Japan's Defense Ministry reported that four Russian landing ships had sailed west through
    the Tsugaru Strait': a report told only by its week or month dates what it tells better
    than an incident outside that period."""
    draft.date = period
    draft.date_reason = f"date: the period of the report, '{period.text}'"


#: A sighting told as seen on the day of its report: 'reported a Chinese navy frigate sailing
#: north', 'reported two destroyers moving southwest'.
_REPORTED_DOING = re.compile(
    r"\breported (?:an? |the |two |three |four |five |six |\d+ )[^.;,]{0,80}?\b(?:sailing|"
    r"flying|operating|moving|heading|passing|navigating)\b"
)


#: What the report says has just begun: 'warships ... has begun a joint patrol in the
#: Asia-Pacific region, the Pacific Fleet press service said on Wednesday'.
_BEGUN_NOW = re.compile(
    r"\b(?:has|have) (?:now |just )?(?:begun|started|launched|commenced|kicked off)\b"
)


#: A sighting a report dates to its own day: 'had been detected early in the morning'.
_SEEN_EARLY = re.compile(
    r"\b(?:detected|spotted|seen|sighted|confirmed|observed) (?:early |late )?(?:in the |this |"
    r"that )(?:morning|afternoon|evening)\b|"
    r"\b(?:that|this) (?:morning|afternoon|evening)\b|\bearlier (?:that|in the) day\b"
)  # ('said late Monday that a Russian Il-38 violated Japanese airspace ... that afternoon')


#: An answer told on the day of the news it answers: 'Hours after the launch, ...'.
_HOURS_AFTER = re.compile(
    r"^\W*(?:Hours|Minutes|Shortly|Soon|Later that day|Later the same day)(?: after(?: the "
    r"(?:launch|flight|incident|intrusion|violation|passage|firing))?)?,"
)
#: An incident told as at the time of the one just told: 'The incident came as ...'.
_CAME_AS = re.compile(r"^\W*(?:The|This|That|It) (?:[\w-]+ ){0,2}?came (?:as|while|when)\b")


#: The heading of a release's part that gives the date of what it reports.
_DATE_HEADING = re.compile(
    r"\b(?:[Dd]ate and time|[Dd]ates? and times?|[Dd]ate|(?<=\d\. )[Pp]eriod)"
    r"(?:,? (?:and )?(?:time|location|aircraft|vessels?|ships?)){0,2}(?: confirmed)?\s*:?\s*$"
)  # '1. Date and time', '1. Confirmed date and aircraft', 'Date, time and location', a daily
# report's '1. Period: January 23, 2024 (Tuesday) 06:00 to January 24, 2024 (Wednesday) 06:00'


#: A date on the line under such a heading: '1. Date and time of the violation' then 'Around
#: 11:29 to around 11:31 on August 26, 2024 (Mon)'.
_DATE_HEADING_LINE = re.compile(
    r"(?:^|\n)\s*\d{1,2}\.\s*(?:[Dd]ate and time|[Dd]ates? and times?|[Dd]ate)\b[^\n]{0,40}\n"
    r"[^\n]{0,60}$"
)


def _stated_time(text: _Text, draft: _Draft) -> DateMention | None:
    """The day a release states under 'Date and time' before the draft, if any (the last
    such, where a page holds several releases)."""
    key = ("stated times",)
    if key not in text.memo:  # looked for once an article
        full = text.article.text
        stated: list[DateMention] = []
        for mention in text.dates if "ate" in full or "eriod" in full else ():
            if mention.precision != "day" or (stated and mention.start < stated[-1].end):
                continue
            if not (
                _DATE_HEADING.search(full, max(0, mention.start - 40), mention.start)
                or _DATE_HEADING_LINE.search(full, max(0, mention.start - 120), mention.start)
            ):
                continue
            line_end = full.find("\n", mention.end)  # 'From around 09:40 on June 17, 2021
            line = text.dates_in(mention.start, line_end if line_end >= 0 else len(full))
            stated.append((_days_joined(line[:2], full) if len(line) > 1 else None) or mention)
        text.memo[key] = stated  # (Thu) to around 16:10 on June 18, 2021 (Fri)': both days
    told: list[DateMention] = text.memo[key]  # type: ignore[assignment]
    before = [m for m in told if m.start < draft.trigger_at]
    if before:
        return before[-1]
    if told and _REGARDING.match(draft.clause_text):
        return told[0]  # (and to the release's subject line above it: 'Regarding the joint
    return None  # flight of Chinese and Russian aircraft')


def _day_heading(text: _Text, draft: _Draft) -> DateMention | None:
    """The day on a line of its own that heads the chronology entry of ``draft``: a release's
    'Sequence of events' lists 'May 18 (Fri)', then '10:20  The four China Coast Guard vessels
    were confirmed entering the contiguous zone ...' on the lines under it."""
    key = ("day headings",)
    if key not in text.memo:  # found once an article
        full = text.article.text
        headings: list[tuple[int, DateMention]] = []
        for line in _DAY_LINE.finditer(full) if "\n" in full else ():
            told = text.dates_in(line.start(), line.end())
            if (  # ('Today (February 18, Tue)': one day, named twice)
                told
                and len({m.date for m in told}) == 1
                and told[-1].precision == "day"
                and told[-1].date_end is None
            ):
                headings.append((line.end(), told[-1]))
        text.memo[key] = headings
    headings: list[tuple[int, DateMention]] = text.memo[key]  # type: ignore[no-redef]
    if not headings:
        return None
    full = text.article.text
    line_start = full.rfind("\n", 0, draft.trigger_at) + 1
    above = [(end, day) for end, day in headings if end < line_start]
    if not above or not _ENTRY_LINE.match(full, line_start):
        return None
    end, day = above[-1]
    between = full[end:line_start]
    if _PART_LINE.search(between) or between.count("\n") > 12:
        return None  # (the chronology ended: '4. Response')
    return day


#: A line that is a day alone: 'May 18 (Fri)', '[March 4 (Mon)]', 'The 19th (Sat)'.
_DAY_LINE = re.compile(
    r"(?m)^[ \t]*\[?(?:[Tt]he )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?\]?:?[ \t]*$|"
    r"^[ \t]*(?:Today|Yesterday) \((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.? \d{1,2}(?:, (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?\):?[ \t]*$"  # 'Today
)  # (February 18, Tue)'
#: An entry of a chronology, opening with its time: '10:20  The four ...', 'Morning to
#: afternoon  The four vessels navigated ...', 'Around 06:30', 'All day'.
_ENTRY_LINE = re.compile(
    r"[ \t]*(?:-\s*)?(?:\d{1,2}:\d\d|\d{1,2}\s*[ap]\.?m\b|(?:At )?[Aa]round\b|[Aa]bout\b|"
    r"(?:Early |Late )?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)\b|[Aa]ll day\b|"
    r"[Tt]hroughout\b)"
)
#: A numbered part of a release, which ends a chronology: '4. Response'.
_PART_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}\.[ \t]+[A-Z]")


#: How many sentences below a release's subject line its date line may come.
_SUBJECT_REACH = 8


_REGARDING = re.compile(
    r"^\W*(?:Regarding|Concerning|(?:Scramble )?[Ii]n response to|Response to|Confirmation of) "
    r"(?:the|a|an)\b"  # ('Confirmation of a Chinese marine research vessel conducting ...')
)


#: A reference to an item of a release's first part: 'the unmanned aircraft in 1(2)'.
_ITEM_REFERENCE = re.compile(r"\bin 1\((\d{1,2})\)")
#: The number an item of a release opens its line with: '(2) ' before its date.
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)\s*\(\s*(\d{1,2})\s*\)\s*$")


#: Every item of a release's first part a clause refers to: 'as described in 1(1) and 1(2)'.
_ITEM_REFERENCES = re.compile(r"\b1\((\d{1,2})\)")


def _per_item(text: _Text, draft: _Draft) -> list[_Draft]:
    """'..., violating the territorial airspace as described in 1(1) and 1(2)': one incident
    per item the clause refers to, on the item's date and at the item's places ('(1) June 20,
    2019 (Thu), from about 09:09 to 09:12: territorial airspace over the sea north of
    Minami-Daito Island'; '(2) The same day, ...: ... southeast of Hachijojima')."""
    numbers = list(dict.fromkeys(_ITEM_REFERENCES.findall(draft.clause_text)))
    if len(numbers) < 2:
        return [draft]
    full = text.article.text
    items = _item_dates(text, draft.start)
    if not set(numbers) <= set(items):
        return [draft]
    copies = []
    for number in numbers:
        mention = items[number]
        line_end = full.find("\n", mention.end)
        places = tuple(_usable_places(text, mention.end, line_end if line_end > 0 else len(full)))
        copies.append(
            replace(
                draft,
                date=mention,
                date_reason=f"date: '{mention.text}', the item of the release it names",
                places=places or draft.places,
                sources=list(draft.sources),
            )
        )
    return copies


def _listed_date(text: _Text, draft: _Draft) -> DateMention | None:
    """The date that opens the item a release's later part refers to: '(2) May 15, 2024 (Wed),
    from afternoon to evening: one unmanned aircraft' for 'the unmanned aircraft in 1(2)'."""
    reference = _ITEM_REFERENCE.search(draft.clause_text)
    if reference is None:
        return None
    return _item_dates(text, draft.start).get(reference.group(1))


def _item_dates(text: _Text, before: int) -> dict[str, DateMention]:
    """Item number -> the day that opens that item of a release, for the items before
    ``before`` ('(2) May 15, 2024 (Wed), ...'; the first such day of each number)."""
    full = text.article.text
    items: dict[str, DateMention] = {}
    for mention in text.dates:
        if mention.start >= before:
            break
        if mention.precision != "day":
            continue
        item = _ITEM_NUMBER_BEFORE.search(full, max(0, mention.start - 8), mention.start)
        if item is not None:
            items.setdefault(item.group(1), mention)
    return items


#: A run of days up to the news: 'for nine consecutive days'.
_STREAK = re.compile(
    r"\bfor (?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) consecutive days\b"
)


def _only_day_of_side(draft: _Draft, drafts: list[_Draft]) -> DateMention | None:
    """The day of the side's news when the article, up to the draft, dates all its news to
    that one day."""
    dated = [
        d.date
        for d in drafts
        if d.sentence < draft.sentence
        and d.date is not None
        and d.date.text
        and d.role == "primary"
        and d.kind != "scramble"
        and set(d.actors) == set(draft.actors)
    ]
    days = {(m.date, m.date_end) for m in dated}
    if len(days) != 1 or dated[0].precision != "day":
        return None
    return dated[0]


def _sighted_after(sentence: str, draft: _Draft, drafts: list[_Draft]) -> bool:
    """'A Chinese research ship has been seen ... in Japan's EEZ' then 'a patrol aircraft
    spotted the Chinese research vessel ... on Tuesday': the sighting that dates the lead
    (unless an incident told in the next few sentences may be the one the lead tells)."""
    if draft.date is not None or not draft.assets or not _SIGHTED.search(sentence):
        return False
    if any(
        d is not draft
        and d.kind != "scramble"
        and 0 < d.sentence - draft.sentence <= 6
        and (d.date is not None or d.kind != draft.kind)
        and sides_fit(d.actors, draft.actors)
        for d in drafts
    ):
        return False
    return bool(tr.asset_domains(draft.assets) & tr.asset_domains((sentence,)))


_SIGHTED = re.compile(r"\b(?:spotted|sighted|detected|discovered|found|observed) the\b")


def _left_the_next_day(draft: _Draft) -> None:
    """'The frigate entered the zone ... at around 4:40 p.m. and left it ... at about 9:10 a.m.
    the next day': the stay runs from the day before the day it left."""
    told = draft.date
    if told is None or told.date_end is not None or told.precision != "day":
        return
    if not _NEXT_DAY.fullmatch(told.text) or not _LEFT_AFTER_ENTRY.search(draft.clause_text):
        return
    left = _iso_to_date(told.date)
    if left is None or draft.clause_text.find(told.text) < draft.clause_text.find(" left "):
        return
    draft.date = _implied(draft, told.text, left - timedelta(days=1), left)
    draft.date_reason = f"date: from the day before '{told.text}', the day it left, to that day"


_STAY_KINDS = ("territorial_waters_entry", "contiguous_zone_entry")
_NEXT_DAY = re.compile(r"the (?:next|following) (?:day|morning)", re.IGNORECASE)
_LEFT_AFTER_ENTRY = re.compile(r"\b(?:entered|sailed into|moved into)\b.{5,200}?\band left\b")


def _day_it_happened(text: _Text, draft: _Draft) -> None:
    """'... locked its fire-control radar on a Japanese navy helicopter ... earlier this week.
    Defense Minister Tomomi Inada told reporters the incident happened Tuesday afternoon': the
    day a sentence after tells, within the week or month the incident was dated by."""
    if draft.date is None or draft.date.precision not in ("week", "month"):
        return
    span = date_interval(draft.date.date, draft.date.date_end, draft.date.precision)
    if span is None or draft.role == "background":
        return
    for index in range(draft.sentence + 1, min(len(text.spans), draft.sentence + 3)):
        start, end = text.spans[index]
        told = _HAPPENED.search(text.article.text, start, end)
        if told is None:
            continue
        days = [m for m in text.dates_in(told.end(), end) if m.precision == "day"]
        day = _iso_to_date(days[0].date) if days and days[0].date_end is None else None
        if day is not None and span[0] <= day <= span[1]:
            draft.date = days[0]
            draft.date_reason += f", on '{days[0].text}' as the sentence after tells"
        return


#: What a sentence says of the incident just told: 'the incident happened Tuesday afternoon'.
_HAPPENED = re.compile(
    r"\b(?:the|this|that) (?:incident|lock-on|intrusion|violation|incursion|flight|passage|"
    r"launch|encounter|approach) (?:happened|occurred|took place)\b"
)


#: A sentence about the incident just reported: 'The flight took place on Wednesday'.
_BACK_REFERENCE = re.compile(
    r"^\W*(?:(?:The|This|That|Its|Their|These|Those) (?:[\w-]+ ){0,2}?(?:flights?|patrols?|"
    r"drills?|exercises?|missions?|sorties?|passages?|transits?|incursions?|intrusions?|"
    r"launch(?:es)?|operations?|activit(?:y|ies)|maneuvers|manoeuvres|voyage)|It|They)\b"
    r"(?! (?:is|are|was|were) (?:the|a|an|not|part)\b)"
)


def _named_platforms(draft: _Draft) -> list[str]:
    """The platforms a draft names by designator or name ('Tu-95', 'Liaoning')."""
    return [asset for asset in draft.assets if asset != asset.lower()]


def _platform_told(
    draft: _Draft, before: list[_Draft], latest: DateMention | None
) -> _Draft | None:
    """The incident told before that named the platforms an undated one names, when the date
    just before is not one of theirs: 'the first such incursion since November last year, when
    ... planes entered the zone. Japan's Defense Ministry said separately that the two Tu-95s
    flew ...' is the day of the Tu-95s' incursion."""
    named = set(_named_platforms(draft))
    if not named or latest is None:
        return None
    owner = next(
        (d for d in before if d.date is not None and d.date.start == latest.start),
        None,
    )
    if owner is not None and (owner.role != "background" or named & set(owner.assets)):
        return None
    for other in reversed(before):
        if (
            other.date is not None
            and other.role != "background"
            and other.kind != "scramble"
            and named & set(other.assets)
        ):
            return other
    return None


def _day_between(
    text: _Text, other: _Draft, draft: _Draft, drafts: list[_Draft]
) -> DateMention | None:
    """The last day a sentence between ``other`` and ``draft`` names within the span of
    ``other``'s coarser date, where that sentence tells no incident of its own ('The first came
    on Saturday.'), else None."""
    assert other.date is not None
    span = date_interval(other.date.date, other.date.date_end, other.date.precision)
    if span is None or span[0] == span[1]:
        return None
    told = {d.sentence for d in drafts}
    for index in range(draft.sentence - 1, other.sentence, -1):
        if index in told:
            return None
        days = [m for m in _sentence_event_dates(text, index) if m.precision == "day"]
        if days:
            day = date_interval(days[-1].date, days[-1].date_end, "day")
            return days[-1] if day and span[0] <= day[0] and day[1] <= span[1] else None
    return None


def _earlier_lists(drafts: list[_Draft]) -> set[int]:
    """Where the dates of earlier incidents stand that a sentence lists two or more of."""
    by_sentence: dict[int, set[int]] = {}
    for draft in drafts:
        if draft.role == "background" and draft.date is not None:
            by_sentence.setdefault(draft.sentence, set()).add(draft.date.start)
    return {start for starts in by_sentence.values() if len(starts) > 1 for start in starts}


def _sentence_event_dates(text: _Text, index: int) -> list[DateMention]:
    """The event dates of a whole sentence (read once per sentence)."""
    key = ("events", index)
    found = text.memo.get(key)
    if found is None:
        start, end = text.spans[index]
        probe = _Draft(kind="", sentence=index, start=start, end=end, trigger_at=start)
        found = _event_dates(text, probe)[0]
        sentence, lowered = text.sentence(index), text.lowered_of(start, end)
        future = _FUTURE.search(sentence, 0, lowered) if found else None
        if future is not None:  # 'The agency will make a third attempt in October': a plan's
            found = [m for m in found if m.start < start + future.start()]  # month dates nothing
        text.memo[key] = found
    return found  # type: ignore[return-value]


def _places_from_context(draft: _Draft, drafts: list[_Draft]) -> tuple[PlaceMention, ...]:
    """'... took off from the carrier': where the incident just before took place ('the flight
    was their tenth joint patrol': where the flight it names went)."""
    reach = (
        5 if _names_flight(draft.clause_text) else 3 if _SAME_AGAIN.search(draft.clause_text) else 2
    )
    for other in reversed(drafts[: drafts.index(draft)]):
        if other.places and other.kind != "scramble" and draft.sentence - other.sentence <= reach:
            return other.places
    return ()


_SAME_AGAIN = re.compile(r"\b(?:made (?:a similar|the same)|did the same|done the same)\b")


def _iso_to_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _actors_from_context(text: _Text, draft: _Draft, drafts: list[_Draft]) -> tuple[str, ...]:
    found = _actors_told(text, draft, drafts)
    if draft.kind.startswith("joint_") and len(found) < 2:
        # 'The fleet had taken part in "Joint Sea-2013"' after '... took part in the "Joint
        # Sea-2013" exercise with the Russian navy': both navies, named in a sentence before
        for index in range(draft.sentence, max(-1, draft.sentence - 8), -1):
            mentions = text.actor_mentions(*text.spans[index])
            codes = tr.ordered_codes(m.code for m in mentions if m.code in tr.ADVERSARIES)
            if len(codes) > 1:
                return codes
    return found


def _actors_told(text: _Text, draft: _Draft, drafts: list[_Draft]) -> tuple[str, ...]:
    own = _own_report(text, draft)
    if own:  # 'the Pacific Fleet press service said ... a detachment of ships consisting of the
        return own  # corvettes Rezky and Aldar Tsydenzhapov had passed through': its own ships
    earlier = drafts[: drafts.index(draft)]
    if draft.kind == "missile_launch" and _NORTH_KOREA.search(text.article.text):
        return ("KP",)  # 'several ballistic missiles fired from the Kaechon area' under NORTH KOREA
    if _THE_PLATFORM.match(draft.clause_text):  # 'The same ship had sailed ...': the one just
        codes = _platform_named(text, draft.sentence)  # named
        if codes:
            return codes
    for other in reversed(earlier):  # '... a Chinese Dongdiao-class ship entered Japanese
        if other.sentence != draft.sentence:  # territorial waters ..., and sailed through the
            break  # Tokara Strait': the subject of the clause before
        if other.actors and other.kind != "scramble":
            return other.actors
    for other in reversed(earlier):
        if other.kind == draft.kind and other.actors:
            return other.actors
    for other in reversed(earlier):
        if other.actors and other.kind != "scramble" and draft.sentence - other.sentence <= 3:
            return other.actors
    for index in range(draft.sentence, max(-1, draft.sentence - 3), -1):
        codes = _actors(text.actor_mentions(*text.spans[index]))
        if codes:
            return codes
    counts = Counter(
        m.code
        for m in text.actor_mentions(0, len(text.article.text))
        if m.code in tr.ADVERSARIES and m.role == "actor"
    )
    return (counts.most_common(1)[0][0],) if counts else ()


def _own_report(text: _Text, draft: _Draft) -> tuple[str, ...]:
    """The side whose own armed forces report the clause's incident, naming no other side:
    'the Pacific Fleet press service said ... ships ... had passed through the strait'."""
    before = text.article.text[draft.start : draft.trigger_at]
    if not _OWN_SERVICE_SAID.search(before):
        return ()
    mentions = text.actor_mentions(draft.start, draft.end)
    if any(m.role == "actor" for m in mentions):
        return ()
    codes = {m.code for m in mentions if m.code in tr.ADVERSARIES}
    return tuple(codes) if len(codes) == 1 else ()


#: A side's own armed forces as the teller: 'the Pacific Fleet press service said', 'the
#: Russian Defense Ministry said', 'the PLA Eastern Theater Command said'.
_OWN_SERVICE_SAID = re.compile(
    r"\b(?:Pacific Fleet|Defen[cs]e Ministry|Ministry of (?:National )?Defen[cs]e|Theat(?:er|re) "
    r"Command|(?:PLA|People's Liberation Army) Navy|Eastern Military District|Northern Fleet)"
    r"(?:[’']s)?(?: press (?:service|office)| spokes(?:man|woman|person))? (?:said|says|reported|"
    r"announced)\b"
)


_LEAD_DAY = r"(?:(?:On|Later on|Earlier on) [\w.]+(?: \d{1,2})?,\s+)?"  # 'On Tuesday, the'
#: A clause whose subject is the platforms told before: 'The two Su-27 fighters approached'.
_THE_NAMED = re.compile(
    rf"^\W*{_LEAD_DAY}(?:[Tt]he|These|Those) (?:two|three|four|five|six|same) "
    r"(?:(?:two|three|four|five|six) )?(?P<noun>[\w-]+)?"
)


#: What 'the two ...' calls two sides' forces: 'The two groups then joined up'.
_GROUPS = frozenset({"groups", "navies", "fleets", "flotillas", "sides", "forces", "formations"})


def _two_sides_named(text: _Text, index: int) -> tuple[str, ...]:
    """The adversaries the few sentences before sentence ``index`` name, if two or more."""
    codes: set[str] = set()
    for before in range(index - 1, max(-1, index - 4), -1):
        codes.update(c for c in _actors(text.actor_mentions(*text.spans[before])))
    sides = tr.ordered_codes(c for c in codes if c in tr.ADVERSARIES)
    return sides if len(sides) > 1 else ()


def _platform_named(
    text: _Text, index: int, noun: str | None = None, reach: int = 5
) -> tuple[str, ...]:
    """The side of the platform named in the few sentences before sentence ``index`` (a
    release's headings and numbered parts may stand between: '1. ... one unmanned aircraft
    estimated to be Chinese', '2. Flight route', 'The unmanned aircraft flew southeast');
    with ``noun``, the nearest sentence naming it first ('the same four bombers': the one
    that named the bombers, not the fighters that escorted them)."""
    found: list[tuple[str, ...]] = []
    budget = reach - 1
    for before in range(index - 1, max(-1, index - reach - _HEADINGS_PASSED), -1):
        if _NEW_RELEASE.match(text.sentence(before + 1)):
            break
        if budget <= 0:
            break
        if not _LABEL_LINE.fullmatch(text.sentence(before + 1).strip()) or before + 1 == index:
            budget -= 1  # (a release's labels, '(3) Outline', 'Aircraft confirmed', are passed)
        mentions = text.actor_mentions(*text.spans[before])
        codes = _actors(mentions)
        if not codes:
            continue
        if not noun:
            return codes
        found.append(codes)
        sentence = text.sentence(before)
        named = tr.ordered_codes(  # 'two Chinese H-6 bombers and two Russian Tu-95 bombers'
            m.code for m in mentions if m.role == "actor" and noun in sentence[m.end : m.end + 24]
        )
        if named:
            return named
    return found[0] if found else ()


#: A release's part label, passed on the way back to the platform it names: '(3) Outline',
#: '(2) Aircraft confirmed', 'Y-9 intelligence gathering aircraft x1', '(1) Date'.
_LABEL_LINE = re.compile(r"(?:\(\d{1,2}\)\s*)?[^.!?\n]{1,60}")
_HEADINGS_PASSED = 6  # at most this many labels passed beyond ``reach``
_NORTH_KOREA = re.compile(r"\bNorth Korea|\bNORTH KOREA|\bDPRK\b|\bPyongyang\b")
#: A clause that follows another in a list: ', a small drone ...', ', and a Y-9 ...'.
_LISTED_AFTER = re.compile(r"(?:,\s*(?:and\s+)?|;\s*)(?:an?|one|two|three|four)\s")
#: What flies as a launch, not a flight: 'the rocket, launched in December 2012, also flew'.
_ROCKET_BEFORE = re.compile(
    r"\b(?:rockets?|missiles?|ICBMs?|IRBMs?|SLBMs?|Hwasong-\d+\w*|Taepodong(?:-\d)?|"
    r"Unha(?:-\d)?)\b(?! carriers?\b)(?:,[^,]{0,60},)?(?: \w+){0,2} $"  # (not 'strategic missile
    # carriers performed a flight': bombers)
)
#: Some of the aircraft a release counted just before: 'Of the aircraft detected, 16 crossed',
#: 'Of these, 18 sorties', 'Nine of the aircraft crossed'.
_OF_THE_DETECTED = re.compile(
    r"^\W*(?:[IVX]{1,4}\.\s+)?(?:Of (?:the|these|those) (?:\d{1,3} )?(?:aircraft|sorties|planes)"
    r"(?: detected| tracked)?,|Of (?:these|them|those), \d{1,3} (?:aircraft|sorties|planes)\b|"
    r"(?:\d{1,3}|[A-Z][a-z]+) of (?:the|them|those)(?: aircraft| planes)?"
    r" (?:crossed|entered|flew))"  # ('Nine of the aircraft crossed the median line')
)
#: A release's platforms named in its part above: 'the above aircraft', 'the above 6 vessels'.
_THE_ABOVE = re.compile(
    r"\b[Tt]he above(?: \d{1,2}| one| two| three| four| five| six)? (?:[\w-]+ )?(?:aircraft|"
    r"vessels?|ships?|planes?|drones?|helicopters?|balloons?)\b"
)
#: A clause naming a platform by its number in a report: '(1) Balloon 1 was detected'.
_NUMBERED = re.compile(
    r"^\W*(?:\(\d{1,2}\)\s*)?(?:Balloon|Drone|UAV|Object|Aircraft|Vessel|Ship|Helicopter|"
    r"Group) \d{1,2}\b"
)
_PLATFORM_NOUN = (
    r"(?:same )?(?:[\w-]+ ){0,2}?(?:ship|vessel|aircraft|plane|drone|destroyer|frigate|carrier|"
    r"bomber|submarine|helicopter|balloon|UAV|unmanned aerial vehicle)"
)
#: A clause opening with one platform named before: 'The same ship', 'The vessel', 'As of
#: 18:00, the vessel'; or with the platforms of the step before: 'Subsequently, the vessels'
#: (not 'The ships' alone, which may be any side's told in the lead).
_THE_PLATFORM = re.compile(
    rf"^\W*(?:(?:(?:As of|At|By|At around|Around) [^,;]{{1,30}},\s+(?:the|this|that)\s|"
    rf"(?:The|This|That) ){_PLATFORM_NOUN}\b|"
    rf"(?:Subsequently|Then|Later|Afterwards), (?:the|these) {_PLATFORM_NOUN}s?\b)"
)


def _fill_response(text: _Text, draft: _Draft, drafts: list[_Draft], gazetteer) -> None:
    primary = draft.responds_to
    while primary is not None and primary.absorbed_into is not None:
        primary = primary.absorbed_into
    primary = primary if primary in drafts else None
    if primary is None:
        before = [d for d in drafts[: drafts.index(draft)] if d.kind != "scramble"]
        near = [d for d in reversed(before) if draft.sentence - d.sentence <= 2]
        # 'Japan scrambled fighter jets in response': to the news, before an earlier incident
        primary = next((d for d in near if d.role != "background"), near[0] if near else None)
        if primary is None:  # 'fighters were scrambled after the two bombers flew south'
            told = [d for d in before if d.role == "primary"]
            days = {d.date.date if d.date else None for d in told}
            primary = told[-1] if told and len(days) == 1 else None  # one day's news
    events, _ = _event_dates(text, draft)
    if events:
        draft.date = events[0]
        draft.date_reason = _date_reason(text, events[0], "")
    elif primary is not None and primary.date is not None:
        draft.date, draft.date_reason = (
            primary.date,
            primary.date_reason + " (the incident it answers)",
        )
    else:
        _date_from_context(text, draft, drafts)
    if not draft.own_place and primary is not None:
        draft.places = primary.places
    if not draft.actors:  # 'Fighters of the Northern Air Defense Force were scrambled'
        draft.actors = next(
            ((side,) for side, unit in _ANSWERING_UNITS if unit.search(draft.clause_text)), ()
        )
    if not draft.actors and primary is not None:
        draft.actors = _zone_owners(primary, gazetteer)  # 'prompting the Air Force to scramble'
    if not draft.actors and primary is not None and primary.kind == "other":
        crossed = any(p.feature_id == _MEDIAN for p in primary.places)
        draft.actors = ("TW",) if crossed else ()  # jets over the median line: Taiwan answers
    if not draft.actors:  # 'Fighters scrambled from Komatsu': the side whose base they left
        owners = [
            gazetteer.get(p.feature_id).owner
            for p in text.places_in(draft.start, draft.end)
            if p.kind == "base" and p.relation is None and p.feature_id in gazetteer
        ]
        owners = [o for o in owners if o and o not in tr.ADVERSARIES]
        draft.actors = tuple(owners[:1])  # the first base named (Misawa is shared)
    if not draft.actors:  # 'fighters were scrambled again': the side that scrambled before
        earlier = [d for d in drafts[: drafts.index(draft)] if d.kind == "scramble" and d.actors]
        draft.actors = earlier[-1].actors if earlier else ()
    for index in range(draft.sentence, max(-1, draft.sentence - 3), -1):
        if draft.actors:
            break  # 'It entered the eastern and southwestern parts of Taiwan's ADIZ. Air force
        owners = [  # fighters were scrambled': the side whose zone was entered just before
            gazetteer.get(feature_id).owner
            for p in text.places_in(*text.spans[index])
            for feature_id in (p.feature_id, *p.anchors)
            if feature_id in gazetteer and gazetteer.get(feature_id).kind in _OWNED_KINDS
        ]
        owners = [o for o in owners if o and o not in tr.ADVERSARIES]
        draft.actors = tuple(owners[-1:])
    if not draft.actors and _FIGHTER_TYPE.search(draft.clause_text):
        draft.actors = _air_force_told(text.article.text[: draft.start])  # 'The F-15s had been
        # scrambled from Naha ...' after 'two Air Self-Defense Force F-15 fighters'


def _air_force_told(before: str) -> tuple[str, ...]:
    """The side of the air force named last in ``before``, if any."""
    last = max(
        ((m.start(), side) for side, force in _AIR_FORCES for m in force.finditer(before)),
        default=None,
    )
    return (last[1],) if last else ()


_FIGHTER_TYPE = re.compile(rf"\b{tr.FIGHTER_TYPE}\b")
#: Air forces by the side they serve, as articles name them.
_AIR_FORCES = (
    ("JP", re.compile(r"\bAir Self-Defen[cs]e Force|\bJASDF\b|\bASDF\b")),
    ("KR", re.compile(r"\b(?:South Korean|ROK|Republic of Korea) [Aa]ir [Ff]orce\b")),
    ("TW", re.compile(r"\b(?:Taiwan(?:ese|[’']s)?|ROC|Republic of China) [Aa]ir [Ff]orce\b")),
)


#: Units whose fighters answer, by the side they serve: Japan's air defence forces and
#: divisions, South Korea's fighters by their designators ('scrambled F-15K and KF-16 fighters').
_ANSWERING_UNITS = (
    (
        "JP",
        re.compile(
            r"\b(?:Northern|Central|Western|Southwestern) (?:Air Defen[cs]e (?:Force|Command|"
            r"Sector)|Composite Air Division)\b"
        ),
    ),
    ("KR", re.compile(r"\b(?:F-15K|KF-16|KF-21|FA-50)\b")),
)


#: Zones whose owner answers an entry into them.
_OWNED_KINDS = frozenset({"adiz", "airspace", "territorial_sea", "contiguous_zone", "eez"})


def _zone_owners(draft: _Draft, gazetteer) -> tuple[str, ...]:
    """The states (not adversaries) whose zones (ADIZ, airspace, waters) the incident entered."""
    owners = (
        gazetteer.get(place.feature_id).owner
        for place in draft.places
        if place.kind in _OWNED_KINDS and place.feature_id in gazetteer
    )
    return tr.ordered_codes(o for o in owners if o and o not in tr.ADVERSARIES)


def _set_role(text: _Text, draft: _Draft, drafts: list[_Draft]) -> None:
    if draft.kind == "scramble" or draft.role == "background" or draft.date is None:
        return
    reference = text.article.published or _latest(drafts)
    span = date_interval(draft.date.date, draft.date.date_end, draft.date.precision)
    cue = text.background_cue(draft.sentence)
    cued = cue is not None and _under_cue(
        text.sentence(draft.sentence), cue, draft.trigger_at - text.spans[draft.sentence][0]
    )
    period = _period_reported(text)
    if period and span and period[0] <= span[0] and span[1] <= period[1] and not cued:
        return  # 'Security environment around Japan: August 2019': all of August is the news
    if (
        cued
        and draft.date.text
        or reference
        and span
        and span[1] < reference - timedelta(days=_BACKGROUND_DAYS)
    ):
        draft.role = "background"
        return
    if _SEPARATE.search(draft.clause_text, 0, 30) and draft.date.precision == "day":
        return  # 'Separately, the Joint Staff said a Chinese ... ship had sailed ... on Tuesday':
        # another item of the news, not an earlier incident it recalls
    dated = [d for d in drafts if d.date is not None and d.date.precision in ("day", "week")]
    news = _latest(dated, reference)  # (not 'earlier this month': it runs up to the news)
    if (
        news
        and span
        and span[1] < news - timedelta(days=_EARLIER_DAYS)
        and draft.date.text
        and not _deployment_opened(draft, drafts, span)
    ):
        draft.role = "background"  # well before the news the article reports
    elif (
        span
        and draft.date.text
        and any(_reported_later(d, draft, span, _run_of_days(text)) for d in drafts)
    ):
        draft.role = "background"  # 'fired two missiles on Saturday ... one on Sunday'
    elif (
        span and draft.date.precision != "day" and any(_news_after(d, draft, span) for d in drafts)
    ):
        draft.role = "background"  # 'Last week, the Liaoning sailed' before Monday's news
    elif span and draft.date.precision != "day" and _told_earlier(text, draft, drafts, span):
        draft.role = "background"  # 'Earlier this week, a Russian Il-20 flew south' before
        # Wednesday's passage
    elif (
        span
        and draft.date.text
        and (
            _told_as_earlier(text_of(draft)[: draft.trigger_at - draft.start + 20])
            or _AFTER_DOING.search(text_of(draft)[: draft.trigger_at - draft.start])
        )
        and not _BY_THEN.match(text_of(draft))
    ):
        told = [d for d in drafts if d is not draft and d.date is not None and d.date.text]
        later = _latest(told, reference)  # (not a date supplied for want of one: a headline's
        if later and span[1] < later and not _deployment_opened(draft, drafts, span):  # week)
            draft.role = "background"  # 'The same ship had sailed north ... last Tuesday'


def _deployment_opened(draft: _Draft, drafts: list[_Draft], span) -> bool:
    """Whether ``draft`` is a carrier's passage out to the operations the article reports in
    the days after (or tells undated): 'The Liaoning group had passed between Okinawa Island
    and Miyako Island into the Pacific on Friday. By Wednesday it had conducted about 260 ...
    take-offs', 'J-15 fighters flying from the aircraft carrier Liaoning ... illuminated'."""
    carriers = tr.CARRIER_NAMES.intersection(draft.assets)
    if draft.kind != "strait_transit" or not carriers:
        return False
    for other in drafts:
        if other.kind not in ("carrier_operations", "radar_lockon") or other.role != "primary":
            continue
        if not carriers.intersection(other.assets) and not (
            other.kind == "carrier_operations" and 0 < other.sentence - draft.sentence <= 2
        ):  # ('... into the Pacific on Friday. By Wednesday it had conducted ... take-offs')
            continue
        if other.date is None:
            return True
        other_span = date_interval(other.date.date, other.date.date_end, other.date.precision)
        if other_span and 0 <= (other_span[0] - span[1]).days <= _DEPLOYMENT_DAYS:
            return True
    return False


_DEPLOYMENT_DAYS = 7


def _told_earlier(text: _Text, draft: _Draft, drafts: list[_Draft], span) -> bool:
    """A period the text says came 'earlier' ('earlier this week', 'earlier in July') when the
    article's news, dated to a day, falls in or after it."""
    mention = draft.date
    assert mention is not None
    window = text.article.text[max(0, mention.start - 12) : mention.start + 16]
    if "arlier" not in window or not _EARLIER_BEFORE.search(window):
        return False
    return any(
        other is not draft
        and other.role == "primary"
        and other.kind not in ("scramble", draft.kind)  # not the same news told again
        and other.date is not None
        and other.date.precision == "day"
        and date.fromisoformat(other.date.date) >= span[0]
        for other in drafts
    )


_EARLIER_BEFORE = re.compile(r"\b[Ee]arlier (?:in |this |that |in the )")


#: 'By Wednesday it had conducted about 260 take-offs': a tally up to that day, not before it.
_BY_THEN = re.compile(r"\W*By (?:the end of )?(?:\w+ ){0,2}?(?:\w+day|\d{1,2}|the \d{1,2}\w\w)\b")

#: 'had sailed', 'had been spotted': an event before the one the article reports.
_PAST_PERFECT = re.compile(
    r"\bhad (?:already |earlier |previously |also |first |just )?"
    r"(?:been \w+|\w+(?:ed|wn|en|ne|ft))\b"
)


def _told_as_earlier(head: str) -> bool:
    """Whether ``head`` (a draft's text up to its trigger) tells it in the past perfect as
    earlier than the news ('The same ship had sailed north ... last Tuesday'), not as the
    report's own tense ('Japan's Joint Staff said on Tuesday that the six Russian vessels had
    sailed ... on Monday')."""
    found = _PAST_PERFECT.search(head)
    return found is not None and not _REPORTED_THAT.search(head, 0, found.start())


#: A report verb with its day and the subject of what it reports, right before a past perfect
#: (not 'Two days earlier, Japan's Joint Staff said it had tracked the Chinese ships ... last
#: weekend': undated, the report is as likely to tell an earlier event).
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|reported|announced|stated)(?: (?:on|late|early) \w+| \w+day),? "
    r"(?:that )?(?:[\w’'-]+,? ){1,12}?$"
)

#: 'the patrol began after the ships completed the Joint Sea-2021 drills', 'after holding the
#: exercise': what the news followed.
_AFTER_DOING = re.compile(
    r"\bafter (?:the (?:\w+ ){0,2}|they |it )?(?:complet|conclud|hold|held|finish|wrapp|end)\w*"
    r" (?:the |their |its |a |an )?(?:[\w/-]+ ){0,3}[\"“]?$"
)


def _news_after(news: _Draft, draft: _Draft, span: tuple[date, date]) -> bool:
    """Whether ``news``, another incident the article dates to the day, falls after the
    whole period ``draft`` is dated to."""
    if news is draft or news.kind == "scramble" or news.role != "primary" or news.date is None:
        return False
    if news.date.precision != "day":
        return False
    day = date_interval(news.date.date, news.date.date_end, "day")
    return bool(day) and span[1] < day[0]


def _reported_later(lead: _Draft, draft: _Draft, span: tuple[date, date], run: int = 1) -> bool:
    """Whether ``lead``, told before ``draft``, is the same kind of incident by the same side
    on a later day: the news, with ``draft`` an earlier occasion (unless it is one of the
    ``run`` days up to the news that the article tells as a run)."""
    if (
        lead is draft
        or lead.kind != draft.kind
        or lead.sentence >= draft.sentence
        or lead.role != "primary"
        or lead.date is None
        or set(lead.actors) != set(draft.actors)
        or not _domains_fit(lead.assets, draft.assets)  # (ships' passage, aircraft's flights)
    ):
        return False
    lead_span = date_interval(lead.date.date, lead.date.date_end, lead.date.precision)
    return (
        bool(lead_span)
        and lead.date.precision == "day"
        and span[1] < lead_span[0] - timedelta(days=max(_SERIES_DAYS, run - 1))
    )


_SERIES_DAYS = 1  # an occasion the day before the news (a run of daily firings) is news too


def _run_of_days(text: _Text) -> int:
    """How many days the news runs as the article tells it: 'for the third straight day on
    Sunday' (3), else 1."""
    key = ("run of days",)
    if key not in text.memo:
        full = text.article.text
        found = _STRAIGHT_DAY.search(full) if "day" in full else None
        text.memo[key] = _ORDINALS.get(found["n"].lower(), 1) if found else 1
    return text.memo[key]  # type: ignore[return-value]


_ORDINALS = {
    **{w: n for n, w in enumerate(("second", "third", "fourth", "fifth", "sixth"), 2)},
    **{f"{n}{s}": n for n, s in ((2, "nd"), (3, "rd"), (4, "th"), (5, "th"), (6, "th"))},
}
_STRAIGHT_DAY = re.compile(
    r"\bfor (?:the|a) (?P<n>\w+) (?:straight|consecutive|successive|running) day\b", re.I
)


_EARLIER_DAYS = 6  # a week before the article's latest incident, an incident is background


def _period_reported(text: _Text) -> tuple[date, date] | None:
    """The month a digest reports on, as its heading states it ('Fact Sheet No. 41 |
    Security environment around Japan: August 2019', 'KEY FIGURES FOR AUGUST 2019'), when
    it was published within weeks of that month's end; else the days its lead says the news
    has been going on."""
    key = ("period",)
    if key not in text.memo:
        text.memo[key] = text.stated_period or _period_going_on(text)
    return text.memo[key]  # type: ignore[return-value]


def _period_going_on(text: _Text) -> tuple[date, date] | None:
    """The days a lead says its news has been going on: 'Chinese and Russian navy ships have
    been sailing around Japan in separate groups this month, the Defense Ministry said
    Tuesday': from the month's first day to the news."""
    published = text.article.published
    if published is None:
        return None
    for index in range(min(len(text.spans), _LEAD_SENTENCES)):
        sentence = text.sentence(index)
        if "this " not in sentence:
            continue
        found = _GOING_ON_THIS.search(sentence)
        if found is not None:
            if found["period"] == "month":
                return published.replace(day=1), published
            return published - timedelta(days=published.weekday()), published
    return None


_LEAD_SENTENCES = 6  # (a headline, a dateline and a byline may come before the lead)
_GOING_ON_THIS = re.compile(
    r"\b(?:have|has) been [a-z]+ing\b[^.;]{0,120}?\bthis (?P<period>month|week)\b"
)


def _period_stated(head: str, published: date | None) -> tuple[date, date] | None:
    if published is None:
        return None
    for line in head.splitlines()[:_HEADING_LINES]:
        if len(line) > 120 or line.rstrip().endswith("."):
            continue
        days = _DAYS_HEADING.search(line)
        if days is not None:  # 'No. 212 | Covering Jan. 20-26, 2025': a weekly digest's days
            span = _days_covered(days)
            if span is not None and span[1] <= published <= span[1] + timedelta(days=14):
                return span
            continue
        found = _MONTH_HEADING.search(line) or _MONTHS_HEADING.search(line)
        if found is None:
            continue
        year = int(found["year"])
        first = date(year, _MONTH_NUMBERS[found["month"][:3].lower()], 1)
        closing = found.groupdict().get("month2") or found["month"]
        last_month = date(year, _MONTH_NUMBERS[closing[:3].lower()], 1)
        last = (last_month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if first <= last < published <= last + timedelta(days=_DIGEST_DAYS):
            return first, last  # ('Air and Sea Incident Tracker: Japan, January-June 2017')
    return None


_EVERY_DAY = re.compile(r"\b(?:on )?every day (?:of the (?:week|period|month)|that week)\b")


def _days_covered(found: re.Match[str]) -> tuple[date, date] | None:
    month = _MONTH_NUMBERS.get(found["month"][:3].lower())
    if month is None:
        return None
    end_month = _MONTH_NUMBERS.get((found["month2"] or found["month"])[:3].lower(), month)
    year = int(found["year"])
    try:
        first = date(year - (end_month < month), month, int(found["day"]))
        last = date(year, end_month, int(found["day2"]))
    except ValueError:
        return None
    return (first, last) if 0 <= (last - first).days <= 31 else None


#: 'Covering Jan. 20-26, 2025', 'Week of Dec. 30-Jan. 5, 2025', 'For March 3 to 9, 2024'.
_DAYS_HEADING = re.compile(
    r"\b(?:[Cc]overing|[Ww]eek of|[Ff]or|[Pp]eriod:?)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<day>\d{1,2})\s*(?:-|\u2013|to)\s*(?:(?P<month2>[A-Z][a-z]{2,8})\.?\s+)?(?P<day2>\d{1,2}),?"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)
_HEADING_REACH = 600  # characters: the masthead and title of a digest
_HEADING_LINES = 6
_DIGEST_DAYS = 45  # a monthly digest comes out within weeks of the month it reports
_MONTH_HEADING = re.compile(
    r"(?<![\w,.] )(?<!\d )(?<![-\u2013])\b(?P<month>January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*[-\u2013]\s*\w)",  # (not the last month of 'January-June 2017')
    re.IGNORECASE,
)
_MONTHS_HEADING = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s*[-\u2013]\s*(?P<month2>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _latest(drafts: list[_Draft], until: date | None = None) -> date | None:
    """The last day the drafts' dates reach (up to ``until``, a few days' grace)."""
    ends = [date_interval(d.date.date, d.date.date_end, d.date.precision) for d in drafts if d.date]
    limit = until + timedelta(days=2) if until else None
    return max(
        (min(e[1], until) if until else e[1] for e in ends if e and (not limit or e[0] <= limit)),
        default=None,
    )


# --- drafts to incidents -----------------------------------------------------------------------


def _incident_from_draft(text: _Text, draft: _Draft, gazetteer) -> Incident | None:
    from geo._placing import place_of

    article = text.article
    placed = place_of(draft.kind, draft.places, text, draft, gazetteer)
    # one string per publication date, shared by every source that carries it
    published = sys.intern(article.published.isoformat()) if article.published else None
    sources = tuple(
        Source(
            doc=article.doc,
            quote=text.quote(s, e),
            start=s,
            end=e,
            url=article.url,
            publisher=article.publisher,
            published=published,
        )
        for s, e in sorted(set(draft.sources))
    )
    when = draft.date
    date_value = when.date if when else None
    reason = f"{draft.date_reason or 'date: none found'}; place: {placed.reason}"
    return Incident(
        id=incident_id(draft.kind, date_value, draft.actors, article.doc, sources[0].start),
        type=draft.kind,
        date=date_value,
        date_end=when.date_end if when else None,
        date_precision=when.precision if when else None,
        geometry=placed.geometry,
        geo_precision=placed.geo_precision,
        role=draft.role,
        actors=draft.actors,
        assets=draft.assets,
        count=draft.count,
        place_ids=placed.place_ids,
        place_names=placed.place_names,
        sources=sources,
        reason=reason,
    )
