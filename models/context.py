"""Sentences about the past or about relatives, which are no finding for today (ConText-style).

The classifier reads one sentence at a time and is negation-aware, but it learnt past and family
history from templates ("hx of", "previous ... in 2019") and missed what ward notes write
(session 28 black-box tester): "PMH: GI bleed 2015, hypertension." and "Mother had bleeding
disorder (von Willebrand)." each raised a high `note.bleeding_anticoagulant`. Following ConText
(Harkema et al., J Biomed Inform 2009), a lexical pass marks such sentences before the model:

- a sentence that opens with a past- or family-history trigger ("PMH:", "h/o", "history of",
  "Hx COPD", "FHx", "family history") or an allergy list ("Allergies: ...") is history;
- a sentence that opens with a relative who has, had or died of something ("Mother had ...",
  "His brother has haemophilia") is family history, unless it comes back to the patient
  ("... he", "patient", "pt"): "Daughter has found him on the floor" is the patient's fall;
- a history heading on its own ("PMH:", "Family history:") makes every following sentence history
  until a blank line or the next heading ("Plan:", "O/E:");
- a termination term keeps the sentence (and ends a heading's scope): something happening now
  ("now", "today", "overnight", "this admission", "fresh", "again", "since", "presenting") or a
  duration, which makes it the presenting complaint ("hx of 2/7 chest pain", "for 3 weeks").

Only sentences that *open* this way are marked: a mid-sentence "h/o" ("Fresh melaena, h/o GI
bleed") is left to the model, since leaving a current finding out is worse than a false alert.
Marked sentences are never scored; nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.sentences import split_sentences

__all__ = ["current_sentences", "history_mask"]

_HISTORY_OPENER = re.compile(
    r"^\W*(?:p\.?m\.?h\.?x?|p\.?h\.?x|p\.?s\.?h|past\s+(?:medical\s+|surgical\s+)?hx|"
    r"past\s+(?:medical\s+|surgical\s+)?history|h/o|(?:hx|history)\s+of(?!\s+(?:the\s+)?"
    r"(?:presenting|present|current|pc|hpc)\b)|hx(?!\s*[:\-]|\s+of\b)|f\.?h\.?x?|f/h|"
    r"(?:family|fam\.?)\s+(?:medical\s+)?(?:history|hx)|"
    # a documented allergy list is not a reaction today ("Allergies: penicillin - rash as a child")
    r"allerg(?:y|ies)(?=\s*[:\-]))\b",
    re.IGNORECASE,
)
_RELATIVE = (r"(?:mother|father|mum|mom|dad|sister|brother|son|daughter|grand(?:mother|father|ma|pa)"
             r"|aunt|uncle|cousin|siblings?|parents?|twin|niece|nephew|wife|husband|partner|spouse)")
_FAMILY_OPENER = re.compile(
    rf"^\W*(?:(?:his|her|their|pt'?s|patient'?s|the\s+patient'?s)\s+)?{_RELATIVE}\s+"
    r"(?:had|has|have|with|died|suffered|suffers|(?:was\s+|is\s+)?diagnosed|history|hx)\b"
    # a relative who saw something happen to the patient reports it: "Sister has noticed bruising"
    r"(?!\s+(?:noticed|seen|found|reported|said|told|called|observed|witnessed|brought|been|heard))",
    re.IGNORECASE,
)
_BACK_TO_PATIENT = re.compile(r"\b(?:he|she|him|pt|patient|pts)\b", re.IGNORECASE)
_HEADING_ONLY = re.compile(r"^\W*[A-Za-z][A-Za-z /&()-]{0,40}[:\-]\s*$")
_HEADING = re.compile(r"^\W*[A-Za-z][A-Za-z /&()]{0,40}:")
_TERMINATION = re.compile(
    r"\b(?:now|today|tonight|currently|current|presenting|presented|presents|admitted|"
    r"(?:this|on)\s+admission|"
    r"overnight|yesterday|new|newly|fresh|acute|acutely|ongoing|active|again|recurred|"
    r"re-?bleed(?:ing)?|since|this\s+(?:morning|afternoon|evening|shift|am|pm)|last\s+night|"
    r"on\s+the\s+ward|"
    # a duration is the presenting complaint ("hx of 2/7 chest pain", "h/o SOB for 3 weeks")
    r"\d+\s*/\s*(?:7|24|52)|hours?|hrs?|days?|"
    r"(?:for|of|x)\s*(?:\d+|a|one|two|three|four|few|several)\s*(?:weeks?|wks?))\b",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_BULLET = re.compile(r"^(?:[-*\u2022\u2023\u25e6>+]|\d{1,2}[.)])\s")


def _opens_history(sentence: str) -> bool:
    if _HISTORY_OPENER.match(sentence):
        return True
    family = _FAMILY_OPENER.match(sentence)
    return family is not None and not _BACK_TO_PATIENT.search(sentence, family.end())


def _gaps(text: str, sentences: Sequence[str]) -> list[str]:
    """The original text between each sentence and the one before it ("" where not found)."""
    gaps: list[str] = []
    at = 0
    for sentence in sentences:
        head = sentence[:24]
        found = text.find(head, at)
        if found < 0:
            gaps.append("")
            continue
        gaps.append(text[at:found])
        at = found + len(head)
    return gaps


def history_mask(text: str, sentences: Sequence[str]) -> list[bool]:
    """True for each sentence of ``text`` (as `split_sentences` gave them) that is past or family
    history, per the module's rules. A heading on its own opens a block (to a blank line or the
    next heading); an inline one ("PMH: AF, GI bleed 2015") carries on to the bullet lines under
    it ("- DVT 2018")."""
    mask: list[bool] = []
    section: str | None = None  # "block" | "list" | None
    for sentence, gap in zip(sentences, _gaps(text, sentences), strict=True):
        if _BLANK_LINE.search(gap):
            section = None
        now = _TERMINATION.search(sentence) is not None
        opener = _HISTORY_OPENER.match(sentence)
        if _HEADING_ONLY.match(sentence):
            section = "block" if opener else None
            mask.append(opener is not None)
            continue
        if section == "list" and not ("\n" in gap and _BULLET.match(sentence)):
            section = None
        if section is not None and (now or _HEADING.match(sentence)):
            section = None
        past = not now and (section is not None or _opens_history(sentence))
        if past and opener is not None and sentence[opener.end():].lstrip().startswith((":", "-")):
            section = "list"
        mask.append(past)
    return mask


def current_sentences(text: str) -> list[str]:
    """The sentences of ``text`` the model scores: all but past and family history."""
    sentences = split_sentences(text)
    if not sentences:
        return sentences
    return [s for s, past in zip(sentences, history_mask(text, sentences), strict=True) if not past]
