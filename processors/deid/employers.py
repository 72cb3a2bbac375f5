"""A patient's employer and school named after the verb that says so (session 35 black-box tester).

HIPAA Safe Harbor lists the names of the individual's employers among the identifiers to remove,
and a child's school or daycare identifies a family as well as an address does. Notes name them
after a work or school phrase: "Works at Ford Dearborn Truck Plant", "Lost job at Home Depot",
"desk work at Boeing in Everett", "Student at Wayne State University", "8th grade at Roosevelt
Middle School", "Attends Little Sprouts Daycare". The capitalised run after the phrase (up to six
words; "of", "the", "&" and "and" inside it) becomes ``[NAME]``; it ends at the first lower-case
word, punctuation or a line end. A run that opens with a clinical spelling ("works at ICU") or a
calendar word ("works at Christmas") is no employer.

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

from processors.deid.cities import CALENDAR_NAMES
from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx

__all__ = ["employer_spans"]

_CUE = compile_rx(
    r"\b(?i:works?|worked|working|employed|job|jobs|shifts?|retired|intern(?:ship)?|volunteers?|volunteering)"
    # session 40 (deid tester): "works nights at Royal Mail", "works as a mechanic at Stop & Shop"
    r"(?:[ \t]+(?i:nights|days|weekends|shifts|part[- ]time|full[- ]time|as[ \t]+an?[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?))?"
    r"[ \t]+(?i:at|for|from|with)[ \t]+(?=[A-Z])"
    r"|\b(?i:employee|student|studies|studying|enrolled|grade|year|sophomore|freshman|junior|senior|pupil)"
    r"[ \t]+(?i:at)[ \t]+(?=[A-Z])"
    r"|\b(?i:employee|student|pupil)[ \t]+of[ \t]+(?=[A-Z])"
    r"|\b(?i:attends|employer(?:[ \t]+is)?:?|employed[ \t]+by)[ \t]+(?=[A-Z])"
)
_WORD = r"(?:(?:St|Mt)\.|[A-Z][A-Za-z'\u2019-]*)"
_RUN = compile_rx(rf"{_WORD}(?:[ \t]+(?:(?:of|the|and|&|de|du|la)[ \t]+)?{_WORD}){{0,5}}")
_CALENDAR = CALENDAR_NAMES | {"christmas", "easter"}
_ALONE = frozenset(("home", "night", "nights", "weekend", "weekends", "school", "work"))  # "works at Home."
# the verb is about a place of care, not an employer: "attends Day Centre" is kept as a service name
# would be; the run must name something, so a lone title word is no employer
_NOT_ORG = frozenset(("dr", "mr", "mrs", "ms", "the", "a", "an", "gp", "er", "ed", "a&e", "clinic", "hospital"))


def employer_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "[NAME]") of employers and schools named after a work or school phrase."""
    out: list[tuple[int, int, str]] = []
    for cue in _CUE.finditer(text):
        run = _RUN.match(text, cue.end())
        if run is None:
            continue
        words = run.group(0).split()
        first = words[0].rstrip(".").lower()
        if (first in _CALENDAR or first in _NOT_ORG or clinical_spelling(words[0])
                or (len(words) == 1 and first in _ALONE)):
            continue
        out.append((run.start(), run.end(), "[NAME]"))
    return out
