"""Names by their place in ward talk (session 45, deid tester: 300 notes of 12 registers; staff first names
0.77 and initials 0.23 recall in messages, handovers, pharmacy logs and meeting notes).

Each form says a person is meant, whatever the word is otherwise ("Will", "Hope", "Peace", "Comfort"):
- a colleague asked after: "is frank still on?", "Is Hope still on?";
- "Will" at a sentence's start before a verb in the third person (a modal takes the bare verb): "will do.
  Will needs AF form signed", "Will says";
- a staffing line's names joined by "+" or "and": "Staffing: Dwayne + Faith + 1 HCA from bank";
- a first name in brackets after "aware" / "informed": "Outreach aware (Sunshine)", "OUTREACH AWARE (SKYE)";
- an action owner: "Margaret to call pt on ...", "grace to call pt";
- the doctor told and the nurse who found it: "Shane (on-call) informed", "identified by Kev at handover";
- a name before a bracketed role ending a "by": "transcribed by mark (ward clerk)";
- a patient's initials right before a bracketed record number: "bed 21 W. S. (FIN: 809369537)", "Ward 22 CK
  (MRN: 757967)", "g. w. (mrn: ...)";
- a checker's initials after a verb and "by": "Vetted by W. G. 2.45pm", "Ack'd by Will.";
- a name owning an identifier: "also Precious's DOB is ...", "seán's dob";
- a relation in capitals before a listed first name: "SIBLING MARK ALSO KNOWN", "WITH LODGER JAMES STERLING".

A word found by a form is never a clinical word or abbreviation (the initials form excepted: its record number
says a patient is meant). Spans are ``(start, end)`` of names.
"""

from __future__ import annotations

import re

from processors.deid.context import ROLE_NOUNS
from processors.deid.leading import compile_rx
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.name_edges import DEPARTMENTS
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _CLINICAL, is_known_word

__all__ = ["ward_talk_spans"]

_WORD = r"[^\W\d_][\w'\u2019-]*"
_STILL_ON = compile_rx(rf"\b(?i:is)[ \t]+({_WORD})[ \t]+(?i:still[ \t]+on|on[ \t]+(?:today|tonight|nights|days|shift))\b")
_WILL_VERB = compile_rx(r"(?:^|(?<=[.!?])[ \t]+|(?<=[.!?]\n))[ \t]*(Will|will|WILL)[ \t]+"
                        r"(?:needs|says|said|is|has|wants|thinks|knows|asks|asked|was|does|did|reckons|agrees|agreed)\b",
                        re.MULTILINE)
_STAFFING = compile_rx(r"(?im)^[ \t]*(?:staffing|on[ \t]+shift|nurses?[ \t]+on|team)[ \t]*:[ \t]*([^\n]{1,120})$")
_STAFF_ITEM = compile_rx(rf"(?:^|[+,&]|\band\b)[ \t]*({_WORD})(?=[ \t]*(?:[+,&]|\band\b|$))")
_AWARE_BRACKET = compile_rx(rf"\b(?i:aware|informed|notified|updated|bleeped|paged|contacted)[ \t]*\(({_WORD})\)")
_TO_CALL = compile_rx(rf"(?:^|(?<=[.;:\n])[ \t]*|(?<=\.[ \t]))({_WORD})[ \t]+(?i:to[ \t]+(?:call|ring|phone|contact|update|chase|review)"
                      r"[ \t]+(?:pt|patient|family|the[ \t]+family|gp|nok|daughter|son|wife|husband)\b)", re.MULTILINE)
_ON_CALL_INFORMED = compile_rx(rf"\b({_WORD})[ \t]*\((?i:on[- ]?call|reg|registrar|sho|fy1|fy2|night[ \t]+reg)\)[ \t]*"
                               r"(?i:informed|aware|notified|called|bleeped|paged|reviewed)\b")
