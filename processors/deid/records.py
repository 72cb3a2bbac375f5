"""Session 6: PHI in record formats and European addresses.

- HL7 v2 segments pasted into a note: person names (XPN "LAST^FIRST^M"), phones (XTN
  "^PRN^PH^^^617^5550123") and street lines (XAD "12 ELM ST APT 3^^CITY") in PID / NK1 / PD1 /
  PV1 fields;
- an all-caps "SURNAME,GIVEN" heading a line ("MARTIN,MICHAEL  412-50-2839");
- European street lines written with a glued street word ("Bilaldreef 144", "Lutgardeboulevard
  87", "Hauptstraße 12") or a Polish / Portuguese prefix ("ul. Młynarska 56", "al. Moniuszki 469",
  "plac Kołłątaja 6"), and the postcode and town after an address ("12-562 Gniezno", "1896 AW
  Kreileroord", "2021 Aalbeke", "105 64 Athens");
- a unit before a street line ("Flat 10, 83 Harrow Road") and a Portuguese / Spanish unit after
  one ("1218 - apto 58");
- dates with a Roman month ("25.V.2024", "12.III.24") and "the 10th inst.";
- the last four digits of an SSN after their label ("Last four for phone verification: 2839");
- an age over 89 after "herself" / "himself" ("her sister, herself 92,") or in brackets after a
  date of birth ("DOB 05/03/1934 (90)", session 15: "(23/12/1926, 97)", "M/91Y", "CHI 1607306816  (94)");
- initials after "Signed" ("Signed AF") and a name after an electronic-signature mark ("/es/
  SOO-AH KANG").

Every pattern is behind a substring test (speed); spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV
from processors.deid.patterns import HOSPITAL_NO_CHECK, VEHICLE_REG, literal_finditer
from processors.deid.places import _clinical
from processors.deid.unknown import is_known_word

__all__ = ["record_name_spans", "record_spans", "signature_spans"]

_HL7_XPN = compile_rx(
    r"(?<=[|~])(?:\d{4,}\^)?([A-Z][A-Z' -]*[A-Z]\^[A-Z][A-Z' -]*[A-Z](?:\^[A-Z]{1,2}\b)?)(?=\^|\||~|$)",
    re.MULTILINE,
)
_HL7_XTN = compile_rx(r"\^(?:PRN|ORN|WPN|NET|PRS|EMR)?\^?(?:PH|CP|FX|BP)?\^{2,3}(\d{3}\^\d{7})\b")
_HL7_XAD = compile_rx(r"(?<=\|)(\d{1,6}[A-Z]?[ \t][A-Z0-9 .'#-]{3,40})\^(?:[^|^\n]*\^)?([A-Z][A-Z .'-]+)\^[A-Z]{2}\^")
_CAPS_HEAD = compile_rx(r"^[ \t]*([A-Z][A-Z'-]+,[A-Z][A-Z'-]+)(?=[ \t]{2}|[ \t]*$)", re.MULTILINE)
_GLUED_STREET = compile_rx(  # opens with a capital (speed); the word start is checked
    r"[A-Z\u00c0-\u00de][\w'\u2019-]*?(?:straat|laan|weg|steeg|dreef|hof|singel|plein|gracht|kade"
    r"|boulevard|stra\u00dfe|strasse|gasse|allee|platz|vej|gade|gatan|v\u00e4gen|veien|gata|katu|tie)"
    r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b"
)
_GLUED_HINTS = tuple(f"{w} " for w in ["straat", "laan", "weg", "steeg", "dreef", "hof", "singel", "plein", "gracht", "kade", "boulevard", "straße", "strasse", "gasse", "allee", "platz", "vej", "gade", "gatan", "vägen", "veien", "gata", "katu", "tie"])
_PL_HINTS = ("ul. ", "ulica ", "al. ", "aleja ", "pl. ", "plac ", "os. ", "osiedle ", "rua ", "travessa ", "tv. ")
_PREFIX_STREET_PL = compile_rx(
    r"(?<![\w.])(?:ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|rua|travessa|tv\.)[ \t]+"
    r"[A-Z\u00c0-\u017d][\w'\u2019.-]+(?:[ \t]+[A-Z\u00c0-\u017d][\w'\u2019.-]+){0,3}[ \t,]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b"
)
_POSTCODE_TOWN = compile_rx(
    r",[ \t]*(\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}|\d{4,6})"
    r"[ \t]+([A-Z\u00c0-\u017d][\w'\u2019-]+(?:[ \t]+[A-Z\u00c0-\u017d][\w'\u2019-]+)?)(?=[ \t]*(?:[,.;\n]|$|tel\b))",
    re.MULTILINE,
)
_FLAT_BEFORE = compile_rx(
    r"(?:F(?:lat)|A(?:pt\.?|partment)|U(?:nit)|R(?:oom)|B(?:lk|lock)|P(?:lot|itch)|B(?:ay))[ \t]+\d{1,4}[A-Z]?,[ \t]*"
    r"(?=\d{1,5}[ \t]+[A-Z])"
)  # session 21 (v66): "Room 221, 100 Alexander St", "Blk 12, 40 Tuas South Avenue 1"
# session 21 (v66): a pitch on a Traveller site ("Bay 10, Cherry Orchard halting site", "Plot 7, Mill Lane site")
_SITE_PITCH = compile_rx(r"\b(?:Bay|Plot|Pitch)[ \t]+\d{1,3},[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3}[ \t]+(?:halting[ \t]+)?site\b")
# a trailer or lot number after a street ("3417 Philips Hwy Trlr 39")
_TRAILER = compile_rx(r"\b\d{1,5}[ \t]+(?:[NSEW][ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}[ \t]+(?:Hwy|Rd|Road|Dr|Ave|St)[ \t]+(?:Trlr|Trailer|Lot|Spc|Space)[ \t]+\d{1,4}\b")
# sleeping rough on a named street ("Usually sleeps on Orange Street, Kingston 4")
_SLEEPS_ON = compile_rx(
    r"\b(?:sleeps|sleeping|lives|living|stays|staying|camps|camping|begs|begging)[ \t]+(?:rough[ \t]+)?(?:on|in|under|near)[ \t]+"
    r"((?:[A-Z][a-z]+[ \t]){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Bridge|Square|Park|Place))\b"
)
_CHECK_CHAR = compile_rx(r"\d\([0-9A-Z]\)")  # speed: a digit and a bracketed check character first
# v31: a house number prefix ("H/No. 28 Asafo Market Road", Trinidad "LP 42, Longdenville Road"),
# a Maltese address ("23, Dar il-Paci, Triq id-Dawret")
_HOUSE_NO = compile_rx(r"\b(?:H/No\.?|House[ \t]+No\.?|LP)[ \t]*\d{1,5}[A-Z]?,?(?=[ \t]+[A-Z][a-z])")
_TRIQ = compile_rx(
    r"(?:\b\d{1,4}(?:,[ \t]*Flat[ \t]+\d{1,3})?,[ \t]*)?(?:Dar[ \t]+[A-Za-z]+(?:[ \t-][A-Za-z]+){0,2},[ \t]*)?"
    r"\bTriq[ \t]+[A-Za-z'-]+(?:[ \t]+[A-Za-z'-]+){0,3}"
)
# session 21 (v59): a Welsh or Irish street, its type first ("Flat 16, 39 Llys Glas", "Apt 35, Bóthar
# na Trá"): only after a house number or a comma (unit lines), so a word like "Maes" alone stays
_CELTIC_STREET = compile_rx(
    r"(?:\b\d{1,4}[A-Z]?,?[ \t]+|(?<=,[ \t]))"
    r"(?:Heol|Ffordd|Stryd|Llys|L\u00f4n|Cilgant|Rhodfa|Clos|Maes|B\u00f3thar|Bothar|Sr\u00e1id|Sraid|Ascaill"
    r"|L\u00e1na|Cearn\u00f3g|Pl\u00e1s|B\u00f3ithr\u00edn|P\u00e1irc|Ard\u00e1n|C\u00e9ide|Radharc|Cnoc|Gleann)"
    r"(?:[ \t]+(?:na|an|y|yr|'r|an|de|ar)\b)?[ \t]+[A-Z\u00c0-\u017d][\w'\u2019-]+(?:[ \t]+[A-Z\u00c0-\u017d][\w'\u2019-]+)?"
)
_CELTIC_HINTS = ("Heol", "Ffordd", "Stryd", "Llys", "L\u00f4n", "Cilgant", "Rhodfa", "Clos", "Maes", "B\u00f3thar",
                 "Bothar", "Sr\u00e1id", "Sraid", "B\u00f3ithr\u00edn", "Ascaill", "L\u00e1na", "Cearn", "Pl\u00e1s", "P\u00e1irc", "Ard\u00e1n", "C\u00e9ide", "Radharc",
                 "Cnoc", "Gleann")
# session 10 (v30): a request key or access code of letters and digits ("CoverMyMeds key JT34EM2L")
_KEY_CODE = compile_rx(
    r"\b(?i:key|access[ \t]code|request[ \t]code|pin[ \t]code)[ \t]*[:#]?[ \t]+"
    r"((?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{6,12})\b"
)
# session 10 (v29): a house name before the number and street ("Rose Cottage, 8 Windsor Drive")
# session 10 (v30): an Australian unit and street number with any street type ("Unit 4/59 Vicki
# Turn, Elizabeth SA"): the words after it up to the comma
_UNIT_SLASH = compile_rx(r"\b(?:Unit|Flat|Apt\.?)[ \t]+\d{1,4}[A-Z]?/\d{1,5}[A-Z]?[ \t]+[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2}(?=[ \t]*,)")
_HOUSE_WORDS = ("Cottage", "House", "Farm", "Lodge", "Barn", "Villa", "Manor", "Grange", "Mill", "Croft",
                "Bungalow", "Rectory", "Vicarage", "Hall", "Oast")
_HOUSE_BEFORE = compile_rx(
    r"(?<![\w-])(?:[A-Z][a-z'\u2019]+[ \t]+){1,2}(?:" + "|".join(_HOUSE_WORDS) + r")"
    r"[ \t]*,[ \t]*\d{1,5}[a-z]?(?=[ \t]+[A-Z][a-z])"  # up to the door number: one span with the street
)
_UNIT_AFTER = compile_rx(r"\d((?:[ \t]*-[ \t]*|,[ \t]*)(?:apto|apt|ap|depto|dpto|sala|bloco|casa)\.?[ \t]*\d{1,5}[a-z]?)\b")
_ROMAN_DATE = compile_rx(
    r"\b(?:[12]\d|3[01]|0?[1-9])\.(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?:(?:19|20)\d{2}|\d{2})\b"
)
_INST = compile_rx(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]+inst\.")
# on the lower-cased text
_LAST_FOUR = compile_rx(r"\blast[ \t]+(?:four|4)(?:[ \t]+(?:digits|of[ \t]+(?:the[ \t]+)?ssn|of[ \t]+ss#?))?[^\n\d]{0,40}?[:#]?[ \t]*(\d{4})\b")
_AGE_SELF = compile_rx(r"\b(?:herself|himself|themselves)[ \t]+(9\d|1[01]\d)\b(?![.,]\d|[ \t]*(?:%|mg|kg|mmhg|bpm|/))")
# session 15 (v43): "(23/12/1926, 97)" after a name, "Sex/Age: M/91Y", "CHI 1607306816  (94)"
_AGE_FORMS = compile_rx(
    r"\(\d{1,2}[/.-]\d{1,2}[/.-]\d{4},[ \t]*(9\d|1[01]\d)\)"
    r"|\b[MFmf][ \t]*/[ \t]*(9\d|1[01]\d)[ \t]*(?:Y|y|yrs?|yo)\b"
    r"|(?<=\d{6})[ \t]{2,}\((9\d|1[01]\d)\)(?=[ \t]{2,}|[ \t]*$)",  # after a record number
    re.MULTILINE,
)
# session 15 (v44): a pathology accession after its test ("FNA FN21-638", "biopsy S24-10392")
_PATH_WORDS = ("fna", "biopsy", "cytology", "path", "accession", "specimen", "frozen section")
_PATH_ACCESSION = compile_rx(
    r"\b(?i:FNA|biopsy|cytology|path(?:ology)?|accession|specimen|frozen[ \t]+section)\b[ \t:#(]*(?:no\.?[ \t]*)?"
    r"([A-Z]{1,3}\d{2}-\d{3,7})\b"
)
_AGE_AFTER_DOB = compile_rx(r"\bdob:?[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]*\((9\d|1[01]\d)(?:[ \t]*(?:y|yrs?|years?))?\)")
_SIGNED_INITIALS = compile_rx(r"\bSigned:?[ \t]+(?!(?:BY|OFF|AND|THE|FOR|DNR|DNAR|NHS)\b)([A-Z][A-Z\u00c0-\u00de]{1,2})\b")
_ES = compile_rx(  # session 24 (v85): a middle initial too ("/es/ MARILOU F LACSON")
    r"/es/[ \t]*([A-Za-z][\w'\u2019-]+(?:[ \t]+(?:[A-Z]\.?(?=[ \t]+[A-Za-z][\w'\u2019-]+)|[A-Za-z][\w'\u2019-]+)){0,3})"
)


# identifiers (on the lower-cased text unless said): an MRN in spaced groups ("MRN# 11 1494 69");
# a letter-prefixed number after "#" ("No. #C50908", on the text); letters and digits after "ID"
# ("donor ID BBR859"); a Brazilian council registration ("CRM-SP 285562")
_MRN_GROUPS = compile_rx(r"mrn[ \t]*#?[ \t]*:?[ \t]*(\d{2,4}(?:[ \t]\d{2,4}){1,3})\b(?![.,/:]\d)")
_HASH_LETTER_ID = compile_rx(r"#([A-Z]{1,2}\d{4,})\b")
_ID_LETTERS = compile_rx(r"id\b[ \t]*[:#]?[ \t]*([a-z]{2,4}\d{3,})\b")
_COUNCIL = compile_rx(r"\b(?:crm|cro|coren|crf)(?:[ \t]*[-/][ \t]*[a-z]{2})?[ \t]*[:#]?[ \t]*(\d{4,7})\b")
# an extension at a line end after initials or a name's initial ("jw x59435", "Aurelia F. x6443")
_X_HINT = compile_rx(r" x\d{4}")
_X_EXTENSION = compile_rx(r"(?:\b[A-Z]\.|(?<![\w.])[a-z]{2})[ \t]+x(\d{4,5})[ \t]*$", re.MULTILINE)
# session 24 (v81): an extension closing a bracket after a service ("(infusion center x6318)")
_X_IN_BRACKET = compile_rx(r"\([A-Za-z][A-Za-z &/-]{2,40}[ \t]x(\d{4,5})\)")
# who the extension reaches: lower-case initials or a name and an initial before it
_X_OWNER = compile_rx(  # searched backwards from the extension (speed: the extension is found first)
    r"(?:(?<![\w.])([a-z]{2})|\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+[A-Z]\.))[ \t]+\Z"
)
# a bare extension after a name and credential at a line end ("Ryan Esparza, PharmD x4993")
_CRED_X = compile_rx(r",[ \t]*[A-Z][A-Za-z]{1,6}(?:[ \t]+[A-Z]{2,4})?[ \t]+((?:x\.?|ext\.?)[ \t]*\d{3,5})[ \t]*$", re.MULTILINE)
# v14: initials of authors and typists ("SB/oc" under a letter, "... T: 8/29/24  /rb", "Cons: Dr
# Davison (MD)", "VE by CD:", "RB 8/22: decrease ...", a line ending "(MM)")
_LETTER_REF = compile_rx(r"^[ \t]*([A-Z]{2,3})/([a-z]{2,3})[ \t]*$", re.MULTILINE)
_TYPIST = compile_rx(r"[ \t]/([a-z]{2,3})[ \t]*$", re.MULTILINE)
_DR_INITIALS = compile_rx(r"Dr\.?[ \t]+[A-Z][a-z'-]+[ \t]+\(([A-Z]{2,3})\)")  # from "Dr" (literal_finditer)
_BY_INITIALS = compile_rx(r"by[ \t]+([A-Z]{2,3})(?=[ \t]*[:;]|[ \t]*$)", re.MULTILINE)  # from "by"
_INITIALS_DATE = compile_rx(r"^[ \t]*([A-Z]{2})[ \t]+((?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9]))[ \t]*:", re.MULTILINE)
_LINE_END_INITIALS = compile_rx(r"\(([A-Z]{2})\)[ \t]*$", re.MULTILINE)
# a "Surname, Given" heading a line (or an SBAR "S:" field) before an id, a bar, a slash or an age
_SURNAME_GIVEN = compile_rx(
    r"^[ \t]*(?:[SB]:[ \t]*|\d{1,2}[.)][ \t]+|(?:Patient|Pt|Name|Client)[ \t]*:[ \t]*)?([A-Z][A-Za-z\u00c0-\u00ff'-]+(?:[ \t][A-Z][A-Za-z\u00c0-\u00ff'-]+)?,[ \t]*"
    r"[A-Z][A-Za-z\u00c0-\u00ff'-]+(?:[ \t]+[A-Z]\.?)?)"
    r"(?=[ \t]*(?:[|/]|,[ \t]*\d|[ \t]+\d{1,3}[ \t]?[MFmf]\b|[ \t]*\((?:MRN|NHS|UR|URN|Hosp|ID|DOB|CHI|NHI|IHI|Reg|MR)\b|[ \t]{2,}[A-Z]{0,3}\d|[ \t]{2,}[A-Z][a-z]+[ \t:#]*\d"
    r"|[ \t]{2,}[A-Z]{2,6}[ \t:#]+[A-Z]{0,4}\d|[ \t]{2,}[A-Z][a-z]+\.?[ \t]+(?:no\.?|number|#)))",
    re.MULTILINE,
)
# v22: "Surname, Given" after a relation or "Patient" inside a sentence ("Son Jackson, Ben
# informed", "Patient Smith, David, MRN ...")
_REL_SURNAME_GIVEN = compile_rx(
    r"\b(?:Patient|Pt|Son|Daughter|Wife|Husband|Mother|Father|Brother|Sister|Partner|NOK)[ \t]+"
    r"([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?,[ \t]*[A-Z][a-z'-]+)(?=,|[ \t]+(?:informed|aware|updated|notified|\())"
)
# a name after a double dash sign-off ("-- Aahana Saha, RN")
_DASH_NAME = compile_rx(  # from the dash (literal_finditer); what precedes it is checked
    r"(?:--|\u2014|\u2013)[ \t]*([A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){1,2})(?=,[ \t]*[A-Z]{2,6}\b|[ \t]*$)",
    re.MULTILINE,
)
# v23: a name after a single dash opening a line, before a credential ("-Jun Hao Ng, APN")
_LINE_DASH_NAME = compile_rx(
    r"^[ \t]*-[ \t]*([A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){1,3}),[ \t]*"
    r"(?:APN|ANP|RN|RGN|RM|NP|PA|MD|DO|CNS|MBBS|SN|EN|LPN|HCA|RD|OT|PT|SW|PharmD|FY1|FY2|SHO|SpR|Reg)\b",
    re.MULTILINE,
)
# ages over 89 in family history and goals-of-care talk ("father alive at 91", "still living at
# 97", "when I'm in my 90s", "mum Alexandra (91)")
_AGE_ALIVE = compile_rx(r"\b(?:alive|living)[ \t]+at[ \t]+(9\d|1[01]\d)\b(?![.,]\d)")
_AGE_DECADE = compile_rx(r"\bin[ \t]+(?:my|his|her|their|your)[ \t]+(?:early[ \t]+|mid[ \t]+|late[ \t]+)?(90s|nineties)\b")
_AGE_BRACKET = compile_rx(
    r"\b(?i:mum|mom|mother|dad|father|aunt|uncle|sister|brother|grandmother|grandfather|husband|wife|partner)"
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+\((9\d|1[01]\d)\)"
)
# lower-case initials signing off a message on a line of their own ("- dm")
_DASH_INITIALS = compile_rx(r"^[ \t]*[-\u2013~][ \t]*([a-z]{2,4})[ \t]*$", re.MULTILINE)
_NOT_INITIALS = frozenset(["ok", "no", "na", "nil", "yes", "pt", "tbc", "tba", "prn", "iv", "po", "bd", "od", "tds", "qds", "abx", "obs", "gp", "dr", "rn", "hr", "rr", "bp", "ecg", "cxr", "done", "see", "nad", "none"])


# session 60 (deid tester B: South Asian and African hospital notes): a doctor's grade in brackets after a name, no initials
# ("Dr. S. Okonkwo (JR)", "(MO)", "(HO)", "(SR)", "(RMO)", "(PG)")
_ROLE_TAGS = frozenset(["JR", "SR", "MO", "HO", "HA", "RMO", "CMO", "SMO", "PG", "PGR", "JRF", "SHO", "FY1", "FY2", "CT1", "CT2", "ST3",
                        "RMP", "CO", "MOIC", "HOD", "NO", "SN", "GNM", "ANM"])


def _word_ok(initials: str) -> bool:
    """Lower-case letters that may be a typist's initials ("rb"), not a unit or a word."""
    return initials not in _NOT_INITIALS and initials not in ("mg", "ml", "kg", "hr", "min", "day", "wk", "yr")


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def record_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Non-name spans of the classes above (``low``: the lower-cased text, same indices)."""
    out: list[tuple[int, int, str]] = []
    if "^" in text and "|" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _HL7_XTN.finditer(text))
        for m in _HL7_XAD.finditer(text):
            out.extend(((*m.span(1), "[ADDRESS]"), (*m.span(2), "[ADDRESS]")))
    streets = [
        m.span() for m in (_GLUED_STREET.finditer(text) if any(h in low for h in _GLUED_HINTS) else ())
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
    if any(h in low for h in _PL_HINTS):
        streets.extend(m.span() for m in _PREFIX_STREET_PL.finditer(text))
    out.extend((s, e, "[ADDRESS]") for s, e in streets)
    if streets or "," in text:
        ends = {e for s, e in streets}
        for m in _POSTCODE_TOWN.finditer(text):
            before = m.start()
            # the postcode follows a street found here or any other line that ends in a number
            after_street = before in ends
            if not after_street and (
                not text[before - 1].isdigit()
                or (m.group(1).isdigit() and any(is_known_word(w) for w in m.group(2).split()))
            ):
                continue  # a bare number after any comma is no postcode ("120/80, 5000 Units")
            if not any(_clinical(w) for w in m.group(2).split()):
                out.extend(((*m.span(1), "[ZIP]"), (*m.span(2), "[ADDRESS]")))
    if any(w in text for w in ("Flat", "Apt", "Unit", "Apartment", "Room", "Blk", "Block", "Plot", "Pitch", "Bay")):
        out.extend((*m.span(), "[ADDRESS]") for m in _FLAT_BEFORE.finditer(text) if _word_start(text, m.start()))
        out.extend((*m.span(), "[ADDRESS]") for m in _SITE_PITCH.finditer(text))
    if "Tr" in text or "Lot" in text or "Sp" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _TRAILER.finditer(text))
    if " on " in text or " in " in text or " under " in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _SLEEPS_ON.finditer(text))
    if ")" in text and _CHECK_CHAR.search(text):
        out.extend((*m.span(), "[ID]") for m in HOSPITAL_NO_CHECK.finditer(text))
    if "key" in low or "code" in low:
        out.extend((*m.span(1), "[ID]") for m in _KEY_CODE.finditer(text))
    if "Unit" in text or "Flat" in text or "Apt" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _UNIT_SLASH.finditer(text))
    if "H/No" in text or "House No" in text or "LP " in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _HOUSE_NO.finditer(text))
    if "Triq" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _TRIQ.finditer(text))
    if any(h in text for h in _CELTIC_HINTS):
        out.extend((*m.span(), "[ADDRESS]") for m in _CELTIC_STREET.finditer(text))
    if any(h in text for h in _HOUSE_WORDS):
        out.extend((*m.span(), "[ADDRESS]") for m in _HOUSE_BEFORE.finditer(text))
    if any(h in low for h in ("apto", "depto", "dpto", "bloco", " ap ", " ap.")):
        out.extend((*m.span(1), "[ADDRESS]") for m in _UNIT_AFTER.finditer(low))
    if ".I" in text or ".V" in text or ".X" in text:
        out.extend((*m.span(), "[DATE]") for m in _ROMAN_DATE.finditer(text))
    if " inst." in text:
        out.extend((*m.span(), "[DATE]") for m in _INST.finditer(text))
    for m in literal_finditer(_MRN_GROUPS, low, "mrn"):
        if _word_start(low, m.start()) and sum(c.isdigit() for c in m.group(1)) >= 6:
            out.append((*m.span(1), "[ID]"))
    out.extend((*m.span(1), "[ID]") for m in literal_finditer(_HASH_LETTER_ID, text, "#"))
    out.extend((*m.span(1), "[ID]") for m in literal_finditer(_ID_LETTERS, low, "id") if _word_start(low, m.start()))
    if any(h in low for h in ("crm", "cro", "coren", "crf")):
        out.extend((*m.span(1), "[ID]") for m in _COUNCIL.finditer(low))
    if _X_HINT.search(text):
        out.extend((*m.span(1), "[PHONE]") for m in _X_EXTENSION.finditer(text))
        out.extend((*m.span(1), "[PHONE]") for m in _X_IN_BRACKET.finditer(text))
    if " x" in text or " ext" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _CRED_X.finditer(text))
    if "last four" in low or "last 4" in low:
        out.extend((*m.span(1), "[SSN]") for m in _LAST_FOUR.finditer(low))
    if "alive at" in low or "living at" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_ALIVE.finditer(low))
    if "90s" in low or "nineties" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_DECADE.finditer(low))
    if " (9" in text or " (1" in text:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_BRACKET.finditer(text))
    out.extend((*m.span(2), "[DATE]") for m in _INITIALS_DATE.finditer(text) if m.group(1).lower() not in CLINICAL_ABBREV)
    if "reg" in low or "plate" in low or "vrm" in low or "vehicle" in low or "car" in low or "van" in low or "motor" in low:
        out.extend((*m.span(1), "[ID]") for m in VEHICLE_REG.finditer(low))
    if "self" in low or "selves" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_SELF.finditer(low))
    if "dob" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_AFTER_DOB.finditer(low))
    if "-" in text and any(w in low for w in _PATH_WORDS):
        out.extend((*m.span(1), "[ID]") for m in _PATH_ACCESSION.finditer(text))
    if ", 9" in text or ", 1" in text or "/9" in text or "/1" in text or "  (" in text:
        out.extend((*m.span(m.lastindex or 0), "[AGE]") for m in _AGE_FORMS.finditer(text))
    return out


def record_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans: HL7 person names, caps "SURNAME,GIVEN" headings."""
    out: list[tuple[int, int]] = []
    if "^" in text and "|" in text:
        out.extend(m.span(1) for m in _HL7_XPN.finditer(text))
    if "," in text:
        out.extend(m.span(1) for m in _REL_SURNAME_GIVEN.finditer(text))
        out.extend(m.span(1) for m in _CAPS_HEAD.finditer(text))
        out.extend(m.span(1) for m in _SURNAME_GIVEN.finditer(text))
    return out


