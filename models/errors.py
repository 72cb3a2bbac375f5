"""Typed model errors with stable codes; messages never carry note text (PHI)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ModelError", "ModelErrorCode"]


class ModelErrorCode(StrEnum):
    MODEL_NOT_FOUND = "model_not_found"
    BASE_NOT_FOUND = "base_not_found"
    BAD_MODEL_DIR = "bad_model_dir"
    BAD_DATA = "bad_data"
    BAD_DEVICE = "bad_device"


class ModelError(Exception):
    """An error with a stable machine code and a PHI-free message (what, why, how to fix)."""

    def __init__(self, code: ModelErrorCode, detail: str) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail
