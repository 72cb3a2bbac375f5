"""Address lines written as a run of comma-separated parts (session 41, deid tester).

Nigerian, Indian, Philippine and Gulf addresses open with a premise number and list the parts
of the place after it, closing on a postcode or a country: "Plot 45, 3rd Avenue, Gwarinpa Estate,
Abuja 900108", "No. 7, 2nd Street, Gandhi Nagar, Adyar, Chennai - 600020", "H.No. 12-2-417,
Mehdipatnam, Hyderabad - 500028", "Unit 1502 Tower 2, Avida Residences, Brgy. Bagumbayan, Taguig
City, Metro Manila 1630", "Building 45, Zone 66, Street 820, Al Sadd, Doha, Qatar", "B-204,
Shanti Kunj, Sector 15, Noida - 201301". The street recognisers found a piece of each; the run is
one address from the premise to the postcode (the state after it stays), or to the part before
a closing country.

Also: a Philippine barangay ("32 Brgy. Poblacion"), a Dublin postal district ("CT from Dublin 9"), and a street or city written in lower case
after a place preposition in a patient's message ("the pharmacy on king st", "the one in antipolo
city").

Spans are ``(start, end, placeholder)``; a run needs its premise, at least one more part, and its
closing postcode or country within one line, so a ward location ("Unit 4, Bed 12") is no address.
"""

from __future__ import annotations

import re

from processors.deid.cities import place_names
from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.names import _key
from processors.deid.unknown import _CLINICAL, _common, is_known_word

__all__ = ["address_run_spans", "address_tail_spans"]

# the premise that opens a run: a numbered plot / unit / building, "No. 23", "H.No. 12-2-417", "B-204"
_PREMISE = compile_rx(
    r"(?<![\w.-])(?:(?:Plot|Unit|Flat|Apt|Apartment|Building|Bldg|Block|Blk|Tower|Villa|House|Door|Shop|Lot|Zone"
    r"|Sector|Street|Phase|RD|Erf|ERF|Stand)\.?[ \t]*(?:No\.?[ \t]*)?[#:]?[ \t]*[A-Z]?\d{1,5}[A-Z]?(?:[-/]\d{1,5}[A-Z]?)*"
    r"|H\.?[ \t]?No\.?[ \t]*\d{1,5}(?:[-/]\d{1,5})*|No\.?[ \t]*\d{1,5}[A-Z]?|[A-Z]-\d{2,4}|#\d{1,5}[A-Z]?)(?![\w-])"
)
# session 48 (deid tester: 36 of 59 addresses missed were in notes written in lower case or capitals, which are read
# again in lower case): the same run in lower case ("no. 17, 2nd main road, t. nagar, mysuru - 570009, karnataka",
# "erf 1187, extension 5, gqeberha, eastern cape, 6001", "blk 12 lot 8, mabini st., brgy. san antonio, iloilo city
# 5000"); its postcode closes a part ("..., 6001" then a comma, a stop or the line's end: "no. 2, given 1000 ml" is none)
# and no part holds a ward place, a quantity or a clinical word
_PREMISE_LOW = compile_rx(
    r"(?<![\w.-])(?:(?:plot|unit|flat|apt|apartment|building|bldg|block|blk|tower|villa|house|door|shop|lot|zone"
    r"|sector|phase|erf|stand)\.?[ \t]*(?:no\.?[ \t]*)?[#:]?[ \t]*[a-z]?\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)*"
    r"|h\.?[ \t]?no\.?[ \t]*\d{1,5}(?:[-/]\d{1,5})*|no\.?[ \t]*\d{1,5}[a-z]?|[a-z]-\d{2,4}|#\d{1,5}[a-z]?)(?![\w-])"
)
_PART_LOW = re.compile(
    r"[ \t]*(?:(?:[a-z][\w'\u2019-]*\.?|\d{1,5}[a-z]{0,2})(?:[ \t]+|(?=[,\n])|\Z)){1,5}"
)
_ADDRESS_PARTS = frozenset(["brgy", "st", "rd", "ave", "lot", "blk", "city", "road", "street", "cross", "main", "nagar", "block",
                            "extension", "state", "sector", "phase", "avenue", "lane", "close", "crescent", "estate", "layout"])
