"""Session 56 (deid testers B and G of session 55: named venues left in mental-health, safeguarding and home-care notes).

A named venue where a patient lives, sleeps, drinks or was found places them as surely as a street: "found outside the
Crown and Anchor pub", "stayed at the Anchor House hostel", "sleeps in the doorway of the Regal Cinema". The name
(one to four capitalised words, "and" / "&" / "of" between) before a venue noun, after a preposition of place, is an
[ADDRESS]; the noun stays ("[ADDRESS] pub"). Not when every word is generic or clinical ("the Police Station", "Day
Centre", "Memory Cafe", "Diabetes Club"): a service, not a place that singles anyone out.

Streets without a house number, where a scene or a rough sleeper is placed (session 56, deid tester I: ED and ambulance
notes): "(corner Bank Street)", "junction of Princes Street and Abbey Close", "RTC near Sunset Dr", "SCENE AT MAPLE AVE
NEAR SUNSET BLVD": one to three capitalised words and a street type after a preposition of place, in mixed case or in
capitals.
"""

from __future__ import annotations

from processors.deid.context import _words_set
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, CLINICAL_WORDS
from processors.deid.unknown import DRUG_LEXICON

__all__ = ["venue_spans"]

# a short list of street types, not patterns.street_suffixes(): the full list holds words ("Bridge", "Branch", "Park") that
# a preposition of place often precedes in no address
_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Crescent|Cres|Drive|Dr|Boulevard|Blvd|Terrace|Tce|Parade|Pde"
    r"|Highway|Hwy|Grove|Gardens|Square|Sq|Mews|Place|Pl|Row|Way|Rise|Hill"
)  # not Court: "from District Court"
_STREET = compile_rx(
    r"\b(?i:corner(?:[ \t]+of)?|cnr|junction(?:[ \t]+(?:of|with))?|jct|jn|near|nr|outside|on|at|off|along|opposite|opp"
    r"|into|onto|and|&|between|crossing|from|in)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"((?:[A-Z][a-z'\u2019]+[ \t]+){{1,3}}(?:{_TYPES})\b(?![ \t]*(?:\d|[A-Z][a-z]))"
    rf"|(?:[A-Z][A-Z'\u2019]+[ \t]+){{1,3}}(?:{_TYPES.upper()})\b(?![ \t]*\d))"
)
_PERSON_LINK = _words_set("by to with w per called paged and of saw seen from cc dear")
_TYPE_GATE = compile_rx(rf"\b(?:{_TYPES}|{_TYPES.upper()})\b")  # speed: no street type, no street
_NOT_STREET = _words_set(
    "the high main ward unit emergency hospital mon monday tue tuesday wed wednesday thu thursday fri"
    " friday sat saturday sun sunday patient pt scene found seen police ambulance crew drug lab theatre"
    " pain nursing dr st and near at on"
)

# fmt: off
_NOUNS = (
    "pub", "inn", "tavern", "bar", "hotel", "motel", "hostel", "night shelter", "shelter", "nightclub", "club",
    "cafe", "café", "restaurant", "takeaway", "chip shop", "bookmakers", "bookies", "casino", "off-licence",
    "off licence", "supermarket", "caravan park", "campsite", "car park", "retail park", "shopping centre",
    "shopping center", "mall", "leisure centre", "gym", "church", "chapel", "mosque", "temple", "gurdwara",
    "synagogue", "food bank", "foodbank", "cinema", "laundrette", "launderette", "school", "academy", "park",
    "playground", "marina", "stadium",
)
# fmt: on
_NOUN_RX = "|".join(sorted((n.replace(" ", r"[ \t]+") for n in _NOUNS), key=len, reverse=True))
_WORD = r"(?:St\.?|[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)"
_VENUE = compile_rx(
    r"\b(?i:at|in|outside|near|behind|from|to|by|opposite|into|around|of|past|beside|nearby)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"((?:The[ \t]+)?{_WORD}(?:[ \t]+(?:(?:and|&|of|on|the)[ \t]+)?{_WORD}){{0,3}})[ \t]+(?i:{_NOUN_RX})(?:e?s)?\b"
)
_NOUN_GATE = compile_rx(rf"\b(?:{_NOUN_RX})(?:e?s)?\b")  # on the lower-cased text
_GENERIC = _words_set(
    "the and of on police fire ambulance bus coach train railway petrol nurses staff hospital day night"
    " local community family homeless emergency women's men's youth primary secondary high junior infant"
    " infants nursery special grammar sixth form sports leisure shopping retail food main central city"
    " town village county national public private catholic methodist baptist anglican pentecostal"
    " evangelical church parish salvation army recovery memory breakfast lunch after breathe easy stroke"
    " heart cardiac diabetes singing walking book social health medical wellbeing wellness support peer"
    " friendship sheds st st. saint north south east west upper lower old new general children's kids"
    " student students union hospice care respite crisis"
)


def _generic(word: str) -> bool:
    w = word.lower().rstrip(".")
    return (
        w in _GENERIC
        or w in CLINICAL_WORDS
        or w in CLINICAL_VOCAB
        or w in CLINICAL_ABBREV
        or w in DRUG_LEXICON
    )


def _street_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if _TYPE_GATE.search(text) is None:
        return out
    for m in _STREET.finditer(text):
        words = m.group(1).split()[:-1]
        if words[-1].lower() in _PERSON_LINK:
            continue  # "SEEN IN SSU BY DR FERNANDEZ": a doctor, no drive
        if words[0].lower() in _NOT_STREET or all(
            w.lower() in _GENERIC or w.lower() in CLINICAL_ABBREV for w in words
        ):
            continue
        out.append((*m.span(1), "[ADDRESS]"))
    return out


# session 57 (deid tester C: 11 of 11 hotel addresses left): a room in a named hotel, either order ("Room 338, Park Inn",
# "Holiday Inn Express, Room 214"): the room and the hotel's name are the address
_LODGING = r"(?:Inn|Hotel|Motel|Lodge|Hostel|Suites|Apartments|Aparthotel|Guesthouse|Guest[ \t]House|B&B)"
_HOTEL_NAME = rf"(?:[A-Z][\w'&.-]*[ \t]+){{1,3}}{_LODGING}(?:[ \t]+(?:Express|Central|City|Airport|Suites))?"
_HOTEL_ROOM = compile_rx(rf"\b(?:Room|Rm|Rm\.|Unit)[ \t]*#?[ \t]*\d{{1,4}}[A-Z]?,[ \t]*(?:the[ \t]+)?{_HOTEL_NAME}\b"
                         rf"|\b{_HOTEL_NAME},?[ \t]+(?:Room|Rm\.?)[ \t]*#?[ \t]*\d{{1,4}}[A-Z]?\b")


def venue_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """[ADDRESS] spans of venue names and of streets without a number (``low``: the lower-cased text, for cheap gates)."""
    out = _street_spans(text)
    if "room" in low or "rm" in low:
        out.extend((*m.span(), "[ADDRESS]") for m in _HOTEL_ROOM.finditer(text))
    if _NOUN_GATE.search(low) is None:
        return out
    for m in _VENUE.finditer(text):
        words = m.group(1).replace("&", " ").split()
        if all(_generic(w) for w in words):
            continue
        out.append((*m.span(1), "[ADDRESS]"))
    return out
