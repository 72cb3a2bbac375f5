"""HL7 v2 segments pasted into a note, read field by field.

Interface-error tickets, duplicate-record notes and integration logs carry whole segments
("PID|1||RTH6183903^^^RTH^MR||WHITWORTH^Nerys^^^MRS||19670928|F|||FLAT 9^6 BEECH GROVE^..."):
the field's place says what it holds, whatever its letters (session 15, held-out v43: a
surname or a flat number in a PID segment was missed where its shape alone said nothing).

Segments read: MSH, EVN, PID, PD1, NK1, PV1, GT1, MRG, ORC, OBR (v2.x field numbers). Per field:
identifiers (CX: the first component of each repetition), person names (XPN: family, given
and middle as one span; a prefix such as "MRS" stays), staff (XCN: the id, then the name),
dates and times (TS: at least a full date), addresses (XAD: street lines and city; the
postcode is a ZIP; state and country stay), phones (XTN: the number, or area and local
number; an e-mail component is an EMAIL) and the SSN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["hl7_plain_spans", "hl7_spans"]

_SEGMENT = re.compile(r"(?:^|(?<=[\s>]))(MSH|EVN|PID|PD1|NK1|PV1|GT1|MRG|ORC|OBR)\|[^\n\r]*", re.MULTILINE)
_OBX = re.compile(r"(?:^|(?<=[\s>]))OBX\|[^\n\r]*", re.MULTILINE)

_ID, _XPN, _XCN, _TS, _XAD, _XTN, _SSN = "id", "xpn", "xcn", "ts", "xad", "xtn", "ssn"
# segment -> field number -> data type (only fields that hold PHI)
_FIELDS: dict[str, dict[int, str]] = {
    "MSH": {7: _TS},  # MSH-10, the message control id, names a message, not a person
    "EVN": {2: _TS, 6: _TS},
    "PID": {2: _ID, 3: _ID, 4: _ID, 5: _XPN, 6: _XPN, 7: _TS, 9: _XPN, 11: _XAD, 13: _XTN, 14: _XTN,
            18: _ID, 19: _SSN, 20: _ID, 21: _ID, 29: _TS},
    "PD1": {4: _XCN},
    "NK1": {2: _XPN, 4: _XAD, 5: _XTN, 6: _XTN, 8: _TS, 30: _XPN, 31: _XTN, 32: _XAD},
    "PV1": {7: _XCN, 8: _XCN, 9: _XCN, 17: _XCN, 19: _ID, 44: _TS, 45: _TS, 50: _ID},
    "GT1": {2: _ID, 3: _XPN, 5: _XAD, 6: _XTN, 7: _XTN, 8: _TS, 12: _SSN},
    "MRG": {1: _ID, 2: _ID, 3: _ID, 5: _ID, 7: _XPN},
    "ORC": {2: _ID, 3: _ID, 4: _ID, 9: _TS, 10: _XCN, 11: _XCN, 12: _XCN},
    "OBR": {2: _ID, 3: _ID, 6: _TS, 7: _TS, 8: _TS, 14: _TS, 16: _XCN, 22: _TS, 28: _XCN},
}
_PLACEHOLDER = {_ID: "[ID]", _SSN: "[SSN]"}
_DATE = re.compile(r"\d{8}")
_NAMEISH = re.compile(r"[^\W\d_]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")


def _parts(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each ``sep``-separated part of ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    a = start
    while True:
        b = text.find(sep, a, end)
        if b < 0:
            out.append((a, end))
            return out
        out.append((a, b))
        a = b + 1


def _run(text: str, comps: list[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
    """One span from the first to the last non-empty component in ``first..last`` (1-based)."""
    held = [c for c in comps[first - 1 : last] if c[1] > c[0]]
    return (held[0][0], held[-1][1]) if held else None


def _field_spans(text: str, kind: str, comps: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []

    def add(span: tuple[int, int] | None, placeholder: str, need: re.Pattern[str] | None = None) -> None:
        if span is not None and span[1] > span[0] and (need is None or need.search(text, span[0], span[1])):
            out.append((*span, placeholder))

    c1 = comps[0]
    if kind in (_ID, _SSN):
        if any(ch.isdigit() for ch in text[c1[0] : c1[1]]):
            out.append((*c1, _PLACEHOLDER[kind]))
    elif kind == _XPN:
        add(_run(text, comps, 1, 3), "[NAME]", _NAMEISH)
    elif kind == _XCN:
        if any(ch.isdigit() for ch in text[c1[0] : c1[1]]):
            out.append((*c1, "[ID]"))
        add(_run(text, comps, 2, 4), "[NAME]", _NAMEISH)
    elif kind == _TS:
        add(c1, "[DATE]", _DATE)
    elif kind == _XAD:
        for i in (0, 1, 2):
            if i < len(comps):
                add(comps[i], "[ADDRESS]")
        if len(comps) > 4:
            add(comps[4], "[ZIP]")
    elif kind == _XTN:
        if any(ch.isdigit() for ch in text[c1[0] : c1[1]]):
            out.append((*c1, "[PHONE]"))
        if len(comps) > 3:
            add(comps[3], "[EMAIL]", _EMAIL)
        add(_run(text, comps, 6, 7) if len(comps) > 5 else None, "[PHONE]")
    return out


def hl7_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the PHI fields of the HL7 v2 segments in ``text``."""
    if "|" not in text or "^" not in text and "PID|" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for _segment, _number, kind, a, b in _fields(text):
        if kind is not None:
            for ra, rb in _parts(text, a, b, "~"):
                out.extend(_field_spans(text, kind, _parts(text, ra, rb, "^")))
    return out