_POSTCODE_PART_LOW = re.compile(r"[ \t]*(?:[a-z][\w'\u2019.-]*[ \t]+){0,3}(?:-[ \t]*)?\d{4,6}(?=[ \t]*(?:[,.)\n]|\Z))")
# one part after the premise: a few words, each capitalised, a number or an ordinal (particles allowed)
_PART = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w'\u2019-]*\.?|\d{1,5}[A-Za-z]{0,2}|(?:al|el|de|da|di|del|la|of|the|and)(?=[ \t]))"
    r"(?:[ \t]+|(?=[,\n])|\Z)){1,5}"
)
# the closing part: a town and its postcode ("Abuja 900108", "Chennai - 600020", "Metro Manila 1630")
_POSTCODE_PART = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}(?:-[ \t]*)?\d{4,6}(?![\w/-]|\.\d)")
_COUNTRIES = frozenset([
    "qatar", "nigeria", "india", "philippines", "uae", "oman", "kuwait", "bahrain", "saudi arabia", "ghana", "kenya",
    "pakistan", "bangladesh", "sri lanka", "nepal", "malaysia", "singapore", "indonesia", "egypt", "jordan", "lebanon",
    "united arab emirates", "south africa", "uganda", "tanzania",
])  # fmt: skip
# a Philippine barangay (a district of a city) with the house number before it ("32 Brgy. Poblacion")
_BARANGAY = compile_rx(r"(?:\b\d{1,5}[A-Z]?,?[ \t]+)?(?:\bPurok[ \t]+\d{1,3}[A-Z]?,?[ \t]+)?\b(?:Brgy\.?|Barangay)[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2}")
_DUBLIN = compile_rx(r"\bDublin[ \t]+(?:[1-9]|1\d|2[0-4]|6W)\b(?![/.-]?\d)")
# a street or city in lower case after a place preposition (not after an article or a possessive)
_LOWER_PLACE = compile_rx(
    r"\b(?:on|at|in|off|near|along|opposite)[ \t]+(?!(?:the|a|an|my|your|his|her|their|our|this|that|same|other|next"
    r"|each|every|one|main|ring|service|slip|side|back|busy|wet|icy|dirt|gravel|country|rural|major|minor|private"
    r"|public|access|relief|link|bypass|old|new|highway|motorway)[ \t])([a-z]{3,14}(?:[ \t]+[a-z]{3,14})?[ \t]+(?:st|street|rd|road|ave|avenue|lane|drive|crescent"
    r"|terrace|boulevard|blvd|city))\b(?![ \t]*(?:hospital|clinic|centre|center|council))"
)
# session 42 (deid tester): a flat, studio, plot or block number then its street or building, closing at a
# delimiter ("Studio 5, Skinner Squares", "Flat 12B, Shanti Niketan", "Blk 15 Lot 29, Mabini Street",
# "flat 6, blackburn throughway x"); not a ward's unit, bay or bed
_DELIM = r"(?=[ \t]*(?:[,;)(\n]|\.(?:[ \t]|$)|$|[ \t]+x\b|[ \t]+-[ \t]))"
_UNIT_STREET = compile_rx(
    r"(?<![\w.-])(?i:flat|studio|apt\.?|apartment|plot|blk\.?|block)[ \t]*\d{1,4}[A-Za-z]?"
    r"(?:[ \t]+(?i:lot)[ \t]+\d{1,4}[A-Za-z]?)?,[ \t]*([A-Za-z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,3})"
    + _DELIM, re.MULTILINE,
)
# a house number and a street in lower case after an address cue ("new address 97 butler port x", "letter
# sent to 1 chelsea lights.", "die at home (9 williams unions)")
_LOWER_NUMBERED = compile_rx(
    r"\b(?i:address|home|sent[ \t]+to|lives[ \t]+at|living[ \t]+at|moved[ \t]+to)[ \t]*:?[ \t]*\(?[ \t]*"
    r"(\d{1,5}[a-z]?[ \t]+[a-z]{3,}(?:[ \t]+[a-z]{3,}){1,2})" + _DELIM, re.MULTILINE,
)
_NOT_STREET = frozenset(["ward", "bay", "bed", "beds", "theatre", "unit", "icu", "hdu", "floor", "level", "room", "wing",
                         "days", "day", "weeks", "week", "months", "hours", "hrs", "mins", "ago", "times", "doses", "tabs",
                         "tablets", "units", "later", "post", "with", "and", "for", "the", "today", "daily"])
