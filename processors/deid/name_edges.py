"""A relation, role or field label at the edge of a name span is no part of the name.

Capitalised runs join the word before or after a name ("Son Luca", "Pharmacist Ravi", "Mr Kevin
Brannigan  DOB", "Irfan Qureshi  Age/Sex"): the reader lost who the person was, or which field
came next (session 34 black-box tester, 22 such spans in 60 notes). Titles (Dr, Mr, Mrs) stay
inside the span, as documented; these words are trimmed off its edges when a word is left.
"""

from __future__ import annotations

import re

__all__ = ["DEPARTMENTS", "LANGUAGES", "trim_name_label"]

_LEAD = frozenset((
    "son", "daughter", "wife", "husband", "mother", "father", "mum", "mom", "dad", "brother",
    "sister", "partner", "spouse", "niece", "nephew", "grandson", "granddaughter", "grandmother",
    "grandfather", "aunt", "uncle", "cousin", "friend", "neighbour", "neighbor", "carer",
    "caregiver", "guardian", "nok", "pt", "patient", "pharmacist", "interpreter", "attending",
    "physician", "registrar", "surgeon", "anaesthetist", "anesthetist", "physiotherapist",
    "physio", "dietitian", "dietician", "midwife", "chaplain", "paramedic",
    # session 35 (black-box tester): "Sibling Bella", "Parents Grace and ...", "Roommate Tyler",
    # "Paged Dr Patel", "Called Mrs. Adewale", "Attends Bright Horizons", "Sponsor: Rob ..."
    "sibling", "siblings", "parents", "parent", "roommate", "flatmate", "housemate", "stepmother",
    "stepfather", "stepdad", "stepmum", "stepmom", "stepson", "stepdaughter", "fiance", "fiancee",
    "boyfriend", "girlfriend", "twin", "godmother", "godfather", "grandma", "grandpa", "granny",
    "teacher", "sponsor", "coach", "counsellor", "counselor", "therapist", "caseworker", "advocate",
    "officer", "landlord", "landlady", "employer", "boss", "colleague", "supervisor", "manager",
    "pastor", "priest", "rabbi", "babysitter", "paged", "called", "phoned", "rang", "contacted",
    "emailed", "texted", "messaged", "informed", "attends", "attended", "visited",
    # session 54 (deid tester V): Filipino kinship words before a name ("Lolo Jun-Jun", "Tatay Renato")
    "lolo", "lola", "tatay", "nanay", "tita", "tito", "kuya",
    # session 54 (deid tester X): a baby's, a grandmother's or an advocate's word before the name ("Baby Freya Johnston", "Nan
    # Georgina", "IDVA James Butler")
    "baby", "nan", "grandad", "granddad", "idva", "isva",  # not "nana": an Akan title and a given name ("Nana Kwesi Sarpong")
))
# a greeting or a sentence's opening words before a name: never part of it
_GREETING = re.compile(
    r"(?i:hi|hello|hey|hiya|heya|g['\u2019]?day|morning|good[ \t]+(?:morning|afternoon|evening)|it['\u2019]?s|that['\u2019]?s"
    r"|this[ \t]+is|adding|added|thanks|thank[ \t]+you|cheers|welcome|seeing|paging|bleeping"
    # session 54 (findings tester Y): a sentence's opening adverb or conjunction ("Then Mr Okafor's wife rang")
    r"|then|also|today|tonight|overnight|yesterday|however|meanwhile|later|earlier|now|so|and|but|when|after|before|while"
    r"|since|because|if|although|though|unfortunately|apparently|met|notified|updated)[,!]?[ \t]+(?=[A-Z])"
)
_KIN_PREFIX = frozenset(("ex", "step", "half", "foster", "god"))
_TRAIL = frozenset((
    "dob", "d.o.b", "age", "sex", "mrn", "nhs", "nhi", "urn", "ur", "ramq", "ohip", "medicare",
    "tel", "ph", "phone", "mob", "mobile", "cell", "address", "doa", "dod",
))
# a field label that ends a name span only as a field: after a line end or a column gap, or before
# a colon ("Dr Grant Young\nDate of procedure", "Sophia Rodriguez-Young  Member ID"; session 35)
_TRAIL_FIELD = frozenset((
    "date", "time", "member", "sponsor", "plan", "group", "room", "bed", "id", "npi", "ward", "unit",
    "service", "reason", "procedure", "specimen", "accession", "diagnosis", "indication", "referring",
    "requesting", "ordering", "insurance", "payer", "relationship", "email", "fax", "pager", "ext",
    "gender", "religion", "language", "occupation", "employer", "school", "allergies", "weight",
    "height", "gp", "pcp", "consultant", "attending", "location",
    # session 35 (second tester): e-mail headers and a form's next line ("Cc: Dr. Rob Summers\nSubject:",
    # "Nurse Joy Penrose\nNext: ...")
    "subject", "next", "cc", "bcc", "sent", "from", "to", "re", "attn", "attention", "signed",
))
# an interpreter's language before the name ("Interpreter (Arabic) Samira"; session 35)
LANGUAGES = frozenset((
    "arabic", "spanish", "mandarin", "cantonese", "vietnamese", "portuguese", "french", "russian",
    "polish", "somali", "punjabi", "urdu", "hindi", "bengali", "farsi", "persian", "dari", "pashto",
    "tagalog", "korean", "japanese", "italian", "german", "creole", "amharic", "tigrinya", "swahili",
    "yoruba", "igbo", "hausa", "turkish", "greek", "romanian", "ukrainian", "kurdish", "nepali",
    "tamil", "gujarati", "asl", "bsl", "auslan", "albanian", "lithuanian", "latvian", "czech",
    "slovak", "hungarian", "bulgarian", "thai", "khmer", "burmese", "hmong", "lao", "marshallese",
    "welsh", "english", "irish", "gaelic", "scottish", "dutch", "hebrew", "yiddish", "malay", "indonesian",
))
# session 45 (deid tester): a department after a name is no part of it ("Dr Kavanagh (Histopathology)" in 20 of 20
# meeting notes, "Matron Oisín Kavanagh, Stroke Unit", "Dr O. Walker, Consultant, Palliative Care"): a span, or the
# words after its last comma, made only of these words with one of the first set is cut off
DEPARTMENTS = frozenset((
    "histopathology", "pathology", "cytology", "radiology", "pharmacy", "microbiology", "virology", "haematology",
    "hematology", "oncology", "cardiology", "neurology", "nephrology", "renal", "urology", "gastroenterology",
    "hepatology", "respiratory", "rheumatology", "dermatology", "endocrinology", "diabetes", "geriatrics",
    "orthopaedics", "orthopedics", "surgery", "anaesthetics", "anesthesiology", "anaesthesia", "paediatrics",
    "pediatrics", "neonatology", "obstetrics", "gynaecology", "gynecology", "midwifery", "psychiatry", "psychology",
    "physiotherapy", "dietetics", "podiatry", "audiology", "ophthalmology", "ent", "radiotherapy", "immunology",
    "genetics", "palliative", "stroke", "viability", "elderly", "safeguarding", "outreach", "theatres", "endoscopy",
    "phlebotomy", "rehabilitation", "rehab", "neurosurgery", "maxillofacial", "vascular", "plastics", "orthogeriatrics",
    "acute", "emergency", "medicine", "cardiothoracic", "neonatal", "neonates", "nicu", "picu", "icu", "itu", "hdu",
    "ccu", "amu", "sau", "ed", "a&e", "gastro", "resp", "neuro", "ortho", "obs", "gynae", "paeds",
))
_GRADES = frozenset(("sho", "fy1", "fy2", "spr", "str", "registrar", "reg", "consultant", "cons", "ct1", "ct2", "st3", "st4",
                     "st5", "st6", "st7", "f1", "f2", "intern", "resident", "fellow", "anp", "acp", "cns"))
