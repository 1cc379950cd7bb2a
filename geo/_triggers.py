"""Compiled patterns for incident extraction: sentences, event triggers, actors, assets, counts.

Everything here is plain text work (no geometry): :mod:`geo.incidents` combines it with the
place and date mentions. Patterns are compiled once at import.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache


def folded_source(source: str) -> str:
    """``source`` with its literal letters in lower case (escapes and group names kept).

    Compiled without ``re.I`` it matches lower-cased ASCII text at exactly the spans where
    ``source`` compiled with ``re.I`` matches the text itself, and it lets the regex engine
    use its fast paths (literal prefixes and first-character sets need case-sensitive letters).
    """
    out: list[str] = []
    index = 0
    while index < len(source):
        if source[index] == "\\":
            out.append(source[index : index + 2])
            index += 2
        elif source.startswith(("(?P<", "(?P="), index):
            close = source.index(">" if source[index + 3] == "<" else ")", index)
            out.append(source[index : close + 1])
            index = close + 1
        else:
            out.append(source[index].lower())
            index += 1
    return "".join(out)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def foldable(text: str) -> bool:
    """Whether lower-casing ``text`` is exactly what case-insensitive matching sees: ASCII, or
    other characters that have no case at all (quotes, dashes, bullets, CJK)."""
    if text.isascii():
        return True
    rest = "".join(_NON_ASCII.findall(text))
    return rest.lower() == rest == rest.upper()


def _after_word_start(source: str) -> str | None:
    """``source`` without its opening ``\b`` if that ``\b`` governs every alternative (no
    ``|`` outside brackets and groups), else None."""
    if not source.startswith("\\b"):
        return None
    depth, index, in_class = 0, 2, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[index + 1 : index + 2] == "]":
                index += 1  # a ']' right after '[' is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
        index += 1
    return source[2:]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_boundary(text: str, at: int) -> bool:
    """Whether ``\b`` holds at ``at`` in ``text`` (as the regex engine sees it)."""
    before = at > 0 and _is_word(text[at - 1])
    after = at < len(text) and _is_word(text[at])
    return before != after


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (a plain loop: no generator per call)."""
    for word in words:  # noqa: SIM110 (any() over a generator costs twice as much here)
        if word in text:
            return True
    return False


