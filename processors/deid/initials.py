"""Session 7 (from the v17 and v18 misses): initials that sign an entry, and a pager number.

- initials and a credential closing a line, after a dash or a sentence end ("-IS rn",
  "- E.M., RRT", "recollect requested. M.A. BMS", "Please schedule labs. V.C., MA");
- initials after a person field that a name-run recogniser does not take ("Call handler: MI",
  "Triaged by: A.W.");
- initials after a slash closing a line ("Matthew RN / BM"), after a double dash ("-- AE"),
  lower-case after a dash closing a message (". -cr"), after "by" before a comma or a date
  ("transcribed by JW 24/3");
- the number reached after "paged" / "bleeped" ("Paged Dr. Young at 1579"): a 4-5 digit number
  that is no 24-hour clock time, or any after a named person.

Signatures are names whatever the letters ("-PR rn" is initials, not per rectum), so these
spans are not put behind the clinical-token guard; a sentence-end context, which is weaker
than a dash, still skips clinical abbreviations ("... given. IV RN").
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.extend import SHORT_SURNAMES
from processors.deid.leading import compile_rx
from processors.deid.mdt import QUALIFICATION
from processors.deid.names import (
    AMBIGUOUS_NAMES,
    CLINICAL_ABBREV,
    FIRST_NAMES,
    SURNAMES,
    _key,
    given_name_before,
)
from processors.deid.role_marks import STAFF_ROLES, is_staff_role
from processors.deid.unknown import _CLINICAL, _LOWER_MEDICAL, is_known_word

__all__ = ["initials_spans"]

_INIT = r"(?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z]{2,3}"
_CRED = (
    r"(?:RN|rn|RGN|RPN|EN|LPN|LVN|CNA|HCA|RRT|RT|BMS|MLS|MA|CMA|NP|PA-C|PA|MD|DO|PT|OT|SLP|RD|SW|DCT[1-3]"
    r"|RPh|PharmD|EMT|CRNA|CNM|RM|HA|FY1|FY2|SHO|SpR|ST[1-8]|CT[1-3]|CNS|ANP|ACP|NNP"
    r"|fy1|fy2|sho|reg|cns)"  # v20: staff grades typed in lower case ("JA fy1", "TH reg")
)
_CRED_WORDS = frozenset(
    ["RN", "rn", "RGN", "RPN", "EN", "LPN", "LVN", "CNA", "HCA", "RRT", "RT", "BMS", "MLS", "MA", "CMA", "NP", "PA", "MD", "DO", "PT", "OT", "SLP", "RD", "SW", "RPh", "PharmD", "EMT", "CRNA", "CNM", "RM", "HA", "FY1", "FY2", "SHO", "SpR", "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "CT1", "CT2", "CT3", "CNS", "ANP", "ACP", "NNP", "fy1", "fy2", "sho", "reg", "cns"]
)
# staff grades: initials before one are a signature even when they spell a clinical word ("AM FY1")
_GRADE_END = compile_rx(
    r"(?:,[ \t]*|[ \t]+)(?:FY1|FY2|SHO|SpR|ST[1-8]|CT[1-3]|CNS|ANP|ACP|NNP|fy1|fy2|sho|reg|cns)[ \t]*\Z"
)
# speed: the credential closing a line is found first, the initials before it second
_CRED_END = compile_rx(rf"(?:,[ \t]*|[ \t]+){_CRED}[ \t]*\Z")  # searched in a line end's window
_SIGNOFF_BEFORE = compile_rx(
    rf"(?:((?:(?<=\s)|^)[-\u2013~]{{1,2}}[ \t]*)|^[ \t]*|(?<=[.;!])[ \t]+)({_INIT})\Z", re.MULTILINE
)
# v18: initials after a slash closing a line ("Matthew RN / BM", "Sr Khumalo / AB"), after a
# double dash ("-- AE"), lower-case after a dash closing a message (". -cr"), and after "by"
# before a comma or a date ("transcribed by JW 24/3", "by YO, who read back")
# each searched in a small window before a line end (speed)
_SLASH_END = compile_rx(r"/[ \t]*([A-Z]{2,3})[ \t]*\Z")  # after a letter (checked)
# session 45 (deid tester): a unit in capitals ("BNP 4613 PG/ML", "CREAT 88 UMOL/L") is no initials
_UNIT_SLASH = compile_rx(r"\d[ \t]*(?:[A-Za-z\u00b5]{1,5})/[ \t]*(?:ML|DL|KG|MIN|HR|HRS|DAY|MMOL|MOL)[ \t]*\Z")
_DOUBLE_DASH = compile_rx(r"(?:^|(?<=\s))--[ \t]*([A-Z]{2,3}|[A-Z]\.[A-Z]\.)[ \t]*\Z", re.MULTILINE)
_LOWER_DASH = compile_rx(r"-[ \t]*([a-z]{2,3}|[A-Z]{2,3}|(?:[A-Z]\.){2,3})[ \t]*\Z")  # after ". " (checked); "-LN", "- D.C." too
_AFTER_SENTENCE = compile_rx(r"[.!?][ \t]+\Z")
# v21: a credential then initials closing a line ("Nephrologist Dr. Howard. RN CG", "BMS AL"), and
# bare initials closing a line after a sentence ("... ring (02) 9672 7480. JF")
_CRED_THEN_INIT = compile_rx(r"(?:^|(?<=[\s.]))(?:RN|RM|RGN|BMS|MLS|HCA|CNS|SN|EN|LPN|NP|PA|CNA|ODP)[ \t]+([A-Z]{2,3})[ \t]*\Z",
                             re.MULTILINE)
_BARE_END = compile_rx(r"(?<=[.!?])[ \t]+([A-Z]{2,3})[ \t]*\Z")
# session 9 (v26): the receiver of a handover ("Handed over by SW to LB at 07:30") and initials
# before a residency grade ("Emily Mason, MD (attending) / sh PGY-2")
_TO_AT = compile_rx(r"\bto[ \t]+([A-Z]{2,3})[ \t]+at[ \t]+\d{1,2}:?\d{2}\b")
_BEFORE_PGY = compile_rx(r"(?<![\w-])([A-Za-z]{2,3})[ \t]*,?[ \t]+PGY-?\d\b")
# session 9 (v27): initials after a doctor's grade before a lower-case word ("d/w RMO SM re
# candesartan"), a sign-off of initials and a profession on its own line ("wpm physio"), "by DA."
# closing a line, bracketed initials after a credential ("Michelle Russell, APRN (MR)"), a
# numbered list's "Thompson, T., rm 914", and a police officer's name ("Officer Frank", "PC Smith,")
_GRADE_INITIALS = compile_rx(
    r"\b(?:RMO|SHO|SpR|FY1|FY2|HO|reg|registrar|cons|consultant|resident|intern|fellow)[ \t]+([A-Z]{2,3})(?=[ \t]+[a-z])"
)
_PROFESSION_SIGNOFF = compile_rx(
    r"^[ \t]*([a-z]{2,3}|[A-Z]{2,3})[ \t]+(?:physio|physiotherapist|ot|slt|salt|dietitian|pharmacist)[ \t]*$",
    re.MULTILINE,
)
_BY_LINE_END = compile_rx(r"\bby[ \t]+([A-Z]{2,3})\.?[ \t]*$", re.MULTILINE)
_CRED_BRACKET_INITIALS = compile_rx(
    r",[ \t]*(?:APRN|RN|MD|NP|PA|DO|PharmD|RD|RRT|CNM|CRNA)[ \t]*\(([A-Z]{2,3})\)[ \t]*$", re.MULTILINE
)
_LIST_SURNAME_INITIAL = compile_rx(
    r"(?:^|\)[ \t])([A-Z][a-z'\u2019-]+,[ \t][A-Z]\.)(?=,?[ \t]*(?:rm|room|bed|bay|mrn)\b)", re.MULTILINE
)
# v28: initials before a bracketed grade ("Discussed with JM (fellow)", "JS (SpR)"), after a nurse's
# label ("PACU RN: KM", "Triage RN AW."), lower-case after "transcribed" / "Tech:" closing a line,
# before a bleep ("paged on-call jh (bleep 07379)"), and after "checked" / "verification by"
_BEFORE_GRADE = compile_rx(
    r"\b([A-Z]{2,3})[ \t]*\((?:[a-z]{3,10}[ \t]+)?(?:fellow|resident|SpR|reg|registrar|SHO|FY1|FY2|intern|attending|cons|consultant"
    r"|HCA|HCSW|CNA|SN|RNA|RN|RGN|LPN|LVN|EN|RM"  # v30: "ER (HCA)"; v31: "Handed to ABD (RN)"
    r"|ST[1-8](?:[ \t]+[A-Z][a-z]+)?|CT[1-3]|StR|MLS|MT|CLS)\)"  # v33: "by HB (ST2 Ophthalmology)"
)
# session 10 (v30): initials in brackets after a role ("Pharmacist IP (HHS)"), initials and a
# comma before a credential opening a sign-off line ("- NBH, MLS(ASCP), POC coordinator")
_ROLE_BRACKET = by_first_letter(compile_rx(
    r"\b(?:Pharmacist|Nurse|Midwife|Physio(?:therapist)?|Dietitian|Technician|Technologist|Prescriber"
    r"|Triage|Paramedic|Porter|Scribe)"  # v31: "Triage (BN): routine"
    rf"(?:[ \t]+(?:IP|NMP|SP|PIP))?[ \t]*\((?!{QUALIFICATION})([A-Z]{{2,3}})\)"
))
# v31: initials after a therapist's abbreviation ("partner Katie and OT HM."), initials that are
# the first letters of the name after the slash ("KC / Kristina Camacho, FNP-C"), an initial and a
# surname before a trainee grade ("D Wilkinson ST5 for Mr Jenkins")
_THERAPIST_INITIALS = compile_rx(  # session 11 (v32): "with client, OTA MP and nephew Joseph"
    r"\b(?:OT|PT|SLT|SALT|HCA|physio|OTA|PTA|EMT|ODP)[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[.,;]|$|and\b))", re.MULTILINE
)
_INITIALS_SLASH_NAME = compile_rx(r"^[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*([A-Z])[a-z'-]+[ \t]+(?:[A-Z]\.?[ \t]+)?([A-Z])[a-z]", re.MULTILINE)
_INITIAL_SURNAME_GRADE = compile_rx(
    r"^[ \t]*([A-Z]\.?[ \t]+[A-Z][a-z'-]+)[ \t]+(?:ST[1-8]|CT[1-3]|FY[12]|SpR|SHO|Reg|StR)\b", re.MULTILINE
)
_LINE_INITIALS_CRED = compile_rx(rf"^[ \t]*[-\u2013~]?[ \t]*([A-Z]{{2,3}}),[ \t]*{_CRED}\b", re.MULTILINE)
_RN_LABEL = compile_rx(r"\bRN:?[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[.,;]|$))", re.MULTILINE)
_LOWER_AFTER_LABEL = compile_rx(
    r"\b(?i:transcribed|typed|tech|technician|processed|scanned|released)(?:[ \t]+by)?[ \t]*:?[ \t]+([a-z]{2,3})(?=[ \t]*(?:$|[ \t]{2}|\bPh\b|[;,]))",  # v34: "Tech gd; read by ..."
    re.MULTILINE,
)
# session 11 (v33): dictation initials closing a letter ("CG/pb   dictated"), a typed sign-off
# "by SW, MA", lower-case initials before a lab credential ("Caller: jl (MLS)")
_DICTATION_INITIALS = compile_rx(r"^[ \t]*([A-Z]{2,3})/([a-z]{2,3})\b", re.MULTILINE)
_BY_INITIALS_CRED = compile_rx(r"\bby[ \t]+([A-Z]{2,3}),[ \t]*(?:MA|CMA|RN|LPN|LVN|MD|NP|PA|CNA|RMA)\b")
_TECH_INITIALS = compile_rx(r"\bTech[ \t]+([A-Z]{2,3})(?=[ \t]*[.;,])")  # v34: "Tech LP. D. Andrews, MD"
_LOWER_BEFORE_LAB_CRED = compile_rx(r"\b([a-z]{2,3})[ \t]*\((?:MLS|MT|CLS|MLT|BMS)\)")
_BEFORE_BLEEP = compile_rx(r"\b(?!(?i:am|pm|hrs?|min|ext)\b)([a-z]{2,3}|[A-Z]{2,3})[ \t]*\((?:bleep|pager|ext)\b")
_CHECKED = compile_rx(
    r"\b(?:(?:checked|verified)[ \t]+([A-Z]{2,3})(?=[ \t]*(?:$|[.,;]))|verification[ \t]+by[ \t]+([A-Z]{2,3})\b)",
    re.MULTILINE,
)
_INITIALS_NEXT = compile_rx(r"[ \t]+[A-Z]{2,3}\b")
# session 56: a grade is never anyone's initials ("Reviewed by SHO. Plan unchanged.")
_GRADES = frozenset(["SHO", "FY1", "FY2", "CPN", "HCA", "CNS", "ANP", "ACP", "NIC", "REG", "RMO", "SPR", "AMHP", "CMHN"])
_DEPARTMENTS = frozenset(["ED", "AE", "ICU", "HDU", "CCU", "ITU", "OPD", "GP", "MDT", "AMU", "SDEC", "ENT", "OT", "PT"])
_OFFICER = compile_rx(
    r"\b(?:Officer|officer|(?i:security|police|prison|parole|probation|liaison|duty)[ \t]+officer|PC|Sgt|Sergeant|Constable"
    r"|Detective|DC|DS|Ofc|Off|CO)\.?[ \t]+([A-Z][a-z'-]{2,}"
    # session 56 (deid tester I): a two-letter surname ("officer Vo.")
    rf"|(?:{'|'.join(sorted(w.title() for w in SHORT_SURNAMES if len(w) == 2))})\b)"
    r"(?=[ \t]*[(,.;]|[ \t]+(?:badge|shield|collar|#))"
)
_BY_COMMA = compile_rx(r"\bby[ \t]+([A-Z]{2,3})(?=,[ \t]*[a-z]|[ \t]+\d{1,2}/\d{1,2}\b)")
# v22: a surname before a bracketed credential ("Seen and agreed, Walker (MD) / GB") and
# lower-case initials before a bracketed grade closing a line ("- aw (reg)")
_BRACKET_CRED = compile_rx(  # the bracket first (a literal: fast scan), the name before it second
    r"\((?:MD|DO|RN|RRT|MBBS|MO|NP|PA|RM|RGN|SHO|FY1|FY2|MLS|MLT|BMS|MLA|NNP|Family Physician|DM[^)]{0,12})\)"
)
_NAME_BEFORE_BRACKET = compile_rx(r"(?<![\w'-])([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?|(?<![^\n])[A-Z]{2,3})[ \t]*\Z")
_LOWER_BRACKET_GRADE = compile_rx(r"-[ \t]*([a-z]{2,3})[ \t]*\((?:reg|sho|fy1|fy2|cons|rn|ct1|ct2)\)[ \t]*$",
                                  re.MULTILINE)
# v22: an initial and a capitalised surname after a person word ("Completed by J. Swift", "f/u OB
# A. Vargas"); organisms ("E. coli", "S. aureus") are lower-case after the initial
_INITIAL_SURNAME = compile_rx(r"[A-Z]\.[ \t]?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")  # anchor first (speed)
_PERSON_WORD_BEFORE = compile_rx(
    r"\b(?:by|to|with|OB|GP|Dr|Nurse|Sister|Patient|Pt|Mr|Mrs|Ms|Miss|RN|CNS|cons|consultant|surgeon)"
    r"\.?[ \t]+\Z|\b[A-Z]{2,3}[ \t]*/[ \t]*\Z"
)  # "Crew: JM / V. Wallace"
_FIELD_HINTS = ("handler", "taker", "triaged", "taken by", "operator", "initials", "check")
# v16 leftovers: initials after a staff role or a signing verb, alone or as a slash list
# ("Tech: AO", "PCT: JG", "Transcribed: Y.P.", "Nurses: JC/J.P.", "/ Registrar M.P.",
# "Verified by W.A., MLS", "Signed R.H. 7/7/24", "NNP T.B.")
_ROLE_LABEL = by_first_letter(compile_rx(  # on the lower-cased text
    r"\b(?:techs?|technician|pct|transcribed(?:[ \t]+by)?|typed(?:[ \t]+by)?|typist|nurses?|scrub|clinician"
    r"|circulator|registrar|scribe|verified[ \t]+by|checked[ \t]+by|witnessed[ \t]+by|signed(?:[ \t]+by)?"
    r"|countersigned(?:[ \t]+by)?|entered[ \t]+by|reviewed[ \t]+by|dictated[ \t]+by|performed[ \t]+by"
    r"|nnp|hca|cna|present|attendees|in[ \t]+attendance|apologies|minutes|minute[ \t]+taker"
    r"|bms|mls|mlso|bmso|scientist|dispensed[ \t]+by|second[ \t]+checker|checker"
    r"|crew|processed[ \t]+by|completed[ \t]+by|handed[ \t]+over[ \t]+(?:by|to)|handover[ \t]+(?:to|from)"
    r"|cytotechnologist|sonographer|radiographer|technologist|phlebotomist|called[ \t]+by|phoned[ \t]+by"
    r"|pharmacy|pharmacist|airway|recorder|compressions|runner|timekeeper|documenter"  # session 12: code team
    r"|registered[ \t]+by|booked[ \t]+by|scanned[ \t]+by|uploaded[ \t]+by)\b[ \t]*(:)?[ \t]*"
))
_INIT_LIST = compile_rx(  # on the text, right after a label
    rf"(?:{_INIT})(?:(?:[ \t]*[/,][ \t]*|[ \t]+(?:and|&)[ \t]+)(?:{_INIT})(?![ \t]*[A-Z][a-z]))*(?!\w|\.\w)"
)
# "...\nB.M." ending a note; session 46: after a dash ("\n- TL"), or dotted after the last sentence ("call duration 6 min. B.A.")
_LAST_LINE = compile_rx(r"(?:\n[ \t]*(?:[-\u2013\u2014~]+[ \t]*)?((?:[A-Z]\.){2,3}|[A-Z]{2,3})|(?<=[a-z.][.!][ \t])((?:[A-Z]\.){2,3}))[ \t]*\n?\Z")
_GRADED = compile_rx(r"[ \t]*(?:\d\b(?![/:.]\d)|I{1,3}\b|IV\b)")
_ROLE_HINTS = ("tech", "pct", "transcri", "typ", "nurse", "scrub", "clinician", "circulator", "registrar", "scribe",
               "verified", "checked", "witnessed", "signed", "entered by", "reviewed by", "dictated by",
               "performed by", "nnp", "hca", "cna", "present", "attendees", "attendance", "apologies", "minute",
               "bms", "mls", "scientist", "dispensed", "checker", "crew", "processed by", "completed by",
               "handed over", "handover", "cytotech", "sonographer", "radiographer", "technologist",
               "phlebotomist", "called by", "phoned by", "pharm", "airway", "recorder", "compressions", "runner",
               "timekeeper", "documenter", "registered by", "booked by", "scanned by", "uploaded by")
_ONE_INITIALS = compile_rx(_INIT)
_CRED_BEFORE = compile_rx(rf"\b{_CRED}[ \t]*/?\Z")
_FIELD_INITIALS = compile_rx(
    r"\b(?i:call[ \t]handler|call[ \t]taker|handler|triaged[ \t]by|taken[ \t]by|operator"
    rf"|initials|(?:accuracy|clinical|final|second)[ \t]check)[ \t]*:[ \t]*({_INIT})(?![\w.])"
    rf"|\bInitials[ \t]+({_INIT})(?![\w.])"  # session 10 (v30): "Subject: 115-3410   Initials JG"
)
# session 23 (v76): a dispensary's step initials ("Clinically screened: TA 07/03/24", "Assembled: TQ
# Prepared: GS"); caps initials that end the field (a date, a bracket, a wide gap or the line's end)
_STEP_INITIALS = compile_rx(
    r"\b(?i:clinically[ \t]+screened|screened|assembled|prepared|labelled|released|dispensed)(?:[ \t]+by)?"
    r"[ \t]*:[ \t]*([A-Z]{2,3})(?=[ \t]*$|[ \t]*[,;(]|[ \t]{2,}|[ \t]+\d{1,2}[/.-]\d|[ \t]+(?:on|at)\b)",
    re.MULTILINE,
)
_STEP_HINTS = ("screened", "assembled", "prepared", "labelled", "released", "dispensed")
_PAGED = compile_rx(
    r"\b(?i:paged|bleeped|page[ \t]+sent[ \t]+to|page|bleep)\b([^\n;]{0,40}?)\b(?:at|on)[ \t]+((?:x|ext\.?[ \t]?)?\d{4,5})\b(?![\d/:.,]\d)"
)
_PERSON = compile_rx(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Sister)\b\.?[ \t]+[A-Z]")
# session 12 (v37): lower-case initials after "by" and a staff role ("taken by HCA jf on 4 Oct")
_BY_ROLE_LOWER_INITIALS = compile_rx(
    r"\bby[ \t]+(?:HCA|HCSW|RN|RGN|NA|CNA|PCT|SN|ODP|EMT|OTA|PTA|MLSO|BMS)[ \t]+([a-z]{2,3})\b"
    r"(?=[ \t]+(?:on|at)\b|[ \t]*[,.;)]|[ \t]*$)", re.MULTILINE
)
# session 12 (v38): a writer's initials before " / Name, credential" at a line start ("SN / Kevin Sexton, LPN")
_INITIALS_SLASH_SIGNER = compile_rx(r"^[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*(?=[A-Z][a-z]+[ \t]+[A-Z][A-Za-z'-]+,)", re.MULTILINE)
# session 12 (v37): a letter's reference, author's then typist's initials ("Our ref: ENT/KP/jm", "Ref: JS/ab")
_LETTER_REF = compile_rx(
    r"\b(?i:our|your|my)?[ \t]*(?i:ref(?:erence)?)\.?[ \t]*:?[ \t]*(?:[A-Z]{2,6}/)?([A-Z]{2,3})/([A-Za-z]{2,3})\b(?![/-]?\d)"
)
# session 12 (v36): a seven-digit local number right after paging ("paged (234-1129)", "pager: 555-0142")
_PAGED_LOCAL = compile_rx(r"\b(?i:paged|bleeped|pager|page|bleep)\b[ \t]*[(:#]?[ \t]*(\d{3}[-.]\d{4})\b(?![-.]\d)")


_NOT_INITIALS = frozenset(["ok", "no", "na", "nil", "yes", "pt", "pts", "tbc", "tba", "prn", "iv", "po",
                           "bd", "od", "obs", "done", "see", "nad", "thx", "ty", "pls", "asap"])


def _line_ends(text: str) -> list[int]:
    """The index of every line end (each "\n", and the end of the text)."""
    ends = []
    i = text.find("\n")
    while i >= 0:
        ends.append(i)
        i = text.find("\n", i + 1)
    ends.append(len(text))
    return ends


def _letter_before(text: str, i: int) -> bool:
    """A letter or a closing bracket before position ``i``, blanks skipped ("RN / BM",
    "Khumalo/AB", "Walker (MD) / GB")."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and (text[j].isalpha() or text[j] == ")")


