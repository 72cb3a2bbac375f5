"""Adversarial inbound messages, each with the reason code it is meant to be dead-lettered with.

Fuzzed JSON, non-FHIR JSON, fuzzed FHIR (wrong types, unknown resource types), missing subject,
time or value, wrong units, impossible values, deep nesting, oversized Bundles, and messages
just under and just over the 4 MB message limit. Measurement resources name real patients of
the valid feed, so a wrongly accepted value would change their alerts. Deterministic per seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from streams.kafka_io import OutMessage

__all__ = ["HUGE_OVER", "Bad", "adversarial", "interleave"]

_LOINC, _UCUM = "http://loinc.org", "http://unitsofmeasure.org"
HUGE_OVER = 4_200_000  # bytes: over the 4,000,000 limit, under the broker's 4 MiB default


@dataclass(frozen=True)
class Bad:
    message: OutMessage
    intended: str  # the reason code this message is built to be rejected with
    kind: str


def _obs(rng: random.Random, pid: str, code: str, value: Any, unit: str | None, *,
         time: bool = True, subject: bool = True) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Observation", "id": f"adv-{rng.getrandbits(48):x}", "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "vital-signs"}]}],
        "code": {"coding": [{"system": _LOINC, "code": code}]},
    }
    if subject:
        res["subject"] = {"reference": pid}
    if time:
        res["effectiveDateTime"] = f"2026-05-01T{rng.randrange(6, 12):02d}:{rng.randrange(60):02d}:00Z"
    if value is not None:
        res["valueQuantity"] = {"value": value, "unit": unit or "", "system": _UCUM, **({"code": unit} if unit else {})}
    return res


def _fuzz_bytes(rng: random.Random, valid: bytes) -> bytes:
    how = rng.randrange(4)
    if how == 0:  # truncated
        return valid[: rng.randrange(1, max(2, len(valid) - 1))]
    if how == 1:  # invalid UTF-8 spliced in
        i = rng.randrange(len(valid))
        return valid[:i] + b"\xff\xfe\xc3" + valid[i:]
    if how == 2:  # random bytes (one line: several lines would be NDJSON, one rejection each)
        return b"\x00" + bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 300))).replace(b"\n", b" ")
    return valid[:-1] + b",}"  # trailing comma


def _generators(pids: list[str]) -> list[tuple[str, str, Callable[[random.Random], bytes]]]:
    def pid(rng: random.Random) -> str:
        return rng.choice(pids)

    def nested(rng: random.Random) -> bytes:
        depth = rng.randrange(70, 400)
        return b'{"resourceType":"Observation","extension":' + b"[" * depth + b"1" + b"]" * depth + b"}"

    return [
        ("invalid_json", "fuzzed JSON bytes",
         lambda r: _fuzz_bytes(r, orjson.dumps(_obs(r, pid(r), "8867-4", 80, "/min")))),
        ("not_fhir", "JSON, not a resource",
         lambda r: orjson.dumps(r.choice([[1, 2, 3], {"resource": "Observation"}, "Observation", 42, None,
                                          {"resourceType": 7}, {"a": {"b": [r.random()]}}]))),
        ("unsupported_resource", "unknown resourceType",
         lambda r: orjson.dumps({"resourceType": r.choice(["Banana", "Obsrvation", "PatientX"]), "id": "x"})),
        ("fhir_validation_failed", "wrong types",
         lambda r: orjson.dumps({**_obs(r, pid(r), "8867-4", 80, "/min"),
                                 r.choice(["status", "code"]): r.choice([123, [1], {"x": 1}])})),
        ("missing_subject", "no subject", lambda r: orjson.dumps(_obs(r, pid(r), "8867-4", 80, "/min", subject=False))),
        ("missing_time", "no effective time", lambda r: orjson.dumps(_obs(r, pid(r), "9279-1", 18, "/min", time=False))),
        ("missing_value", "no value", lambda r: orjson.dumps(_obs(r, pid(r), "8867-4", None, None))),
        ("unknown_unit", "wrong units",
         lambda r: orjson.dumps(_obs(r, pid(r), r.choice(["8867-4", "8310-5", "2823-3"]), 7, r.choice(["furlong", "kg", "[lb_av]"])))),
        ("value_out_of_range", "impossible values",
         lambda r: orjson.dumps(_obs(r, pid(r), *r.choice([("8867-4", 900, "/min"), ("59408-5", 140, "%"),
                                                           ("8310-5", -40, "Cel"), ("9279-1", -3, "/min")])))),
        ("message_too_large", "nesting deeper than 64", nested),
    ]


def _bundle_too_large(rng: random.Random, pids: list[str]) -> bytes:
    entry = {"resource": _obs(rng, rng.choice(pids), "8867-4", 80, "/min")}
    return orjson.dumps({"resourceType": "Bundle", "type": "collection", "entry": [entry] * 5001})


def _padded(size: int) -> bytes:
    """Valid JSON but not FHIR, exactly `size` bytes."""
    head, tail = b'{"padding":"', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def adversarial(n: int, pids: list[str], seed: int = 1) -> list[Bad]:
    """n bad messages: 2 just under the limit (not_fhir), 2 just over (message_too_large), 3
    Bundles over the entry limit, the rest drawn evenly from the generators above."""
    rng = random.Random(seed)
    out = [Bad(OutMessage(_padded(3_990_000), b"adv-huge"), "not_fhir", "3.99 MB (under the limit)") for _ in range(2)]
    out += [Bad(OutMessage(_padded(HUGE_OVER), b"adv-huge"), "message_too_large", "4.2 MB (over the limit)") for _ in range(2)]
    out += [Bad(OutMessage(_bundle_too_large(rng, pids), b"adv-bundle"), "bundle_too_large", "5,001 entries") for _ in range(3)]
    gens = _generators(pids)
    while len(out) < n:
        code, kind, make = gens[len(out) % len(gens)]
        key = rng.choice(pids).encode() if rng.random() < 0.7 else None
        out.append(Bad(OutMessage(make(rng), key), code, kind))
    rng.shuffle(out)
    return out


def interleave(valid: list[OutMessage], bad: list[Bad]) -> list[OutMessage]:
    """Bad messages spread evenly between the valid ones (valid order kept)."""
    out: list[OutMessage] = []
    per = len(bad) / max(1, len(valid))
    j = 0.0
    k = 0
    for m in valid:
        j += per
        while k < int(j):
            out.append(bad[k].message)
            k += 1
        out.append(m)
    out.extend(b.message for b in bad[k:])
    return out
