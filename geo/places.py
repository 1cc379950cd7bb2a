"""Resolution: place mentions in text -> gazetteer features or derived geometry.

:func:`places_from_text` walks the names that :mod:`geo.mentions` recognises, in text
order, and reads each in its context:

- a direct name resolves to its feature; an ambiguous name ("Okinawa": island or
  prefecture) is settled by the words around it;
- a country (or a capital) is a place only where the text locates something in, over,
  near or off it: "Chinese bombers", "Japan said", "Moscow protested" are actors;
- a relative phrase ("some 250 kilometers southwest of Tsushima", "south of Okinawa",
  "off the coast of X", "near X", "waters near X", "between X and Y", "airspace over X",
  "the eastern part of X", "northern Japan", "the east coast of X", "X's southern coast")
  resolves to derived geometry with an uncertainty; "between" two headlands of a gazetteer
  strait resolves to that strait;
- a zone term ("territorial waters", "contiguous zone", "ADIZ", "airspace", "EEZ")
  takes its owner from the phrase ("Japan's", "South Korean", "around the Senkakus"),
  else from the sentence, else from the zone the article named last;
- "the disputed islands", "the islands", "the waters", "the strait", "the area", "the
  sea", "the region" refer back to the matching place the article named last ("the sea" and
  "the region" only to one named in the last few hundred characters).

Mentions come out in text order, longest first, without overlaps.
"""

from __future__ import annotations

import bisect
import logging
import operator
import re
import weakref
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from shapely.geometry.base import BaseGeometry

from geo import _derived
from geo._placephrases import (
    DISTANCE,
    between_mention,
    coast_mention,
    derived_mention,
    zone_mention,
)
from geo.gazetteer import Gazetteer
from geo.mentions import DEMONYM, PLACE, ZONE, NameMatch, recognizer_for
from geo.records import Feature, PlaceMention

log = logging.getLogger(__name__)

ANAPHOR = "anaphor"

_DIR = r"(?:north|south|east|west)(?:[ -]?(?:north|south|east|west)){0,2}"
_STOP = r"(?:of|near|off|around|between|and|in|over|from|to|at|by|with|into|on|for|the)"
_DESC = (
    rf"(?:(?:the|a|an)\s+)?(?:(?!{_STOP}\b)[A-Za-z][\w'’-]*\s+){{0,3}}"
    r"(?:(?:island|islands|islet|isle|city|port|town|prefecture|base)\s+of\s+)?"
)  # "the disputed", "the Japanese island of"
_UNIT = r"(?P<unit>kilometers?|kilometres?|km|nautical\s+miles?|nm|n\.m\.|miles?|mi)"
#: "250 kilometers", "60 km (37 miles)", "250km"
_DISTANCE = rf"(?P<num>\d[\d,]*(?:\.\d+)?)\s*-?\s*{_UNIT}(?:\s*\([^()]{{1,30}}\))?"
_HEDGE = (
    r"(?:(?:some|about|approximately|approx\.|around|roughly|nearly|almost|just|over"
    r"|more\s+than|less\s+than|up\s+to)\s+)?"
)

_COAST = r"(?:coasts?|coastline|shores?|seaboard)"

#: Relation triggers that end right before an anchor, most specific first.
_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + "$", re.IGNORECASE))
    for name, pattern in (
        (
            "bearing_distance",
            rf"\b{_HEDGE}{_DISTANCE}\s+(?:to\s+the\s+)?(?P<dir>{_DIR})\s+of\s+{_DESC}",
        ),
        (
            "distance_off",
            rf"\b{_HEDGE}{_DISTANCE}\s+(?:off\s+(?:the\s+)?(?:coasts?\s+of\s+)?|from\s+){_DESC}",
        ),
        (
            "part",
            rf"\b(?:the\s+)?(?P<dir>{_DIR})(?:ern|ernmost)?\s+(?:part|parts|side|sector|tip|end|edge|half|reaches|area)\s+of\s+{_DESC}",
        ),
        (
            "off_coast",
            rf"\boff\s+(?:the\s+)?(?:(?P<dir>{_DIR})(?:ern)?\s+)?(?:coasts?|shores?|coastline)\s+of\s+{_DESC}",
        ),
        (
            "coast",
            rf"\b(?:the\s+)?(?P<dir>{_DIR})(?:ern)?\s+{_COAST}\s+of\s+{_DESC}",
        ),
        (
            "direction",
            rf"\b(?:(?:to|in|on)\s+the\s+|the\s+|just\s+|far\s+|due\s+)?(?P<dir>{_DIR})\s+of\s+{_DESC}",
        ),
        (
            "waters_near",
            r"\b(?:waters?|seas?|sea\s+areas?)\s+(?P<link>near|around|surrounding|off|close\s+to|"
            r"adjacent\s+to|"
            r"near\s+to|of|in)\s+" + _DESC,
        ),
        (
            "airspace",
            r"\b(?:airspace|air\s+space|skies)\s+(?:over|above|of|near|around)\s+" + _DESC,
        ),
        ("off", r"\boff\s+" + _DESC),
        (
            "near",
            r"\b(?:near|nearby|close\s+to|near\s+to|in\s+the\s+vicinity\s+of|not\s+far\s+from)\s+"
            + _DESC,
        ),
        ("around", r"\b(?:around|surrounding)\s+" + _DESC),
        ("between", r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"),
        ("adjective", rf"\b(?P<dir>{_DIR})(?:ern|ernmost)\s+"),
    )
)

