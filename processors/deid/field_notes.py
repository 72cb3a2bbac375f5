"""Session 41 (the second deid tester: telehealth transcripts, ambulance records, prison health,
pathology and radiology reports, free-typed nursing notes): names, ids and dates by their form.

- a transcript's speaker label that is a name ("SAGAL: Mine's +61 470 ...") - a label in capitals at
  a line start before a colon, in a text with at least two speaker lines, that is a listed given
  name or no English word (not "CLINICIAN:", "PATIENT:", "INTERPRETER:");
- a capitals surname and its initials ("MOHAMUD, FM (P2)", "FITZGERALD/MF"): the last initial is the
  surname's first letter;
- a relative named after a slash or in brackets ("Wife/Anh at bedside", "live female infant (Faith)");
- a tattoo's quoted name ('Tattoos: "FETU" on L forearm') and a quoted name after "named" / a
  relation ('neighbour "Young"', 'Named daughter "linh"');
- a single given name and its initials in brackets ("Nurse Elizabeth (EO)");
- ids: a number in brackets after a hash ("CO Little (#1925)"), a file number with its year
  ("matter no. 2024/54647993"), an Australian provider number ("Provider 332382L");
- a pager after "page" ("Gen Surg - page 9650", not "page 2 of 3");
- a spoken date ("last Tuesday the fifteenth", "on the twenty-fourth of March");
- a lower-case street address with its number ("lot 23 church st", "9/112 hume hwy", "unit 11, 61 hume hwy");
- in free-typed nursing notes: "wound cnc (khoa)", "daugter jasleen rang", "pt zhang (94yo)", "ivy the night
  nurse", and a capitals name signed after a grade ("- EN HENRY").

Spans are ``(start, end, placeholder)``; each form checks its own words (no clinical word, no common
English word where a name is expected).
"""

from __future__ import annotations

import re

from processors.deid.extend import TWO_LETTER_SURNAMES
from processors.deid.guard import is_clinical_token
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, WORD_NAMES, _key
from processors.deid.unknown import _CLINICAL, CALENDAR, _common, is_known_word

__all__ = ["field_note_spans"]

_SPEAKER = compile_rx(r"^[ \t]*([A-Z][A-Z'\u2019-]{1,20})(?:[ \t]+\([^)\n]{1,20}\))?[ \t]*:[ \t]", re.MULTILINE)
_ROLES = frozenset([
    "clinician", "patient", "pt", "doctor", "dr", "nurse", "rn", "en", "interpreter", "carer", "caller", "daughter",
    "son", "wife", "husband", "mother", "father", "mum", "dad", "parent", "gp", "pharmacist", "sw", "ot", "physio",
    "agent", "operator", "triage", "physician", "registrar", "resident", "consultant", "midwife", "paramedic",
    "crew", "me", "them", "family", "partner", "note", "plan", "hpi", "assessment", "subjective", "objective",
    "impression", "provider", "staff", "witness", "officer", "guard", "chaplain", "student", "translator", "speaker",
    "unknown", "other", "all", "both", "host", "moderator", "recorder", "coach", "teacher", "case", "cm", "sister",
    "brother", "child", "baby", "infant", "guardian", "advocate", "solicitor", "lawyer", "team",
])  # fmt: skip
_TALKERS = frozenset(["clinician", "patient", "doctor", "dr", "nurse", "interpreter", "caller", "carer", "pharmacist", "gp"])
_SECTIONS = frozenset([
    "history", "exam", "examination", "impression", "diagnosis", "medications", "meds", "allergies", "vitals", "obs",
    "result", "results", "summary", "reason", "time", "date", "location", "subject", "re", "from", "to", "cc", "sent",
    "duration", "consent", "outcome", "actions", "action", "follow", "followup", "review", "background", "situation",
    "recommendation", "request", "response", "advice", "safety", "signed", "end", "start", "transcript", "call",
])  # fmt: skip
_CAPS_INITIALS = compile_rx(r"\b([A-Z][A-Z'\u2019-]{2,}(?:-[A-Z]{2,})?)(?:,[ \t]*|/)([A-Z]{2,3})\b(?![-/+])")
_RELATION = (r"(?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|sister|brother|carer|guardian|grandma"
             r"|grandmother|grandfather|grandpa|nana|aunt|uncle|niece|nephew|friend|neighbou?r|infant|baby|child)")
