"""Reduced consciousness and its cause decide between `oversedation` and `altered_mental_status`
(session 41, the fifth-style notes tester).

DESIGN.md names both labels; the testers' gold agrees on the split: a patient too drowsy to rouse
after an opioid or a sedative is oversedation, not also an altered mental state ("pt unresponsive,
GCS 6 post 10mg IV morphine", "Unrousable to voice, RR 7 ... Naloxone 200mcg"; the classifier gave
both); a drowsy patient on no sedating drug is an altered mental state, not oversedation
("hypoactive delirium - drowsy, inattentive, not on opioids or sedatives", "more drowsy than
baseline - no opioids or sedation since yesterday").

- A sentence holding both findings whose sentence or neighbour names a sedating drug, a reversal or
  a sedation scale, and which says nothing of confusion (confused, disorientated, delirium, agitated,
  hallucinating ...), keeps oversedation only.
- A sentence holding oversedation that says (or whose neighbour says, session 46: "... GCS 9. Not on
  opioids.") the patient had no opioid or sedative gives its probability to the altered mental state instead.
- (session 43) A sentence holding oversedation beside a named non-drug cause (post-ictal, seizure,
  hypoglycaemia, head injury, stroke, encephalopathy, hypercapnia, uraemia) and no sedating drug, or a drug
  that treated that cause (session 46: "post-ictal after a seizure treated with buccal midazolam"), gives
  its probability to the altered mental state.
- (session 56) A sentence holding oversedation in a note that names no sedating drug, reversal or scale anywhere also
  holds the altered mental state (the medication rules still read oversedation with the drugs charted elsewhere).
- (second tester) A GCS of 12 or less charted now, with no sedating drug named in the sentence or
  beside it, is an altered mental state ("GCS 6 off sedation for 12h"); a drowsy line followed by a
  line whose sedation scale is acceptable ("Patient sleepy" / "easily rousable, POSS 2") is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from models.scales import PLANNED, asserted_now, sedation_reading

__all__ = ["NO_SEDATIVE", "SEDATING", "apply_sedation_cause"]

_OVERSEDATION = "oversedation"
_ALTERED = "altered_mental_status"
_CAP = 0.01
_FOUND = 0.5
_DRUGS = (r"morphine|oramorph|oxycodone|oxycontin|oxynorm|hydromorphone|dilaudid|fentanyl|codeine|tramadol|tapentadol"
          r"|methadone|buprenorphine|pethidine|diamorphine|opioid\w*|opiate\w*|pca|epidural|naloxone|narcan"
          r"|lorazepam|diazepam|midazolam|temazepam|clonazepam|zopiclone|zolpidem|benzo\w*|haloperidol|quetiapine"
          r"|olanzapine|promethazine|gabapentin|pregabalin|propofol|ketamine|over-?sedat\w*|sedating|sedatives?"
          # session 56 (notes tester K): "took an extra sleeping tablet and now we can barely wake her"
          r"|sleeping\s+(?:tablets?|pills?)|sleepers|nytol|mirtazapine|trazodone|clozapine|chloral|melatonin"
          # a lay name for an opioid ("drowsy since the new pain patch", "since the stronger painkillers")
          r"|pain\s+(?:relief\s+)?patch(?:es)?|painkillers?|pain\s+killers?|pain\s+(?:meds|medications?|tablets|relief)"
          # session 57 (notes tester G: hospice notes): a palliative syringe driver holds an opioid and midazolam
          r"|syringe\s+(?:driver|pump)|csci|t34|(?:in|the)\s+driver"
          # session 57 (notes tester P: psychiatric wards): rapid tranquillisation
          r"|zuclopenthixol|acuphase|clopixol|aripiprazole|chlorpromazine|rapid\s+tranq\w*|(?-i:RT)|im\s+lorazepam"
          # session 59 (notes tester H): Australian brands ("very hard to rouse after endone 5mg, RR 9")
          r"|endone|targin|palexia|kapanol|jurnista|norspan|butrans|durogesic|ordine|panadeine\s+forte"
          # session 59 (notes tester K): US brands ("hard to rouse after ativan 2mg x2, RR 8")
          r"|ativan|valium|xanax|klonopin|restoril|ambien|versed|haldol|seroquel|zyprexa|percocet|norco|vicodin|roxicodone|ultram"
          r"|neurontin|lyrica|phenergan|benadryl|diphenhydramine|hydroxyzine|alprazolam")
# the drugs alone, not a sedation scale: "RASS -2, no opioids or sedatives given" names no cause
_DRUG_ONLY = re.compile(rf"\b(?:{_DRUGS})\b", re.IGNORECASE)
_CAUSE = re.compile(rf"\b(?:{_DRUGS}|poss|rass)\b", re.IGNORECASE)
_SEDATION_WORD = re.compile(r"\b(?:sedat\w*|sedation)\b", re.IGNORECASE)  # "very sedated", "Sedation 3 (hard to rouse)"
SEDATING = _CAUSE  # a sedating drug, a reversal or a sedation scale named (charted.py reads a reduced GCS beside none)
NO_SEDATIVE = re.compile(
    r"\b(?:not\s+on|no|nil|without|never\s+had|hasn'?t\s+had|not\s+had)\s+(?:any\s+|regular\s+|prn\s+)?"
    r"(?:opioids?|opiates?|sedatives?|sedating\s+(?:meds|medications?|drugs?)|sedation|benzos?|benzodiazepines?)"
    r"(?:\s+or\s+(?:opioids?|sedatives?|sedation|sedating\s+\w+))?(?:\s+given|\s+since\s+\w+)?"
    rf"(?!\s+{PLANNED})",  # session 55: "despite no sedation intended" (a finding)
    re.IGNORECASE)
_CONFUSION_WORDS = (r"confus\w*|disorient\w*|deliri\w*|agitat\w*|muddl\w*|halluc\w*|talking\s+nonsense|not\s+orient(?:at)?ed"
                    r"|inattent\w*|4at|cam(?:-icu)?\s+pos\w*|wander\w*|combative|aggressi\w*")
# session 44 (notes tester): "Heavily sedated after 2 mg lorazepam given for agitation overnight" - the drug's
# reason ("for agitation") is no confusion now
_CONFUSION = re.compile(rf"(?<!\bfor\s)\b(?:{_CONFUSION_WORDS})\b", re.IGNORECASE)


_STRONG = re.compile(r"\b(?:over-?sedat\w*|(?:difficult|hard)\s+to\s+(?:wake|rouse|arouse)|unrous\w*|unresponsive|naloxone|narcan)\b",
                     re.IGNORECASE)
_TOXIDROME = re.compile(r"\bpinpoint\s+pupils?\b|\bpupils?\s+pinpoint\b|\bmiosis\b|\brr\s*(?:of\s*)?[4-9]\b", re.IGNORECASE)
# session 43: drowsiness with a named non-drug cause is an altered mental state ("Post-ictal, drowsy
# following witnessed tonic-clonic seizure, GCS 12"; the classifier gave oversedation too)
_OTHER_CAUSE = re.compile(
    r"\b(?:post[- ]?ictal\w*|seizures?|tonic[- ]clonic|convuls\w*|status\s+epilepticus|hypoglyc\w*|head\s+injury"
    r"|stroke|cva|intracranial|encephalopath\w*|hypercapni\w*|uraemi\w*|uremi\w*"
    r"|cardiac\s+arrest|arrest(?:ed)?|rosc|hypoxic\s+brain"
    r"|d50w?|glucagon"
    # session 58 (notes tester N): a low sugar treated ("found drowsy, only responding to voice (v on acvpu), bm 2.1; given glucogel")
    r"|glucogel|glucose\s+gel|hypostop|dextrose|(?:bm|cbg|bg|bgl|bsl|glucose|sugar)\s*(?:of\s*|was\s*|is\s*|[:=]\s*)?[0-3](?:\.\d)?(?![.\d])"
    r"|delirium|delirious|sepsis|septic|uti|urosepsis"
    # session 48 (notes tester): "baby sleepy and hard to wake, floppy, poor feeding, temp 38.5" (a fever, no drug)
    r"|(?:retain\w*|retention\s+of)\s+co2|co2\s+retain\w*|co2\s+retention|type\s+(?:2|ii)\s+resp\w*\s+failure"
    r"|intoxicat\w*|alcohol|etoh|drunk|inebriat\w*"  # session 57 (notes tester P): "returned from leave heavily intoxicated, GCS 13"
    # session 59 (notes tester G): "DKA: ... drowsy GCS 13", "drowsy, Na 118"
    r"|dka|ketoacidosis|hhs|hyperosmolar|hyponatra?emi\w*|hypercalca?emi\w*|(?:na|sodium)\s*(?:of\s*|[:=]\s*)?1[01]\d"
    r"|haemodialysis|hemodialysis|dialysis|febrile|pyrexi\w*|fevers?|temp(?:erature)?\s*(?:of\s*|is\s*|was\s*|[:=]\s*)?(?:3[89]|4[01])(?:\.\d)?)\b", re.IGNORECASE)  # session 45: after an arrest; 46: "woke up after 1 amp D50" (a hypo)
# session 47 (notes tester): "more drowsy & muddled past 2 days per husband ... ?delirium" with no drug named
# session 46 (notes tester): "post-ictal after prolonged seizure treated with buccal midazolam x2": the drug treated
# the named cause, which is what the note blames
# session 60 (notes tester F: stroke units): the drug for the seizure that stopped the breathing is the cause ("Difficult to rouse
# following buccal midazolam 10 mg + IV lorazepam 4 mg for seizure, RR 8, sats 89% - airway adjuncts")
_DEPRESSED_BREATHING = re.compile(r"\b(?:rr|resp(?:iratory)?\s+rate|resps)\s*(?:of\s*|[:=]\s*)?[0-9]\b(?![./]\d)|\brespiratory\s+depression\b"
                                  r"|\bflumazenil\b|\bnaloxone\b|\bairway\s+adjuncts?\b", re.IGNORECASE)
_DRUG_FOR_CAUSE = re.compile(r"\b(?:treated|terminated|aborted|controlled)\s+with\b|\bfor\s+(?:the\s+)?(?:seizures?|fits?|convuls\w*|status)\b",
                             re.IGNORECASE)
# session 46 (MIMIC-style tester): a reversal given for an opioid's respiratory depression is oversedation
_REVERSED = re.compile(r"\b(?:narcan|naloxone)\b(?![^.;]*\bx\s*0\b)[^.;]{0,24}?(?:\bx\s*[1-9]|\bgiven\b|\badministered\b|\bpushed\b|\brequired\b)|"
                       r"\b(?:given|required|needed|administered)\s+(?:\d+\s*(?:mcg|mg|micrograms?)\s+)?(?:of\s+)?(?:iv\s+)?(?:narcan|naloxone)\b",
                       re.IGNORECASE)
_OPIOID_DEPRESSION = re.compile(r"\b(?:resp(?:iratory)?\s+depression|opioid\w*|opiate\w*|rr\s*(?:of\s*)?[3-9]\b|pinpoint|"
                                r"morphine|dilaudid|hydromorphone|fentanyl|oxycodone|pca)\b", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"\b(?:no|not|nil|without|never)\b", re.IGNORECASE)
_LOW_GCS = re.compile(r"\bgcs\s*(?:of\s*|is\s*|was\s*|now\s*|[:=]\s*)?([3-9]|1[0-2])(?:\s*/\s*15)?\b(?!\s*/\s*\d(?!5))",
                      re.IGNORECASE)


def apply_sedation_cause(sentences: Sequence[str], probs: np.ndarray, labels: Sequence[str]) -> None:
    """Move, in place, the reduced-consciousness findings of ``probs`` (one row per sentence) to the
    label their cause names (see the module)."""
    if _OVERSEDATION not in labels or _ALTERED not in labels:
        return
    sed, ams = list(labels).index(_OVERSEDATION), list(labels).index(_ALTERED)
    drug_named = any(_CAUSE.search(sentence) for sentence in sentences)
    for row, sentence in enumerate(sentences):
        if probs[row, sed] < _FOUND and (rev := _REVERSED.search(sentence)) and _OPIOID_DEPRESSION.search(sentence) and not (
                _NOT_GIVEN.search(sentence, max(0, rev.start() - 12), rev.start())):
            probs[row, sed] = 1.0  # session 46: "Resp depression 2/2 opioids - RR 6, sats 84%, narcan x2."
            continue
        near = " ".join(sentences[max(0, row - 1) : row + 2])
        if probs[row, sed] < _FOUND and probs[row, ams] >= _FOUND and _TOXIDROME.search(sentence) and (
                not _CONFUSION.search(sentence) and _CAUSE.search(near) and (probs[:, sed] >= _FOUND).any()):
            probs[row, ams] = _CAP  # "On arrival GCS 9, RR 8, pinpoint pupils." beside "Naloxone 400mcg IV given"
            continue
        if probs[row, sed] < _FOUND:
            gcs = _LOW_GCS.search(sentence)
            if gcs is not None and asserted_now(sentence, gcs.start()) and not _CAUSE.search(NO_SEDATIVE.sub(" ", near)):
                probs[row, ams] = 1.0  # "GCS 6 off sedation for 12h, not following commands"
            continue
        if sedation_reading(sentence) is None and row + 1 < len(sentences) and not _STRONG.search(sentence) and (
                (after := sedation_reading(sentences[row + 1])) is not None and not after[0]):
            probs[row, sed] = _CAP  # "Patient sleepy\neasily rousable, POSS 2": the scale on the next line decides
            continue
        if (NO_SEDATIVE.search(near) and not _DRUG_ONLY.search(NO_SEDATIVE.sub(" ", near))) or (
                _OTHER_CAUSE.search(near) and (not _CAUSE.search(near) or (
                    _DRUG_FOR_CAUSE.search(sentence) and not _DEPRESSED_BREATHING.search(sentence)))):
            probs[row, ams] = max(probs[row, ams], probs[row, sed])
            probs[row, sed] = _CAP
            continue
        if not drug_named and probs[row, ams] < _FOUND and sedation_reading(sentence) is None and not _SEDATION_WORD.search(sentence):
            # session 56 (notes testers O, P): drowsy and hard to rouse in a note naming no sedating drug ("floppy and hard to
            # wake since this afternoon", "acutely drowsy, a marked change from baseline") is an altered mental state too;
            # oversedation stays for the medication rules, which know the drugs the note does not name
            probs[row, ams] = probs[row, sed]
            continue
        if probs[row, ams] >= _FOUND and _CONFUSION.search(sentence) and not _CAUSE.search(near) and (
                sedation_reading(sentence) is None):
            probs[row, sed] = _CAP  # session 47 (notes tester): "more drowsy & muddled past 2 days", no drug named
            continue
        if probs[row, ams] <= _CAP or _CONFUSION.search(sentence):
            continue
        if _CAUSE.search(near) and not NO_SEDATIVE.search(near):
            probs[row, ams] = _CAP
