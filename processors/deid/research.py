"""Forms of oncology, haematology, clinical-trial and clinical-genetics records (session 17, from the
held-out v49 measurement; session 22 from v70: "Participant 22-0099", "5/ii/2024", "UN/JUL/1981").

Ids (ID): a number after a research or registry label ("Participant no: 1006-1180", "Your trial
number: KE029-460", "RT No: RT/24/1262", "Reg. No. MMC 2016/82/6489"; a registry or protocol
number such as NCT / ISRCTN is no label here and stays), kit numbers listed after "Kits assigned:",
an ISBT 128 donation number after "DIN" ("bag DIN W854918123612"), a pathology specimen with its
block ("S25-63677 A1").
Addresses: an estate address "71 The Paddocks," before a comma; an Australian suburb and postcode
in brackets ("(Woolloongabba 4102)"); an Irish Eircode of digits only after a comma ("Ennis, V95
1255").
Names (NAME): lower-case initials after a check label ("Clinically screened: yc (pharm)", "2nd check:
ym"), after a semicolon closing a signature line ("MRT(T); cn"), capital initials after a dash
closing a verification line ("Verified by study staff 8/19/2025 - DH").
Session 56 (deid tester M): subject codes with a letter or a short part ("Subject S429-84") and every item of a list after
"subjects"; consent form numbers ("2023/CON/3891"); randomisation numbers after "Rand No"; ages over 89 in a family history
("d. 102", "she is now 93", "Ann Lowe, is now 93", "passed away at 95").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, initials_ok

__all__ = ["research_name_spans", "research_spans"]

_VALUE = r"((?:[A-Z]{2,5}[ \t](?=\d))?[A-Z0-9](?:[A-Z0-9]|[/.-](?=[A-Z0-9])){2,24})"
_LABELLED = compile_rx(
    r"\b(?:[Pp]articipant|[Ss]ubject|[Ss]creening|[Rr]andomi[sz]ation|[Tt]rial|[Ss]tudy|[Dd]onor|[Ee]nrol?ment"
    r"|RT|[Rr]eg(?:istration)?\.?)[ \t]+(?:no\.?|No\.?|number|Number|num|#|id|ID)[ \t]*[:#.]?[ \t]*" + _VALUE
)
# session 22 (v70): a participant's number straight after the word ("Participant 22-0099 (initials")
_PARTICIPANT = compile_rx(r"\b(?:[Pp]articipant|[Ss]ubject)[ \t]+(\d{2,4}-\d{3,5})\b(?![./-]\d)")
# session 56 (deid tester M: research notes, 80 subject numbers left): a subject's code with a letter or a short second part
# ("Subject S429-84", "subj A12-345", "| Participant 580-093 |"), and each item of a list after "subjects" ("completed for
# subjects S410-51, 580-093, S921-94"); a consent form's number ("2023/CON/3891"); a randomisation number after "Rand No"
_SUBJECT_CODE = r"[A-Z]{0,2}\d{2,4}-\d{2,5}|[A-Z]\d{3,6}"
_SUBJECT = compile_rx(rf"\b(?:[Pp]articipants?|[Ss]ubj(?:ects?)?\.?|SUBJECTS?|PARTICIPANTS?)[ \t]*[:#]?[ \t]*({_SUBJECT_CODE})\b(?![./-]\d)")
_NEXT_SUBJECT = compile_rx(rf"[ \t]*(?:,|;|and|&)[ \t]*(?:and[ \t]+)?({_SUBJECT_CODE})\b(?![./-]\d)")
_CONSENT_NUMBER = compile_rx(r"\b((?:19|20)\d{2}/[A-Z]{2,6}/\d{3,6})\b")
_RAND_NUMBER = compile_rx(r"\b(?:[Rr]and|RAND)\.?[ \t]+(?:[Nn]o\.?|[Nn]umber|#|ID)[ \t]*[:#.]?[ \t]*([A-Z]{0,5}-?\d{2,8})\b")
# ages over 89 in a family history: "d. 102" (died at), "is now 93", "passed away at 95"
_PEDIGREE_AGE = compile_rx(
    r"(?:\bd\.[ \t]?|\b(?:he|she|who|they)[ \t]+(?:is|are)[ \t]+now[ \t]+|\b(?:he|she)'s[ \t]+now[ \t]+"
    r"|\b[A-Z][a-z'\u2019-]+,[ \t]+is[ \t]+now[ \t]+"  # "Her sister, Ann Lowe, is now 93"
    r"|\bpassed[ \t]+away[ \t]+(?:at|aged)(?:[ \t]+age)?[ \t]+)(9\d|1[01]\d)\b(?![./%]\d|[ \t]*(?:%|mg|kg|mmhg|bpm))"
)
# session 22 (v70): a month in Roman numerals ("Attended: 5/ii/2024"), an unknown day on a trial
# form ("Date of birth: UN/JUL/1981")
_ROMAN_DATE = compile_rx(
    r"\b(?:[12]\d|3[01]|0?[1-9])([./-])(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I|xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i)"
    r"\1(?:19|20)?\d{2}\b(?![./-]\d)"
)
# session 22 (v73): a registry export's year-first date ("Admitted 2024 Oct 04", "after MVC 2025 May 04")
_YEAR_FIRST = compile_rx(
    r"\b(?:19|20)\d{2}[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[ \t](?:0?[1-9]|[12]\d|3[01])\b(?![:.]\d)"
)
_UNKNOWN_DAY = compile_rx(
    r"\b(?:UN|UNK|UK|NK|XX)([/ -])(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\1(?:19|20)\d{2}\b"
)
_KITS = compile_rx(
    r"\b[Kk]its?(?:[ \t]+(?:assigned|dispensed|allocated|issued|returned|no\.?|numbers?))?[ \t]*:[ \t]*"
    r"(\d{4,9}(?:[ \t]*,[ \t]*\d{4,9})*)"
)
_NUMBER = compile_rx(r"\d{4,9}")
_DIN = compile_rx(r"\bDIN[ \t]*:?[ \t]*([A-Z]\d{12,16}[A-Z0-9]{0,3})\b")
# session 22 (v74): a teledermatology image id ("Images attached: TD24-603802-1 (macro)")
_IMAGE_ID = compile_rx(r"\b[A-Z]{2,3}\d{2}-\d{5,7}-\d{1,2}\b")
_BLOCK = compile_rx(r"\b[A-Z]{1,3}\d{2}-\d{4,6}[ \t][A-H]\d{1,2}\b")
# found from "The" (a literal: a fast scan), the house number before it added by the caller
_THE_ESTATE = compile_rx(r"(?<=\d[ \t])The[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=,)")
_NUMBER_BEFORE = compile_rx(r"(?<![\w/.-])\d{1,4}[ \t]\Z")
_SUBURB_POSTCODE = compile_rx(r"\(([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)[ \t]((?:[2-7]\d{3}|08\d{2}))\)")
_NOT_SUBURB = frozenset({"Lot", "Batch", "Room", "Bed", "Ward", "Kit", "Box", "Ext", "Bleep", "Page", "Pager",
                         "Fax", "Tel", "Code", "Bay", "Cycle", "Day", "Week", "Year", "Version", "Protocol", "Site",
                         "Block", "Slide", "Case", "Study", "Trial", "Arm", "Visit", "Dose", "Level", "Grade", "Stage"})
# session 51 (deid tester): a law or report and its year ("(Care Act 2014)", "(Children Act 1989)") is no suburb and postcode
_LAW_WORDS = frozenset({"Act", "Acts", "Bill", "Regulations", "Rules", "Order", "Guidance", "Report", "Review", "Strategy",
                        "Framework", "Standards", "Guidelines", "Plan", "Census", "Survey"})
_DIGIT_EIRCODE = compile_rx(r",[ \t]([AC-FHKNPRTV-Y]\d{2}[ \t]\d{4})\b(?![ \t]*(?:mg|mcg|ml|mL|units?|Gy)\b)")

_CHECK_LABEL = compile_rx(
    r"\b(?:screened|check(?:ed)?|verified|witnessed|prepared|dispensed|counted|countersigned|released)"
    r"(?:[ \t]+by)?[ \t]*:[ \t]*([a-z]{2,3})\b(?=[ \t]*(?:\([^()\n]{1,14}\))?[ \t]*$)",
    re.MULTILINE,
)
# session 22 (v70): capital initials after a check label with a role in brackets, a second checker
# after "&" ("Technical check (ATO): JG", "Bedside check (2-person): ZB & LS")
_CHECK_CAPS = compile_rx(
    r"\b[Cc]heck(?:ed)?(?:[ \t]+by)?[ \t]*(?:\([^()\n]{1,14}\))?[ \t]*:[ \t]*([A-Z]{2,3})\b(?![a-z/&-]|[ \t]*[\d/])"
    r"(?:[ \t]*(?:&|and|\+)[ \t]*([A-Z]{2,3})\b(?![a-z/-]))?"
)
# session 22 (v70): a trial log's line of an id, the participant's initials, sex and year of birth
# ("S034-062  TDO  M  1946  eligible")
_LOG_INITIALS = compile_rx(
    r"^[ \t]*[A-Z0-9][\w/-]{3,15}[ \t]{2,}([A-Z]{2,3})[ \t]{2,}[MFU][ \t]{2,}(?:19|20)\d{2}\b", re.MULTILINE
)
_SEMICOLON_END = compile_rx(r"[A-Za-z)];[ \t]*([a-z]{2,3})[ \t]*$", re.MULTILINE)
_DASH_END = compile_rx(
    r"\b(?:[Vv]erified|[Cc]hecked|[Ss]igned|[Ee]ntered|[Rr]eviewed|[Ww]itnessed|[Cc]ompleted)\b[^\n]{0,60}?"
    r"[ \t][-\u2013][ \t]([A-Z]{2,3})[ \t]*$",
    re.MULTILINE,
)
_NOT_LOWER_INITIALS = frozenset({"ok", "no", "na", "nb", "bd", "od", "om", "on", "am", "pm", "iv", "im", "sc", "po",
                                 "pr", "is", "it", "in", "at", "as", "an", "be", "by", "do", "go", "he", "if", "me",
                                 "my", "of", "or", "so", "to", "up", "us", "we", "yes", "nil", "tds", "qds", "prn",
                                 "etc", "and", "the", "for", "not", "all", "see"})


# session 45 (deid tester: randomisation numbers 49 % recall): "consented, randomised R28164", "randomised 45-9081"
_RANDOMISED = compile_rx(r"\b(?i:randomi[sz](?:ed|ation))(?:[ \t]+(?i:no\.?|number|#|id))?[ \t]*[:#]?[ \t]+(?:(?i:to|as)[ \t]+)?"
                         r"((?=[A-Za-z]{0,4}-?\d)[A-Za-z]{0,4}-?\d[\d-]{2,10})\b")


def research_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the id and address forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "andomi" in text or "ANDOMI" in text:
        out.extend((*m.span(1), "[ID]") for m in _RANDOMISED.finditer(text))
    for m in _LABELLED.finditer(text):
        if any(c.isdigit() for c in m.group(1)):
            out.append((*m.span(1), "[ID]"))
    out.extend((*m.span(), "[DATE]") for m in _ROMAN_DATE.finditer(text))
    out.extend((*m.span(), "[DATE]") for m in _UNKNOWN_DAY.finditer(text))
    out.extend((*m.span(), "[DATE]") for m in _YEAR_FIRST.finditer(text))
    if "ubject" in text or "articipant" in text or "ubj" in text or "UBJECT" in text or "ARTICIPANT" in text:
        out.extend((*m.span(1), "[ID]") for m in _PARTICIPANT.finditer(text))
        for m in _SUBJECT.finditer(text):
            out.append((*m.span(1), "[ID]"))
            end = m.end()
            while (n := _NEXT_SUBJECT.match(text, end)) is not None:
                out.append((*n.span(1), "[ID]"))
                end = n.end()
    if "/" in text:
        out.extend((*m.span(1), "[ID]") for m in _CONSENT_NUMBER.finditer(text))
    if "and" in text or "AND" in text:
        out.extend((*m.span(1), "[ID]") for m in _RAND_NUMBER.finditer(text))
    out.extend((*m.span(1), "[AGE]") for m in _PEDIGREE_AGE.finditer(text))
    if "it" in text:
        for m in _KITS.finditer(text):
            out.extend((m.start(1) + n.start(), m.start(1) + n.end(), "[ID]")
                       for n in _NUMBER.finditer(m.group(1)))
    if "DIN" in text:
        out.extend((*m.span(1), "[ID]") for m in _DIN.finditer(text))
    if "-" in text:
        out.extend((*m.span(), "[ID]") for m in _BLOCK.finditer(text))
        out.extend((*m.span(), "[ID]") for m in _IMAGE_ID.finditer(text))
    if "The " in text:
        for m in _THE_ESTATE.finditer(text):
            if n := _NUMBER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                out.append((n.start(), m.end(), "[ADDRESS]"))
    if "(" in text:
        for m in _SUBURB_POSTCODE.finditer(text):
            if m.group(1).split()[0] not in _NOT_SUBURB and m.group(1).split()[-1] not in _LAW_WORDS:
                out.extend([(*m.span(1), "[ADDRESS]"), (*m.span(2), "[ZIP]")])
    out.extend((*m.span(1), "[ZIP]") for m in _DIGIT_EIRCODE.finditer(text))
    return out


def research_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the initials forms in the module doc."""
    out: list[tuple[int, int]] = []
    if ":" in text:
        out.extend(m.span(1) for m in _CHECK_LABEL.finditer(text) if m.group(1) not in _NOT_LOWER_INITIALS)
        for m in _CHECK_CAPS.finditer(text):
            out.extend(m.span(g) for g in (1, 2) if m.group(g) and initials_here(m.group(g)))
    if ";" in text:
        out.extend(m.span(1) for m in _SEMICOLON_END.finditer(text) if m.group(1) not in _NOT_LOWER_INITIALS)
    out.extend(m.span(1) for m in _DASH_END.finditer(text) if initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _LOG_INITIALS.finditer(text) if initials_ok(m.group(1)))
    return out
