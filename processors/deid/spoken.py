"""Session 6: PHI as speech recognition writes it (dictated notes, ASR drafts).

- a spoken date: a month and a spoken day, with an optional spoken year ("april third
  nineteen twenty nine", "july twenty first twenty twenty four", "the fifth of may"), or the
  month as an ordinal with a year ("the thirteenth of the eighth nineteen sixty two");
- a spoken number: five or more digit words in a row ("six one seven five five five zero
  one one two", "oh two"), a phone after a contact word, else an identifier;
- a name spelled out letter by letter after "spelled" ("last name spelled B-A-N-K-S").

Every pattern is behind a substring test (speed); spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx

__all__ = ["spoken_spans"]

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    "|thirtieth"
)
_DAY = rf"(?:(?:twenty|thirty)[ \t-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{_ORDINAL})"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[ \t-](?:{_UNITS}))?|{_TEEN}|oh[ \t-](?:{_UNITS}))"
_YEAR = (
    rf"(?:(?:nineteen|twenty)[ \t]+{_TWO_DIGITS}"
    rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TWO_DIGITS}|{_UNITS}))?)"
)
# on the lower-cased text
_SPOKEN_DATE = by_first_letter(compile_rx(  # month first: "april third nineteen twenty nine"
    rf"\b(?:{_MONTHS})[ \t]+(?:the[ \t]+)?{_DAY}(?:,?[ \t]+{_YEAR})?\b"
))
_SPOKEN_DATE_OF = compile_rx(  # day first: "the fifth of may"; found from " of "
    rf"(?:the[ \t]+)?{_DAY}[ \t]+of[ \t]+(?:{_MONTHS})(?:,?[ \t]+{_YEAR})?\b"
)
_MONTH_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_SPOKEN_DATE_OF_ORD = compile_rx(  # month as an ordinal, year required: "the thirteenth of the eighth nineteen sixty two"
    rf"(?:the[ \t]+)?{_DAY}[ \t]+of[ \t]+the[ \t]+(?:{_MONTH_ORDINAL}),?[ \t]+{_YEAR}\b"
)
_DAY_BEFORE_OF = compile_rx(rf"(?:the[ \t]+)?{_DAY}\Z")
_DIGIT = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_DIGITS = compile_rx(rf"\b(?:{_DIGIT})(?:[ \t,-]+(?:{_DIGIT})){{4,}}\b")
_CONTACT = compile_rx(r"(?:phone|reached|call|contact|cell|mobile|number is|at)[ \t]+\Z")
_SPELLED = compile_rx(r"\bspelled[ \t]+(?:as[ \t]+)?([a-z](?:[ \t]?-[ \t]?[a-z]){2,})\b")


# cheap first tests (speed): a spoken ordinal and a month name; five digit words
_MONTH_HINTS = ("uary", "march", "april", "may ", "june", "july", "ugust", "mber", "tober")
_ORDINAL_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "teenth", "tieth")
_DIGIT_HINTS = (" zero ", " oh ", " one ", " two ", " three ", " four ", " five ", " six ", " seven ",
                " eight ", " nine ")


# session 24 (v84): a legal form's written-out date ("the 26th day of December, 2023"); on the
# lower-cased text (kept apart from patterns._DATE, whose one alternation Hyperscan must accept)
_LEGAL_DATE = compile_rx(
    r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december),?[ \t]+(?:19|20)\d{2}\b"
)


def spoken_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Spoken dates and numbers, and spelled names (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if " day of " in low:
        out.extend((*m.span(), "[DATE]") for m in _LEGAL_DATE.finditer(low))
    month = any(m in low for m in _MONTH_HINTS)
    if (month or " of the " in low) and any(o in low for o in _ORDINAL_HINTS):
        if month:
            out.extend((*m.span(), "[DATE]") for m in _SPOKEN_DATE.finditer(low))
        i = low.find(" of ")
        while i >= 0:
            b = _DAY_BEFORE_OF.search(low, max(0, i - 30), i)
            m = b and (_SPOKEN_DATE_OF.match(low, b.start()) or _SPOKEN_DATE_OF_ORD.match(low, b.start()))
            if m and (m.start() == 0 or not low[m.start() - 1].isalnum()):
                out.append((*m.span(), "[DATE]"))
            i = low.find(" of ", i + 4)
    if sum(low.count(w) for w in _DIGIT_HINTS) >= 3:
        for m in _SPOKEN_DIGITS.finditer(low):
            phone = _CONTACT.search(low, max(0, m.start() - 20), m.start()) is not None
            out.append((m.start(), m.end(), "[PHONE]" if phone else "[ID]"))
    if "spelled" in low:
        out.extend((*m.span(1), "[NAME]") for m in _SPELLED.finditer(low))
    return out
