"""Forms of pharmacy and medicines-management records (session 23, from the held-out v76
measurement). (A dispensary's step initials, "Assembled: TQ  Prepared: GS", are in ``initials``.)

- Phones (PHONE): a pager number closing a signature after a comma ("..., Clinical Pharmacist,
  page 3664"); not "see page 12" (no comma before, a short number).
- ZIP: a postcode of four to six digits after "Postcode of residence:" (an adverse-reaction report).
- Names (NAME): a reporter form's patient initials after "identifier" ("Patient identifier (in
  confidence) B.S."); a lower-case signer after a dash before a credential or a training grade
  ("- t. schaefer, pharmd", "- t. olaniyan pgy-2 oto"), or a name before a comma and a role closing
  the line ("- achol, icu f/u cnc"; not a common word: "- stable, reg").
- Ages (AGE): an age over 89 written with the sex between commas ("jamal whitfield, 92m, mrn ...");
  the patient's age in brackets after an age criterion of a dose check ("age >=80 Y (91)").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.unknown import _common

__all__ = ["pharmacy_spans"]

_PAGE_AFTER_COMMA = compile_rx(r",[ \t]*(?i:page|pager|bleep)[ \t]*[:#]?[ \t]*(\d{4,5})(?![\d/:.,]\d|\d)")
_POSTCODE_OF_RESIDENCE = compile_rx(r"\b(?i:post[ \t]?code|zip[ \t]?code)[ \t]+of[ \t]+residence[ \t]*:?[ \t]*(\d{4,6})\b")
_IDENTIFIER_INITIALS = compile_rx(
    r"\b(?i:identifier)(?:[ \t]*\((?i:in[ \t]+confidence)\))?[ \t]*:?[ \t]*((?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z]\.[A-Z])"
    r"(?![\w])"
)
_LOWER_SIGNER = compile_rx(
    r"^[ \t]*-{1,2}[ \t]*([a-z]\.?[ \t]?[a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?)[ \t]*,?[ \t]*"
    r"(?i:pharmd|rph|cpht|bpharm|mpharm|pharmacist|pgy-?\d|md|np|pa-c|rn|dds|dmd|aud)\b",
    re.MULTILINE,
)
_LOWER_SIGNER_ROLE = compile_rx(  # "- achol, icu f/u cnc" closing a note: a name, a comma, a role
    r"^[ \t]*-{1,2}[ \t]*([a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?(?:[ \t][a-z])?),[ \t]*(?:[a-z/0-9-]+[ \t]+){0,3}"
    r"(?:cnc|cns|cnm|rn|np|nurse|physio|ot|slt|sw|msw|lcsw|lmsw|pharmacist|registrar|reg|fellow|resident"
    r"|consultant|paramedic|emt|emt-p|aemt|ecp|medic)[ \t]*$",
    re.MULTILINE,
)
_AGE_SEX_COMMAS = compile_rx(
    r"(?<=,[ \t])(9\d|1[01]\d)[ \t]?[mfMF](?=,)|(?<=[a-z][ \t])(9\d|1[01]\d)[mfMF](?=[ \t]+(?:mrn|dob|nhs|-)\b)"
)
_AGE_CRITERION = compile_rx(
    r"\b(?i:age)[ \t]*(?:>=|<=|[<>\u2265\u2264])[ \t]*\d{2}[ \t]*(?:y(?:ea)?rs?|Y)?[ \t]*(?:[YN][ \t]*)?\((9\d|1[01]\d)\)"
)


def pharmacy_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if "page" in low or "bleep" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGE_AFTER_COMMA.finditer(text))
    if "of residence" in low:
        out.extend((*m.span(1), "[ZIP]") for m in _POSTCODE_OF_RESIDENCE.finditer(text))
    if "identifier" in low:
        out.extend((*m.span(1), "[NAME]") for m in _IDENTIFIER_INITIALS.finditer(text))
    if "-" in text:
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_SIGNER.finditer(text))
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_SIGNER_ROLE.finditer(text)
                   if not any(_common(w) for w in m.group(1).split() if len(w) > 1))
    if ", " in text or " mrn" in text or " dob" in text:
        out.extend((*(m.span(1) if m.group(1) else m.span(2)), "[AGE]") for m in _AGE_SEX_COMMAS.finditer(text))
    if "age" in low and "(" in text:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_CRITERION.finditer(text))
    return out