class CaselessPattern:
    """A case-insensitive pattern. On :func:`foldable` text it runs as its lower-case twin
    (:func:`folded_source`) over the lower-cased text, first rejecting text that holds none of
    ``words`` (lower case; every match contains one); other text goes to the pattern itself.
    Matches are those of the pattern on the original text."""

    def __init__(self, source: str, words: tuple[str, ...] = ()) -> None:
        self.regex = re.compile(source, re.I)
        self.folded = re.compile(folded_source(source))
        self.words = words
        rest = _after_word_start(folded_source(source))
        #: the folded pattern without its opening ``\b``: the regex engine scans quickly for
        #: where it begins, and the word boundary is then checked by hand
        self.inner = re.compile(rest) if rest is not None else None

    def _first(self, lowered: str, pos: int) -> re.Match[str] | None:
        """``folded.search(lowered, pos)``."""
        if self.inner is None:
            return self.folded.search(lowered, pos)
        while (found := self.inner.search(lowered, pos)) is not None:
            if _word_boundary(lowered, found.start()):
                return found
            pos = found.start() + 1
        return None

    def _all(self, lowered: str) -> Iterator[re.Match[str]]:
        """``folded.finditer(lowered)`` (the patterns never match the empty string)."""
        if self.inner is None:
            yield from self.folded.finditer(lowered)
            return
        pos = 0
        while (found := self.inner.search(lowered, pos)) is not None:
            if _word_boundary(lowered, found.start()):
                yield found
                pos = max(found.end(), found.start() + 1)
            else:
                pos = found.start() + 1

    def search(self, text: str, pos: int = 0, lowered: str | None = None) -> re.Match[str] | None:
        """``regex.search(text, pos)``. ``lowered``, if given, is ``text.lower()`` of a text the
        caller knows to be :func:`foldable`."""
        if lowered is None:
            if not foldable(text):
                return self.regex.search(text, pos)
            lowered = text.lower()
        if self.words and not holds_any(lowered, self.words):
            return None
        found = self._first(lowered, pos)
        return None if found is None else self.regex.match(text, found.start())

    def spans(self, text: str, lowered: str | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in order, as ``regex.finditer`` would give them;
        ``lowered`` as for :meth:`search`."""
        if lowered is None:
            if not foldable(text):
                return (match.span() for match in self.regex.finditer(text))
            lowered = text.lower()
        if self.words and not holds_any(lowered, self.words):
            return iter(())
        return (match.span() for match in self._all(lowered))


def anchored_finditer(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only begin where ``starts``
    matches (a plain character class the regex engine scans for quickly): the pattern is tried
    only there. Same matches, in the same order."""
    position = 0
    while (candidate := starts.search(text, position)) is not None:
        match = pattern.match(text, candidate.start())
        if match is None:
            position = candidate.start() + 1
            continue
        yield match
        position = max(match.end(), candidate.start() + 1)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only begin at ``starts``
    (ascending offsets, a superset of where matches begin): the pattern is tried only there."""
    position = 0
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            position = match.end()


# --- sentences -------------------------------------------------------------------------------

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Adm|Mr|Mrs|Ms|Dr|St|"
    r"No|Nos|Sr|Jr|Capt|Cmdr|Maj|Rep|Sen|Gov|Prof|approx|vs|etc|Co|Corp|Inc|Ltd|Mt|Ft)|"
    r"\b[A-Z]|\b(?:U\.S|U\.K|U\.N|a\.m|p\.m|e\.g|i\.e))\.$"
)
_BOUNDARY = re.compile(r"(?:[.!?]+[\"'”’)\]]*(?:\s+|(?=[“\"]?[A-Z][a-z]))|\n\s*|\s•\s)")


#: The characters a boundary holds: it begins at one of them (or right before a bullet).
_BOUNDARY_AT = re.compile(r"[.!?\n•]")


def boundaries(text: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text)``, the pattern tried only where a boundary can begin (its
    alternatives open with a stop, a newline, or the space before a bullet)."""
    position = 0
    for candidate in _BOUNDARY_AT.finditer(text):
        at = candidate.start()
        if text[at] == "•":
            at -= 1
        if at < position:
            continue
        match = _BOUNDARY.match(text, at)
        if match is not None:
            yield match
            position = match.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (stripped, in order, offsets kept)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in boundaries(text):
        end = match.end()
        chunk = text[start : match.start() + 1]
        if (
            "\n" not in match.group()
            and _ends_with_abbreviation(chunk.rstrip(".!?\"'”’)]") + ".")
            and not chunk.rstrip().endswith(("!", "?"))
            and _abbreviation_end(text, match)
        ):
            continue
        _add_span(spans, text, start, end)
        start = end
    _add_span(spans, text, start, len(text))
    return spans


#: No abbreviation above is longer than this (with its period).
_ABBREVIATION_CHARS = 8


def _ends_with_abbreviation(chunk: str) -> bool:
    """Whether ``chunk`` (ending with a period) ends with an abbreviation. Only its last few
    characters can match; the word boundary before them is still seen."""
    return _ABBREVIATIONS.search(chunk, max(0, len(chunk) - _ABBREVIATION_CHARS)) is not None


def _abbreviation_end(text: str, match: re.Match) -> bool:
    """A period after an abbreviation ends no sentence unless a new sentence clearly starts."""
    head = text[max(0, match.start() - 12) : match.start() + 1]
    if head.endswith(("a.m.", "p.m.")) and _OPENS_SENTENCE.match(text, match.end()):
        return False  # '... for about 30 minutes from 6:37 p.m. The F-15s had been scrambled'
    return bool(_ABBREVIATIONS.search(head))


#: Words that open a sentence, not a time's weekday or zone: after 'p.m.', a new sentence.
_OPENS_SENTENCE = re.compile(
    r"(?:The|It|They|He|She|This|That|These|Those|There|Its|Their|However|But|According)\b"
)


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1:
        spans.append((start, end))


# --- event triggers --------------------------------------------------------------------------

_AIR = r"(?:air|aerial|bombers?|aircraft|planes?|warplanes?|flights?|flying|flew|jets?|airspace)"
_NAVAL = r"(?:nav(?:y|ies|al)|ships?|vessels?|warships?|fleets?|maritime|destroyers?|frigates?)"

AIR_CONTEXT = CaselessPattern(
    rf"\b{_AIR}\b", ("air", "aerial", "bomber", "plane", "flight", "flying", "flew", "jet")
)
NAVAL_CONTEXT = CaselessPattern(
    rf"\b{_NAVAL}\b", ("nav", "ship", "vessel", "fleet", "maritime", "destroyer", "frigate")
)

# (type, pattern). Order matters only for readability; every match is a trigger.
#: How many platforms a watcher counts: '21', 'four', 'fifteen', 'ninety'.
_HOW_MANY = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)"
#: A fighter by its type, as scrambles name it: 'F-15s', 'KF-16', 'F-2A'.
FIGHTER_TYPE = r"K?F-\d{1,2}[A-Z]{0,2}s?"
_TRIGGER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "radar_lockon",
        r"fire[- ]control radars?|radar lock(?:-?on)?s?|locked (?:its |their |a )?radar|"
        r"radar (?:incident|illumination)|(?:illuminat|irradiat|target)(?:ed|"
        r"ing) \w+ (?:[\w-]+ ){0,5}?with "
        r"(?:its |their )?radar|"
        r"(?:direct|point|aim|train|lock)(?:ed|ing) (?:its |their |a |the )?"
        r"(?:same (?:type|kind) of )?(?:fire-control )?radars?(?:, (?:which|that) [^,.;]{1,80},)? "
        r"(?:for (?:several |a few |about |some |\w+ )?(?:minutes?|seconds?) )?"
        r"(?:at|on)\b|"  # 'directed the radar, which is used to guide weapons to a target, at'
        # 'directed the radar for several minutes at a ... P-3C'
        r"\blocked on[\"”]? (?:to|at)\b",  # 'had also "locked on" to a helicopter'
    ),
    (
        "missile_launch",
        r"(?:carried out|conducted|performed) (?:an? )?(?:[\w-]+ ){0,2}?"
        r"(?<!electronic )(?<!simulated )missile "
        r"(?:firings?|launch(?:es)?)\b|"  # 'the crews of the small missile ships ... carried out
        # a missile firing at a naval range in the Sea of Japan'
        r"(?<!electronic )(?<!simulated )"  # ('performed electronic launches of Onyx cruise
        r"(?:launch(?:ed|es|ing)?|fired|fires|firing|test-fired|test-fires|test-launched|"  # ...')
        r"tested|sent) "  # ('when it sent a Hwasong-12 intermediate-range missile ... over
        r"(?:(?!came |comes |after |before |when |and )[\w-]+ ){0,9}?"  # Hokkaido')
        r"(?:(?:ballistic |cruise )?missiles?|"
        r"ICBMs?|SLBMs?|IRBMs?|projectiles?|Hwasong-\d+\w*)|"
        r"(?:missiles?|Hwasong-\d+\w*|Taepodong(?:-\d)?|Unha(?:-\d)?|Musudan|[NR]odongs?|"
        r"Pukguksong-\d+) (?:\w+ ){0,2}(?:landed|fell|fallen|splashed down|came down|flew|crossed|"
        r"overflew|plunged|dropped)|"
        r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree) (?:Musudan|[NR]odong|Scud|KN-\d+)s? (?:fired|launched) "
        r"(?:from|by) (?:[\w-]+ ){1,5}?(?:came down|landed|fell|splashed down)|"  # 'a Rodong fired
        # from South Hwanghae Province came down
        r"missiles? (?:fired|launched) by (?:[\w-]+ ){1,8}?(?:landed|fell|splashed down|came down)|"
        # (not 'targets imitating cruise missiles launched by the aircraft of the notional enemy')
        r"(?<!imitating )(?<!imitating cruise )(?<!imitating anti-ship )"
        r"(?:missiles?|projectiles?|ICBMs?|IRBMs?|SLBMs?|Hwasong-\d+\w*|Taepodong(?:-\d)?|"
        r"Unha(?:-\d)?)(?:, [^.;]{1,80}?,[\"\u201d]?)? "  # 'Two projectiles, later described
        r"(?:\([A-Z]+\) )?(?:were |was )?(?:fired|launched) "  # as a "... launcher," were fired
        r"(?:from|into|toward|towards|over|by|at|on|in|early|late|shortly)\b|"
        # a satellite put up on a ballistic rocket: 'launched a military reconnaissance
        # satellite', 'a space launch vehicle', 'the spy satellite rocket flew over Okinawa'
        r"launch(?:ed|es|ing)? (?:[\w-]+ ){0,9}?(?:satellite|space launch vehicle|"
        r"satellite[- ]carrying rocket|long-range rocket)s?\b|"
        r"(?<!\bto )(?:placed|put) (?:[\w-]+ ){0,4}?satellite,? (?:[\w,-]+ ){0,3}?into orbit\b|"
        r"(?:attempt|bid|try) to (?:put|place|launch) (?:[\w-]+ ){0,4}?satellite (?:[\w-]+ ){0,3}?"
        r"(?:failed|ended|crashed)\b|"  # 'second attempt to put a ... satellite into orbit failed'
        r"(?:carrier|space) rockets?,? (?:carrying [^,.;]{1,40}, )?(?:was |were )?launched\b|"
        r"(?:satellite|space) (?:launch(?:es)?\b(?! (?:site|pad|station|centre|center|facilit))|"
        r"rockets? (?:\w+ ){0,2}?(?:flew|fell|passed|exploded|launched))|"
        r"(?:launch(?:ed|es|ing)?|fired) (?:a |an |its )?(?:[\w-]+ )?rockets? carrying\b|"
        r"\b(?:[Tt]he|[Aa]n?|[Aa]nother) (?:first |second |third |last )?(?:[\w-]+ )?rocket "
        r"(?:\w+ ){0,2}?"
        r"(?:lifted off|flew|fell|crashed|exploded|failed|passed over)\b|"
        r"\b[Tt]he (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
        r"(?:, \d{4},?)? (?:missile |ICBM |rocket )?launch\b(?!es)|"  # 'The July 4 launch, from
        # Panghyon ..., sent a missile 933 kilometers'
        r"(?<!electronic )(?<!simulated )(?:ballistic )?missile launch(?:es)?\b"
        r"(?! (?:cells|tubes|systems?|capabilit))",  # ('practiced electronic missile launches')
    ),
    (
        "carrier_operations",
        r"take-?offs? and landings|takeoffs? and landings|landings and take-?offs|"
        r"flight operations|carrier(?:-based)? (?:operations|drills|flights)|"
        r"(?:fighters?|jets?|aircraft|helicopters?) (?:took off|taking off|launched) from|"
        r"(?:fighters?|jets?|aircraft|helicopters?) (?:(?:then|also|had|have) ){0,2}operated from "
        r"(?:the |an? )?"
        r"(?:aircraft )?carrier\b|"  # 'fighters and helicopters then operated from the carrier'
        r"(?:taking|took|taken|take) off (?:from (?:and|or) )?(?:and |or )?"
        r"(?:landing|landed|land)\b|"
        r"(?:launch(?:ing|ed)|launches) and recover(?:ing|ed|s)\b|"  # 'began launching and
        # recovering fighter jets and helicopters'; 'the carrier Liaoning and its escorts were
        # holding "routine" exercises'
        r"\b(?:carrier|Liaoning|Shandong|Fujian)(?: (?:Liaoning|Shandong|Fujian))?(?:[’']s)?"
        r"(?: aircraft carrier)?(?: (?:strike |battle |task )?group)?"
        r"(?: of the [^,.;]{1,60}? (?:Navy|PLAN|PLA))?"  # ('group of the Chinese People's
        r"(?: and (?:its|their|the) escort(?:s| ships| vessels)?)?"  # Liberation Army Navy')
        r"(?:, (?:which|that) [^,.;]{1,60},)?,? "  # ('the carrier group, which set out earlier
        r"(?:(?:was|were|is|are|has been|had been|have been|has|have|had) )?(?:held|holding|"
        r"conducted|conducting|staged|staging|carried out|carrying out|began|started|completed|"
        r"completing|concluded|concluding|finished|wrapped up) "
        r"(?:[\"“”'\w-]+ ){0,5}?(?:exercises?|drills?|training)\b",  # this month,
        # had carried out training'; 'the Liaoning and its escort ships have completed a round
        # of far-seas combat training')
    ),
    (
        "joint_patrol",
        r"joint(?:ly)? (?:air |aerial |strategic |long-range |naval |maritime |bomber |sea |"
        r"combat readiness |and )*"  # ('joint air and sea patrols')
        r"(?:air )?(?:patrol(?:s|ling|led)?|flights?|bomber flights?)|jointly patrolled|"
        r"patrolled jointly|joint (?:strategic )?bomber (?:exercise|drill)s?|"
        r"(?<=the )patrol (?:had |has )?(?:begun|began|started)\b",  # 'China's defence ministry
        # said the patrol had begun on Friday' (the joint patrol just told)
    ),
    (
        "joint_naval_exercise",
        r"joint (?:naval |military |sea |maritime |air and naval |naval and air |"
        r"strategic |large-scale |live-fire |anti-submarine |firepower strike |"
        r"blockade )*(?:exercises?|drills?|maneuvers|"
        r"manoeuvres|"
        r"war ?games)|Joint Sea[- ]20\d\d|(?:North(?:ern)?|Maritime)[/ ]Interaction|"
        r"(?:Strait Thunder|Joint Sword)(?:[- ]20\d\d[A-Z]?)?|"  # the PLA's drills round Taiwan
        r"(?:bilateral|Russian-Chinese|Chinese-Russian|Sino-Russian) (?:naval )?(?:drills?|"
        r"maneuvers|exercises?)|"
        r"(?:(?:held|holding|conducted|conducting|staged|staging|kicked off|began|started|"
        r"launched|carried out|carrying out|completed|concluded|wrapped up|finished) "
        r"(?:their |a |an )?|"
        r"(?:start|launch|beginning) of (?:China's |Russia's |its |their |the )?)"
        r"(?:(?:[\w-]+ )?(?:naval |military |live-fire |combat |amphibious )(?:exercises?|drills?|"
        r"maneuvers)(?= (?:in|near|off|over|around|with))|"
        r"(?:[\w-]+ )?tactical (?:exercises?|drills?)"
        r"(?= (?:in|near|off|over|around|with|from|on) )|"  # 'Crews of the Bal coastal missile
        # system ... held a tactical exercise from 23 to 25 July'
        r"(?:the (?:active |final |main |first |second )?(?:phase|stage) of )"  # 'completed the
        r"(?:a |an |the )?(?:[\w-]+ ){0,3}?(?:exercises?|drills?|maneuvers)"  # active phase of a
        r"(?= (?:in|near|off|over|around|with) )|"  # large-scale exercise in the Bering Sea'
        r"(?:[\w-]+ (?:and [\w-]+ )?){0,2}?(?:firing|live-fire|gunnery) (?:exercises?|drills?)"
        r"(?= (?:in|near|off|over|around|at) )|"  # 'has been conducting missile and artillery
        # firing drills in the Sea of Japan'
        r"(?:(?:anti-[a-z]+|air[ -]defen[cs]e|artillery|gunnery|rescue|landing) (?:and )?){0,3}"
        r"(?:exercises?|drills)(?= (?:in|near|off|over|around) )|"
        # 'held drills around Taiwan', 'had held anti-submarine and air defense drills in the Sea
        # of Japan from Feb. 10 to 13'
        r"(?:exercises?|drills?)(?= on (?:\w+ )?(?:[A-Z]\w+ )+(?:and [A-Z]\w+ )?"
        r"[Ii]slands?\b))|"  # 'held exercises on Kunashiri and Etorofu islands'
        r"(?:(?<=ships )|(?<=navies ))exercised (?:together |jointly )?(?=(?:in|near|off|around) )|"
        r"\b(?:exercises?|drills?|maneuvers),? (?:which (?:was|were) |that (?:was|were) )?held,? "
        r"(?=(?:in|on|off|near|from) )|"  # 'The 2025 exercise, held in August, also took place
        # in the waters off Vladivostok'
        r"\b(?:[Tt]actical|[Cc]ommand-staff|[Ss]pecial tactical) (?:exercise|drill)\b"
        r"(?=[^.;]{0,200}? (?:was|were|has been|have been) (?:held|completed|conducted)\b)|"
        # 'A tactical exercise of a coastal missile battalion of the Pacific Fleet stationed on
        # Matua island ... was held from 2 to 5 October', '..., which was held from 14 to 17
        # August on Iturup and Kunashir, has been completed'
        r"\b(?:crews|troops|units|servicemen|forces|sailors|pilots|personnel|"
        r"detachment(?= of )) (?:(?:of|on|in|at|from) [^,.;]{1,200}? )?(?:practi[cs]ed|rehearsed|"
        r"worked out|"
        r"(?:carried out|(?:(?:have|has) been |are |were )?conduct(?:ed|ing)|held|began|started|"
        r"launched) (?:an? |the )?"
        r"(?:[\w-]+ )?(?:exercises?|drills?|march(?:es)?)|carried out electronic (?:missile )?"
        r"launches)\b|"  # 'the crews of a Bal coastal missile system battalion deployed on
        # Matua Island ... carried out an exercise', '... carried out a march of more than 30
        # kilometres', '... carried out electronic missile launches at a detachment of ships of
        # a notional enemy'; 'crews of the Bastion coastal missile system deployed on Matua
        # Island ... practised deploying the system to a firing position'
        r"(?:taking|take|took|taken) part in (?!th[eo]se )(?:an |a |the |their )?(?:[\w-]+ ){0,2}?"
        r"(?:exercises?|drills?|maneuvers)(?= (?:in|on|near|off|over|around|since|of)|,)|"
        r"(?:has|have) been taking part in (?:an |a |the )?(?:[\w-]+ ){0,2}?(?:exercises?|"
        r"drills?|maneuvers)\b|"  # 'Since 9 April, crews ... have been taking part in a tactical
        # exercise.'
        r"\b[Aa]n? (?:[\w-]+ ){0,2}?(?:exercise|drill)(?: of [^,.;]{1,100}?)? (?:began|started|"
        r"opened|kicked off|got under way)\b|"  # 'An exercise of the army corps stationed on
        # Sakhalin and the Kuril Islands began on 20 September on the coast of Aniva Bay'
        r"\b(?:exercises?|drills|maneuvers|manoeuvres) (?:that|which) (?:began|started)"
        r"(?= (?:in|off|near|around) )|"  # 'taking part in a tactical exercise that began in the
        # Sea of Japan on Monday' (not 'five days of drills that began last Friday')
        r"\b(?:exercises?|drills|maneuvers|manoeuvres) (?:that|which) (?:[\w-]+ ){1,4}?"
        r"(?:began|started|launched|kicked off)\b|"  # 'a protest over military exercises that
        # Russian forces began Monday on Kunashiri and Etorofu islands'
        r"(?:sudden|snap|surprise|unscheduled) (?:combat )?(?:readiness )?(?:inspection|check)s?"
        r"\b|"  # 'announced a sudden readiness inspection of the Pacific Fleet': one side's drill
        r"(?:carried out|conducted|performed|practi[cs]ed) (?:an? )?(?:torpedo|artillery|gunnery) "
        r"(?:firings?|shooting)\b|"  # 'the crew of a diesel-electric submarine ... carried out
        # torpedo firing at a target detachment in the waters of the Pacific Ocean'
        r"(?:search(?:ed|ing)?|hunt(?:ed|ing)?) for (?:an? |the )?(?:[\w-]+ ){0,2}?submarines? "
        r"of (?:an? |the )?(?:notional|mock|simulated) enemy\b|"  # 'Il-38 anti-submarine aircraft
        # had carried out a search for a submarine of a notional enemy in the Sea of Okhotsk'
        r"(?:repelling|practi[cs](?:ing|ed) repelling) (?:a |an )?(?:mock |simulated )?"
        r"(?:enemy )?(?:amphibious )?(?:landing|assault)(?: force)?\b",  # 'are repelling a
        # mock enemy landing on the islands of Iturup and Kunashir'; 'More than 3,000
    ),  # servicemen ... are taking part in an exercise on the Kuril Islands'
    (
        "adiz_entry",
        r"(?:reported|detected|spotted|tracked) (?:an? |two |three |\d+ )(?:[\w-]+ ){1,5}?in "
        r"(?:the )?(?:[\w-]+ part of )?(?:[\w’']+ ){0,2}?(?:ADIZ|air defen[cs]e identification "
        r"zone)|"  # 'reported a PLA Y-8 anti-submarine aircraft in the southwestern part of
        # Taiwan's ADIZ'
        r"(?:flew|flying|operated|operating) (?:in|inside|within) (?:the )?(?:[\w-]+ part of )?"
        r"(?:[\w’']+ ){0,2}?(?:ADIZ|air defen[cs]e identification zone)|"  # 'one PLA Y-8
        # electronic reconnaissance aircraft also flew in the southwestern part of our ADIZ'
        r"(?:entered|entering|enter|flew into|flying into|intruded into|entry into|entries into|"
        r"crossed into|crossing into|"
        r"violated|came into|flew through|flying through|"
        r"in and out of) (?:[\w-]+[’']?s?,? ){0,10}?[\"“]?(?:air defen[cs]e identification zones?|"
        r"air defen[cs]e zones?|ADIZs?|KADIZ|JADIZ)|(?:ADIZ|KADIZ|JADIZ) (?:entr(?:y|ies)|"
        r"incursions?)",
    ),
    (
        "airspace_violation",
        r"(?:violated|violating|intrud(?:ed|ing)(?: briefly| momentarily)? into|invaded|invading|"
        r"breached|breaching|entered|entering|flew into|flying into) (?:\w+[’']?s? ){0,3}?"
        r"(?:territorial )?air ?space(?! of the (?:[\w-]+ ){0,3}?(?:exercises?|drills?)\b)"
        r"(?!(?<=the airspace) over (?:the )?(?:[Ww]estern )?(?:Pacific|Sea of|East China Sea|"
        r"Yellow Sea|high seas|international))|"  # (not 'entered the airspace over the Pacific
        # Ocean east of Etorofu Island': the air over the sea, no state's; but 'violated
        # Japanese airspace over the Sea of Japan near Rishiri Island')
        r"airspace (?:violations?|incursions?|intrusions?)|"
        r"(?:violations?|intrusions?|incursions?) (?:of|into) (?:\w+[’']?s? ){0,2}?"
        r"(?:territorial )?air ?space",
    ),
    (
        "territorial_waters_entry",
        r"(?:enters?|entered|entering|intru\w+[\"”]? into|(?:sail(?:ed|s)?|moved|moving) into|"
        r"remain(?:ed|s)? (?:with)?in|"
        r"patrol(?:s|led|ling)? (?:with)?in|(?:followed|chased|escorted) (?:[\w-]+ ){1,4}?into|"
        r"incursions? into|"
        r"were (?:still )?(?:with)?in|was (?:still )?(?:with)?in|stayed (?:in|inside|within)|"
        r"(?:were|was) (?:still )?inside|"
        r"(?:navigat|operat|cruis)(?:ed|es|ing|e) (?:in|inside|within)|"
        r"sail(?:ed|s|ing) (?:inside|within|in(?! waters\b))|"  # 'sailed in Japanese territorial
        # waters' (not 'sailed in waters just outside Japan's territorial waters')
        r"patroll(?:ed|ing)(?= the\b)|"  # 'patrolled the territorial waters of the Diaoyu Islands'
        r"encroachment \w+ \w+ ships into|"
        r"encroach\w* into|left|leaving|exited|departed(?: from)?|"
        r"(?:passed|passing|sailed|sailing|moved|moving|travell?ed|travell?ing)"
        r"(?: underwater| submerged)? through) (?:(?!outside |beyond |airspace )\w+[’']?s? ){0,4}?"
        r"(?:claimed )?(?:territorial (?:waters|sea)|Japanese waters)|"  # (not 'through waters
        # just outside Japan's territorial sea': the contiguous zone)
        r"territorial (?:waters|sea) (?:entr(?:y|ies)|incursions?|intrusions?)",
    ),
    (
        "waters",
        r"(?:entered|entering|intruded[\"”]? into|were in|remained in|"
        r"(?:escorted|led|followed) (?:[\w-]+ ){1,4}?into) the (?:same )?waters\b",
    ),
    (
        # a zone named before, by its kind: 'flew into the zone south of Ieodo' after the KADIZ
        "zone",
        r"(?<![\w-])(?:entered|entering|flew into|flying into|intruded into|came into|"
        r"(?:entered|entering) and (?:left|leaving|exited)|"  # 'entered and left the zone'
        r"left|exited|(?:sailed|moved|went|headed) out of|"  # 'On the afternoon of Jan. 30 it
        # left the zone': the stay told before ends
        r"(?:were|was) (?:tracked|detected|spotted|seen) in) the "
        r"(?:(?:(?:north|south)?(?:east|west)?(?:ern)? )?(?:part|corner|edge|tip) of the )?"
        r"(?:same )?zone\b",  # 'briefly entered the southwestern corner of the zone'
    ),
    (
        "contiguous_zone_entry",
        r"(?:entered|entering|in|into|within|inside|sailed in|sailing in|navigat(?:ed|ing) in|"
        r"left|leaving|exited|"
        r"(?:sailed|moved|went|headed) out of|"  # ('sailed out of the contiguous zone')
        r"(?:moved|moving|navigated|navigating|sailed|sailing|passed|passing|steamed|steaming|"
        r"travell?ed|travell?ing|transited|transiting)"
        r"(?: (?:north|south)?(?:east|west)?(?:ward)?)?(?: underwater| submerged)? "
        r"through) "  # 'as it moved northwest through Japan's contiguous zone', 'a submarine
        r"(?:\w+[’']?s? ){0,4}?contiguous zones?|"  # sailed submerged through Japan's contiguous
        # zone near the Amami Islands'
        r"(?:entered|entering|sailed|sailing|passed|passing|moved|moving|navigated|navigating|"
        r"cruised|cruising|operated|operating|remained|stayed|were|was)"
        r"(?: underwater| submerged)? (?:through |into |in )?(?:the )?(?:waters )?just outside "
        r"(?:the )?(?:\w+[’']?s? )?(?:territorial )?(?:waters|sea)\b",  # 'sailed submerged
    ),  # through waters just outside Japan's territorial sea'; 'were cruising just outside the
    # waters on Monday'
    (
        "transit",
        r"\b(?:pass(?:ed|es|ing)? (?:together |jointly )?"
        r"(?:(?:north|south)?(?:east|west)?(?:ward)? )?(?:over the (?:waters|sea|airspace) )?"
        r"(?:through|between|via|across)|passage (?:through|between|of)|"  # 'passed west through
        # the strait', 'pass together east through the strait'
        r"sail(?:ed|s|ing)?|sent (?:\w+ ){0,4}?through|transit(?:ed|s|ing)?|travers(?:ed|es|ing)|"
        r"cross(?:ed|es|ing)|"
        r"fl(?:ew|ying|ies|y) (?:out |back |in )?(?:(?:north|south)?(?:east|west)?(?:ward)? )?"
        r"(?:through|between|across|via)|went|going|head(?:ed|ing)|"  # 'flew out through the gap'
        r"travel(?:l)?(?:ed|ing)|mov(?:ed|ing)|"
        r"navigat(?:ed|ing)|entered|"
        r"(?:used|using|passed)(?= the (?:[\w-]+ ){0,2}(?:[Ss]trait|[Cc]hannel)\b)|"
        r"pass(?:ed|es|ing)(?= from ))\b",  # 'passed from the Sea of Japan into the Sea of
    ),  # Okhotsk through the La Perouse Strait'; 'last used the Osumi Strait in November',
    # 'passed the Miyako Strait'
    (
        "median_line",
        r"(?:crossed|crossing) (?:the )?(?:so-called )?[\"“']?median line|median line crossings?|"
        r"\b(?:crossed|crossing) (?:the|that) line\b",  # after the median line is named
    ),
    (
        # a survey or research ship at work in another state's exclusive economic zone
        "eez_activity",
        r"(?:survey|research|drilling|surveying|lowering|operat(?:ed|ing)|conduct(?:ed|ing)|"
        r"placed|installed|anchored|moored|set up) "
        r"(?:[\w’'-]+ ){0,6}?(?:in|inside|within) (?:\w+[’']?s? ){0,3}?"
        r"(?:exclusive economic zones?|EEZs?)\b|"
        r"(?:extending|extended|lowering|lowered) (?:[\w’'-]+ ){0,3}?(?:objects?|wires?|cables?|"
        r"equipment|instruments?) (?:[\w’'.()-]+,? ){0,16}?(?:in|inside|within) "
        r"(?:\w+[’']?s? ){0,3}?(?:exclusive economic zones?|EEZs?)\b|"  # 'extending wire-like
        # objects into the sea about 60 km north of Taisho Island, within Japan's EEZ'
        r"(?:survey|research) (?:ships?|vessels?) (?:[\w’'-]+ ){0,5}?(?:in|inside|within) "
        r"(?:\w+[’']?s? ){0,3}?(?:exclusive economic zones?|EEZs?)\b|"
        r"(?:research|survey) (?:ships?|vessels?),? (?:that |which )?(?:conducted|carried out|"
        r"was conducting|had conducted) (?:marine )?(?:scientific )?(?:surveys?|research) "
        r"(?:in|around|near|off) (?:the )?(?:waters|sea)\b",  # 'a Chinese research vessel that
        # conducted surveys in waters around Okinotori from January 12 to 18'
    ),
    (
        # a ship or aircraft seen at work somewhere: weak, like a flight
        "presence",
        r"(?:was|were|had been|has been|have been) (?:\w+ ){0,2}?(?:spotted|seen|sighted|"
        r"photographed|observed|detected|identified|confirmed) (?!by\b)|"
        r"\b(?:circl(?:ed|ing)|loiter(?:ed|ing))\b|"
        r"spent (?!(?:a )?record\b)(?:(?!\d{3})\w+ ){0,2}?(?:hours|days)\b|"  # not a tally
        r"\b(?:seen|spotted|sighted|observed|detected) (?:flying |drifting )?(?:over|above)\b|"
        r"\b(?:detected|spotted|tracked) (?:a (?:record|total) of |a record |at least )?"
        rf"{_HOW_MANY}\b (?:[\w-]+ ){{0,4}}?"
        r"(?:aircraft|planes|vessels|ships|warships|drones|balloons|sorties)\b"
        r"(?:(?:,|,? and) (?:[\w-]+ ){1,5}?(?:vessels|ships|warships|aircraft|balloons|drones))"
        r"{0,3}(?: \w+ing)? (?:around|near)\b|"  # 'Taiwan detected 21 Chinese military aircraft
        # and four naval vessels around the country in the 24 hours ending at 6 a.m. Tuesday',
        # '14 Chinese military aircraft, seven navy vessels and two official ships around Taiwan'
        r"\b(?:deployed|massed|amassed) (?:about |some |nearly |more than |around |up to )?"
        rf"(?:{_HOW_MANY}|dozens of) "
        r"(?:[\w-]+ ){0,5}?(?:ships|vessels|warships|aircraft)\b (?:in|to|around|near|across)\b|"
        # 'China has deployed about 90 navy and coast guard ships in waters stretching from
        # Japan's southern islands to the South China Sea'
        r"(?<!\bin )(?<!\bof )"  # ('experience in operating in complex sea conditions')
        r"\b(?:operat(?:ed|ing)|sail(?:ed|ing)|navigat(?:ed|ing)|cruis(?:ed|ing)|"
        r"patroll(?:ed|ing)) (?:(?!toward|to\b|back|home|for\b)\w+ ){0,3}?"
        r"(?:in|near|off|around|north|south|east|west|"
        r"northeast|northwest|southeast|southwest)\b",
    ),
    (
        # an aircraft or ship coming dangerously close to another
        "close_approach",
        r"(?:abnormal(?:ly)?|dangerous(?:ly)?|unusual(?:ly)?|unsafe(?:ly)?) (?:close|"
        r"approach(?:es)?|intercepts?)|"
        r"(?:approach(?:ed|ing)?|came|coming|flew|flying|sailed|closed) (?:[\w’'-]+ ){0,6}?"
        r"(?:to )?within (?:about |some |roughly |around |just )?"
        r"(?:\d[\d,]* ?|(?:a few|several|a couple of) (?:dozen |hundred )?|a hundred )"
        r"(?:meters|metres|m|feet|ft|yards)\b|"  # ('came within a few dozen metres of'); of a
        # ship or plane: 'within 12 km' of land is not
        r"\bclos(?:ed|ing) (?:in )?to (?:about |some |roughly |around |just )?\d[\d,]* ?"
        r"(?:meters|metres|m|feet|ft|yards)\b",  # 'at one point closing to about 45 meters'
    ),
    (
        # another side's ships or aircraft on the route just told: 'Three Russian ships followed
        # the same route several hours later'
        "same_route",
        r"\b(?:followed|took|used|flew|sailed) (?:the same|a similar|that same) "
        r"(?:[a-z]+ )?(?:route|path|course)\b",  # ('took the same southern path')
    ),
    (
        # earlier incidents of a kind, listed with their dates: 'following drills in the Yellow
        # Sea in April 2012 and off Vladivostok in July 2013', 'Previous violations ... were by
        # a propeller aircraft in December 2012 and by a drone in May 2017'
        "earlier_list",
        r"\b(?:following|after|[Pp]revious|[Pp]ast|[Ee]arlier|[Pp]rior) (?:[\w-]+ ){0,2}?"
        r"(?:drills|exercises|violations|intrusions|incursions|patrols|flights|launches)\b"
        r"(?! (?:of|into)\b)",  # ('previous violations of Japan's airspace' names the kind)
    ),
    (
        # another side that did what the clause before told: 'and in December 2018 Japan said a
        # South Korean destroyer had done the same'
        "did_same",
        r"\b(?:had|has|have) done the same\b|\bdid the same\b|"
        r"\bmade (?:a similar|the same) (?:round[- ])?(?:trip|flight|passage|sortie|voyage)\b"
        r"(?! (?:along|over|near|around|toward|towards|off|to|through|between|from)\b)",
    ),
    (
        # an earlier one of the incident just told, dated where it is named: 'The previous patrol
        # took place in December last year', 'The previous record, 72 hours, was set in December'
        "earlier_one",
        r"(?<!\bwas )(?<!\bis )(?<!\bbe )\b(?:[Tt]he|[Ii]ts|[Tt]heir) "
        r"(?:previous|last|prior|first|latest|most recent) "
        r"(?:(?:such |joint )?(?:one|patrol|flight|exercise|drill|record|intrusion|stay|passage|"
        r"transit|voyage|mission|(?:longest|previous) (?:intrusion|stay))s? )?"
        r"(?:(?:(?!\band (?:it|they|that|this)\b)[^.;]){0,60}? )?"
        r"(?:took place|was held|was set|was recorded|occurred|was conducted|was carried out|"
        r"was staged)\b|"
        r"\b[Tt]he previous (?:record|longest (?:intrusion|stay))\b[^.;]{0,50}? "
        r"(?:set|recorded)(?= (?:in|on|last)\b)",  # '... the previous record of about 72 hours
    ),  # and 45 minutes set in December last year'
    (
        # coast guards that board or enter what another side guards: 'boarded a Taiwanese tourist
        # boat', 'entered the restricted waters off Kinmen'
        "boarding",
        r"\b(?:boarded|seized|detained|captured|impounded) (?:and \w+ )?(?:an? |the )"
        r"(?:[\w.-]+ ){0,3}?(?:boat|vessel|ship|trawler)s?\b|"
        r"\b(?:entered|intruded into|sailed into) (?:the |its |Taiwan['’]s )?(?:restricted|"
        r"prohibited)(?: (?:or|and) (?:restricted|prohibited))? waters\b",
    ),
    (
        # guns and rocket launchers fired from the coast or a ship: 'fired some 90 artillery
        # rounds into waters north of the border', 'coastal artillery fire'
        "artillery",
        r"(?:fired|fires|firing|launched) (?:(?:some|about|around|more than|over|nearly|roughly) )?"
        r"(?:[\d,]+ |dozens of |hundreds of )?(?:artillery |coastal artillery |howitzer )?"
        r"(?:rounds|shells)\b|"
        r"(?:fired|fires|firing) (?:coastal )?artillery\b|"
        r"\bartillery barrages?\b",  # not 'practised artillery firing' in a drill
    ),
    (
        # weapons deployed on islands another state claims: 'had deployed anti-ship missile
        # systems on two islands', 'the Bal coastal defense missile system had been deployed on
        # Kunashiri Island'
        "deployment",
        r"\bdeployed (?:(?:new |its |their |the |two |several )?[\w-]+ ){0,3}?(?:missile|"
        r"air[- ]defen[cs]e|coastal[- ]defen[cs]e) (?:systems?|units?|batteries|launchers)\b"
        r"(?= on )|"  # (not 'deployed missile systems to track them')
        r"\b(?:missile|air[- ]defen[cs]e|coastal[- ]defen[cs]e) (?:systems?|units?|batteries|"
        r"launchers)? ?(?:had been|has been|have been|was|were) deployed (?=on )",
    ),
    (
        "scramble",
        r"(?:fighter jets|fighters|jets|interceptors)"
        r"(?: (?:of|from) (?:the )?[\w-]+(?: [\w-]+){0,5}?)?"  # 'Fighters of the ASDF
        r" (?:were|was|had been) scrambled|"  # Southwestern Air Defense Command were scrambled'
        rf"\b(?:{FIGHTER_TYPE}|Mirage 2000s?)(?:, [^,.;]{{1,80}},)? (?:(?:were|was|had been|"
        r"have been) )?scrambled\b|"  # 'The F-15s, from Naha Air Base in Okinawa Prefecture, had
        # been scrambled in response to three Chinese military aircraft'
        r"(?:fighter jets|fighters|jets|interceptors)(?: (?!not\b|never\b)[\w-]+){0,3} scrambled|"
        r"scrambl(?:ed|es|ing|e) (?:(?!after|before|when|as|while)[\w-]+ ){0,3}?"
        r"(?:fighter|jet|jets|fighters|aircraft|planes)\b|"
        r"(?:sent|send|deployed|dispatched) (?:its |their )?(?:[\w-]+ )?(?:fighter jets|fighters|"
        r"jets)\b|"
        r"intercepted by (?:\w+ ){0,2}(?:fighter|jets|fighters)|"
        r"(?:prompting|triggering|drawing) (?:another |a )?scramble\b",  # '..., prompting another
    ),  # scramble from Chitose'
    (
        "flight",
        r"\b(?:flew|flown|flying|flights?|fly)(?:(?:,| (?:on|in|early|late|again|then|later|also|"
        r"down|up|back|north|south|east|west|northward|southward|eastward|westward|"
        r"northeast|northwest|southeast|southwest|"
        r"twice|once|that|the|same|previous|next|following|"  # ('had flown the previous day from')
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"morning|afternoon|evening|night|day|yesterday|today|overnight|last))(?=[ ,])){0,3}"
        r"(?: together| jointly| in formation|"
        r" for (?:several|many|more than \w+|about \w+|some|nearly \w+|\w+) hours|"  # 'flew for
        # several hours over the East China Sea'
        r"(?: (?!over|near|along|to|from|past|off|the|and|in|by|as)[\w-]+){0,3} (?:loop|circuit|"
        r"route|path|track|course|mission|sortie|patrol)s?)? (?:over|near|along|"
        r"toward|towards|to|from|around|past|off|"
        r"close to|out of)\b|"
        r"\b(?:flew|flown|flying|fly) (?:for (?:about |some |nearly |roughly |around |more than )?"
        r"[\w-]+ (?:minutes|hours) )?(?:(?:about|some|roughly|approximately|around|nearly|"
        r"only|within)(?: about| some| roughly| approximately| around| nearly)? )?"
        r"\d[\d,.]*(?: |-)?(?:km|kilomet(?:er|re)s?|(?:nautical )?miles)\b|"
        r"\bmade (?:a |an |another |the )?(?:similar |second |third |long |rare )?"
        r"(?:trip|flight|sortie|mission) (?:along|over|near|around|toward|towards|off|to)\b|"
        r"\b(?:performed|conducted|carried out) (?:a |an |another )?(?:[\w-]+ ){0,3}?flights? "
        r"(?:of (?:more than |over |about |nearly |some )?[\w-]+ hours? )?"  # 'performed a flight
        r"(?:along|over|near|around|toward|towards|off|to|in)\b|"  # of more than nine hours over
        r"\b(?:flew|flying) in (?:the )?(?:waters|airspace|area|sea) (?:about|some|roughly|"
        r"around|off|near|west|east|north|south|over)\b",  # 'flew in waters about 25 miles west
    ),
)

