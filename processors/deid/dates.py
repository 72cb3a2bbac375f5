"""Date helpers for de-identification: shifting FHIR date strings and computing ages."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from processors.deid.leading import compile_rx

__all__ = ["FHIR_DATE", "age_years", "parse_day", "shift_fhir_date"]

# YYYY-MM, YYYY-MM-DD, or a dateTime/instant (a bare year is left alone: not a date element)
FHIR_DATE = compile_rx(
    r"\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?"
)


def shift_fhir_date(value: str, days: int) -> str:
    """Shift a FHIR date/dateTime string by ``days``, keeping its precision and time part."""
    if days == 0 or not FHIR_DATE.fullmatch(value):
        return value
    if len(value) == 7:  # YYYY-MM: shift the middle of the month
        d = date(int(value[:4]), int(value[5:7]), 15) + timedelta(days=days)
        return f"{d.year:04d}-{d.month:02d}"
    d = date.fromisoformat(value[:10]) + timedelta(days=days)
    return d.isoformat() + value[10:]


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
