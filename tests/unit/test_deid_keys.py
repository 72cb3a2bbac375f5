"""Pseudonyms, key rotation, re-identification tokens and per-patient date shifts."""

from __future__ import annotations

import re

import pytest

from processors.deid import (
    DeidConfig,
    DeidError,
    DeidErrorCode,
    date_shift_days,
    pseudonymize,
    reid,
    reid_token,
)

KEY_A = b"A" * 32
KEY_B = b"B" * 32
REID_KEY = bytes(range(32))
PATIENT = "http://hospital.example/mrn|MRN-0012345"


def _cfg(**kw: object) -> DeidConfig:
    base: dict[str, object] = {"pseudonym_key": KEY_A, "key_id": "k1", "reid_key": REID_KEY}
    base.update(kw)
    return DeidConfig(**base)  # type: ignore[arg-type]


def test_pseudonym_format_and_stability() -> None:
    p = pseudonymize(PATIENT, _cfg())
    assert re.fullmatch(r"k1-[a-z2-7]{16}", p)
    assert pseudonymize(PATIENT, _cfg()) == p  # idempotent / stable across configs
    assert PATIENT not in p


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param({}, {}, True, id="same-key-same-id"),
        pytest.param({}, {"pseudonym_key": KEY_B}, False, id="rotated-key"),
        pytest.param({}, {"key_id": "k2"}, False, id="new-key-id-prefix"),
    ],
)
def test_key_rotation(a: dict[str, object], b: dict[str, object], same: bool) -> None:
    assert (pseudonymize(PATIENT, _cfg(**a)) == pseudonymize(PATIENT, _cfg(**b))) is same


def test_rotated_pseudonym_carries_new_key_id() -> None:
    assert pseudonymize(PATIENT, _cfg(key_id="k2", pseudonym_key=KEY_B)).startswith("k2-")


def test_distinct_patients_distinct_pseudonyms() -> None:
    cfg = _cfg()
    assert len({pseudonymize(f"sys|{i}", cfg) for i in range(2000)}) == 2000


def test_for_tests_is_deterministic() -> None:
    assert pseudonymize(PATIENT, DeidConfig.for_tests()) == pseudonymize(
        PATIENT, DeidConfig.for_tests()
    )


def test_repr_hides_keys() -> None:
    assert "AAAA" not in repr(_cfg())


def test_reid_round_trip_synthetic_nonce() -> None:
    cfg = _cfg()
    t1, t2 = reid_token(PATIENT, cfg), reid_token(PATIENT, cfg)
    other = reid_token(PATIENT + "0", cfg)
    assert t1 and t1.startswith("k1.") and t1 == t2  # deterministic: ingest stays idempotent
    assert other and other.split(".")[1][:16] != t1.split(".")[1][:16]  # nonce differs
    assert PATIENT not in t1
    assert reid(t1, REID_KEY) == PATIENT
    assert reid(other, REID_KEY) == PATIENT + "0"


def test_reid_accepts_base64_key() -> None:
    import base64

    token = reid_token(PATIENT, _cfg())
    assert token is not None
    assert reid(token, base64.b64encode(REID_KEY).decode()) == PATIENT
    assert reid(token, base64.b64encode(REID_KEY)) == PATIENT  # base64 bytes of non-key length


@pytest.mark.parametrize("raw", [pytest.param(b"k" * 32, id="letters-32"), pytest.param(b"a" * 16, id="letters-16"),
                                 pytest.param(bytes(range(32)), id="binary")])
def test_a_raw_key_that_is_also_valid_base64_text_stays_raw(raw: bytes) -> None:
    """Black-box finding: base64(b"k" * 32) in the settings was decoded to b"k" * 32 and then
    decoded again as base64 text (24 bytes), so tokens made by ingest did not open with reid."""
    import base64

    cfg = DeidConfig.for_tests(reid_key=raw)
    token = reid_token(PATIENT, cfg)
    assert token is not None
    assert reid(token, raw) == PATIENT
    assert reid(token, base64.b64encode(raw).decode()) == PATIENT


def test_no_reid_key_no_token() -> None:
    assert reid_token(PATIENT, _cfg(reid_key=None)) is None


def _flip(token: str) -> str:
    i = len(token) - 5
    return token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1 :]


@pytest.mark.parametrize(
    ("mutate", "key", "code"),
    [
        pytest.param(_flip, REID_KEY, DeidErrorCode.REID_KEY_MISMATCH, id="tampered-body"),
        pytest.param(
            lambda t: "k9" + t[2:], REID_KEY, DeidErrorCode.REID_KEY_MISMATCH, id="swapped-key-id"
        ),
        pytest.param(lambda t: t, bytes(32), DeidErrorCode.REID_KEY_MISMATCH, id="wrong-key"),
        pytest.param(
            lambda t: t.replace(".", ""), REID_KEY, DeidErrorCode.REID_BAD_TOKEN, id="no-separator"
        ),
        pytest.param(lambda t: t[:8], REID_KEY, DeidErrorCode.REID_BAD_TOKEN, id="truncated"),
        pytest.param(lambda t: "k1.!!!*", REID_KEY, DeidErrorCode.REID_BAD_TOKEN, id="not-base64"),
        pytest.param(lambda t: t, b"short", DeidErrorCode.INVALID_KEY, id="bad-key-length"),
    ],
)
def test_reid_failures_are_typed_and_phi_free(mutate, key: bytes, code: DeidErrorCode) -> None:  # type: ignore[no-untyped-def]
    token = reid_token(PATIENT, _cfg())
    assert token is not None
    bad = mutate(token)
    with pytest.raises(DeidError) as info:
        reid(bad, key)
    assert info.value.code == code
    text = str(info.value)
    assert bad not in text and PATIENT not in text and "MRN" not in text
    assert key.hex() not in text and repr(key) not in text


def test_date_shift_live_is_zero() -> None:
    assert date_shift_days("k1-abc", _cfg()) == 0


def test_date_shift_safe_harbor_bounded_nonzero_and_varied() -> None:
    cfg = _cfg(profile="safe-harbor", date_shift_max_days=30)
    shifts = [date_shift_days(pseudonymize(f"s|{i}", cfg), cfg) for i in range(500)]
    assert all(s != 0 and -30 <= s <= 30 for s in shifts)
    assert len(set(shifts)) > 40 and min(shifts) < 0 < max(shifts)
    p = pseudonymize(PATIENT, cfg)
    assert date_shift_days(p, cfg) == date_shift_days(p, cfg)


@pytest.mark.parametrize(
    "kw",
    [
        pytest.param({"pseudonym_key": b"short"}, id="short-key"),
        pytest.param({"key_id": "k-1"}, id="bad-key-id"),
        pytest.param({"profile": "open"}, id="bad-profile"),
    ],
)
def test_config_validation(kw: dict[str, object]) -> None:
    with pytest.raises(DeidError):
        _cfg(**kw)


def test_from_settings_decodes_base64_reid_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import base64

    cfg = DeidConfig.from_settings(
        KEY_A, "k3", base64.b64encode(REID_KEY), "safe-harbor", None, 100
    )
    assert cfg.reid_key == REID_KEY and cfg.policy.name == "safe-harbor" and cfg.key_id == "k3"
