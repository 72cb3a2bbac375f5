"""Session 7 (from the v19 misses): lower-case names in quick nursing and handover notes.

- after a relation before where they are ("dtr amanda at bedside", "wife sue here");
- after a staff role before what they did ("medical reg jeffrey aware", "fy1 leanne informed");
- a first name signing off after a dash at a line end ("... bed alarm on. -amanda rn",
  "Ph 021 259 5366 -holly");
- a first name and a hyphenated surname ("pt anthony johnson-fleming a&ox4", "s: judith
  rees-jenkins, bay 3"); a listed first and last name after "pt" / "mr" ("pt john smith seen").

The word must be a listed first name or no known word (so "dtr at bedside", "-ok", "reg
review aware" stay). Spans are ``(start, end)``; matched on the lower-cased text.
"""

from __future__ import annotations

import re

from processors.deid.names import FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _CLINICAL, _common, is_known_word

__all__ = ["lower_name_more_spans"]

_W = r"[a-z][a-z'-]{1,20}"
_REL_WHERE = re.compile(
    r"\b(?:daughter|dtr|dau|son|wife|husband|hus|sister|sis|brother|bro|mother|mum|mom|father|dad"
    r"|partner|niece|nephew|grandson|granddaughter|carer|caregiver|friend|neighbou?r)[ \t]+"
    rf"({_W})(?=[ \t]+(?:at|present|visiting|here|staying|by|with|in|on)\b)"
)
_ROLE_DID = re.compile(
    r"\b(?:reg|registrar|sho|fy1|fy2|ct1|ct2|st[1-8]|spr|consultant|nurse|rn|cn|dr|doctor|physio"
    rf"|ot|pharmacist|hca|midwife|np|pa|resident|intern|attending)[ \t]+({_W})"
    r"(?=[ \t]+(?:aware|informed|notified|paged|bleeped|called|reviewed|happy|rang|came|says|said"
    r"|agrees|agreed|updated|to[ \t]+review|will)\b)"
)
_DASH_END = re.compile(
    # after text on the same line: a dash opening a line is a list item ("pmh:\n- htn")
    rf"(?<=\S)[ \t]+-[ \t]*({_W})(?:[ \t]+(?:rn|lpn|lvn|hca|en|rgn|rm|np|cna|ma))?[ \t]*$", re.MULTILINE
)
_REL_BRACKET_LOWER = re.compile(
    r"\b(?:daughter|dtr|son|wife|husband|sister|brother|mother|mum|mom|father|dad|partner|niece"
    r"|nephew|grandson|granddaughter|carer|caregiver|friend|neighbou?r|spouse)[ \t]*\([ \t]*"
    r"([a-z][a-z'-]{1,20}(?:[ \t]+[a-z][a-z'-]{1,20})?)[ \t]*\)"
)
_TITLED_LOWER = re.compile(r"\b(?:pt|patient|mr|mrs|ms|miss)[ \t]+([a-z]{2,15})[ \t]+([a-z]{2,20})\b")
_HYPHEN_FULL = re.compile(r"\b([a-z]{2,15})[ \t]+([a-z]{2,15}-[a-z]{2,15})\b")
_NOT_SIGNOFF = frozenset(["ok", "done", "see", "nil", "none", "thanks", "thx", "cheers", "ta", "end",
                          "tbc", "prn", "stat", "noted", "pending", "same", "ditto"])


def _first_name(word: str) -> bool:
    k = _key(word)
    return k not in _CLINICAL and (k in FIRST_NAMES or not is_known_word(word))


def _surname_piece(piece: str) -> bool:
    k = _key(piece)
    return k not in _CLINICAL and (k in SURNAMES or not is_known_word(piece))


def lower_name_more_spans(text: str, low: str) -> list[tuple[int, int]]:
    """NAME spans of the lower-case forms above (``low``: the lower-cased text)."""
    out: list[tuple[int, int]] = []
    for rx in (_REL_WHERE, _ROLE_DID):
        for m in rx.finditer(low):
            s, e = m.span(1)
            if text[s].islower() and _first_name(m.group(1)):
                out.append((s, e))
    if "(" in text:
        for m in _REL_BRACKET_LOWER.finditer(low):
            s, e = m.span(1)
            if text[s].islower() and _first_name(m.group(1).split()[0]):
                out.append((s, e))  # "Daughter (cheryl gonzalez) cell ..."
    for m in _TITLED_LOWER.finditer(text):
        first, last = m.group(1), m.group(2)
        kf, kl = _key(first), _key(last)
        if (kf in FIRST_NAMES and kl in SURNAMES and kf not in _CLINICAL and kl not in _CLINICAL
                and not _common(first)):
            out.append(m.span(1)[:1] + m.span(2)[1:])  # "pt john smith seen"
    if "-" in text:
        for m in _DASH_END.finditer(low):
            s, e = m.span(1)
            w = m.group(1)
            if text[s].islower() and w not in _NOT_SIGNOFF and _first_name(w):
                out.append((s, e))
        for m in _HYPHEN_FULL.finditer(text):
            first, last = m.group(1), m.group(2)
            pieces = last.split("-")
            if (_key(first) in FIRST_NAMES and _key(first) not in _CLINICAL
                    and any(_surname_piece(p) for p in pieces)
                    and not any(_key(p) in _CLINICAL or _common(p) for p in pieces)):
                out.append(m.span())
    return out
