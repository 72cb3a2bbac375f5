"""Identifier and location forms written without their usual punctuation or label (session 33
black-box tester).

- a US Social Security number with blanks for its hyphens and no "SSN" label ("Her number is
  123 45 6789"): three, two and four digits, the area neither 000 nor 666 (9xx is a taxpayer
  number, an identifier too), standing alone (no digit, decimal point or slash next to it);
- a UK National Insurance number with blanks ("NI number QQ 12 34 56 C": two capitals, three
  pairs of digits, a suffix A-D; HMRC's own example prefix QQ is matched too);
- GPS coordinates ("Lat/long 42.3601, -71.0589", "Lat 42.3601 Long -71.0589", "51.5072 N,
  0.1276 W"): a latitude and a longitude in range, either labelled (lat / long / GPS /
  coordinates / location within a few words) with two decimals or more, or unlabelled with four
  decimals or more on both. A location smaller than a state is an identifier (HIPAA Safe Harbor);
- an e-mail address spelt out ("john dot smith at gmail dot com");
- bank details: an IBAN in groups of four ("GB82 WEST 1234 5698 7654 32") and a UK sort code
  after its label ("sort code 12-34-56");
- a Skype name ("live:zebq"), a user name with a digit or dot after "user" ("portal, user
  npruitt73"), a phone extension after "at" / "call" ("message left at x4587");
- a nurse's sign-off line in lower case ("k. o'brien rn", "j. sampson, rn", "p. okafor, wound
  care rn", "t.w. rn");
- a number of four or more slash-separated groups with ten digits or more (session 44 deid tester: an Indian
  insurance policy "PMJAY P/527598/01/2023/680944" lost only its "01/2023"): no date has four groups;
- a street named without its number after "on", "at", "off", "near" ("daycare on Cabot Street",
  "CVS on Highland Ave"), and a numbered street in lower case ("mail at 42 bellevue ave").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV
from processors.deid.unknown import _common as _common_word

__all__ = ["loose_id_spans"]

_SSN_SPACED = compile_rx(r"(?<![\d.,/:-])\b(?!000|666)\d{3}[ \t]\d{2}[ \t]\d{4}\b(?![.,/:-]?\d)")
_NINO_SPACED = compile_rx(
    r"\b[A-Z]{2}[ \t]\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"
)
_DEG = r"(?:[ \t]*\u00b0)?(?:[ \t]*[NSEW]\b)?"
_PAIR = compile_rx(
    rf"(?<![\d.])(-?\d{{1,2}}\.(\d{{2,}})){_DEG}[ \t]*[,;/]?[ \t]*"
    rf"(?:(?i:long(?:itude)?|lng|lon)\.?[ \t]*:?[ \t]*)?(-?\d{{1,3}}\.(\d{{2,}})){_DEG}(?!\d|\.\d)"
)
_LABEL = compile_rx(r"(?i:\b(?:lat(?:itude)?|long(?:itude)?|lat/long|lat/lon|gps|co-?ordinates|coords?|geo|location"
                    r"|position|pin)\b)[^\n]{0,24}\Z")


_SPELT_EMAIL = compile_rx(
    r"(?i:\b[a-z0-9_]+(?:[ \t]+(?:dot|\.)[ \t]+[a-z0-9_]+)*[ \t]+(?:at|\(at\)|\[at\])[ \t]+[a-z0-9-]+"
    r"(?:[ \t]+(?:dot|\(dot\)|\[dot\])[ \t]+[a-z0-9-]+)+)"
)
_SPELT_TLD = compile_rx(r"(?i:(?:dot|\(dot\)|\[dot\])[ \t]+(?:com|org|net|edu|gov|co|uk|nhs|io|info|me|us|ca|au|nz|ie|de|fr)\b)")
_IBAN = compile_rx(r"\b[A-Z]{2}\d{2}(?:[ \t]?[A-Z0-9]{4}){3,7}(?:[ \t]?[A-Z0-9]{1,3})?\b")
_SORT_CODE = compile_rx(r"(?i:\bsort[ \t]*code)[ \t]*:?[ \t]*(\d{2}[- ]\d{2}[- ]\d{2})\b")
_SKYPE = compile_rx(r"\blive:[A-Za-z0-9._-]{2,}")
_USER = compile_rx(r"\b(?i:user(?:[ \t]?name)?|login|user[ \t]?id|handle)[ \t]*[:=#]?[ \t]*([A-Za-z][A-Za-z0-9._-]*[0-9._][A-Za-z0-9_-]*)"
                   r"(?<![.])\b")
_EXTENSION = compile_rx(r"\b(?i:at|on|call|ring|page|phone|tel|via)[ \t]+(x[ \t]?\d{3,5})\b(?![.,/:]\d)")
_COMMON_STREET_TYPES = r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Terrace|Crescent|Close|Parkway|Highway|Hwy)"
_NAMED_STREET = compile_rx(
    rf"(?:\b(?i:on|at|off|near|along|outside|corner[ \t]+of|cnr\.?|location[ \t]*:|loc[ \t]*:|scene[ \t]*:)|\()[ \t]*"
    rf"((?:[A-Z][a-z]+[ \t]+){{1,3}}{_COMMON_STREET_TYPES})\b(?![ \t]*\d)"  # session 37: "Location: Old Pacific Highway", "(Grey Street entrance)"
)
_SIGN_OFF = compile_rx(
    r"^[ \t]*-?[ \t]*([a-z]\.(?:[ \t]?[a-z]\.)?(?:[ \t]*[a-z][a-z'-]{1,24})?)[ \t]*,?[ \t]*(?:[a-z]+[ \t]+){0,2}"
    r"(?:rn|lpn|cna|np|rrt|slp|lcsw|msw|pharmd|rd|bsn|crnp)\.?[ \t]*$",
    re.MULTILINE,
)
_DOSE_WORDS = frozenset(("units", "tabs", "tablets", "puffs", "drops", "times", "days", "weeks", "hours", "mins",
                         "minutes", "hrs", "doses", "sachets", "capsules", "caps", "patches"))
_LOWER_STREET = compile_rx(  # session 37: not after a clock time's colon ("Arrived 18:40 from court")
    r"(?<![:.])\b(\d{1,5}[ \t]+(?!(?:from|to|at|in|on|into|via|for|the|and|with)\b)[a-z]{3,}(?:[ \t]+[a-z]{3,})?[ \t]+(?:street|road|rd|avenue|ave|lane|ln|boulevard|blvd|court|ct"
    r"|place|terrace|crescent|close|drive))\b"
)


# session 44 (second deid tester): a Nordic personal number ("640312-5346", "19730916-6352"), a Singapore postcode
_NORDIC_ID = compile_rx(r"(?<![\w/.-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}(?![\w/-])")
_SINGAPORE_POSTCODE = compile_rx(r"\b(?i:singapore)[ \t]+(\d{6})\b")  # session 49: "SINGAPORE 527063", "singapore 173055"
# session 49 (deid tester O: 14 ambulance incident numbers): "INCIDENT INC2023-156709", "incident cad2024-811415",
# "Incident 2023-632071"; a health number after its label ("BC PHN - 9646 533 170", "Hosp. No: PoSGH 536647"); a Singapore
# unit number ("#05-101")
_INCIDENT = compile_rx(r"\b(?i:incident|inc|cad|mission)[ \t]*(?:no\.?|#|number)?[ \t]*[:#]?[ \t]*"
                       r"((?i:[a-z]{2,4})?\d{4}-\d{3,7})\b|\b((?i:inc|cad)\d{4}-\d{3,7})\b")
_LABELLED_HEALTH_NO = compile_rx(r"\b(?i:phn|hosp(?:ital)?\.?[ \t]*no\.?|mrd[ \t]*no\.?)[ \t]*[-:#]?[ \t]*"
                                 r"((?:[A-Za-z]{2,6}[ \t]?)?\d{5,8}|\d{4}[ \t]\d{3}[ \t]\d{3})\b")
# session 49 (deid tester U: 31 European phone numbers): a German mobile or area code and number ("0176 59128528", "0341
# 3978893"), a French number in pairs ("05.58.21.91.18"), a Swedish one ("08-461 670 21", "070-123 45 67")
_EURO_PHONE = compile_rx(r"(?<![\w.+/-])(?:0\d{2,4}[ /-]\d{6,9}|0\d(?:[ .]\d{2}){4}|0\d{1,3}-\d{2,3}(?:[ ]\d{2,3}){1,3})(?![\w.,/-]\d|[\w/])")
# session 49 (deid tester U: 23 record and insurance numbers after a local label): "nosologico: 2043/588502", "N° SÉCU: 1 65 48
# 03 526 289 88", "NUSS 22/15990263/88", "NHC 713331", "insurance no. k532563279", "versichertennr. b313920343", "cipa
# a674595188", "social security no. 1513059661475 74", "UR NO. 314-262", "DOSSIER NO. 67/22302", "ID PAZIENTE 154317", "ID
# CARD: JDP 835231"
_LOCAL_ID = compile_rx(
    r"\b(?i:nosologico|n[\u00b0\u00bao]\.?[ \t]*s[e\u00e9]cu(?:rit[e\u00e9][ \t]+sociale)?|s[e\u00e9]cu|nuss|naf|nhc|sip|cipa|tis"
    r"|insurance[ \t]+(?:no|number|id)\.?|versichertenn(?:r|ummer)\.?|versicherungsn(?:r|ummer)\.?|kvnr|social[ \t]+security[ \t]+no\.?"
    r"|ur[ \t]+no\.?|urn|dossier[ \t]+no\.?|dossier|id[ \t]+paziente|id[ \t]+card|identity[ \t]+card|tessera[ \t]+sanitaria"
    r"|codice[ \t]+fiscale|c\.f\.|pesel|personnummer|bsn|nir|dni|nie|teudat[ \t]+zehut)"
    r"[ \t]*[:#]?[ \t]*([A-Za-z]{0,4}[ \t]?\d(?:[ /.-]?\d){3,24}|[A-Za-z]{1,4}\d{5,12}|\d{5,12}[A-Za-z]{1,2})(?=[ \t]*(?:$|[,;|)\n]|[ \t]{2}))",
    re.MULTILINE)
_SG_UNIT = compile_rx(r"(?<![\w#-])#\d{1,2}-\d{2,4}[a-z]?\b")
_SLASHED_ID = compile_rx(r"(?<![\w/.-])(?:[A-Za-z]{1,5}/)?[A-Za-z]{0,4}\d[A-Za-z0-9]*(?:/[A-Za-z0-9]{1,12}){3,}(?![\w/])")


# session 48 (deid tester: 8 of its 10 missed record numbers): a hospital's three-letter prefix and a six- or seven-digit
# number in two groups ("RXH 922 229", "rxh 637 327"): the prefix no clinical abbreviation ("BP 120 080" is none)
_PREFIXED_NUMBER = compile_rx(r"(?<![\w/.-])([A-Za-z]{3})[ \t]+(\d{3}[ \t]\d{3,4})(?![\w/.-]|[ \t]\d)")


# session 54 (deid tester V): a hospital's letters before slash-separated figures ("AIIMS/8774/58112", "UCH/572029"): five
# digits or more in all, no unit or ratio (PaO2/FiO2 has a letter after its slash)
_HOSPITAL_SLASH_NO = compile_rx(r"(?<![\w/.-])[A-Z]{2,6}(?:/\d{2,8}){1,3}(?![\w/.-]|[.,]\d)")


_NOT_PREFIXES = frozenset(["sbp", "dbp", "map", "hrs", "bpm", "and", "the", "was", "now", "are", "for", "per", "day", "kgs", "mls",
                           "mgs", "mcg", "min", "sec", "cms", "lbs", "ozs", "yrs", "wks", "obs", "bms", "cbg", "bgs", "hbs", "wbc"])


# session 54 (deid tester Z, US notes): the last digits of a payment card or an account ("card ending 4359"), a portal user
# name ("Sent portal message to caitlin1956", "(acct nolanpamela)"), a prescription number ("Rx 605755-49"), a licence
# number with a full stop ("lic. 30.608042"), a device's GS1 UDI with its expiry, lot and serial ("(01)00279395604708(17)
# 260221(10)E49414(21)4451128"), a full IPv6 address, and a month and day with no year after an event's verb ("Stroke alert
# called 3/15 at 0903", "approved 10/5 for G0439")
_CARD_ENDING = compile_rx(r"\b(?i:card|account|acct|visa|mastercard|amex)[ \t]+(?i:ending|ending[ \t]+in|ends[ \t]+in|last[ \t]+(?:4|four)"
                          r"(?:[ \t]+digits)?)[ \t]*[:#]?[ \t]*(\d{4})\b")
# session 57 (deid tester H): not the prison's self-harm plan in capitals ("ACCT review.", "ACCT opened")
_PORTAL_USER = compile_rx(r"\b(?:(?i:portal[ \t]+(?:message|msg)[ \t]+(?:sent[ \t]+)?to)|(?!ACCT\b)(?i:acct)|(?i:account[ \t]+name|mychart[ \t]+(?:id|user(?:name)?)|username"
                          r"|user[ \t]?id|login))[ \t]*[:#(]?[ \t]*"
                          # session 59 (deid tester A): "portal login email is ..." names the login, it is none
                          r"(?!(?:email|e-mail|details|name|password|code|page|issues?|problems?|is|was|and|via|with)\b)([a-z][a-z0-9._-]{3,30})(?![\w@.-])")
_RX_NUMBER = compile_rx(r"\bR[xX][ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*(\d{5,9}(?:-\d{1,3})?)\b(?![./]\d)")
_DOTTED_LICENCE = compile_rx(r"\b(?i:lic(?:ense|ence)?)\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*(\d{1,3}\.\d{4,8})\b")
_GS1_UDI = compile_rx(r"\(01\)\d{14}(?:\((?:11|17)\)\d{6}|\(10\)[A-Za-z0-9-]{1,20}|\(21\)[A-Za-z0-9-]{1,20})+")
_IPV6_FULL = compile_rx(r"(?<![\w:])(?i:[0-9a-filo]{1,4}:){7}(?i:[0-9a-filo]{1,4})(?![\w:])")  # read after OCR folding ("3e1f" as "3eif")
_EVENT_MONTH_DAY = compile_rx(
    r"\b(?i:called|approved|admitted|discharged|seen|dated|started|stopped|performed|scheduled|expires?|effective|denied|received)"
    r"[ \t]+(?i:on[ \t]+)?((?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![/\d.])(?=[ \t]*(?:at\b|for\b|[,.;)]|$))", re.MULTILINE)


def _us_account_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[ID]") for m in _CARD_ENDING.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _PORTAL_USER.finditer(text)
               if any(c.isdigit() or c in "._" for c in m.group(1)) or not _common_word(m.group(1)))
    out.extend((*m.span(1), "[ID]") for m in _RX_NUMBER.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _DOTTED_LICENCE.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _GS1_UDI.finditer(text))
    out.extend((*m.span(), "[IP]") for m in _IPV6_FULL.finditer(text) if len(m.group()) - 7 >= 16)  # not "1:2:3:4:5:6:7:8"
    out.extend((*m.span(1), "[DATE]") for m in _EVENT_MONTH_DAY.finditer(text))
    return out


def loose_id_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(), "[ID]") for m in _NORDIC_ID.finditer(text))
    out.extend(_us_account_spans(text))
    out.extend((*m.span(), "[ID]") for m in _HOSPITAL_SLASH_NO.finditer(text)
               if sum(c.isdigit() for c in m.group()) >= (5 if len(m.group().split("/")[0]) < 4 else 4)
               and m.group().split("/")[0].lower() not in CLINICAL_ABBREV)  # four letters, four digits: "MARAC/2457"
    out.extend((*m.span(2), "[ID]") for m in _PREFIXED_NUMBER.finditer(text)
               if m.group(1).lower() not in CLINICAL_ABBREV and m.group(1).lower() not in _NOT_PREFIXES)
    out.extend((*m.span(1 if m.group(1) else 2), "[ID]") for m in _INCIDENT.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _LABELLED_HEALTH_NO.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for m in _SG_UNIT.finditer(text))
    out.extend((*m.span(), "[PHONE]") for m in _EURO_PHONE.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _LOCAL_ID.finditer(text))
    if "ingapore" in text or "INGAPORE" in text:
        out.extend((*m.span(1), "[ZIP]") for m in _SINGAPORE_POSTCODE.finditer(text))
    if text.count("/") >= 3:
        out.extend((*m.span(), "[ID]") for m in _SLASHED_ID.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 10)
    low = text.lower()
    if " at " in low and "dot" in low:
        out.extend((*m.span(), "[EMAIL]") for m in _SPELT_EMAIL.finditer(text) if _SPELT_TLD.search(m.group(0)))
    out.extend((*m.span(), "[ID]") for m in _IBAN.finditer(text))
    if "sort" in low:
        out.extend((*m.span(1), "[ID]") for m in _SORT_CODE.finditer(text))
    if "live:" in text:
        out.extend((*m.span(), "[ID]") for m in _SKYPE.finditer(text))
    if "user" in low or "login" in low or "handle" in low:
        out.extend((*m.span(1), "[ID]") for m in _USER.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _EXTENSION.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _SIGN_OFF.finditer(text))
    out.extend((*m.span(1), "[ADDRESS]") for m in _NAMED_STREET.finditer(text))
    out.extend((*m.span(1), "[ADDRESS]") for m in _LOWER_STREET.finditer(text)
               if not any(clinical_spelling(w) or w in _DOSE_WORDS for w in m.group(1).split()[1:-1]))
    out.extend((*m.span(), "[SSN]") for m in _SSN_SPACED.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _NINO_SPACED.finditer(text))
    if "." not in text:
        return out
    for m in _PAIR.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(3))
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        labelled = _LABEL.search(text, max(0, m.start() - 40), m.start()) is not None
        if labelled or (len(m.group(2)) >= 4 and len(m.group(4)) >= 4):
            out.append((*m.span(), "[ADDRESS]"))
    return out
