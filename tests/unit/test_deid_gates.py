"""Round 10 speed gates: each pattern recogniser runs behind a lookahead on its first
characters (``patterns.gated``); a gated recogniser must find exactly the matches of the
ungated one. Hand-written sentences covering every alternative family of every recogniser."""

from __future__ import annotations

import re

import pytest

from processors.deid import DeidConfig, scrub_spans
from processors.deid.patterns import RECOGNISERS, UNGATED

CFG = DeidConfig.for_tests()

# fmt: off
TEXTS = [
    pytest.param("Visit https://portal.example.org/x?id=1 or www.clinic.test; ftp://files.test/a", id="urls"),
    pytest.param("Email jo.o'neil+ward@mail.example.com, .x@y.org and IP 10.0.12.254, fe80::1:2", id="email-ip"),
    pytest.param("SSN 123-45-6789; social security no. 987 65 4321; SS# 111223333; 900-12-3456", id="ssn"),
    pytest.param("Seen Mon 3/4, Tues 4th, Wednesday the 5th; on the 12th at 09:30; 2024-03-14T10:22Z", id="weekdays"),
    pytest.param("14 Mar 2024, March 14th, 2024, 5.Jan.26, 05-JAN-2026, 04DEC25, Nov/30/2025, 3/14/2024", id="date-forms"),
    pytest.param("Christmas Eve, Boxing Day, New Year's Day, Eid al-Adha, Good Friday, Diwali\n 14/9 list\n(3/4)", id="holidays-line-start"),
    pytest.param("THEATRE LIST - 14/9. 08/2025, 2024/3/14, 14.03.2024, 03-14-24, MARCH 2024, JAN 5", id="more-dates"),
    pytest.param("Call (555) 123-4567 x22, +1 555 123 4567, +61 2 9876 5432, 020 7946 0958, (01632) 960 001", id="phones"),
    pytest.param("555.123.4567, 555/123-4567, 01632 960 001, 01632 960001, 0161 496 0123", id="phones-2"),
    pytest.param("Lives at Apt 4B, 1200 N. Elm Street, Suite 9, Springfield, IL 62704; PO Box 3498, 30195", id="us-address"),
    pytest.param("Flat 2/14 Harbour Parade, Parramatta NSW 2150; 9 Mill Lane, Bury BL9 0AA; Ottawa, ON K1A 0B1", id="intl-address"),
    pytest.param("..., Springfield 62704\nPortland 97201-1234, zip code: 02139, Postcode 2000, New York 10001", id="zips"),
    pytest.param("MRN 00123456, ID AB-123456, XYZ1234, A12345678, NHS/2024/00123, 1234-A, 123-456-7890-1", id="ids"),
    pytest.param("Codes 4471209BX, A12B3456, 1000IU, 2130HRS, (448213), # 55102, #55102, 3f2a9c1e-1b2c-4d5e-8f90-0a1b2c3d4e5f", id="ids-2"),
    pytest.param("A 94 year old man, 101 yo F, aged 97, Age: 92, 93M, 99 female, 45 yo", id="ages"),
    pytest.param("", id="empty"),
    pytest.param("no capitals, no digits here at all; just words and spaces.", id="nothing"),
]
# fmt: on


@pytest.mark.parametrize("text", TEXTS)
def test_gated_recognisers_match_ungated(text: str) -> None:
    assert len(RECOGNISERS) == len(UNGATED)
    for (p1, gated, g1), (p2, plain, g2) in zip(RECOGNISERS, UNGATED, strict=True):
        assert (p1, g1) == (p2, g2)
        got = [(m.span(), m.groups()) for m in gated.finditer(text)]
        want = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert got == want, p1


@pytest.mark.parametrize("text", TEXTS)
def test_scrub_spans_idempotent_on_gate_texts(text: str) -> None:
    assert scrub_spans(text, frozenset(), CFG) == scrub_spans(text, frozenset(), CFG)


def _strip_gate(pattern: str) -> str:
    """``pattern`` without its leading ``(?=...)`` gate (brackets and escapes respected)."""
    assert pattern.startswith("(?=")
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[i + 1 :]
        i += 1
    raise AssertionError("unbalanced gate")


def _gated_name_patterns() -> list[re.Pattern[str]]:
    from processors.deid import context, extend, unknown, values

    out = [context._INITIAL, context._SURNAME_GIVEN, context._AGE_SEX, context._SENT_START]
    out += [unknown._RUN, extend._CAPS_RUN]
    out += [rx for _, rx in values._FIELD_RX + values._LOW_RX if rx.pattern.startswith("(?=")]
    return out


# fmt: off
NAME_TEXTS = [
    pytest.param("Bed 6: Lee (94M). Das (90 yo, frail). J. K. de Souza seen; A. Patel reviewed.", id="ages-initials"),
    pytest.param("PATEL, Anita (MRN 123). QUARTERMAINE ROSALIND aged 93. McLeod, O'Brien; 94 y M; F/97", id="caps-surnames"),
    pytest.param("Ross is worried. Tui prefers tea.\n  Mo's daughter rang. aged ninety-two; age one hundred", id="sentence-starts"),
    pytest.param("Élodie Müller, Ōsaka; Ĳssel; 93/M, 101 yo F, 19 yo M", id="non-ascii"),
]
# fmt: on


@pytest.mark.parametrize("text", [*NAME_TEXTS, *TEXTS])
def test_gated_text_patterns_match_ungated(text: str) -> None:
    for rx in _gated_name_patterns():
        plain = re.compile(_strip_gate(rx.pattern), rx.flags)
        got = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], rx.pattern[:40]
