"""Scanned forms (session 14, held-out corpus v42): OCR reads "1" as "l", "0" as "O" and "I" as "l".

``ocr_folded`` returns the text with those confusions undone where the context is unambiguous,
character for character (same length: every span found in it is a span of the note):

- inside a run of digits and confusable letters with at least two real digits and no more
  confusables than digits, not touching other letters: "978.225.l346", "(9l5)", "07O40",
  "6l4-20-1573" read as numbers ("SpO2", "CO2", "HbA1c" touch letters and stay); a date's parts
  count together ("O5/l7/2025", session 36), each part holding a real digit; "B" between two
  digits of a separated number with six real digits or more is an 8 ("5B3-6911"; never in a
  Canadian postcode, "K1A 0B1");
- inside a word of capitals: "ZlP:", "EMAlL", "lD#", "C0NTACT" read as "ZIP", "EMAIL", "ID", "CONTACT";
- inside a lower-case word (session 36): "J0nathan", "R0sal1nd", "Pat1ent" read as "Jonathan",
  "Rosalind", "Patient"; an "l" opening a word before "m" / "n" is an "I" ("lmpression").

The recognisers read the folded text; the note is never changed.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["ocr_folded"]

_GATE = compile_rx(r"\d[lIOoB]|[lIOo]\d|[A-Z]l[A-Z]|\bl[A-Z]{1,3}\b|[A-Z]0[A-Z]|[A-Za-z][01][a-z]|\bl[mn]")
# session 36: a date's or a phone's parts are read as one run ("O5/l7/2025", "l2/l5/2O25": each
# part alone has fewer than two digits), and "B" between two digits is an 8 ("(372) 5B3-6911")
_NUMBER_RUN = compile_rx(r"(?<![A-Za-z])[0-9lIOo]*\d[0-9lIOo]*(?:[/.][0-9lIOo]*\d?[0-9lIOo]*)*(?![A-Za-z])")
# "B" for "8" only inside a number with a separator and six real digits or more ("5B3-6911"): never
# in a Canadian postcode ("K1A 0B1", "L5B 1B8": digit-letter-digit by design)
_B_NUMBER = compile_rx(r"(?<![A-Za-z\d])\d[\dB]*(?:[-.]\d[\dB]*)+(?![A-Za-z\d])")
# session 36: a digit inside a lower-case word ("J0nathan", "R0sal1nd", "Pat1ent"): "0" is an "o",
# "1" an "i" (the tester's scans; "c1inic" reads as "ciinic", harmless)
# session 59: not a Canadian postal code's letter-digit-letter ("truro ns b0m 1c7", "red deer t1s4j7")
_POSTAL_REST = r"(?!(?<!\w[A-Za-z][01])[a-z][ \t]?\d[a-z]\d(?![\w-]))"  # the code opens a word: not "G2T1P0A0L1" (an obstetric history)
_WORD_ZERO = compile_rx(r"(?<=[A-Za-z])0(?=[a-z])" + _POSTAL_REST)
_WORD_ONE = compile_rx(r"(?<=[a-z])1(?=[a-z])" + _POSTAL_REST)
_INITIAL_L = compile_rx(r"\bl(?!mwh\b)(?=[mn][a-z]{2,})")  # "lmpression", "lnfo": no English word opens "lm" / "ln"
_CAPS_L = compile_rx(r"(?<=[A-Z])l(?=[A-Z](?![a-z]))|(?<![A-Za-z])l(?=[A-Z]{1,3}\b)")  # not "ElSayed" (session 26)
_CAPS_ZERO = compile_rx(r"(?<=[A-Z])0(?=[A-Z])(?!(?<!\w[A-Z]0)[A-Z][ \t]?\d[A-Z]\d(?![\w-]))")  # not "B0M 1C7"
_TO_DIGIT = str.maketrans("lIOo", "1100")


def _eights(m: re.Match[str]) -> str:
    run = m.group(0)
    return run.replace("B", "8") if "B" in run and sum(c.isdigit() for c in run) >= 6 else run


def _number(m: re.Match[str]) -> str:
    run = m.group(0)
    digits = sum(c.isdigit() for c in run)
    confusable = sum(c in "lIOo" for c in run)
    if digits < 2 or digits < confusable or confusable == 0:
        return run
    if any(p and not any(c.isdigit() for c in p) for p in re.split(r"[/.]", run)):
        return run  # a part with no real digit ("1/O", "l.l") is no number
    return run.translate(_TO_DIGIT)


def ocr_folded(text: str) -> str:
    """``text`` with OCR's letter-for-digit confusions undone (same length; module doc)."""
    if not _GATE.search(text):
        return text
    if "B" in text:
        text = _B_NUMBER.sub(_eights, text)
    text = _NUMBER_RUN.sub(_number, text)
    text = _WORD_ZERO.sub("o", text)
    text = _WORD_ONE.sub("i", text)
    text = _INITIAL_L.sub("I", text)
    text = _CAPS_L.sub("I", text)
    return _CAPS_ZERO.sub("O", text)
