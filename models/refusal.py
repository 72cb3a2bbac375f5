"""Refusing something that is no medicine is no medication refusal (session 34); not taking one,
said without "refused", is (session 35).

The classifier learnt "declined" / "refused" as medication refusal and read "Patient declined
physiotherapy today due to visitors." as one (0.955) and "Refused bloods this am." too (0.997;
session 34 notes tester). A sentence whose refusal is of a listed non-medicine (physio, bloods,
food, obs, a wash, a scan ...) and that names no medicine anywhere (a medication word, a dose
form, a route, a drug by its stem) has its medication-refusal probability capped below any
threshold; every other sentence is the model's.

The classifier learnt refusal from "refused" / "declined" / "won't take" and missed the other ways
nurses chart it (session 35 notes tester, 3 of its 8 refusal notes): "not taking oral meds -
spitting them out", "Non-compliant with meds - 3 days of tabs found hidden in locker", "Didn't want
her 2200 lorazepam". Such a phrase about a medicine (spitting out or hiding tablets, non-compliant
or not taking them, not wanting a named medicine), with no negation, supposition or past in the
clause before it ("no concerns re spitting out tabs", "if not taking meds"), is medication refusal
(probability 1.0, the phrase as its explanation). "Not taking any medications" (none prescribed)
is no refusal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["REFUSAL", "apply_refusal_objects", "non_adherence", "refusal_negated", "refuses_no_medicine"]

REFUSAL = "medication_refusal"
_CAP = 0.01
_NON_MEDICINE = re.compile(
    r"\b(?:refus\w*|declin\w*|won'?t\s+(?:have|do|let)|would\s*n[o']t\s+(?:have|do|let)|not\s+keen\s+on)\s+"
    r"(?:(?:to\s+(?:have|do|attend|get|go|eat|drink|be|wear|use|put\s+on|keep\s+on)|all|any|his|her|their|the|a|an|"
    r"further|today'?s|to|hospital|ward|evening|morning|hot|cold|offered|prescribed\s+diet|cooked|thigh-?length|knee-?length|"
    r"thickened|thick|pureed|puréed|soft|modified|fortified|supplement|physical|routine|"
    r"(?:cups?|glass(?:es)?|mugs?|bowls?|plates?|slices?|pieces?|portions?)\s+of)\s+)*"  # session 55: "Declined a cup of tea."
    r"(?:physio\w*|pt\s+session|ot\b|occupational\s+therapy|bloods?|blood\s+tests?|venepuncture|phlebotomy|"
    # session 60 (notes tester H: psychiatric wards): "declined FBC today (needle phobia)", "declined BM checks"
    # session 60 (notes tester J): "refused consent for surgery", "declined a rectal exam", "declined an NG feeding tube"
    r"consent(?:\s+for\s+(?:\w+\s+)?(?:surgery|theatre|procedure|operation|grafting|debridement|amputation))?|"
    r"(?:rectal|pr|digital\s+rectal|vaginal|pv|breast|intimate)\s+exam\w*|dre|(?:ng|nasogastric|nasojejunal|nj)\s+(?:feeding\s+)?tubes?|"
    r"fbc|u\s?&\s?es?|lfts?|(?:bms?|cbgs?|(?:blood\s+)?(?:sugar|glucose))(?:\s+(?:checks?|monitoring|tests?))?|ecgs?|"
    r"food|meals?|breakfast|brekk(?:ie|y)|b.?fast|lunch|dinner|supper|tea|diet|snacks?|drinks?|oral\s+fluids|obs|observations|vitals|"
    r"ecg|scan|ct|mri|x-?ray|ultrasound|echo|shower|wash|bath|bed\s*bath|personal\s+care|mobilis\w*|mobiliz\w*|"
    r"walk\w*|reposition\w*|turns?|pressure\s+area\s+care|toileting|dressing\s+change|examination|exam|"
    r"assessment|swab\w*|sample|urine\s+sample|weight|weigh\w*|visitors?|photos?|interview|sleep|"
    r"cannul\w*|catheter\w*|bed\s+rails?|hoist|"
    # session 38 (short-notes tester): "pt declined juice" (the hypo treatment offered, no medicine)
    r"juice|water|milk|coffee|soup|toast|sandwich\w*|biscuits?|fruit|yoghurt|yogurt|jelly|fluids|"
    r"visits?|chaplain\w*|counsell?ing|social\s+work\w*|dietitian|dietician|interpreter|referral|"
    # session 50 (notes tester Z): "refuses to attend the leg ulcer clinic", "Offered transfer to ED, which he declined"
    r"(?:\w+\s+){0,3}clinic|transfer|admission|appointments?|ambulance|conveyance|"
    # session 44 (notes tester): "Pt declined to attend ward round, stayed in room"
    r"ward\s+rounds?|rounds?|groups?|sessions?|therapy|activit(?:y|ies)|meetings?|reviews?|"
    r"ng\s+tubes?|ngt|nasogastric(?:\s+tubes?)?|(?:ipc|intermittent\s+pneumatic\s+compression)|"
    # session 36 (notes tester): "Refused vital signs at 0400", "refused to be repositioned",
    # "refusing to wear TEDs"
    r"vital\s+signs|teds?|ted\s+stockings|(?:compression\s+|anti-?embolism\s+)?stockings|flowtrons?|scds?|"
    r"splints?|braces?|slings?|collars?|turned|weighed|washed|examined|moved|hoisted|"
    r"niv|cpap|bipap|(?:niv\s+|cpap\s+|face\s+|oxygen\s+)?mask|"  # session 40: "refusing NIV mask overnight" (a device)
    # session 40 (notes tester): "no regional (pt declined spinal pre-op)" - an anaesthetic technique
    r"spinal|epidural|regional|(?:nerve\s+)?block|surgery|operation|procedure|"
    # session 58 (notes tester M: cardiology, 9 false refusals): "declined angiogram after discussion", "declines DNACPR discussion"
    r"(?:coronary\s+|cardiac\s+|invasive\s+|ct\s+)?(?:angiogram|angiography|angioplasty)|pci|(?:cardiac\s+)?cath(?:eter|eterisation|eterization)?(?:\s+lab)?|cardioversion|"
    r"pacemaker|pacing|icd|tavi|cabg|bypass|ablation|dnacpr|dnar|dnr|resus\w*|(?:\w+\s+)?discussion|conversation|"
    # session 45 (third notes tester): "declines hip protectors and walking frame", "refused to let outreach take ABG"
    r"hip\s+protectors?|(?:walking\s+|zimmer\s+)?frames?|walking\s+aids?|stick|wheelchair|let\s+\w+\s+take|abg|arterial\s+(?:blood\s+)?gas|"
    r"bed\s+alarm|sensor\s+mat|falls?\s+(?:sensor|alarm)|entonox|"
    # session 45 (fourth notes tester): "Pt refusing NG feed, pulled tube out x2" (feed, not a medicine)
    r"(?:ng|nasogastric|enteral|tube|peg|rig|overnight)\s+feeds?|feeds?|feeding|"
    # session 46 (notes tester): "Pt refuses to stay but is taking prescribed medication" (admission refused)
    r"stay|admission|be\s+admitted|transfer|discharge|"
    # session 46 (MIMIC-style tester): "Pt refused PT eval today", "Pt declines HD today, nephrology aware"
    r"pt\s+(?:eval\w*|session|tx|treatment)|pt(?=\s*(?:today|this|again|$|[.,;]))|hd|dialysis|ha?emodialysis|pd|cvvh\w*)\b",
    re.IGNORECASE)
# a drug named by its stem ("ramipril", "lorazepam")
_DRUG_STEM = (r"\w+(?:pril|sartan|olol|dipine|statin|azole|cillin|mycin|floxacin|cycline|parin|xaban|gatran|prazole|"
              r"tidine|semide|thiazide|zepam|azepam|oxetine|codone|profen|fenac|coxib|formin|gliptin|gliflozin|"
              r"glitazone|lukast|terol|tropium|peridol|apine|idone|triptan|setron|sone|olone|"
              r"traline|alopram|faxine|grel|grelor)")  # session 51: "i binned the sertraline"
_MEDICINE = re.compile(
    r"\b(?:med\w*|tab\w*|pills?|caps(?:ules?)?|doses?|dosing|insulin|inject\w*|jabs?|inhalers?|nebs?|nebuli\w*|"
    r"patch\w*|drops|syrup|liquid|elixir|suppositor\w*|oramorph|prn|iv|po|sc|im|s/c|antibiotics?|abx|"
    r"analgesi\w*|painkillers?|drugs?|warfarin|heparin|clexane|enoxaparin|paracetamol|aspirin|morphine|"
    r"codeine|tramadol|oxycodone|lactulose|senna|laxatives?|antipsychotics?|sedation|"
    # session 46 (notes tester): "declines to take her prescribed Creon", "declined Fragmin"
    r"prescribed(?!\s+(?:diet|exercises?|fluids))|creon|pancreatin|fragmin|tinzaparin|lithium|clozapine|depot|"
    rf"{_DRUG_STEM})\b",
    re.IGNORECASE)


# session 41 (second notes tester): a session declined in the passive ("Session declined by patient due to
# pain"), and a refusal word whose own object is a medicine even when another refuses physio ("refused her
# morning alendronic acid ... and declined physiotherapy too")
_NON_MEDICINE_BEFORE = re.compile(
    r"\b(?:session|therapy|physio\w*|treatment\s+session|exercises?|walk|mobilisation|mobilization|gym|hydrotherapy|"
    r"bloods?|obs|observations|shower|wash|meal|breakfast|lunch|dinner|review|assessment|scan)\s+(?:was\s+|were\s+)?"
    r"(?:refus\w*|declin\w*)\Z", re.IGNORECASE)


_NOT_MEDICATION = re.compile(r"\b(?:not|no)\s+(?:a\s+|the\s+|her\s+|his\s+)?(?:medications?|medicines?|meds|tablets)\b"
                             # session 48 (notes tester): "pt declining bloods, accepting medication"
                             r"|\b(?:accept(?:s|ed|ing)?|tak(?:es|ing)|took|compliant\s+with|happy\s+to\s+take)\s+"
                             r"(?:(?:all|her|his|their|the|oral|regular|prescribed)\s+)*(?:medications?|medicines?|meds|tablets)\b",
                             re.IGNORECASE)
_MEDICINE_OBJECT = re.compile(r"[^.;,]{0,40}?(?:" + _MEDICINE.pattern + r"|\b\w+ic\s+acid\b)", re.IGNORECASE)


def refuses_no_medicine(sentence: str) -> bool:
    """True when every refusal in ``sentence`` is of a listed non-medicine (and, for "refused X"
    forms, no medicine is named anywhere)."""
    sentence = _NOT_MEDICATION.sub(" ", sentence)  # session 45: "refused food and fluids today - not medication"
    words = list(_REFUSAL_WORD.finditer(sentence))
    passive = [m for m in words if _NON_MEDICINE_BEFORE.search(sentence, max(0, m.start() - 40), m.end())]
    active = [m for m in words if m not in passive]
    if any(_NON_MEDICINE.match(sentence, m.start()) is None and _MEDICINE_OBJECT.match(sentence, m.end()) for m in active):
        return False  # this refusal's own object is a medicine
    if active and all(_own_object_no_medicine(sentence, m.start()) for m in active):
        return True  # session 60 (notes tester H): "Pt declined FBC today (needle phobia) - clozapine ANC monitoring due"
    if active or not words:
        return _NON_MEDICINE.search(sentence) is not None and _MEDICINE.search(sentence) is None
    return True


_OBJECT_TAIL_END = re.compile(r"[.;(]|\s[-\u2013]\s")


def _own_object_no_medicine(sentence: str, at: int) -> bool:
    """The refusal at ``at`` is of a listed non-medicine, and no medicine follows it in its clause ("refused
    bloods and tablets" is a refusal of tablets too)."""
    nm = _NON_MEDICINE.match(sentence, at)
    if nm is None:
        return False
    end = _OBJECT_TAIL_END.search(sentence, nm.end())
    return _MEDICINE.search(sentence, nm.end(), end.start() if end else len(sentence)) is None


# session 37 (notes tester): "Meds omitted as pt NBM for theatre (not refused)" read as a refusal
# (0.95): a refusal word that is itself negated charts none
_REFUSAL_WORD = re.compile(r"\b(?:refus\w*|declin\w*)", re.IGNORECASE)
_NEGATED_REFUSAL = re.compile(
    r"\b(?:not|never|no|without|(?:did|does|has|have|was|is)\s*n[o']?t)\s+(?:\w+\s+)?(?:refus\w*|declin\w*)",
    re.IGNORECASE)
# session 45 (notes tester): "Pt spat out tablets today - unable to swallow whole tablets, not a refusal" (1.00)
_NOT_A_REFUSAL = re.compile(r"\bnot\s+(?:a\s+|an\s+)?(?:refusal|intentional|deliberate|non-?\s?complian\w*|behavioural)\b",
                            re.IGNORECASE)
_WOULD_REFUSE = re.compile(r"\b(?:would|might|could|'d|'ll|will)\s+(?:\w+\s+)?(?:refuse|decline)\b", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|unless|in\s+case)\b", re.IGNORECASE)
_ACCEPTED = re.compile(r"\b(?:but|then|later|eventually|subsequently)\s+(?:\w+\s+)?(?:accepted|took|agreed|had)\b", re.IGNORECASE)
_OTHER_REFUSAL = re.compile(r"\b(?:won'?t|would\s*n[o']?t|spit\w*|spat|hid\w*|hidden|non-?\s?complian\w*|"
                            r"omit\w*\s+(?:at|by|due\s+to|as)\s+(?:pt|patient)'?s?\s+(?:request|choice|wish))\b",
                            re.IGNORECASE)


# session 45 (third notes tester): "declined PRN paracetamol as not in pain today" - a PRN not needed is no refusal
_PRN_NOT_NEEDED = re.compile(r"\b(?:declin\w*|refus\w*|did\s*n[o']?t\s+want|does\s*n[o']?t\s+want)\s+(?:\w+\s+)?prn\b[^.;]*?"
                             r"\b(?:not\s+(?:in\s+)?(?:pain|needed|required|sore|nauseous|sick)|no\s+(?:pain|need)|pain[- ]free|"
                             r"doesn'?t\s+need|did\s*n[o']?t\s+need|not\s+necessary)\b", re.IGNORECASE)


def refusal_negated(sentence: str) -> bool:
    """True when the refusal of ``sentence`` is none: every refusal word negated ("not refused") with nothing else
    charting one, or (session 45) the writer saying it is none ("not a refusal"), a supposed one ("would refuse ...
    if"), or a PRN declined as not needed ("as not in pain")."""
    if (_NOT_A_REFUSAL.search(sentence) or _PRN_NOT_NEEDED.search(sentence)
            or (_WOULD_REFUSE.search(sentence) and (_ACCEPTED.search(sentence) or _IF.search(sentence)))):
        return True
    if _NEGATED_REFUSAL.search(sentence) is None:
        return False
    rest = _NEGATED_REFUSAL.sub(" ", sentence)
    return _REFUSAL_WORD.search(rest) is None and _OTHER_REFUSAL.search(rest) is None


def apply_refusal_objects(sentences: Sequence[str], probs: np.ndarray,
                          labels: Sequence[str]) -> dict[int, str]:
    """Set the medication-refusal column of ``probs`` to 1.0 where the sentence charts not taking a
    medicine, and cap it where the sentence refuses no medicine; returns sentence row -> phrase."""
    if REFUSAL not in labels:
        return {}
    column = list(labels).index(REFUSAL)
    found: dict[int, str] = {}
    for row, sentence in enumerate(sentences):
        phrase = non_adherence(sentence)
        if phrase is not None:
            probs[row, column] = 1.0
            found[row] = phrase
        elif probs[row, column] > _CAP and (refuses_no_medicine(sentence) or refusal_negated(sentence)):
            probs[row, column] = _CAP
    return found


_MEDS = (r"(?:meds|medications?|medicines?|medicaments?|tablets?|tabs|pills|capsules?|caps|insulin|inhalers?|nebs|nebuli[sz]ers?|analgesi[ac]s?|"
         r"antibiotics?|abx|warfarin|clozapine|lithium|antipsychotics?|depot|"
         r"antidepressants?|anti-depressants?|painkillers?|blood\s+thinners?|water\s+tablets?|"  # session 52
         # session 37 (notes tester): "Did not want her regular paracetamol"
         r"paracetamol|acetaminophen|aspirin|morphine|codeine|tramadol|oxycodone|heparin|enoxaparin|clexane|"
         r"lactulose|senna|metformin|digoxin|furosemide|frusemide|levothyroxine|thyroxine|prednisolone|"
         r"metoprolol|atorvastatin|lisinopril|amlodipine|statins?|apixaban|rivaroxaban|eliquis|xarelto|"
         # session 59 (notes testers F, G, E): "spat out rifaximin", "spat out the kayexalate", "won't take the pred"
         r"pred|rifaximin|kayexalate|resonium|calcium\s+resonium|sevelamer|renvela|calcichew|sando-?k|phosphate\s+binders?|binders?|"
         # session 59 (notes tester K): US brands ("spit out the PO tylenol")
         r"tylenol|motrin|advil|aleve|norco|percocet|ativan|zofran|coumadin|lasix|keppra|seroquel|haldol)")
_NON_ADHERENCE = re.compile(
    # session 57 (notes tester E): "Would not take inhalers or nebs, says no more", "won't take her tablets"
    rf"\b(?:would|will|did)\s*n[o'\u2019]?t\s+take\s+(?:(?:his|her|their|the|any|all|my)\s+)?(?:[\w/-]+\s+){{0,2}}?{_MEDS}|"
    rf"\bwon'?t\s+take\s+(?:(?:his|her|their|the|any|all|my)\s+)?(?:[\w/-]+\s+){{0,2}}?{_MEDS}|"
    # session 58 (notes tester M): "says she's going to stop her ticagrelor once discharged"
    rf"\b(?:going|gonna)\s+to\s+stop\s+(?:taking\s+)?(?:(?:his|her|their|the|my|all)\s+)?(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM})\b|"
    # session 56 (notes tester P: care homes): "said 'no' to all meds and turned her head away", "pushed the medicine pot away"
    rf"\bsaid\s+['\"\u2018\u201c]?no['\"\u2019\u201d]?\s+to\s+(?:(?:his|her|their|the|all|any)\s+)?(?:[\w:/-]+\s+){{0,2}}{_MEDS}|"
    r"\bpush(?:ed|es|ing)?\s+(?:(?:his|her|their|the)\s+)?(?:medicine|meds?|medication|tablets?|pills?)(?:\s+(?:pots?|cups?|spoons?))?"
    r"\s+away|"
    rf"\b(?:spit(?:s|ting)?\s+(?:out\s+)?(?:(?:his|her|their|the|all)\s+)?(?:\w+\s+)?{_MEDS}|"
    rf"(?:spit(?:s|ting)?|spat)\s+(?:them|it)(?:\s+out)?|spat\s+(?:out\s+)?(?:(?:his|her|their|the|all)\s+)?(?:\w+\s+)?{_MEDS}|"
    # session 58 (notes tester H: children): "Spat out most of the oral pred", "spat out all the oral pred"
    rf"(?:spat|spit(?:s|ting)?)\s+(?:out\s+)?(?:(?:most|some|half|all|part|much)\s+(?:of\s+)?)?(?:(?:his|her|their|the|its)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_MEDS}|{_DRUG_STEM}|pred|dose|doses|syrup|suspension|medicine|liquid)\b|"
    rf"non-?\s?complian(?:t|ce)\s+(?:with\s+)?(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?{_MEDS}|"
    rf"not\s+taking\s+(?:(?:his|her|their|the)\s+)(?:\w+\s+)?{_MEDS}|"
    rf"not\s+taking\s+(?:oral|regular|prescribed)\s+{_MEDS}|"
    # session 52 (notes tester I): "Has not been taking her quetiapine for 2 weeks", "I have not been taking the
    # antidepressants for the last week", "not keen on taking the aspirin", "stopped his atorvastatin 2 weeks ago ... and
    # does not want to restart"
    rf"(?:not|n't|never)\s+been\s+taking\s+(?:(?:his|her|their|the|my|any)\s+)?(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM})|"
    rf"not\s+keen\s+on\s+(?:taking|having|using|restarting|starting)\s+(?:(?:his|her|their|the|my|any)\s+)?(?:[\w/-]+\s+)?"
    rf"(?:{_MEDS}|{_DRUG_STEM})|"
    rf"stopped\s+(?:taking\s+)?(?:(?:his|her|their|the|my|all)\s+)?(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM})\b[^.;]{{0,80}}?"
    rf"\b(?:does\s*n[o']?t|do\s*n[o']?t|won'?t|will\s+not|refuses\s+to)\s+(?:want\s+to\s+)?(?:restart|re-start|resume|start\s+again)\b|"
    rf"{_MEDS}\s+(?:were\s+|was\s+)?(?:found\s+)?hidden|hid(?:ing|es)?\s+(?:(?:his|her|their|the)\s+)?(?:{_MEDS}|{_DRUG_STEM})\b|"
    rf"pocket(?:s|ed|ing)\s+(?:(?:his|her|their|the)\s+)?{_MEDS}|"
    # session 41 (third notes tester): "Patient not willing to take tab. Clozapine"
    rf"(?:not|isn'?t|wasn'?t|is\s+not|was\s+not)\s+willing\s+to\s+take\s+(?:(?:his|her|their|the|any)\s+)?(?:\w+\s+)?(?:{_MEDS}|{_DRUG_STEM}|tab\.?|inj\.?)|"
    rf"did\s*n[o']?t\s+want\s+(?:(?:his|her|their|the)\s+)(?:[\w/]+\s+){{0,2}}"
    rf"(?:{_MEDS}|{_DRUG_STEM})|"
    # session 46 (US ambulatory tester): refusals said as intentions ("I decided not to take the metoprolol anymore",
    # "does not want to restart warfarin", "won't restart the insulin")
    rf"(?:i|pt|patient|he|she|they)\s+(?:has\s+|have\s+)?(?:decided|decides|chose|chooses)\s+not\s+to\s+(?:take|restart|start|continue|use)\s+(?:(?:his|her|their|the|my|any)\s+)?"
    rf"(?:[\w/]+\s+)?(?:{_MEDS}|{_DRUG_STEM})|"
    rf"(?:does\s*n[o']?t|do\s*n[o']?t|did\s*n[o']?t|won'?t|will\s+not|refuses\s+to|refused\s+to)\s+(?:want\s+to\s+)?"
    rf"(?:restart|re-start|resume|start|continue)\s+(?:(?:his|her|their|the|my|any)\s+)?(?:[\w/]+\s+)?(?:{_MEDS}|{_DRUG_STEM})|"
    # session 50 (notes tester Z): "Will not accept depot today"
    rf"(?:will\s+not|won'?t|would\s*n[o']?t|refuses\s+to|refused\s+to|not)\s+accept(?:ing)?\s+(?:(?:his|her|their|the|my|any|a|an)\s+)?"
    rf"(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM}|depot|injections?|jabs?)|"
    # session 50 (notes tester W): "I'm not going to take the statin anymore"
    rf"(?:i'?m|i\s+am|(?:he|she|pt|patient)\s+(?:is|says\s+(?:he|she)\s+is)|they'?re|they\s+are)\s+(?:not|never)\s+(?:going\s+to|gonna)\s+"
    rf"(?:take|restart|continue|use)\s+(?:(?:his|her|their|the|my|any|these|those)\s+)?(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM})|"
    # session 47 (fresh notes tester): 'Says he has "no intention" of taking the statin or the new bisoprolol'
    rf"no\s+intention['\"\u201d]?\s+of\s+(?:taking|starting|restarting|using|having)\s+(?:(?:his|her|their|the|my|any|these|those)\s+)?"
    rf"(?:[\w/-]+\s+){{0,2}}(?:{_MEDS}|{_DRUG_STEM}|injections?)|"
    # session 47 (lay-messages tester): "I don't want the blood thinning injections anymore", "she has stopped her statin and
    # bisoprolol herself"
    rf"(?:i|pt|patient|he|she|they)\s+(?:do\s*n[o']?t|does\s*n[o']?t|do\s+not|does\s+not)\s+want\s+(?:(?:his|her|their|the|my|any|these|those)\s+)?"
    rf"(?:[\w/-]+\s+){{0,2}}(?:{_MEDS}|{_DRUG_STEM}|injections?)\s+(?:any\s*more|now|again)|"
    # session 51 (notes tester: portal, ophthalmology): "i binned the sertraline, not taking it no more", "admits not instilling
    # drops, says they sting and won't use them"
    rf"(?:binned|threw\s+away|thrown\s+away|chucked(?:\s+out)?|flushed)\s+(?:(?:his|her|their|the|my|all|all\s+(?:his|her|my|the))\s+)?"
    rf"(?:[\w/-]+\s+)?(?:{_MEDS}|{_DRUG_STEM}|drops|creams?)|"
    rf"not\s+(?:instilling|using|applying|putting\s+in)\s+(?:(?:his|her|their|the|my)\s+)?(?:eye\s*)?(?:drops|inhalers?|creams?|patch(?:es)?)|"
    rf"(?:{_MEDS}|{_DRUG_STEM}|drops)\b[^.;]{{0,60}}?\b(?:not\s+taking|won'?t\s+(?:use|take|put\s+in)|will\s+not\s+(?:use|take))\s+(?:them|it)\b|"
    rf"stopped\s+(?:(?:his|her|their|the|my|all)\s+)?(?:[\w/-]+\s+){{0,3}}?(?:{_MEDS}|{_DRUG_STEM}|injections?)"
    rf"(?:\s+and\s+(?:[\w/-]+\s+){{0,2}}?(?:{_MEDS}|{_DRUG_STEM}|\w+))?\s+(?:herself|himself|themselves|myself|on\s+(?:his|her|their|my)\s+own))\b",
    re.IGNORECASE)
# session 40 (sixth notes tester): "declining anti-D injection", "declined flu vaccine", "refussed all evening
# meds" (the classifier missed the vaccine, the injection and the misspelling) - not a habit or a past refusal
# ("Not uncommon for her to refuse meds at home, but took all meds today", "Was refusing insulin on
# admission but now accepting all doses")
_REFUSED_MEDICINE = re.compile(
    r"\b(?:refus+\w*|declin\w*|stopped\s+taking)\s+(?:(?:his|her|their|the|all|any|a|an|today'?s|tonight'?s|evening|morning|night|regular)\s+)*"
    # session 54 (findings tester Y): a medicine after another object ("refusing further food and medication", "refusing
    # physiotherapy and his analgesia")
    r"(?:(?:[\w-]+\s+){1,2}?(?:and|or|&|plus)\s+(?:(?:his|her|their|the|all|any|regular|prescribed|oral|evening|morning|night)\s+)*)?"
    rf"(?:[\w-]+\s+)?(?:{_MEDS}|vaccin\w*|immuni[sz]ations?|jabs?|injections?|anti-?d)\b", re.IGNORECASE)
_HABIT_OR_PAST = re.compile(r"\b(?:was|were|had|used\s+to|uncommon|common|often|usually|sometimes|tends?\s+to|"
                            r"occasionally|previous\w*|prior|history|hx|h/o)\b", re.IGNORECASE)
_LATER_ACCEPTED = re.compile(r"\b(?:(?:on|at)\s+(?:last\s+)?admission|at\s+home|last\s+(?:admission|time|night|week)|yesterday|ago|"
                             r"(?:on|by|per)\s+(?:the\s+)?(?:gp|doctor|team|consultant|advice)|as\s+(?:advised|instructed|planned)|"
                             r"now\s+(?:accept\w*|happy|agree\w*|tak\w*|compliant|willing)|but\s+(?:took|taken|has\s+taken|"
                             r"now|later|then|subsequently|eventually|accepted|agreed))\b", re.IGNORECASE)
_SPIT_IT = re.compile(r"(?:spit(?:s|ting)?|spat)\s+(?:them|it)(?:\s+out)?", re.IGNORECASE)
_BEFORE_CLAUSE = re.compile(r"[,;.]")
_NOT_NOW = re.compile(
    r"\b(?:no|nil|denies|without|if|should|would|could|may|might|monitor(?:ing)?\s+for|risk|in\s+case|"
    r"unless|concerns?\s+(?:re|about)|previous(?:ly)?|prior|history|hx|h/o|last\s+admission|(?:19|20)\d\d)\b",
    re.IGNORECASE)


def non_adherence(sentence: str) -> str | None:
    """The first phrase of ``sentence`` that charts not taking a medicine now, as written; None."""
    if refusal_negated(sentence):
        return None  # "Meds omitted as NBM (not refused)"
    for match in _NON_ADHERENCE.finditer(sentence):
        if _SPIT_IT.fullmatch(match.group(0)) and _MEDICINE.search(sentence) is None:
            continue  # "spitting it out" with no medicine in the sentence
        if not _NOT_NOW.search(_clause_before(sentence, match.start())):
            return match.group(0).strip()
    for match in _REFUSED_MEDICINE.finditer(sentence):
        before = _clause_before(sentence, match.start())
        if not (_NOT_NOW.search(before) or _HABIT_OR_PAST.search(before) or _LATER_ACCEPTED.search(sentence, match.end())):
            return match.group(0).strip()
    return None


def _clause_before(sentence: str, at: int) -> str:
    """The text of ``sentence`` from its last clause break before ``at`` up to ``at``."""
    starts = [m.end() for m in _BEFORE_CLAUSE.finditer(sentence, 0, at)]
    return sentence[starts[-1] if starts else 0 : at]