# a Philippine city and its ZIP code ("Makati City 1200", "Cebu City 6000")
_CITY_ZIP = compile_rx(r"\b[A-Z][a-z]+[ \t]+City,?[ \t]+\d{4}\b(?![/.:-]\d)")
_LOWER_HINT = re.compile(r"[a-z][ \t]+(?:st|street|rd|road|ave|avenue|lane|drive|crescent|terrace|boulevard|blvd|city)\b")
_PREMISE_HINT = re.compile(r"\d")


def _runs(text: str, low: bool = False) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in (_PREMISE_LOW if low else _PREMISE).finditer(text):
        if m.start() < pos:
            continue
        end = _closing(text, m.end(), low, m.start())
        if end is not None and (not low or _street_words(" ".join(w for w in text[m.end() : end].replace(",", " ").split()
                                                                  if w.strip(".") not in _ADDRESS_PARTS))):
            out.append((m.start(), end))
            pos = end
    return out


def _closing(text: str, i: int, low: bool = False, premise: int = 0) -> int | None:
    """The end of the run whose premise (at ``premise``) ends at ``i``: through its postcode part, or through the
    part before its country; None when the parts stop first (at most eight parts, one line)."""
    part_rx, post_rx = (_PART_LOW, _POSTCODE_PART_LOW) if low else (_PART, _POSTCODE_PART)
    rest = part_rx.match(text, i)  # the premise's own street: "No. 23 Zik Avenue, ..."
    if rest is not None and rest.end() > i and text[i] in " \t":
        i = i + len(text[i : rest.end()].rstrip(" \t"))
    last = i
    for n in range(8):
        if not text.startswith(",", i):
            return None
        post = post_rx.match(text, i + 1)
        if post is not None and n >= 1:
            return post.end()
        part = part_rx.match(text, i + 1)
        if part is None:
            return None
        words = text[i + 1 : part.end()].strip(" \t")
        if not words:
            return None
        if n >= 2 and words.lower().rstrip(".") in _COUNTRIES:
            return last
        if n >= 1 and not low and _TOWN_PREMISE.match(text, premise):
            # session 52 (deid tester H): a home's run closed by a listed town and no postcode ("Stand 221, Mamelodi East,
            # Pretoria. Case ...")
            town = _TOWN_CLOSE.match(text, i + 1)
            if town is not None and town.group(1).lower() in place_names():
                return town.end(1)
        last = i + 1 + len(text[i + 1 : part.end()].rstrip(" \t"))
        i = last
    return None


_TOWN_PREMISE = re.compile(r"(?:Plot|Flat|Apt|Apartment|House|Villa|Lot|Erf|ERF|Stand)\b")
_TOWN_CLOSE = re.compile(r"[ \t]*([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)(?=[ \t]*(?:[.;)\n]|$))")


def _street_words(words: str) -> bool:
    """No ward place, quantity or clinical word among a street's words."""
    return not any(_key(w.strip(".")) in _NOT_STREET or _key(w.strip(".")) in _CLINICAL for w in words.split())


def address_run_spans(text: str) -> list[tuple[int, int, str]]:
    """[ADDRESS] spans of address runs, Dublin districts and lower-case streets (see the module)."""
    spans: list[tuple[int, int]] = []
    if "," in text and _PREMISE_HINT.search(text):
        spans.extend(_runs(text))
        spans.extend(_runs(text, low=True))
    if "Brgy" in text or "Barangay" in text:
        spans.extend(m.span() for m in _BARANGAY.finditer(text))
    if "Dublin" in text:
        spans.extend(m.span() for m in _DUBLIN.finditer(text))
    if _LOWER_HINT.search(text):
        spans.extend(m.span(1) for m in _LOWER_PLACE.finditer(text))
    if _PREMISE_HINT.search(text):
        spans.extend((m.start(), m.end(1)) for m in _UNIT_STREET.finditer(text) if _street_words(m.group(1)))
        spans.extend(m.span(1) for m in _LOWER_NUMBERED.finditer(text) if _street_words(m.group(1).split(None, 1)[1]))
        if "City" in text:
            spans.extend(m.span() for m in _CITY_ZIP.finditer(text))
    return [(s, e, "[ADDRESS]") for s, e in spans]


