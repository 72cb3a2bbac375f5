"""Lower-case names in messages, found by their place: chat senders after a time stamp
("[05:41] corona:"), "its X from", an unknown / rare word before is/was/has after a comma or
sentence start ("ok will do, jaruwan is on bleep"), after a relation ("her son varsamos"), and
strong contexts where any plausible word is a name: "her son jun by text", "ask yan to get",
"tell tilly i gave", "thanks, chao has the bloods", "review carina bay 3"."""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.context import _LOWER, _ORG, _RELATION, ROLE_NOUNS, _plausible, _words_set
from processors.deid.leading import compile_rx
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.names import _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, _common, _rare, is_known_word
from processors.deid.values import lowered

__all__ = ["chat_handle_spans", "lower_context_spans"]

# a bracketed time stamp, never a placeholder ("[NAME] family: aware" scrubbed again: session 11)
_TIME = (
    r"(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?"
    r"|\[(?!(?:NAME|DATE|PHONE|EMAIL|SSN|ID|ADDRESS|ZIP|URL|IP|AGE)\])[^\]\n]{1,20}\])"
)
_TIMED_SENDER = compile_rx(rf"(?m)^[ \t]*{_TIME}[ \t]+({_LOWER})(?:[ \t]*\([a-z][a-z0-9]{{1,4}}\))?:[ \t]")  # "10:30 lois (cm): ", "godwin (fy1):"
_ITS = compile_rx(
    rf"\b(?:its|it's|it\u2019s|this is)[ \t]+({_LOWER})[ \t]+(?:from|here|on|at|in)\b"
)
_LOWER_AUX = compile_rx(
    rf"(?:^|(?<=[,.;:!?])[ \t]+|\b(?:and|but|so|ok|thanks|thx)[ \t]+)({_LOWER})[ \t]+"
    r"(?:is|was|has|had|will|can|says|said|wants|needs|asked|rang|called|knows|thinks|aware|happy)\b",
    re.MULTILINE,
)
# session 51 (deid tester: family-dense notes, 0.77 of the names in lower-case notes): a relation's ward abbreviation
# or plural ("sis amal 27 wants testing", "bro rhodri", "dau faadumo hirsi", "sons abdirahman & guled not involved")
_LOWER_RELATION = compile_rx(
    rf"\b(?:{_RELATION}|sis|bro|dau|dtr|sons|daughters|brothers|sisters|hubby)[ \t]+({_LOWER})\b"
    rf"(?:[ \t]*(?:&|and)[ \t]+({_LOWER})\b)?"
)
# session 52 (deid tester H): a baby's listed given name, lower case, then its age or birth ("mum kerry re baby rose 7/52",
# "baby ollie d3", "baby arjun born 9/10"): a listed name counts even when it is an English word
_LOWER_BABY = compile_rx(
    rf"\bbaby[ \t]+({_LOWER})(?=[ \t]*(?:\d{{1,2}}/(?:52|7)\b|\(?d(?:ay)?[ \t]?\d{{1,2}}\b|born\b"
    r"|\d{1,2}[ \t]?(?:days?|weeks?|wks?|months?|mo)[ \t]+old\b))"
)
# round 10: a relation (or its ward abbreviation) then a lower-case word that a person verb or
# the end of a clause follows: a listed first name counts even when it is an English word
# ("dtr penelope called", "daughter colleen called x2", "caregiver janani.")
_LOWER_REL_VERB = by_first_letter(compile_rx(  # on the lower-cased text; the word checked lower-case in the text
    rf"\b(?:{_RELATION.lower()}|dtr|caregiver|caretaker|key[ -]?worker|support worker)[ \t]+({_LOWER})"
    r"(?=[ \t]+(?:called|rang|phoned|visited|visits|says|said|updated|aware|came|wants|asked"
    r"|informed|notified|agrees|agreed|will|is|was|has"
    # session 17 (v48): "Dtr leanne does shopping", "tash may stay"
    r"|does|did|lives|helps|may|can|stays|drives|brings|manages|holds|shops|cooks|takes|collects)\b"
    r"|[ \t]*[.;](?![\w.])|[ \t]*$)",
    re.MULTILINE,
))
# strong lower-case contexts: "her son jun by text", "ask yan to get", "thanks, chao has the"
_LOWER_STRONG = compile_rx(
    rf"\b(?:(?:her|his|their|my|your|pt's|patient's)[ \t]+(?:{_RELATION})[ \t]+({_LOWER})"
    rf"(?=[ \t]+(?:by|on|at|via|re|about|who|from|and|to|is|was|has|will|says|said)\b|[ \t]*[.,;!?\n]|$)"
    rf"|(?:ask|tell|get|let)[ \t]+({_LOWER})[ \t]+(?:to|that|know|i|we|he|she|the)\b"
    rf"|(?:review|r/v|rv|see|check on)[ \t]+({_LOWER})[ \t]+(?:in[ \t]+)?(?:bay|bed|side|room|cubicle)\b"
    rf"|(?:thanks|thank you|thx|cheers|ta)[ \t]*,?[ \t]+({_LOWER})[ \t]+"
    r"(?:has|is|was|will|can|did|does|says|said|got|sent|took|gave|knows)\b)",
    re.MULTILINE,
)
# session 43 (deid tester: lower-case staff messages, 46 bare names missed): a name by its place in a
# message - "spoke 2 nkechi on nights", "pls ask marguerite re bloods", "fyi folasade's family rang",
# "- marguerite covering bleep", "bp 150/84 - lakshmi happy", "tomasz - mr yardley last night", "@dan",
# "thx, zac" (a sign-off at the line's end); a listed first name or a word no list knows (not "nights")
_CHAT_PLACE = compile_rx(
    rf"\bspoke[ \t]+(?:2|to|w/|with)[ \t]+({_LOWER})(?=[ \t]+(?:on|re|about|who|from|at|in|and)\b|[ \t]*[.,;!?\n]|$)"
    rf"|\b(?:pls|please|plz)[ \t]+(?:ask|tell|call|ring|bleep|page|remind|get)[ \t]+({_LOWER})\b"
    rf"|\bfyi,?[ \t]+({_LOWER})(?='s\b)"
    rf"|(?:^|(?<=[\n/]))[ \t]*(?:-[ \t]*)?({_LOWER})(?=[ \t]+(?:covering|happy|aware|informed|on[ \t]+(?:nights|days|lates|earlies)"
    r"|(?:-|\u2013)[ \t]+(?:mr|mrs|ms|miss|dr)\b))"
    rf"|(?<=[-\u2013][ \t])({_LOWER})(?=[ \t]+(?:happy|aware|covering)\b)"
    rf"|(?<![\w.])@({_LOWER})\b"
    # session 43 (second deid tester: fast lower-case nursing notes): "- gillian gave levothyroxine", "art 2nd checked",
    # "found by amelia on floor", "physio jane mobilised w zimmer", "spoke w frank (ward 12)"
    rf"|(?:^|(?<=[-.,;/][ \t])|(?<=\n))({_LOWER})(?=[ \t]+(?:gave|administered|(?:2nd|second)[ \t]+checked|witnessed|signed)\b)"
    rf"|\b(?:found|seen|reviewed|checked|witnessed|shown|escalated|handed[ \t]+over)[ \t]+(?:by|to)[ \t]+({_LOWER})"
    r"(?=[ \t]+(?:on|at|in|for|who|and)\b|[ \t]*[.,;(\n]|$)"
    rf"|\b(?:hca|physio|sn|rn|dn|ot|sw|student|carer|nurse|pharmacist|dietitian|slt)[ \t]+({_LOWER})(?=[ \t]+(?:assisted|mobilised"
    r"|mobilized|gave|reviewed|saw|helped|washed|attended|checked|aware|informed|here|present)\b)"
    rf"|\bspoke[ \t]+w[ \t]+({_LOWER})\b"
    rf"|\b(?:thanks|thx|cheers|ta)[ \t]*,[ \t]*({_LOWER})(?=[ \t]*(?:$|[.\n/]))",
    re.MULTILINE,
)
# ... and after a title written in lower case, any word that is no verb of the message ("dr obi aware",
# "dr dhillon aware"); after "ms" / "mr" (multiple sclerosis, mitral regurgitation) a listed name or unknown word
_LOWER_TITLE = compile_rx(
    rf"\b(dr|mrs|miss|mx|ms|mr)\.?[ \t]+({_LOWER})(?=[ \t]+(?:aware|informed|to|re|pls|please|happy|says|said|asked|wants"
    r"|rang|called|notified|reviewed|saw|covering|on|last|this|yesterday|today|\d)\b|[ \t]*[.,;!?\n)]|$)",
    re.MULTILINE,
)
_NOT_SIGNOFF = frozenset(("all", "team", "guys", "everyone", "folks", "bye", "mate", "doc", "again", "both", "love",
                          "lots", "much", "heaps", "ward", "nights", "days"))
