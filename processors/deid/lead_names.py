"""Session 47 (deid tester, 200 notes a third typed in lower case, a sixth in capitals): a given name
opening a sentence with nothing else to mark it ("deepika mobilised 20m with zimmer frame",
"funmilayo SOB on exertion", "ELENA (DAUGHTER) SAYS HE HAS BEEN MORE CONFUSED", "IWAN ATE 1/2 OF
BREAKFAST"). In a note typed all in one case the capital letter that marks a name is gone; 81 such
names were left.

The first word of a line or a sentence, written in lower case or in capitals, is a name when it
is a listed given name and no English, clinical or calendar word, or (unlisted: "xiaoling",
"krzysztof") no known word at all and followed by a word a note says of a patient or a colleague
("mobilised", "settled", "keen", "to chase", "c/o", "says"). A given name that is also a word
("will", "grace", "pat") is not read here; the caller passes the spans through the clinical-token
guard.
"""

from __future__ import annotations

import re

from processors.deid.guard import HEADS
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _CLINICAL, CALENDAR, is_known_word

__all__ = ["lead_name_spans", "lower_note_names"]

_LEAD = compile_rx(
    r"(?:^|(?<=[.!?;][ \t])|(?<=[.!?;][ \t]{2}))[ \t\-\u2022*]*"
    r"([a-z][a-z'\u2019-]{2,}|[A-Z][A-Z'\u2019-]{2,})(?=[ \t]+(?:\(|[^\W\d_])|[ \t]*,[ \t])", re.MULTILINE)
# what a note says next of a person (lower-cased)
_SAYS = re.compile(
    r"[ \t]*,?[ \t]*(?:mobilised|mobilized|mobilising|settled|keen|lives|ate|eating|to[ \t]+(?:chase|review|see|call|ring|"
    r"complete|discuss|follow|book|update)|c/o|complains|complaining|sob|says|said|states|stated|reports|reported|denies|"
    r"wishes|wants|asked|asking|declined|refused|refusing|tolerated|tolerating|slept|sleeping|walked|walking|seen|reviewed|"
    r"happy|unhappy|anxious|upset|agitated|confused|drowsy|comfortable|independent|needs|requires|requesting|"
    r"for[ \t]+(?:apixaban|review|discharge|home|\w+[ \t]+\d)|and[ \t]+[a-z]+[ \t]+(?:keen|happy|aware|agree)|"
    r"aware|informed|updated|agrees|agreed|called|rang|phoned|visited|visiting|present|covering|on[ \t]+(?:nights|days|leave)"
    r"|\((?:daughter|son|wife|husband|mother|father|niece|nephew|sister|brother|partner|friend|carer|nok|pt)\))\b",
    re.IGNORECASE)


_GRADE_NEXT = re.compile(r"[ \t]+(?:[1-6]|i{1,3}|iv|v|vi|I{1,3}|IV|V|VI)\b(?![ \t]*(?:mg|ml|units?|tabs?)\b)")


def _listed_given(word: str) -> bool:
    k = _key(word)
    return k in FIRST_NAMES and not is_known_word(word) and k not in _CLINICAL and k not in CLINICAL_ABBREV


def _unknown(word: str) -> bool:
    k = _key(word)
    return (len(k) >= 4 and not is_known_word(word) and k not in _CLINICAL and k not in CLINICAL_ABBREV
            and k not in CALENDAR and re.search("[aeiouy]", k) is not None)


def lead_name_spans(text: str) -> list[tuple[int, int]]:
    """Given names opening a sentence in a lower-case or all-capitals spelling."""
    out: list[tuple[int, int]] = []
    caps_note: bool | None = None
    for m in _LEAD.finditer(text):
        word = m.group(1)
        if word.isupper():
            if caps_note is None:
                letters = [c for c in text if c.isalpha()]
                caps_note = sum(c.isupper() for c in letters) >= 0.95 * len(letters)
            if not caps_note or not _caps_context(text, m.end(1)):
                continue  # a heading in capitals in a note written in both cases ("ALBERTA REFERRAL - GYNECOLOGY")
        if _GRADE_NEXT.match(text, m.end(1)):
            continue  # session 48 (deid tester): "asa iv. antibiotics: ..." (an ASA grade)
        if _surname_next(text, m.end(1)):
            continue  # a full name ("austin moore hemiarthroplasty" from a line of capitals read again in lower case)
        if _listed_given(word) or (_unknown(word) and _SAYS.match(text, m.end(1))):
            out.append(m.span(1))
    return out


