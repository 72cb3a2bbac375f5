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
    "475d72ca/raw": "aba90d92adf1d674ba642b546779b1543d22476a6fb008437047fb87c30ad370",
    "475d72ca/raw-safe-harbor": "aba90d92adf1d674ba642b546779b1543d22476a6fb008437047fb87c30ad370",
    "475d72ca/no-ids": "ce4ec8cb1bdb202d9fc05df456c0921f0be135fbae32f2a88f912a8cfffa8aa5",
    "475d72ca/broken-ndjson": "5380fbfd7a473704e2e2c68dff11b3dd2119b0ea35c3830f8a5b8fae0368c777",
    "d4519c92/raw": "009fb422299084037d3488984823b71646e41cee1a7e803f8edfd9369d1204fe",
    "d4519c92/raw-safe-harbor": "009fb422299084037d3488984823b71646e41cee1a7e803f8edfd9369d1204fe",
    "d4519c92/no-ids": "88860b0c4868164c1e37f68778d28e67c74bcd3c7eb3738fec7bd7a6fce6de64",
    "d4519c92/broken-ndjson": "7135190e62848d7bbebe2fd851f80d97739da1beefd5cfa12ebbe5648201aa3e",
    "6a93e0ad/raw": "6a3e5963105b9051a057267728fcfaf12fbef901f5dded28ada34de06e3d81b9",
    "6a93e0ad/raw-safe-harbor": "6a3e5963105b9051a057267728fcfaf12fbef901f5dded28ada34de06e3d81b9",
    "6a93e0ad/no-ids": "4c45223f7bd05fad5c6bad7a76f5c511963bef4c7011a0bf05b6c675fe8d8416",
    "6a93e0ad/broken-ndjson": "652da11696f0cd9192efed54b27f2f584285a28e263266d0b3ea0ac7d0cf6152",
    "6b9c211c/raw": "11f4c3b6de53cc9c6ed7c5b757896ee73632ed365a18bb7cd82ce5ca5c20ea7b",
    "6b9c211c/raw-safe-harbor": "11f4c3b6de53cc9c6ed7c5b757896ee73632ed365a18bb7cd82ce5ca5c20ea7b",
    "6b9c211c/no-ids": "c6b36c277d1b299e4c89a054c8bf0fd8175b3288c6567b251b13e053f89656ba",
    "6b9c211c/broken-ndjson": "73b7533fa24164504f7bd576c6ac7bc84cd66efb4ec558b2257c773ba107da98",
    "4f1ad84a/raw": "a473b3f3d51f1d8ae6f2be57c4dc5215cdce891c096265b51bb416937de9eee6",
    "4f1ad84a/raw-safe-harbor": "a473b3f3d51f1d8ae6f2be57c4dc5215cdce891c096265b51bb416937de9eee6",
    "4f1ad84a/no-ids": "6253ba804979f17761cf51223ab121e29ff593a074327ef34686ef1551a90f41",
    "4f1ad84a/broken-ndjson": "053e39ee126638455b85c60ef65bcd57170abd704239b510f61f35dc3a7f6e78",
    "5a67c244/raw": "22aea344d77d92a59902c844bd9674c17d8532109485a9b880fd2196c111e963",
    "5a67c244/raw-safe-harbor": "22aea344d77d92a59902c844bd9674c17d8532109485a9b880fd2196c111e963",
    "5a67c244/no-ids": "22331b7da0b3b5e88bdf2552fd10a8fcde490e315a15c3f4765a8e900f2e28fe",
    "5a67c244/broken-ndjson": "0f98d46e7d07018d580418b56cfbfdf61e76c9f5900495adcc2e684674da85d2",
    "ea2dd5fa/raw": "9f197cc119b7431b8726aa6ddaacc1d8d4d6af3fefcd8262b40837e5b794d090",
    "ea2dd5fa/raw-safe-harbor": "9f197cc119b7431b8726aa6ddaacc1d8d4d6af3fefcd8262b40837e5b794d090",
    "ea2dd5fa/no-ids": "e074e62bcebeb990e749ae4d822c2467d38967f9214551e4034d5aadd9cd4663",
    "ea2dd5fa/broken-ndjson": "0d15e38365d9a6061522a705abb91bd1383a554a92ddded6579eec75abd94d9b",
    "c59c86ae/raw": "869319749c7846df2c8d876e855dcc4d7710672cbca86fff6ad291d8bcaea77e",
    "c59c86ae/raw-safe-harbor": "869319749c7846df2c8d876e855dcc4d7710672cbca86fff6ad291d8bcaea77e",
    "c59c86ae/no-ids": "e12049cd3e3978fff948fe28410165f27e25b9c78b7c98f304190f3c27f439b3",
    "c59c86ae/broken-ndjson": "a5a1a54bd33fa5b080f7a65e771028044ef17c2fa97eaed2329d113539fa494f",
    "6aea0b29/raw": "0d5d09797ab5845ff47772cda4dc6a93d53299d7219fd8a1449717f46f6d69a2",
    "6aea0b29/raw-safe-harbor": "0d5d09797ab5845ff47772cda4dc6a93d53299d7219fd8a1449717f46f6d69a2",
    "6aea0b29/no-ids": "2a70a04d56e17854347772563ab4612f105d40408deef725bf26b5fa96df0952",
    "6aea0b29/broken-ndjson": "05c0d020a06a0653bf6b371c4320bae5f1fb48229f94c7392ffa7e460ddcefa8",
    "13b1a0f2/raw": "0f930fea24cd6e1c11af509ebe87c52395e304d4e486b250398e5c00ba67bc90",
    "13b1a0f2/raw-safe-harbor": "0f930fea24cd6e1c11af509ebe87c52395e304d4e486b250398e5c00ba67bc90",
    "13b1a0f2/no-ids": "cee1ba2f04db6c4cb0b738d88bf0064891fbf285ab3df3cd8334ab93a2dc8252",
    "13b1a0f2/broken-ndjson": "ab66247bcd0203b7c9e18be2f8b73afe2bd938f0cec5c84d295094bbc1410bed",
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
