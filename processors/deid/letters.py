"""Names and numbers in letters, chats and forms that session 44's black-box deid tester found missed
(300 notes, 12 registers; names were 86 % of what it missed).

- A typist reference alone on its line or after "ref": "PF/hc", "Our ref: CC/kl" (author / typist initials).
- An initial and a surname before a postgraduate credential on a letter's sign-off line: "O Al-Farsi MRCGP",
  "I Wilson MRCGP, Salaried GP".
- A role and a given name with the surname's initial: "staff nurse Chloe A reports", "HCA Mei F".
- A chat's display name with its handle: "[18:02] Sunny S (@drsharp): ...", and the handle itself, spaces
  included ("(@thi lan_ed)").
- A scheme prefix and a long number: "PMJAY-282068547"; a professional register's number: "(OIIQ 6903308)",
  "GMC 7012345".
- A town alone before a UK postcode on an address line: "Reading  RG1 7WG", "Bristol  BS8 2UQ" (English
  words other recognisers leave).

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key

__all__ = ["letter_spans"]

_TYPIST_REF = compile_rx(r"(?m)(?:^[ \t]*|\b(?i:ref)\.?[ \t]*:?[ \t]*)([A-Z]{2,4}/[a-z]{2,4})[ \t]*$")
_INITIAL_CREDENTIAL = compile_rx(
    r"(?m)^[ \t]*([A-Z]\.?(?:[ \t]?[A-Z]\.?)?[ \t]+[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)[ \t,]+"
    r"(?:MRCGP|MRCP|FRCP|FRCS|MBBS|MBChB|FRACGP|FRCPC|FRCGP|DRCOG|DFSRH|MRCPCH|FRCPCH|MRCS|MD|DO|PhD|RGN|RMN|RN)\b")
_ROLE_GIVEN_INITIAL = compile_rx(
    r"\b(?i:staff[ \t]+nurse|charge[ \t]+nurse|nurse|sister|hca|rn|sn|midwife|physio|student[ \t]+nurse)[ \t]+"
    r"([A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?[ \t]+[A-Z])\.?(?![\w.'-])")
_DISPLAY_HANDLE = compile_rx(
    r"(?m)^[ \t]*\[(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\][ \t]+"
    r"([^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3})[ \t]*\(@([^()\n]{1,40})\)[ \t]*:")
_SCHEME_NUMBER = compile_rx(r"(?<![\w-])[A-Z]{2,8}-\d{6,12}(?![\w-])")
_REGISTER_NUMBER = compile_rx(
    r"\b(?:OIIQ|OPQ|CMQ|CPSO|CNO|AHPRA|NMC(?:[ \t]+PIN)?|GMC|HCPC|GPhC|MCI|PMDC|KMC|DMC|MMC|IMC|SANC|HPCSA|"
    r"RPh[ \t]+lic\.?|licen[cs]e(?:[ \t]+(?:no\.?|number|#))?)[ \t]*[:#]?[ \t]*([A-Z]{0,4}[.\-]?\d{5,9})\b")
_TOWN_POSTCODE = compile_rx(
    r"(?m)^[ \t]*([A-Z][a-z]+(?:[ \t-](?:upon|on|under|le)?[ \t-]?[A-Z][a-z]+)?)[ \t]{1,3}"
    r"(?=[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b)")


def letter_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TYPIST_REF.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _INITIAL_CREDENTIAL.finditer(text)
               if _key(m.group(1).split()[-1]) not in CLINICAL_ABBREV)
    out.extend((*m.span(1), "[NAME]") for m in _ROLE_GIVEN_INITIAL.finditer(text)
               if _key(m.group(1).split()[0]) not in CLINICAL_ABBREV)
    if "(@" in text:
        for m in _DISPLAY_HANDLE.finditer(text):
            out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    if "-" in text:
        out.extend((*m.span(), "[ID]") for m in _SCHEME_NUMBER.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _REGISTER_NUMBER.finditer(text))
    out.extend((*m.span(1), "[ADDRESS]") for m in _TOWN_POSTCODE.finditer(text))
    return out