#: Lower-case words one of which every match of a trigger kind contains (kinds whose
#: matches share no rarer word than their keywords are left out).
_TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "missile_launch": (
        *("launch", "fired", "fires", "firing", "landed", "fell", "fallen", "splashed down"),
        "flew",
        *("passed", "exploded", "tested", "crossed", "overflew", "sent"),
        *("lifted off", "crashed", "failed", "into orbit", "came down", "plunged", "dropped"),
    ),
    "carrier_operations": (
        "liaoning",
        "shandong",
        "fujian",
        "and landings",
        "landings and",
        "flight operations",
        "carrier",
        "took off from",
        "taking off from",
        "launched from",
        "off and land",
        "off or land",
        "off from and land",
        "and recover",
        "off from or land",
    ),
    "joint_patrol": ("joint", "patrol "),
    "joint_naval_exercise": (
        "joint ",
        "northern",
        "north/",
        "north interaction",
        "maritime interaction",
        "maritime/interaction",
        "bilateral",
        "russian-chinese",
        "chinese-russian",
        "sino-russian",
        "held",
        "holding",
        "completed",
        "concluded",
        "wrapped up",
        "finished",
        "conducted",
        "conducting",
        "staged",
        "staging",
        "carried out",
        "carrying out",
        "kicked off",
        "began",
        "started",
        "launched",
        "strait thunder",
        "part in",
        "exercised",
        "repelling",
        *("practised", "practiced", "rehearsed", "worked out"),
        *("sudden", "snap", "surprise", "unscheduled"),
        *("tactical exercise", "tactical drill", "command-staff"),
        "enemy",
        *("torpedo", "artillery firing", "gunnery firing", "artillery shooting"),
        "gunnery shooting",
    ),
    "adiz_entry": (
        "enter",
        "flew into",
        "flying into",
        "crossed into",
        "crossing into",
        "intruded into",
        "entry into",
        "entries into",
        "violated",
        "came into",
        "flew through",
        "flying through",
        "in and out of",
        "adiz entr",
        "adiz incursion",
        "reported",
        "detected",
        "spotted",
        "tracked",
        "flew",
        "flying",
        "operat",
    ),
    "airspace_violation": (
        "violat",
        "intrud",
        "invad",
        "breach",
        "enter",
        "flew into",
        "flying into",
        "airspace violation",
        "airspace incursion",
        "airspace intrusion",
        "violation",
        "intrusion",
        "incursion",
    ),
    "waters": (
        "entered the",
        "entering the",
        "intruded",
        "were in the",
        "remained in the",
        "escorted",
        "led",
        "followed",
    ),
    "scramble": ("scrambl", "sent", "send", "deployed", "dispatched", "intercepted by"),
    "earlier_list": (
        *("drills", "exercises", "violations", "intrusions", "incursions", "patrols"),
        *("flights", "launches"),
    ),
}

