"""Forms of theatre and anaesthetic records (session 22, from the held-out v71 measurement).

Names (NAME): a pair of initials in brackets after a count or check was confirmed ("swabs and
sharps correct (MM / WF)": scrub and circulating staff); initials in brackets after a theatre role
("site marked by surgeon (AM)"); the initial before a signer's surname ("signed E Urquhart", the
surname found elsewhere and joined to it). Initials that are a clinical abbreviation stay
and so do views, routes and sides ("done (AP / PA)"); the signer's initial only before a surname that
is no English word.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here
from processors.deid.unknown import is_known_word

__all__ = ["theatre_name_spans"]

_PAIR = compile_rx(
    r"\b(?:correct|complete|completed|checked|counted|confirmed|verified|signed|witnessed|done|agreed)\b"
    r"[^\n()]{0,12}\(([A-Z]{2,3})[ \t]*/[ \t]*([A-Z]{2,3})\)"
)
_ROLE_BRACKET = compile_rx(
    r"\b(?:surgeon|anaesthetist|anesthetist|scrub(?:[ \t]+nurse)?|circulator|circulating[ \t]+nurse|operator"
    r"|assistant|ODP|CRNA|surgical[ \t]+first[ \t]+assistant)[ \t]*\(([A-Z]{2,3})\)"
)
_SIGNED_INITIAL = compile_rx(r"\b[Ss]igned(?:[ \t]+by)?:?[ \t]+([A-Z])\.?[ \t]+([A-Z][a-z'-]{2,})")
# two-letter x-ray views, routes, sides and times of day are no initials here
_NOT_PAIR = frozenset(("AP", "PA", "LAT", "AM", "PM", "IV", "IM", "SC", "PO", "PR", "LA", "RA", "LL", "RL", "LT",
                       "RT", "BD", "OD", "TDS", "QDS", "LV", "RV", "LUQ", "RUQ", "LIF", "RIF"))


def theatre_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        for m in _PAIR.finditer(text):
            if all(m.group(g) not in _NOT_PAIR and initials_here(m.group(g)) for g in (1, 2)):
                out.extend((m.span(1), m.span(2)))
        out.extend(m.span(1) for m in _ROLE_BRACKET.finditer(text) if initials_here(m.group(1)))
    if "igned" in text:
        out.extend(m.span(1) for m in _SIGNED_INITIAL.finditer(text) if not is_known_word(m.group(2)))
    return out
