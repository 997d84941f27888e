"""Our own resolver of news date expressions against the publication date.

Rules (news convention, documented in docs/coding.md):
- a weekday ("on Wednesday", "late on Monday", "last Friday", "Monday night") is the most recent
  such day on or before publication, except "last <weekday>" in a paper of that same weekday,
  which is a week earlier;
- "overnight into Friday" is coded on the named day;
- "yesterday", "last night" -> the day before publication; "today", "this morning" -> that day;
- "last week" / "this week" / "at the weekend" -> the middle of that period, time_precision 2;
- "earlier this month" / "last month" / "in March" -> mid-month, time_precision 3;
- a bare year ("in 2020", "since 1994") or "last year" -> 1 July of that year, time_precision 3,
  kind "year";
- "last December" -> the latest December before the publication month, time_precision 3;
- numeric dates ("19/11", "21/11/2026", "11/19/26"), with a year, opening a line or item, before a
  colon or after "on"/"of"/"since"/"from"/"until"/"dated", only when one reading, day first or month
  first, is a real day near publication; "5/11" with both readings plausible is left alone;
- a live blog's time stamp opening a line ("13:05 —") dates that item on the publication day,
  unless the item says another day (kind "stamp");
- a day counted from another date ("a day after", "two days later", "the previous day") is
  resolved against the date mentioned before it. "X on Wednesday, a day after Y" dates Y (what
  follows "after") a day before Wednesday; "a day later" / "the next day" moves forward.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import DateError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: date
    precision: int  # 1 day, 2 week, 3 month (or year)
    kind: str  # day, week, month, year


def parse_published(value: str | date | None) -> datetime | None:
    """An ISO 8601 publication date or datetime; raises DateError on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise DateError(f"cannot read publication date {value!r}: use ISO 8601, e.g. 2022-09-14 or 2022-09-14T06:35") from None


def weekday_on_or_before(day_name: str, ref: date, strictly_before: bool = False) -> date:
    delta = (ref.weekday() - WEEKDAYS.index(day_name.lower())) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return ref - timedelta(days=delta)


def _mid_month(year: int, month: int, ref: date) -> date:
    d = date(year, month, 15)
    if year == ref.year and month == ref.month and d > ref:
        d = date(year, month, max(1, ref.day // 2))  # the middle of the part of the month gone by
    return d


def _month_year(month: int, ref: date) -> int:
    """The year of a month named without one: this year, unless that is well after publication."""
    return ref.year if month <= ref.month else ref.year - 1


def _day_of(day: int, month: int, year: int | None, ref: date) -> date | None:
    y = year or ref.year
    try:
        d = date(y, month, day)
    except ValueError:
        return None
    if year is None and d > ref + timedelta(days=7):
        try:
            d = date(y - 1, month, day)
        except ValueError:
            return None
    return d


# "9/11", "26/11": attacks known by their date, not days of this story
_NAMED_DATES = {"9/11", "7/7", "26/11", "7/10"}


def _numeric(text: str, a: int, b: int, year: str | None, ref: date) -> date | None:
    """"19/11", "21/11/2026", "11/19/26": the one reading (day first, or month first) that is a
    real day near publication (within 60 days before it, or any day of a year written out). Both
    readings plausible ("5/11") is left unresolved rather than guessed."""
    if text in _NAMED_DATES:
        return None
    y = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            d = date(y or ref.year, month, day)
        except ValueError:
            continue
        if y is None and d > ref + timedelta(days=1):
            d = d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else d
        if (y is not None and d <= ref + timedelta(days=1)) or timedelta(0) <= ref - d <= timedelta(days=60):
            readings.append(d)
    return readings[0] if len(set(readings)) == 1 else None


_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "on the night of 22 to 23 November", "22-23 Nov": a night or a span starts on its first day
    ("span", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?", re.I)),
    ("mdy", re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("numeric", re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d{2}))?(?![\d/]|,\d)")),
    # "Christmas Eve 2023": a feast named with its year
    ("feast", re.compile(r"\b(christmas eve|christmas day|christmas|new year's eve|new year's day)\s+((?:19|20)\d{2})\b", re.I)),
    # "It was Tuesday ... the 17th.": a day of the month said alone, ending its phrase
    ("ordinal", re.compile(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)—–]|$))", re.I)),
    ("overnight", re.compile(rf"\bovernight\s+(?:into|on|to)\s+{_WD}\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(last|this|past|on|late\s+on|early\s+on|late|early)\s+)?{_WD}\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|last night|overnight)\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|earlier today)\b", re.I)),
    ("week", re.compile(r"\b(last|this|past|previous|earlier this)\s+(week|weekend)\b|\b(?:at|over)\s+the\s+weekend\b", re.I)),
    ("month", re.compile(r"\b(earlier this|this|last|past|previous)\s+month\b", re.I)),
    ("last_month_name", re.compile(rf"\b(?:last|this\s+past)\s+{_MON}\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|during|early|late|mid-?)\s+{_MON}\b(?:\s+(\d{{4}}))?", re.I)),
    ("year", re.compile(r"\b(?:in|since|of|during|until|by|from|the|a|in late|in early)\s+((?:19|20)\d{2})\b", re.I)),
    # a live blog's item: "13:05 — A guided bomb hit ..." happened on the day of the blog
    ("stamp", re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|local time))?"
                         r"\s*[—–-]", re.I | re.M)),
    ("last_year", re.compile(r"\b(?:last|previous|past)\s+year\b|\ba\s+year\s+ago\b", re.I)),
]


