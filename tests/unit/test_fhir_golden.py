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
    "475d72ca/raw": "0e0fc24fa021cacd18e354f4fe61fe1b82e9fc620124cb6b8ea915e29d33bcb2",
    "475d72ca/raw-safe-harbor": "0e0fc24fa021cacd18e354f4fe61fe1b82e9fc620124cb6b8ea915e29d33bcb2",
    "475d72ca/no-ids": "be7aa761c4a1ed0118d63e62a449af6d21928f090c3fc31d500149e7153afb8e",
    "475d72ca/broken-ndjson": "550b658a4989eb72951595257c1b696fe47196460178b18c5b145af861bb2ebd",
    "d4519c92/raw": "b4c55e5cb7f2f5e605abe7a100122df0fc6d72548d6cf04e33d7a51bd93360c7",
    "d4519c92/raw-safe-harbor": "b4c55e5cb7f2f5e605abe7a100122df0fc6d72548d6cf04e33d7a51bd93360c7",
    "d4519c92/no-ids": "e666e23e8a92b7264fd681b51cd2a9bab99c24e62dd3c5536f96ffe893dbbaf6",
    "d4519c92/broken-ndjson": "ff05fc751ed6096d1482812ece07259bf70ec3cad1777900c31cb202c451ad6b",
    "6a93e0ad/raw": "3837e8635990bf19331928855dbebf00c17f8d36ccfd14a0f01493addd557712",
    "6a93e0ad/raw-safe-harbor": "3837e8635990bf19331928855dbebf00c17f8d36ccfd14a0f01493addd557712",
    "6a93e0ad/no-ids": "d72b27fbff930adafc7b3383305b25e463ac13068e33e595d5471630ff705d55",
    "6a93e0ad/broken-ndjson": "1ac112c5e4dade27c468620c01efc4e6498f501697c47530de22b202efd83020",
    "6b9c211c/raw": "52ad7a9a88efb5712bfbe4c5d27ae99fa68ba483124c8fe606541a0dc742b346",
    "6b9c211c/raw-safe-harbor": "52ad7a9a88efb5712bfbe4c5d27ae99fa68ba483124c8fe606541a0dc742b346",
    "6b9c211c/no-ids": "f74c0be5efa6f8338e082b4e19817f598fe41f7dc5caecdfe4e3aa2368ff4bde",
    "6b9c211c/broken-ndjson": "dc182504714d171d82f0dd208043ed791fdd427945586d181bbf2eb62414f2ee",
    "4f1ad84a/raw": "8c2f1ca63ed9feaab40f2eaacec4e241aac8a8397dacd53c93ca980b5580d56f",
    "4f1ad84a/raw-safe-harbor": "8c2f1ca63ed9feaab40f2eaacec4e241aac8a8397dacd53c93ca980b5580d56f",
    "4f1ad84a/no-ids": "13f5b5e49a47fa4a6ce2e0d6f7a4713254ccc1de496e1a0a34eff05b4fe623e6",
    "4f1ad84a/broken-ndjson": "af3095e4bff07c2c7c34a4ae446051ca7fc48d3513a6c43c79a49c348d36c7d9",
    "5a67c244/raw": "3d98930dfe01041aa7bb83aace895823adc43ab8d5bc310e7e55ff07506de3cc",
    "5a67c244/raw-safe-harbor": "3d98930dfe01041aa7bb83aace895823adc43ab8d5bc310e7e55ff07506de3cc",
    "5a67c244/no-ids": "7f6240e1348209e28d4e05a5bc76dbffdc95ca6ed6fbafa00e55a0acf047c6f3",
    "5a67c244/broken-ndjson": "23de2b7358aff1d24071d97a5f2b381d5e732a27b563b9b3429994af79301416",
    "ea2dd5fa/raw": "758047bbc2c83f14b3d3a37881b09b68cb4afc4520ef6ac73999f0b7e6d8bec2",
    "ea2dd5fa/raw-safe-harbor": "758047bbc2c83f14b3d3a37881b09b68cb4afc4520ef6ac73999f0b7e6d8bec2",
    "ea2dd5fa/no-ids": "c83f38983e3d3991b3aa369d05a76f82f28a104451e359f0e6ccfc7ed0297681",
    "ea2dd5fa/broken-ndjson": "8b711805ad81435763113d0c07aa23c598e330f4139792963b67a7a8f2d0bf35",
    "c59c86ae/raw": "ef5812925c28f0b97ad79964e6e78e94a43b51282508537a40073dcc55e3a499",
    "c59c86ae/raw-safe-harbor": "ef5812925c28f0b97ad79964e6e78e94a43b51282508537a40073dcc55e3a499",
    "c59c86ae/no-ids": "8d989f2375c55e6033f7fe3ffa1768b3f48a105a15882eca9b31ea434fa61865",
    "c59c86ae/broken-ndjson": "66fc24ae8a362874823dfa1e748d9a680133b5c873d2840b4e80703ad327b827",
    "6aea0b29/raw": "321954a045d5d8e2bb5f406b8c52ccfbc689a8c1c347c30c426f6dc132b3c353",
    "6aea0b29/raw-safe-harbor": "321954a045d5d8e2bb5f406b8c52ccfbc689a8c1c347c30c426f6dc132b3c353",
    "6aea0b29/no-ids": "35169b4346a1493a4c85f299b54e0cc117b566363f2528316682f3109a83fdaa",
    "6aea0b29/broken-ndjson": "1044bbdc437944d07b06386bbf3660b9e3d36282de779ceb8ddfb834f3c3a5d8",
    "13b1a0f2/raw": "7ca71b8c471109945958fdecad4e5275b31085164bd20ca7b5d376e63c2da478",
    "13b1a0f2/raw-safe-harbor": "7ca71b8c471109945958fdecad4e5275b31085164bd20ca7b5d376e63c2da478",
    "13b1a0f2/no-ids": "39d7562ed3e5e478b0decc966b45a04ce53d828bf3f43af9c20bb5d0d0369845",
    "13b1a0f2/broken-ndjson": "38dd6244a8742a68485f95a9c084e42e4f50318cdb2b8c6d063f1147ff4437ea",
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