TRIGGERS: tuple[tuple[str, CaselessPattern], ...] = tuple(
    (name, CaselessPattern(pattern, _TRIGGER_WORDS.get(name, ())))
    for name, pattern in _TRIGGER_PATTERNS
)

#: A cheap gate per trigger kind: the full pattern runs only where its gate matches.
_GATES: dict[str, re.Pattern[str]] = {
    name: re.compile(gate, re.I)
    for name, gate in (
        ("radar_lockon", r"radar|locked on"),
        (
            "missile_launch",
            r"missile|ICBM|SLBM|IRBM|projectile|satellite|rocket|Hwasong|Taepodong|Musudan|"
            r"Nodong|Pukguksong|Unha|Rodong|Scud|KN-",
        ),
        (
            "carrier_operations",
            r"take-?off|landings|flight operations|carrier|took off|taking off|launche[ds]|"
            r"launching|Liaoning|Shandong|Fujian",
        ),
        ("joint_patrol", r"joint|patrolled|patrol (?:had |has )?(?:begun|began|started)"),
        (
            "joint_naval_exercise",
            r"exercise|drill|maneuvers|manoeuvres|war ?games|Joint Sea|North|Thunder|Sword|"
            r"repelling|inspection|readiness check|practi[cs]ed|rehearsed|worked out|"
            r"carried out (?:a march|electronic)",
        ),
        ("adiz_entry", r"air defen|ADIZ"),
        ("airspace_violation", r"air ?space"),
        ("waters", r"waters"),
        ("zone", r"the (?:same )?zone\b"),
        ("territorial_waters_entry", r"territorial|Japanese waters"),
        ("contiguous_zone_entry", r"contiguous|just outside"),
        ("transit", r"strait|channel|\bpass\b|between|\bgap\b"),
        ("median_line", r"median|the line|that line"),
        ("eez_activity", r"economic zone|EEZ|surveys? in|research in"),
        (
            "presence",
            r"spotted|seen|sighted|photographed|observed|detected|identified|confirmed|circl|tracked|"
            r"deployed|massed|loiter|spent|operat|sail|navigat|cruis|patroll",
        ),
        ("close_approach", r"close|closing|within|approach|intercept"),
        ("artillery", r"artillery|rounds|shells"),
        ("deployment", r"deployed"),
        ("boarding", r"boarded|seized|detained|captured|impounded|restricted|prohibited"),
        ("same_route", r"same|similar"),
        ("did_same", r"the same|a similar"),
        ("earlier_list", r"following|after|previous|past|earlier|prior"),
        (
            "earlier_one",
            r"took place|was held|was set|was recorded|occurred|was conducted|was carried out|"
            r"was staged|previous",
        ),
        ("scramble", r"scrambl|fighter|\bjets\b|intercepted"),
        ("flight", r"flew|flown|flying|flight|flies|\bfly\b|\bmade\b"),
    )
}

STRAIT_WORD = re.compile(
    r"\b(?:straits?|channel|pass|passage|waterway|gap|"
    r"(?<!row )(?<!dispute )(?<!feud )(?<!tension )(?<!tensions )(?<!relations )(?<!ties )"
    r"between\b(?!\s+(?:about\s+)?\d).{0,60}?"
    r"\band|between (?:the )?(?:two|a pair of) (?:[\w-]+ ){0,2}islands)\b",  # (not 'the belt
    # of sea between 12 and 24 nautical miles from the coast'; 'sailed into the Pacific between
    # two Japanese islands')
    re.I,
)
_SHORT_OF = re.compile(r"\b(?:toward|towards|near|approach\w*|close to|off)\b", re.I)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|without|prevent\w*|nor|n't|cannot|could|would|will|may|might|"
    r"neither|none|any|if|stop|halt|avoid|refrain from|prevent)\s+"
    r"|\b(?:none|neither) of (?:the|them|these|those|its|their)?\s*)(?:\w+\s+){0,2}$|"
    r"\bif\s+(?:the |their |its )?(?:\w+\s+){0,2}(?:start|begin|were|was|should|did)\s+$|"
    r"\bif\s+(?:an?|the|its|their|any)\s+(?:[\w-]+\s+){1,3}$|"  # 'what Japan would do if a
    # Chinese drone entered its airspace'

    r"\bfrom\s+$",  # 'kept them from entering', not 'fighters from the carrier directed'
    re.I,
)


@dataclass(frozen=True)
class Trigger:
    """An event trigger in a sentence (offsets relative to the sentence)."""

    kind: str
    start: int
    end: int
    text: str


