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
    "475d72ca/raw": "4cbcea3b43e2c9ea32682aa39eb02796ea1966c52501a19ffb25d4e3ab741c00",
    "475d72ca/raw-safe-harbor": "4cbcea3b43e2c9ea32682aa39eb02796ea1966c52501a19ffb25d4e3ab741c00",
    "475d72ca/no-ids": "025c70c439ca96ba511a33940c43aaa6a2382295ad3782309fdd01202d05e606",
    "475d72ca/broken-ndjson": "d92f770f443b83c4bfe7a875e0ec1debe8bce8c67f8154fccc18803d4e597111",
    "d4519c92/raw": "0175bb9af5ff1f9500471388a2dc20a9385a53d2ce298ca2d284a1039c44e4f8",
    "d4519c92/raw-safe-harbor": "0175bb9af5ff1f9500471388a2dc20a9385a53d2ce298ca2d284a1039c44e4f8",
    "d4519c92/no-ids": "eb0c935ff36f41dcdf74a2d3120a35fd5c72f99ac4cee86b6083b6d7766a5ee9",
    "d4519c92/broken-ndjson": "dd8b63cba80a25f45a07e9711bb9f467da0d9c03741fcfe7d26dcd72b7826b4f",
    "6a93e0ad/raw": "dcc6d77da317fcd871322c45af9cb274320533dd5dba7d769df93c0dcc531e1e",
    "6a93e0ad/raw-safe-harbor": "dcc6d77da317fcd871322c45af9cb274320533dd5dba7d769df93c0dcc531e1e",
    "6a93e0ad/no-ids": "e6dbc8c8d9a223f321f2e5c286c3c1aad1478e7b305a31cd5087bfb9629fcbbb",
    "6a93e0ad/broken-ndjson": "6534447cc2791ce587f6cd707e0b31b03f77d90dcb0f00d120319695663af924",
    "6b9c211c/raw": "cc5ad4c89c9aa7cbcd6f8f66ed1871999237cb07d83a185ce76925ba421893f8",
    "6b9c211c/raw-safe-harbor": "cc5ad4c89c9aa7cbcd6f8f66ed1871999237cb07d83a185ce76925ba421893f8",
    "6b9c211c/no-ids": "65945a9493e8a61681b8d6e2452b4acb60a67a26ecaa58d4d3a75e038b56d9db",
    "6b9c211c/broken-ndjson": "5221e1e362a42a936c2f15911eda873e8f8f48ed48311b6e8334647fdef5d994",
    "4f1ad84a/raw": "d29fcbbcf0363ee2513deb802c945847495cd91d6941b20faa22ef4f4149e697",
    "4f1ad84a/raw-safe-harbor": "d29fcbbcf0363ee2513deb802c945847495cd91d6941b20faa22ef4f4149e697",
    "4f1ad84a/no-ids": "deffdf72e905fe30c22484ead6d01db0755db659234f7b206c6bcdd66575e100",
    "4f1ad84a/broken-ndjson": "5016662d5ccd9837815357f9ce9a3afbd21c56f30de869c2bfbd7b2dda0e77bf",
    "5a67c244/raw": "d7b02bf9abda30d6d2b206f45803e4b4445ad24bea1c30ac8451f24fcd5559da",
    "5a67c244/raw-safe-harbor": "d7b02bf9abda30d6d2b206f45803e4b4445ad24bea1c30ac8451f24fcd5559da",
    "5a67c244/no-ids": "98a9d06778c2ae232b8a7ec4f1fa18bdf891cc3d6e34315bcabb6f8ddd4887e8",
    "5a67c244/broken-ndjson": "1c19433908258c18b8ada409e8c9f2cb2be439ff7f40d4caf2a3a742e782f164",
    "ea2dd5fa/raw": "eed8cf218884169904f013de570605fefa27a555a7e26be82f37f044c00f2569",
    "ea2dd5fa/raw-safe-harbor": "eed8cf218884169904f013de570605fefa27a555a7e26be82f37f044c00f2569",
    "ea2dd5fa/no-ids": "42d41c2fd316bc2f37c714cc2cc362e34f7c668f2dbd986bd4487e00ba782410",
    "ea2dd5fa/broken-ndjson": "1570ca71ec6a0bbedb5a23303f198d007949cd8d22eabc573044e78e0add4a07",
    "c59c86ae/raw": "2431468e4a05f52bac11fcdd5523c3c590ce80863da43a5ace6c42343e291107",
    "c59c86ae/raw-safe-harbor": "2431468e4a05f52bac11fcdd5523c3c590ce80863da43a5ace6c42343e291107",
    "c59c86ae/no-ids": "3c4fd37f05203bd89cb41a9401b63801b3bc2d08d1ad552a48631df829c321da",
    "c59c86ae/broken-ndjson": "fde6bb66d235f3e6784edb0cc5976156d4fe4d5a64d29b4a6a111b0e872dafab",
    "6aea0b29/raw": "3e3357c359446e52b0a10e30e34b6c45ed5e34e52f939a9e3aafcdca3f842d84",
    "6aea0b29/raw-safe-harbor": "3e3357c359446e52b0a10e30e34b6c45ed5e34e52f939a9e3aafcdca3f842d84",
    "6aea0b29/no-ids": "fac439cfad8197e4aa36072f87b40575420b5d27988e5f0700f8324d94aa51ec",
    "6aea0b29/broken-ndjson": "5cc1ae84d195358ec04d98b4fa6249700dedb19ab53be30d594e78a419aa0e56",
    "13b1a0f2/raw": "98d90b00f892f9770fd1bc9e3ecd49fccd0e70b4d18d06fb967bc72f61999506",
    "13b1a0f2/raw-safe-harbor": "98d90b00f892f9770fd1bc9e3ecd49fccd0e70b4d18d06fb967bc72f61999506",
    "13b1a0f2/no-ids": "74468a171b9e20401d0185b7eeb355422ba8a8922fc6aafde34132a3be62356c",
    "13b1a0f2/broken-ndjson": "ada4c9bc0fd13731cbfe8e7bd0e1a322da48d42a0ed5cf031007299de7637966",
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
