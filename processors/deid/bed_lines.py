"""Handover bed lines, next of kin and shift headers (session 43, deid tester: 300 notes, a fifth of
the names missed in nursing handovers).

A handover lists one patient per line: the bed, the name, the age, then the problems, in any case and
with any one separator ("BED 21 - COOK, GWEN - 98 - NOF #", "B10; GOH Siew Lan; 99; NOF #",
"Bed 24 | Ahmad bin Yusof | 92 | LRTI", "B25, TE WHATA, LEILANI, 97, COPD EXAC", "bed 9; grewal,
etienne; (93); pe"). A field between the bed and an age field (a number, bracketed or not, with a sex
or "yo") is the patient's name when none of its words is clinical and one of them is a listed name, a
title or a word no list knows; the age is AGE when over 89. Also: the next of kin before a number
("NOK EARL LITTLE 217.508.0354", "nok kwabena st. john 905.480.4762") and the nurse in charge and the
nurses handing over in a handover's header ("FROM POPPY TO REUBEN. NIC: ALBERT.").

Spans are ``(start, end, placeholder)``, checked here.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.lower_fields import _PARTICLES
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, is_known_word

__all__ = ["bed_line_spans"]

_NAME_FIELD = r"[^\W\d_][\w'.\u2019 -]{0,38}?"
_BED_LINE = compile_rx(
    r"(?m)^[ \t]*(?i:bed|b|rm|room|bay[ \t]*\d{1,2}[ \t]*bed)[ \t]*\d{1,3}[A-Za-z]?[ \t]*(?P<sep>[-;|,\u2013])[ \t]*"
    rf"(?P<name>{_NAME_FIELD}(?:,[ \t]*{_NAME_FIELD})?)[ \t]*(?P=sep)[ \t]*"
    r"\(?(?P<age>\d{1,3})\)?(?:[ \t]?(?i:[mf]|yo|y/o|yrs?))?[ \t]*(?=(?P=sep)|$)"
)
# a whiteboard line without separators: bed, name, age and sex ("B25 Rose 96F #NOF", "B3 Mr Tan 88M")
_BOARD_LINE = compile_rx(
    r"(?m)^[ \t]*(?i:bed|b|rm|room)[ \t]*\d{1,3}[A-Za-z]?[ \t]+"
    r"(?P<name>(?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*){0,2}?)[ \t]+"
    r"(?P<age>\d{1,3})[ \t]?(?:[MFmf]|yo|y/o)\b"
)
# the nurses handing over ("HANDED OVER BY BAKER, RUBY TO PATEL, AMIR")
_HANDED = compile_rx(
    r"\b(?i:handed[ \t]+over[ \t]+(?:by|to|from)|handover[ \t]+(?:by|to|from)|hand[ \t]+over[ \t]+to)[ \t]+"
    r"([^\W\d_](?:[^\W\d_]|['\u2019-])*(?:,?[ \t][^\W\d_](?:[^\W\d_]|['\u2019-])*)?)(?=[ \t]+(?i:to|at|for|@)\b|[ \t]*[.;,\n]|$)",
    re.MULTILINE)
_NOK = compile_rx(
    r"\b(?i:nok|next[ \t]+of[ \t]+kin)[ \t]*:?[ \t]+(?:\((?i:[a-z]+)\)[ \t]+)?"
    r"((?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[^\W\d_][\w'.\u2019-]*(?:[ \t][^\W\d_][\w'.\u2019-]*){0,3}?)"
    r"(?=[ \t]*(?:\(?\+?\d[\d .()-]{6,}|\(|$))", re.MULTILINE)
_STAFF = compile_rx(
    r"(?m)^[ \t]*(?i:handover[ \t]+)?(?i:from)[ \t]+([^\W\d_][\w'\u2019-]+)[ \t]+(?i:to)[ \t]+([^\W\d_][\w'\u2019-]+)[ \t]*[.;,]"
    r"|\b(?i:nic|nurse[ \t]+in[ \t]+charge)[ \t]*:[ \t]*([^\W\d_][\w'\u2019-]+)\b")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))


def _words(field: str) -> list[str]:
    return [w for w in re.split(r"[ \t,]+", field.strip()) if w]


def _person(field: str) -> bool:
    """Every word may be a name (no clinical word or abbreviation) and one says it is one."""
    words = _words(field)
    if not words or len(words) > 5:
        return False
    sure = False
    for w in words:
        k = _key(w).strip(".'\u2019")
        if not k or k in _CLINICAL or k in CLINICAL_ABBREV or k in RELATION_WORDS:
            if k in _PARTICLES or k in _TITLES or (k in _CLINICAL and len(words) > 1 and _is_name_loose(w)):
                continue  # "LONG, Seo-jun": a listed surname that is also a clinical word, beside a name
            return False
        if k in _TITLES:
            sure = True
        elif k in _PARTICLES:
            continue
        elif _is_name_loose(w) or not all(is_known_word(p) for p in re.split(r"[-'\u2019]", k) if len(p) >= 2):
            sure = True
    return sure


def bed_line_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if "b" in low:
        for m in _BED_LINE.finditer(text):
            if not _person(m.group("name")):
                continue
            out.append((*m.span("name"), "[NAME]"))
            if int(m.group("age")) > 89:
                out.append((*m.span("age"), "[AGE]"))
        for m in _BOARD_LINE.finditer(text):
            if _person(m.group("name")):
                out.append((*m.span("name"), "[NAME]"))
                if int(m.group("age")) > 89:
                    out.append((*m.span("age"), "[AGE]"))
    if "hand" in low:
        out.extend((*m.span(1), "[NAME]") for m in _HANDED.finditer(text) if _person(m.group(1)))
    if "nok" in low or "next of kin" in low:
        for m in _NOK.finditer(text):
            if _person(m.group(1)):
                out.append((*m.span(1), "[NAME]"))
    if "handover" in low or "nic" in low or "in charge" in low:
        for m in _STAFF.finditer(text):
            for g in (1, 2, 3):
                w = m.group(g)
                if w and _key(w) not in _CLINICAL and _key(w) not in CLINICAL_ABBREV and (
                        _is_name_loose(w) or not is_known_word(w)) and (g == 3 or "handover" in low):
                    out.append((*m.span(g), "[NAME]"))
    return out
