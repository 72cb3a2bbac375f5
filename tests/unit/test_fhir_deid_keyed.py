"""processors.deid.keyed fast paths equal the standard library: HMAC-SHA256 from cached pad
states, and the 80-bit base32 encoding of pseudonyms."""

from __future__ import annotations

import base64
import hmac
import random

import pytest

from processors.deid import DeidConfig, pseudonymize
from processors.deid.keyed import _b32_80, _hmac_sha256


@pytest.mark.parametrize("key_len", [16, 32, 33, 63, 64, 65, 100, 200], ids=lambda n: f"key{n}")
def test_hmac_from_pads_equals_hmac_digest(key_len: int) -> None:
    rng = random.Random(key_len)
    key = bytes(rng.randrange(256) for _ in range(key_len))
    for size in (0, 1, 55, 64, 65, 1000):
        msg = bytes(rng.randrange(256) for _ in range(size))
        assert _hmac_sha256(key, msg) == hmac.digest(key, msg, "sha256")


@pytest.mark.parametrize("seed", range(3), ids=lambda s: f"seed{s}")
def test_b32_of_80_bits_equals_base64(seed: int) -> None:
    rng = random.Random(seed)
    for data in [bytes(10), b"\xff" * 10] + [rng.randbytes(10) for _ in range(200)]:
        assert _b32_80(data) == base64.b32encode(data).decode("ascii").lower()


@pytest.mark.parametrize("patient_key", ["Patient/p1", "urn:oid:1.2|MRN-1", "Patient/ü"],
                         ids=["patient-id", "identifier", "non-ascii"])
def test_pseudonym_equals_the_reference_formula(patient_key: str) -> None:
    cfg = DeidConfig.for_tests()
    digest = hmac.digest(cfg.pseudonym_key, b"pseudonym\x00" + patient_key.encode(), "sha256")
    expected = f"{cfg.key_id}-{base64.b32encode(digest[:10]).decode('ascii').lower()}"
    assert pseudonymize(patient_key, cfg) == expected
    assert pseudonymize(patient_key, cfg) == pseudonymize(patient_key, cfg)  # idempotent