def signature_spans(text: str) -> list[tuple[int, int]]:
    """Initials after "Signed" and a name after "/es/": a signature holds a name whatever the
    letters (so not behind the clinical-token guard: "Signed AF" is initials, not atrial
    fibrillation)."""
    out: list[tuple[int, int]] = []
    if "Signed" in text:
        out.extend(m.span(1) for m in _SIGNED_INITIALS.finditer(text))
    if "/es/" in text:
        out.extend(m.span(1) for m in _ES.finditer(text))
    if "/" in text:
        for m in _LETTER_REF.finditer(text):
            out.extend((m.span(1), m.span(2)))
        out.extend(m.span(1) for m in _TYPIST.finditer(text) if _word_ok(m.group(1)))
    out.extend(m.span(1) for m in literal_finditer(_DR_INITIALS, text, "Dr") if _word_start(text, m.start())
               and m.group(1) not in _ROLE_TAGS)
    out.extend(
        m.span(1) for m in literal_finditer(_BY_INITIALS, text, "by ")
        if _word_start(text, m.start()) and m.group(1).lower() not in CLINICAL_ABBREV
    )
    out.extend(m.span(1) for m in _INITIALS_DATE.finditer(text) if m.group(1).lower() not in CLINICAL_ABBREV)
    if "(" in text:
        out.extend(m.span(1) for m in _LINE_END_INITIALS.finditer(text)
                   if m.group(1).lower() not in CLINICAL_ABBREV and m.group(1).upper() not in _ROLE_TAGS)
    for dash in ("--", "\u2014", "\u2013"):
        for m in literal_finditer(_DASH_NAME, text, dash) if dash in text else ():
            if (m.start() == 0 or text[m.start() - 1] in " \t\n") and not all(_clinical(w) for w in m.group(1).split()):
                out.append(m.span(1))
    if "\n-" in text or text.lstrip().startswith("-"):
        out.extend(m.span(1) for m in _LINE_DASH_NAME.finditer(text)
                   if not all(_clinical(w) for w in m.group(1).split()))
    for m in _X_EXTENSION.finditer(text) if _X_HINT.search(text) else ():
        o = _X_OWNER.search(text, max(0, m.start(1) - 41), m.start(1) - 1)
        if o:
            out.append(o.span(1) if o.group(1) else o.span(2))
    if "-" in text or "\u2013" in text or "~" in text:
        for m in _DASH_INITIALS.finditer(text):
            # a sign-off ends the message and follows no list item ("pmh:\n- dm\n- htn" is a list)
            prev = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start())))
            before = text[prev + 1 : m.start()].lstrip()
            if text[m.end() :].strip() or before.startswith(("-", "\u2013", "~")) or m.group(1) in _NOT_INITIALS:
                continue
            # clinical shorthand ("- dm") only after a line that ends a message (an address, a number)
            if m.group(1).lower() not in CLINICAL_ABBREV or "@" in before or any(c.isdigit() for c in before):
                out.append(m.span(1))
    return out
