"""Care outside the ward (session 14, held-out corpus v42): police and coroner paperwork, district
and public-health nursing, safeguarding referrals, community-team sign-offs.

- a police officer's rank, collar number and name ("PC 0541 Pugh", "DC 1402 Brian Long"): the
  number is an ID, the name a NAME;
- a first name after a community role abbreviation ("Refer DNS Kiri", "PHN Eve ((09) ...",
  "TVN (Allan) aware");
- a first name and an initial before a credential closing a line ("Angelica P RN");
- lower-case initials closing a note after a sentence ("... Gisborne 4010. jp"), or opening a
  line before a slash and a full name ("md / Marie Davis, CRS clinician");
- children listed with their ages after "Siblings:" / "Children:" ("Siblings: Ethan (6), Poppy (2)");
- (session 51) an officer's rank and name with no collar number in a note that speaks of the police.

Each pattern opens with a literal or a class, or runs only after a substring test.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV
from processors.deid.unknown import is_known_word

__all__ = ["community_name_spans", "police_spans", "vaccine_lot_spans"]

_RANKS = ("PC ", "DC ", "PS ", "DS ", "Sgt", "SGT", "Insp", "DCI ", "DI ", "DSI ", "PCSO ")
_RANK = r"(?:PC|DC|PS|DS|DI|DCI|DSI|Sgt|SGT|Insp|PCSO)"
_POLICE = compile_rx(rf"\b{_RANK}\.?[ \t]+(\d{{3,5}})[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b")
# session 54 (deid tester X): the collar number after the name, in a case conference's attendee list ("DC \u2013 Brett Smith
# 6650 (West Yorkshire Police)")
_POLICE_AFTER = compile_rx(
    rf"\b{_RANK}\.?[ \t]*(?:[-\u2013\u2014:][ \t]*)?([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){{0,2}})[ \t]+(\d{{3,5}})\b(?![.:/]\d|[ \t]*(?:hrs?|hours?|h\b|am|pm|mins?|today|on\b))")
# session 51 (deid tester: safeguarding notes): a rank and a name with no collar number, where the note speaks of the
# police ("visiting officers PC Te Awa and DC Joy Field", "PS Haddad aware"), and a lower-case rank after "officer"
# ("officer ps pereira.", "officer ps le")
_POLICE_NAME = compile_rx(rf"\b{_RANK}\.?[ \t]+([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)\b")
_POLICE_LOWER = compile_rx(
    r"\b(?i:officers?)[ \t]+(?:pc|dc|ps|ds|di|sgt|insp|pcso)\.?[ \t]+([a-z][a-z'\u2019-]+)\b(?:[ \t]+([a-z][a-z'\u2019-]+)\b)?"
)
_POLICE_WORDS = compile_rx(r"(?i:police|officers?\b|constable|collar|custody|arrest|\bcid\b|\bcad\b|\bcris\b)")
_COMMUNITY_ROLE = compile_rx(r"\b(?:DNS|DN|PHN|TVN|CPN|HV|MCH nurse|CRS)[ \t]+(?:\(([A-Z][a-z]+)\)|([A-Z][a-z]+)\b)")
_ROLE_KEYS = ("DNS", "DN ", "PHN", "TVN", "CPN", "HV ", "MCH nurse", "CRS")
_NOT_AFTER_ROLE = frozenset(["team", "nurse", "nurses", "service", "services", "referral", "visit", "visits",
                             "to", "and", "aware", "notified", "informed", "review", "clinic", "office"])  # fmt: skip
_GIVEN_INITIAL_CRED = compile_rx(
    r"(?m)^[ \t]*([A-Z][a-z]+[ \t][A-Z])\.?,?[ \t]+(?:RN|RM|EN|RGN|RMN|CNS|NP|HCA|SN|DN|HV|CPN|PHN)[ \t]*$"
)
_END_INITIALS = compile_rx(r"(?<=[.!?)>][ \t])([a-z]{2,3})[ \t]*\n?[ \t]*\Z")
_NOT_INITIALS = frozenset(["am", "pm", "ok", "no", "yes", "etc", "nil", "na", "bw", "kr", "ty", "thx", "rgds",
                           "tia", "fyi", "end", "ta", "cc", "enc", "att", "pto"])  # fmt: skip
_SLASH_NAME = compile_rx(r"(?m)^([a-z]{2,3}|[A-Z]{2,3})[ \t]*/[ \t]*[A-Z][a-z]+[ \t]+[A-Z][a-z'-]+")
_CHILD_LIST = compile_rx(r"\b(?i:siblings|children|kids|grandchildren|sons|daughters|other children)[ \t]*:[ \t]*([^\n]+)")
_CHILD = compile_rx(r"(?:(?<=[,;:&][ \t])|(?<=and[ \t]))([A-Z][a-z]+)(?=[ \t]*\(\d{1,2}(?:[ \t]*(?:y|yrs?|m|mo|months?))?\))")
# session 40: a list of given names only, after a family or carers label ("Children: June and Mark,
# both local", "Carers: Joy and Precious from Bluebird Care"); every item one capitalised word, the
# list closed by punctuation, the line end or a linking word
_KIN_LABEL = compile_rx(r"\b(?i:children|kids|grandchildren|sons|daughters|carers|caregivers)[ \t]*:[ \t]*")
_KIN_ITEM = r"[A-Z][a-z]{2,}(?:[ \t]+\([^()\n]{1,30}\))?"
_KIN_NAMES = compile_rx(
    rf"{_KIN_ITEM}(?:(?:[ \t]*[,&][ \t]*|[ \t]+and[ \t]+){_KIN_ITEM})*"
    r"(?=[ \t]*(?:[,.;)]|$|(?:from|at|in|of|who|both|all|are|live|lives|visit|visits)\b))", re.MULTILINE)
_KIN_WORD = compile_rx(r"[A-Z][a-z]+")
_NOT_KIN = frozenset(["none", "nil", "one", "two", "three", "four", "five", "both", "yes", "no", "grown", "adult",
                      "adults", "unknown", "deceased", "all", "not", "several", "twins", "estranged", "private",
                      "agency", "family", "daily", "none known", "nok", "see", "as", "per", "lives", "local"])  # fmt: skip


# a vaccine's lot or batch number (ID: it ties the dose to the immunisation register entry); a
# drug's batch stays ("Ranibizumab 0.5 mg, batch 22A9": session 8)
_LOT = compile_rx(r"\b(?i:lot|batch)(?:[ \t]*(?i:no\.?|number|#))?[ \t]*:?[ \t]*((?=[\w-]*\d)[A-Za-z0-9][\w-]{3,})\b")
_VACCINE = compile_rx(
    r"(?i:vaccin|immuni[sz]|tdap|boostrix|dtap|infanrix|pediarix|mmr|hep[ \t]?[ab]\b|engerix|varivax|havrix"
    r"|prevnar|pcv\d|shingrix|arexvy|influenza|fluad|flucelvax|covid|comirnaty|spikevax|gardasil|bcg|rotarix)"
)


def vaccine_lot_spans(text: str) -> list[tuple[int, int, str]]:
    """A lot or batch number within 80 characters after a vaccine word."""
    low = text.lower()
    if "lot" not in low and "batch" not in low:
        return []
    return [(*m.span(1), "[ID]") for m in _LOT.finditer(text) if _VACCINE.search(text, max(0, m.start() - 80), m.start())]


# session 57 (deid tester H: 38 of 65 collar numbers left): the number after a rank written out or a collar / badge label, with
# or without the name after it ("found by Officer 1115 Hughes", "Sergeant 8560", "Constable 4471", "(collar no. 2231)")
_WRITTEN_RANK_NUMBER = compile_rx(
    r"\b(?:Constable|CONSTABLE|Officer|OFFICER|Sergeant|SERGEANT|Inspector|CO|[Cc]ollar|[Bb]adge|[Ww]arrant)"
    r"\.?[ \t]*(?:[Nn]o\.?|[Nn]umber|#)?[ \t]*:?[ \t]*(\d{3,6})\b(?![./:]\d|[ \t]*(?i:mg|ml|ppm|%|units?|hrs?|h\b))"
)


def police_spans(text: str) -> list[tuple[int, int, str]]:
    """A police officer's collar number (ID) and name (NAME)."""
    out: list[tuple[int, int, str]] = [(*m.span(1), "[ID]") for m in _WRITTEN_RANK_NUMBER.finditer(text)]
    if not any(r in text for r in _RANKS):
        return out
    for m in _POLICE.finditer(text):
        out.append((*m.span(1), "[ID]"))
        out.append((*m.span(2), "[NAME]"))
    for m in _POLICE_AFTER.finditer(text):
        out.append((*m.span(1), "[NAME]"))
        out.append((*m.span(2), "[ID]"))
    return out