_SLASH_RELATIVE = compile_rx(rf"\b(?i:{_RELATION})/([A-Z][a-z'\u2019-]{{1,20}})\b")
# session 43 (deid tester): "Carer from the agency (Precious) visits QDS" - a carer's source between them
_BRACKET_RELATIVE = compile_rx(rf"\b(?i:{_RELATION})(?:[ \t]+(?i:from|of|via)[ \t]+(?:the[ \t]+)?[a-z]{{3,12}})?[ \t]*"
                               r"\(([A-Z][a-z'\u2019-]{1,20})\)")
# session 43 (deid tester): "Next door neighbours, the Patels, do the shopping" - a family by its surname
_THE_FAMILY = compile_rx(r"\b(?i:neighbou?rs?|family|friends|in-laws|relatives|foster[ \t]+(?:carers|parents))[ \t]*,?[ \t]+"
                         r"the[ \t]+([A-Z][a-z'\u2019]{2,20}(?:e?s))\b")
# what a bracket after a relation says when it is no name ("Daughter (visiting)", "Carer (Agency)")
_BRACKET_STATUS = frozenset((
    "visiting", "deceased", "pt", "patient", "nok", "day", "night", "days", "nights", "agency", "private", "informal",
    "paid", "main", "primary", "estranged", "late", "retired", "present", "absent", "away", "abroad", "interstate",
    "overseas", "local", "aware", "unknown", "none", "self", "both", "daily", "weekly", "am", "pm", "morning", "evening",
    "lpa", "poa", "epoa", "guardian", "employed", "unemployed", "student", "adopted", "foster", "elderly", "frail",
    "twin", "twins", "older", "younger", "eldest", "youngest", "carer", "consented", "declined", "informed", "updated",
    "contacted", "deaf", "blind", "disabled", "pregnant", "unwell", "well", "sick", "ill", "dementia", "ex", "new",
))
_TATTOO = compile_rx(r"\b(?i:tattoos?)[^\n\"\u201c]{0,20}[\"\u201c]([A-Z][A-Za-z'\u2019-]{1,20})[\"\u201d]")
_QUOTED_AFTER = compile_rx(rf"\b(?i:named|called|{_RELATION})[ \t]+[\"\u201c]([A-Za-z][a-z'\u2019-]{{1,20}})[\"\u201d]")
_GIVEN_INITIALS = compile_rx(r"\b(?:Nurse|Sister|Dr|Mr|Mrs|Ms|Miss|Midwife|Officer|CO)\.?[ \t]+([A-Z][a-z'\u2019-]{2,20})[ \t]*\(([A-Z]{2,3})\)")
# free-typed nursing notes (lower case): a name in brackets after a role, after a relation (typos too) and its
# verb, after "pt" before an age, before "the night nurse"; a capitals name signed after a nurse's grade
_LOWER = r"([a-z][a-z'\u2019-]{1,20})"
_ROLE_BRACKET = compile_rx(rf"\b(?i:cnc|cns|cnm|rn|en|np|nurse|physio|ot|sw|dietitian|pharmacist|pharm|gp|clerk|reg|hmo|rmo|intern"
                           rf"|carer|hca|ain|pca)[ \t]*\({_LOWER}\)")
_RELATIVE_VERB = compile_rx(rf"\b(?:daughter|daugter|dauhgter|duaghter|son|wife|husband|hubby|mum|mom|dad|sister|brother|partner"
                            rf"|niece|nephew|grandson|granddaughter|friend|neighbour|neighbor)[ \t]+{_LOWER}[ \t]+"
                            r"(?:rang|rung|called|phoned|visited|came|says|said|asked|wants|aware|updated|present|here)\b")
_PT_AGE = compile_rx(rf"\bpt[ \t]+{_LOWER}[ \t]*\([ \t]*\d{{1,3}}[ \t]*(?:yo|y/o|yrs?|y)\b")
_THE_NURSE = compile_rx(r"\b([A-Za-z][a-z'\u2019-]{2,20})[ \t]+(?:the|our)[ \t]+(?:night|day|evening|charge|agency|student|ward)"
                        r"[ \t]+(?:nurse|rn|en|carer|hca|sister|doctor|dr|reg)\b")