#: Lowercase keywords that open each trigger kind (a superset of what the patterns match):
#: one Aho-Corasick pass over an article tells which patterns each sentence needs.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "radar_lockon": ("radar", "locked on"),
    "missile_launch": (
        *("missile", "icbm", "slbm", "irbm", "projectile", "satellite", "rocket", "hwasong"),
        *("taepodong", "musudan", "nodong", "pukguksong", "unha", "rodong", "scud", "kn-"),
    ),
    "carrier_operations": (
        "liaoning",
        "shandong",
        "fujian",
        "takeoff",
        "take-off",
        "landings",
        "flight operations",
        "carrier",
        "took off",
        "taking off",
        "launched",
        "launching",
        "launches",
    ),
    "joint_patrol": (
        *("joint", "patrolled", "patrol began", "patrol started"),
        *("patrol had begun", "patrol has begun", "patrol had started", "patrol has started"),
    ),
    "joint_naval_exercise": (
        "exercise",
        "drill",
        "joint sea",
        "thunder",
        "sword",
        "maneuvers",
        "manoeuvres",
        "war game",
        "wargame",
        "repelling",
        "inspection",
        "readiness check",
        "practised",
        "practiced",
        "enemy",
        "torpedo",
        "artillery firing",
        "artillery shooting",
        "gunnery firing",
        "gunnery shooting",
        "rehearsed",
        "worked out",
        "carried out a march",
        "carried out electronic",
        "northern",
        "north/interaction",
        "north interaction",
        "maritime interaction",
        "maritime/interaction",
    ),
    "adiz_entry": ("air defen", "adiz"),
    "airspace_violation": ("airspace", "air space"),
    "waters": ("waters",),
    "zone": ("the zone", "the same zone"),
    "territorial_waters_entry": ("territorial", "japanese waters"),
    "contiguous_zone_entry": ("contiguous", "just outside"),
    "transit": ("strait", "channel", "pass", "between", "gap"),
    "median_line": ("median", "the line", "that line"),
    "eez_activity": ("economic zone", "eez", "surveys in", "survey in", "research in"),
    "presence": (
        *("spotted", "seen", "sighted", "photographed", "observed", "detected", "identified"),
        *("confirmed", "circl", "loiter", "spent", "operat", "sail", "navigat", "cruis"),
        *("patroll", "tracked", "deployed", "massed"),
    ),
    "close_approach": ("close", "closing", "within", "approach", "intercept"),
    "artillery": ("artillery", "rounds", "shells"),
    "deployment": ("deployed",),
    "same_route": ("route", "path", "course"),
    "did_same": ("done the same", "did the same", "made a similar", "made the same"),
    "earlier_list": ("following", "after", "previous", "past", "earlier", "prior"),
    "earlier_one": (
        *("took place", "was held", "was set", "was recorded", "occurred", "was conducted"),
        *("was carried out", "was staged", "previous"),
    ),
    "boarding": (
        *("boarded", "seized", "detained", "captured", "impounded", "restricted", "prohibited"),
    ),
    "scramble": ("scrambl", "fighter", "jets", "intercepted"),
    "flight": ("flew", "flown", "flying", "flight", "flies", "fly", "made"),
}


def keyword_hits(text: str) -> list[tuple[int, frozenset[str]]]:
    """(offset of the keyword's last character, trigger kinds it opens), in text order."""
    return scan_text(text)[0]


_WEAK = frozenset({"flight", "presence"})  # kinds a stronger trigger at the same word beats


def triggers_from_sentence(
    sentence: str, kinds: Set[str] | None = None, lowered: str | None = None
) -> list[Trigger]:
    """Every trigger of ``sentence``, in text order, overlaps resolved (first kind wins).

    ``kinds`` (from :func:`keyword_hits`) limits the patterns tried; by default the sentence's
    own keywords decide. ``lowered``, if given, is ``sentence.lower()`` of a :func:`foldable`
    sentence.
    """
    if kinds is None:
        kinds = {kind for _, found in keyword_hits(sentence) for kind in found}
    if not kinds:
        return []
    found: list[Trigger] = []
    if lowered is None and foldable(sentence):
        lowered = sentence.lower()
    unquoted = _unquoted(sentence)
    bare_lowered = unquoted[0].lower() if unquoted is not None and lowered is not None else None
    for kind, pattern in TRIGGERS:
        if kind not in kinds:
            continue
        spans = (
            pattern.spans(sentence, lowered)
            if unquoted is None
            else _unquoted_spans(pattern, unquoted, bare_lowered)
        )
        for start, end in spans:
            if _negated(sentence, start, lowered):
                continue
            if kind == "transit" and not _through_strait(sentence, start, end, lowered):
                continue
            found.append(Trigger(kind, start, end, sentence[start:end]))
    found.sort(key=lambda t: (t.start, t.kind in _WEAK, -t.end))
    kept: list[Trigger] = []
    stronger: tuple[Trigger, Trigger] | None = None  # a sighting, and an entry inside it
    for trigger in found:
        if kept and trigger.start < kept[-1].end:
            if kept[-1].kind in _WEAK and trigger.kind not in _WEAK and stronger is None:
                stronger = (kept[-1], trigger)
            continue
        if (
            kept
            and kept[-1].kind == "presence"
            and trigger.kind != "presence"
            and not sentence[kept[-1].end : trigger.start].strip()
        ):
            kept[-1] = trigger  # 'were spotted flying south over the Pacific': the flight
            continue
        if (
            kept
            and kept[-1].kind == trigger.kind
            and trigger.start - kept[-1].end < 40
            and not _ANOTHER.search(sentence, kept[-1].end, trigger.start)
        ):
            continue  # 'a joint naval exercise, Northern/Interaction-2023,' is one ('had
            # directed radar at a destroyer and had also "locked on" to a helicopter', two)
        kept.append(trigger)
    if stronger is not None and kept == [stronger[0]]:  # 'have been navigating in the
        return [stronger[1]]  # contiguous zone ... since the morning': the sighting is an entry
    if len(kept) > 1 and "while " in sentence:
        kept = [
            t
            for t in kept
            if t.kind not in _STAYS
            or not t.text.startswith(("was ", "were "))  # (not 'while the Shandong operated
            or not _WHILE_IN_ZONE.search(sentence, 0, t.start)  # in waters near ...')
        ] or kept
    return kept


#: Double quotation marks: a word or name in quotes is read as the word itself ('test-fired a
#: "hypersonic missile"', 'began their annual "Joint Sea" exercise').
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_QUOTES = re.compile(f"[{''.join(_QUOTE_MARKS)}]")


def _unquoted(sentence: str) -> tuple[str, list[int]] | None:
    """``sentence`` without its double quotation marks, and the offset in ``sentence`` of each
    character kept (plus one past the end); None if it has none."""
    if not holds_any(sentence, _QUOTE_MARKS):
        return None
    kept = [index for index, char in enumerate(sentence) if char not in _QUOTE_MARKS]
    kept.append(len(sentence))
    return _QUOTES.sub("", sentence), kept


