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
from processors.deid.names import CLINICAL_ABBREV, SURNAMES, _key
from processors.deid.quick_forms import name_word
from processors.deid.role_marks import STAFF_ROLES, is_staff_role
from processors.deid.unknown import _listed, is_known_word

__all__ = ["is_credential", "mark_signoff_spans", "signoff_line_spans", "signoff_spans"]

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


# session 59 (deid tester C: ten initial-and-surname sign-offs kept): an initial joined to a listed surname by a stop, alone on its
# line or before a role ("h.evans", "- j.smith RN", "sig. c gray ct1")
_INITIAL_DOT_SURNAME = compile_rx(
    rf"(?im)(?:^[ \t]*(?:(?:-+|~|//)[ \t]*)?|[ \t](?:-+|by)[ \t]+)([a-z]\.[ \t]?[a-z][a-z'\u2019-]{{2,}})"
    rf"(?:[ \t]+(?:{STAFF_ROLES}|ct\d|st\d|fy\d)\b)?[ \t]*\.?[ \t]*$"
    rf"|^[ \t]*sig(?:ned)?\.?[ \t]*([a-z]\.?[ \t]?[a-z][a-z'\u2019-]{{2,}})(?:[ \t]+(?:{STAFF_ROLES}|ct\d|st\d|fy\d)\b)?[ \t]*\.?[ \t]*$")


def signoff_line_spans(text: str) -> list[tuple[int, int]]:
    """Name spans of the sign-off forms above."""
    out: list[tuple[int, int]] = []
    if "." in text:
        for m in _INITIAL_DOT_SURNAME.finditer(text):
            g = m.lastindex or 1
            if _key(m.group(g).replace(".", " ").split()[-1]) in SURNAMES and not _clinical(text, *m.span(g)):
                out.append(m.span(g))
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
    rf"(?:^|[ \t])(//|~|--?|\u2014)[ \t]*((?:[A-Za-z]\.[ \t]?){{2,3}}|[A-Za-z]{{2,3}}(?:(?![\w.'-])|\.(?=[ \t]*$))|[A-Za-z][a-z'\u2019-]{{2,}})"
    rf"(?:[ \t]+((?i:{STAFF_ROLES})\b))?[ \t]*\.?[ \t]*$", re.MULTILINE)
# a list's item on the line before ("pmh:\n- htn\n- dm": the last item, no sign-off)
_LIST_ITEM_BEFORE = compile_rx(r"(?m)^[ \t]*[-*\u2022][ \t]*[^\n]*\n[ \t]*\Z")
# what a note's last line may close on after a dash that signs nothing ("plan: review -- ok", "- nil", "- iv")
_LAST_LINE_WORDS = frozenset(["ok", "nil", "iv", "po", "prn", "stat", "yes", "no", "nad", "done", "tbc", "na", "n/a", "od", "bd",
                              "tds", "qds", "am", "pm", "fu", "rv", "see", "etc", "ivi", "sc", "im", "sl", "ng", "pr", "pv", "top"])


# session 49 (deid tester N: 41 staff initials): initials signing a line with their credentials after them ("- S.G. RN,
# BSN", "ih RN, BSN", "- C.C. Medical Social Worker", "ge Sr"), credentials then initials on a line of their own ("MD
# FRCPC LC", "NP-PHC DK", "FACEM EW", "md frcpc jd"), a dash, a name and its credentials in brackets ("- LIBERTY (MD
# FRCPC)", "- rusty (msw)")
_CREDENTIAL = (
    rf"(?:{STAFF_ROLES}|md|do|dds|phd|bsn|bscn|msn|bn|bsc|mbbs|mbchb|frcpc|frcp|frcs|frcsi|frcpi|facs|facp|facem|fracp|ccfp|cm"
    r"|mo|ena|pharmd|bpharm|msw|lcsw|np-phc|pa-c|aprn|sr|cnm[12]?|mrcp|mrcgp|mrcpi"
    r"|(?:staff|charge|registered|student)[ \t]+nurse|(?:medical[ \t]+|senior[ \t]+)?social[ \t]+worker|case[ \t]+manager)"
)
_CREDENTIALS = rf"(?i:{_CREDENTIAL}(?:[ \t]*[,/]?[ \t]*{_CREDENTIAL}){{0,3}})"
_INITIALS = r"(?:[A-Za-z]\.[ \t]?){2,3}(?<!\.)|(?:[A-Za-z]\.){2,3}|[A-Z]{2,3}(?![\w.'-])|[a-z]{2,3}(?![\w.'-])"
_INITIALS_CREDENTIALS = compile_rx(
    rf"(?:^|[ \t](?=(?://|~|--?|\u2014)))[ \t]*(?P<mark>//|~|--?|\u2014)?[ \t]*(?P<who>{_INITIALS})\.?[ \t]*,?[ \t]+"
    rf"(?P<cred>{_CREDENTIALS})[ \t]*\.?[ \t]*$", re.MULTILINE)
