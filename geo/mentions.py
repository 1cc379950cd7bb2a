"""Recognition: every gazetteer name and alias in a text, with character spans.

One Aho-Corasick automaton per gazetteer (built once, cached) scans a normalised copy
of the text: lower-cased, whitespace and hyphen variants folded to one space, curly
apostrophes to ``'``, Latin diacritics (macrons: Ryūkyū, Tōkyō) to their base letter.
A position map takes every match back to the ORIGINAL text, so ``text[start:end]`` is
what the article says. Longest match wins; a match inside a longer word ("Okinawan")
is not a mention; all-capital short names (``US``, ``ADIZ``) match only in capitals.

Besides place names the automaton knows two small vocabularies that resolution needs:
demonyms ("Chinese", "South Korean": owners and actors, never places by themselves)
and zone terms ("territorial waters", "air defense identification zone", "EEZ").
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
import weakref
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick_rs

from geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)

PLACE = "place"
DEMONYM = "demonym"
ZONE = "zone"

#: Demonyms -> the country feature they point to (owner or actor, never a place alone).
DEMONYMS: dict[str, str] = {
    "Japanese": "country.jp",
    "Chinese": "country.cn",
    "Russian": "country.ru",
    "Soviet": "country.ru",
    "Korean": "country.kr",
    "South Korean": "country.kr",
    "North Korean": "country.kp",
    "Taiwanese": "country.tw",
    "American": "country.us",
    "Philippine": "country.ph",
}

#: Zone terms -> the gazetteer kind of the zone they name once an owner is known.
ZONE_TERMS: dict[str, str] = {
    "territorial waters": "territorial_sea",
    "territorial sea": "territorial_sea",
    "territorial seas": "territorial_sea",
    "territorial airspace": "airspace",
    "territorial air space": "airspace",
    "airspace": "airspace",
    "air space": "airspace",
    "contiguous zone": "contiguous_zone",
    "contiguous zones": "contiguous_zone",
    "air defense identification zone": "adiz",
    "air defence identification zone": "adiz",
    "air defense identification zones": "adiz",
    "air defence identification zones": "adiz",
    "air defense zone": "adiz",
    "air defence zone": "adiz",
    "air defense zones": "adiz",
    "air defence zones": "adiz",
    "air identification zone": "adiz",
    "ADIZ": "adiz",
    "ADIZs": "adiz",
    "exclusive economic zone": "eez",
    "exclusive economic zones": "eez",
    "EEZ": "eez",
    "EEZs": "eez",
}


class NameMatch(NamedTuple):
    """One recognised name: its span in the original text and what it may denote.

    ``category`` is ``place`` (``ids`` are gazetteer ids, several when the name is
    ambiguous, best first), ``demonym`` (``ids`` the country) or ``zone`` (``ids`` the
    zone kind, e.g. ``("adiz",)``). ``key`` is the normalised name that matched.
    An immutable named tuple rather than a frozen dataclass: a news text holds a name
    every few dozen characters and building one costs a fifth as much.
    """

    text: str
    start: int
    end: int
    key: str
    category: str
    ids: tuple[str, ...]


# --- normalisation -------------------------------------------------------------------

_SPACES = (
    "\t\n\r\f\v\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4\u2032"
_QUOTES = "\u201c\u201d\u201e\u00ab\u00bb\u2033"
_DOTS = "\u2026\u00b7\u30fb"


def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): " " for c in _SPACES + _HYPHENS}
    table.update({ord(c): "'" for c in _APOSTROPHES})
    table.update({ord(c): '"' for c in _QUOTES})  # punctuation only, so that English
    table.update({ord(c): "." for c in _DOTS})  # text folds to ASCII and skips the
    table[0x2022] = "*"  # bullet                     # scans for rarer characters
    table[0x0130] = "I"  # dotted capital I: lower() would make two characters of it
    for code in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_TABLE = _translation_table()
#: Non-ASCII punctuation common in news text (curly quotes, dashes, no-break space,
#: bullet): replaced first, so that most English text is ASCII after it.
_PUNCTUATION = ("\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\xa0", "\u2022", "\u2018")
#: ASCII text in one C pass: lower case, whitespace and hyphens to a space, ` to '.
_ASCII_FOLD = bytes(
    ord(_TABLE.get(code, chr(code)).lower()) if code < 128 else code for code in range(256)
)
_ASCII_FOLDED = "".join(chr(code) for code in range(128) if code in _TABLE)
_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text`` (UTF-8 bytes above 127 kept, in C)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(rest.decode("utf-8", "surrogatepass"))


_SPACE_RUNS = re.compile(r" {2,}")
#: Two or more spaces between two word characters (where a name may go on).
_GAPS = re.compile(r"  (?<=[^\W_]  ) *(?=[^\W_])")
_MARKS = re.compile(r"[\u0300-\u036f]+")


@dataclass(frozen=True)
class Normalised:
    """A normalised text and the map of its positions back to the original."""

    text: str
    _norm: tuple[int, ...] = ()  # breakpoints in the normalised text
    _shift: tuple[int, ...] = ()  # characters dropped before each breakpoint
    dropped: int = 0  # spaces dropped in all (combining marks not counted)

    def original(self, position: int) -> int:
        """The original-text index of normalised ``position`` (a start or an end)."""
        if not self._norm:
            return position
        index = bisect.bisect_right(self._norm, position) - 1
        return position + (self._shift[index] if index >= 0 else 0)

    def stretch(self, position: int) -> tuple[int, int]:
        """(shift, limit) of the stretch of normalised text holding ``position``: every
        position from there up to ``limit`` (excluded) maps to itself plus ``shift``."""
        index = bisect.bisect_right(self._norm, position) - 1
        shift = self._shift[index] if index >= 0 else 0
        limit = self._norm[index + 1] if index + 1 < len(self._norm) else len(self.text)
        return shift, limit


def _folded(text: str) -> str:
    """Lower case with spaces, hyphens, apostrophes and diacritics folded, one to one.

    ASCII text is folded by one ``bytes.translate``; so is most news text once its curly
    quotes and dashes are replaced. Other text: ``lower()``, then each distinct
    non-ASCII character replaced once.
    """
    if not text.isascii():
        for char in _PUNCTUATION:
            if char in text:
                text = text.replace(char, _TABLE[ord(char)])
        if not text.isascii():
            return _folded_unicode(text)
    return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")


def _folded_unicode(text: str) -> str:
    if "\u0130" in text:
        text = text.replace("\u0130", "I")  # lower() would make two characters of it
    folded = text.lower()
    for char in _non_ascii(folded):
        if ord(char) in _TABLE:
            folded = folded.replace(char, _TABLE[ord(char)])
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    for char in _ASCII_FOLDED:
        if char in folded:
            folded = folded.replace(char, _TABLE[ord(char)])
    return folded


def normalise(text: str) -> Normalised:
    """Fold case, whitespace, hyphens, apostrophes and diacritics; keep a position map.

    Every character maps one to one except runs of spaces (collapsed to one) and
    combining marks (dropped); those are recorded as breakpoints.
    """
    folded = _folded(text)
    if not folded.isascii() and any("\u0300" <= c <= "\u036f" for c in _non_ascii(folded)):
        # combining marks: decomposed (NFD) text, rare
        return _collapsed(
            folded,
            sorted(
                [*_SPACE_RUNS.finditer(folded), *_MARKS.finditer(folded)], key=lambda m: m.start()
            ),
        )
    if "  " not in folded:
        return Normalised(folded)
    pieces: list[str] = []
    norm: list[int] = []
    shift: list[int] = []
    last = dropped = 0
    for gap in _GAPS.finditer(folded):
        start, end = gap.span()
        pieces.append(folded[last : start + 1])
        norm.append(start + 1 - dropped)
        dropped += end - start - 1
        shift.append(dropped)
        last = end
    if not norm:
        return Normalised(folded)
    pieces.append(folded[last:])
    return Normalised("".join(pieces), tuple(norm), tuple(shift), dropped)


def _collapsed(folded: str, runs: list[re.Match[str]]) -> Normalised:
    """The general case: runs of spaces and combining marks (rare) removed."""
    pieces: list[str] = []
    norm: list[int] = []
    shift: list[int] = []
    last = 0
    dropped = 0
    for match in runs:
        keep = " " if folded[match.start()] == " " else ""
        pieces.append(folded[last : match.start()])
        pieces.append(keep)
        norm.append(match.start() - dropped + len(keep))
        dropped += match.end() - match.start() - len(keep)
        shift.append(dropped)
        last = match.end()
    pieces.append(folded[last:])
    return Normalised("".join(pieces), tuple(norm), tuple(shift))


def normalised_name(name: str) -> str:
    """A name as the automaton stores it (the normalised text of ``name``, trimmed)."""
    return normalise(name).text.strip()


# --- the recogniser ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    key: str
    category: str
    ids: tuple[str, ...]
    case: str  # "upper": only in capitals (US, ADIZ); "title": only capitalised (Kuba)
    bounded_left: bool  # must not start inside a word
    bounded_right: bool  # must not end inside a word
    length: int  # of the key


class Recognizer:
    """Automata over every name of a gazetteer plus demonyms and zone terms.

    Names in Latin script go in one automaton that scans the whole text; names in other
    scripts (Japanese, Chinese, Korean, Russian) in a second one that scans only the
    stretches of text written in those scripts. Each scan is one call into compiled code
    (``ahocorasick_rs``, leftmost-longest: longest match wins, no overlaps) that returns
    every hit; Python then only checks word edges and maps spans back to the text.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._entries: list[_Entry] = list(_entries_from_gazetteer(gazetteer))
        self._index: dict[str, int] = {e.key: i for i, e in enumerate(self._entries)}
        latin = [i for i, e in enumerate(self._entries) if _is_latin(e.key)]
        other = [i for i, e in enumerate(self._entries) if not _is_latin(e.key)]
        self._latin = self._automaton(latin)
        self._other = self._automaton(other) if other else None
        # every hit, overlapping: for the rare match that fails a check (see _retry)
        self._every = ahocorasick_rs.AhoCorasick([self._entries[i].key for i in latin])
        self._every_rows = latin
        self._longest = max((len(e.key) for e in self._entries), default=0)
        log.debug("built a recogniser over %d names", len(self._entries))

    def _automaton(self, indexes: list[int]) -> _Automaton:
        """The automaton of the entries at ``indexes`` and the rows the scan reads for
        each of its patterns, prepared once: (plain, (key, category, ids), index of the
        entry), where ``plain`` means no case rule and whole words only (the common case)."""
        rows = []
        for index in indexes:
            entry = self._entries[index]
            plain = not entry.case and entry.bounded_left and entry.bounded_right
            rows.append((plain, (entry.key, entry.category, entry.ids), index))
        keys = [self._entries[index].key for index in indexes]
        return _Automaton(ahocorasick_rs.AhoCorasick(keys, matchkind=_LONGEST), rows)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every normalised name the automata hold."""
        return tuple(entry.key for entry in self._entries)

    def lookup(self, name: str) -> tuple[str, ...]:
        """The feature ids a place name denotes (best first); () if it is not a place name."""
        index = self._index.get(normalised_name(name))
        if index is None or self._entries[index].category != PLACE:
            return ()
        return self._entries[index].ids

    def matches(self, text: str) -> list[NameMatch]:
        """Every name in ``text``, longest first, no overlaps, in text order."""
        normal = normalise(text)
        found = self._scan(text, normal, self._latin, normal.text, 0)
        if self._other is not None and not normal.text.isascii() and _has_non_latin(normal.text):
            for stretch in _NON_LATIN.finditer(normal.text):
                found += self._scan(text, normal, self._other, stretch.group(), stretch.start())
            found.sort(key=lambda m: m.start)
        return found

    def _scan(
        self, text: str, normal: Normalised, automaton: _Automaton, body: str, offset: int
    ) -> list[NameMatch]:
        """Matches of one automaton over ``body`` (at ``offset`` in the normalised text).

        The common case (a plain name, whole word, inside one stretch of the position
        map) is inlined and builds nothing but the match: a text holds a name every few
        dozen characters. ``shift`` maps the current stretch, up to ``limit``, back to
        the original text; the next match past ``limit`` moves it on.
        """
        hits = automaton.search(body)
        rows = automaton.rows
        full = normal.text
        size = len(full)
        if len(text) != size + normal.dropped:  # combining marks dropped: the general path
            return self._checked(text, normal, [(rows[k][2], s, e) for k, s, e in hits], offset)
        found: list[NameMatch] = []
        append = found.append
        new = tuple.__new__
        shift, limit = 0, normal._norm[0] if normal._norm else size
        last = 0
        for pattern, start, stop in hits:
            plain, payload, index = rows[pattern]
            if offset:
                start += offset
                stop += offset
            if (
                plain
                and not (start and full[start - 1].isalnum())
                and not (stop < size and full[stop].isalnum())
            ):
                if stop > limit:  # the match reaches past the current stretch
                    shift, limit = normal.stretch(start)
                    start, stop = start + shift, normal.original(stop - 1) + 1
                else:
                    start += shift
                    stop += shift
                if start >= last:
                    append(new(NameMatch, (text[start:stop], start, stop) + payload))
                    last = stop
                continue
            match = self._accepted(text, normal, self._entries[index], start, stop)
            if match is None:
                match = self._retry(text, normal, start, stop)
            if match is not None and match.start >= last:
                append(match)
                last = match.end
        return found

    def _checked(
        self, text: str, normal: Normalised, hits: list[tuple[int, int, int]], offset: int
    ) -> list[NameMatch]:
        """Every hit (entry index, start, end) through the full checks (text with
        combining marks: rare)."""
        found: list[NameMatch] = []
        last = 0
        for index, first, stop in hits:
            start, stop = offset + first, offset + stop
            match = self._accepted(text, normal, self._entries[index], start, stop)
            if match is None:
                match = self._retry(text, normal, start, stop)
            if match is not None and match.start >= last:
                found.append(match)
                last = match.end
        return found

    def _accepted(
        self, text: str, normal: Normalised, entry: _Entry, start: int, end: int
    ) -> NameMatch | None:
        body = normal.text
        if entry.bounded_left and start > 0 and body[start - 1].isalnum():
            return None
        if entry.bounded_right and end < len(body) and body[end].isalnum():
            return None
        if normal._norm:
            begin, finish = normal.original(start), normal.original(end - 1) + 1
        else:
            begin, finish = start, end
        if finish < len(text) and "\u0300" <= text[finish] <= "\u036f":
            while finish < len(text) and "\u0300" <= text[finish] <= "\u036f":
                finish += 1
        surface = text[begin:finish]
        if entry.case and not _case_fits(entry.case, surface):
            return None
        return NameMatch(surface, begin, finish, entry.key, entry.category, entry.ids)

    def _retry(self, text: str, normal: Normalised, start: int, end: int) -> NameMatch | None:
        """The longest acceptable name starting inside a rejected match (rare path)."""
        window = normal.text[start : end + self._longest]
        best: NameMatch | None = None
        for pattern, first, stop in self._every.find_matches_as_indexes(window, overlapping=True):
            if first >= end - start:
                continue
            entry = self._entries[self._every_rows[pattern]]
            candidate = self._accepted(text, normal, entry, start + first, start + stop)
            if candidate is not None and (
                best is None or (candidate.start, -candidate.end) < (best.start, -best.end)
            ):
                best = candidate
        return best


_LONGEST = ahocorasick_rs.MatchKind.LeftmostLongest


class _Automaton(NamedTuple):
    """A compiled automaton and, for each of its patterns, the row the scan reads."""

    compiled: ahocorasick_rs.AhoCorasick
    rows: list[tuple[bool, tuple[str, str, tuple[str, ...]], int]]

    def search(self, body: str) -> list[tuple[int, int, int]]:
        """(pattern, start, end) of every leftmost-longest hit in ``body``."""
        return self.compiled.find_matches_as_indexes(body)


def _case_fits(case: str, surface: str) -> bool:
    if case == UPPER:
        return not any(c.islower() for c in surface)
    return surface[:1].isupper()


def _is_latin(key: str) -> bool:
    return all(c < "\u0250" or "\u2000" <= c < "\u2070" for c in key)


#: A stretch of text in a non-Latin script (with the spaces and marks inside it).
_NON_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f][^a-z\u00c0-\u024f]*")


def _has_non_latin(text: str) -> bool:
    return any(not (c <= "\u024f" or "\u2000" <= c <= "\u206f") for c in _non_ascii(text))


def _edge_is_word(char: str) -> bool:
    return char.isalnum() and char < "\u2e80"  # CJK names have no word spaces around them


_recognizers: weakref.WeakKeyDictionary[Gazetteer, Recognizer] = weakref.WeakKeyDictionary()


def recognizer_for(gazetteer: Gazetteer) -> Recognizer:
    """The recogniser of ``gazetteer``, built on first use and cached with it."""
    recognizer = _recognizers.get(gazetteer)
    if recognizer is None:
        recognizer = Recognizer(gazetteer)
        _recognizers[gazetteer] = recognizer
    return recognizer


def mentions_from_text(text: str, gazetteer: Gazetteer) -> list[NameMatch]:
    """Every gazetteer name, demonym and zone term in ``text`` with original spans."""
    return recognizer_for(gazetteer).matches(text)


# --- the name table ----------------------------------------------------------------------

#: When one name denotes several features, the more specific kind comes first.
KIND_ORDER: tuple[str, ...] = (
    "strait",
    "channel",
    "island",
    "island_group",
    "cape",
    "base",
    "sea",
    "ocean",
    "adiz",
    "territorial_sea",
    "contiguous_zone",
    "eez",
    "airspace",
    "city",
    "prefecture",
    "region",
    "country",
)


def _entries_from_gazetteer(gazetteer: Gazetteer) -> list[_Entry]:
    by_key: dict[str, list[tuple[int, str]]] = {}
    cases: dict[str, str] = {}
    for feature in gazetteer:
        rank = KIND_ORDER.index(feature.kind) if feature.kind in KIND_ORDER else len(KIND_ORDER)
        for name, derived in _variants(feature.kind, feature.names):
            key = normalised_name(name)
            if not key or key.rsplit(" ", 1)[-1] in _FUNCTION_WORDS and " " in key:
                continue  # "Tokyo-to" folds to "tokyo to": it would match "Tokyo to protest"
            by_key.setdefault(key, []).append((rank + (100 if derived else 0), feature.id))
            case = _case_of(name, titled=derived == BARE)
            cases[key] = case if cases.get(key, case) == case else ""
    entries = [
        _entry(key, PLACE, tuple(dict.fromkeys(i for _, i in sorted(ids))), cases[key])
        for key, ids in by_key.items()
    ]
    extra = [(n, DEMONYM, (i,)) for n, i in DEMONYMS.items()]
    extra += [(n, DEMONYM, (f.id,)) for f in gazetteer.of_kind("country") for n in _demonyms(f)]
    extra += [(n, ZONE, (k,)) for n, k in ZONE_TERMS.items()]
    for name, category, ids in extra:
        key = normalised_name(name)
        if key not in by_key:
            entries.append(_entry(key, category, ids, _case_of(name)))
    return entries


def _demonyms(country) -> list[str]:
    """Regular demonyms of a country's English names: Lithuania -> Lithuanian."""
    return [
        name + "n"
        for name in (country.name_en, *country.aliases)
        if name.endswith("ia") and name.isascii() and " " not in name
    ]


