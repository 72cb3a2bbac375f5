"""Date helpers for de-identification: shifting FHIR date strings and computing ages."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from processors.deid.leading import compile_rx

__all__ = ["FHIR_DATE", "FHIR_YEAR", "age_years", "date_element", "parse_day", "shift_fhir_date"]

# YYYY-MM, YYYY-MM-DD, or a dateTime/instant; a bare year (FHIR_YEAR) is a date only in an element
# that holds dates (``date_element``): "2026" elsewhere may be any string
FHIR_YEAR = compile_rx(r"(?:1[89]|2\d)\d{2}")
_DATE_KEYS = frozenset({"start", "end", "date", "issued", "authoredOn", "recorded", "lastUpdated", "created",
                        "sent", "received", "timestamp", "birthDate", "deceasedDateTime", "instant"})


def date_element(key: object) -> bool:
    """Whether an element of this name holds a date ("onsetDateTime", "period.start", "recordedDate")."""
    return isinstance(key, str) and (key in _DATE_KEYS or key.endswith(("Date", "DateTime", "Instant")))


FHIR_DATE = compile_rx(
    r"\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?"
)


def shift_fhir_date(value: str, days: int, key: object = None) -> str:
    """Shift a FHIR date/dateTime string by ``days``, keeping its precision and time part.

    A partial date ("2026", "2026-03") is shifted from a day inside it: the first day for a
    period's ``start``, the last for its ``end`` (so a shifted start never falls after its
    shifted end), the middle elsewhere. A shift past year 9999 or before year 1 stops there
    (session 37: "9999-12-31", a "no end" placeholder, crashed `deid resource` for every patient
    with a positive shift)."""
    if days == 0:
        return value
    if len(value) == 4 and FHIR_YEAR.fullmatch(value):
        y = int(value)
        anchor = date(y, 1, 1) if key == "start" else date(y, 12, 31) if key == "end" else date(y, 7, 2)
        return f"{_add_days(anchor, days).year:04d}"
    if not FHIR_DATE.fullmatch(value):
        return value
    if len(value) == 7:
        y, mo = int(value[:4]), int(value[5:7])
        last = 31 if mo == 12 else (date(y, mo + 1, 1) - timedelta(days=1)).day
        d = _add_days(date(y, mo, 1 if key == "start" else last if key == "end" else 15), days)
        return f"{d.year:04d}-{d.month:02d}"
    d = _add_days(date.fromisoformat(value[:10]), days)
    return d.isoformat() + value[10:]


def _add_days(d: date, days: int) -> date:
    """``d`` plus ``days``, held within date's range (years 1-9999)."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def parse_day(value: object) -> date | None:
    """A date from a date, datetime or FHIR date string; None when not parseable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def age_years(birth: date, as_of: date) -> int:
    years = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
    return max(years, 0)