#: What follows one name and leads to the name it qualifies ("X's Y", "X island of Y").
_CHAIN = re.compile(
    rf"^(?:['’]s\s+(?:(?!{_STOP}\b|or\b)[\w-]+\s+){{0,3}}?"
    r"|\s+(?:[\w-]+\s+){0,2}?(?:island|islands|islet|isle|city|port|town|prefecture|base|cape)\s+of\s+(?:the\s+)?"
    r"|['’]s\s+(?:[\w-]+\s+){0,3}?(?:island|islands|islet|isle|city|port|town|prefecture|base)\s+of\s+)$",
    re.IGNORECASE,
)
_AND = re.compile(
    r"^(?:['’]s\s+main\s+island)?\s+(?:\w+\s+)?(?:and|&)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)  # ("between Okinawa's main island and Miyako Island")
_LOCATOR = re.compile(r"^(?:,\s*|\s+(?:in|on)\s+)$", re.IGNORECASE)
#: A name that starts the name of a body, not a place: "Pacific Fleet", "Japan Times".
_ORGANISATION = re.compile(
    r"['’]?s?\s+(?:Fleet|Command|Air\s+Force|Navy|Army|Coast\s+Guard|Self[- ]Defen[cs]e|News|"
    r"Times|Today|Daily|Post|Herald|Shimbun|Institute|University|Univ\b|Agency|Ministry|"
    r"Maritime\s+Self|Joint\s+Staff|Defen[cs]e\s+Ministry)"
)
#: What makes "between <state> and <state>" a place: "the Bashi Channel between Taiwan and
#: the Philippines", "flew between Japan and South Korea".
_PASSAGE = re.compile(
    r"\b(?:strait|channel|waters|sea|airspace|passage|gap|flew|flown|flying|sailed|sailing|"
    r"passed|passing|transited|transiting|cruised|located|lies|lying)\b[\w\s,'’-]{0,25}$",
    re.IGNORECASE,
)
#: Ships are named after places: "the carrier Fujian", "the Liaoning-led flotilla".
_SHIP_BEFORE = re.compile(
    r"\b(?:carrier|destroyer|frigate|cruiser|corvette|submarine|icebreaker|warship|ship|vessel|"
    r"JS|HMS|USS|CNS|RFS|PLANS)\s+$",
    re.IGNORECASE,
)
_SHIP_ENDS = (
    "carrier", "destroyer", "frigate", "cruiser", "corvette", "submarine", "icebreaker",
    "warship", "ship", "vessel", "js", "hms", "uss", "cns", "rfs", "plans",
)  # fmt: skip
_SHIP_AFTER = re.compile(
    r"-led\b|-class\b|\s+(?:carrier|strike|battle|task)\s+group\b|\s+(?:carrier|flotilla)\b"
)
_FIGURATIVE = re.compile(
    r"\b(?:situation|environment|tensions?|security|concerns?|issues?|debate)\s+$", re.IGNORECASE
)
_SOUTHERN_ISLANDS = re.compile(
    r"['’]s\s+(?:remote\s+)?south(?:west)?(?:ern)?\s+islands\b", re.IGNORECASE
)
#: "'s east coast", "’s southern coastline" (after a place).
_COAST_AFTER = re.compile(rf"['’]s\s+(?P<dir>{_DIR})(?:ern)?\s+{_COAST}\b", re.IGNORECASE)
_OFF_BEFORE = re.compile(r"\boff\s+$", re.IGNORECASE)
_ZONE_LINK = re.compile(
    rf"^\s+(?:around|near|surrounding|off(?:\s+the\s+coast\s+of)?|over|above|"
    rf"(?:over\s+the\s+sea(?:\s+area)?\s+)?{_DIR}(?:\s+and\s+{_DIR})?\s+of|"  # 'west and
    rf"{DISTANCE}\s+{_DIR}\s+of)\s+"  # northwest of X', 'about 17 km south of X'
    r"(?:the\s+)?"
    r"(?:(?:disputed|uninhabited|remote)\s+)?$",
    re.IGNORECASE,
)
_ANAPHOR_RE = re.compile(  # "[Tt]" first (a word start by the look-behind): a C scan to each t
    r"[Tt](?<!\w[Tt])(?:he|his|hat|hese|hose)\s+"
    r"(?:(?:disputed|tiny|small|uninhabited|remote|same|two|three|contested|nearby|sea|"
    r"surrounding|adjacent|\d[\w,.-]*|[\w]+-wide|[\w]+-long|[\w]+-(?:administered|controlled|"
    r"claimed|held))\s+){0,3}"
    r"(?P<head>islands|islets|island|islet|waters|strait|channel|gap|area|zone|region|sea"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:on|in|at|for|after|before|until|when|where|while|by|"
    r"again|to|from|through|is|was|were|remains|remained|has|had|"
    r"and\s+(?!air\b|land\b|aerial\b))\b))\b"  # not "the sea lanes", "the sea and air"
    r"(?!\s+(?:of|near|around|surrounding|off|between|close|adjacent)\b)(?!['’]s)"
)
#: ". The", "\n\n", "\n- ". Each form opens with its first character outside the
#: alternation, so the scan skips in C to the next [.!?\n].
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=\n)\s*\n|(?<=\n)(?=\s*[•*-]))"
)
_LOCATIVE = re.compile(
    r"\b(?:in|into|inside|within|over|near|around|off|across|toward|towards|at|through|"
    r"throughout|outside|surrounding|above|entered|approach|approaches|approached|approaching|"
    r"visited|visiting|reached|reaching|circled|encircled|(?:visit|trip|travel|flights?)\s+to|"
    r"(?:kilometers|kilometres|km|miles|nautical\s+miles)\s+of|attack\s+on|invasion\s+of|"
    r"(?:blockade|mountains|much|most|rest|parts?)\s+of|pressure\s+on|"
    r"(?:closest|closer|close|nearest|next)\s+to|past|invaded|invading|"
    r"(?:runs?|running|ran|stretch(?:es|ing)?|extends?|extending|reach(?:es|ing)?)\s+from|"
    r"circling|encircling|(?:back|returned|returning|headed|heading|flew|sailed|moved|went)"
    r"(?:\s+back)?\s+to|(?:from|to)\s+the|"  # "from the Chinese mainland"
    r"(?:area|areas|outskirts|suburbs?|district|vicinity|centre|center|heart)\s+of"
    r")\s+(?:the\s+)?$",  # "the Sunan area of Pyongyang"
    re.IGNORECASE,
)
#: After a capital that opens a dateline: "(Reuters)", ", Dec 5", " --", ", South Korea (AP)".
_DATELINE = re.compile(
    r"^\s*(?:\(|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s*[-–—]{1,3}\s"
    r"|,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?:\(|[-–—]{1,3}\s))"
)
#: What locates an ambiguous name by the place after it: "Oshima island off Hokkaido".
_LOCATOR_AFTER = re.compile(
    r"\s+(?:(?:island|islands|islet|isle)\s+)?(?:off|near|in|of|off\s+the\s+coast\s+of)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_MEDIAN_LINE = re.compile(r"\b[Mm]edian line\b")
#: After a state's possessive, land or shore that makes it a place: "China's coast".
_LAND_AFTER = re.compile(
    r"['’]s\s+(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+)?"
    r"(?:coast(?!\s*guard)|coastline|coasts|shores?|mainland|soil|main\s+island|outskirts|"
    r"(?:[A-Z][a-z]+\s+){1,2}(?:international\s+)?(?:airport|air\s+base|airfield))\b"
)
#: A place that opens a span the name closes: "from Japan through Guam", "from Kyushu to".
_SPAN_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:to|through|via)\s+$"
)
#: After "a <capital>": the government's people and acts, not a thing in the city.
_SPOKESMAN_AFTER = re.compile(
    r"\s+(?:official|spokes\w+|government|source|diplomat|decision|move|statement|response)\b"
)
#: The opening of a pair of places that a name after "and" closes: "between Yonaguni and".
_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z]")
_PEER_CONTEXT = 5  # mentions back an ambiguous name looks for the nearest of its places
_COORDINATING_END = re.compile(r"(?:,|\band|\bor)\s*$")
_COMMA_END = re.compile(r",\s*$")
_WATERS_AFTER = re.compile(r"\s+waters\b")
#: The land a demonym names its country by: "Japanese territory", "the Chinese coast".
_DEMONYM_LAND = re.compile(
    r"\s+(territory|coast(?!\s*guard)|coastline|soil|mainland|archipelago|home\s+islands|"
    r"islands)\b",
    re.IGNORECASE,
)
_PREFECTURE_BEFORE = re.compile(r"\bprefecture(?:\s+of)?\s+$", re.IGNORECASE)
_PREFECTURE_AFTER = re.compile(
    # "Okinawa Prefecture", "Okinawa and Tokyo prefectures"
    r"\s+prefecture\b|(?:,\s*[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+\s+prefectures\b|\s+prefectures\b",
    re.IGNORECASE,
)
_LOOKBACK = 200  # mentions an anaphor may reach back over (long texts stay linear)
_RECENT = 400  # characters back to a zone "the waters" means, a sea "the sea" means ...
#: Heads that refer only to a place named within _RECENT characters before them: general
#: words ("the region") that stand for a place only right after one.
_RECENT_HEADS = frozenset({"sea", "region"})
#: What makes "the region" the world around rather than a place: "neighbours in",
#: "stability of", "tensions across".
_GENERIC_BEFORE = re.compile(
    r"\b(?:countries|nations|neighbou?rs|allies|partners|states|peace|stability|security|"
    r"tensions?|presence|influence|interests?|order|balance|power|powers|others|situation|"
    r"environment|militar(?:y|ies))\s+(?:in|of|across|throughout|around|within)\s+$",
    re.IGNORECASE,
)
_COORDINATED_SEAS = re.compile(
    r"\b(East|West|South|North)\s+and\s+(East|West|South|North)\s+Seas\b"
)

