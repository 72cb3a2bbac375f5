"""Session 21 (held-out v63: dialysis, cardiac rehab, home-care rotas and community nursing logs):
text laid out in columns with blanks, and the initials around a nurse's log.

- a table whose heading starts with "Date": the day/month opening each row is a date
  ("Date     Mode   Rest BP" / "5/21      treadmill      123/72"), not a fraction;
- a rota row: a person's name, a column gap, a house number and street
  ("Bushra Ladha        122 Heys Lane     09:00"): both are PHI;
- author's and typist's lower-case initials in brackets ("Typed: 13/05/2024 (ac/cj)");
- a key safe's code written "KS 1516" in a care rota, and pacing leads' serial numbers
  ("Leads: RA 71929389 / RV 71987135");
- a dated log entry's author: "9/11 SM - bilateral leg ulcers";
- a lower-case name opening a numbered handover item before its hospital number ("2. icilda
  mcfarlane H006203 - tunnelled line");
- a writer's initials after the phone number closing a line ("(08) 8231 0095 AK"), after a
  slash and a service with its extension ("SM / device clinic x3510"), and a "XX/yy" pair
  closing a line ("handed over to Naveed @ 20:36 FN/nr").

Every initials form passes ``mdt.initials_here`` (no clinical abbreviation, no route).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, lower_initials_ok
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.prefilter import Rx
from processors.deid.unknown import _CLINICAL, COMMON_WORDS, is_known_word

__all__ = ["column_spans"]

_DATE_HEAD = compile_rx(r"^[ \t]*(?i:date(?:/time)?|day)[ \t]{2,}\S", re.MULTILINE)
_DM_ROW = compile_rx(r"[ \t]*((?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{2}|\d{4}))?)(?=[ \t]{2,}\S)")
_ROTA_ROW = compile_rx(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?([A-Z][a-z'-]+(?:[ \t][A-Z]\.?)?(?:[ \t][A-Z][a-z'-]+){1,2})[ \t]{3,}"
    r"(\d{1,4}[A-Z]?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3})(?=[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_LOG_AUTHOR = compile_rx(r"^[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+([A-Z]{2,3})[ \t]+[-\u2013:][ \t]", re.MULTILINE)
_PHONE_THEN_INITIALS = compile_rx(
    r"(?:\(\d{2,5}\)|\b\d{2,5})[ \t-]\d{3,4}[ \t-]?\d{3,4}[ \t]+(?!(?:[A-Z]{1,2}ST|GMT|UTC|CET|NZDT)\b)([A-Z]{2,3})[ \t]*$",
    re.MULTILINE,
)  # not a time zone after a time ("1205 CST")
_SLASH_SERVICE = compile_rx(r"(?<![\w/])([A-Z]{2,3})[ \t]*/[ \t]*[a-z][a-z ]{2,30}[ \t]x\d{3,5}[ \t]*$", re.MULTILINE)
_SHORT_WORDS = frozenset(("or", "nor", "to", "of", "in", "on", "at", "by", "if", "is", "it", "as", "an", "up", "so", "no", "we",
                          "us", "my", "he", "me", "am", "pm", "yes", "and", "the", "not", "per", "via", "day", "wk"))
_TYPIST_PAIR = compile_rx(r"\(([a-z]{2,3})/([a-z]{2,3})\)")  # "Typed: 13/05/2024 (ac/cj)": author and typist
_NUMBERED_LOWER_NAME = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+([a-z][a-z'-]{1,20}[ \t]+[a-z][a-z'-]{1,20})[ \t]+"
    r"(?=[A-Za-z]{0,3}\d{5,}\b|\d{1,3}[mf][ \t]+\d)", re.MULTILINE  # session 24 (v88): "2) david clarke 73m 79028..."
)
_PAIR_END = compile_rx(r"(?<=[ \t])([A-Z]{2,3})/([a-z]{2,3})[ \t]*$", re.MULTILINE)


# a key safe written "KS" before its code in a care rota ("KS 1516; hoist"); a ZIP after the state
# "KS" has five digits
_KS_CODE = compile_rx(r"\bKS[ \t]+(\d{4})\b(?![-\d])")
# pacing leads' serial numbers after their chamber ("Leads: RA 71929389 / RV 71987135")
_LEADS = compile_rx(r"\b[Ll]eads?[ \t]*:[^\n]*")
_LEAD_SERIAL = compile_rx(r"\b(?:RA|RV|LV|CS|SVC)[ \t]+([A-Z]{0,3}\d{6,10})\b")


# session 21 (v64): a table laid out with blanks, read by its heading's columns: the cell under
# a signer's heading ("Observed by", "Reviewer", "Init"; session 24, v83: "Tech", "Dr", "Sr") is initials, under "Age" an age over 89
# is AGE, under "Name" / "Client" / "Contact" a name (capitalised words, no clinical word)
_HEAD_CELL = compile_rx(
    r"(?:^|(?<=[ \t]{2}))(?i:(?P<sig>observed[ \t]by|obs[ \t]by|reviewer|reviewed[ \t]by|given[ \t]by|signed[ \t]by"
    r"|checked[ \t]by|done[ \t]by|administered[ \t]by|witness(?:ed)?(?:[ \t]by)?|init(?:ial)?s?|sign(?:ed|ature)?|by"
    r"|staff|nurse|rn|tech|dr|sr|ck|chk|checker|prescriber)|(?P<age>age)|(?P<name>name|patient|client|resident|contact|case|scrub|circulator|circ"
    r"|surname|forenames?|first[ \t]name|last[ \t]name|given[ \t]names?|family[ \t]name"  # session 24 (v81)
    r"|volunteer|interpreter|chaplain|visitor|befriender"  # session 25 (v97): a befriending log's volunteer
    r"|athlete|player|runner|competitor)"  # session 26 (v98): a squad's injury log
    r"|(?P<user>user(?:[ \t]?(?:id|code|name))?|login|username)"
    r"|(?P<date>onset|swab(?:bed)?[ \t]date|swabbed|collected|admitted|retest|next(?:[ \t](?:inr|review|due|visit|appt))?"  # session 24 (v82)
    r"|date)"  # session 26 (v98): a return-to-play table's "Stage  Date  Activity"
    r"|(?P<id>emp(?:loyee)?[ \t]?(?:id|no)|staff[ \t]?(?:id|no)|mrn|ur|nhs(?:[ \t]no)?|hosp(?:ital)?[ \t]no|straw|vial|donor[ \t]code"
    r"|screen(?:ing)?[ \t]?(?:no|id|#)|participant(?:[ \t]?(?:no|id))?|subject[ \t]?(?:no|id)"  # session 22 (v70)
    r"|scr[ \t]?(?:no|id|#)|subject"  # session 24 (v81): a screening log's "Scr No", a subject log's "Subject"
    r"|nhi|chi|ihi|phn|hcn|h&c"
    r"|bib))"  # session 26 (v98): a race's casualty log by bib number  # session 24 (v86): national numbers heading a column
    r"\.?(?=[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_CELL = compile_rx(r"\S+(?:[ \t]\S+)*")  # up to the next gap of two blanks
_ROW_INITIALS = compile_rx(r"[A-Z]{2,3}|[a-z]{2,3}")
_ROW_AGE = compile_rx(r"(?:9\d|1[01]\d)(?:[ \t]?(?:y|yo|yrs?))?")
_ROW_NAME = compile_rx(
    r"(?:[A-Z]\.?[ \t])?"  # session 26 (v98): "G Prosser"
    r"(?:[A-Z][A-Za-z'-]+,?[ \t]){0,3}[A-Z][A-Za-z'-]+(?:[ \t][A-Z]\.?)?"  # session 24 (v82): "IQBAL T"
)
_ROW_DATE = compile_rx(r"(?:[12]\d|3[01]|0?[1-9])(?:/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{2}|\d{4}))?|-[A-Z][a-z]{2})")  # D/M or M/D
_USER_ID = compile_rx(r"[A-Za-z][A-Za-z0-9._-]{3,20}")
_CELL_STOP = frozenset(("NO", "YES", "NA", "ND", "NR", "OK", "DNA", "DNR", "POS", "NEG", "ALL", "NIL", "IV", "PO", "IM",
                        "SC", "PR", "SL", "NG", "yes", "no", "nil", "ok", "am", "pm", "n/a"))


def _first(m: re.Match[str]) -> tuple[int, int]:
    return m.span(1) if m.group(1) is not None else m.span(2)


def _line_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line: text runs split at gaps of two blanks or more."""
    return [m.span() for m in _CELL.finditer(text, start, end)]


