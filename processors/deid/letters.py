"""Names and numbers in letters, chats and forms that session 44's black-box deid tester found missed
(300 notes, 12 registers; names were 86 % of what it missed).

- A typist reference: "PF/hc" alone on its line, after "ref", or anywhere when neither part is clinical
  ("T: 31/07/2025 MW/ja DICTATED BUT NOT READ", at a line end; not "IV/po", "PMNL/hpf").
- A flowsheet entry's initials after its clock time at a line start: "0440 (CG) Pt c/o nausea"; two lower-case
  initials after "triaged by" and the like ("triaged by yw"); a name's own initials after it: "HV: Ron Nkosi / RN".
  Not the bracket after a doctor's name: that is a grade or a role far more often ("(GDP)", "(PI)", "(BST)", "(MRP)").
- A quoted name after "lives with", "known as", "aka": "she lives with 'Summer'".
- A name after a grandparent's or aunt's familiar word, or after "Married": "nan Pat (95) also present",
  "Married Lorraine 1958" (the other kin words are the context recognisers').
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

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key

__all__ = ["letter_spans"]

_TYPIST_REF = compile_rx(r"(?m)(?:^[ \t]*|\b(?i:ref)\.?[ \t]*:?[ \t]*)([A-Z]{2,4}/[a-z]{2,4})[ \t]*$")
_TYPIST_ANY = compile_rx(r"(?<![\w/])([A-Z]{2,4})/([a-z]{2,4})(?![\w/])(?=[ \t]+(?i:dictated|typed|enc|encl|cc)\b|[ \t]*$)", re.MULTILINE)
_UNIT_WORDS = frozenset(("hpf", "lpf", "min", "hr", "hrs", "day", "wk", "kg", "ml", "mg", "dl", "l", "sec", "mmol"))
_TIMED_INITIALS = compile_rx(r"(?m)^[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d[ \t]*(?:h(?:rs?)?)?[ \t]*\(([A-Z]{2,3})\)")
_BY_LOWER_INITIALS = compile_rx(r"\b(?:triaged|seen|checked|signed|entered|witnessed|recorded|reviewed|audited|verified|"
                                r"countersigned|counter-signed)[ \t]+by[ \t]+([a-z]{2})\b(?![\w'\u2019-])")
_NAME_THEN_INITIALS = compile_rx(r"\b([A-Z][a-z'\u2019-]+)[ \t]+([A-Z][a-z'\u2019-]+)[ \t]*/[ \t]*([A-Z]{2})\b")
_QUOTED_NAME = compile_rx(
    r"\b(?i:lives[ \t]+with|known[ \t]+as|calls[ \t]+(?:her|him|them)self|nicknamed|a\.?k\.?a\.?)[ \t]*:?[ \t]+"
    r"['\"\u2018\u201c]([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)['\"\u2019\u201d]")
# a grade or role in brackets after a doctor's name ("Dr Siti Zubaidah (MO)", "Dr. Noor Mishra (JR)") is no name
_GRADES = frozenset(("MO", "HO", "JR", "SR", "SHO", "REG", "SPR", "CMO", "SMO", "RMO", "JMO", "CT", "ST", "FY", "NP", "PA", "CNS",
                     "ANP", "ACP", "GP", "RN", "EN", "HCA", "NIC", "CNM", "SN", "RMN", "RGN", "PGY", "APP", "CRNA", "DO", "MD",
                     "FP", "RP", "AP", "IM", "ED", "ER", "OT", "PT", "SLT", "RD"))
_FAMILIAR_KIN = compile_rx(r"\b(?i:nan|nana|nanna|nanny|gran|granny|grandma|grandad|granddad|grandpa|auntie|aunty|married(?:[ \t]+to)?)"
                           r"[ \t]+([A-Z][a-z'\u2019-]+)\b(?![ \t]*(?:and|&)[ \t]+[A-Z]|['\u2019]s\b)")
_NOT_FAMILIAR = frozenset(("in", "at", "on", "with", "and", "for", "the", "life", "couple", "status", "man", "woman", "since", "twice",
                           "once", "no", "yes", "not", "sister", "brother", "mother", "father"))
_ROLES = frozenset(("rn", "en", "gp", "ed", "ot", "pt", "dr", "np", "pa", "md", "fy", "st", "me", "us", "my", "an", "as", "at",
                    "by", "do", "go", "he", "if", "in", "is", "it", "no", "of", "on", "or", "so", "to", "up", "we", "ok"))
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
    r"RPh[ \t]+lic\.?|licen[cs]e(?:[ \t]+(?:no\.?|number|#))?|[Pp]ermis(?:[ \t]+(?:no\.?|#))?)[ \t]*[:#]?[ \t]*([A-Z]{0,4}[.\-]?\d{5,9})\b")
_TOWN_POSTCODE = compile_rx(
    r"(?m)^[ \t]*([A-Z][a-z]+(?:[ \t-](?:upon|on|under|le)?[ \t-]?[A-Z][a-z]+)?)[ \t]{1,3}"
    r"(?=[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b)")


def letter_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TYPIST_REF.finditer(text))
        out.extend((*m.span(), "[NAME]") for m in _TYPIST_ANY.finditer(text)
                   if _key(m.group(1)) not in CLINICAL_ABBREV and _key(m.group(2)) not in CLINICAL_ABBREV
                   and m.group(2) not in _UNIT_WORDS)
        out.extend((*m.span(3), "[NAME]") for m in _NAME_THEN_INITIALS.finditer(text)
                   if m.group(3) == m.group(1)[0] + m.group(2)[0])
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TIMED_INITIALS.finditer(text)
                   if _key(m.group(1)) not in CLINICAL_ABBREV and m.group(1) not in _GRADES)
    out.extend((*m.span(1), "[NAME]") for m in _BY_LOWER_INITIALS.finditer(text)
               if m.group(1) not in _ROLES and m.group(1) not in CLINICAL_ABBREV)
    out.extend((*m.span(1), "[NAME]") for m in _QUOTED_NAME.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _FAMILIAR_KIN.finditer(text)
               if m.group(1).lower() not in _NOT_FAMILIAR and _key(m.group(1)) not in CLINICAL_ABBREV)
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