def _entry(key: str, category: str, ids: tuple[str, ...], case: str) -> _Entry:
    return _Entry(key, category, ids, case, _edge_is_word(key[0]), _edge_is_word(key[-1]), len(key))


def _case_of(name: str, *, titled: bool = False) -> str:
    """ "upper" for short all-capital names (US, ADIZ), "title" for bare island names."""
    letters = [c for c in name if c.isalpha()]
    if 0 < len(letters) <= 6 and not any(c.islower() for c in name.rstrip("s")):
        return UPPER
    if name[:1].isupper() and all(word.lower() in _PLAIN_WORDS for word in name.split()):
        return TITLE  # 'the Far East', not 'seen so far east'
    return TITLE if titled else ""


#: Words that make a name a common phrase when written in lower case.
_PLAIN_WORDS = frozenset(
    {"far", "near", "east", "west", "north", "south", "middle", "central", "upper", "lower"}
)


#: English words a name cannot end with once its hyphen is folded to a space: the
#: Japanese suffix "-to" (island, metropolis) would otherwise swallow the word "to".
_FUNCTION_WORDS = frozenset({"to", "in", "on", "at", "of", "by", "for", "and", "or", "the"})

UPPER = "upper"
TITLE = "title"
SPELLING = 1  # a spelling variant of a listed name
BARE = 2  # an island's name without "Island": matched only when capitalised