def _fields(text: str) -> Iterator[tuple[str, int, str | None, int, int]]:
    """(segment, field number, PHI type or None, start, end) of each non-empty field of the read segments."""
    for seg in _SEGMENT.finditer(text):
        fields = _FIELDS[seg.group(1)]
        offset = 1 if seg.group(1) == "MSH" else 0  # MSH-1 is the field separator itself
        for i, (a, b) in enumerate(_parts(text, seg.start(), seg.end(), "|")):
            if i > 0 and b > a:
                yield seg.group(1), i + offset, fields.get(i + offset), a, b


# session 50 (deid tester Y: 79 false findings in 12 pasted HL7 messages): what a segment's place says is no PHI - the coded
# fields of a read segment (MSH-9/10, the message's type and control id; NK1-3's relationship "MTH^Mother"; OBR-4's test
# "CBC^COMPLETE BLOOD COUNT"; PID-8's sex), the use and equipment codes of a phone ("^PRN^PH"), an identifier's authority and type ("^^^NHS^NH"), and an OBX's
# identifier, units, range and flags (its value, OBX-5, is read as text)
_OBX_PLAIN = (1, 2, 3, 4, 6, 7, 8, 11)
# components (0-based) of a PHI field that hold none: a phone's use and equipment codes, an identifier's authority and type
_PLAIN_COMPONENTS: dict[str, tuple[int, ...]] = {_XTN: (1, 2), _ID: (3, 4, 5)}
# the coded fields of the read segments (a pasted message's other fields may sit one place off: they stay scrubbed)
_CODE_FIELDS: dict[str, tuple[int, ...]] = {"MSH": (9, 10, 11, 12), "NK1": (3,), "OBR": (4,), "ORC": (1, 5),
                                             "PID": (8, 10, 15, 16, 17, 22, 24)}


def hl7_plain_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of HL7 v2 segments in ``text`` that hold no PHI (other recognisers' spans inside are dropped)."""
    if "|" not in text or "^" not in text and "PID|" not in text:
        return []
    out: list[tuple[int, int]] = []
    for segment, number, kind, a, b in _fields(text):
        if kind is None:
            if number in _CODE_FIELDS.get(segment, ()):
                out.append((a, b))
            continue
        plain = _PLAIN_COMPONENTS.get(kind, ())
        for ra, rb in _parts(text, a, b, "~"):
            comps = _parts(text, ra, rb, "^")
            out.extend(comps[k] for k in plain if k < len(comps) and comps[k][1] > comps[k][0])
    for seg in _OBX.finditer(text):
        for i, (a, b) in enumerate(_parts(text, seg.start(), seg.end(), "|")):
            if i in _OBX_PLAIN and b > a:
                out.append((a, b))
    out.sort()
    joined: list[tuple[int, int]] = []
    for a, b in out:  # neighbouring components are one range ("RTH^MR": an authority and a type)
        if joined and a - joined[-1][1] <= 1 and text[joined[-1][1]:a] in ("", "^"):
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    return joined