# session 43 (deid tester: 31 lower-case addresses of 300 notes): after a street found in a lower-case note, the
# places and the postcode that close it ("114 griffith avenue, mayfield, cork, t23 e6f4", "flat 9, 66 victoria
# terrace, walthamstow, london e17 4wl", "944 queen st w, edmonton, ab t5j 3r8"), and a Singapore postcode on the
# line after a block ("Blk 106 Bedok North Rd\n#11-089\nSingapore 460106"); only when a postcode closes the run
# (digits only after a comma or a line break: "..., seen at 1400" is a time)
_POSTCODE = (r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d{2}[ \t]?[a-z\d]{4}|[a-z]\d[a-z][ \t]?\d[a-z]\d|(?:(?<=state )|(?<=fct )|(?<=province )|(?<![a-z] ))\d{4,6}(?![ \t]?\d|[-.]\d)"
             r"|(?-i:Singapore)[ \t]+\d{6}"
             # session 46 (case tester): a US state and ZIP, an Australian state and postcode ("springfield, il 62704",
             # "footscray vic 3011")
             r"|(?:a[klrz]|c[aot]|d[ce]|fl|ga|hi|i[adln]|k[sy]|la|m[adeinost]|n[cdehjmvy]|o[hkr]|pa|ri|s[cd]|t[nx]|ut|v[at]"
             r"|w[aivy])[ \t]+\d{5}(?:-\d{4})?(?![\d-])|(?:nsw|vic|qld|wa|sa|tas|nt|act)[ \t]+\d{4}(?!\d))")
_TAIL = compile_rx(
    r"(?:[ \t]+[a-z]{1,2}\b)?(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|(?<=\bco)\.[ \t]*)"  # session 46: "drogheda, co. louth, a92 f6w2"
    # session 46 (case tester): a flat or apartment between the street and the town ("181 station road, apt 17b, sacramento")
    r"((?:(?:apt|flat|unit|suite|ste)\.?[ \t]*#?[a-z0-9]{1,5}[ \t]*,[ \t]*)?"
    r"(?:#\d{1,2}-\d{2,4}[ \t]*\n[ \t]*)?(?:[a-z][a-z.'\u2019-]*(?:[ \t][a-z][a-z.'\u2019-]*){0,2}[ \t]*(?:,[ \t]*|\n[ \t]*|[ \t]))"
    rf"{{0,4}}{_POSTCODE})\b"
)


# session 44 (deid tester): without a comma, only up to three words closed by a UK or Canadian postcode
# ("53 mill rd cambridge cb1 2bn")
_SPACE_TAIL = compile_rx(r"[ \t]+((?:[a-z][a-z.'\u2019-]*[ \t]){0,3}(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d"
                         r"|(?:nsw|vic|qld|wa|sa|tas|nt|act)[ \t]+\d{4}(?!\d)))\b")  # session 46: "76 rose hill, footscray vic 3011"


# session 48 (deid tester: "in rotorua 2093, poc qds", "55 rata st papatoetoe 3117"): an Australian or New Zealand
# four-digit postcode closing a found place, or a listed town and its postcode after a found street, closing a clause
_FOUR_DIGITS = compile_rx(r"[ \t]+(\d{4})(?=[ \t]*(?:[,.;)\n]|$))", re.MULTILINE)
_TOWN_FOUR_DIGITS = compile_rx(r"[ \t]+([a-z][a-z'\u2019-]+(?:[ \t][a-z][a-z'\u2019-]+)?)[ \t]+\d{4}(?=[ \t]*(?:[,.;)\n]|$))",
                               re.MULTILINE)