_TITLE_NOT = frozenset(("aware", "informed", "review", "reviewed", "notified", "called", "contacted", "paged", "bleeped",
                        "asked", "happy", "ok", "rang", "said", "says", "sees", "saw", "seen", "plan", "team", "note",
                        "notes", "letter", "office", "appt", "appointment", "surgery", "on", "to", "re", "pls", "please"))


_FUNCTION_LOWER = _words_set(
    "is was has had will would can could and or who which that this it its to at in on by for"
    " with from of also too said says rang called came went is the a an all both everyone"
    " someone nobody me him her them us you i we they he she one"
    " back asap later again tomorrow tonight"  # session 52 (deid tester L): "pls call back 085-..." (Back is a surname)
)
# what happens to the relative a note is about, never a name: "his father fell at home", "found dad
# unrousable" (session 29 notes tester: the finding word was scrubbed, so no alert followed)
_RELATIVE_EVENT = _words_set(
    "fell fallen falls slipped tripped collapsed fainted vomited vomiting bleeding bled unrousable"
    " unresponsive drowsy confused agitated breathless wheezy choked choking seized fitting died"
    " sleepy unwell poorly dizzy sick coughing"
)
_NO_SENDER = _words_set("ok re fyi note plan update pls please hi hello thanks thx reply sent")