def _unquoted_spans(
    pattern: CaselessPattern, unquoted: tuple[str, list[int]], lowered: str | None
) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern`` in a sentence read with its quotation marks left out (spans are
    offsets in the sentence, quotation marks inside them kept); ``lowered`` is the text read
    in lower case, if it is foldable."""
    bare, offsets = unquoted
    for start, end in pattern.spans(bare, lowered):
        yield offsets[start], offsets[end - 1] + 1


#: A stay told as the time of another incident: 'a helicopter that had taken off from
#: "Haijing 2303" while the vessel was inside the territorial waters violated ... airspace'.
_STAYS = frozenset({"territorial_waters_entry", "contiguous_zone_entry", "waters", "presence"})
_WHILE_IN_ZONE = re.compile(r"\bwhile (?:the |its |their )?(?:[\w-]+ ){0,2}$")


_ANOTHER = re.compile(r"\b(?:also|again|another|then)\b")

#: Every match of STRAIT_WORD, and of _SHORT_OF, holds one of these (in lower case).
_STRAIT_WORDS = ("strait", "channel", "pass", "waterway", "between", "gap")
_SHORT_OF_WORDS = ("toward", "near", "approach", "close to", "off")


def _through_strait(sentence: str, start: int, end: int, lowered: str | None = None) -> bool:
    """A movement verb with a strait after it ('sailed north in the Tsushima Strait'), not
    short of one ('headed toward the Miyako Strait'). ``lowered`` as for
    :func:`triggers_from_sentence`."""
    if lowered is not None and not holds_any(lowered[start : end + 90], _STRAIT_WORDS):
        return False
    strait = STRAIT_WORD.search(sentence, start, end + 90)
    if strait is not None and strait.start() == start:  # 'passage through the zone is
        strait = STRAIT_WORD.search(sentence, strait.end(), end + 90)  # permitted': the word
    if strait is None:  # itself is not the strait it goes through
        return False
    stop = max(end, strait.start())
    if lowered is not None and not holds_any(lowered[end:stop], _SHORT_OF_WORDS):
        return True
    return not _SHORT_OF.search(sentence, end, stop)


#: Every match of _NEGATION holds one of these (in lower case): a search of a window that
#: holds none can be skipped ('no' covers 'not', 'nor' and 'cannot').
_NEGATION_WORDS = (
    *("no", "never", "n't", "without", "prevent", "from", "none", "neither", "any", "if"),
    *("stop", "halt", "avoid"),
    *("could", "would", "will", "may", "might"),
)


def _negated(sentence: str, start: int, lowered: str | None = None) -> bool:
    """``_NEGATION`` in the 30 characters before ``start``; ``lowered`` as for
    :func:`triggers_from_sentence`."""
    window = sentence[max(0, start - 70) : start]
    if ("no " in window or "No " in window) and _NO_SUBJECT.search(window):
        return True  # 'no Chinese ships were confirmed in the contiguous zone'
    if "whether " in window and _WHETHER.search(window):
        return True  # 'The MND did not say whether any aircraft from the carrier had entered
        # Taiwan's ADIZ': asked, not told
    if " to " in window and _INVITED_TO.search(window):
        return True  # 'has invited warships from outside the region to sail through the
        # Taiwan Strait': what one side asks of another, not what was done
    if (" way to " in window or " for " in window) and _ON_ITS_WAY.search(window):
        return True  # 'the destroyer sailed through the Straits ..., on its way to a joint
        # exercise with the Philippines': the exercise is still ahead
    if lowered is not None and not holds_any(lowered[max(0, start - 30) : start], _NEGATION_WORDS):
        return False
    return bool(_NEGATION.search(sentence[max(0, start - 30) : start]))


_ON_ITS_WAY = re.compile(
    r"\b(?:on (?:its|their|the) way (?:to|for)|bound for|headed for|heading for) "
    r"(?:an? |the |another )?(?:[\w-]+ ){0,3}$"
)


#: An open question: 'did not say whether any aircraft ... had entered', 'asked whether'.
_WHETHER = re.compile(r"\bwhether (?:or not )?(?:[\w’'-]+ ){0,12}?$")  # ('whether it is a North
# Korean submarine or a Chinese task force passing through the Korea Strait': a case supposed)
#: A request or an invitation to act: 'invited warships ... to sail', 'urged Japan to'.
_INVITED_TO = re.compile(
    r"\b(?:invit|urg|ask|encourag|press|allow|permitt?|call(?:ed|s|ing)? on|want)(?:e|es|ed|ing|s)?"
    r" (?:[\w-]+ ){1,8}?to (?:\w+ )?$"
)


#: A subject no ship or aircraft fills: 'no Chinese ships were confirmed in'.
_NO_PLATFORM = (
    r"(?:[\w-]+ ){0,2}(?:ships?|vessels?|boats?|aircraft|planes?|drones?|bombers?|warships?|"
    r"fighters?)"
)
_NO_SUBJECT = re.compile(
    rf"\b[Nn]o {_NO_PLATFORM}(?: or {_NO_PLATFORM})? (?:(?:were|was|had been|have been|has been) "
    r"(?:[\w-]+ ){0,4})?$"  # 'No PLA aircraft or vessel entered our territorial airspace'
)


# --- sentences that hold no incident ----------------------------------------------------------

#: (words one of which every match contains, pattern): the parts of :data:`SKIP_SENTENCE`.
_SKIP_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    # a correction's account of what an earlier version got wrong: 'CORRECTION: An earlier
    # version of this story said three Russian bombers were involved'
    (("earlier version", "previous version"), r"\b(?:earlier|previous) versions? of this\b"),
    (
        ("time",),
        r"\b(?:it|this|that) (?:was|is|marked|marks) (?:only |just |also )?(?:the|its|their) "
        r"(?:\w+ )?(?:first|second|"
        r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|only) "
        r"(?:\w+ )?time\b(?![^.]*, when\b)",  # (not '..., following the flight on June 6, when
        # four aircraft from each country entered the zone')
    ),
    (("days", "occasions"), r"\bon \d[\d,]* (?:days|occasions)\b"),
    (
        ("of times", "times a year"),  # 'scrambles fighters hundreds of times a year'
        r"\b(?:hundreds|dozens|thousands|scores) of times\b|\btimes a year\b",
    ),
    (
        # a kind of act judged, not an act told: '"Violation of Japan's airspace by foreign
        # reconnaissance balloons is totally unacceptable," Matsuno said'
        ("unacceptable", "intolerable", "illegal", "not acceptable"),
        r"^\W*(?:[Vv]iolations?|[Ii]ntrusions?|[Ii]ncursions?|[Ee]ntr(?:y|ies)) (?:of|into) "
        r"[^.;]{0,100}? (?:is|are) (?:\w+ )?(?:unacceptable|intolerable|illegal|not acceptable)\b",
    ),
    (
        ("accounted for", "numbered", "a record", "innocent passage"),
        r"\baccounted for \d|\bnumbered \d|"
        r"\ba record (?:high|\d[\d,.]*\s*(?:days|times|flights|sorties|scrambles|trillion|"
        r"billion|yen|percent|%))|"
        r"\b(?:allowed|permits?|entitled to|enjoys?) (?:to |the right of )?innocent "
        r"passage\b",  # the law in general, not 'exercising the right of innocent passage'
    ),
    (("days",), r"\b\d[\d,]* (?:consecutive|straight|separate) days\b"),
    # a release's tally of the year's cases: '(1) Chinese research vessels confirmed conducting
    # activities without consent in Japan's EEZ this year: 3 (including this one)'
    (("including this one",), r"\(including this one\)"),
    # trade through a strait, not ships of a side: 'most of its liquefied natural gas imports
    # from Australia and the Middle East pass through the Bashi Channel'
    (
        ("imports", "exports", "crude", "cargo", "trade", "commerce"),
        r"\b(?:imports|exports|crude(?: oil)?|cargo(?:es)?|trade|commerce)\b[^.;]{0,80}?"
        r"\b(?:pass(?:es)?|flows?|moves?|travels?|transits?)\b",
    ),
    # a reader's reference to an earlier story by its headline: 'In reference to the March 1
    # article "Russian destroyer, tankers pass through Tsushima Strait":'
    (
        ("article", "report", "story", "headline", "editorial", "column"),
        r"\b(?:article|report|story|headline|editorial|column),? (?:titled |headlined |entitled "
        r"|headed )?[\"“][^\"”]{5,160}[\"”][:.,]?\s*$",
    ),
    (
        ("rose by", "fell by", "increased by", "decreased by", "dropped by", "up by", "down by"),
        r"\b(?:rose|fell|increased|decreased|dropped|up|down) by (?:about |some )?\d[\d,]* "
        r"(?:from|to|on|over)\b",  # 'Scrambles against Chinese aircraft rose by 37 from the
    ),  # previous year to 675': a year's tally
    # the law of the sea in general: 'Foreign submarines are required under the convention'
    (("required", "obliged"), r"\b(?:are|is) (?:required|obliged) (?:under|by|for)\b"),
    # a tally of the case just told: 'The coast guard says this is the fifth case this year
    # of a Chinese vessel apparently conducting a survey in Japan's EEZ without consent'
    (
        tuple(
            f"{subject} {verb} the"
            for subject in ("this", "it")
            for verb in ("is", "was", "marks", "marked")
        ),
        r"^\W*(?:[\w’' ]{0,40}\b(?:says|said) (?:that )?)?(?:[Tt]his|[Ii]t) "
        r"(?:is|was|marks|marked) the \w+ (?:such )?(?:case|incident|intrusion|violation|"
        r"entry|sighting)s? (?:so far )?(?:this|of the|in the) (?:year|month)\b(?![^.]*, when\b)",
    ),
    (("photo",), r"(?<!\()\bphoto\b(?! \d)|\bfile photo\b"),  # a caption; not a release's
    # '... turned back to the north (photo 3).'
    (("[",), r"\[\s*(?:chart|map|graphic|track chart|figure|image)s?\b"),  # '[Chart labels: ...]'
    (("[",), r"\[\d+/\d+\]"),  # '[1/3] People watch a TV broadcasting ...': a photo caption

    (("(ap photo",), r"\(AP Photo\b"),
    # a condition and what may follow it: 'If Beijing and Moscow turn these patrols into a
    # fixture ..., the next step may be a flight that crosses into the airspace over Dokdo'
    (("if ",), r"^\W*(?:Q\b[^:]{0,40}:\s*)?If\b[^.;]*\b(?:may|might|could|would)\b"),  # (and a
    # question put so: 'Q (Sen. Kato, LDP): If a Chinese military drone entered Japanese
    # airspace and ignored warnings, could the ASDF shoot it down?')
    # a period's summary: 'In the first half of the year, Chinese military aircraft pushed
    # further into the Sea of Japan ..., and North Korea's missiles fell ... twice'
    (("half of",), r"\b(?:in|during|over) the (?:first|second) half of (?:the|this|last) year\b"),
    # a yes/no question asserts nothing: 'Q: Have Chinese military aircraft violated Japanese
    # airspace?' (a 'why did ...' question takes the event as told, and is kept)
    (
        ("?",),
        r"^\W*(?:Q\s*[:.]\s*)?(?:Have|Has|Had|Did|Do|Does|Is|Are|Was|Were|Will|Would|Could|Can|"
        r"Should|Might|May)\b[^?]*\?\W*$",
    ),  # a caption; "SEOUL (AP) -" opens a report
    (("times",), r"\d[\d,]* times\b"),
    (  # 'have flown to the Pacific through the Miyako Strait several times in the past year'
        ("times",),
        r"\b(?:several|many|multiple|numerous|a number of) times (?:(?:in|over|during) the "
        r"(?:past|last)|this (?:year|month)|since|so far|last (?:year|month))\b",
    ),
    (("number of scrambles",), r"number of scrambles"),
    # a share of a tally: 'scrambles against Chinese aircraft still made up 63 percent of the
    # total'
    (("of the total", "of all"), r"\b(?:percent|per cent|%) of (?:the total|all)\b"),
    (("fiscal",), r"\bfiscal (?:year )?20\d\d\b"),
    (
        ("white paper", "budget", "video"),
        r"\bwhite paper\b|\bbudget\b|\bvideo (?:call|meeting|conference)\b",
    ),
    (
        ("conduct", "hold", "stage", "carry out"),
        r"(?<!where it )(?<!where they )"  # (not 'sailed through the Miyako Strait on Tuesday
        r"\b(?:will|would|plans? to|planning to|intends? to|could|may|might) (?:\w+ ){0,2}"
        r"(?:conduct|hold|stage|carry out)\b",  # to the West Pacific, where it will conduct
    ),  # far-seas training': what follows the passage)
)


class CaselessAlternatives(CaselessPattern):
    """A :class:`CaselessPattern` made of top-level alternatives, each with its own words:
    :meth:`found` (whether it matches anywhere) tries only the parts whose words occur."""

    def __init__(self, parts: tuple[tuple[tuple[str, ...], str], ...]) -> None:
        super().__init__("|".join(source for _, source in parts))
        self.words = tuple(dict.fromkeys(word for words, _ in parts for word in words))
        self.parts = tuple(CaselessPattern(source, words) for words, source in parts)

    def found(self, text: str, lowered: str | None = None) -> bool:
        """Whether the pattern matches anywhere in ``text`` (``lowered`` as for :meth:`search`)."""
        if lowered is None:
            if not foldable(text):
                return self.regex.search(text) is not None
            lowered = text.lower()
        present = [word for word in self.words if word in lowered]
        return bool(present) and any(
            any(word in present for word in part.words) and part._first(lowered, 0) is not None
            for part in self.parts
        )


SKIP_SENTENCE = CaselessAlternatives(_SKIP_PARTS)

#: A habit, not an event: kept only with a date of its own.
HABITUAL = CaselessPattern(
    r"\b(?:repeatedly|routinely|regularly|frequently|often|increasingly|in recent (?:years|months|"
    r"weeks)|"
    r"on a (?:daily|weekly|monthly) basis|on most days|almost (?:daily|every day)|"
    r"from time to time|"
    r"time and again|every (?:day|week|month|year)|on all (?:\w+ )?days|all week|"
    r"(?:a|the) (?:growing|rising|increasing) (?:share|number|proportion)|an increasing number|"
    r"(?:most|many|some|all|none) of (?:the|these|those|its|their) (?:\w+ )?(?:flights|sorties|"
    r"patrols|passages|transits|incursions|intrusions|entries|launches|scrambles)|"
    r"fewer (?:[\w-]+ ){0,2}?(?:flights|sorties|patrols|passages|transits|incursions|"
    r"intrusions|entries|launches|ships|vessels|aircraft)|"  # 'fewer Chinese flights over'
    r"(?:now |also )?tends? to|"
    r"\bfrequent (?:[\w-]+ ){0,2}?(?:flights|sorties|patrols|passages|transits|incursions|"
    r"intrusions|entries|launches)|"  # 'the frequent transits of US warships and aircraft'
    r"\b(?:each|every) (?:[\w-]+ )?(?:flight|sortie|patrol|passage|incursion|scramble)\b)\b",
    (  # ('Each Chinese flight near the Senkakus now tends to involve more aircraft', 'Every
        # scramble means two fighters ... on alert')
        "tend",
        "each ",
        "fewer",
        "all ",
        "growing",
        "rising",
        "increasing",
        " of the",
        " of these",
        " of those",
        " of its",
        " of their",
        "repeatedly",
        "routinely",
        "regularly",
        "frequent",
        "often",
        "increasingly",
        "in recent",
        "basis",
        "most days",
        "almost",
        "time",
        "every",
    ),
)

BACKGROUND_CUE = CaselessPattern(
    r"\b(?:previous(?: ones)?(?! (?:day|night|morning|afternoon|evening)\b)|earlier ones|"
    r"prior(?! (?:notice|notification|approval|consent|warning|permission|to\b))|"
    r"(?:days|weeks|months|hours|a day|a week|shortly|just|soon) after|"
    r"came (?:(?:just |only |about |some )?(?:a|an|one|two|three|four|five|six|\d+) "
    r"(?:days?|weeks?|months?) )?after|follows an? \w+|following an? \w+ on|"
    r"in the past|last time|the same as the ships)\b",
    (
        "previous",
        "earlier ones",
        "prior",
        "came ",
        " after",
        "follows",
        "following",
        "in the past",
        "last time",
        "the same as the ships",
    ),
)

REPORT_VERB = re.compile(
    r"\b(?:said|says|announced|announces|told|reported|reports|stated|released|briefed|confirmed|"
    r"added|noted|issued|published|according|statement|news conference|press conference|"
    r"briefing)\b",
    re.I,
)

# --- actors ----------------------------------------------------------------------------------

_ACTOR_NAMES: tuple[tuple[str, str], ...] = (
    (
        "CN",
        r"China Coast Guard|Chinese Coast Guard|China's coast guard|CCG|"
        r"People's Liberation Army(?: Navy| Air Force)?|"
        r"(?:Eastern|Southern|Northern|Western|Central) Theat(?:er|re) Command|"
        r"PLAN|PLAAF|PLA|Chinese|China|Beijing|Sino",
    ),
    ("RU", r"Russian Pacific Fleet|Pacific Fleet|Russian|Russia|Moscow|Russians"),
    (
        "JP",
        r"Japan Air Self-Defen[cs]e Force|Air Self-Defen[cs]e Force|Maritime Self-Defen[cs]e Force|"
        r"Self-Defen[cs]e Forces?|JASDF|JMSDF|ASDF|MSDF|SDF|Japanese|Japan|Tokyo",
    ),
    ("KR", r"Republic of Korea|South Korean|South Korea|S\. Korean|S\. Korea|ROK|Seoul"),
    ("KP", r"Democratic People['’]s Republic of Korea|North Korean|North Korea|N\. Korean|DPRK|"
     r"Pyongyang"),
    ("US", r"U\.S\.|US|U\.S|American|United States|Washington"),
    ("TW", r"Taiwanese|Taiwan"),
)
ACTOR = re.compile(
    "|".join(f"(?P<{code}>(?<!\\w)(?:{names})(?!\\w))" for code, names in _ACTOR_NAMES)
)
ADVERSARIES = frozenset({"CN", "RU", "KP"})
#: The first letters of every name above: an actor mention can only begin at one of them.
_ACTOR_STARTS = re.compile(r"[ABCDEJMNPRSTUW]")
_ACTOR_INITIALS = frozenset("ABCDEJMNPRSTUW")
_US_FOLLOWED = re.compile(r"\s*(?:and|[A-Z-]|\w+\s+(?:forces|military|navy))")
_US_PRECEDED = re.compile(r"(?:and|the)\s*$")
_SELF_DEFENCE = re.compile(r"Self-Defen|SDF")
_WATCHING_AFTER = re.compile(
    r"^[\w\s,’'-]{0,60}?\b(?:monitor\w*|track\w*|watch\w*|shadow\w*|spotted|detected|"
    r"confirmed)\b"
)
_AIR_FORCE_AFTER = re.compile(r"^(?:[’']s)?\s*Air Force")

#: An actor mention followed by one of these is a reporter, a zone owner or a target, not the actor.
_NOT_ACTOR_AFTER = re.compile(
    r"^(?:[’']s)?\s*(?:(?!\w+ed\b|were\b|was\b|have\b|has\b|had\b|are\b|is\b|"
    r"and\b)[\w-]+\s+){0,2}?(?:Ministry|ministry|(?:government|Government)(?! (?:ships?|vessels?|"
    r"boats?))|Joint Staff|"
    r"Joint Chiefs|said|says|reported|announced|denounced|condemned|critici[sz]ed|decried|"
    r"spokes\w*|officials?|media|Minister|minister|Prime|"
    r"President|ambassador|Cabinet|"
    r"territorial|waters|airspace|air space|air defen[cs]e|ADIZ|EEZ|exclusive economic|islands?|"
    r"Islands?|"
    r"Island|archipelago|side|Foreign|foreign|embassy|press|Coast Guard(?! (?:vessels?|ships?|"
    r"boats?))|"
    r"counterparts?|leaders?|Defen[cs]e Ministry|main island|mainland|coast(?! guard)\b|territory|"
    r"claims?|"
    r"sovereignty|news|military officials|Air Force (?:to|in)|security|soil|fishing)",
)
#: 'said it had test-fired', 'said its forces conducted': the speaker as the one that acted.
_SAID_IT = re.compile(r" said (?:that )?(?:it|its) (?:had |has |have )?(?:[\w-]+ ){0,2}?[\w-]+ed\b")
_NOT_ACTOR_BEFORE = re.compile(
    r"(?:according to (?:the )?|mainland |against (?:the )?|toward(?:s)? (?:the )?|near (?:the )?|"
    r"off (?:the )?|"
    r"around (?:the )?|into (?:the )?|to (?:the )?|coast of (?:the )?|waters of (?:the )?|"
    r"islands? of (?:the )?|told (?:the )?|in (?:the )?|responses? to (?:the )?|"
    r"(?:north|south)(?:east|west)? of (?:the )?|(?:east|west) of (?:the )?|"
    r"(?:border|frontier|boundary) with (?:the )?)$",  # 'from Jagang province near the border
    re.I,  # with China'
)
_RESPONDER = re.compile(
    r"^(?:[’']s)?\s*(?:\w+\s+){0,2}?(?:Self-Defen[cs]e|SDF|MSDF|ASDF|Air Force|fighter|fighters|"
    r"jets|"
    r"patrol|destroyers? JS|military scrambled|armed forces|(?:scrambled|sent|dispatched) "
    r"(?:its |\w+-?\d+ )?(?:fighter|jets|interceptors))",  # 'Japan sent F-15 fighters'
)


@dataclass(frozen=True)
class ActorMention:
    code: str
    start: int
    end: int
    role: str  # "actor", "reporter" (reporter/owner/target), "responder"


def actor_mentions(sentence: str, starts: Sequence[int] | None = None) -> list[ActorMention]:
    """Actor mentions of a sentence, each classed as actor, reporter/owner/target or responder.
    ``starts``, if given, holds every offset where a name can begin (see :class:`Openings`)."""
    mentions: list[ActorMention] = []
    found = (
        anchored_finditer(ACTOR, _ACTOR_STARTS, sentence)
        if starts is None
        else matches_at(ACTOR, sentence, starts)
    )
    for match in found:
        code = match.lastgroup or ""
        start, end = match.span()
        after = sentence[end : end + 60]
        before = sentence[max(0, start - 20) : start]
        if after.startswith((" Sea", " Strait")) or before.endswith(("Sea of ", "South ", "East ")):
            continue
        name = match.group()
        if name == "US" and not _US_FOLLOWED.match(after) and not _US_PRECEDED.search(before):
            continue
        if (
            code == "JP"
            and _SELF_DEFENCE.search(name)
            or code not in ADVERSARIES
            and _watching(after)
        ):
            role = "responder"
        elif code in ADVERSARIES and after.startswith(" said it") and _SAID_IT.match(after):
            role = "actor"  # 'China said it had test-fired an intercontinental ballistic
            # missile': the side tells of what it did
        elif _NOT_ACTOR_AFTER.match(after) or _not_actor_before(before):
            role = "reporter"
            if _AIR_FORCE_AFTER.match(after):
                role = "responder" if code not in ADVERSARIES else "actor"
        elif _RESPONDER.match(after):
            role = "responder" if code not in ADVERSARIES else "actor"
        else:
            role = "actor"
        mentions.append(ActorMention(code, start, end, role))
    return mentions


#: Every match of _WATCHING_AFTER holds one of these.
_WATCHING_WORDS = ("monitor", "track", "watch", "shadow", "spotted", "detected", "confirmed")
#: What ASCII text ends with (in lower case) where _NOT_ACTOR_BEFORE matches: its last words
#: ('according to' and 'responses to' end as 'to' does), with or without 'the'.
_NOT_ACTOR_BEFORE_ENDS = tuple(
    words + tail
    for words in (
        "mainland",
        "against",
        "toward",
        "towards",
        "near",
        "off",
        "around",
        "to",
        "coast of",
        "waters of",
        "island of",
        "islands of",
        "told",
        "in",
        *("north of", "south of", "east of", "west of", "northeast of", "northwest of"),
        *("southeast of", "southwest of"),
        *("border with", "frontier with", "boundary with"),
    )
    for tail in (" ", " the ")
)


def _watching(after: str) -> bool:
    """``_WATCHING_AFTER.match(after)``, looked for only where one of its words occurs."""
    return holds_any(after, _WATCHING_WORDS) and bool(_WATCHING_AFTER.match(after))


def _not_actor_before(before: str) -> bool:
    """``_NOT_ACTOR_BEFORE.search(before)``: for ASCII text, whether it ends (or ends before
    a final newline, as ``$`` allows) with one of the pattern's endings."""
    if not before.isascii():
        return _NOT_ACTOR_BEFORE.search(before) is not None
    lowered = before.lower()
    return lowered.endswith(_NOT_ACTOR_BEFORE_ENDS) or (
        lowered.endswith("\n") and lowered[:-1].endswith(_NOT_ACTOR_BEFORE_ENDS)
    )


