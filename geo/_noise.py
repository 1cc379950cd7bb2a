"""Page noise around saved news articles, and the cleaner that strips it.

Saved pages carry more than the article: a leading `` date 2021-11-23 URL`` line, date
and byline lines, repeated titles, photo credits and captions, ``/html/head/meta`` xpath
and timestamp lines, bare tag lines ("news", "russia"), contact lines, ``1920 1080 true``,
"page 1 page 1 ..." runs, and footers (copyright, comment forms, "Related articles",
comment-policy blocks). :func:`clean_text` removes them line by line with general
patterns and keeps every article sentence; a noise run glued to a sentence is cut off the
sentence, never the other way round. The date a page states for itself (the `` date``
line, "Date: 2019/04/01", "Published: April 29, 2020", a leading "June 24, 2019 –") is
returned beside the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from geo.dates import full_dates_from_text

#: Lines at the top of a page searched for the date the page states for itself.
HEAD_LINES = 12


@dataclass(frozen=True)
class CleanText:
    """The cleaned article text and the publication date the page states, if any."""

    text: str
    stated: date | None = None
    stated_line: str = ""  # the line that stated it
    dateline: tuple[int, int] | None = None  # (month, day) of a yearless "TOKYO, June 20 (...)"


def clean_text(raw: str) -> CleanText:
    """Strip page noise from ``raw`` and find the date the page states for itself."""
    text = normalize_text(raw)
    text, leading = _without_leading_date_line(text)
    lines = text.split("\n")
    stated, stated_line = (leading, "date line") if leading else _stated_date(lines)
    dateline = _yearless_dateline(lines)
    lines = _before_footer(lines)
    kept = _kept_lines(_inline_clean("\n".join(lines)).split("\n"))
    return CleanText(_joined(kept), stated, stated_line, dateline)


def normalize_text(raw: str) -> str:
    """Newlines to ``\\n``, no BOM or zero-width characters, Latin words without Cyrillic."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    if _CYRILLIC.search(text):
        text = _MIXED_SCRIPT_WORD.sub(_latin_word, text)
    return text


def has_sentence(text: str) -> bool:
    """True if ``text`` holds at least one line that reads as a sentence."""
    for line in text.split("\n"):
        if len(_WORD.findall(line)) >= 4:
            return True
        if _CJK.search(line) and sum(1 for char in line if char.isalpha()) >= 12:
            return True
    return False


# ---------------------------------------------------------------- normalization

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060]")
_MIXED_SCRIPT_WORD = re.compile(
    r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+\b"
)  # "Defenсe" with a Cyrillic "с"
_CYRILLIC_LOOKALIKES = str.maketrans("аеорсухіјѕАВЕКМНОРСТХІЈЅ", "aeopcyxijsABEKMHOPCTXIJS")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _latin_word(match: re.Match[str]) -> str:
    word = match.group()
    latin = word.translate(_CYRILLIC_LOOKALIKES)
    if any("CYRILLIC" in unicodedata.name(char, "") for char in latin):
        return word  # a real Cyrillic word next to Latin letters: leave it
    return latin


# ---------------------------------------------------------------- stated dates

_LEADING_DATE_LINE = re.compile(
    r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+https?://\S+)?[ \t]*\n?", re.IGNORECASE
)
# "Date: 2019/04/01", "Published: April 29, 2020", "입력 2020.12.23"; an English label
# without a colon counts only where the line starts ("Published April 29, 2020").
_DATE_LABEL = re.compile(
    r"(?i:\b(?:date|published|posted|publication date|first published)\b)\s*[:：]\s*"
    r"|^\W*(?i:published|posted|date)\s+(?i:on\s+)?"
    r"|(?:입력|게재|発行|公開|掲載|发布)\s*[:：]?\s*"
)
_DATELINE_END = tuple("–—-(|:/,•[")
_UPDATE_LABEL = re.compile(r"(?i:\b(?:updated|last updated|modified)\b|수정|更新)\s*[:：]?\s*")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_BULLET_MARKS = frozenset("•·▪◦*-–")
_BULLET = re.compile(r"^\s*[•·▪◦*\-–]\s+")
_YEARLESS_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,30},\s+(?P<m>January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    r"\s+(?P<d>[12]\d|3[01]|[1-9])\b\.?\s*(?:\(|/|--|—|–|-)"
)


