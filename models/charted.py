"""Charted values and set phrases that decide or cap a label of their sentence (session 35).

A second black-box notes tester wrote 120 longer US ICU / ED / med-surg notes and found the
classifier reading numbers as findings: "Pain 2/10 at incision" as uncontrolled pain (0.99, above
the label's 0.90 threshold), "BG 134 at HS" and "glucose 102" as hypoglycaemia symptoms (0.92,
0.98), "Pt verbalized understanding" as altered mental status (0.997); and missing the shorthand
"A&O x1 (self only) ... CAM-ICU positive". As with sedation scales and fevers, a charted value is
read, not guessed:

- a pain score of 0-4 out of 10 (every score in the sentence; 0-3 until session 40, when a tester's "c/o L
  hip pain 4/10" scored 0.92: 4 is within the usual analgesia target) with no word of pain out of control
  ("unrelieved", "uncontrolled", "despite", "severe", "worse") caps `uncontrolled_pain` at 0.01, and
  so does a response level ("rousable to pain", "responds to painful stimuli") with no other pain
  word (the first notes tester: "only rousable to pain, naloxone given" scored 0.98);
- a glucose reading (BG, CBG, BM, FSBG, POC glucose, blood sugar, glucose) whose every value is
  70 mg/dL or more (4.0 mmol/L or more when written 30 or below) in a sentence with no word of a
  hypo ("hypo", "shaky", "sweaty", "clammy", "diaphoretic", "D50", "glucagon", "dextrose",
  "juice") caps `hypoglycemia_symptoms` at 0.01;
- orientation to none, one or two spheres ("A&O x1", "AOx2", "oriented x 1") or a positive
  CAM / CAM-ICU, asserted now and not said to be the patient's baseline, is altered mental status (probability 1.0, the phrase as its
  explanation); "verbalized understanding" / "teach-back" with no such phrase caps it at 0.01.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from models.scales import asserted_now, clause_at
from models.sedation_cause import SEDATING

__all__ = ["ALTERED", "DENIED_CHEST", "FINGERSTICK", "apply_charted_values", "confusion_reading", "high_pain_score", "low_glucose_reading",
           "oriented_only"]

ALTERED = "altered_mental_status"
_PAIN = "uncontrolled_pain"
_DYSPNEA = "dyspnea"
_HYPO = "hypoglycemia_symptoms"
_CAP = 0.01

# session 47 (notes tester): "back pain after lifting at work, 3/10" (the score further from its word)
# session 51 (notes tester: prison, dental): "Toothache 9/10 for 3 days, paracetamol not helping" (the ache named for its place)
_PAIN_SCORE = re.compile(r"\b(?:pain|pain\s+score|ps|nrs|vas|ha|(?:head|tooth|ear|back|neck|stomach|belly|tummy)\s?aches?)\b"
                         # session 52 (notes tester I): a time between the word and its score ("Pain eased after 10 min,
                         # still 2/10")
                         r"[^.;]{0,30}?\b(\d{1,2})\s*/\s*10\b", re.IGNORECASE)
_ANY_SCORE = re.compile(r"\b(\d{1,2})\s*/\s*10\b")
_OUT_OF_CONTROL = re.compile(
    r"\b(?:unrelieved|uncontrolled|not\s+controlled|poorly\s+controlled|despite|severe|worse|worsening|"
    r"escalat\w*|breakthrough|excruciating|agoni[sz]\w*|screaming|crying\s+(?:out\s+)?in\s+pain)\b",
    re.IGNORECASE)
_TO_PAIN = re.compile(r"\b(?:rous(?:able|eable|ing|es)?|arous(?:able|eable|ing|es)?|respond(?:s|ing)?|response|"
                      r"withdraws?|localises|localizes|opens\s+eyes)\s+(?:only\s+)?to\s+(?:central\s+|peripheral\s+)?"
                      r"pain(?:ful\s+stimul\w*)?\b", re.IGNORECASE)
# session 38 (short-notes tester): "pain score 8/10 at rest, 10/10 on movement", "oxycodone 5mg given
# for pain 8/10, reassess 1hr - still 8/10" were missed: a pain score of 7-10 out of 10, the last one
# of the sentence, asserted now, is uncontrolled pain unless relief follows it ("9/10 on arrival,
# settled with morphine") or the pain is chest pain (chest_pain's; every hand-written set agrees)
_HIGH_SCORE = re.compile(r"(?<![>=<\u2265\d.])\b(?:[7-9]|10)(?:\s*-\s*(?:[7-9]|10))?\s*/\s*10\b")
_RELIEF_AFTER = re.compile(
    r"\b(?:settl\w*|reliev\w*|eased|easing|improv\w*|better|controlled|comfortable|resolv\w*|(?:down|reduced|dropped|"
    r"decreased|fell|falling)\s+(?:from\s+\d{1,2}\s*/\s*10\s+)?to|now\s+\d|after\s+(?:\w+\s+){0,3}(?:\d|[0-6]\s*/)|effective|helping|helped)|->|\u2192",
    re.IGNORECASE)  # session 55: "Pain 3/10 at rest 7/10 on movement, PRN oxycodone effective"
_NO_RELIEF = re.compile(
    r"\b(?:unable\s+to|not\s+able\s+to|cannot|can'?t|won'?t|will\s+not|not|nor|no|never|hasn'?t|has\s+not|failed\s+to)\s+"
    r"(?:been\s+)?(?:well\s+|fully\s+|adequately\s+|very\s+)?(?:settl\w*|reliev\w*|eas\w*|improv\w*|controlled|comfortable|resolv\w*|"
    r"effective|helping|helped|"
    r"get\s+comfortable)", re.IGNORECASE)  # session 53: "Pain not well controlled: VAS 8/10"
_CHEST_WORDS = re.compile(r"\b(?:chest|retrosternal|substernal|sternal|cardiac|angin\w*|cp|stemi|nstemi|acs)\b",
                          re.IGNORECASE)
# session 48 (notes tester): "pt denies CP, ..., #NOF suspected, pain 9/10 despite entonox" - a denied chest pain does not
# make the score chest pain's
DENIED_CHEST = re.compile(r"\b(?:denies|denied|denying|no|nil|not|without|negative\s+for)\s+(?:any\s+)?(?:chest\s+(?:pain|tightness)|cp|c/p)\b",
                           re.IGNORECASE)
_PAIN_NAMED = re.compile(r"\b(?:pain\w*|sore\w*|ache\w*|hurts?|hurting|agony|headache|ha|colic|cramp\w*|"
                         r"(?:tooth|ear|back|neck|stomach|belly|tummy)\s?aches?|"  # session 51: "Toothache 9/10"
                         r"ps|nrs|vas|rating|rated|rates|scoring|scored|score|"
                         # session 59 (notes tester H): a body part's own score ("0400 knee 9/10 despite 3 x PRN oxynorm")
                         r"(?:knee|hip|back|leg|arm|shoulder|wound|abdo\w*|stump|foot|ankle|wrist|neck|head|joint)(?=\s*\d{1,2}\s*/\s*10\b))\b",
                         re.IGNORECASE)
_PAIN_WORD = re.compile(r"\b(?:pain\w*|sore|ache\w*|hurts?|hurting|agony|distress\w*|analgesi\w*)\b", re.IGNORECASE)
# session 46 (MIMIC-style and fresh notes testers): a fingerstick glucose ("FS 64", "FSBS 48", "BS 64 mg/dL"); the word
# gates (models/gates.py) count the same words as a glucose reading
FINGERSTICK = r"fsbs|fsg|fs(?=\s*\d)|bs(?=\s*[:=]?\s*\d)|finger\s*sticks?"
_GLUCOSE = re.compile(
    rf"\b(?:bgl?s?|bsls?|cbgs?|bms?|fsbgs?|{FINGERSTICK}|grbs|rbs|poc\s+glucose|blood\s+(?:sugars?|glucose)|glucose|accu-?che?c?ks?|sugars?|"
    r"cgm(?:\s+reading)?|libre(?:\s+reading)?|sensor\s+glucose|dexcom(?:\s+reading)?"  # session 39: "CGM reading 49"
    r"|h/c|hypocount|capillary\s+(?:blood\s+)?glucose"  # session 54 (notes tester AA): Singapore's "H/C 2.9" (hypocount)
    r"|(?:glucose\s+)?meter|glucometer)\b"  # session 53 (notes tester S): "meter read 3.2, she gave 2 glucotabs"
    r"(?:\s+(?:today|this\s+am|at\s+hs|level|reading|read|was|is|now|of|ac|pc|checked|check|done|rechecked"
    r"|readings|levels|were|are|have\s+been|ranged|ranging|range|between|from"
    r"|(?:at|@)\s*\d{1,2}[:.]?\d{2}\s*h?(?:rs)?))*\s*[-:=]?\s*"  # session 43: "readings between 6 and 10"; 45: "BM at 12:00 14.2"
    r"(\d{1,3}(?:\.\d)?)(?:\s*(?:-|to|/|and)\s*(\d{1,3}(?:\.\d)?))?"
    # session 59 (notes tester G): a dose of glucose is no reading ("IV 20% glucose 100ml given")
    r"(?!\d|\.\d|\s*(?:mls?\b|%|g\b|grams?\b|units?\b|mg\b(?!\s*/\s*dl)))",
    re.IGNORECASE)
_HYPO_WORDS = re.compile(
    r"\b(?:hypo\w*|shaky|shaking|tremor\w*|sweat\w*|clammy|diaphore\w*|d50|d10|glucagon|dextrose|juice|"
    r"glucogel|hypostop|low\s+(?:blood\s+)?sugar|confus\w*|drowsy)\b",
    re.IGNORECASE)
_CONFUSION = re.compile(
    r"\b(?:a\s*&\s*o|a\s*/\s*o|ao|alert\s+(?:and|&)\s+oriented|oriented)\s*x\s*([0-2])\b(?!\s*(?:-|to)\s*[34])"
    r"|\bcam(?:-icu)?\s*(?:screen\s+)?(?:is\s+)?(?:positive|pos\b|\+)"
    # session 39 (long-notes tester): a 4AT of 4 or more is possible delirium ("4AT 8 today with marked fluctuation")
    r"|\b4\s?-?AT\s*(?:score\s*)?(?:[:=]\s*|of\s+|was\s+|is\s+)?(?:[4-9]|1[0-2])(?:\s*/\s*12)?\b(?!\s*(?:->|\u2192|to\s+\d))"
    # session 57 (notes tester E): an abbreviated mental test of 7 or less out of 10 ("AMT 4/10 (baseline 10/10)"), unless its
    # baseline is as low ("AMT 5/10, baseline 5/10": a known dementia)
    r"|\bamts?\s*(?:score\s*)?(?:of\s*|[:=]\s*|was\s+|is\s+|now\s+)?[0-7]\s*/\s*10\b"
    r"(?![^.;]{0,20}?\b(?:baseline|usual(?:ly)?|normally)\s*(?:is\s*|of\s*|[:=]\s*)?[0-7]\s*/\s*10)"
    # session 45 (notes tester): "GCS dropped 15->13" (a fall with a head injury; nothing predicted)
    r"|\bgcs\s*(?:(?:has\s+)?(?:dropped|fell|fallen|decreased|reduced|down|deteriorated)\s*)?(?:from\s*)?1[0-5]\s*(?:/\s*15\s*)?"
    r"(?:->|\u2192|to)\s*(?:[3-9]|1[0-4])\b(?!\s*(?:->|\u2192|to)\s*1[45])",
    re.IGNORECASE)
# session 45 (notes tester): a relative's or carer's plain words for a new confusion ("muddled on the phone this
# morning", "not been herself, staring, not answering questions", "very drowsy and 'not making sense'")
_LAY_CONFUSION = re.compile(
    # session 47 (UK notes tester): "Confused, not his baseline per wife."
    r"\b(?:confus\w*|disorient\w*|muddled|delirious)\b[^.;]{0,30}?\bnot\s+(?:at\s+)?(?:his|her|their)\s+(?:usual\s+|normal\s+)?"
    r"(?:baseline|usual|normal|usual\s+self)\b|"
    r"\bmuddled\b|\bnot\s+making\s+(?:any\s+)?sense\b|\btalking\s+(?:utter\s+)?nonsense\b"
    # session 55 (notes tester C): a relative's words ("Mum doesn't know who I am today", "this is not his usual self") and a
    # new paranoia ("shouting that the staff are poisoning him")
    r"|\b(?:does|did|do)\s*(?:n[o'\u2019]?t|\s+not)\s+know\s+who\s+(?:I|we)\s+(?:am|are|was|were)\b"
    r"|\b(?:is\s+|'s\s+|has\s+been\s+)?not\s+(?:his|her|their)\s+(?:usual|normal)\s+self\b"
    r"|\b(?:shout\w*|saying|says|accus\w*|convinced|insist\w*)\s+(?:that\s+)?(?:the\s+)?(?:staff|nurses|doctors|we|people|everyone)"
    r"\s+(?:are|were|is)\s+(?:trying\s+to\s+)?(?:poison\w*|kill\w*|hurt\w*)"
    r"|\b(?:isn'?t|is\s+not|not\s+been|hasn'?t\s+been|has\s+not\s+been)\s+(?:him|her|them)sel(?:f|ves)\b(?=[^.;]{0,60}?\b(?:confus\w*|"
    r"muddl\w*|staring|vacant|not\s+(?:answering|responding|recogni[sz]ing|making)|called\s+(?:her|him|me)\s+by|wander\w*|"
    r"agitat\w*|disorient\w*|drows\w*|sleepy|talking\s+to))",
    re.IGNORECASE)
# "new compared with baseline" is a change from it, not the baseline
_BASELINE = re.compile(r"\b(?:(?<!compared\swith\s)(?<!compared\sto\s)(?<!from\s)(?<!than\s)(?<!above\s)(?<!below\s)"
                       r"(?<!not\shis\s)(?<!not\sher\s)(?<!not\stheir\s)(?<!not\sat\shis\s)(?<!not\sat\sher\s)"
                       # session 55: "not his usual self", "more muddled than usual" are changes
                       r"(?<!vs\s)(?<!versus\s)baseline|(?<!than\s)(?<!his\s)(?<!her\s)(?<!their\s)usual(?!\s+self)|normal\s+for\s+(?:him|her|them|pt)|at\s+(?:his|her)\s+best|dementia)\b",
                       re.IGNORECASE)  # "A&O x2 at baseline" is no change
_UNDERSTANDING = re.compile(r"\b(?:verbali[sz]e[sd]?|verbali[sz]ing|demonstrated?)\s+understanding\b|\bteach-?back\b",
                            re.IGNORECASE)


def _pain_is_response(sentence: str) -> bool:
    """ "Rousable to pain" and no other pain word."""
    return _TO_PAIN.search(sentence) is not None and not _PAIN_WORD.search(_TO_PAIN.sub(" ", sentence))


_LOW_PAIN = 4  # the highest score that caps: a common analgesia target is "pain <= 4/10"


def _low_pain_only(sentence: str) -> bool:
    scores = [int(m.group(1)) for m in _PAIN_SCORE.finditer(sentence)]
    if not scores or _OUT_OF_CONTROL.search(sentence):
        return False
    every = list(_ANY_SCORE.finditer(sentence))
    if max([int(m.group(1)) for m in every] + scores) <= _LOW_PAIN:
        return True
    # session 38: a score brought down ("Pain 8/10 -> 3/10 after morphine"): the last one counts
    last = every[-1] if every else None
    return (last is not None and int(last.group(1)) <= _LOW_PAIN and len(every) > 1
            and (_RELIEF_AFTER.search(sentence, every[0].end(), last.end()) is not None
                 or _FROM_BEFORE.search(sentence, 0, every[0].start()) is not None))  # session 60: "reduced from 8/10 to 3/10"


# session 54 (notes tester W): a moderate score said to be under control ("Pain in foot 6/10, controlled with regular
# analgesia", "Abdo pain 5/10, managing with paracetamol") is no pain out of control
_CONTROLLED = re.compile(r"\b(?:controlled|managing|manageable|managed|tolerable|tolerating\s+it|settled|comfortable|acceptable)\b",
                         re.IGNORECASE)
_MODERATE_PAIN = 6


def _moderate_controlled(sentence: str) -> bool:
    scores = list(_PAIN_SCORE.finditer(sentence))
    if not scores or _OUT_OF_CONTROL.search(sentence):
        return False
    if max(int(m.group(1)) for m in [*scores, *_ANY_SCORE.finditer(sentence)]) > _MODERATE_PAIN:
        return False
    unrelieved = _NO_RELIEF.sub(lambda m: " " * len(m.group(0)), sentence)
    return _CONTROLLED.search(unrelieved, scores[0].end()) is not None


_SCORE_LED = re.compile(r"^\W*(?:(?:still|now|remains|but)\s+)?(?:[7-9]|10)\s*/\s*10\b")
_FROM_BEFORE = re.compile(r"\bfrom\s*\Z", re.IGNORECASE)  # a score after "from" is an earlier one (session 60)


def _moderate_only(sentence: str) -> bool:
    """Session 60 (notes testers G, J): a moderate score with no word of pain out of control ("Pain 5/10.", "pt anxious, pain
    5/10") is no uncontrolled pain: the labelling guide asks for 7/10 or more, or pain said to be out of control."""
    scores = [int(m.group(1)) for m in _ANY_SCORE.finditer(sentence)]
    return (bool(scores) and _PAIN_SCORE.search(sentence) is not None and max(scores) <= _MODERATE_PAIN
            and not _OUT_OF_CONTROL.search(sentence) and _PAIN_NOT_CONTROLLED.search(sentence) is None
            and not _STILL_PAIN.search(sentence))


_STILL_PAIN = re.compile(r"\b(?:still|ongoing|persistent|requesting|asking\s+for|needs?|needed|not\s+settl\w*|unable\s+to)\b", re.IGNORECASE)
_AT_ADMISSION = re.compile(r"\b(?:on|at)\s+admission\b|\bwhen\s+(?:first\s+)?admitted\b"
                           # session 60 (notes tester G): "Was in severe pain at home over weekend (8/10) before SD started"
                           r"|\bbefore\s+(?:the\s+)?(?:sd|syringe\s+driver|csci|driver|pca|(?:nerve\s+)?block|epidural|admission|transfer)\b",
                           re.IGNORECASE)


def high_pain_score(sentence: str, pain_named: bool = False) -> str | None:
    """The last pain score of 7-10 / 10 in ``sentence`` when it charts pain out of control now
    (see _HIGH_SCORE); None. ``pain_named``: the clause before names the pain the score rates."""
    scores = list(_ANY_SCORE.finditer(sentence))
    if not scores or _CHEST_WORDS.search(DENIED_CHEST.sub(" ", sentence)) or not (pain_named or _PAIN_NAMED.search(sentence)):
        return None
    # session 60 (notes tester J): a score after "from" is the earlier one ("improved to 3-4/10 from 7/10 last week",
    # "8/10, down from 9/10"): the last of the others counts
    now = [m for m in scores if not _FROM_BEFORE.search(sentence, max(0, m.start() - 12), m.start())]
    if not now:
        return None
    last = now[-1]
    high = None
    for match in _HIGH_SCORE.finditer(sentence):
        if match.end() == last.end():
            high = match
    # session 39 (notes tester): "Pain score 10/10 at rest, unable to settle" - a relief word negated is none
    unrelieved = _NO_RELIEF.sub(lambda m: " " * len(m.group(0)), sentence)
    # session 53 (notes tester R): "Pain not well controlled: VAS 8/10" - relief denied is no negation of the score
    if high is None or _RELIEF_AFTER.search(unrelieved, high.end()) or not asserted_now(unrelieved, high.start()):
        return None
    if _AT_ADMISSION.search(clause_at(sentence, high.start())):
        return None  # session 55 (notes tester C): "Pain was 9/10 on admission; now 3/10 after the nerve block"
    return high.group(0)


# session 47: an observational pain scale for patients who cannot rate their pain ("CPOT 6, grimacing and guarding",
# "BPS 8/12", "PAINAD 7"): (scale, highest score that caps the label, lowest score that charts pain out of control).
# CPOT > 2 and BPS > 5 are the validated cut-offs for significant pain (Gelinas 2006, Payen 2001); PAINAD and FLACC
# (0-10) are read as a 0-10 pain score (above)
_BEHAVIOURAL = re.compile(
    r"\b(cpot|bps|behaviou?ral\s+pain\s+scale|painad|flacc|abbey|wong[- ]?baker)(?:\s+faces)?(?:\s+pain)?\s*(?:score\s*|scale\s*)?"
    r"(?:[:=]\s*|of\s+|was\s+|is\s+|-\s*)?"
    r"(\d{1,2})(?:\s*/\s*(?:8|10|12|18))?(?:\s*(?:->|\u2192|to)\s*(\d{1,2})(?:\s*/\s*(?:8|10|12|18))?)?\b", re.IGNORECASE)
# session 58 (notes testers G, E, H): the Abbey pain scale (0-18: 0-2 none, 3-7 mild, 8-13 moderate, 14+ severe; Abbey et al.
# 2004) and the Wong-Baker FACES scale (0-10, read as a 0-10 score)
_BEHAVIOURAL_CUTS = {"cpot": (2, 3), "bps": (5, 6), "painad": (_LOW_PAIN - 1, 7), "flacc": (_LOW_PAIN - 1, 7),
                     "abbey": (7, 14), "wong": (_LOW_PAIN - 1, 7)}


def behavioural_pain(sentence: str) -> bool | None:
    """True when the last observational pain score of ``sentence`` (CPOT, BPS, PAINAD, FLACC) charts
    pain out of control now, False when it charts little or no pain, None otherwise."""
    last = None
    for last in _BEHAVIOURAL.finditer(sentence):
        pass
    if last is None or not asserted_now(sentence, last.start()):
        return None
    name = last.group(1).lower()
    name = "wong" if name.startswith("wong") else name
    low, high = _BEHAVIOURAL_CUTS[name if name in _BEHAVIOURAL_CUTS else "bps"]
    value = int(last.group(3) or last.group(2))  # "CPOT 5 -> 1 after fentanyl": the last reading
    if value <= low:
        return False
    unrelieved = _NO_RELIEF.sub(lambda m: " " * len(m.group(0)), sentence)
    if value >= high and not _RELIEF_AFTER.search(unrelieved, last.end()):
        return True
    return None


# session 38 (short-notes tester): "FYI bed 8 BM 2.2 treated, now 4.8" and "BSL 2.7 @ 0200,
# diaphoretic" were missed: a glucose reading below 4.0 mmol/L (70 mg/dL), asserted now, is a
# hypoglycaemic episode (every hand-written set labels it so); a target or a corrected admission
# value is not
_GLUCOSE_NOT_NOW = re.compile(
    r"\b(?:target|aim|goal|keep|maintain|above|below|on\s+admission|corrected|since|previously"
    # session 56 (notes tester O: paediatric notes): a reading the note calls normal ("BM 3.4 pre-feed, within range": a
    # neonate's threshold is lower)
    r"|within\s+(?:the\s+)?(?:normal\s+|target\s+|acceptable\s+)?range|in\s+range|normal\s+for\s+age|satisfactory|acceptable"
    # session 59 (notes tester G): a reading of weeks before ("Hypo at home last month per pt (BM 3.2)")
    r"|last\s+(?:month|year|week)|(?:\d+|a|one|two|three|few|several)\s+(?:weeks?|months?|years?)\s+ago|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE)


# session 48 (notes tester): "yesterday I felt really shaky and sweaty before lunch, my reading was 3.1" - a reading with no
# name is the meter's when the sentence tells a hypo's signs
_LAY_READING = re.compile(r"\b(?:my|his|her|the|mum'?s|dad'?s)\s+(?:meter\s+|sensor\s+)?readings?\s+(?:was|were|is|of|at|showed|said)\s*"
                          r"(\d{1,2}\.\d)\b"
                          # session 60 (notes tester F): "BMs stable until 0500 when 3.3, sweaty" (the readings named before)
                          r"|\b(?:bms?|cbgs?|blood\s+sugars?|glucoses?)\b[^.;]{0,30}?\b(?:when|then|dropped\s+to|fell\s+to|down\s+to)\s+"
                          r"(\d{1,2}\.\d)\b", re.IGNORECASE)
_HYPO_SIGNS = re.compile(r"\b(?:shak\w*|sweat\w*|clammy|trembl\w*|tremul\w*|hypo|dizzy|light-?headed)\b", re.IGNORECASE)
_HYPO_TREATED = re.compile(r"\b(?:d50w?|amps?\s+(?:of\s+)?d50|dextrose\s+50|glucagon)\b", re.IGNORECASE)


# session 58 (notes tester H): "DKA: BG 31, pH 7.12" read as 31 mg/dL (a hypo, 1.0): beside a hyperglycaemic state a reading
# above 30 is mmol/L
_HYPERGLYCAEMIA = re.compile(r"\b(?:dka|hhs|hons|hhns|ketoacidosis|hyperglyc\w*|hyperosmolar|ketotic|ketones?)\b", re.IGNORECASE)


def low_glucose_reading(sentence: str) -> str | None:
    """The first glucose reading of ``sentence`` below 4.0 mmol/L (70 mg/dL) asserted now; None."""
    if _GLUCOSE_NOT_NOW.search(sentence):
        return None
    high_state = _HYPERGLYCAEMIA.search(sentence) is not None
    for match in _GLUCOSE.finditer(sentence):
        value = float(match.group(1))
        low = value < 4.0 if value <= 30 or high_state else value < 70
        if not low and 10 <= value <= 30 and _HYPO_TREATED.search(sentence):
            low = True  # session 46 (MIMIC-style tester): "found unresponsive w/ FS 22, woke up after 1 amp D50" (mg/dL)
        if low and asserted_now(sentence, match.start()):
            return match.group(0).strip()
    if _HYPO_SIGNS.search(sentence):
        for match in _LAY_READING.finditer(sentence):
            if float(match.group(1) or match.group(2)) < 4.0 and asserted_now(sentence, match.start()):
                return match.group(0).strip()
    return None


# session 38 (second long-notes tester): "Capillary glucose 6.2-9.8 mmol/L over 24 hours, no hypos" (0.805)
_NO_HYPOS = re.compile(r"\b(?:no|nil|without|denies|free\s+of)\s+(?:further\s+)?(?:hypo\w*|low\s+(?:blood\s+)?sugars?)"
                       r"(?:\s+(?:events?|episodes?))?", re.IGNORECASE)


def _normal_glucose_only(sentence: str) -> bool:
    values: list[float] = []
    for match in _GLUCOSE.finditer(sentence):
        values.extend(float(v) for v in match.groups() if v)
    if not values or _HYPO_WORDS.search(_NO_HYPOS.sub(" ", sentence)):
        return False
    return all(v >= 70 if v > 30 else v >= 4.0 for v in values)


# session 53 (notes tester R): a large or new bruise or haematoma is bleeding ("Large bruise noted over R flank, approx 10x8cm,
# new since yesterday. On enoxaparin"); not an old, fading or small one
_BLEEDING = "bleeding"
_NEW_BRUISE = re.compile(r"\b(?:large|extensive|spreading|expanding|enlarging|big|huge|significant|massive|new|fresh|increasing)\s+"
                         r"(?:\w+\s+){0,2}?(?:bruis\w*|ha?ematoma|ecchymos\w*)\b"
                         # session 55 (notes tester F): "Bruising spreading across abdomen around enoxaparin sites"
                         r"|\b(?:bruis\w*|ha?ematoma|ecchymos\w*)\s+(?:is\s+|has\s+)?(?:now\s+)?(?:spreading|expanding|enlarging|"
                         r"increasing|extending|growing|spread)\b", re.IGNORECASE)
_OLD_BRUISE = re.compile(r"\b(?:old|resolving|fading|yellow\w*|healing|known|no|nil|denies|without|small|minor)\b", re.IGNORECASE)


# session 53 (notes tester S): a note whose every glucose reading is normal and which treats no low charts no hypoglycaemia,
# whatever else it says ("shaky and clammy after a difficult phone call, CBG 7.8, likely anxiety", "snack 'to avoid a hypo
# overnight', CBG 6.4", "Hypo plan written ..., BG today 5.5-9.8")
_HYPO_TREATED = re.compile(r"\b(?:d50|d10|glucagon(?!\s+(?:kit|pen|education|training|demonstrat\w*))|dextrose|juice|glucogel|glucose\s+gel|hypostop|jelly\s+bab\w*|glucotabs?|"
                           r"glucose\s+tablets?|dextro\s*tabs?|lucozade|treated|hypo\s+(?:treatment|protocol)\s+(?:given|started|commenced)"
                           r"|(?:10|20|50)\s*%\s+(?:iv\s+)?glucose|iv\s+glucose)\b",  # session 59: "IV 20% glucose 100ml given"
                           re.IGNORECASE)


def _normal_glucose_note(sentences: Sequence[str]) -> bool:
    values = [float(v) for sentence in sentences for match in _GLUCOSE.finditer(sentence) for v in match.groups() if v]
    return bool(values) and all(v >= 70 if v > 30 else v >= 4.0 for v in values) and not any(
        _HYPO_TREATED.search(sentence) for sentence in sentences)


# session 37 (notes tester): "No longer orientated to place or year" gave no finding, "Pt not
# confused, just very hard of hearing" (0.88) and "Pt anxious but orientated" (0.81) one
_DISORIENTED = re.compile(
    r"\b(?:dis-?orient(?:at)?ed|no\s+longer\s+orient(?:at)?ed|not\s+orient(?:at)?ed\s+to\s+(?:time|place|person|date|year|"
    r"day|month|self|situation|surroundings)|"
    # session 39 (notes tester): "Talking nonsense and not orientated, which is new since handover"
    r"not\s+(?:fully\s+)?orient(?:at)?ed(?!\s*x\s*[34]))\b", re.IGNORECASE)
_ORIENTED = re.compile(
    r"\b(?:a\s*&\s*o|a\s*/\s*o|ao|oriented|orientated)\s*x\s*[34]\b|\bgcs\s*(?:of\s*)?15\b(?!\s*(?:->|\u2192|-|to\b|/\s*15\s*(?:->|\u2192|to\b)))"
    # session 38: "cognitively intact, AMTS 10/10" (altered mental status 0.63)
    r"|\bcognitively\s+intact\b|\bamts?\s*(?:of\s*)?(?:[89]|10)\s*/\s*10\b"
    r"|(?<!\bnot\s)\blucid\b(?!\s+interval)"  # session 54 (notes tester W): "Lucid, AMT 10/10, conversing appropriately"
    r"|(?<![\w-])(?<!\bnot\s)(?<!\bnot\sfully\s)(?<!\blonger\s)(?:(?:alert|awake)\s+(?:and|&)\s+)?(?:fully\s+)?orient(?:at)?ed\b(?!\s*(?:x\s*[0-2]|to\s+(?:self|person)\s+only))",
    re.IGNORECASE)
_NEGATED_CONFUSION = re.compile(
    r"\b(?:not|no|nil|never|denies|without)\s+(?:\w+\s+)?(?:confus\w*|disorient\w*|delir\w*|agitat\w*|drows\w*)",
    re.IGNORECASE)
_ALTERED_WORDS = re.compile(
    r"\b(?:confus\w*|disorient\w*|delir\w*|agitat\w*|hallucinat\w*|drows\w*|unresponsive|muddled|vacant|"
    r"not\s+making\s+sense|not\s+(?:him|her|them)sel(?:f|ves)|wander\w*|aggressi\w*|combative|psychot\w*|paranoi\w*|"
    r"voices|obtund\w*|stupor\w*|letharg\w*|somnolen\w*|sleepy|rous\w*|gcs|cam(?:-icu)?|not\s+orient\w*|"
    r"no\s+longer|slurred|seizur\w*|fitting|new\s+(?:onset\s+)?(?:confusion|behaviou?r)|dropp\w*|deteriorat\w*|"
    r"declin\w*|worse\w*)\b|\u2193", re.IGNORECASE)


# the lay words of a confusion told as past, or beside an orientation now ("Son reports dad was 'muddled' at home last
# week before admission; now alert and oriented"), are left to the model
_LAY_PAST = re.compile(r"\b(?:(?<!\bwho\sI\s)(?<!\bwho\swe\s)(?:was|were)(?!\s+(?:fine|ok|okay|well|normal|alright|(?:him|her|them)sel(?:f|ves))\b)|had\s+been|last\s+(?:week|month|year|time)|before\s+(?:admission|coming\s+in)|ago|"
                       r"previously|used\s+to|on\s+admission)\b", re.IGNORECASE)


# session 47 (fresh notes tester): a GCS charted by its components ("Off sedation 24h, GCS E1VTM4"): eyes below 4 or
# motor below 6 (a tube, "VT", takes the verbal score away), or a total below 15
_GCS_PARTS = re.compile(r"\bgcs\s*[:=]?\s*(?:\d{1,2}\s*)?\(?\s*e\s*([1-4])\s*,?\s*v\s*([1-5]|t)\s*,?\s*m\s*([1-6])\b", re.IGNORECASE)


# a sedative or a sedation scale in the sentence (sedation_cause.SEDATING, and sedation or paralysis itself; not "off
# sedation"): a reduced GCS is the drug's
_SEDATED = re.compile(r"\b(?:sedat\w*|dexmedetomidine|paraly[sz]\w*|rocuronium|vecuronium|cisatracurium|"
                      r"propofol|midazolam\s+infusion|remifentanil|ketamine\s+infusion)\b", re.IGNORECASE)  # session 55: "GCS E2VTM4 on propofol"
_OFF_SEDATION = re.compile(r"\b(?:off|no|nil|without|weaned\s+(?:off|from))\s+(?:all\s+)?sedat\w*", re.IGNORECASE)


def _gcs_parts_reduced(sentence: str) -> str | None:
    m = _GCS_PARTS.search(sentence)
    rest = _OFF_SEDATION.sub(" ", sentence)
    if m is None or not asserted_now(sentence, m.start()) or _SEDATED.search(rest) or SEDATING.search(rest):
        return None
    eyes, verbal, motor = int(m.group(1)), m.group(2).lower(), int(m.group(3))
    reduced = eyes < 4 or motor < 6 if verbal == "t" else eyes + int(verbal) + motor < 15
    return m.group(0) if reduced else None


# session 54 (notes tester W): a total below 15 charted now ("sudden onset, GCS 14", "hypotensive and drowsy; GCS 14") is not
# alert (DESIGN 7a: GCS below 15 is "not alert"); not one that recovers later in the sentence ("GCS 13 at scene, now 15")
# and not one a sedative explains (oversedation's)
_GCS_TOTAL = re.compile(r"\bgcs\s*(?:of\s*|[:=]\s*|is\s+|was\s+|now\s+)?([3-9]|1[0-4])\b(?!\s*(?:/\s*15\s*)?(?:->|\u2192|to\b|-\s*\d))"
                        r"(?:\s*/\s*15)?", re.IGNORECASE)
_GCS_RECOVERED = re.compile(r"\b(?:gcs\s*(?:now\s*|back\s+to\s*|of\s*)?15|now\s+15|back\s+to\s+15|15\s*/\s*15)\b", re.IGNORECASE)


def _gcs_total_reduced(sentence: str) -> str | None:
    m = _GCS_TOTAL.search(sentence)
    rest = _OFF_SEDATION.sub(" ", sentence)
    if (m is None or not asserted_now(sentence, m.start()) or _SEDATED.search(rest) or SEDATING.search(rest)
            or _GCS_RECOVERED.search(sentence, m.end())):
        return None
    return m.group(0)


# session 54 (notes tester AA): breathlessness named plainly beside another finding in a long sentence ("Pt c/o chest pain, pain
# scale 6/10, radiating to back, with associated DOB", "central chest pain ..., with sweating and shortness of breath",
# "febrile ..., productive cough ... and difficulty of breathing, RR 28") was missed six times out of six: a plain name of it,
# asserted now in its clause, is dyspnoea; not the patient's usual ("SOBOE at baseline", "chronic breathlessness")
_BREATHLESS = re.compile(
    r"\b(?:short(?:ness)?\s+of\s+breath|sob|dob|difficulty\s+(?:in\s+|of\s+|with\s+)?breathing|breathless(?:ness)?"
    r"|dyspn(?:o)?ea|dyspnoeic|dyspneic|respiratory\s+distress|increased\s+work\s+of\s+breathing|laboured\s+breathing"
    r"|labored\s+breathing"
    # session 58 (notes tester H): "O2 increased 1L -> 2.5L NP for worsening WOB", stridor in anaphylaxis
    r"|stridor|stridulous|(?:worsening|worse|increas\w*|escalating)\s+(?:wob|work\s+of\s+breathing)|wob\s+(?:\+\+|worse\w*|increas\w*))\b",
    re.IGNORECASE)
# ... nor one the sentence dates, says is better, or teaches ("was breathless on admission, much improved", "educated to report
# any rash, swelling or difficulty breathing"); pain_not_controlled reads it too
_SENTENCE_NOT_NOW = re.compile(r"\b(?:on\s+admission|improv\w*|resolv\w*|weaned|settled|better|educat\w*|advis\w*|report|"
                                r"instruct\w*|if|should|return|watch\w*|warn\w*|signs?\s+of|ago|last\s+\w+|previous\w*|"
                                r"history|h/o|hx)\b|\?", re.IGNORECASE)
_USUAL_BREATHING = re.compile(r"\b(?:baseline|usual|chronic|normal\s+for|known|always|long-?standing|at\s+rest\s+no)\b",
                              re.IGNORECASE)


def breathless_phrase(sentence: str) -> str | None:
    """The first plain name of breathlessness in ``sentence`` asserted now; None."""
    if _USUAL_BREATHING.search(sentence) or _SENTENCE_NOT_NOW.search(sentence):
        return None
    for match in _BREATHLESS.finditer(sentence):
        if asserted_now(sentence, match.start()) and not _DENY_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            return match.group(0)
    return None


# session 57 (notes tester P): a list's last item ("Denies chest pain, palpitations or SOB - clozapine day 9")
_DENY_BEFORE = re.compile(r"\b(?:deny|denied|denying|denies|negative\s+for|absence\s+of|free\s+of)\b"
                          r"(?:(?!\b(?:but|now|however|although|though|then)\b)[^.;]){0,45}\Z", re.IGNORECASE)
# session 54 (notes tester AA): pain said to be out of control with no score ("abdominal pain severe, not controlled with
# paracetamol and tramadol", "pains in the belly which do not go away with the paracetamol") is uncontrolled pain
_PAIN_NOT_CONTROLLED = re.compile(
    r"\bpains?\b[^.;]{0,60}?\b(?:not\s+(?:well\s+|adequately\s+)?controlled|uncontrolled|poorly\s+controlled|not\s+relieved|unrelieved"
    r"|(?:do|does|did)\s*(?:n[o']?t|\s+not)\s+(?:go\s+away|settle|ease|improve)|not\s+(?:helping|settling|easing|improving)"
    r"|despite\s+(?:regular\s+|iv\s+|oral\s+|prn\s+)?(?:analgesi\w*|morphine|oxycodone|paracetamol|opioids?|pca|tramadol|codeine|fentanyl))"
    r"|\b(?:uncontrolled|unrelieved|intractable)\s+(?:\w+\s+)?pain\b"
    # session 58 (notes testers F, E): pain stated as severe with no score ("Severe rib fracture pain, unable to deep breathe")
    r"|\b(?:severe|excruciating|unbearable|agonising|agonizing)\s+(?:\w+\s+){0,3}?pains?\b"
    r"|\bpains?\s+(?:is\s+|now\s+|remains\s+|still\s+)*(?:severe|excruciating|unbearable|agonising|agonizing)\b", re.IGNORECASE)
_PAIN_WAS = re.compile(r"\b(?:was|were|had\s+been|overnight|earlier|previously)\b", re.IGNORECASE)
_NO_PAIN = re.compile(r"\b(?:no|denies|deny|nil|without|free\s+of)\s+(?:\w+\s+)?pain|\bpain[- ]free\b|\bif\b|\bshould\b|\?", re.IGNORECASE)


_ANOTHER_PATIENT = re.compile(r"\b(?:another|other|different)\s+(?:pt|patient|resident|man|lady|woman)\b", re.IGNORECASE)  # session 58


def pain_not_controlled(sentence: str) -> str | None:
    """The phrase of ``sentence`` that says its pain is out of control now (not denied, supposed or past); None."""
    match = _PAIN_NOT_CONTROLLED.search(sentence)
    if (match is None or _NO_PAIN.search(sentence) or _ANOTHER_PATIENT.search(sentence, 0, match.start())
            or _SENTENCE_NOT_NOW.search(sentence) or _PAIN_WAS.search(sentence) or _AT_ADMISSION.search(sentence)
            or _CHEST_WORDS.search(DENIED_CHEST.sub(" ", sentence))  # chest pain is chest_pain's
            or _RELIEF_AFTER.search(_NO_RELIEF.sub(lambda m: " " * len(m.group(0)), sentence), match.end())):
        return None  # "pain was uncontrolled overnight but settled after oxycodone, now 3/10"
    return match.group(0)


_CONFUSION_WORD = re.compile(r"\b(?:confus\w*|delir\w*|disorient\w*|agitat\w*)", re.IGNORECASE)


def _sedated_gcs(sentence: str) -> bool:
    """A GCS charted under sedation (a sedative named, not "off sedation") and no confusion word."""
    rest = _OFF_SEDATION.sub(" ", sentence)
    return bool((_GCS_PARTS.search(sentence) or _GCS_TOTAL.search(sentence)) and _SEDATED.search(rest)
                and not _LAY_CONFUSION.search(sentence) and not _CONFUSION_WORD.search(sentence))


# session 57 (notes tester E): a score below a higher baseline is a change ("AMT 4/10 (baseline 10/10)")
_HIGHER_BASELINE = re.compile(r"\bamts?\s*(?:score\s*)?(?:of\s*|[:=]\s*|was\s+|is\s+|now\s+)?[0-7]\s*/\s*10\b[^.;]{0,20}?"
                              r"\b(?:baseline|usual(?:ly)?|normally)\s*(?:is\s*|of\s*|[:=]\s*)?(?:[89]|10)\s*/\s*10\b", re.IGNORECASE)


# session 58 (notes testers H, F): a fall on the AVPU / ACVPU scale ("now drowsy, AVPU V", "newly drowsy, v on acvpu, no opioids
# given") is an altered mental state; not under sedation or an opioid (oversedation's, models/sedation_cause.py)
_AVPU_REDUCED = re.compile(r"\bac?vpu\s*(?:score\s*)?(?:[:=\-]\s*|of\s+|is\s+|was\s+|now\s+)?[vpu]\b(?![/-])|\b[vpu]\s+on\s+ac?vpu\b",
                           re.IGNORECASE)
_NO_DRUG_GIVEN = re.compile(r"\b(?:no|nil|not\s+on|without)\s+(?:\w+\s*/\s*)?(?:opioids?|sedat\w*|sedatives?)(?:\s*/\s*\w+)*"
                            r"(?:\s+(?:given|on\s+board|used))?", re.IGNORECASE)


def _avpu_reduced(sentence: str) -> str | None:
    match = _AVPU_REDUCED.search(sentence)
    if match is None or not asserted_now(sentence, match.start()):
        return None
    rest = _NO_DRUG_GIVEN.sub(" ", _OFF_SEDATION.sub(" ", sentence))
    return None if _SEDATED.search(rest) or SEDATING.search(rest) else match.group(0)  # as the GCS readers above


_LIKELY_DELIRIUM = re.compile(r"\b(?:delirium|confusion)\s+(?:is\s+)?(?:likely|probable)|\b(?:likely|probable)\s+(?:delirium|confusion)\b",
                              re.IGNORECASE)


def confusion_reading(sentence: str) -> str | None:
    """The first orientation, CAM or disorientation phrase of ``sentence`` that charts confusion
    now; None."""
    if _BASELINE.search(sentence) and not _HIGHER_BASELINE.search(sentence):
        return None
    if (parts := _gcs_parts_reduced(sentence)) is not None:
        return parts
    if (total := _gcs_total_reduced(sentence)) is not None:
        return total
    if (avpu := _avpu_reduced(sentence)) is not None:
        return avpu
    for match in _CONFUSION.finditer(sentence):
        # session 60 (notes tester G): "4AT 6 - delirium likely" (the score's own reading, no hedge of it)
        if asserted_now(_LIKELY_DELIRIUM.sub(" ", sentence), match.start()):
            return match.group(0).strip()
    if not (_LAY_PAST.search(sentence) or _ORIENTED.search(sentence)):
        for match in _LAY_CONFUSION.finditer(sentence):  # its own "not" is the finding, as below
            neutral = sentence[: match.start()] + "x" * (match.end() - match.start()) + sentence[match.end():]
            if asserted_now(neutral, match.start()):
                return match.group(0).strip()
    for match in _DISORIENTED.finditer(sentence):
        # its own "not" / "no longer" is the finding: judge the clause without it
        neutral = sentence[: match.start()] + "x" * (match.end() - match.start()) + sentence[match.end():]
        if asserted_now(neutral, match.start()):
            return match.group(0).strip()
    return None


# session 39 (long-notes tester): "Confused at baseline due to advanced dementia, no change from usual"
_NO_CHANGE = re.compile(r"\b(?:no\s+change|unchanged|as\s+(?:per\s+)?usual|same\s+as\s+(?:usual|normal|baseline|always))\b",
                        re.IGNORECASE)
_CHANGE_NOW = re.compile(r"\b(?:new|acute\w*|worse\w*|more|increas\w*|fluctuat\w*|deteriorat\w*|sudden\w*|"
                         r"than\s+(?:usual|baseline|normal)|from\s+(?:his|her|their)\s+baseline)\b", re.IGNORECASE)


def _unchanged_baseline(sentence: str) -> bool:
    """A mental state charted as the patient's usual and unchanged."""
    return bool(_BASELINE.search(sentence) and _NO_CHANGE.search(sentence) and not _CHANGE_NOW.search(sentence))


def oriented_only(sentence: str) -> bool:
    """True when ``sentence`` charts a normal orientation or a negated confusion and nothing else
    about the mental state ("Pt anxious but orientated", "not confused, hard of hearing")."""
    if _ORIENTED.search(sentence) is None and _NEGATED_CONFUSION.search(sentence) is None:
        return False
    rest = _ORIENTED.sub(" ", _NEGATED_CONFUSION.sub(" ", sentence))
    return _ALTERED_WORDS.search(rest) is None


_TRANSIENT = re.compile(r"\b(?:transient(?:ly)?|brief(?:ly)?|short-?lived|momentar\w*|fleeting)\b", re.IGNORECASE)
# session 50 (notes tester W): a passing confusion told as over by a later full orientation in the same sentence
_NOW_ORIENTED = re.compile(r"[,;]\s*(?:and\s+)?(?:now|since\s+then|has\s+since\s+been|is\s+now)\s+(?:fully\s+|back\s+to\s+being\s+)?"
                           r"(?:(?:alert\s+and\s+)?(?:oriented|orientated)|a\s*&\s*o|ao)\s*(?:x|to\s+)?\s*(?:3|4|three|four|time,?\s+place"
                           r"(?:,?\s+and\s+person)?)\b|[,;]\s*now\s+back\s+to\s+(?:his|her|their)\s+(?:usual\s+)?(?:self|baseline)\b",
                           re.IGNORECASE)


def apply_charted_values(sentences: Sequence[str], probs: np.ndarray,
                         labels: Sequence[str]) -> dict[int, str]:
    """Apply the module's rules to ``probs`` (one row per sentence); returns sentence row -> the
    phrase, for the rows an orientation or CAM phrase made an altered-mental-status finding."""
    column = {label: j for j, label in enumerate(labels)}
    found: dict[int, str] = {}
    if _BLEEDING in column:
        for row, sentence in enumerate(sentences):
            if _NEW_BRUISE.search(sentence) and not _OLD_BRUISE.search(sentence):
                probs[row, column[_BLEEDING]] = 1.0
    if _HYPO in column and _normal_glucose_note(sentences):
        probs[:, column[_HYPO]] = np.minimum(probs[:, column[_HYPO]], _CAP)
    for row, sentence in enumerate(sentences):
        behaviour = behavioural_pain(sentence) if _PAIN in column else None
        if _PAIN in column and (behaviour is False or _low_pain_only(sentence) or _pain_is_response(sentence)
                                or _moderate_controlled(sentence) or _moderate_only(sentence)):
            probs[row, column[_PAIN]] = min(float(probs[row, column[_PAIN]]), _CAP)
        elif _PAIN in column and (behaviour or high_pain_score(sentence) is not None or pain_not_controlled(sentence) is not None):
            probs[row, column[_PAIN]] = 1.0
        elif _PAIN in column and row and _SCORE_LED.match(sentence) and _PAIN_NAMED.search(sentences[row - 1]) and not (
                _CHEST_WORDS.search(DENIED_CHEST.sub(" ", sentences[row - 1]))) and high_pain_score(sentence, pain_named=True) is not None:
            probs[row, column[_PAIN]] = 1.0  # session 60 (notes testers F, G): "Not in pain at rest | but | 9/10 on any movement
            # despite oxycodone", "abdominal pain 'much better than yesterday' | but | still 7/10 at rest": the score's pain is named before
        if _HYPO in column and _normal_glucose_only(sentence):
            probs[row, column[_HYPO]] = min(float(probs[row, column[_HYPO]]), _CAP)
        elif _HYPO in column and low_glucose_reading(sentence) is not None:
            probs[row, column[_HYPO]] = 1.0
        if _DYSPNEA in column and breathless_phrase(sentence) is not None:
            probs[row, column[_DYSPNEA]] = max(float(probs[row, column[_DYSPNEA]]), 0.95)
        if ALTERED in column:
            phrase = confusion_reading(sentence)
            if _TRANSIENT.search(sentence) and _NOW_ORIENTED.search(sentence):
                # session 50: "transient confusion for 30 min, now oriented x3" (over); not "Confusion improved, now
                # orientated x3 (was disorientated this am)", which an earlier tester kept as present
                probs[row, column[ALTERED]] = min(float(probs[row, column[ALTERED]]), _CAP)
            elif phrase is not None:
                probs[row, column[ALTERED]] = 1.0
                found[row] = phrase
            elif _UNDERSTANDING.search(sentence) or oriented_only(sentence) or _unchanged_baseline(sentence) or (
                    _sedated_gcs(sentence)):  # session 55 (notes tester F): "GCS E2VTM4 on propofol infusion" (the drug's)
                probs[row, column[ALTERED]] = min(float(probs[row, column[ALTERED]]), _CAP)
    return found