def ordered_codes(codes) -> tuple[str, ...]:
    """Actor codes in the fixed order CN, RU, KP, then the others, without duplicates."""
    order = ("CN", "RU", "KP", "JP", "KR", "US", "TW")
    present = set(codes)
    return tuple(code for code in order if code in present)


# --- assets ----------------------------------------------------------------------------------

#: Platform designators by family: the pattern of its designators, the openings (lower case) that
#: every one of them begins with, the side that flies or sails it (JP and US: Japan's and its
#: allies' own; None: flown by both sides) and its domain. ASSET, the openings of assets, the
#: actor of a designator, allied platforms and the domain of a platform are all read from it.
_FAMILIES: tuple[tuple[str, tuple[str, ...], str | None, str], ...] = (
    (r"Tu-95MS|Tu-95|Tu-142|Tu-22M3|Tu-22|Tu-160", ("tu-",), "RU", "air"),
    (r"H-6K|H-6J|H-6N|H-6", ("h-6",), "CN", "air"),
    (r"J-16|J-15|J-11|J-10|J-20", ("j-",), "CN", "air"),
    (r"Y-9|Y-8|Y-20", ("y-",), "CN", "air"),
    (r"KJ-500|KJ-200|KJ-2000", ("kj-",), "CN", "air"),
    (r"Il-38N?|Il-20|Il-78|I[Il]-\d\d", ("il-", "ii-"), "RU", "air"),  # 'II-38': a misread Il-38
    (r"Su-24|Su-34", ("su-24", "su-34"), "RU", "air"),
    (r"Su-35S?|Su-30|Su-27", ("su-",), None, "air"),  # (China's air force flies them too)
    (r"A-50U?", ("a-50",), "RU", "air"),
    (r"An-12|An-26", ("an-",), "RU", "air"),
    (r"TB-001|WZ-7|WZ-10|BZK-005|GJ-2", ("tb-001", "wz-", "bzk-", "gj-"), "CN", "air"),  # drones
    (r"B-52H?|B-1B|F-16|F/A-18", ("b-", "f-16", "f/a-"), "US", "air"),
    (r"F-15J?|F-35A?|P-1|P-3C|E-767", ("f-15", "f-35", "p-", "e-"), "JP", "air"),
    (r"Z-9|Z-18|Z-20", ("z-",), "CN", "air"),
    (r"Ka-27|Ka-29", ("ka-",), "RU", "air"),
    (r"Mi-8(?:AMTSh)?|Mi-17|Mi-171|Mi-24", ("mi-",), None, "air"),  # (flown by both sides)
    (r"Type 0\d\d[A-Z]?", ("type 0",), "CN", "sea"),
)
#: A variant's letters after the designator: 'Tu-142MZ', 'Su-30SM', 'Y-9JB', 'J-16D', 'Il-20M'.
_VARIANT = r"(?:[A-Z]{1,3}\d?)?"
_DESIGNATORS = "|".join(pattern for pattern, _, _, _ in _FAMILIES)
_DESIGNATOR = re.compile(f"(?:{_DESIGNATORS}){_VARIANT}")
#: Designators of Japan's and its allies' own aircraft: they watch, they are not watched.
_ALLIED = re.compile(
    "(?:" + "|".join(p for p, _, actor, _ in _FAMILIES if actor in ("JP", "US")) + ")"
)


def allied(asset: str) -> bool:
    """Whether ``asset`` is one of Japan's or its allies' aircraft by designator."""
    return _ALLIED.fullmatch(asset) is not None


def designators(assets: Iterable[str]) -> frozenset[str]:
    """The platforms among ``assets`` named by their designators ('Tu-95', 'Il-38')."""
    return frozenset(asset for asset in assets if _DESIGNATOR.fullmatch(asset))
_DESIGNATOR_OPENINGS = tuple(o for _, openings, _, _ in _FAMILIES for o in openings)


def _opening_of(actor: str | None = None, domain: str | None = None) -> re.Pattern[str]:
    """A designator of that side's (or that domain's) families, by its opening."""
    openings = [
        o
        for _, family_openings, family_actor, family_domain in _FAMILIES
        if (actor is None or family_actor == actor) and (domain is None or family_domain == domain)
        for o in family_openings
    ]
    return re.compile(f"^(?:{'|'.join(map(re.escape, openings))})", re.I)


_CARRIERS = r"Liaoning|Shandong|Fujian"
CARRIER_NAMES = frozenset(_CARRIERS.split("|"))  # China's carriers, named as assets


