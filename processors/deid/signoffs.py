"""Sign-offs and list names written the quick way (session 36 black-box tester).

- A flowsheet comment signed with a name and a lower-case credential at the line end, after a
  dash or alone on its line: "7 pm -- I&O: in 446 mL, out 809 mL -- Holly rn", "-- River rn",
  "Jack rn". The credential in capitals ("Holly RN") was caught; in lower case the name went
  through: these given names are English words (Holly, River, Jack, Rich, Patience, Cliff), so
  no other recogniser reads them. Each word must be a listed name or no English word, and not
  clinical on its spelling ("Plan - Monitor rn" is no name).
- A line that is only a dash and a given name with its surname's initial (session 44 deid tester: "- Frank W.",
  "~ Gift B"): a sign-off, when the word is a listed name or no English word.
- A medicines-reconciliation "pt Surname, Given": "pt Field, Dean", "pt Al-Rashid, Khalid" where
  one of the two words is a listed name or no English word ("pt Alert, Oriented" is not).
- Allied-health sign-off lines (session 46, deid tester F: 52 of 187 misses in 300 therapy notes), each
  anchored at a line's start and end with its role read from one list, no name word clinical: a role, a
  colon and initials ("SaLT: rm", "Nurse in charge: ib"); initials then the role ("nh chaplaincy
  volunteer"); a dash, an initial and a surname, a comma and the role ("\u2014 j. logan, band 6
  physiotherapist"); a name, a role and a bleep ("tripti mital, pt, bleep 3615"); a name on a line of
  its own above the role ("marie rich\ndischarge coordinator"). The last two need each word a listed
  name or no English word ("Yours sincerely\nDietitian" stays).
- (session 48, deid testers K and N) Initials, or a name with its role, closing a line after "//" or "~" ("//c.d.",
  "~brooks hca"), after a dash with dotted initials or a role ("- B.H. SN", "-- R.B."), and initials signing the note's
  last line after any of these ("... -- ie"); not a word a line closes on ("-- ok", "// prn"), not a list's last item.
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling, is_clinical_token
from processors.deid.leading import compile_rx
from processors.deid.named_cues import initials_word
from processors.deid.names import CLINICAL_ABBREV, _key
from processors.deid.quick_forms import name_word
from processors.deid.role_marks import STAFF_ROLES, is_staff_role
from processors.deid.unknown import _listed, is_known_word

__all__ = ["mark_signoff_spans", "signoff_line_spans", "signoff_spans"]

_CAP = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_LOWER_CRED_SIGNOFF = compile_rx(
    rf"(?:--|\u2014|\u2013|(?<=[ \t])-)[ \t]*({_CAP}(?:[ \t]+{_CAP})?)[ \t]+"
    r"(?:rn|lpn|lvn|cna|np|pa-c|rt|rrt|slp|rd|bsn|rgn|hca)\b\.?[ \t]*$",
    re.MULTILINE)
_DASH_INITIAL_SIGNOFF = compile_rx(rf"(?m)^[ \t]*(?:--?|\u2014|\u2013|~)[ \t]*({_CAP}[ \t]+[A-Z]\.?)[ \t]*$")
_PT_SURNAME_GIVEN = compile_rx(rf"\b(?:pt|patient)[ \t]+({_CAP},[ \t]*{_CAP})\b(?![ \t]*\d)")


def signoff_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names in the module doc."""
    out: list[tuple[int, int]] = []
    if " rn" in text or " lpn" in text or " np" in text or " cna" in text or " r" in text:
        for m in _LOWER_CRED_SIGNOFF.finditer(text):
            words = m.group(1).split()
            if all(name_word(w) for w in words):
                out.append(m.span(1))
    if "-" in text or "~" in text or "\u2013" in text or "\u2014" in text:
        out.extend(m.span(1) for m in _DASH_INITIAL_SIGNOFF.finditer(text) if name_word(m.group(1).split()[0]))
    if "pt " in text or "patient " in text:
        for m in _PT_SURNAME_GIVEN.finditer(text):
            words = re.split(r",[ \t]*", m.group(1))
            if any(name_word(w) for w in words) and not any(clinical_spelling(w) for w in words):
                out.append(m.span(1))
    return out


_ROLE_WORDS = (
    r"physio|physiotherapist|pt|ot|slt|salt|speech[ \t]+(?:and|&)[ \t]+language[ \t]+therapist|dietitian|dietician|rd"
    r"|rn|rmn|rgn|hca|nurse|sister|matron|anp|cns|tvn|pharmacist|technician|assistant|therapist|coordinator"
    r"|co-ordinator|volunteer|chaplain|carer|reg|registrar|fy[12]|ct[1-3]|st[1-8]|sho|consultant|manager"
    r"|practitioner|specialist|worker|psychologist|midwife|amhp|dn|hcsw|navigator|lead|officer|charge|nic|intern|resident"
    r"|clerk|receptionist|secretary|administrator|ward[ \t]+clerk"
)
_ROLE_PHRASE = rf"(?i:(?:[a-z0-9&]+[ \t]+){{0,3}}(?:{_ROLE_WORDS}))"
_WORDISH = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]+"

