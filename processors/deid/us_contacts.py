"""Contact details in US admission forms (session 37, black-box tester of 120 US notes).

- Phones (PHONE): ten digits without separators after a line label ("home 7738450273 / cell
  ..."); a pager number before "(... pager)" ("Call 07577 (ID pager) with questions").
- Addresses (ADDRESS): a rural grid address ("N6543 County Road K", "W1234 State Hwy 29").
- Names (NAME): a numbered emergency-contact line, the name before its relation ("2. Will Story --
  friend --"), whatever the words are; a listed given name and an uncommon word alone in brackets
  ("left wrist (Bertram Gallowglass)", the ingest tester's bodySite text).

Session 46 (deid tester of 300 US notes of 12 other registers):

- A signature of an initial, a surname and a credential ("-- K. Bell DO", "Prescriber: E. Wells MD"), whatever the
  surname (Bell, Ward, Day, Wells are words).
- A person after a claims or insurance label, in any case and order ("Insured/Guarantor: BELL, HAZEL", "Employee:
  WARD, MELINDA", "Adjuster: Sunny Knight", "Reported to supervisor Hope Dean"), a word-name included.
- A police officer after the rank ("Trooper Smith", "Deputy Ruiz"); a specimen collector's initials ("Collector: RB").
- Not taken: an EMS unit ("Unit: Medic 14", "Ambulance 15") names the service's vehicle, not the patient's (the shipped
  corpora keep it; the tester marked it debatable).
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.names import FIRST_NAMES, _key
from processors.deid.unknown import _common

__all__ = ["us_contact_spans"]

_LABELLED_TEN = compile_rx(
    r"\b(?i:home|work|cell|mobile|daytime|evening|alt(?:ernate)?|landline|contact)[ \t]*(?:#|no\.?|number|phone|ph)?"
    r"[ \t]*[:#]?[ \t]*((?:\+?1)?[2-9]\d{2}[2-9]\d{6})\b(?![.,/]\d)")
_PAGER_BRACKET = compile_rx(r"\b(\d{4,6})[ \t]*\((?:[A-Za-z/&-]+[ \t]+){0,2}(?i:pager|beeper|bleep)\)")
_GRID_ADDRESS = compile_rx(
    r"\b([NSEW]\d{2,5}[ \t]+(?:County[ \t]+(?:Road|Rd|Highway|Hwy|Trunk)|State[ \t]+(?:Road|Rd|Route|Rte|Hwy|Highway)"
    r"|CR|SR|Hwy|Highway|Route|Rte)[ \t]+[A-Z0-9]{1,4})\b")
_RELATIONS = "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
_CONTACT_LINE = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+([A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){1,2})[ \t]+(?:--?|\u2013|\u2014)[ \t]+"
    rf"(?i:{_RELATIONS}|friend|neighbou?r|caregiver|carer|guardian|poa|hcpoa|proxy)\b", re.MULTILINE)


_BRACKETED_PAIR = compile_rx(r"\(([A-Z][a-z]{2,})[ \t]+([A-Z][a-z'-]{2,})\)")
_CREDENTIAL_SIGNATURE = compile_rx(
    r"(?:^|(?<=[:>-][ \t])|(?<=\n))[ \t]*([A-Z]\.[ \t]?[A-Z][a-z'\u2019-]+)[ \t]+(?:MD|DO|RN|NP|PA-C|PA|LCSW|LPN|CNM|DPM|DDS"
    r"|PharmD|RD|BCBA|EMT-P|APRN|FNP|FNP-C)\b", re.MULTILINE)
_CLAIMS_PERSON = compile_rx(
    r"\b(?i:insured(?:[ \t]*/[ \t]*guarantor)?|guarantor|subscriber|policy[ \t]?holder|employee|claimant|adjuster"
    r"|(?:reported|reports)[ \t]+to[ \t]+supervisor|supervisor)[ \t]*:?[ \t]+"
    r"([A-Z][A-Za-z'\u2019-]+(?:,[ \t]*|[ \t]+)[A-Z][A-Za-z'\u2019-]+(?:[ \t]+[A-Z]\b\.?)?)(?![ \t]*(?:&|and|Co\b|Inc\b|LLC\b))")
_OFFICER = compile_rx(r"\b(?:Trooper|Deputy|Officer|Ofc\.|Sgt\.?|Sergeant|Detective|Det\.|Cpl\.?|Corporal|Constable|Marshal)[ \t]+"
                      r"([A-Z][a-z'\u2019-]{2,})\b")
_COLLECTOR = compile_rx(r"\b(?i:collector|collected[ \t]+by|drawn[ \t]+by|phlebotomist)[ \t]*:?[ \t]*([A-Z]{2,3})\b(?![a-z])")
_NOT_CLAIMS = frozenset(["status", "health", "services", "relations", "assistance", "program", "unknown", "none", "self", "same"])


def us_contact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[PHONE]") for m in _LABELLED_TEN.finditer(text))
    if "(" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGER_BRACKET.finditer(text))
        out.extend((m.start(1), m.end(2), "[NAME]") for m in _BRACKETED_PAIR.finditer(text)
                   if _key(m.group(1)) in FIRST_NAMES and not _common(m.group(2)) and not clinical_spelling(m.group(2)))
    out.extend((*m.span(1), "[ADDRESS]") for m in _GRID_ADDRESS.finditer(text))
    if "-" in text or "\u2013" in text or "\u2014" in text:
        out.extend((*m.span(1), "[NAME]") for m in _CONTACT_LINE.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _CREDENTIAL_SIGNATURE.finditer(text))
    for m in _CLAIMS_PERSON.finditer(text):
        words = re.findall(r"[A-Za-z'\u2019-]+", m.group(1))
        if not any(w.lower() in _NOT_CLAIMS or clinical_spelling(w) for w in words):
            out.append((*m.span(1), "[NAME]"))
    out.extend((*m.span(1), "[NAME]") for m in _OFFICER.finditer(text) if not clinical_spelling(m.group(1)))
    out.extend((*m.span(1), "[NAME]") for m in _COLLECTOR.finditer(text))
    return out
