"""After the v12 measurement: names by the place they stand in (general classes from v12's
misses, a development corpus since; no corpus string is named).

- initials or a name after a recording verb and "by", the entry ending there ("Verified
  2/10/2025 by WP", "Collected: <date time>  by VJ", "updated 02/07/2025 by Sunny (front
  desk)", "Booked by: April, ward clerk");
- a maiden name "(nee Lee)", "(née Rose)";
- a one-word name in brackets after a relation, a service or a message's "its <name>" ("mom
  (sarah)", "its kath (april)", "Mother (Pat)", "ortho (Hill) paged");
- a sign-off after thanks at a line end ("Thanks, Joy", "thx so much, Kath");
- a chat speaker after a clock time in brackets ("[10:18] Qiang Han:", "[11:43] Ann Ward (SpR):");
- names listed after a plural relation ("daughters Holly and Hope", "sons Guy (8) and Julieta");
- a listed given name and a surname before a clinical grade or credential after a label or a
  line start ("Prescriber: Courtney Ward, NP", "-- Will Griffiths, CT1", "NIC: Guy R  |").

Every class is gated by a cheap literal test; the clinical words of the guard stay ("verified
by CT", "mom (aware)", "Thanks, Team").
"""

from __future__ import annotations

from processors.deid.alternation import by_first_letter
from processors.deid.context import _ORG
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, _common

__all__ = ["byline_name_spans"]

_CAP = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff'\u2019]+)*"  # session 54: "Lily-Mae" whole
_BY_VERB = compile_rx(
    r"\b(?:verified|collected|checked|entered|updated|recorded|typed|booked|reported|authori[sz]ed"
    r"|drawn|received|taken|logged|scanned)\b:?[^\n]{0,30}?\Z"
)
_BY = compile_rx(
    r"\bby:?[ \t]+([A-Z]{2,3}(?=[ \t]*(?:\n|\Z|[ \t]{2}|[,.;(]))"
    rf"|{_CAP}(?=[ \t]*(?:\n|\Z|,|\()))"
)
_NEE = compile_rx(rf"\(n[e\u00e9]e[ \t]+({_CAP})\)")
_BRACKET = compile_rx(r"\(([A-Za-z][a-z]+)\)")
_BRACKET_BEFORE = compile_rx(
    r"\b(?:mom|mum|mother|dad|father|husband|wife|son|daughter|sister|brother|aunt|uncle"
    r"|grandma|grandpa|nan|partner|friend|carer|ortho|surgeons?|medics|reg|registrar|on-call"
    r"|(it)'?s[ \t]+[a-z]+)[ \t]*\Z"
)
# session 54: a staff role before a bracketed surname ("consultant (Lim)", "pharmacist (Ng)"): a capitalised word that
# is no common word ("pharmacist (ward)", "physio (Chest)", "gp (Locum)" stay)
_STAFF_BRACKET_BEFORE = compile_rx(
    r"\b(?:consultant|pharmacist|physio|physiotherapist|anaesthetist|anesthetist|matron|dietitian|dietician|midwife"
    r"|hospitalist|attending|fellow|sho|fy[12]|gp|chaplain|social[ \t]worker)[ \t]*\Z"
)
_ITS = compile_rx(r"\bit'?s[ \t]+([a-z]{2,})(?=[ \t]+\([a-z]+\))")
_THANKS = by_first_letter(compile_rx(  # run on the lower-cased text; the name's capital checked on the text
    r"\b(?:thanks|thank you|thx(?: so much)?|cheers|regards|many thanks)[,!]?[ \t]+"
    r"([a-z\u00df-\u00ff][a-z\u00df-\u00ff'\u2019-]+)[ \t]*(?=\n|\Z)"
))
_CHAT = compile_rx(rf"\[\d{{1,2}}:\d{{2}}\][ \t]+({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*(?:\([^)\n]{{1,12}}\))?:)")
_PLURAL = compile_rx(
    rf"\b(?:daughters|sons|sisters|brothers|grandchildren|grandsons|granddaughters|children)[ \t]+"
    rf"({_CAP}(?:[ \t]*\(\d{{1,2}}\))?(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CAP}(?:[ \t]*\(\d{{1,2}}\))?)*)"
)
_PLURAL_NAME = compile_rx(_CAP)
_PLURAL_WORDS = ("daughters ", "sons ", "sisters ", "brothers ", "grandchildren ", "children ")
_GRADE = (
    r"NP|RN|MO|SHO|CT[1-3]|FY[12]|ST[1-8]|SpR|MD|PA|HCA|LICSW|MSW|OT|ward clerk|Band \d"
)
_LABELLED = compile_rx(
    rf"(?:[:\n]|--|Matron|\A)[ \t]*({_CAP}[ \t]+(?:{_CAP}|[A-Z]\b))"
    rf"(?=[ \t]*(?:,[ \t]*(?:{_GRADE})\b|\([a-z]+\)|[ \t]{{2}}\|))"
)