# session 49 (deid tester O: "J.C. / Pharm.D.", "L.T. / Staff Nurse", "CL / JR Medicine", "ab / np", "m.m. / mo psychiatry"):
# initials and a role split by a slash, a line of their own
_INITIALS_SLASH_ROLE = compile_rx(
    rf"(?m)^[ \t]*(?P<who>{_INITIALS})\.?[ \t]*/[ \t]*(?P<cred>(?i:(?:[a-z]{{2,12}}[ \t]+){{0,2}}(?:{_CREDENTIAL}|pharm\.?\s?d\.?|jr|sr|jmo"
    r"|rmo|ho|mo|medical\s+officer|medicine|surgery|psychiatry|paediatrics|pediatrics|doctor|physician|surgeon|rph|pharmacist|nursing"
    r"|ccrn|cen|cnl|fnp|dnp))(?:[ \t]+[A-Za-z.]{2,12}){0,2})"
    r"[ \t]*\.?[ \t]*$")
_CREDENTIALS_INITIALS = compile_rx(rf"(?m)^[ \t]*{_CREDENTIALS}[ \t]+(?P<who>[A-Z]{{2,3}}|[a-z]{{2,3}})[ \t]*$")
_NAME_BRACKET_CREDENTIALS = compile_rx(
    rf"(?:^|[ \t])(?:--?|~|\u2014)[ \t]*({_WORDISH})[ \t]*\({_CREDENTIALS}\)[ \t]*\.?[ \t]*$", re.MULTILINE)


# session 49 (deid tester U: 41 of 81 sign-off initials left): "Signed: CG. (FY1)", "signed: cf (pt)", "Signed: ms (pharm)"; a
# line that is a slash and initials ("/hk", "/A.L.", "/km"); initials in brackets closing a line after a full stop ("...
# held 48 h. (F.R.)", "(tp.)", "(SF.)"); initials alone on the note's last line ("...\n\nRR", "\njh")
_INITIALS_DOT = r"(?:[^\W\d_]\.[ \t]?){1,3}|[^\W\d_]{2,3}\.?"
_SIGNED_ROLE = compile_rx(rf"\b(?i:signed|sig|by)[ \t]*:?[ \t]*(?P<who>{_INITIALS_DOT})[ \t]*\((?i:{_CREDENTIAL}|pharm|fy\d|st\d|pt|ot)\)")
_SLASH_LINE = compile_rx(rf"(?m)^[ \t]*/[ \t]*(?P<who>{_INITIALS_DOT})[ \t]*$")
_BRACKET_END = compile_rx(rf"(?m)[.;!][ \t]*\((?P<who>{_INITIALS_DOT})\)[ \t]*$")
_LAST_LINE = compile_rx(r"\n[ \t]*(?P<who>[A-Za-z]{2,3}\.?)[ \t]*\Z")
# session 58 (deid tester D: 69 of 77 typists' and readers' initials left): initials in brackets closing a line before its stop
# in lower case ("read back to the ward, confirmed (tlw).")
_BRACKET_LINE_END = compile_rx(r"(?m)[A-Za-z.,][ \t]+\((?P<who>[a-z]{2,3})\)\.?[ \t]*$")  # (in capitals an abbreviation: "(PUV).")
# session 50 (deid tester V: 23 of 60 signing initials caught): initials alone on a line after a finished entry, wherever
# the line is ("... filled.\nvml\n...", "stop spironolactone.\n\u2014 F.A.R.R.\n...", "INR 1.6.\nD.J.C.J.")
_ALONE_LINE = compile_rx(r"(?:[.!?)\]\"'%\d][ \t]*\n)[ \t]*(?:[-\u2013\u2014~][ \t]*)?(?P<who>(?:[^\W\d_]\.){2,5}|[a-z]{2,3}|[A-Z]{2,4})"
                         r"[ \t]*(?=\n|\Z)")
