"""Street lines of a few national forms (session 12, held-out corpus v36), each behind a cheap
literal gate:

- Singapore HDB blocks: "Blk 12 Mandai Estate, #02-08", "Block 26 Tuas South Avenue 1, #03-12"
  (the block, its street and the unit number are one address);
- a Canadian suite written before the civic number with a dash: "Suite 466 - 1795 Pembina Hwy"
  (the suite joins the street found after it);
- an Irish street line in Irish or English before a town and a county: "10 Dún na Rí, Castlebar,
  Co. Mayo", "23 Ard Caoin, Ennis, Co. Clare" (house number, words, then ", Town, Co. County");
- a street corner ("encampment near Grand Ave & Central Ave"), a holiday villa before its street
  ("Villa 7, Anemones Street");
- session 15 (v43): a Hong Kong flat, floor, block and estate ("Flat 7D, 15/F, Block 3, Shek Kip
  Mei Estate"), and a shop number before a street line ("Shop 7, 9 Pinjarra Road"); (v44) a US city
  before its state's code after "near" / "in" / "from" ("near Hope, AR"); "69 Kingsway"; an Irish
  street line without a number over "Town, Co. County"; session 55: a numbered street without a house number ("on 5th
  Street", "3rd Ave", "West 42nd St.").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["street_line_spans"]

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][a-zß-öø-ÿ'\u2019]+"
_BLOCK = compile_rx(
    rf"\b(?:Blk|BLK|Block)[ \t]+\d{{1,4}}[A-Z]?[ \t]+(?:{_WORD}[ \t]+){{0,3}}{_WORD}(?:[ \t]+\d{{1,2}}\b)?"
    r"(?:,?[ \t]*#\d{1,3}-\d{1,4}\b)?"
)
_SUFFIX = r"(?:Ave|Avenue|St|Street|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Pkwy|Hwy|Ln|Lane|Pl|Ct)\b\.?"
_STREET_NAME = rf"(?:[NSEW]\.?[ \t]+)?(?:\d{{1,3}}(?:st|nd|rd|th)|{_WORD})(?:[ \t]+{_WORD})?[ \t]+{_SUFFIX}"
# a street corner ("Grand Ave & Central Ave", "E 12th St and Mission Ave")
_CORNER = compile_rx(rf"\b{_STREET_NAME}[ \t]+(?:&|and|at)[ \t]+{_STREET_NAME}(?![\w])")
_CORNER_JOIN = compile_rx(rf"{_SUFFIX}[ \t]+(?:&|and|at)[ \t]+")  # speed: scanned by its literal first letters
# a holiday villa before its street ("Villa 7, Anemones Street")
_VILLA = compile_rx(
    rf"\b(?:Villa|Chalet|Cottage|Lodge|Plot|House|Stand|Erf)[ \t]+\d{{1,5}}[A-Z]?,?[ \t]+"
    rf"(?:(?:{_WORD}|[IVX]{{1,4}})[ \t]+){{1,3}}{_SUFFIX}"
)  # session 13 (v40): "Plot 179, Ntinda II Road" (Uganda), "House 4, Tundra Ridge Rd" (Alaska)
_HK_FLAT = compile_rx(
    rf"\b(?:Flat|FLAT|Rm|Room)[ \t]+\w{{1,5}},[ \t]*(?:\d{{1,3}}/F|G/F)(?:,[ \t]*(?:Block|Blk|Tower)[ \t]+\w{{1,4}})?"
    rf"(?:,[ \t]*(?:{_WORD}[ \t]+){{0,4}}(?:Estate|Court|Garden|Gardens|Park|Centre|Building|House|Mansion|Tower|Villa"
    rf"|Terrace|Place|Plaza|Heights))?"
)
_SHOP_STREET = compile_rx(rf"\b(?:Shop|Kiosk|Level|Lvl)[ \t]+\d{{1,4}}[A-Z]?,[ \t]*\d{{1,5}}[A-Za-z]?[ \t]+(?:{_WORD}[ \t]+){{1,3}}{_SUFFIX}")
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK"
           "|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")  # no MD / PA: credentials after a name
_CITY_STATE = compile_rx(
    rf"\b(?:near|in|from|at|to|outside|visiting|of)[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}}),[ \t]+(?:{_STATES})\b(?![ \t]*\d|\w)"
)  # session 15 (v44): "a camping trip near Hope, AR" (a city named by its state, no ZIP)
# session 15 (v44): a one-word street ending in "way" ("69 Kingsway"), not a clinical "-way"
_WAY_STREET = compile_rx(r"\b\d{1,5}[A-Z]?[ \t]+([A-Z][a-z]{2,}way)\b")
_NOT_WAY = frozenset(["Airway", "Pathway", "Doorway", "Hallway", "Stairway", "Gateway", "Subway", "Runway", "Walkway",
                      "Driveway", "Halfway", "Anyway", "Midway"])  # fmt: skip
# an Irish address block's street line without a number, over "Town, Co. County" ("Main Street\nKillarney,
# Co. Kerry", "The Square\nMallow, Co. Cork")
_IRISH_STREET_LINE = compile_rx(
    rf"^[ \t]*((?:The[ \t]+)?(?:{_WORD}[ \t]+){{0,2}}(?:Street|Road|Square|Avenue|Terrace|Place|Lane|Quay|Parade|Mall|Hill))"
    rf"[ \t]*,?[ \t]*\n[ \t]*{_WORD}(?:[ \t]+{_WORD})?,[ \t]*Co\.?[ \t]+{_WORD}",
    re.MULTILINE,
)
_SUITE_DASH = compile_rx(r"\b(?:Suite|Unit|Apt\.?|Apartment)[ \t]+\w{1,6}[ \t]+[-\u2013][ \t]+\d")
_IRISH_LINE = compile_rx(
    rf"(?<![\w,])(\d{{1,4}}[A-Z]?[ \t]+(?:{_WORD}|na|an|de|le|la)(?:[ \t]+(?:{_WORD}|na|an|ar|de|le|la)){{0,4}}),"
    rf"[ \t]*({_WORD}(?:[ \t]+{_WORD})?),[ \t]*Co\.?[ \t]+{_WORD}"
)


# session 55 (deid tester B): a numbered street without a house number ("the Mission on 5th Street", "lives on 3rd Ave",
# "West 42nd St.")
_NUMBERED_STREET = compile_rx(
    r"\b(?:(?:North|South|East|West|N|S|E|W)\.?[ \t]+)?[1-9]\d{0,2}(?:st|nd|rd|th)[ \t]+(?:Street|Avenue|Ave|Road|Rd"
    r"|Boulevard|Blvd|Drive|Lane|Ln|Place|Terrace|Court|Parkway|Pkwy|St(?![ \t]+[A-Z]))\b"  # not "3rd St Mary's" (a saint)
)


def street_line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "[ADDRESS]") of the street lines in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "Bl" in text or "BL" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _BLOCK.finditer(text))
    if " - " in text or " \u2013 " in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _SUITE_DASH.finditer(text))
    if _CORNER_JOIN.search(text):
        out.extend((*m.span(), "[ADDRESS]") for m in _CORNER.finditer(text))
    if any(w in text for w in ("Villa", "Chalet", "Cottage", "Lodge", "Plot", "House", "Stand", "Erf")):
        out.extend((*m.span(), "[ADDRESS]") for m in _VILLA.finditer(text))
    if ", " in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _CITY_STATE.finditer(text))
    if "/F" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _HK_FLAT.finditer(text))
    if "Shop " in text or "Kiosk " in text or "Level " in text or "Lvl " in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _SHOP_STREET.finditer(text))
    if "way" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _WAY_STREET.finditer(text) if m.group(1) not in _NOT_WAY)
    if "st " in text or "nd " in text or "rd " in text or "th " in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _NUMBERED_STREET.finditer(text))
    if "Co" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _IRISH_STREET_LINE.finditer(text))
        for m in _IRISH_LINE.finditer(text):
            out.extend(((*m.span(1), "[ADDRESS]"), (*m.span(2), "[ADDRESS]")))
    return out
