"""Session 40 (the hard-notes deid tester): a patient's name written by its form, with no label colon.

- "Patient Dale Sleep to start", "Patient Ivy Grant-Rose.", "Pt JORDAN LEE 28M": "Patient" / "Pt",
  a listed given name, then a surname in the same case ("Patient Controlled Analgesia" is no name:
  "Controlled" is no given name);
- "Murphy, Chase: RUQ pain", "DOE, CHARITY - 3 doses": a surname, a comma and a listed given name
  in the same case before a colon, a dash or a bracket, at a line start or after a dash;
- "| BROWN/JUNE |", "Grant/Faith (foster parents)": a surname and a listed given name joined by a
  slash, in a table cell or before a bracket;
- a lower-case name after a lower-case title ("pls review ms. hope's wound", "mrs patel's bloods") or
  before the person's relation in brackets ("spoke w/ mary (pt's wife)");
- a listed given name owning a relative ("with Faith's husband"), a caller naming herself ("Hi it's
  Sunny"), a lower-case sign-off after thanks closing the note ("thx fay").

The given name must be listed and the surname listed or no common word; the caller passes the spans
through the clinical-token guard.
"""

from __future__ import annotations

import re

from processors.deid.context import not_a_name
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.repeats import WORD_NAMES
from processors.deid.unknown import is_known_word

__all__ = ["initials_form_spans", "name_form_spans"]

_TITLE = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_PATIENT_GIVEN = compile_rx(
    rf"\b(?:Patient|Pt|PATIENT|PT)[ \t]+(?:({_TITLE})[ \t]+({_TITLE})|({_CAPS})[ \t]+({_CAPS}))\b(?![ \t]*:)"
)
_SURNAME_COMMA = compile_rx(
    rf"(?:^|(?<=[-\u2013|][ \t])|(?<=[-\u2013|]))[ \t]*(?:({_TITLE}),[ \t]+({_TITLE})|({_CAPS}),[ \t]+({_CAPS}))"
    r"(?=[ \t]*(?::|[-\u2013][ \t]|\())", re.MULTILINE)
_SLASH_PAIR = compile_rx(
    rf"(?:(?<=\|)|(?<=\|[ \t])|(?<=\|[ \t]{{2}}))(?:({_TITLE})/({_TITLE})|({_CAPS})/({_CAPS}))(?=[ \t]*\|)"
    rf"|\b({_TITLE})/({_TITLE})(?=[ \t]+\()"
)


# initials for a name after a patient label (sexual health clinics: "Patient: OM Clinic ID H-538783")
_LABEL_INITIALS = compile_rx(r"\b(?:Patient|Pt|Name|Client)[ \t]*:[ \t]*([A-Z]{2,3}|(?:[A-Z]\.){2,3})(?=[ \t,;(]|$)", re.MULTILINE)
_RELATION = (r"(?:husband|wife|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|carer|boyfriend|"
             r"girlfriend|fianc\u00e9e?|fiancee?|nephew|niece|grandson|granddaughter|grandmother|grandfather|aunt|uncle)")
# not a valve's regurgitation ("severe mr. tr moderate")
_LOWER_TITLE = compile_rx(r"(?<![\w.])(?<!mild\s)(?<!moderate\s)(?<!severe\s)(?<!mod\s)(?<!sev\s)(?<!trace\s)(?<!trivial\s)"
                          r"(?:mrs\.?|ms\.|mr\.|miss)[ \t]+([a-z][a-z'\u2019-]{2,20}?)(?=['\u2019]s\b|[^\w'\u2019-]|$)")
_LOWER_BEFORE_KIN = compile_rx(rf"\b([a-z][a-z'-]{{1,20}})[ \t]*\((?:pt'?s|patient'?s|his|her|their)[ \t]+{_RELATION}\)")
_OWNS_KIN = compile_rx(rf"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)['\u2019]s[ \t]+{_RELATION}\b", re.MULTILINE)
_SELF_NAMED = compile_rx(r"\b(?i:hi|hello|hey|hiya)[ \t,]+(?i:it'?s|it\u2019s|this\s+is)[ \t]+([A-Z][a-z]+)\b")
_THANKS_SIGNOFF = compile_rx(r"\b(?i:thx|thanks|thank\s+you|ta|cheers|regards)[ \t,.!]+([a-z]{2,12})[ \t.!]*\Z")
# session 41 (deid tester): a trial's initials on the case report form ("Initials on CRF: H-C"), a
# typist's lower-case initials after the signer's ("Signed HB / sa"), a name's own initials in brackets
# after it ("Midwife: Hessa Al Shehhi (HS)"), a quoted nickname in brackets after a capitals name
# ("MACARAEG, PRINCESS ("Jun-Jun")"), an attender named in brackets ("Attender (Bunty)"), and "Will"
# before a word no modal verb takes ("Will will need", "Will asked that")
_CRF_INITIALS = compile_rx(r"\bInitials(?:[ \t]+on[ \t]+(?:CRF|the[ \t]+CRF|form))?[ \t]*:[ \t]*([A-Z](?:[-.]?[A-Z]){1,2}\.?)(?![\w-])")
_FILLED_BY = compile_rx(r"\b(?:filled|packed|dispensed|checked|prepared)[ \t]+by[ \t]+((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?=[ \t,.;)]|$)",
                        re.MULTILINE)  # "Blister pack filled by M.W." (a pharmacy by name is no person: "filled by Boots")
