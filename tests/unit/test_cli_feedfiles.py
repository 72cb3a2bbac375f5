"""What `publish` sends for a file (streams.feedfiles): NDJSON rule and the size limit."""

from __future__ import annotations

import json

import pytest

from streams.feedfiles import messages_from_bytes, oversized
from streams.kafka_io import OutMessage


def _obs(pid: str) -> bytes:
    return json.dumps({"resourceType": "Observation", "status": "final",
                       "subject": {"reference": f"Patient/{pid}"}}, separators=(",", ":")).encode()


A, B, C = _obs("a"), _obs("b"), _obs("c")
BUNDLE = json.dumps({"resourceType": "Bundle", "type": "collection",
                     "entry": [{"resource": json.loads(A)}, {"resource": json.loads(B)}]}).encode()


@pytest.mark.parametrize(("data", "kwargs", "values", "keys"), [
    pytest.param(A, {}, [A], [b"Patient/a"], id="one-resource"),
    pytest.param(b"  " + A + b"\n", {}, [A], [b"Patient/a"], id="one-resource-padded"),
    pytest.param(BUNDLE, {}, [BUNDLE], [b"Patient/a"], id="bundle-whole"),
    pytest.param(BUNDLE, {"split_bundles": True}, [A, B], [b"Patient/a", b"Patient/b"],
                 id="bundle-split"),
    pytest.param(A + b"\n\n" + B + b"\r\n" + C + b"\n", {}, [A, B, C],
                 [b"Patient/a", b"Patient/b", b"Patient/c"], id="ndjson-one-per-line"),
    pytest.param(A + b"\nnot json\n" + B + b"\n", {}, [A + b"\nnot json\n" + B + b"\n"], [None],
                 id="ndjson-bad-line-whole-file"),
    pytest.param(A + b"\n" + B + b"\nnot json\n", {}, [A + b"\n" + B + b"\nnot json\n"], [None],
                 id="ndjson-bad-last-line-whole-file"),
    pytest.param(A + b"\nnot json\n" + B + b"\n", {"max_message_bytes": 10}, [A, b"not json", B],
                 [b"Patient/a", None, b"Patient/b"], id="ndjson-bad-line-over-limit-per-line"),
    pytest.param(b"not json", {}, [b"not json"], [None], id="garbage-one-message"),
])
def test_messages_from_bytes(data: bytes, kwargs: dict[str, object], values: list[bytes],
                             keys: list[bytes | None]) -> None:
    msgs = list(messages_from_bytes(data, **kwargs))  # type: ignore[arg-type]
    assert [m.value for m in msgs] == values
    assert [m.key for m in msgs] == keys
    assert msgs == list(messages_from_bytes(data, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(("sizes", "limit", "refused"), [
    pytest.param([10, 20], 1000, [], id="all-fit"),
    pytest.param([10, 5000, 20, 6000], 1000, [2, 4], id="two-too-large"),
    pytest.param([990], 1000, [1], id="record-overhead-counts"),
])
def test_oversized(sizes: list[int], limit: int, refused: list[int]) -> None:
    msgs = [OutMessage(value=b"x" * n, key=b"k", headers=(("source", b"t"),)) for n in sizes]
    ok, too_large = oversized(msgs, limit)
    assert too_large == refused
    assert len(ok) == len(sizes) - len(refused)
    assert oversized(msgs, limit) == (ok, too_large)


def test_feedback_records_are_keyed_by_the_pseudonym_they_name() -> None:
    """Session 36 live-stack tester: `publish --topic ward.alert-feedback` sent every record unkeyed."""
    from streams.feedfiles import feedback_keyed
    from streams.kafka_io import OutMessage

    named = OutMessage(value=b'{"action": "acknowledge", "alert_id": "a1", "patient": "k1-abc"}')
    assert feedback_keyed(named).key == b"k1-abc"
    for value in (b'{"action": "acknowledge", "alert_id": "a1"}', b"not json", b"[1]"):
        assert feedback_keyed(OutMessage(value=value)).key is None
    keyed = OutMessage(value=named.value, key=b"other")
    assert feedback_keyed(keyed).key == b"other"
