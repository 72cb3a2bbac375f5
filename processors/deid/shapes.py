"""Round 10: PHI found by its shape or its label, whatever the country or the template.

- international numbers: ``+`` and a country code, then digit groups in any grouping, with
  an optional trunk ``(0)`` ("+61 (0)2 8583 1043", "+353 89 421 1717", "+91-9139522928"):
  8-15 digits;
- pager numbers in any shape ("pgr x6-7784", "pager #25669"), bleeps ("bleep 2231") and
  extensions ("ext. 6-5443", "ext 4432", "extension 44321"; since session 6 a plain 3-5 digit
  bleep or extension is PHONE, as in i2b2-style annotation: it is a contact number; range of
  motion such as "ext 120°" / "extension 90 degrees" stays);
- identifiers written as spaced digit groups after a label ("Medicare 5626 84161 5",
  "IHI 8003 6050 5537 1817", "Aadhaar: 4553 9899 7949"): 9+ digits that are no clock times;
- a number after "<word> No." ("Reg. No. 77329", "Licence No. 12345") and a registration
  number in brackets after an acronym ("(APC 46044)") that is no clinical label;
- initials in an initials field ("Initials: B-S-R") and a sign-off after a double dash at
  the end of a line ("-- JP");
- a preferred name ("prefers "Chuck"", "known as Bob"), a family business ("Turner &
  Sons"), a person a patient calls for ("calling out for florence"), a name right before its
  identifier ("PILAR STRICKLAND-AUSTIN (MRN 5162822)", "Derek Rioux-McDonald, DOB ...");
- an address field ("Address: ..."): the value and its indented continuation lines;
- an Irish county ("Ennis, Co. Clare").

Spans are ``(start, end, placeholder)``; NAME spans still pass the clinical-token guard.
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS
from processors.deid.patterns import literal_finditer
from processors.deid.unknown import _common, _listed, is_known_word

__all__ = ["shape_name_spans", "shape_spans"]

_INTL_PHONE = compile_rx(  # "+44 ..." or, dialled from abroad, "0044 (0)20 ..." (session 6)
    r"(?<![\w/.+])(?:\+|00(?=[1-9]\d{0,2}[ \t.-]))\d{1,3}(?:[ \t.-]?\(0\))?(?:(?:[ \t-]{1,2}|\.-?|)\(?\d{1,5}\)?){1,6}(?![\w/])"
)  # session 56 (deid tester I): never across a sentence's full stop ("+1 604 234 1684. 10% glucose")
_DIGIT = compile_rx(r"\d")
# on the lower-cased text
_SHORT_NUMBER = by_first_letter(compile_rx(  # bleeps and extensions too: a contact number is PHONE
    r"\b(?:(?:pgr|pager|beeper)\b\.?[ \t]*(?:no\.?)?[ \t]*:?[ \t]*([x#]?[ \t]?\d{1,2}-?\d{2,5})"
    r"|(?:bleep|blp|bleeper|ext|extn)\b\.?[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*(x?\d{1,2}-\d{3,5}|x?\d{3,5})"
    # session 25 (v90): the team and grade between ("bleep plastics SHO 2215", "bleep the on-call reg 4432")
    r"|bleep[ \t]+(?:the[ \t]+)?(?:[a-z][a-z-]+[ \t]+){0,2}(?:SHO|sho|reg|Reg|registrar|FY1|FY2|fy1|fy2|SpR|CT1|CT2|F1|F2)[ \t]+(\d{3,5})"
    r"|extension[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*(x?\d{1,2}-\d{3,5}|x?\d{4,5}))\b"
    r"(?![.,]\d|[ \t]*(?:mg|mcg|ml|%|mm|cm|kg|g|deg|degrees?)\b|[ \t]*\u00b0)"
))
_SPACED_ID = compile_rx(
    r"\d{3,5}(?:[ \t]\d{1,5}){1,4}\b"
    r"(?![ \t]*(?:mg|mcg|ml|mL|units?|%|mm|cm|kg|g|x|am|pm|hrs?|h)\b|[.:/]\d)"
)
_SPACED_LEAD = compile_rx(r"[A-Za-z:.#][ \t]*:?[ \t]*\Z")  # what comes right before one
_LABEL_BEFORE = compile_rx(
    r"(?:^|[\s(])([A-Za-z][A-Za-z.']{1,14})[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*\Z"
)
_CLOCK = compile_rx(r"(?:[01]\d|2[0-3])[0-5]\d\Z")
_NO_LABEL = compile_rx(  # on the lower-cased text; the word before checked behind
    # session 25 (v97): a bare "no" before five or more digits ("envelope no 38075"), a year-serial
    # ("register entry no. 2025/41")
    r"[ \t]+(?:no\.|no:|number|no(?=[ \t]+\d{5,}\b))[ \t]*:?[ \t]*(\d{4,}(?:/\d{1,6})?[a-z]?)\b(?![.,/]\d)"
)
_BADGE = compile_rx(r"\b(?:officer|badge|constable|guard|porter)[ \t]*#[ \t]*(\d{2,6})\b")  # "Security Officer #735"
_NO_WORD = compile_rx(r"\b[a-z]{2,12}\.?\Z")
_BRACKET_REG = compile_rx(r"\(([A-Z]{2,6})[ \t]*[#:]?[ \t]*(\d{4,8})\)")
_SERVICE_ERAS = frozenset(("OEF", "OIF", "OND", "ODS", "OGW", "OIR", "GWOT", "OFS", "ORS", "ISAF", "KFOR", "SFOR", "UNPROFOR", "UNTAET"))
_INITIALS = compile_rx(r"\b(?i:initials)[ \t]*:[ \t]*([A-Z](?:[-. ]?[A-Z]){1,3}\.?)(?![\w-])")
_SIGN_OFF = compile_rx(r"(?:--|\u2014|\u2013)[ \t]*([A-Z]{2,3})[ \t]*$", re.MULTILINE)
_PREFERS = compile_rx(  # "prefers" only before a quoted name ("prefers Ensure" is a drink)
    r"\b(?:(?i:prefers(?: to be called)?)[ \t]+[\"\u201c\u2018]"
    r"|(?i:preferred name:?|known as|goes by|a\.k\.a\.?|nickname:?)[ \t]+[\"\u201c\u2018]?)"
    r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
)
# a person's words right before their identifier ("PILAR STRICKLAND-AUSTIN (MRN 5162822)",
# "Referral - Derek Rioux-McDonald, DOB 3/21/1932"): two to four capitalised words
_ID_AFTER = compile_rx(
    r"(?:,[ \t]*|[ \t]*\([ \t]*)(?:MRN|DOB|D\.O\.B\.?|NHS|URN|UR|CHI|NHI|born)\b"
)
_RUN_BEFORE = compile_rx(
    r"(?<![\w'-])((?:[A-Z][A-Za-z'\u2019-]*[A-Za-z]|[A-Z]\.?)(?:[ \t]+(?:[A-Z][A-Za-z'\u2019-]*[A-Za-z]|[A-Z]\.?)){1,3})\Z"
)
# a family business named for its owner ("Turner & Sons"), a person a patient calls for
_AND_SONS = compile_rx(
    r"\b([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+)?)"
    r"(?=[ \t]+(?:&[ \t]+(?:Sons?|Daughters?|Brothers|Bros\.?)|and[ \t]+Sons)\b)"
)
_CALLING_FOR = compile_rx(  # on the lower-cased text; the word checked in the text
    r"\b(?:calling(?:[ \t]+out)?|crying(?:[ \t]+out)?|shouting|asking|looking|searching)"
    r"[ \t]+for[ \t]+([a-z][a-z'\u2019-]+)(?=[ \t]*(?:[.,;!]|$))",
    re.MULTILINE,
)
_PREFERS_KEYS = ("prefer", "known as", "goes by", "a.k.a", "nickname")
_ADDRESS_FIELD = compile_rx(
    r"(?:^([ \t]*)|(?<=[ \t]{2}))"  # session 21 (v59): after a column gap too ("DOB: ...  Address: Lot 399, ..."; session 48: "...   ADDRESS:")
    r"(?i:(?:home |postal |residential |current |permanent |usual )?(?:address|addr))"
    r"[ \t]*:[ \t]*(?=[\dA-Z])([^\n]*)",
    re.MULTILINE,
)
_CONTINUATION = compile_rx(r"\n([ \t]+)(?![^\n:]{0,25}:)([^\n]+)")
_COUNTY = compile_rx(r"(?:\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]*)?\bCo\.[ \t]+[A-Z][a-z]+\b")
_NOT_LABEL_TEXT = (
    "bp hr rr sat sats temp t wt ht bmi gcs obs weight weights height glucose bm bms times"
    " at from to and or on by doses dose x q every"
)
_NOT_LABEL = frozenset(_NOT_LABEL_TEXT.split())
# session 16: after a calling word a spaced number is a phone ("call 0412 345 678"), not an id
_PHONE_LABEL_TEXT = "call ring rang phone ph tel mob mobile cell text sms contact fax landline whatsapp"
_PHONE_LABEL = frozenset(_PHONE_LABEL_TEXT.split())


def _digits(s: str) -> int:
    return len(_DIGIT.findall(s))


# code systems name procedures, diagnoses and products, never a person ("CPT 72148")
_CODE_SYSTEMS_TEXT = "cpt icd hcpcs snomed sct loinc drg ndc atc opcs cdt hcc rxcui rxnorm icpc achi ccam ean gtin upc"
_CODE_SYSTEMS = frozenset(_CODE_SYSTEMS_TEXT.split())


def _clinical_acronym(word: str) -> bool:
    w = word.lower()
    return w in CLINICAL_ABBREV or w in CLINICAL_WORDS or w in _CODE_SYSTEMS


def _spaced_ids(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _SPACED_ID.finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isalnum() or text[s - 1] in "-/.,") and not text[s - 1].isalpha():
            continue  # inside a longer number
        lead = _SPACED_LEAD.search(text, max(0, s - 6), s)
        if not lead:
            continue
        groups = m.group(0).split()
        if sum(len(g) for g in groups) < 9 or all(_CLOCK.match(g) for g in groups):
            continue
        lab = _LABEL_BEFORE.search(text, max(0, s - 30), s)
        if not lab or lab.group(1).lower().rstrip(".") in _NOT_LABEL:
            continue
        if len(groups[0]) < 4 and not text[lead.start() : s].strip(" \t").endswith((":", "#")):
            continue  # "Weights 102 101 100 99"; a short first group needs "label:"
        out.append((s, e, "[PHONE]" if lab.group(1).lower().rstrip(".") in _PHONE_LABEL else "[ID]"))
    return out


# where an address field's value ends inside its line: a ";" or a sentence end before a clinical
# word or a lower-case one ("Address: 12 Oak Street. K 6.1 today."; "St. Springfield" goes on)
_FIELD_BREAK = compile_rx(r"(?:;|\.|[ \t][-\u2013\u2014])[ \t]+([A-Za-z][A-Za-z0-9]*)")  # session 27 (v111): "... DE7 2TT - lives alone"
_ADDRESS_WORDS_TEXT = "apt apartment unit flat suite ste fl floor bldg building po box rr lot room rm"
_ADDRESS_WORDS = frozenset(_ADDRESS_WORDS_TEXT.split())
_MEASURES_TEXT = (
    "k na hb hgb cr crea creat t temp wbc plt plts glucose gluc bgl cbg mg ca cl ph crp lactate lac sao2"
    " o2 pulse hr bp rr sbp dbp map gcs news news2 inr alt ast alp bili urea bun trop tnt tni bnp"
)
_MEASURES = frozenset(_MEASURES_TEXT.split())


# a capitalised word then a number is a label and its value ("Platelets 45"), unless the period
# closes an abbreviation of a street or a place ("1 Main St. Kilda 3182")
_VALUE_AFTER = compile_rx(r"[ \t]*[:=]?[ \t]*[<>]?\d")
_SHORT_ABBREV_BEFORE = compile_rx(r"\b[A-Z][a-z]{0,2}\Z")


def _field_end(text: str, s: int, e: int) -> int:
    for b in _FIELD_BREAK.finditer(text, s, e):
        word = b.group(1)
        if word.lower() in _ADDRESS_WORDS:
            continue
        if text[b.start()] == ";" or word[0].islower() or word.lower() in _MEASURES or _clinical_acronym(word):
            return b.start()
        if _VALUE_AFTER.match(text, b.end(1)) and not _SHORT_ABBREV_BEFORE.search(text, max(0, b.start() - 4), b.start()):
            return b.start()  # session 10: "..., France. Platelets 45 x10^9/L": a label and a value
    return e


def _address_fields(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _ADDRESS_FIELD.finditer(text):
        indent = len(m.group(1).expandtabs()) if m.group(1) is not None else 1 << 30  # mid-line: no continuation
        s, e = m.span(2)
        e = _field_end(text, s, e)
        if e == m.end(2):
            while (c := _CONTINUATION.match(text, e)) and len(c.group(1).expandtabs()) > indent:
                e = c.end(2)
        val = text[s:e].rstrip(" \t,;")
        if val:
            out.append((s, s + len(val), "[ADDRESS]"))
    return out


def shape_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """PHONE, ID and ADDRESS spans found by shape or label (see module doc)."""
    out: list[tuple[int, int, str]] = []
    if "+" in text or "00" in text:
        found = list(literal_finditer(_INTL_PHONE, text, "+")) + list(literal_finditer(_INTL_PHONE, text, "00"))
        for m in found:
            d = _digits(m.group(0)) - ("(0)" in m.group(0)) - 2 * m.group(0).startswith("00")
            if 8 <= d <= 15 and "\n" not in m.group(0):
                unopened = m.group(0).count(")") > m.group(0).count("(")  # session 45: "(+44 7700 900461)," keeps its bracket
                out.append((m.start(), m.end() - unopened, "[PHONE]"))
    for m in _SHORT_NUMBER.finditer(low):
        g = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
        if not g:
            continue
        # an extension is PHONE with its "ext" (a bare "ext. 4432" is one number); a pager's or
        # bleep's number alone
        out.append((m.start() if low[m.start()] == "e" else m.start(g), m.end(g), "[PHONE]"))
    out.extend(_spaced_ids(text))
    for m in _NO_LABEL.finditer(low):
        if _NO_WORD.search(low, max(0, m.start() - 13), m.start()):
            out.append((*m.span(1), "[ID]"))
    if "#" in low:
        out.extend((*m.span(1), "[ID]") for m in _BADGE.finditer(low))
    for m in _BRACKET_REG.finditer(text):
        if m.group(1) in _SERVICE_ERAS and len(m.group(2)) == 4:
            continue  # session 59 (deid tester I: veterans): an operation and its year ("(OND 2010)", "(OEF 2004)") is no id
        if not _clinical_acronym(m.group(1)):
            out.append((*m.span(2), "[ID]"))
    if "ddr" in low:
        out.extend(_address_fields(text))
    if "Co." in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _COUNTY.finditer(text))
    return out


def shape_name_spans(text: str, low: str) -> list[tuple[int, int]]:
    """NAME spans found by a field or shape: initials, sign-offs, preferred names, a name
    before its identifier (``low``: the lower-cased text, for cheap pre-checks)."""
    out = [m.span(1) for m in _INITIALS.finditer(text)] if "initials" in low else []
    if "--" in text or "\u2014" in text or "\u2013" in text:
        out.extend(m.span(1) for m in _SIGN_OFF.finditer(text) if not _clinical_acronym(m.group(1)))
    if any(k in low for k in _PREFERS_KEYS):
        out.extend(m.span(1) for m in _PREFERS.finditer(text))
    if "& Son" in text or "and Son" in text or "Bro" in text or "Daughter" in text:
        for m in _AND_SONS.finditer(text):  # "Visitors: Husband and Daughter" stays
            if all(_listed(w) or not _common(w) for w in m.group(1).split()):
                out.append(m.span(1))
    if " for " in low:
        for m in _CALLING_FOR.finditer(low):
            w = text[m.start(1) : m.end(1)]
            if _listed(w) or not is_known_word(w):
                out.append(m.span(1))
    for a in _ID_AFTER.finditer(text):
        run = _RUN_BEFORE.search(text, max(0, a.start() - 60), a.start())
        if not run:
            continue
        words = [w for w in run.group(1).split() if len(w.rstrip(".")) > 1]
        if words and all(_listed(w) or not _common(w) for w in words):
            out.append(run.span(1))
    return out