_GRADE_CAPS = compile_rx(r"(?:^|[\u2014\u2013-][ \t]*)(?:EN|RN|CN|RM|AIN|PCA|EEN|CNS|CNC|NUM|NP)[ \t]+([A-Z]{3,20})\b(?![ \t]*[:/])",
                         re.MULTILINE)
# third session-41 tester: a capitals name after a relation ("NOK: BROTHER-IN-LAW LONG KAH WAI"), a trainee's or
# clinician's initials ("Seen with trainee JT.", "Clinician KB.", "Dr Siti Zubaidah (MO) / TAK"), a preferred or
# quoted contact name ('prefers name "Bee"', 'contact "Mark from Grindr"'), a name before its role in brackets
# ("HA: Dawn (health adviser)"), a name opening "X is a 90 year old", Ghanaian house numbers and a number before
# a street type that comes first ("68 Jalan Long", "200 Ave Saint-Joseph")
_CAPS_RELATIVE = compile_rx(
    r"\b(?:BROTHER|SISTER|SON|DAUGHTER|MOTHER|FATHER)-IN-LAW[ \t]+((?:[A-Z][A-Z'-]+[ \t]+){0,3}[A-Z][A-Z'-]+)\b"
    r"|\b(?:NOK|NEXT OF KIN)[ \t]*:[ \t]*(?:(?:WIFE|HUSBAND|SON|DAUGHTER|BROTHER|SISTER|MOTHER|FATHER|PARTNER|NIECE|NEPHEW)"
    r"(?:-IN-LAW)?[ \t]+)?"
    r"((?:[A-Z][A-Z'-]+[ \t]+){0,3}[A-Z][A-Z'-]+)\b")
_CAPS_NOT_NAME = frozenset(["NIL", "NONE", "NA", "UNKNOWN", "PRESENT", "AWARE", "INFORMED", "AT", "BEDSIDE", "NOT", "KNOWN",
                            "DECLINED", "SEE", "ABOVE", "BELOW", "SAME", "AS", "TBC", "N/A", "WIFE", "HUSBAND", "SON", "DAUGHTER",
                            "BROTHER", "SISTER", "MOTHER", "FATHER", "PARTNER", "NIECE", "NEPHEW", "BROTHER-IN-LAW",
                            "SISTER-IN-LAW", "SON-IN-LAW", "DAUGHTER-IN-LAW", "MOTHER-IN-LAW", "FATHER-IN-LAW", "FRIEND"])
_STAFF_INITIALS = compile_rx(r"\b(?i:trainee|clinician|student|registrar|reg|cnm|hca|fy1|fy2|sho)[ \t]+([A-Z]{2,3})\b(?=[ \t]*[.,;)]|[ \t]*$)"
                             r"|\)[ \t]*/[ \t]*([A-Z]{2,3})\b(?=[ \t]*(?:[-\u2014\u2013,.;]|$))", re.MULTILINE)
_PREFERRED = compile_rx(r"\bprefers?[ \t]+(?:the[ \t]+)?(?:name|to[ \t]+be[ \t]+called)[ \t]+[\"\u201c']?([A-Z][a-z'-]{1,20})"
                        r"|[\"\u201c]([A-Z][a-z'-]{1,20})[ \t]+from[ \t]+[A-Za-z]+[\"\u201d]")
_ROLE_AFTER = compile_rx(r"\b([A-Z][a-z'-]{2,20})[ \t]*\((?i:health[ \t]+advis[eo]r|social[ \t]+worker|key[ \t]*worker|case[ \t]+manager"
                         r"|interpreter|chaplain|advocate|dietitian|physio\w*|pharmacist|midwife|nurse|carer|gp)\)")
_YEAR_OLD = compile_rx(r"(?:^|(?<=[.:;]\s)|(?<=:))[ \t]*([A-Z][a-z'-]{1,20}(?:[ \t]+[A-Z][a-z'-]{1,20})?)[ \t]+is[ \t]+an?[ \t]+\d{1,3}"
                       r"[- ](?:year|yr|y)[- ]?old\b", re.MULTILINE)