_ROLE_COLON_INITIALS = compile_rx(rf"(?m)^[ \t]*{_ROLE_PHRASE}[ \t]*:[ \t]*([A-Za-z]{{2,3}})[ \t]*$")
_INITIALS_ROLE = compile_rx(rf"(?m)^[ \t]*([a-z]{{2,3}})[ \t]+{_ROLE_PHRASE}[ \t]*$")
_DASH_SIGNOFF = compile_rx(
    rf"(?m)^[ \t]*[\u2014\u2013-]{{1,2}}[ \t]*([A-Za-z]\.[ \t]?{_WORDISH})[ \t]*,[ \t]*(?i:band[ \t]+\d[ \t]+)?{_ROLE_PHRASE}\b"
)
_NAME_ROLE_BLEEP = compile_rx(
    rf"(?m)^[ \t]*({_WORDISH}[ \t]{_WORDISH}),[ \t]*{_ROLE_PHRASE},[ \t]*(?i:bleep|ext\.?|x|pager|page)[ \t]*\d{{3,5}}[ \t]*$"
)
# session 46 (case tester): a name opening a line before its role after a comma ("chiamaka hill, clinical pharmacist, ext
# 4320", "ciaran fitzgerald, senior social worker, 277...")
_NAME_COMMA_ROLE = compile_rx(rf"(?m)^[ \t]*({_WORDISH}[ \t]{_WORDISH}(?:[ \t]{_WORDISH})?),[ \t]*{_ROLE_PHRASE}\b")
_NAME_ABOVE_ROLE = compile_rx(rf"(?m)^[ \t]*({_WORDISH}[ \t]{_WORDISH})[ \t]*\n[ \t]*{_ROLE_PHRASE}[ \t]*$")
_NOT_INITIALS = frozenset(["nil", "yes", "no", "tbc", "tba", "na", "ok", "all", "off", "any", "and", "the", "see", "for",
                           "ask", "via", "per", "to", "by", "not", "new", "old", "pt", "ot", "dr", "rn", "gp", "ref", "cc",
                           "fao", "inf", "bed", "day", "am", "pm"])


def _clinical(text: str, s: int, e: int) -> bool:
    return any(is_clinical_token(text, s + w.start(), s + w.end()) for w in re.finditer(r"[^\s.]+", text[s:e]))


def signoff_line_spans(text: str) -> list[tuple[int, int]]:
    """Name spans of the sign-off forms above."""
    out: list[tuple[int, int]] = []
    for rx in (_ROLE_COLON_INITIALS, _INITIALS_ROLE):
        out.extend(m.span(1) for m in rx.finditer(text) if m.group(1).lower() not in _NOT_INITIALS)
    out.extend(m.span(1) for m in _DASH_SIGNOFF.finditer(text) if not _clinical(text, *m.span(1)))
    for rx in (_NAME_ROLE_BLEEP, _NAME_ABOVE_ROLE, _NAME_COMMA_ROLE):  # each word a listed name or no English word
        out.extend(m.span(1) for m in rx.finditer(text) if not _clinical(text, *m.span(1)) and all(
            _listed(w) or not is_known_word(w) for w in m.group(1).split()))
    return out


# a sign-off closing a line after "//" or "~" ("obs stable.  //c.d.", "//BK", "~brooks hca"), or after a dash with dotted
# initials or a role ("- B.H. SN", "-- R.B.")
_SIGN_OFF = compile_rx(
    rf"(?:^|[ \t])(//|~|--?|\u2014)[ \t]*((?:[A-Za-z]\.[ \t]?){{2,3}}|[A-Za-z]{{2,3}}(?![\w.'-])|[A-Za-z][a-z'\u2019-]{{2,}})"
    rf"(?:[ \t]+((?i:{STAFF_ROLES})\b))?[ \t]*\.?[ \t]*$", re.MULTILINE)
# a list's item on the line before ("pmh:\n- htn\n- dm": the last item, no sign-off)
_LIST_ITEM_BEFORE = compile_rx(r"(?m)^[ \t]*[-*\u2022][ \t]*[^\n]*\n[ \t]*\Z")
# what a note's last line may close on after a dash that signs nothing ("plan: review -- ok", "- nil", "- iv")
_LAST_LINE_WORDS = frozenset(["ok", "nil", "iv", "po", "prn", "stat", "yes", "no", "nad", "done", "tbc", "na", "n/a", "od", "bd",
                              "tds", "qds", "am", "pm", "fu", "rv", "see", "etc", "ivi", "sc", "im", "sl", "ng", "pr", "pv", "top"])


def mark_signoff_spans(text: str) -> list[tuple[int, int]]:
    """Session 48: initials or a name with a role closing a line after "//", "~" or a dash, and initials signing the
    note's last line (see ``_SIGN_OFF``)."""
    out: list[tuple[int, int]] = []
    if not ("/" in text or "~" in text or "-" in text or "\u2014" in text):
        return out
    for m in _SIGN_OFF.finditer(text):
        mark, who, role = m.group(1), m.group(2).rstrip(" \t"), m.group(3)
        dotted = "." in who
        if len(who) > 3 and not dotted:  # a word: a name only with a role after it (and after a dash no known word)
            if role is None or is_staff_role(who) or (is_known_word(who) and mark not in ("//", "~")):
                continue
        elif not initials_word(who.replace(".", "").replace(" ", "")):
            continue
        elif text[m.end() :].strip() == "" and who.lower() not in _LAST_LINE_WORDS and not (
                (role is not None or mark not in ("//", "~")) and _key(who) in CLINICAL_ABBREV) and not (
                mark not in ("//", "~") and _LIST_ITEM_BEFORE.search(text, 0, m.start())):
            # not "Kevin Thompson, MD \u2014 ID fellow", not a list's last item ("pmh:\n- htn\n- dm")
            pass  # session 48 (deid tester N): the note's last line signs it ("... -- ie", "//NC", "-- am")
        elif not (dotted or mark in ("//", "~") or role is not None) or (not dotted and _key(who) in CLINICAL_ABBREV):
            continue  # "given paracetamol // prn"
        out.append((m.start(2), m.start(2) + len(who)))
    return out
