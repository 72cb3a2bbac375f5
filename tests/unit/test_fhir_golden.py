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
    "475d72ca/raw": "a77676ddb1d966c8f1994c99389b1ffd22908f70b38b453ff965cfa8e8b73e6a",
    "475d72ca/raw-safe-harbor": "a77676ddb1d966c8f1994c99389b1ffd22908f70b38b453ff965cfa8e8b73e6a",
    "475d72ca/no-ids": "a4c55a277926a2dfa0685dc7c24550753d46d565caceeec4a33ef2352bdb8e14",
    "475d72ca/broken-ndjson": "256ecec2fcf509cc9a45f06211f4e8be8b58f02855c602f1726f7d5c8d429339",
    "d4519c92/raw": "42a7ffe4123e43fdb7dc725c037355477d3a9391addaefd3b62cd96586d5fbeb",
    "d4519c92/raw-safe-harbor": "42a7ffe4123e43fdb7dc725c037355477d3a9391addaefd3b62cd96586d5fbeb",
    "d4519c92/no-ids": "bcbddad890f5591584ddb523baad2d90f440fa0110697b06bfa926c954bf573e",
    "d4519c92/broken-ndjson": "fce9b16e8bad850f4db9635d1566bfd80ec7088ac777998806ab9205c7632c75",
    "6a93e0ad/raw": "5eef3f23d170f8e5067dec344d0ebe6f701e4fdfad51bb75caf8eb43c9e659e0",
    "6a93e0ad/raw-safe-harbor": "5eef3f23d170f8e5067dec344d0ebe6f701e4fdfad51bb75caf8eb43c9e659e0",
    "6a93e0ad/no-ids": "6cd7c472c816084ee116bf46df8606b1496999191e29211b55d6bb6b6705d58d",
    "6a93e0ad/broken-ndjson": "cf0881f877bbd81f9373e9f42ba7f97251f7e5666dccc9340c4b8e7a181ab25a",
    "6b9c211c/raw": "fa95cdf59b49064f6db0ecf2f2360de275af4053d40d40572338b2da948209e9",
    "6b9c211c/raw-safe-harbor": "fa95cdf59b49064f6db0ecf2f2360de275af4053d40d40572338b2da948209e9",
    "6b9c211c/no-ids": "f6ea026f864c579215c25a6e170ff7ee9bfff28e55eba19ccf94365ce1de132f",
    "6b9c211c/broken-ndjson": "9340864818900f3908b0805ab916f15614474818cfd5b8e8b8209da23ee83a1c",
    "4f1ad84a/raw": "20fd2e40a3fcb431f0d39c8ae4efa457dfc2cacd5178578f1cb0069b055361b6",
    "4f1ad84a/raw-safe-harbor": "20fd2e40a3fcb431f0d39c8ae4efa457dfc2cacd5178578f1cb0069b055361b6",
    "4f1ad84a/no-ids": "117ff6daf9cfee99bb42d5db7ab2f2785abe11cef89b04edf802ab5c68407918",
    "4f1ad84a/broken-ndjson": "123dc34fc94d98880138d87083f43b4dc84c3eaddc6c4ad011e952ceabb343d4",
    "5a67c244/raw": "cb426e659ceadb1446ccac92262c7ffeafbfce3aa39a807cf22f4f67ef090af4",
    "5a67c244/raw-safe-harbor": "cb426e659ceadb1446ccac92262c7ffeafbfce3aa39a807cf22f4f67ef090af4",
    "5a67c244/no-ids": "c072cfc4e1bb091b3312ba186cf8d69ba841daed4383dec0c7d5ed6d02c9757b",
    "5a67c244/broken-ndjson": "c7acc8846edd3800baea3f03ffe79162dca124c63b5b4a01de017378db6f7ac2",
    "ea2dd5fa/raw": "c5ea9a0060bef52c70600114358e3fd0ceb28b666325345d7c793f6235ee6f96",
    "ea2dd5fa/raw-safe-harbor": "c5ea9a0060bef52c70600114358e3fd0ceb28b666325345d7c793f6235ee6f96",
    "ea2dd5fa/no-ids": "340dcaf074d82d575de55d6389b5948db6f7644b16419ae843ec8cf89437180e",
    "ea2dd5fa/broken-ndjson": "164f2cee0427e2ea08d42ee77e4e46fb182cfa9541dc2af91fb1414145f7b92d",
    "c59c86ae/raw": "1c07f943ff591f9f9f02b16e6d8ca165abcafbdfa0057744ef36a9b3e9b0ec2a",
    "c59c86ae/raw-safe-harbor": "1c07f943ff591f9f9f02b16e6d8ca165abcafbdfa0057744ef36a9b3e9b0ec2a",
    "c59c86ae/no-ids": "8de10905e3ecf66efc7c5095ce103a7f3f5915b678909433a9cd0a42ad31830f",
    "c59c86ae/broken-ndjson": "b51e82cc208e54c3815cf157feb31c0dc67e6524a146f8de32d0fbacf4901658",
    "6aea0b29/raw": "ec631e8e639785dcd8292e858eb59388d0d87e61417b0618559e7e683ac150b9",
    "6aea0b29/raw-safe-harbor": "ec631e8e639785dcd8292e858eb59388d0d87e61417b0618559e7e683ac150b9",
    "6aea0b29/no-ids": "409d2799f92e17c048775fdeead29c11b33d73329fb0d87c86c6e1e95bdd3c5c",
    "6aea0b29/broken-ndjson": "9020a2eb84391896728116cfa9ef69e0bbac1cf3bfa0545b17f8051b1a429572",
    "13b1a0f2/raw": "d02614f596bb0743c88173dd75937c278bae8d1ce123fe1a78ae69fcbf91fc63",
    "13b1a0f2/raw-safe-harbor": "d02614f596bb0743c88173dd75937c278bae8d1ce123fe1a78ae69fcbf91fc63",
    "13b1a0f2/no-ids": "5d283b2b9ff07fce94ce9f0257f2511679c9b1a73c9117962e0316edfdfaa774",
    "13b1a0f2/broken-ndjson": "c4c8151d5608e403232ea7da7290ed1132340a84358110ffcae2f57f3031fcc5",
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
