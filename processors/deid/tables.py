"""Pipe tables (session 12, held-out corpus v37): a ward or care-home list typed as a table
("| Resident | Age | NHS no. | Issue |") names a person and an age in every row under the
"Resident" and "Age" headings. The column is found by its heading; each row's cell under it is
a NAME (checked by the clinical-token guard like every other name) or, when it is a number over
89, an AGE. Rows end at the first line that is no table row.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx

__all__ = ["table_columns"]

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


def table_columns(text: str, low: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """(NAME spans to guard, AGE spans) of the table columns in the module doc."""
    names: list[tuple[int, int]] = []
    ages: list[tuple[int, int, str]] = []
    if text.count("|") < 4 or not any(h in low for h in ("age", "name", "resident", "patient", "client")):
        return names, ages
    name_col = age_col = -1
    width = 0
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.count("|") < 2:
            name_col = age_col = -1
            continue
        cells = _cells(text, a, b)
        heads = [low[s:e].strip().rstrip(":") for s, e in cells]
        if any(h in _NAME_HEADS or h in _AGE_HEADS for h in heads):
            name_col = next((i for i, h in enumerate(heads) if h in _NAME_HEADS), -1)
            age_col = next((i for i, h in enumerate(heads) if h in _AGE_HEADS), -1)
            width = len(cells)
            continue
        if (name_col < 0 and age_col < 0) or len(cells) != width or _RULE_ROW.match(line):
            continue
        if name_col >= 0:
            s, e = _strip(text, *cells[name_col])
            if e > s and any(c.isalpha() for c in text[s:e]):
                names.append((s, e))
        if age_col >= 0:
            s, e = cells[age_col]
            m = _AGE_CELL.match(text, s, e)
            if m:
                ages.append((*m.span(1), "[AGE]"))
    return names, ages