#: Capitals stand for their governments ("Moscow protested") unless the text locates.
CAPITALS = frozenset(
    f"city.{slug}"
    for slug in (
        "tokyo",
        "beijing",
        "moscow",
        "seoul",
        "pyongyang",
        "taipei",
        "washington",
        "washington-dc",
        "kyiv",
        "kiev",
        "london",
        "paris",
        "berlin",
        "canberra",
        "new-delhi",
        "delhi",
        "manila",
        "hanoi",
        "ulaanbaatar",
        "brussels",
        "vilnius",
        "minsk",
        "tehran",
    )
)
_WATER_KINDS = ("sea", "ocean", "strait", "channel", "territorial_sea", "contiguous_zone", "eez")
_ZONE_KINDS = ("adiz", "territorial_sea", "contiguous_zone", "eez", "airspace")
#: Features named for the place they lie around or across: a direct mention carries
#: that place (the parent) as its anchor, as the phrase would.
_HELD_KINDS = (*_ZONE_KINDS, "boundary")
_WATER_RELATIONS = (
    "waters_near",
    "off",
    "off_coast",
    "around",
    "territorial_sea",
    "contiguous_zone",
    "eez",
    "between",
)
#: A state named by its island: "drills around Taiwan ... encircling the island".
_ISLAND_STATES = {"country.tw": "island.taiwan"}
_ANAPHOR_KINDS: dict[str, tuple[str, ...]] = {
    "islands": ("island_group", "island"),
    "islets": ("island_group", "island"),
    "island": ("island", "island_group"),
    "islet": ("island", "island_group"),
    "strait": ("strait", "channel"),
    "channel": ("channel", "strait"),
    "gap": ("strait", "channel"),  # 'flew out through the gap' after the Okinawa-Miyako gap
    "sea": ("sea",),
    # (territorial waters are seldom 'the zone': 'sailing in the contiguous zone just outside
    # Japan's territorial waters ... left the zone')
    "zone": ("adiz", "contiguous_zone", "eez", "territorial_sea", "airspace"),
}


class _Token(NamedTuple):  # a tuple: a text holds a few dozen, built in one pass
    start: int
    end: int
    text: str
    category: str  # place, demonym, zone, anaphor
    ids: tuple[str, ...]


class _Anchor(NamedTuple):
    """What a phrase is measured from: a feature, or a mention the text referred back to.
    (A tuple: one is made for nearly every name, and a frozen dataclass is slower to make.)"""

    start: int
    end: int
    feature: Feature | None
    mention: PlaceMention | None
    last: int  # index of the last token the anchor used
    chained: bool = False
    context: tuple[str, ...] = ()  # the places that located it: "Nagasaki Prefecture's"

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.context)

    @property
    def id(self) -> str:
        return self.feature.id if self.feature else self.mention.feature_id  # type: ignore[union-attr]

    @property
    def name(self) -> str:
        return self.feature.name_en if self.feature else self.mention.name_en  # type: ignore[union-attr]

    @property
    def geometry(self) -> BaseGeometry:
        return self.feature.geometry if self.feature else self.mention.geometry  # type: ignore[union-attr]

    @property
    def kind(self) -> str:
        return self.feature.kind if self.feature else self.mention.kind  # type: ignore[union-attr]


