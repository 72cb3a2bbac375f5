"""Session 53 (deid tester Q: narratives typed in lower case; 97 names half removed): a found lower-case name's other half.

- a listed surname that is also a word right after a found lower-case given name, closing the phrase ("reassured by
  sophie wood.", "re callum wood of 184 ...", "robert hall of"): the given name was found, so the word is its surname;
- a listed given name that is no English word right before a found lower-case surname ("found anil menon");
- a surname's particles and the given name before them ("mark dela cruz", "busisiwe van der merwe"), when the given name
  is listed and no English word.
"""

from __future__ import annotations

import re

from processors.deid.names import AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _CLINICAL, CALENDAR, is_known_word

__all__ = ["lower_name_edges"]

_GIVEN = re.compile(r"[a-z][a-z'\u2019-]{1,14}")
# the surname, then the phrase closing: a stop, a bracket, a line's end, or a short link word or a number
_SURNAME_AFTER = re.compile(
    r"[ \t]([a-z][a-z'\u2019-]{1,14})(?=[ \t]*(?:[.,;:)/\n]|$)|[ \t]+(?:of|re|and|at|on|in|to|from|said|says|is|was|has|had"
    r"|will|who|rang|called|\d))"
)
_GIVEN_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z][a-z'\u2019-]{1,14})[ \t]+\Z")
_PARTICLES_BEFORE = re.compile(
    r"(?<![\w'\u2019-])([a-z][a-z'\u2019-]{1,14})[ \t]+((?:dela|de[ \t]+la|de|del|della|da|das|dos|di|du|van[ \t]+der|van[ \t]+den"
    r"|van|von|le|la|bin|binti|bint|al|el|ter)[ \t]+)\Z"
)


def lower_name_edges(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` widened to the found lower-case name's surname after it or its particles and given name before it."""
    span = text[s:e]
    if not span.islower():
        return s, e
    if _GIVEN.fullmatch(span) and (_key(span) in FIRST_NAMES or _key(span) in AMBIGUOUS_NAMES):
        m = _SURNAME_AFTER.match(text, e)
        if m is not None:
            k = _key(m.group(1))
            if k in SURNAMES and k not in _CLINICAL and k not in CALENDAR:
                e = m.end(1)
    if _GIVEN.fullmatch(span) and (g := _GIVEN_BEFORE.search(text, max(0, s - 20), s)) is not None:
        k = _key(g.group(1))
        if k in FIRST_NAMES and k not in _CLINICAL and k not in CALENDAR and not is_known_word(g.group(1)):
            s = g.start(1)  # "found anil [menon]": the given name no English word before a found surname
    m = _PARTICLES_BEFORE.search(text, max(0, s - 32), s)
    if m is not None:
        k = _key(m.group(1))
        if (k in FIRST_NAMES or k in AMBIGUOUS_NAMES) and k not in _CLINICAL and (not is_known_word(m.group(1)) or k in AMBIGUOUS_NAMES):
            s = m.start(1)
        else:
            s = m.start(2)
    return s, e