_DEPARTMENT_FILLERS = frozenset(("care", "unit", "team", "service", "services", "department", "dept", "medicine", "of",
                                 "the", "and", "&", "tissue", "old", "age", "clinic", "ward", "medical", "general"))
# departments of several words whose first word alone is no department ("(FY2, Care of the Elderly)")
_DEPARTMENT_PHRASE = re.compile(
    r"(?i:care\s+of\s+the\s+elderly|medicine\s+for\s+(?:the\s+)?older\s+people|elderly\s+care|tissue\s+viability"
    r"|intensive\s+care|critical\s+care|palliative\s+care|old\s+age\s+psychiatry|infection\s+prevention(?:\s+and\s+control)?"
    r"|acute\s+medicine|general\s+(?:surgery|medicine|practice)|breast\s+unit|stroke\s+unit|oculoplastics)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+\Z")
_TITLE_WORDS = frozenset(["Dr", "Mr", "Mrs", "Ms", "Miss", "Prof"])


def _department(words: list[str]) -> bool:
    keys = [w.lower().rstrip(".") for w in words]
    return bool(keys) and any(k in DEPARTMENTS for k in keys) and all(
        k in DEPARTMENTS or k in _DEPARTMENT_FILLERS for k in keys)


def trim_name_label(text: str, s: int, e: int) -> tuple[int, int]:
    """The name span ``text[s:e]`` without a leading relation or role word and without a trailing
    field label or department, where the span holds another word; ``(s, s)`` when the span is a
    department."""
    words = list(_WORD.finditer(text, s, e))
    if _department([w.group(0) for w in words]) or _DEPARTMENT_PHRASE.match(text, s):
        return s, s
    comma = text.rfind(",", s, e)
    if comma > s and _department([w.group(0) for w in words if w.start() > comma]):
        e = len(text[s:comma].rstrip()) + s
        words = [w for w in words if w.end() <= e]
        comma = text.rfind(",", s, e)  # then a grade before it ("Dr Raj Patel, SHO, Acute Medicine": session 45)
        if comma > s and [w.group(0).lower() for w in words if w.start() > comma] in ([g] for g in _GRADES):
            e = len(text[s:comma].rstrip()) + s
            words = [w for w in words if w.end() <= e]
    if (len(words) >= 3 and words[0].group(0).lower() in _KIN_PREFIX and text[words[0].end():words[1].start()] == "-"
            and words[1].group(0).lower() in _LEAD):
        s = words[2].start()  # session 43 (deid tester): "Ex-partner Lee", "Step-son Marcus"
        words = words[2:]
    greeting = _GREETING.match(text, s, e)
    if greeting and greeting.end() < e:
        s = greeting.end()  # session 54 (deid tester V): "Hi Melanie", "G'day Richard", "It's Doctor Nash", "Adding George Bailey"
        words = [w for w in words if w.start() >= s]
    if len(words) >= 2 and words[0].group(0).lower().rstrip(".") in _LEAD:
        s = words[1].start()
        words = words[1:]
    if len(words) >= 2 and words[0].group(0).lower() in LANGUAGES and text[s - 1:s] == "(":
        s = words[1].start()
        words = words[1:]
    if len(words) >= 2 and words[-1].end() == e:
        last = words[-1].group(0).lower().rstrip(".")
        gap = text[words[-2].end():words[-1].start()]
        titled = gap == " " and (  # "Dr Kiri Ward:" (the title inside the span or before it)
            (len(words) == 3 and words[0].group(0).rstrip(".") in _TITLE_WORDS)
            or (len(words) == 2 and _TITLED.search(text, max(0, s - 8), s) is not None))
        if last in _TRAIL or (last in _TRAIL_FIELD and not titled and (
                "\n" in gap or "  " in gap or "\t" in gap or text[e:e + 2].lstrip(" ").startswith(":"))):
            e = words[-2].end()  # session 36: "Dr Kiri Ward:" keeps its surname (a title, two words)
    if e - s > 2 and text[e - 2:e].lower() in ("'s", "\u2019s"):
        e -= 2  # session 54 (findings tester Y): the possessive stays ("[NAME]'s granddaughter has chickenpox" is hers)
    return s, e
