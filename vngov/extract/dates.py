"""Vietnamese date expressions, resolved against an article's publish date.

`find_dates(text, published_at)` returns every expression it can resolve as a `DateMention`:
a [start, end] date range with a granularity ('day', 'month', 'quarter', 'year'), the part of the
day for "Sáng/Trưa/Chiều/Tối ...", the verbatim expression and its span, and the relation word in
front of it ("trước ngày ..." -> 'before', "trong quý I" -> 'within', "từ ngày ..." -> 'from').
Plan periods ("giai đoạn 2026-2030", "tầm nhìn đến năm 2045") come back with `plan=True` so
callers can keep them out of deadlines.

Year rules: a day/month without a year takes the publish year, stepping back one year when that
would lie after publication ("Chiều 4/3" in an article of 5/3/2025 -> 4/3/2025; "Ngày 25/12" in an
article of 3/1/2025 -> 25/12/2024). Forward-looking expressions ("trước ngày 25/1") never step back.
Quarters, months and year parts without a year take the publish year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from vngov.config import VIETNAM_TZ

__all__ = ["DateMention", "find_dates", "parse_date", "to_date"]

VIETNAM = VIETNAM_TZ
PART_OF_DAY = {"sáng": "morning", "rạng sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "evening"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_WEEKDAYS = {"thứ hai": 0, "thứ 2": 0, "thứ ba": 1, "thứ 3": 1, "thứ tư": 2, "thứ 4": 2, "thứ năm": 3, "thứ 5": 3,
             "thứ sáu": 4, "thứ 6": 4, "thứ bảy": 5, "thứ 7": 5, "chủ nhật": 6}
_MONTH_COUNTS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_RELATIVE_DAYS = {"hôm nay": 0, "nay": 0, "hôm qua": -1, "qua": -1, "hôm kia": -2, "ngày mai": 1, "mai": 1, "ngày kia": 2}
# Relations under which a date lies ahead of the writer: never step those back a year.
_FORWARD = {"before", "within", "until", "at"}
# A forward-looking day/month that resolves this far in the past means next year ("trước ngày 10/1" in December).
_ROLL_FORWARD_AFTER = timedelta(days=180)


@dataclass(frozen=True)
class DateMention:
    start: date
    end: date
    granularity: str  # 'day' | 'month' | 'quarter' | 'year'
    text: str  # the expression, verbatim
    span: tuple[int, int]
    part_of_day: str | None = None  # 'morning' | 'noon' | 'afternoon' | 'evening'
    relation: str | None = None  # 'before' | 'within' | 'at' | 'from' | 'until' | None
    expression: str = ""  # the expression with its relation word ("trước ngày 25/1/2025")
    expression_span: tuple[int, int] = (0, 0)
    plan: bool = False  # a plan period / term / vision horizon, never a deadline
    inferred_year: bool = False  # the year was not written: taken from the publish date

    def to_dict(self) -> dict:
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["span"], data["expression_span"] = list(self.span), list(self.expression_span)
        return data


# ----------------------------------------------------------------------------- patterns

# Patterns run on a lower-cased copy of the text (same length, same offsets) and start with a
# literal word rather than \b: both let the regex engine skip ahead quickly, which matters at
# hundreds of articles a second. The word boundary before a match is checked in code instead.
_DM = r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-–])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d/]|[.\-–]\d)"
_POD = r"(?P<pod>rạng sáng|sáng|trưa|chiều|tối|đêm)"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_YEAR_TAIL = r"(?:(?:\s*/\s*|[.-])(?P<y>\d{4})|\s+(?:của\s+)?năm\s+(?P<y2>\d{4})|\s+(?P<nay>năm\s+nay))?"

_PATTERNS: list[tuple[str, re.Pattern]] = [(kind, re.compile(pattern)) for kind, pattern in [
    # giai đoạn 2026-2030, nhiệm kỳ 2021-2026, tầm nhìn đến năm 2045, mục tiêu đến năm 2030
    ("plan_range", r"(?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch|chiến lược)\s+(?:năm\s+)?(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})\b"),
    ("plan_horizon", r"(?:đến|tới)\s+năm\s+(?P<y>\d{4})\b"),
    # ngày 03 tháng 7 năm 2025
    ("long", r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?\b"),
    # Sáng 13/1, Chiều nay (15/4), Tối thứ Hai, 7.11, sáng ngày 13/01/2025
    ("pod_dm", rf"{_POD}(?:\s+(?P<rel>nay|hôm nay|qua|hôm qua|mai))?\s*,?\s*(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?\(?\s*{_DM}\s*\)?"),
    ("pod_rel", rf"{_POD}\s+(?P<rel>nay|qua|mai)\b"),
    # hôm nay, Hôm qua (27-9), ngày mai
    ("rel", rf"(?P<rel>hôm nay|hôm qua|hôm kia|ngày mai|ngày kia)\b(?:\s*,?\s*\(\s*{_DM}\s*\))?"),
    # Sáng thứ Hai vừa qua, thứ Sáu tuần trước, hôm thứ Ba tuần này: the weekday nearest before publication
    ("weekday_rel", rf"(?:{_POD}\s+)?(?:hôm\s+)?(?P<wd>{_WEEKDAY})\s+(?P<wrel>vừa qua|vừa rồi|tuần trước|tuần qua|tuần này)\b"),
    # Ngày 1/4, ngày 25-10, trước ngày 25/1/2025, thứ Tư, 05/03/2025, thứ Ba (11.3), hôm 12/3
    ("ngay_dm", rf"(?:ngày|hôm|{_WEEKDAY}\s*,?)\s*\(?\s*{_DM}\s*\)?"),
    # trước 15-10, chậm nhất 30/4: a day and month after a time-limit word, without "ngày"
    ("limit_dm", rf"(?:trước|nhất|chót)\s+{_DM}"),
    # 22-12-2024, 25/1/2025: a full date needs no cue word
    ("dmy", r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/]|[.-]\d)"),
    # thượng/trung/hạ tuần tháng 3
    ("dekad", rf"(?P<part>thượng|trung|hạ)\s+tuần\s+tháng\s+(?P<m>\d{{1,2}})\b{_YEAR_TAIL}"),
    # 6 tháng đầu năm, 6 tháng cuối năm 2025, 11 tháng năm 2025
    ("cumulative",
     r"(?<![\d\w])(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu)\s+tháng\s+(?:(?P<side>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4})|\s+(?P<nay>nay))?|năm\s+(?:(?P<y2>\d{4})|(?P<nay2>nay)))\b"),
    ("half", r"nửa\s+(?P<side>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4})|\s+(?P<nay>nay))?\b"),
    # từ nay đến cuối năm (2025)
    ("to_year_end", r"(?:đến|tới|cho đến|trước)\s+(?:hết\s+)?cuối\s+năm(?:\s+(?P<y>\d{4})|\s+(?P<nay>nay))?\b"),
    # từ nay đến hết năm: only after "từ nay" (a bare "đến hết năm 2025" may be how long something lasts)
    ("rest_of_year", r"(?<=nay )(?:đến|tới)\s+hết\s+năm(?:\s+(?P<y>\d{4})|\s+(?P<nay>nay))?\b"),
    # quý I/2025, quý 4, quý IV năm 2024 (lower-cased: "quý iv")
    ("quarter", rf"quý\s+(?P<q>iv|iii|ii|i|[1-4])\b{_YEAR_TAIL}"),
    # tháng 11/2025, tháng 11 năm 2025, tháng 11 (not "9 tháng": that is a duration)
    # "trong tháng này", "ngay trong quý này": the month or quarter of publication
    ("this_period", r"(?P<unit>tháng|quý)\s+này\b"),
    ("month", rf"tháng\s+(?P<m>\d{{1,2}})\b(?!\s*/\s*\d{{1,2}}\b)(?!\s+(?:tháng|ngày)\b){_YEAR_TAIL}"),
    # năm 2025, năm nay
    ("year", r"năm\s+(?:(?P<y>(?:19|20)\d\d)\b|(?P<nay>nay)\b)"),
    # "phải xong trong năm", "hoàn thành trong năm;": a bare "trong năm" is the publish year
    ("year_bare", r"(?<=trong )năm(?=\s*(?:[,.;:!)]|$)|\s+(?:gồm|này|là|và)\b)"),
]]
# Patterns that begin with a digit are tried only where a run of digits begins (much cheaper
# than letting the engine try every position of the text).
_DIGIT_START = {"dmy", "cumulative"}
_DIGIT_PATTERNS = [(kind, pattern) for kind, pattern in _PATTERNS if kind in _DIGIT_START]
# The others begin with one of a few words: each is tried only where one of its first words stands
# (one scan for all the words instead of a scan of the whole text per pattern).
_FIRST_WORDS = {
    "plan_range": "giai nhiệm thời kế chiến", "cumulative": "một hai ba bốn năm sáu", "plan_horizon": "đến tới", "long": "ngày",
    "pod_dm": "rạng sáng trưa chiều tối đêm", "pod_rel": "sáng trưa chiều tối đêm", "rel": "hôm ngày",
    "ngay_dm": "ngày hôm thứ chủ", "weekday_rel": "rạng sáng trưa chiều tối đêm hôm thứ chủ", "limit_dm": "trước nhất chót", "dekad": "thượng trung hạ", "half": "nửa",
    "to_year_end": "đến tới cho trước", "rest_of_year": "đến tới", "quarter": "quý", "month": "tháng", "this_period": "tháng quý", "year": "năm", "year_bare": "năm",
}
_BY_FIRST_WORD: dict[str, list[tuple[str, re.Pattern]]] = {}
for _kind, _pattern in _PATTERNS:
    for _word in _FIRST_WORDS.get(_kind, "").split():
        _BY_FIRST_WORD.setdefault(_word, []).append((_kind, _pattern))
_TRIGGER = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_BY_FIRST_WORD, key=len, reverse=True)) + r")(?!\w)")
_DIGIT_RUN = re.compile(r"\d+")
_FROM_NOW = re.compile(r"từ\s+nay\s+$")
_DURATION_BEFORE = re.compile(r"\d\s$")  # "9 tháng" is a duration, not a month

_FLAGS = re.IGNORECASE
# A time of day between the limit word and the day: "trước 17h ngày 19/8", "chậm nhất 10 giờ 30 ngày 5/3".
_CLOCK = r"(?:\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:'|p|\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?,?)?"
# The relation word right before an expression (matched against the preceding text).
_RELATION_BEFORE = [
    ("before", re.compile(rf"(?:\btrước|(?:chậm|muộn) nhất(?:\s+là)?(?:\s+(?:vào|trong))?|hạn chót(?:\s+là)?|không muộn hơn|hạn cuối(?:\s+là)?){_CLOCK}\s*$", _FLAGS)),
    ("from", re.compile(r"(?:\btừ|kể từ|bắt đầu từ|có hiệu lực(?: thi hành)?(?: kể)? từ)\s*$", _FLAGS)),
    ("until", re.compile(rf"\b(?:đến|tới|cho đến|cho tới)(?:\s+hết)?{_CLOCK}\s*$", _FLAGS)),
    ("within", re.compile(r"\b(?:ngay\s+)?trong(?:\s+cả)?\s*$", _FLAGS)),
    ("at", re.compile(r"\bvào\s*$", _FLAGS)),
]

# What every relation above ends with, but for spaces (a necessary condition, so cheap to test
# first): its last word or the last word or sign of a time of day.
_RELATION_LAST_WORD = re.compile(
    r"(?:trước|nhất|là|vào|trong|chót|hơn|cuối|từ|đến|tới|hết|cả|sáng|trưa|chiều|tối|phút|giờ|h|p|'|,|\d)$", _FLAGS)
_LONGEST_LAST_WORD = 5


# ----------------------------------------------------------------------------- helpers

def to_date(published_at: datetime | date | str) -> date:
    """The publish day on the Vietnamese calendar.

    An aware timestamp is converted to Vietnam time (UTC+7, no daylight saving) first: DuckDB may
    hand a TIMESTAMPTZ over in UTC, and 06:00 on 5/3 in Hanoi is still 4/3 in UTC. A naive
    timestamp is taken as local time already."""
    if isinstance(published_at, str):
        published_at = datetime.fromisoformat(published_at)
    if isinstance(published_at, datetime):
        if published_at.tzinfo is not None:
            published_at = published_at.astimezone(VIETNAM)
        return published_at.date()
    return published_at


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_of(match: re.Match, pub: date) -> int:
    group = match.groupdict()
    return int(group.get("y") or group.get("y2") or pub.year)


def _relation_of(text: str, start: int) -> tuple[str | None, int]:
    """The relation word ending right before `start`, and where it begins."""
    window_start = max(0, start - 40)
    window = text[window_start:start]
    trimmed = window.rstrip()
    if not _RELATION_LAST_WORD.search(trimmed, max(0, len(trimmed) - _LONGEST_LAST_WORD)):
        return None, start  # no relation can end here: spare the five searches of the window
    for name, pattern in _RELATION_BEFORE:
        found = pattern.search(window)
        if found:
            return name, window_start + found.start()
    return None, start


# ----------------------------------------------------------------------------- resolvers
# Each resolver returns (start, end, granularity, part_of_day, plan) or None.

def _day_from_dm(match: re.Match, pub: date, relation: str | None) -> date | None:
    day, month = int(match["d"]), int(match["m"])
    if match["y"]:
        return _safe_date(int(match["y"]), month, day)
    resolved = _safe_date(pub.year, month, day)
    if resolved is None:
        return None
    if relation in _FORWARD:
        if resolved < pub - _ROLL_FORWARD_AFTER:
            resolved = _safe_date(pub.year + 1, month, day)
    elif resolved > pub:
        resolved = _safe_date(pub.year - 1, month, day)
    return resolved


def _resolve(kind: str, m: re.Match, pub: date, relation: str | None):
    group = m.groupdict()
    pod = PART_OF_DAY.get((group.get("pod") or "").lower())
    if kind in ("long", "ngay_dm", "dmy", "limit_dm") or (kind in ("pod_dm", "rel") and group.get("d")):
        day = _day_from_dm(m, pub, relation)
        return day and (day, day, "day", pod, False)
    if kind == "weekday_rel":
        return _last_weekday(group, pub) + (pod, False)
    if kind in ("pod_rel", "rel", "pod_dm"):
        offset = _RELATIVE_DAYS[" ".join(group["rel"].lower().split())]
        day = pub + timedelta(days=offset)
        return day, day, "day", pod, False
    if kind == "this_period":
        if group["unit"].lower() == "tháng":
            return date(pub.year, pub.month, 1), _month_end(pub.year, pub.month), "month", None, False
        q = (pub.month - 1) // 3 + 1
        return date(pub.year, 3 * q - 2, 1), _month_end(pub.year, 3 * q), "quarter", None, False
    if kind == "quarter":
        q = _ROMAN.get(group["q"].lower()) or int(group["q"])
        year = _year_of(m, pub)
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter", None, False
    if kind == "month":
        month = int(group["m"])
        if not 1 <= month <= 12:
            return None
        year = _year_of(m, pub)
        return date(year, month, 1), _month_end(year, month), "month", None, False
    if kind in ("year", "year_bare"):
        year = _year_of(m, pub)
        return date(year, 1, 1), date(year, 12, 31), "year", None, False
    if kind == "dekad":
        month, year = int(group["m"]), _year_of(m, pub)
        if not 1 <= month <= 12:
            return None
        first = {"thượng": 1, "trung": 11, "hạ": 21}[group["part"].lower()]
        last = {1: 10, 11: 20}.get(first) or _month_end(year, month).day
        return date(year, month, first), date(year, month, last), "day", None, False
    if kind in ("cumulative", "half"):
        return _resolve_year_part(group, m, pub)
    if kind in ("to_year_end", "rest_of_year"):
        year = _year_of(m, pub)
        from_now = _FROM_NOW.search(m.string, max(0, m.start() - 12), m.start())
        start = pub if from_now else date(year, 1, 1)
        return start, date(year, 12, 31), "year", None, False
    if kind == "plan_range":
        y1, y2 = int(group["y1"]), int(group["y2"])
        return (date(y1, 1, 1), date(y2, 12, 31), "year", None, True) if y1 <= y2 else None
    if kind == "plan_horizon":
        year = int(group["y"])
        return date(year, 1, 1), date(year, 12, 31), "year", None, True
    return None


def _last_weekday(group: dict, pub: date) -> tuple[date, date, str]:
    """"thứ Hai vừa qua": the last such weekday before the publish day; "tuần trước" that of the
    week before; "tuần này" that of the publish week."""
    weekday = _WEEKDAYS[" ".join(group["wd"].lower().split())]
    monday = pub - timedelta(days=pub.weekday())
    wrel = " ".join(group["wrel"].lower().split())
    if wrel == "tuần này":
        day = monday + timedelta(days=weekday)
    elif wrel in ("tuần trước", "tuần qua"):
        day = monday - timedelta(days=7) + timedelta(days=weekday)
    else:
        day = pub - timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    return day, day, "day"


def _resolve_year_part(group: dict, m: re.Match, pub: date):
    """6 tháng đầu năm = Jan-Jun; 6 tháng cuối năm = Jul-Dec; 11 tháng năm 2025 = Jan-Nov."""
    year = _year_of(m, pub)
    n = (group.get("n") or "6").lower()
    months = int(n) if n.isdigit() else _MONTH_COUNTS[n]
    if not 1 <= months <= 12:
        return None
    if (group.get("side") or "đầu").lower() == "cuối":
        return date(year, 13 - months, 1), date(year, 12, 31), "month", None, False
    return date(year, 1, 1), _month_end(year, months), "month", None, False


# ----------------------------------------------------------------------------- API

def find_dates(text: str, published_at: datetime | date | str) -> list[DateMention]:
    """Every resolvable date expression in `text`, in text order, without overlaps (longest wins)."""
    pub = to_date(published_at)
    lowered = _lower_same_length(text)
    # both digit patterns open with one or two digits and then something else
    digit_runs = [m.start() for m in _DIGIT_RUN.finditer(lowered) if m.end() - m.start() <= 2]
    found = [(kind, pattern.match(lowered, pos)) for kind, pattern in _DIGIT_PATTERNS for pos in digit_runs]
    found += [(kind, pattern.match(lowered, trigger.start())) for trigger in _TRIGGER.finditer(lowered)
              for kind, pattern in _BY_FIRST_WORD[trigger.group()]]
    candidates = []
    for kind, m in found:
        if m is None:
            continue
        if m.start() and lowered[m.start() - 1].isalnum() and lowered[m.start()].isalpha():
            continue  # not at a word start ("trưa" inside "chưa")
        if kind == "month" and _DURATION_BEFORE.search(lowered, max(0, m.start() - 2), m.start()):
            continue
        start, end = _trim(text, m)
        if kind == "limit_dm":  # the date is the digits; the limit word is its relation
            start = m.start("d")
        if kind == "rest_of_year" and not _FROM_NOW.search(lowered, max(0, m.start() - 12), m.start()):
            continue
        if start < end:
            candidates.append((start, end, kind, m))
    mentions = []
    taken: list[tuple[int, int]] = []
    for start, end, kind, m in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        mention = _mention(text, start, end, kind, m, pub)
        if mention:
            taken.append((start, end))
            mentions.append(mention)
    return sorted(mentions, key=lambda d: d.span)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _trim(text: str, m: re.Match) -> tuple[int, int]:
    """Drop leading spaces and a trailing unmatched ')' or ',' from a match."""
    start, end = m.span()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    return start, end


def _mention(text, start, end, kind, m, pub) -> DateMention | None:
    relation, rel_start = _relation_of(text, start)
    if kind in ("to_year_end", "rest_of_year"):  # "từ nay đến cuối năm": the expression includes "từ nay"
        from_now = _FROM_NOW.search(m.string, max(0, start - 12), start)
        relation, rel_start = "before", from_now.start() if from_now else start
    resolved = _resolve(kind, m, pub, relation)
    if not resolved:
        return None
    first, last, granularity, pod, plan = resolved
    return DateMention(
        start=first, end=last, granularity=granularity, text=text[start:end], span=(start, end),
        part_of_day=pod, relation=relation, expression=text[rel_start:end], expression_span=(rel_start, end),
        plan=plan, inferred_year=_year_inferred(kind, m),
    )


def _year_inferred(kind: str, m: re.Match) -> bool:
    """True when no year was written and the expression is not relative to the publish day."""
    group = m.groupdict()
    if group.get("y") or group.get("y1") or group.get("y2") or group.get("nay") or group.get("nay2"):
        return False
    if kind in ("pod_rel", "rel", "pod_dm") and group.get("rel") and not group.get("d"):
        return False  # "hôm qua", "sáng nay": exact days
    if kind in ("weekday_rel", "this_period"):
        return False
    return kind not in ("plan_range", "plan_horizon")


def parse_date(expression: str, published_at: datetime | date | str) -> DateMention | None:
    """The first date expression in a short string, e.g. parse_date("quý I/2025", pub)."""
    found = find_dates(expression, published_at)
    return found[0] if found else None