def places_from_text(text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place mention in ``text``, resolved, in text order, without overlaps."""
    reader = _Reader(text, gazetteer)
    mentions = reader.read()
    log.debug("resolved %d place mentions in %d characters", len(mentions), len(text))
    return mentions


class _Reader:
    """One pass over one text: tokens in order, each read in its context."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.recognizer = recognizer_for(gazetteer)
        self.tokens = _tokens(
            text, self.recognizer.matches(text), self.recognizer.lookup, _medians(gazetteer)
        )
        self.sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.found: list[PlaceMention] = []
        self._ends = [t.end for t in self.tokens if t.category != DEMONYM]
        self._starts = [t.start for t in self.tokens]
        self._states, self._features = _names_of(gazetteer)
        self._distances: dict[tuple[str, str], float] = {}

    # -- the walk ------------------------------------------------------------------------

    def read(self) -> list[PlaceMention]:
        index = 0
        while index < len(self.tokens):
            index = self._step(index)
        return self._without_overlaps()

    def _step(self, index: int) -> int:
        token = self.tokens[index]
        if token.category == ZONE:
            return self._zone(index, owner=None, start=None)
        if token.category == DEMONYM:
            return self._demonym(index)
        anchor = self._anchor(index)
        if anchor is None:
            return index + 1
        coast = self._coast_after(anchor)
        if coast is not None:
            return coast
        zone = self._zone_after(anchor)
        if zone is None and anchor.feature is not None and anchor.feature.kind in _ZONE_KINDS:
            zone = self._named_zone(index, anchor.feature)
        if zone is not None:
            return zone
        relation = self._relation(anchor)
        if relation is not None:
            return relation
        if token.category == ANAPHOR:
            self._emit_anaphor(token, anchor)
            return index + 1
        if anchor.last == index and anchor.chained and anchor.feature:  # "Japan's southern islands"
            self._add(
                direct_mention(
                    self.text[anchor.start : anchor.end],
                    anchor.start,
                    anchor.end,
                    anchor.feature,
                    f"Japan's southern islands: the {anchor.name}",
                )
            )
            return index + 1
        self._emit_direct(token, self._choose(token) if anchor.chained else anchor.feature)
        return index + 1

    # -- anchors -------------------------------------------------------------------------

    def _anchor(self, index: int) -> _Anchor | None:
        """The feature (or referent) a token stands for, following "X's Y" chains."""
        token = self.tokens[index]
        if token.category == ANAPHOR:
            mention = self._referent(token)
            if mention is None:
                return None
            return _Anchor(token.start, token.end, None, mention, index)
        southern = self._southern_islands(index) if "country.jp" in token.ids else None
        if southern is not None:
            return southern
        first = index
        while True:
            opener = self.text[token.end : token.end + 1]  # see _chains: a quote or a space
            if not opener or not (opener in "'’" or opener.isspace()):
                break
            following = self._next_anchor_token(index)
            if following is None or not self._chains(index, following):
                break
            index = following
            token = self.tokens[index]
        feature = self._choose(token)
        if feature is None:
            return None
        context = (
            tuple(
                i
                for t in self.tokens[first:index]
                if t.category == PLACE
                for i in t.ids[:1]
                if not i.startswith("country.") and i not in CAPITALS
            )
            if index != first
            else ()
        )
        return _Anchor(
            self.tokens[first].start, token.end, feature, None, index, index != first, context
        )

    def _chains(self, index: int, following: int) -> bool:
        """Whether the text between two tokens leads from the one to the other ("'s")."""
        end = self.tokens[index].end
        opener = self.text[end : end + 1]  # _CHAIN opens with a quote or white space
        if not opener or not (opener in "'’" or opener.isspace()):
            return False
        between = self.text[end : self.tokens[following].start]
        if opener.isspace() and "of" not in between.lower():  # " island of ", " city of "
            return False
        return _CHAIN.match(between) is not None

    def _next_anchor_token(self, index: int) -> int | None:
        for following in range(index + 1, min(index + 4, len(self.tokens))):
            if self.tokens[following].category in (PLACE, ANAPHOR):
                return following
            if self.tokens[following].category == ZONE:
                return None
        return None

    def _choose(self, token: _Token) -> Feature | None:
        """Settle an ambiguous name by its context (prefecture cue, kind order)."""
        choice = self._features.get(token.ids)
        if choice is None:
            choice = self._features[token.ids] = _choice(self.gazetteer, token.ids)
        first, prefecture, peers = choice
        if peers:
            return self._nearest_peer(token, peers)
        if prefecture is None:
            return first  # no other choice the cue could make
        before = self.text[max(0, token.start - 30) : token.start]
        after = self.text[token.end : token.end + 48]
        if _PREFECTURE_BEFORE.search(before) or _PREFECTURE_AFTER.match(after):
            return prefecture
        return first

    def _nearest_peer(self, token: _Token, peers: tuple[Feature, ...]) -> Feature | None:
        """One name, several places of one kind ("Oshima": off Hokkaido, or in the Izu chain;
        "the median line": of the Taiwan Strait, or between Japan and China): the one nearest
        the place named right after it ("Oshima island off Hokkaido"), else nearest the last
        places named before it. A boundary named by no context is left out."""
        located = self._locator_after(token)
        context = [(located.id, located.geometry)] if located is not None else []
        for mention in reversed(self.found[-_PEER_CONTEXT:]):
            if mention.end > token.start:
                continue
            # a derived area ("near Taiwan") is located by what it is derived from
            key = mention.anchors[0] if mention.anchors else mention.feature_id
            if key in self.gazetteer:
                context.append((key, self.gazetteer.get(key).geometry))
        for key, geometry in context:
            ranked = sorted(
                (self._distance(p, key, geometry), k, p) for k, p in enumerate(peers)
            )
            if ranked[0][0] < 0.8 * ranked[1][0]:  # clearly nearer one of them
                return ranked[0][2]
        return None if peers[0].kind == "boundary" else peers[0]

    def _locator_after(self, token: _Token) -> Feature | None:
        """The place "X island off Y", "X near Y", "X in Y" locates X by."""
        match = _LOCATOR_AFTER.match(self.text, token.end)
        if match is None:
            return None
        following = bisect.bisect_left(self._starts, match.end())
        if following >= len(self.tokens) or self.tokens[following].start != match.end():
            return None
        after = self.tokens[following]
        if after.category != PLACE or after.ids == token.ids or after.ids[0] not in self.gazetteer:
            return None
        return self.gazetteer.get(after.ids[0])

    def _distance(self, peer: Feature, key: str, geometry: BaseGeometry) -> float:
        known = self._distances.get((peer.id, key))
        if known is None:
            known = self._distances[(peer.id, key)] = _derived.distance_km(peer.geometry, geometry)
        return known

    # -- direct mentions -------------------------------------------------------------

    def _emit_direct(self, token: _Token, feature: Feature | None) -> None:
        if feature is None:
            return
        if self._is_actor(token):
            return
        if feature.kind not in _ZONE_KINDS and _ORGANISATION.match(self.text, token.end):
            return
        floor = max(0, token.start - 25)
        if _SHIP_AFTER.match(self.text, token.end) or (
            _may_end_with(self.text, floor, token.start, _SHIP_ENDS)
            and _search_end(_SHIP_BEFORE, self.text, 1, floor, token.start)
        ):
            return  # the carrier Fujian, the Shandong strike group
        reason = f"named {feature.name_en!r}"
        if len(token.ids) > 1:
            reason += f" (one of {', '.join(token.ids)}: chosen by context)"
        mention = direct_mention(token.text, token.start, token.end, feature, reason)
        parent = feature.parent or ""
        # "the contiguous zone around the Senkakus": the zone's place is its anchor
        held = feature.kind in _HELD_KINDS and parent in self.gazetteer
        if held and not parent.startswith("country."):
            mention = replace(mention, anchors=(parent,))
        self._add(mention)

    def _coast_after(self, anchor: _Anchor) -> int | None:
        """ "Japan's east coast", "off Honshu's southern coast": that side of its coast."""
        if anchor.feature is None or not self.text.startswith(("'s", "’s"), anchor.end):
            return None
        match = _COAST_AFTER.match(self.text, anchor.end)
        if match is None or _derived.bearing_of(match.group("dir")) is None:
            return None
        off = _search_end(
            _OFF_BEFORE, self.text, 1, self._sentence_start(anchor.start), anchor.start
        )
        start = anchor.start if off is None else off.start()
        word = match.group("dir")
        self._add(coast_mention(self, anchor, word, start, match.end(), off=off is not None))
        return bisect.bisect_left(self._starts, match.end(), anchor.last + 1)

    def _southern_islands(self, index: int) -> _Anchor | None:
        """ "Japan's southern islands": the Nansei (Ryukyu) chain."""
        token = self.tokens[index]
        if "country.jp" not in token.ids:
            return None
        match = _SOUTHERN_ISLANDS.match(self.text, token.end)
        if match is None:
            return None
        ids = self.recognizer.lookup("Ryukyu Islands")
        if not ids or ids[0] not in self.gazetteer:
            return None
        feature = self.gazetteer.get(ids[0])
        return _Anchor(token.start, match.end(), feature, None, index, chained=True)

    def _is_actor(self, token: _Token) -> bool:
        """A country or capital used as a subject or adjective, not as a place."""
        if not self._may_be_state(token.ids):
            return False
        text = self.text
        if text.startswith(("'s", "’s", "-"), token.end):
            return not _LAND_AFTER.match(text, token.end)  # "China's coast" is a place
        begin = self._sentence_start(token.start)  # the sentence before the name: text[begin:]
        if _may_end_with(text, begin, token.start, _LOCATIVE_ENDS) and _search_end(
            _LOCATIVE, text, 4, begin, token.start
        ):
            return False
        capital = any(i in CAPITALS for i in token.ids)
        if capital and _DATELINE.match(text[token.end : token.end + 40]):
            return False
        if capital and token.text.isupper() and len(token.text) > 3:
            return False  # "TOKYO/SEOUL, Nov 18 (Reuters) -": a dateline in capitals
        if capital and text.startswith(" prefecture", token.end):
            return False  # "Okinawa and Tokyo prefectures"
        if "mainland" in token.text.lower():  # "the Chinese mainland": land, never an actor
            return False
        if text.endswith(("to ", "through ", "via "), begin, token.start):
            span = _search_end(_SPAN_FROM, text, 6, begin, token.start)
            previous = self._previous(token.start) if span else None
            if previous is not None and previous.start >= span.start():  # type: ignore[union-attr]
                return False  # "from Kyushu to Taiwan", not "a protest from Japan to China"
        if (
            capital
            and text.endswith((" a ", " an "), begin, token.start)
            and not _SPOKESMAN_AFTER.match(text, token.end)
        ):
            return False  # "a Tokyo think tank": the city the thing is in
        if _last_character(text, begin, token.start) not in (",", "d", "r"):
            return True  # neither after a comma ("X, Japan") nor after "and"/"or"
        return not self._appositive(token, begin) and not self._coordinated(token, begin)

    def _may_be_state(self, ids: tuple[str, ...]) -> bool:
        """Whether a name may stand for a state: a country, or a capital."""
        known = self._states.get(ids)
        if known is None:
            kinds = {self.gazetteer.get(i).kind for i in ids if i in self.gazetteer}
            known = self._states[ids] = "country" in kinds or any(i in CAPITALS for i in ids)
        return known

    def _coordinated(self, token: _Token, begin: int) -> bool:
        """ "near Japan and South Korea": the second country shares the first one's place."""
        if _last_character(self.text, begin, token.start) not in (",", "d", "r") or not _search_end(
            _COORDINATING_END, self.text, 1, begin, token.start
        ):
            return False
        previous = self._previous(token.start)
        if previous is None or token.start - previous.end > 6:
            return False
        if previous.kind == "country" or "country." in ",".join(previous.anchors):
            return True
        if previous.kind == "city" and any(i in CAPITALS for i in token.ids):
            return True  # "in Tokyo and Beijing"
        # "between Yonaguni Island, Okinawa Prefecture, and Taiwan"
        opening = self.text.rfind("between", max(begin, previous.start - 60), previous.start)
        return opening >= 0 and _BETWEEN_OPEN.match(self.text, opening) is not None

    def _appositive(self, token: _Token, begin: int) -> bool:
        """ "Hegura Island, Japan": a country after a place names where the place is."""
        if _last_character(self.text, begin, token.start) != ",":
            return False
        previous = self._previous(token.start)
        return previous is not None and token.start - previous.end <= 3

    def _previous(self, position: int) -> PlaceMention | None:
        """The last mention found that ends before ``position``."""
        for mention in reversed(self.found):
            if mention.end <= position:
                return mention
        return None

    # -- relations ---------------------------------------------------------------------

    def _gap(self, start: int) -> str:
        """The sentence text between the previous token and ``start``."""
        floor = self._sentence_start(start)
        index = bisect.bisect_right(self._ends, start) - 1
        if index >= 0:
            floor = max(floor, self._ends[index])
        return self.text[floor:start]

    def _relation(self, anchor: _Anchor) -> int | None:
        if not self.text[anchor.start - 1 : anchor.start].isspace():
            return None  # every trigger ends in white space
        gap = self._gap(anchor.start)
        found = _trigger(gap, chained=anchor.chained)
        if found is None:
            return None
        name, match = found
        start = anchor.start - (len(gap) - match.start())
        if name in ("around", "near") and _FIGURATIVE.search(gap[: match.start()]):
            return anchor.last + 1  # "the security situation around Japan": no place
        if name == "between":
            return self._between(anchor, start)
        if name == "adjective" and (
            anchor.kind
            not in ("country", "island", "prefecture", "region", "sea", "ocean", "island_group")
            or _derived.radius_km(anchor.geometry) < 100
        ):
            return None
        mention = derived_mention(self, name, match, anchor, start)
        if mention is None:
            return None
        self._add(mention)
        return anchor.last + 1

    def _between(self, first: _Anchor, start: int) -> int | None:
        """ "between X and Y": the strait whose headlands they are, else the water between."""
        index = first.last + 1
        located: list[str] = []  # "the Osumi Peninsula in Kagoshima Prefecture": the prefecture
        while index < len(self.tokens):
            token = self.tokens[index]
            gap = self.text[self.tokens[index - 1].end : token.start]
            if token.category == DEMONYM:
                index += 1
                continue
            if _LOCATOR.match(gap) and token.category == PLACE:
                located.extend(token.ids[:1])
                index += 1
                continue
            if not _AND.match(self._strip_demonyms(index - 1, index)):
                return None
            second = self._anchor(index)
            if second is None or (
                self._stands_for_state(first)
                and self._stands_for_state(second)
                and not _PASSAGE.search(self.text, max(0, start - 40), start)
            ):
                return None  # "between China and Russia": a relation between states
            end = second.end
            tail = re.match(r"\s+islands?\b", self.text[end : end + 10], re.IGNORECASE)
            end += tail.end() if tail else 0
            self._add(between_mention(self, first, second, start, end, tuple(located)))
            return second.last + 1
        return None

    def _stands_for_state(self, anchor: _Anchor) -> bool:
        ids = self.tokens[anchor.last].ids if anchor.feature is not None else ()
        return any(i in CAPITALS or i.startswith("country.") for i in ids)

    def _strip_demonyms(self, left: int, right: int) -> str:
        """The text between two tokens, skipping back over demonym tokens on the left."""
        while left > 0 and self.tokens[left].category == DEMONYM:
            left -= 1
        return self.text[self.tokens[left].end : self.tokens[right].start]

    # -- zones -------------------------------------------------------------------------

    def _zone_after(self, anchor: _Anchor) -> int | None:
        """ "Japan's territorial waters", "Senkakus contiguous zone", "Taiwan's ADIZ"."""
        following = anchor.last + 1
        if following >= len(self.tokens) or self.tokens[following].category != ZONE:
            return None
        between = self.text[anchor.end : self.tokens[following].start]
        if not re.fullmatch(
            r"(?:['’]s?)?\s+(?:(?:claimed|own|southern|northern|eastern|western)\s+)?", between
        ):
            return None
        if anchor.feature is None:
            return None
        states = [i for i in self.tokens[anchor.last].ids if i.startswith("country.")]
        owner = self._country(states[0]) if states else anchor
        return zone_mention(self, self.tokens[following], following, owner, anchor.start)

    def _named_zone(self, index: int, zone: Feature) -> int | None:
        """A zone named outright and tied to a place: "Japanese territorial waters off X"."""
        token = self.tokens[index]
        following = index + 1
        while following < len(self.tokens) and self.tokens[following].category == DEMONYM:
            following += 1
        if following >= len(self.tokens) or self.tokens[following].category not in (PLACE, ANAPHOR):
            return None
        link = _ZONE_LINK.match(self.text[token.end : self.tokens[following].start])
        if link is None or zone.kind == "adiz":  # "the KADIZ over the East Sea": two places
            return None
        if zone.kind != "airspace" and re.match(r"\s+(?:over|above)\b", link.group()):
            return None
        owner = self._country(f"country.{zone.owner.lower()}") if zone.owner else None
        fake = _Token(token.start, token.end, token.text, ZONE, (zone.kind,))
        return zone_mention(self, fake, index, owner, token.start)

    def _demonym(self, index: int) -> int:
        token = self.tokens[index]
        following = index + 1
        if following < len(self.tokens) and self.tokens[following].category == ZONE:
            between = self.text[token.end : self.tokens[following].start]
            if re.fullmatch(r"\s+(?:(?:claimed|own)\s+)?", between):
                return self._zone(following, owner=self._country(token.ids[0]), start=token.start)
        land = _DEMONYM_LAND.match(self.text, token.end)
        if land is not None and token.ids[0] in self.gazetteer:  # "over Japanese territory"
            country = self.gazetteer.get(token.ids[0])
            reason = f"{land.group(1)} of {country.name_en}, named by its adjective"
            self._add(direct_mention(self.text[token.start : land.end()], token.start,
                                     land.end(), country, reason))
            return index + 1
        tail = self.text[token.end : token.end + 10]
        waters = _WATERS_AFTER.match(tail) if "waters" in tail else None
        if waters and token.ids[0] in self.gazetteer:
            fake = _Token(token.start, token.end + waters.end(), "", ZONE, ("territorial_sea",))
            after = zone_mention(self, fake, index, self._country(token.ids[0]), token.start)
            return index + 1 if after is None else after
        return index + 1

    def _zone(self, index: int, owner: Feature | None, start: int | None) -> int:
        token = self.tokens[index]
        begin = token.start if start is None else start
        following = zone_mention(self, token, index, owner, begin)
        return index + 1 if following is None else following

    def _country(self, feature_id: str) -> Feature | None:
        return self.gazetteer.get(feature_id) if feature_id in self.gazetteer else None

    # -- anaphora ----------------------------------------------------------------------

    def _referent(self, token: _Token) -> PlaceMention | None:
        head = token.ids[0]
        earlier = [m for m in self.found[-_LOOKBACK:] if m.end <= token.start]
        if head in _RECENT_HEADS:  # "the sea", "the region": what the last paragraph or so named
            if _search_end(_GENERIC_BEFORE, self.text, 3, max(0, token.start - 60), token.start):
                return None  # "neighbours in the region": the world around, not a place named
            earlier = [m for m in earlier if token.start - m.end <= _RECENT]
        if head == "waters":  # "leave the waters": the zone just named, before the sea around it
            zone = self._recent_zone(token, earlier)
            if zone is not None:
                return zone
        if head == "strait":
            subject = self._subject_strait(token, earlier)
            if subject is not None:
                return subject
        for kinds in _ANAPHOR_KINDS.get(head, (None,)):  # "the islands": a group before an island
            grouped = None  # the group of an island named since: what a group named outright beats
            for mention in reversed(earlier):
                if _refers(head, mention, kinds):
                    return mention
                referent = self._anchor_referent(kinds or head, mention)
                if referent is None:
                    continue
                named = (mention.feature_id, *mention.anchors)
                if referent.feature_id in (*named, *(_ISLAND_STATES.get(i) for i in named)):
                    return grouped or referent
                grouped = grouped or referent
            if grouped is not None:
                return grouped
        return None

    def _subject_strait(self, token: _Token, earlier: list[PlaceMention]) -> PlaceMention | None:
        """ "the strait" in a new paragraph of a piece about one strait: that strait, though
        another was named in passing since (a timeline of the Tsugaru Strait whose last item
        ended 'through the Osumi Strait'); None when the strait named last is the one most
        named, or was named in the same paragraph."""
        straits = [m for m in earlier if m.kind in ("strait", "channel")]
        if len(straits) < 3 or "\n" not in self.text[straits[-1].end : token.start]:
            return None
        counts = Counter(m.feature_id for m in straits)
        (most, times), last = counts.most_common(1)[0], straits[-1].feature_id
        if most == last or times < 2 or counts[last] * 2 > times:
            return None
        return next(m for m in reversed(straits) if m.feature_id == most)

    def _recent_zone(self, token: _Token, earlier: list[PlaceMention]) -> PlaceMention | None:
        """The zone named in the last few hundred characters, unless a sea or ocean was
        named after it in a later sentence ("... in the Pacific ... in the waters")."""
        seas_after: list[PlaceMention] = []
        for mention in reversed(earlier):
            if token.start - mention.end > _RECENT:
                return None
            if mention.kind in ("airspace", "adiz"):
                continue  # (not waters: 'None entered Japan's airspace ... through the same
                # waters' are the strait's)
            if mention.kind in _ZONE_KINDS or _watery(mention.relation):
                later = [m for m in seas_after if self._sentence_start(m.start) > mention.end]
                return None if later else mention
            if mention.kind in ("sea", "ocean"):
                seas_after.append(mention)
        return None

    def _anchor_referent(self, kind: str, mention: PlaceMention) -> PlaceMention | None:
        """ "south of the island": the island a derived mention was measured from; "the
        islands" after one island of a group: the group."""
        for named_id in (*mention.anchors, mention.feature_id):
            feature_id = _ISLAND_STATES.get(named_id, named_id) if kind == "island" else named_id
            if feature_id not in self.gazetteer:
                continue
            feature = self.gazetteer.get(feature_id)
            direct = mention.relation in (None, ANAPHOR) and named_id == mention.feature_id
            if (
                direct
                and feature.kind != kind
                and feature.parent
                and feature.parent in self.gazetteer
            ):
                feature = self.gazetteer.get(feature.parent)
            if feature.kind == kind:
                return direct_mention(
                    mention.text, mention.start, mention.end, feature, f"named {feature.name_en!r}"
                )
        return None

    def _emit_anaphor(self, token: _Token, anchor: _Anchor) -> None:
        mention = anchor.mention
        if mention is None:
            return
        self._add(
            replace(
                mention,
                text=token.text,
                start=token.start,
                end=token.end,
                relation=ANAPHOR,
                anchors=tuple(dict.fromkeys((mention.feature_id, *mention.anchors))),
                reason=f"{token.text!r} refers back to {mention.text!r} at {mention.start}",
            )
        )

    # -- special forms -----------------------------------------------------------------

    # -- bookkeeping -------------------------------------------------------------------

    def _sentence_start(self, position: int) -> int:
        return self.sentences[bisect.bisect_right(self.sentences, position) - 1]

    def tokens_between(self, start: int, end: int) -> list[_Token]:
        """The tokens that start in ``[start, end)``."""
        return self.tokens[
            bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)
        ]

    def sentence(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentences, position)
        end = self.sentences[index] if index < len(self.sentences) else len(self.text)
        return self.sentences[index - 1], end

    def _add(self, mention: PlaceMention | None) -> None:
        if mention is not None and not mention.geometry.is_empty:  # 'off Gunma's west coast':
            self.found.append(mention)  # a coast the place does not have is nowhere

    def _without_overlaps(self) -> list[PlaceMention]:
        ordered = sorted(self.found, key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[PlaceMention] = []
        for mention in ordered:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept


#: What a name's ids come to: its first feature, the prefecture a "prefecture" cue picks
#: instead (None when the cue would change nothing), and the places of one kind it may
#: name (empty unless there are several: "Oshima", "the median line").
_Choice = tuple[Feature | None, Feature | None, tuple[Feature, ...]]
_Names = tuple[dict[tuple[str, ...], bool], dict[tuple[str, ...], _Choice]]
_names: weakref.WeakKeyDictionary[Gazetteer, _Names] = weakref.WeakKeyDictionary()


def _names_of(gazetteer: Gazetteer) -> _Names:
    """Per gazetteer, what the ids of a name come to: whether they include a state (see
    _may_be_state), and the features to choose from (see _choose)."""
    known = _names.get(gazetteer)
    if known is None:
        known = _names[gazetteer] = ({}, {})
    return known


def _choice(gazetteer: Gazetteer, ids: tuple[str, ...]) -> _Choice:
    features = [gazetteer.get(i) for i in ids if i in gazetteer]
    if not features:
        return None, None, ()
    peers = tuple(f for f in features if f.kind == features[0].kind)
    if len(peers) < 2 or features[0].kind in ("country", "prefecture"):
        peers = ()
    if all(feature.kind != "prefecture" for feature in features[1:]):
        return features[0], None, peers
    return features[0], next(f for f in features if f.kind == "prefecture"), peers


def _medians(gazetteer: Gazetteer) -> tuple[str, ...]:
    """The median lines a bare "the median line" may name (looked up once per gazetteer)."""
    known = _median_ids.get(gazetteer)
    if known is None:
        known = _median_ids[gazetteer] = tuple(
            f.id for f in gazetteer.of_kind("boundary") if "median" in f.name_en.lower()
        )
    return known


_median_ids: weakref.WeakKeyDictionary[Gazetteer, tuple[str, ...]] = weakref.WeakKeyDictionary()


# --- tokens ------------------------------------------------------------------------------


def _tokens(
    text: str, matches: list[NameMatch], lookup, medians: tuple[str, ...] = ()
) -> list[_Token]:
    new = tuple.__new__
    names = [new(_Token, (m.start, m.end, m.text, m.category, m.ids)) for m in matches]
    extras = [
        _Token(hit.start(), hit.end(), hit.group(), ANAPHOR, (hit.group("head").lower(),))
        for hit in _ANAPHOR_RE.finditer(text)
    ]
    if len(medians) > 1 and "edian line" in text:  # "the median line": which one, by context
        extras += [
            _Token(hit.start(), hit.end(), hit.group(), PLACE, medians)
            for hit in _MEDIAN_LINE.finditer(text)
        ]
    for hit in _COORDINATED_SEAS.finditer(text) if "Seas" in text else ():  # "East and South Seas"
        for group, end in ((1, hit.end(1)), (2, hit.end())):
            ids = lookup(f"{hit.group(group)} Sea")
            if ids:
                extras.append(
                    _Token(hit.start(group), end, text[hit.start(group) : end], PLACE, ids)
                )
    if "continent" in text:  # "from the direction of the continent": the Asian mainland
        ids = lookup("Asian continent")
        extras += [
            _Token(hit.start("name"), hit.end(), "continent", PLACE, ids)
            for hit in _THE_CONTINENT.finditer(text)
            if ids
        ]
    if "traits" in text:  # "the Tsugaru, Soya and Osumi straits"
        for hit in _COORDINATED_STRAITS.finditer(text):
            for word in _STRAIT_NAME.finditer(hit.group("names")):
                ids = lookup(f"{word.group()} Strait")
                if ids:
                    start = hit.start("names") + word.start()
                    end = start + len(word.group())
                    extras.append(_Token(start, end, word.group(), PLACE, ids))
    if "passage" in text or "transit" in text:  # "the Tsugaru passage", "a Miyako transit"
        for hit in _PASSAGE_WORD.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, hit.start() - 40), hit.start())
            ids = lookup(f"{name.group(1)} Strait") if name else None
            if name and ids:
                extras.append(_Token(name.start(1), name.end(1), name.group(1), PLACE, ids))
    return _merged_slashes(text, _with_extras(names, extras))


