"""Golden digest of everything ingest produces for the Synthea sample bundles.

Guards performance work on processors.fhir / processors.deid against any behaviour change:
every event (all fields), rejection (reason, detail, path, original bytes), outcome (path,
type, verdict, note), ignored count, learned token and unknown-drug count is folded into one
SHA-256 per input. The expected values were computed with the code before the ingest
performance work (issue 3); regenerate them only for an intended behaviour change:

    .venv/bin/python -m tests.unit.test_fhir_golden
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir import ingest_message
from processors.fhir.ingest import ingest_outcomes
from processors.fhir.validation import MONITORED_TYPES
from tests.datafiles import SYNTHEA_DIR, synthea_files

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
LIVE = DeidConfig.for_tests()
SAFE = DeidConfig.for_tests("safe-harbor")

# input name -> sha256 hex of its canonical result (see _digest)
EXPECTED: dict[str, str] = {
    "475d72ca/raw": "50dd0c69f508cdac7c84b6098d7c7ac55ca43e309f83e1575914d82610089545",
    "475d72ca/raw-safe-harbor": "50dd0c69f508cdac7c84b6098d7c7ac55ca43e309f83e1575914d82610089545",
    "475d72ca/no-ids": "ec466d684a7fc1f2702d3058b691de7e3bda7adf9280399194c767cef2c33708",
    "475d72ca/broken-ndjson": "f59a80582918143e06b4e5573df3366231b120b6a56bdd7d3198e2d6a674d822",
    "d4519c92/raw": "05ae0cc0bc5a59f1f08a0844f5c310131ba9db53bc376fcf11e822dd6fd096f3",
    "d4519c92/raw-safe-harbor": "05ae0cc0bc5a59f1f08a0844f5c310131ba9db53bc376fcf11e822dd6fd096f3",
    "d4519c92/no-ids": "5bbdc146cd73d6c0c882331f5a5b20c6bcc4bea323dc32144f5292485207b11b",
    "d4519c92/broken-ndjson": "9208ab3e6bb453ec5fbb8f202c62b6654d997c0be0b0157c2a1aaaa209592b0d",
    "6a93e0ad/raw": "a08f1d465d81fae2a2d4576ee0c92540b7e9774b6bd0edf236adec4d744cdb99",
    "6a93e0ad/raw-safe-harbor": "a08f1d465d81fae2a2d4576ee0c92540b7e9774b6bd0edf236adec4d744cdb99",
    "6a93e0ad/no-ids": "5f76fc1144719acb6e9b6cffe6130ab4c27248754f03c80d318955ab0707f1cc",
    "6a93e0ad/broken-ndjson": "038cdc59591424fb3bb303f4cccb7d1a48f43dc157493fd1ab89d6d386bc42b9",
    "6b9c211c/raw": "11193522f71ebea1c0ec53e5e4a1bc5ecdc3fe72ce5296bc5b6a000239ce985a",
    "6b9c211c/raw-safe-harbor": "11193522f71ebea1c0ec53e5e4a1bc5ecdc3fe72ce5296bc5b6a000239ce985a",
    "6b9c211c/no-ids": "ec2ab902c54d25387d99779854212e7575f2a2815b0a7e4e6b9aa5b33fee0cb6",
    "6b9c211c/broken-ndjson": "1f1fcb3382799a9c4de3458461d4ca97dc9fdfbcc7208572c5fd33434608bed5",
    "4f1ad84a/raw": "c6eb933a99cc90d1629d9fcf21a13ae533ef2ecceeacba167592a0eca5097d18",
    "4f1ad84a/raw-safe-harbor": "c6eb933a99cc90d1629d9fcf21a13ae533ef2ecceeacba167592a0eca5097d18",
    "4f1ad84a/no-ids": "cc3bf4daae839f6b717ea4049fe32ac6d7bfac63bcb4acafe96a5931e81c01d1",
    "4f1ad84a/broken-ndjson": "a09fefa4df0f721daa8819d30faf45ce74fc7afb874a811f04fa6569742d3b31",
    "5a67c244/raw": "9de5a0500cbb8a83d13b1a7e65847e6de4210fb8596ba66999a83be1f39edef2",
    "5a67c244/raw-safe-harbor": "9de5a0500cbb8a83d13b1a7e65847e6de4210fb8596ba66999a83be1f39edef2",
    "5a67c244/no-ids": "3611c24ea4bead247790b75c65c160a2a97e91ef84cf9878f3173ce23084bc2b",
    "5a67c244/broken-ndjson": "a41f3fd8a2dee4657ce15e142aef800464ec755d71d0fb234cbef280424cb913",
    "ea2dd5fa/raw": "e5a44c5842abc14c19398d4165e228bbce65d26e778faac5cc7b834524568344",
    "ea2dd5fa/raw-safe-harbor": "e5a44c5842abc14c19398d4165e228bbce65d26e778faac5cc7b834524568344",
    "ea2dd5fa/no-ids": "11791868244442c633cebd847eec1e2bfc213315adc08cca3d87f11cb5a96ba5",
    "ea2dd5fa/broken-ndjson": "b8e7df315ed224b77034c38d63e551b016e19c7628b241bd834b2dbf6ea99408",
    "c59c86ae/raw": "6a602e9c571f62862318883d95a1fe0ac758d4a74d187e9d3dc301ef5bf308b5",
    "c59c86ae/raw-safe-harbor": "6a602e9c571f62862318883d95a1fe0ac758d4a74d187e9d3dc301ef5bf308b5",
    "c59c86ae/no-ids": "8728e65826815362dd71576192689dd7d68b1a24c7567014e09b2ac1715ecc9e",
    "c59c86ae/broken-ndjson": "e2392126287924993dfce108b5278e9ac2743c613110e190956f5599df7f9d7a",
    "6aea0b29/raw": "dd1d921891773af820b8172eaa03655732e4fea6eebfc4f321fa9b30c65239ec",
    "6aea0b29/raw-safe-harbor": "dd1d921891773af820b8172eaa03655732e4fea6eebfc4f321fa9b30c65239ec",
    "6aea0b29/no-ids": "f09a7837b28e55ac62931d36ba6a0eadc788bc51f8ed7801836dcf984cd60f58",
    "6aea0b29/broken-ndjson": "f4bb7970ddb604bd14bde5e54e69abf3e77f9584dafa31738d986b42a342b725",
    "13b1a0f2/raw": "47f53d09ec07704de5caeb6b1d746b88808a28b9dcb344aa68aaa891b109392f",
    "13b1a0f2/raw-safe-harbor": "47f53d09ec07704de5caeb6b1d746b88808a28b9dcb344aa68aaa891b109392f",
    "13b1a0f2/no-ids": "45e3d9d1fbeb686aaa065616617ec6e9d5e6d7a5d2dfbfa1e2282c31cd508fca",
    "13b1a0f2/broken-ndjson": "b831803e33111b0ed0350474c154f06792a7b1dd85a696e1d936856ea8f2317d",
}


def _strip_ids(bundle: dict[str, Any]) -> bytes:
    """Monitored resources only, without id and meta: content hashes and fullUrl keys."""
    out = copy.deepcopy(bundle)
    out["entry"] = [e for e in out["entry"] if e["resource"]["resourceType"] in MONITORED_TYPES]
    for e in out["entry"]:
        e["resource"].pop("id", None)
        e["resource"].pop("meta", None)
    return orjson.dumps(out)


def _broken_ndjson(bundle: dict[str, Any]) -> bytes:
    """NDJSON of the entries with faults: bad status types, missing subjects, odd units,
    text notes, garbage lines."""
    lines: list[bytes] = []
    for i, entry in enumerate(bundle["entry"]):
        res = copy.deepcopy(entry["resource"])
        for field in ("subject", "patient"):
            ref = res.get(field)
            if isinstance(ref, dict) and str(ref.get("reference", "")).startswith("urn:uuid:"):
                ref["reference"] = "Patient/" + ref["reference"][9:]
        if i % 11 == 3:
            res["status"] = 12
        elif i % 11 == 5:
            res.pop("subject", None)
        elif i % 11 == 7 and isinstance(res.get("valueQuantity"), dict):
            res["valueQuantity"]["code"] = "furlongs"
        elif i % 11 == 8 and res["resourceType"] == "Observation":
            res["note"] = [{"text": "Seen by Dr Smith on 2020-01-02, call 555-123-4567"}]
        elif i % 11 == 9:
            res.pop("meta", None)
            res["id"] = f"x{i}"
        lines.append(orjson.dumps(res))
        if i % 97 == 13:
            lines.append(b"{not json")
    return b"\n".join(lines)


def _inputs() -> Iterator[tuple[str, bytes, DeidConfig]]:
    for path in synthea_files():
        raw = path.read_bytes()
        stem = path.stem.split("_")[-1][:8]
        bundle = orjson.loads(raw)
        yield f"{stem}/raw", raw, LIVE
        yield f"{stem}/raw-safe-harbor", raw, SAFE
        yield f"{stem}/no-ids", _strip_ids(bundle), LIVE
        yield f"{stem}/broken-ndjson", _broken_ndjson(bundle), LIVE


@cache
def _all_inputs() -> dict[str, tuple[bytes, DeidConfig]]:
    return {n: (raw, cfg) for n, raw, cfg in _inputs()}


def _digest(raw: bytes, cfg: DeidConfig) -> str:
    result = ingest_message(raw, received_at=RECEIVED, source="golden", deid=cfg,
                            known_tokens={"t1-none": frozenset({"nabc"})})
    outcomes, tokens = ingest_outcomes(raw, received_at=RECEIVED, source=None, deid=cfg)
    doc = {
        "events": [e.model_dump(mode="json", by_alias=True) for e in result.events],
        "rejections": [[r.reason.value, r.detail, r.path, hashlib.sha256(r.original).hexdigest()]
                       for r in result.rejections],
        "ignored": sorted(result.ignored.items()),
        "tokens": sorted((k, sorted(v)) for k, v in result.tokens.items()),
        "unknown": result.unknown_drugs,
        "outcomes": [[o.path, o.resource_type, o.verdict, o.note, len(o.events)]
                     for o in outcomes],
        "outcome_tokens": sorted((k, sorted(v)) for k, v in tokens.items()),
    }
    return hashlib.sha256(orjson.dumps(doc)).hexdigest()


def _cases() -> list[Any]:
    if not SYNTHEA_DIR.is_dir():
        return [pytest.param(None, id="no-data")]
    return [pytest.param(name, id=name) for name in sorted(EXPECTED)]


@pytest.mark.parametrize("name", _cases())
def test_ingest_output_matches_golden_digest(name: str | None) -> None:
    inputs = _all_inputs()  # requires the data (skip/fail)
    assert sorted(inputs) == sorted(EXPECTED), "the sample data changed: regenerate"
    assert name is not None
    raw, cfg = inputs[name]
    assert _digest(raw, cfg) == EXPECTED[name]


def test_golden_digest_is_idempotent() -> None:
    name, raw, cfg = next(_inputs())
    assert _digest(raw, cfg) == _digest(raw, cfg), name


if __name__ == "__main__":  # regenerate EXPECTED (only for an intended behaviour change)
    assert Path(__file__).exists()
    for n, blob, c in _inputs():
        print(f'    "{n}": "{_digest(blob, c)}",')
