"""Forms of Australian, New Zealand and Canadian ward records (session 16, from the held-out v45
measurement).

Dates (DATE): the Canadian month, day and two- or four-digit year ("Jun 26/24", "Apr 11/2024").
Phones (PHONE): a pager after "pg" ("Ronald Fitzpatrick (RMO) pg 1704"), a Quebec extension after
"poste" ("438-982-0972 poste 4565").
Ids (ID): a vehicle registration after "rego" / "plate" ("rego 856XYZ": letters and digits both),
an Australian Centrelink customer reference number ("CRN 592 492 920B").
Session 16 (v46, English-language records from Asia and Africa):
- ids: national numbers of two to five digits, six to nine digits and a check digit (PhilHealth
  "16-645938462-4", Pakistani CNIC "39291-7742880-9", accreditation "6191-9541018-3"), case
  numbers after an acronym and "No." ("MLC No. 735/24", "OB No. 22/16/06/2025", "CAS no.:
  53/08/2025"), Indian ABHA addresses ("padma1667@abdm"), professional registrations ("RPh 05957",
  "MDCN/R/61585"), provider codes ("FCT/5368/P"), bank accounts by their last digits ("a/c ...
  ending 1865");
- addresses: Malaysian "No. 173, Jalan Kenari 5, Taman Puchong Jaya", "Lorong Mawar 3", Indian
  "Flat 105, ...", "Plot 62, 5th Main Road", "2nd Cross", "Sector 32-A", Kenyan "Hse No. 13, Umoja
  II Estate", a Singapore street with its number after it ("Tuas South Street 15");
- names: "w/o" (wife of) between two names, initials in brackets after a full name of three or four
  words ("Chan Sau Ying (CSY)"), initials listed after "on duty:", a junior doctor's "Surname XX"
  after a grade ("HO Wong HK"), initials after "checked:"; phones of two groups of four in brackets
  ("Ho Siu Fong (2563 6678)"; not two clock times).
Session 16 (v47, US care outside academic centres: VA, IHS, rural, correctional, border clinics):
- ids: the VA identifier of the surname's initial and the SSN's last four ("MURPHY,JAMES (M8995)"),
  aircraft tail numbers ("Aircraft: N340MT"), a plate with its state ("plate (for LE report): MS
  MN4900");
- dates: military dates ("4SEP88", "6JUN23");
- addresses: farm-to-market, county and state roads with a house number or at a crossing ("6980
  FM 1699", "4000 Hwy 17 S", "FM 3054 & CR 356"), Puerto Rican urbanizaciones, barrios, calles
  and carreteras ("Urb. Santa Teresita, Calle 17 F-9", "Bo. Pueblo Nuevo, Carr. 126 Km 1.1");
- names: dictation initials closing a line ("Gary Ellis, PA-C  ge/fm", "A1-A4. LG/cf"), initials
  after a credential and before a verb ("Home Telehealth RN MS flagged"), dotted initials after
  an interpreter or scribe ("staff interpreter D.K."), a user name after "thanks" closing a portal
  message, a name with a generational suffix ("Angela Osborn Jr.", "James E. Duncan II"), the
  MDS middle initial ("First: MATTHEW  A0500B MI: E"), CPRS authors ("AUTHOR: DO,THI MAI") and
  names ("PT: TWO BULLS,CODY", "VAN DER BERG,ANNA" at a line start or after a label), a
  two-word name opening a line before a credential ("Hope Cotton, MD, FCCP": words that are names).
Names (NAME):
- staff initials before a junior-doctor grade in brackets ("NC (HO) pg 2174", "- pw (Int)");
- initials opening a line before a slash and a role ("KD / hospitalist");
- laboratory sign-offs ("(Gross: LD)", "Scientist: lo   Verified: RG 20250605");
- a lower-case given name before a mobile label and a phone number ("trevor mob +64 22 827 7651"),
  when the word is a listed given name or no known word ("call back cell ..." stays).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.scripts import CLOCK
from processors.deid.staff import NOT_SIGNATURE
from processors.deid.unknown import is_known_word

__all__ = ["credential_line_names", "regional_name_spans", "regional_spans"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_CA_DATE = compile_rx(
    rf"\b{_MONTH}\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])/(?:(?:19|20|21)\d{{2}}|\d{{2}})\b(?![/.:]\d)"
)  # "Jun 26/24": month, day / year
_PG = compile_rx(
    r"\b(?:pg|pgr|Pg|PG)\.?[ \t]*#?[ \t]*(\d{4,5})\b(?![./:]\d|[ \t]*(?:of|pages?|mL|ml)\b)"
)
_POSTE = compile_rx(r"\bposte[ \t]*#?[ \t]*(\d{2,5})\b")
_REGO = compile_rx(
    r"\b(?i:rego|(?:licen[cs]e|number|registration)[ \t]+plate)(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*"
    r"([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4}(?:-[A-Z0-9]{1,4})?)\b"  # session 34: "CQ-47-LM" (three groups)
)
_CRN = compile_rx(r"\bCRN[ \t]*[:#]?[ \t]*(\d{3}[ \t]?\d{3}[ \t]?\d{3}[A-Z])\b")

# session 16 (v46)
_CHECK_DIGIT_ID = compile_rx(r"(?<![\w-])\d{2,5}-\d{6,9}-\d(?![\w-])")
_CASE_NO = compile_rx(r"\b(?:[A-Z]{2,5}|S[Rr]\.)[ \t]+[Nn]o\.?[ \t]*:?[ \t]*(\d{1,4}(?:/\d{1,4}){1,3})\b(?![/.]\d)")  # "Sr. No.: 96/2025" (v92)
# session 25 (v92): a register number of letters, a two-digit year and a serial ("M25/949", "PM24/1187")
# session 25 (v91): a year and month after a due / review word ("Next AHC due: 2025-08", "review 2026-04")
_YEAR_MONTH = compile_rx(
    r"\b(?i:due|review|expiry|expires|next|valid[ \t]+to|renewal)[ \t]*:?[ \t]*"
    r"((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![-/\d])"
)
# session 25 (v94): a neonatal cot list's "bo <surname> (<hospital number>)" ("baby of"), in lower case
_BABY_OF_ROW = compile_rx(r"\b(?:bo|b/o|baby[ \t]+of)[ \t]+([a-z][a-z'-]{1,24})[ \t]*\(([a-z]{1,4}\d{5,9})\)")
# a letter's address block: the practice's town before "Health Centre" / "Medical Centre" on the line
# after the addressee ("Dr Reece Sykes\nHalifax Health Centre")
_PRACTICE_TOWN = compile_rx(
    r"^[ \t]*Dr\.?[ \t]+[^\n]{2,40}\n[ \t]*(?!The\b)([A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?)[ \t]+"  # not "The Surgery" (session 53)
    r"(?:Health[ \t]+Cent(?:re|er)|Medical[ \t]+(?:Cent(?:re|er)|Practice)|Surgery|Family[ \t]+Practice)[ \t]*$",
    re.MULTILINE,
)
_YEAR_SERIAL_ID = compile_rx(r"(?<![\w/.-])[A-Z]{1,3}\d{2}/\d{3,6}(?![\w/])")
_ABHA = compile_rx(r"\b[a-z][a-z0-9._]{2,30}@abdm\b")
_REGISTRATION = compile_rx(
    r"\b(?:RPh|MMC|MCR|PRC|PMDC|KMPDC|HPCSA|MDCN|NMCN|NMC|SLMC|MCI|S2[ \t]+No\.?"  # session 48: "NMCN RN 760183", "S2 No. 662785"
    r"|CASLPO|NZSTA|NCPWD|SASLHA|NLPR|SAPM)\b[^\n\d()]{0,18}?\(?"  # session 27 (v105, v106): "Reg. CASLPO (1997)", "KMPDC A6093"
    r"([A-Z]{2,5}/[A-Z]{1,2}/\d{4,7}|[A-Z]?\d{4,7}|(?<=reg\.[ ])\d{3})\b"  # v110: "(ALA NLPR 1482)", "(SAPM reg. 986)"
)
_PROVIDER_CODE = compile_rx(r"\b[A-Z]{2,3}/\d{3,5}/[A-Z]{1,2}\b")
_ACCOUNT_END = compile_rx(r"\b(?i:a/c|acct|account)\b[^\n]{0,24}?\bending[ \t]+(?:in[ \t]+)?(\d{3,4})\b")
_CAP = r"[A-Z][a-z]+"
_MY_STREET = compile_rx(
    rf"(?:\b(?:No\.?|Lot)[ \t]*\d{{1,5}}[A-Z]?(?:-\d{{1,3}})?,[ \t]*)?\b(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh)"
    rf"[ \t]+{_CAP}(?:[ \t]+(?:{_CAP}|\d{{1,3}}[A-Z]?))*(?:,[ \t]*Taman[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}})?"
)
_TAMAN = compile_rx(rf"\bTaman[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}")
_IN_STREET = compile_rx(
    r"\b(?:(?:Flat|Plot|House[ \t]+No\.?|Hse[ \t]+No\.?|H\.[ \t]?No\.?)[ \t]*[A-Z]?[ \t]?\d{1,5}[A-Z]?(?:/\d{1,4})?(?:-[A-Z])?"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Main|Cross)(?:[ \t]+(?:Road|Rd))?|Sector[ \t]+\d{1,3}(?:-?[A-Z])?)\b"
)
_ESTATE = compile_rx(rf"\b{_CAP}(?:[ \t]+(?:{_CAP}|I{{1,3}}|IV|V))?[ \t]+Estate\b")
_SG_STREET = compile_rx(
    rf"\b\d{{1,4}}[A-Z]?[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Crescent|Close)"
    r"[ \t]+\d{1,3}(?=[ \t]*(?:,|$))",
    re.MULTILINE,
)
_WIFE_OF = compile_rx(
    r"\b[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,3}[ \t]+(?:w/o|W/O)[ \t]+[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,3}"
)
_OWN_INITIALS_LONG = compile_rx(
    r"\b([A-Z])[a-z]+[ \t]+([A-Z])[a-z]+[ \t]+([A-Z])[a-z]+(?:[ \t]+([A-Z])[a-z]+)?(?:,[ \t]*[A-Z][a-z]+)?[ \t]*\(([A-Z]{3,4})\)"
)
_ON_DUTY = compile_rx(r"\b(?i:on[ \t]+duty|staff[ \t]+on|team)[ \t]*:[ \t]*([A-Z]{2,3}(?:,[ \t]*[A-Z]{2,3})+)\b")
_GRADE_SURNAME_INITIALS = compile_rx(r"\b(?:HO|MO|Reg|RMO|SN|SSN|APN|NO)[ \t]+([A-Z][a-z]+[ \t]+[A-Z]{2,3})\b(?![ \t]*\d)")
_CHECKED_LOWER = compile_rx(r"\b[Cc]hecked(?:[ \t]+by)?[ \t]*:[ \t]*([a-z]{2,3}|[A-Z]{2,3})[ \t]*$", re.MULTILINE)
_HK_PHONE = compile_rx(r"\((\d{4})[ \t](\d{4})\)")  # "In-charge: Ho Siu Fong (2563 6678)"
_NOT_LOWER_SIGN = frozenset(["ok", "na", "no", "yes", "nil", "all", "done", "bp", "hr", "rr"])

# session 16 (v47)
_VA_LAST4 = compile_rx(r"\b([A-Z])[A-Z' -]*,[ \t]?[A-Z][A-Z'\u00c0-\u00de-]+[^\n()]{0,12}?\(?\b([A-Z]\d{4})\b")
_TAIL = compile_rx(r"\b(?i:aircraft|tail(?:[ \t]+(?:no\.?|number|#))?)[ \t]*:?[ \t]*(N\d{1,5}[A-Z]{0,2})\b")
_STATE_PLATE = compile_rx(
    r"\b(?i:plate|tag)(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*[:#][ \t]*([A-Z]{2}[ \t]+[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})\b"
)
_MIL_DATE = compile_rx(r"\b(?:[12]\d|3[01]|0?[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2}|(?:19|20)\d{2})\b")
# session 57 (deid tester N): not a lab line in capitals ("CRP 172 CR 1.9", "BUN 68 CR 1.1": creatinine after its value)
_ROAD = (r"(?:FM|RM|CR|County[ \t]+Road|Co\.?[ \t]+Rd\.?|Hwy|Highway|State[ \t]+Road|SR|US)[ \t]+\d{1,4}(?![.,]\d)"
         r"(?:[ \t]+[NSEW]\b)?")
_RURAL_ROAD = compile_rx(rf"\b\d{{1,5}}[ \t]+{_ROAD}|\b{_ROAD}[ \t]*(?:&|and|/|at)[ \t]*{_ROAD}")
_PR_PLACE = compile_rx(
    r"\b(?:Urb\.|Urbanizaci[oó]n|Bo\.|Barrio|Res\.|Residencial|Calle|Carr\.|Carretera)[ \t]+"
    r"(?:[A-Z\d][\w\u00c0-\u017f]*\.?)(?:[ \t]+(?!Km\b)(?:[A-Z\d][\w\u00c0-\u017f-]*(?:\.(?!\d))?|de|del|la|las|los))*"
    r"(?:,?[ \t]+Km[ \t]+\d{1,3}(?:\.\d)?)?"
)
_DICTATION = compile_rx(
    r"(?:(?<=[ \t]{2})|(?<=\.[ \t])|(?<=^))([A-Z]{2,3}|[a-z]{2,3})/([a-z]{2,3}|[A-Z]{2,3})[ \t]*$", re.MULTILINE
)
_UNIT_WORDS = frozenset(["mg", "ml", "dl", "kg", "hr", "min", "mmol", "iu", "mm", "cm", "mcg", "ug", "ng", "pg",
                         "meq", "wk", "mo", "yr", "sec", "dose", "day", "hrs", "mol", "lb", "oz", "mmhg", "and", "or",
                         "the", "wbc", "rbc"])  # fmt: skip
_CRED_INITIALS_VERB = compile_rx(
    r"\b(?:RN|LPN|LVN|NP|PA|RD|SW|CHR|MA|CNA|RT|PT|OT)[ \t]+([A-Z]{2})[ \t]+(?:flagged|called|reviewed|noted|reported"
    r"|spoke|saw|visited|documented|phoned|paged|notified|contacted|confirmed)\b"
)
_DOTTED_AFTER_ROLE = compile_rx(
    r"\b(?i:interpreter|translator|scribe|technician|tech|aide|CNA|MA|chaperone)[ \t]+((?:[A-Z]\.){2,3})(?![\w])"
)
_THANKS_USER = compile_rx(r"\b(?i:thanks|thank you|thx|regards|cheers)[,!.]?[ \t]*\n?[ \t]*([a-z][a-z0-9._]{3,24})[ \t]*$",
                          re.MULTILINE)
_SUFFIXED = compile_rx(
    r"\b([A-Z][a-z'-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'-]+(?:-[A-Z][a-z'-]+)?,?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)(?![\w-]))"
)
_NOT_SUFFIXED = frozenset(["type", "grade", "phase", "factor", "stage", "class", "level", "zone", "part", "tier", "step",
                           "mobitz", "fort", "le", "schedule", "category", "appendix", "table", "figure", "ward"])  # fmt: skip
_MDS_MI = compile_rx(r"\bFirst[ \t]*:[ \t]*[A-Z][A-Za-z'-]+[^\n]{0,20}?\bMI[ \t]*:[ \t]*([A-Z])\b")
_CPRS_AUTHOR = compile_rx(
    r"\b(?:AUTHOR|COSIGNER|EXP COSIGNER|ATTENDING|SIGNED BY|RECEIVED BY|ENTERED BY)[ \t]*:[ \t]*"
    r"([A-Z][A-Z'-]+,[ \t]?[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]*)*)"
)
# VistA / CPRS "LAST,FIRST MIDDLE" (no space after the comma) at a line start or after a label
_VISTA_NAME = compile_rx(
    r"(?:^|(?<=:)|(?<=\())[ \t]*([A-Z][A-Z'\u00c0-\u00de-]+(?:[ \t][A-Z][A-Z'\u00c0-\u00de-]+){0,3},"
    r"[A-Z][A-Z'\u00c0-\u00de-]+(?:[ \t][A-Z][A-Z'\u00c0-\u00de-]*){0,2})\b",
    re.MULTILINE,
)
_NAME_CRED_LINE = compile_rx(
    r"(?:^[ \t]*(?:/es/[ \t]*)?|(?<=[-\u2014\u2013] ))([A-Z][a-z'-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'-]+(?:-[A-Z][a-z'-]+)?),[ \t]*"
    r"(?:MD|DO|RN|NP|PA-C|FNP-C|LMSW|LCSW|LSW|MSW|PharmD|RD|DPT|PT|OT|OTR/L|SLP|CNM\d?|CRNA|LPN|FCCP|FACP|APRN|DNP|BSN)\b",
    re.MULTILINE,
)

_GRADE = r"(?:HO|Int|Intern|RMO|JMO|SHO|Reg|CMO|SMO|MO|PGY-?\d|Res|Resident|Fellow)"
_INITIALS_GRADE = compile_rx(rf"(?<![\w/.-])([A-Z]{{2,3}})[ \t]*\({_GRADE}\)")
_LOWER_INITIALS_GRADE = compile_rx(rf"^[ \t]*[-\u2013][ \t]*([a-z]{{2,3}})[ \t]*\({_GRADE}\)", re.MULTILINE)
_INITIALS_SLASH_ROLE = compile_rx(
    r"^[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*(?i:hospitalist|attending|resident|intern|fellow|registrar|house officer"
    r"|charge nurse|nurse|RN|MD|NP|PA|RMO|HO)\b",
    re.MULTILINE,
)
_LAB_SIGN = compile_rx(
    r"\b(?:Gross(?:ed)?|Scientist|Verified|Validated|Authori[sz]ed|Cut-up|Prosector|Technician|Tech|Typist|Typed"
    r"|Dictated)(?:[ \t]+by)?[ \t]*:[ \t]*([A-Z]{2,3}|[a-z]{2})(?=[ \t]*(?:$|[),;]|[ \t]{2}|[ \t]+\d))",
    re.MULTILINE,
)
_NOT_SIGNATURE = NOT_SIGNATURE | frozenset(["N/A", "ok", "na", "no"])
_NOT_INITIALS = frozenset(["ED", "ICU", "HDU", "CCU", "GP", "OT", "PT", "SW", "ID", "GI", "ENT", "OR", "AM", "PM"])
_LOWER_MOB = compile_rx(
    r"\b([a-z][a-z'-]{2,14})[ \t]+(?:mob|mobile|cell|cellphone)\b[ \t]*[:.]?[ \t]*(?=\+?\(?\d[\d \t()-]{6,})"
)
_NOT_GIVEN = frozenset(["his", "her", "their", "own", "pts", "pt's", "patient's", "wife", "husband", "son", "daughter",
                        "home", "work", "new", "old", "same", "personal", "private", "the", "and", "or", "via",
                        "will", "may", "can", "nok", "carer", "mum", "dad", "sister", "brother", "partner"])  # fmt: skip


def _letters_and_digits(s: str) -> bool:
    return any(c.isdigit() for c in s) and any(c.isalpha() for c in s)


def regional_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the date, phone and id forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        out.extend((*m.span(), "[DATE]") for m in _CA_DATE.finditer(text))
    if "g" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PG.finditer(text))
    if "poste" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _POSTE.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _REGO.finditer(text) if _letters_and_digits(m.group(1)))
    if "CRN" in text:
        out.extend((*m.span(1), "[ID]") for m in _CRN.finditer(text))
    if "-" in text:
        out.extend((*m.span(), "[ID]") for m in _CHECK_DIGIT_ID.finditer(text))
    if "-" in text:
        out.extend((*m.span(1), "[DATE]") for m in _YEAR_MONTH.finditer(text))
    if "(" in text:
        for m in _BABY_OF_ROW.finditer(text):
            out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[ID]")))
    if "Dr" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _PRACTICE_TOWN.finditer(text))
    if "o" in text and "/" in text:
        out.extend((*m.span(1), "[ID]") for m in _CASE_NO.finditer(text))
        out.extend((*m.span(), "[ID]") for m in _PROVIDER_CODE.finditer(text))
        out.extend((*m.span(), "[ID]") for m in _YEAR_SERIAL_ID.finditer(text))
    if "(" in text:
        out.extend((m.start(1), m.end(2), "[PHONE]") for m in _HK_PHONE.finditer(text)
                   if not (CLOCK.fullmatch(m.group(1)) and CLOCK.fullmatch(m.group(2))))
    if "@abdm" in text:
        out.extend((*m.span(), "[ID]") for m in _ABHA.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _REGISTRATION.finditer(text))
    if "ending" in text:
        out.extend((*m.span(1), "[ID]") for m in _ACCOUNT_END.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _MY_STREET.finditer(text))
    if "Taman" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _TAMAN.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _IN_STREET.finditer(text))
    if "Estate" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _ESTATE.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _SG_STREET.finditer(text))
    for m in _VA_LAST4.finditer(text):  # the letter is the surname's initial
        if m.group(2)[0] == m.group(1):
            out.append((*m.span(2), "[ID]"))
    out.extend((*m.span(1), "[ID]") for m in _TAIL.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _STATE_PLATE.finditer(text) if _letters_and_digits(m.group(1)))
    out.extend((*m.span(), "[DATE]") for m in _MIL_DATE.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _RURAL_ROAD.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _PR_PLACE.finditer(text))
    return out


_ITEM = compile_rx(r"[A-Z]{2,3}")


def _initials_ok(ini: str) -> bool:
    return ini not in _NOT_INITIALS and ini not in _NOT_SIGNATURE and _key(ini) not in CLINICAL_ABBREV


def regional_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the staff and family forms in the module doc (each form says it is a person)."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        # a grade in brackets says the initials are a doctor's, even "NC" (also nasal cannula)
        out.extend(m.span(1) for m in _INITIALS_GRADE.finditer(text)
                   if m.group(1) not in _NOT_INITIALS and m.group(1) not in _NOT_SIGNATURE)
        out.extend(m.span(1) for m in _LOWER_INITIALS_GRADE.finditer(text) if m.group(1) not in _NOT_SIGNATURE)
    if "/" in text:
        out.extend(m.span(1) for m in _INITIALS_SLASH_ROLE.finditer(text) if _initials_ok(m.group(1)))
    if ":" in text:
        out.extend(m.span(1) for m in _LAB_SIGN.finditer(text) if m.group(1) not in _NOT_SIGNATURE
                   and (m.group(1).islower() or _initials_ok(m.group(1))))
    if "/" in text:
        out.extend(m.span() for m in _WIFE_OF.finditer(text))
    if "(" in text:
        for m in _OWN_INITIALS_LONG.finditer(text):
            firsts = "".join(g for g in m.groups()[:4] if g)
            if firsts == m.group(5):
                out.append(m.span(5))
    for m in _ON_DUTY.finditer(text):
        out.extend(i.span() for i in _ITEM.finditer(text, *m.span(1)) if _initials_ok(i.group(0)))
    out.extend(m.span(1) for m in _GRADE_SURNAME_INITIALS.finditer(text))
    out.extend(m.span(1) for m in _CHECKED_LOWER.finditer(text)
               if m.group(1) not in _NOT_LOWER_SIGN and (m.group(1).islower() or _initials_ok(m.group(1))))
    if "/" in text:
        for m in _DICTATION.finditer(text):
            if m.group(1).lower() not in _UNIT_WORDS and m.group(2).lower() not in _UNIT_WORDS:
                out.extend((m.span(1), m.span(2)))
    # the credential and the verb say a person: even "MS" (also multiple sclerosis)
    out.extend(m.span(1) for m in _CRED_INITIALS_VERB.finditer(text) if m.group(1) not in _NOT_INITIALS)
    out.extend(m.span(1) for m in _DOTTED_AFTER_ROLE.finditer(text))
    out.extend(m.span(1) for m in _THANKS_USER.finditer(text) if not is_known_word(m.group(1)))
    for m in _SUFFIXED.finditer(text):
        words = m.group(1).split()
        if (not any(w.lower().strip(",.") in _NOT_SUFFIXED for w in words) and _key(words[0]) not in CLINICAL_ABBREV
                and _given(words[0])):  # not "Medicine Unit II"
            out.append(m.span(1))
    out.extend(m.span(1) for m in _MDS_MI.finditer(text))
    out.extend(m.span(1) for m in _CPRS_AUTHOR.finditer(text))
    for m in _LOWER_MOB.finditer(text):
        w = m.group(1)
        if w not in _NOT_GIVEN and (w in FIRST_NAMES or not is_known_word(w)):
            out.append(m.span(1))
    return out


_GIVEN = FIRST_NAMES | AMBIGUOUS_NAMES


def _given(word: str) -> bool:
    return word.lower() in _GIVEN or not is_known_word(word)


def credential_line_names(text: str) -> list[tuple[int, int]]:
    """Names the caller guards (a clinical word cut out, nothing inside an allergy list): two-word
    names opening a line before a credential ("Hope Cotton, MD, FCCP"), the first a listed given
    name or no known word; VistA "LAST,FIRST" names ("TWO BULLS,CODY")."""
    if "," not in text:
        return []
    # a given name first, or (session 17, v48: "Aisling Smith, LSW") a listed surname last: not
    # "Internal Medicine, MD"
    out = [m.span(1) for m in _NAME_CRED_LINE.finditer(text)
           if _given(m.group(1).split()[0]) or _key(m.group(1).split()[-1]) in SURNAMES]
    for m in _VISTA_NAME.finditer(text):
        if not any(_key(w) in CLINICAL_ABBREV for w in m.group(1).replace(",", " ").split()):
            out.append(m.span(1))
    return out
