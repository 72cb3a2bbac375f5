"""Name-list recogniser: capitalised words found in shipped first-name / surname lists.

The lists come from Faker's en_US locale data, generated at build time into ``data/``
(see ``bench/phi_corpus/build_name_lists.py``); Faker is not needed at run time. Common
English and clinical words that are also names ("Will", "Hope", "Rose", "Bell") count only
next to another name word or after a title / context (handled in ``patterns``).
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.patterns import CAPS_NAME

__all__ = [
    "AMBIGUOUS",
    "AMBIGUOUS_NAMES",
    "CLINICAL_VOCAB",
    "CLINICAL_WORDS",
    "FIRST_NAMES",
    "SURNAMES",
    "WORD_NAMES",
    "given_name_before",
    "name_list_spans",
    "unit_letter",
]


def _load(name: str) -> frozenset[str]:
    text = resources.files("processors.deid").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(
        w.lower() for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()
    )


FIRST_NAMES = _load("first_names.txt")
# given names that are also English words, missing from the name lists
WORD_NAMES = frozenset([
    "hope", "justice", "sterling", "sunny", "honor", "honour", "liberty", "harmony", "destiny", "trinity", "precious",
    "blessing", "gift", "memory", "lucky",
    "patience", "princess", "lovely", "mercy", "comfort", "favour", "charity", "peace",  # session 38 (deid tester)
])  # fmt: skip
SURNAMES = _load("surnames.txt")
CLINICAL_VOCAB = _load("clinical_vocab.txt")
CLINICAL_WORDS = _load("clinical_words.txt")
AMBIGUOUS_NAMES = _load("ambiguous_names.txt")  # given names that are also words: "Hope", "Sunny"
AMBIGUOUS = (
    AMBIGUOUS_NAMES | _load("ambiguous_extra.txt") | CLINICAL_VOCAB | CLINICAL_WORDS
)  # "English", "Christmas", "Senna": names only next to another name

CLINICAL_ABBREV = _load("clinical_abbrev.txt")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_W = (
    rf"(?:[{_UP}]'|Ma?c|(?:al|el)-|(?:El|Al|De|Di|Da|Du|La|Le)(?=[{_UP}][{_LO}]))?"  # session 26 (v98): "ElSayed", "DeShawn"
    rf"[{_UP}][{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?"  # session 6: "al-Rashid"
)
_CAP_RUN = compile_rx(rf"\b{_W}(?:[ \t]{{1,2}}(?:[A-Z]\.[ \t]{{1,2}})?{_W})*\b")  # never across a line end or a column gap
_SPLIT = compile_rx(r"[ \t]+(?:[A-Z]\.[ \t]+)?")


def _key(word: str) -> str:
    w = word.lower()
    if not w.isascii():
        w = w.replace("ł", "l").replace("ß", "ss").replace("ı", "i")
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w


def _stem(word: str) -> str:
    """The listed part of "D'Souza" / "Smith-Jones" / "McLeod": the longest piece."""
    return max(re.split(r"[-']", word), key=len)


_UNIT_BEFORE = compile_rx(r"\d[ \t]?\Z")


_WORD_BEFORE = compile_rx(r"(?<![\w-])([A-Z][a-z'-]+)[ \t]*\Z")


def given_name_before(text: str, i: int) -> bool:
    """A listed given name ends right before position ``i`` (blanks between): "Molly Wilson (97)"
    before "Wilson", "Yolanda / BM" before the slash."""
    m = _WORD_BEFORE.search(text, max(0, i - 20), i)
    return m is not None and _key(m.group(1)) in FIRST_NAMES


def unit_letter(text: str, i: int) -> bool:
    """``text[i]`` is a unit letter right after a number, not an initial: "T 39.1 C. Anna",
    "101 F.", "2 L." (not K: "WW/2025/9532 K. Neharau" is an initial)."""
    # session 54 (deid tester BB): after a degree sign too ("T 37.0 \u00b0C. Sister Aroha" had become "\u00b0[NAME]")
    return text[i] in "CFL" and (_UNIT_BEFORE.search(text, max(0, i - 2), i) is not None or text[i - 1:i] in ("\u00b0", "\u00ba"))


def _is_name(word: str) -> bool:
    w = _key(word)
    return (w in FIRST_NAMES or w in SURNAMES) and w not in AMBIGUOUS


def _is_name_loose(word: str) -> bool:
    w = _key(word)
    return w in FIRST_NAMES or w in SURNAMES


_WEAK_CONTEXT = by_first_letter(compile_rx(
    rf"\b(?:by|to|with|from|per|and|called|told|asked|NOK|cc|via|d/w|discussed[ \t]+w)\s+({_W})\b(?!\s+\d)"
))  # "to Walker" counts, "to Ward 7B" does not


_CREDENTIALS = frozenset(("MD", "DO", "RN", "NP", "PA", "DDS", "DPM", "PHD", "MBBS", "FRCP", "FRCS", "FACS", "FACP",
                          "MSN", "BSN", "APRN", "CNS", "CNM", "RGN", "MRCP", "FRACP", "FRCPC", "CCFP"))


_STAGE = compile_rx(r"(?:I{1,3}|IV)[A-E]?[SX]?")


def _caps_spans(text: str) -> list[tuple[int, int]]:
    """ "SMITH, John" always (unless the caps word is a clinical abbreviation); "SMITH John"
    when either word is a listed name."""
    out: list[tuple[int, int]] = []
    for m in CAPS_NAME.finditer(text):
        caps, sep, given = m.group(1).split()[-1], m.group(2), m.group(3)
        if caps.lower() in CLINICAL_ABBREV or given.lower() in CLINICAL_VOCAB or caps in _CREDENTIALS or (
                _STAGE.fullmatch(caps) and given.lower() in CLINICAL_ABBREV):  # session 56: "FIGO stage IIIC, MMSE 15/30"
            continue  # session 26 (v103): "Kamala Dahal, MD, Attending Physician": a credential, then a role
        parts = caps.replace("'", "-").split("-")
        if "," in sep or _is_name(given) or any(_is_name_loose(p) for p in parts):
            out.append(m.span())
    return out


# the last word of a run that names a business or a building after its owner ("Okafor Pharmacy")
_PLACE_TAIL = frozenset(("pharmacy", "chemist", "chemists", "surgery", "practice", "clinic", "hospital", "hospice",
                         "centre", "center", "partnership", "pharmacies", "opticians", "dental"))


# session 51 (deid tester): a role or salutation opening a run of capitalised words ("Assessor Kirsty Buchanan",
# "Dear Dr Yilmaz", "Reviewer Tom Hale"); a common word in general is no cue ("Hope O'Rahilly", "Precious Gonzales")
_LEAD_ROLES = frozenset([
    "dear", "assessor", "reviewer", "signed", "author", "approver", "approved", "verifier", "verified", "witness", "witnessed",
    "chaperone", "interpreter", "referrer", "requester", "reporter", "lodger", "guardian", "solicitor", "advocate",
    "keyworker", "counsellor", "allocated", "attending", "assessing", "reviewing", "reporting", "requesting",
    # session 52 (deid tester H): the person's place in a form ("Decedent Darnell Washington", "Minor Destiny Jackson",
    # "Late Bimal Chatterjee", "Garda Murphy", "Worker Shane Papadopoulos")
    "decedent", "deceased", "minor", "driver", "garda", "late", "inmate", "prisoner", "offender", "resident", "client",
    "claimant", "employee", "applicant", "pupil", "worker",
])


_LABEL_AFTER = compile_rx(r"[ \t]*:(?!\d)")
_FIELD_LABELS = frozenset((
    "fellow", "nurse", "resident", "scribe", "attending", "consultant", "registrar", "supervisor", "witness", "interpreter",
    "chaperone", "assistant", "anaesthetist", "anesthetist", "surgeon", "physician", "pharmacist", "therapist", "student",
    "observer", "recorder", "author", "reviewer", "date", "time", "role", "phone", "tel", "contact", "relationship",
    "relation", "circulator", "technician", "tech", "midwife", "doctor", "grade", "bleep", "pager", "ext", "email"))


_SIGNOFF_WORDS = frozenset(["best", "cheers", "regards", "thanks", "warmly", "sincerely", "respectfully", "kind", "warm", "many"])
_SIGNOFF_AFTER = compile_rx(r"[ \t]*(?:[,!.]?[ \t]*(?:\n|\Z)|[ \t]+(?:wishes|regards|thanks)\b)")


def name_list_spans(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs that look like person names by the shipped lists.

    A run of capitalised words counts when one word is an unambiguous listed name, or when
    two or more words are listed (ambiguous ones included: "Grant Hill"). The whole run is
    taken, up to 3 words, so an unlisted surname after a listed first name goes too.
    """
    spans: list[tuple[int, int]] = []
    for m in _CAP_RUN.finditer(text):
        run = m.group(0)
        if "-" in run and _key(run) in CLINICAL_VOCAB:
            continue  # session 13 (v39): an eponym pair ("Rumack-Matthew nomogram")
        parts = [p for p in _SPLIT.split(run) if p]
        strong = [_is_name(_stem(p)) for p in parts]
        loose = [_is_name_loose(p) for p in parts]
        if not any(strong) and sum(loose) < 2:
            continue
        if len(parts) > 3:  # a title-cased heading: keep only the listed words
            pos = m.start()
            for p, s in zip(parts, strong):
                start = text.index(p, pos)
                pos = start + len(p)
                if s:
                    spans.append((start, pos))
            continue
        start, end = m.start(), m.end()
        if len(parts) == 1 and _key(parts[0]) in _SIGNOFF_WORDS and _SIGNOFF_AFTER.match(text, end):
            continue  # session 57 (deid tester B: 15 e-mails): the sign-off "Best," or "Best wishes" is no surname
        # session 51 (deid tester): a role or salutation before the name ("Assessor Kirsty Buchanan", "Dear Dr Yilmaz") is
        # no part of it
        while len(parts) > 1 and _key(parts[0]) in _LEAD_ROLES and any(strong[1:]):
            start = m.start() + run.index(parts[1], start - m.start() + len(parts[0]))
            parts, strong = parts[1:], strong[1:]
        if len(parts) > 1 and _LABEL_AFTER.match(text, end):
            last = m.start() + run.rindex(parts[-1])
            if parts[-1].lower() in _FIELD_LABELS or text[last - 2:last] in ("  ", " \t", "\t\t"):
                end = len(text[:last].rstrip())  # session 56: "Dr. Joyce  Fellow: Dr. Amit Shah": the next field's label
                parts, strong = parts[:-1], strong[:-1]
        if len(parts) > 1 and parts[-1].lower() in _PLACE_TAIL:
            end = m.start() + run.rindex(parts[-1])  # session 26: "Okafor Pharmacy": the owner's name only
            end = len(text[:end].rstrip())
        spans.append((start, end))
    for m in _WEAK_CONTEXT.finditer(text):  # "updated by Walker": ambiguous names count here
        if _is_name_loose(m.group(1)):
            spans.append(m.span(1))
    spans.extend(_caps_spans(text))
    return spans
