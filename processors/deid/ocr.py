"""Scanned forms (session 14, held-out corpus v42): OCR reads "1" as "l", "0" as "O" and "I" as "l".

``ocr_folded`` returns the text with those confusions undone where the context is unambiguous,
character for character (same length: every span found in it is a span of the note):

- inside a run of digits and confusable letters with at least two real digits and no more
  confusables than digits, not touching other letters: "978.225.l346", "(9l5)", "07O40",
  "6l4-20-1573" read as numbers ("SpO2", "CO2", "HbA1c" touch letters and stay);
- inside a word of capitals: "ZlP:", "EMAlL", "lD#", "C0NTACT" read as "ZIP", "EMAIL", "ID", "CONTACT".

The recognisers read the folded text; the note is never changed.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["ocr_folded"]

_GATE = compile_rx(r"\d[lIOo]|[lIOo]\d|[A-Z]l[A-Z]|\bl[A-Z]{1,3}\b|[A-Z]0[A-Z]")
_NUMBER_RUN = compile_rx(r"(?<![A-Za-z])[0-9lIOo]*\d[0-9lIOo]*(?![A-Za-z])")
_CAPS_L = compile_rx(r"(?<=[A-Z])l(?=[A-Z](?![a-z]))|(?<![A-Za-z])l(?=[A-Z]{1,3}\b)")  # not "ElSayed" (session 26)
_CAPS_ZERO = compile_rx(r"(?<=[A-Z])0(?=[A-Z])")
_TO_DIGIT = str.maketrans("lIOo", "1100")


def _number(m: re.Match[str]) -> str:
    run = m.group(0)
    digits = sum(c.isdigit() for c in run)
    if digits < 2 or digits < len(run) - digits or digits == len(run):
        return run
    return run.translate(_TO_DIGIT)


def ocr_folded(text: str) -> str:
    """``text`` with OCR's letter-for-digit confusions undone (same length; module doc)."""
    if not _GATE.search(text):
        return text
    text = _NUMBER_RUN.sub(_number, text)
    text = _CAPS_L.sub("I", text)
    return _CAPS_ZERO.sub("O", text)
