"""Session 55 (deid tester A: obstetric, neonatal and paediatric notes, 67 of 67 short dotted dates missed).

Dates: a day and month written with a dot and no year ("given 9.1.", "born at 19:22 on 20.12 by SVD", "booked 24.5",
"Echo 26.9: small PDA", "- 30.4: attended ED", "HUSS both day 3 (5.8)") are UK and Irish shorthand, and look like a
decimal ("K 4.5", "Hb 9.1", "INR 2.5"). One counts only with a date's cue: a verb or preposition that takes a date right
before it (on, booked, given, seen, clinic, appt, OPD, in ANC, EDD by scan ...; not "ANC 2.7", a neutrophil count;
"discharge" / "d/c" only with where or when it goes: not "Cr peak 2.4, d/c 1.1"), a test named right before it with its result after a colon or "showed", a timeline bullet, a "day N
(" bracket, or a birth register line's mode of delivery after it ("5.10  SVD @ 38+0"). A slashed day/month needs a
visit's cue ("OPD 7/10 with", "visited 4/10."), never over 7 or 12 ("clinic 3/12" is in three months). Never with a unit, a percent or another number part after it ("on 2.5 L",
"given 2.5 mg", "1.5.2024" is another recogniser's), and the day and month must be a calendar's (1-31, 1-12).

Names: an initial and a surname (often also a word: "S Ward", "J Palmer", "A Cross") where the context says a person:
"Signed J Palmer RM" (a signature without a colon), "Discussed with S Ward, consultant neonatologist" (a role after
the comma), a birth register's "BO A McKinnon" / "Bo J Brown" / "Baby of A Cross" (baby of). Spans are (start, end,
placeholder).
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["midwifery_spans"]

_DM = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])"
_NOT_A_VALUE = (
    r"(?![\d.]\d|\.\d|[ \t]*(?:%|x\b|°|/|-[ \t]?\d|(?i:mg|mcg|micrograms?|g|kg|ml|l|mmol|umol|µmol|iu|units?|"
    r"cm|mm|m|hrs?|hours?|min|mins|weeks?|wks?|days?|months?|mths?|years?|yrs?|kpa|mmhg|bpm|lpm|l/min|ng|pg|u/l|x10|e9|fl|s|"
    r"sec)\b))"
)
_CUE = (
    r"(?i:on|booked(?:[ \t]+for)?|given|seen(?:[ \t]+on)?|dated|until|till|since|"
    r"appt|appointment|clinic|meeting|reviewed?|visited|opd|(?:in|at)[ \t]+(?:the[ \t]+)?anc|edd(?:[ \t]+by[ \t]+(?:scan|dates))?|lmp|due)"
)
_CUED = compile_rx(
    rf"(?m)(?<![\w/.]){_CUE}[ \t]+(?:on[ \t]+)?({_DM}){_NOT_A_VALUE}(?=[ \t]*(?:[.,;:)]|$|[ \t]+[a-zA-Z(@-]))"
)
# a day/month with a slash, after a visit's or an appointment's cue ("OPD 7/10 with Dr Cunningham", "dad visited 4/10.")
# not "/7" or "/12": UK shorthand for days and months ("clinic 3/12 with Dr Davies" is in three months)
_DM_SLASH = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-689]|1[01])(?!\d)"
_SLASH_CUED = compile_rx(
    rf"(?m)(?<![\w/.])(?i:opd|appt|appointment|clinic|visited|booked(?:[ \t]+for)?)[ \t]+(?:on[ \t]+)?"
    rf"({_DM_SLASH})(?![\d/])(?=[ \t]*(?:[.,;)]|$|[ \t]+(?i:with|at|in|if|for|to)\b))"
)
# a discharge's date, with where or when it goes ("Discharge 25.5 to community midwife", "Plan d/c 30.11 if well"); not a value
# at discharge ("Cr peak 2.4, d/c 1.1", "INR on discharge 2.4")
_DISCHARGE = compile_rx(
    rf"(?<![\w/.])(?<!\bon[ \t])(?<!\bat[ \t])(?i:discharged?|d/c)[ \t]+(?:on[ \t]+)?({_DM}){_NOT_A_VALUE}"
    r"(?=[ \t]+(?i:to|if|home|when|with|planned|pending)\b)"
)
# a test and its result: "Echo 26.9: small PDA", "Growth scan 22.11: EFW", "Anomaly scan 9.11 showed"
_TEST = compile_rx(
    rf"(?<![\w/.])(?i:scan|echo|ct|mri|uss|cxr|x-?ray|ecg|eeg|bloods|swab|screen|check|review)[ \t]+({_DM})"
    rf"(?=[ \t]*(?::|(?i:showed|shows|revealed|-[ \t])))"
)
# a timeline bullet: "- 30.4: attended ED"
_BULLET = compile_rx(rf"(?m)^[ \t]*[-\u2022*][ \t]*({_DM})[ \t]*[:\u2013-][ \t]")
# "HUSS both day 3 (5.8)"
_DAY_BRACKET = compile_rx(rf"(?i:\bday[ \t]+\d{{1,2}}[ \t]*)\(({_DM})\)")
# a birth register line: "1415 Bo J Brown 5.10  SVD @ 38+0/40"
_REGISTER_DATE = compile_rx(
    rf"(?<![\w/.])({_DM}|{_DM_SLASH})(?=[ \t]+(?:SVD|NVD|SVB|ELCS|EMCS|LSCS|CS|C/S|VBAC|forceps|ventouse|"
    r"Ventouse|Forceps|breech|Breech|instrumental)\b)"
)
_INITIAL_SURNAME = r"([A-Z]\.?[ \t]+(?:Ma?c|O')?[A-Z][a-z'\u2019-]+(?:(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2}(?=[ \t]+\d))?)"
# "Signed J Palmer RM", "Signed by S Fox"
# (then a line end, a comma or bracket, a credential in capitals or a number: not "Signed A Patient Leaflet given")
_SIGNED = compile_rx(
    rf"(?m)\b(?:Signed|signed|Countersigned|countersigned)(?:[ \t]+by)?[ \t]+{_INITIAL_SURNAME}\b"
    r"(?=[ \t]*(?:$|[,;.(]|[ \t](?:[A-Z]{2,5}\b|\d)))"
)
# "Discussed with S Ward, consultant neonatologist"; "VE by K Baldwin RM"
_ROLE_AFTER = compile_rx(
    rf"\b(?:with|by|to|from|per|and)[ \t]+{_INITIAL_SURNAME}(?=,?[ \t]+(?:RM|RN|RGN|RSCN|SN|MW|HV|CMM\d|ANNP|NNP|SpR|SHO|"
    r"FY[12]|ST\d|CT\d|(?i:consultant|registrar|midwife|nurse|neonatologist|obstetrician|paediatrician|pediatrician|"
    r"health[ \t]+visitor|sister|charge[ \t]+nurse|sonographer|anaesthetist|anesthetist|physio\w*|social[ \t]+worker))\b)"
)
# a birth register's "baby of": "BO A McKinnon", "Bo J Brown", "B/O S Church", "Baby of A Cross"
_BABY_OF = compile_rx(
    rf"(?m)(?:^|(?<=\d[ \t])|(?<=[ \t]{{2}}))(?:BO|Bo|B/O|Baby[ \t]+of|baby[ \t]+of)[ \t]+{_INITIAL_SURNAME}"
)


def midwifery_spans(text: str) -> list[tuple[int, int, str]]:
    """DATE and NAME spans of the module doc."""
    out: list[tuple[int, int, str]] = []
    if "." in text:
        for rx in (_CUED, _DISCHARGE, _TEST, _BULLET, _DAY_BRACKET):
            out.extend((*m.span(1), "[DATE]") for m in rx.finditer(text))
    if "/" in text or "." in text:
        for rx in (_REGISTER_DATE, _SLASH_CUED):
            out.extend((*m.span(1), "[DATE]") for m in rx.finditer(text))
    for rx in (_SIGNED, _ROLE_AFTER, _BABY_OF):
        out.extend((*m.span(1), "[NAME]") for m in rx.finditer(text))
    return out
