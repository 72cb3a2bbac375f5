"""Round 10: PHI next to PHI already found, whatever the template.

Run over the merged spans of the other recognisers:

- the other end of a date range or list ("2/1-2/2", "window 4/10-4/24/2026", "Oct 21 and
  1/9"): a day/month joined by a dash, "to", "and", "&" or a comma to a found date;
- a phone number's extension ("(233) 336-1817, ext. 143");
- the rest of an address line after a found street or PO box: comma-separated capitalised
  place names and a 4-6 digit postcode ("31 Laing Circuit, Petone, Lower Hutt 5012");
- an age of 90+ in apposition after a found name ("Sister Patricia Le, 94, breast ca");
- a bare initial before a found name that a credential follows ("saw A Mcguire MD").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS, SURNAMES, _key

__all__ = ["spread_spans"]

_HEALTH_CARD = compile_rx(r"\d{4}[ -]?\d{3}[ -]?\d{3}")
_VERSION_CODE = compile_rx(r"[ \t-]([A-Z]{2})\b(?![ \t]*[:=]|[ \t]+\d)")

_DM = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:(?:19|20)\d{2}|\d{2}))?"
_JOIN = r"[ \t]*(?:-|\u2013|to|and|&|,|through|thru|until|till)[ \t]*"
_DATE_AFTER = compile_rx(
    rf"{_JOIN}({_DM})\b(?![/.:]\d|[ \t]*(?:mm|%|bpm)\b|[ \t]+(?!(?:and|to|at|or|on)\b)[a-z])"
)  # not a count before a noun ("2/4 bottles")
_DATE_BEFORE = compile_rx(rf"(?<![\w/.:+=^-])({_DM}){_JOIN}\Z")
# after v12: "... 633-8521 or ext. 0443" (the extension of the number just given)
_EXTENSION = compile_rx(
    r",?[ \t]*(?:(?:or|then|and)[ \t]+(?:on[ \t]+)?(?=e))?((?:ext\.?|extn\.?|extension|x\.?|poste)[ \t]*\d{1,5}\b)"
)
_PLACE = (  # round 11: a town in capitals too ("..., BOISE, WI 14967")
    r"(?:[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)?|[A-Z]{3,})"  # session 23: "Fort McMurray", "DeKalb"
    r"(?:[ \t]+(?:[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)?|[A-Z]{3,})){0,2}"
)
# session 14 (v42): a postcode after a comma closing the line ("Umlazi, Durban, 4031")
_ADDRESS_TAIL = compile_rx(
    rf"(?:,[ \t]*{_PLACE}){{1,3}}(?:(?:[ \t]+|,[ \t]*(?=\d{{4,6}}[ \t]*(?:\n|\Z)))(\d{{4,6}})\b(?![.,:/]\d))?"
)
_PLACE_WORD = compile_rx(r"[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)?|[A-Z]{3,}")
_INITIAL_BEFORE = compile_rx(r"(?<![\w.'-])[A-Z][ \t]+\Z")
_CRED_AFTER = compile_rx(r",?[ \t]+(?:MD|DO|RN|NP|PA|DDS|PharmD|MBBS|PhD|M\.D\.|D\.O\.)\b")
# round 11: a bare middle initial after a name at a field end ("Kennedy, Kristine A  DOB",
# "Agent: Mary M (ID 57184)")
_INITIAL_AFTER = compile_rx(r"[ \t]+([A-Z])(?=[ \t]*(?:$|\n|[,;(]|[ \t]{2}))", re.MULTILINE)
_AGE_AFTER = compile_rx(
    r"(?:,[ \t]*(9\d|1[0-2]\d)\b(?=[ \t]*(?:[,;()]|\.(?!\d)))"
    r"|[ \t]+(9\d|1[0-2]\d)(?=[ \t]*[-\u2013][ \t]|,[ \t]|[ \t]*\(|[ \t]+\d{5,}\b|\.(?:[ \t]|$)|[ \t]*$))",
    re.MULTILINE,
)  # "Patricia Le, 94, breast ca"; a ward list: "B3 Macdonald, Adrian 94 - #NOF"; session 40 (deid tester):
# "Ada Smith 95, PO D3 DHS", "Mary Jones, 90 (diabetic, PVD)"; session 52: "Re death of Lily Anne Boswell 101. Natural"


_QUOTED_AFTER = compile_rx(r"[ \t]*[\"\u201c\u2018]([A-Z][A-Za-z'-]{1,15}(?:[ \t][A-Z][a-z'-]{1,15})?)[\"\u201d\u2019]")
_QUOTED_BEFORE = compile_rx(r"[\"\u201c\u2018]([A-Z][A-Za-z'-]{1,15}(?:[ \t][A-Z][a-z'-]{1,15})?)[\"\u201d\u2019][ \t]*\Z")
_LONE_INITIAL = compile_rx(r"[A-Z]\.")
_SURNAME_AFTER_INITIAL = compile_rx(r"[ \t]?([A-Z][a-z'-]{2,20})\b")
_PLACE_PREFIX = frozenset(["Fort", "Mount", "Port", "Lake", "Saint", "St", "New", "North", "South", "East", "West"])


def _clinical(word: str) -> bool:
    w = word.lower()
    return w in CLINICAL_WORDS or w in CLINICAL_ABBREV


# session 8: the head of an address line before a found town or postcode: a house number and a
# street with no street-type word ("Transport to 44 Quayside, Whitby YO21 3PJ"), or a house name
# ("Lives at The Old Rectory, Little Snoring, Norfolk NR21 0HX")
_ADDRESS_HEAD = compile_rx(
    r"(?:^|:|\b(?i:at|to|from|of|in|on|address|lives|living))[ \t]*((?:\d{1,5}[A-Za-z]?|The)[ \t]+[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2})"
    r"(?=,[ \t]*(?:[A-Z][A-Za-z'\u2019-]*[ \t,]*){0,4}\Z)",
    re.MULTILINE,
)


def _address_head(text: str, s: int) -> list[tuple[int, int, str]]:
    line_start = text.rfind("\n", 0, s) + 1
    m = _ADDRESS_HEAD.search(text, max(line_start, s - 90), s)
    if m is None or any(_clinical(w) for w in _PLACE_WORD.findall(m.group(1))):
        return []
    return [(*m.span(1), "[ADDRESS]")]


# v25: "lives alone at 1009 Route 9 in Fresno": the town after "in" right after a found street
_IN_TOWN = compile_rx(r"[ \t]+in[ \t]+([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)\b(?![ \t]*\d)")


_COMMA_CODE = compile_rx(r",[ \t]*(\d{4,6})[ \t]*(?=\n|\Z)")  # "..., Durban, 4031" closing the line
# session 38 (deid tester): a postcode closing an address line inside a sentence ("152 Te Atatu Road,
# Rotorua, 5022. School: ...", "Quezon City, 1113 and to ...", "Lagos, 106104; gate code ...") or
# a Polish one before its town ("ul. Piotrkowska 166/20, 90-410 Lodz")
_CODE_END = r"(?=[ \t]*(?:[\n.;,)]|\Z|and\b|or\b|-[ \t]|\())"
_SENTENCE_CODE = compile_rx(rf",[ \t]*(\d{{4,6}})\b(?![.,:/]\d){_CODE_END}")
_CODE_BEFORE_TOWN = compile_rx(r",[ \t]*(\d{2}-\d{3})[ \t]+(?=[A-Z\u00c0-\u017f])")
# a district's number after its head word ("Admiralty Way, Lekki Phase 1, Lagos")
_DISTRICT_HEAD = compile_rx(r"\b(?:Phase|Stage|Sector|Zone|Block|Extension)\Z")
_DISTRICT_NUMBER = compile_rx(r"[ \t]+\d{1,3}\b(?![.,:/]\d)")


# session 24 (v85): a town whose second word is a direction, found without it ("..., Palmerston" +
# " North 4810"), and its postcode
_DIRECTION_TAIL = compile_rx(r"[ \t]+(?P<dir>North|South|East|West|Central)\b(?:[ \t]+(?P<code>\d{4})\b(?![.,:/]\d))?")


def _address_tail(text: str, e: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if e and text[e - 1].islower() and (d := _DIRECTION_TAIL.match(text, e)):
        out.append((d.start("dir"), d.end("dir"), "[ADDRESS]"))
        if d.group("code"):
            out.append((*d.span("code"), "[ZIP]"))
        return out
    pos = e
    for _ in range(4):  # session 38: places, a district's number, then the postcode ("Lekki Phase 1, Lagos, 106104")
        if _DISTRICT_HEAD.search(text, max(0, pos - 10), pos) and (n := _DISTRICT_NUMBER.match(text, pos)):
            out.append((pos, n.end(), "[ADDRESS]"))
            pos = n.end()
            continue
        m = _ADDRESS_TAIL.match(text, pos)
        if m is None:
            if code := _COMMA_CODE.match(text, pos) or _SENTENCE_CODE.match(text, pos) or _CODE_BEFORE_TOWN.match(text, pos):
                out.append((*code.span(1), "[ZIP]"))  # session 14 (v42)
            break
        end = m.start(1) if m.group(1) else m.end()
        words = _PLACE_WORD.findall(text[pos:end])
        if any(_clinical(w) and not (i and words[i - 1] in _PLACE_PREFIX) for i, w in enumerate(words)):
            break  # session 23: after "Fort", "Mount", ... a test's name is a town's ("Fort McMurray")
        out.append((pos, end, "[ADDRESS]"))
        if m.group(1):
            out.append((*m.span(1), "[ZIP]"))
            break
        pos = end
    if not out and (t := _IN_TOWN.match(text, e)) and not any(_clinical(w) for w in t.group(1).split()):
        return [(*t.span(1), "[ADDRESS]")]
    return out


# session 23 (v77, v80): a letter's address line with no street word right above a found town line
# ("Ms A\n24 Irishtown\nNavan\nCo. Meath"): a house number and one to three capitalised words
_HOUSE_LINE_BEFORE = compile_rx(r"(?:^|\n)[ \t]*(\d{1,4}[A-Za-z]?[ \t]+[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+){0,2})[ \t]*\n\Z")


def spread_spans(
    text: str, spans: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, str]]:
    """Spans next to the found ``spans``: (start, end, placeholders of the recognisers that
    found a part of it; a street inside a longer NAME span still counts)."""
    out: list[tuple[int, int, str]] = []
    after_address = -1  # the end of the last address span (a town found as a name may follow it)
    for s, e, kinds in spans:
        if "[NAME]" in kinds and "[ADDRESS]" not in kinds and 0 <= s - after_address <= 2 and (
                text[after_address:s].strip() in ("", ",", ".")):
            after_address = e  # a town found as a name goes on the address ("Lot 9, Brgy. San Isidro, Quezon City")
            if code := _SENTENCE_CODE.match(text, e) or _CODE_BEFORE_TOWN.match(text, e):
                out.append((*code.span(1), "[ZIP]"))  # session 38: "..., Quezon City, 1113 and to ..."
        if "[ADDRESS]" in kinds or "[ZIP]" in kinds:
            after_address = e
        if "[DATE]" in kinds:
            m = _DATE_AFTER.match(text, e)
            if m:
                out.append((*m.span(1), "[DATE]"))
            b = _DATE_BEFORE.search(text, max(0, s - 16), s)
            if b:
                out.append((*b.span(1), "[DATE]"))
        # session 6: a phone written as ten bare digits is found as an id ("8642846654 x1175")
        if "[PHONE]" in kinds or ("[ID]" in kinds and 10 <= e - s <= 11 and text[s:e].isdigit()):
            m = _EXTENSION.match(text, e)
            if m and "[PHONE]" not in kinds and sum(c.isdigit() for c in m.group(1)) < 3:
                m = None  # after a bare number only a real extension ("x1175"), not a count ("x2")
            if m:  # "... or ext. 0443": the extension alone, not the "or"
                out.append((m.start(1) if text[e : m.start(1)].strip(" \t,") else e, m.end(), "[PHONE]"))
        if "[ID]" in kinds and (v := _VERSION_CODE.match(text, e)) is not None and _HEALTH_CARD.fullmatch(text, s, e):
            out.append((*v.span(1), "[ID]"))  # session 47 (deid tester): an Ontario health card's version code ("... 885 YV")
        if "[ADDRESS]" in kinds:
            out.extend(_address_tail(text, e))
        if ("[ADDRESS]" in kinds or "[ZIP]" in kinds) and s >= 2 and "," in text[max(0, s - 80):s]:
            out.extend(_address_head(text, s))
        if "[ADDRESS]" in kinds and s >= 2 and text[s - 1] == "\n" and (
                h := _HOUSE_LINE_BEFORE.search(text, max(0, s - 50), s)) and not any(
                _clinical(w) for w in h.group(1).split()[1:]):
            out.append((*h.span(1), "[ADDRESS]"))  # session 23: "24 Irishtown\nNavan" in a letter's address
        if "[NAME]" in kinds:
            i = _INITIAL_BEFORE.search(text, max(0, s - 3), s)
            if i and _CRED_AFTER.match(text, e):
                out.append((i.start(), e, "[NAME]"))  # "saw A Mcguire MD"
            m = _INITIAL_AFTER.match(text, e)
            if m:
                out.append((e, m.end(1), "[NAME]"))
            m = _AGE_AFTER.match(text, e)
            if m:
                out.append((*m.span(1 if m.group(1) else 2), "[AGE]"))
            # session 40 (deid testers): a nickname in quotes beside the name ('Cormac MacLeod "Kiki"', '"Big
            # Mick" Murphy'); a surname glued to or after an initial ("Fellow: G.Begum", "Fellow: E. Long")
            if q := _QUOTED_AFTER.match(text, e):
                out.append((*q.span(1), "[NAME]"))
            if q := _QUOTED_BEFORE.search(text, max(0, s - 30), s):
                out.append((*q.span(1), "[NAME]"))
            if _LONE_INITIAL.fullmatch(text, s, e) and (g := _SURNAME_AFTER_INITIAL.match(text, e)) and (
                    text[e] != " " and text[e] != "\t" or _key(g.group(1)) in SURNAMES):
                out.append((s, g.end(1), "[NAME]"))
    return out