def _without_leading_date_line(text: str) -> tuple[str, date | None]:
    match = _LEADING_DATE_LINE.match(text)
    if not match:
        return text, None
    try:
        stated = date.fromisoformat(match.group(1))
    except ValueError:
        return text, None
    return text[match.end() :], stated


def _stated_date(lines: list[str]) -> tuple[date | None, str]:
    """A publication date stated near the top: labelled, or a line opening with a date."""
    for line in [line for line in lines if line.strip()][:HEAD_LINES]:
        if not _DIGIT.search(line):
            continue
        label = _DATE_LABEL.search(line[:100])
        if label and not _UPDATE_LABEL.match(line[label.start() :]):
            found = full_dates_from_text(line[label.end() : label.end() + 40])
            if found and found[0].start == 0:
                return date.fromisoformat(found[0].date), line.strip()
        body = _BULLET.sub("", line)
        found = full_dates_from_text(body[:40])
        if found and found[0].start == 0:
            rest = body[found[0].end :].strip()
            if not rest or rest.startswith(_DATELINE_END):  # "June 24, 2019 (Translation) –"
                return date.fromisoformat(found[0].date), line.strip()
    return None, ""


def _yearless_dateline(lines: list[str]) -> tuple[int, int] | None:
    """Month and day of a dateline such as "Tokyo, June 20 (Jiji Press)--"."""
    for line in [line for line in lines if line.strip()][:HEAD_LINES]:
        match = _YEARLESS_DATELINE.match(line)
        if match:
            month = "janfebmaraprmayjunjulaugsepoctnovdec".index(match["m"][:3].lower()) // 3 + 1
            return month, int(match["d"])
    return None


# ---------------------------------------------------------------- footers

_FOOTER_LINE = re.compile(
    r"^(?:(?:latest articles|related articles|related posts|related stories|related news"
    r"|related coverage|related|related content|most popular|most read|most viewed|trending"
    r"|top stories|popular stories|editor'?s picks|see also|more on this story|read more"
    r"|also read|more news|recommended)\s*[:：]?"
    r"|similar posts|more stories|more from|read next|recommended for you|you may also like"
    r"|leave a reply|leave a comment|post a comment|add a comment|login to comment"
    r"|log in to comment|login to leave a comment|please enter your comment!?"
    r"|habere yorum kat|yorum yaz|uyarı:.*|comments are closed"
    r"|some media, including videos, may only be available.*"
    r"|this (?:article|story) was (?:generated|produced|published) from .*feed.*"
    r"|(?:©|\(c\)|copyright\b|\[copyright\b).*)$",
    re.IGNORECASE,
)
_GLUED_COPYRIGHT = re.compile(r"(?<=[.!?”\"])\s*©\s*[A-Z][\w .,&-]{1,40}$")


def _is_prose(line: str) -> bool:
    """A line of running text: eight words or more, ending like a sentence."""
    return line.rstrip()[-1:] in ".!?\"”’'):;" and len(line.split(None, 8)) > 8


def _before_footer(lines: list[str]) -> list[str]:
    """Lines up to the first footer marker that follows article prose."""
    seen_prose = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if seen_prose and _FOOTER_LINE.match(stripped):
            return lines[:index]
        glued = _GLUED_COPYRIGHT.search(stripped)
        if glued and (seen_prose or _is_prose(stripped[: glued.start()])):
            return [*lines[:index], stripped[: glued.start()]]
        seen_prose = seen_prose or _is_prose(stripped)
    return lines


# ---------------------------------------------------------------- line noise

