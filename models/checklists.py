"""Session 54 (notes tester CC: templated forms, F1 0.881): a checklist's short answers written out for the classifier.

Review-of-systems checklists, admission assessments and flowsheets answer each item with a mark the classifier reads
as the item itself: "SOB N", "CP ✗", "chest pain Y/N: N", "-ve CP", "- rash", "CP: ☐" were all read as the finding
(0.95-1.0), and "Nausea: Yes", "chest pain ☑ yes ☐ no" were sometimes missed. Each answered item is rewritten: a no
answer as "no <item>;" (the clause ends there, so the negation reaches no further), a yes answer as the item alone.
Only a finding's own short names are items (SOB, CP, N/V, rash, confusion, bleeding, fever, falls ...), and only an
answer that closes the item (a bar, a slash, a comma, a line end or two blanks after it): "Pain: 7/10" and "Nausea: 2
(moderate)" are left to the rest of the pipeline.
"""

from __future__ import annotations

import re

__all__ = ["written_out"]

_ITEM = (r"(?:sob|soboe|dyspno?ea|breathless(?:ness)?|shortness\s+of\s+breath|cp|chest\s+pain|n/v|n\s*\+\s*v|n\s*&\s*v|nausea"
         r"|vomiting|vomit|rash(?:/itch)?|itch(?:ing)?|hives|(?:new\s+)?confusion|confused|delirium|bleed(?:ing)?|fever|rigors?"
         r"|sweats|sweating|diaphoresis|falls?|cough|dysuria|haematuria|hematuria|palps|palpitations|syncope|dizziness"
         r"|wheeze|headache|abdo(?:minal)?\s+pain|hypo(?:glyc\w*)?)")
_CLOSE = r"(?=[ \t]*(?:[|/,;)\n]|\.(?:\s|$)|$|[ \t]{2}))"
_WORD_NO = r"(?:N|No|no|NO|nil|Nil|x|X|-)"
_SYMBOL_NO = r"(?:\u2717|\u2718|\u2610)"
_MARK_YES = r"(?:Y|Yes|yes|YES|\u2713|\u2714|\u2611|\+|\+\+)"
# "SOB N", "SOB Y/N: N", "CP \u2717", "CP: \u2610" (a word answer after ":" or " - " is the template rule's: context._TEMPLATE_NO)
_NO_AFTER = re.compile(rf"(?<![\w/])({_ITEM})(?:[ \t]+(?:Y/N[ \t]*:?[ \t]*)?{_WORD_NO}|[ \t]*(?:[:\-\u2013][ \t]*)?{_SYMBOL_NO}){_CLOSE}",
                       re.IGNORECASE)
# "Nausea: Yes", "SOB \u2713", "chest pain +," ("+ve" and "-ve" are the sign rules' in context.py)
_YES_AFTER = re.compile(rf"(?<![\w/])({_ITEM})[ \t]*(?:[:\-\u2013][ \t]*)?(?:Y/N[ \t]*:?[ \t]*)?{_MARK_YES}(?!ve)"
                        r"(?=[ \t]*(?:[|/,;)(\n]|\.(?:\s|$)|$|[ \t]{2}|[ \t]+[-\u2013(]|[ \t]+x\d|[ \t]+\w))", re.IGNORECASE)
# "-ve CP", "- rash" at an item's start, "✗ SOB"
_NO_BEFORE = re.compile(rf"(?:(?<=^)|(?<=[|/,;:(\n])|(?<=[|/,;:(\n][ \t]))[ \t]*(?:-ve|-|\u2717|\u2718|\u2610)[ \t]*({_ITEM}){_CLOSE}",
                        re.IGNORECASE | re.MULTILINE)
# "chest pain ☑ yes ☐ no" / "nausea ☐ yes ☑ no": the ticked answer
_TICKED_YES = re.compile(r"\u2611[ \t]*yes[ \t]*\u2610[ \t]*no\b", re.IGNORECASE)
_TICKED_NO = re.compile(r"\u2610[ \t]*yes[ \t]*\u2611[ \t]*no\b", re.IGNORECASE)
_HINTS = (" N", ":N", "\u2717", "\u2718", "\u2610", "\u2611", "\u2713", "\u2714", "-ve", "- ", " no", " No", " NO", " Y", ":Y", "+",
          "nil", "Nil", "yes", "Yes")


def written_out(text: str) -> str:
    """``text`` with each checklist item's answer written out ("SOB N" -> "no SOB;", "Nausea: Yes" -> "Nausea")."""
    if not any(h in text for h in _HINTS):
        return text
    if "\u2611" in text:
        text = _TICKED_NO.sub("no", _TICKED_YES.sub("yes", text))
    text = _NO_BEFORE.sub(lambda m: f" no {m.group(1)};", text)
    text = _NO_AFTER.sub(lambda m: f"no {m.group(1)};", text)
    return _YES_AFTER.sub(lambda m: m.group(1), text)