#: Straits named together before one plural: "the Tsugaru, Soya, Osumi and Tsushima straits".
#: Also ones said to be among straits: "Tsugaru and Osumi are among five straits where".
_COORDINATED_STRAITS = re.compile(
    r"\b(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+"
    r"(?:are\s+(?:among\s+)?(?:the\s+)?(?:[a-z]+\s+)?)?[Ss]traits\b"
)
#: A strait named by its passage, "the Tsugaru passage": the word, found first, then the
#: capitalised name right before it.
_PASSAGE_WORD = re.compile(r"(?<=\s)(?:passage|transit)s?\b")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_STRAIT_NAME = re.compile(r"[A-Z][a-z]+")
#: "the continent" as Japan's releases use it, where aircraft come from or go back to.
_THE_CONTINENT = re.compile(
    r"\b(?:direction of|toward|towards|from|back to|over) the (?P<name>continent)\b"
)


def _merged_slashes(text: str, tokens: list[_Token]) -> list[_Token]:
    """ "Senkaku/Diaoyu Islands", "Sea of Japan/East Sea": one place with two names."""
    if "/" not in text:  # the common case: nothing to merge
        return tokens
    merged: list[_Token] = []
    for token in tokens:
        last = merged[-1] if merged else None
        if (
            last is not None
            and token.category == PLACE
            and last.category == PLACE
            and text[last.end : token.start].strip() == "/"
            and set(last.ids) & set(token.ids)
        ):
            shared = tuple(i for i in token.ids if i in last.ids)
            merged[-1] = _Token(last.start, token.end, text[last.start : token.end], PLACE, shared)
            continue
        merged.append(token)
    return merged