_INLINE_NOISE = re.compile(
    r"(?:\bpage[ \t]+\d+\b[ \t]*){2,}"  # page 1 page 1 page 1
    r"|\[[ \t]*full[ \t]+story[ \t]*\]"
    r"|\(end of (?:excerpt|story|article)\)[ \t]*(?:-ends-)?|-ends-[ \t]*$"
    r"|(?:(?<=\s)|^)(?:입력|수정)[ \t]*\d{4}\.\d{1,2}\.\d{1,2}\.?[ \t]*(?:\(\d{1,2}:\d{2}\))?",
    re.IGNORECASE | re.MULTILINE,
)
_TRAILING_DATE_CREDIT = re.compile(
    r"(?:(?<=\.\.\.)|(?<=…))[ \t]+\d{1,2}\.\d{1,2}\.\d{4},[ \t]+[\w .&-]{2,40}$", re.MULTILINE
)
# Lines that are never article text, wherever they stand.
_NOISE_LINE = re.compile(
    r"^(?:"
    r"(?:https?://|www\.)\S+"  # a bare URL (images, related links)
    r"|(?:/html/\S+\s*)+"  # xpath of page metadata
    r"|(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s*)+"
    r"|[a-z]{2}[_-][A-Z]{2}"  # en_EN
    r")$",
    re.IGNORECASE,
)
# Lines that are page furniture when they stand alone, but may be the end of a sentence
# broken over two lines ("... countries that did not\nsign up to the treaty.").
_ALONE_NOISE_LINE = re.compile(
    r"^(?:"
    r"[\d\s.,:x×/+-]*(?:\s*(?:true|false))*"  # 2021, 1920 1080 true
    r"|(?:page\s+\d+\s*)+"
    r"|with (?:additional )?(?:assistance|reporting) (?:from|by) .{2,80}"
    r"|(?:read more|related|see also|also read|read also|more|recommended|watch|listen)"
    r"\s*[:：|»›]\s*.{3,200}"  # "Read more: Chinese carrier sails ...", a link
    r"|[A-Z][^.!?]{10,200}\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?:, \d{4})?\)"  # "Chinese, Russian bombers enter KADIZ (Nov. 30, 2022)": a headline link
    r"|(?:stay up to date|sign up|subscribe|download (?:our|the) app|follow us|click here"
    r"|listen to (?:this|the) article|share (?:this|on)|advertisement).{0,80}"
    r")$",
    re.IGNORECASE,
)
_SENTENCE_END = tuple('.!?:;"”’)]')
_BYLINE = re.compile(r"^(?:By|BY|by):?\s+(?:(?:[A-Z][\w.'’-]*\.?|and|of|the|in|for),?\s*)+$")
#: Words of site chrome: a line made of nothing else is navigation, not article.
_UI_WORDS = frozenset(
    {
        "print",
        "share",
        "tweet",
        "email",
        "e",
        "mail",
        "comment",
        "comments",
        "no",
        "login",
        "log",
        "in",
        "out",
        "register",
        "sign",
        "up",
        "signup",
        "subscribe",
        "newsletter",
        "read",
        "more",
        "menu",
        "search",
        "home",
        "facebook",
        "twitter",
        "whatsapp",
        "line",
        "linkedin",
        "copy",
        "link",
        "follow",
        "us",
        "next",
        "previous",
        "back",
        "to",
        "top",
        "book",
        "now",
        "advertisement",
        "readers",
        "skip",
        "content",
        "news",
        "theme",
    }
)
_SHORT_LINE = 200
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"\+\d[\d\s-]{7,}\d|\b\d{2,4}-\d{3,4}-\d{4}\b")
_TAG_ITEM = r"[a-z0-9&'’-]+(?: [a-z0-9&'’-]+){0,2}"
_TAG_LINE = re.compile(rf"^{_TAG_ITEM}(?:,\s*{_TAG_ITEM})*$")  # "asia & pacific", "news, japan"
_CAPTION_CREDIT = re.compile(
    r"\([^()]*\b(?:photo|photos|file|screenshot|image|courtesy|credit)\b[^()]*\)\s*\.?$",
    re.IGNORECASE,
)
_ITEM_OPENING = re.compile(r"^\s*\(\d{1,2}\)\s")  # "(1) ", an item of a numbered list
_PHOTO_NUMBER = re.compile(r"\bphotos? \d+\)\s*\.?$", re.IGNORECASE)  # "...; photo 1)"
_PHOTO_PAREN = re.compile(r"photos?\s*\([^()]*\)\s*$", re.IGNORECASE)
#: A release's pointer to its attached photo: "... (drone type) (see photo)", "(photo)".
_PHOTO_POINTER = re.compile(r"\((?:see )?(?:the )?(?:attached )?photos?\)\s*\.?$", re.I)
#: A release's heading over the date of what it reports: "1. Date and time of the violation".
_DATE_HEADING = re.compile(r"^\s*\d{1,2}\.\s*(?:[A-Z][a-z]+ )?[Dd]ates?\b[^.]{0,60}$")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.\s+[A-Z][^.]{0,60}$")
_CAPTION_START = re.compile(
    r"^(?:(?:file )?photo|image|picture|caption)\s*[:：]"
    r"|^(?:a |the )?(?:map|photo|photograph|picture|image|graphic|chart)"
    r"(?: taken [^,]{0,80})? shows\b.*\)\.?$",  # "Map shows the route. (Joint Staff)"
    re.IGNORECASE,
)
_PHOTO_CREDIT_LINE = re.compile(r"^(?:co?u?rtesy of\b.{0,60}|.{0,60}\b(?:file )?photo)$", re.I)