# session 49 (deid tester O: 22 towns and districts after a found street, in one letter case): the comma-separated places
# closing a found address at a sentence's or a line's end, with no postcode ("..., crystal plaza, al majaz, sharjah.",
# "..., WATERFORD, ST. CATHERINE (NEAR ...", "ramdass trace, morvant.\n"): each part one to three words of one case, no
# clinical word, and a town of the gazetteer or no common English word
_PLACE_PART = r"(?:[a-z][a-z.'\u2019-]*(?:[ \t][a-z][a-z.'\u2019-]*){0,2}|[A-Z][A-Z.'\u2019-]*(?:[ \t][A-Z][A-Z.'\u2019-]*){0,2})"
# session 50 (deid tester V): also before a closing bracket, a colon, a state's slash or a postcode's label ("[street], lublin),",
# "[street], val-d'or: picc flush", "[street], rahova, craiova, cod 304075", "fortaleza/ce, cep")
_LOCALITY_TAIL = compile_rx(rf"((?:[ \t]*[,\u2013][ \t]*{_PLACE_PART}){{1,3}})(?=[ \t]*(?:[.;:](?:[ \t]|$)|$|\n|\(|\)|[ \t]-[ \t]|/[a-z]{{2}}\b"
                            r"|,?[ \t]+(?i:cod|cep|c\.p\.|zip|postcode|pin(?:code)?)\b))", re.MULTILINE)


_STATES = frozenset(["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "alberta", "manitoba", "ontario", "quebec", "saskatchewan", "yukon", "nunavut", "queensland", "victoria", "tasmania", "karnataka", "kerala", "maharashtra", "gujarat", "rajasthan", "punjab", "haryana", "bihar", "odisha", "orissa", "assam", "goa", "telangana", "uttarakhand", "sindh", "balochistan", "sabah", "sarawak", "selangor", "johor", "kedah", "perak", "pahang", "kelantan", "terengganu", "melaka", "malacca", "perlis", "india", "pakistan", "bangladesh", "philippines", "singapore", "malaysia", "nigeria", "ghana", "kenya", "jamaica", "trinidad", "tobago", "canada", "australia", "zealand", "ireland", "scotland", "wales", "england", "usa", "uk", "uae", "qatar", "oman", "kuwait", "bahrain"]) | frozenset(("new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina",
                          "north dakota", "south dakota", "west virginia", "rhode island", "british columbia", "nova scotia",
                          "new brunswick", "prince edward island", "new south wales", "south australia", "western australia",
                          "northern territory", "tamil nadu", "andhra pradesh", "uttar pradesh", "madhya pradesh",
                          "west bengal", "himachal pradesh", "jammu and kashmir", "khyber pakhtunkhwa", "negeri sembilan",
                          "trinidad and tobago", "new zealand", "south africa", "united states", "united kingdom",
                          "saudi arabia", "united arab emirates"))


def _localities(tail: str) -> bool:
    names = place_names()
    for part in (p.strip() for p in tail.split(",") if p.strip()):
        words = [w.strip(".") for w in part.split()]
        if len(words) == 1 and len(words[0]) <= 3 or part.lower().rstrip(".") in _STATES:
            return False  # a state, province or country ("Reading, PA.", "bengaluru, karnataka."): no subdivision smaller than a state
        if any(_key(w) in _CLINICAL or clinical_spelling(w) for w in words if len(w) > 2):
            return False
        if part.lower().rstrip(".") not in names and any(_common(w) for w in words if len(w) > 2):
            return False
    return True