_IDENTIFIED_BY = compile_rx(rf"\b(?i:identified|found|noticed|spotted|reported|witnessed)[ \t]+(?i:by)[ \t]+({_WORD})"
                            r"[ \t]+(?i:at|during|on)[ \t]+(?i:handover|the[ \t]+drug[ \t]+round|drug[ \t]+round|round|check)\b")
_BY_ROLE = compile_rx(rf"\b(?i:by)[ \t]+({_WORD})[ \t]*\((?i:ward[ \t]+clerk|clerk|receptionist|ward[ \t]+sister|hca|"
                      r"nurse|rn|sn|student[ \t]+nurse|pharmacist|pharm|physio|ot|slt|dietitian|interpreter|porter)\)")
_ID_LABEL = (r"(?i:mrn|fin|ss#|ssn|social(?:[ \t]+(?:security|insurance|sec\.?))?[ \t]*(?:no\b|number|#|:)|hosp(?:ital)?[ \t]*(?:no|number)|"
             r"medicare|chart[ \t]*no|unit[ \t]*no|pps[ \t]*no|ppsn|"
             r"nhs|ur|urn|chi|folder|k-number|mbi|nhi|ohip|ramq|health[ \t]+card|hcn|mcn|case[ \t]*no)")
_INITIALS_ID = compile_rx(r"(?<![\w.'\u2019-])((?:[A-Za-z]\.[ \t]?){1,2}[A-Za-z]\.|[A-Z]{2,3})[ \t]*\([ \t]*" + _ID_LABEL
                          + r"[ \t.]*(?:[:#]+|\b)")
_OWNS_ID = compile_rx(rf"\b({_WORD})(?:'s|\u2019s)[ \t]+(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|address|nhs[ \t]+(?:no|number)|mrn|"
                      r"hospital[ \t]+(?:no|number)|phone[ \t]+number|mobile|email|nok|next[ \t]+of[ \t]+kin)\b")
# a relation or carer in capitals, then the name ("SIBLING MARK ALSO KNOWN", "MOTHER'S NAME FAITH STERLING", "WITH
# LODGER JAMES STERLING (MAIN CARER)"): a listed first name, then surnames or words no list knows
_CAPS_RELATION = compile_rx(
    r"\b(?:SIBLINGS?|BROTHER|SISTER|MOTHER|FATHER|MUM|DAD|SON|DAUGHTER|WIFE|HUSBAND|PARTNER|LODGER|CARER|NOK|FRIEND"
    r"|NEIGHBOUR|NEIGHBOR|GRANDSON|GRANDDAUGHTER|GRANDMOTHER|GRANDFATHER|AUNT|UNCLE|NIECE|NEPHEW|COUSIN|FIANC[EÉ]E?)"
    r"(?:'S|\u2019S)?(?:[ \t]+NAME)?[ \t]*(?:IS[ \t]+|:[ \t]*|[ \t])[ \t]*([A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){0,2})")
_CHECKED_BY = compile_rx(r"\b(?i:vetted|checked|verified|authori[sz]ed|approved|protocolled|countersigned|witnessed|ack'?d|"
                         r"acknowledged|actioned|dispensed|screened|clinically[ \t]+checked)[ \t]+(?i:by)[ \t]+"
                         r"((?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z][a-z]+)(?=[ \t]*(?:[.,;]|$|\d|\(|-|\u2014))", re.MULTILINE)


_TOKEN = re.compile(r"\S+")
_AFTER_NAME = frozenset(("also", "aware", "visiting", "visited", "known", "present", "informed", "updated", "is", "was", "has",
                         "had", "at", "in", "on", "to", "and", "with", "by", "for", "from", "who", "rang", "called",
                         "phoned", "says", "said", "reports", "states", "wants", "declined", "agrees", "agreed", "not",
                         "here", "attended", "lives", "living", "dob", "aged", "age", "nok", "tel", "mob", "contact"))