def _kept_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    previous = ""
    after_credit = False
    paragraphs = 0  # of prose kept (a dek under the title is one: its date line is the page's)
    stamps: list[int] = []  # where the item stamps kept since the last prose line are
    for raw in lines:
        line = raw.strip()
        bullet = line[:1] in _BULLET_MARKS and bool(_BULLET.match(line))
        if bullet:
            line = _BULLET.sub("", line)
        continued = _continues(previous, line) and not bullet
        dated = bool(previous) and _DATE_HEADING.match(previous) is not None  # (the line under
        previous = line  # '1. Date and time of the violation' is the release's, not a stamp)
        if not line:
            kept.append("")
            continue
        key = " ".join(line.casefold().split())
        credit = len(line) <= 80 and bool(_PHOTO_CREDIT_LINE.match(line))
        caption = after_credit and _is_caption(line)
        after_credit = credit
        stamp = paragraphs > 1 and _ITEM_STAMP.match(line) is not None  # a later item's own date on
        # a page of several ('16.03.2021 (16:40)'): its 'today' is that day
        noise = credit or caption or _is_noise_line(line, bullet, continued)
        if noise and not dated and not stamp:
            continue
        prose = _is_prose(line)
        paragraphs += prose
        if key in seen and not continued and not _NUMBERED_HEADING.match(line):
            continue  # a repeated title, caption or boilerplate line (not a release's
            # '1. Date and time', which each release on a page repeats)
        seen.add(key)
        if stamp and noise:
            stamps.append(len(kept))
        elif prose:
            stamps = []  # the stamps so far head items
        kept.append(line)
    for index in reversed(stamps):  # a date line after the last item heads nothing: the
        del kept[index]  # page's own stamp at its foot
    return kept


#: The stamp of an item on a page of dated items: '16.03.2021 (16:40)', 'March 16, 2021 (Tue)'.
ITEM_STAMP = (
    r"[ \t]*(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)|(?P<month>January|February|"
    r"March|April|May|June|July|August|September|October|November|December) (?P<d2>\d{1,2}), "
    r"(?P<y2>(?:19|20)\d\d)(?: \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?\))?)"
    r"(?:,?[ \t]*\(?\d{1,2}:\d\d\)?)?[ \t]*$"
)
_ITEM_STAMP = re.compile(ITEM_STAMP)


def _continues(previous: str, line: str) -> bool:
    """True if ``line`` carries on a sentence broken after ``previous``.

    A headline also ends without a stop, so the break must show: the line goes on in
    lower case, or the previous one ends on a comma or a word that cannot end a sentence.
    """
    if not line or len(previous.split()) < 5 or previous.endswith(_SENTENCE_END):
        return False
    last = previous.rsplit(None, 1)[-1].lower()
    return line[0].islower() or line[0].isdigit() or previous.endswith(",") or last in _OPEN_WORDS


_OPEN_WORDS = frozenset(
    ("the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from")
    + ("that", "than", "as", "into", "over", "near", "its", "their", "his", "her", "was")
    + ("were", "is", "are", "be", "been", "has", "had", "have", "said", "says")
)


