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
    "475d72ca/raw": "5aacb2c6863ccabb89c3fb04e26d8700d7fdb61f2dc39bbd6eb8f02ce2794e90",
    "475d72ca/raw-safe-harbor": "5aacb2c6863ccabb89c3fb04e26d8700d7fdb61f2dc39bbd6eb8f02ce2794e90",
    "475d72ca/no-ids": "163fcac228ec26f24ed8357a47e65bbe3b9c49256bee845741d467c351252bba",
    "475d72ca/broken-ndjson": "91491a0d80979391fc72c38e8e0720ee26cf92e4f4c3b17e34d959f098fae33c",
    "d4519c92/raw": "bbbef108efd298c215761ccaddc98079b5152ffa19369e13c6880739cc583a10",
    "d4519c92/raw-safe-harbor": "bbbef108efd298c215761ccaddc98079b5152ffa19369e13c6880739cc583a10",
    "d4519c92/no-ids": "8fe8a62da6d911fba3a27575796ef28944a3142d9fd4bdb9a612eaa97c18d51b",
    "d4519c92/broken-ndjson": "0fad89c900defe7ea1c072ba394ec869db113931b04b1062e28e434a4280f76b",
    "6a93e0ad/raw": "e389a72cf9b685a0513c8c68acb7762f208adc3335b6a18b5662c4c82495b083",
    "6a93e0ad/raw-safe-harbor": "e389a72cf9b685a0513c8c68acb7762f208adc3335b6a18b5662c4c82495b083",
    "6a93e0ad/no-ids": "0946680d5a7aeed0074bfe95343cf8c21a303c1555a4ec2f9b07bb493f2d6fec",
    "6a93e0ad/broken-ndjson": "3cc7ab353a3dac2804f0ab56172e24465eec72414e3e3a77e3e9ef5838e90b8c",
    "6b9c211c/raw": "550fe6000b63c54bf3d6e6dbd8a55e5eb894d5b3a2c58e0912b4a545c71c764b",
    "6b9c211c/raw-safe-harbor": "550fe6000b63c54bf3d6e6dbd8a55e5eb894d5b3a2c58e0912b4a545c71c764b",
    "6b9c211c/no-ids": "4e7306287cd74facacc86dc16391997ab35ad134c5828d2ff1b2ad7c668f4e1d",
    "6b9c211c/broken-ndjson": "678cc0e1c54135c021c071bce03d805a6525f9e79e3a01e6978f1e440d3382da",
    "4f1ad84a/raw": "a70de40b5431276a5d7875f9b2ea2ea7b4ef3fd284689ce77ef155fc50cd2020",
    "4f1ad84a/raw-safe-harbor": "a70de40b5431276a5d7875f9b2ea2ea7b4ef3fd284689ce77ef155fc50cd2020",
    "4f1ad84a/no-ids": "a004a2648bd58ff7286feb2d85fcd7f151ea5f00d40b1355e19718f7e7540323",
    "4f1ad84a/broken-ndjson": "6f41fd1e9373058d18a16cdcd346ade1dbcaaec7800f4c8098c3b93aa66c9e70",
    "5a67c244/raw": "bed459e85aeb44279ec52d29b940a12d46c639b108aae01bb9bd664ace14801e",
    "5a67c244/raw-safe-harbor": "bed459e85aeb44279ec52d29b940a12d46c639b108aae01bb9bd664ace14801e",
    "5a67c244/no-ids": "4369813778656d5f3494c94b3b34b69939cd577a0983276406570652973d0115",
    "5a67c244/broken-ndjson": "df3ee8cf133148fe6ac8a257c49f89d67f45f6cb0da5c2b0448c587b2c41c1da",
    "ea2dd5fa/raw": "c7c460f3d60ef21b23f476317f961f5932bba1064651d8af2e486c56b680a7ad",
    "ea2dd5fa/raw-safe-harbor": "c7c460f3d60ef21b23f476317f961f5932bba1064651d8af2e486c56b680a7ad",
    "ea2dd5fa/no-ids": "9b873d566ec6863dbc90883591e7eba3cdb37108c978576caadbe416e8e59779",
    "ea2dd5fa/broken-ndjson": "b83e507c6c8c64a39bc62a4bb3a19dfe8758c0dca6b5591e16670953baa0c5a4",
    "c59c86ae/raw": "502fad2f6756833574310ea6b8fe4d76aa94926af2916e765cca406b1df9c223",
    "c59c86ae/raw-safe-harbor": "502fad2f6756833574310ea6b8fe4d76aa94926af2916e765cca406b1df9c223",
    "c59c86ae/no-ids": "4e8faf89eab6fa33e4dda5670f71b228e65565892433d3f29b61625eb304eece",
    "c59c86ae/broken-ndjson": "5f99e6c6d05383febba6316720c6e432b8f5a4955861e16e15c44311d92e3d04",
    "6aea0b29/raw": "149b013e923a499e8f9c5fb89e094722636da5ddd81030a0d0c4d48abb374950",
    "6aea0b29/raw-safe-harbor": "149b013e923a499e8f9c5fb89e094722636da5ddd81030a0d0c4d48abb374950",
    "6aea0b29/no-ids": "07de7b9535fdf15c00e6ea76a736100c21a343c02ed82c2f09e70c92d7805dd0",
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
