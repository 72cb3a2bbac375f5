"""Patient -> demographics event (age in whole years capped at 90, sex) and PHI tokens.

The birth date never leaves this module: only the age derived from it does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from processors.deid import identifier_tokens
from processors.fhir.context import Context
from processors.fhir.subjects import patient_key
from processors.fhir.times import birth_day, parse_fhir_time
from schemas.event import AGE_CAP, ClinicalEvent, Demographics
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["AGE_CAP", "age_years", "extract_patient"]

_SEXES = frozenset({"male", "female", "other", "unknown"})


def age_years(birth: date, at: date) -> int:
    """Whole years from birth to `at` (never negative), capped at AGE_CAP."""
    years = at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day))
    return max(0, min(AGE_CAP, years))


def extract_patient(res: dict[str, Any], identity: str, full_url: object, ctx: Context
                    ) -> list[ClinicalEvent]:
    """Demographics at the message's received time; learns the patient's identifier tokens."""
    key = patient_key(res, full_url)
    if key is None:
        raise WardwatchError(ReasonCode.MISSING_SUBJECT,
                             "a Patient needs an id or an identifier to be keyed", "id")
    pseudonym = ctx.pseudonym(key)
    tokens = identifier_tokens(res, ctx.deid)
    if tokens:
        prior = ctx.learned_tokens.get(pseudonym)
        ctx.learned_tokens[pseudonym] = (prior | tokens) if prior else tokens
    at = _event_time(res, ctx)
    _check_life_dates(res)
    birth = birth_day(res.get("birthDate"))
    gender = res.get("gender")
    demo = Demographics(
        age_years=age_years(birth, at.date()) if birth is not None else None,
        sex=gender if gender in _SEXES else None,
    )
    return [ctx.event(res, identity, "", kind="demographics", patient=pseudonym, time=at,
                      demographics=demo)]


def _check_life_dates(res: dict[str, Any]) -> None:
    """A death before the birth is an impossible value (session 32 ingest tester: accepted as
    age 0). A birth "in the future" is not judged: offline commands receive a feed at the feed's
    own clock, which says nothing about when the Patient resource was written."""
    born = parse_fhir_time(res.get("birthDate"))
    died = parse_fhir_time(res.get("deceasedDateTime"))
    if born is not None and died is not None and died.date() < born.date():
        raise WardwatchError(ReasonCode.VALUE_OUT_OF_RANGE,
                             "deceasedDateTime is before birthDate (a death before the birth)",
                             "deceasedDateTime")


def _event_time(res: dict[str, Any], ctx: Context) -> datetime:
    """Deceased patients: the time of death; else when the message was received."""
    died = parse_fhir_time(res.get("deceasedDateTime"))
    if died is not None and died < ctx.received_at:
        return died
    return ctx.received_at