def _not_clinical(word: str) -> bool:
    k = _key(word)
    return k not in _CLINICAL and k not in CLINICAL_ABBREV and k not in DEPARTMENTS and word.lower() not in _NOT_A_NAME


# words that fill a form's name slot without naming anyone; relations and roles come from their own lists
_NOT_A_NAME = RELATION_WORDS | ROLE_NOUNS | frozenset((
    "it", "he", "she", "they", "this", "that", "there", "pt", "patient", "everyone", "someone", "anyone", "nobody",
    "everybody", "whoever", "who", "which", "one", "all", "both", "me", "him", "her", "them", "us", "the", "a", "an",
    "i", "we", "you", "he's", "she's", "also", "still", "not", "now", "then", "today", "yesterday", "night", "day",
    "nights", "days", "bank", "agency", "hca", "hcas", "rn", "rns", "nurses", "staff", "team", "team's", "doctor",
    "dr", "ward", "shift", "plan", "need", "remember", "reminder", "please", "pls", "ok", "aim", "try", "unable",
    "happy", "agreed", "asked", "going", "due", "family", "gp", "reg", "sho", "fy1", "fy2", "cons", "locum", "sister",
    "matron", "outreach", "nok", "letter", "phone", "email", "verbal", "written", "tel", "via", "pharmacy", "physio",
    "patient's", "mother's", "father's", "baby", "resident", "client", "child", "parent", "parents", "guardian",
    "dentist", "school", "employer"))


def ward_talk_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in the module doc's forms."""
    out: list[tuple[int, int]] = []
    low = text.lower()
    if "still on" in low or " on today" in low or " on tonight" in low or " on nights" in low:
        out.extend(m.span(1) for m in _STILL_ON.finditer(text) if _not_clinical(m.group(1)))
    if "will" in low:
        out.extend(m.span(1) for m in _WILL_VERB.finditer(text))
    if ":" in text:
        for line in _STAFFING.finditer(text):
            base = line.start(1)
            for item in _STAFF_ITEM.finditer(line.group(1)):
                if _not_clinical(item.group(1)):
                    out.append((base + item.start(1), base + item.end(1)))
    if "(" in text:
        out.extend(m.span(1) for m in _AWARE_BRACKET.finditer(text) if _not_clinical(m.group(1)))
        out.extend(m.span(1) for m in _ON_CALL_INFORMED.finditer(text) if _not_clinical(m.group(1)))
        out.extend(m.span(1) for m in _BY_ROLE.finditer(text) if _not_clinical(m.group(1)))
        out.extend(m.span(1) for m in _INITIALS_ID.finditer(text))
    if " to " in low:
        out.extend(m.span(1) for m in _TO_CALL.finditer(text) if _not_clinical(m.group(1)))
    if any(c.isupper() for c in text[:400]) and text.upper() != text.lower():
        for m in _CAPS_RELATION.finditer(text):
            words = list(_TOKEN.finditer(text, *m.span(1)))
            if _key(words[0].group()) not in FIRST_NAMES or not _not_clinical(words[0].group()):
                continue
            keep = 1  # then surnames, unknown words or any word that does not go on the sentence ("MARK ALSO KNOWN")
            while keep < len(words) and _not_clinical(w := words[keep].group()) and (
                    _key(w) in SURNAMES or not is_known_word(w) or _key(w) not in _AFTER_NAME):
                keep += 1
            out.append((m.start(1), words[keep - 1].end()))
    if "'s " in low or "\u2019s " in low:
        out.extend(m.span(1) for m in _OWNS_ID.finditer(text) if _not_clinical(m.group(1)))
    if " by " in low:
        out.extend(m.span(1) for m in _IDENTIFIED_BY.finditer(text) if _not_clinical(m.group(1)))
        out.extend(m.span(1) for m in _CHECKED_BY.finditer(text)
                   if "." in m.group(1) or _not_clinical(m.group(1)))
    return out
