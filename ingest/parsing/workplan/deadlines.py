"""Work-plan deadlines (完成时限): the wording as printed, turned into a date and a kind.

Kinds: `date` (a calendar deadline: 2022年9月底前), `year_round` (全年: the whole plan year, so its last day),
`ongoing` (a deadline followed by 长期坚持: done by then and kept up afterwards), `relative` (counted from
the plan's issue date: 本文件印发后30日内). Wording outside these rules is not guessed at: it comes back
with no date and no kind and a reason, so the task is flagged rather than given a made-up date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ingest.parsing.text import squash

# "，长期坚持" / "，并长期坚持" after a deadline: done by then, kept up afterwards.
_ONGOING = re.compile(r"^(?P<head>.+?)[，,；;]?(?:并|且)?(?:长期坚持|持续推进|长期推进)$")
_YEAR_ROUND = re.compile(r"^(?:(?P<year>\d{4})年)?全年(?:持续推进|推进)?$")
_YEAR_END = re.compile(r"^(?P<year>\d{4})年(?:年底|底|年末)(?:前|以前|之前)?(?:完成)?$")
_MONTH_END = re.compile(r"^(?P<year>\d{4})年(?P<month>\d{1,2})月(?:底|末)(?:前|以前|之前)?(?:完成)?$")
_DAY = re.compile(r"^(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:前|以前|之前)?(?:完成)?$")
_RELATIVE = re.compile(r"^(?:本文件|本要点|本通知|文件)印发(?:之日)?后(?P<days>\d+)(?:日|天)内(?:完成)?$")


@dataclass(frozen=True)
class Deadline:
    text: str
    date: dt.date | None
    kind: str | None  # date | year_round | ongoing | relative
    reason: str | None = None  # why date or kind is empty


def looks_like_deadline(text: str) -> bool:
    """True for a cell that reads like a deadline, so the table's columns can be told apart by content."""
    text = squash(text)  # a wrapped cell leaves spaces inside ("2022 年年底 前完成")
    if not text or len(text) > 30 or "。" in text:
        return False
    return bool(
        re.match(r"^(?:\d{4}年|全年|长期|本文件印发|本要点印发|本通知印发|文件印发|每[年季月周])", text)
    )


def _calendar(text: str, plan_year: int | None) -> tuple[dt.date | None, str | None, str | None]:
    """Date, kind and reason for a deadline without the 长期坚持 tail."""
    if m := _YEAR_ROUND.match(text):
        year = int(m["year"]) if m["year"] else plan_year
        if year is None:
            return None, "year_round", "全年 with no plan year to date it"
        return dt.date(year, 12, 31), "year_round", None
    if m := _YEAR_END.match(text):
        return dt.date(int(m["year"]), 12, 31), "date", None
    if m := _MONTH_END.match(text):
        year, month = int(m["year"]), int(m["month"])
        if not 1 <= month <= 12:
            return None, None, f"month {month} does not exist"
        return dt.date(year, month, calendar.monthrange(year, month)[1]), "date", None
    if m := _DAY.match(text):
        try:
            return dt.date(int(m["year"]), int(m["month"]), int(m["day"])), "date", None
        except ValueError:
            return None, None, "the printed day does not exist"
    return None, None, "wording not understood"


def parse_deadline(text: str, plan_year: int | None, issued_on: dt.date | None) -> Deadline:
    """Normalise one 完成时限 cell; `plan_year` dates 全年, `issued_on` dates 印发后N日内."""
    clean = squash(text)
    if m := _RELATIVE.match(clean):
        if issued_on is None:
            return Deadline(clean, None, "relative", "counted from the issue date, which was not found")
        return Deadline(clean, issued_on + dt.timedelta(days=int(m["days"])), "relative")
    if clean in {"长期坚持", "长期", "持续推进", "长期推进"}:
        return Deadline(clean, None, "ongoing", "ongoing with no end date")
    if (m := _ONGOING.match(clean)) and m["head"] != clean:
        date, kind, reason = _calendar(m["head"], plan_year)
        if kind is None:
            return Deadline(clean, None, None, reason)
        return Deadline(clean, date, "ongoing", reason)
    date, kind, reason = _calendar(clean, plan_year)
    return Deadline(clean, date, kind, reason)
