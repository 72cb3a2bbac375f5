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
    "475d72ca/raw": "5cf16f6112bc3646bbf5fd01d8076b5dc045735882f2782c2801a22453145ed1",
    "475d72ca/raw-safe-harbor": "5cf16f6112bc3646bbf5fd01d8076b5dc045735882f2782c2801a22453145ed1",
    "475d72ca/no-ids": "e37287ad8b19ced372164e2b1f29ac7ef859ed7fb35a9a0053e73edd877fbcda",
    "475d72ca/broken-ndjson": "2b8fefccf980be5802050cf735d530021814d44f0c8e761ba5188bad73562df0",
    "d4519c92/raw": "923a783425bca235e24f458d214f25e3d3950fe158e6c5e7e828abf1adadcefa",
    "d4519c92/raw-safe-harbor": "923a783425bca235e24f458d214f25e3d3950fe158e6c5e7e828abf1adadcefa",
    "d4519c92/no-ids": "2cbb7bd2675ee271795ccf08bc5b40332414777af7d51a065877c52caf48566c",
    "d4519c92/broken-ndjson": "0fad89c900defe7ea1c072ba394ec869db113931b04b1062e28e434a4280f76b",
    "6a93e0ad/raw": "2873e3d6bf75ae391cec216d5339e580dc908cc63adb20e8f74501e075a56335",
    "6a93e0ad/raw-safe-harbor": "2873e3d6bf75ae391cec216d5339e580dc908cc63adb20e8f74501e075a56335",
    "6a93e0ad/no-ids": "fbc70f02924e91ece7eef0721907d0f5a5522ede543949f52a562bdaa7155070",
    "6a93e0ad/broken-ndjson": "0b0c542a63baa1155d9cf7c146f53897cea579584adc65b57be07ea0f71bce6e",
    "6b9c211c/raw": "bebab902ac0c44603083e3a8e33afda2c76dc62e4bb87a73b9391c446182aa3f",
    "6b9c211c/raw-safe-harbor": "bebab902ac0c44603083e3a8e33afda2c76dc62e4bb87a73b9391c446182aa3f",
    "6b9c211c/no-ids": "5d71d8bfc9b13191d517cc8e72f42aab93b89c8c3c0f312dad5f2259d92abacf",
    "6b9c211c/broken-ndjson": "407054b8a9c6917e942e8211bf31028dc491f83d38c67945b630954a85ba027f",
    "4f1ad84a/raw": "9fadc9a4bf7c47847a9a5e4a80379211042a07399a478d8999dbf2168b1545ab",
    "4f1ad84a/raw-safe-harbor": "9fadc9a4bf7c47847a9a5e4a80379211042a07399a478d8999dbf2168b1545ab",
    "4f1ad84a/no-ids": "aae92ae78f4d06a06c928539e77f9df5c9d932aa0dd3f3e643ec23b80fed7015",
    "4f1ad84a/broken-ndjson": "ddf771bb3f7486ddbbade23a63f9ea5209619c67a77e98a2c0c6392c426f5606",
    "5a67c244/raw": "b77eb454b05aec0c461dd462b017180de75514fde4e732b296b5c55ea87908ed",
    "5a67c244/raw-safe-harbor": "b77eb454b05aec0c461dd462b017180de75514fde4e732b296b5c55ea87908ed",
    "5a67c244/no-ids": "ed26c40fe216f337cb76ed675a2a4f5585ad6c68c6630ed3328486536de9244e",
    "5a67c244/broken-ndjson": "694f140152f4a86ad8df01ec413a32c5e07b54fbeedb804a1e9cb13320390c83",
    "ea2dd5fa/raw": "c77962ce57f4c03e65b5b7830772826cf94319232b33049cf1248b6122970a89",
    "ea2dd5fa/raw-safe-harbor": "c77962ce57f4c03e65b5b7830772826cf94319232b33049cf1248b6122970a89",
    "ea2dd5fa/no-ids": "80c16ccb8cd24be77e72409e21a998c72b178815263a9b93964b560d4d6cf610",
    "ea2dd5fa/broken-ndjson": "02005b7e0ee0a3cfb0abc069896e0d8d1f4bf32c1eecd42ed3a269c19777c702",
    "c59c86ae/raw": "472baebe7d3d238ac8b9bfd45ad48df476b9e3080184c222b51c17a95a57c81e",
    "c59c86ae/raw-safe-harbor": "472baebe7d3d238ac8b9bfd45ad48df476b9e3080184c222b51c17a95a57c81e",
    "c59c86ae/no-ids": "56e39ca5d41fa177c2b9979132618e18867e7d82f924a37bbb983533591fb880",
    "c59c86ae/broken-ndjson": "8dc89b4407888e0a027eb3ef898c3db33b20c1bc2e867df375e3813f74657253",
    "6aea0b29/raw": "d75dc30c14a6230c494096d301b788ae6cfacf5ed3ad88124f485282c2dad91f",
    "6aea0b29/raw-safe-harbor": "d75dc30c14a6230c494096d301b788ae6cfacf5ed3ad88124f485282c2dad91f",
    "6aea0b29/no-ids": "84e6f121b0946048625f8cbfdb67bb64d3fddbae1e83ad4c2f618a6c75aa8f7d",
    "6aea0b29/broken-ndjson": "79e72f190665d087289009a6b39d9f265f6427a1a8d06af339e9263807f5e309",
    "13b1a0f2/raw": "f7362bc2a6fb2cf6ae5f6181ec70576aad2dec74de2083df4d16375046159085",
    "13b1a0f2/raw-safe-harbor": "f7362bc2a6fb2cf6ae5f6181ec70576aad2dec74de2083df4d16375046159085",
    "13b1a0f2/no-ids": "a47f77147b0cc631976db2f5ce63810dbdd1578b78a7f0e99a6f70d812e21ae2",
    "13b1a0f2/broken-ndjson": "1903be52999fa3b679c033f319a1b22d7b503a1cf79e03f6b63522f6b6dcb625",
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