def _with_extras(names: list[_Token], extras: list[_Token]) -> list[_Token]:
    """Add anaphora and coordinated seas to the recognised names (which never overlap).

    A name beats an anaphor it overlaps, except a demonym ("the Japanese-administered
    islets"); between two places the longer span wins.
    """
    if not extras:
        return sorted(names, key=_START)
    starts = [t.start for t in names]
    dropped: set[tuple[int, int]] = set()  # spans of names an extra displaced
    added: dict[tuple[int, int], _Token] = {}  # extras kept, by span
    for extra in sorted(extras, key=lambda t: (t.category != PLACE, t.start - t.end)):
        low = max(0, bisect.bisect_right(starts, extra.start) - 1)
        high = bisect.bisect_left(starts, extra.end)
        clashes = [
            t
            for t in names[low:high]
            if t.start < extra.end
            and extra.start < t.end
            and ((t.start, t.end) not in dropped or (t.start, t.end) in added)
        ]
        if any(_beats(t, extra) for t in clashes):
            continue
        for clash in clashes:
            dropped.add((clash.start, clash.end))
            added.pop((clash.start, clash.end), None)
        added[(extra.start, extra.end)] = extra
    kept = [t for t in names if (t.start, t.end) not in dropped] if dropped else names[:]
    kept.extend(added.values())
    return sorted(kept, key=_START)