def _namelike(word: str) -> bool:
    """A word that may be a name here: listed, or neither common nor clinical."""
    k = _key(word)
    if k in _CLINICAL or (word.isupper() and k in CLINICAL_ABBREV):
        return False
    return _is_name_loose(word) or not _common(word)


# words a strong place still does not make a name ("mom (aware)", "Thanks, Team")
_STATUS = frozenset((
    "aware", "present", "deceased", "alive", "nok", "informed", "pt", "patient", "absent", "well",
    "ok", "okay", "here", "there", "home", "carer", "declined", "unknown", "none", "na", "via",
    "phone", "self", "all", "team", "everyone", "both", "again", "too", "also", "staff", "ward",
    "nurse", "doctor", "fine", "good", "better", "worse", "sorry", "me", "trauma", "admin",
))
# month names are clinical words elsewhere ("seen April") but given names here ("its kath (april)")
_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
))


def _strong(word: str) -> bool:
    """A word that is a name in a place that holds a name: anything but a clinical or status
    word or a clinical abbreviation."""
    k = _key(word)
    if word.lower() in _STATUS or k in _ORG or (word.isupper() and k in CLINICAL_ABBREV):
        return False
    return k not in _CLINICAL or word.lower() in _MONTHS


def byline_name_spans(text: str, low: str) -> list[tuple[int, int]]:
    """NAME spans of the classes above (``low``: the lower-cased text, same indices)."""
    out: list[tuple[int, int]] = []
    i = low.find(" by")
    while i >= 0:
        m = _BY.match(text, i + 1)
        if m and _strong(m.group(1)) and _BY_VERB.search(low, max(0, i - 45), i):
            out.append(m.span(1))
        i = low.find(" by", i + 3)
    if "(n" in low:
        out.extend(m.span(1) for m in _NEE.finditer(text))
    if "(" in text:
        for m in _BRACKET.finditer(text):
            b = _BRACKET_BEFORE.search(low, max(0, m.start() - 24), m.start())
            w = m.group(1)
            staff = (w[0].isupper() and w[1:].islower() and not _common(w) and _namelike(w)
                     and _STAFF_BRACKET_BEFORE.search(low, max(0, m.start() - 24), m.start()) is not None)
            if staff or (b and (_namelike(w) or (_strong(w) and (w[0].isupper() or b.group(1))))):
                out.append(m.span(1))
        if "it" in low:
            out.extend(m.span(1) for m in _ITS.finditer(text) if _strong(m.group(1)))
    if "thank" in low or "thx" in low or "cheers" in low or "regards" in low:
        out.extend(
            m.span(1) for m in _THANKS.finditer(low)
            if text[m.start(1)].isupper() and _strong(text[m.start(1) : m.end(1)])
        )
    if "[" in text:
        out.extend(m.span(1) for m in _CHAT.finditer(text) if all(_strong(w) for w in m.group(1).split()))
    if any(w in low for w in _PLURAL_WORDS):
        for m in _PLURAL.finditer(text):
            out.extend(
                n.span() for n in _PLURAL_NAME.finditer(text, *m.span(1)) if _strong(n.group(0))
            )
    for m in _LABELLED.finditer(text):
        first, second = m.group(1).split()[:2]
        if _key(first) in FIRST_NAMES or (
            _is_name_loose(second) and first.lower() not in _STATUS and _key(first) not in _ORG
        ):
            out.append(m.span(1))
    return out