def _resolve(kind: str, m: re.Match[str], ref: date) -> tuple[date, int, str] | None:
    g = m.groups()
    if kind == "iso":
        try:
            return date(int(g[0]), int(g[1]), int(g[2])), 1, "day"
        except ValueError:
            return None
    if kind == "mdy":
        d = _day_of(int(g[1]), MONTHS[g[0].lower()], int(g[2]) if g[2] else None, ref)
        return (d, 1, "day") if d else None
    if kind == "dmy":
        d = _day_of(int(g[0]), MONTHS[g[1].lower()], int(g[2]) if g[2] else None, ref)
        return (d, 1, "day") if d else None
    if kind == "numeric":
        before = m.string[max(0, m.start() - 8):m.start()].lower()
        line = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()].strip(" -•*\t")
        framed = g[2] is not None or m.string[m.end():m.end() + 1] == ":" or not line or \
            re.search(r"\b(on|of|since|from|until|dated)\s+$", before) is not None
        if not framed:
            return None  # "a 3/4 majority", "won 2/3 of the seats": not dates
        d = _numeric(m.group(0), int(g[0]), int(g[1]), g[2], ref)
        return (d, 1, "day") if d else None
    if kind == "span":
        d = _day_of(int(g[0]), MONTHS[g[1].lower()], int(g[2]) if g[2] else None, ref)
        return (d, 1, "day") if d else None
    if kind == "feast":
        month, day = _FEASTS[g[0].lower()]
        return date(int(g[1]), month, day), 1, "day"
    if kind == "ordinal":
        d = _latest_day_of_month(int(g[0]), ref)
        return (d, 1, "day") if d else None
    if kind == "overnight":
        return weekday_on_or_before(g[0], ref), 1, "day"
    if kind == "weekday":
        modifier = (g[0] or "").lower()
        return weekday_on_or_before(g[1], ref, strictly_before=modifier in ("last", "past")), 1, "day"
    if kind == "yesterday":
        return ref - timedelta(days=1), 1, "day"
    if kind == "today":
        return ref, 1, "day"
    if kind == "week":
        text = m.group(0).lower()
        monday = ref - timedelta(days=ref.weekday())
        if "weekend" in text:
            sat = monday - timedelta(days=2) if ("last" in text or "past" in text or ref.weekday() < 5) else monday + timedelta(days=5)
            return min(sat, ref), 2, "week"
        if g[0] and g[0].lower() in ("last", "past", "previous"):
            return monday - timedelta(days=4), 2, "week"
        return min(monday + timedelta(days=3), ref), 2, "week"
    if kind == "month":
        if g[0].lower() in ("last", "previous", "past"):
            prev = ref.replace(day=1) - timedelta(days=1)
            return _mid_month(prev.year, prev.month, ref), 3, "month"
        return _mid_month(ref.year, ref.month, ref), 3, "month"
    if kind == "in_month":
        month = MONTHS[g[0].lower()]
        year = int(g[1]) if g[1] else _month_year(month, ref)
        return _mid_month(year, month, ref), 3, "month"
    if kind == "last_month_name":  # "last December": the latest one before this month
        month = MONTHS[g[0].lower()]
        return _mid_month(ref.year if month < ref.month else ref.year - 1, month, ref), 3, "month"
    if kind == "stamp":
        return ref, 1, "stamp"
    if kind == "last_year":
        return date(ref.year - 1, 7, 1), 3, "year"
    if kind == "year":
        year = int(g[0])
        if year > ref.year + 1:
            return None
        return date(year, 7, 1), 3, "year"
    return None


_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
           "new year's eve": (12, 31), "new year's day": (1, 1)}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_RELATIVE = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|later|earlier|before)"
    r"|the\s+(next|following|previous|preceding)\s+(day|morning|night|evening)"
    r"|the\s+day\s+(before|after)"
    r"|(hours|minutes)\s+(later|earlier)(?!\s+than))\b", re.I)