def _table_cells(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for head in _HEAD_CELL.finditer(text):
        kind = head.lastgroup
        line_start = text.rfind("\n", 0, head.start()) + 1
        col = head.start() - line_start
        if col and text[head.start() - 1] not in " \t":
            continue
        header_end = text.find("\n", head.end())
        heads = _line_cells(text, line_start, header_end) if header_end >= 0 else []
        if len(heads) < 2:
            continue  # a table heading has two cells or more
        index = next((i for i, (a, _) in enumerate(heads) if a == head.start()), -1)
        pos = header_end
        while pos >= 0 and pos + 1 < len(text) and text[pos + 1] != "\n":
            row_start = pos + 1
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            cells = _line_cells(text, row_start, row_end)
            if len(cells) < 2:
                break
            # session 24 (v81): a hand-typed table whose cells drift from their heading's column is
            # read by position when the row has as many cells as the heading
            by_index = index >= 0 and len(cells) == len(heads)
            for k, (a, b) in enumerate(cells):
                if (k != index) if by_index else abs((a - row_start) - col) > 2:
                    continue
                cell = text[a:b]
                if (kind == "sig" and _ROW_INITIALS.fullmatch(cell) and cell not in _CELL_STOP and (
                        cell.isupper() or lower_initials_ok(cell))) or (
                        kind == "user" and _USER_ID.fullmatch(cell) and cell.upper() not in _CELL_STOP):
                    out.append((a, b, "[NAME]"))
                elif kind == "id" and any(c.isdigit() for c in cell) and " " not in cell:
                    out.append((a, b, "[ID]"))
                elif kind == "date" and _ROW_DATE.fullmatch(cell):
                    out.append((a, b, "[DATE]"))  # an onset or swab date's column ("Onset  25/12", "26-Jul")
                elif kind == "age" and _ROW_AGE.fullmatch(cell):
                    out.append((a, a + len(cell) - len(cell.lstrip("0123456789")), "[AGE]"))  # the number only
                elif kind == "name" and _ROW_NAME.fullmatch(cell) and not any(
                        _key(w.strip(",")) in _CLINICAL or _key(w.strip(",")) in CLINICAL_ABBREV for w in cell.split()):
                    out.append((a, b, "[NAME]"))
                break
            pos = row_end if row_end < len(text) else -1
    return out


# session 21 (v67): exports with a heading row, delimited by "|" or "," ("MRN|LAST|FIRST|DOB|PHONE|ZIP",
# "NHS_NUMBER,SURNAME,FORENAME,DOB,POSTCODE", "| User ID | Name | Role |"): each row's cell is typed
# by its column's heading; a user id found there is a name wherever else it occurs in the text
_HEADS: dict[str, str] = {}
for _kind, _words in (
    ("[NAME]", ("last first surname forename forenames given name names patient pt_name last_name first_name"
                " family_name given_name full_name patient_name consultant gp clinician user user_id userid login"
                " username staff"
                # session 48 (deid tester: ED board exports 0.676): the nurse's and the doctor's columns
                " rn md nurse doctor attending np")),
    ("[ZIP]", "zip zipcode zip_code postcode post_code postal postal_code"),
    ("[PHONE]", "phone tel telephone mobile hp cell phone_no mobile_no contact_no"),
    ("[DATE]", ("dob date birth birth_date date_of_birth admitted discharged admission_date discharge_date"
                " visit_date appt_date last_visit next_appt")),
    ("[ID]", "mrn nhs nhs_number nhs_no chi nric ur urn hosp_no hospital_no patient_id pid nhi mbi medicaid ssn"),
    ("[ADDRESS]", "address addr street address1 address_1 city town suburb"),
    # session 59 (deid tester B: 60 of 60 ages over 89 in CSV and TSV ward exports kept): an age column, and the next of
    # kin's phone
    ("[AGE]", "age age_yrs age_(y) age/sex age_/_sex years"),
    ("[PHONE]", "nok_phone nok_tel nok_contact nok_mobile contact_phone next_of_kin_phone"),
):
    for _w in _words.split():
        _HEADS[_w] = _kind
_DELIM_LINE = compile_rx(r"^[^\n]*$", re.MULTILINE)
_HEAD_FIELD = compile_rx(r"[A-Za-z][A-Za-z0-9 _/#.()-]{0,30}")
_CELL_AGE = compile_rx(r"(9\d|1[01]\d)(?:[ \t]?(?:y|yo|yrs?|years?|[MFmf]))?[ \t]*\Z")
_DATEISH = compile_rx(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


def _fields(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each field of ``text[a:b]`` split at ``sep`` (double quotes respected), blanks trimmed."""
    out: list[tuple[int, int]] = []
    start, quoted = a, False
    for i in range(a, b + 1):
        c = text[i] if i < b else sep
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            s, e = start, i
            while s < e and text[s] in ' \t"':
                s += 1
            while e > s and text[e - 1] in ' \t"':
                e -= 1
            out.append((s, e))
            start = i + 1
    if sep == "|" and out and out[0][0] == out[0][1]:
        out = out[1:]  # a leading pipe
    if sep == "|" and out and out[-1][0] == out[-1][1]:
        out = out[:-1]  # a closing pipe
    return out


def _delimited_tables(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    users: set[str] = set()
    lines = [(m.start(), m.end()) for m in _DELIM_LINE.finditer(text)]
    k = 0
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b]
        # session 48 (deid tester: ED board exports): tab- and semicolon-separated too ("BED<tab>PATIENT<tab>AGE/SEX<tab>...")
        sep = next((c for c in ("|", ",", "\t", ";") if line.count(c) >= 3), "")
        heads = _fields(text, a, b, sep) if sep else []
        names = [text[s:e].strip().lower().replace(" ", "_") for s, e in heads]
        kinds = [_HEADS.get(n) for n in names]
        if len(heads) < 4 or not any(kinds) or not all(_HEAD_FIELD.fullmatch(text[s:e]) for s, e in heads if e > s):
            k += 1
            continue
        k += 1
        while k < len(lines):
            ra, rb = lines[k]
            if ra == rb or text[ra:rb].count(sep) < len(heads) - 2:
                break
            if set(text[ra:rb].strip()) <= set("-|+= "):
                k += 1  # a rule row
                continue
            cells = _fields(text, ra, rb, sep)
            # session 48 (deid tester): an unquoted "SURNAME, Given" splits its cell in two and shifts every cell after it
            # ("M11,KELLY, MATHIEU,19M,2715-664,...": the age fell in the MRN column); the name's two halves are joined
            while len(cells) > len(heads) and (j := _split_name(text, cells, kinds)) is not None:
                cells[j : j + 2] = [(cells[j][0], cells[j + 1][1])]
            for (s, e), kind, name in zip(cells, kinds, names, strict=False):
                cell = text[s:e]
                if not kind or e <= s:
                    continue
                if kind == "[NAME]" and not any(c.isalpha() for c in cell):
                    continue
                if kind == "[DATE]" and not _DATEISH.search(cell):
                    continue
                if kind in ("[ZIP]", "[PHONE]", "[ID]") and not any(c.isdigit() for c in cell):
                    continue
                if kind == "[AGE]":  # an age over 89 only, the number alone ("96", "101F", "92 y")
                    if (age := _CELL_AGE.match(cell)) is not None:
                        out.append((s, s + age.end(1), kind))
                    continue
                out.append((s, e, kind))
                if kind == "[NAME]" and name in ("user", "user_id", "userid", "login", "username") and " " not in cell:
                    users.add(cell)
            k += 1
    return out + _user_repeats(text, users)


_NAME_HALF = compile_rx(r"[A-Za-z][A-Za-z'.-]*(?:[ \t][A-Za-z][A-Za-z'.-]*){0,2}")


def _split_name(text: str, cells: list[tuple[int, int]], kinds: list[str | None]) -> int | None:
    """The index of a name column whose cell and the next are the two halves of "SURNAME, Given"; None."""
    for j, kind in enumerate(kinds):
        if kind == "[NAME]" and j + 1 < len(cells) and all(
                _NAME_HALF.fullmatch(text[s:e]) for s, e in cells[j : j + 2]) and text[cells[j][1] : cells[j + 1][0]].startswith(","):
            return j
    return None


def _user_repeats(text: str, users: set[str], *, min_len: int = 4, edge: str = "") -> list[tuple[int, int, str]]:
    """Every other occurrence of a name a table gave (a user id; session 24, v81: a screening log's
    initials, "Notes: KL randomised", with ``edge`` the extra characters that may not touch it)."""
    out: list[tuple[int, int, str]] = []
    for u in users:
        if len(u) >= min_len:
            rx = rf"(?<![\w.{edge}]){re.escape(u)}(?![\w{edge}])"
            out.extend((m.start(), m.end(), "[NAME]") for m in re.finditer(rx, text))
    return out


# session 21 (v64): app handles ('profile "bearcub_mcr"', a contact table's "3  just_kev   app"), a
# list of partners or contacts ('Partners last 12 mo: Terrell (main), "Kiki" (anonymous)'), lower-case
# initials over a service ("tt / SHA"), "G Antoniou, MD, AAHIVS", a register number
_HANDLE = compile_rx(
    r"(?i:\b(?:profile|handle|user[ \t]?name|screen[ \t]name))[ \t]*:?[ \t]*[\"\u201c']([A-Za-z0-9][A-Za-z0-9_.]{2,29})[\"\u201d']"
    r"|(?<=[ \t]{2})([a-z][a-z0-9]*_[a-z0-9_]{2,})(?=[ \t]{2,})"
)
_CONTACT_LINE = compile_rx(
    r"^[ \t]*(?i:(?:household[ \t]+|sexual[ \t]+|close[ \t]+)?(?:partners?|contacts?))\b[^:\n]{0,25}:([^\n]*)", re.MULTILINE
)
_CONTACT_ITEM = compile_rx(r"(?:^|[,;:])[ \t]*[\"\u201c]?([A-Z][a-z'-]{1,15})[\"\u201d]?(?=[ \t]*(?:\(|\d{1,2}[ \t]?y\b|[,;]|$))")
_INITIALS_OVER_SERVICE = compile_rx(r"^[ \t]*([a-z]{2,3})[ \t]*/[ \t]*[A-Z]{2,5}[ \t]*$", re.MULTILINE)
_INITIAL_SURNAME_CRED = compile_rx(
    r"^[ \t]*([A-Z]\.?[ \t][A-Z][a-z'-]{2,}(?:-[A-Z][a-z'-]+)?),[ \t]*(?:MD|DO|NP|PA-C|RN|FNP-BC|FNP-C|PharmD|DNP|APRN|PhD)\b",
    re.MULTILINE,
)
_REGISTER_NO = compile_rx(r"\b(?i:register|registration)[ \t]+(?i:no\.?|number|#)[ \t]*:?[ \t]*(\d{4}/\d{3,6})\b")


# session 21 (v67): messages and audit trails - a chat or work-queue line's author after its time
# stamp ("7/28/25 3:52 PM  msoliman: sched", "18/08/2025, 8:04 am - Sashana Brissett: 6am"), a user id
# after "by" or beside its owner's name ("by rbautista (ward clerk)", "(ernesto.villanueva, 4/29/24)",
# "Ouellet, Mathieu (mouellet)"), a capitals surname before its record number ("consult LINDSEY MRN
# 2347090"), "HOLLOWAY, D (DOB", a typist's initials, a lower-case signature after the closing words
_STAMP_AUTHOR = compile_rx(
    r"^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]+(?:-[ \t]+)?"
    r"([a-z][a-z0-9._]{2,24}|[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+){0,2}):[ \t]",
    re.MULTILINE,
)
_BY_USER = compile_rx(
    r"\bby:?[ \t]+([a-z][a-z0-9]*[._][a-z0-9._]+|[a-z]{5,20}|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{6,8})"
    r"(?=[ \t]*(?:\(|$|[ \t]on\b|[ \t]+\d|[,;])|[ \t]{2,})",
    re.MULTILINE,
)
_USER_COMMA_DATE = compile_rx(r"\(([a-z][a-z0-9]*[._][a-z0-9._]+),[ \t]*\d")
_NAME_THEN_USER = compile_rx(r"([A-Z][a-z'-]+),[ \t]*([A-Z][a-z'-]+)[ \t]*\(([a-z]{4,20}|[a-z]+[._][a-z]+)\)")
_CAPS_BEFORE_RECORD = compile_rx(r"\b([A-Z][A-Z'-]{3,})[ \t]+(?=(?:MRN|NHS|UR|NHI|CHI)\b[ \t:#]*\d)")  # not "RUH MRN"
_CAPS_INITIAL_DOB = compile_rx(
    r"\b([A-Z][A-Z'-]{2,}),[ \t]?[A-Z](?=[ \t]*\((?:DOB|dob|MRN|age|\d)|[ \t]+(?:DOB|MRN)\b|[ \t]*$)", re.MULTILINE
)
_PAGER_FROM = compile_rx(r"\bFROM:[ \t]+(\d-\d{4})\b")
_TYPIST = compile_rx(r"\b[Tt]ypist[ \t:-]+([a-z]{2,3})\b")
_LOWER_SIGNOFF = compile_rx(
    r"\b(?:yours sincerely|yours faithfully|kind regards|best regards|regards)[ \t,]+([a-z][a-z'-]+[ \t]+[a-z][a-z'-]+)\b"
)


_MEANS = ("phone", "call", "mail", "link", "chat", "video", "text", "fax", "post")  # "by speakerphone (617 ...)"


def _plain_word(w: str) -> bool:
    k = _key(w)
    return k in COMMON_WORDS or k in _CLINICAL or k in CLINICAL_ABBREV


# session 21 (v66): numbers and places of custody, asylum and street-outreach records
_SMALL_FORMS: tuple[tuple[str, Rx], ...] = (
    ("[ID]", compile_rx(r"\binterpreter,?[ \t]+code[ \t]*:?[ \t]*(\d{4,8})\b")),
    ("[ID]", compile_rx(r"\b(CAS[ \t]+\d{1,4}/\d{2}/\d{4})\b")),  # a South African police case
    ("[ID]", compile_rx(r"\b(?i:service|force)[ \t]+no\.?:?[ \t]*([A-Z]\d{2}[ \t]\d{3}[ \t]\d{3})\b")),
    ("[DATE]", compile_rx(r"\bDOB:?[ \t]+((?:0?[1-9]|[12]\d|3[01])[ \t](?:0?[1-9]|1[0-2])[ \t](?:19|20)\d{2})\b")),
    ("[PHONE]", compile_rx(r"(?<![\w-])(07\d{3}-\d{6}|04\d{2}-\d{3}-\d{3})(?![\w-])")),  # UK / AU mobiles
    ("[ADDRESS]", compile_rx(r"\b(Kingston[ \t]+\d{1,2})\b(?![./:]\d)")),  # a Kingston (Jamaica) postal district
    ("[NAME]", compile_rx(r"\bw/[ \t]+([a-z]{3,15})[ \t]*\((?=[A-Z])")),  # "outreach w/ imran (Nottingham STAR team)"
    # session 21 (v69): claim forms - "LAST RAHMAN  FIRST OLUWASEUN", "CITY FRESNO  STATE CA", "SMITH, TROY, T",
    # "REFERRING PROVIDER DN YESENIA ZAMORA", "STATEMENT PERIOD 052424 THROUGH 053024", "DATE(S) OF SERVICE 06 25 2024"
    ("[NAME]", compile_rx(r"\b(?:LAST|FIRST|MIDDLE|SURNAME|FORENAME)(?:[ \t]+NAME)?:?[ \t]+([A-Z][A-Z'-]+)(?![\w])")),
    ("[ADDRESS]", compile_rx(r"\bCITY:?[ \t]+([A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2})(?=[ \t]{2,}|[ \t]+STATE\b)")),
    ("[NAME]", compile_rx(r"\b([A-Z][A-Z'-]{2,},[ \t]?[A-Z][A-Z'-]+,[ \t]?[A-Z])(?![\w.])")),
    ("[NAME]", compile_rx(r"\bPROVIDER[ \t]+(?:DN|DK|DQ)[ \t]+([A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+){1,2})\b")),
    ("[DATE]", compile_rx(
        r"\b(?:DATE(?:\(S\))?(?:[ \t]+OF[ \t]+(?:SERVICE|BIRTH))?|PERIOD|THROUGH|DOS)[ \t]*:?[ \t]+"
        r"((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2}(?:\d{2})?|(?:0?[1-9]|1[0-2])[ \t](?:0?[1-9]|[12]\d|3[01])[ \t](?:19|20)\d{2})\b"
    )),
    ("[NAME]", compile_rx(r"\buser:?[ \t]+([a-z][a-z0-9._]{3,20})(?=[ \t]*(?:@|\(|,|$))", re.MULTILINE)),
    # session 21 (v68): "MSI # - 1563 002 649", "Donor code at clinic: K767", "Clinic: 01 07 2024", "MW Lupe",
    # "partner clive with her", "hi gillian -", "tvs (sharon):"
    ("[ID]", compile_rx(r"\bMSI[ \t]*#?[ \t]*[-:][ \t]*(\d{4}[ \t]?\d{3}[ \t]?\d{3})\b")),
    ("[ID]", compile_rx(r"\b(?i:donor)[ \t]+(?i:code|id|no\.?)[^:\n]{0,12}:[ \t]*([A-Z0-9][A-Z0-9-]{2,11})\b")),
    ("[DATE]", compile_rx(
        r"\b(?i:clinic|seen|visit|date|appointment|appt)[ \t]*:[ \t]*((?:0?[1-9]|[12]\d|3[01])[ \t](?:0?[1-9]|1[0-2])[ \t](?:19|20)\d{2})\b"
    )),
    ("[NAME]", compile_rx(r"\bMW[ \t]+([A-Z][a-z'-]{2,14})\b")),
    ("[NAME]", compile_rx(
        r"\b(?:partner|husband|wife|mum|dad|sister|brother|son|daughter)[ \t]+([a-z]{3,15})[ \t]+"
        r"(?=(?:with|is|was|here|present|aware|says|said|rang|called|came)\b)"
    )),
    ("[NAME]", compile_rx(r"^[ \t]*(?:hi|hello|dear)[ \t]+([a-z]{3,15})[ \t]*[-,]", re.MULTILINE)),
    ("[NAME]", compile_rx(r"\b(?:tvs|tas|uss|scan|obs|bloods)[ \t]*\(([a-z]{3,15})\)")),
)
# a list of vial or lot codes after its label ("Vial lot IDs: 19381-542A, 19381-321B")
_CODE_LIST = compile_rx(r"\b(?i:vial|straw)[ \w]{0,10}(?i:ids?|codes?|nos?\.?)[ \t]*:[ \t]*([^\n]*)")
_CODE = compile_rx(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,14}(?![\w-])")


def _message_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _STAMP_AUTHOR.finditer(text):
        who = m.group(1)
        words = [w for w in re.split(r"[ \t._]+", who) if w]
        # session 27 (v105): one listed given name counts too ("30/6/25, 8:13 am - Salma:", "- anna:")
        listed = len(words) == 1 and _is_name_loose(who) and _key(who) not in _CLINICAL
        if (len(who) >= 4 and not all(_plain_word(w) for w in words)) or listed:
            out.append((*m.span(1), "[NAME]"))
    for rx in (_BY_USER, _USER_COMMA_DATE):
        out.extend((*m.span(1), "[NAME]") for m in rx.finditer(text) if not _plain_word(m.group(1))
                   and not is_known_word(m.group(1)) and not m.group(1).endswith(_MEANS))
    for m in _NAME_THEN_USER.finditer(text):  # the id is made of the name ("Ouellet, Mathieu (mouellet)")
        if m.group(1).lower()[:4] in m.group(3) or m.group(2).lower()[:4] in m.group(3):
            out.append((*m.span(3), "[NAME]"))
    out.extend((*m.span(1), "[NAME]") for m in _CAPS_BEFORE_RECORD.finditer(text) if not _plain_word(m.group(1)))
    out.extend((m.start(1), m.end(), "[NAME]") for m in _CAPS_INITIAL_DOB.finditer(text) if not _plain_word(m.group(1)))
    out.extend((*m.span(1), "[PHONE]") for m in _PAGER_FROM.finditer(text))
    for line in _CODE_LIST.finditer(text):
        out.extend((*m.span(), "[ID]") for m in _CODE.finditer(text, line.start(1), line.end(1)))
    for placeholder, form in _SMALL_FORMS:
        out.extend((*m.span(1), placeholder) for m in form.finditer(text)
                   if placeholder != "[NAME]" or not (
                       _plain_word(m.group(1))
                       # session 25 (v93): "CXR, FBC, CRP, U&E" is a list of tests, no "SMITH, TROY, T"
                       or ("," in m.group(1) and any(_key(w) in CLINICAL_ABBREV or _key(w) in _CLINICAL
                                                     for w in m.group(1).split(",")[:2]))))
    out.extend((*m.span(1), "[NAME]") for m in _TYPIST.finditer(text) if lower_initials_ok(m.group(1)))
    for m in _LOWER_SIGNOFF.finditer(text):
        if not any(_plain_word(w) for w in m.group(1).split()):
            out.append((*m.span(1), "[NAME]"))
    return out


def _contact_names(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for line in _CONTACT_LINE.finditer(text):
        for m in _CONTACT_ITEM.finditer(text, line.start(1), line.end(1)):
            k = _key(m.group(1))
            if k not in COMMON_WORDS and k not in _CLINICAL and k not in CLINICAL_ABBREV:
                out.append((*m.span(1), "[NAME]"))
    return out


def column_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        for head in _DATE_HEAD.finditer(text):
            pos = text.find("\n", head.end())
            while pos >= 0 and (row := _DM_ROW.match(text, pos + 1)):
                out.append((*row.span(1), "[DATE]"))
                pos = text.find("\n", row.end())
        out.extend((*m.span(1), "[NAME]") for m in _LOG_AUTHOR.finditer(text) if initials_here(m.group(1)))
        out.extend((*m.span(1), "[NAME]") for m in _SLASH_SERVICE.finditer(text) if initials_here(m.group(1)))
        for m in _TYPIST_PAIR.finditer(text):
            if all(lower_initials_ok(g) and g not in COMMON_WORDS and g not in _SHORT_WORDS for g in m.groups()):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
        for m in _PAIR_END.finditer(text):
            if initials_here(m.group(1)) and lower_initials_ok(m.group(2)):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    if "   " in text:
        for m in _ROTA_ROW.finditer(text):
            words = [_key(w.rstrip(".")) for w in m.group(1).split()]
            if not any(w in _CLINICAL or w in CLINICAL_ABBREV for w in words):  # not "Blood Results   12 Ward St"
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[ADDRESS]")))
    for m in _NUMBERED_LOWER_NAME.finditer(text):
        if all(_key(w) not in _CLINICAL and (_is_name_loose(w.capitalize()) or not is_known_word(w)) for w in m.group(1).split()):
            out.append((*m.span(1), "[NAME]"))  # a handover list typed in lower case: "2. icilda mcfarlane H006203"
    if "KS " in text:
        out.extend((*m.span(1), "[ID]") for m in _KS_CODE.finditer(text))
    if "ead" in text:
        for line in _LEADS.finditer(text):
            out.extend((*m.span(1), "[ID]") for m in _LEAD_SERIAL.finditer(text, line.start(), line.end()))
    if "  " in text:
        cells = _table_cells(text)
        out.extend(cells)
        out.extend(_user_repeats(text, {text[a:b] for a, b, p in cells if p == "[NAME]" and b - a >= 5
                                        and (text[a:b].isupper() or "." in text[a:b] or "_" in text[a:b])}))
        out.extend(_user_repeats(text, {text[a:b] for a, b, p in cells if p == "[NAME]" and 2 <= b - a <= 3
                                        and text[a:b].isupper() and initials_here(text[a:b])}, min_len=2, edge="/-"))
    if "|" in text or "," in text:
        out.extend(_delimited_tables(text))
    out.extend((*_first(m), "[NAME]") for m in _HANDLE.finditer(text))
    out.extend(_contact_names(text))
    out.extend(_message_spans(text))
    out.extend((*m.span(1), "[NAME]") for m in _INITIALS_OVER_SERVICE.finditer(text) if lower_initials_ok(m.group(1)))
    out.extend((*m.span(1), "[NAME]") for m in _INITIAL_SURNAME_CRED.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _REGISTER_NO.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _PHONE_THEN_INITIALS.finditer(text) if initials_here(m.group(1)))
    return out