def _variants(kind: str, names: tuple[str, ...]) -> list[tuple[str, int]]:
    """Each name (0), then variants the gazetteer need not list (SPELLING or BARE)."""
    out: list[tuple[str, int]] = [(name, 0) for name in names]
    for name in names:
        out.extend((variant, SPELLING) for variant in _spellings(kind, name))
        if kind in ("island", "island_group"):
            bare = _bare_island_name(name)
            if bare:
                out.append((bare, BARE))
    return out


_COMPASS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
_NOT_NAMES = frozenset(
    {
        *_COMPASS,
        *(f"{w}ern" for w in _COMPASS),
        "main",
        "great",
        "little",
        "big",
        "long",
        "green",
        "bear",
        "island",
        "islands",
        "the",
        "new",
        "old",
        "outer",
        "inner",
        "remote",
        "japan",
        "china",
        "korea",
        "russia",
        "pacific",
        "sea",
        "far",
        "near",
        "central",
        "middle",
        "upper",
        "lower",
        "wake",  # an English word (Wake Island)
        "shimoji",  # a common Okinawan surname (Shimoji Island)
    }
)


def _bare_island_name(name: str) -> str | None:
    """ "Kuba Island" -> "Kuba", "Uotsuri-jima" -> "Uotsuri" (as in "the islands of Kuba")."""
    match = re.fullmatch(r"(.+?)(?: islands?| islets?)", name, re.IGNORECASE)
    if match is None:
        return None
    bare = match.group(1).strip()
    if len(bare) < 4 or bare.lower() in _NOT_NAMES or not bare[0].isupper():
        return None
    return bare


def _spellings(kind: str, name: str) -> list[str]:
    variants = []
    if "-" in name:
        variants.append(name.replace("-", ""))
    if name.lower().startswith("the "):
        variants.append(name[4:])
    lowered = name.lower()
    if lowered.endswith(" islands") and kind == "island_group":
        variants.append(name[: -len(" islands")] + "s")  # Senkaku Islands -> Senkakus
    suffix = re.search(r"(?<=[a-z])(shima|jima|saki|zaki)$", name)
    if suffix and kind in ("island", "cape") and len(name) > 7:
        variants.append(f"{name[: suffix.start()]}-{suffix.group()}")  # Okinotori-shima
    if kind == "strait" and lowered.endswith(" strait"):
        stem = name[: -len(" strait")]
        variants += [f"Strait of {stem}", f"{stem} Straits", f"{stem} Channel"]
    if kind == "prefecture":
        stem = name[: -len(" prefecture")] if lowered.endswith(" prefecture") else name
        variants += [stem, f"{stem} Prefecture", f"{stem} Pref."]
        variants.remove(name)
    return variants