_NOT_YEAR_OLD_SUBJECT = frozenset(["patient", "pt", "he", "she", "this", "the", "client", "resident", "baby", "child", "boy",
                                   "girl", "man", "woman", "mr", "mrs", "ms", "miss"])
_HOUSE_NO = compile_rx(r"\bHouse[ \t]+No\.?[ \t]*[A-Z]{0,2}/?\d{1,5}[A-Z]?(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?")
_NUMBER_PREFIX_STREET = compile_rx(r"\b\d{1,5}[A-Z]?,?[ \t]+(?:Jalan|Jln\.?|Lorong|Calle|Rue|Rua|Avenida|Ave|Avenue|Via)[ \t]+"
                                   r"[A-Z][\w'-]+(?:[ \t]+[A-Z0-9][\w'-]*){0,2}")
_NOT_LOWER_NAME = frozenset(["am", "pm", "prn", "nocte", "mane", "bd", "tds", "qid", "od", "stat", "nil", "ok", "na", "to", "for",
                             "and", "is", "was", "has", "had", "will", "re", "on", "off", "in", "at", "the", "a", "an", "all",
                             "son", "daughter", "granddaughter", "grandson", "wife", "husband", "partner", "mother", "father",
                             "mum", "dad", "sister", "brother", "friend", "neighbour", "family", "niece", "nephew", "carer"])
_HASH_ID = compile_rx(r"\(#[ \t]?(\d{3,8})\)")
_YEAR_FILE = compile_rx(r"\b(?i:matter|file|case|claim|warrant|docket|reference|ref)\.?[ \t]*(?i:no\.?|number|#)?[ \t]*:?[ \t]*"
                        r"((?:19|20)\d\d/\d{4,10})\b")
_PROVIDER = compile_rx(r"\b(?i:provider)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*(\d{6}[A-Z]{1,2})\b")
# session 42: a short surname first in a person field ("PATIENT: NG HUI MIN", "Name: Ng Mei Ling")
_SHORT_FIRST = compile_rx(r"\b(?i:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|client|resident|surname|mother|father"
                          r"|next[ \t]+of[ \t]+kin|nok)[ \t]*:[ \t]*((?:"
                          + "|".join(f"{w.upper()}|{w.title()}" for w in TWO_LETTER_SURNAMES)
                          + r") ([A-Z][A-Za-z'-]+)(?: ([A-Z][A-Za-z'-]+))?)\b")
# session 42 (deid tester): the attorney holding a lasting power of attorney ("LPA for health held by Sky Lamb")
_LPA_HOLDER = compile_rx(r"\b(?i:LPA|EPA|lasting[ \t]+power[ \t]+of[ \t]+attorney|power[ \t]+of[ \t]+attorney)"
                         r"(?:[ \t]+(?i:for|\()[ \t]*[A-Za-z&/ ]{2,30}?\)?)?[ \t]+(?i:held|shared)[ \t]+by[ \t]+"
                         r"((?:her|his|their)[ \t]+)?(?(1)[a-z]+[ \t]+)([A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+)?)")
# session 42 (deid tester): a doctor's grade then a surname signing a note ("FY1 GRABOWSKI bl 2241",
# "SHO Okafor, bleep 4471")
_GRADE_SURNAME = compile_rx(
    r"\b(?:FY[12]|CT[1-3]|ST[1-8]|SHO|SpR|SPR|JHO|RMO|PGY-?[1-7]|[Rr]eg|REG)[ \t]+"
    r"([A-Z][a-z'-]{2,}(?:-[A-Z][a-z]+)?|[A-Z][A-Z'-]{2,})(?=[ \t]*,?[ \t]*(?i:bl|bleep|blp|ext|pager|pgr|#)\.?[ \t]*:?[ \t]*\d"
    r"|[ \t]*$|[ \t]*\()", re.MULTILINE,
)
_PAGE = compile_rx(r"\b(?i:page|pg)[ \t]+(\d{4,5})\b(?![ \t]*(?:of|/)\b)")
_ORDINALS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
             r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth"
             r"|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first")
