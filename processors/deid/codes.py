"""Session 7 (from the v18 misses): numbers that identify, by label or by shape.

- the last four digits of an SSN after "ends" / "ending in" ("SSN on face sheet ends 1560");
- the visible group of a masked national id ("Aadhaar: XXXX XXXX 8103");
- door and key-safe codes, and staff / employee numbers after their label ("Key safe code:
  4819", "Staff no 645084"; session 55: "keypad 752924", "lockbox 0706", "KS: 3391", "client 685415");
- a blood-product donation number (ISBT 128 shape, "unit C199 53 333218");
- an eight-digit number written 4-4 that opens with 3, 6, 8 or 9 (Singapore phones, "9006
  6503", "6126-5269"); a year pair opens with 1 or 2 and stays.

Spans are ``(start, end, placeholder)``; every pattern is behind a substring test (speed).
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["code_spans"]

# session 16 (privacy tester): a labelled SSN written with dots or spaces ("ssn: 078.05.1120", "social 078 05 1120")
_SSN_SEPARATED = compile_rx(
    r"\b(?i:ssn|social(?:[ \t]+security)?(?:[ \t]+(?:no\.?|number|#))?)[ \t]*[:#]?[ \t]*"
    r"(\d{3}([ .])(?:\d{2}\2\d{4}|\d{3}\2\d{3}))\b(?!\d|\.\d)"  # session 56 (deid tester I): "SSN 596 821 319"
)
_SSN_ENDS = compile_rx(
    r"\b(?:SSN|[Ss]ocial[ \t]+[Ss]ecurity(?:[ \t]+(?:number|no\.?))?)\b[^.\n]{0,30}?"
    r"\b(?:ends|ending)(?:[ \t]+(?:in|with))?[ \t:]+(\d{4})\b"
)
_MASKED = compile_rx(r"(?:\b(?:[Xx*]{4}[ -]){1,3}|(?:\*{3}|\b[Xx]{3})-(?:\*{2}|[Xx]{2})-)(\d{4})\b")  # also ***-**-4216
_CODE_LABEL = compile_rx(
    r"\b(?i:key[ \t]?safe(?:[ \t]+code)?|door[ \t]+code|access[ \t]+code|gate[ \t]+code"
    r"|alarm[ \t]+code|entry[ \t]+code|staff[ \t]+(?:no\.?|number|id)|employee[ \t]+(?:no\.?|number|id)"
    r"|payroll(?:[ \t]+(?:no\.?|number))?"
    # session 55 (deid tester G, home-care visits): "keypad 752924", "lockbox 0706", "key safe - 1455", "combination 7480",
    # "KS: 3391", "(client 685415)"
    r"|keypad(?:[ \t]+code)?|lock[ \t]?box(?:[ \t]+code)?|combination(?:[ \t]+(?:code|lock))?|ks"
    r"|client(?:[ \t]+(?:no\.?|number|id|ref))?"
    r"|prescriber[ \t]+(?:code|no\.?|number|id))"
    # session 59 (deid tester J: 30 of 44 codes kept): "Key safe no. B670", "ks is 1066", a code said digit by digit ("keysafe 8 5 6 4",
    # "door code #4 8 5 3", "key safe 2-5-8-0")
    r"[ \t]*(?:(?i:no\.?|number|is)[ \t]*)?[:#\-\u2013]?[ \t]*[#*]?"
    r"((?:\d[ \t-]){3,7}\d(?![\w-])|[A-Z]?\d[\dA-Z]{2,9}\b)(?![.,/]\d)"  # session 56 (deid tester J): "Prescriber code 500292"
)
# speed: the first character is matched before any lookbehind is tried
_UR = compile_rx(r"\b(?:ur|urn|u/r)[ \t]*(?:no\.?)?[ \t:#]*(\d{5,})\b")  # on the lower-cased text
# v22: "Jordan Brown (569-76-24)"; Indian mobiles "98935-74080" (the first character is
# matched before the lookbehind: speed)
_ID_322 = compile_rx(r"(\d(?<![\d-]\d)\d{2}-\d{2}-\d{2})(?![\d-])")
_PHONE_55 = compile_rx(r"([6-9](?<![\d-][6-9])\d{4}[ -]\d{5})(?![\d-])")
# session 9 (v26): an 11-digit trunk number written 4 + 7 or 5 + 6 ("0113 5491044" Leeds, "0937
# 7720981" India), and a hospital extension after "local" ("ACPR  local 4602")
_PHONE_TRUNK = compile_rx(r"(0(?<![\d-]0)(?:\d{3}[ \t]\d{7}|\d{4}[ \t]\d{6}))(?![\d-])")
_LOCAL_EXT = compile_rx(r"\blocal[ \t]+(?:ext\.?[ \t]*)?(\d{4,5})\b(?![.:/]\d)")
# session 9 (v28): a UK vehicle registration ("vehicle YK53 KRB"; HIPAA Safe Harbor item 12)
_UK_PLATE = compile_rx(r"\b([A-Z]{2}\d{2}[ \t]?[A-Z]{3})\b")
# session 56 (deid tester N: legal letters): a US federal court's case number ("Case No. 1:19-cv-83707", "4:21-cr-00123-JMB")
_FEDERAL_CASE = compile_rx(r"\b(\d{1,2}:\d{2}-(?:cv|cr|mc|md|bk|ap|mj|po|CV|CR)-\d{3,6}(?:-[A-Z]{2,5})*)\b")
_CODE_HINTS = ("key safe", "keysafe", "door code", "access code", "gate code", "alarm code",
               "entry code", "staff no", "staff number", "staff id", "employee no",
               "employee number", "employee id", "payroll", "keypad", "lockbox", "lock box", "combination", "ks", "client",
               "prescriber")
_DIN = compile_rx(r"([A-Z](?<![\w][A-Z])\d{3,4}[ \t]\d{2}[ \t]\d{6}(?:[ \t][A-Z0-9]\b)?)\b")
_PHONE_44 = compile_rx(
    r"([3689](?<![\d./:-][3689])\d{3}[ -]\d{4})(?![\d/:-]|\.\d|[ \t]*(?:mg|ml|mL|g|kg|units?)\b)"
)


# session 46 (i2b2-style tester): a US local number without its area code after a calling word
# ("call me at 933-2115", "Spoke to PCP Dr. Gray at 624-0455", "collateral from mother at 451-2155")
_PHONE_LOCAL7 = compile_rx(
    r"(?i:\b(?:at|call|calls|called|calling|phone|phoned|tel|telephone|ph|cell|mobile|home|work|pager|contact|reach(?:ed)?"
    r"|number|no\.?|#)[ \t:]+)([2-9]\d{2}-\d{4})(?![\w/-]|\.\d|[ \t]*(?i:mg|mcg|ml|units?|%|mm|mmol|cells|copies|iu)\b)"
)


def code_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """ID / SSN / PHONE spans of the classes above (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if ":" in text:
        out.extend((*m.span(1), "[ID]") for m in _FEDERAL_CASE.finditer(text))
    if "ssn" in low or "social" in low:
        if "end" in low:
            out.extend((*m.span(1), "[SSN]") for m in _SSN_ENDS.finditer(text))
        out.extend((*m.span(1), "[SSN]") for m in _SSN_SEPARATED.finditer(text))
    if "xxx" in low or "***" in text:
        out.extend((*m.span(1), "[ID]") for m in _MASKED.finditer(text))
    if any(h in low for h in _CODE_HINTS):
        out.extend((*m.span(1), "[ID]") for m in _CODE_LABEL.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _DIN.finditer(text))
    if " ur" in low or "\nur" in low or "urn" in low or "u/r" in low:
        out.extend((*m.span(1), "[ID]") for m in _UR.finditer(low))
    out.extend((*m.span(1), "[PHONE]") for m in _PHONE_44.finditer(text))
    if "-" in text:
        out.extend((*m.span(1), "[ID]") for m in _ID_322.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _PHONE_55.finditer(text))
    if "0" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PHONE_TRUNK.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _UK_PLATE.finditer(text))
    if "local" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _LOCAL_EXT.finditer(low))
    if "-" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PHONE_LOCAL7.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for m in _CA_POSTAL_TIGHT.finditer(text) if not _TNM.match(m.group(1)))
    out.extend((*m.span(m.lastindex or 1), "[ZIP]") for m in _CA_POSTAL_LOWER.finditer(text)
               if not _TNM.match(m.group(m.lastindex or 1).upper()))
    if "night" in low or "shift" in low:
        out.extend((*m.span(1), "[DATE]") for m in _SHIFT_DATE.finditer(text))
    return out