def carriers_fit(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of assets may be one incident's: not when each names a carrier and no
    carrier is in both (the Liaoning's operations are not the Shandong's)."""
    carriers_a, carriers_b = CARRIER_NAMES.intersection(a), CARRIER_NAMES.intersection(b)
    return not carriers_a or not carriers_b or bool(carriers_a & carriers_b)
_GENERIC_ASSETS = (
    r"strategic bombers?|bombers?|fighter jets?|fighters?|jet fighters?|warplanes?|"
    r"reconnaissance (?:aircraft|planes?)|spy planes?|early[- ]warning (?:and control )?aircraft|"
    r"surveillance aircraft|patrol aircraft|transport aircraft|helicopters?|drones?|UAVs?|"
    r"unmanned aerial vehicles?|balloons?|aircraft carriers?|carriers?|"
    r"(?:guided-missile )?destroyers?|frigates?|corvettes?|warships?|submarines?|"
    r"(?:coast guard|CCG) (?:vessels?|ships?|boats?)|tank landing (?:ships?|vessels?)|"
    r"landing ships?|"
    r"survey ships?|supply (?:ships?|vessels?)|minesweepers?|missile boats?|naval vessels?|"
    r"navy (?:ships?|vessels?)|(?:ballistic |cruise )?missiles?|military aircraft|military planes?|"
    r"aircraft|planes?|vessels?|ships?|boats?"
)
ASSET = re.compile(
    rf"(?<![\w-])(?P<designator>(?:{_DESIGNATORS}){_VARIANT})(?:s|[’']s)?(?![\w-])|"  # 'Tu-95s'
    rf"(?P<carrier>\b(?:{_CARRIERS})\b)|"
    rf"(?P<generic>\b(?<![Aa]nti-)(?i:{_GENERIC_ASSETS})\b)",  # ('Balloon 1 was detected'; not
)  # 'anti-submarine aircraft')
_WEAK_GENERIC = frozenset(
    {
        "aircraft",
        "plane",
        "planes",
        "vessel",
        "vessels",
        "ship",
        "ships",
        "boat",
        "boats",
        "carrier",
        "carriers",
        "military aircraft",
        "military plane",
        "military planes",
    }
)


_CARRIER_BEFORE = re.compile(r"(?:carrier|flattop|[Tt]he)\s+$")
_CARRIER_AFTER = re.compile(r"[’']?s?\s*(?:carrier|strike group|group|task force|-led|and)")


def assets_from_text(
    text: str, skip: Sequence[tuple[int, int]] = (), starts: Sequence[int] | None = None
) -> tuple[str, ...]:
    """Platforms as written (designators, carrier names, generic platform nouns), deduplicated.
    ``starts``, if given, holds every offset where an asset can begin (see :class:`Openings`)."""
    specific: dict[str, None] = {}
    generic: dict[str, None] = {}
    matches = ASSET.finditer(text) if starts is None else matches_at(ASSET, text, starts)
    found = [m for m in matches if not any(a <= m.start() < b for a, b in skip)]
    for match in found:
        if match.lastgroup == "designator":
            specific.setdefault(match.group("designator"), None)  # 'Tu-95s': a Tu-95
        elif match.lastgroup == "carrier":
            if _CARRIER_BEFORE.search(
                text[max(0, match.start() - 12) : match.start()]
            ) or _CARRIER_AFTER.match(text[match.end() : match.end() + 15]):
                specific.setdefault(match.group(), None)
        else:
            word = match.group().lower()
            if word not in _WEAK_GENERIC:
                generic.setdefault(word, None)
    if not generic and not specific:
        for match in found:
            if match.lastgroup == "generic":
                generic.setdefault(match.group().lower(), None)
                break
    return tuple(specific) + tuple(g for g in generic if not _covered(g, specific))


_AIR_ASSET = re.compile(
    r"aircraft|plane|bomber|jet|fighter|drone|UAV|unmanned|helicopter|balloon", re.I
)
_AIR_DESIGNATOR = _opening_of(domain="air")
_SEA_ASSET = re.compile(
    rf"ship|vessel|carrier|destroyer|frigate|corvette|submarine|boat|minesweeper|{_CARRIERS}", re.I
)
_SEA_DESIGNATOR = _opening_of(domain="sea")
#: The side of a designator or a carrier ('Type 054A': CN; 'Ka-27': RU), as (pattern, code).
ASSET_ACTOR = (
    (_opening_of("CN"), "CN"),
    (re.compile(rf"^(?:{_CARRIERS})\b"), "CN"),
    (_opening_of("RU"), "RU"),
)


_COAST_GUARD = re.compile(r"\b(?:[Cc]oast [Gg]uard|CCG|[Mm]arine [Ss]urveillance)\b")
_NAVY = re.compile(
    r"\b(?:[Nn]avy|[Nn]aval|PLAN|[Ff]rigates?|[Dd]estroyers?|[Ww]arships?|[Cc]orvettes?)\b"
)


def _may_name_a_guard(text: str) -> bool:
    """A cheap gate before :data:`_COAST_GUARD`: every match holds one of these."""
    return "uard" in text or "CCG" in text or "urveillance" in text


def _service(text: str) -> str | None:
    """'coast guard' or 'navy' if ``text`` names ships of that one service, else None."""
    guard = _may_name_a_guard(text) and _COAST_GUARD.search(text) is not None
    navy = _NAVY.search(text) is not None
    return None if guard == navy else ("coast guard" if guard else "navy")


def other_services(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (clauses, or an incident's assets joined) name ships of two
    services, one the navy's and one the coast guard's: 'a Chinese navy frigate' is not one
    of the coast guard ships."""
    if not (_may_name_a_guard(a) or _may_name_a_guard(b)):
        return False  # (no coast guard named: the two cannot be of different services)
    first = _service(a)
    return first is not None and _service(b) not in (None, first)


def asset_domains(assets) -> frozenset[str]:
    """'air' and/or 'sea': what kind of platforms an incident names."""
    domains: set[str] = set()
    for asset in assets:
        domains.update(_asset_domain(asset))
    return frozenset(domains)


@lru_cache(maxsize=4096)
def _asset_domain(asset: str) -> frozenset[str]:
    """The domains of one platform as written (remembered: the same few recur)."""
    domains = set()
    if (
        _AIR_ASSET.search(asset) or _AIR_DESIGNATOR.match(asset)
    ) and not re.search(r"aircraft carrier", asset, re.I):
        domains.add("air")
    if _SEA_ASSET.search(asset) or _SEA_DESIGNATOR.match(asset):
        domains.add("sea")
    return frozenset(domains)


def _covered(generic: str, specific: dict[str, None]) -> bool:
    return (
        bool(specific)
        and generic in {"bombers", "bomber", "strategic bombers", "strategic bomber"}
        and any(s.startswith(("H-6", "Tu-")) for s in specific)
    )


# --- counts ----------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a pair of": 2,
    "one": 1,
    "a single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "dozen": 12,
    "a dozen": 12,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_PLATFORM = (
    r"(?:aircraft|planes?|warplanes?|bombers?|fighters?|jets?|drones?|UAVs?|helicopters?|vessels?|"
    r"ships?|"
    r"warships?|destroyers?|frigates?|corvettes?|submarines?|boats?|balloons?|missiles?)"
)
_COUNT_GROUP = CaselessPattern(
    rf"(?<![\w.,:-])(?<!Type )(?<!Project )(?P<n1>{_NUMBER})"
    rf"(?: (?P<mid>(?!(?:day|time|week|month|year|hour|night)s?\b)[A-Za-z.-]+"
    rf"(?: [A-Za-z.-]+)?))?(?:,| and) (?P<n2>{_NUMBER})"  # (not 'in a single day, ten')
    rf" (?:[\w.-]+ ){{0,4}}?{_PLATFORM}\b(?! (?:take-?offs?|landings?|sorties|times))|"
    rf"(?<![\w.,:-])(?<!Type )(?<!Project )(?:(?:a )?total of )?(?P<n>{_NUMBER}) "
    rf"(?:(?!take-?offs?|landings|times|sorties|km|kilometers|miles|such|"
    rf"operations)[\w.’'-]+ ){{0,4}}?"
    rf"{_PLATFORM}\b"
    rf"(?! (?:take-?offs?|landings?|sorties|times))(?P<each> from each (?:country|side|nation))?",
)


_FROM_EACH = re.compile(r" from each (?:country|side|nation)")
_AND_MORE = re.compile(rf" and (?P<m>{_NUMBER}) (?:[\w.-]+ ){{0,3}}?{_PLATFORM}\b", re.I)
_AFTER_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$")
_DAY_BEFORE_MONTH = re.compile(
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)


#: The part after a whole: 'Of the 21 aircraft, 13 crossed ...'.
_PART_COUNT = re.compile(r"[^,.;]{0,40}?,\s*(?P<k>\d{1,3})\s+(?=[a-z])")


def count_from_text(text: str, n_actors: int, lowered: str | None = None) -> int | None:
    """The number of platforms: '4 Chinese and 15 Russian aircraft' is 19, 'two aircraft from each
    country' is two times the number of actors; the first stated group wins. ``lowered``, if
    given, is ``text.lower()`` of a :func:`foldable` text."""
    position = 0
    if lowered is None and foldable(text):
        lowered = text.lower()
    while (match := _count_match(text, lowered, position)) is not None:
        position = match.start() + 1
        if text[match.start()].isdigit() and (
            _AFTER_MONTH.search(text, max(0, match.start() - 12), match.start())
            or _DAY_BEFORE_MONTH.match(text, match.start())
        ):
            continue  # 'April 1, three aircraft', 'On 19 November two Tu-95 bombers flew': a
            # date, then a count
        if text[max(0, match.start() - 7) : match.start()].lower() == "of the ":
            part = _PART_COUNT.match(text, match.end())  # 'Of the 21 aircraft, 13 crossed
            if part is not None:  # the median line': the part told
                return int(part["k"])
            continue
        if match.group("n1"):
            return number_of(match.group("n1")) + number_of(match.group("n2"))
        value = number_of(match.group("n"))
        each = _FROM_EACH.match(text[match.end() : match.end() + 25])
        if match.group("each") or each:
            return value * max(2, n_actors)
        tail = text[match.end() : match.end() + 40]
        more = _AND_MORE.match(tail)
        if more:
            return value + number_of(more.group("m"))
        return value
    return None


#: Where a count can begin (in lower-cased text): a number or 'total of' opening a word.
_COUNT_START_SOURCE = (
    r"(?<![\w.,:-])(?:\d|(?:a )?total of |"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + ")"
)


def _opening_first(words: Sequence[str]) -> str:
    """A pattern for where a digit or one of ``words`` begins a word (no word character,
    period, comma or hyphen before it), matching that first character only. Every
    alternative opens with a character class, so the regex engine skips quickly to the
    candidates (the plain form, ``_COUNT_START_SOURCE``, opens with a look-behind)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    checks = [r"(?<=\d)"] + [
        f"(?<={re.escape(first)})(?="
        + "|".join(re.escape(rest) for rest in sorted(found, key=len, reverse=True))
        + ")"
        for first, found in sorted(rests.items())
    ]
    return rf"[\d{''.join(sorted(rests))}](?<![\w.,:-].)(?:{'|'.join(checks)})"


#: Where _COUNT_GROUP can begin (only ``start()`` of a match is used): the match starts
#: where a match of ``_COUNT_START_SOURCE`` starts.
_COUNT_START = re.compile(_opening_first(("a total of ", "total of ", *_NUMBER_WORDS)))


def _count_match(text: str, lowered: str | None, position: int) -> re.Match[str] | None:
    """``_COUNT_GROUP`` searched from ``position``; in foldable text (``lowered`` given) tried
    only where a number or 'total of' opens a word."""
    if lowered is None:
        return _COUNT_GROUP.regex.search(text, position)
    while (start := _COUNT_START.search(lowered, position)) is not None:
        if _COUNT_GROUP.folded.match(lowered, start.start()):
            return _COUNT_GROUP.regex.match(text, start.start())
        position = start.start() + 1
    return None


def number_of(token: str) -> int:
    """The value of a count written in digits or words ("12", "twelve")."""
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


# --- where names and assets can begin ----------------------------------------------------------

#: Lower-case openings of every :data:`ACTOR` alternative: each name begins with one of these.
_ACTOR_OPENINGS = (
    *("eastern theat", "southern theat", "northern theat", "western theat", "central theat"),
    "china",
    "chinese",
    "ccg",
    "people's liberation army",
    "pla",
    "beijing",
    "sino",
    "russia",
    "pacific fleet",
    "moscow",
    "japan",
    "air self-defen",
    "maritime self-defen",
    "self-defen",
    "jasdf",
    "jmsdf",
    "asdf",
    "msdf",
    "sdf",
    "tokyo",
    "republic of korea",
    "south korea",
    "s. korea",
    "rok",
    "seoul",
    "democratic people",
    "north korea",
    "n. korea",
    "dprk",
    "pyongyang",
    "u.s",
    "us",
    "american",
    "united states",
    "washington",
    "taiwan",
)
#: Lower-case openings of every :data:`ASSET` alternative: each asset begins with one of these.
_ASSET_OPENINGS = (
    *_DESIGNATOR_OPENINGS,
    *(name.lower() for name in CARRIER_NAMES),
    # platform nouns
    "strategic bomber",
    "bomber",
    "fighter",
    "jet fighter",
    "warplane",
    "reconnaissance ",
    "spy plane",
    "early",
    "surveillance aircraft",
    "patrol aircraft",
    "transport aircraft",
    "helicopter",
    "drone",
    "uav",
    "unmanned aerial vehicle",
    "balloon",
    "aircraft",
    "carrier",
    "guided-missile destroyer",
    "destroyer",
    "frigate",
    "corvette",
    "warship",
    "submarine",
    "coast guard ",
    "ccg ",
    "tank landing ",
    "landing ship",
    "survey ship",
    "supply ",
    "minesweeper",
    "missile",
    "naval vessel",
    "navy ",
    "ballistic ",
    "cruise ",
    "military aircraft",
    "military plane",
    "plane",
    "vessel",
    "ship",
    "boat",
)


@dataclass(frozen=True)
class Openings:
    """Where in a text an actor name or an asset can begin: for each offset, the end of the
    shortest opening there. One pass over the whole text serves every clause of it."""

    actor_starts: tuple[int, ...]
    actor_ends: tuple[int, ...]
    asset_starts: tuple[int, ...]
    asset_ends: tuple[int, ...]

    def actors_within(self, start: int, end: int) -> list[int]:
        """Offsets (relative to ``start``) where a name can begin in ``text[start:end]``."""
        return _within(self.actor_starts, self.actor_ends, start, end)

    def assets_within(self, start: int, end: int) -> list[int]:
        """Offsets (relative to ``start``) where an asset can begin in ``text[start:end]``."""
        return _within(self.asset_starts, self.asset_ends, start, end)


def _within(starts: tuple[int, ...], ends: tuple[int, ...], start: int, end: int) -> list[int]:
    found = []
    for index in range(bisect_left(starts, start), len(starts)):
        if starts[index] >= end:
            break
        if ends[index] <= end:  # the opening itself must lie inside the slice
            found.append(starts[index] - start)
    return found


def _lexicon_automaton():
    """One automaton for the trigger keywords and the openings of names and assets; a
    word's value: (trigger kinds it opens, its length, opens a name, opens an asset)."""
    import ahocorasick

    kinds_of: dict[str, set[str]] = {}
    for kind, words in _KEYWORDS.items():
        for word in words:
            kinds_of.setdefault(word, set()).add(kind)
    automaton = ahocorasick.Automaton()
    for word in dict.fromkeys((*kinds_of, *_ACTOR_OPENINGS, *_ASSET_OPENINGS)):
        value = (
            frozenset(kinds_of.get(word, ())),
            len(word),
            word in _ACTOR_OPENINGS,
            word in _ASSET_OPENINGS,
        )
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_LEXICON = _lexicon_automaton()


def scan_text(text: str) -> tuple[list[tuple[int, frozenset[str]]], Openings | None]:
    """One pass over ``text``: its trigger keyword hits (see :func:`keyword_hits`) and its
    :class:`Openings` (None if lower case changes the text's length)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: scan per kind
        hits = [
            (m.end() - 1, frozenset({kind}))
            for kind, gate in _GATES.items()
            for m in gate.finditer(text)
        ]
        return hits, None
    hits = []
    actors: dict[int, int] = {}
    assets: dict[int, int] = {}
    for last, (kinds, length, actor, asset) in _LEXICON.iter(lowered):
        if kinds:
            hits.append((last, kinds))
        # hits come by their end: the first at a start is the shortest opening there
        # every name begins with a capital (the pattern is case-sensitive)
        if actor and text[last + 1 - length] in _ACTOR_INITIALS:
            actors.setdefault(last + 1 - length, last + 1)
        if asset:
            assets.setdefault(last + 1 - length, last + 1)
    return hits, _openings(actors, assets)


def _openings(actors: dict[int, int], assets: dict[int, int]) -> Openings:
    actor_starts = sorted(actors)
    asset_starts = sorted(assets)
    return Openings(
        tuple(actor_starts),
        tuple(actors[s] for s in actor_starts),
        tuple(asset_starts),
        tuple(assets[s] for s in asset_starts),
    )