# session 39 (deid tester): a chat sender's user name after a bracketed time stamp at a line start
# ("[11:16] damian_50: yes doc", "[11:23] dr.abu-zaid: Hi", "[11:59] ois\u00edn_o'sullivan: Hi"): an
# identifier, whatever its case, digits or marks; a role or a charted label ("[08:00] HR: 88") is not
_TIMED_HANDLE = compile_rx(
    r"(?m)^[ \t]*\[(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:[ \t]*[AaPp][Mm])?\][ \t]+"
    r"([^\W\d_](?:[\w.'\u2019-]{0,38}[^\W_]|[\w.'\u2019-]{0,38}\d)?):[ \t]")
_NOT_HANDLE = _words_set(
    "nurse doctor dr patient pt interpreter clinician system admin host you me note plan staff carer parent mum mom dad"
    " obs vitals bp hr rr temp sats spo2 gcs bm bgl pain update reply moderator bot auto info"
)


# session 44 (deid tester, 35 missed): a chat app's export line: "28/3/24, 16:00 - Gift B: pt in bay 3" (Android),
# "[28/03/2024, 16:05:11] Tomás R.: ok" (iOS); the sender is up to four words before the colon
_EXPORT_SENDER = compile_rx(
    r"(?m)^[ \t]*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-\u2013][ \t]*)?"
    r"([^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3})(?:[ \t]*\([^()\n]{1,20}\))?:[ \t]")


def _is_sender(name: str) -> bool:
    words = [w.strip(".") for w in name.split()]
    return not all(w.lower() in _NOT_HANDLE or w.lower() in _NO_SENDER or w.lower() in ROLE_NOUNS
                   or (w.isalpha() and _key(w) in _CLINICAL) for w in words if w)


# session 45 (deid tester: staff messages at 0.56 recall): a copied message thread puts each sender on a line of
# its own with the time sent ("Róisín Nic Aodha 1635hrs", "E. K. 5pm", "kw 12.40am", "george 05:35"); two such
# lines make a thread, and a line's words are a sender when none is clinical and each is a listed name, a word no
# list knows or a short run of initials ("Obs 14:00", "Handover 0800" are headings)
_SENDER_LINE = compile_rx(
    r"(?m)^[ \t]*((?:(?:[^\W\d_]\.){2,3}|[^\W\d_]\.?|[^\W\d_][\w'\u2019-]+)(?:[ \t]+(?:[^\W\d_]\.?|[^\W\d_][\w'\u2019-]+)){0,3})[ \t]+"
    r"(?:[01]?\d[:.][0-5]\d[ \t]*(?:[ap]\.?m\.?)?|[01]?\d[ \t]*[ap]\.?m\.?|2[0-3][:.][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?:h|hrs?)?)"
    r"[ \t]*$")


def _sender_words(words: str) -> bool:
    parts = words.replace(".", " ").split()
    if all(len(p) == 1 for p in parts):
        return len(parts) >= 2  # "E. K."
    for w in parts:
        k = _key(w)
        if k in _CLINICAL or w.lower() in _NO_SENDER or w.lower() in ROLE_NOUNS or w.lower() in _NOT_HANDLE:
            return False
        if not (_is_name_loose(w) or not is_known_word(w) or (len(w) <= 3 and w.isalpha() and len(parts) == 1)):
            return False
    return True


