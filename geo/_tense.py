"""Chronologies told in the present tense, read as the past they tell of.

A timeline box or a fact sheet dates each entry and tells it in the historical present:
"Aug. 6 (Tue): Two short-range ballistic missiles are launched from Kwail ... They cross the
peninsula and fall into the Sea of Japan", "Sept. 15, 2015 -- An Su-24 bomber crosses into
Japanese airspace". The extractor's patterns read reports, which are told in the past, so
:func:`told_in_past` rewrites the verbs of such dated entries (and only of those: elsewhere
the present tense tells of what is habitual, planned or quoted) in the past tense, and
:class:`Retold` maps every offset in the rewritten text back to the article as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"

#: A line that opens with a date and a separator: 'Aug. 6 (Tue): ', 'Sept. 15, 2015 -- ',
#: 'Aug. 25-26 (Sun-Mon): ', '6 August 2019 - ', '2019-08-06: '.
_DATED_ENTRY = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?:"
    rf"(?:{_WEEKDAY},?[ \t]+)?{_MONTHS}[ \t]+\d{{1,2}}(?:[ \t]*[-\u2013][ \t]*\d{{1,2}})?"
    r"(?:,?[ \t]+\d{4})?"
    rf"|\d{{1,2}}(?:[ \t]*[-\u2013][ \t]*\d{{1,2}})?[ \t]+{_MONTHS}(?:,?[ \t]+\d{{4}})?"
    r"|\d{4}-\d\d-\d\d"
    r")(?:[ \t]*\([A-Za-z]{2,9}\.?(?:[ \t]*[-\u2013][ \t]*[A-Za-z]{2,9}\.?)?\))?"
    r"[ \t]*(?::|--|\u2014|\u2013|-)[ \t]+(?=\S)",
    re.MULTILINE,
)

_IRREGULAR = {
    "fly": "flew",
    "overfly": "overflew",
    "fall": "fell",
    "leave": "left",
    "hold": "held",
    "begin": "began",
    "come": "came",
    "go": "went",
    "take": "took",
    "make": "made",
    "send": "sent",
    "buy": "bought",
    "say": "said",
    "see": "saw",
    "find": "found",
    "shoot": "shot",
    "lead": "led",
    "keep": "kept",
    "run": "ran",
}
_REGULAR = (
    *("enter", "sail", "pass", "cross", "land", "violate", "intrude", "scramble", "return"),
    *("turn", "stay", "remain", "conduct", "stage", "head", "approach", "operate", "navigate"),
    *("transit", "detect", "spot", "track", "lock", "direct", "point", "explode", "accompany"),
    *("proceed", "circle", "move", "reach", "splash", "test", "test-fire", "test-launch"),
    *("fire", "launch", "declare", "intercept", "dispatch", "deploy", "sight", "confirm"),
    *("warn", "loiter", "patrol", "shadow", "follow", "escort", "announce", "report"),
    *("protest", "carry", "hover", "anchor", "drill", "lift", "arrive", "depart", "exit"),
    *("withdraw", "observe", "monitor", "demand", "order"),
)
_DOUBLED = {
    "spot": "spotted",
    "patrol": "patrolled",
    "transit": "transited",
    "withdraw": "withdrew",
}


def _past(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _DOUBLED:
        return _DOUBLED[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x")) or verb == "go":
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_PAST_OF_S: dict[str, str] = {}
_PAST_OF_BARE: dict[str, str] = {}
for _verb in (*_IRREGULAR, *_REGULAR):
    _PAST_OF_S[_third_person(_verb)] = _past(_verb)
    _PAST_OF_BARE[_verb] = _past(_verb)
_PAST_OF_BE = {"is": "was", "are": "were"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: Words that may stand between a subject and its verb: 'then return north', 'also enters'.
_ADVERBS = frozenset(
    (
        *("also", "again", "then", "together", "jointly", "later", "first", "repeatedly"),
        *("reportedly", "briefly", "once", "twice", "all", "both", "subsequently", "apparently"),
        *("allegedly", "simultaneously", "separately", "still", "further", "each", "soon"),
    )
)
#: Words after which a verb form is a noun ('the launches', 'two passes', 'its return').
_NOT_A_SUBJECT = frozenset(
    (
        *("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our"),
        *("your", "my", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto"),
        *("as", "or", "nor", "no", "any", "every", "some", "several", "many", "few", "more"),
        *("most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first"),
        *("second", "third", "last", "next", "new", "such", "own", "than", "via", "per", "can"),
        *("could", "will", "would", "may", "might", "must", "should", "shall", "did", "does", "do"),
        *("not", "never", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had"),
    )
)
_PLURAL_WITHOUT_S = frozenset(
    (*("aircraft", "personnel", "crew", "crews", "people", "police", "military"),)
)
_COUNTING = frozenset(
    (
        *("some", "many", "few", "several", "all", "two", "three", "four", "five", "six", "seven"),
        *("eight", "nine", "ten"),
    )
)
#: Nouns that make a compound with a verb form's noun: 'missile launches', 'air patrols'.
_MODIFIERS = frozenset(
    (
        *("missile", "rocket", "satellite", "ballistic", "test", "air", "sea", "naval", "border"),
        *("carrier",),
    )
)


@dataclass(frozen=True)
class Retold:
    """An article text with its dated present-tense entries told in the past."""

    text: str
    _shifted_ends: tuple[int, ...]  # where, in ``text``, each rewritten word ends
    _deltas: tuple[int, ...]  # the length ``text`` has gained by then

    def original_offset(self, offset: int) -> int:
        """The offset in the article as written of ``offset`` in :attr:`text` (a word
        boundary, such as a sentence's start or end)."""
        index = bisect_right(self._shifted_ends, offset) - 1
        return offset - (self._deltas[index] if index >= 0 else 0)


def told_in_past(text: str) -> Retold | None:
    """``text`` with the verbs of its dated entries in the past tense, or None when no line
    of it is a dated entry told in the present."""
    edits: list[tuple[int, int, str]] = []
    for entry in _DATED_ENTRY.finditer(text):
        line_end = text.find("\n", entry.end())
        edits.extend(_entry_edits(text, entry.end(), len(text) if line_end < 0 else line_end))
    if not edits:
        return None
    parts: list[str] = []
    ends: list[int] = []
    deltas: list[int] = []
    last = 0
    delta = 0
    for start, end, past in edits:
        parts.append(text[last:start])
        parts.append(past)
        delta += len(past) - (end - start)
        ends.append(end + delta)
        deltas.append(delta)
        last = end
    parts.append(text[last:])
    return Retold("".join(parts), tuple(ends), tuple(deltas))


def _entry_edits(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, past form) of each present-tense verb of the entry ``text[start:end]``."""
    edits: list[tuple[int, int, str]] = []
    before: list[str] = []  # the words of the clause so far, in lower case
    shifted_in_clause = False
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        lower = word.lower()
        gap = text[match.start() - 1] if match.start() > start else " "
        if gap in ".;:!?" or (before and text[match.start() - 2 : match.start()] in (". ", "; ")):
            before = []
            shifted_in_clause = False
        past = _past_form(word, lower, before, shifted_in_clause)
        if past is not None:
            edits.append((match.start(), match.end(), past))
            shifted_in_clause = True
        before.append(lower)
    return edits


def _past_form(word: str, lower: str, before: list[str], shifted: bool) -> str | None:
    if lower in _PAST_OF_BE:
        return _cased(_PAST_OF_BE[lower], word) if before else None
    bare = lower in _PAST_OF_BARE
    if not bare and lower not in _PAST_OF_S:
        return None
    if shifted and before and before[-1] in ("and", "then"):  # 'They cross the peninsula
        return _cased((_PAST_OF_BARE if bare else _PAST_OF_S)[lower], word)  # and fall into'
    subject = next((w for w in reversed(before) if w not in _ADVERBS), None)
    if subject is None:
        return None
    if bare and subject in _COUNTING:  # 'Three fall inside Japan's EEZ', 'Some turn back'
        return _cased(_PAST_OF_BARE[lower], word)
    if subject in _NOT_A_SUBJECT or subject in _MODIFIERS or subject.endswith("'s"):
        return None
    if subject == "and":
        return None
    if bare:
        plural = (
            subject in ("they", "we")
            or subject in _PLURAL_WITHOUT_S
            or (subject.endswith("s") and not subject.endswith("ss") and len(subject) > 3)
        )
        return _cased(_PAST_OF_BARE[lower], word) if plural else None
    return _cased(_PAST_OF_S[lower], word)


def _cased(past: str, word: str) -> str:
    return past.capitalize() if word[:1].isupper() else past
