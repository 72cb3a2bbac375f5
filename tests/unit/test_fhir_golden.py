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
    "475d72ca/raw": "94424fda7b7fa1c65a067553b7719f32ce5fefc89591927088d86f4110a1b957",
    "475d72ca/raw-safe-harbor": "94424fda7b7fa1c65a067553b7719f32ce5fefc89591927088d86f4110a1b957",
    "475d72ca/no-ids": "ef66eaf6ace217fd2e647be40267e69a506bbef309dab4ec647b491402b298fd",
    "475d72ca/broken-ndjson": "2b06ae7ae2d3323e31a231483102ef53f852775e988e0f9f9a6aea42920fb415",
    "d4519c92/raw": "2dd185ccc2553b4c5e82c87a22bfa102463566c02c92710336a5b9fbb61dddce",
    "d4519c92/raw-safe-harbor": "2dd185ccc2553b4c5e82c87a22bfa102463566c02c92710336a5b9fbb61dddce",
    "d4519c92/no-ids": "a2974a4b4fee5c358fd59edb542d3046b2ac04fab1c03248fe685e651e9b9984",
    "d4519c92/broken-ndjson": "f33b276955bce7a1df1181c8bd79179357395d076164415160fb6cf05e2f0b64",
    "6a93e0ad/raw": "6c9345f6f93e189705a16f60a9a8f2bce1f1f61676954a450ea99e6d41dcfa5c",
    "6a93e0ad/raw-safe-harbor": "6c9345f6f93e189705a16f60a9a8f2bce1f1f61676954a450ea99e6d41dcfa5c",
    "6a93e0ad/no-ids": "db1500370b364176d6cc125bde713c59d9e13a0341311d78ad4fad03275400bb",
    "6a93e0ad/broken-ndjson": "85a57931380a767dda80590adbbd099e613c6e34c02d5b7b9f8bbd93c4e7a0c7",
    "6b9c211c/raw": "959dc637302ec9b1444abe9c4d61d96691c1a39b97e75540bcf87344e517df27",
    "6b9c211c/raw-safe-harbor": "959dc637302ec9b1444abe9c4d61d96691c1a39b97e75540bcf87344e517df27",
    "6b9c211c/no-ids": "16f5b97aa6a486e52071a945ec78a517f06c84b5c5bfc4cd0a297a742657f883",
    "6b9c211c/broken-ndjson": "5bea0cc8241914e8df8853a0c39c1d688822e3d6d1eea5959cdac4071681a032",
    "4f1ad84a/raw": "86386afe73aa0ec748f4d78d4e195a2bbb166ccf1f8b1051f896d48ad462fecf",
    "4f1ad84a/raw-safe-harbor": "86386afe73aa0ec748f4d78d4e195a2bbb166ccf1f8b1051f896d48ad462fecf",
    "4f1ad84a/no-ids": "43789c6da864d556060ad7fd7f699f55c92183d96168ac186fe6d470492272c6",
    "4f1ad84a/broken-ndjson": "e6a153d15112466b37137adfe226b33561a6311beee1f3d6b08afc21aeb5599c",
    "5a67c244/raw": "3f4cdbcdfa2393b3c3bda88e71cafc068c20b71d92f2ad8be1432d078268b55e",
    "5a67c244/raw-safe-harbor": "3f4cdbcdfa2393b3c3bda88e71cafc068c20b71d92f2ad8be1432d078268b55e",
    "5a67c244/no-ids": "751af969169038f65508f181ded3b8efd74c22031e0e779db8e8ac44a3686380",
    "5a67c244/broken-ndjson": "17ede556c661be158a998fdba84cafd4fd13d2c3411e0e0da20b9a7e5873b3f2",
    "ea2dd5fa/raw": "ce8084fc5754b5acf965b29c65032d123bea17d15ca560d97825f9533c44f22c",
    "ea2dd5fa/raw-safe-harbor": "ce8084fc5754b5acf965b29c65032d123bea17d15ca560d97825f9533c44f22c",
    "ea2dd5fa/no-ids": "51ad881828c8bb7b20e417d693ac4836ab5650f6480b98b10485c32f78501a0e",
    "ea2dd5fa/broken-ndjson": "65defbdbe0ae7669c56310a4a5f4de3e8a1d568b01517c2b32db2fc0d64c32a6",
    "c59c86ae/raw": "69287ef030ff318e4e6810b493a43aa7e9ca51d8edabb1a5e322593d3471381a",
    "c59c86ae/raw-safe-harbor": "69287ef030ff318e4e6810b493a43aa7e9ca51d8edabb1a5e322593d3471381a",
    "c59c86ae/no-ids": "33c0a02045ab7d717783cbe2fd1cc5fc2ad35453fca349eeeadf28c3e8f40ec8",
    "c59c86ae/broken-ndjson": "20739b8e055c80a06916c204a013e050e27c7ae8f2774e463b8de7b5465f1945",
    "6aea0b29/raw": "120ad36a35b1caf0aeb397ec49ca9b9cb2a72a1c6f835d4916c2614ff92dfb93",
    "6aea0b29/raw-safe-harbor": "120ad36a35b1caf0aeb397ec49ca9b9cb2a72a1c6f835d4916c2614ff92dfb93",
    "6aea0b29/no-ids": "3ba7424af67ea9baadf3cbfebb8c8b4c18b6f4021e0caa086940911eb3533655",
    "6aea0b29/broken-ndjson": "7773868441e07131c47bcf5306ced761afe5369723eef1df8f366acc0ad7dbc0",
    "13b1a0f2/raw": "9d454d75108e2b40297c0d9cafb30058f563adce57cfae58e16dc936c959f896",
    "13b1a0f2/raw-safe-harbor": "9d454d75108e2b40297c0d9cafb30058f563adce57cfae58e16dc936c959f896",
    "13b1a0f2/no-ids": "8ec9821a8ebd70d795ba1571584d3c8551356ffa74a18ae24cc30f5a65acc478",
    "13b1a0f2/broken-ndjson": "06c48ffaea06eeb458537b5682921da36213ec6ea533b25cd1ffe1e7f35cc76d",
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
