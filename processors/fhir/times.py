"""FHIR date/dateTime/instant strings to UTC-aware datetimes (partial dates allowed)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

__all__ = ["USABLE_YEARS", "birth_day", "first_time", "parse_fhir_date", "parse_fhir_time", "period_reversed", "period_time"]

_DT_RE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?"
    r"(Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


def parse_fhir_time(value: Any) -> datetime | None:
    """Parse a FHIR date, dateTime or instant ("2020", "2020-03", "2020-03-06T20:20:23-08:00").

    Partial dates take the first instant of the period (midnight UTC); a time without an
    offset is read as UTC. Returns None for anything unparseable and for a time outside years
    1800-2999 (`USABLE_YEARS`: "9999-12-31", a "no end" placeholder): never raises.
    """
    if not isinstance(value, str):
        return None
    if len(value) > 10 and value[10] == "T":  # fast path: full dateTime / instant
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            dt = None
        if dt is not None:
            try:
                return _usable(dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC))
            except OverflowError:  # session 37: "9999-12-31T23:59:59-05:00" is past datetime's range in UTC
                return None
    m = _DT_RE.match(value.strip())
    if m is None:
        return None
    year, month, day, hh, mi, ss, frac, tz = m.groups()
    try:
        if hh is None:
            return _usable(datetime(int(year), int(month or 1), int(day or 1), tzinfo=UTC))
        micro = int((frac or "0")[:6].ljust(6, "0"))
        tzinfo: timezone = UTC
        if tz and tz != "Z":
            sign = 1 if tz[0] == "+" else -1
            offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6]))
            tzinfo = timezone(sign * offset)
        leap = int(ss or 0) == 60  # a leap second ("23:59:60Z", legal FHIR): the next second's start
        dt = datetime(int(year), int(month), int(day), int(hh), int(mi), 59 if leap else int(ss or 0),
                      0 if leap else micro, tzinfo=tzinfo)
        return _usable((dt + timedelta(seconds=1) if leap else dt).astimezone(UTC))
    except (ValueError, OverflowError):
        return None


# Times wardwatch computes with (windows of days before, 24 h after, date shifts) stay inside
# datetime's range only away from its ends: "0001-01-01" and "9999-12-31" are placeholders ("no
# end", .NET's MinValue), never a clinical time (session 37 black-box tester: both crashed
# `validate`, `replay` and `deid resource`). A time outside years 1800-2999 is no time.
USABLE_YEARS = (1800, 2999)


def _usable(dt: datetime) -> datetime | None:
    return dt if USABLE_YEARS[0] <= dt.year <= USABLE_YEARS[1] else None


def parse_fhir_date(value: Any) -> date | None:
    """A FHIR date (possibly partial: missing month/day default to 1) as a date."""
    dt = parse_fhir_time(value)
    return dt.date() if dt is not None else None


def birth_day(value: Any) -> date | None:
    """A birth date as a day; a partial one ("1933", "1933-05") as the last day it can be, so the
    age from it is the youngest the patient can be (ingest and `deid resource` agree: session 32)."""
    day = parse_fhir_date(value)
    if day is None or not isinstance(value, str):
        return day
    text = value.strip()
    if len(text) == 4:
        return date(day.year, 12, 31)
    if len(text) == 7:
        return (date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1))
    return day


def period_time(period: Any) -> datetime | None:
    """Period.start, or Period.end when there is no start."""
    if not isinstance(period, dict):
        return None
    return parse_fhir_time(period.get("start")) or parse_fhir_time(period.get("end"))


def period_reversed(period: Any) -> bool:
    """True when a Period's start is after its end (FHIR invariant per-1: "If present, start
    SHALL have a lower value than end"); False when either is missing or unparseable."""
    if not isinstance(period, dict):
        return False
    start, end = parse_fhir_time(period.get("start")), parse_fhir_time(period.get("end"))
    return start is not None and end is not None and start > end


def first_time(res: dict[str, Any], *fields: str) -> datetime | None:
    """The first parseable time among `fields` (names ending in "period" are read as Periods)."""
    for name in fields:
        raw = res.get(name)
        if raw is None:
            continue
        dt = period_time(raw) if name.lower().endswith("period") else parse_fhir_time(raw)
        if dt is not None:
            return dt
    return None


def last_updated(res: dict[str, Any]) -> datetime | None:
    """``meta.lastUpdated`` of ``res``: when this version was recorded (None when absent)."""
    meta = res.get("meta")
    return parse_fhir_time(meta.get("lastUpdated")) if isinstance(meta, dict) else None