_START = operator.itemgetter(0)  # a token's start


def _beats(name: _Token, extra: _Token) -> bool:
    if extra.category == ANAPHOR:
        return name.category != DEMONYM
    if name.end - name.start == extra.end - extra.start and _names_strait(extra):
        return _names_strait(name)  # "the Tsugaru, Soya and Osumi straits": the strait
    return name.end - name.start >= extra.end - extra.start


def _names_strait(token: _Token) -> bool:
    return any(i.startswith(("strait.", "channel.")) for i in token.ids)


_Trigger = tuple[str, re.Match[str]] | None
#: Short gaps (" and ", ", ", " in the ") recur in every text: their triggers, by gap.
_SHORT_GAPS: dict[tuple[str, bool], _Trigger] = {}
_SHORT_GAP = 16  # characters
_SHORT_GAPS_KEPT = 4096


def _trigger(gap: str, *, chained: bool) -> _Trigger:
    """The relation trigger that ends the gap (see _gap_trigger), looked up for short gaps."""
    if len(gap) > _SHORT_GAP:
        return _gap_trigger(gap, chained=chained)
    key = (gap, chained)
    if key in _SHORT_GAPS:
        return _SHORT_GAPS[key]
    found = _gap_trigger(gap, chained=chained)
    if len(_SHORT_GAPS) < _SHORT_GAPS_KEPT:
        _SHORT_GAPS[key] = found
    return found