def _relative(m: re.Match[str], anchor: DateMention | None, text: str, ref: date) -> tuple[date, int] | None:
    g = m.groups()
    if g[0]:
        n = int(g[0]) if g[0].isdigit() else _SMALL[g[0].lower()]
        n *= 7 if g[1].lower().startswith("week") else 1
        direction = g[2].lower()
    elif g[3]:
        n, direction = 1, "later" if g[3].lower() in ("next", "following") else "earlier"
    elif g[5]:
        n, direction = 1, g[5].lower()
    else:
        n, direction = 0, "later"
    line_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    opens_sentence = not text[line_start:m.start()].strip(" \"“")
    if direction in ("after", "before") and not opens_sentence:
        # "clashes on Wednesday, a day after dozens were killed" (or a headline's "clashes
        # restart a day after 99 killed"): dates what follows "after", counted back from the
        # date last mentioned, or from publication when there is none
        base = anchor.date if anchor else ref
        prec = anchor.precision if anchor else 1
        sign = -1 if direction == "after" else 1
    else:
        base = anchor.date if anchor else ref
        prec = anchor.precision if anchor else 1
        sign = 1 if direction in ("after", "later") else -1
    d = base + timedelta(days=sign * n)
    return min(d, ref), prec


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``published``, in text order, no overlaps."""
    found = _absolute_dates(text, published)
    relative = [m for m in _RELATIVE.finditer(text)
                if not any(m.start() < d.end and d.start < m.end() for d in found)]
    for m in relative:  # in text order, so a relative date can anchor the next one
        anchor = max((d for d in found if d.end <= m.start() and d.kind == "day"), key=lambda d: d.start, default=None)
        r = _relative(m, anchor, text, published)
        if r is not None:
            found.append(DateMention(m.start(), m.end(), m.group(0), r[0], r[1], "day"))
    return sorted(found, key=lambda d: d.start)


def _absolute_dates(text: str, published: date) -> list[DateMention]:
    found: list[DateMention] = []
    kinds: list[str] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            r = _resolve(kind, m, published)
            if r is None:
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), r[0], r[1], r[2]))
            kinds.append(kind)
    # "on Sunday 15 November", "Monday, November 16": the weekday names the date that follows it;
    # "It was Tuesday, around two in the morning, the 17th": so does a date of its weekday said just after
    # "Last month, on the night of 28 October": a period, then the day in it that it stands for
    explicit = [d for d, k in zip(found, kinds) if k in ("iso", "mdy", "dmy", "numeric", "ordinal", "span")]
    found = [d for d, k in zip(found, kinds) if not (k == "weekday" and any(
        0 <= x.start - d.end <= 2 and not text[d.end:x.start].strip(" ,") or _same_day_said_again(text, d, x)
        for x in explicit)) and not (k in ("week", "month", "last_month_name") and any(
            _period_then_its_day(text, d, x) for x in explicit))]
    return sorted(found, key=lambda d: d.start)


def _same_day_said_again(text: str, weekday: DateMention, x: DateMention) -> bool:
    between = text[weekday.end:x.start]
    return weekday.end <= x.start and len(between) <= 40 and x.date.weekday() == weekday.date.weekday() and not re.search(
        r"[.!?]\s|\b(after|before|since|than|ago|until|and)\b", between, re.I)


def _period_then_its_day(text: str, period: DateMention, x: DateMention) -> bool:
    between = text[period.end:x.start]
    inside = (x.date.year, x.date.month) == (period.date.year, period.date.month) if period.precision == 3 \
        else abs((x.date - period.date).days) <= 3
    return period.end <= x.start and len(between) <= 25 and inside and not re.search(r"[.!?;]|\band\b", between)


def _latest_day_of_month(day: int, ref: date) -> date | None:
    """"the 17th": that day of this month if it has come, else of last month (a month back at most)."""
    year, month = (ref.year, ref.month) if day <= ref.day else \
        ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DATELINE = re.compile(
    rf"\b(?:updated|published|posted|first published)\b\W{{0,3}}(?:on\s+)?(?:{_WD},?\s+)?(?:{_MON}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MON},?\s+(\d{{4}}))",
    re.I,
)


def find_dateline(text: str) -> date | None:
    """A publication date stated in the text ("Updated: September 14, 2022, 6:35 AM"), or None."""
    m = _DATELINE.search(text)
    if not m:
        return None
    g = m.groups()
    try:
        if g[1]:
            return date(int(g[3]), MONTHS[g[1].lower()], int(g[2]))
        return date(int(g[6]), MONTHS[g[5].lower()], int(g[4]))
    except (ValueError, KeyError, TypeError):
        return None
