"""ClinicalEvent.to_json_bytes (what ingest sends to Kafka) is byte for byte the orjson text of
to_json_dict: strings with control, separator and non-BMP characters, floats of every shape."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from schemas.event import ClinicalEvent, NoteInfo

TRICKY = "a\x00b\x1fc\u2028d\u2029e\ud7ff f\U0001F600 g\u00e9 \\ \" / \t\n\r \x7f \u0085 [NAME]"
TIMES = [datetime(2026, 2, 1, 6, 0, 0, 123456, tzinfo=UTC), datetime(2026, 2, 1, 6, 0, tzinfo=UTC)]
VALUES = [0.1, 1e-7, 123456789.123, 1e20, 5.0, -0.0, 2.675, 1e16, 12345678901234567890.0, 3, 36.6, 98.96]


@pytest.mark.parametrize("value", VALUES, ids=[repr(v) for v in VALUES])
@pytest.mark.parametrize("time", TIMES, ids=["micros", "whole-seconds"])
def test_vital_bytes(value: float, time: datetime) -> None:
    ev = ClinicalEvent(event_id="e1", kind="vital", patient="pX", time=time, received_at=time, code="8867-4",
                       value=value, unit="/min", display=TRICKY, source=TRICKY, resource_type="Observation")
    assert ev.to_json_bytes() == orjson.dumps(ev.to_json_dict())
    assert ClinicalEvent.model_validate_json(ev.to_json_bytes()) == ev


def test_note_bytes() -> None:
    t = TIMES[0]
    ev = ClinicalEvent(event_id="n1", kind="note", patient="pX", time=t, received_at=t,
                       resource_type="DocumentReference", note=NoteInfo(text=TRICKY * 3))
    assert ev.to_json_bytes() == orjson.dumps(ev.to_json_dict())