def sender_line_spans(text: str) -> list[tuple[int, int]]:
    """The senders of a copied message thread (two or more "name time" lines)."""
    lines = list(_SENDER_LINE.finditer(text))
    if len(lines) < 2:
        return []
    return [m.span(1) for m in lines if _sender_words(m.group(1))]


def chat_handle_spans(text: str) -> list[tuple[int, int]]:
    """Chat senders' user names (see ``_TIMED_HANDLE``), the senders of an exported chat (``_EXPORT_SENDER``) and
    of a copied thread (``sender_line_spans``)."""
    out: list[tuple[int, int]] = sender_line_spans(text) if "\n" in text else []
    if "/" in text or "." in text or "-" in text:
        out.extend(m.span(1) for m in _EXPORT_SENDER.finditer(text) if _is_sender(m.group(1)))
    if "[" not in text:
        return out
    for m in _TIMED_HANDLE.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low in _NOT_HANDLE or low in _NO_SENDER or low in ROLE_NOUNS or (w.isalpha() and _key(w) in _CLINICAL):
            continue
        out.append(m.span(1))
    return out


def lower_context_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Lower-case names in messages (see module doc); ``low`` is ``values.lowered(text)``."""
    out: list[tuple[int, int]] = []
    low = lowered(text) if low is None else low
    for m in _TIMED_SENDER.finditer(text):
        w = m.group(1)
        if _key(w) not in _CLINICAL and w not in _NO_SENDER:
            out.append(m.span(1))
    for m in _ITS.finditer(text):
        if _plausible(m.group(1)):
            out.append(m.span(1))
    if "baby" in text:
        out.extend(m.span(1) for m in _LOWER_BABY.finditer(text)
                   if _is_name_loose(m.group(1)) and _key(m.group(1)) not in _CLINICAL)
    for m in _LOWER_STRONG.finditer(text):
        i = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
        w = m.group(i)
        if not i:
            continue
        if _plausible(w) and w not in _FUNCTION_LOWER and _key(w) not in _ORG and w.lower() not in _RELATIVE_EVENT:
            out.append(m.span(i))
    for m in _CHAT_PLACE.finditer(text):
        i = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
        w = m.group(i) if i else ""
        signoff = i == (m.re.groups or 0)  # "thx, zac" at a line's end: any plausible word but a greeting's
        if len(w) >= 3 and _plausible(w) and w not in _FUNCTION_LOWER and _key(w) not in _CLINICAL and (
                w.lower() not in _RELATIVE_EVENT and (not is_known_word(w) or _is_name_loose(w)
                                                      or (signoff and w not in _NOT_SIGNOFF))):
            out.append(m.span(i))
    for m in _LOWER_TITLE.finditer(text):
        w, ambiguous = m.group(2), m.group(1) in ("ms", "mr")
        if len(w) < 2 or w in _TITLE_NOT or w in _FUNCTION_LOWER or not _plausible(w) or _key(w) in _CLINICAL:
            continue
        if not ambiguous or not is_known_word(w) or _is_name_loose(w):
            out.append(m.span(2))
    for m in _LOWER_REL_VERB.finditer(low):
        w = text[m.start(1) : m.end(1)]
        if (
            w.islower()
            and len(w) >= 3
            and w not in _RELATIVE_EVENT
            and _plausible(w)
            and w not in _FUNCTION_LOWER
            and _key(w) not in _CLINICAL
            and (not is_known_word(w) or _is_name_loose(w))
        ):
            out.append(m.span(1))
    for rx in (_LOWER_AUX, _LOWER_RELATION):
        for m in rx.finditer(text):
            for g in range(1, (m.re.groups or 0) + 1):
                w = m.group(g)
                if w is None or not _lower_relative_name(w):
                    break  # "sons abdirahman & guled": the second name only after the first
                out.append(m.span(g))
    # session 59 (deid tester B): a relation word is no name ("NOK dtr Will 0412 ...": the daughter is Will)
    return [(s, e) for s, e in out if text[s:e].lower() not in RELATION_WORDS]


def _lower_relative_name(w: str) -> bool:
    return (
        len(w) >= 3
        and w.lower() not in _RELATIVE_EVENT
        and _plausible(w)
        and (not is_known_word(w) or _rare(w) or (_is_name_loose(w) and not _common(w)))
    )