def address_tail_spans(text: str, ends: list[int]) -> list[tuple[int, int, str]]:
    """[ADDRESS] spans closing the addresses that end at ``ends`` (see above)."""
    out: list[tuple[int, int, str]] = []
    for end in ends:
        if (four := _FOUR_DIGITS.match(text, end)) is not None:
            out.append((end, four.end(1), "[ADDRESS]"))
            continue
        if (town := _TOWN_FOUR_DIGITS.match(text, end)) is not None and _key(town.group(1)) in place_names():
            out.append((end, town.end(0), "[ADDRESS]"))
            continue
        if (code := _TOWN_CODE_TAIL.match(text, end)) is not None and not any(
                _key(w) in _CLINICAL or _key(w) in _NOT_STREET for w in code.group(1).replace(",", " ").split()[:-1]):
            out.append((end, code.end(1), "[ADDRESS]"))
            continue
        m = _TAIL.match(text, end) or _SPACE_TAIL.match(text, end)
        if m is None and (loc := _LOCALITY_TAIL.match(text, end)) is not None and _localities(loc.group(1)):
            out.append((end, loc.end(1), "[ADDRESS]"))  # session 49: "building 77, zone 12, street 603, doha."
            continue
        if m is None and (sub := _SUBURB_TAIL.match(text, end)) is not None and _suburb(sub.group(1)):
            out.append((end, sub.end(1), "[ADDRESS]"))  # session 52: "12 kowhai rd, otara, pressure ulcer"
            continue
        if m is None and (sub := _VISIT_TAIL.match(text, end)) is not None and _suburb(sub.group(1).lower()):
            out.append((end, sub.end(1), "[ADDRESS]"))
            continue
        if m is None or any(_key(w) in _CLINICAL and _key(w) not in place_names()  # "bristol" is a stool chart too
                            for w in re.findall(r"[a-z]{3,}", m.group(1))):
            continue
        out.append((end, m.end(1), "[ADDRESS]"))
    return out


# session 52 (deid tester L: community visit logs typed in lower case): the suburb after a street, closing at a comma, a
# dash, a bracket or the line's end ("12 kowhai rd, otara, pressure ulcer", "14 jacaranda st, soshanguve, wheelchair",
# "h no 8-2-293, banjara hills (+91 ...)", "8 protea rd, umhlanga 4319,"): one or two words, a listed town or a word no
# list knows, and no clinical word
_SUBURB_TAIL = compile_rx(
    r"[ \t]*,[ \t]*([a-z][a-z'\u2019-]{2,20}(?:[ \t]+(?:[a-z][a-z'\u2019-]{1,20}|w|e|n|s))?(?:[ \t]+\d{4})?)"
    r"(?=[ \t]*(?:[,;(]|[ \t]-[ \t]|$)|[ \t]+(?:with|and|who|where|since)\b)",  # session 53: "..., gachibowli with his daughter"
    re.MULTILINE,
)
# session 53 (deid tester Q: visits typed in lower case or capitals): the suburb and its postcode after a street with no comma,
# before what the visit was ("called to 173 wattle st, toowoomba at 3am", "232 temple road mylapore at 22:45", "79 holly bank
# headingley with hope", "moving to 148 kalayaan ave caloocan 1800 next month", "... red deer m1y 9x9 next month")
_POSTCODE_LOW = r"(?:\d{4}|[A-Za-z]\d[A-Za-z][ \t]?\d[A-Za-z]\d|[A-Za-z]\d{2}[ \t]?[A-Za-z0-9]{4})"
_VISIT_TAIL = compile_rx(
    rf"[ \t]*,?[ \t]*((?:[a-z][a-z'\u2019-]{{2,20}}(?:[ \t]+[a-z][a-z'\u2019-]{{2,20}})?|[A-Z][A-Z'\u2019-]{{2,20}}(?:[ \t]+[A-Z][A-Z'\u2019-]{{2,20}})?)"
    rf"(?:[ \t]+{_POSTCODE_LOW})?)(?=[ \t]+(?i:at|for|next|referred|moving|with|from)\b)"
)
# session 53 (deid tester Q: addresses in lower case and capitals): one or two town words and a five- or six-digit ZIP or PIN
# code right after the street ("163 maple ave broken arrow 60498 recent", "66 NEHRU STREET MALLESWARAM 560038")
_TOWN_CODE_TAIL = compile_rx(r"[ \t]*,?[ \t]*((?:[a-z][a-z'\u2019-]{2,}|[A-Z][A-Z'\u2019-]{2,})(?:[ \t]+(?:[a-z][a-z'\u2019-]{2,}|[A-Z][A-Z'\u2019-]{2,}))?"
                             r",?[ \t]+\d{5,6})(?![\w/-]|[.,]\d)")


def _suburb(words: str) -> bool:
    parts = [w for w in words.split() if not w.isdigit() and len(w) > 1]
    if not parts or any(_key(w) in _CLINICAL or _key(w) in _NOT_STREET for w in parts):
        return False
    return " ".join(parts).lower() in place_names() or any(not is_known_word(w) for w in parts)
