"""Session 38 (deid tester): a given name alone after what a note says of a person.

"Married to Pita for 21 years", "Will phone Arjun on +61 ...", "she asked for Patience to be
present", "calling about Lovely, age 21", "Booking with Precious (RM Bishop)", "phone his nan Lan":
no title, label or surname marks these names, only the phrase before them. The phrase is weak
("Ring Pharmacy", "Asked for Oramorph", "Text Message sent"), so the word after it must be one a
name could be: no clinical word, and no common English word unless a listed name or one of the
given names that are words ("Precious", "Patience"). The caller passes the spans through the
clinical-token guard.
"""

from __future__ import annotations

from processors.deid.context import _nameish, _plausible, not_a_name
from processors.deid.leading import compile_rx
from processors.deid.repeats import WORD_NAMES

__all__ = ["lone_name_spans"]

# strong: the word after is a person ("married to", a grandparent's word, a call to a number)
_STRONG = compile_rx(
    r"\b(?i:married[ \t]+to|(?:his|her|their|pt'?s|patient'?s)[ \t]+(?:nan|nana|nanna|nanny|gran|granny|koro|kuia|"
    r"lola|lolo|tita|tito|aunty|auntie))[ \t]+([A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?)\b"
    r"|\b(?i:phone|ring|text|call)[ \t]+([A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?)[ \t]+(?i:on)[ \t]+(?=[+(\d])"
)
# weak: the word after may be anything asked for or about ("Asked for Oramorph")
_WEAK = compile_rx(
    r"\b(?i:asked[ \t]+for|calling[ \t]+(?:about|re)|booking[ \t]+with|(?:will|to|please|pls)[ \t]+(?:phone|ring|text|call)"
    # session 54 (deid tester V): a letter's, a call's or a chat's person ("thanks for seeing Mark, 85yo", "is that Ross?",
    # "spoke to Dwayne", "thanks Ben")
    r"|(?:thanks|thank[ \t]+you)[ \t]+for[ \t]+seeing|is[ \t]+(?:that|this)|spoke[ \t]+(?:to|with)|speaking[ \t]+(?:to|with)"
    r"|thanks|thx)"
    r"[ \t]+([A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?)\b(?!['\u2019]s[ \t]+(?:disease|syndrome))"
)


# who else is called on a number ("Phone Security on 2222", "Ring Switchboard on 0")
_CALLED = frozenset(["security", "reception", "switchboard", "pharmacy", "radiology", "lab", "labs", "bleep",
                     "theatre", "theatres", "porters", "porter", "estates", "helpdesk", "helpline", "ambulance",
                     "police", "mum", "dad", "home", "work", "office", "ward", "clinic", "team", "service",
                     "desk", "admissions", "bed", "bureau", "control", "transport", "outreach", "ccot", "haematology",
                     "microbiology", "micro", "biochemistry", "bloodbank", "blood", "duty", "on-call", "oncall",
                     "site", "manager", "matron", "coordinator", "triage", "enquiries", "him", "her", "them", "back"])


def lone_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a capitalised word after one of the phrases above that could be a given name."""
    out: list[tuple[int, int]] = []
    for m in _STRONG.finditer(text):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if _plausible(word) and not not_a_name([word]) and word.lower() not in _CALLED:
            out.append(m.span(group))
    for m in _WEAK.finditer(text):
        word = m.group(1)
        if not not_a_name([word]) and (word.lower() in WORD_NAMES or _nameish(word)):
            out.append(m.span(1))
    return out
