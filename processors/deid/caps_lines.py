"""Names in ALL-CAPS running text (session 36 black-box tester).

Triage and pager systems write whole lines in capitals: "PATIENT MICHÈLE PELTIER BROUGHT IN BY SON
LOIDA FROM NURSING HOME IN BANGOR", "PAGE FROM 4W RN DEAN X8376: pt MAAS rm 397". The recognisers
read capitalisation as a cue (a capitalised unknown word, "SURNAME, Given"), and in a line of
capitals every word has it, so they stand back and the names went through (19 of the tester's
ALL-CAPS and 14 of its pager leaks). Such a line is read a second time in lower case, the way the
lower-case recognisers read quick nursing notes ("brought in by son loida", "rn dean", "pt maas"),
and the names found inside its runs of capitals are added.

A run is three or more words in capitals; a line whose runs hold only English or clinical words
and no listed name ("HISTORY OF PRESENT ILLNESS", "NIL BY MOUTH", "ECG NSR CT") is not read
again. Only names are taken from the second reading, and (session 46) the address of a line of capitals that holds
a street ("LIVES AT 63 STATION ROAD, WORCESTER, MA 01609": the lower-case reading closes it on its town and code). Lower-casing
keeps every index (a line whose lower case changes length is skipped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from processors.deid.leading import compile_rx
from processors.deid.names import _key
from processors.deid.quick_forms import name_word

__all__ = ["caps_line_spans", "caps_role_spans"]

_CAPS_WORD = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
_CAPS_RUN = compile_rx(rf"(?<![\w'-]){_CAPS_WORD}(?:[ \t]+(?:[A-Z]\b[ \t]+)?{_CAPS_WORD}){{2,}}(?![\w'-])")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_KINDS = ("[NAME]",)
# session 46 (case tester: addresses in capitals lost their town and postcode, 49 % caught): a line of capitals holding a
# street is read again too, and the address found there (street to postcode) is taken
_CAPS_STREET = compile_rx(
    r"\b\d{1,5}[A-Z]? (?:[A-Z][A-Z'\u2019-]+ ){1,3}(?:STREET|ST|ROAD|RD|LANE|LN|AVENUE|AVE|DRIVE|DR|CLOSE|GROVE"
    r"|TERRACE|WAY|PLACE|COURT|CRESCENT|CRES|HILL|PARK|GARDENS|BOULEVARD|BLVD|SQUARE|ROW|WALK|MEWS|PARADE)\b(?![a-z])"
    # session 48 (deid tester): a numbered premise opening a run of parts ("HOUSE 7, GWARINPA 2ND AVENUE, PORT HARCOURT,
    # RIVERS STATE 500272", "ERF 1187, EXTENSION 5, GQEBERHA, ...", "BLK 12 LOT 8, MABINI ST., ...")
    r"|\b(?:PLOT|UNIT|FLAT|APT|BLOCK|BLK|HOUSE|ERF|STAND|NO\.?|H\.?[ \t]?NO\.?|LOT|VILLA|BUILDING)[ \t]*\d{1,5}[A-Z]?"
    r"(?:[ \t]+LOT[ \t]+\d{1,4})?,"
)


def _worth_reading(run: str) -> bool:
    """A run with a word that is a listed name or no known (and no clinical-looking) word."""
    return any(name_word(word) for word in _WORD.findall(run))


def caps_line_spans(
    text: str, scrub: Callable[[str], Sequence[tuple[int, int, str]]]
) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the names and places that ``scrub`` finds in the lower-cased
    lines of ``text`` with a run of capitals, inside those runs."""
    if not _CAPS_RUN.search(text) and not _CAPS_STREET.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        runs = [m.span() for m in _CAPS_RUN.finditer(line.group(0)) if _worth_reading(m.group(0))]
        street = _CAPS_STREET.search(line.group(0))
        if not runs and street is None:
            continue
        low = line.group(0).lower()
        if len(low) != len(line.group(0)):
            continue
        reach = -1  # the end of the address read from the street on (its tail spans follow it)
        for s, e, placeholder in sorted(scrub(low)):
            if placeholder in _KINDS and any(s < re_ and rs < e for rs, re_ in runs):
                out.append((line.start() + s, line.start() + e, placeholder))
            elif placeholder in ("[ADDRESS]", "[ZIP]") and street is not None and (
                    (s < street.end() and street.start() < e) or 0 <= s - reach <= 2):
                out.append((line.start() + s, line.start() + e, placeholder))  # session 46: the town and code after it
                reach = max(reach, e)
    return out


# pager and bed-board shorthand: a role before a name in capitals ("RN DESTINY X8757", "MD
# ZHANG:"), a patient in capitals before the room ("pt MAAS rm 397", "pt DELA CRUZ rm 557")
_ROLE_CAPS = compile_rx(
    r"\b(?:RN|LPN|LVN|NP|PA|CNA|HCA|MD|DR|CN|CNS|RT|RRT|RPh|PharmD|SW|CM)[ \t]+"
    r"([A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+)?)"
    r"(?=[ \t]*(?:[,:;/()]|[Xx]\d|$|[ \t]+(?:[Xx]?\d|pls|please|re\b|ext|pager|bleep|pg\b)))",
    re.MULTILINE)
_PT_BEFORE_ROOM = compile_rx(
    r"\b(?:pt|patient|Pt)[ \t]+((?:[A-Z][A-Z'\u2019-]*[ \t]+){0,2}[A-Z][A-Z'\u2019-]+)[ \t]+(?:rm|room|bed|bay|RM|BED)[ \t]*\d")


_PARTICLES = frozenset(["ni", "nic", "mac", "mc", "o", "de", "dela", "del", "della", "da", "di", "van", "von", "der",
                        "den", "le", "la", "al", "el", "bin", "binti", "bint", "ben", "ibn", "st", "ui"])


# credentials and registration labels after a role ("MD CCFP", "MD NPI 1136169467", "RN BSN")
_NOT_NAMES = frozenset(["npi", "dea", "phd", "mph", "msc", "bsc", "bsn", "msn", "dnp", "facp", "facs", "facc", "frcpc",
                        "frcp", "frcs", "frcpath", "mrcp", "mrcs", "mbbs", "mbchb", "ccfp", "cpso", "gmc", "nmc", "ahpra",
                        "lic", "licence", "license", "ext", "bleep", "pager", "cell", "mobile", "on", "call", "oncall"])


def _name_like(words: str) -> bool:
    """Every word a name word (``quick_forms.name_word``), no credential or label ("GCS", "NPI");
    a particle ("NI BHRIAIN", "DELA CRUZ") may open the name."""
    parts = words.split()
    while len(parts) > 1 and parts[0].lower() in _PARTICLES:
        parts = parts[1:]
    return all(_key(word) not in _NOT_NAMES and name_word(word) for word in parts)


def caps_role_spans(text: str) -> list[tuple[int, int]]:
    """Spans of names in capitals after a role abbreviation or before a room number."""
    out: list[tuple[int, int]] = []
    for rx in (_ROLE_CAPS, _PT_BEFORE_ROOM):
        for m in rx.finditer(text):
            if _name_like(m.group(1)):
                out.append(m.span(1))
    return out