def _clock(digits: str) -> bool:
    return len(digits) == 4 and int(digits[:2]) <= 23 and int(digits[2:]) <= 59


# session 10: a quoted name the family uses ('"Sissy" (as the family call her)', v29) and a quoted
# nickname in brackets after a name ('SANTOS, Ronaldo P. ("Jun")', v30)
_QUOTED_CALLED = compile_rx(
    r"[\"\u201c]([A-Z][a-z]{1,15})[\"\u201d][ \t]*\((?:as|what|which)\b[^()\n]{0,30}\bcalls?\b[^()\n]{0,12}\)"
)
_QUOTED_IN_BRACKETS = compile_rx(r"\([ \t]*[\"\u201c]([A-Z][a-z]{1,12})[\"\u201d][ \t]*\)")
# a nickname in quotes right after a capitalised name ("Brandon Bullock \"Sonny\"   DOB")
_QUOTED_NICKNAME = compile_rx(r"([A-Z][a-z'-]{1,20})[ \t]+[\"\u201c]([A-Z][a-z]{1,15})[\"\u201d](?![ \t]*[a-z])")


# session 10 (v29): initials after a verb only a person does ("checked in person by LG on 5/13",
# "after review by RR. Dashboard"), whatever the letters, unless a service ("seen by OT"); and
# after a bare "by" before "on"/"at" and a date or time ("by KP on 3/17") when no clinical word
# found from the "by" (a literal: fast scan), the verb checked in the words before it
_BY_INITIALS = compile_rx(
    r"\bby:?[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[.,;)](?!\w)|$)|[ \t]+(?:on|at|@|and|&|today|this)\b|[ \t]*[/(])", re.MULTILINE
)
_TEST_VERBS = "tested|screened|measured|assessed|examined|fitted|calibrated|recorded|taken"  # a method may follow ("by ECG")
_PERSON_VERB_BEFORE = compile_rx(
    r"\b(?i:reviewed|review|checked(?:[ \t]+in[ \t]+person)?|seen|approved|signed|verified|witnessed"
    r"|processed|authori[sz]ed|countersigned|escorted|accompanied|sighted|interviewed"
    r"|cannulated|dispensed|administered|double-checked"  # v30: "cannulated by CS (buttonhole)"
    r"|grossed|acknowledged|received|handed|accepted"  # v31: "Grossed by AG.", "acknowledged by: CB"
    # session 57 (deid tester I: 27 occupational-health testers' initials): "Audiometry tested by AP (OH tech)"
    rf"|{_TEST_VERBS})[ \t]+\Z"
)
_NURSE_CREDENTIALS = frozenset(["RN", "EN", "RGN", "RMN", "RPN", "HCA", "NP", "CNA", "LPN", "LVN"])
_TEST_VERB = compile_rx(rf"(?i:{_TEST_VERBS})\b")
_BY_ON_DATE = compile_rx(r"\bby[ \t]+([A-Z]{2,3})[ \t]+(?:on|at|@)[ \t]+\d")
_SERVICES = _DEPARTMENTS | frozenset(["SW", "SLT", "SALT", "DN", "TVN", "PCP", "MH", "OOH", "IR", "DR", "CT", "MRI",
                                        "ID", "GI", "ENT", "ICU", "ITU", "HDU", "CCU", "ED", "GU", "GUM", "TB", "HIV", "OMFS", "AMU"])  # session 57