_SPOKEN_DATE = compile_rx(
    rf"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+the[ \t]+(?:{_ORDINALS})"
    rf"(?:[ \t]+of[ \t]+[a-z]+)?|(?:on|from|since|until|by)[ \t]+the[ \t]+(?:{_ORDINALS})[ \t]+of[ \t]+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december))\b")
_LOWER_STREET = compile_rx(
    r"(?<![\w/.:-])(?:(?:lot|unit|flat|apt)[ \t]+\d{1,4}[a-z]?,?[ \t]+)?(?:\d{1,4}[a-z]?/)?\d{1,5}[a-z]?[ \t]+"
    r"(?!(?:mg|mcg|ml|tab|tabs|units?|puffs?|drops?|days?|hrs?|hours?|mins?|weeks?|times|x|from|to|into|onto|via|per"
    r"|the|and|for|with|at|on|in|of|by|via|then|down|up|across|along|off)\b)[a-z]{3,14}"
    r"(?:[ \t]+[a-z]{3,14})?[ \t]+(?:st|street|rd|road|ave|avenue|pde|parade|hwy|highway|cres|crescent|drive|court|tce"
    r"|terrace|lane|blvd|boulevard|close)\b|(?<![\w/.-])lot[ \t]+\d{1,4}[ \t]+[a-z]{3,14}[ \t]+(?:st|rd|hwy|road|street)\b")
_HINT_SLASH_OR_PAREN = re.compile(r"[/(]")


def _name_word(word: str) -> bool:
    """A listed given name or surname, or no English word; never a clinical word or abbreviation."""
    k = _key(word)
    if k in _CLINICAL or k in CLINICAL_ABBREV or len(k) < 2:
        return False
    return k in FIRST_NAMES or k in SURNAMES or k in WORD_NAMES or not is_known_word(word)


def _given_pair(text: str, m: re.Match[str]) -> bool:
    """The words after a short surname are given names: none clinical, the first a listed given name or
    no common word ("HUI MIN", "Mei Ling"; not "NG Tube Feeding", "NG Feeds Held")."""
    for g in (2, 3):
        if m.group(g) and (_key(m.group(g)) in _CLINICAL or _key(m.group(g)) in CLINICAL_ABBREV
                           or is_clinical_token(text, *m.span(g))):
            return False
    return _key(m.group(2)) in FIRST_NAMES or not _common(m.group(2))


def _year_old_subject(word: str) -> bool:
    """A name word, or a month that is a given name ("June is a 90 year old": session 42)."""
    return _name_word(word) or (_key(word)[:3] in CALENDAR and _key(word) in FIRST_NAMES)


def _speaker_name(label: str, text: str) -> bool:
    """A transcript's capitals speaker label that is a person: no role, section or clinical abbreviation;
    a listed given name, or a word the transcript also writes in lower or title case ("Am I speaking
    with Tobi?" before "TOBI:")."""
    k = _key(label)
    if label.lower() in _ROLES or k in _SECTIONS or k in CLINICAL_ABBREV:
        return False
    return k in FIRST_NAMES or re.search(rf"(?<![\w-])(?:{re.escape(label.title())}|{re.escape(label.lower())})(?![\w-])",
                                         text) is not None