# session 47 (held-out deid tester): a Canadian postal code written without its space after a town ("Kenora P1L9R9");
# not a TNM stage ("T2N1M0"), a GCS ("E3V4M6") nor an obstetric history ("G2P1L1")
_CA_POSTAL_TIGHT = compile_rx(r"(?<![\w-])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])")
_TNM = compile_rx(r"T\d[A-Z]?N\d|[A-Z]\dN\dM\d|E\dV\dM\d|G\dP\d|A[1-3]L[1-4]B[1-3]")  # session 47: an obstetric "G2P1L1" too;
# session 53 (deid tester P): Crohn's disease in the Montreal classification ("Montreal A2L3B2")
# session 58 (deid tester I: 6 of 18 lower-case postal codes caught): "(NS) b0m 1c7", "red deer ab t1s4j7" - in lower case
# with its space, or unspaced after a province
_CA_POSTAL_LOWER = compile_rx(r"(?<![\w-])([abceghj-nprstvxy]\d[abceghj-nprstv-z][ \t]\d[abceghj-nprstv-z]\d)(?![\w-])"
                              r"|(?i:\b(?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe|yt|nt|nu)\b\)?\.?,?)[ \t]+"
                              r"([abceghj-nprstvxy]\d[abceghj-nprstv-z]\d[abceghj-nprstv-z]\d)(?![\w-])")
# a day and month before a shift in a handover's header ("HANDOVER AMAU 30/4 night", "3 East 7/25 night"), not a
# duration before night sweats ("2/7 night sweats")
_SHIFT_DATE = compile_rx(r"(?<![\w/.])((?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9]))[ \t]+(?i:night|nights|shift|night[ \t]+shift|"
                         r"day[ \t]+shift|early|late)\b(?![ \t]+(?i:sweats?|pain|cough|time|waking))")