def _session10_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if "by " in text:
        for m in _BY_INITIALS.finditer(text):
            verb = _PERSON_VERB_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if m.group(1) not in _SERVICES and m.group(1) not in _GRADES and m.group(1) not in _CRED_WORDS and verb is not None and (
                    _not_clinical(m.group(1)) or _TEST_VERB.match(verb.group(0)) is None):  # "Tested by ECG" is a method
                out.append((*m.span(1), "[NAME]"))
        out.extend((*m.span(1), "[NAME]") for m in _BY_ON_DATE.finditer(text) if _not_clinical(m.group(1)))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _ROLE_BRACKET.finditer(text)
                   if _not_clinical(m.group(1)) and m.group(1) not in _SERVICES)  # not "Physio (OT)"
    if "," in text:
        out.extend((*m.span(1), "[NAME]") for m in _LINE_INITIALS_CRED.finditer(text))
    if "OT " in text or "PT " in text or "SLT " in text or "SALT " in text or "HCA " in text or "physio " in text or "TA " in text or "EMT " in text or "ODP " in text:
        out.extend((*m.span(1), "[NAME]") for m in _THERAPIST_INITIALS.finditer(text) if _not_clinical(m.group(1)))
    if "/" in text:
        out.extend((*m.span(1), "[NAME]") for m in _INITIALS_SLASH_NAME.finditer(text)
                   if m.group(1)[0] == m.group(2) and m.group(1)[-1] == m.group(3))
    out.extend((*m.span(1), "[NAME]") for m in _INITIAL_SURNAME_GRADE.finditer(text))
    if "/" in text:
        for m in _DICTATION_INITIALS.finditer(text):
            out.extend([(*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")])
    if "by " in text:
        out.extend((*m.span(1), "[NAME]") for m in _BY_INITIALS_CRED.finditer(text))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_BEFORE_LAB_CRED.finditer(text))
    if "Tech " in text:
        out.extend((*m.span(1), "[NAME]") for m in _TECH_INITIALS.finditer(text))
    return out


def _not_clinical(initials: str) -> bool:
    return initials.lower() not in CLINICAL_ABBREV and initials not in _CRED_WORDS


def _session9_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if '"' in text or "\u201c" in text:
        for m in _QUOTED_NICKNAME.finditer(text):
            if _key(m.group(1)) in FIRST_NAMES or _key(m.group(1)) in SURNAMES:
                out.append((*m.span(2), "[NAME]"))
        out.extend((*m.span(1), "[NAME]") for m in _QUOTED_CALLED.finditer(text))
        out.extend((*m.span(1), "[NAME]") for m in _QUOTED_IN_BRACKETS.finditer(text))
    for rx, hint in ((_GRADE_INITIALS, None), (_PROFESSION_SIGNOFF, None), (_BY_LINE_END, "by "),
                     (_CRED_BRACKET_INITIALS, "("), (_LIST_SURNAME_INITIAL, ", "), (_OFFICER, None),
                     (_BEFORE_GRADE, "("), (_RN_LABEL, "RN"), (_LOWER_AFTER_LABEL, None),
                     (_BEFORE_BLEEP, "("), (_CHECKED, None)):
        if hint is not None and hint not in text:
            continue
        for m in rx.finditer(text):
            group = 1 if m.group(1) is not None else 2
            word = m.group(group)
            if word in _DEPARTMENTS:
                continue  # "Seen by ED (reg)": a department
            strong = (_LIST_SURNAME_INITIAL, _OFFICER, _CRED_BRACKET_INITIALS, _BEFORE_GRADE, _RN_LABEL)
            if rx in strong or (word.islower() and word not in _NOT_INITIALS) or _not_clinical(word):
                out.append((*m.span(group), "[NAME]"))
    return out


def _clinical_word(word: str) -> bool:
    """A clinical word by its ending ("Dysarthria"), not a surname the clinical list also holds ("Tyrer")."""
    return _key(word) in _CLINICAL and _LOWER_MEDICAL.search(word.lower()) is not None


# session 47 (deid tester): a sign-off line "Name / role" in any case ("Mihai / SN", "kavitha / sn", "GRACE / SN")
_SLASH_ROLE_LINE = compile_rx(
    rf"^[ \t\-\u2013\u2014~]*([^\W\d_][^\W\d_'\u2019-]{{1,30}})[ \t]*/[ \t]*(?i:{STAFF_ROLES})\.?[ \t]*$", re.MULTILINE)


def slash_role_spans(text: str) -> list[tuple[int, int, str]]:
    """The name of a "Name / role" sign-off line (a word that is no clinical word or abbreviation)."""
    if "/" not in text:
        return []
    return [(*m.span(1), "[NAME]") for m in _SLASH_ROLE_LINE.finditer(text)
            if _key(m.group(1)) not in CLINICAL_ABBREV and _key(m.group(1)) not in _CLINICAL and (
                _key(m.group(1)) in FIRST_NAMES or _key(m.group(1)) in SURNAMES or _key(m.group(1)) in AMBIGUOUS_NAMES
                or not is_known_word(m.group(1)))]


def initials_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of sign-off initials, field initials and paged numbers
    (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    for end in _line_ends(text):
        tail = text[max(0, end - 8):end].rstrip().rsplit(None, 1)
        if not tail or tail[-1].lstrip(",") not in _CRED_WORDS:
            continue  # speed: a plain set lookup of the line's last word first
        c = _CRED_END.search(text, max(0, end - 14), end)
        if c is None:
            continue
        m = _SIGNOFF_BEFORE.search(text, max(0, c.start() - 12), c.start())
        if m is None:
            continue
        init = m.group(2)
        if (m.group(1) is not None or "." in init or init.lower() not in CLINICAL_ABBREV
                or _GRADE_END.match(text, c.start(), end)):
            out.append((*m.span(2), "[NAME]"))
    if (":" in text or "Initials" in text) and any(w in low for w in _FIELD_HINTS):
        out.extend((*(m.span(1) if m.group(1) else m.span(2)), "[NAME]") for m in _FIELD_INITIALS.finditer(text))
    if ":" in text and any(w in low for w in _STEP_HINTS):
        out.extend((*m.span(1), "[NAME]") for m in _STEP_INITIALS.finditer(text)
                   if m.group(1).lower() not in CLINICAL_ABBREV and m.group(1).lower() not in _NOT_INITIALS)
    last = _LAST_LINE.search(text, max(0, len(text) - 16))
    g = (1 if last.group(1) else 2) if last else 0
    if last and ("." in last.group(g) or last.group(g).lower() not in CLINICAL_ABBREV or (
            g == 1 and text[max(0, last.start(1) - 3):last.start(1)].strip() in ("-", "\u2013", "\u2014", "~"))):
        out.append((*last.span(g), "[NAME]"))
    if any(h in low for h in _ROLE_HINTS):
        for m in _ROLE_LABEL.finditer(low):
            run = _INIT_LIST.match(text, m.end())
            if run is None or _GRADED.match(text, run.end()):
                continue  # session 22 (v71): "Airway: MP 3", "MPC II" is a Mallampati class, not a person
            # a colon, or a signing verb's "by" ("Checked by MR and JW"): a name whatever the letters
            colon = m.group(1) is not None or (
                m.group(0).rstrip().endswith(" by") and not text.startswith(".", run.end())
            ) or m.group(0).rstrip().endswith("countersigned")  # session 46: "countersigned HF" (not heart failure)
            # "CT verified by MRI.": at a sentence end only letters that are no clinical word
            for one in _ONE_INITIALS.finditer(text, run.start(), run.end()):
                init = one.group(0)
                if init.isupper() and is_staff_role(init) and _INITIALS_NEXT.match(text, one.end()):
                    continue  # session 56: "Reviewed by CPN RW": the role, its initials after it (role_marks)
                if init in _NURSE_CREDENTIALS and m.group(0).rstrip().endswith(" by"):
                    continue  # session 57: "checked by RN" (a nurse, no initials; "Handed over by SW to LB" stays initials)
                if colon or "." in init or init.lower() not in CLINICAL_ABBREV:
                    out.append((*one.span(), "[NAME]"))
    for end in _line_ends(text):
        line_tail = text[max(0, end - 16):end]
        if not line_tail.rstrip()[-2:].isupper():
            continue  # speed: both forms end in capitals
        m = _CRED_THEN_INIT.search(text, max(0, end - 16), end)
        if m is None:
            m = _BARE_END.search(text, max(0, end - 8), end)
            if m is not None and m.group(1).lower() in CLINICAL_ABBREV:
                m = None
        if m is not None:
            out.append((*m.span(1), "[NAME]"))
    slash, dashes = "/" in text, "-" in text
    for end in _line_ends(text) if slash or dashes else ():
        start = max(0, end - 10)
        window = text[start:end]
        if "/" not in window and "-" not in window:
            continue
        m = _SLASH_END.search(text, start, end) if slash else None
        if m is not None and is_staff_role(m.group(1)):
            m = None  # session 47 (deid tester): "Mihai / SN" - a role after the name (slash_role_spans), no initials
        if m is not None and text[max(0, m.start() - 2) : m.start()] in ("PA", "AP") and m.group(1).lower() in CLINICAL_ABBREV:
            m = None  # session 39 (US deid tester): "CHEST PA/LAT" - a radiograph's projections
        if m is not None and _UNIT_SLASH.search(text, max(0, m.start() - 12), m.end()):
            m = None
        if m is not None and (_letter_before(text, m.start())
                              or _CRED_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)) and (
                m.group(1).lower() not in CLINICAL_ABBREV
                or _CRED_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
                or given_name_before(text, m.start())):  # session 10: "Transfer RN: Yolanda / BM"
            out.append((*m.span(1), "[NAME]"))
        m = _DOUBLE_DASH.search(text, start, end) if dashes else None
        if m is not None and ("." in m.group(1) or m.group(1).lower() not in CLINICAL_ABBREV):
            out.append((*m.span(1), "[NAME]"))  # not "-- CXR"
        m = _LOWER_DASH.search(text, start, end) if dashes else None
        if (m is not None and m.group(1).lower() not in _NOT_INITIALS
                and (m.group(1).islower() or m.group(1).lower() not in CLINICAL_ABBREV
                     or not text[end:].strip())  # the note's last word: a sign-off ("aware. -AM")
                and _AFTER_SENTENCE.search(text, max(0, m.start() - 4), m.start())):
            out.append((*m.span(1), "[NAME]"))
    for m in _INITIAL_SURNAME.finditer(text) if "." in text else ():
        if _PERSON_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()) and not (
                m.start() and text[m.start() - 1] == "/") and (  # session 23 (v79): "IU/L. Pulse" is a unit
                not _clinical_word(m.group(0).split(".")[-1].strip())):  # session 46: "deviation to L. Dysarthria mild"
            out.append((*m.span(), "[NAME]"))
    for b in _BRACKET_CRED.finditer(text) if "(" in text else ():
        m = _NAME_BEFORE_BRACKET.search(text, max(0, b.start() - 40), b.start())
        if m is not None and m.group(1).split()[0].lower() not in CLINICAL_ABBREV:
            out.append((*m.span(1), "[NAME]"))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_BRACKET_GRADE.finditer(text))
    if "by " in text:
        out.extend((*m.span(1), "[NAME]") for m in _BY_COMMA.finditer(text)
                   if m.group(1).lower() not in CLINICAL_ABBREV)
    if " at " in text:
        out.extend((*m.span(1), "[NAME]") for m in _TO_AT.finditer(text)
                   if m.group(1).lower() not in CLINICAL_ABBREV)  # not "to ICU at 14:00"
    if "PGY" in text:
        out.extend((*m.span(1), "[NAME]") for m in _BEFORE_PGY.finditer(text)
                   if m.group(1) not in _CRED_WORDS
                   and (m.group(1).islower() or m.group(1).lower() not in CLINICAL_ABBREV))
    out.extend(_session9_spans(text, low))
    out.extend(_session10_spans(text))
    if "by " in text:
        out.extend((*m.span(1), "[NAME]") for m in _BY_ROLE_LOWER_INITIALS.finditer(text)
                   if m.group(1) not in _NOT_INITIALS)
    if " / " in text or "/ " in text:
        out.extend((*m.span(1), "[NAME]") for m in _INITIALS_SLASH_SIGNER.finditer(text))
    if "ref" in low:
        for m in _LETTER_REF.finditer(text):
            out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    if "page" in low or "bleep" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGED_LOCAL.finditer(text))
        for m in _PAGED.finditer(text):
            if not _clock(m.group(2)[-4:]) or len(m.group(2)) > 4 or _PERSON.search(m.group(1)):
                out.append((*m.span(2), "[PHONE]"))
    out.extend(slash_role_spans(text))
    return out
