"""Staff initials, pager numbers and people written beside a record number (session 15, from the
held-out v43 measurement: documents dense with people and contact details).

Names (NAME):
- initials defined as a person with "=" in the note ("Consultants: WL = Dr Warren Leslie; KO = Dr Kyle Owen") and every
  later use of them as a word ("| 96M | WL | CAP day 3"), except before a figure ("BP 128/68");
- initials after a staff verb and "by" closing a clause ("read back by RR.", "List agreed 26.04.24
  by SR/GN.", "copied to the record by AB, 08/12/2024"), a pair after "checked" ("Checked JW /
  KC;"), lower-case initials after "by" before a time ("by jp at 14:05"), initials in brackets
  after a first name they fit ("Documented by Nathan (nm)"), initials after a laboratory role in
  brackets ("(BMS AM)") and before a nursing credential after a slash ("J. Hennessy RGN / AE RGN");
- a surname in capitals between a bed number and a record-number label ("Bed 28 FOX UR
  9163636", "Bay 3 TRAN MRN 12345"), not a clinical abbreviation or a record word;
- a newborn's name after "baby girl" / "baby boy";
- a Malaysian / Singaporean patronymic name ("GANESAN S/O PILLAI", "Siti D/O Ahmad");
- session 15 (v44): initials after a staff role ("RN: BA/FD", "RMO: KH", "(scribe SH)"), initials
  signing a line after a dash ("... counselling.  -- MR"), and lower-case signers before a
  credential ("-- w.franklin RN", "jose case, MS3").

Phones (PHONE): a pager number after "page me", "paged", "bleeped" ("Page me 26944", "bleeped
195"), a pager written in two groups ("pager 41 675") and a "p" pager in brackets ("(PGY-2,
p74912)"); a pager after a slash and "#" ("pager 615-410-7703 / #8178") and an extension "x6-8961".
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.repeats import word_occurrences
from processors.deid.unknown import is_known_word

__all__ = ["NOT_SIGNATURE", "staff_name_spans", "staff_phone_spans"]

_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sr|Sister|Nurse)\.?"
_DEFINED = compile_rx(rf"\b([A-Z]{{2,3}})[ \t]*=[ \t]*{_TITLE}[ \t]+[A-Z][a-z]")
_ROLE_ABBREV = frozenset(["GP", "PCP", "MO", "RMO", "CMO", "PI", "NOK", "FP", "MD", "DR", "SHO", "REG", "CNS", "ANP",
                          "NP", "PA", "RN", "CC", "TO"])  # fmt: skip
_STAFF_VERB = (
    r"read[ \t]+back|checked|agreed|copied[ \t]+to[ \t]+the[ \t]+record|identified[^.\n]{0,30}?|documented"
    r"|reviewed|seen|witnessed|verified|completed|entered|recorded|taken|signed|countersigned|administered"
    r"|given|prepared|dispensed|reported|authori[sz]ed|confirmed|received|typed|transcribed|scanned"
    r"|needling|cannulated|sited|inserted|performed|supervised"  # session 16 (v46): "Needling by SLN,"
    r"|applied"  # session 23 (v78)
)
_BY_INITIALS = compile_rx(
    rf"\b(?i:{_STAFF_VERB})(?:[ \t]+(?:on[ \t]+)?\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})?[ \t]+by[ \t]+([A-Z]{{2,3}})(?:[ \t]*/[ \t]*([A-Z]{{2,3}}))?(?=[ \t]*(?:[,.;)]|$))",
    re.MULTILINE,
)
_CHECKED_PAIR = compile_rx(r"\b(?i:checked|witnessed|verified)[ \t]+(?:by[ \t]+)?([A-Z]{2,3})[ \t]*/[ \t]*([A-Z]{2,3})\b")
_BY_LOWER_AT = compile_rx(  # session 16 (v47): or before a date ("phoned ... by kg 8/16/24 15:02")
    r"\bby[ \t]+([a-z]{2,3})[ \t]+(?:at[ \t]+\d{1,2}[:.]?\d{2}|on[ \t]+\d|\d{1,2}/\d{1,2}/\d{2,4}\b)"
)
_OWN_LOWER = compile_rx(r"\b([A-Z])[a-z]+[ \t]*\(([a-z]{2,3})\)")
_LAB_ROLE = compile_rx(r"\((?:BMS|MLS|MLSO|MLT|Biomedical[ \t]+Scientist)[ \t]+([A-Z]{2,3})\)")
_SLASH_CREDENTIAL = compile_rx(r"/[ \t]*([A-Z]{2,3})[ \t]+(?:RGN|RMN|RNLD|RSCN|RN|EN|RM|HCA|SN)\b")
_RECORD_LABEL = r"(?:UR|URN|MRN|NHI|CHI|Hosp(?:ital)?[ \t]?(?:No|#)\.?|RN)"
_CAPS_BEFORE_RECORD = compile_rx(
    rf"\b(?:Bed|Bay|Rm|Room|Cubicle|Cot|Chair)[ \t]+\d{{1,3}}[A-Z]?[ \t]+([A-Z][A-Z'\u2019]*[A-Z](?:-[A-Z]+)?(?:[ \t]+[A-Z][A-Z'\u2019]*[A-Z](?:-[A-Z]+)?)?)"
    rf"[ \t]+(?={_RECORD_LABEL}\b[ \t.:#]*\d)"
)
_NOT_SURNAME = frozenset(["patient", "pt", "name", "no", "number", "hospital", "dob", "sex", "age", "bed", "ward",
                          "room", "id", "nhs", "new", "old", "the", "and", "for", "with", "from", "per", "via"])  # fmt: skip
_ROLE_INITIALS = compile_rx(
    r"(?:\b(?:RN|RMO|SHO|Reg|Intern|CN|HCA|Scribe|scribe|Nurse|Charge)[ \t]*:?[ \t]+|\((?:scribe|Scribe)[ \t]+)"
    r"([A-Z]{2,3})(?:[ \t]*/[ \t]*([A-Z]{2,3}))?(?=[ \t]*(?:$|[),;.]))",
    re.MULTILINE,
)  # session 15 (v44): "RN: BA/FD", "RMO: KH", "(scribe SH)"
# initials signing a line after a double dash ("... counselling.  -- MR")
_DASH_INITIALS = compile_rx(r"(?:^|(?<=[.!?)]))[ \t]*--[ \t]*([A-Z]{2,3})[ \t]*$", re.MULTILINE)
NOT_SIGNATURE = frozenset(["OK", "NAD", "NKA", "NKDA", "NIL", "YES", "NO", "NA", "TBC", "TBA", "END"])
_LOWER_SIGNER = compile_rx(
    r"^[ \t]*(?:--?[ \t]*)?([a-z]\.[ \t]?[a-z]{2,}|[a-z]{2,}[ \t][a-z]{2,})"
    r"(?=,?[ \t]+(?:RN|LPN|LVN|MS[1-4]|MD|NP|PA-C|pa-c|RT|CNA|PT|OT)\b)",  # session 22 (v72): "- b. vandermeer pa-c"
    re.MULTILINE,
)  # "-- w.franklin RN", "jose case, MS3"
_BABY = compile_rx(r"\b(?i:baby[ \t]+(?:girl|boy))[ \t]+([A-Z][a-z]+)\b")  # session 15 (v44): "baby girl May (3.20 kg)"
_PATRONYMIC = compile_rx(
    r"\b[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,2}[ \t]+(?:S/O|D/O|A/L|A/P|s/o|d/o|a/l|a/p)"
    r"[ \t]+[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,2}"
)
_PAGE_ME = compile_rx(
    r"\b(?i:page[ \t]+me(?:[ \t]+on)?|paged|bleeped|bleep[ \t]+me(?:[ \t]+on)?|pager)[ \t]*[:#]?[ \t]*"
    r"(\d{3,5}|\d{2}[ \t]\d{3})\b(?![.:/]\d|[ \t]*(?:mg|mcg|ml|mmol|units?|%|min|mins|h|hrs?)\b)"
)
_FIGURE_AFTER = re.compile(r"[ \t]*[<>]?[ \t]*\d")
_PAGER_HASH = compile_rx(r"\bpager\b[^\n]{0,30}?/[ \t]*#(\d{3,5})\b")  # "pager 615-410-7703 / #8178"
_X_EXTENSION = compile_rx(r"(?<![\w-])x(\d-\d{4})\b")  # "RN, CCM  x6-8961"
_P_PAGER = compile_rx(r"(?<=[(,][ \t])p(\d{4,6})(?=[),;])|(?<=\()p(\d{4,6})(?=\))")


def _defined_initials(text: str) -> list[tuple[int, int]]:
    """Initials defined as a person, and each later use of them as a word (not before a figure)."""
    defined = {m.group(1) for m in _DEFINED.finditer(text)} - _ROLE_ABBREV
    return [(i, j) for ini in defined for i, j in word_occurrences(text, ini) if not _FIGURE_AFTER.match(text, j)]


def staff_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the staff and record-number forms in the module doc (not guarded: the form
    says they are people, "RR" after "read back by" is initials, not a respiratory rate)."""
    out: list[tuple[int, int]] = []
    if "=" in text or ":" in text:
        out.extend(_defined_initials(text))
    if "by" in text or "By" in text:
        for m in _BY_INITIALS.finditer(text):
            out.extend(m.span(g) for g in (1, 2) if m.group(g) and m.group(g) not in _ROLE_ABBREV and (
                m.group(2) or _key(m.group(g)) not in CLINICAL_ABBREV or m.group(0)[:4].lower() in ("read", "chec")))
        out.extend(m.span(1) for m in _BY_LOWER_AT.finditer(text) if m.group(1) not in ("the", "an", "a", "me")
                   and not (len(m.group(1)) == 3 and is_known_word(m.group(1))))  # "by fax 03/26/2025"
    if "/" in text:
        for m in _CHECKED_PAIR.finditer(text):
            out.extend((m.span(1), m.span(2)))
        out.extend(m.span(1) for m in _SLASH_CREDENTIAL.finditer(text) if _key(m.group(1)) not in CLINICAL_ABBREV
                   or m.group(1) == "AE")
        out.extend(m.span() for m in _PATRONYMIC.finditer(text))
    if "(" in text:
        out.extend(m.span(2) for m in _OWN_LOWER.finditer(text)
                   if m.group(2)[0] == m.group(1).lower() and (len(m.group(2)) == 2 or not is_known_word(m.group(2))))
        out.extend(m.span(1) for m in _LAB_ROLE.finditer(text))
    if "aby" in text:
        out.extend(m.span(1) for m in _BABY.finditer(text))
    for m in _ROLE_INITIALS.finditer(text):
        out.extend(m.span(g) for g in (1, 2) if m.group(g) and m.group(g) not in _ROLE_ABBREV)
    if "-" in text:
        out.extend(m.span(1) for m in _DASH_INITIALS.finditer(text)
                   if m.group(1) not in _ROLE_ABBREV and m.group(1) not in NOT_SIGNATURE)
    for m in _LOWER_SIGNER.finditer(text):
        words = m.group(1).replace(".", " ").split()
        if "." in m.group(1) or _is_name_loose(words[0]) or not all(is_known_word(w) for w in words):
            out.append(m.span(1))
    for m in _CAPS_BEFORE_RECORD.finditer(text):
        words = m.group(1).split()
        if not any(_key(w) in CLINICAL_ABBREV or w.lower() in _NOT_SURNAME for w in words):
            out.append(m.span(1))
    return out


def staff_phone_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """PHONE spans: pager numbers after paging words, in two groups, or as "p12345"."""
    out: list[tuple[int, int, str]] = []
    if "page" in low or "bleep" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGE_ME.finditer(text))
    if "pager" in low and "#" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGER_HASH.finditer(low))
    if "x" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _X_EXTENSION.finditer(text))
    if "(p" in text or " p" in text:
        out.extend((*m.span(m.lastindex or 0), "[PHONE]") for m in _P_PAGER.finditer(text))
    return out