def _gap_trigger(gap: str, *, chained: bool) -> _Trigger:
    """The relation trigger that ends the gap: the longest wins ("250 km southwest of"
    over "southwest of"); descriptors cannot cross a preposition, so it is the nearest."""
    best: tuple[str, re.Match[str]] | None = None
    for name, pattern in _candidates(gap):
        if name == "adjective" and chained:
            continue
        match = pattern.search(gap)
        if match is None or (
            "dir" in match.groupdict()
            and match.group("dir")
            and _derived.bearing_of(match.group("dir")) is None
        ):
            continue
        if name == "between" and best is not None:
            continue
        if best is None or best[0] == "between" or match.start() < best[1].start():
            best = (name, match)
    return best


#: Letters outside ASCII that match an ASCII letter when case is ignored (İ ı ſ K).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_COMPASS = ("north", "south", "east", "west")
#: Words without which a trigger cannot match: one of each group (lower case), all of
#: them among the last _CUE_WORDS words of the gap (runs without white space).
_TRIGGER_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "bearing_distance": (("of",), _COMPASS),
    "distance_off": (("off", "from"),),
    "part": (("of",), _COMPASS),
    "off_coast": (("off",), ("coast", "shore")),
    "coast": (("of",), _COMPASS, ("coast", "shore", "seaboard")),
    "direction": (("of",), _COMPASS),
    "waters_near": (("water", "sea"),),
    "airspace": (("air", "skies"),),
    "off": (("off",),),
    "near": (("near", "close", "vicinity", "far"),),
    "around": (("around", "surround"),),
    "between": (("between",),),
    "adjective": (("ern",), _COMPASS),
}
_CUE_WORDS = 14  # the furthest: "off" in "off the north north east coast of <6 words>" (13)
_CUE_WORDS_ALL = tuple(sorted({cue for cues in _TRIGGER_CUES.values() for g in cues for cue in g}))


def _candidates(gap: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The triggers that may end the gap, in their order: every trigger ends in white
    space and needs its cue words near the end. A quick test on the last words that
    spares most gaps (" and ", " said the ") the dozen pattern searches."""
    if not gap or not gap[-1].isspace():
        return ()
    if len(gap) > 2 * _CUE_WORDS:  # shorter, it cannot hold more words
        near = gap[-12 * _CUE_WORDS :]  # as a rule they lie in the last few dozen characters
        parts = near.rsplit(None, _CUE_WORDS)
        if len(parts) <= _CUE_WORDS and len(near) < len(gap):
            parts = gap.rsplit(None, _CUE_WORDS)
        gap = " ".join(parts[-_CUE_WORDS:])
    if not gap.isascii() and not _FOLDS_TO_ASCII.isdisjoint(gap):
        return _TRIGGERS
    return _cued_triggers(frozenset(filter(gap.lower().__contains__, _CUE_WORDS_ALL)))


@cache
def _cued_triggers(present: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, pattern)
        for name, pattern in _TRIGGERS
        if all(not present.isdisjoint(cues) for cues in _TRIGGER_CUES[name])
    )


def _search_end(
    pattern: re.Pattern[str], text: str, words: int, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that ends at ``end`` ("...\\s+$")
    and spans at most ``words`` words (runs without white space): the same match, found
    by searching the last ``words`` words only, not the whole sentence before them."""
    end = len(text) if end is None else end
    near = max(start, end - 24 * words)  # as a rule the last words lie in the last few dozen
    parts = text[near:end].rsplit(None, words)
    if len(parts) <= words and near > start:  # they may not: split all of it
        near = start
        parts = text[start:end].rsplit(None, words)
    if len(parts) > words:
        start = near + len(parts[0])
    return pattern.search(text, start, end)


def _last_character(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is not white space ("" if none):
    what ",\\s*$" and "(?:,|\\band|\\bor)\\s*$" need to match there at all."""
    tail = text[max(start, end - 16) : end].rstrip()
    if not tail and end - 16 > start:  # a long run of white space: look at all of it
        tail = text[start:end].rstrip()
    return tail[-1:]


#: The words a _LOCATIVE match ends with (before the white space it ends in).
_LOCATIVE_ENDS = (
    "in", "into", "inside", "within", "over", "near", "around", "off", "across", "toward",
    "towards", "at", "through", "throughout", "outside", "surrounding", "above", "entered",
    "approached", "approaching", "circled", "encircled", "circling", "encircling", "to", "the",
    "of", "approach", "approaches", "visited", "visiting", "reached", "reaching", "on", "past",
    "invaded", "invading", "from",
)  # fmt: skip


def _may_end_with(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """A quick test that spares most names a search for a word before them (_LOCATIVE,
    _SHIP_BEFORE): ``text[start:end]`` must end in white space after a word that ends
    like one of ``words`` (lower case)."""
    if end <= start or not text[end - 1].isspace():
        return False
    window = max(start, end - 24)
    tail = text[window:end].rstrip()
    if window > start and len(tail.split()) < 2:  # the last word may be cut: no test
        return True
    if not tail.isascii():  # case folding outside ASCII: let the pattern decide
        return True
    return tail.lower().endswith(words)


def _watery(relation: str | None) -> bool:
    """Whether a derived mention of this relation lies at sea ("off X", "X's east coast")."""
    return relation in _WATER_RELATIONS or (relation or "").startswith("coast_")


def _refers(head: str, mention: PlaceMention, kind: str | None) -> bool:
    """Whether ``mention`` can be what "the <head>" refers to (``kind``: the kind tried now)."""
    if head == "waters":
        relation = mention.relation or ""
        return (
            mention.kind in _WATER_KINDS
            or _watery(relation)
            or relation in ("near", "bearing_distance", "distance_off")
            or relation.endswith("_of")
        )
    if head in ("area", "region"):
        return mention.kind != "country"
    if mention.kind == kind:
        return True
    return head == "zone" and mention.relation == kind


def direct_mention(
    text: str, start: int, end: int, feature: Feature, reason: str
) -> PlaceMention:
    """A place mention that stands for a whole gazetteer feature."""
    return PlaceMention(
        text=text,
        start=start,
        end=end,
        feature_id=feature.id,
        name_en=feature.name_en,
        kind=feature.kind,
        geo_precision=feature.geo_precision,
        geometry=feature.geometry,
        reason=reason,
    )