# dotted initials closing a line after a slash or a finished sentence ("Rosa Lima / d.c.l.", "Issued to Ana Ruiz. A.K.")
_DOTTED_END = compile_rx(r"(?m)(?:/|[.!?)][ \t])[ \t]*(?P<who>(?:[^\W\d_]\.){2,5})[ \t]*$")


_DOTTED_WORDS = frozenset(["po", "iv", "im", "sc", "pr", "bd", "tds", "qds", "od", "prn", "nb", "eg", "ie", "am", "pm", "etc", "nbm",
                           "npo", "ok", "qd", "bid", "tid", "qid", "hs", "ac", "pc", "stat", "mr", "mrs", "dr", "st", "vs", "aka"])
_UNIT_WORDS = frozenset(["min", "mins", "hr", "hrs", "h", "day", "days", "wk", "wks", "mo", "yr", "yrs", "kg", "mg", "mcg", "ml",
                         "dl", "mmol", "sec", "cm", "mm", "km", "iu", "bpm", "dose", "tab", "tabs", "cap", "amp"])


def _signoff_initials(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for rx in (_SIGNED_ROLE, _SLASH_LINE, _BRACKET_END, _LAST_LINE, _ALONE_LINE, _DOTTED_END, _BRACKET_LINE_END):
        for m in rx.finditer(text):
            who = m.group("who")
            bare = who.replace(".", "").replace(" ", "")
            if not bare or bare.lower() in _LAST_LINE_WORDS or bare.lower() in _ENTRY_WORDS or bare.lower() in _UNIT_WORDS:
                continue
            if rx in (_ALONE_LINE, _DOTTED_END, _BRACKET_LINE_END) and ("." in who and bare.lower() in _DOTTED_WORDS or "." not in who and (
                    is_known_word(bare) or clinical_spelling(bare))):
                continue  # "p.o." / "i.v." alone; "PLAN", "nil", "OBS" headings or words
            if rx is not _SIGNED_ROLE and not text[:m.start()].strip():
                continue  # a value alone ("/min", a unit of a resource's field) signs nothing
            if rx is not _SIGNED_ROLE and "." not in who and (_key(bare) in CLINICAL_ABBREV or not initials_word(bare)):
                continue  # "(MS)" read as initials only with a stop; "\nOK" is no signature
            out.append(m.span("who"))
    return out


def credential_signoff_spans(text: str) -> list[tuple[int, int]]:
    """Initials or a name signing a line beside their credentials (session 49, above)."""
    out: list[tuple[int, int]] = []
    for rx in (_INITIALS_CREDENTIALS, _CREDENTIALS_INITIALS, _INITIALS_SLASH_ROLE):
        for m in rx.finditer(text):
            who = m.group("who").rstrip(" \t.")
            if rx is _INITIALS_CREDENTIALS and m.group("mark") is None and "." not in who and len(m.group("cred")) > 4:
                continue  # a line's start without a mark: "TX resident.", "CF dietitian" are no signature
            if "." not in who and _key(who) in CLINICAL_ABBREV:
                continue  # "Kevin Thompson, MD \u2014 ID fellow": a specialty
            bare = who.replace(".", "").replace(" ", "")
            if "." in who or (initials_word(bare) and not re.fullmatch(rf"(?i:{_CREDENTIAL})", bare)):
                end = m.start("who") + len(who)
                if "." in who and text[end:end + 1] == ".":
                    end += 1  # "J.C." whole: its last full stop is the initial's
                out.append((m.start("who"), end))
    for m in _NAME_BRACKET_CREDENTIALS.finditer(text):
        if not _clinical(text, *m.span(1)) and not is_staff_role(m.group(1)):
            out.append(m.span(1))
    return out


_CREDENTIAL_WORD = compile_rx(rf"(?i:{_CREDENTIAL})")
_NEVER_INITIALS = frozenset(["bsn", "bscn", "msn", "np-phc", "pharmd", "bpharm", "msw", "lcsw", "facs", "facp", "frcpc", "ccfp",
                             "mbbs", "mbchb", "phd", "facem", "fracp", "aprn", "pa-c", "mrcgp", "mrcpi", "frcsi", "frcpi"])
_AFTER_SIGNATURE = compile_rx(rf"(?:(?<![\w.])(?:[A-Za-z]\.[ \t]?){{2,3}}|(?<![\w-])(?i:{_CREDENTIAL}))[ \t]*,?[ \t]*\Z")


def is_credential(text: str, s: int, e: int) -> bool:
    """Session 49: ``text[s:e]`` is a credential, not a name: a degree that is never anyone's initials ("rn bscn",
    "np-phc"), or a role's letters right after dotted initials or another credential ("- G.M. ENA", "- l.m. mo", "- J.O.
    RN CM")."""
    word = text[s:e]
    return _CREDENTIAL_WORD.fullmatch(word) is not None and (
        word.lower() in _NEVER_INITIALS or _AFTER_SIGNATURE.search(text, max(0, s - 16), s) is not None)


# what an entry may close on after "//", "~" or "--" that signs nothing; and where an entry ends (a line start, a sentence's end)
_ENTRY_WORDS = frozenset(["ok", "nil", "yes", "no", "na", "tbc", "tba", "done", "see", "etc", "prn", "stat", "and", "the", "for",
                          "nad", "iv", "po", "im", "sc", "sl", "pr", "top", "ivi", "od", "bd", "tds", "qds", "mg", "ml", "kg"])
_ENTRY_END = compile_rx(r"(?:^|\n|[.!?;)][ \t]+)[ \t]*\Z")


def _surname_signs_note(text: str, m: re.Match[str], who: str) -> bool:
    """Session 58: a surname alone after a dash closing the note's last entry ("Plan as above. -- Marsh", "\u2014 Okafor"):
    a listed name (in lower case one that is no English word), not clinical, no role, after a finished sentence."""
    if text[m.end() :].strip() or not _ENTRY_END.search(text, max(0, m.start(1) - 3), m.start(1)):
        return False
    if _LIST_ITEM_BEFORE.search(text, 0, m.start()) or clinical_spelling(who) or is_staff_role(who):
        return False
    return _listed(who) and (who[0].isupper() or not is_known_word(who))


def mark_signoff_spans(text: str) -> list[tuple[int, int]]:
    """Session 48: initials or a name with a role closing a line after "//", "~" or a dash, and initials signing the
    note's last line (see ``_SIGN_OFF``); session 49: initials or a name beside their credentials."""
    out: list[tuple[int, int]] = credential_signoff_spans(text) + _signoff_initials(text)
    if not ("/" in text or "~" in text or "-" in text or "\u2014" in text):
        return out
    for m in _SIGN_OFF.finditer(text):
        mark, who, role = m.group(1), m.group(2).rstrip(" \t"), m.group(3)
        if who.endswith(".") and who.count(".") == 1:
            who = who[:-1]  # session 49: "-- AS." (the stop is the initials', added back by the scrubber)
        dotted = "." in who
        if (role is None and not dotted and len(who) in (2, 3) and mark in ("//", "~", "--")
                and (who.lower() not in _ENTRY_WORDS or who.isupper() and text[:m.start(1)].endswith("\n")) and _ENTRY_END.search(text, max(0, m.start(1) - 3), m.start(1))):
            # session 49 (deid tester N): letters alone after "//", "~" or "--" closing an entry ("updated by phone.\n~OD",
            # "TURNED 2-HRLY. //SW", "\n//rm", "\n-- am"): a signature even where the letters are a role or a word
            out.append((m.start(2), m.start(2) + len(who)))
            continue
        if len(who) > 3 and not dotted:  # a word: a name only with a role after it (and after a dash no known word)
            if role is None and _surname_signs_note(text, m, who):
                out.append((m.start(2), m.start(2) + len(who)))
                continue
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
