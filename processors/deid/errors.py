"""Typed de-identification errors with stable machine codes (schemas.reasons style).

Messages say what went wrong and how to fix it; they never contain the token, the key or
any patient value.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DeidError", "DeidErrorCode"]


class DeidErrorCode(StrEnum):
    REID_BAD_TOKEN = "reid_bad_token"
    REID_KEY_MISMATCH = "reid_key_mismatch"
    REID_NO_KEY = "reid_no_key"
    INVALID_KEY = "invalid_key"
    INVALID_POLICY = "invalid_policy"


class DeidError(Exception):
    """A de-identification failure: ``code`` is stable, the message is PHI-free."""

    def __init__(self, code: DeidErrorCode, detail: str) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail
