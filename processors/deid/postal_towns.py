"""A town before its region and postcode, in any letter case, and rural routes (session 49).

A deid tester's 240 North American and Commonwealth notes left 24 towns and 12 postcodes of address lines whose shape
says what they are, because they were typed in lower case or capitals, or the town came after a street on the line
before: "vancouver bc v5l 1g5", "swift current sk s9h 4w4", "OTTAWA ON K1S 1B1", "Saskatoon SK S7N 9H5", "eugene, or
97482", "bath, ba1 2lr", "kilcullen, co. kildare r56 d2k8", "kimberley 8301", "New Plymouth 4310". Read here:

- a Canadian province code and postcode ("bc v5l 1g5"), a US state code after a comma and a ZIP code (", or 97482"),
  an Australian state and its four digits ("NSW 2148"), a UK postcode with its space ("ba1 2lr"), an Irish county
  and Eircode ("co. kildare r56 d2k8"): the postcode is a [ZIP] and the one to three words before the region (or
  before the postcode) are the town, [ADDRESS], when none is clinical, a function word or a street word;
- a town of the gazetteer with four digits after it, opening a line or after a comma ("\\nkimberley 8301", ", bapsfontein
  1510"): both;
- a rural route and its box, site and compartment ("RR#5, Site 2, Comp 38", "rr 1 box 262", "RURAL ROUTE 2 BOX 115"):
  [ADDRESS];
- a street typed in one case, a number, one to three words and a street word closing the part ("2020 commercial dr,",
  "989 cherry creek dr ste 400,", "1023-1127 PORTAGE AVE,", "4620 highway 61 lot 29,"), with its unit: [ADDRESS] (mixed
  case is read by the other street recognisers).

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.cities import _gazetteer, place_names
from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.unknown import _common, is_known_word

__all__ = ["postal_town_spans"]

_TOWN_WORD = r"[A-Za-z][A-Za-z'\u2019-]+"
_TOWN = rf"({_TOWN_WORD}(?:[ \t]{_TOWN_WORD}){{0,2}})"
_CA = r"(?:ab|bc|mb|nb|nl|ns|nt|nu|on|pe|pei|qc|sk|yt)"
_CA_CODE = r"[a-z][\di][a-z][ -]?\d[a-z]\d"  # "t1k" reads "tik" after the OCR fold (processors/deid/ocr.py)
_US = (r"(?:al|ak|az|ar|ca|co|ct|dc|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh"
       r"|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)")
_AU = r"(?:nsw|vic|qld|wa|sa|tas|nt|act)"
# the first digits of each Australian state's postcodes
_AU_DIGITS = {"nsw": ("1", "2"), "act": ("02", "26", "29"), "vic": ("3", "8"), "qld": ("4", "9"), "sa": ("5",), "wa": ("6",),
              "tas": ("7",), "nt": ("08", "09")}
_UK_CODE = r"[a-z]{1,2}\d[a-z\d]?[ ]\d[a-z]{2}"
_EIRCODE = r"[a-z]\d{2}[ ]?[a-z\d]{4}"
_POSTAL = compile_rx(
    rf"(?<![\w'\u2019-]){_TOWN}(?:"
    rf"[ \t]*,?[ \t]+(?i:{_CA})[ \t,]+(?P<ca>(?i:{_CA_CODE}))"
    rf"|[ \t]*,[ \t]*(?i:{_US})[ \t]+(?P<us>\d{{5}}(?:-\d{{4}})?)"
    rf"|[ \t]*,?[ \t]+(?P<state>(?i:{_AU}))[ \t]+(?P<au>\d{{4}})"
    rf"|[ \t]*,[ \t]*(?i:co\.?[ \t]+[a-z]+)[ \t,]+(?P<ie>(?i:{_EIRCODE}))"
    rf"|[ \t]*,?[ \t]+(?P<uk>(?i:{_UK_CODE}))"
    r")(?![\w/-]|\.\w)"
)
_FOUR_DIGITS = compile_rx(rf"(?:^|(?<=\n)|(?<=,[ \t])|(?<=,))[ \t]*{_TOWN}[ \t]*[ \t-]?[ \t]*(\d{{4,6}}|\d{{3}}[ ]\d{{3}})"
                          r"(?=[ \t]*(?:$|[,;)]|\.(?!\d)|[ \t]{2}|-(?![ \t]*\d)))",
                          re.MULTILINE)  # "Parkland 4284 mL/24 h", "mobile 0918 353 1695" go on after the digits
_RURAL = compile_rx(
    r"(?<![\w-])(?i:(?:rr|r\.r\.)[ \t]?#[ \t]?\d{1,3}|rural[ \t]+route[ \t]+#?\d{1,3}"
    r"|(?:rr|r\.r\.)[ \t]?\d{1,3}(?=[ \t]*,?[ \t]*(?:box|site|comp)[ \t]*#?\d))"  # "rr 18" alone is a respiratory rate
    r"(?:(?i:[ \t]*,?[ \t]*(?:box|site|comp|compartment)[ \t]*#?\d{1,5}))*"
)
_SITE_COMP = compile_rx(r"(?<![\w-])(?i:site[ \t]+\d{1,3}[ \t]*,[ \t]*comp(?:artment)?[ \t]+\d{1,3})")
_STREET_WORD = (r"(?:st|street|rd|road|ave|av|avenue|dr|drive|cres|crescent|ct|court|ln|lane|pl|blvd|boulevard|hwy"
                r"|highway|tce|terrace|cl|close|gr|grove|pde|parade|sq|pkwy|parkway|gdns|gardens|mews|crt|hts|heights|concourse"
                r"|trace)")
# ("way", "walk", "rise", "row", "place" close measures and scores too often: "4 after walk,", "205 mm rise")
_UNIT = r"(?:[ \t]*,?[ \t]*(?:apt|apartment|ste|suite|unit|lot|flat|#)[ \t]*#?[ \t]*\d{1,5}[a-z]?)?"
_STREET = compile_rx(
    rf"(?<![\w/.:#-])(?i:(\d{{1,5}}(?:-\d{{1,5}})?[a-z]?[ \t]+(?:(?:(?!(?:to|at|in|on|from|of|for|and|with|by|after|before|per|each|every|over|called|via)\b)[a-z\d][a-z\d'\u2019-]*[ \t]+){{1,3}}{_STREET_WORD}\.?"
    r"|(?:highway|hwy|route|rte|county[ \t]+road|state[ \t]+route)[ \t]+\d{1,4}[a-z]?\b)"
    rf"(?:[ \t]+\d{{1,4}})?{_UNIT}))(?=[ \t]*(?:,|\n|$|/|-[ \t]|\.(?:[ \t]|$)))", re.MULTILINE)
# a unit after a street word of any case ("925 Main St, apt 6", "3107 w 3rd st #7")
_UNIT_AFTER = compile_rx(rf"(?i:\b{_STREET_WORD}\.?[ \t]*,?[ \t]*((?:apt|apartment|ste|suite|unit|lot|flat)\.?[ \t]*#?[ \t]*\d{{1,5}}[a-z]?"
                         r"|#[ \t]?\d{1,5}[a-z]?))(?![\w/.-])")
# session 49 (deid tester O: 32 address pieces in one case): numbered address parts in a row ("building 77, zone 12, street
# 603", "blk 11 lot 23, phase 1", "house no. 193, street 10, sector f-8/2"), an Indian house number ("h.no. 11-2-225/a"), a
# French street ("4699 rue beaubien, app. 3"), a box before its town ("box 979, fort chipewyan")
_PART = (r"(?i:(?:building|bldg|villa|zone|street|block|blk|sector|phase|house(?:[ \t]+no\.?)?|plot|lot|purok|flat|unit|apt|app\.?"
         r"|appt\.?|road|lane|gali|st\.?)[ \t]*#?[ \t]*(?:[a-z]-?)?\d{1,5}[a-z]?(?:/\d{1,2})?)")
_PARTS = compile_rx(rf"(?<![\w-]){_PART}(?:[ \t]*,?[ \t]*{_PART})+(?![\w/-])")
_HOUSE_NO = compile_rx(r"(?<![\w.])(?i:(?:h\.?[ \t]?no\.?|d\.?[ \t]?no\.?|door[ \t]+no\.?)[ \t]*:?[ \t]*\d[\d/-]*[a-z]?(?:/[a-z\d]+)?)")
_RUE = compile_rx(r"(?<![\w/.-])\d{1,5}[ \t]+(?i:rue|chemin|ch\.|boul\.|rang|avenue|av\.)[ \t]+[A-Za-z\u00c0-\u00ff'-]+(?:[ \t]"
                  r"[A-Za-z\u00c0-\u00ff'-]+){0,2}(?=[ \t]*[,\n])(?:[ \t]*,[ \t]*(?i:app\.?|appt\.?|apt\.?|bureau|suite)[ \t]*\d{1,5})?")
_BOX_TOWN = compile_rx(r"(?<![\w./-])(?i:box)[ \t]+\d{1,5}(?=[ \t]*,[ \t]*[A-Za-z])")
# session 49 (deid tester O): a numbered lot or purok opening an address line ("to lot 335, waterford", "Purok 7, Sitio
# Ilaya"), a named locality after its kind ("Sitio Ilaya", "Brgy. Lumbia", "Tehsil Samundri", "Village Khairabad", "Mohalla
# Islampura", "Chak No. 283 JB") and a landmark an address is near ("(near the big mango tree)", "to near Jama Masjid,",
# ", near aic church.")
_LOT = compile_rx(r"(?<![\w-])(?i:lot|purok|plot|erf)[ \t]+\d{1,5}[a-z]?(?=[ \t]*,[ \t]*(?!(?i:exp\w*|batch|dose|given|site)\b)[A-Za-z])")
_LOCALITY = compile_rx(r"\b(?i:sitio|brgy\.?|barangay|mohalla|tehsil|taluka?|distt\.|village|chak[ \t]+no\.?)[ \t]+"
                       r"((?:\d{1,4}[ \t]+[A-Za-z]{1,3}\b)|[A-Za-z][\w'\u2019-]+(?:[ \t][A-Za-z][\w'\u2019-]+)?)")
_LANDMARK = compile_rx(
    r"(?:[(,]|\b(?i:to|at|from|lives|house|home|address)\b)[ \t]*(?i:near)[ \t]+"
    r"((?i:(?:the[ \t]+)?(?:(?:(?!the\b|and\b|a\b)[a-z'\u2019.-]+[ \t]+){1,3}(?:church|mosque|masjid|temple|mandir|gurdwara|school|market|tree|mill"
    r"|bridge|junction|roundabout|chakki|shrine|well|pump|station|post[ \t]+office|water[ \t]+tank|clock[ \t]+tower)"
    r"|chakki|masjid|mandir|gurdwara)))\b")  # a named or described landmark, not "near the church and family"
# session 49 (deid tester U: continental European addresses, street recall 10-30 %): the street before its number
# ("hauptstraße 102", "Goethestr. 28a", "SVEAVÄGEN 127 B", "Keizersgracht 123", "Via Roma 15", "Calle Mayor 7", "UL. DŁUGA
# 30/12") and the postcode before its town ("30872 heidelberg", "75011 PARIS", "4245 SA Apeldoorn", "475 90 göteborg",
# "80-827 GDAŃSK"), after a comma or at a line's start
_L = "A-Za-z\u00c0-\u017f"
# a flat, floor or door after the number ("lgh 1102", "lok. 3", "m. 7", "3º B", "bajo", "int. 4", "20-2")
_EU_UNIT = (r"(?:-\d{1,2}\b|[ \t]*,?[ \t]*(?i:lgh|lok\.?|m\.|app\.?|apt\.?|bus|int\.?|esc\.?|pta\.?|piso)[ \t]*\d{1,4}[A-Za-z]?"
            r"|[ \t]*,?[ \t]*\d{1,2}[\u00ba\u00aa\u00b0](?:[ \t]?[A-Z]\b)?|[ \t]*,[ \t]*(?i:bajo|entlo|atico|\u00e1tico)\b)*")
_EU_SUFFIX_STREET = compile_rx(
    rf"(?<![{_L}'-])([{_L}'-]{{3,}}(?i:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|laan|straat|gracht|plein|kade|singel"
    rf"|dijk|vägen|vagen|gatan|gränd|grand|torget|vej|gade|veien|gata|steig)[ \t]+\d{{1,4}}(?:[ \t]?[A-Za-z]\b(?!\.)|/\d{{1,3}})?{_EU_UNIT})")
_EU_PREFIX_STREET = compile_rx(
    rf"(?<![{_L}'-])((?:Via(?=[ \t][A-Z][a-z])|(?i:viale|piazza|corso|largo|vicolo|calle|c/|avenida|avda\.|paseo|plaza|carrer|rua|rue|boulevard|chemin"
    rf"|impasse|quai|ul\.|ulica|aleja|plac|os\.|osiedle))[ \t]+(?:(?i:de|del|della|di|la|le|les|du|des|da|dos|das|el|los|las)[ \t]+){{0,2}}"
    rf"[{_L}'\u2019.-]+(?:[ \t][{_L}'\u2019.-]+){{0,2}}?,?[ \t]+\d{{1,4}}(?:[ \t]?[A-Za-z]\b(?!\.)|/\d{{1,3}})?{_EU_UNIT})")
_EU_TOWN = rf"([{_L}][{_L}'-]+(?:[ -](?:(?i:am|an|im|sur|de|del|di|en|la|le)[ -])?[{_L}][{_L}'-]+)?)"
_EU_POSTCODE = compile_rx(
    rf"(?:^|(?<=[,\n])|(?<=,[ \t]))[ \t]*((?:\d{{5}}|\d{{4}}[ \t]?[A-Za-z]{{2}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}))[ \t]+{_EU_TOWN}"
    r"(?=[ \t]*(?:$|[,.;)\n]))", re.MULTILINE)
_LOCALITY_WORDS = ("sitio", "brgy", "barangay", "mohalla", "tehsil", "taluk", "distt", "village", "chak")
# session 57 (deid tester Q of session 56: 30 of 54 missed items): the locality line of a letter's address block, under
# its street line: "12 Kent Terrace\nWellington 6021", "45 Main Road\nObservatory, Cape Town 7925", "3 Grand Parade\nCork
# T12 X70A". A town that is also an English word ("Wellington", "Observatory") is read here because the line above is a
# numbered street and the line holds nothing but capitalised place words and a postcode.
_CAP = r"[A-Z][A-Za-z'\u2019-]+"
_LOCALITY_LINE = compile_rx(
    rf"(?m)^[ \t]*(?:\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?)?,?[ \t]+[^\n]{{0,60}}?\b(?i:{_STREET_WORD}|mall|quays?|row|walk|place|way|wharf|green|hill|square)\.?"
    rf"|(?i:p\.?[ \t]?o\.?[ \t]+box|private[ \t]+bag)[ \t]+\d{{1,6}})[ \t]*,?[ \t]*\n"
    rf"[ \t]*((?:{_CAP}(?:[ \t]{_CAP}){{0,2}},[ \t]*)?{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]+"
    rf"(\d{{4,6}}|[A-Z]\d{{2}}[ ]?[A-Z\d]{{4}}|[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})[ \t]*$")
_NUMBER_HEAD = compile_rx(r"(?i:\d{1,5}(?:-\d{1,5})?[a-z]?[ \t]+)")


def _street_ok(text: str, s: int, e: int) -> bool:
    """One letter case only, and no word of the street clinical ("2 tabs po bd" is no street)."""
    body = text[s:e]
    letters = [c for c in body if c.isalpha()]
    if not (all(c.islower() for c in letters) or all(c.isupper() for c in letters)):
        return False
    head = _NUMBER_HEAD.match(text, s)
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", text[head.end() if head else s:e])
    if words and words[0].lower() in ("highway", "hwy", "route", "rte", "county", "state"):
        return True
    if any(w.lower() in _NOT_STREET for w in words[:-1]):
        return False  # "78 miles each way", "205 mm rise"
    return len(words) >= 2 and not any(clinical_spelling(w) for w in words[:-1] if len(w) > 2)


# words a measure or a count puts between a number and what looks like a street's word
_NOT_STREET = frozenset(["call", "ring", "page", "bleep", "contact", "phone", "miles", "mile", "km", "kms", "metres", "meters", "m", "mm", "cm", "yards", "yard", "feet", "ft", "foot", "inches", "times", "time", "mins", "minutes", "hours", "hrs", "days", "weeks", "months", "years", "each", "per", "every", "of", "to", "and", "in", "at", "on", "with", "for", "from", "by", "or", "deg", "degrees", "kg", "g", "mg", "ml", "steps", "step", "stairs", "flights", "floors", "doses", "tabs", "tablets", "puffs", "units", "after", "before", "during", "post", "pre", "then", "than", "when", "while", "since", "until", "about", "around", "over", "under", "up", "down", "out", "off", "into", "onto"])


# words that end a street or open a phrase, never a town's
_NOT_TOWN = frozenset(["at", "in", "to", "from", "of", "the", "and", "or", "near", "lives", "living", "lives", "with", "by", "via", "address", "addr", "home", "city", "town", "postcode", "zip", "code", "po", "box", "st", "street", "rd", "road", "ave", "avenue", "dr", "drive", "cres", "crescent", "ct", "court", "ln", "lane", "way", "pl", "place", "blvd", "boulevard", "hwy", "highway", "terrace", "tce", "close", "cl", "unit", "apt", "suite", "ste", "lot", "flat", "floor", "level", "site", "comp", "rr", "route", "apartment", "flats", "house", "pt", "patient", "dr", "mr", "mrs", "ms", "son", "daughter", "wife", "husband", "codes", "cpt", "icd", "hcpcs", "drg"])  # session 54: "Codes 99291, 99285"


def _town(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The town within ``text[s:e]``: the words after the last that cannot be a town's (None when none is left)."""
    words = list(re.finditer(r"\S+", text[s:e]))
    keep = len(words)
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group().lower()
        if w in _NOT_TOWN or w.isdigit():
            break
        keep = k
    towns = words[keep:]
    if not towns or any(clinical_spelling(w.group()) for w in towns):
        return None
    return s + towns[0].start(), s + towns[-1].end()


def postal_town_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _POSTAL.finditer(text):
        code = next(g for g in ("ca", "us", "au", "ie", "uk") if m.group(g) is not None)
        town = _town(text, *m.span(1))
        region = text[m.end(1):m.start(code)].strip(" \t,.")
        if code != "ie" and region and not (region.isupper() or region.islower() and text[m.start(1):m.end(1)].islower()):
            continue  # "Privacy Act 2020": a region code in one case, and in lower case after a town in lower case
        if code == "au" and not m.group("au").startswith(_AU_DIGITS[m.group("state").lower()]):
            continue  # "MENTAL HEALTH ACT 2007": a year, no Canberra postcode
        if code == "uk" and (town is None or not (m.group("uk").isupper() or text[town[0]:town[1]].lower() in place_names())):
            continue  # a lower-case postcode only after a town of the gazetteer ("bath, ba1 2lr")
        if town is not None:
            out.append((*town, "[ADDRESS]"))
        out.append((*m.span(code), "[ZIP]"))
    if "\n" in text:
        for m in _LOCALITY_LINE.finditer(text):
            words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", m.group(1))
            if not any(w.lower() in _NOT_TOWN and w.lower() not in ("town", "city") or clinical_spelling(w) for w in words):
                out.extend(((*m.span(1), "[ADDRESS]"), (*m.span(2), "[ZIP]")))
    names, common = _gazetteer()
    for m in _FOUR_DIGITS.finditer(text):
        town = _town(text, *m.span(1))
        if town is not None and text[town[0]:town[1]].lower() in names and text[town[0]:town[1]].lower() not in common:
            # not a town that is an English word ("Pharmacist, page 3664", "Mission 2025-1068")
            out.extend(((*town, "[ADDRESS]"), (*m.span(2), "[ZIP]")))
    low = text.lower()  # speed: the patterns led by a word are tried only where the word is
    if "rr" in low or "r.r." in low or "rural" in low or "site" in low:
        out.extend((*m.span(), "[ADDRESS]") for rx in (_RURAL, _SITE_COMP) for m in rx.finditer(text))
    out.extend((*m.span(1), "[ADDRESS]") for m in _STREET.finditer(text) if _street_ok(text, *m.span(1)))
    out.extend((*m.span(1), "[ADDRESS]") for m in _UNIT_AFTER.finditer(text))
    out.extend((*m.span(), "[ADDRESS]") for rx in (_PARTS, _HOUSE_NO, _RUE, _BOX_TOWN, _LOT) for m in rx.finditer(text))
    if "near" in low:
        out.extend((*m.span(1), "[ADDRESS]") for m in _LANDMARK.finditer(text))
    for rx in (_EU_SUFFIX_STREET, _EU_PREFIX_STREET):
        out.extend((*m.span(1), "[ADDRESS]") for m in rx.finditer(text) if not clinical_spelling(m.group(1).split()[0]))
    for m in _EU_POSTCODE.finditer(text):
        place = m.group(2)
        if place.lower() in names or (place[:1].isupper() and not _common(place.split()[0])) or not is_known_word(place.split()[0]):
            out.extend(((*m.span(1), "[ZIP]"), (*m.span(2), "[ADDRESS]")))
    for m in _LOCALITY.finditer(text) if any(w in low for w in _LOCALITY_WORDS) else ():
        words = [w for w in m.group(1).split() if w.isalpha() and len(w) > 3]
        if not any(_common(w) or clinical_spelling(w) for w in words):
            out.append((m.start(), m.end(1), "[ADDRESS]"))
    return out