_TYPIST = compile_rx(r"\bSigned[ \t]+[A-Z]{2,3}[ \t]*/[ \t]*([a-z]{2,3})\b(?![ \t]*[/\d])")
_NAME_INITIALS = compile_rx(
    r"\b([A-Z][a-z'\u2019-]+(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|al|el|de|da|van|bin|te)){1,3})[ \t]*\(([A-Z]{2,3})\)")
_QUOTED_NICKNAME = compile_rx(r"[A-Z]{2,},?[ \t]*\([ \t]*[\"\u201c']([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[\"\u201d'][ \t]*\)")
_ATTENDER = compile_rx(r"\b(?:[Aa]ttender|[Bb]ystander|[Cc]aregiver|[Ee]scort)[ \t]*\(([A-Z][a-z]{2,14})\)")
_WILL_NAME = compile_rx(r"\b(Will)[ \t]+(?:will|would|asked|said|has|had|is|was|lives|rang|called|says|wants|reports|reported"
                        r"|told|attended|declined|agreed|prefers)\b")
_NOT_SIGNOFF = frozenset(["all", "team", "everyone", "you", "again", "guys", "so", "very", "in", "for", "a", "lot",
                          "much", "heaps", "muchly", "x", "xx", "xxx", "dr", "doc", "nurse", "sister",
                          "bye", "byee", "love", "lots", "folks", "mate"])  # fmt: skip  # session 45: "thanks bye" (19 voicemails)


def _given(word: str) -> bool:
    return (_key(word) in FIRST_NAMES or _key(word) in WORD_NAMES) and not not_a_name([word])  # "JUNE" may be one here


def _surname(word: str) -> bool:
    return not not_a_name([word]) and all(_key(p) in SURNAMES or not is_known_word(p) for p in word.split("-"))


def _pairs(m: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the groups that took part (each pattern has one pair per case form)."""
    return [m.span(g) for g in range(1, (m.re.groups or 0) + 1) if m.group(g) is not None]


def name_form_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc (given name and surname as one span)."""
    out: list[tuple[int, int]] = []
    if "Pt" in text or "PT" in text or "atient" in text or "ATIENT" in text:
        for m in _PATIENT_GIVEN.finditer(text):
            (gs, ge), (ss, se) = _pairs(m)
            given = _given(text[gs:ge]) or (  # session 41: "Pt Will Mason." (a given name that is a word)
                _key(text[gs:ge]) in FIRST_NAMES and _key(text[ss:se]) in SURNAMES)
            if given and _surname(text[ss:se]):
                out.append((gs, se))
    if "," in text:
        for m in _SURNAME_COMMA.finditer(text):
            (ss, se), (gs, ge) = _pairs(m)
            if _given(text[gs:ge]) and _surname(text[ss:se]):
                out.append((ss, ge))
    if "/" in text:
        for m in _SLASH_PAIR.finditer(text):
            (ss, se), (gs, ge) = _pairs(m)
            if _given(text[gs:ge]) and _surname(text[ss:se]):
                out.append((ss, ge))
    if ":" in text:
        out.extend(m.span(1) for m in _LABEL_INITIALS.finditer(text)
                   if _key(m.group(1).replace(".", "")) not in CLINICAL_ABBREV and not not_a_name([m.group(1)]))
    low = text.lower()
    if "mr" in low or "ms." in low or "miss" in low:
        out.extend(m.span(1) for m in _LOWER_TITLE.finditer(text) if not not_a_name([m.group(1)]))
    if "(" in text:
        out.extend(m.span(1) for m in _LOWER_BEFORE_KIN.finditer(text) if not not_a_name([m.group(1)]))
    if "'" in text or "\u2019" in text:
        out.extend(m.span(1) for m in _OWNS_KIN.finditer(text) if _given(m.group(1)))
        out.extend(m.span(1) for m in _SELF_NAMED.finditer(text) if _given(m.group(1)))
    end = _THANKS_SIGNOFF.search(text, max(0, len(text) - 30))
    if end and end.group(1) not in _NOT_SIGNOFF:
        out.append(end.span(1))
    return out


def initials_form_spans(text: str) -> list[tuple[int, int]]:
    """The session-41 forms (see their patterns): initials, typists, nicknames, attenders, "Will".
    Each form is its own check (the clinical guard would cut "(HS)", an abbreviation for bedtime)."""
    out: list[tuple[int, int]] = []
    if "Initials" in text:
        out.extend(m.span(1) for m in _CRF_INITIALS.finditer(text))
    if "Signed" in text:
        out.extend(m.span(1) for m in _TYPIST.finditer(text))
    if " by " in text:
        out.extend(m.span(1) for m in _FILLED_BY.finditer(text)
                   if "." in m.group(1) or (_key(m.group(1)) not in CLINICAL_ABBREV and not not_a_name([m.group(1)])))
    if "(" in text:
        for m in _NAME_INITIALS.finditer(text):
            words = [w for w in m.group(1).split() if w[0].isupper()]
            letters = m.group(2)
            named = all(_key(w) in FIRST_NAMES or _key(w) in SURNAMES or not is_known_word(w)
                        for w in (words[0], words[-1]))  # not "Emergency Department (ED)"
            if named and len(words) >= 2 and letters in ("".join(w[0] for w in words), words[0][0] + words[-1][0]):
                out.extend((m.span(1), m.span(2)))
        out.extend(m.span(1) for m in _QUOTED_NICKNAME.finditer(text))
        out.extend(m.span(1) for m in _ATTENDER.finditer(text) if not not_a_name([m.group(1)]))
    if "Will" in text:
        out.extend(m.span(1) for m in _WILL_NAME.finditer(text))
    return out