def _is_caption(line: str) -> bool:
    """The line under a photo credit: short, and worded like a caption."""
    if len(line.split()) > 40:
        return False
    return not line.endswith(".") or bool(_CAPTION_WORDING.search(line))


_CAPTION_WORDING = re.compile(
    r"^(?:from (?:front|left|right|top|bottom)|file photo|photo)\b|\b(?:is|are) seen\b|\bshows\b",
    re.IGNORECASE,
)


def _inline_clean(text: str) -> str:
    """Noise inside lines: page runs, "[FULL STORY]", glued sentences, doubled spaces."""
    lowered = text.lower()
    if lowered.count("page ") > 1 or any(marker in lowered for marker in _INLINE_MARKERS):
        text = _INLINE_NOISE.sub(" ", text)
    if "..." in text or "…" in text:
        text = _TRAILING_DATE_CREDIT.sub("", text)
    text = _GLUED_SENTENCES.sub(r"\g<0> ", text)
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text else text


_INLINE_MARKERS = ("[", "-ends-", "(end of", "입력", "수정")


_SPACES = re.compile(r"[ \t]{2,}")


# Anchored on the punctuation (fast to find), then checked behind and ahead.
_GLUED_SENTENCES = re.compile(
    r"[.!?](?<=[a-z\d]{2}[.!?])(?=“?[A-Z][a-z])|[\"”](?<=[a-z][.!?][\"”])(?=[\"“A-Z])"
)


def _caption_credit(line: str) -> bool:
    """A photo credit closing the line: "(File photo: Reuters)", "photo (from JSDF)"; not an
    item of a release that points to its attached photo ("(1) May 14, 2024 (Tue): one
    unmanned aircraft (TB-001 type; photo 1)")."""
    if _ITEM_OPENING.match(line) or _PHOTO_NUMBER.search(line) or _PHOTO_POINTER.search(line):
        return False
    if _CAPTION_CREDIT.search(line):
        return True
    return "hoto" in line and bool(_PHOTO_PAREN.search(line))


def _contact(line: str) -> bool:
    if "@" in line and _EMAIL.search(line):
        return True
    return bool(_DIGIT.search(line)) and bool(_PHONE.search(line))


def _is_noise_line(line: str, bullet: bool, continued: bool = False) -> bool:
    if (
        _NOISE_LINE.match(line)
        or (line.endswith((")", ").")) and _caption_credit(line))
        or _CAPTION_START.match(line)
    ):
        return True
    if continued:
        return False  # the rest of a sentence broken over two lines
    if _ALONE_NOISE_LINE.match(line) or _BYLINE.match(line):
        return True
    if len(line) > _SHORT_LINE:
        return False  # the checks below are for short lines: menus, tags, contacts, dates
    words = _LETTERS.findall(line.lower())
    if words and all(word in _UI_WORDS for word in words):
        return True
    if _contact(line) and not _is_prose(line):
        return True
    if _TAG_LINE.match(line):
        return True  # "russia", "asia & pacific", "news, russia, japan, china"
    if bullet and (len(words) <= 2 or not _ITEM_START.match(line)) and not line.endswith("."):
        return True  # "• Trending Japan", "• , Yomiuri , p. 26" (not '- "Haijing 2101": approx.
        # 38 km north-northeast of Kuba Island', a vessel of a release's list)
    return _is_date_only(line)


_ITEM_START = re.compile(r"[\w\"“‘(]")


def _is_date_only(line: str) -> bool:
    """A line that only states a date ("Date: 2019/04/01", "Published: April 29, 2020")."""
    if len(line) > 100 or not _DIGIT.search(line):
        return False
    found = full_dates_from_text(line)
    if not found:
        return False
    rest = line
    for mention in reversed(found):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _DATE_LABEL.sub(" ", _UPDATE_LABEL.sub(" ", rest))
    rest = re.sub(r"(?i)\bsource\b", " ", rest)
    words = len(_WORD.findall(rest))
    if line.endswith((".", "!", "?")) and words:
        return False  # "It happened on Nov. 19, 2021." is a sentence
    return words <= 4


def _joined(lines: list[str]) -> str:
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
