"""Veterans' and service-history forms (session 59, deid tester I: 240 military and veterans' notes).

- A month and year written as a military date code ("JAN08", "SEP07": DATE), and a month and four-figure year in lower
  case ("served aug 2004 to may 2006": DATE; capitalised ones are found by ``patterns``; "may" only after a date's word,
  not "may 2024 be the year");
- a base: "Fort Hood", "CFB Trenton", "Camp Pendleton", "RAAF Base Amberley", "Lavarack Barracks", "Colchester Garrison",
  "Kirtland AFB", and in lower case "fort riley", "kirtland afb" (ADDRESS, as a town); not "Camp Lejeune" naming its water-contamination exposure;
- a surname after a rank ("plt sgt fletcher", "SPC Graves", "TSgt Torres", "gysgt hays": NAME) when the word is a listed
  name or no English word and no clinical word;
- a service or file number after its label ("Service no T07 296 895", "last4: M5606", "C-file 12 345 678") and a
  Vietnam-era US Army service number ("RA 29 287 258"): ID.

Every pattern sits behind a substring test (speed); spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import FIRST_NAMES, SURNAMES, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, is_known_word

__all__ = ["service_record_spans"]

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC"
_DATE_CODE = compile_rx(rf"(?<![\w/-])((?:{_MONTHS})\d{{2}})(?![\w/-])")
_LOWER_MONTH_YEAR = compile_rx(
    r"(?<![\w/-])((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?:19[3-9]\d|20[0-3]\d))(?![\w/-])")
_DATE_WORD_BEFORE = compile_rx(r"\b(?:in|from|to|since|until|till|through|thru|of|and|or)[ \t]+\Z|[-\u2013][ \t]*\Z")  # "may 2024 be the year"
_BASE = compile_rx(
    r"\b((?:Fort|Ft\.?|Camp|CFB|CFS|RAF|RAAF|RNZAF|NAS|MCAS|JB|Joint[ \t]+Base)(?:[ \t]+Base)?[ \t]+[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2}"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?:Barracks|Garrison|AFB|Air[ \t]Force[ \t]Base|Naval[ \t]Station|Army[ \t]Airfield)"
    r"|[A-Z]{3,}[ \t]+(?:BARRACKS|GARRISON))\b(?![ \t]+(?i:water|contamination|exposure|act|presumptive|syndrome))")
# session 60: a base in lower case ("pt from fort riley", "kirtland afb", "raf lakenheath"); "ft" not after a figure ("6 ft tall")
_LOWER_BASE = compile_rx(
    r"(?<![\w.])((?:fort|(?<![\d.][ \t])ft\.?|cfb|raf|raaf|mcas)[ \t]+([a-z]{3,}))\b"
    r"|(?<![\w.])(([a-z]{3,})[ \t]+(?:afb|barracks|garrison))\b")
_RANKS = (r"gysgt|ssgt|sfc|msgt|1sgt|sgm|csm|cpl|lcpl|l/cpl|pfc|spc|sgt|ssg|tsgt|smsgt|cmsgt|plt[ \t]+sgt|pte|pvt|2lt|1lt|cpt|capt"
          r"|maj|lt[ \t]+col|brig|cwo|ltjg|lcdr|cdr|cpo|flt[ \t]+lt|sqn[ \t]+ldr|wg[ \t]+cdr|bdr|lbdr|cfn|gnr|spr|rfn|tpr|gdsm"
          r"|mne|wo1|wo2|sgt[ \t]+maj")
_RANK_NAME = compile_rx(rf"\b(?i:{_RANKS})\.?[ \t]+([A-Za-z][a-z'\u2019-]+|[A-Z][A-Z'\u2019-]+)\b")
_SERVICE_NUMBER = compile_rx(
    r"\b(?i:service[ \t]+(?:no\.?|number|#)|svc[ \t]+(?:no\.?|#)|regimental[ \t]+(?:no\.?|number)|army[ \t]+(?:no\.?|number)"
    r"|last[ \t]?4|last[ \t]+four|c-?file(?:[ \t]+(?:no\.?|number|#))?|(?:va|dva)[ \t]+file(?:[ \t]+(?:no\.?|number))?)"
    r"[ \t]*[:#]?[ \t]*([A-Za-z]{0,2}[ \t-]?\d(?:[\d \t-]{2,12}\d)?)(?![\w-])")
_ARMY_NUMBER = compile_rx(r"(?<![\w-])((?:RA|US|NG|ER)[ \t]\d{2}[ \t]\d{3}[ \t]\d{3})(?![\w-])")


def _name_word(word: str) -> bool:
    """After a rank: a listed name (an eponym too when capitalised: "SPC Graves", "CPT Addison") or no English word."""
    k = _key(word)
    if len(k) < 2:
        return False
    if word[:1].isupper() and (k in SURNAMES or k in FIRST_NAMES):
        return True
    if word.isupper() and len(word) <= 4:
        return False  # "w/ SPC. LEFS 28/80": a single-point cane, then a score's name
    return k not in _CLINICAL and (_is_name_loose(word.capitalize()) or not is_known_word(word))


def _base_word(word: str) -> bool:
    """A base's own name in lower case: a listed name, or no clinical and no common English word ("ft of stairs")."""
    k = _key(word)
    return k not in _CLINICAL and k not in _NOT_BASE and (k in SURNAMES or k in FIRST_NAMES or not is_known_word(word))


_NOT_BASE = frozenset(["the", "and", "for", "from", "with", "away", "tall", "high", "long", "wide", "deep", "apart", "off"])


def service_record_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[DATE]") for m in _DATE_CODE.finditer(text))
    if "19" in text or "20" in text:
        out.extend((*m.span(1), "[DATE]") for m in _LOWER_MONTH_YEAR.finditer(text) if m.group(1).islower() and (
            not m.group(1).startswith("may") or _DATE_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start())))
    out.extend((*m.span(1), "[ADDRESS]") for m in _BASE.finditer(text))
    if "fort" in low or "ft" in low or "afb" in low or "raf" in low or "barracks" in low or "garrison" in low or "mcas" in low:
        for m in _LOWER_BASE.finditer(text):
            whole, word = (1, 2) if m.group(1) else (3, 4)
            if m.group(whole).islower() and _base_word(m.group(word)):
                out.append((*m.span(whole), "[ADDRESS]"))
    out.extend((*m.span(1), "[NAME]") for m in _RANK_NAME.finditer(text) if _name_word(m.group(1)))
    if "no" in low or "last" in low or "file" in low or "number" in low:
        out.extend((*m.span(1), "[ID]") for m in _SERVICE_NUMBER.finditer(text) if sum(c.isdigit() for c in m.group(1)) >= 4)
    out.extend((*m.span(1), "[ID]") for m in _ARMY_NUMBER.finditer(text))
    return out
