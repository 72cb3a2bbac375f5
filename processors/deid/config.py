"""DeidConfig: keys, profile and policy for de-identification (frozen, built once)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from processors.deid.errors import DeidError, DeidErrorCode
from processors.deid.policy import DeidPolicy, load_policy

__all__ = ["DeidConfig", "Profile"]

Profile = Literal["live", "safe-harbor"]

_TEST_KEY = b"wardwatch-test-pseudonym-key-0001"
_TEST_REID_KEY = bytes(range(32))


@dataclass(frozen=True)
class DeidConfig:
    pseudonym_key: bytes
    key_id: str = "k1"
    reid_key: bytes | None = None
    profile: Profile = "live"
    policy: DeidPolicy = field(default=None)  # type: ignore[assignment]
    date_shift_max_days: int = 365

    def __post_init__(self) -> None:
        if not self.pseudonym_key or len(self.pseudonym_key) < 16:
            raise DeidError(
                DeidErrorCode.INVALID_KEY, "the pseudonym key must be at least 16 bytes long"
            )
        if not self.key_id or not self.key_id.isalnum():
            raise DeidError(DeidErrorCode.INVALID_KEY, "the key id must be non-empty alphanumeric")
        if self.profile not in ("live", "safe-harbor"):
            raise DeidError(DeidErrorCode.INVALID_POLICY, "profile must be 'live' or 'safe-harbor'")
        if self.policy is None:
            object.__setattr__(self, "policy", load_policy(self.profile))

    def __repr__(self) -> str:  # never print keys
        return f"DeidConfig(key_id={self.key_id!r}, profile={self.profile!r}, policy={self.policy.name!r})"

    @classmethod
    def for_tests(cls, profile: Profile = "live", **kw: object) -> DeidConfig:
        """A deterministic config (fixed test keys): never use in production."""
        base: dict[str, object] = {
            "pseudonym_key": _TEST_KEY,
            "key_id": "t1",
            "reid_key": _TEST_REID_KEY,
            "profile": profile,
        }
        base.update(kw)
        return cls(**base)  # type: ignore[arg-type]

    @classmethod
    def from_settings(
        cls,
        pseudonym_key: bytes,
        key_id: str,
        reid_key: bytes | str | None,
        profile: str,
        policy_file: Path | None,
        date_shift_max_days: int,
    ) -> DeidConfig:
        """Build from ``Settings.deid`` values (secrets already unwrapped to bytes).

        ``reid_key``: the raw key (bytes of 16/24/32) or its base64 text (see
        :func:`processors.deid.reid.decode_reid_key`).
        """
        if profile not in ("live", "safe-harbor"):
            raise DeidError(DeidErrorCode.INVALID_POLICY, "profile must be 'live' or 'safe-harbor'")
        reid = None
        if reid_key:
            from processors.deid.reid import decode_reid_key

            reid = decode_reid_key(reid_key)
        return cls(
            pseudonym_key=pseudonym_key,
            key_id=key_id,
            reid_key=reid,
            profile=cast(Profile, profile),
            policy=load_policy(profile, policy_file),
            date_shift_max_days=date_shift_max_days,
        )
