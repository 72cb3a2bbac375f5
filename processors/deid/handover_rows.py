"""Patient rows of a night handover list (session 44's second black-box deid tester: 81 % recall on
hospital-at-night handovers, the names in capitals and columns).

- A bed label then a name in capitals and the age in brackets: "BED 12 WINIFRED HERON (64) - UPPER GI
  BLEED", "SR4 SIEW LAN PATEL (52)", "BAY 1 BED 1 GRACE HERON (91)".
- A bed label, a dash, a name and the age with the sex: "SR1 - Sunny Lee 48f - hosp no ...".
- Tab-separated columns: bed, "SURNAME Given", age, number: "SR1\tSWEET Vikram\t98\t7276644".
- Pipe-separated columns: "SR6 | HART, MO | 80F | RX369110 |".
- A titled surname with the given name in brackets: "Mrs Adeyemi (Pat), 67 yrs".
- A team with a first name in brackets: "Outreach (Mags) aware of Bed 12".
- The receiver's initials after "Handed over by ... / received": "received PK".
- A four- or five-digit extension after a grade, with no phone word: "bleep 6870; SHO 3263".

An age of 90 or more in these rows is an [AGE]. Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key

__all__ = ["handover_row_spans"]

_BED = r"(?:(?:BAY|Bay|bay)[ \t]+\d{1,2}[ \t]+)?(?:BED|Bed|bed|SR|B)[ \t]*\d{1,2}(?:-\d{1,2})?"
_CAPS = r"[A-Z][A-Z'\u2019-]+"
_CAPS_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}[ \t]+((?:{_CAPS}[ \t]+){{1,3}}{_CAPS})[ \t]*\((\d{{1,3}})\)")
_DASH_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}[ \t]*[-\u2013][ \t]*([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+){{1,2}})[ \t]+"
                       r"(\d{1,3})[mfMF]\b")
_TAB_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}\t([A-Z][A-Za-z'\u2019-]+[ \t]+[A-Z][A-Za-z'\u2019-]+)\t(\d{{1,3}})\t")
_PIPE_ROW = compile_rx(rf"\|[ \t]*({_CAPS},[ \t]*{_CAPS})[ \t]*\|[ \t]*(\d{{1,3}})[MF]\b")
_TITLED_GIVEN = compile_rx(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z][a-z'\u2019-]+[ \t]*\(([A-Z][a-z]+)\)")
_TEAM_GIVEN = compile_rx(r"\b(?:Outreach|CCOT|Pain[ \t]+team|Palliative[ \t]+team|Site[ \t]+team|Hospital[ \t]+at[ \t]+night|"
                         r"Chaplain|Physio|Dietitian|Pharmacist|NIC|CSM|Bed[ \t]+manager)[ \t]*\(([A-Z][a-z]+)\)")
_RECEIVED = compile_rx(r"(?m)\b[Hh]anded[ \t]+over[ \t]+by[ \t]+[^/\n]{2,40}/[ \t]*received[ \t]+(?:by[ \t]+)?([A-Z]{2,3})\b")
_GRADE_EXTENSION = compile_rx(r"\b(?:SHO|FY1|FY2|SpR|Reg|CT1|CT2|ST\d|NIC|CSM)[ \t]+(\d{4,5})\b(?![ \t]*(?:mg|ml|units?|mcg|%))")


def _row(m_name: tuple[int, int], m_age: tuple[int, int], age: str) -> list[tuple[int, int, str]]:
    out = [(*m_name, "[NAME]")]
    if int(age) >= 90:
        out.append((*m_age, "[AGE]"))
    return out


def handover_row_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    for rx in (_CAPS_ROW, _DASH_ROW, _TAB_ROW, _PIPE_ROW):
        for m in rx.finditer(text):
            words = m.group(1).replace(",", " ").split()
            if any(_key(w) in CLINICAL_ABBREV for w in words):
                continue
            out.extend(_row(m.span(1), m.span(2), m.group(2)))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TITLED_GIVEN.finditer(text))
        out.extend((*m.span(1), "[NAME]") for m in _TEAM_GIVEN.finditer(text))
    if "received" in text:
        out.extend((*m.span(1), "[NAME]") for m in _RECEIVED.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _GRADE_EXTENSION.finditer(text))
    return out
