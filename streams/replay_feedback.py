"""Feedback for `replay --feedback FILE`: ward feedback records applied at their own times.

A clinical lead backtests a feed with the acknowledgements, snoozes and overrides a ward gave
(or would give): replay once, take the alert ids (deterministic, so a second replay gives the
same ones), write Feedback v1 records, replay again with them. Each record is applied by the
feedback agent's own handler (`streams.handlers.feedback`) at its `at` time, before the events
of any later time, so an acknowledgement stops re-notification and an override's threshold
shows in later alerts exactly as on the live stack.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from processors.fhir.validation import format_loc
from schemas.feedback import Feedback
from streams.handlers.feedback import feedback_records

__all__ = ["read_feedback"]


def read_feedback(path: Path) -> tuple[list[tuple[datetime, bytes]], list[str]]:
    """(at, record) of every valid Feedback v1 record in ``path`` (one JSON object, or NDJSON),
    oldest first (file order among equal times), and a problem line per invalid record: its
    line, the fields and the rules broken, never a value (a reason could hold a name)."""
    records: list[tuple[datetime, bytes]] = []
    problems: list[str] = []
    for number, line in feedback_records(path.read_bytes()):
        try:
            fb = Feedback.model_validate_json(line)
        except ValidationError as err:
            broken = ", ".join(f"{format_loc(tuple(e['loc'])) or '(record)'}: {e['type']}"
                               for e in err.errors()[:3])  # a key that is no field name shows as "?"
            problems.append(f"{path}: line {number}: not a wardwatch.feedback/v1 record ({broken})")
            continue
        records.append((fb.at, line))
    records.sort(key=lambda r: r[0])
    return records, problems