def field_note_spans(text: str) -> list[tuple[int, int, str]]:
    """The spans of the module's forms."""
    out: list[tuple[int, int, str]] = []
    speakers = list(_SPEAKER.finditer(text))
    if len(speakers) >= 2:
        talk = sum(m.group(1).lower() in _TALKERS for m in speakers) >= 2  # a transcript: "CLINICIAN:", "PATIENT:"
        names = {m.group(1) for m in speakers if talk and _speaker_name(m.group(1), text)}  # "SAGAL:", "TOBI:"
        for name in names:  # the speaker's name anywhere in the transcript, in any case ("Or sagal's one")
            out.extend((*w.span(), "[NAME]") for w in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE))
    for m in _CAPS_INITIALS.finditer(text):
        surname, initials = m.group(1), m.group(2)
        if (initials[-1] == surname[0] and _name_word(surname) and initials.lower() not in _ROLES
                and _key(initials) not in CLINICAL_ABBREV and re.search("[AEOUY]", surname)
                and len(surname) >= 4 and (len(surname) >= 5 or _key(surname) in SURNAMES)  # not "MAE, CAM", "ATA/PTA"
                and not re.fullmatch("[IVX]+[A-D]?", surname)):
            out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    out.extend((*m.span(1), "[NAME]") for m in _THE_FAMILY.finditer(text)
               if _key(m.group(1)[:-1]) in SURNAMES or _key(m.group(1).removesuffix("es")) in SURNAMES
               or _name_word(m.group(1)[:-1]))
    if _HINT_SLASH_OR_PAREN.search(text):
        out.extend((*m.span(1), "[NAME]") for m in _SLASH_RELATIVE.finditer(text) if _name_word(m.group(1))
                   or _key(m.group(1)) in FIRST_NAMES)
        out.extend((*m.span(1), "[NAME]") for m in _BRACKET_RELATIVE.finditer(text)  # a bracket after a relation names
                   if _key(m.group(1)) not in _CLINICAL and m.group(1).lower() not in _BRACKET_STATUS)
        for m in _GIVEN_INITIALS.finditer(text):
            if m.group(2)[0] == m.group(1)[0] and (_key(m.group(1)) in FIRST_NAMES or _name_word(m.group(1))):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
        out.extend((*m.span(1), "[ID]") for m in _HASH_ID.finditer(text))
    if '"' in text or "\u201c" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TATTOO.finditer(text) if _key(m.group(1)) not in _CLINICAL)
        out.extend((*m.span(1), "[NAME]") for m in _QUOTED_AFTER.finditer(text) if _key(m.group(1)) not in _CLINICAL)
    for rx in (_ROLE_BRACKET, _RELATIVE_VERB, _PT_AGE, _THE_NURSE):
        out.extend((*m.span(1), "[NAME]") for m in rx.finditer(text)
                   if m.group(1).lower() not in _NOT_LOWER_NAME and _key(m.group(1)) not in _CLINICAL)
    out.extend((*m.span(1), "[NAME]") for m in _GRADE_CAPS.finditer(text) if _name_word(m.group(1)))
    for m in _CAPS_RELATIVE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        words = m.group(g).split()
        if words and not any(w in _CAPS_NOT_NAME or _key(w) in CLINICAL_ABBREV for w in words):
            out.append((*m.span(g), "[NAME]"))
    for m in _STAFF_INITIALS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        if _key(m.group(g)) not in CLINICAL_ABBREV and m.group(g).lower() not in _ROLES:
            out.append((*m.span(g), "[NAME]"))
    for m in _PREFERRED.finditer(text):
        g = 1 if m.group(1) is not None else 2
        if _key(m.group(g)) not in _CLINICAL:
            out.append((*m.span(g), "[NAME]"))
    out.extend((*m.span(1), "[NAME]") for m in _ROLE_AFTER.finditer(text)
               if _key(m.group(1)) in FIRST_NAMES or _key(m.group(1)) in WORD_NAMES)
    out.extend((*m.span(1), "[NAME]") for m in _YEAR_OLD.finditer(text)
               if m.group(1).split()[0].lower() not in _NOT_YEAR_OLD_SUBJECT and _year_old_subject(m.group(1).split()[0]))
    out.extend((*m.span(1), "[NAME]") for m in _SHORT_FIRST.finditer(text) if _given_pair(text, m))
    out.extend((*m.span(1), "[NAME]") for m in _GRADE_SURNAME.finditer(text)
               if _key(m.group(1)) not in _CLINICAL and _key(m.group(1)) not in CLINICAL_ABBREV
               and re.search("[AEIOUYaeiouy]", m.group(1)))
    out.extend((*m.span(2), "[NAME]") for m in _LPA_HOLDER.finditer(text)
               if all(_key(w) not in _CLINICAL and _key(w) not in CLINICAL_ABBREV for w in m.group(2).split()))
    out.extend((*m.span(), "[ADDRESS]") for m in _HOUSE_NO.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _NUMBER_PREFIX_STREET.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _YEAR_FILE.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _PROVIDER.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _PAGE.finditer(text))
    out.extend((*m.span(), "[DATE]") for m in _SPOKEN_DATE.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _LOWER_STREET.finditer(text))
    return out
