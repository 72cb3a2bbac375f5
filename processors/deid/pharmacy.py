"""Forms of pharmacy and medicines-management records (session 23, from the held-out v76
measurement). (A dispensary's step initials, "Assembled: TQ  Prepared: GS", are in ``initials``.)

- Phones (PHONE): a pager number closing a signature after a comma ("..., Clinical Pharmacist,
  page 3664"); not "see page 12" (no comma before, a short number).
- ZIP: a postcode of four to six digits after "Postcode of residence:" (an adverse-reaction report).
- Names (NAME): a reporter form's patient initials after "identifier" ("Patient identifier (in
  confidence) B.S."). (Lower-case signers, "- t. schaefer, pharmd", are in ``lower_names``.)
- Ages (AGE): an age over 89 written with the sex between commas ("jamal whitfield, 92m, mrn ...");
  the patient's age in brackets after an age criterion of a dose check ("age >=80 Y (91)").
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["pharmacy_spans"]

_PAGE_AFTER_COMMA = compile_rx(r",[ \t]*(?i:page|pager|bleep)[ \t]*[:#]?[ \t]*(\d{4,5})(?![\d/:.,]\d|\d)")
_POSTCODE_OF_RESIDENCE = compile_rx(r"\b(?i:post[ \t]?code|zip[ \t]?code)[ \t]+of[ \t]+residence[ \t]*:?[ \t]*(\d{4,6})\b")
_IDENTIFIER_INITIALS = compile_rx(
    r"\b(?i:identifier)(?:[ \t]*\((?i:in[ \t]+confidence)\))?[ \t]*:?[ \t]*((?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z]\.[A-Z])"
    r"(?![\w])"
)
_AGE_SEX_COMMAS = compile_rx(
    r"(?<=,[ \t])(9\d|1[01]\d)[ \t]?[mfMF](?=,)|(?<=[a-z][ \t])(9\d|1[01]\d)[mfMF](?=[ \t]+(?:mrn|dob|nhs|-)\b)"
)
_AGE_CRITERION = compile_rx(
    r"\b(?i:age)[ \t]*(?:>=|<=|[<>\u2265\u2264])[ \t]*\d{2}[ \t]*(?:y(?:ea)?rs?|Y)?[ \t]*(?:[YN][ \t]*)?\((9\d|1[01]\d)\)"
)


def pharmacy_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if "page" in low or "bleep" in low:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGE_AFTER_COMMA.finditer(text))
    if "of residence" in low:
        out.extend((*m.span(1), "[ZIP]") for m in _POSTCODE_OF_RESIDENCE.finditer(text))
    if "identifier" in low:
        out.extend((*m.span(1), "[NAME]") for m in _IDENTIFIER_INITIALS.finditer(text))
    if ", " in text or " mrn" in text or " dob" in text:
        out.extend((*(m.span(1) if m.group(1) else m.span(2)), "[AGE]") for m in _AGE_SEX_COMMAS.finditer(text))
    if "age" in low and "(" in text:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_CRITERION.finditer(text))
    return out