def community_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the module doc (the police names come from ``police_spans``)."""
    out: list[tuple[int, int]] = []
    if any(k in text for k in _ROLE_KEYS):
        for m in _COMMUNITY_ROLE.finditer(text):
            g = 1 if m.group(1) else 2
            if m.group(g).lower() not in _NOT_AFTER_ROLE:
                out.append(m.span(g))
    if "\n" in text or text.rstrip()[-2:].isalpha():
        out.extend(m.span(1) for m in _GIVEN_INITIAL_CRED.finditer(text))
        end = _END_INITIALS.search(text, max(0, len(text) - 8))
        if end and end.group(1) not in _NOT_INITIALS and end.group(1) not in CLINICAL_ABBREV:  # session 47: "... (67 yo) uti"
            out.append(end.span(1))
    if any(r in text for r in _RANKS) and _POLICE_WORDS.search(text):
        out.extend(m.span(1) for m in _POLICE_NAME.finditer(text))
    for m in _POLICE_LOWER.finditer(text):  # a second word only when no English word ("officer ps le. ss case")
        two = m.group(2) is not None and not is_known_word(m.group(2))
        out.append((m.start(1), m.end(2) if two else m.end(1)))
    if "/" in text:
        out.extend(m.span(1) for m in _SLASH_NAME.finditer(text))
    if ":" in text:
        for line in _CHILD_LIST.finditer(text):
            s, e = line.span(1)
            out.extend(m.span(1) for m in _CHILD.finditer(text, s, e))
        for label in _KIN_LABEL.finditer(text):
            names = _KIN_NAMES.match(text, label.end())
            if names:
                for w in _KIN_WORD.finditer(text, names.start(), names.end()):
                    if w.group().lower() not in _NOT_KIN and "(" not in text[names.start():w.start()].rsplit(")", 1)[-1]:
                        out.append(w.span())
    return out
