"""Pipe tables (session 12, held-out corpus v37): a ward or care-home list typed as a table
("| Resident | Age | NHS no. | Issue |") names a person and an age in every row under the
"Resident" and "Age" headings. The column is found by its heading; each row's cell under it is
a NAME (checked by the clinical-token guard like every other name) or, when it is a number over
89, an AGE. Rows end at the first line that is no table row. Session 14 (v42): "Init" / "By"
cells are staff initials, "Lot" / "Batch" cells ids, "Pain" / "Score" cells scores (no dates);
session 15 (v43): a number under "Pager", "Bleep", "Ext" or "Phone" is a PHONE.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["Columns", "table_columns"]

_NAME_HEADS = frozenset(["name", "resident", "patient", "pt", "patient name", "resident name", "client", "person"])
_AGE_HEADS = frozenset(["age", "age (y)", "age (yrs)", "age (years)", "yrs", "age, y"])
_AGE_CELL = compile_rx(r"[ \t]*(9\d|1[01]\d)[ \t]*(?:y|yo|yrs?|years?)?[ \t]*\Z")
_RULE_ROW = compile_rx(r"[ \t]*\|?[ \t:|-]+\Z")  # "|---|---|"


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table row ``text[a:b]`` (outer pipes dropped)."""
    bars = [i for i in range(a, b) if text[i] == "|"]
    edges = [a - 1, *bars, b] if text[a:b].lstrip()[:1] != "|" else [*bars, b]
    cells = [(edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1)]
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells.pop()  # after a closing pipe
    return cells


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


_INITIAL_HEADS = frozenset(["init", "inits", "initial", "initials", "by", "sign", "signed", "sig", "staff",
                            "pt initials", "patient initials", "subject initials"])
_ID_HEADS = frozenset(["lot", "batch", "lot no", "lot no.", "lot #", "batch no", "batch no.", "lot number",
                       "batch number",
                       # session 17 (v49): a trial-drug accountability log's kit numbers
                       "kit", "kit no", "kit no.", "kit #", "kit number", "kit id",
                       # session 18 (v50): a theatre list's record-number column
                       "ur", "ur no", "ur no.", "urn", "mrn", "mrn no", "hosp no", "hosp no.", "hospital no",
                       "hospital no.", "nhs no", "nhs no.", "nhs number", "chi", "nhi", "rn", "record no",
                       # session 45 (deid tester): a trial screening log's numbers (24.8 % recall)
                       "scr no", "scr no.", "scr #", "scr id", "screening no", "screening no.", "screening number",
                       "screening id", "subject", "subject id", "subject no", "participant", "participant id",
                       "participant no", "study id", "study no", "rand no", "rand no.", "randomisation no",
                       "randomization no"])  # fmt: skip
_PHONE_HEADS = frozenset(["pager", "bleep", "pager no", "pager no.", "bleep no", "ext", "extension", "phone", "tel",
                          "mobile", "contact no", "contact number"])  # session 15 (v43): a pager log
_PHONE_CELL = compile_rx(r"[ \t]*(\+?\d[\d \t()-]{2,16}\d)[ \t]*\Z")
_SCORE_HEADS = frozenset(["pain", "pain score", "nrs", "vas", "score", "pain (0-10)", "pain /10", "pain/10"])
_INITIAL_CELL = compile_rx(r"[ \t]*((?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})[ \t]*\Z")  # session 45: "N.F.K."
_ID_CELL = compile_rx(r"[ \t]*((?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{3,}|\d{5,12}"
                      r"|\d{2,4}-\d{3,4})[ \t]*\Z")  # session 45: "scr23796", "674-309"
_KEYS = ("age", "name", "resident", "patient", "client", "init", "by", "sign", "staff", "lot", "batch", "kit", "pain",
         "score", "nrs", "vas", "pager", "bleep", "ext", "phone", "tel", "mobile", "contact",
         "ur", "mrn", "hosp", "nhs", "chi", "nhi", "rn", "record", "scr", "screening", "subject", "participant",
         "study", "rand")  # fmt: skip


class Columns:
    """What the known columns of a note's pipe tables hold."""

    __slots__ = ("ages", "ids", "initials", "names", "phones", "scores")

    def __init__(self) -> None:
        self.names: list[tuple[int, int]] = []  # NAME cells, to be guarded
        self.ages: list[tuple[int, int, str]] = []  # AGE spans (a number over 89)
        self.initials: list[tuple[int, int]] = []  # staff initials under "Init" / "By" (NAME)
        self.ids: list[tuple[int, int, str]] = []  # lot and batch numbers (ID)
        self.scores: list[tuple[int, int]] = []  # cells under "Pain" / "Score": "4/10" is no date
        self.phones: list[tuple[int, int, str]] = []  # numbers under "Pager" / "Ext" / "Phone" (PHONE)


def _column(heads: list[str], known: frozenset[str]) -> int:
    return next((i for i, h in enumerate(heads) if h in known), -1)


def table_columns(text: str, low: str) -> Columns:
    """The cells of the known columns (module doc; session 14, v42: staff initials, vaccine lot
    numbers and pain scores)."""
    out = Columns()
    if text.count("|") < 4 or not any(h in low for h in _KEYS):
        return out
    cols = [-1] * 6  # name, age, initials, id, score, phone
    heads_of = (_NAME_HEADS, _AGE_HEADS, _INITIAL_HEADS, _ID_HEADS, _SCORE_HEADS, _PHONE_HEADS)
    width = 0
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.count("|") < 2:
            cols = [-1] * 6
            continue
        cells = _cells(text, a, b)
        heads = [low[s:e].strip().rstrip(":") for s, e in cells]
        found = [_column(heads, known) for known in heads_of]
        if any(c >= 0 for c in found) and not any(
            h[:1].isdigit() for i, h in enumerate(heads) if i not in found
        ):  # a heading row: no cell opens with a figure ("SpO2" may head a column; a data row may hold "pt")
            cols = found
            width = len(cells)
            continue
        if all(c < 0 for c in cols) or len(cells) != width or _RULE_ROW.match(line):
            continue
        name_col, age_col, init_col, id_col, score_col, phone_col = cols
        if name_col >= 0:
            s, e = _strip(text, *cells[name_col])
            if e > s and any(c.isalpha() for c in text[s:e]):
                out.names.append((s, e))
        if age_col >= 0:
            s, e = cells[age_col]
            m = _AGE_CELL.match(text, s, e)
            if m:
                out.ages.append((*m.span(1), "[AGE]"))
        if init_col >= 0 and (m := _INITIAL_CELL.match(text, *cells[init_col])):
            out.initials.append(m.span(1))
        if id_col >= 0 and (m := _ID_CELL.match(text, *cells[id_col])):
            out.ids.append((*m.span(1), "[ID]"))
        if score_col >= 0:
            out.scores.append(cells[score_col])
        if phone_col >= 0 and (m := _PHONE_CELL.match(text, *cells[phone_col])):
            out.phones.append((*m.span(1), "[PHONE]"))
    return out