def _caps_context(text: str, end: int) -> bool:
    """In a note written in capitals, a capitals word opening a sentence is a name only before another word in
    capitals."""
    nxt = re.match(r"[ \t]*\(?([A-Za-z]{2,})", text[end:end + 40])
    return nxt is not None and nxt.group(1).isupper()


def _surname_next(text: str, end: int) -> bool:
    """The next word is a listed surname and no English word: a full name, which the recognisers of full names judge
    with their clinical guards ("AUSTIN MOORE HEMIARTHROPLASTY" is a prosthesis)."""
    nxt = re.match(r"[ \t]+([A-Za-z][A-Za-z'-]+)", text[end:end + 40])
    return nxt is not None and _key(nxt.group(1)) in SURNAMES and not is_known_word(nxt.group(1))


# session 48 (deid tester: 240 notes, a third typed in lower case; names in lower-case notes 46 %): in a note typed all
# in lower case, a listed given name or surname that is no English, clinical, drug or calendar word is a name wherever
# it stands ("bed 3 - reddy - 93y/o", "subramanian catheter change", "escalated to sr jackson"); a note in both cases
# keeps its capitals as the cue, and a given name or surname that is a word ("hope", "brown") needs one
_LOWER_WORD = re.compile(r"(?<![\w'\u2019@/.-])([a-z][a-z'\u2019-]{2,})(?![\w@/-])")
# an eponym's head up to three words on ("richmond agitation-sedation scale -2", "mallory weiss tear")
_EPONYM_HEAD = re.compile(rf"(?:['\u2019]s)?(?:[ \t-]+[a-z]+){{0,3}}?[ \t-]+(?:{HEADS}|tear|test|index|rule|rules|block|manoeuvre|grade|stage|class|ii|iii|iv"
                          r"|rating|inventory|questionnaire|assessment|examination|exam|tool|chart|measure)\b"
                          # an institution or an id's label ("philippine general hospital", "umid crn 0111-...")
                          r"|(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:hospital|clinic|infirmary|university|college)\b"
                          r"|[ \t]+(?:crn|no\.?|number|id)[ \t]*[:#]?[ \t]*\d")


# listed names that are common words of other languages in ward chat and notes (Tagalog kin words, Malay "luka kaki kiri"
# = wound, left leg)
_FOREIGN_WORDS = frozenset(["lola", "lolo", "tita", "tito", "kuya", "nanay", "tatay", "anak", "luka", "kaki", "kiri", "kanan",
                            "sakit", "jaya", "baba", "mama", "papa", "nana", "amma", "appa", "beta", "bhai", "didi"])


def lower_note_names(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Listed names that are no known word, in a note typed in lower case, or (session 48, same tester: names in notes
    typed in capitals 0.477) in one typed in capitals, read in ``low``, its lower case with every index kept."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        return []
    upper = sum(c.isupper() for c in letters)
    if upper > 0.02 * len(letters) and (low is None or upper < 0.95 * len(letters)):
        return []
    text = low if upper > 0.02 * len(letters) and low is not None else text
    out: list[tuple[int, int]] = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group(1)
        k = _key(word)
        # four letters at least: "ots" (occupational therapists) is a listed surname
        if len(k) >= 4 and k not in _FOREIGN_WORDS and (k in FIRST_NAMES or k in SURNAMES) and not is_known_word(word) and k not in _CLINICAL and (
                k not in CLINICAL_ABBREV and k not in CALENDAR) and not _EPONYM_HEAD.match(text, m.end(1)):
            out.append(m.span(1))
    return out
