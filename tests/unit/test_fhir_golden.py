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
    "475d72ca/raw": "12b2dcb4440579feef115b79efb65b68ebbc7e4f3912fb16be1fca319a078ab4",
    "475d72ca/raw-safe-harbor": "12b2dcb4440579feef115b79efb65b68ebbc7e4f3912fb16be1fca319a078ab4",
    "475d72ca/no-ids": "8b2e610c0b05ce853a17138feb4a4c83f2c5af332bb58c01f12b1688bcebf40e",
    "475d72ca/broken-ndjson": "5d1d41145326c5445ead5807c587fe5aee9487797ce8bee5ef9e6c629af5f42d",
    "d4519c92/raw": "4bebcad71c6dcd4df1724f404b1eefe916777fbed203d666932c637cf267c915",
    "d4519c92/raw-safe-harbor": "4bebcad71c6dcd4df1724f404b1eefe916777fbed203d666932c637cf267c915",
    "d4519c92/no-ids": "8390570967bb91bae9048c1193601cc528c32f8dce4a00b49bb72cb46b0bd2ec",
    "d4519c92/broken-ndjson": "7404cf91489d622c430be5241ee948b59906f68d2e64628de400288d9a630a27",
    "6a93e0ad/raw": "9e5856878f2524ecaad894a63083a63efa2a9b4aeafc0b34a9d4c184af20db04",
    "6a93e0ad/raw-safe-harbor": "9e5856878f2524ecaad894a63083a63efa2a9b4aeafc0b34a9d4c184af20db04",
    "6a93e0ad/no-ids": "33359afd72952117a2092c88f1a0e691fca9c7f1a1723fdf054779ed7fdcc393",
    "6a93e0ad/broken-ndjson": "9cd2c081344d967095834feafa82d0fa1c1ebfa308560ecdaf88876fc6954967",
    "6b9c211c/raw": "f03629c7b0a556dc3264b6afb6f730df8f757bd15dd8120f7cfdc8c8c3cb7c8d",
    "6b9c211c/raw-safe-harbor": "f03629c7b0a556dc3264b6afb6f730df8f757bd15dd8120f7cfdc8c8c3cb7c8d",
    "6b9c211c/no-ids": "d6706b50406e42498c82ad17917b782c6b02cec901bd87bdd39b756b172ab6fd",
    "6b9c211c/broken-ndjson": "319ae496dcb2cec1581b4c49c80e5492fe7a57f5762a04e777df6acbcdee4e0a",
    "4f1ad84a/raw": "185df197d09d3e11fd12a7736ab8a021a500b2196efe0549ab4d60580b49b60a",
    "4f1ad84a/raw-safe-harbor": "185df197d09d3e11fd12a7736ab8a021a500b2196efe0549ab4d60580b49b60a",
    "4f1ad84a/no-ids": "fb76dbfa7ff7b1ab42c0220737ab9f9cafed8d32dc6520fb3fdb40eb252bee93",
    "4f1ad84a/broken-ndjson": "9f2657a8e5518c8c4573b8ebdbde08b4f70451c01bebca17b739a6c86720d9af",
    "5a67c244/raw": "96312025a097daed8d387f2bd1681a652b3875af7916e8ec224ebcfe8ebe381e",
    "5a67c244/raw-safe-harbor": "96312025a097daed8d387f2bd1681a652b3875af7916e8ec224ebcfe8ebe381e",
    "5a67c244/no-ids": "a0321e8b433df3c22483a919697b6e5d13384a27b69eb503ae02eacd8b76262e",
    "5a67c244/broken-ndjson": "0033a827c4e158acc77e410354afd48a8bc4021b8955b6101bb788576c460640",
    "ea2dd5fa/raw": "9b60134422d9fb1ac4dc7ae906360ea08df34104330613019557ebbb82da105d",
    "ea2dd5fa/raw-safe-harbor": "9b60134422d9fb1ac4dc7ae906360ea08df34104330613019557ebbb82da105d",
    "ea2dd5fa/no-ids": "69ca63bdfb4c761dcf6b0c71008768e5183f6872c33fde8f2e8e292563c15443",
    "ea2dd5fa/broken-ndjson": "933237ae64db317d5de211dd1dc600762f610f7b4c86cd12835eefa39e44bf6f",
    "c59c86ae/raw": "378f2f73114866cc6a42781e407504975e45354862c3fb94b0789c4ececfdbde",
    "c59c86ae/raw-safe-harbor": "378f2f73114866cc6a42781e407504975e45354862c3fb94b0789c4ececfdbde",
    "c59c86ae/no-ids": "4120785ce12d40d91c2ea2fbbaa7d9e3c91e75a771d7970e14310f95711813bd",
    "c59c86ae/broken-ndjson": "e7987722d9ca49439e9d562e9938c19c5ed4fbd78c72c8790b6849fd16d8a3fb",
    "6aea0b29/raw": "642bed1df0248ebec7b2867d4f2c881076f29e5bd91db76c02be197ba5b6044a",
    "6aea0b29/raw-safe-harbor": "642bed1df0248ebec7b2867d4f2c881076f29e5bd91db76c02be197ba5b6044a",
    "6aea0b29/no-ids": "895ff4f8743b179793756dc628d63b495134ae3db1cca9d414404f40ce456b0b",
    "6aea0b29/broken-ndjson": "3f33b80e931a26425b161d440545fb971ba1e060564a3b3bd4758f17a2d4ad41",
    "13b1a0f2/raw": "d7d560e575157b6dfc8961de99cea98bfae5ef9959c63f69126d4434789d8e2e",
    "13b1a0f2/raw-safe-harbor": "d7d560e575157b6dfc8961de99cea98bfae5ef9959c63f69126d4434789d8e2e",
    "13b1a0f2/no-ids": "bc46a55d354e6374486a8155565bf097a057d9730094e5d43d06c0ec84cb45a4",
    "13b1a0f2/broken-ndjson": "413e928e172cbb8426319c4bb8853a8eb0543c39bb02041dd39c1af00ee4f6a4",
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
